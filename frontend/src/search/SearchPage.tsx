import { useState } from 'react';
import { Badge, Button, Card, Col, Drawer, Empty, Grid, Row, Skeleton, Typography } from 'antd';
import { FilterOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useLang } from '../shared/i18n';
import { activeFilterCount, searchVariables, withoutFilters } from './params';
import { SEARCH_QUERY } from './queries';
import { SearchFacets, useFacetMemory } from './SearchFacets';
import { SearchHits } from './SearchHits';
import './search.css';

/** `/search?q=…` with filters as repeatable parameters (`kind`, `region`, `technology` …). */
export function SearchPage() {
  const { t } = useLang();
  const [params, setParams] = useSearchParams();
  const compact = !(Grid.useBreakpoint().lg ?? true);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const variables = searchVariables(params);
  const q = variables.query;
  const [{ data, fetching, error }] = useQuery({
    query: SEARCH_QUERY,
    variables,
    pause: q === '',
  });
  const results = q === '' ? undefined : data?.search;
  const { facets, labels } = useFacetMemory(results?.facets);
  const filters = activeFilterCount(params);
  const hasFacets = !results || filters > 0 || facets.some((f) => f.values.length > 0);

  if (q === '') {
    return (
      <div data-testid="search-page">
        <Empty data-testid="search-prompt" description={t('search.prompt')} />
      </div>
    );
  }

  const facetPanel = (
    <SearchFacets facets={facets} labels={labels} params={params} onChange={setParams} />
  );
  const empty = results && results.total === 0;
  return (
    <div data-testid="search-page" data-loading={fetching ? 'true' : 'false'}>
      <div className="bb-search-head">
        <Typography.Title level={3} className="bb-search-title">
          {t('search.resultsFor', { q })}
        </Typography.Title>
        {compact && hasFacets ? (
          <Button
            data-testid="facets-toggle"
            icon={<FilterOutlined />}
            onClick={() => setDrawerOpen(true)}
          >
            {t('search.facets')} <Badge count={filters} size="small" />
          </Button>
        ) : null}
      </div>
      {results ? (
        <Typography.Text type="secondary" data-testid="search-total">
          {t('search.total', { count: results.total })}
        </Typography.Text>
      ) : null}
      <ErrorAlert error={error} />
      <Row gutter={[16, 16]} className="bb-search-body">
        {compact || !hasFacets ? null : (
          <Col lg={7} xl={6}>
            <Card size="small" title={t('search.facets')}>
              {facetPanel}
            </Card>
          </Col>
        )}
        <Col
          xs={24}
          lg={hasFacets ? 17 : 24}
          xl={hasFacets ? 18 : 24}
          className={fetching && results ? 'bb-search-stale' : undefined}
        >
          {fetching && !results ? <Skeleton active paragraph={{ rows: 8 }} /> : null}
          {results && !empty ? (
            <SearchHits hits={results.hits} pageInfo={results.pageInfo} params={params} />
          ) : null}
          {empty ? (
            <Card size="small">
              <Empty
                data-testid="search-empty"
                description={
                  <>
                    <div className="bb-search-empty-title">{t('search.empty', { q })}</div>
                    <Typography.Text type="secondary">{t('search.emptyHint')}</Typography.Text>
                  </>
                }
              >
                {filters > 0 ? (
                  <Button onClick={() => setParams(withoutFilters(params))}>
                    {t('search.clear')}
                  </Button>
                ) : null}
              </Empty>
            </Card>
          ) : null}
        </Col>
      </Row>
      {compact ? (
        <Drawer
          title={t('search.facets')}
          placement="left"
          size={300}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          footer={
            <Button
              type="primary"
              block
              data-testid="facets-done"
              onClick={() => setDrawerOpen(false)}
            >
              {results ? t('search.total', { count: results.total }) : t('common.loading')}
            </Button>
          }
        >
          {facetPanel}
        </Drawer>
      ) : null}
    </div>
  );
}
