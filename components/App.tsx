import { Bookmark, ChartLine, FileText, Languages, PenLine, Settings as SettingsIcon } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { pickLanguage, translator, type MessageKey } from '../lib/i18n';
import { AuditView } from './views/AuditView';
import { CapturesView } from './views/CapturesView';
import { DraftView } from './views/DraftView';
import { I18nProvider } from './hooks/i18n';
import { InsightsView } from './views/InsightsView';
import { PageView } from './views/PageView';
import { SettingsView } from './views/SettingsView';
import { StorageNotice } from './widgets/StorageNotice';
import { Tabs } from './widgets/Tabs';
import { usePanelTab } from './hooks/use-panel-tab';
import { useSettings } from './hooks/use-settings';
import { useTheme } from './hooks/use-theme';
import { useViewRequest } from './hooks/use-view-request';
import { ViewBoundary } from './widgets/ViewBoundary';

const VIEWS = ['page', 'draft', 'captures', 'insights', 'audit', 'settings'] as const;
type ViewId = (typeof VIEWS)[number];
const ICONS = { page: FileText, draft: PenLine, captures: Bookmark, insights: ChartLine, audit: Languages, settings: SettingsIcon } as const;

/** `?view=draft` opens a view directly (tests, and links from the in-page UI). */
function initialView(): ViewId {
  const v = new URLSearchParams(location.search).get('view');
  return (VIEWS as readonly string[]).includes(v ?? '') ? (v as ViewId) : 'page';
}

export function App() {
  const tabId = usePanelTab();
  const [settings, save, patch] = useSettings();
  const [view, setView] = useState<ViewId>(initialView);
  useTheme(settings?.theme);
  // the composer indicator's button asks for the Draft view at its findings
  const request = useViewRequest(tabId);
  useEffect(() => {
    if (request) setView(request.view);
  }, [request]);
  const lang = pickLanguage(settings?.uiLanguage, browser.i18n?.getUILanguage?.() ?? navigator.language);
  const i18n = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  const { t } = i18n;
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('app.title')} — ${t(`view.${view}` as MessageKey)}`;
  }, [lang, view, t]);

  return (
    <I18nProvider value={i18n}>
      <div className="min-h-screen bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100">
        <header className="sticky top-0 z-10 border-b border-slate-200 bg-white px-3 pt-2 dark:border-slate-700 dark:bg-slate-900 print:hidden">
          <h1 className="text-sm font-semibold tracking-wide">{t('app.title')}</h1>
          <Tabs label={t('app.views')} current={view} onSelect={setView} tabs={VIEWS.map((id) => ({ id, label: t(`view.${id}`), short: t(`nav.${id}`), icon: ICONS[id], iconOnly: id === 'settings' }))} />
        </header>
        <StorageNotice />
        <main className="p-3" id={`panel-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`} tabIndex={-1}>
          {!settings ? (
            <p className="text-sm">{t('common.loading')}</p>
          ) : (
            // Keyed by view: another tab starts with a fresh boundary.
            <ViewBoundary key={view} toPage={view === 'page' ? undefined : () => setView('page')}>
              {view === 'page' ? (
                <PageView tabId={tabId} />
              ) : view === 'draft' ? (
                <DraftView tabId={tabId} settings={settings} findingsAt={request?.at} />
              ) : view === 'captures' ? (
                <CapturesView settings={settings} />
              ) : view === 'insights' ? (
                <InsightsView />
              ) : view === 'audit' ? (
                <AuditView tabId={tabId} />
              ) : (
                <SettingsView settings={settings} save={save} patch={patch} />
              )}
            </ViewBoundary>
          )}
        </main>
      </div>
    </I18nProvider>
  );
}
