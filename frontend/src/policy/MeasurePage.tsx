import { Breadcrumb, Button, Card, Result, Skeleton, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useLang } from '../shared/i18n';
import { MeasureDetail } from './MeasureDetail';
import { MEASURE_QUERY } from './queries';

export function MeasurePage() {
  const { t, pick } = useLang();
  const number = Number.parseInt(useParams().number ?? '', 10);
  const valid = Number.isInteger(number) && number > 0;
  const [{ data, fetching, error }] = useQuery({
    query: MEASURE_QUERY,
    variables: { number, prev: number - 1, next: number + 1, hasPrev: number > 1 },
    pause: !valid,
  });
  const measure = data?.measure;
  return (
    <div data-testid="measure-page">
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/policy">{t('policy.allMeasures')}</Link> },
          { title: t('policy.measure', { number: valid ? number : '?' }) },
        ]}
      />
      <ErrorAlert error={error} />
      {fetching && !data ? <Skeleton active paragraph={{ rows: 8 }} /> : null}
      {!valid || (data && !measure) ? <Result status="404" title={t('common.notFound')} /> : null}
      {measure ? (
        <Card
          title={
            <Typography.Text strong style={{ whiteSpace: 'normal' }} data-testid="measure-title">
              {t('policy.measure', { number: measure.number })} {pick(measure.name, measure.nameEn)}
            </Typography.Text>
          }
        >
          {measure.section ? (
            <Typography.Paragraph type="secondary">
              {measure.section.policy
                ? `${pick(measure.section.policy.name, measure.section.policy.nameEn)} · `
                : ''}
              {pick(measure.section.name, measure.section.nameEn)}
            </Typography.Paragraph>
          ) : null}
          <MeasureDetail measure={measure} />
          <Space style={{ marginTop: 16 }} wrap>
            {data?.prev ? (
              <Link to={`/policy/measure/${data.prev.number}`} data-testid="measure-prev">
                <Button>
                  ← {t('policy.prev')}: {pick(data.prev.name, data.prev.nameEn)}
                </Button>
              </Link>
            ) : null}
            {data?.next ? (
              <Link to={`/policy/measure/${data.next.number}`} data-testid="measure-next">
                <Button>
                  {t('policy.next')}: {pick(data.next.name, data.next.nameEn)} →
                </Button>
              </Link>
            ) : null}
          </Space>
        </Card>
      ) : null}
    </div>
  );
}
