import { gql } from '@urql/core';
import type { NodeKind, PageInfo } from '../shared/types';

export type PathDirection = 'FORWARD' | 'BACKWARD';
export type PathStrength = 'CONCRETE' | 'TOPICAL' | 'STRUCTURAL';

export interface PathNode {
  id: string;
  kind: NodeKind;
  name: string;
  nameEn?: string | null;
  illustrative: boolean;
}

export interface PathRelationship {
  type: string;
  labelZh: string;
  labelEn: string;
  direction: PathDirection;
  fromId: string;
  toId: string;
  strength: PathStrength;
}

export interface ConnectionPath {
  id: string;
  length: number;
  cost: number;
  descriptionZh: string;
  descriptionEn: string;
  nodes: PathNode[];
  relationships: PathRelationship[];
}

export interface ConnectionResults {
  totalCount: number;
  hubDegree: number;
  pageInfo: PageInfo;
  paths: ConnectionPath[];
}

export interface ConnectionsVariables {
  fromId: string;
  toId: string;
  maxHops: number;
  first: number;
  after?: string | null;
}

/** Paths shown per page. */
export const PATHS_PER_PAGE = 5;

export const CONNECTIONS_QUERY = gql<{ connections: ConnectionResults }, ConnectionsVariables>`
  query Connections($fromId: ID!, $toId: ID!, $maxHops: Int, $first: Int, $after: String) {
    connections(fromId: $fromId, toId: $toId, maxHops: $maxHops, first: $first, after: $after) {
      totalCount
      hubDegree
      pageInfo {
        hasNextPage
        endCursor
      }
      paths {
        id
        length
        cost
        descriptionZh
        descriptionEn
        nodes {
          id
          kind
          name
          nameEn
          illustrative
        }
        relationships {
          type
          labelZh
          labelEn
          direction
          fromId
          toId
          strength
        }
      }
    }
  }
`;

export interface EndpointNode {
  id: string;
  kind: NodeKind;
  name: string;
  nameEn?: string | null;
}

/** The names of the endpoints given in the URL (a link from a profile gives only the id). */
export const ENDPOINTS_QUERY = gql<{ nodesById: EndpointNode[] }, { ids: string[] }>`
  query ConnectionEndpoints($ids: [ID!]!) {
    nodesById(ids: $ids) {
      id
      kind
      name
      nameEn
    }
  }
`;
