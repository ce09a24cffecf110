import { useEffect, useRef } from 'react';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useLang, type Lang } from '../i18n';
import { kindColour } from '../kinds';
import type { NodeKind } from '../types';
import { GRAPH_STYLE } from './cyStyle';
import './graph.css';

declare global {
  interface Window {
    /** The Cytoscape instance of the path drawn on the page (connection finder, workspace evidence), for browser tests and the console. */
    __bbPathGraph?: Core;
  }
}

export interface DrawnNode {
  id: string;
  kind: NodeKind;
  name: string;
  nameEn?: string | null;
  illustrative?: boolean;
}

export interface DrawnRelationship {
  type: string;
  labelZh: string;
  labelEn: string;
  /** The relationship in graph direction (it may point against the path). */
  fromId: string;
  toId: string;
  /** The connection finder's strength (`CONCRETE`, `TOPICAL`, `STRUCTURAL`): topical dashed, structural dotted. */
  strength?: string;
  /** A step inferred rather than stored (matching's `~` steps): dashed, in purple. */
  inferred?: boolean;
}

/** A path from its first node to its last, as both the connection finder and the match evidence give it. */
export interface DrawnPath {
  id: string;
  nodes: DrawnNode[];
  relationships: DrawnRelationship[];
}

const STEP_X = 190;

/** The path as Cytoscape elements: nodes in a row from the first endpoint to the second, edges in graph direction. */
export function pathElements(path: DrawnPath, lang: Lang): ElementDefinition[] {
  const last = path.nodes.length - 1;
  const seen = new Set<string>();
  const nodes: ElementDefinition[] = [];
  path.nodes.forEach((n, i) => {
    // A node met twice (a shared technology both sides reach) is drawn once.
    if (seen.has(n.id)) return;
    seen.add(n.id);
    nodes.push({
      group: 'nodes',
      data: {
        id: n.id,
        kind: n.kind,
        label: lang === 'en' && n.nameEn ? n.nameEn : n.name,
        colour: kindColour(n.kind),
        illustrative: n.illustrative ? 1 : 0,
      },
      classes: i === 0 || i === last ? 'center' : '',
      position: { x: i * STEP_X, y: i % 2 === 0 ? 0 : 40 },
    });
  });
  const edges: ElementDefinition[] = path.relationships.map((r, i) => ({
    group: 'edges',
    data: {
      id: `${path.id}#${i}`,
      source: r.fromId,
      target: r.toId,
      type: r.type,
      label: lang === 'en' ? r.labelEn : r.labelZh,
    },
    classes: ['hl', r.strength?.toLowerCase(), r.inferred ? 'inferred' : null]
      .filter(Boolean)
      .join(' '),
  }));
  return [...nodes, ...edges];
}

interface Props {
  path: DrawnPath;
  onOpen: (id: string) => void;
  /** Without a renderer (for tests in jsdom, which has no canvas). */
  headless?: boolean;
  /** The wrapper's test id (`connections-graph` on the connection finder). */
  testId?: string;
  /** The line under the drawing; the connection finder's hint when left out. */
  hint?: string;
}

/** One path drawn left to right; a click on a node opens its profile. */
export function PathGraph({
  path,
  onOpen,
  headless = false,
  testId = 'connections-graph',
  hint,
}: Props) {
  const { t, lang } = useLang();
  const container = useRef<HTMLDivElement>(null);
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;

  useEffect(() => {
    const cy = cytoscape({
      container: headless ? undefined : container.current,
      headless,
      elements: pathElements(path, lang),
      style: [
        ...GRAPH_STYLE,
        { selector: 'edge.topical', style: { 'line-style': 'dashed' } },
        { selector: 'edge.structural', style: { 'line-style': 'dotted' } },
        {
          selector: 'edge.inferred',
          style: {
            'line-style': 'dashed',
            'line-color': '#9254de',
            'target-arrow-color': '#9254de',
            color: '#531dab',
          },
        },
      ],
      layout: { name: 'preset', fit: true, padding: 40 },
      minZoom: 0.3,
      maxZoom: 2,
      userZoomingEnabled: false,
    });
    cy.on('tap', 'node', (evt) => onOpenRef.current(evt.target.id() as string));
    window.__bbPathGraph = cy;
    return () => {
      if (window.__bbPathGraph === cy) delete window.__bbPathGraph;
      cy.destroy();
    };
  }, [path, lang, headless]);

  return (
    <div
      data-testid={testId}
      data-path={path.id}
      data-nodes={new Set(path.nodes.map((n) => n.id)).size}
    >
      <div ref={container} className="bb-graph" style={{ height: 260 }} />
      <div style={{ marginTop: 4, color: '#8c8c8c', fontSize: 12 }}>
        {hint ?? t('connections.graphHint')}
      </div>
    </div>
  );
}
