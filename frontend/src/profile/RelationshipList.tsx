import { Card, Col, Row, Space, Typography } from 'antd';
import { ArrowLeftOutlined, ArrowRightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useLang } from '../shared/i18n';
import { profilePath } from '../shared/kinds';
import { displayValues, propertyLabel } from '../shared/model';
import { IllustrativeTag, KindTag } from '../shared/NodeTags';
import type { Neighbourhood } from '../shared/types';
import { groupEdges } from './relationships';

export function RelationshipList({ hood }: { hood: Neighbourhood }) {
  const { t, lang, pick } = useLang();
  const groups = groupEdges(hood.edges);
  return (
    <div data-testid="relationships">
      {hood.totalCount > hood.edges.length ? (
        <Typography.Paragraph type="secondary">
          {t('profile.more', { total: hood.totalCount, shown: hood.edges.length })}
        </Typography.Paragraph>
      ) : null}
      {groups.length === 0 ? (
        <Typography.Text type="secondary">{t('common.empty')}</Typography.Text>
      ) : null}
      <Row gutter={[12, 12]}>
        {groups.map((g) => (
          <Col key={g.key} xs={24} md={12} xl={8}>
            <Card
              size="small"
              data-testid={`rel-group-${g.type}-${g.direction}`}
              title={
                <Space size={4}>
                  {g.direction === 'IN' ? <ArrowLeftOutlined /> : <ArrowRightOutlined />}
                  {pick(g.labelZh, g.labelEn)}
                  <Typography.Text type="secondary">({g.edges.length})</Typography.Text>
                </Space>
              }
            >
              {g.edges.map((e) => {
                const extra = e.properties
                  .map((p) => `${propertyLabel(p, lang)}: ${displayValues(p, lang).join('、')}`)
                  .join(' · ');
                return (
                  <div key={`${e.node.id}-${extra}`} style={{ padding: '3px 0' }}>
                    <Space wrap size={4}>
                      <KindTag kind={e.node.kind} />
                      <Link to={profilePath(e.node.id)} data-testid={`rel-link-${e.node.id}`}>
                        {pick(e.node.name, e.node.nameEn)}
                      </Link>
                      <IllustrativeTag show={e.node.illustrative} />
                    </Space>
                    {extra ? (
                      <div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {extra}
                        </Typography.Text>
                      </div>
                    ) : null}
                  </div>
                );
              })}
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  );
}
