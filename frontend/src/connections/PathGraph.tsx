import { useEffect, useRef } from 'react';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useLang, type Lang } from '../shared/i18n';
import { kindColour } from '../shared/kinds';
import { GRAPH_STYLE } from '../shared/graph/cyStyle';
import type { ConnectionPath } from './queries';
import '../shared/graph/graph.css';

declare global {
  interface Window {
    /** The connection finder's Cytoscape instance, for browser tests and the console. */
    __bbPathGraph?: Core;
  }
}

const STEP_X = 190;

/** The path as Cytoscape elements: nodes in a row from the first endpoint to the second, edges in graph direction. */
export function pathElements(path: ConnectionPath, lang: Lang): ElementDefinition[] {
  const last = path.nodes.length - 1;
  const nodes: ElementDefinition[] = path.nodes.map((n, i) => ({
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
  }));
  const edges: ElementDefinition[] = path.relationships.map((r, i) => ({
    group: 'edges',
    data: {
      id: `${path.id}#${i}`,
      source: r.fromId,
      target: r.toId,
      type: r.type,
      label: lang === 'en' ? r.labelEn : r.labelZh,
    },
    classes: `hl ${r.strength.toLowerCase()}`,
  }));
  return [...nodes, ...edges];
}

interface Props {
  path: ConnectionPath;
  onOpen: (id: string) => void;
  /** Without a renderer (for tests in jsdom, which has no canvas). */
  headless?: boolean;
}

/** One path drawn left to right; a click on a node opens its profile. */
export function PathGraph({ path, onOpen, headless = false }: Props) {
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
    <div data-testid="connections-graph" data-path={path.id} data-nodes={path.nodes.length}>
      <div ref={container} className="bb-graph" style={{ height: 260 }} />
      <div style={{ marginTop: 4, color: '#8c8c8c', fontSize: 12 }}>
        {t('connections.graphHint')}
      </div>
    </div>
  );
}
