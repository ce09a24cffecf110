import { useState } from 'react';
import { Button, Empty, Skeleton, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useLang } from '../shared/i18n';
import { profilePath } from '../shared/kinds';
import { displayValues } from '../shared/model';
import { IllustrativeTag, MaskedTag } from '../shared/NodeTags';
import type { NodeKind, NodeSummary } from '../shared/types';
import { browseVariables } from './filters';
import { NODES_QUERY } from './queries';
import './browse.css';

const SKIP_KEYS = new Set(['name', 'nameEn', 'description', 'descriptionEn', 'illustrative']);

function Row({ node }: { node: NodeSummary }) {
  const { lang, pick } = useLang();
  const chips = node.properties
    .filter((p) => !SKIP_KEYS.has(p.key) && !p.personal && p.values.length > 0)
    .filter((p) => p.displayZh.join() !== p.values.join() || p.values.length > 1)
    .slice(0, 4);
  const description = pick(node.description, node.descriptionEn);
  return (
    <div className="bb-row" data-testid={`browse-row-${node.id}`}>
      <Space wrap size={4} className="bb-row-title">
        <Link to={profilePath(node.id)}>{pick(node.name, node.nameEn)}</Link>
        {lang === 'zh' && node.nameEn ? (
          <Typography.Text type="secondary">{node.nameEn}</Typography.Text>
        ) : null}
        {node.properties.some((p) => p.key === 'name' && p.masked) ? <MaskedTag /> : null}
        <IllustrativeTag show={node.illustrative} />
      </Space>
      {chips.length > 0 ? (
        <div>
          <Space wrap size={[0, 4]}>
            {chips.flatMap((p) =>
              displayValues(p, lang).map((v) => (
                <Tag key={`${p.key}-${v}`} title={lang === 'en' ? p.labelEn : p.labelZh}>
                  {v}
                </Tag>
              )),
            )}
          </Space>
        </div>
      ) : null}
      {description ? (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '4px 0 0' }}>
          {description}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}

interface ChunkProps {
  kind: NodeKind;
  params: URLSearchParams;
  after: string | null;
  isFirst: boolean;
  isLast: boolean;
  onMore: (cursor: string) => void;
}

/** One page of results; the last shown page offers the next. */
function Chunk({ kind, params, after, isFirst, isLast, onMore }: ChunkProps) {
  const { t } = useLang();
  const [{ data, fetching, error }] = useQuery({
    query: NODES_QUERY,
    variables: browseVariables(kind, params, after),
  });
  const page = data?.nodes;
  return (
    <>
      <ErrorAlert error={error} />
      {isFirst && page ? (
        <Typography.Text data-testid="browse-total" type="secondary">
          {t('common.total', { count: page.totalCount })}
        </Typography.Text>
      ) : null}
      {fetching && !page ? <Skeleton active paragraph={{ rows: 6 }} /> : null}
      {page && page.nodes.length > 0 ? (
        <div className="bb-rows">
          {page.nodes.map((n) => (
            <Row key={n.id} node={n} />
          ))}
        </div>
      ) : null}
      {isFirst && page && page.totalCount === 0 ? <Empty description={t('common.empty')} /> : null}
      {isLast && page?.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
        <div style={{ textAlign: 'center', margin: '12px 0' }}>
          <Button data-testid="load-more" onClick={() => onMore(page.pageInfo.endCursor!)}>
            {t('common.loadMore')}
          </Button>
        </div>
      ) : null}
    </>
  );
}

/** Cursor-paginated results of one kind and filter: pages are appended by “load more”. */
export function BrowseResults({ kind, params }: { kind: NodeKind; params: URLSearchParams }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <div data-testid="browse-results">
      {cursors.map((after, i) => (
        <Chunk
          key={after ?? 'first'}
          kind={kind}
          params={params}
          after={after}
          isFirst={i === 0}
          isLast={i === cursors.length - 1}
          onMore={(c) => setCursors((cs) => (cs.includes(c) ? cs : [...cs, c]))}
        />
      ))}
    </div>
  );
}
