import { Client, getOperationName, makeResult, type Exchange, type Operation } from '@urql/core';
import { filter, map, pipe } from 'wonka';

/** What a mocked operation answers: data, or GraphQL errors with the server's messages. */
export type MockAnswer = { data: unknown } | { errors: string[] };

export type Resolver = (operationName: string, variables: Record<string, unknown>) => MockAnswer;

export interface MockClient {
  client: Client;
  /** Every operation the client executed, in order. */
  calls: { name: string; variables: Record<string, unknown> }[];
  /** The variables of every call of one operation. */
  variablesOf: (name: string) => Record<string, unknown>[];
}

/** A real urql client whose only exchange answers from `resolve` synchronously, recording each call. */
export function mockClient(resolve: Resolver): MockClient {
  const calls: MockClient['calls'] = [];
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op: Operation) => op.kind === 'query' || op.kind === 'mutation'),
      map((op: Operation) => {
        const name = getOperationName(op.query) ?? '';
        const variables = (op.variables ?? {}) as Record<string, unknown>;
        calls.push({ name, variables });
        const answer = resolve(name, variables);
        if ('errors' in answer) {
          return makeResult(op, { errors: answer.errors.map((message) => ({ message })) });
        }
        return makeResult(op, { data: answer.data as Record<string, unknown> });
      }),
    );
  const client = new Client({ url: '/graphql', exchanges: [exchange] });
  return {
    client,
    calls,
    variablesOf: (name) => calls.filter((c) => c.name === name).map((c) => c.variables),
  };
}
