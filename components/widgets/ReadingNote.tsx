import { useState } from 'react';
import type { TabPage } from '../../lib/model/stored';
import { plural } from '../../lib/i18n/format';
import { PICKER_LABELS, type PickerLabels } from '../../lib/protocol/page';
import { useI18n } from '../hooks/i18n';
import { pickPosts } from '../services/panel-actions';
import { alwaysRead } from '../services/site-access';

/**
 * How the page was read and how sure Rapport is ("Read 42 posts by repeated structure. Authors and dates found.
 * No scores."), for pages read by structure or by a site recipe; and the next step: "Pick a post" to teach the
 * site, "Always read this site".
 */
export function ReadingNote({ page, posts }: { page: TabPage; posts: number }) {
  const { t, lang } = useI18n();
  const [notice, setNotice] = useState('');
  const e = page.explanation;
  const taught = page.platform === 'generic';
  if (!e && !taught) return null;
  const unsure = !e || e.confidence !== 'high' || page.status !== 'ok' || posts === 0;
  const lines: string[] = [];
  if (e && posts > 0) {
    lines.push(t('reading.summary', { posts: plural(t, lang, 'plural.posts', posts), how: t(`reading.how.${e.approach}`) }));
    const parts = (['authors', 'dates', 'scores'] as const).filter((p) => e.parts[p] >= 0.5);
    const missing = (['authors', 'dates', 'scores'] as const).filter((p) => e.parts[p] < 0.5);
    const and = new Intl.ListFormat(lang, { type: 'conjunction' });
    const or = new Intl.ListFormat(lang, { type: 'disjunction' });
    // a sentence may start with the list ("authors and dates found."): capitalised as a sentence
    const sentence = (text: string) => text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
    if (parts.length) lines.push(sentence(t('reading.found', { parts: and.format(parts.map((p) => t(`reading.part.${p}`))) })));
    if (missing.length) lines.push(t('reading.missing', { parts: or.format(missing.map((p) => t(`reading.part.${p}`))) }));
    lines.push(t(`reading.confidence.${e.confidence}`));
  }
  const labels = Object.fromEntries(PICKER_LABELS.map((k) => [k, t(`picker.${k}`)])) as PickerLabels;
  const pick = async () => setNotice((await pickPosts(page.tabId, labels)) ? t('reading.pickStarted') : t('reading.pickFailed'));
  const host = new URL(page.url).hostname;
  const always = async () => setNotice((await alwaysRead(page.url, page.tabId)) ? t('reading.alwaysOn', { host }) : t('reading.alwaysDenied', { host }));
  return (
    <div className="mb-2 space-y-1 text-xs" data-testid="reading-note">
      {lines.length > 0 && <p data-testid="reading-explanation">{lines.join(' ')}</p>}
      {unsure && <p>{t('reading.teach')}</p>}
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn" onClick={() => void pick()} data-testid="pick-post">{t('reading.pick')}</button>
        <button type="button" className="btn" onClick={() => void always()} data-testid="always-read">{t('reading.always')}</button>
      </div>
      {notice && <p role="status" data-testid="reading-notice">{notice}</p>}
    </div>
  );
}
