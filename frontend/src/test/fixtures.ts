import type { GraphModel } from '../shared/types';
import type { Stats } from '../home/queries';
import type { MockAnswer, Resolver } from './mockClient';
import { policy } from './policyFixture';
import { neighbours, profileNode } from './graphFixture';
import { searchMore, searchResults, suggestions } from './searchFixture';

export { enterprise, prop } from './factories';
export { policy } from './policyFixture';
export { neighbours, profileNode } from './graphFixture';
export { searchMore, searchResults, suggestions } from './searchFixture';

export const model: GraphModel = {
  kinds: [
    {
      kind: 'ENTERPRISE',
      idPrefix: 'ent',
      labelZh: '企业',
      labelEn: 'Enterprise',
      properties: [
        {
          key: 'stage',
          type: 'CODE',
          personal: false,
          labelZh: '发展阶段',
          labelEn: 'Stage',
          codes: [{ code: 'seed', zh: '种子期', en: 'Seed' }],
        },
        {
          key: 'qualifications',
          type: 'CODE_LIST',
          personal: false,
          labelZh: '资质',
          labelEn: 'Qualifications',
          codes: [{ code: 'high_tech', zh: '高新技术企业', en: 'High-tech' }],
        },
      ],
    },
    { kind: 'REGION', idPrefix: 'region', labelZh: '地区', labelEn: 'Region', properties: [] },
    {
      kind: 'CHAIN_SEGMENT',
      idPrefix: 'chain',
      labelZh: '产业链环节',
      labelEn: 'Chain segment',
      properties: [
        {
          key: 'tier',
          type: 'CODE',
          personal: false,
          labelZh: '链位',
          labelEn: 'Tier',
          codes: [
            { code: 'upstream', zh: '上游', en: 'Upstream' },
            { code: 'midstream', zh: '中游', en: 'Midstream' },
            { code: 'downstream', zh: '下游', en: 'Downstream' },
          ],
        },
      ],
    },
    {
      kind: 'TECHNOLOGY',
      idPrefix: 'tech',
      labelZh: '技术',
      labelEn: 'Technology',
      properties: [],
    },
    { kind: 'TALENT', idPrefix: 'tal', labelZh: '人才', labelEn: 'Talent', properties: [] },
    { kind: 'MEASURE', idPrefix: 'measure', labelZh: '措施', labelEn: 'Measure', properties: [] },
  ],
  relationshipTypes: [
    {
      type: 'LOCATED_IN',
      labelZh: '位于',
      labelEn: 'located in',
      from: ['ENTERPRISE', 'TALENT'],
      to: ['REGION'],
    },
    {
      type: 'IN_SEGMENT',
      labelZh: '所属环节',
      labelEn: 'in chain segment',
      from: ['ENTERPRISE'],
      to: ['CHAIN_SEGMENT'],
    },
    {
      type: 'DEVELOPS',
      labelZh: '研发',
      labelEn: 'develops',
      from: ['ENTERPRISE'],
      to: ['TECHNOLOGY'],
    },
    {
      type: 'WORKS_AT',
      labelZh: '任职于',
      labelEn: 'works at',
      from: ['TALENT'],
      to: ['ENTERPRISE'],
    },
  ],
};

const seg = (
  id: string,
  name: string,
  tier: string,
  parentId: string | null,
  enterprises: number,
) => ({
  segment: { id, name, nameEn: `${name} EN`, illustrative: false },
  tier,
  parentId,
  enterprises,
  products: 0,
});

export const stats: Stats = {
  totalNodes: 120,
  totalRelationships: 340,
  byKind: [
    { kind: 'ENTERPRISE', labelZh: '企业', labelEn: 'Enterprise', count: 12 },
    { kind: 'TALENT', labelZh: '人才', labelEn: 'Talent', count: 5 },
    { kind: 'REGION', labelZh: '地区', labelEn: 'Region', count: 0 },
  ],
  byRegion: [
    {
      region: { id: 'region-360100', name: '南昌市', nameEn: 'Nanchang' },
      count: 9,
      enterprises: 7,
    },
    {
      region: { id: 'region-360400', name: '九江市', nameEn: 'Jiujiang' },
      count: 2,
      enterprises: 1,
    },
  ],
  byChainSegment: [
    seg('chain-up', '上游', 'upstream', null, 3),
    seg('chain-up-chip', '芯片', 'upstream', 'chain-up', 3),
    seg('chain-up-electrode', '电极', 'upstream', 'chain-up', 0),
    seg('chain-mid', '中游', 'midstream', null, 4),
    seg('chain-mid-system', '系统集成', 'midstream', 'chain-mid', 4),
    seg('chain-down', '下游', 'downstream', null, 0),
    seg('chain-down-medical', '医疗康复', 'downstream', 'chain-down', 0),
  ],
};

export const filterOptions = {
  regions: {
    nodes: [
      {
        id: 'region-330100',
        name: '杭州市',
        nameEn: 'Hangzhou',
        parent: { id: 'region-330000', name: '浙江省', nameEn: 'Zhejiang' },
      },
      {
        id: 'region-360100',
        name: '南昌市',
        nameEn: 'Nanchang',
        parent: { id: 'region-360000', name: '江西省', nameEn: 'Jiangxi' },
      },
    ],
  },
  zones: { nodes: [{ id: 'region-zone-ganjiang', name: '赣江新区', nameEn: 'Ganjiang New Area' }] },
  technologies: {
    nodes: [
      { id: 'tech-bci', name: '脑机接口', nameEn: 'BCI', broader: [] },
      {
        id: 'tech-eeg',
        name: '脑电采集',
        nameEn: 'EEG acquisition',
        broader: [{ id: 'tech-bci' }],
      },
    ],
  },
  chainSegments: {
    nodes: [
      { id: 'chain-up', name: '上游', nameEn: 'Upstream', parent: null },
      { id: 'chain-up-chip', name: '芯片', nameEn: 'Chips', parent: { id: 'chain-up' } },
    ],
  },
};

/** The taxonomy in two pages, as the server pages it. */
export function technologyPage(after: string | null) {
  return after === 'tech-page-2'
    ? {
        nodes: [
          {
            id: 'tech-eeg',
            name: '脑电采集',
            nameEn: 'EEG acquisition',
            broader: [{ id: 'tech-bci' }],
          },
        ],
        pageInfo: { hasNextPage: false, endCursor: 'tech-page-3' },
      }
    : {
        nodes: [{ id: 'tech-bci', name: '脑机接口', nameEn: 'BCI', broader: [] }],
        pageInfo: { hasNextPage: true, endCursor: 'tech-page-2' },
      };
}

export function fixtureResolver(overrides: Record<string, Resolver> = {}): Resolver {
  return (name, variables): MockAnswer => {
    if (overrides[name]) return overrides[name](name, variables);
    switch (name) {
      case 'Model':
        return { data: { model } };
      case 'HomeStats':
        return { data: { stats } };
      case 'BrowseKindCounts':
        return { data: { stats: { byKind: stats.byKind } } };
      case 'BrowseFilterOptions':
        return { data: filterOptions };
      case 'BrowseTechnologies':
        return { data: { technologies: technologyPage(variables.after as string | null) } };
      case 'Policies':
        return { data: { policies: { nodes: [policy] } } };
      case 'Profile':
        return { data: { node: variables.id === profileNode.id ? profileNode : null } };
      case 'Neighbours':
        return { data: { neighbours: neighbours(String(variables.id)) } };
      case 'Search':
        return { data: { search: searchResults } };
      case 'SearchMore':
        return { data: { search: searchMore } };
      case 'Suggest':
        return { data: { suggest: suggestions } };
      case 'ActorSuggest': {
        const kinds = variables.kinds as string[] | null;
        return {
          data: {
            suggest: suggestions
              .filter((s) => !kinds || kinds.includes(s.kind))
              .map(({ id, kind, text }) => ({ id, kind, text })),
          },
        };
      }
      default:
        return { errors: [`no fixture for ${name}`] };
    }
  };
}
