import { Button } from 'antd';
import { Link } from 'react-router';
import { useLang } from '../shared/i18n';
import { JOURNEYS, takes, workspacePath, type Journey } from './journeys';

/** The journeys as buttons; the source stays chosen where the other journey takes its kind. */
export function JourneySwitch({
  current,
  sourceKind,
  id,
}: {
  current: Journey;
  sourceKind?: string;
  id: string | null;
}) {
  const { t } = useLang();
  return (
    <div className="bb-ws-journeys" data-testid="ws-journeys">
      {JOURNEYS.map((j) => (
        <Link
          key={j.slug}
          to={workspacePath(j.slug, takes(j, sourceKind) ? id : null)}
          data-testid={`ws-journey-${j.slug}`}
          data-current={j.slug === current.slug}
        >
          <Button size="small" type={j.slug === current.slug ? 'primary' : 'default'}>
            {t(`workspaces.journeys.${j.slug}.name`)}
          </Button>
        </Link>
      ))}
    </div>
  );
}
