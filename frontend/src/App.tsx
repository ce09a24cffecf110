import { lazy, Suspense } from 'react';
import { ConfigProvider, App as AntApp, Result, Button, Skeleton } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { Route, Routes, Link } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { HomePage } from './home/HomePage';
import { useLang } from './shared/i18n';

// Pages other than the home page load on demand (the profile brings Cytoscape along).
const BrowsePage = lazy(() =>
  import('./browse/BrowsePage').then((m) => ({ default: m.BrowsePage })),
);
const PolicyPage = lazy(() =>
  import('./policy/PolicyPage').then((m) => ({ default: m.PolicyPage })),
);
const MeasurePage = lazy(() =>
  import('./policy/MeasurePage').then((m) => ({ default: m.MeasurePage })),
);
const PolicyMatchPage = lazy(() =>
  import('./policy/PolicyMatchPage').then((m) => ({ default: m.PolicyMatchPage })),
);
const SearchPage = lazy(() =>
  import('./search/SearchPage').then((m) => ({ default: m.SearchPage })),
);
const ConnectionsPage = lazy(() =>
  import('./connections/ConnectionsPage').then((m) => ({ default: m.ConnectionsPage })),
);
const WorkspacePage = lazy(() =>
  import('./workspaces/WorkspacePage').then((m) => ({ default: m.WorkspacePage })),
);
const WorkspaceIndex = lazy(() =>
  import('./workspaces/WorkspaceIndex').then((m) => ({ default: m.WorkspaceIndex })),
);
const ProfilePage = lazy(() =>
  import('./profile/ProfilePage').then((m) => ({ default: m.ProfilePage })),
);

function NotFound() {
  const { t } = useLang();
  return (
    <Result
      status="404"
      title="404"
      extra={
        <Link to="/">
          <Button type="primary">{t('nav.home')}</Button>
        </Link>
      }
    />
  );
}

/** The routes of the portal; the router itself comes from the caller (BrowserRouter or a test's MemoryRouter). */
export function AppRoutes() {
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/browse" element={<BrowsePage />} />
        <Route path="/browse/:kind" element={<BrowsePage />} />
        <Route path="/policy" element={<PolicyPage />} />
        <Route path="/policy/measure/:number" element={<MeasurePage />} />
        <Route path="/policy/match/:id" element={<PolicyMatchPage />} />
        <Route path="/node/:id" element={<ProfilePage />} />
        <Route path="/search" element={<SearchPage />} />
        <Route path="/connections" element={<ConnectionsPage />} />
        <Route path="/match" element={<WorkspaceIndex />} />
        <Route path="/match/:journey" element={<WorkspacePage />} />
        <Route path="/match/:journey/:id" element={<WorkspacePage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Suspense>
  );
}

export function App() {
  const { lang } = useLang();
  return (
    <ConfigProvider
      locale={lang === 'en' ? enUS : zhCN}
      theme={{ token: { colorPrimary: '#2f54eb' } }}
    >
      <AntApp>
        <AppLayout>
          <AppRoutes />
        </AppLayout>
      </AntApp>
    </ConfigProvider>
  );
}
