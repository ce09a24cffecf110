import type { SearchHit, SearchResults, Suggestion } from '../search/queries';

const hit = (
  id: string,
  kind: SearchHit['kind'],
  name: string,
  highlights: SearchHit['highlights'],
  extra: Partial<SearchHit['node']> = {},
): SearchHit => ({
  kind,
  score: 10,
  node: {
    id,
    kind,
    name,
    nameEn: `${name} EN`,
    illustrative: false,
    description: `${name}的描述`,
    descriptionEn: null,
    properties: [{ key: 'name', masked: false }],
    ...extra,
  },
  highlights,
});

const facetValues = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    value: `${prefix}-${i + 1}`,
    labelZh: `${prefix}中文${i + 1}`,
    labelEn: `${prefix} EN ${i + 1}`,
    count: 20 - i,
  }));

export const searchResults: SearchResults = {
  total: 3,
  hits: [
    hit('ent-0001', 'ENTERPRISE', '南昌康复科技', [
      { field: 'name', fragments: ['<mark>南昌</mark><mark>康复</mark>科技'] },
      { field: 'text', fragments: ['专注<mark>康复</mark>训练 &amp; 评估<script>x</script>'] },
      { field: 'neighbours', fragments: ['<mark>南昌</mark>市；Nanchang'] },
    ]),
    hit('tal-0001', 'TALENT', '张*', [{ field: 'text', fragments: ['<mark>康复</mark>工程师'] }], {
      illustrative: true,
      properties: [{ key: 'name', masked: true }],
    }),
  ],
  facets: [
    {
      dimension: 'kind',
      values: [
        { value: 'ENTERPRISE', labelZh: '企业', labelEn: 'Enterprise', count: 2 },
        { value: 'TALENT', labelZh: '人才', labelEn: 'Talent', count: 1 },
      ],
    },
    { dimension: 'region', values: facetValues('region', 12) },
    {
      dimension: 'stage',
      values: [{ value: 'seed', labelZh: '种子期', labelEn: 'Seed', count: 1 }],
    },
  ],
  pageInfo: { hasNextPage: true, endCursor: 'page-2' },
};

export const searchMore = {
  hits: [
    hit('ent-0003', 'ENTERPRISE', '南昌脑电', [
      { field: 'name', fragments: ['<mark>南昌</mark>脑电'] },
    ]),
  ],
  pageInfo: { hasNextPage: false, endCursor: 'page-3' },
};

export const suggestions: Suggestion[] = [
  { id: 'tech-eeg', kind: 'TECHNOLOGY', text: '脑电', node: { id: 'tech-eeg', name: '脑电' } },
  {
    id: 'ent-0001',
    kind: 'ENTERPRISE',
    text: '脑电科技',
    node: { id: 'ent-0001', name: '脑电科技' },
  },
];
