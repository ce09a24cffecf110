import { memo, useState } from 'react';
import { Button, Card, Skeleton, Space } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useLang } from '../shared/i18n';
import { profilePath } from '../shared/kinds';
import { IllustrativeTag, KindTag, MaskedTag } from '../shared/NodeTags';
import type { PageInfo } from '../shared/types';
import { sanitizeHighlight, tidyFragment } from './highlight';
import { searchVariables } from './params';
import { SEARCH_MORE_QUERY, type SearchHit } from './queries';

const FIELDS = ['name', 'text', 'neighbours'] as const;

function Fragment({ html, field }: { html: string; field: string }) {
  return (
    <span
      className="bb-hit-fragment"
      data-testid="search-highlight"
      data-field={field}
      dangerouslySetInnerHTML={{ __html: sanitizeHighlight(tidyFragment(html)) }}
    />
  );
}

export const HitCard = memo(function HitCard({ hit }: { hit: SearchHit }) {
  const { t, pick } = useLang();
  const node = hit.node;
  const title = pick(node.name, node.nameEn);
  const masked = node.properties.some((p) => p.key === 'name' && p.masked);
  // A name fragment that is the whole shown name marks up the title instead of repeating it.
  const names = hit.highlights.find((h) => h.field === 'name')?.fragments ?? [];
  const titleFragment = names.find((f) => f.replace(/<\/?mark>/g, '') === title);
  const highlights = hit.highlights
    .map((h) => ({ ...h, fragments: h.fragments.filter((f) => f !== titleFragment) }))
    .filter((h) => h.fragments.length > 0);
  const description = pick(node.description, node.descriptionEn);
  return (
    <Card size="small" className="bb-hit" data-testid={`search-hit-${node.id}`}>
      <Space wrap size={4} className="bb-hit-title">
        <Link to={profilePath(node.id)}>
          {titleFragment ? <Fragment html={titleFragment} field="name" /> : title}
        </Link>
        <KindTag kind={hit.kind} />
        {masked ? <MaskedTag /> : null}
        <IllustrativeTag show={node.illustrative} />
      </Space>
      {highlights.map((h) => (
        <div key={h.field} className="bb-hit-highlight">
          <span className="bb-hit-field">
            {(FIELDS as readonly string[]).includes(h.field)
              ? t(`search.fields.${h.field}`)
              : h.field}
          </span>
          <span className="bb-hit-fragments">
            {h.fragments.map((f, i) => (
              <Fragment key={i} html={f} field={h.field} />
            ))}
          </span>
        </div>
      ))}
      {highlights.every((h) => h.field !== 'text') && description ? (
        <div className="bb-hit-text">{description}</div>
      ) : null}
    </Card>
  );
});

function LoadMore({ pageInfo, onMore }: { pageInfo: PageInfo; onMore: (c: string) => void }) {
  const { t } = useLang();
  if (!pageInfo.hasNextPage || !pageInfo.endCursor) return null;
  return (
    <div className="bb-hits-more">
      <Button data-testid="search-load-more" onClick={() => onMore(pageInfo.endCursor!)}>
        {t('common.loadMore')}
      </Button>
    </div>
  );
}

interface PageProps {
  params: URLSearchParams;
  after: string;
  isLast: boolean;
  onMore: (cursor: string) => void;
}

/** A further page of hits, fetched by its cursor. */
function MorePage({ params, after, isLast, onMore }: PageProps) {
  const [{ data, error }] = useQuery({
    query: SEARCH_MORE_QUERY,
    variables: searchVariables(params, after),
  });
  const page = data?.search;
  return (
    <>
      <ErrorAlert error={error} />
      {page ? page.hits.map((h) => <HitCard key={h.node.id} hit={h} />) : null}
      {!page && !error ? <Skeleton active paragraph={{ rows: 4 }} /> : null}
      {page && isLast ? <LoadMore pageInfo={page.pageInfo} onMore={onMore} /> : null}
    </>
  );
}

interface Props {
  hits: SearchHit[];
  pageInfo: PageInfo;
  params: URLSearchParams;
}

/** The first page of hits, then the pages "load more" appends (until the search changes). */
export function SearchHits({ hits, pageInfo, params }: Props) {
  const key = params.toString();
  const [loaded, setLoaded] = useState<{ key: string; cursors: string[] }>({ key, cursors: [] });
  const cursors = loaded.key === key ? loaded.cursors : [];
  const more = (c: string) =>
    setLoaded((l) => {
      const cs = l.key === key ? l.cursors : [];
      return { key, cursors: cs.includes(c) ? cs : [...cs, c] };
    });
  return (
    <div className="bb-hits" data-testid="search-hits">
      {hits.map((h) => (
        <HitCard key={h.node.id} hit={h} />
      ))}
      {cursors.length === 0 ? <LoadMore pageInfo={pageInfo} onMore={more} /> : null}
      {cursors.map((after, i) => (
        <MorePage
          key={after}
          params={params}
          after={after}
          isLast={i === cursors.length - 1}
          onMore={more}
        />
      ))}
    </div>
  );
}
