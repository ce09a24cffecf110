import { Tag, Tooltip } from 'antd';
import { ExperimentOutlined, LockOutlined } from '@ant-design/icons';
import { useLang } from './i18n';
import { kindColour } from './kinds';
import { kindLabel, useModel } from './model';

/** The visible mark of fictional example data. */
export function IllustrativeTag({ show = true }: { show?: boolean }) {
  const { t } = useLang();
  if (!show) return null;
  return (
    <Tooltip title="示例数据 / Illustrative">
      <Tag data-testid="illustrative-tag" color="gold" icon={<ExperimentOutlined />}>
        {t('common.illustrative')}
      </Tag>
    </Tooltip>
  );
}

/** The mark of personal data the server masked. */
export function MaskedTag() {
  const { t } = useLang();
  return (
    <Tag data-testid="masked-tag" icon={<LockOutlined />}>
      {t('common.masked')}
    </Tag>
  );
}

export function KindTag({ kind }: { kind: string }) {
  const { lang } = useLang();
  const { model } = useModel();
  return (
    <Tag data-testid="kind-tag" color={kindColour(kind)}>
      {kindLabel(model, kind, lang)}
    </Tag>
  );
}
