/** The state of the connection finder, kept in the URL: `/connections?from=…&to=…&hops=…`. */
export interface ConnectionParams {
  from: string | null;
  to: string | null;
  maxHops: number;
}

export const DEFAULT_HOPS = 4;

export function readParams(search: URLSearchParams): ConnectionParams {
  const hops = Number(search.get('hops'));
  return {
    from: search.get('from') || null,
    to: search.get('to') || null,
    maxHops: Number.isInteger(hops) && hops >= 1 && hops <= 4 ? hops : DEFAULT_HOPS,
  };
}

export function connectionsPath(params: Partial<ConnectionParams>): string {
  const query = new URLSearchParams();
  if (params.from) query.set('from', params.from);
  if (params.to) query.set('to', params.to);
  if (params.maxHops && params.maxHops !== DEFAULT_HOPS) query.set('hops', String(params.maxHops));
  const text = query.toString();
  return `/connections${text ? `?${text}` : ''}`;
}
