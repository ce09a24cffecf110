import { ALL_KINDS } from '../shared/kinds';
import type { NodeKind } from '../shared/types';

/** The `SearchFilter` of the schema (`search.graphqls`). */
export interface SearchFilter {
  kinds?: NodeKind[];
  regionIds?: string[];
  technologyIds?: string[];
  chainSegmentIds?: string[];
  stages?: string[];
  qualifications?: string[];
  deviceClasses?: string[];
}

/**
 * Facet dimensions in display order: each is also the URL search parameter (repeatable) that
 * narrows by it, and sets one field of `SearchFilter`.
 */
export const DIMENSIONS = {
  kind: 'kinds',
  region: 'regionIds',
  technology: 'technologyIds',
  segment: 'chainSegmentIds',
  stage: 'stages',
  qualification: 'qualifications',
  deviceClass: 'deviceClasses',
} as const satisfies Record<string, keyof SearchFilter>;

export type Dimension = keyof typeof DIMENSIONS;

export const DIMENSION_ORDER = Object.keys(DIMENSIONS) as Dimension[];

export const SEARCH_PAGE_SIZE = 20;

export function isDimension(name: string): name is Dimension {
  return Object.hasOwn(DIMENSIONS, name);
}

/** The distinct, non-blank values of one dimension in the URL (kinds only when they name a kind). */
export function selectedValues(params: URLSearchParams, dimension: Dimension): string[] {
  const values = params
    .getAll(dimension)
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const distinct = [...new Set(values)];
  return dimension === 'kind'
    ? distinct.filter((v) => ALL_KINDS.includes(v as NodeKind))
    : distinct;
}

/** The `SearchFilter` the URL describes; dimensions without values are left out. */
export function filterFromParams(params: URLSearchParams): SearchFilter {
  const filter: Record<string, string[]> = {};
  for (const dimension of DIMENSION_ORDER) {
    const values = selectedValues(params, dimension);
    if (values.length > 0) filter[DIMENSIONS[dimension]] = values;
  }
  return filter as SearchFilter;
}

/** How many filter values the URL sets in all. */
export function activeFilterCount(params: URLSearchParams): number {
  return DIMENSION_ORDER.reduce((n, d) => n + selectedValues(params, d).length, 0);
}

export interface SearchVariables {
  query: string;
  filter: SearchFilter;
  first: number;
  after: string | null;
  [key: string]: unknown;
}

export function searchVariables(
  params: URLSearchParams,
  after: string | null = null,
  first = SEARCH_PAGE_SIZE,
): SearchVariables {
  return { query: (params.get('q') ?? '').trim(), filter: filterFromParams(params), first, after };
}

/** A copy of `params` with `value` added to or removed from `dimension`. */
export function toggleFacet(
  params: URLSearchParams,
  dimension: Dimension,
  value: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const current = selectedValues(params, dimension);
  next.delete(dimension);
  const values = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  for (const v of values) next.append(dimension, v);
  return next;
}

/** A copy of `params` without any filter (the query and anything else stay). */
export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const dimension of DIMENSION_ORDER) next.delete(dimension);
  return next;
}

/** The results page of a query. */
export function searchPath(q: string): string {
  return `/search?${new URLSearchParams({ q }).toString()}`;
}
