import { gql } from '@urql/core';
import { NODE_REF_FIELDS, PROPERTY_FIELDS } from '../fragments';
import type { Neighbourhood } from '../types';

export const NEIGHBOURS_QUERY = gql<{ neighbours: Neighbourhood }, { id: string; first?: number }>`
  query Neighbours($id: ID!, $first: Int) {
    neighbours(id: $id, first: $first) {
      center {
        ...NodeRefFields
      }
      edges {
        type
        labelZh
        labelEn
        direction
        node {
          ...NodeRefFields
        }
        properties {
          ...PropertyFields
        }
      }
      totalCount
    }
  }
  ${NODE_REF_FIELDS}
  ${PROPERTY_FIELDS}
`;

export const NEIGHBOUR_LIMIT = 50;
