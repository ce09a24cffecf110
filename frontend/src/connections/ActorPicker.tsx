import { useState } from 'react';
import { AutoComplete, Button, Input, Space, Tag, Typography } from 'antd';
import { CloseOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useLang } from '../shared/i18n';
import { kindColour } from '../shared/kinds';
import { kindLabel, useModel } from '../shared/model';
import { SUGGEST_LIMIT, SUGGEST_QUERY } from '../search/queries';
import { SUGGEST_DELAY_MS } from '../search/HeaderSearch';
import { useDebounced } from '../search/useDebounced';
import type { EndpointNode } from './queries';

interface Props {
  /** `from` or `to`: names the test ids (`connections-from`, `connections-suggestion-from-<id>` …). */
  side: 'from' | 'to';
  label: string;
  /** The picked node, or null (its id may be known before its name has loaded). */
  value: { id: string; node?: EndpointNode } | null;
  onPick: (id: string) => void;
  onClear: () => void;
}

/** Picks one node with the search suggestions the header box uses (Chinese, English, pinyin). */
export function ActorPicker({ side, label, value, onPick, onClear }: Props) {
  const { t, lang, pick } = useLang();
  const { model } = useModel();
  const [text, setText] = useState('');
  const prefix = useDebounced(text.trim(), SUGGEST_DELAY_MS);
  const settled = prefix !== '' && prefix === text.trim();
  const [{ data }] = useQuery({
    query: SUGGEST_QUERY,
    variables: { prefix, first: SUGGEST_LIMIT },
    pause: !settled || value !== null,
  });

  if (value) {
    const name = value.node ? pick(value.node.name, value.node.nameEn) : value.id;
    return (
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        <Typography.Text type="secondary">{label}</Typography.Text>
        <Space wrap data-testid={`connections-${side}-selected`} data-id={value.id}>
          {value.node ? (
            <Tag color={kindColour(value.node.kind)}>{kindLabel(model, value.node.kind, lang)}</Tag>
          ) : null}
          <Typography.Text strong>{name}</Typography.Text>
          <Button
            size="small"
            type="text"
            icon={<CloseOutlined />}
            aria-label={t('connections.clear')}
            data-testid={`connections-clear-${side}`}
            onClick={() => {
              setText('');
              onClear();
            }}
          />
        </Space>
      </Space>
    );
  }

  const suggestions = text.trim() !== '' ? (data?.suggest ?? []) : [];
  const options = suggestions.map((s) => ({
    value: s.id,
    label: (
      <div className="bb-suggestion" data-testid={`connections-suggestion-${side}-${s.id}`}>
        <span className="bb-suggestion-text">{s.text}</span>
        <Tag color={kindColour(s.kind)} className="bb-suggestion-kind">
          {kindLabel(model, s.kind, lang)}
        </Tag>
      </div>
    ),
  }));
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%' }}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <AutoComplete
        style={{ width: '100%' }}
        value={text}
        options={options}
        onChange={(v) => setText(String(v ?? ''))}
        onSelect={(id) => {
          setText('');
          onPick(String(id));
        }}
        popupMatchSelectWidth={false}
        virtual={false}
      >
        <Input
          data-testid={`connections-${side}`}
          aria-label={label}
          placeholder={t('connections.placeholder')}
        />
      </AutoComplete>
    </Space>
  );
}
