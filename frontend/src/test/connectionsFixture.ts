import type { ConnectionPath, ConnectionResults } from '../connections/queries';

export const connectionPaths: ConnectionPath[] = [
  {
    id: 'inst-0001>ent-0001>inv-0001',
    length: 2,
    cost: 2,
    descriptionZh: '机构 赣鄱大学 —合作→ 企业 脑电科技 ←投资— 投资机构 赣江基金',
    descriptionEn:
      'Institution Ganpo University —collaborates with→ Enterprise EEG Tech ←invested in— Investor Ganjiang Fund',
    nodes: [
      {
        id: 'inst-0001',
        kind: 'INSTITUTION',
        name: '赣鄱大学',
        nameEn: 'Ganpo University',
        illustrative: true,
      },
      {
        id: 'ent-0001',
        kind: 'ENTERPRISE',
        name: '脑电科技',
        nameEn: 'EEG Tech',
        illustrative: true,
      },
      {
        id: 'inv-0001',
        kind: 'INVESTOR',
        name: '赣江基金',
        nameEn: 'Ganjiang Fund',
        illustrative: true,
      },
    ],
    relationships: [
      {
        type: 'COLLABORATES_WITH',
        labelZh: '合作',
        labelEn: 'collaborates with',
        direction: 'FORWARD',
        fromId: 'inst-0001',
        toId: 'ent-0001',
        strength: 'CONCRETE',
      },
      {
        type: 'INVESTED_IN',
        labelZh: '投资',
        labelEn: 'invested in',
        direction: 'BACKWARD',
        fromId: 'inv-0001',
        toId: 'ent-0001',
        strength: 'CONCRETE',
      },
    ],
  },
  {
    id: 'inst-0001>tal-0001>inv-0001',
    length: 2,
    cost: 2.5,
    descriptionZh: '机构 赣鄱大学 ←任职于— 人才 王** —掌握技能→ 投资机构 赣江基金',
    descriptionEn:
      'Institution Ganpo University ←works at— Talent 王** —has skill→ Investor Ganjiang Fund',
    nodes: [
      {
        id: 'inst-0001',
        kind: 'INSTITUTION',
        name: '赣鄱大学',
        nameEn: 'Ganpo University',
        illustrative: true,
      },
      { id: 'tal-0001', kind: 'TALENT', name: '王**', nameEn: null, illustrative: true },
      {
        id: 'inv-0001',
        kind: 'INVESTOR',
        name: '赣江基金',
        nameEn: 'Ganjiang Fund',
        illustrative: true,
      },
    ],
    relationships: [
      {
        type: 'WORKS_AT',
        labelZh: '任职于',
        labelEn: 'works at',
        direction: 'BACKWARD',
        fromId: 'tal-0001',
        toId: 'inst-0001',
        strength: 'CONCRETE',
      },
      {
        type: 'FOCUSES_ON',
        labelZh: '关注',
        labelEn: 'focuses on',
        direction: 'FORWARD',
        fromId: 'tal-0001',
        toId: 'inv-0001',
        strength: 'TOPICAL',
      },
    ],
  },
];

export const morePath: ConnectionPath = {
  ...connectionPaths[0],
  id: 'inst-0001>tech-bci>inv-0001',
  length: 2,
  cost: 3,
  descriptionZh: '机构 赣鄱大学 —研究→ 技术 脑机接口 ←关注— 投资机构 赣江基金',
  descriptionEn:
    'Institution Ganpo University —researches→ Technology BCI ←focuses on— Investor Ganjiang Fund',
};

export function connectionResults(after: string | null | undefined): ConnectionResults {
  return after
    ? {
        totalCount: 3,
        hubDegree: 41,
        pageInfo: { hasNextPage: false, endCursor: 'cursor-3' },
        paths: [morePath],
      }
    : {
        totalCount: 3,
        hubDegree: 41,
        pageInfo: { hasNextPage: true, endCursor: 'cursor-2' },
        paths: connectionPaths,
      };
}

export const endpointNodes = [
  { id: 'inst-0001', kind: 'INSTITUTION', name: '赣鄱大学', nameEn: 'Ganpo University' },
  { id: 'inv-0001', kind: 'INVESTOR', name: '赣江基金', nameEn: 'Ganjiang Fund' },
  { id: 'ent-0001', kind: 'ENTERPRISE', name: '脑电科技', nameEn: 'EEG Tech' },
];
