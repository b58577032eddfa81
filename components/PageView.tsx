import { useLiveQuery } from 'dexie-react-hooks';
import { pagePosts } from '../lib/db/queries';
import { db } from './db';
import { EmptyState } from './EmptyState';
import { PostItem } from './PostItem';

/** "Page": the posts of the current tab, live, with their language and sentiment. */
export function PageView({ tabId }: { tabId: number | undefined }) {
  const page = useLiveQuery(() => (tabId === undefined ? undefined : db.tabs.get(tabId)), [tabId]);
  const posts = useLiveQuery(() => (page ? pagePosts(db, page.pageKey) : []), [page?.pageKey, page?.updatedAt]);

  if (tabId === undefined || page === undefined) {
    return (
      <EmptyState title="Open a supported page">
        Rapport reads Hacker News on its own. On any other page, right-click and choose “Read this page with Rapport”
        (or press Alt+Shift+R).
      </EmptyState>
    );
  }
  if (page.status === 'unrecognised' || (page.status === 'empty' && (posts?.length ?? 0) === 0)) {
    return (
      <EmptyState title="This page’s layout is not recognised">
        No posts were found on {new URL(page.url).host}
        {page.reader !== 'none' ? ` (read as ${page.reader})` : ''}. If this page shows posts, its markup has changed.
      </EmptyState>
    );
  }
  if (!posts) return <p className="text-sm text-slate-500">Loading…</p>;
  const counts = { positive: 0, neutral: 0, negative: 0 };
  for (const p of posts) if (p.sentiment) counts[p.sentiment]++;
  return (
    <section aria-label="Posts on this page">
      <p className="mb-2 text-xs text-slate-600 dark:text-slate-300" data-testid="page-summary">
        {posts.length} posts · {counts.positive} positive · {counts.neutral} neutral · {counts.negative} negative
      </p>
      <ol className="space-y-2" data-testid="post-list">
        {posts.map((p) => (
          <PostItem key={p.id} post={p} />
        ))}
      </ol>
    </section>
  );
}
