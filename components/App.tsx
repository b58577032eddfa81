import { useState } from 'react';
import { PageView } from './PageView';
import { StorageNotice } from './StorageNotice';
import { usePanelTab } from './use-panel-tab';

const VIEWS = [{ id: 'page', label: 'Page' }] as const;
type ViewId = (typeof VIEWS)[number]['id'];

export function App() {
  const tabId = usePanelTab();
  const [view, setView] = useState<ViewId>('page');
  return (
    <div className="min-h-screen bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      <header className="sticky top-0 z-10 border-b border-slate-200 bg-white/95 px-3 pt-2 dark:border-slate-700 dark:bg-slate-900/95">
        <h1 className="text-sm font-semibold tracking-wide">Rapport</h1>
        <nav className="mt-1 flex gap-1" role="tablist" aria-label="Views">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              role="tab"
              aria-selected={view === v.id}
              onClick={() => setView(v.id)}
              className={`rounded-t px-3 py-1.5 text-sm ${view === v.id ? 'border-b-2 border-indigo-600 font-medium' : 'text-slate-600 dark:text-slate-300'}`}
            >
              {v.label}
            </button>
          ))}
        </nav>
      </header>
      <StorageNotice />
      <main className="p-3">{view === 'page' && <PageView tabId={tabId} />}</main>
    </div>
  );
}
