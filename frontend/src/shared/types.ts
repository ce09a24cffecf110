/** Hand-written TypeScript types for the parts of the BrainBridge GraphQL schema the portal reads. */

export type NodeKind =
  | 'ENTERPRISE'
  | 'INSTITUTION'
  | 'TALENT'
  | 'INVESTOR'
  | 'PROJECT'
  | 'PATENT'
  | 'PRODUCT'
  | 'SCENARIO'
  | 'TECHNOLOGY'
  | 'CHAIN_SEGMENT'
  | 'REGION'
  | 'POLICY'
  | 'POLICY_SECTION'
  | 'MEASURE'
  | 'RESPONSIBLE_BODY'
  | 'SUPPORT_INSTRUMENT'
  | 'PROGRAMME'
  | 'POSITION'
  | 'DATASET';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface Provenance {
  source: string;
  origin?: string | null;
  reference?: string | null;
  recordedAt?: string | null;
  confirmedAt?: string | null;
}

export interface PropertyValue {
  key: string;
  labelZh: string;
  labelEn: string;
  values: string[];
  displayZh: string[];
  displayEn: string[];
  personal: boolean;
  masked: boolean;
}

/** The few fields every node list and graph needs. */
export interface NodeRef {
  id: string;
  kind: NodeKind;
  name: string;
  nameEn?: string | null;
  illustrative: boolean;
}

export interface NodeSummary extends NodeRef {
  description?: string | null;
  descriptionEn?: string | null;
  properties: PropertyValue[];
}

export interface NodeFull extends NodeSummary {
  provenance: Provenance[];
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface NodeFilter {
  regionId?: string;
  technologyId?: string;
  chainSegmentId?: string;
  kind?: string;
  stage?: string;
  qualification?: string;
  nameContains?: string;
  illustrative?: boolean;
}

export interface NeighbourEdge {
  type: string;
  labelZh: string;
  labelEn: string;
  direction: Direction;
  node: NodeRef;
  properties: PropertyValue[];
}

export interface Neighbourhood {
  center: NodeRef;
  edges: NeighbourEdge[];
  totalCount: number;
}

export interface CodeLabel {
  code: string;
  zh: string;
  en: string;
}

export interface PropertyModel {
  key: string;
  type: string;
  personal: boolean;
  labelZh: string;
  labelEn: string;
  codes: CodeLabel[];
}

export interface KindModel {
  kind: NodeKind;
  idPrefix: string;
  labelZh: string;
  labelEn: string;
  properties: PropertyModel[];
}

export interface RelationshipModel {
  type: string;
  labelZh: string;
  labelEn: string;
  from: NodeKind[];
  to: NodeKind[];
}

export interface GraphModel {
  kinds: KindModel[];
  relationshipTypes: RelationshipModel[];
}
