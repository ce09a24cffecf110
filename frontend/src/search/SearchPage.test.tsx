import { beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setLang } from '../shared/i18n';
import { fixtureResolver, searchResults } from '../test/fixtures';
import { mockClient } from '../test/mockClient';
import { renderApp } from '../test/render';

const URL_WITH_FILTERS =
  '/search?q=南昌+康复&kind=ENTERPRISE&region=region-1&region=region-12&technology=tech-eeg' +
  '&segment=chain-up&stage=seed&qualification=high_tech&deviceClass=class_ii';

// The page loads lazily; compile it once up front so that no test waits for it.
beforeAll(() => import('./SearchPage'), 60000);

describe('SearchPage', () => {
  it('queries with the filter the URL describes', async () => {
    const mock = mockClient(fixtureResolver());
    renderApp(URL_WITH_FILTERS, mock.client);
    expect((await screen.findByTestId('search-total')).textContent).toContain('3');
    expect(mock.variablesOf('Search')[0]).toEqual({
      query: '南昌 康复',
      filter: {
        kinds: ['ENTERPRISE'],
        regionIds: ['region-1', 'region-12'],
        technologyIds: ['tech-eeg'],
        chainSegmentIds: ['chain-up'],
        stages: ['seed'],
        qualifications: ['high_tech'],
        deviceClasses: ['class_ii'],
      },
      first: 20,
      after: null,
    });
  });

  it('shows hits with tags and sanitised, labelled highlights', async () => {
    const mock = mockClient(fixtureResolver());
    renderApp('/search?q=南昌康复', mock.client);
    await new Promise((r) => setTimeout(r, 4000));
    console.log('CALLS', mock.calls.map((c) => c.name).join(','));
    const hit = await screen.findByTestId('search-hit-ent-0001');
    expect(within(hit).getByRole('link').getAttribute('href')).toBe('/node/ent-0001');
    expect(within(hit).getByTestId('kind-tag').textContent).toBe('企业');
    const fragments = within(hit).getAllByTestId('search-highlight');
    // the name fragment marks up the title; text and linked names follow with their labels
    expect(fragments.map((f) => f.getAttribute('data-field'))).toEqual([
      'name',
      'text',
      'neighbours',
    ]);
    expect(fragments[0].innerHTML).toBe('<mark>南昌康复</mark>科技');
    expect(fragments[1].querySelector('script')).toBeNull();
    expect(fragments[1].textContent).toBe('专注康复训练 & 评估<script>x</script>');
    expect(hit.textContent).toContain('描述');
    expect(hit.textContent).toContain('关联');
    const talent = screen.getByTestId('search-hit-tal-0001');
    expect(within(talent).getByTestId('masked-tag')).toBeTruthy();
    expect(within(talent).getByTestId('illustrative-tag')).toBeTruthy();
    expect(
      within(screen.getByTestId('search-hit-ent-0001')).queryByTestId('masked-tag'),
    ).toBeNull();
  });

  it('ticks and unticks facets through the URL and re-queries', async () => {
    const mock = mockClient(fixtureResolver());
    const { location } = renderApp('/search?q=脑电', mock.client);
    fireEvent.click(await screen.findByTestId('facet-kind-TALENT'));
    await waitFor(() => expect(location()).toBe('/search?q=%E8%84%91%E7%94%B5&kind=TALENT'));
    await waitFor(() =>
      expect(mock.variablesOf('Search').at(-1)).toMatchObject({ filter: { kinds: ['TALENT'] } }),
    );
    expect((screen.getByTestId('facet-kind-TALENT') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByTestId('facet-stage-seed'));
    await waitFor(() => expect(location()).toContain('kind=TALENT&stage=seed'));
    fireEvent.click(screen.getByTestId('facet-kind-TALENT'));
    await waitFor(() => expect(location()).toBe('/search?q=%E8%84%91%E7%94%B5&stage=seed'));
    fireEvent.click(screen.getByTestId('facets-clear'));
    await waitFor(() => expect(location()).toBe('/search?q=%E8%84%91%E7%94%B5'));
    expect(mock.variablesOf('Search').at(-1)).toMatchObject({ filter: {} });
  });

  it('shows the top ten values of a dimension and the rest on “more”, labels by language', async () => {
    const mock = mockClient(fixtureResolver());
    renderApp('/search?q=脑电&region=region-12', mock.client);
    const region = await screen.findByTestId('facet-region');
    expect(region.textContent).toContain('地区');
    expect(screen.getByTestId('facet-region-region-10')).toBeTruthy();
    expect(screen.queryByTestId('facet-region-region-11')).toBeNull();
    // a selected value stays visible beyond the top ten
    expect((screen.getByTestId('facet-region-region-12') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByTestId('facet-region-more'));
    expect(screen.getByTestId('facet-region-region-11')).toBeTruthy();
    setLang('en');
    expect(await screen.findByText('region EN 1')).toBeTruthy();
    expect(screen.getByTestId('facet-region').textContent).toContain('Region');
    expect(screen.getByTestId('search-hit-ent-0001').textContent).toContain('Linked');
  });

  it('loads more hits with the cursor', async () => {
    const mock = mockClient(fixtureResolver());
    renderApp('/search?q=南昌&kind=ENTERPRISE', mock.client);
    fireEvent.click(await screen.findByTestId('search-load-more'));
    await screen.findByTestId('search-hit-ent-0003');
    expect(mock.variablesOf('SearchMore')[0]).toEqual({
      query: '南昌',
      filter: { kinds: ['ENTERPRISE'] },
      first: 20,
      after: 'page-2',
    });
    expect(screen.getByTestId('search-hit-ent-0001')).toBeTruthy();
    expect(screen.queryByTestId('search-load-more')).toBeNull();
  });

  it('echoes the query when nothing matches, and keeps a selected value to untick', async () => {
    const mock = mockClient(
      fixtureResolver({
        Search: (_n, vars) => ({
          data: {
            search: (vars.filter as { stages?: string[] }).stages
              ? { total: 0, hits: [], facets: [], pageInfo: { hasNextPage: false } }
              : searchResults,
          },
        }),
      }),
    );
    const { location } = renderApp('/search?q=脑电', mock.client);
    fireEvent.click(await screen.findByTestId('facet-stage-seed'));
    expect((await screen.findByTestId('search-empty')).textContent).toContain('脑电');
    const seed = screen.getByTestId('facet-stage-seed') as HTMLInputElement;
    expect(seed.checked).toBe(true);
    expect(screen.getByTestId('facet-stage').textContent).toContain('种子期');
    fireEvent.click(seed);
    await waitFor(() => expect(location()).toBe('/search?q=%E8%84%91%E7%94%B5'));
  });

  it('shows the server message on errors', async () => {
    const mock = mockClient(
      fixtureResolver({ Search: () => ({ errors: ['search is warming up'] }) }),
    );
    renderApp('/search?q=脑电&kind=TALENT', mock.client);
    expect((await screen.findByTestId('graphql-error')).textContent).toContain(
      'search is warming up',
    );
    // the selected kind stays on show, labelled from the model, to be unticked
    await waitFor(() => expect(screen.getByTestId('facet-kind').textContent).toContain('人才'));
  });

  it('asks for a query when there is none', async () => {
    const mock = mockClient(fixtureResolver());
    renderApp('/search', mock.client);
    expect(await screen.findByTestId('search-prompt')).toBeTruthy();
    expect(mock.variablesOf('Search')).toEqual([]);
  });
});
