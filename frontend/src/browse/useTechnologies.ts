import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import type { CombinedError, OperationResult } from '@urql/core';
import { TECHNOLOGY_PAGE_QUERY, type TechnologyOption, type TechnologyPage } from './queries';

const MAX_PAGES = 20;

/** Every technology of the taxonomy, fetched page by page. */
export function useTechnologies(enabled: boolean) {
  const client = useClient();
  const [state, setState] = useState<{ nodes: TechnologyOption[]; error?: CombinedError }>({
    nodes: [],
  });
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    (async () => {
      const nodes: TechnologyOption[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const result: OperationResult<TechnologyPage> = await client
          .query(TECHNOLOGY_PAGE_QUERY, { after })
          .toPromise();
        if (cancelled) return;
        if (result.error || !result.data) {
          setState({ nodes, error: result.error });
          return;
        }
        const conn: TechnologyPage['technologies'] = result.data.technologies;
        nodes.push(...conn.nodes);
        if (!conn.pageInfo.hasNextPage || !conn.pageInfo.endCursor) break;
        after = conn.pageInfo.endCursor;
      }
      setState({ nodes });
    })();
    return () => {
      cancelled = true;
    };
  }, [client, enabled]);
  return state;
}
