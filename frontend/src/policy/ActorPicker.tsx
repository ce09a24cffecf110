import { useState } from 'react';
import { AutoComplete, Card, Input, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useLang } from '../shared/i18n';
import { kindColour } from '../shared/kinds';
import { kindLabel, useModel } from '../shared/model';
import { useDebounced } from '../search/useDebounced';
import { ACTOR_KINDS, ACTOR_SUGGEST_QUERY, matchPath } from './matchQueries';

export const ACTOR_SUGGEST_DELAY_MS = 150;

/** On the policy page: find an actor by name and open its policy checklist. */
export function ActorPicker() {
  const { t, lang } = useLang();
  const { model } = useModel();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const prefix = useDebounced(text.trim(), ACTOR_SUGGEST_DELAY_MS);
  const [{ data }] = useQuery({
    query: ACTOR_SUGGEST_QUERY,
    variables: { prefix, kinds: ACTOR_KINDS, first: 8 },
    pause: prefix === '' || prefix !== text.trim(),
  });
  const options = (text.trim() === '' ? [] : (data?.suggest ?? [])).map((s) => ({
    value: s.id,
    label: (
      <div data-testid={`actor-suggestion-${s.id}`}>
        {s.text} <Tag color={kindColour(s.kind)}>{kindLabel(model, s.kind, lang)}</Tag>
      </div>
    ),
  }));
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="policy-actor-search">
      <Typography.Text strong>{t('match.search')}</Typography.Text>
      <AutoComplete
        style={{ width: '100%', marginTop: 8 }}
        value={text}
        options={options}
        onChange={(v) => setText(String(v ?? ''))}
        onSelect={(id) => navigate(matchPath(String(id)))}
        virtual={false}
      >
        <Input data-testid="policy-actor-input" placeholder={t('match.searchPlaceholder')} />
      </AutoComplete>
    </Card>
  );
}
