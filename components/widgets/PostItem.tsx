import { MAX_TEXT } from '../../lib/model/limits';
import type { StoredPost } from '../../lib/model/stored';
import { languageName } from '../../lib/i18n/format';
import { flagCategory, flagReason } from '../../lib/i18n/findings';
import type { Translate } from '../../lib/i18n';
import { useState } from 'react';
import { useI18n } from '../hooks/i18n';
import { ReviewControls } from './ReviewControls';
import { seenAgain } from '../../lib/db/observations';
import { PostGrowth } from './PostGrowth';

export const TONE = {
  positive: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
  neutral: 'bg-slate-100 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
  negative: 'bg-rose-100 text-rose-900 dark:bg-rose-900 dark:text-rose-100',
} as const;

/** One post: page text is rendered as text by React, never as markup. */
export function PostItem({ post, onCapture, onJump }: { post: StoredPost; onCapture?: (id: string) => void; onJump?: (id: string) => void }) {
  const { t, lang } = useI18n();
  const a = post.analysis;
  const flags = a?.sensitivity?.flags ?? [];
  const who = post.author.name ?? post.author.handle ?? t('page.unknownAuthor');
  const [reviewing, setReviewing] = useState(false);
  const was = a?.review?.analyser.sentiment;
  return (
    <article className="rounded border border-slate-200 p-2 dark:border-slate-700" data-post-id={post.id} style={{ marginLeft: Math.min(post.depth ?? 0, 8) * 8 }} aria-label={who}>
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="font-medium" data-testid="post-author">{who}</span>
        {post.promoted && <span className="rounded border border-slate-400 px-1.5 uppercase" title={t('page.adTitle')} data-testid="post-ad">{t('page.ad')}</span>}
        {a ? (
          <>
            <span className="rounded bg-slate-100 px-1.5 dark:bg-slate-700" data-testid="post-lang" title={`${languageName(a.language.code, lang, t)} (${Math.round(a.language.confidence * 100)} %)`}>
              {a.language.code}
            </span>
            <span className={`rounded px-1.5 ${TONE[a.sentiment.label]}`} data-testid="post-sentiment" data-confidence={a.sentiment.confidence} title={[was ? t('review.by', { label: t(`sentiment.${was.label}`) }) : '', a.sentiment.confidence !== undefined && !was ? t('page.sentimentConfidence', { pct: Math.round(a.sentiment.confidence * 100) }) : '', explain(post, t)].filter(Boolean).join(' · ')}>
              {was && '✎ '}{t(`sentiment.${a.sentiment.label}`)}
            </span>
            {a.toxicity?.flagged && (
              <span className="rounded bg-rose-700 px-1.5 text-white" data-testid="post-toxic" data-confidence={a.toxicity.confidence} title={a.toxicity.confidence !== undefined ? t('page.toxicityConfidence', { pct: Math.round(a.toxicity.confidence * 100) }) : undefined}>
                {t('audit.exampleToxic')}
              </span>
            )}
            {flags.length > 0 && (
              <span className="rounded bg-amber-100 px-1.5 text-amber-950 dark:bg-amber-900 dark:text-amber-50" title={t('post.flagsTitle')} data-testid="post-flags">
                ⚑ {[...new Set(flags.map((f) => flagCategory(f.category, t)))].join(', ')}
              </span>
            )}
          </>
        ) : (
          <span className="text-slate-600 dark:text-slate-300">{t('page.analysing')}</span>
        )}
        <span className="ml-auto flex gap-1">
          {a && (
            <button type="button" className="btn" onClick={() => setReviewing(!reviewing)} aria-expanded={reviewing} aria-label={t('review.openAria', { who })} data-testid="review-post">
              {t('review.open')}
            </button>
          )}
          {onJump && (
            <button type="button" className="btn" onClick={() => onJump(post.id)} aria-label={`${t('page.jump')}: ${who}`}>
              {t('page.jump')}
            </button>
          )}
          {onCapture && (
            <button type="button" className="btn" onClick={() => onCapture(post.id)} aria-pressed={post.captured === 1} data-testid="capture-post" aria-label={`${post.captured === 1 ? t('page.captured') : t('page.capture')}: ${who}`}>
              {post.captured === 1 ? `✓ ${t('page.captured')}` : t('page.capture')}
            </button>
          )}
        </span>
      </div>
      {post.title && post.title !== post.text && <p className="mt-1 text-sm font-semibold" data-testid="post-title">{post.title}</p>}
      <p className="mt-1 line-clamp-3 whitespace-pre-line text-sm" data-testid="post-text">{post.text}</p>
      {flags.length > 0 && (
        <div className="mt-1 space-y-0.5 text-xs text-amber-900 dark:text-amber-200" data-testid="post-flag-reasons">
          {flags.map((f) => <p key={`${f.start}-${f.ruleId}`}>⚑ {flagReason(f, t, lang)}</p>)}
        </div>
      )}
      {reviewing && a && <ReviewControls postId={post.id} analysis={a} />}
      {/* metrics over time, for a post whose counts were seen more than once */}
      {seenAgain(post) && <PostGrowth postId={post.id} post={post} />}
      {post.truncated && (
        <p className="mt-1 text-xs text-amber-800 dark:text-amber-300" data-testid="post-truncated">
          {t('post.truncated', { n: MAX_TEXT.toLocaleString(lang) })}
        </p>
      )}
    </article>
  );
}

function explain(post: StoredPost, t: Translate): string {
  const c = post.analysis?.sentiment.contributions ?? [];
  return c.length === 0 ? t('post.noSentimentWords') : c.map((x) => `${x.token} ${x.score > 0 ? '+' : ''}${x.score}`).join(', ');
}
