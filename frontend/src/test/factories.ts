import type { NodeFull, PropertyValue } from '../shared/types';

export function prop(
  key: string,
  labelZh: string,
  values: string[],
  display?: string[],
  extra?: Partial<PropertyValue>,
): PropertyValue {
  return {
    key,
    labelZh,
    labelEn: key,
    values,
    displayZh: display ?? values,
    displayEn: values,
    personal: false,
    masked: false,
    ...extra,
  };
}

export function enterprise(n: number, extra: Partial<NodeFull> = {}): NodeFull {
  const id = `ent-${String(n).padStart(4, '0')}`;
  return {
    id,
    kind: 'ENTERPRISE',
    name: `企业${n}`,
    nameEn: `Enterprise ${n}`,
    illustrative: n % 2 === 0,
    description: `第${n}家企业`,
    descriptionEn: `Enterprise number ${n}`,
    properties: [prop('stage', '发展阶段', ['seed'], ['种子期'])],
    provenance: [],
    ...extra,
  };
}
