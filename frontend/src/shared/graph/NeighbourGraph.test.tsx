import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { Provider } from 'urql';
import { NeighbourGraph } from './NeighbourGraph';
import { fixtureResolver, neighbours } from '../../test/fixtures';
import { mockClient } from '../../test/mockClient';

function renderGraph(onOpen: (id: string) => void = () => {}, resolver = fixtureResolver()) {
  const mock = mockClient(resolver);
  const hood = neighbours('ent-0001');
  render(
    <Provider value={mock.client}>
      <AntApp>
        <NeighbourGraph hood={hood} onOpen={onOpen} headless />
      </AntApp>
    </Provider>,
  );
  return mock;
}

describe('NeighbourGraph', () => {
  it('draws the center and its neighbours and exposes the instance as window.__bbGraph', () => {
    renderGraph();
    const cy = window.__bbGraph!;
    expect(cy.nodes().length).toBe(4);
    expect(cy.edges().length).toBe(3);
    expect(cy.getElementById('ent-0001').hasClass('center')).toBe(true);
    expect(screen.getByTestId('graph-canvas').dataset.nodes).toBe('4');
  });

  it('expands a neighbour when it is tapped, adding its neighbours', async () => {
    const mock = renderGraph();
    const cy = window.__bbGraph!;
    act(() => {
      cy.getElementById('tech-bci').emit('tap');
    });
    await waitFor(() => expect(cy.nodes().length).toBe(5));
    expect(cy.getElementById('ent-0009').nonempty()).toBe(true);
    expect(cy.edges().length).toBe(4);
    expect(cy.getElementById('tech-bci').hasClass('expanded')).toBe(true);
    expect(mock.variablesOf('Neighbours')).toEqual([{ id: 'tech-bci', first: 50 }]);
    // A second tap does not fetch again.
    act(() => {
      cy.getElementById('tech-bci').emit('tap');
    });
    expect(mock.variablesOf('Neighbours')).toHaveLength(1);
    await waitFor(() => expect(screen.getByTestId('graph-canvas').dataset.nodes).toBe('5'));
  });

  it('opens the selected node’s profile by button or double tap', async () => {
    const opened: string[] = [];
    renderGraph((id) => opened.push(id));
    const cy = window.__bbGraph!;
    act(() => {
      cy.getElementById('region-360100').emit('tap');
    });
    fireEvent.click(await screen.findByTestId('graph-open-profile'));
    act(() => {
      cy.getElementById('tal-0001').emit('dbltap');
    });
    expect(opened).toEqual(['region-360100', 'tal-0001']);
  });

  it('reports a failed expansion with the server message', async () => {
    renderGraph(
      () => {},
      fixtureResolver({ Neighbours: () => ({ errors: ['neighbours limit exceeded'] }) }),
    );
    act(() => {
      window.__bbGraph!.getElementById('tech-bci').emit('tap');
    });
    expect(await screen.findByText('neighbours limit exceeded')).toBeTruthy();
    expect(window.__bbGraph!.nodes().length).toBe(4);
  });
});
