import { Typography } from 'antd';
import { useLang } from '../shared/i18n';
import type { Provenance } from '../shared/types';
import './profile.css';

function day(iso?: string | null) {
  return iso ? iso.slice(0, 10) : undefined;
}

export function ProvenanceList({ items }: { items: Provenance[] }) {
  const { t } = useLang();
  return (
    <div data-testid="provenance-list">
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t('common.empty')}</Typography.Text>
      ) : null}
      {items.map((p, i) => (
        <div key={i} className="bb-provenance" data-testid="provenance-item">
          <div style={{ minWidth: 0 }}>
            <Typography.Text strong style={{ display: 'block' }}>
              {p.source}
            </Typography.Text>
            {p.reference ? (
              <div style={{ overflowWrap: 'anywhere' }}>
                {t('profile.reference')}:{' '}
                {/^https?:\/\//.test(p.reference) ? (
                  <a href={p.reference} target="_blank" rel="noreferrer">
                    {p.reference}
                  </a>
                ) : (
                  p.reference
                )}
              </div>
            ) : null}
            <Typography.Text
              type="secondary"
              style={{ fontSize: 12, overflowWrap: 'anywhere', display: 'block' }}
            >
              {p.origin ? `${t('profile.origin')}: ${p.origin} · ` : ''}
              {p.recordedAt ? `${t('profile.recordedAt')} ${day(p.recordedAt)}` : ''}
              {p.confirmedAt ? ` · ${t('profile.confirmedAt')} ${day(p.confirmedAt)}` : ''}
            </Typography.Text>
          </div>
        </div>
      ))}
    </div>
  );
}
