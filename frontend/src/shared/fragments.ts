import { gql } from '@urql/core';

export const PROPERTY_FIELDS = gql`
  fragment PropertyFields on PropertyValue {
    key
    labelZh
    labelEn
    values
    displayZh
    displayEn
    personal
    masked
  }
`;

export const NODE_REF_FIELDS = gql`
  fragment NodeRefFields on Node {
    id
    kind
    name
    nameEn
    illustrative
  }
`;

export const NODE_SUMMARY_FIELDS = gql`
  fragment NodeSummaryFields on Node {
    ...NodeRefFields
    description
    descriptionEn
    properties {
      ...PropertyFields
    }
  }
  ${NODE_REF_FIELDS}
  ${PROPERTY_FIELDS}
`;
