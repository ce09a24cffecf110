import { render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { Provider } from 'urql';
import type { Client } from '@urql/core';
import { App } from '../App';

let currentLocation = '';

function LocationProbe() {
  const location = useLocation();
  currentLocation = `${location.pathname}${location.search}`;
  return null;
}

/** Renders the whole portal (header, routes) at `route` with a mocked client. */
export function renderApp(route: string, client: Client) {
  const result = render(
    <Provider value={client}>
      <MemoryRouter initialEntries={[route]}>
        <LocationProbe />
        <App />
      </MemoryRouter>
    </Provider>,
  );
  return { ...result, location: () => currentLocation };
}
