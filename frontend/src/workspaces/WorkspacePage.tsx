import { useState } from 'react';
import { Alert, Button, Card, Col, Empty, Result, Row, Skeleton, Space, Typography } from 'antd';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { getOperationName } from '@urql/core';
import { useClient, useQuery } from 'urql';
import { ActorPicker } from '../shared/ActorPicker';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useLang } from '../shared/i18n';
import { kindLabel, useModel } from '../shared/model';
import { EvidencePanel } from './EvidencePanel';
import { WeightsUsed } from './FactorBars';
import {
  FACTORS,
  journeyOf,
  journeysFor,
  matchable,
  readWeights,
  round,
  takes,
  workspacePath,
  type Weights,
} from './journeys';
import { MatchList } from './MatchList';
import {
  MATCH_QUERIES,
  MATCHES_PER_PAGE,
  operationName,
  SOURCE_QUERY,
  type MatchData,
} from './queries';
import { useShortlist } from './shortlist';
import { ShortlistPanel } from './ShortlistPanel';
import { SourceLinks } from './SourceLinks';
import { JourneySwitch } from './JourneySwitch';
import { WeightsPanel } from './WeightsPanel';
import './workspaces.css';

/** Weights as the inputs start: the request's own, else the server's normalised ones as percentages. */
function startingWeights(own: Weights | null, used: Weights | undefined): Weights | null {
  if (own) return own;
  if (!used) return null;
  return Object.fromEntries(FACTORS.map((f) => [f, round(used[f] * 100)])) as Weights;
}

/**
 * `/match/:journey/:id?`: one matchmaking journey. Choose the source, read the ranked proposals with their factor
 * bars and reasons, look at why one was proposed (factors, shared words, evidence paths drawn), change the weights
 * for a request, keep a shortlist in this browser.
 */
export function WorkspacePage() {
  const { t, lang, pick } = useLang();
  const { model } = useModel();
  const navigate = useNavigate();
  const client = useClient();
  const params = useParams();
  const journey = journeyOf(params.journey);
  const slug = journey?.slug ?? 'investor';
  const id = params.id ?? null;
  const [search] = useSearchParams();
  const weights = readWeights(search);
  const badWeights = FACTORS.some((f) => search.has(f)) && weights === null;
  const weightsKey = weights ? FACTORS.map((f) => weights[f]).join(',') : '';
  const requestKey = `${slug}|${id}|${weightsKey}`;

  const [sourceResult] = useQuery({
    query: SOURCE_QUERY,
    variables: { ids: id ? [id] : [] },
    pause: !id,
  });
  const source = sourceResult.data?.nodesById.find((n) => n.id === id);
  const sourceMissing = !!id && !!sourceResult.data && !source;
  const wrongKind = !!journey && !!source && !takes(journey, source.kind);
  const notMatchable = !!source && !matchable(source);

  const [result] = useQuery({
    query: MATCH_QUERIES[slug],
    variables: { id: id ?? '', first: MATCHES_PER_PAGE, weights },
    pause: !id || !journey,
  });
  const [more, setMore] = useState<{
    key: string;
    matches: MatchData[];
    cursor: string | null;
  } | null>(null);
  const [moreError, setMoreError] = useState<Error | null>(null);
  const [selection, setSelection] = useState<{ key: string; id: string } | null>(null);
  const shortlist = useShortlist(slug);

  if (!journey) {
    return (
      <Result
        status="404"
        title={t('common.notFound')}
        subTitle={params.journey}
        extra={
          <Link to="/match">
            <Button type="primary">{t('workspaces.choose')}</Button>
          </Link>
        }
      />
    );
  }

  // urql keeps the last data while a new request runs: show it only if it is for this journey and source, and
  // describe it by the request that produced it (its weights), not by the one under way.
  const shownFor = result.operation;
  const forSource =
    !!shownFor &&
    getOperationName(shownFor.query) === operationName(slug) &&
    shownFor.variables.id === id;
  const first = forSource ? result.data?.matches : undefined;
  const error = forSource ? result.error : undefined;
  const shownCustom = !!shownFor?.variables.weights;
  const extra = more?.key === requestKey ? more : null;
  const matches = [...(first?.nodes ?? []), ...(extra?.matches ?? [])];
  const cursor = extra
    ? extra.cursor
    : first?.pageInfo.hasNextPage
      ? (first.pageInfo.endCursor ?? null)
      : null;
  const selectedId =
    selection?.key === requestKey && matches.some((m) => m.node.id === selection.id)
      ? selection.id
      : (matches[0]?.node.id ?? null);
  const selected = matches.find((m) => m.node.id === selectedId);

  const go = (next: { id?: string | null; weights?: Weights | null }) =>
    navigate(
      workspacePath(
        slug,
        next.id === undefined ? id : next.id,
        next.weights === undefined ? weights : next.weights,
      ),
    );
  const loadMore = async () => {
    if (!id || !cursor) return;
    setMoreError(null);
    const next = await client
      .query(MATCH_QUERIES[slug], { id, first: MATCHES_PER_PAGE, after: cursor, weights })
      .toPromise();
    if (next.error || !next.data) {
      setMoreError(next.error ?? new Error('no data'));
      return;
    }
    const page = next.data.matches;
    setMore((m) => ({
      key: requestKey,
      matches: [...(m?.key === requestKey ? m.matches : []), ...page.nodes],
      cursor: page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null,
    }));
  };
  const toggle = (m: MatchData) => {
    if (shortlist.has(m.node.id)) {
      shortlist.remove(m.node.id);
      return;
    }
    shortlist.add({
      id: m.node.id,
      kind: m.node.kind,
      name: m.node.name,
      nameEn: m.node.nameEn,
      sourceId: id ?? '',
      sourceName: source ? pick(source.name, source.nameEn) : (id ?? ''),
      score: m.score,
      reasonZh: m.reasonZh,
      reasonEn: m.reasonEn,
    });
  };

  const shortlistCard = (
    <Card
      size="small"
      title={`${t('workspaces.shortlist.title')}${shortlist.entries.length ? `（${shortlist.entries.length}）` : ''}`}
      style={{ marginTop: 16 }}
    >
      <ShortlistPanel
        journey={slug}
        entries={shortlist.entries}
        onRemove={shortlist.remove}
        onClear={shortlist.clear}
      />
    </Card>
  );

  let body;
  if (!id) {
    body = (
      <>
        <Card>
          <Typography.Text type="secondary" data-testid="ws-prompt">
            {t('workspaces.pick', { source: t(`workspaces.journeys.${slug}.source`) })}
          </Typography.Text>
        </Card>
        {shortlistCard}
      </>
    );
  } else if (sourceMissing) {
    body = (
      <Alert
        type="warning"
        showIcon
        data-testid="ws-source-missing"
        title={t('common.notFound')}
        description={id}
      />
    );
  } else if (wrongKind && source) {
    const right = journeysFor(source.kind);
    body = (
      <Alert
        type="warning"
        showIcon
        data-testid="ws-wrong-kind"
        title={t('workspaces.wrongKind', {
          name: pick(source.name, source.nameEn),
          kind: kindLabel(model, source.kind, lang),
          kinds: journey.sourceKinds
            .map((k) => kindLabel(model, k, lang))
            .join(lang === 'en' ? ', ' : '、'),
        })}
        description={
          right.length > 0 ? (
            <Space wrap>
              {t('workspaces.rightJourneys')}
              {right.map((j) => (
                <Link
                  key={j.slug}
                  to={workspacePath(j.slug, id)}
                  data-testid={`ws-right-journey-${j.slug}`}
                >
                  {t(`workspaces.journeys.${j.slug}.name`)}
                </Link>
              ))}
            </Space>
          ) : (
            t('workspaces.errorHint')
          )
        }
      />
    );
  } else if (notMatchable) {
    body = (
      <Alert
        type="warning"
        showIcon
        data-testid="ws-not-matchable"
        title={t('workspaces.notMatchable')}
      />
    );
  } else if (error) {
    body = (
      <>
        <ErrorAlert error={error} />
        <Typography.Text type="secondary" data-testid="ws-error-hint">
          {t('workspaces.errorHint')}
        </Typography.Text>
      </>
    );
  } else if (!first) {
    body = <Skeleton active paragraph={{ rows: 8 }} data-testid="ws-loading" />;
  } else {
    body = (
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={13}>
          <Card
            className={result.fetching ? 'bb-ws-refreshing' : undefined}
            size="small"
            title={
              <span data-testid="ws-total">
                {t('workspaces.total', { count: first.totalCount })}
              </span>
            }
          >
            <WeightsUsed weights={first.weights} custom={shownCustom} />
            {matches.length === 0 ? (
              <Empty
                data-testid="ws-empty"
                description={
                  <>
                    <div>{t('workspaces.empty')}</div>
                    <Typography.Text type="secondary">{t('workspaces.emptyHint')}</Typography.Text>
                  </>
                }
              />
            ) : (
              <MatchList
                journey={journey}
                matches={matches}
                selectedId={selectedId}
                onSelect={(matchId) => setSelection({ key: requestKey, id: matchId })}
                listed={shortlist.has}
                onToggle={toggle}
              />
            )}
            <ErrorAlert error={moreError} />
            {cursor && !result.fetching ? (
              <Button
                block
                data-testid="ws-load-more"
                onClick={() => void loadMore()}
                style={{ marginTop: 8 }}
              >
                {t('common.loadMore')}
              </Button>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} lg={11}>
          <Card size="small" title={t('workspaces.evidence')}>
            {selected ? (
              <EvidencePanel key={`${requestKey}|${selected.node.id}`} match={selected} />
            ) : (
              <Typography.Text type="secondary">{t('workspaces.select')}</Typography.Text>
            )}
          </Card>
          {shortlistCard}
        </Col>
      </Row>
    );
  }

  const starting = startingWeights(weights, first?.weights);
  return (
    <div
      data-testid="ws-page"
      data-journey={slug}
      data-id={id ?? ''}
      data-loading={result.fetching ? 'true' : 'false'}
    >
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="ws-title">
          {t(`workspaces.journeys.${slug}.name`)}
        </Typography.Title>
        <JourneySwitch current={journey} sourceKind={source?.kind} id={id} />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t(`workspaces.journeys.${slug}.intro`)}
        </Typography.Paragraph>
        <ActorPicker
          testIds={{
            input: 'ws-source-input',
            suggestion: (s) => `ws-suggestion-${s}`,
            selected: 'ws-source',
            clear: 'ws-source-clear',
          }}
          kinds={journey.sourceKinds}
          label={t(`workspaces.journeys.${slug}.source`)}
          placeholder={t(`workspaces.journeys.${slug}.placeholder`)}
          value={id ? { id, ...source } : null}
          onPick={(picked) => go({ id: picked })}
          onClear={() => go({ id: null })}
          extra={id ? <SourceLinks id={id} source={source} journey={slug} /> : null}
        />
        {badWeights ? (
          <Alert
            type="warning"
            showIcon
            data-testid="ws-weights-link-invalid"
            title={t('workspaces.invalidLink')}
            style={{ marginTop: 12 }}
          />
        ) : null}
        {id && starting ? (
          <div style={{ marginTop: 12 }}>
            <WeightsPanel
              current={starting}
              custom={weights !== null}
              onApply={(w) => go({ weights: w })}
              onReset={() => go({ weights: null })}
            />
          </div>
        ) : null}
      </Card>
      {body}
    </div>
  );
}
