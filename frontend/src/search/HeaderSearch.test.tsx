import { beforeAll, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { fixtureResolver } from '../test/fixtures';
import { mockClient } from '../test/mockClient';
import { renderApp } from '../test/render';

function input(): HTMLInputElement {
  return screen.getByTestId('search-input') as HTMLInputElement;
}

// The results page loads lazily; compile it once up front so that no test waits for it.
beforeAll(() => import('./SearchPage'), 60000);

describe('HeaderSearch', () => {
  it('suggests while typing (debounced) with text and kind, and opens the picked node', async () => {
    const mock = mockClient(fixtureResolver());
    const { location } = renderApp('/', mock.client);
    expect(input().tagName).toBe('INPUT');
    fireEvent.change(input(), { target: { value: '脑' } });
    fireEvent.change(input(), { target: { value: '脑电' } });
    const option = await screen.findByTestId('search-suggestion-tech-eeg');
    expect(option.textContent).toContain('脑电');
    expect(option.textContent).toContain('技术');
    expect(screen.getByTestId('search-suggestion-ent-0001').textContent).toContain('企业');
    // only the settled prefix was asked for
    const asked = mock.variablesOf('Suggest').map((v) => JSON.stringify(v));
    expect([...new Set(asked)]).toEqual([JSON.stringify({ prefix: '脑电', first: 8 })]);
    fireEvent.click(option);
    await waitFor(() => expect(location()).toBe('/node/tech-eeg'));
    expect(input().value).toBe('');
  });

  it('opens the results page on Enter and on the search button', async () => {
    const mock = mockClient(fixtureResolver());
    const { location } = renderApp('/policy', mock.client);
    fireEvent.change(input(), { target: { value: ' 南昌 康复 ' } });
    fireEvent.keyDown(input(), { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(location()).toBe('/search?q=%E5%8D%97%E6%98%8C+%E5%BA%B7%E5%A4%8D'));
    expect(await screen.findByTestId('search-page')).toBeTruthy();
    expect(input().value).toBe('南昌 康复');

    fireEvent.change(input(), { target: { value: 'yaohu' } });
    fireEvent.click(screen.getByTestId('search-submit'));
    await waitFor(() => expect(location()).toBe('/search?q=yaohu'));
  });

  it('does not search for blank input', async () => {
    const mock = mockClient(fixtureResolver());
    const { location } = renderApp('/', mock.client);
    fireEvent.change(input(), { target: { value: '   ' } });
    fireEvent.keyDown(input(), { key: 'Enter', code: 'Enter', keyCode: 13 });
    await act(() => new Promise((r) => setTimeout(r, 200)));
    expect(location()).toBe('/');
    expect(mock.variablesOf('Suggest')).toEqual([]);
  });
});
