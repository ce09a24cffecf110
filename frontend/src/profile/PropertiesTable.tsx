import { Descriptions, Space, Typography } from 'antd';
import { useLang } from '../shared/i18n';
import { displayValues, propertyLabel } from '../shared/model';
import { MaskedTag } from '../shared/NodeTags';
import type { PropertyValue } from '../shared/types';

/** Shown in the profile's header instead. */
const HEADER_KEYS = new Set(['name', 'nameEn', 'description', 'descriptionEn', 'illustrative']);

function isLink(v: string) {
  return /^https?:\/\//i.test(v);
}

export function PropertiesTable({ properties }: { properties: PropertyValue[] }) {
  const { t, lang } = useLang();
  const rows = properties.filter((p) => !HEADER_KEYS.has(p.key));
  if (rows.length === 0)
    return <Typography.Text type="secondary">{t('common.empty')}</Typography.Text>;
  return (
    <Descriptions
      data-testid="properties-table"
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      items={rows.map((p) => ({
        key: p.key,
        label: propertyLabel(p, lang),
        children: (
          <Space
            wrap
            size={4}
            data-testid={`prop-${p.key}`}
            data-masked={p.masked ? 'true' : 'false'}
          >
            {displayValues(p, lang).map((v, i) =>
              isLink(v) ? (
                <a
                  key={i}
                  href={v}
                  target="_blank"
                  rel="noreferrer"
                  style={{ wordBreak: 'break-all' }}
                >
                  {v}
                </a>
              ) : (
                <span key={i} style={{ whiteSpace: 'pre-wrap' }}>
                  {v}
                  {i < p.values.length - 1 ? '、' : ''}
                </span>
              ),
            )}
            {p.masked ? <MaskedTag /> : null}
          </Space>
        ),
      }))}
    />
  );
}
