import { Alert } from 'antd';
import type { CombinedError } from '@urql/core';
import { useLang } from './i18n';

/** The server's own messages of a failed GraphQL request. */
export function errorMessages(error: CombinedError | Error): string[] {
  const combined = error as CombinedError;
  const messages: string[] = [];
  for (const e of combined.graphQLErrors ?? []) messages.push(e.message);
  if (combined.networkError) messages.push(combined.networkError.message);
  if (messages.length === 0) messages.push(error.message);
  return messages;
}

export function ErrorAlert({ error }: { error: CombinedError | Error | undefined | null }) {
  const { t } = useLang();
  if (!error) return null;
  const messages = errorMessages(error);
  return (
    <Alert
      data-testid="graphql-error"
      type="error"
      showIcon
      title={t('common.error')}
      description={
        messages.length === 1 ? (
          messages[0]
        ) : (
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {messages.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        )
      }
      style={{ marginBottom: 16 }}
    />
  );
}
