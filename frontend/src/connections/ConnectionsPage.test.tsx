import { beforeAll, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fixtureResolver, profileNode } from '../test/fixtures';
import { connectionResults, endpointNodes } from '../test/connectionsFixture';
import { mockClient, type Resolver } from '../test/mockClient';
import { renderApp } from '../test/render';
import { setLang } from '../shared/i18n';
import { connectionsPath, readParams } from './params';
import { PathGraph, pathElements } from '../shared/graph/PathGraph';
import type { ConnectionPath } from './queries';

// Cytoscape needs a canvas, which jsdom lacks: the page is tested with a stand-in for the drawing, and the drawing
// itself headless below.
vi.mock('../shared/graph/PathGraph', async (original) => {
  const actual = await original<typeof import('../shared/graph/PathGraph')>();
  return {
    ...actual,
    PathGraph: ({
      path,
      onOpen,
      headless,
    }: {
      path: ConnectionPath;
      onOpen: (id: string) => void;
      headless?: boolean;
    }) =>
      headless ? (
        <actual.PathGraph path={path} onOpen={onOpen} headless />
      ) : (
        <div data-testid="connections-graph" data-path={path.id} data-nodes={path.nodes.length}>
          <button data-testid="graph-node-open" onClick={() => onOpen(path.nodes[1].id)}>
            open
          </button>
        </div>
      ),
  };
});

// The profile's neighbourhood graph needs a canvas too.
vi.mock('../shared/graph/NeighbourGraph', () => ({
  NeighbourGraph: () => <div data-testid="graph-canvas" />,
}));

/** The distinct variables a query was asked with (urql may execute an operation again). */
function asked(mock: ReturnType<typeof mockClient>, name: string) {
  return [...new Set(mock.variablesOf(name).map((v) => JSON.stringify(v)))].map(
    (v) => JSON.parse(v) as Record<string, unknown>,
  );
}

const overrides: Record<string, Resolver> = {
  Connections: (_, v) => ({ data: { connections: connectionResults(v.after as string | null) } }),
  ConnectionEndpoints: (_, v) => ({
    data: { nodesById: endpointNodes.filter((n) => (v.ids as string[]).includes(n.id)) },
  }),
};

beforeAll(() => import('./ConnectionsPage'), 60000);

describe('ConnectionsPage', () => {
  it('asks for two actors and picks them from the search suggestions', async () => {
    const mock = mockClient(fixtureResolver(overrides));
    const { location } = renderApp('/connections', mock.client);
    expect(await screen.findByTestId('connections-prompt')).toBeTruthy();
    fireEvent.change(screen.getByTestId('connections-from'), { target: { value: '脑电' } });
    const option = await screen.findByTestId('connections-suggestion-from-ent-0001');
    fireEvent.click(option);
    await waitFor(() => expect(location()).toBe('/connections?from=ent-0001'));
    const selected = await screen.findByTestId('connections-from-selected');
    expect(selected.dataset.id).toBe('ent-0001');
    await waitFor(() => expect(selected.textContent).toContain('脑电科技'));
    expect(mock.variablesOf('Connections')).toEqual([]);
    fireEvent.click(screen.getByTestId('connections-clear-from'));
    await waitFor(() => expect(location()).toBe('/connections'));
  });

  it('lists the paths, draws the selected one and opens a node of it', async () => {
    const mock = mockClient(fixtureResolver(overrides));
    const { location } = renderApp('/connections?from=inst-0001&to=inv-0001', mock.client);
    const first = await screen.findByTestId('connections-path-0');
    expect(first.textContent).toContain(
      '机构 赣鄱大学 —合作→ 企业 脑电科技 ←投资— 投资机构 赣江基金',
    );
    expect(first.textContent).toContain('具体关系');
    expect(first.dataset.selected).toBe('true');
    expect(screen.getByTestId('connections-total').textContent).toContain('3');
    expect(screen.getByTestId('connections-to-selected').textContent).toContain('赣江基金');
    expect(asked(mock, 'Connections')).toEqual([
      { fromId: 'inst-0001', toId: 'inv-0001', maxHops: 4, first: 5 },
    ]);
    expect(screen.getByTestId('connections-graph').dataset.path).toBe(first.dataset.pathId);

    fireEvent.click(screen.getByTestId('connections-path-1'));
    await waitFor(() =>
      expect(screen.getByTestId('connections-graph').dataset.path).toBe(
        'inst-0001>tal-0001>inv-0001',
      ),
    );
    expect(screen.getByTestId('connections-path-1').textContent).toContain('王**');
    fireEvent.click(screen.getByTestId('graph-node-open'));
    await waitFor(() => expect(location()).toBe('/node/tal-0001'));
  });

  it('loads further paths after the last cursor', async () => {
    const mock = mockClient(fixtureResolver(overrides));
    renderApp('/connections?from=inst-0001&to=inv-0001', mock.client);
    fireEvent.click(await screen.findByTestId('connections-load-more'));
    expect((await screen.findByTestId('connections-path-2')).textContent).toContain('脑机接口');
    expect(asked(mock, 'Connections')[1]).toMatchObject({ after: 'cursor-2' });
    expect(screen.queryByTestId('connections-load-more')).toBeNull();
  });

  it('shows English descriptions after switching the language', async () => {
    const mock = mockClient(fixtureResolver(overrides));
    renderApp('/connections?from=inst-0001&to=inv-0001', mock.client);
    await screen.findByTestId('connections-path-0');
    await act(async () => setLang('en'));
    expect(screen.getByTestId('connections-path-0').textContent).toContain(
      'Institution Ganpo University —collaborates with→ Enterprise EEG Tech',
    );
  });

  it('says so when no path connects the two within the hops, and asks again with other hops', async () => {
    const mock = mockClient(
      fixtureResolver({
        ...overrides,
        Connections: () => ({
          data: {
            connections: {
              totalCount: 0,
              hubDegree: 41,
              pageInfo: { hasNextPage: false, endCursor: null },
              paths: [],
            },
          },
        }),
      }),
    );
    renderApp('/connections?from=inst-0001&to=inv-0001&hops=2', mock.client);
    expect((await screen.findByTestId('connections-empty')).textContent).toContain('2 步');
    expect(mock.variablesOf('Connections')[0]).toMatchObject({ maxHops: 2 });
  });

  it('shows the server error', async () => {
    const mock = mockClient(
      fixtureResolver({
        ...overrides,
        Connections: () => ({ errors: ["Argument 'maxHops' must be between 1 and 4, was 9"] }),
      }),
    );
    renderApp('/connections?from=inst-0001&to=inv-0001', mock.client);
    expect((await screen.findByTestId('graphql-error')).textContent).toContain('maxHops');
  });

  it('is reached from a profile with the start filled in', async () => {
    const mock = mockClient(fixtureResolver(overrides));
    const { location } = renderApp(`/node/${profileNode.id}`, mock.client);
    fireEvent.click(await screen.findByTestId('profile-find-connections'));
    await waitFor(() => expect(location()).toBe(`/connections?from=${profileNode.id}`));
    expect((await screen.findByTestId('connections-from-selected')).dataset.id).toBe(
      profileNode.id,
    );
  });

  it('is in the main menu', async () => {
    const mock = mockClient(fixtureResolver(overrides));
    const { location } = renderApp('/', mock.client);
    fireEvent.click(await screen.findByTestId('nav-connections'));
    await waitFor(() => expect(location()).toBe('/connections'));
  });
});

describe('PathGraph', () => {
  const path = connectionResults(null).paths[0];

  it('draws the nodes in path order and the relationships in graph direction', () => {
    const elements = pathElements(path, 'zh');
    const nodes = elements.filter((e) => e.group === 'nodes');
    expect(nodes.map((n) => n.data.id)).toEqual(['inst-0001', 'ent-0001', 'inv-0001']);
    expect(nodes.map((n) => n.position!.x)).toEqual([0, 190, 380]);
    const edges = elements.filter((e) => e.group === 'edges');
    expect(edges.map((e) => [e.data.source, e.data.target, e.data.label])).toEqual([
      ['inst-0001', 'ent-0001', '合作'],
      ['inv-0001', 'ent-0001', '投资'],
    ]);
    expect(pathElements(path, 'en')[3].data.label).toBe('collaborates with');
  });

  it('opens the profile of a tapped node and exposes the instance as window.__bbPathGraph', () => {
    const onOpen = vi.fn();
    render(<PathGraph path={path} onOpen={onOpen} headless />);
    const cy = window.__bbPathGraph!;
    expect(cy.nodes().length).toBe(3);
    act(() => {
      cy.getElementById('ent-0001').emit('tap');
    });
    expect(onOpen).toHaveBeenCalledWith('ent-0001');
  });
});

describe('connection params', () => {
  it('reads and writes the URL', () => {
    expect(readParams(new URLSearchParams('from=a&to=b&hops=3'))).toEqual({
      from: 'a',
      to: 'b',
      maxHops: 3,
    });
    expect(readParams(new URLSearchParams('hops=9')).maxHops).toBe(4);
    expect(connectionsPath({ from: 'a', to: 'b', maxHops: 4 })).toBe('/connections?from=a&to=b');
    expect(connectionsPath({ to: 'b', maxHops: 2 })).toBe('/connections?to=b&hops=2');
  });
});
