import type { Direction, NeighbourEdge } from '../shared/types';

export interface EdgeGroup {
  key: string;
  type: string;
  direction: Direction;
  labelZh: string;
  labelEn: string;
  edges: NeighbourEdge[];
}

/** Relationships grouped by type and direction, in the order the server lists them. */
export function groupEdges(edges: NeighbourEdge[]): EdgeGroup[] {
  const groups = new Map<string, EdgeGroup>();
  for (const e of edges) {
    const key = `${e.type}:${e.direction}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        type: e.type,
        direction: e.direction,
        labelZh: e.labelZh,
        labelEn: e.labelEn,
        edges: [],
      };
      groups.set(key, g);
    }
    g.edges.push(e);
  }
  return [...groups.values()];
}
