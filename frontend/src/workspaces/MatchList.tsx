import { Button, List, Space, Tag, Tooltip, Typography } from 'antd';
import { StarFilled, StarOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useLang } from '../shared/i18n';
import { profilePath } from '../shared/kinds';
import { IllustrativeTag, KindTag, MaskedTag } from '../shared/NodeTags';
import { ScoreBar } from './FactorBars';
import type { Journey } from './journeys';
import type { MatchData, MatchGap, MatchNode } from './queries';

/** Whether the server masked the node's name (talent): the workspace then shows the mask, never more. */
export function nameMasked(node: { properties?: { key: string; masked: boolean }[] }): boolean {
  return (node.properties ?? []).some((p) => p.key === 'name' && p.masked);
}

/** The match's name, linked to its profile (`testId` on the link). */
export function MatchName({ node, testId }: { node: MatchNode; testId: string }) {
  const { pick } = useLang();
  return (
    <Space wrap size={4}>
      <Link to={profilePath(node.id)} data-testid={testId} onClick={(e) => e.stopPropagation()}>
        <Typography.Text strong>{pick(node.name, node.nameEn)}</Typography.Text>
      </Link>
      {nameMasked(node) ? <MaskedTag /> : null}
      {node.headline ? <Typography.Text type="secondary">{node.headline}</Typography.Text> : null}
      <KindTag kind={node.kind} />
      <IllustrativeTag show={node.illustrative} />
    </Space>
  );
}

export function Gaps({ id, gaps }: { id: string; gaps: MatchGap[] }) {
  const { t, lang } = useLang();
  if (gaps.length === 0) {
    return (
      <div className="bb-ws-gaps" data-testid={`ws-gaps-${id}`} data-count={0}>
        <Tag color="green">{t('workspaces.noGaps')}</Tag>
      </div>
    );
  }
  return (
    <div className="bb-ws-gaps" data-testid={`ws-gaps-${id}`} data-count={gaps.length}>
      <Typography.Text type="secondary">{t('workspaces.gaps')}：</Typography.Text>
      {gaps.map((g, i) => (
        <Tag
          key={`${g.kind}-${g.technologyId ?? i}`}
          data-testid="ws-gap"
          data-kind={g.kind}
          data-mandatory={g.mandatory}
          data-partly={g.partlyCovered}
          color={g.partlyCovered ? 'orange' : g.mandatory ? 'red' : 'default'}
        >
          {lang === 'en' ? g.labelEn : g.labelZh}
          {g.mandatory ? `（${t('workspaces.mandatory')}）` : ''}
          {g.partlyCovered ? ` · ${t('workspaces.partly')}` : ''}
        </Tag>
      ))}
    </div>
  );
}

interface Props {
  journey: Journey;
  matches: MatchData[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  listed: (id: string) => boolean;
  onToggle: (match: MatchData) => void;
}

/** The ranked proposals: rank, name (to the profile), score as factor bars, the reason, gaps, a shortlist star. */
export function MatchList({ journey, matches, selectedId, onSelect, listed, onToggle }: Props) {
  const { t, lang } = useLang();
  return (
    <List
      data-testid="ws-results"
      dataSource={matches}
      renderItem={(m) => {
        const id = m.node.id;
        const selected = id === selectedId;
        const inList = listed(id);
        return (
          <List.Item
            key={id}
            data-testid={`ws-match-${id}`}
            data-rank={m.rank}
            data-score={m.score.toFixed(4)}
            data-selected={selected}
            className={`bb-ws-match${selected ? ' bb-ws-match-selected' : ''}`}
            onClick={() => onSelect(id)}
          >
            <div className="bb-ws-match-body">
              <div className="bb-ws-match-head">
                <span className="bb-ws-rank">{m.rank}</span>
                <div className="bb-ws-match-name">
                  <MatchName node={m.node} testId={`ws-open-${id}`} />
                </div>
                <Tooltip
                  title={inList ? t('workspaces.shortlist.remove') : t('workspaces.shortlist.add')}
                >
                  <Button
                    type="text"
                    size="small"
                    data-testid={`ws-shortlist-toggle-${id}`}
                    data-listed={inList}
                    aria-label={
                      inList ? t('workspaces.shortlist.remove') : t('workspaces.shortlist.add')
                    }
                    aria-pressed={inList}
                    icon={inList ? <StarFilled style={{ color: '#faad14' }} /> : <StarOutlined />}
                    onClick={(e) => {
                      e.stopPropagation();
                      onToggle(m);
                    }}
                  />
                </Tooltip>
              </div>
              <ScoreBar id={id} score={m.score} factors={m.factors} />
              <div className="bb-ws-reason" data-testid={`ws-reason-${id}`}>
                {lang === 'en' ? m.reasonEn : m.reasonZh}
              </div>
              {journey.gaps ? <Gaps id={id} gaps={m.gaps} /> : null}
            </div>
          </List.Item>
        );
      }}
    />
  );
}
