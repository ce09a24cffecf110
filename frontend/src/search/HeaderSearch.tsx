import { useEffect, useRef, useState } from 'react';
import { AutoComplete, Button, Input, Space, Tag } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useLang } from '../shared/i18n';
import { kindColour, profilePath } from '../shared/kinds';
import { kindLabel, useModel } from '../shared/model';
import { searchPath } from './params';
import { SUGGEST_LIMIT, SUGGEST_QUERY } from './queries';
import { useDebounced } from './useDebounced';
import './search.css';

export const SUGGEST_DELAY_MS = 150;

/**
 * The search box of the header: completions while typing (debounced; urql tears down, and so
 * aborts, the request of a prefix that is no longer current), Enter or the button opens the
 * results page, picking a completion opens that node's profile.
 */
export function HeaderSearch() {
  const { t, lang } = useLang();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const { model } = useModel();
  const [text, setText] = useState('');
  const prefix = useDebounced(text.trim(), SUGGEST_DELAY_MS);
  const [{ data }] = useQuery({
    query: SUGGEST_QUERY,
    variables: { prefix, first: SUGGEST_LIMIT },
    pause: prefix === '',
  });
  // Enter on a highlighted completion both selects it and submits the box: the selection wins.
  const picked = useRef(false);

  // On the results page the box shows the query being looked at.
  useEffect(() => {
    if (pathname === '/search') setText(new URLSearchParams(search).get('q') ?? '');
  }, [pathname, search]);

  const suggestions = text.trim() !== '' && prefix !== '' ? (data?.suggest ?? []) : [];
  const options = suggestions.map((s) => ({
    value: s.id,
    label: (
      <div className="bb-suggestion" data-testid={`search-suggestion-${s.id}`}>
        <span className="bb-suggestion-text">{s.text}</span>
        <Tag color={kindColour(s.kind)} className="bb-suggestion-kind">
          {kindLabel(model, s.kind, lang)}
        </Tag>
      </div>
    ),
  }));

  const pick = (id: string) => {
    picked.current = true;
    setTimeout(() => (picked.current = false), 0);
    setText('');
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
        onChange={(v) => setText(String(v ?? ''))}
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
