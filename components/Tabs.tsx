import { type KeyboardEvent, useRef } from 'react';

/**
 * WAI-ARIA tabs: one tab stop for the whole bar (roving tabindex), arrow keys / Home / End move between tabs
 * and select them, each tab controls its panel by id.
 */
export function Tabs<T extends string>({ tabs, current, onSelect, label }: { tabs: { id: T; label: string }[]; current: T; onSelect: (id: T) => void; label: string }) {
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
    <div className="mt-1 flex flex-wrap gap-0.5" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((t) => (
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
          className={`rounded-t px-2.5 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-indigo-600 ${
            current === t.id ? 'border-b-2 border-indigo-700 font-semibold text-indigo-800 dark:border-indigo-300 dark:text-indigo-200' : 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800'
          }`}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
