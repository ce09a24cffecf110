import type { NodeFilter, NodeKind } from '../shared/types';

/** URL search parameters of the browse page and the `NodeFilter` field each sets. */
export const FILTER_PARAMS = {
  region: 'regionId',
  technology: 'technologyId',
  segment: 'chainSegmentId',
  sub: 'kind',
  stage: 'stage',
  qualification: 'qualification',
  q: 'nameContains',
} as const satisfies Record<string, keyof NodeFilter>;

export type FilterParam = keyof typeof FILTER_PARAMS | 'illustrative';

export const PAGE_SIZE = 20;

/** The `NodeFilter` the URL's search parameters describe; unset and blank parameters are left out. */
export function filterFromParams(params: URLSearchParams): NodeFilter {
  const filter: NodeFilter = {};
  for (const [param, field] of Object.entries(FILTER_PARAMS)) {
    const value = params.get(param)?.trim();
    if (value) (filter as Record<string, string>)[field] = value;
  }
  const illustrative = params.get('illustrative');
  if (illustrative === 'true') filter.illustrative = true;
  if (illustrative === 'false') filter.illustrative = false;
  return filter;
}

export interface BrowseVariables {
  kind: NodeKind;
  filter: NodeFilter;
  first: number;
  after: string | null;
  [key: string]: unknown;
}

/** Variables of the `nodes` query for one page. */
export function browseVariables(
  kind: NodeKind,
  params: URLSearchParams,
  after: string | null = null,
  first = PAGE_SIZE,
): BrowseVariables {
  return { kind, filter: filterFromParams(params), first, after };
}

/** A copy of `params` with one parameter set (or removed when the value is empty). */
export function withParam(
  params: URLSearchParams,
  name: FilterParam,
  value: string | undefined | null,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === undefined || value === null || value === '') next.delete(name);
  else next.set(name, value);
  return next;
}

/** Keeps only the parameters that apply to the newly chosen kind's filters. */
export function paramsForKind(params: URLSearchParams, allowed: FilterParam[]): URLSearchParams {
  const next = new URLSearchParams();
  for (const [k, v] of params) if ((allowed as string[]).includes(k)) next.set(k, v);
  return next;
}
