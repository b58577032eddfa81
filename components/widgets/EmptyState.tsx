import type { ReactNode } from 'react';

export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div role="status" className="rounded border border-dashed border-slate-300 p-4 text-sm dark:border-slate-600">
      <p className="font-medium">{title}</p>
      <p className="mt-1 text-slate-600 dark:text-slate-300">{children}</p>
    </div>
  );
}
