import { Button, ConfigProvider, Layout, Menu, Space, Tag } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useMemo, useState } from 'react';
import { OpenApiDocument, loadOpenApi } from './api/openapi';
import { Session, loadSession, saveSession } from './api/session';
import { AsOfControl, HistoricalBanner } from './components/AsOfControl';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Lang, LangContext, pick } from './i18n';
import { ROLE_LABELS, labelOf } from './labels';
import { useRoute } from './router';
import { ConsoleContext, ConsoleState } from './state';
import { HazardPage } from './screens/HazardPage';
import { MinePage } from './screens/MinePage';
import { NewHazard } from './screens/NewHazard';
import { RegisterView } from './screens/RegisterView';
import { SignIn } from './screens/SignIn';
import { registersFor } from './screens/registers';
import { recordKind } from './screens/records';
import { CreateRecord, RecordPage } from './screens/RecordPage';
import { FollowUp } from './screens/FollowUp';
import { Lookback } from './screens/Lookback';
import { LookbackCasePage, LookbackCases } from './screens/LookbackCase';
import { TipCustodian } from './screens/TipCustodian';

// System CJK fonts only (no download): Debian's Noto CJK, then what Windows/macOS ship.
const FONTS =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif';

// Secondary and placeholder text darker than antd's default, for WCAG AA contrast (axe checks it).
const THEME = {
  token: {
    fontFamily: FONTS,
    colorPrimary: '#0b57d0',
    colorLink: '#0b57d0',
    colorPrimaryHover: '#0842a0',
    colorError: '#c41d1d',
    colorErrorText: '#a8071a',
    colorLinkHover: '#0842a0',
    colorInfo: '#0b57d0',
    colorTextDescription: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.68)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.6)',
  },
};

const WRITERS = [
  'enterprise_staff',
  'enterprise_principal',
  'enterprise_safety_director',
  'inspector',
  'supervising_leader',
];

const LOOKBACK_ROLES = ['auditor', 'investigator'];

/** Screens of their own besides the registers: look-back (auditors, investigators), the identity custodian's. */
const EXTRA_SCREENS: { key: string; title: [string, string]; roles: string[] }[] = [
  { key: 'lookback', title: ['执法责任倒查', 'Look-back'], roles: LOOKBACK_ROLES },
  { key: 'lookback-cases', title: ['倒查案件', 'Look-back cases'], roles: LOOKBACK_ROLES },
  { key: 'custodian', title: ['举报人身份保管', 'Identity custody'], roles: ['identity_custodian'] },
];

export const App = () => {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem('hazard-ledger.lang') as Lang) ?? 'zh');
  const [session, setSession] = useState<Session | null>(loadSession);
  const [asOf, setAsOf] = useState<string | null>(null);
  const [minPosition, setMinPosition] = useState<string | null>(null);
  const [openApi, setOpenApi] = useState<OpenApiDocument | null>(null);
  const route = useRoute();

  useEffect(() => {
    void loadOpenApi().then(setOpenApi);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    localStorage.setItem('hazard-ledger.lang', lang);
  }, [lang]);

  const state = useMemo<ConsoleState>(
    () => ({
      session,
      signIn: (next) => {
        saveSession(next);
        setSession(next);
        setMinPosition(null);
      },
      asOf,
      setAsOf,
      minPosition,
      noteWrite: setMinPosition,
      openApi,
    }),
    [session, asOf, minPosition, openApi],
  );
  const t = (zh: string, en: string) => pick([zh, en], lang);
  const role = session?.actor.role ?? '';
  const registers = registersFor(role);

  const page = () => {
    const [area, id] = route;
    if (area === 'follow-up') return <FollowUp />;
    if (!session) return <SignIn />;
    if (area === 'lookback' && LOOKBACK_ROLES.includes(role)) return <Lookback key={window.location.hash} />;
    if (area === 'lookback-cases' && LOOKBACK_ROLES.includes(role))
      return id ? <LookbackCasePage key={id} caseId={id} /> : <LookbackCases />;
    if (area === 'custodian' && role === 'identity_custodian') return <TipCustodian />;
    if (area === 'hazards' && id) return <HazardPage key={id} id={id} />;
    if (area === 'mines' && id) return <MinePage key={id} id={id} />;
    if (area === 'new-hazard' && WRITERS.includes(role)) return <NewHazard />;
    const record = recordKind(id);
    if (area === 'create' && record?.creators?.includes(role)) return <CreateRecord record={record} />;
    if (area === 'records' && recordKind(route[1]) && route[2])
      return <RecordPage key={route[2]} record={recordKind(route[1])!} id={route[2]} />;
    const screen = registers.find((r) => r.key === id) ?? registers[0];
    if (!screen && role === 'identity_custodian') return <TipCustodian />;
    if (!screen) return <p>{t('此角色不查阅业务数据', 'This role reads no domain data')}</p>;
    return <RegisterView key={`${screen.key}${window.location.hash}`} screen={screen} />;
  };

  const menu = [
    ...registers.map((r) => ({
      key: `registers/${r.key}`,
      label: <a href={`#/registers/${r.key}`}>{pick(r.title, lang)}</a>,
    })),
    ...EXTRA_SCREENS.filter((s) => s.roles.includes(role)).map((s) => ({
      key: s.key,
      label: <a href={`#/${s.key}`}>{pick(s.title, lang)}</a>,
    })),
    ...(WRITERS.includes(role)
      ? [{ key: 'new-hazard', label: <a href="#/new-hazard">{t('登记隐患', 'Record a hazard')}</a> }]
      : []),
  ];

  return (
    <ConsoleContext.Provider value={state}>
      <LangContext.Provider value={lang}>
        <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={THEME}>
          <Layout className="shell">
            <Layout.Header className="header">
              <span className="brand">{t('隐患全过程记录', 'hazard ledger')}</span>
              <Space wrap className="header-tools">
                {session && <AsOfControl />}
                <Button
                  onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
                  data-testid="lang-toggle"
                  lang={lang === 'zh' ? 'en' : 'zh-CN'}
                >
                  {lang === 'zh' ? 'English' : '中文'}
                </Button>
                {session && (
                  <>
                    <Tag color="geekblue" data-testid="who">
                      {`${session.actor.name} · ${pick(labelOf(ROLE_LABELS, role), lang)}`}
                    </Tag>
                    <Button onClick={() => state.signIn(null)}>{t('退出', 'Sign out')}</Button>
                  </>
                )}
              </Space>
            </Layout.Header>
            <Layout>
              {session && (
                <Layout.Sider breakpoint="lg" collapsedWidth={0} width={200} theme="light" className="sider">
                  <nav aria-label={t('导航', 'Navigation')}>
                    <Menu mode="inline" items={menu} selectedKeys={[route.join('/')]} />
                  </nav>
                </Layout.Sider>
              )}
              <Layout.Content className="content">
                <div>
                  <HistoricalBanner />
                  <ErrorBoundary key={route.join('/')}>{page()}</ErrorBoundary>
                </div>
              </Layout.Content>
            </Layout>
          </Layout>
        </ConfigProvider>
      </LangContext.Provider>
    </ConsoleContext.Provider>
  );
};
