import { beforeAll, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fixtureResolver, profileNode } from '../test/fixtures';
import { mockClient, type Resolver } from '../test/mockClient';
import { renderApp } from '../test/render';
import {
  candidateMatches,
  emptyMatches,
  institutionMatches,
  sourceNodes,
} from '../test/workspaceFixture';
import { setLang } from '../shared/i18n';
import type { DrawnPath } from '../shared/graph/PathGraph';
import { shortlistKey } from './shortlist';

// Cytoscape needs a canvas, which jsdom lacks: the evidence path is drawn by a stand-in that shows what it was given.
vi.mock('../shared/graph/PathGraph', async (original) => {
  const actual = await original<typeof import('../shared/graph/PathGraph')>();
  return {
    ...actual,
    PathGraph: ({
      path,
      onOpen,
      testId,
    }: {
      path: DrawnPath;
      onOpen: (id: string) => void;
      testId?: string;
    }) => (
      <div data-testid={testId} data-path={path.id} data-nodes={path.nodes.length}>
        {path.relationships.map((r, i) => (
          <span key={i} data-testid="drawn-edge" data-inferred={r.inferred ? 'true' : 'false'}>
            {`${r.fromId}-${r.type}->${r.toId}`}
          </span>
        ))}
        <button data-testid="graph-node-open" onClick={() => onOpen(path.nodes[1].id)}>
          open
        </button>
      </div>
    ),
  };
});
vi.mock('../shared/graph/NeighbourGraph', () => ({
  NeighbourGraph: () => <div data-testid="graph-canvas" />,
}));

const sources: Resolver = (_, v) => ({
  data: { nodesById: sourceNodes.filter((n) => (v.ids as string[]).includes(n.id)) },
});

const englishNames: Record<string, string> = {
  'ent-0001': 'Enterprise 1',
  'tech-bci': 'BCI',
  'tech-eeg': 'EEG acquisition',
  'tal-0147': 'a name that must never show',
};

function resolver(overrides: Record<string, Resolver> = {}) {
  return fixtureResolver({
    WorkspaceSource: sources,
    InstitutionWorkspace: (_, v) => ({
      data: { matches: institutionMatches(v.after as string | null) },
    }),
    CandidateWorkspace: () => ({ data: { matches: candidateMatches() } }),
    WorkspacePathNames: (_, v) => ({
      data: {
        nodesById: (v.ids as string[]).map((id) => ({
          id,
          kind: id.startsWith('tal-') ? 'TALENT' : 'TECHNOLOGY',
          nameEn: englishNames[id] ?? null,
        })),
      },
    }),
    ...overrides,
  });
}

/** The distinct variables a query was asked with (urql may execute an operation again). */
function asked(mock: ReturnType<typeof mockClient>, name: string) {
  return [...new Set(mock.variablesOf(name).map((v) => JSON.stringify(v)))].map(
    (v) => JSON.parse(v) as Record<string, unknown>,
  );
}

beforeAll(() => import('./WorkspacePage'), 60000);

describe('WorkspacePage', () => {
  it('lists the journeys from the main menu and opens one', async () => {
    const mock = mockClient(resolver());
    const { location } = renderApp('/', mock.client);
    fireEvent.click(await screen.findByTestId('nav-match'));
    await waitFor(() => expect(location()).toBe('/match'));
    fireEvent.click(await screen.findByTestId('ws-journey-card-candidate'));
    await waitFor(() => expect(location()).toBe('/match/candidate'));
    expect((await screen.findByTestId('ws-prompt')).textContent).toContain('岗位');
    expect(screen.getByTestId('ws-shortlist-empty')).toBeTruthy();
  });

  it('suggests only the kinds the journey takes and opens the picked source', async () => {
    const mock = mockClient(resolver());
    const { location } = renderApp('/match/institution', mock.client);
    fireEvent.change(await screen.findByTestId('ws-source-input'), { target: { value: '脑电' } });
    fireEvent.click(await screen.findByTestId('ws-suggestion-ent-0001'));
    await waitFor(() => expect(location()).toBe('/match/institution/ent-0001'));
    expect(mock.variablesOf('ActorSuggest')[0]).toMatchObject({
      prefix: '脑电',
      kinds: ['ENTERPRISE'],
    });
    // the technology the header box would also suggest is not offered
    expect(screen.queryByTestId('ws-suggestion-tech-eeg')).toBeNull();
    expect((await screen.findByTestId('ws-source')).dataset.id).toBe('ent-0001');
    await screen.findByTestId('ws-match-inst-0001');
    fireEvent.click(screen.getByTestId('ws-source-clear'));
    await waitFor(() => expect(location()).toBe('/match/institution'));
  });

  it('shows the ranked matches with factor bars, the weights used and the reason', async () => {
    const mock = mockClient(resolver());
    renderApp('/match/institution/ent-0001', mock.client);
    const first = await screen.findByTestId('ws-match-inst-0001');
    expect(first.dataset.rank).toBe('1');
    expect(first.dataset.selected).toBe('true');
    expect(asked(mock, 'InstitutionWorkspace')).toEqual([
      { id: 'ent-0001', first: 10, weights: null },
    ]);
    expect(screen.getByTestId('ws-total').textContent).toContain('3');
    expect(screen.getByTestId('ws-weight-used-technology').textContent).toContain('技术契合 25%');
    expect(screen.getByTestId('ws-reason-inst-0001').textContent).toBe(
      '推荐理由：技术契合（脑电采集）——赣鄱大学',
    );
    // one segment per contributing factor, as long as its contribution, in a fixed order
    const bar = screen.getByTestId('ws-factors-inst-0001');
    const segments = within(bar)
      .getAllByTestId(/^ws-factor-inst-0001-/)
      .map((s) => [s.dataset.testid?.replace('ws-factor-inst-0001-', ''), s.dataset.contribution]);
    expect(segments).toEqual([
      ['TECHNOLOGY', '0.2000'],
      ['TEXT', '0.0833'],
      ['POLICY', '0.0250'],
    ]);
    expect(screen.getByTestId('ws-open-inst-0001').getAttribute('href')).toBe('/node/inst-0001');
    // the source's other pages
    expect(screen.getByTestId('ws-source-policy').getAttribute('href')).toBe(
      '/policy/match/ent-0001',
    );
    expect(screen.getByTestId('ws-source-connections').getAttribute('href')).toBe(
      '/connections?from=ent-0001',
    );
    expect(screen.getByTestId('ws-source-journey-similar').getAttribute('href')).toBe(
      '/match/similar/ent-0001',
    );
  });

  it('explains the selected match: factors, shared words and an evidence path drawn', async () => {
    const mock = mockClient(resolver());
    const { location } = renderApp('/match/institution/ent-0001', mock.client);
    await screen.findByTestId('ws-match-inst-0001');
    const evidence = screen.getByTestId('ws-evidence');
    expect(evidence.dataset.id).toBe('inst-0001');
    const tech = screen.getByTestId('ws-factor-row-TECHNOLOGY');
    expect([tech.dataset.value, tech.dataset.weight, tech.dataset.contribution]).toEqual([
      '0.8000',
      '0.2500',
      '0.2000',
    ]);
    expect(screen.getByTestId('ws-factor-row-POLICY').textContent).toContain('推断');
    expect(screen.getByTestId('ws-terms').textContent).toContain('脑电');
    // the path in one line, arrows in graph direction; NARROWER drawn as the stored BROADER backwards
    expect(screen.getByTestId('ws-path-0').textContent).toContain(
      '企业1 —研发→ 脑机接口 ←上位技术— 脑电采集 ←研发— 赣鄱大学',
    );
    const edges = screen.getAllByTestId('drawn-edge').map((e) => e.textContent);
    expect(edges).toEqual([
      'ent-0001-DEVELOPS->tech-bci',
      'tech-eeg-BROADER->tech-bci',
      'inst-0001-DEVELOPS->tech-eeg',
    ]);
    // the inferred policy path, its inferred steps marked
    fireEvent.click(screen.getByTestId('ws-path-1'));
    await waitFor(() =>
      expect(screen.getByTestId('ws-path-graph').dataset.path).toBe(
        screen.getByTestId('ws-path-1').dataset.pathId,
      ),
    );
    expect(screen.getByTestId('ws-path-1').dataset.factor).toBe('POLICY');
    expect(screen.getAllByTestId('drawn-edge').map((e) => e.dataset.inferred)).toEqual([
      'false',
      'true',
      'true',
      'false',
    ]);
    expect(screen.getByTestId('ws-path-1').textContent).toContain('~');

    // another match is explained when picked; a node of its path opens the profile
    fireEvent.click(screen.getByTestId('ws-match-inst-0002'));
    await waitFor(() => expect(screen.getByTestId('ws-evidence').dataset.id).toBe('inst-0002'));
    expect(screen.getByTestId('ws-match-inst-0002').dataset.selected).toBe('true');
    fireEvent.click(screen.getByTestId('graph-node-open'));
    await waitFor(() => expect(location()).toBe('/node/tech-bci'));
  });

  it('loads the next page after the last cursor; a match without paths says so', async () => {
    const mock = mockClient(resolver());
    renderApp('/match/institution/ent-0001', mock.client);
    fireEvent.click(await screen.findByTestId('ws-load-more'));
    const third = await screen.findByTestId('ws-match-inst-0003');
    expect(asked(mock, 'InstitutionWorkspace')[1]).toMatchObject({ after: 'rank:2' });
    expect(screen.queryByTestId('ws-load-more')).toBeNull();
    fireEvent.click(third);
    expect(await screen.findByTestId('ws-no-paths')).toBeTruthy();
  });

  it('speaks English: reasons, factor names and gaps', async () => {
    const mock = mockClient(resolver());
    renderApp('/match/candidate/pos-0001', mock.client);
    await screen.findByTestId('ws-match-tal-0147');
    await act(async () => setLang('en'));
    expect(screen.getByTestId('ws-reason-tal-0147').textContent).toContain('Why: technology fit');
    expect(screen.getByTestId('ws-weight-used-text').textContent).toContain('Text similarity');
    expect(screen.getByTestId('ws-gaps-tal-0147').textContent).toContain(
      'Brain-controlled prosthesis',
    );
    // the path's nodes in English, a person by the headline the API gave (never asked for by id)
    await waitFor(() =>
      expect(screen.getByTestId('ws-path-0').textContent).toContain(
        'Enterprise 1 —develops→ BCI ←narrower than— EEG acquisition',
      ),
    );
    expect(asked(mock, 'WorkspacePathNames')[0].ids).not.toContain('tal-0147');
    expect(screen.getByTestId('ws-evidence').textContent).not.toContain('must never show');
  });

  it('shows talent as the server masks them, with their gaps', async () => {
    const mock = mockClient(resolver());
    renderApp('/match/candidate/pos-0001', mock.client);
    const item = await screen.findByTestId('ws-match-tal-0147');
    expect(within(item).getByTestId('ws-open-tal-0147').textContent).toBe('付**');
    expect(within(item).getByTestId('masked-tag')).toBeTruthy();
    expect(item.textContent).toContain('临床研究经理');
    const gaps = within(screen.getByTestId('ws-gaps-tal-0147')).getAllByTestId('ws-gap');
    expect(gaps.map((g) => [g.dataset.mandatory, g.dataset.partly])).toEqual([
      ['true', 'false'],
      ['false', 'true'],
    ]);
    expect(gaps[0].textContent).toContain('脑控假肢与机械臂（必需）');
    expect(gaps[1].textContent).toContain('部分覆盖');
  });

  it('asks again with the weights of the advanced panel, kept in the URL, and back to the defaults', async () => {
    const mock = mockClient(resolver());
    const { location } = renderApp('/match/institution/ent-0001', mock.client);
    await screen.findByTestId('ws-match-inst-0001');
    fireEvent.click(screen.getByTestId('ws-advanced-toggle'));
    const text = await screen.findByTestId('ws-weight-text');
    // the inputs start from the weights used, as percentages
    expect((text as HTMLInputElement).value).toBe('16.67');
    fireEvent.change(text, { target: { value: '60' } });
    fireEvent.blur(text);
    fireEvent.click(screen.getByTestId('ws-weights-apply'));
    const url =
      '/match/institution/ent-0001?technology=25&scenario=16.67&chain=12.5&profile=16.67&text=60&graph=8.33&policy=4.17';
    await waitFor(() => expect(location()).toBe(url));
    await waitFor(() =>
      expect(asked(mock, 'InstitutionWorkspace').at(-1)).toEqual({
        id: 'ent-0001',
        first: 10,
        weights: {
          technology: 25,
          scenario: 16.67,
          chain: 12.5,
          profile: 16.67,
          text: 60,
          graph: 8.33,
          policy: 4.17,
        },
      }),
    );
    expect((await screen.findByTestId('ws-weights-used')).dataset.custom).toBe('true');
    fireEvent.click(screen.getByTestId('ws-weights-reset'));
    await waitFor(() => expect(location()).toBe('/match/institution/ent-0001'));
  });

  it('will not send weights that are all zero, and ignores such weights in a link', async () => {
    const mock = mockClient(resolver());
    renderApp(
      '/match/institution/ent-0001?technology=0&scenario=0&chain=0&profile=0&text=0&graph=0&policy=0',
      mock.client,
    );
    expect(await screen.findByTestId('ws-weights-link-invalid')).toBeTruthy();
    await screen.findByTestId('ws-match-inst-0001');
    expect(asked(mock, 'InstitutionWorkspace')[0]).toMatchObject({ weights: null });
    fireEvent.click(screen.getByTestId('ws-advanced-toggle'));
    for (const f of ['technology', 'scenario', 'chain', 'profile', 'text', 'graph', 'policy']) {
      const input = await screen.findByTestId(`ws-weight-${f}`);
      fireEvent.change(input, { target: { value: '0' } });
      fireEvent.blur(input);
    }
    expect(await screen.findByTestId('ws-weights-invalid')).toBeTruthy();
    expect(screen.getByTestId('ws-weights-apply').hasAttribute('disabled')).toBe(true);
  });

  it('keeps a shortlist per journey in localStorage, across reloads', async () => {
    const mock = mockClient(resolver());
    const first = renderApp('/match/institution/ent-0001', mock.client);
    const star = await screen.findByTestId('ws-shortlist-toggle-inst-0002');
    expect(star.dataset.listed).toBe('false');
    fireEvent.click(star);
    await waitFor(() =>
      expect(screen.getByTestId('ws-shortlist-toggle-inst-0002').dataset.listed).toBe('true'),
    );
    // clicking the star does not select the match
    expect(screen.getByTestId('ws-match-inst-0001').dataset.selected).toBe('true');
    const item = screen.getByTestId('ws-shortlist-item-inst-0002');
    expect(item.textContent).toContain('瑶湖医科大学');
    expect(item.textContent).toContain('企业1');
    const stored = JSON.parse(localStorage.getItem(shortlistKey('institution')) ?? '[]');
    expect(stored).toMatchObject([{ id: 'inst-0002', sourceId: 'ent-0001', kind: 'INSTITUTION' }]);
    first.unmount();

    // a reload: the list is still there, and only in its own journey
    renderApp('/match/institution', mockClient(resolver()).client);
    expect(await screen.findByTestId('ws-shortlist-item-inst-0002')).toBeTruthy();
    fireEvent.click(screen.getByTestId('ws-journey-candidate'));
    expect(await screen.findByTestId('ws-shortlist-empty')).toBeTruthy();
    fireEvent.click(screen.getByTestId('ws-journey-institution'));
    fireEvent.click(await screen.findByTestId('ws-shortlist-remove-inst-0002'));
    expect(await screen.findByTestId('ws-shortlist-empty')).toBeTruthy();
    expect(localStorage.getItem(shortlistKey('institution'))).toBeNull();
  });

  it('keeps a talent masked in the shortlist', async () => {
    const mock = mockClient(resolver());
    renderApp('/match/candidate/pos-0001', mock.client);
    fireEvent.click(await screen.findByTestId('ws-shortlist-toggle-tal-0147'));
    await screen.findByTestId('ws-shortlist-item-tal-0147');
    const stored = localStorage.getItem(shortlistKey('candidate')) ?? '';
    expect(JSON.parse(stored)[0].name).toBe('付**');
    expect(stored).not.toContain('phone');
  });

  it('says when nothing passed the rules', async () => {
    const mock = mockClient(
      resolver({ InstitutionWorkspace: () => ({ data: { matches: emptyMatches } }) }),
    );
    renderApp('/match/institution/ent-0001', mock.client);
    expect((await screen.findByTestId('ws-empty')).textContent).toContain('没有通过规则的推荐');
  });

  it('shows the server error with a hint', async () => {
    const mock = mockClient(
      resolver({
        InstitutionWorkspace: () => ({
          errors: ["Argument 'enterpriseId': no node 'ent-0001'"],
        }),
      }),
    );
    renderApp('/match/institution/ent-0001', mock.client);
    expect((await screen.findByTestId('graphql-error')).textContent).toContain('enterpriseId');
    expect(screen.getByTestId('ws-error-hint')).toBeTruthy();
  });

  it('says which kinds the journey takes when the source is of another kind', async () => {
    const mock = mockClient(
      resolver({ InvestorWorkspace: () => ({ errors: ["'ent-0001' is a enterprise"] }) }),
    );
    renderApp('/match/investor/ent-0001', mock.client);
    const warning = await screen.findByTestId('ws-wrong-kind');
    expect(warning.textContent).toContain('“企业1”是企业');
    expect(screen.getByTestId('ws-right-journey-institution').getAttribute('href')).toBe(
      '/match/institution/ent-0001',
    );
    expect(screen.getByTestId('ws-right-journey-similar')).toBeTruthy();
  });

  it('refuses a talent who has not consented to be matched', async () => {
    const mock = mockClient(
      resolver({ PositionWorkspace: () => ({ errors: ["Argument 'talentId': no consent"] }) }),
    );
    renderApp('/match/position/tal-0009', mock.client);
    expect(await screen.findByTestId('ws-not-matchable')).toBeTruthy();
    expect(screen.getByTestId('ws-source').textContent).toContain('王**');
  });

  it('says when the source does not exist, and when the journey does not', async () => {
    const mock = mockClient(resolver({ InstitutionWorkspace: () => ({ errors: ['no node'] }) }));
    const page = renderApp('/match/institution/ent-9999', mock.client);
    expect((await screen.findByTestId('ws-source-missing')).textContent).toContain('ent-9999');
    page.unmount();
    renderApp('/match/lender/ent-0001', mock.client);
    expect((await screen.findByText('lender')).closest('.ant-result')).toBeTruthy();
  });

  it('is reached from an actor profile: its workspace and its similar actors', async () => {
    const mock = mockClient(resolver());
    const { location } = renderApp(`/node/${profileNode.id}`, mock.client);
    const link = await screen.findByTestId('profile-workspace-link');
    expect(link.getAttribute('href')).toBe(`/match/institution/${profileNode.id}`);
    expect(screen.getByTestId('profile-similar-link').getAttribute('href')).toBe(
      `/match/similar/${profileNode.id}`,
    );
    fireEvent.click(link);
    await waitFor(() => expect(location()).toBe(`/match/institution/${profileNode.id}`));
    expect(await screen.findByTestId('ws-match-inst-0001')).toBeTruthy();
  });
});
