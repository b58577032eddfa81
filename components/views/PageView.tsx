import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useMemo, useState } from 'react';
import { pageTallies } from '../../lib/db/page-tallies';
import { observationsOf, seenAgain } from '../../lib/db/observations';
import { firstPagePosts, pagePosts } from '../../lib/db/queries';
import { mayGrowFast, rankOpportunities, type RankedOpportunity } from '../../lib/insights/opportunities';
import { pageSummary } from '../../lib/insights/page-summary';
import { counts } from '../../lib/insights/posts';
import type { MessageKey } from '../../lib/i18n';
import { db } from '../services/db';
import { timed } from '../services/timed';
import { EmptyState } from '../widgets/EmptyState';
import { useI18n } from '../hooks/i18n';
import { languageName, plural } from '../../lib/i18n/format';
import { opportunityText } from '../../lib/i18n/reasons';
import { flagCategory } from '../../lib/i18n/findings';
import { capture, focusPost } from '../services/panel-actions';
import { PostItem, TONE } from '../widgets/PostItem';
import { ReadingNote } from '../widgets/ReadingNote';
import { VirtualList } from '../widgets/VirtualList';
import { replyKind } from '../../lib/analysis/reply-kind';

// Suggestions need the analysis (they are checked like drafts): loaded when someone first asks for them.
// Suggestions are checked as drafts in the post's language: they show once the language model is there (without
// it every candidate reads as 'und' and none is held back for being in the wrong language).
const ReplySuggestions = lazy(() =>
  Promise.all([import('../widgets/ReplySuggestions'), import('../../lib/analysis/draft').then((d) => d.languageModelReady)]).then(([m]) => ({ default: m.ReplySuggestions })),
);

type SentimentFilter = 'all' | 'positive' | 'neutral' | 'negative';

/** Posts listed while the rest of a long page is read. */
const FIRST_POSTS = 100;
/** Opportunities shown at first, and at most: fifty cards took 50–80 ms to render, and the best come first. */
const OPPS_FIRST = 5;
const OPPS_MAX = 50;

/** A colour per opportunity type (AA contrast in light and dark), so a card's chips read at a glance. */
const CHIP: Record<string, string> = {
  question: 'bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100',
  complaint: 'bg-orange-100 text-orange-900 dark:bg-orange-900 dark:text-orange-100',
  praise: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
  // the urgent ones solid, so they stand apart from the tinted chips in both schemes
  moderation: 'bg-red-700 text-white dark:bg-red-600 dark:text-white',
  'brand-mention': 'bg-violet-100 text-violet-900 dark:bg-violet-900 dark:text-violet-100',
  'competitor-mention': 'bg-fuchsia-100 text-fuchsia-900 dark:bg-fuchsia-900 dark:text-fuchsia-100',
  'keyword-mention': 'bg-indigo-100 text-indigo-900 dark:bg-indigo-900 dark:text-indigo-100',
  'influential-author': 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  unanswered: 'bg-yellow-100 text-yellow-900 dark:bg-yellow-900 dark:text-yellow-100',
  'fast-growing': 'bg-teal-100 text-teal-900 dark:bg-teal-900 dark:text-teal-100',
  'negative-spike': 'bg-rose-700 text-white dark:bg-rose-600 dark:text-white',
};
const OTHER_CHIP = 'bg-slate-100 text-slate-900 dark:bg-slate-700 dark:text-slate-100';

/** "Page": what the current tab shows — overview, engagement opportunities best first, filters, the posts. */
export function PageView({ tabId }: { tabId: number | undefined }) {
  const { t, lang: uiLang } = useI18n();
  // What shows first, in one read: the tab's page, its kept counts (the overview, a few rows) and its first posts.
  const head = useLiveQuery(async () => {
    const page = tabId === undefined ? undefined : await db.tabs.get(tabId);
    if (!page) return { page };
    const [tallies, first] = await Promise.all([
      timed('page summary', () => pageTallies(db, page.pageKey)),
      timed('page first posts', () => firstPagePosts(db, page.pageKey, FIRST_POSTS)),
    ]);
    return { page, tallies, first };
  }, [tabId]);
  const page = head?.page;
  const summary = useMemo(() => pageSummary(head?.tallies ?? []), [head?.tallies]);
  // Then all its posts: a long page lists its first ones before all its rows are read.
  const all = useLiveQuery(() => (page ? timed('page posts', () => pagePosts(db, page.pageKey)) : undefined), [page?.pageKey, page?.updatedAt]);
  const posts = all ?? head?.first;
  const [sentiment, setSentiment] = useState<SentimentFilter>('all');
  const [lang, setLang] = useState('all');
  const [type, setType] = useState('all');
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const [notice, setNotice] = useState('');
  const [allOpps, setAllOpps] = useState(false);
  // Opportunities whose reply suggestions are open (post id + type).
  const [replying, setReplying] = useState<ReadonlySet<string>>(new Set());
  const toggleReplies = (key: string) => setReplying((prev) => {
    const next = new Set(prev);
    if (!next.delete(key)) next.add(key);
    return next;
  });

  // The latest observations of the posts seen more than once with replies enough to be growing fast: a post's
  // fast growth is told from its last two. (Reading them for every post of a 1,000-post page took 360 ms.)
  const grown = useMemo(() => (posts ?? []).filter((p) => seenAgain(p) && mayGrowFast(p)).map((p) => p.id), [posts]);
  const observations = useLiveQuery(() => timed('page observations', () => observationsOf(db, grown, 2)), [grown]);
  const opportunities = useMemo(() => rankOpportunities(posts ?? [], Date.now(), observations), [posts, observations]);
  // Ads are listed, marked, and left out of the figures (their counts never include them).
  const ads = useMemo(() => (posts ?? []).filter((p) => !counts(p)).length, [posts]);
  const byId = useMemo(() => new Map((posts ?? []).map((p) => [p.id, p])), [posts]);

  if (tabId !== undefined && head === undefined) return <p className="text-sm">{t('common.loading')}</p>;
  if (tabId === undefined || page === undefined) return <EmptyState title={t('page.emptyTitle')}>{t('page.emptyBody')}</EmptyState>;
  if (page.status === 'unrecognised' || (page.status === 'empty' && summary.posts === 0)) {
    return (
      <div className="space-y-2">
        <EmptyState title={t('page.unrecognisedTitle')}>{t('page.unrecognisedBody', { host: new URL(page.url).host })}</EmptyState>
        <ReadingNote page={page} posts={0} />
      </div>
    );
  }

  const dist = summary.sentiment;
  const langs = summary.languages;
  const flags = summary.flags.slice(0, 5);
  const loading = <p className="text-xs">{t('common.loading')}</p>;
  const oppTypes = [...new Set(opportunities.map((o) => o.type))];
  const matches = (id: string) => {
    const p = byId.get(id);
    if (!p) return false;
    if (sentiment !== 'all' && p.sentiment !== sentiment) return false;
    if (lang !== 'all' && p.detectedLang !== lang) return false;
    if (flaggedOnly && !(p.analysis?.sensitivity?.flags.length || p.analysis?.toxicity?.flagged)) return false;
    return true;
  };
  // One card per post, ranked by its best opportunity, its types as chips.
  const shownOpps = groupByPost(opportunities.filter((o) => matches(o.postId))).filter((g) => type === 'all' || g.some((o) => o.type === type));
  const shownPosts = (posts ?? []).filter((p) => matches(p.id) && (type === 'all' || opportunities.some((o) => o.postId === p.id && o.type === type)));

  const jump = async (postId: string) => {
    const ok = await focusPost(tabId, postId);
    setNotice(ok ? '' : t('page.jumpFailed'));
  };
  const oppLabel = (type: string) => (`opp.${type}` as MessageKey) in OPP_KEYS ? t(`opp.${type}` as MessageKey) : type;

  return (
    <div className="space-y-4">
      <section aria-labelledby="overview-h">
        <h2 id="overview-h" className="h2">{t('page.overview')}</h2>
        <p className="mb-2 text-xs text-slate-700 dark:text-slate-300" data-testid="page-summary">
          {plural(t, uiLang, 'plural.posts', summary.posts)} · {(['positive', 'neutral', 'negative'] as const).map((s) => `${dist[s].toLocaleString(uiLang)} ${t(`sentiment.${s}`)}`).join(' · ')}
        </p>
        {ads > 0 && <p role="status" className="mb-2 text-xs" data-testid="page-ads">{t('page.adsLeftOut', { n: ads.toLocaleString(uiLang) })}</p>}
        <ReadingNote page={page} posts={summary.posts} />
        {(page.dropped ?? 0) > 0 && <p role="status" className="mb-2 text-xs" data-testid="page-dropped">{t('page.dropped', { n: page.dropped ?? 0 })}</p>}
        {page.lost ? <p role="status" className="mb-2 text-xs text-rose-800 dark:text-rose-300" data-testid="posts-lost">{t('page.lost', { n: page.lost })}</p> : null}
        <dl className="grid grid-cols-2 gap-2 text-xs">
          <div className="card">
            <dt className="font-medium">{t('page.postsRead')}</dt>
            <dd className="text-lg" data-testid="posts-read">{summary.posts}</dd>
          </div>
          <div className="card">
            <dt className="font-medium">{t('page.sentiment')}</dt>
            <dd>
              <SentimentBar dist={dist} />
            </dd>
          </div>
          <div className="card">
            <dt className="font-medium">{t('page.languages')}</dt>
            <dd data-testid="page-languages">{langs.map((l) => `${languageName(l.code, uiLang, t)} ${l.count.toLocaleString(uiLang)}`).join(' · ')}</dd>
          </div>
          <div className="card">
            <dt className="font-medium">{t('page.topFlags')}</dt>
            <dd data-testid="page-flags">{flags.length ? flags.map((f) => `${flagCategory(f.category, t)} ${f.count}`).join(' · ') : t('page.noFlags')}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="filters-h">
        <h2 id="filters-h" className="h2">{t('page.filters')}</h2>
        <div className="flex flex-wrap items-end gap-2 text-xs">
          <label className="flex flex-col">
            {t('page.filterSentiment')}
            <select className="field" value={sentiment} onChange={(e) => setSentiment(e.target.value as SentimentFilter)}>
              <option value="all">{t('common.all')}</option>
              {(['positive', 'neutral', 'negative'] as const).map((s) => (
                <option key={s} value={s}>{t(`sentiment.${s}`)}</option>
              ))}
            </select>
          </label>
          <label className="flex flex-col">
            {t('page.filterLanguage')}
            <select className="field" value={lang} onChange={(e) => setLang(e.target.value)}>
              <option value="all">{t('common.all')}</option>
              {langs.map((l) => (
                <option key={l.code} value={l.code}>{languageName(l.code, uiLang, t)}</option>
              ))}
            </select>
          </label>
          <label className="flex flex-col">
            {t('page.filterType')}
            <select className="field" value={type} onChange={(e) => setType(e.target.value)}>
              <option value="all">{t('common.all')}</option>
              {oppTypes.map((o) => (
                <option key={o} value={o}>{oppLabel(o)}</option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-1">
            <input type="checkbox" checked={flaggedOnly} onChange={(e) => setFlaggedOnly(e.target.checked)} />
            {t('page.filterFlagged')}
          </label>
        </div>
      </section>

      <section aria-labelledby="opps-h">
        <h2 id="opps-h" className="h2">{t('page.opportunities')}</h2>
        {notice && <p role="status" className="text-xs text-amber-800 dark:text-amber-300">{notice}</p>}
        {!posts ? loading : shownOpps.length === 0 ? (
          <p className="text-xs">{t('page.noOpportunities')}</p>
        ) : (
          <ol className="space-y-1" data-testid="opportunities">
            {shownOpps.slice(0, allOpps ? OPPS_MAX : OPPS_FIRST).map((group) => {
              const o = group.find((x) => replyKind(x.type)) ?? group[0]!;
              const p = byId.get(o.postId)!;
              const key = `${o.postId}\u0000${o.type}`;
              return (
                <li key={o.postId} className="card space-y-1 text-xs" data-testid="opportunity" data-post-id={o.postId} data-type={o.type} data-types={group.map((x) => x.type).join(' ')}>
                  <p className="flex flex-wrap items-center gap-1">
                    {group.map((x) => <span key={x.type} className={`rounded px-1.5 font-medium ${CHIP[x.type] ?? OTHER_CHIP}`} data-testid="opportunity-type">{oppLabel(x.type)}</span>)}
                    {group.some((x) => x.history) && <span className="rounded border border-slate-400 px-1.5" data-testid="opportunity-history">{t('page.history')}</span>}
                    <span className="font-medium">{p.author.name ?? p.author.handle ?? t('page.unknownAuthor')}</span>
                  </p>
                  <p className="line-clamp-2">{p.text}</p>
                  {group.map((x) => <p key={x.type} className="text-slate-700 dark:text-slate-300" data-testid="opportunity-reason">{opportunityText(x, t, uiLang)}</p>)}
                  <p className="flex flex-wrap gap-1">
                    <button type="button" className="btn" onClick={() => void jump(o.postId)} data-testid="jump">
                      {t('page.jump')}
                    </button>
                    {replyKind(o.type) && (
                      <button type="button" className="btn" aria-expanded={replying.has(key)} onClick={() => toggleReplies(key)} data-testid="suggest-replies">
                        {replying.has(key) ? t('reply.hide') : t('reply.suggest')}
                      </button>
                    )}
                  </p>
                  {replying.has(key) && (
                    <Suspense fallback={<p className="text-xs">{t('common.loading')}</p>}>
                      <ReplySuggestions post={p} type={o.type} tabId={tabId} />
                    </Suspense>
                  )}
                </li>
              );
            })}
          </ol>
        )}
        {!allOpps && (posts ? shownOpps.length : 0) > OPPS_FIRST && (
          <button type="button" className="btn mt-1 text-xs" onClick={() => setAllOpps(true)} data-testid="more-opportunities">
            {t('page.moreOpportunities', { n: Math.min(OPPS_MAX, shownOpps.length) - OPPS_FIRST })}
          </button>
        )}
      </section>

      <section aria-labelledby="posts-h">
        <h2 id="posts-h" className="h2">{t('page.posts')}</h2>
        {!all && posts && summary.posts > posts.length && <p role="status" className="text-xs" data-testid="page-reading">{t('page.readingRest', { n: posts.length, total: summary.posts })}</p>}
        {!posts ? loading : (
          <VirtualList
            items={shownPosts}
            total={all ? shownPosts.length : summary.posts}
            keyOf={(p) => p.id}
            label={t('page.posts')}
            testId="post-list"
            render={(p) => <PostItem post={p} onJump={(id) => void jump(id)} onCapture={(id) => void capture([id])} />}
          />
        )}
      </section>
    </div>
  );
}

const OPP_KEYS = { 'opp.question': 1, 'opp.complaint': 1, 'opp.praise': 1, 'opp.brand-mention': 1, 'opp.competitor-mention': 1, 'opp.keyword-mention': 1, 'opp.influential-author': 1, 'opp.moderation': 1, 'opp.unanswered': 1, 'opp.fast-growing': 1, 'opp.negative-spike': 1 };

/** Sentiment shares as a stacked bar, with the numbers in text for screen readers and for checking. */
export function SentimentBar({ dist }: { dist: { positive: number; neutral: number; negative: number } }) {
  const { t } = useI18n();
  const total = dist.positive + dist.neutral + dist.negative || 1;
  const label = (['positive', 'neutral', 'negative'] as const).map((s) => `${t(`sentiment.${s}`)} ${dist[s]}`).join(' · ');
  return (
    <div>
      <div className="flex h-2 w-full overflow-hidden rounded" aria-hidden="true">
        {(['positive', 'neutral', 'negative'] as const).map((s) => (
          <div key={s} className={TONE[s]} style={{ width: `${(dist[s] / total) * 100}%` }} />
        ))}
      </div>
      <span className="text-xs">{label}</span>
    </div>
  );
}

/** The opportunities of each post together, posts in the order of their best one (the list comes ranked). */
function groupByPost(ranked: readonly RankedOpportunity[]): RankedOpportunity[][] {
  const groups = new Map<string, RankedOpportunity[]>();
  for (const o of ranked) {
    const g = groups.get(o.postId);
    if (g) g.push(o);
    else groups.set(o.postId, [o]);
  }
  return [...groups.values()];
}
