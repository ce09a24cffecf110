import { useCallback, useEffect, useRef, useState } from 'react';
import { App, Badge, Button, Space, Spin, Typography } from 'antd';
import { ExpandAltOutlined, ProfileOutlined, ReloadOutlined } from '@ant-design/icons';
import { useClient } from 'urql';
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { errorMessages } from '../ErrorAlert';
import { useLang } from '../i18n';
import { kindColour } from '../kinds';
import { kindLabel, useModel } from '../model';
import type { Neighbourhood } from '../types';
import { graphFrom, mergeNeighbourhood, type GraphState } from './graphMerge';
import { edgeElement, GRAPH_STYLE, nodeElement, nodeLabel } from './cyStyle';
import { NEIGHBOUR_LIMIT, NEIGHBOURS_QUERY } from './queries';
import './graph.css';

declare global {
  interface Window {
    /** The profile graph's Cytoscape instance, for browser tests and the console. */
    __bbGraph?: Core;
  }
}

let fcoseReady = false;
function layoutName(): string {
  if (!fcoseReady) {
    try {
      cytoscape.use(fcose);
      fcoseReady = true;
    } catch {
      return 'cose';
    }
  }
  return 'fcose';
}

function runLayout(cy: Core, initial: boolean) {
  const name = layoutName();
  // Headless instances (tests) cannot animate.
  const animate = !initial && !(cy as unknown as { headless(): boolean }).headless();
  const options =
    name === 'fcose'
      ? {
          name,
          randomize: initial,
          animate,
          animationDuration: 400,
          fit: true,
          padding: 20,
          nodeRepulsion: 20000,
          idealEdgeLength: 110,
          nodeSeparation: 90,
          gravity: 0.2,
        }
      : { name, animate, fit: true, padding: 24 };
  try {
    cy.layout(options as cytoscape.LayoutOptions).run();
  } catch {
    cy.layout({ name: 'concentric', animate: false, fit: true, padding: 24 }).run();
  }
}

interface Props {
  hood: Neighbourhood;
  onOpen: (id: string) => void;
  /** Without a renderer (for tests in jsdom, which has no canvas). */
  headless?: boolean;
}

/** The neighbourhood of a node: click a node to expand it, double-click to open its profile. */
export function NeighbourGraph({ hood, onOpen, headless = false }: Props) {
  const { t, lang } = useLang();
  const { model } = useModel();
  const client = useClient();
  const { message } = App.useApp();
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const stateRef = useRef<GraphState>(graphFrom(hood));
  const langRef = useRef(lang);
  const onOpenRef = useRef(onOpen);
  const [count, setCount] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [loading, setLoading] = useState<string | null>(null);
  const [resets, setResets] = useState(0);
  langRef.current = lang;
  onOpenRef.current = onOpen;

  const expand = useCallback(
    async (id: string) => {
      if (stateRef.current.expanded.has(id)) return;
      setLoading(id);
      const result = await client
        .query(NEIGHBOURS_QUERY, { id, first: NEIGHBOUR_LIMIT })
        .toPromise();
      setLoading((l) => (l === id ? null : l));
      if (result.error) {
        void message.error(errorMessages(result.error).join('; '));
        return;
      }
      const cy = cyRef.current;
      if (!result.data || !cy || cy.destroyed()) return;
      const { state, added } = mergeNeighbourhood(stateRef.current, result.data.neighbours);
      stateRef.current = state;
      const origin = cy.getElementById(id).position() ?? { x: 0, y: 0 };
      cy.add([
        ...added.nodes.map((n, i) =>
          nodeElement(n, langRef.current, state.centerId, {
            x: origin.x + 40 * Math.cos(i),
            y: origin.y + 40 * Math.sin(i),
          }),
        ),
        ...added.edges.map((e) => edgeElement(e, langRef.current)),
      ]);
      cy.getElementById(id).addClass('expanded');
      setCount(cy.nodes().length);
      if (added.nodes.length > 0) runLayout(cy, false);
    },
    [client, message],
  );
  const expandRef = useRef(expand);
  expandRef.current = expand;

  useEffect(() => {
    const state = graphFrom(hood);
    stateRef.current = state;
    const cy = cytoscape({
      container: headless ? undefined : container.current,
      headless,
      elements: [
        ...[...state.nodes.values()].map((n) => nodeElement(n, langRef.current, state.centerId)),
        ...[...state.edges.values()].map((e) => edgeElement(e, langRef.current)),
      ],
      style: GRAPH_STYLE,
      minZoom: 0.2,
      maxZoom: 3,
    });
    runLayout(cy, true);
    cy.on('tap', 'node', (evt) => {
      const id = evt.target.id() as string;
      cy.elements().removeClass('hl');
      cy.getElementById(id).connectedEdges().addClass('hl');
      setSelected(id);
      void expandRef.current(id);
    });
    cy.on('mouseover', 'node', (evt) => evt.target.connectedEdges().addClass('hover'));
    cy.on('mouseout', 'node', (evt) => evt.target.connectedEdges().removeClass('hover'));
    cy.on('dbltap', 'node', (evt) => onOpenRef.current(evt.target.id() as string));
    cyRef.current = cy;
    window.__bbGraph = cy;
    setCount(cy.nodes().length);
    setSelected(null);
    return () => {
      if (window.__bbGraph === cy) delete window.__bbGraph;
      cyRef.current = null;
      cy.destroy();
    };
  }, [hood, resets, headless]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes().forEach((n) => {
      const g = stateRef.current.nodes.get(n.id());
      if (g) n.data('label', nodeLabel(g, lang));
    });
    cy.edges().forEach((e) => {
      const g = stateRef.current.edges.get(e.id());
      if (g) e.data('label', lang === 'en' ? g.labelEn : g.labelZh);
    });
  }, [lang]);

  const selectedNode = selected ? stateRef.current.nodes.get(selected) : undefined;
  const kinds = [...new Set([...stateRef.current.nodes.values()].map((n) => n.kind))];
  return (
    <div data-testid="neighbour-graph">
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('profile.graphHint')}</Typography.Text>
        <Typography.Text data-testid="graph-node-count">
          {t('profile.nodes', { count })}
        </Typography.Text>
        {loading ? <Spin size="small" data-testid="graph-loading" /> : null}
        <Button
          size="small"
          icon={<ReloadOutlined />}
          data-testid="graph-reset"
          onClick={() => setResets((r) => r + 1)}
        >
          {t('profile.reset')}
        </Button>
      </Space>
      {selectedNode ? (
        <Space
          wrap
          style={{ marginBottom: 8 }}
          data-testid="graph-selected"
          data-id={selectedNode.id}
        >
          <Badge color={kindColour(selectedNode.kind)} text={nodeLabel(selectedNode, lang)} />
          <Button
            size="small"
            icon={<ExpandAltOutlined />}
            data-testid="graph-expand"
            disabled={stateRef.current.expanded.has(selectedNode.id)}
            onClick={() => void expand(selectedNode.id)}
          >
            {stateRef.current.expanded.has(selectedNode.id)
              ? t('profile.expanded')
              : t('profile.expand')}
          </Button>
          <Button
            size="small"
            type="primary"
            icon={<ProfileOutlined />}
            data-testid="graph-open-profile"
            onClick={() => onOpen(selectedNode.id)}
          >
            {t('profile.openProfile')}
          </Button>
        </Space>
      ) : null}
      <div ref={container} className="bb-graph" data-testid="graph-canvas" data-nodes={count} />
      <Space wrap size={[12, 4]} style={{ marginTop: 8 }}>
        {kinds.map((k) => (
          <Badge key={k} color={kindColour(k)} text={kindLabel(model, k, lang)} />
        ))}
      </Space>
    </div>
  );
}
