import { useEffect, useState } from 'react';
import {
  Button,
  Card,
  Col,
  Empty,
  List,
  Row,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { SwapOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useLang } from '../shared/i18n';
import { profilePath } from '../shared/kinds';
import { ActorPicker } from '../shared/ActorPicker';
import { connectionsPath, readParams, type ConnectionParams } from './params';
import { PathGraph } from '../shared/graph/PathGraph';
import {
  CONNECTIONS_QUERY,
  ENDPOINTS_QUERY,
  PATHS_PER_PAGE,
  type ConnectionPath,
  type PathStrength,
} from './queries';
import './connections.css';

const STRENGTH_COLOURS: Record<PathStrength, string> = {
  CONCRETE: 'green',
  TOPICAL: 'blue',
  STRUCTURAL: 'default',
};

/** The test ids of the two ends (`connections-from`, `connections-suggestion-from-<id>` …). */
function pickerTestIds(side: 'from' | 'to') {
  return {
    input: `connections-${side}`,
    suggestion: (id: string) => `connections-suggestion-${side}-${id}`,
    selected: `connections-${side}-selected`,
    clear: `connections-clear-${side}`,
  };
}

/** `/connections?from=…&to=…&hops=…`: how two actors are connected, as a list of paths and a drawing of one. */
export function ConnectionsPage() {
  const { t, lang } = useLang();
  const navigate = useNavigate();
  const client = useClient();
  const [search] = useSearchParams();
  const params = readParams(search);
  const { from, to, maxHops } = params;
  const go = (next: Partial<ConnectionParams>) =>
    navigate(connectionsPath({ ...params, ...next }), { replace: true });

  const ids = [from, to].filter((id): id is string => id !== null);
  const [endpoints] = useQuery({
    query: ENDPOINTS_QUERY,
    variables: { ids },
    pause: ids.length === 0,
  });
  const known = new Map((endpoints.data?.nodesById ?? []).map((n) => [n.id, n]));

  const ready = from !== null && to !== null && from !== to;
  const [result] = useQuery({
    query: CONNECTIONS_QUERY,
    variables: { fromId: from ?? '', toId: to ?? '', maxHops, first: PATHS_PER_PAGE },
    pause: !ready,
  });
  const [more, setMore] = useState<{ paths: ConnectionPath[]; cursor: string | null } | null>(null);
  const [moreError, setMoreError] = useState<Error | null>(null);
  const [selected, setSelected] = useState(0);
  useEffect(() => {
    setMore(null);
    setSelected(0);
    setMoreError(null);
  }, [from, to, maxHops]);

  const first = result.data?.connections;
  const paths = [...(first?.paths ?? []), ...(more?.paths ?? [])];
  const cursor = more ? more.cursor : first?.pageInfo.hasNextPage ? first.pageInfo.endCursor : null;
  const loadMore = async () => {
    if (!ready || !cursor) return;
    const next = await client
      .query(CONNECTIONS_QUERY, {
        fromId: from,
        toId: to,
        maxHops,
        first: PATHS_PER_PAGE,
        after: cursor,
      })
      .toPromise();
    if (next.error || !next.data) {
      setMoreError(next.error ?? new Error('no data'));
      return;
    }
    const page = next.data.connections;
    setMore((m) => ({
      paths: [...(m?.paths ?? []), ...page.paths],
      cursor: page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null,
    }));
  };
  const shown = paths[Math.min(selected, paths.length - 1)];

  return (
    <div data-testid="connections-page" data-loading={result.fetching ? 'true' : 'false'}>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('connections.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('connections.intro')}</Typography.Paragraph>
        <Row gutter={[16, 12]} align="bottom">
          <Col xs={24} md={10}>
            <ActorPicker
              testIds={pickerTestIds('from')}
              label={t('connections.from')}
              placeholder={t('connections.placeholder')}
              value={from ? { id: from, ...known.get(from) } : null}
              onPick={(id) => go({ from: id })}
              onClear={() => go({ from: null })}
            />
          </Col>
          <Col xs={24} md={10}>
            <ActorPicker
              testIds={pickerTestIds('to')}
              label={t('connections.to')}
              placeholder={t('connections.placeholder')}
              value={to ? { id: to, ...known.get(to) } : null}
              onPick={(id) => go({ to: id })}
              onClear={() => go({ to: null })}
            />
          </Col>
          <Col xs={24} md={4}>
            <Space>
              <Select
                data-testid="connections-max-hops"
                aria-label={t('connections.maxHops')}
                value={maxHops}
                onChange={(hops) => go({ maxHops: hops })}
                options={[1, 2, 3, 4].map((n) => ({
                  value: n,
                  label: `${t('connections.maxHops')} ${t('connections.hops', { count: n })}`,
                }))}
              />
              <Button
                data-testid="connections-swap"
                icon={<SwapOutlined />}
                aria-label={t('connections.swap')}
                disabled={!from && !to}
                onClick={() => go({ from: to, to: from })}
              />
            </Space>
          </Col>
        </Row>
      </Card>

      <ErrorAlert error={result.error ?? endpoints.error ?? moreError} />
      {!ready ? (
        <Card>
          <Typography.Text type="secondary" data-testid="connections-prompt">
            {t('connections.pick')}
          </Typography.Text>
        </Card>
      ) : result.fetching && !first ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : first && paths.length === 0 ? (
        <Card>
          <Empty
            data-testid="connections-empty"
            description={
              <>
                <div>{t('connections.empty', { hops: maxHops })}</div>
                <Typography.Text type="secondary">{t('connections.emptyHint')}</Typography.Text>
              </>
            }
          />
        </Card>
      ) : first ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={10}>
            <Card
              size="small"
              title={
                <span data-testid="connections-total">
                  {t('connections.total', { count: first.totalCount })}
                </span>
              }
            >
              <List
                data-testid="connections-results"
                dataSource={paths}
                renderItem={(path, i) => (
                  <List.Item
                    key={path.id}
                    data-testid={`connections-path-${i}`}
                    data-path-id={path.id}
                    data-selected={i === selected ? 'true' : 'false'}
                    className={`bb-path-item${i === selected ? ' bb-path-item-selected' : ''}`}
                    onClick={() => setSelected(i)}
                  >
                    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                      <Typography.Text>
                        {lang === 'en' ? path.descriptionEn : path.descriptionZh}
                      </Typography.Text>
                      <Space wrap size={[4, 4]}>
                        <Tag>{t('connections.hops', { count: path.length })}</Tag>
                        {[...new Set(path.relationships.map((r) => r.strength))].map((s) => (
                          <Tag key={s} color={STRENGTH_COLOURS[s]}>
                            {t(`connections.strength.${s}`)}
                          </Tag>
                        ))}
                      </Space>
                    </Space>
                  </List.Item>
                )}
              />
              {cursor ? (
                <Button
                  block
                  data-testid="connections-load-more"
                  onClick={() => void loadMore()}
                  style={{ marginTop: 8 }}
                >
                  {t('common.loadMore')}
                </Button>
              ) : null}
              <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
                {t('connections.hubNote', { degree: first.hubDegree })}
              </Typography.Paragraph>
            </Card>
          </Col>
          <Col xs={24} lg={14}>
            <Card size="small" title={t('connections.graph')}>
              {shown ? <PathGraph path={shown} onOpen={(id) => navigate(profilePath(id))} /> : null}
            </Card>
          </Col>
        </Row>
      ) : null}
    </div>
  );
}
