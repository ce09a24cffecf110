import { Card, Collapse, Descriptions, Skeleton, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useLang } from '../shared/i18n';
import { propText } from '../shared/model';
import { IllustrativeTag } from '../shared/NodeTags';
import { PolicyActorSearch } from './PolicyActorSearch';
import { MeasureDetail } from './MeasureDetail';
import { POLICIES_QUERY, type PolicyData } from './queries';

const CN_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A section's heading with its number, as the text numbers it (一、… / 1. …). */
export function sectionTitle(
  section: { number?: number | null; name: string; nameEn?: string | null },
  lang: 'zh' | 'en',
): string {
  const n = section.number ?? 0;
  if (lang === 'en') return `${n > 0 ? `${n}. ` : ''}${section.nameEn || section.name}`;
  const numeral = CN_NUMERALS[n - 1];
  if (!numeral || section.name.startsWith(numeral)) return section.name;
  return `${numeral}、${section.name}`;
}

function PolicyView({ policy }: { policy: PolicyData }) {
  const { t, lang, pick } = useLang();
  const title = policy.title || propText(policy.properties, 'title') || policy.name;
  const issuer = propText(policy.properties, 'issuer', lang);
  const link = propText(policy.properties, 'link');
  const preamble = propText(policy.properties, 'preamble');
  const closing = propText(policy.properties, 'closing');
  return (
    <Card data-testid={`policy-${policy.id}`} style={{ marginBottom: 16 }}>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="policy-title">
        {title}
      </Typography.Title>
      {policy.nameEn ? <Typography.Text type="secondary">{policy.nameEn}</Typography.Text> : null}
      <IllustrativeTag show={policy.illustrative} />
      <Descriptions
        size="small"
        column={1}
        style={{ marginTop: 12 }}
        items={[
          ...(issuer ? [{ key: 'issuer', label: t('policy.issuer'), children: issuer }] : []),
          ...(link
            ? [
                {
                  key: 'link',
                  label: t('policy.link'),
                  children: (
                    <a
                      href={link}
                      target="_blank"
                      rel="noreferrer"
                      style={{ wordBreak: 'break-all' }}
                    >
                      {link}
                    </a>
                  ),
                },
              ]
            : []),
        ]}
      />
      {lang === 'en' && policy.descriptionEn ? (
        <Typography.Paragraph>{policy.descriptionEn}</Typography.Paragraph>
      ) : null}
      {preamble ? (
        <Typography.Paragraph
          data-testid="policy-preamble"
          style={{ whiteSpace: 'pre-wrap', marginTop: 12 }}
        >
          <Typography.Text strong>{t('policy.preamble')}：</Typography.Text>
          {preamble}
        </Typography.Paragraph>
      ) : null}
      {[...policy.sections]
        .sort((a, b) => (a.number ?? 0) - (b.number ?? 0))
        .map((section) => (
          <div key={section.id} data-testid={`section-${section.number ?? section.id}`}>
            <Typography.Title level={4}>{sectionTitle(section, lang)}</Typography.Title>
            <Collapse
              items={[...section.measures]
                .sort((a, b) => (a.number ?? 0) - (b.number ?? 0))
                .map((m) => ({
                  key: m.id,
                  label: (
                    <span data-testid={`measure-${m.number ?? m.id}`}>
                      <Typography.Text strong>
                        {t('policy.measure', { number: m.number })}
                      </Typography.Text>{' '}
                      {pick(m.name, m.nameEn)}
                    </span>
                  ),
                  extra: (
                    <Link
                      to={`/policy/measure/${m.number}`}
                      onClick={(e) => e.stopPropagation()}
                      data-testid={`measure-link-${m.number}`}
                    >
                      {t('policy.viewMeasure')}
                    </Link>
                  ),
                  children: <MeasureDetail measure={m} />,
                }))}
            />
          </div>
        ))}
      {closing ? (
        <Typography.Paragraph style={{ marginTop: 16, whiteSpace: 'pre-wrap' }}>
          <Typography.Text strong>{t('policy.closing')}：</Typography.Text>
          {closing}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}

export function PolicyPage() {
  const { t } = useLang();
  const [{ data, fetching, error }] = useQuery({ query: POLICIES_QUERY });
  return (
    <div data-testid="policy-page">
      <PolicyActorSearch />
      <ErrorAlert error={error} />
      {fetching && !data ? <Skeleton active paragraph={{ rows: 10 }} /> : null}
      {data?.policies.nodes.map((p) => (
        <PolicyView key={p.id} policy={p} />
      ))}
      {data && data.policies.nodes.length === 0 ? (
        <Space>
          <Typography.Text type="secondary">{t('common.empty')}</Typography.Text>
        </Space>
      ) : null}
    </div>
  );
}
