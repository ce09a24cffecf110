import type { SourceNode, MatchData, MatchResults } from '../workspaces/queries';
import type { FactorName, Weights } from '../workspaces/journeys';

export const defaultWeights: Weights = {
  technology: 0.25,
  scenario: 0.1667,
  chain: 0.125,
  profile: 0.1667,
  text: 0.1667,
  graph: 0.0833,
  policy: 0.0417,
};

function factors(values: Partial<Record<FactorName, number>>, weights = defaultWeights) {
  return (Object.keys(weights) as (keyof Weights)[])
    .map((k) => {
      const factor = k.toUpperCase() as FactorName;
      const value = values[factor] ?? 0;
      return {
        factor,
        value,
        weight: weights[k],
        contribution: value * weights[k],
        inferred: factor === 'POLICY',
      };
    })
    .sort((a, b) => b.contribution - a.contribution);
}

function match(rank: number, id: string, name: string, extra: Partial<MatchData> = {}): MatchData {
  const f = factors({ TECHNOLOGY: 0.8, TEXT: 0.5, POLICY: 0.6 });
  return {
    rank,
    score: f.reduce((s, x) => s + x.contribution, 0),
    reasonZh: `推荐理由：技术契合（脑电采集）——${name}`,
    reasonEn: `Why: technology fit (EEG acquisition) — ${name} EN`,
    matchedTerms: ['脑电', 'EEG'],
    node: {
      id,
      kind: id.startsWith('proj') ? 'PROJECT' : 'ENTERPRISE',
      name,
      nameEn: `${name} EN`,
      illustrative: true,
      properties: [{ key: 'name', masked: false }],
    },
    factors: f,
    paths: [
      {
        factor: 'TECHNOLOGY',
        inferred: false,
        relationships: ['DEVELOPS', 'NARROWER', 'DEVELOPS'],
        nodes: [
          { id: 'ent-0001', kind: 'ENTERPRISE', name: '企业1' },
          { id: 'tech-bci', kind: 'TECHNOLOGY', name: '脑机接口' },
          { id: 'tech-eeg', kind: 'TECHNOLOGY', name: '脑电采集' },
          { id, kind: 'ENTERPRISE', name },
        ],
      },
      {
        factor: 'POLICY',
        inferred: true,
        relationships: ['LOCATED_IN', '~APPLIES_IN', '~APPLIES_IN', 'LOCATED_IN'],
        nodes: [
          { id: 'ent-0001', kind: 'ENTERPRISE', name: '企业1' },
          { id: 'region-360100', kind: 'REGION', name: '南昌市' },
          { id: 'measure-03', kind: 'MEASURE', name: '措施三' },
          { id: 'region-360100', kind: 'REGION', name: '南昌市' },
          { id, kind: 'ENTERPRISE', name },
        ],
      },
    ],
    gaps: [],
    ...extra,
  };
}

/** Institutions for an enterprise (the `institution` journey), two pages. */
export function institutionMatches(after: string | null | undefined): MatchResults {
  if (after === 'rank:2') {
    return {
      totalCount: 3,
      pageInfo: { hasNextPage: false, endCursor: 'rank:3' },
      weights: defaultWeights,
      nodes: [match(3, 'inst-0003', '章贡科技大学', { paths: [], matchedTerms: ['康复'] })],
    };
  }
  return {
    totalCount: 3,
    pageInfo: { hasNextPage: true, endCursor: 'rank:2' },
    weights: defaultWeights,
    nodes: [
      match(1, 'inst-0001', '赣鄱大学', { node: { ...inst('inst-0001', '赣鄱大学') } }),
      match(2, 'inst-0002', '瑶湖医科大学', { node: { ...inst('inst-0002', '瑶湖医科大学') } }),
    ],
  };
}

function inst(id: string, name: string) {
  return {
    id,
    kind: 'INSTITUTION' as const,
    name,
    nameEn: `${name} EN`,
    illustrative: true,
    properties: [{ key: 'name', masked: false }],
  };
}

/** Candidates for a position: names masked by the server, gaps listed. */
export function candidateMatches(): MatchResults {
  const base = match(1, 'tal-0147', '付**');
  // On a path a person appears by headline, never by name.
  const paths = base.paths.map((p) => ({
    ...p,
    nodes: p.nodes.map((n) =>
      n.id === 'tal-0147' ? { ...n, kind: 'TALENT' as const, name: '临床研究经理' } : n,
    ),
  }));
  return {
    totalCount: 1,
    pageInfo: { hasNextPage: false, endCursor: 'rank:1' },
    weights: defaultWeights,
    nodes: [
      {
        ...base,
        paths,
        node: {
          id: 'tal-0147',
          kind: 'TALENT',
          name: '付**',
          nameEn: null,
          illustrative: true,
          headline: '临床研究经理',
          properties: [
            { key: 'name', masked: true },
            { key: 'phone', masked: true },
          ],
        },
        gaps: [
          {
            kind: 'skill',
            technologyId: 'tech-neuroprosthesis',
            labelZh: '脑控假肢与机械臂',
            labelEn: 'Brain-controlled prosthesis',
            mandatory: true,
            partlyCovered: false,
          },
          {
            kind: 'skill',
            technologyId: 'tech-eeg',
            labelZh: '脑电采集（已有相关技能：脑电）',
            labelEn: 'EEG acquisition (related skill: EEG)',
            mandatory: false,
            partlyCovered: true,
          },
        ],
      },
    ],
  };
}

export const emptyMatches: MatchResults = {
  totalCount: 0,
  pageInfo: { hasNextPage: false, endCursor: null },
  weights: defaultWeights,
  nodes: [],
};

const node = (
  id: string,
  kind: SourceNode['kind'],
  name: string,
  properties: SourceNode['properties'] = [],
): SourceNode => ({ id, kind, name, nameEn: `${name} EN`, illustrative: true, properties });

export const sourceNodes: SourceNode[] = [
  node('ent-0001', 'ENTERPRISE', '企业1'),
  node('pos-0001', 'POSITION', '临床研究协调员'),
  node('tech-eeg', 'TECHNOLOGY', '脑电'),
  node('inv-0001', 'INVESTOR', '赣江基金'),
  node('tal-0009', 'TALENT', '王**', [
    { key: 'name', values: ['王**'], masked: true },
    { key: 'consentToMatch', values: ['false'], masked: false },
  ]),
];
