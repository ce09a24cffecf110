import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import type { Lang } from '../i18n';
import { kindColour } from '../kinds';
import type { GraphEdge, GraphNode } from './graphMerge';

export function nodeLabel(n: GraphNode, lang: Lang): string {
  return lang === 'en' && n.nameEn ? n.nameEn : n.name;
}

export function nodeElement(
  n: GraphNode,
  lang: Lang,
  centerId: string,
  position?: { x: number; y: number },
): ElementDefinition {
  return {
    group: 'nodes',
    data: {
      id: n.id,
      kind: n.kind,
      label: nodeLabel(n, lang),
      colour: kindColour(n.kind),
      illustrative: n.illustrative ? 1 : 0,
    },
    classes: n.id === centerId ? 'center expanded' : '',
    position,
  };
}

export function edgeElement(e: GraphEdge, lang: Lang): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      label: lang === 'en' ? e.labelEn : e.labelZh,
    },
  };
}

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(label)',
      'font-size': 10,
      color: '#262626',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '96px',
      'min-zoomed-font-size': 7,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      width: 20,
      height: 20,
    },
  },
  {
    selector: 'node[illustrative = 1]',
    style: { 'border-width': 1.5, 'border-style': 'dashed', 'border-color': '#d48806' },
  },
  {
    selector: 'node.expanded',
    style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#1f1f1f' },
  },
  {
    selector: 'node.center',
    style: { width: 34, height: 34, 'font-size': 12, 'font-weight': 'bold' },
  },
  {
    selector: 'node:selected',
    style: { 'overlay-color': '#2f54eb', 'overlay-opacity': 0.25, 'overlay-padding': 6 },
  },
  {
    selector: 'edge',
    style: {
      width: 1.2,
      'line-color': '#c7c7c7',
      'target-arrow-color': '#c7c7c7',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      label: '',
      'font-size': 8,
      color: '#8c8c8c',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.7,
      'text-background-padding': '1px',
    },
  },
  {
    selector: 'edge.hl, edge.hover',
    style: {
      label: 'data(label)',
      'line-color': '#597ef7',
      'target-arrow-color': '#597ef7',
      color: '#1d39c4',
      width: 2,
      'z-index': 10,
    },
  },
];
