import { Button, Col, Input, Row, Select, TreeSelect } from 'antd';
import { useQuery } from 'urql';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useLang } from '../shared/i18n';
import { QUALIFICATION_PROPERTY, STAGE_PROPERTY, SUB_KIND_PROPERTY } from '../shared/kinds';
import { kindsLinked, propertyCodes, useModel } from '../shared/model';
import type { CodeLabel, GraphModel, NodeKind } from '../shared/types';
import { withParam, type FilterParam } from './filters';
import { FILTER_OPTIONS_QUERY } from './queries';
import { regionGroups } from './regionOptions';
import { buildTree, treeValueId } from './tree';
import { useTechnologies } from './useTechnologies';

/** The filters that apply to a kind, by the model's relationship types and coded properties. */
export function applicableFilters(model: GraphModel | undefined, kind: NodeKind): FilterParam[] {
  const out: FilterParam[] = [];
  if (kindsLinked(model, kind, 'REGION')) out.push('region');
  if (kindsLinked(model, kind, 'TECHNOLOGY')) out.push('technology');
  if (kindsLinked(model, kind, 'CHAIN_SEGMENT')) out.push('segment');
  if (SUB_KIND_PROPERTY[kind]) out.push('sub');
  if (STAGE_PROPERTY[kind]) out.push('stage');
  if (QUALIFICATION_PROPERTY[kind]) out.push('qualification');
  out.push('q', 'illustrative');
  return out;
}

interface Props {
  kind: NodeKind;
  params: URLSearchParams;
  onChange: (next: URLSearchParams) => void;
}

export function BrowseFilters({ kind, params, onChange }: Props) {
  const { t, lang, pick } = useLang();
  const { model } = useModel();
  const [{ data, error }] = useQuery({ query: FILTER_OPTIONS_QUERY });
  const shown = applicableFilters(model, kind);
  const technologies = useTechnologies(shown.includes('technology'));
  const set = (name: FilterParam, value: string | undefined | null) =>
    onChange(withParam(params, name, value));
  const codeOptions = (codes: CodeLabel[]) =>
    codes.map((c) => ({ value: c.code, label: lang === 'en' ? c.en : c.zh }));
  const value = (name: FilterParam) => params.get(name) ?? undefined;
  const common = { allowClear: true, style: { width: '100%' } } as const;

  const regionOptions = regionGroups(data, pick, t('browse.zones'));
  const techTree = buildTree(
    technologies.nodes.map((n) => ({
      id: n.id,
      label: pick(n.name, n.nameEn),
      parentIds: n.broader.map((b) => b.id),
    })),
  );
  const segmentTree = buildTree(
    (data?.chainSegments.nodes ?? []).map((n) => ({
      id: n.id,
      label: pick(n.name, n.nameEn),
      parentIds: n.parent ? [n.parent.id] : [],
    })),
  );

  const fields: Partial<Record<FilterParam, React.ReactNode>> = {
    region: (
      <Select
        {...common}
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('browse.region')}
        options={regionOptions}
        value={value('region')}
        onChange={(v) => set('region', v)}
      />
    ),
    technology: (
      <TreeSelect
        {...common}
        showSearch={{ treeNodeFilterProp: 'title' }}
        placeholder={t('browse.technology')}
        treeData={techTree}
        treeDefaultExpandAll
        value={value('technology')}
        onChange={(v) => set('technology', treeValueId(v))}
      />
    ),
    segment: (
      <TreeSelect
        {...common}
        placeholder={t('browse.chainSegment')}
        treeData={segmentTree}
        treeDefaultExpandAll
        value={value('segment')}
        onChange={(v) => set('segment', treeValueId(v))}
      />
    ),
    sub: (
      <Select
        {...common}
        placeholder={t('browse.subKind')}
        options={codeOptions(propertyCodes(model, kind, SUB_KIND_PROPERTY[kind]))}
        value={value('sub')}
        onChange={(v) => set('sub', v)}
      />
    ),
    stage: (
      <Select
        {...common}
        placeholder={t('browse.stage')}
        options={codeOptions(propertyCodes(model, kind, STAGE_PROPERTY[kind]))}
        value={value('stage')}
        onChange={(v) => set('stage', v)}
      />
    ),
    qualification: (
      <Select
        {...common}
        placeholder={t('browse.qualification')}
        options={codeOptions(propertyCodes(model, kind, QUALIFICATION_PROPERTY[kind]))}
        value={value('qualification')}
        onChange={(v) => set('qualification', v)}
      />
    ),
    q: (
      <Input.Search
        key={`${kind}-${value('q') ?? ''}`}
        data-testid="filter-q-input"
        allowClear
        placeholder={t('browse.name')}
        defaultValue={value('q')}
        onSearch={(v) => set('q', v.trim())}
      />
    ),
    illustrative: (
      <Select
        {...common}
        placeholder={t('browse.illustrative')}
        options={[
          { value: 'false', label: t('browse.realOnly') },
          { value: 'true', label: t('browse.illustrativeOnly') },
        ]}
        value={value('illustrative')}
        onChange={(v) => set('illustrative', v)}
      />
    ),
  };

  return (
    <div data-testid="browse-filters">
      <ErrorAlert error={error} />
      <ErrorAlert error={technologies.error} />
      <Row gutter={[8, 8]}>
        {shown.map((name) => (
          <Col key={name} xs={24} sm={12} lg={8} data-testid={`filter-${name}`}>
            {fields[name]}
          </Col>
        ))}
        <Col xs={24} sm={12} lg={8}>
          <Button data-testid="filter-reset" onClick={() => onChange(new URLSearchParams())}>
            {t('browse.reset')}
          </Button>
        </Col>
      </Row>
    </div>
  );
}
