import { useState } from 'react';
import { Alert, Button, Card, Segmented, Skeleton, Space, Tag, Tooltip, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useLang } from '../shared/i18n';
import { profilePath } from '../shared/kinds';
import { IllustrativeTag, KindTag } from '../shared/NodeTags';
import {
  MATCH_PAGE,
  POLICY_MATCHES_QUERY,
  type CriterionResultData,
  type MatchStatus,
  type MeasureMatchData,
  type Outcome,
  type RouteData,
} from './matchQueries';
import './policy.css';

const STATUS_COLOUR: Record<MatchStatus, string> = {
  APPLIES: 'green',
  POSSIBLY: 'orange',
  DOES_NOT_APPLY: 'default',
};

export function StatusTag({ status, testId }: { status: MatchStatus; testId?: string }) {
  const { t } = useLang();
  return (
    <Tag color={STATUS_COLOUR[status]} data-testid={testId} data-status={status}>
      {t(`match.status.${status}`)}
    </Tag>
  );
}

export function OutcomeIcon({ outcome }: { outcome: Outcome }) {
  const { t } = useLang();
  const label = t(`match.outcome.${outcome}`);
  if (outcome === 'MET')
    return <CheckCircleFilled aria-label={label} style={{ color: '#52c41a' }} />;
  if (outcome === 'NOT_MET')
    return <CloseCircleFilled aria-label={label} style={{ color: '#ff4d4f' }} />;
  return <QuestionCircleFilled aria-label={label} style={{ color: '#faad14' }} />;
}

function CriterionRow({ result, number }: { result: CriterionResultData; number: number }) {
  const { t, lang } = useLang();
  const c = result.criterion;
  return (
    <li
      className="bb-criterion"
      data-testid={`criterion-${c.id}`}
      data-outcome={result.outcome}
      data-basis={c.basis}
    >
      <Space align="start" size={8}>
        <span data-testid={`outcome-${c.id}`} data-outcome={result.outcome}>
          <OutcomeIcon outcome={result.outcome} />
        </span>
        <div>
          <Space wrap size={4}>
            <Typography.Text strong>{lang === 'en' ? c.en : c.zh}</Typography.Text>
            <Typography.Text type="secondary">
              {t(`match.outcome.${result.outcome}`)}
            </Typography.Text>
            <Tooltip title={t(`match.basisHint.${c.basis}`)}>
              <Tag
                data-testid={`basis-${c.id}`}
                color={c.basis === 'EXPLICIT' ? 'blue' : 'purple'}
                bordered={false}
              >
                {t(`match.basis.${c.basis}`)}
              </Tag>
            </Tooltip>
          </Space>
          <div className="bb-criterion-reason">
            {lang === 'en' ? result.reasonEn : result.reasonZh}
          </div>
          {result.evidence.length > 0 ? (
            <div className="bb-criterion-evidence">
              {t('match.evidence')}：
              {result.evidence.map((e) => (
                <Link
                  key={e.id}
                  to={profilePath(e.id)}
                  data-testid={`evidence-${c.id}-${e.id}`}
                  style={{ marginRight: 8 }}
                >
                  {e.name}
                </Link>
              ))}
            </div>
          ) : null}
          <blockquote className="bb-cited" data-testid={`cited-${c.id}`}>
            <Link to={`/policy/measure/${number}`}>{t('match.cited', { number })}</Link>「
            {c.citedText}」
          </blockquote>
        </div>
      </Space>
    </li>
  );
}

function RouteBlock({ route, number }: { route: RouteData; number: number }) {
  const { lang } = useLang();
  return (
    <div
      className="bb-route"
      data-testid={`match-route-${number}-${route.key}`}
      data-status={route.status}
    >
      <Space wrap size={6}>
        <Typography.Text>{lang === 'en' ? route.en : route.zh}</Typography.Text>
        <StatusTag status={route.status} />
      </Space>
      <ul className="bb-criteria">
        {route.criteria.map((r) => (
          <CriterionRow key={r.criterion.id} result={r} number={number} />
        ))}
      </ul>
    </div>
  );
}

/** Routes whose first criterion (who they are for) fails are only named, not spelled out. */
function splitRoutes(routes: RouteData[]): { shown: RouteData[]; notForKind: RouteData[] } {
  const notForKind = routes.filter(
    (r) =>
      r.criteria.length === 1 &&
      r.criteria[0].outcome === 'NOT_MET' &&
      r.criteria[0].criterion.condition.startsWith('kind-in'),
  );
  return { shown: routes.filter((r) => !notForKind.includes(r)), notForKind };
}

function MeasureCard({ match }: { match: MeasureMatchData }) {
  const { t, lang, pick } = useLang();
  const { shown, notForKind } = splitRoutes(match.routes);
  const n = match.number;
  // Measures that do not apply are folded: the reasons are one click away, the list stays short.
  const [open, setOpen] = useState(match.status !== 'DOES_NOT_APPLY');
  return (
    <Card
      size="small"
      className="bb-match-card"
      data-testid={`match-measure-${n}`}
      data-status={match.status}
      title={
        <Space wrap size={8}>
          <Link to={`/policy/measure/${n}`}>
            <Typography.Text strong>{t('policy.measure', { number: n })}</Typography.Text>
          </Link>
          <span>{pick(match.measure.name, match.measure.nameEn)}</span>
        </Space>
      }
      extra={<StatusTag status={match.status} testId={`match-status-${n}`} />}
    >
      {!open ? (
        <Button
          size="small"
          type="link"
          data-testid={`match-toggle-${n}`}
          onClick={() => setOpen(true)}
          style={{ paddingLeft: 0 }}
        >
          {t('match.showReasons')}
        </Button>
      ) : null}
      {open ? shown.map((route) => <RouteBlock key={route.key} route={route} number={n} />) : null}
      {open && notForKind.length > 0 ? (
        <div className="bb-route-other" data-testid={`match-other-routes-${n}`}>
          <CloseCircleFilled style={{ color: '#bfbfbf', marginRight: 6 }} />
          <Typography.Text type="secondary">
            {t('match.notForKind')}
            {notForKind
              .map(
                (r) =>
                  `${lang === 'en' ? r.en : r.zh}（${lang === 'en' ? r.criteria[0].reasonEn : r.criteria[0].reasonZh}）`,
              )
              .join('；')}
          </Typography.Text>
        </div>
      ) : null}
      {match.status !== 'DOES_NOT_APPLY' && match.support.length > 0 ? (
        <div className="bb-match-support" data-testid={`match-support-${n}`}>
          <Typography.Text strong>{t('match.support')}：</Typography.Text>
          {match.support.map((s) => (
            <Tooltip key={s.node.id} title={s.quote ? `「${s.quote}」` : undefined}>
              <Link to={profilePath(s.node.id)}>
                <Tag color={s.relation === 'NAMES_PROGRAMME' ? 'geekblue' : 'cyan'}>
                  {pick(s.node.name, s.node.nameEn)}
                </Tag>
              </Link>
            </Tooltip>
          ))}
        </div>
      ) : null}
      <div className="bb-match-bodies" data-testid={`match-bodies-${n}`}>
        <Typography.Text strong>{t('policy.bodies')}：</Typography.Text>
        {match.responsibleBodies.map((b, i) => (
          <Link key={b.id} to={profilePath(b.id)}>
            <Tag data-testid="match-body" data-order={i + 1}>
              {lang === 'en' ? b.nameEn || b.name : b.shortName || b.name}
            </Tag>
          </Link>
        ))}
      </div>
    </Card>
  );
}

type Filter = 'ALL' | MatchStatus;

/** The policy checklist of one actor: per measure a status, per criterion met / not met / unknown with the cited text. */
export function PolicyMatchPage() {
  const { t, pick } = useLang();
  const id = useParams().id ?? '';
  const [filter, setFilter] = useState<Filter>('ALL');
  const [{ data, fetching, error }] = useQuery({
    query: POLICY_MATCHES_QUERY,
    variables: { id, first: MATCH_PAGE },
  });
  if (error) return <ErrorAlert error={error} />;
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const result = data?.policyMatches;
  if (!result) return null;
  const { actor, summary } = result;
  const measures = result.nodes.filter((m) => filter === 'ALL' || m.status === filter);
  return (
    <div data-testid="match-page" data-id={actor.id}>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="match-title">
          {t('match.title')}
        </Typography.Title>
        <Space wrap size={8}>
          <Link to={profilePath(actor.id)} data-testid="match-actor">
            <Typography.Text strong>{pick(actor.name, actor.nameEn)}</Typography.Text>
          </Link>
          <KindTag kind={actor.kind} />
          <IllustrativeTag show={actor.illustrative} />
        </Space>
        <div style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">
            {pick(result.policy.name, result.policy.nameEn)}
          </Typography.Text>
        </div>
        <Space wrap size={8} style={{ marginTop: 12 }} data-testid="match-summary">
          <StatusTag status="APPLIES" />
          <span data-testid="summary-applies">{summary.applies}</span>
          <StatusTag status="POSSIBLY" />
          <span data-testid="summary-possibly">{summary.possibly}</span>
          <StatusTag status="DOES_NOT_APPLY" />
          <span data-testid="summary-does-not-apply">{summary.doesNotApply}</span>
        </Space>
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          showIcon
          data-testid="match-note"
          title={t('match.note')}
        />
        <Segmented<Filter>
          style={{ marginTop: 12 }}
          data-testid="match-filter"
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'ALL', label: t('common.all') },
            { value: 'APPLIES', label: t('match.status.APPLIES') },
            { value: 'POSSIBLY', label: t('match.status.POSSIBLY') },
            { value: 'DOES_NOT_APPLY', label: t('match.status.DOES_NOT_APPLY') },
          ]}
        />
      </Card>
      {measures.map((m) => (
        <MeasureCard key={m.number} match={m} />
      ))}
      {measures.length === 0 ? (
        <Typography.Text type="secondary">{t('common.empty')}</Typography.Text>
      ) : null}
    </div>
  );
}
