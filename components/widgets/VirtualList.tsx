import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useRef } from 'react';

/** Up to this many items everything is rendered (find-in-page and screen readers see all); beyond it, only what is visible. */
const VIRTUAL_FROM = 200;

/**
 * A list that stays smooth with thousands of items: above VIRTUAL_FROM it renders only the visible rows
 * (measured, so rows may differ in height) inside a scroll box of its own. Each item is wrapped in an <li>.
 */
export function VirtualList<T>({ items, total = items.length, render, keyOf, label, testId, estimate = 90 }: { items: readonly T[]; /** how many the list will hold once all are read */ total?: number; render: (item: T, index: number) => ReactNode; keyOf: (item: T) => string; label: string; testId?: string; estimate?: number }) {
  const parent = useRef<HTMLDivElement>(null);
  // Decided by what the list will hold, so a long list read in two steps keeps one form.
  const virtual = Math.max(total, items.length) > VIRTUAL_FROM;
  const v = useVirtualizer({ count: virtual ? items.length : 0, getScrollElement: () => parent.current, estimateSize: () => estimate, overscan: 8 });
  if (!virtual) {
    return (
      <ol className="space-y-2" aria-label={label} data-testid={testId}>
        {items.map((item, i) => (
          <li key={keyOf(item)}>{render(item, i)}</li>
        ))}
      </ol>
    );
  }
  return (
    <div ref={parent} className="max-h-[70vh] overflow-auto" tabIndex={0} role="region" aria-label={label}>
      <ol style={{ height: v.getTotalSize(), position: 'relative' }} data-testid={testId} aria-label={label}>
        {v.getVirtualItems().map((row) => (
          <li key={keyOf(items[row.index]!)} data-index={row.index} ref={v.measureElement} style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${row.start}px)`, paddingBottom: 8 }}>
            {render(items[row.index]!, row.index)}
          </li>
        ))}
      </ol>
    </div>
  );
}
