import { gql } from '@urql/core';
import { NODE_SUMMARY_FIELDS } from '../shared/fragments';
import type { Connection, NodeSummary } from '../shared/types';
import type { BrowseVariables } from './filters';
import type { KindCount } from '../home/queries';

export const NODES_QUERY = gql<{ nodes: Connection<NodeSummary> }, BrowseVariables>`
  query BrowseNodes($kind: NodeKind!, $filter: NodeFilter, $first: Int, $after: String) {
    nodes(kind: $kind, filter: $filter, first: $first, after: $after) {
      nodes {
        ...NodeSummaryFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
  ${NODE_SUMMARY_FIELDS}
`;

export const KIND_COUNTS_QUERY = gql<{ stats: { byKind: KindCount[] } }, Record<string, never>>`
  query BrowseKindCounts {
    stats {
      byKind {
        kind
        labelZh
        labelEn
        count
      }
    }
  }
`;

interface Named {
  id: string;
  name: string;
  nameEn?: string | null;
}

export interface FilterOptions {
  regions: { nodes: (Named & { parent?: Named | null })[] };
  zones: { nodes: Named[] };
  chainSegments: { nodes: (Named & { parent?: { id: string } | null })[] };
}

export const FILTER_OPTIONS_QUERY = gql<FilterOptions, Record<string, never>>`
  query BrowseFilterOptions {
    regions(filter: { kind: "city" }, first: 100) {
      nodes {
        id
        name
        nameEn
        parent {
          id
          name
          nameEn
        }
      }
    }
    zones: regions(filter: { kind: "zone" }, first: 100) {
      nodes {
        id
        name
        nameEn
      }
    }
    chainSegments(first: 100) {
      nodes {
        id
        name
        nameEn
        parent {
          id
        }
      }
    }
  }
`;

export type TechnologyOption = Named & { broader: { id: string }[] };

/** One page of the technology taxonomy; it has more nodes than one page holds, so it is paged through. */
export interface TechnologyPage {
  technologies: {
    nodes: TechnologyOption[];
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  };
}

export const TECHNOLOGY_PAGE_QUERY = gql<TechnologyPage, { after: string | null }>`
  query BrowseTechnologies($after: String) {
    technologies(first: 100, after: $after) {
      nodes {
        id
        name
        nameEn
        broader {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
