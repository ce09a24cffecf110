import { Card, Col, Row, Skeleton, Space, Statistic, Typography } from 'antd';
import { useQuery } from 'urql';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useLang } from '../shared/i18n';
import { ChainChart } from './ChainChart';
import { KindCards } from './KindCards';
import { RegionBars } from './RegionBars';
import { STATS_QUERY } from './queries';
import './home.css';

export function HomePage() {
  const { t } = useLang();
  const [{ data, fetching, error }] = useQuery({ query: STATS_QUERY, variables: {} });
  const stats = data?.stats;
  return (
    <div data-testid="home-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('app.name')} {t('app.subtitle')}
        <Typography.Text type="secondary" style={{ fontSize: 14, marginLeft: 12 }}>
          {t('app.tagline')}
        </Typography.Text>
      </Typography.Title>
      <ErrorAlert error={error} />
      {fetching && !stats ? <Skeleton active paragraph={{ rows: 8 }} /> : null}
      {stats ? (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Card
            title={t('home.kinds')}
            extra={
              <Space size="large">
                <Statistic
                  title={t('home.totalNodes')}
                  value={stats.totalNodes}
                  styles={{ content: { fontSize: 16 } }}
                />
                <Statistic
                  title={t('home.totalRelationships')}
                  value={stats.totalRelationships}
                  styles={{ content: { fontSize: 16 } }}
                />
              </Space>
            }
          >
            <KindCards counts={stats.byKind} />
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={16}>
              <Card title={t('home.chain')}>
                <ChainChart segments={stats.byChainSegment} />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card title={t('home.byRegion')}>
                <RegionBars regions={stats.byRegion} />
              </Card>
            </Col>
          </Row>
        </Space>
      ) : null}
    </div>
  );
}
