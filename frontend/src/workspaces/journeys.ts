import type { NodeKind } from '../shared/types';

/** The matchmaking journeys, as the API names them (`docs/matching.md` §1), one workspace each. */
export type JourneySlug =
  'investor' | 'partner' | 'institution' | 'candidate' | 'position' | 'similar';

export interface Journey {
  slug: JourneySlug;
  /** The query field and its id argument in `matching.graphqls`. */
  field: string;
  argument: string;
  /** Kinds a source may have (what the picker suggests). */
  sourceKinds: NodeKind[];
  /** Whether matches carry gaps (position ↔ talent). */
  gaps: boolean;
}

export const JOURNEYS: Journey[] = [
  {
    slug: 'investor',
    field: 'investorMatches',
    argument: 'investorId',
    sourceKinds: ['INVESTOR'],
    gaps: false,
  },
  {
    slug: 'partner',
    field: 'partnerMatches',
    argument: 'institutionId',
    sourceKinds: ['INSTITUTION'],
    gaps: false,
  },
  {
    slug: 'institution',
    field: 'institutionMatches',
    argument: 'enterpriseId',
    sourceKinds: ['ENTERPRISE'],
    gaps: false,
  },
  {
    slug: 'candidate',
    field: 'candidateMatches',
    argument: 'positionId',
    sourceKinds: ['POSITION'],
    gaps: true,
  },
  {
    slug: 'position',
    field: 'positionMatches',
    argument: 'talentId',
    sourceKinds: ['TALENT'],
    gaps: true,
  },
  {
    slug: 'similar',
    field: 'similar',
    argument: 'id',
    sourceKinds: ['ENTERPRISE', 'INSTITUTION', 'INVESTOR', 'PROJECT', 'TALENT', 'POSITION'],
    gaps: false,
  },
];

export function journeyOf(slug: string | undefined): Journey | null {
  return JOURNEYS.find((j) => j.slug === slug) ?? null;
}

/** The journeys a node of this kind can start, its own first (`similar` last). */
export function journeysFor(kind: string): Journey[] {
  return JOURNEYS.filter((j) => takes(j, kind)).sort(
    (a, b) => Number(a.slug === 'similar') - Number(b.slug === 'similar'),
  );
}

/** A talent may be matched from only with consent and without having opted out (the server refuses otherwise). */
export function matchable(node: {
  kind: string;
  properties: { key: string; values: string[] }[];
}): boolean {
  if (node.kind !== 'TALENT') return true;
  const value = (key: string) => node.properties.find((p) => p.key === key)?.values[0];
  return value('consentToMatch') === 'true' && value('optedOut') !== 'true';
}

export function takes(journey: Journey, kind: string | undefined): boolean {
  return kind !== undefined && journey.sourceKinds.includes(kind as NodeKind);
}

/** The factors of a score, in the order the API's `MatchWeights` lists them. */
export const FACTORS = [
  'technology',
  'scenario',
  'chain',
  'profile',
  'text',
  'graph',
  'policy',
] as const;
export type FactorKey = (typeof FACTORS)[number];
export type FactorName = Uppercase<FactorKey>;

export type Weights = Record<FactorKey, number>;

export function factorKey(factor: FactorName): FactorKey {
  return factor.toLowerCase() as FactorKey;
}

/** Weights in a request are 0 to 100 (only proportions matter); at least one must be above 0. */
export const MAX_WEIGHT = 100;

export function validWeights(weights: Weights): boolean {
  const values = FACTORS.map((f) => weights[f]);
  return (
    values.every((v) => Number.isFinite(v) && v >= 0 && v <= MAX_WEIGHT) &&
    values.some((v) => v > 0)
  );
}

/** Weights in the URL: every factor as a search parameter (`?technology=30&text=40…`), all seven or none. */
export function readWeights(search: URLSearchParams): Weights | null {
  if (!FACTORS.some((f) => search.has(f))) return null;
  const weights = {} as Weights;
  for (const f of FACTORS) {
    const raw = search.get(f);
    const value = raw === null || raw === '' ? 0 : Number(raw);
    weights[f] = value;
  }
  return validWeights(weights) ? weights : null;
}

/** `/match/<journey>[/<id>][?technology=…]`. */
export function workspacePath(
  slug: JourneySlug,
  id?: string | null,
  weights?: Weights | null,
): string {
  let path = `/match/${slug}`;
  if (id) path += `/${encodeURIComponent(id)}`;
  if (weights) {
    const query = new URLSearchParams();
    for (const f of FACTORS) query.set(f, String(round(weights[f])));
    path += `?${query.toString()}`;
  }
  return path;
}

/** Two decimals at most, for weights shown and kept in the URL. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
