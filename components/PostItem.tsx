import { MAX_TEXT } from '../lib/model/limits';
import type { StoredPost } from '../lib/model/stored';

const TONE = {
  positive: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
  neutral: 'bg-slate-100 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
  negative: 'bg-rose-100 text-rose-900 dark:bg-rose-900 dark:text-rose-100',
} as const;

/** One post: page text is rendered as text by React, never as markup. */
export function PostItem({ post }: { post: StoredPost }) {
  const a = post.analysis;
  return (
    <li className="rounded border border-slate-200 p-2 dark:border-slate-700" data-post-id={post.id} style={{ marginLeft: Math.min(post.depth ?? 0, 8) * 8 }}>
      <div className="flex items-center gap-2 text-xs">
        <span className="font-medium" data-testid="post-author">{post.author.name ?? post.author.handle ?? 'unknown'}</span>
        {a ? (
          <>
            <span className="rounded bg-slate-100 px-1.5 dark:bg-slate-700" data-testid="post-lang" title={`confidence ${a.language.confidence}`}>
              {a.language.code}
            </span>
            <span className={`rounded px-1.5 ${TONE[a.sentiment.label]}`} data-testid="post-sentiment" title={explain(post)}>
              {a.sentiment.label}
            </span>
          </>
        ) : (
          <span className="text-slate-500">analysing…</span>
        )}
      </div>
      {post.title && post.title !== post.text && <p className="mt-1 text-sm font-semibold" data-testid="post-title">{post.title}</p>}
      <p className="mt-1 line-clamp-3 whitespace-pre-line text-sm" data-testid="post-text">{post.text}</p>
      {post.truncated && (
        <p className="mt-1 text-xs text-amber-800 dark:text-amber-300" data-testid="post-truncated">
          Very long post: only its first {MAX_TEXT.toLocaleString('en')} characters were kept.
        </p>
      )}
    </li>
  );
}

function explain(post: StoredPost): string {
  const c = post.analysis?.sentiment.contributions ?? [];
  return c.length === 0 ? 'no sentiment words' : c.map((x) => `${x.token} ${x.score > 0 ? '+' : ''}${x.score}`).join(', ');
}
