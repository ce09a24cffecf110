import { Button, Empty, List, Popconfirm, Space, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useLang } from '../shared/i18n';
import { profilePath } from '../shared/kinds';
import { KindTag } from '../shared/NodeTags';
import { workspacePath, type JourneySlug } from './journeys';
import type { ShortlistEntry } from './shortlist';

interface Props {
  journey: JourneySlug;
  entries: ShortlistEntry[];
  onRemove: (id: string) => void;
  onClear: () => void;
}

/** The journey's shortlist, kept in this browser: each entry links to its profile and to the source it was found for. */
export function ShortlistPanel({ journey, entries, onRemove, onClear }: Props) {
  const { t, lang, pick } = useLang();
  return (
    <div data-testid="ws-shortlist" data-count={entries.length}>
      {entries.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          data-testid="ws-shortlist-empty"
          description={t('workspaces.shortlist.empty')}
        />
      ) : (
        <List
          size="small"
          dataSource={entries}
          renderItem={(e) => (
            <List.Item
              key={e.id}
              data-testid={`ws-shortlist-item-${e.id}`}
              actions={[
                <Button
                  key="remove"
                  type="text"
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={t('workspaces.shortlist.remove')}
                  data-testid={`ws-shortlist-remove-${e.id}`}
                  onClick={() => onRemove(e.id)}
                />,
              ]}
            >
              <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
                <Space wrap size={4}>
                  <Link to={profilePath(e.id)}>
                    <Typography.Text strong>{pick(e.name, e.nameEn)}</Typography.Text>
                  </Link>
                  <KindTag kind={e.kind} />
                  <Typography.Text type="secondary">{e.score.toFixed(2)}</Typography.Text>
                </Space>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  <Link to={workspacePath(journey, e.sourceId)}>
                    {t('workspaces.shortlist.foundFor', { name: e.sourceName })}
                  </Link>
                  {' · '}
                  {lang === 'en' ? e.reasonEn : e.reasonZh}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
      <Typography.Paragraph
        type="secondary"
        style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}
      >
        {t('workspaces.shortlist.note')}
      </Typography.Paragraph>
      {entries.length > 0 ? (
        <Popconfirm title={t('workspaces.shortlist.clear')} onConfirm={onClear}>
          <Button size="small" data-testid="ws-shortlist-clear" style={{ marginTop: 8 }}>
            {t('workspaces.shortlist.clear')}
          </Button>
        </Popconfirm>
      ) : null}
    </div>
  );
}
