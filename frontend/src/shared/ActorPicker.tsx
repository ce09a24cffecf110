import { useState, type ReactNode } from 'react';
import { AutoComplete, Button, Input, Space, Tag, Typography } from 'antd';
import { CloseOutlined } from '@ant-design/icons';
import { gql } from '@urql/core';
import { useQuery } from 'urql';
import { useDebounced } from '../search/useDebounced';
import { useLang } from './i18n';
import { kindColour } from './kinds';
import { kindLabel, useModel } from './model';
import type { NodeKind } from './types';
import '../search/search.css';

/** Completions are asked for once typing has paused this long. */
export const PICKER_SUGGEST_DELAY_MS = 150;
export const PICKER_SUGGEST_LIMIT = 8;

export interface PickerSuggestion {
  id: string;
  kind: NodeKind;
  text: string;
}

/** Search suggestions (Chinese, English, pinyin), optionally of some kinds only. Talent come by headline, never by name. */
export const PICKER_SUGGEST_QUERY = gql<
  { suggest: PickerSuggestion[] },
  { prefix: string; kinds: NodeKind[] | null; first: number }
>`
  query ActorSuggest($prefix: String!, $kinds: [NodeKind!], $first: Int) {
    suggest(prefix: $prefix, kinds: $kinds, first: $first) {
      id
      kind
      text
    }
  }
`;

/** The picked node as the picker shows it. */
export interface PickedNode {
  id: string;
  kind?: NodeKind;
  name?: string;
  nameEn?: string | null;
}

/** Test ids of one picker, so that each page keeps the ids its browser tests and README name. */
export interface PickerTestIds {
  /** The `<input>`. */
  input: string;
  /** Each completion. */
  suggestion: (id: string) => string;
  /** The picked node (with `data-id`). */
  selected?: string;
  /** The button that clears the pick. */
  clear?: string;
}

interface Props {
  testIds: PickerTestIds;
  /** Only these kinds are suggested (all kinds when left out). */
  kinds?: NodeKind[];
  label?: ReactNode;
  placeholder: string;
  /** The picked node, or null; its id may be known before its name has loaded. */
  value?: PickedNode | null;
  onPick: (id: string) => void;
  onClear?: () => void;
  /** Shown after the picked node's name (links to its profile and the like). */
  extra?: ReactNode;
}

/**
 * Picks one node with the search suggestions (the connection finder's two ends, the policy page's actor search, a
 * workspace's source). With `value` set it shows the pick and a clear button instead of the box.
 */
export function ActorPicker({
  testIds,
  kinds,
  label,
  placeholder,
  value = null,
  onPick,
  onClear,
  extra,
}: Props) {
  const { t, lang, pick } = useLang();
  const { model } = useModel();
  const [text, setText] = useState('');
  const prefix = useDebounced(text.trim(), PICKER_SUGGEST_DELAY_MS);
  const settled = prefix !== '' && prefix === text.trim();
  const [{ data }] = useQuery({
    query: PICKER_SUGGEST_QUERY,
    variables: { prefix, kinds: kinds ?? null, first: PICKER_SUGGEST_LIMIT },
    pause: !settled || value !== null,
  });
  const caption = label ? <Typography.Text type="secondary">{label}</Typography.Text> : null;

  if (value) {
    const name = value.name ? pick(value.name, value.nameEn) : value.id;
    return (
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        {caption}
        <Space wrap data-testid={testIds.selected} data-id={value.id}>
          {value.kind ? (
            <Tag color={kindColour(value.kind)}>{kindLabel(model, value.kind, lang)}</Tag>
          ) : null}
          <Typography.Text strong>{name}</Typography.Text>
          {extra}
          {onClear ? (
            <Button
              size="small"
              type="text"
              icon={<CloseOutlined />}
              aria-label={t('connections.clear')}
              data-testid={testIds.clear}
              onClick={() => {
                setText('');
                onClear();
              }}
            />
          ) : null}
        </Space>
      </Space>
    );
  }

  const suggestions = text.trim() !== '' ? (data?.suggest ?? []) : [];
  // Talent come by headline and positions by title, which repeat: the id tells such completions apart.
  const repeated = new Set(
    suggestions.map((s) => s.text).filter((x, i, all) => all.indexOf(x) !== i),
  );
  const options = suggestions.map((s) => ({
    value: s.id,
    label: (
      <div className="bb-suggestion" data-testid={testIds.suggestion(s.id)}>
        <span className="bb-suggestion-text">
          {s.text}
          {repeated.has(s.text) ? <span className="bb-suggestion-id"> {s.id}</span> : null}
        </span>
        <Tag color={kindColour(s.kind)} className="bb-suggestion-kind">
          {kindLabel(model, s.kind, lang)}
        </Tag>
      </div>
    ),
  }));
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%' }}>
      {caption}
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
          data-testid={testIds.input}
          aria-label={typeof label === 'string' ? label : placeholder}
          placeholder={placeholder}
        />
      </AutoComplete>
    </Space>
  );
}
