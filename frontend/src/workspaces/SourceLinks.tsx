import { Button, Space } from 'antd';
import { AuditOutlined, NodeIndexOutlined, ProfileOutlined, TeamOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { connectionsPath } from '../connections/params';
import { isActorKind, matchPath } from '../policy/matchQueries';
import { useLang } from '../shared/i18n';
import { profilePath } from '../shared/kinds';
import { IllustrativeTag } from '../shared/NodeTags';
import { journeysFor, workspacePath } from './journeys';
import type { SourceNode } from './queries';

/**
 * Where else to look at the source: its profile, its policy checklist (actors), its connections and the other
 * journeys that take it.
 */
export function SourceLinks({
  id,
  source,
  journey,
}: {
  id: string;
  source: SourceNode | undefined;
  journey: string;
}) {
  const { t } = useLang();
  return (
    <Space wrap size={4} className="bb-ws-source-links">
      <Link to={profilePath(id)} data-testid="ws-source-profile">
        <Button size="small" icon={<ProfileOutlined />}>
          {t('workspaces.links.profile')}
        </Button>
      </Link>
      {source && isActorKind(source.kind) ? (
        <Link to={matchPath(id)} data-testid="ws-source-policy">
          <Button size="small" icon={<AuditOutlined />}>
            {t('workspaces.links.policy')}
          </Button>
        </Link>
      ) : null}
      <Link to={connectionsPath({ from: id })} data-testid="ws-source-connections">
        <Button size="small" icon={<NodeIndexOutlined />}>
          {t('workspaces.links.connections')}
        </Button>
      </Link>
      {source
        ? journeysFor(source.kind)
            .filter((j) => j.slug !== journey)
            .map((j) => (
              <Link
                key={j.slug}
                to={workspacePath(j.slug, id)}
                data-testid={`ws-source-journey-${j.slug}`}
              >
                <Button size="small" icon={<TeamOutlined />}>
                  {t(`workspaces.journeys.${j.slug}.short`)}
                </Button>
              </Link>
            ))
        : null}
      <IllustrativeTag show={source?.illustrative ?? false} />
    </Space>
  );
}
