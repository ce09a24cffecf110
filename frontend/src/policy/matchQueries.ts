import { gql } from '@urql/core';
import type { NodeKind, PageInfo } from '../shared/types';
import type { Named } from './queries';

export type MatchStatus = 'APPLIES' | 'POSSIBLY' | 'DOES_NOT_APPLY';
export type Outcome = 'MET' | 'NOT_MET' | 'UNKNOWN';
export type Basis = 'EXPLICIT' | 'INFERRED';

export interface CriterionData {
  id: string;
  condition: string;
  basis: Basis;
  citedText: string;
  zh: string;
  en: string;
  missIsUnknown: boolean;
}

export interface EvidenceData {
  id: string;
  kind: NodeKind;
  name: string;
  role: string;
}

export interface CriterionResultData {
  outcome: Outcome;
  reasonZh: string;
  reasonEn: string;
  citedStart?: number | null;
  criterion: CriterionData;
  evidence: EvidenceData[];
}

export interface RouteData {
  key: string;
  zh: string;
  en: string;
  status: MatchStatus;
  criteria: CriterionResultData[];
}

export interface SupportData {
  relation: string;
  quote?: string | null;
  node: Named & { kind: NodeKind };
}

export interface MeasureMatchData {
  number: number;
  status: MatchStatus;
  measure: Named & { number?: number | null };
  routes: RouteData[];
  support: SupportData[];
  responsibleBodies: (Named & { shortName?: string | null })[];
}

export interface PolicyMatchesData {
  policyMatches: {
    actor: Named & { kind: NodeKind; illustrative: boolean };
    policy: Named;
    totalCount: number;
    pageInfo: PageInfo;
    summary: { applies: number; possibly: number; doesNotApply: number };
    nodes: MeasureMatchData[];
  };
}

/** All eleven measures fit one page; the page size leaves room for longer policies. */
export const MATCH_PAGE = 50;

export const POLICY_MATCHES_QUERY = gql<PolicyMatchesData, { id: string; first: number }>`
  query PolicyMatches($id: ID!, $first: Int) {
    policyMatches(entityId: $id, first: $first) {
      actor {
        id
        kind
        name
        nameEn
        illustrative
      }
      policy {
        id
        name
        nameEn
      }
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      summary {
        applies
        possibly
        doesNotApply
      }
      nodes {
        number
        status
        measure {
          id
          number
          name
          nameEn
        }
        routes {
          key
          zh
          en
          status
          criteria {
            outcome
            reasonZh
            reasonEn
            citedStart
            criterion {
              id
              condition
              basis
              citedText
              zh
              en
              missIsUnknown
            }
            evidence {
              id
              kind
              name
              role
            }
          }
        }
        support {
          relation
          quote
          node {
            id
            kind
            name
            nameEn
          }
        }
        responsibleBodies {
          id
          name
          nameEn
          shortName
        }
      }
    }
  }
`;

/** Kinds policy matching takes. */
export const ACTOR_KINDS: NodeKind[] = [
  'ENTERPRISE',
  'INSTITUTION',
  'TALENT',
  'INVESTOR',
  'PROJECT',
];

export function isActorKind(kind: string): boolean {
  return (ACTOR_KINDS as string[]).includes(kind);
}

export function matchPath(id: string): string {
  return `/policy/match/${encodeURIComponent(id)}`;
}
