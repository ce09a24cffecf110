import { Empty, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useLang } from '../shared/i18n';
import { browsePath } from '../shared/kinds';
import type { RegionCount } from './queries';

/** Actors per city as horizontal bars: the light bar is all actors, the dark one enterprises. */
export function RegionBars({ regions }: { regions: RegionCount[] }) {
  const { t, pick } = useLang();
  const navigate = useNavigate();
  if (regions.length === 0) return <Empty description={t('common.empty')} />;
  const sorted = [...regions].sort((a, b) => b.count - a.count);
  const max = Math.max(1, ...sorted.map((r) => r.count));
  return (
    <div data-testid="region-bars">
      <div className="bb-region-legend">
        <span>
          <i className="bb-swatch bb-swatch-all" /> {t('home.legendActors')}
        </span>
        <span>
          <i className="bb-swatch bb-swatch-ent" /> {t('home.legendEnterprises')}
        </span>
      </div>
      {sorted.map((r) => (
        <div
          key={r.region.id}
          className="bb-region-row"
          data-testid={`region-count-${r.region.id}`}
          role="button"
          tabIndex={0}
          onClick={() => navigate(browsePath('ENTERPRISE', { region: r.region.id }))}
        >
          <Typography.Text ellipsis>{pick(r.region.name, r.region.nameEn)}</Typography.Text>
          <div className="bb-region-bar" aria-hidden>
            <div style={{ width: `${(100 * r.count) / max}%` }} />
            <div className="bb-region-ent" style={{ width: `${(100 * r.enterprises) / max}%` }} />
          </div>
          <Typography.Text
            style={{ textAlign: 'right' }}
            title={`${t('home.actors')} ${r.count} / ${t('home.enterprises')} ${r.enterprises}`}
          >
            <strong>{r.count}</strong>
            <Typography.Text type="secondary"> / {r.enterprises}</Typography.Text>
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}
