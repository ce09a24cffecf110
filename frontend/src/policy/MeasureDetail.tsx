import type { ReactNode } from 'react';
import { Alert, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useLang } from '../shared/i18n';
import { profilePath } from '../shared/kinds';
import { propText } from '../shared/model';
import { IllustrativeTag } from '../shared/NodeTags';
import type { MeasureData, Named } from './queries';
import './policy.css';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="bb-field">
      <Typography.Text strong className="bb-field-label">
        {label}
      </Typography.Text>
      <div className="bb-field-value">{children}</div>
    </div>
  );
}

function NodeLinks({ items, testid }: { items: Named[]; testid: string }) {
  const { t, pick } = useLang();
  if (items.length === 0)
    return <Typography.Text type="secondary">{t('policy.none')}</Typography.Text>;
  return (
    <Space wrap size={[4, 4]} data-testid={testid}>
      {items.map((n) => (
        <Link key={n.id} to={profilePath(n.id)}>
          <Tag>{pick(n.name, n.nameEn)}</Tag>
        </Link>
      ))}
    </Space>
  );
}

/** The responsible bodies in the order the text lists them; the text names no lead. */
export function BodyTags({ measure }: { measure: MeasureData }) {
  const { t, pick } = useLang();
  const n = measure.number ?? measure.id;
  return (
    <div>
      <Space wrap size={[4, 4]} data-testid={`measure-bodies-${n}`}>
        {measure.responsibleBodies.map((b, i) => (
          <Link key={b.id} to={profilePath(b.id)}>
            <Tag data-testid="body-tag" data-order={i + 1} color="blue">
              {i + 1}. {pick(b.name, b.nameEn)}
            </Tag>
          </Link>
        ))}
        {measure.responsibleBodies.length === 0 ? (
          <Typography.Text type="secondary">{t('policy.none')}</Typography.Text>
        ) : null}
      </Space>
      <Typography.Paragraph
        type="secondary"
        style={{ fontSize: 12, margin: '6px 0 0' }}
        data-testid="bodies-note"
      >
        {t('policy.bodiesNote')}
      </Typography.Paragraph>
    </div>
  );
}

export function MeasureDetail({ measure }: { measure: MeasureData }) {
  const { t, lang } = useLang();
  const text = propText(measure.properties, 'text');
  const responsibility = propText(measure.properties, 'responsibilityText');
  const english = lang === 'en' ? measure.descriptionEn : null;
  const summary = lang === 'zh' ? measure.description : null;
  return (
    <div data-testid={`measure-detail-${measure.number ?? measure.id}`}>
      <IllustrativeTag show={measure.illustrative} />
      {english ? <Typography.Paragraph>{english}</Typography.Paragraph> : null}
      {summary && summary !== text ? <Typography.Paragraph>{summary}</Typography.Paragraph> : null}
      {text ? (
        <Alert
          type="info"
          title={t('policy.text')}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Field label={t('policy.bodies')}>
        <BodyTags measure={measure} />
      </Field>
      {responsibility ? <Field label={t('policy.responsibility')}>{responsibility}</Field> : null}
      <Field label={t('policy.instruments')}>
        <NodeLinks items={measure.instruments} testid="measure-instruments" />
      </Field>
      <Field label={t('policy.programmes')}>
        <NodeLinks items={measure.programmes} testid="measure-programmes" />
      </Field>
      {measure.regions.length > 0 ? (
        <Field label={t('policy.regions')}>
          <NodeLinks items={measure.regions} testid="measure-regions" />
        </Field>
      ) : null}
      {measure.scenarios.length > 0 ? (
        <Field label={t('policy.scenarios')}>
          <NodeLinks items={measure.scenarios} testid="measure-scenarios" />
        </Field>
      ) : null}
    </div>
  );
}
