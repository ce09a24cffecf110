import { useEffect, useRef, useState } from 'react';
import { AutoComplete, Button, Input, Space, Tag } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router';
import { useClient, useQuery } from 'urql';
import { useLang } from '../shared/i18n';
import { kindColour, profilePath } from '../shared/kinds';
import { kindLabel, MODEL_QUERY, useModel } from '../shared/model';
import type { NodeKind } from '../shared/types';
import { searchPath } from './params';
import { SUGGEST_LIMIT, SUGGEST_QUERY } from './queries';
import { useDebounced } from './useDebounced';
import './search.css';

export const SUGGEST_DELAY_MS = 150;

/** The kind of a completion; it reads the model only while completions are shown. */
function SuggestionKind({ kind }: { kind: NodeKind }) {
  const { lang } = useLang();
  const { model } = useModel();
  return (
    <Tag color={kindColour(kind)} className="bb-suggestion-kind">
      {kindLabel(model, kind, lang)}
    </Tag>
  );
}

/**
 * The search box of the header: completions while typing (debounced; urql tears down, and so
 * aborts, the request of a prefix that is no longer current), Enter or the button opens the
 * results page, picking a completion opens that node's profile.
 */
export function HeaderSearch() {
  const { t } = useLang();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const [text, setText] = useState('');
  // Completions are for what the user types, not for a query the box merely shows.
  const [typed, setTyped] = useState(false);
  const prefix = useDebounced(text.trim(), SUGGEST_DELAY_MS);
  const settled = prefix !== '' && prefix === text.trim();
  const [{ data }] = useQuery({
    query: SUGGEST_QUERY,
    variables: { prefix, first: SUGGEST_LIMIT },
    pause: !typed || !settled,
  });
  // Kind labels of completions come from the model: fetch it into the cache on first focus.
  const client = useClient();
  const modelAsked = useRef(false);
  const prefetchModel = () => {
    if (modelAsked.current) return;
    modelAsked.current = true;
    void client.query(MODEL_QUERY, {}).toPromise();
  };
  // Enter on a highlighted completion both selects it and submits the box: the selection wins.
  const picked = useRef(false);

  // On the results page the box shows the query being looked at.
  useEffect(() => {
    if (pathname !== '/search') return;
    setText(new URLSearchParams(search).get('q') ?? '');
    setTyped(false);
  }, [pathname, search]);

  const suggestions = typed && text.trim() !== '' ? (data?.suggest ?? []) : [];
  const options = suggestions.map((s) => ({
    value: s.id,
    label: (
      <div className="bb-suggestion" data-testid={`search-suggestion-${s.id}`}>
        <span className="bb-suggestion-text">{s.text}</span>
        <SuggestionKind kind={s.kind} />
      </div>
    ),
  }));

  const pick = (id: string) => {
    picked.current = true;
    setTimeout(() => (picked.current = false), 0);
    setText('');
    setTyped(false);
    navigate(profilePath(id));
  };
  const submit = (value: string) => {
    if (picked.current) return;
    setTimeout(() => {
      const q = value.trim();
      if (!picked.current && q !== '') navigate(searchPath(q));
    }, 0);
  };

  return (
    <Space.Compact className="bb-header-search">
      <AutoComplete
        className="bb-header-search-box"
        value={text}
        options={options}
        onChange={(v) => {
          setText(String(v ?? ''));
          setTyped(true);
        }}
        onSelect={(id) => pick(String(id))}
        defaultActiveFirstOption={false}
        popupMatchSelectWidth={false}
        virtual={false}
      >
        <Input
          data-testid="search-input"
          type="search"
          aria-label={t('search.button')}
          placeholder={t('search.placeholder')}
          onFocus={prefetchModel}
          onPressEnter={(e) => submit(e.currentTarget.value)}
        />
      </AutoComplete>
      <Button
        data-testid="search-submit"
        type="primary"
        icon={<SearchOutlined />}
        aria-label={t('search.button')}
        onClick={() => submit(text)}
      />
    </Space.Compact>
  );
}
