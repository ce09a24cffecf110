import { gql } from '@urql/core';
import type { NodeKind } from '../shared/types';

export interface KindCount {
  kind: NodeKind;
  labelZh: string;
  labelEn: string;
  count: number;
}

export interface RegionCount {
  region: { id: string; name: string; nameEn?: string | null };
  count: number;
  enterprises: number;
}

export interface SegmentCount {
  segment: { id: string; name: string; nameEn?: string | null; illustrative?: boolean };
  tier?: string | null;
  parentId?: string | null;
  enterprises: number;
  products: number;
}

export interface Stats {
  totalNodes: number;
  totalRelationships: number;
  byKind: KindCount[];
  byRegion: RegionCount[];
  byChainSegment: SegmentCount[];
}

export const STATS_QUERY = gql<{ stats: Stats }, { regionId?: string }>`
  query HomeStats($regionId: ID) {
    stats(regionId: $regionId) {
      totalNodes
      totalRelationships
      byKind {
        kind
        labelZh
        labelEn
        count
      }
      byRegion {
        region {
          id
          name
          nameEn
        }
        count
        enterprises
      }
      byChainSegment {
        segment {
          id
          name
          nameEn
          illustrative
        }
        tier
        parentId
        enterprises
        products
      }
    }
  }
`;
