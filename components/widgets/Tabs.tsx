import type { LucideIcon } from 'lucide-react';
import { type KeyboardEvent, useRef } from 'react';

/**
 * WAI-ARIA tabs: one tab stop for the whole bar (roving tabindex), arrow keys / Home / End move between tabs
 * and select them, each tab controls its panel by id. One row: an icon above a short label in equal columns, and
 * tabs marked `iconOnly` (Settings) as a narrow icon at the end, so the views fit a 320 px panel in every UI
 * language. A labelled tab's visible label is its accessible name (label in name), the full name its tooltip.
 */
export function Tabs<T extends string>({ tabs, current, onSelect, label }: { tabs: { id: T; label: string; short: string; icon: LucideIcon; iconOnly?: boolean }[]; current: T; onSelect: (id: T) => void; label: string }) {
  // The selected tab is marked by its underline, colour and bolder icon, not a bold label: bold text would no longer fit.
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === current);
    const next = e.key === 'ArrowRight' ? (i + 1) % tabs.length : e.key === 'ArrowLeft' ? (i - 1 + tabs.length) % tabs.length : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    const id = tabs[next]!.id;
    onSelect(id);
    refs.current.get(id)?.focus();
  };
  return (
    <div className="-mx-2 mt-1 flex" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map(({ icon: Icon, iconOnly, ...t }) => (
        <button
          key={t.id}
          ref={(el) => void (el ? refs.current.set(t.id, el) : refs.current.delete(t.id))}
          id={`tab-${t.id}`}
          role="tab"
          type="button"
          aria-selected={current === t.id}
          aria-controls={`panel-${t.id}`}
          tabIndex={current === t.id ? 0 : -1}
          onClick={() => onSelect(t.id)}
          title={t.label}
          {...(iconOnly ? { 'aria-label': t.label } : {})}
          className={`flex flex-col items-center justify-center gap-0.5 rounded-t px-0.5 pt-1 pb-1 text-[11px] leading-tight focus-visible:outline-2 focus-visible:outline-indigo-600 ${iconOnly ? 'w-8 shrink-0' : 'min-w-0 flex-1'} ${
            current === t.id ? 'border-b-2 border-indigo-700 text-indigo-800 dark:border-indigo-300 dark:text-indigo-200' : 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800'
          }`}
        >
          <Icon aria-hidden="true" size={16} strokeWidth={current === t.id ? 2.4 : 1.8} />
          {!iconOnly && <span className="max-w-full truncate">{t.short}</span>}
        </button>
      ))}
    </div>
  );
}
