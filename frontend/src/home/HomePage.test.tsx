import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { buildChain, isGap } from './chain';
import { fixtureResolver, stats } from '../test/fixtures';
import { mockClient } from '../test/mockClient';
import { renderApp } from '../test/render';

describe('buildChain', () => {
  it('groups segments into upstream, midstream and downstream columns with their sub-segments', () => {
    const columns = buildChain(stats.byChainSegment);
    expect(columns.map((c) => c.tier)).toEqual(['upstream', 'midstream', 'downstream']);
    expect(columns[0].roots.map((r) => r.item.segment.id)).toEqual(['chain-up']);
    expect(columns[0].roots[0].children.map((c) => c.item.segment.id)).toEqual([
      'chain-up-chip',
      'chain-up-electrode',
    ]);
  });

  it('keeps segments whose parent is unknown as roots, and marks empty ones as gaps', () => {
    const orphan = { ...stats.byChainSegment[1], parentId: 'chain-missing' };
    expect(buildChain([orphan])[0].roots).toHaveLength(1);
    expect(isGap(stats.byChainSegment[2])).toBe(true);
    expect(isGap(stats.byChainSegment[1])).toBe(false);
  });
});

describe('HomePage', () => {
  it('shows a card per kind with its count', async () => {
    const { client } = mockClient(fixtureResolver());
    renderApp('/', client);
    const card = await screen.findByTestId('kind-card-ENTERPRISE');
    expect(card.textContent).toContain('企业');
    expect(card.textContent).toContain('12');
    expect(screen.getByTestId('kind-card-TALENT').textContent).toContain('5');
  });

  it('renders empty segments as gaps and filled ones with their enterprise count', async () => {
    const { client } = mockClient(fixtureResolver());
    renderApp('/', client);
    const gap = await screen.findByTestId('chain-segment-chain-up-electrode');
    expect(gap.dataset.gap).toBe('true');
    expect(gap.className).toContain('bb-seg-gap');
    expect(gap.textContent).toContain('空白');
    const full = screen.getByTestId('chain-segment-chain-up-chip');
    expect(full.dataset.gap).toBe('false');
    expect(full.textContent).toContain('3');
    expect(screen.getByTestId('chain-segment-chain-down').dataset.gap).toBe('true');
    expect(
      within(screen.getByTestId('chain-tier-upstream')).getByText('上游', {
        selector: '.ant-card-head-title',
      }),
    ).toBeTruthy();
  });

  it('browses the enterprises of a segment when it is clicked', async () => {
    const mock = mockClient(
      fixtureResolver({
        BrowseNodes: () => ({
          data: {
            nodes: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 },
          },
        }),
      }),
    );
    const { location } = renderApp('/', mock.client);
    fireEvent.click(await screen.findByTestId('chain-segment-chain-mid-system'));
    await screen.findByTestId('browse-page');
    expect(location()).toBe('/browse/enterprise?segment=chain-mid-system');
    await waitFor(() =>
      expect(mock.variablesOf('BrowseNodes').at(-1)).toMatchObject({
        kind: 'ENTERPRISE',
        filter: { chainSegmentId: 'chain-mid-system' },
      }),
    );
  });

  it('lists actors per city', async () => {
    const { client } = mockClient(fixtureResolver());
    renderApp('/', client);
    const row = await screen.findByTestId('region-count-region-360100');
    expect(row.textContent).toContain('南昌市');
    expect(row.textContent).toContain('9');
  });

  it('shows the server message of a GraphQL error', async () => {
    const { client } = mockClient(
      fixtureResolver({ HomeStats: () => ({ errors: ['Neo4j is not reachable'] }) }),
    );
    renderApp('/', client);
    const alert = await screen.findByTestId('graphql-error');
    expect(alert.textContent).toContain('Neo4j is not reachable');
  });
});
