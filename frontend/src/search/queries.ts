import { gql } from '@urql/core';
import { NODE_REF_FIELDS } from '../shared/fragments';
import type { NodeKind, NodeRef, PageInfo } from '../shared/types';
import type { SearchVariables } from './params';

export interface Highlight {
  /** `name`, `text` (descriptions) or `neighbours` (names of linked nodes). */
  field: string;
  /** Server-escaped fragments with the matches in `<mark>` tags. */
  fragments: string[];
}

export interface SearchHit {
  kind: NodeKind;
  score: number;
  node: NodeRef & {
    description?: string | null;
    descriptionEn?: string | null;
    properties: { key: string; masked: boolean }[];
  };
  highlights: Highlight[];
}

export interface FacetValue {
  value: string;
  labelZh: string;
  labelEn: string;
  count: number;
}

export interface Facet {
  dimension: string;
  values: FacetValue[];
}

export interface SearchResults {
  total: number;
  hits: SearchHit[];
  facets: Facet[];
  pageInfo: PageInfo;
}

const HIT_FIELDS = gql`
  fragment SearchHitFields on SearchHit {
    kind
    score
    node {
      ...NodeRefFields
      description
      descriptionEn
      properties {
        key
        masked
      }
    }
    highlights {
      field
      fragments
    }
  }
  ${NODE_REF_FIELDS}
`;

/** The first page: total, hits and facets. */
export const SEARCH_QUERY = gql<{ search: SearchResults }, SearchVariables>`
  query Search($query: String!, $filter: SearchFilter, $first: Int, $after: String) {
    search(query: $query, filter: $filter, first: $first, after: $after) {
      total
      hits {
        ...SearchHitFields
      }
      facets {
        dimension
        values {
          value
          labelZh
          labelEn
          count
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${HIT_FIELDS}
`;

/** Further pages ("load more"): hits only. */
export const SEARCH_MORE_QUERY = gql<
  { search: Pick<SearchResults, 'hits' | 'pageInfo'> },
  SearchVariables
>`
  query SearchMore($query: String!, $filter: SearchFilter, $first: Int, $after: String) {
    search(query: $query, filter: $filter, first: $first, after: $after) {
      hits {
        ...SearchHitFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${HIT_FIELDS}
`;

export interface Suggestion {
  id: string;
  kind: NodeKind;
  text: string;
  node: { id: string; name: string };
}

export const SUGGEST_LIMIT = 8;

export const SUGGEST_QUERY = gql<{ suggest: Suggestion[] }, { prefix: string; first: number }>`
  query Suggest($prefix: String!, $first: Int) {
    suggest(prefix: $prefix, first: $first) {
      id
      kind
      text
      node {
        id
        name
      }
    }
  }
`;
