import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { fixtureResolver, profileNode } from '../test/fixtures';
import { mockClient } from '../test/mockClient';
import { policyMatches } from '../test/policyMatchFixture';
import { renderApp } from '../test/render';
import { setLang } from '../shared/i18n';

// Cytoscape needs a canvas, which jsdom lacks: the profile's graph is a stand-in here.
vi.mock('../shared/graph/NeighbourGraph', () => ({
  NeighbourGraph: () => <div data-testid="graph-canvas" />,
}));

function resolver() {
  return fixtureResolver({
    PolicyMatches: () => ({ data: { policyMatches } }),
    ActorSuggest: () => ({
      data: { suggest: [{ id: 'ent-0001', kind: 'ENTERPRISE', text: '企业1' }] },
    }),
  });
}

describe('PolicyMatchPage', () => {
  it('shows each measure with its status, and each criterion with its outcome, basis and cited text', async () => {
    const { client, variablesOf } = mockClient(resolver());
    renderApp('/policy/match/ent-0001', client);
    const three = await screen.findByTestId('match-measure-3');
    expect(variablesOf('PolicyMatches')[0]).toMatchObject({ id: 'ent-0001' });
    expect(three.dataset.status).toBe('POSSIBLY');
    expect(screen.getByTestId('match-status-3').textContent).toBe('可能适用');
    expect(screen.getByTestId('match-status-7').textContent).toBe('适用');
    expect(screen.getByTestId('summary-applies').textContent).toBe('1');

    const zone = screen.getByTestId('criterion-m03b-zone');
    expect(zone.dataset.outcome).toBe('UNKNOWN');
    expect(zone.textContent).toContain('无法判断');
    expect(zone.textContent).toContain('赣江新区只覆盖其一部分');
    expect(screen.getByTestId('basis-m03b-zone').textContent).toBe('原文明示');
    expect(screen.getByTestId('basis-m03b-kind').textContent).toBe('推断');
    expect(screen.getByTestId('cited-m03b-zone').textContent).toContain('「支持赣江新区」');
    expect(screen.getByTestId('evidence-m03b-zone-region-360112').getAttribute('href')).toBe(
      '/node/region-360112',
    );
  });

  it('names provisions not meant for the actor instead of spelling them out', async () => {
    const { client } = mockClient(resolver());
    renderApp('/policy/match/ent-0001', client);
    await screen.findByTestId('match-measure-3');
    expect(screen.queryByTestId('match-route-3-a')).toBeNull();
    expect(screen.getByTestId('match-other-routes-3').textContent).toContain(
      '医疗机构建立临床研究病房',
    );
    // a measure that does not apply is folded; unfolded, a route failing on something other than kind shows in full
    expect(screen.queryByTestId('criterion-m06a-bci')).toBeNull();
    fireEvent.click(screen.getByTestId('match-toggle-6'));
    expect(screen.getByTestId('criterion-m06a-bci').dataset.outcome).toBe('NOT_MET');
  });

  it('lists responsible bodies in the order of the text and support with its quote', async () => {
    const { client } = mockClient(resolver());
    renderApp('/policy/match/ent-0001', client);
    const bodies = await screen.findByTestId('match-bodies-3');
    expect(
      within(bodies)
        .getAllByTestId('match-body')
        .map((b) => b.textContent),
    ).toEqual(['省卫生健康委', '赣江新区管委会']);
    expect(screen.getByTestId('match-support-3').textContent).toContain('江西脑机接口康复中心建设');
    // no support is offered where the measure does not apply
    expect(screen.queryByTestId('match-support-6')).toBeNull();
  });

  it('filters measures by status', async () => {
    const { client } = mockClient(resolver());
    renderApp('/policy/match/ent-0001', client);
    await screen.findByTestId('match-measure-3');
    fireEvent.click(within(screen.getByTestId('match-filter')).getByText('适用'));
    expect(screen.queryByTestId('match-measure-3')).toBeNull();
    expect(screen.getByTestId('match-measure-7')).toBeTruthy();
  });

  it('speaks English', async () => {
    setLang('en');
    try {
      const { client } = mockClient(resolver());
      renderApp('/policy/match/ent-0001', client);
      expect((await screen.findByTestId('match-status-3')).textContent).toBe('May apply');
      expect(screen.getByTestId('criterion-m03b-zone').textContent).toContain('Cannot be judged');
      expect(screen.getByTestId('basis-m03b-zone').textContent).toBe('Explicit');
    } finally {
      setLang('zh');
    }
  });

  it('shows the server message when the id is not an actor', async () => {
    const { client } = mockClient(
      fixtureResolver({
        PolicyMatches: () => ({
          errors: ["'tech-eeg' is a technology (技术); policy matching takes …"],
        }),
      }),
    );
    renderApp('/policy/match/tech-eeg', client);
    expect((await screen.findByTestId('graphql-error')).textContent).toContain('is a technology');
  });

  it('is reached from an actor profile', async () => {
    const { client } = mockClient(resolver());
    renderApp(`/node/${profileNode.id}`, client);
    const link = await screen.findByTestId('profile-policy-link');
    expect(link.getAttribute('href')).toBe(`/policy/match/${profileNode.id}`);
  });

  it('is reached from the actor search of the policy page', async () => {
    const { client, variablesOf } = mockClient(resolver());
    const page = renderApp('/policy', client);
    const input = await screen.findByTestId('policy-actor-input');
    fireEvent.change(input, { target: { value: '企业' } });
    fireEvent.click(await screen.findByTestId('actor-suggestion-ent-0001'));
    expect(await screen.findByTestId('match-page')).toBeTruthy();
    expect(page.location()).toBe('/policy/match/ent-0001');
    expect(variablesOf('ActorSuggest')[0]).toMatchObject({
      prefix: '企业',
      kinds: ['ENTERPRISE', 'INSTITUTION', 'TALENT', 'INVESTOR', 'PROJECT'],
    });
  });
});
