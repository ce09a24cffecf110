import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { edgeId, emptyGraph, graphFrom, mergeNeighbourhood } from '../shared/graph/graphMerge';
import { groupEdges } from './relationships';
import { fixtureResolver, neighbours } from '../test/fixtures';
import { mockClient } from '../test/mockClient';
import { renderApp } from '../test/render';

// Cytoscape needs a canvas, which jsdom lacks: the graph is replaced by a stand-in here and its
// merge logic is tested below as a unit.
vi.mock('../shared/graph/NeighbourGraph', () => ({
  NeighbourGraph: ({
    hood,
    onOpen,
  }: {
    hood: { edges: { node: { id: string } }[] };
    onOpen: (id: string) => void;
  }) => (
    <div data-testid="graph-canvas" data-edges={hood.edges.length}>
      <button data-testid="graph-open-profile" onClick={() => onOpen(hood.edges[1].node.id)}>
        open
      </button>
    </div>
  ),
}));

describe('graph merge', () => {
  it('starts from the center and its neighbours', () => {
    const g = graphFrom(neighbours('ent-0001'));
    expect([...g.nodes.keys()]).toEqual(['ent-0001', 'region-360100', 'tech-bci', 'tal-0001']);
    expect([...g.edges.keys()]).toEqual([
      edgeId('ent-0001', 'LOCATED_IN', 'region-360100'),
      edgeId('ent-0001', 'DEVELOPS', 'tech-bci'),
      edgeId('tal-0001', 'WORKS_AT', 'ent-0001'),
    ]);
    expect(g.expanded).toEqual(new Set(['ent-0001']));
  });

  it('adds only the new nodes and edges when a neighbour is expanded', () => {
    const before = graphFrom(neighbours('ent-0001'));
    const { state, added } = mergeNeighbourhood(before, neighbours('tech-bci'));
    expect(added.nodes.map((n) => n.id)).toEqual(['ent-0009']);
    // ent-0001 DEVELOPS tech-bci was already there, seen from the other end.
    expect(added.edges.map((e) => e.id)).toEqual([edgeId('ent-0009', 'DEVELOPS', 'tech-bci')]);
    expect(state.nodes.size).toBe(5);
    expect(state.edges.size).toBe(4);
    expect(state.expanded).toEqual(new Set(['ent-0001', 'tech-bci']));
    // The earlier state is left as it was.
    expect(before.nodes.size).toBe(4);
    expect(before.expanded.has('tech-bci')).toBe(false);
  });

  it('adds nothing when the same neighbourhood is merged twice', () => {
    const once = mergeNeighbourhood(emptyGraph('ent-0001'), neighbours('ent-0001')).state;
    const twice = mergeNeighbourhood(once, neighbours('ent-0001'));
    expect(twice.added).toEqual({ nodes: [], edges: [] });
  });

  it('groups relationships by type and direction', () => {
    const groups = groupEdges([...neighbours('ent-0001').edges, ...neighbours('tech-bci').edges]);
    expect(groups.map((g) => g.key)).toEqual([
      'LOCATED_IN:OUT',
      'DEVELOPS:OUT',
      'WORKS_AT:IN',
      'DEVELOPS:IN',
    ]);
  });
});

describe('ProfilePage', () => {
  it('shows the name, kind, illustrative tag, properties with masked marks and provenance', async () => {
    const { client } = mockClient(fixtureResolver());
    renderApp('/node/ent-0001', client);
    expect((await screen.findByTestId('profile-name')).textContent).toBe('企业1');
    expect(screen.getByTestId('profile-name-other').textContent).toBe('Enterprise 1');
    const page = screen.getByTestId('profile-page');
    expect(within(page).getAllByTestId('kind-tag')[0].textContent).toBe('企业');
    expect(within(page).getAllByTestId('illustrative-tag').length).toBeGreaterThan(0);
    expect(screen.getByTestId('prop-stage').textContent).toContain('种子期');
    expect(screen.getByTestId('prop-phone').dataset.masked).toBe('true');
    expect(
      within(screen.getByTestId('prop-phone')).getByTestId('masked-tag').textContent,
    ).toContain('已脱敏');
    expect(screen.queryByTestId('prop-name')).toBeNull();
    expect(screen.getByTestId('provenance-list').textContent).toContain(
      'illustrative/Enterprise.csv#2',
    );
  });

  it('lists relationships grouped by type with links to the neighbours, and draws the graph', async () => {
    const { client } = mockClient(fixtureResolver());
    renderApp('/node/ent-0001', client);
    const group = await screen.findByTestId('rel-group-WORKS_AT-IN');
    expect(group.textContent).toContain('任职于');
    expect(group.textContent).toContain('职务: 首席科学家');
    expect(screen.getByTestId('rel-link-region-360100').getAttribute('href')).toBe(
      '/node/region-360100',
    );
    expect(screen.getByTestId('graph-canvas').dataset.edges).toBe('3');
  });

  it('opens a neighbour’s profile from the graph', async () => {
    const { client } = mockClient(fixtureResolver());
    const { location } = renderApp('/node/ent-0001', client);
    fireEvent.click(await screen.findByTestId('graph-open-profile'));
    expect(location()).toBe('/node/tech-bci');
  });

  it('says so when the node does not exist', async () => {
    const { client } = mockClient(fixtureResolver());
    renderApp('/node/ent-9999', client);
    expect(await screen.findByText('未找到该节点')).toBeTruthy();
  });

  it('shows a GraphQL error with the server message', async () => {
    const { client } = mockClient(
      fixtureResolver({ Profile: () => ({ errors: ['Invalid id: ent-!'] }) }),
    );
    renderApp('/node/ent-!', client);
    expect((await screen.findByTestId('graphql-error')).textContent).toContain('Invalid id: ent-!');
  });
});
