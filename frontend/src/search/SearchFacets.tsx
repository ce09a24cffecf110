import { useEffect, useState } from 'react';
import { Button, Checkbox } from 'antd';
import { useLang } from '../shared/i18n';
import {
  activeFilterCount,
  DIMENSION_ORDER,
  selectedValues,
  toggleFacet,
  withoutFilters,
  type Dimension,
} from './params';
import type { Facet, FacetValue } from './queries';

export const FACET_TOP = 10;

/**
 * The latest facets, kept while the next search runs, and every value label seen so far (a
 * selected value that no longer matches anything still needs a label to be unticked by).
 */
export function useFacetMemory(facets: Facet[] | undefined) {
  const [latest, setLatest] = useState<Facet[]>([]);
  const [labels, setLabels] = useState<Map<string, FacetValue>>(new Map());
  useEffect(() => {
    if (!facets) return;
    setLatest(facets);
    setLabels((old) => {
      const next = new Map(old);
      for (const f of facets) for (const v of f.values) next.set(`${f.dimension}:${v.value}`, v);
      return next;
    });
  }, [facets]);
  return { facets: facets ?? latest, labels };
}

interface GroupProps {
  dimension: Dimension;
  values: FacetValue[];
  selected: string[];
  onToggle: (value: string) => void;
}

function FacetGroup({ dimension, values, selected, onToggle }: GroupProps) {
  const { t, lang } = useLang();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded
    ? values
    : values.filter((v, i) => i < FACET_TOP || selected.includes(v.value));
  return (
    <div className="bb-facet" data-testid={`facet-${dimension}`}>
      <div className="bb-facet-title">{t(`search.dims.${dimension}`)}</div>
      {shown.map((v) => (
        <div key={v.value} className="bb-facet-value">
          <Checkbox
            data-testid={`facet-${dimension}-${v.value}`}
            checked={selected.includes(v.value)}
            onChange={() => onToggle(v.value)}
          >
            {lang === 'en' ? v.labelEn || v.labelZh : v.labelZh || v.labelEn}
          </Checkbox>
          <span className="bb-facet-count">{v.count}</span>
        </div>
      ))}
      {values.length > FACET_TOP ? (
        <Button
          type="link"
          size="small"
          className="bb-facet-more"
          data-testid={`facet-${dimension}-more`}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? t('search.less') : `${t('search.more')} (${values.length - FACET_TOP})`}
        </Button>
      ) : null}
    </div>
  );
}

interface Props {
  facets: Facet[];
  labels: Map<string, FacetValue>;
  params: URLSearchParams;
  onChange: (next: URLSearchParams) => void;
}

/** Checkboxes with counts per dimension; ticking one adds it to the URL's filters. */
export function SearchFacets({ facets, labels, params, onChange }: Props) {
  const { t } = useLang();
  const groups = DIMENSION_ORDER.map((dimension) => {
    const selected = selectedValues(params, dimension);
    const values = [...(facets.find((f) => f.dimension === dimension)?.values ?? [])];
    for (const value of selected) {
      if (!values.some((v) => v.value === value)) {
        const known = labels.get(`${dimension}:${value}`);
        values.push({
          value,
          labelZh: known?.labelZh ?? value,
          labelEn: known?.labelEn ?? value,
          count: 0,
        });
      }
    }
    return { dimension, selected, values };
  }).filter((g) => g.values.length > 0);

  return (
    <div className="bb-facets" data-testid="search-facets">
      {activeFilterCount(params) > 0 ? (
        <Button
          type="link"
          size="small"
          className="bb-facets-clear"
          data-testid="facets-clear"
          onClick={() => onChange(withoutFilters(params))}
        >
          {t('search.clear')}
        </Button>
      ) : null}
      {groups.map((g) => (
        <FacetGroup
          key={g.dimension}
          dimension={g.dimension}
          values={g.values}
          selected={g.selected}
          onToggle={(value) => onChange(toggleFacet(params, g.dimension, value))}
        />
      ))}
    </div>
  );
}
