import { useState } from 'react';
import { Button, Card, Col, Grid, Row, Skeleton, Typography } from 'antd';
import { FilterOutlined } from '@ant-design/icons';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { useLang } from '../shared/i18n';
import { kindToSlug, slugToKind } from '../shared/kinds';
import { kindLabel, useModel } from '../shared/model';
import type { NodeKind } from '../shared/types';
import { applicableFilters, BrowseFilters } from './BrowseFilters';
import { BrowseResults } from './BrowseResults';
import { KindMenu } from './KindMenu';
import { paramsForKind } from './filters';

export function BrowsePage() {
  const { t, lang } = useLang();
  const { kind: slug } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const { model } = useModel();
  const screens = Grid.useBreakpoint();
  const compact = !(screens.lg ?? true);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const kind = slugToKind(slug);
  if (!kind) return <Navigate to="/browse/enterprise" replace />;
  if (slug !== kindToSlug(kind)) return <Navigate to={`/browse/${kindToSlug(kind)}`} replace />;

  const selectKind = (next: NodeKind) => {
    const kept = paramsForKind(params, applicableFilters(model, next)).toString();
    navigate(`/browse/${kindToSlug(next)}${kept ? `?${kept}` : ''}`);
  };
  const activeFilters = [...params.keys()].length;
  const menu = <KindMenu kind={kind} compact={compact} onSelect={selectKind} />;

  return (
    <div data-testid="browse-page" data-kind={kind}>
      <Row gutter={[16, 16]}>
        {compact ? null : (
          <Col lg={6} xl={5}>
            <Card size="small" title={t('browse.kinds')} styles={{ body: { padding: 4 } }}>
              {menu}
            </Card>
          </Col>
        )}
        <Col xs={24} lg={18} xl={19}>
          {compact ? menu : null}
          <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="browse-title">
            {model ? kindLabel(model, kind, lang) : <Skeleton.Input active size="small" />}
          </Typography.Title>
          <Card
            size="small"
            title={`${t('browse.filters')}${activeFilters > 0 ? ` (${activeFilters})` : ''}`}
            extra={
              compact ? (
                <Button
                  size="small"
                  icon={<FilterOutlined />}
                  data-testid="filters-toggle"
                  onClick={() => setFiltersOpen((o) => !o)}
                >
                  {filtersOpen ? t('browse.hideFilters') : t('browse.showFilters')}
                </Button>
              ) : null
            }
            style={{ marginBottom: 12 }}
            styles={{ body: compact && !filtersOpen ? { display: 'none' } : undefined }}
          >
            <BrowseFilters kind={kind} params={params} onChange={(p) => setParams(p)} />
          </Card>
          <Card size="small">
            <BrowseResults key={`${kind}?${params.toString()}`} kind={kind} params={params} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
