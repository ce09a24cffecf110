import { gql } from '@urql/core';
import { useQuery } from 'urql';
import type { CodeLabel, GraphModel, KindModel, NodeKind, PropertyValue } from './types';
import type { Lang } from './i18n';

export const MODEL_QUERY = gql<{ model: GraphModel }, Record<string, never>>`
  query Model {
    model {
      kinds {
        kind
        idPrefix
        labelZh
        labelEn
        properties {
          key
          type
          personal
          labelZh
          labelEn
          codes {
            code
            zh
            en
          }
        }
      }
      relationshipTypes {
        type
        labelZh
        labelEn
        from
        to
      }
    }
  }
`;

/** The graph model (kinds, properties, codes, relationship types), fetched once and cached. */
export function useModel() {
  const [result] = useQuery({ query: MODEL_QUERY });
  return { model: result.data?.model, fetching: result.fetching, error: result.error };
}

export function kindModel(model: GraphModel | undefined, kind: NodeKind): KindModel | undefined {
  return model?.kinds.find((k) => k.kind === kind);
}

export function kindLabel(model: GraphModel | undefined, kind: string, lang: Lang): string {
  const k = model?.kinds.find((m) => m.kind === kind);
  if (!k) return kind;
  return lang === 'en' ? k.labelEn : k.labelZh;
}

export function propertyCodes(
  model: GraphModel | undefined,
  kind: NodeKind,
  key: string | undefined,
): CodeLabel[] {
  if (!key) return [];
  return kindModel(model, kind)?.properties.find((p) => p.key === key)?.codes ?? [];
}

/** Whether some relationship type links `kind` with `other`, either way. */
export function kindsLinked(model: GraphModel | undefined, kind: NodeKind, other: NodeKind) {
  if (kind === other) return true;
  return (model?.relationshipTypes ?? []).some(
    (r) =>
      (r.from.includes(kind) && r.to.includes(other)) ||
      (r.to.includes(kind) && r.from.includes(other)),
  );
}

/** A property's values for display in the chosen language. */
export function displayValues(p: PropertyValue, lang: Lang): string[] {
  const shown = lang === 'en' ? p.displayEn : p.displayZh;
  const values = shown.length > 0 ? shown : p.values;
  return values.map((v) => BOOLEANS[lang][v] ?? v);
}

/** Booleans come back as `true` / `false` text; they read better as words. */
const BOOLEANS: Record<Lang, Record<string, string>> = {
  zh: { true: '是', false: '否' },
  en: { true: 'Yes', false: 'No' },
};

export function propertyLabel(p: { labelZh: string; labelEn: string }, lang: Lang): string {
  return lang === 'en' ? p.labelEn : p.labelZh;
}

/** The first value of a node's property, in the chosen language; undefined when absent. */
export function propText(
  properties: PropertyValue[] | undefined,
  key: string,
  lang: Lang = 'zh',
): string | undefined {
  const p = properties?.find((x) => x.key === key);
  if (!p) return undefined;
  const v = displayValues(p, lang);
  return v.length > 0 ? v.join('、') : undefined;
}
