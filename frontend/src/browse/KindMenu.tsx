import { Badge, Menu, Select } from 'antd';
import { useQuery } from 'urql';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useLang } from '../shared/i18n';
import { ALL_KINDS, kindColour } from '../shared/kinds';
import { kindLabel, useModel } from '../shared/model';
import type { NodeKind } from '../shared/types';
import { KIND_COUNTS_QUERY } from './queries';

interface Props {
  kind: NodeKind;
  compact: boolean;
  onSelect: (kind: NodeKind) => void;
}

/** Every kind with its count: a side menu on wide screens, a select on narrow ones. */
export function KindMenu({ kind, compact, onSelect }: Props) {
  const { lang, pick } = useLang();
  const { model } = useModel();
  const [{ data, error }] = useQuery({ query: KIND_COUNTS_QUERY });
  const counts = new Map((data?.stats.byKind ?? []).map((k) => [k.kind, k]));
  const kinds = data ? data.stats.byKind.map((k) => k.kind) : ALL_KINDS;
  const label = (k: NodeKind) => {
    const c = counts.get(k);
    return c ? pick(c.labelZh, c.labelEn) : kindLabel(model, k, lang);
  };
  if (compact) {
    return (
      <>
        <ErrorAlert error={error} />
        <Select
          data-testid="kind-select"
          style={{ width: '100%', marginBottom: 12 }}
          value={kind}
          onChange={onSelect}
          options={kinds.map((k) => ({
            value: k,
            label: `${label(k)}${counts.has(k) ? ` (${counts.get(k)!.count})` : ''}`,
          }))}
        />
      </>
    );
  }
  return (
    <>
      <ErrorAlert error={error} />
      <Menu
        data-testid="kind-menu"
        mode="inline"
        selectedKeys={[kind]}
        onClick={(e) => onSelect(e.key as NodeKind)}
        items={kinds.map((k) => ({
          key: k,
          label: (
            <span
              data-testid={`kind-menu-${k}`}
              style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}
            >
              <span>
                <Badge color={kindColour(k)} /> {label(k)}
              </span>
              {counts.has(k) ? (
                <span style={{ color: '#8c8c8c' }}>{counts.get(k)!.count}</span>
              ) : null}
            </span>
          ),
        }))}
      />
    </>
  );
}
