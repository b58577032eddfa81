import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { DraftEdit, DraftFinding } from '../../lib/analysis/draft';
import { draftOptions } from '../../lib/analysis/draft-options';
import { PLATFORM_RULES } from '../../lib/analysis/platform-rules';
import type { Flag } from '../../lib/model/analysis';
import type { Settings } from '../../lib/model/settings';
import { sensitivityScore } from '../../lib/analysis/sensitivity-score';
import { SensitivityScoreView } from '../widgets/SensitivityScoreView';
import { db } from '../services/db';
import { useI18n } from '../hooks/i18n';
import { languageName, platformName } from '../../lib/i18n/format';
import { findingText } from '../../lib/i18n/findings';
import { TONE } from '../widgets/PostItem';
import { useComposerDraft } from '../hooks/use-draft';
import { useModule } from '../hooks/use-module';

// Ready once the language detector's word lists are loaded too, so the first check reads as every later one.
const loadDraftCheck = () => import('../../lib/analysis/draft').then(async (m) => (await m.languageModelReady, m));
const DraftForecast = lazy(() => import('../widgets/DraftForecast').then((m) => ({ default: m.DraftForecast })));

const SEVERITY = {
  error: 'border-rose-600 bg-rose-50 dark:bg-rose-950',
  warning: 'border-amber-600 bg-amber-50 dark:bg-amber-950',
  info: 'border-sky-600 bg-sky-50 dark:bg-sky-950',
} as const;

/** Where the panel keeps its copy of the draft between views. */
const KEPT = 'rapport:draft';

const ORDER = { info: 0, warning: 1, error: 2 } as const;
/** The most serious finding's severity: the verdict wears its colour. */
const worst = (fs: readonly DraftFinding[]) => fs.reduce<DraftFinding['severity']>((w, f) => (ORDER[f.severity] > ORDER[w] ? f.severity : w), 'info');

/** Keeps the capital of a sentence's first word when a word is replaced. */
function matchCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) && /^\p{Ll}/u.test(replacement) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

/** The matched term's alternatives that are words to put in its place (not advice in brackets). */
const choices = (f: Flag) => (f.alternatives ?? []).filter((a) => !/^\(.*\)$/u.test(a));

/** Applies a finding's edits to the text, last first so the earlier offsets stay true. */
function applyEdits(text: string, edits: readonly DraftEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((s, e) => s.slice(0, e.start) + e.text + s.slice(e.end), text);
}

/**
 * "Draft": follows the platform composer in the current tab (the content script reports it, debounced) and
 * checks the panel's own copy: every finding with its reason and alternative, language, tone, platform fit.
 * Applying an alternative edits the panel's copy and copies the result; the page's composer is left alone.
 */
export function DraftView({ tabId, settings, findingsAt }: { tabId: number | undefined; settings: Settings; findingsAt?: number }) {
  const { t, lang } = useI18n();
  const composer = useComposerDraft(tabId);
  const page = useLiveQuery(() => (tabId === undefined ? undefined : db.tabs.get(tabId)), [tabId]);
  // The panel's copy outlives a visit to another view (the views unmount): kept for this panel's session only.
  const [text, setText] = useState(() => sessionStorage.getItem(KEPT) ?? '');
  useEffect(() => sessionStorage.setItem(KEPT, text), [text]);
  const [platform, setPlatform] = useState<string>('generic');
  const [status, setStatus] = useState('');
  const [checked, setChecked] = useState(text);

  // The composer's text replaces the panel's copy each time the person types there.
  useEffect(() => {
    if (composer) setText(composer.text);
  }, [composer?.at]);
  useEffect(() => {
    const p = composer?.platform ?? page?.platform;
    if (p && PLATFORM_RULES[p]) setPlatform(p);
  }, [composer?.platform, page?.platform]);
  // The analysis (1.7 MB) loads once there is something to check, while the debounce below runs.
  const analysis = useModule(text.trim() ? loadDraftCheck : undefined);
  // Debounced: the check is cheap, but re-rendering findings on every keystroke is noisy for screen readers.
  useEffect(() => {
    const id = setTimeout(() => setChecked(text), 250);
    return () => clearTimeout(id);
  }, [text]);

  // The composer's reply target: its language is the audience's too, exactly as the in-page indicator counts it.
  const replyLang = useLiveQuery(async () => (composer?.replyTo ? (await db.posts.get(composer.replyTo))?.detectedLang : undefined), [composer?.replyTo]);
  const check = useMemo(
    () => (analysis && checked.trim() ? analysis.checkDraft(checked, draftOptions(settings, { platform, replyLang })) : undefined),
    [analysis, checked, platform, settings, replyLang],
  );
  const flagAt = (f: DraftFinding) => check?.sensitivity.flags.find((x) => x.start === f.start && x.end === f.end);

  const apply = (f: Flag, alt: string) => {
    if (checked.slice(f.start, f.end) !== f.text) return;
    void use(checked.slice(0, f.start) + matchCase(f.text, alt) + checked.slice(f.end));
  };
  const use = async (next: string) => {
    setText(next);
    setChecked(next);
    try {
      await navigator.clipboard.writeText(next);
      setStatus(t('draft.applied'));
    } catch {
      setStatus(t('common.copyFailed'));
    }
  };
  const rules = PLATFORM_RULES[platform] ?? PLATFORM_RULES.generic!;
  // Asked from the page's composer indicator: the findings in view, their heading focused for keyboard and screen reader.
  const findingsHeading = useRef<HTMLHeadingElement>(null);
  const hasCheck = !!check;
  useEffect(() => {
    if (findingsAt === undefined || !hasCheck) return;
    findingsHeading.current?.scrollIntoView({ block: 'start' });
    findingsHeading.current?.focus();
  }, [findingsAt, hasCheck]);

  return (
    <div className="space-y-3">
      <h2 className="h2">{t('draft.title')}</h2>
      <p className="text-xs text-slate-700 dark:text-slate-300">{composer ? t('draft.fromComposer') : t('draft.help')}</p>
      <label className="block text-xs font-medium" htmlFor="draft-text">{t('draft.label')}</label>
      <textarea id="draft-text" data-testid="draft-text" className="field min-h-28 w-full text-sm" value={text} onChange={(e) => setText(e.target.value)} />
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <label className="flex items-center gap-1">
          {t('draft.platform')}
          <select className="field" value={platform} onChange={(e) => setPlatform(e.target.value)}>
            {Object.keys(PLATFORM_RULES).map((p) => (
              <option key={p} value={p}>{platformName(p, t)}</option>
            ))}
          </select>
        </label>
        <button type="button" className="btn" onClick={() => void navigator.clipboard.writeText(text).then(() => setStatus(t('common.copied')), () => setStatus(t('common.copyFailed')))}>
          {t('common.copy')}
        </button>
        <span role="status" aria-live="polite" data-testid="draft-status">{status}</span>
      </div>

      {!checked.trim() && <p className="text-xs text-slate-700 dark:text-slate-300" data-testid="draft-empty">{t('draft.empty')}</p>}
      {!analysis && checked.trim() && <p className="text-xs" data-testid="draft-loading">{t('common.loading')}</p>}
      {check && (
        <>
          <p className={`rounded border-l-4 p-2 text-sm font-medium ${check.findings.length ? SEVERITY[worst(check.findings)] : 'border-emerald-600 bg-emerald-50 dark:bg-emerald-950'}`} data-testid="draft-verdict" role="status">
            {check.findings.length === 0
              ? t('draft.verdict.ready')
              : t(new Intl.PluralRules(lang).select(check.findings.length) === 'one' ? 'draft.verdict.check.one' : 'draft.verdict.check.other', { n: check.findings.length })}
          </p>
          <dl className="grid grid-cols-3 gap-2 text-xs">
            <div className="card">
              <dt className="font-medium">{t('draft.language')}</dt>
              <dd data-testid="draft-language" data-code={check.language.code} title={`${Math.round(check.language.confidence * 100)} %`}>{languageName(check.language.code, lang, t)}</dd>
            </div>
            <div className="card">
              <dt className="font-medium">{t('draft.tone')}</dt>
              <dd>
                <span className={`rounded px-1.5 ${TONE[check.sentiment.label]}`} data-testid="draft-tone" title={t('draft.scoreTitle', { score: check.sentiment.score })}>{t(`sentiment.${check.sentiment.label}`)}</span>
              </dd>
            </div>
            <div className="card">
              <dt className="font-medium">{t('draft.fit')}</dt>
              <dd data-testid="draft-fit">{t('draft.length', { n: check.length.toLocaleString(lang), max: rules.maxLength.toLocaleString(lang) })}</dd>
            </div>
          </dl>
          <SensitivityScoreView result={sensitivityScore(check, { markets: settings.targetMarkets })} id="draft-css-h" />
          <section aria-labelledby="findings-h" id="findings">
            <h3 id="findings-h" ref={findingsHeading} tabIndex={-1} className="text-sm font-semibold">{t('draft.findings')} ({check.findings.length})</h3>
            {check.findings.length === 0 ? (
              <p className="text-xs" data-testid="no-findings">{t('draft.noFindings')}</p>
            ) : (
              <ul className="space-y-2" data-testid="findings">
                {check.findings.map((f, i) => {
                  const flag = flagAt(f);
                  const text = findingText(f, t, lang);
                  return (
                    <li key={`${f.kind}-${f.start ?? i}-${i}`} className={`rounded border-l-4 p-2 text-xs ${SEVERITY[f.severity]}`} data-testid="finding" data-kind={f.kind}>
                      <p>
                        <span className="font-semibold">{text.kind}</span>
                        {f.start !== undefined && f.end !== undefined && <> · {t('quote.open')}<mark className="bg-yellow-200 text-black">{checked.slice(f.start, f.end)}</mark>{t('quote.close')}</>}
                      </p>
                      <p><span className="font-medium">{t('draft.why')}:</span> {text.message}</p>
                      {flag ? (
                        <p className="mt-1 flex flex-wrap items-center gap-1">
                          <span className="font-medium">{t('draft.instead')}:</span>
                          {choices(flag).map((alt) => (
                            <button key={alt} type="button" className="btn" data-testid="apply-alternative" onClick={() => apply(flag, alt)}>
                              {t('draft.apply', { alt })}
                            </button>
                          ))}
                          {(flag.alternatives ?? []).filter((a) => !choices(flag).includes(a)).map((a) => <span key={a}>{a}</span>)}
                        </p>
                      ) : f.edits?.length ? (
                        <p className="mt-1">
                          <button type="button" className="btn" data-testid="apply-fix" onClick={() => void use(applyEdits(checked, f.edits!))}>{text.fix}</button>
                        </p>
                      ) : (
                        <p><span className="font-medium">{t('draft.instead')}:</span> {text.fix}</p>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        </>
      )}
      {checked.trim() && (
        <Suspense fallback={null}>
          <DraftForecast tabId={tabId} text={checked} />
        </Suspense>
      )}
    </div>
  );
}
