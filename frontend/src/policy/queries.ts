import { gql } from '@urql/core';
import { NODE_SUMMARY_FIELDS, PROPERTY_FIELDS } from '../shared/fragments';
import type { NodeSummary, PropertyValue } from '../shared/types';

export interface Named {
  id: string;
  name: string;
  nameEn?: string | null;
}

export interface MeasureData extends Named {
  number?: number | null;
  description?: string | null;
  descriptionEn?: string | null;
  illustrative: boolean;
  properties: PropertyValue[];
  responsibleBodies: (Named & { shortName?: string | null })[];
  instruments: (Named & { instrumentType?: string | null })[];
  programmes: Named[];
  regions: Named[];
  scenarios: Named[];
}

export interface SectionData extends Named {
  number?: number | null;
  measures: MeasureData[];
}

export interface PolicyData extends NodeSummary {
  title?: string | null;
  sections: SectionData[];
}

export const MEASURE_FIELDS = gql`
  fragment MeasureFields on Measure {
    id
    number
    name
    nameEn
    description
    descriptionEn
    illustrative
    properties {
      ...PropertyFields
    }
    responsibleBodies {
      id
      name
      nameEn
      shortName
    }
    instruments {
      id
      name
      nameEn
      instrumentType
    }
    programmes {
      id
      name
      nameEn
    }
    regions {
      id
      name
      nameEn
    }
    scenarios {
      id
      name
      nameEn
    }
  }
  ${PROPERTY_FIELDS}
`;

export const POLICIES_QUERY = gql<{ policies: { nodes: PolicyData[] } }, Record<string, never>>`
  query Policies {
    policies(first: 20) {
      nodes {
        ...NodeSummaryFields
        title
        sections {
          id
          number
          name
          nameEn
          measures {
            ...MeasureFields
          }
        }
      }
    }
  }
  ${NODE_SUMMARY_FIELDS}
  ${MEASURE_FIELDS}
`;

export interface MeasurePageData {
  measure:
    | (MeasureData & {
        section?: (Named & { number?: number | null; policy?: Named | null }) | null;
      })
    | null;
  prev?: (Named & { number?: number | null }) | null;
  next?: (Named & { number?: number | null }) | null;
}

export interface MeasurePageVars {
  number: number;
  prev: number;
  next: number;
  hasPrev: boolean;
  [key: string]: unknown;
}

export const MEASURE_QUERY = gql<MeasurePageData, MeasurePageVars>`
  query MeasurePage($number: Int!, $prev: Int!, $next: Int!, $hasPrev: Boolean!) {
    measure: measureByNumber(number: $number) {
      ...MeasureFields
      section {
        id
        number
        name
        nameEn
        policy {
          id
          name
          nameEn
        }
      }
    }
    prev: measureByNumber(number: $prev) @include(if: $hasPrev) {
      id
      number
      name
      nameEn
    }
    next: measureByNumber(number: $next) {
      id
      number
      name
      nameEn
    }
  }
  ${MEASURE_FIELDS}
`;
