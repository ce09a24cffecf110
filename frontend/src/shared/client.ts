import { Client, cacheExchange, fetchExchange } from '@urql/core';

/** The portal's GraphQL client: same-origin `/graphql` (proxied to Spring Boot by the Vite dev server). */
export function createClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
  });
}
