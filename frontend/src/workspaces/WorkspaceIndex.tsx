import { Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { useLang } from '../shared/i18n';
import { JOURNEYS, workspacePath } from './journeys';
import './workspaces.css';

/** `/match`: the journeys, one card each. */
export function WorkspaceIndex() {
  const { t } = useLang();
  return (
    <div data-testid="ws-index">
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('workspaces.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('workspaces.intro')}
        </Typography.Paragraph>
      </Card>
      <Row gutter={[16, 16]}>
        {JOURNEYS.map((j) => (
          <Col key={j.slug} xs={24} md={12} xl={8}>
            <Link to={workspacePath(j.slug)} data-testid={`ws-journey-card-${j.slug}`}>
              <Card hoverable size="small" title={t(`workspaces.journeys.${j.slug}.name`)}>
                <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                  {t(`workspaces.journeys.${j.slug}.intro`)}
                </Typography.Paragraph>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </div>
  );
}
