import { gql } from '@urql/core';
import type { TypedDocumentNode } from '@urql/core';
import type { NodeKind, NodeRef, PageInfo } from '../shared/types';
import { JOURNEYS, type FactorName, type JourneySlug, type Weights } from './journeys';

export interface FactorContribution {
  factor: FactorName;
  value: number;
  weight: number;
  contribution: number;
  inferred: boolean;
}

export interface MatchPathNode {
  id: string;
  kind: NodeKind;
  name: string;
}

export interface MatchPath {
  factor: FactorName;
  nodes: MatchPathNode[];
  /** Relationship types between consecutive nodes; `~` marks an inferred step, `*2` two taxonomy steps. */
  relationships: string[];
  inferred: boolean;
}

export interface MatchGap {
  kind: string;
  technologyId?: string | null;
  labelZh: string;
  labelEn: string;
  mandatory: boolean;
  partlyCovered: boolean;
}

export interface MatchNode extends NodeRef {
  /** Only whether a property is masked: the workspace shows what the server gives, never more. */
  properties: { key: string; masked: boolean }[];
  headline?: string | null;
}

export interface MatchData {
  rank: number;
  score: number;
  reasonZh: string;
  reasonEn: string;
  matchedTerms: string[];
  node: MatchNode;
  factors: FactorContribution[];
  paths: MatchPath[];
  gaps: MatchGap[];
}

export interface MatchResults {
  totalCount: number;
  pageInfo: PageInfo;
  weights: Weights;
  nodes: MatchData[];
}

export interface MatchVariables {
  id: string;
  first: number;
  after?: string | null;
  weights?: Weights | null;
}

/** Matches shown per page. */
export const MATCHES_PER_PAGE = 10;

const MATCH_FIELDS = gql`
  fragment WorkspaceMatchFields on MatchConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    weights {
      technology
      scenario
      chain
      profile
      text
      graph
      policy
    }
    nodes {
      rank
      score
      reasonZh
      reasonEn
      matchedTerms
      node {
        id
        kind
        name
        nameEn
        illustrative
        properties {
          key
          masked
        }
        ... on Talent {
          headline
        }
      }
      factors {
        factor
        value
        weight
        contribution
        inferred
      }
      paths {
        factor
        inferred
        relationships
        nodes {
          id
          kind
          name
        }
      }
      gaps {
        kind
        technologyId
        labelZh
        labelEn
        mandatory
        partlyCovered
      }
    }
  }
`;

/** `InvestorWorkspace`, `PartnerWorkspace` …: the operation name of a journey's query. */
export function operationName(slug: JourneySlug): string {
  return `${slug.charAt(0).toUpperCase()}${slug.slice(1)}Workspace`;
}

/** One document per journey (`InvestorWorkspace`, `PartnerWorkspace` …), the field aliased `matches`. */
export const MATCH_QUERIES = Object.fromEntries(
  JOURNEYS.map((j) => [
    j.slug,
    gql<{ matches: MatchResults }, MatchVariables>`
      query ${operationName(j.slug)}($id: ID!, $first: Int, $after: String, $weights: MatchWeightsInput) {
        matches: ${j.field}(${j.argument}: $id, first: $first, after: $after, weights: $weights) {
          ...WorkspaceMatchFields
        }
      }
      ${MATCH_FIELDS}
    `,
  ]),
) as Record<JourneySlug, TypedDocumentNode<{ matches: MatchResults }, MatchVariables>>;

export interface SourceNode {
  id: string;
  kind: NodeKind;
  name: string;
  nameEn?: string | null;
  illustrative: boolean;
  properties: { key: string; values: string[]; masked: boolean }[];
}

/** The source picked (a deep link gives only its id); its consent and opt-out say whether it may be matched. */
export const SOURCE_QUERY = gql<{ nodesById: SourceNode[] }, { ids: string[] }>`
  query WorkspaceSource($ids: [ID!]!) {
    nodesById(ids: $ids) {
      id
      kind
      name
      nameEn
      illustrative
      properties {
        key
        values
        masked
      }
    }
  }
`;

/** English names of the nodes on evidence paths (the API's paths carry the Chinese name only). */
export const PATH_NAMES_QUERY = gql<
  { nodesById: { id: string; kind: NodeKind; nameEn?: string | null }[] },
  { ids: string[] }
>`
  query WorkspacePathNames($ids: [ID!]!) {
    nodesById(ids: $ids) {
      id
      kind
      nameEn
    }
  }
`;
