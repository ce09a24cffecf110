import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { LANG_KEY } from '../shared/i18n';
import { fixtureResolver } from '../test/fixtures';
import { mockClient } from '../test/mockClient';
import { renderApp } from '../test/render';

describe('AppLayout', () => {
  it('shows the product name, the navigation, a GraphiQL link and a search slot', async () => {
    const { client } = mockClient(fixtureResolver());
    renderApp('/', client);
    expect(screen.getByTestId('brand').textContent).toContain('脑桥');
    expect(screen.getByTestId('brand').textContent).toContain('BrainBridge');
    const nav = screen.getAllByTestId('main-nav')[0];
    expect(nav.textContent).toContain('首页');
    expect(nav.textContent).toContain('浏览');
    expect(nav.textContent).toContain('政策');
    expect(screen.getByTestId('graphiql-link').getAttribute('href')).toBe('/graphiql');
    expect(screen.getAllByTestId('header-search-slot').length).toBeGreaterThan(0);
  });

  it('switches to English and remembers the choice', async () => {
    const { client } = mockClient(fixtureResolver());
    renderApp('/', client);
    fireEvent.click(screen.getByTestId('lang-switch'));
    expect((await screen.findAllByText('Home')).length).toBeGreaterThan(0);
    expect(localStorage.getItem(LANG_KEY)).toBe('en');
    expect((await screen.findByTestId('kind-card-ENTERPRISE')).textContent).toContain('Enterprise');
    expect(screen.getByTestId('chain-segment-chain-up-electrode').textContent).toContain('Gap');
    expect(screen.getByTestId('chain-segment-chain-up-electrode').textContent).not.toContain(
      '空白',
    );
  });
});
