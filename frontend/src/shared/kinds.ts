import type { NodeKind } from './types';

export const ALL_KINDS: NodeKind[] = [
  'ENTERPRISE',
  'INSTITUTION',
  'TALENT',
  'INVESTOR',
  'PROJECT',
  'PATENT',
  'PRODUCT',
  'SCENARIO',
  'TECHNOLOGY',
  'CHAIN_SEGMENT',
  'REGION',
  'POLICY',
  'POLICY_SECTION',
  'MEASURE',
  'RESPONSIBLE_BODY',
  'SUPPORT_INSTRUMENT',
  'PROGRAMME',
  'POSITION',
  'DATASET',
];

/** `CHAIN_SEGMENT` → `chain-segment`, the form used in `/browse/:kind`. */
export function kindToSlug(kind: NodeKind): string {
  return kind.toLowerCase().replace(/_/g, '-');
}

/** `chain-segment` (or `CHAIN_SEGMENT`) → `CHAIN_SEGMENT`; null when it names no kind. */
export function slugToKind(slug: string | undefined): NodeKind | null {
  if (!slug) return null;
  const kind = slug.toUpperCase().replace(/-/g, '_') as NodeKind;
  return ALL_KINDS.includes(kind) ? kind : null;
}

export function browsePath(kind: NodeKind, params?: Record<string, string>): string {
  const query = params ? new URLSearchParams(params).toString() : '';
  return `/browse/${kindToSlug(kind)}${query ? `?${query}` : ''}`;
}

export function profilePath(id: string): string {
  return `/node/${encodeURIComponent(id)}`;
}

/** One colour per kind, for tags and the graph. */
export const KIND_COLOURS: Record<NodeKind, string> = {
  ENTERPRISE: '#1677ff',
  INSTITUTION: '#13a8a8',
  TALENT: '#eb2f96',
  INVESTOR: '#fa8c16',
  PROJECT: '#722ed1',
  PATENT: '#a0d911',
  PRODUCT: '#2f54eb',
  SCENARIO: '#faad14',
  TECHNOLOGY: '#52c41a',
  CHAIN_SEGMENT: '#08979c',
  REGION: '#8c8c8c',
  POLICY: '#cf1322',
  POLICY_SECTION: '#d4380d',
  MEASURE: '#f5222d',
  RESPONSIBLE_BODY: '#ad4e00',
  SUPPORT_INSTRUMENT: '#d48806',
  PROGRAMME: '#9254de',
  POSITION: '#c41d7f',
  DATASET: '#006d75',
};

export function kindColour(kind: string): string {
  return KIND_COLOURS[kind as NodeKind] ?? '#595959';
}

/** The coded property that the `kind` filter narrows by, per node kind (see `NodeFilter.kind`). */
export const SUB_KIND_PROPERTY: Partial<Record<NodeKind, string>> = {
  INSTITUTION: 'kinds',
  SCENARIO: 'domain',
  INVESTOR: 'investorType',
  PATENT: 'patentType',
  RESPONSIBLE_BODY: 'bodyType',
  REGION: 'level',
  CHAIN_SEGMENT: 'tier',
};

/** The coded property that the `stage` filter narrows by. */
export const STAGE_PROPERTY: Partial<Record<NodeKind, string>> = {
  ENTERPRISE: 'stage',
  PROJECT: 'stage',
  INVESTOR: 'stages',
};

/** The coded property that the `qualification` filter narrows by. */
export const QUALIFICATION_PROPERTY: Partial<Record<NodeKind, string>> = {
  ENTERPRISE: 'qualifications',
};
