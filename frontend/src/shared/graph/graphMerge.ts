import type { Neighbourhood, NodeKind, NodeRef } from '../types';

export interface GraphNode {
  id: string;
  kind: NodeKind;
  name: string;
  nameEn?: string | null;
  illustrative: boolean;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  labelZh: string;
  labelEn: string;
}

/** What the graph view holds: nodes and edges by id, and which nodes were expanded. */
export interface GraphState {
  centerId: string;
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  expanded: Set<string>;
}

export interface GraphDelta {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

function toNode(n: NodeRef): GraphNode {
  return { id: n.id, kind: n.kind, name: n.name, nameEn: n.nameEn, illustrative: n.illustrative };
}

export function edgeId(source: string, type: string, target: string): string {
  return `${source}|${type}|${target}`;
}

export function emptyGraph(centerId: string): GraphState {
  return { centerId, nodes: new Map(), edges: new Map(), expanded: new Set() };
}

/**
 * Adds a node's neighbourhood to the graph: its center, every neighbour not yet present and every
 * relationship not yet present (a relationship seen from both ends is kept once), and marks the
 * center expanded. Returns a new state and exactly what was added. The input state is not changed.
 */
export function mergeNeighbourhood(
  state: GraphState,
  hood: Neighbourhood,
): { state: GraphState; added: GraphDelta } {
  const nodes = new Map(state.nodes);
  const edges = new Map(state.edges);
  const added: GraphDelta = { nodes: [], edges: [] };
  const addNode = (n: NodeRef) => {
    if (nodes.has(n.id)) return;
    const node = toNode(n);
    nodes.set(n.id, node);
    added.nodes.push(node);
  };
  addNode(hood.center);
  for (const e of hood.edges) {
    addNode(e.node);
    const [source, target] =
      e.direction === 'IN' ? [e.node.id, hood.center.id] : [hood.center.id, e.node.id];
    const id = edgeId(source, e.type, target);
    if (edges.has(id)) continue;
    const edge: GraphEdge = {
      id,
      source,
      target,
      type: e.type,
      labelZh: e.labelZh,
      labelEn: e.labelEn,
    };
    edges.set(id, edge);
    added.edges.push(edge);
  }
  const expanded = new Set(state.expanded).add(hood.center.id);
  return { state: { centerId: state.centerId, nodes, edges, expanded }, added };
}

/** A graph holding only the node a profile is about and its neighbourhood. */
export function graphFrom(hood: Neighbourhood): GraphState {
  return mergeNeighbourhood(emptyGraph(hood.center.id), hood).state;
}
