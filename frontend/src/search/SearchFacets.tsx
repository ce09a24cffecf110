import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Button, Checkbox } from 'antd';
import { useLang } from '../shared/i18n';
import { kindModel, useModel } from '../shared/model';
import type { NodeKind } from '../shared/types';
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
const NONE: FacetValue[] = [];

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
  /** The selected values, comma-joined (a string, so that unchanged groups skip rendering). */
  selected: string;
  onToggle: (dimension: Dimension, value: string) => void;
}

const FacetGroup = memo(function FacetGroup({ dimension, values, selected, onToggle }: GroupProps) {
  const { t, lang } = useLang();
  const [expanded, setExpanded] = useState(false);
  const chosen = new Set(selected === '' ? [] : selected.split(','));
  const shown = expanded ? values : values.filter((v, i) => i < FACET_TOP || chosen.has(v.value));
  return (
    <div className="bb-facet" data-testid={`facet-${dimension}`}>
      <div className="bb-facet-title">{t(`search.dims.${dimension}`)}</div>
      {shown.map((v) => (
        <div key={v.value} className="bb-facet-value">
          <Checkbox
            data-testid={`facet-${dimension}-${v.value}`}
            checked={chosen.has(v.value)}
            onChange={() => onToggle(dimension, v.value)}
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
});

interface Props {
  facets: Facet[];
  labels: Map<string, FacetValue>;
  params: URLSearchParams;
  onChange: (next: URLSearchParams) => void;
}

/**
 * Checkboxes with counts per dimension; ticking one adds it to the URL's filters. The tick shows
 * at once: the URL changes in a transition that lasts until the page has re-rendered.
 */
export function SearchFacets({ facets, labels, params, onChange }: Props) {
  const { t } = useLang();
  const { model } = useModel();
  const [optimistic, setOptimistic] = useState<URLSearchParams | null>(null);
  const current = optimistic ?? params;
  const paramsKey = params.toString();
  useEffect(() => setOptimistic(null), [paramsKey]);
  const latest = useRef({ current, onChange });
  useLayoutEffect(() => {
    latest.current = { current, onChange };
  });
  const change = useCallback((next: URLSearchParams) => {
    setOptimistic(next);
    latest.current.onChange(next);
  }, []);
  const toggle = useCallback(
    (dimension: Dimension, value: string) =>
      change(toggleFacet(latest.current.current, dimension, value)),
    [change],
  );

  const groups = DIMENSION_ORDER.map((dimension) => {
    const selected = selectedValues(current, dimension);
    const base = facets.find((f) => f.dimension === dimension)?.values ?? NONE;
    const missing = selected.filter((value) => !base.some((v) => v.value === value));
    const values = missing.length === 0 ? base : [...base, ...missing.map(placeholder)];
    return { dimension, selected: selected.join(','), values };

    function placeholder(value: string): FacetValue {
      const known = labels.get(`${dimension}:${value}`);
      const kind = dimension === 'kind' ? kindModel(model, value as NodeKind) : undefined;
      return {
        value,
        labelZh: known?.labelZh ?? kind?.labelZh ?? value,
        labelEn: known?.labelEn ?? kind?.labelEn ?? value,
        count: 0,
      };
    }
  }).filter((g) => g.values.length > 0);

  return (
    <div className="bb-facets" data-testid="search-facets">
      {activeFilterCount(current) > 0 ? (
        <Button
          type="link"
          size="small"
          className="bb-facets-clear"
          data-testid="facets-clear"
          onClick={() => change(withoutFilters(current))}
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
          onToggle={toggle}
        />
      ))}
    </div>
  );
}
