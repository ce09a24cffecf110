import { Progress, Tag, Tooltip, Typography } from 'antd';
import { useLang } from '../shared/i18n';
import { factorKey, FACTORS, type FactorKey, type FactorName, type Weights } from './journeys';
import type { FactorContribution } from './queries';

export const FACTOR_COLOURS: Record<FactorKey, string> = {
  technology: '#52c41a',
  scenario: '#faad14',
  chain: '#13a8a8',
  profile: '#2f54eb',
  text: '#8c8c8c',
  graph: '#fa8c16',
  policy: '#9254de',
};

export function percent(value: number): string {
  return `${Math.round(value * 1000) / 10}%`;
}

export function useFactorLabel() {
  const { t } = useLang();
  return (factor: FactorName | FactorKey) => t(`workspaces.factors.${factor.toLowerCase()}`);
}

/**
 * The score as one bar: the filled part is the score (0 to 1), made of one segment per factor as long as its
 * contribution, so both what the score is and what it is made of show at a glance.
 */
export function ScoreBar({
  id,
  score,
  factors,
}: {
  id: string;
  score: number;
  factors: FactorContribution[];
}) {
  const { t } = useLang();
  const label = useFactorLabel();
  // Segments in one fixed order (not largest first), so that rows compare at a glance.
  const shown = factors
    .filter((f) => f.contribution > 0)
    .sort((a, b) => FACTORS.indexOf(factorKey(a.factor)) - FACTORS.indexOf(factorKey(b.factor)));
  return (
    <div className="bb-ws-scorebar-row">
      <div
        className="bb-ws-scorebar"
        data-testid={`ws-factors-${id}`}
        role="img"
        aria-label={`${t('workspaces.score')} ${score.toFixed(2)}: ${shown
          .map((f) => `${label(f.factor)} ${f.contribution.toFixed(3)}`)
          .join(', ')}`}
      >
        {shown.map((f) => (
          <Tooltip
            key={f.factor}
            title={`${label(f.factor)}${f.inferred ? `（${t('workspaces.inferred')}）` : ''}: ${t(
              'workspaces.contribution',
            )} ${f.contribution.toFixed(3)} = ${t('workspaces.value')} ${f.value.toFixed(2)} × ${t(
              'workspaces.weight',
            )} ${percent(f.weight)}`}
          >
            <span
              className={`bb-ws-segment${f.inferred ? ' bb-ws-segment-inferred' : ''}`}
              data-testid={`ws-factor-${id}-${f.factor}`}
              data-contribution={f.contribution.toFixed(4)}
              style={{
                width: `${f.contribution * 100}%`,
                background: FACTOR_COLOURS[factorKey(f.factor)],
              }}
            />
          </Tooltip>
        ))}
      </div>
      <Typography.Text strong className="bb-ws-score" data-testid={`ws-score-${id}`}>
        {score.toFixed(2)}
      </Typography.Text>
    </div>
  );
}

/** Each factor of one match: how well the pair does on it, its weight, its part of the score. */
export function FactorTable({ factors }: { factors: FactorContribution[] }) {
  const { t } = useLang();
  const label = useFactorLabel();
  return (
    <div className="bb-ws-factors-wrap">
      <table className="bb-ws-factors" data-testid="ws-factor-table">
        <thead>
          <tr>
            <th />
            <th>{t('workspaces.value')}</th>
            <th>{t('workspaces.weight')}</th>
            <th>{t('workspaces.contribution')}</th>
          </tr>
        </thead>
        <tbody>
          {factors.map((f) => {
            const key = factorKey(f.factor);
            return (
              <tr
                key={f.factor}
                data-testid={`ws-factor-row-${f.factor}`}
                data-value={f.value.toFixed(4)}
                data-weight={f.weight.toFixed(4)}
                data-contribution={f.contribution.toFixed(4)}
              >
                <td>
                  <Tooltip title={t(`workspaces.factorHints.${key}`)}>
                    <span className="bb-ws-swatch" style={{ background: FACTOR_COLOURS[key] }} />
                    {label(f.factor)}
                  </Tooltip>
                  {f.inferred ? (
                    <Tag color="purple" variant="filled" style={{ marginLeft: 6 }}>
                      {t('workspaces.inferred')}
                    </Tag>
                  ) : null}
                </td>
                <td className="bb-ws-value">
                  <Progress
                    percent={Math.round(f.value * 100)}
                    size="small"
                    strokeColor={FACTOR_COLOURS[key]}
                    format={() => f.value.toFixed(2)}
                  />
                </td>
                <td>{percent(f.weight)}</td>
                <td>{f.contribution.toFixed(3)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The weights a result list was ranked with (normalised by the server to sum to 1). */
export function WeightsUsed({ weights, custom }: { weights: Weights; custom: boolean }) {
  const { t } = useLang();
  const label = useFactorLabel();
  return (
    <div className="bb-ws-weights-used" data-testid="ws-weights-used" data-custom={custom}>
      <Typography.Text type="secondary">{t('workspaces.weightsUsed')}：</Typography.Text>
      {FACTORS.map((f) => (
        <Tag
          key={f}
          data-testid={`ws-weight-used-${f}`}
          data-weight={weights[f].toFixed(4)}
          color={weights[f] > 0 ? undefined : 'default'}
          style={{ opacity: weights[f] > 0 ? 1 : 0.5 }}
        >
          <span className="bb-ws-swatch" style={{ background: FACTOR_COLOURS[f] }} />
          {label(f)} {percent(weights[f])}
        </Tag>
      ))}
      {custom ? <Tag color="blue">{t('workspaces.custom')}</Tag> : null}
    </div>
  );
}
