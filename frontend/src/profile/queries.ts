import { gql } from '@urql/core';
import { NODE_SUMMARY_FIELDS } from '../shared/fragments';
import type { NodeFull } from '../shared/types';

export const PROFILE_QUERY = gql<{ node: NodeFull | null }, { id: string }>`
  query Profile($id: ID!) {
    node(id: $id) {
      ...NodeSummaryFields
      provenance {
        source
        origin
        reference
        recordedAt
        confirmedAt
      }
    }
  }
  ${NODE_SUMMARY_FIELDS}
`;
