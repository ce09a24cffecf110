import { Button, Card, Col, Result, Row, Skeleton, Space, Typography } from 'antd';
import { AuditOutlined, NodeIndexOutlined, TeamOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { connectionsPath } from '../connections/params';
import { useQuery } from 'urql';
import { ErrorAlert } from '../shared/ErrorAlert';
import { NeighbourGraph } from '../shared/graph/NeighbourGraph';
import { NEIGHBOUR_LIMIT, NEIGHBOURS_QUERY } from '../shared/graph/queries';
import { useLang } from '../shared/i18n';
import { profilePath } from '../shared/kinds';
import { IllustrativeTag, KindTag, MaskedTag } from '../shared/NodeTags';
import { isActorKind, matchPath } from '../policy/matchQueries';
import { journeysFor, matchable, workspacePath } from '../workspaces/journeys';
import { PropertiesTable } from './PropertiesTable';
import { ProvenanceList } from './ProvenanceList';
import { PROFILE_QUERY } from './queries';
import { RelationshipList } from './RelationshipList';

export function ProfilePage() {
  const { t, lang, pick } = useLang();
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({ query: PROFILE_QUERY, variables: { id } });
  const node = data?.node;
  const [hoodResult] = useQuery({
    query: NEIGHBOURS_QUERY,
    variables: { id, first: NEIGHBOUR_LIMIT },
    pause: !node,
  });
  const hood = hoodResult.data?.neighbours;

  if (error) return <ErrorAlert error={error} />;
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (data && !node) return <Result status="404" title={t('common.notFound')} subTitle={id} />;
  if (!node) return null;

  const otherName = lang === 'en' ? (node.nameEn ? node.name : null) : node.nameEn;
  const description = pick(node.description, node.descriptionEn);
  const nameMasked = node.properties.some((p) => p.key === 'name' && p.masked);
  return (
    <div data-testid="profile-page" data-id={node.id}>
      <Card style={{ marginBottom: 16 }}>
        <Space wrap align="center" size={8}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="profile-name">
            {pick(node.name, node.nameEn)}
          </Typography.Title>
          {nameMasked ? <MaskedTag /> : null}
          <KindTag kind={node.kind} />
          <IllustrativeTag show={node.illustrative} />
          {isActorKind(node.kind) ? (
            <Link to={matchPath(node.id)} data-testid="profile-policy-link">
              <Button size="small" icon={<AuditOutlined />}>
                {t('match.button')}
              </Button>
            </Link>
          ) : null}
          {matchable(node)
            ? journeysFor(node.kind).map((j) => (
                <Link
                  key={j.slug}
                  to={workspacePath(j.slug, node.id)}
                  data-testid={
                    j.slug === 'similar' ? 'profile-similar-link' : 'profile-workspace-link'
                  }
                  data-journey={j.slug}
                >
                  <Button size="small" icon={<TeamOutlined />}>
                    {t(`workspaces.journeys.${j.slug}.short`)}
                  </Button>
                </Link>
              ))
            : null}
          <Link to={connectionsPath({ from: node.id })} data-testid="profile-find-connections">
            <Button size="small" icon={<NodeIndexOutlined />}>
              {t('connections.findFromProfile')}
            </Button>
          </Link>
        </Space>
        {otherName ? (
          <div>
            <Typography.Text type="secondary" data-testid="profile-name-other">
              {otherName}
            </Typography.Text>
          </div>
        ) : null}
        <Typography.Text type="secondary" copyable style={{ fontSize: 12 }}>
          {node.id}
        </Typography.Text>
        {description ? (
          <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0, whiteSpace: 'pre-wrap' }}>
            {description}
          </Typography.Paragraph>
        ) : null}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card title={t('profile.properties')} size="small">
            <PropertiesTable properties={node.properties} />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card title={t('profile.provenance')} size="small">
            <ProvenanceList items={node.provenance} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('profile.graph')} size="small">
            <ErrorAlert error={hoodResult.error} />
            {hood ? (
              <NeighbourGraph hood={hood} onOpen={(next) => navigate(profilePath(next))} />
            ) : (
              <Skeleton active />
            )}
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('profile.relationships')} size="small">
            {hood ? (
              <RelationshipList hood={hood} />
            ) : hoodResult.error ? null : (
              <Skeleton active />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
