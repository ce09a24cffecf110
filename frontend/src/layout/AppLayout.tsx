import { useState, type ReactNode } from 'react';
import { Button, Drawer, Grid, Layout, Menu, Space } from 'antd';
import { ApiOutlined, GlobalOutlined, MenuOutlined } from '@ant-design/icons';
import { Link, useLocation } from 'react-router';
import { HeaderSearch } from '../search/HeaderSearch';
import { setLang, useLang } from '../shared/i18n';
import './layout.css';

const { Header, Content, Footer } = Layout;

function selectedKey(pathname: string): string {
  if (pathname.startsWith('/browse')) return 'browse';
  if (pathname.startsWith('/policy')) return 'policy';
  if (pathname.startsWith('/connections')) return 'connections';
  if (pathname.startsWith('/match')) return 'match';
  if (pathname === '/') return 'home';
  return '';
}

export function AppLayout({ children }: { children: ReactNode }) {
  const { t, lang } = useLang();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? true;
  const [open, setOpen] = useState(false);

  const items = [
    { key: 'home', label: <Link to="/">{t('nav.home')}</Link> },
    { key: 'browse', label: <Link to="/browse/enterprise">{t('nav.browse')}</Link> },
    { key: 'policy', label: <Link to="/policy">{t('nav.policy')}</Link> },
    {
      key: 'match',
      label: (
        <Link to="/match" data-testid="nav-match">
          {t('nav.match')}
        </Link>
      ),
    },
    {
      key: 'connections',
      label: (
        <Link to="/connections" data-testid="nav-connections">
          {t('nav.connections')}
        </Link>
      ),
    },
  ];
  const langButton = (
    <Button
      data-testid="lang-switch"
      size="small"
      icon={<GlobalOutlined />}
      onClick={() => setLang(lang === 'en' ? 'zh' : 'en')}
    >
      {t('lang.switchTo')}
    </Button>
  );
  const graphiql = (
    <a data-testid="graphiql-link" href="/graphiql" target="_blank" rel="noreferrer">
      <ApiOutlined /> {t('nav.graphiql')}
    </a>
  );

  return (
    <Layout className="bb-layout">
      <Header className="bb-header">
        <Link to="/" className="bb-brand" data-testid="brand">
          <span className="bb-brand-zh">{t('app.name')}</span>
          <span className="bb-brand-en">{t('app.subtitle')}</span>
        </Link>
        {wide && (
          <Menu
            data-testid="main-nav"
            className="bb-nav"
            theme="dark"
            mode="horizontal"
            selectedKeys={[selectedKey(pathname)]}
            items={items}
          />
        )}
        {/* One place in the tree at every width: crossing a breakpoint must not remount the box and lose its text. */}
        <div className="bb-search-slot" data-testid="header-search-slot">
          <HeaderSearch />
        </div>
        {wide ? (
          <Space size="middle" className="bb-header-tools">
            {graphiql}
            {langButton}
          </Space>
        ) : (
          <>
            <Space size="small">
              {langButton}
              <Button
                data-testid="nav-toggle"
                aria-label={t('nav.menu')}
                icon={<MenuOutlined />}
                onClick={() => setOpen(true)}
              />
            </Space>
            <Drawer
              title={`${t('app.name')} ${t('app.subtitle')}`}
              placement="right"
              size={260}
              open={open}
              onClose={() => setOpen(false)}
            >
              <Menu
                data-testid="main-nav"
                mode="vertical"
                selectedKeys={[selectedKey(pathname)]}
                items={items}
                onClick={() => setOpen(false)}
                style={{ borderInlineEnd: 'none' }}
              />
              <div style={{ padding: '12px 16px' }}>{graphiql}</div>
            </Drawer>
          </>
        )}
      </Header>
      <Content className="bb-content">{children}</Content>
      <Footer className="bb-footer">
        {t('app.name')} {t('app.subtitle')} · {t('app.tagline')}
      </Footer>
    </Layout>
  );
}
