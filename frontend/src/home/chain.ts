import type { SegmentCount } from './queries';

export const TIER_ORDER = ['upstream', 'midstream', 'downstream'];

export interface SegmentTree {
  item: SegmentCount;
  children: SegmentTree[];
}

export interface TierColumn {
  tier: string;
  roots: SegmentTree[];
}

/** A segment with no enterprise in it or below it: a gap of the chain. */
export function isGap(item: SegmentCount): boolean {
  return item.enterprises === 0;
}

/**
 * Groups the chain segments (in chain order, as the server lists them) into tier columns, each a forest
 * of segments by `parentId`. Segments whose parent is not listed become roots of their tier.
 */
export function buildChain(segments: SegmentCount[]): TierColumn[] {
  const trees = new Map<string, SegmentTree>();
  for (const item of segments) trees.set(item.segment.id, { item, children: [] });
  const columns = new Map<string, TierColumn>();
  const column = (tier: string) => {
    let c = columns.get(tier);
    if (!c) {
      c = { tier, roots: [] };
      columns.set(tier, c);
    }
    return c;
  };
  for (const item of segments) {
    const tree = trees.get(item.segment.id)!;
    const parent = item.parentId ? trees.get(item.parentId) : undefined;
    if (parent && parent !== tree) parent.children.push(tree);
    else column(item.tier ?? parent?.item.tier ?? 'other').roots.push(tree);
  }
  const rank = (tier: string) => {
    const i = TIER_ORDER.indexOf(tier);
    return i < 0 ? TIER_ORDER.length : i;
  };
  for (const tier of TIER_ORDER) column(tier);
  return [...columns.values()].sort((a, b) => rank(a.tier) - rank(b.tier));
}
