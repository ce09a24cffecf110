import type { Neighbourhood, NodeFull, NodeRef } from '../shared/types';
import { enterprise, prop } from './factories';

const ref = (id: string, kind: NodeRef['kind'], name: string, illustrative = false): NodeRef => ({
  id,
  kind,
  name,
  nameEn: `${name} EN`,
  illustrative,
});

export const profileNode: NodeFull = enterprise(1, {
  illustrative: true,
  properties: [
    prop('name', '名称', ['企业1']),
    prop('stage', '发展阶段', ['seed'], ['种子期']),
    prop('phone', '电话', ['***'], ['***'], { personal: true, masked: true }),
  ],
  provenance: [
    {
      source: 'illustrative',
      origin: 'illustrative/Enterprise.csv#2',
      reference: null,
      recordedAt: '2026-11-29T10:00:00Z',
      confirmedAt: null,
    },
  ],
});

export function neighbours(id: string): Neighbourhood {
  if (id === 'tech-bci') {
    return {
      center: ref('tech-bci', 'TECHNOLOGY', '脑机接口'),
      edges: [
        {
          type: 'DEVELOPS',
          labelZh: '研发',
          labelEn: 'develops',
          direction: 'IN',
          node: ref('ent-0001', 'ENTERPRISE', '企业1', true),
          properties: [],
        },
        {
          type: 'DEVELOPS',
          labelZh: '研发',
          labelEn: 'develops',
          direction: 'IN',
          node: ref('ent-0009', 'ENTERPRISE', '企业9'),
          properties: [],
        },
      ],
      totalCount: 2,
    };
  }
  return {
    center: ref('ent-0001', 'ENTERPRISE', '企业1', true),
    edges: [
      {
        type: 'LOCATED_IN',
        labelZh: '位于',
        labelEn: 'located in',
        direction: 'OUT',
        node: ref('region-360100', 'REGION', '南昌市'),
        properties: [],
      },
      {
        type: 'DEVELOPS',
        labelZh: '研发',
        labelEn: 'develops',
        direction: 'OUT',
        node: ref('tech-bci', 'TECHNOLOGY', '脑机接口'),
        properties: [],
      },
      {
        type: 'WORKS_AT',
        labelZh: '任职于',
        labelEn: 'works at',
        direction: 'IN',
        node: ref('tal-0001', 'TALENT', '张*'),
        properties: [prop('role', '职务', ['首席科学家'])],
      },
    ],
    totalCount: 3,
  };
}

/** Answers every query the portal makes from the fixtures above; `overrides` replace single operations. */
