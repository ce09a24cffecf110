import { Card, Col, Empty, Row, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useLang } from '../shared/i18n';
import { browsePath } from '../shared/kinds';
import { propertyCodes, useModel } from '../shared/model';
import { buildChain, isGap, type SegmentTree } from './chain';
import type { SegmentCount } from './queries';

function Segment({ tree, depth }: { tree: SegmentTree; depth: number }) {
  const { t, pick } = useLang();
  const navigate = useNavigate();
  const { item } = tree;
  const gap = isGap(item);
  const open = () => navigate(browsePath('ENTERPRISE', { segment: item.segment.id }));
  return (
    <div className={depth === 0 ? 'bb-seg-group' : undefined}>
      <div
        data-testid={`chain-segment-${item.segment.id}`}
        data-gap={gap ? 'true' : 'false'}
        className={`bb-seg ${gap ? 'bb-seg-gap' : ''} ${depth === 0 ? 'bb-seg-root' : ''}`}
        style={{ marginLeft: depth > 1 ? (depth - 1) * 12 : 0 }}
        role="button"
        tabIndex={0}
        onClick={open}
        onKeyDown={(e) => (e.key === 'Enter' ? open() : undefined)}
      >
        <span className="bb-seg-name">{pick(item.segment.name, item.segment.nameEn)}</span>
        <span className="bb-seg-count">
          {gap ? (
            <Tag className="bb-gap-tag" variant="outlined">
              {t('home.gapTag')}
            </Tag>
          ) : (
            <Typography.Text strong title={t('home.enterprises')}>
              {item.enterprises}
            </Typography.Text>
          )}
        </span>
      </div>
      {tree.children.map((c) => (
        <Segment key={c.item.segment.id} tree={c} depth={depth + 1} />
      ))}
    </div>
  );
}

export function ChainChart({ segments }: { segments: SegmentCount[] }) {
  const { t, lang } = useLang();
  const { model } = useModel();
  const tiers = propertyCodes(model, 'CHAIN_SEGMENT', 'tier');
  const columns = buildChain(segments);
  return (
    <>
      <Typography.Paragraph type="secondary">{t('home.chainHint')}</Typography.Paragraph>
      <Row gutter={[12, 12]} data-testid="chain-chart">
        {columns.map((col) => {
          const code = tiers.find((c) => c.code === col.tier);
          const title = code ? (lang === 'en' ? code.en : code.zh) : col.tier;
          return (
            <Col key={col.tier} xs={24} md={8}>
              <Card
                size="small"
                title={title}
                data-testid={`chain-tier-${col.tier}`}
                className={`bb-tier bb-tier-${col.tier}`}
              >
                {col.roots.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.empty')} />
                ) : (
                  col.roots.map((r) => <Segment key={r.item.segment.id} tree={r} depth={0} />)
                )}
              </Card>
            </Col>
          );
        })}
      </Row>
    </>
  );
}
