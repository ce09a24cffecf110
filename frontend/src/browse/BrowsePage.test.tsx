import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { applicableFilters } from './BrowseFilters';
import { browseVariables, filterFromParams, paramsForKind, withParam } from './filters';
import { buildTree, treeValueId } from './tree';
import { regionGroups } from './regionOptions';
import { kindToSlug, slugToKind } from '../shared/kinds';
import { enterprise, filterOptions, fixtureResolver, model } from '../test/fixtures';
import { mockClient } from '../test/mockClient';
import { renderApp } from '../test/render';

describe('browse filter variables', () => {
  it('maps URL parameters to a NodeFilter, leaving out blank ones', () => {
    const params = new URLSearchParams(
      'region=region-360100&technology=tech-eeg&segment=chain-up&sub=hospital&stage=seed&qualification=high_tech&q=%20脑%20&illustrative=false&x=1',
    );
    expect(filterFromParams(params)).toEqual({
      regionId: 'region-360100',
      technologyId: 'tech-eeg',
      chainSegmentId: 'chain-up',
      kind: 'hospital',
      stage: 'seed',
      qualification: 'high_tech',
      nameContains: '脑',
      illustrative: false,
    });
    expect(filterFromParams(new URLSearchParams('q=&region='))).toEqual({});
    expect(browseVariables('ENTERPRISE', new URLSearchParams('stage=seed'), 'abc')).toEqual({
      kind: 'ENTERPRISE',
      filter: { stage: 'seed' },
      first: 20,
      after: 'abc',
    });
  });

  it('sets, removes and carries parameters over to another kind', () => {
    const p = withParam(new URLSearchParams('stage=seed'), 'region', 'region-360100');
    expect(p.toString()).toBe('stage=seed&region=region-360100');
    expect(withParam(p, 'stage', undefined).toString()).toBe('region=region-360100');
    expect(paramsForKind(p, ['region', 'q']).toString()).toBe('region=region-360100');
  });

  it('converts kinds to URL slugs and back', () => {
    expect(kindToSlug('CHAIN_SEGMENT')).toBe('chain-segment');
    expect(slugToKind('chain-segment')).toBe('CHAIN_SEGMENT');
    expect(slugToKind('CHAIN_SEGMENT')).toBe('CHAIN_SEGMENT');
    expect(slugToKind('spaceship')).toBeNull();
  });

  it('offers the filters a kind has relationships or codes for', () => {
    expect(applicableFilters(model, 'ENTERPRISE')).toEqual([
      'region',
      'technology',
      'segment',
      'stage',
      'qualification',
      'q',
      'illustrative',
    ]);
    expect(applicableFilters(model, 'CHAIN_SEGMENT')).toEqual([
      'segment',
      'sub',
      'q',
      'illustrative',
    ]);
  });

  it('groups region options by province, Jiangxi and the whole province first, zones last', () => {
    const groups = regionGroups(filterOptions, (zh) => zh, '功能区');
    expect(groups.map((g) => g.label)).toEqual(['江西省', '浙江省', '功能区']);
    expect(groups[0].options.map((o) => o.value)).toEqual(['region-360000', 'region-360100']);
    expect(groups[2].options[0].value).toBe('region-zone-ganjiang');
  });

  it('builds a technology tree from broader links', () => {
    const tree = buildTree([
      { id: 'a', label: 'A', parentIds: [] },
      { id: 'b', label: 'B', parentIds: ['a'] },
      { id: 'c', label: 'C', parentIds: ['a', 'b'] },
    ]);
    expect(tree).toHaveLength(1);
    expect(tree[0].children.map((c) => c.value)).toEqual(['b', 'c#2']);
    expect(tree[0].children[0].children[0].value).toBe('c');
    expect(treeValueId('c#2')).toBe('c');
  });
});

function pagedResolver() {
  return fixtureResolver({
    BrowseNodes: (_name, vars) => ({
      data: {
        nodes:
          vars.after === 'cursor-2'
            ? {
                nodes: [enterprise(3)],
                pageInfo: { hasNextPage: false, endCursor: 'cursor-3' },
                totalCount: 3,
              }
            : {
                nodes: [enterprise(1), enterprise(2)],
                pageInfo: { hasNextPage: true, endCursor: 'cursor-2' },
                totalCount: 3,
              },
      },
    }),
  });
}

describe('BrowsePage', () => {
  it('queries with the filters of the URL and shows the total', async () => {
    const mock = mockClient(pagedResolver());
    renderApp('/browse/enterprise?region=region-360100&stage=seed&q=脑', mock.client);
    expect((await screen.findByTestId('browse-total')).textContent).toContain('3');
    expect(mock.variablesOf('BrowseNodes')[0]).toEqual({
      kind: 'ENTERPRISE',
      filter: { regionId: 'region-360100', stage: 'seed', nameContains: '脑' },
      first: 20,
      after: null,
    });
    expect(screen.getByTestId('browse-row-ent-0001').textContent).toContain('企业1');
    expect(screen.getByTestId('browse-row-ent-0002').textContent).toContain('示例数据');
    expect(screen.getByTestId('browse-row-ent-0001').textContent).toContain('种子期');
  });

  it('loads the next page with the cursor and appends it', async () => {
    const mock = mockClient(pagedResolver());
    renderApp('/browse/enterprise', mock.client);
    fireEvent.click(await screen.findByTestId('load-more'));
    await screen.findByTestId('browse-row-ent-0003');
    expect(mock.variablesOf('BrowseNodes').at(-1)).toMatchObject({ after: 'cursor-2', filter: {} });
    expect(screen.getByTestId('browse-row-ent-0001')).toBeTruthy();
    expect(screen.queryByTestId('load-more')).toBeNull();
  });

  it('narrows by name when the search is submitted', async () => {
    const mock = mockClient(pagedResolver());
    const { location } = renderApp('/browse/enterprise?stage=seed', mock.client);
    const input = (await screen.findByTestId('filter-q')).querySelector('input')!;
    fireEvent.change(input, { target: { value: '脑电' } });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() =>
      expect(mock.variablesOf('BrowseNodes').at(-1)).toEqual({
        kind: 'ENTERPRISE',
        filter: { stage: 'seed', nameContains: '脑电' },
        first: 20,
        after: null,
      }),
    );
    expect(location()).toBe('/browse/enterprise?stage=seed&q=%E8%84%91%E7%94%B5');
  });

  it('lists every kind with its count and switches kind', async () => {
    const mock = mockClient(pagedResolver());
    const { location } = renderApp(
      '/browse/enterprise?region=region-360100&stage=seed',
      mock.client,
    );
    const talent = await screen.findByTestId('kind-menu-TALENT');
    expect(talent.textContent).toContain('5');
    fireEvent.click(talent);
    await waitFor(() => expect(location()).toBe('/browse/talent?region=region-360100'));
    await waitFor(() =>
      expect(mock.variablesOf('BrowseNodes').at(-1)).toMatchObject({
        kind: 'TALENT',
        filter: { regionId: 'region-360100' },
      }),
    );
  });

  it('pages through the whole technology taxonomy for the technology filter', async () => {
    const mock = mockClient(pagedResolver());
    renderApp('/browse/enterprise', mock.client);
    await screen.findByTestId('filter-technology');
    await waitFor(() =>
      expect(mock.variablesOf('BrowseTechnologies')).toEqual([
        { after: null },
        { after: 'tech-page-2' },
      ]),
    );
  });

  it('redirects an unknown kind to enterprises', async () => {
    const mock = mockClient(pagedResolver());
    const { location } = renderApp('/browse/spaceship', mock.client);
    await screen.findByTestId('browse-page');
    expect(location()).toBe('/browse/enterprise');
  });
});
