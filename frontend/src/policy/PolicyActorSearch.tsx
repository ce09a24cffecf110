import { Card, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { ActorPicker } from '../shared/ActorPicker';
import { useLang } from '../shared/i18n';
import { ACTOR_KINDS, matchPath } from './matchQueries';

const TEST_IDS = {
  input: 'policy-actor-input',
  suggestion: (id: string) => `actor-suggestion-${id}`,
};

/** On the policy page: find an actor by name and open its policy checklist. */
export function PolicyActorSearch() {
  const { t } = useLang();
  const navigate = useNavigate();
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="policy-actor-search">
      <Typography.Text strong>{t('match.search')}</Typography.Text>
      <div style={{ marginTop: 8 }}>
        <ActorPicker
          testIds={TEST_IDS}
          kinds={ACTOR_KINDS}
          placeholder={t('match.searchPlaceholder')}
          onPick={(id) => navigate(matchPath(id))}
        />
      </div>
    </Card>
  );
}
