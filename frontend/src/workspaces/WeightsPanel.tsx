import { useState } from 'react';
import { Alert, Button, Collapse, InputNumber, Slider, Space, Typography } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { useLang } from '../shared/i18n';
import { FACTOR_COLOURS, useFactorLabel } from './FactorBars';
import { FACTORS, MAX_WEIGHT, round, validWeights, type Weights } from './journeys';

interface Props {
  /** What the inputs start from: the request's own weights, or the weights the server used (as percentages). */
  current: Weights;
  /** Whether the request carries weights of its own. */
  custom: boolean;
  onApply: (weights: Weights) => void;
  onReset: () => void;
}

/**
 * Weights for this request. All seven are sent together, so the proportions shown are the proportions used
 * (overriding one factor alone would mix it with configured weights on another scale).
 */
export function WeightsPanel({ current, custom, onApply, onReset }: Props) {
  const { t } = useLang();
  const label = useFactorLabel();
  const [draft, setDraft] = useState<Weights>(current);
  // A new starting point (another request's weights) replaces the draft.
  const key = FACTORS.map((f) => current[f]).join(',');
  const [draftFor, setDraftFor] = useState(key);
  if (draftFor !== key) {
    setDraftFor(key);
    setDraft(current);
  }
  const valid = validWeights(draft);
  const changed = FACTORS.some((f) => draft[f] !== current[f]);
  const set = (f: (typeof FACTORS)[number], v: number | null) =>
    setDraft((d) => ({ ...d, [f]: v === null ? 0 : round(v) }));

  return (
    <Collapse
      size="small"
      className="bb-ws-advanced"
      data-testid="ws-advanced"
      items={[
        {
          key: 'weights',
          label: (
            <span data-testid="ws-advanced-toggle">
              <SettingOutlined /> {t('workspaces.advanced')}
            </span>
          ),
          children: (
            <div>
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {t('workspaces.advancedHint')}
              </Typography.Paragraph>
              {FACTORS.map((f) => (
                <div key={f} className="bb-ws-weight-row">
                  <span className="bb-ws-weight-label">
                    <span className="bb-ws-swatch" style={{ background: FACTOR_COLOURS[f] }} />
                    {label(f)}
                  </span>
                  <Slider
                    className="bb-ws-weight-slider"
                    min={0}
                    max={MAX_WEIGHT}
                    step={0.5}
                    value={draft[f]}
                    onChange={(v) => set(f, v)}
                    tooltip={{ formatter: null }}
                  />
                  <InputNumber
                    size="small"
                    min={0}
                    max={MAX_WEIGHT}
                    step={1}
                    value={draft[f]}
                    onChange={(v) => set(f, v)}
                    data-testid={`ws-weight-${f}`}
                    aria-label={label(f)}
                    style={{ width: 80 }}
                  />
                </div>
              ))}
              {!valid ? (
                <Alert
                  type="warning"
                  showIcon
                  data-testid="ws-weights-invalid"
                  title={t('workspaces.allZero')}
                  style={{ marginTop: 8 }}
                />
              ) : null}
              <Space style={{ marginTop: 8 }}>
                <Button
                  type="primary"
                  size="small"
                  data-testid="ws-weights-apply"
                  disabled={!valid || !changed}
                  onClick={() => onApply(draft)}
                >
                  {t('workspaces.apply')}
                </Button>
                <Button
                  size="small"
                  data-testid="ws-weights-reset"
                  disabled={!custom}
                  onClick={onReset}
                >
                  {t('workspaces.reset')}
                </Button>
              </Space>
            </div>
          ),
        },
      ]}
    />
  );
}
