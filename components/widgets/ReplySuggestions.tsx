import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { replyKind, replyNote, suggestReplies, TONES, type Tone } from '../../lib/analysis/suggest';
import { languageName } from '../../lib/i18n/format';
import { pageMessaging } from '../../lib/protocol/page';
import type { StoredPost } from '../../lib/model/stored';
import { useI18n } from '../hooks/i18n';
import { modelAvailable, modelSuggestions } from '../services/on-device-model';
import { useSettings } from '../hooks/use-settings';

/** Asks the page's content script to put text in the post's reply box; `placed: false` when the site has none. */
async function placeReply(tabId: number, postId: string, text: string): Promise<{ ok: boolean; placed: boolean }> {
  try {
    return await pageMessaging.sendMessage('placeReply', { postId, text }, tabId);
  } catch {
    return { ok: false, placed: false };
  }
}

/**
 * Reply suggestions for one opportunity: a tone picker and several alternatives in the post's language.
 * "Use" puts the text in the platform's reply box for that post (or copies it where there is none); nothing
 * is ever posted. Computed here in the panel: the content script only places the chosen text.
 */
export function ReplySuggestions({ post, type, tabId }: { post: StoredPost; type: string; tabId: number }) {
  const { t, lang: uiLang } = useI18n();
  const [settings, , patch] = useSettings();
  const [tone, setTone] = useState<Tone | undefined>();
  const [status, setStatus] = useState('');
  const [modelTexts, setModelTexts] = useState<string[]>([]);
  const [hasModel, setHasModel] = useState(false);
  const chosenTone = tone ?? settings?.replyTone ?? 'neutral';
  const lang = post.analysis?.language.code ?? post.detectedLang;

  const suggestions = useMemo(
    () =>
      suggestReplies({
        type,
        text: post.text,
        title: post.title,
        author: post.author.name ?? post.author.handle,
        lang,
        platform: post.platform,
        tone: chosenTone,
        brands: settings?.brands ?? [],
      }),
    [type, post.text, post.title, post.author.name, post.author.handle, lang, post.platform, chosenTone, settings?.brands],
  );

  const note = useMemo(() => replyNote(post.text, lang), [post.text, lang]);

  useEffect(() => {
    void modelAvailable().then(setHasModel);
  }, []);
  useEffect(() => {
    setModelTexts([]);
    if (!settings?.modelSuggestions || !hasModel || suggestions.length === 0) return;
    let live = true;
    void modelSuggestions({ type, text: post.text, author: post.author.name ?? post.author.handle, lang: suggestions[0]!.lang, tone: chosenTone, platform: post.platform, brand: settings.brands[0] }).then((xs) => {
      if (live) setModelTexts(xs);
    });
    return () => {
      live = false;
    };
  }, [settings?.modelSuggestions, hasModel, suggestions, type, post.text, chosenTone]);

  if (!replyKind(type)) return null;

  const copy = async (text: string, msg: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(msg);
    } catch {
      setStatus(t('common.copyFailed'));
    }
  };
  const use = async (text: string) => {
    const r = await placeReply(tabId, post.id, text);
    if (r.placed) setStatus(t('reply.placed'));
    else await copy(text, r.ok ? t('reply.noBoxCopied') : t('reply.goneCopied'));
  };
  const pickTone = (next: Tone) => {
    setTone(next);
    void patch({ replyTone: next });
  };

  const items = [
    ...modelTexts.map((text, i) => ({ key: `m${i}`, text, lang: suggestions[0]?.lang ?? lang ?? 'en', model: true })),
    ...suggestions.map((s) => ({ key: `t${s.template}-${s.topic}`, text: s.text, lang: s.lang, model: false })),
  ];

  return (
    <div className="mt-1 space-y-1" data-testid="reply-suggestions">
      <fieldset className="flex flex-wrap items-center gap-2">
        <legend className="sr-only">{t('reply.tone')}</legend>
        <span aria-hidden="true">{t('reply.tone')}:</span>
        {TONES.map((x) => (
          <label key={x} className="flex items-center gap-1">
            <input type="radio" name={`tone-${post.id}-${type}`} value={x} checked={chosenTone === x} onChange={() => pickTone(x)} data-testid={`tone-${x}`} />
            {t(`reply.tone.${x}`)}
          </label>
        ))}
        {hasModel && (
          <label className="flex items-center gap-1">
            <input type="checkbox" checked={settings?.modelSuggestions ?? false} onChange={(e) => void patch({ modelSuggestions: e.target.checked })} data-testid="model-toggle" />
            {t('reply.model')}
          </label>
        )}
      </fieldset>
      {note ? (
        <p data-testid="reply-note" data-lang={note.params.lang}>{t(note.code, { language: languageName(note.params.lang, uiLang, t) })}</p>
      ) : items.length === 0 ? (
        <p>{t('reply.none')}</p>
      ) : (
        <ul className="space-y-1">
          {items.map((s) => (
            <li key={s.key} className="rounded border border-slate-200 p-1.5 dark:border-slate-700" data-testid="suggestion" data-lang={s.lang} data-source={s.model ? 'model' : 'template'}>
              <p lang={s.lang} data-testid="suggestion-text">{s.text}</p>
              <p className="mt-1 flex gap-1">
                {s.model && <span className="rounded bg-violet-100 px-1 text-violet-900 dark:bg-violet-900 dark:text-violet-100">{t('reply.fromModel')}</span>}
                <button type="button" className="btn" onClick={() => void use(s.text)} data-testid="use-suggestion">
                  {t('reply.use')}
                </button>
                <button type="button" className="btn" onClick={() => void copy(s.text, t('common.copied'))} data-testid="copy-suggestion">
                  {t('common.copy')}
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p role="status" aria-live="polite" data-testid="reply-status">{status}</p>
    </div>
  );
}
