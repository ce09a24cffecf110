import { useMemo, useState } from 'react';
import { Empty, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useLang } from '../shared/i18n';
import { profilePath } from '../shared/kinds';
import { useModel } from '../shared/model';
import { PathGraph } from '../shared/graph/PathGraph';
import { describePath, drawnPath } from './evidence';
import { FACTOR_COLOURS, FactorTable, useFactorLabel } from './FactorBars';
import { factorKey } from './journeys';
import { MatchName } from './MatchList';
import { PATH_NAMES_QUERY, type MatchData } from './queries';

/** Why one match was proposed: the factor table, the shared words, the evidence paths, one of them drawn. */
export function EvidencePanel({ match }: { match: MatchData }) {
  const { t, lang } = useLang();
  const { model } = useModel();
  const navigate = useNavigate();
  const label = useFactorLabel();
  // In English, the path's nodes get their English names; a person keeps the headline the API gave (nothing about a
  // talent is asked for here, so nothing personal can be shown that the API did not show).
  const ids = [
    ...new Set(
      match.paths.flatMap((p) => p.nodes.filter((n) => n.kind !== 'TALENT').map((n) => n.id)),
    ),
  ];
  const [names] = useQuery({
    query: PATH_NAMES_QUERY,
    variables: { ids },
    pause: lang !== 'en' || ids.length === 0,
  });
  const english = names.data?.nodesById;
  const paths = useMemo(() => {
    const nameEn = new Map(
      (english ?? []).filter((n) => n.kind !== 'TALENT' && n.nameEn).map((n) => [n.id, n.nameEn]),
    );
    return match.paths.map((p, i) => {
      const drawn = drawnPath(p, model, i);
      return {
        ...drawn,
        nodes: drawn.nodes.map((n) => ({ ...n, nameEn: nameEn.get(n.id) ?? null })),
      };
    });
  }, [match.paths, model, english]);
  const [selected, setSelected] = useState(0);
  const shown = paths[Math.min(selected, paths.length - 1)];

  return (
    <div data-testid="ws-evidence" data-id={match.node.id}>
      <MatchName node={match.node} testId="ws-evidence-open" />
      <Typography.Paragraph className="bb-ws-reason" style={{ marginTop: 8 }}>
        {lang === 'en' ? match.reasonEn : match.reasonZh}
      </Typography.Paragraph>

      <Typography.Title level={5}>{t('workspaces.factorTable')}</Typography.Title>
      <FactorTable factors={match.factors} />

      {match.matchedTerms.length > 0 ? (
        <div className="bb-ws-terms" data-testid="ws-terms">
          <Typography.Text type="secondary">{t('workspaces.terms')}：</Typography.Text>
          {match.matchedTerms.map((term) => (
            <Tag key={term}>{term}</Tag>
          ))}
        </div>
      ) : null}

      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('workspaces.paths')}
      </Typography.Title>
      {paths.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          data-testid="ws-no-paths"
          description={t('workspaces.noPaths')}
        />
      ) : (
        <>
          <ol className="bb-ws-paths">
            {paths.map((p, i) => {
              const factor = match.paths[i].factor;
              return (
                <li
                  key={p.id}
                  data-testid={`ws-path-${i}`}
                  data-factor={factor}
                  data-path-id={p.id}
                  data-selected={i === selected}
                  className={`bb-ws-path${i === selected ? ' bb-ws-path-selected' : ''}`}
                  onClick={() => setSelected(i)}
                >
                  <Tag
                    variant="filled"
                    style={{ color: '#fff', background: FACTOR_COLOURS[factorKey(factor)] }}
                  >
                    {label(factor)}
                  </Tag>
                  {match.paths[i].inferred ? (
                    <Tag color="purple" variant="filled">
                      {t('workspaces.inferred')}
                    </Tag>
                  ) : null}
                  <span>{describePath(p, lang)}</span>
                </li>
              );
            })}
          </ol>
          {shown ? (
            <PathGraph
              path={shown}
              onOpen={(id) => navigate(profilePath(id))}
              testId="ws-path-graph"
              hint={t('workspaces.pathHint')}
            />
          ) : null}
        </>
      )}
    </div>
  );
}
