import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../lib/analysis/draft';
import { checkSensitivity } from '../../../lib/analysis/sensitivity';
import { SENSITIVITY_RULES } from '../../../lib/analysis/sensitivity-rules';
import { translator, UI_LANGUAGES } from '../../../lib/i18n';
import { alertText, auditReportText, auditWarningText, findingText, flagCategory, flagReason, healthDetail } from '../../../lib/i18n/findings';
import { auditHtml } from '../../../lib/insights/audit-report';
import { negativeSpikes } from '../../../lib/insights/alerts';
import { auditByLanguage } from '../../../lib/insights/audit';
import { communityHealth } from '../../../lib/insights/health';
import type { InsightPost } from '../../../lib/insights/posts';

/** Words of English prose that none of the other UI languages uses. */
const ENGLISH = /\b(the|and|of|is|are|with|your|you|reads|posts?|only|too|few|without|recent|before|remove|keep|words?|tone|gendered)\b/i;
const de = translator('de');

describe('what the analysis found, in the panel’s language', () => {
  it('a flag on English text reads German in a German panel, the rule’s own sentence in its own language', () => {
    const [flag] = checkSensitivity('Our chairman reviews every ban.', 'en').flags;
    expect(flagReason(flag!, de, 'de')).toBe('„chairman“ setzt ein Geschlecht voraus oder bewertet danach; neutrale Wörter schließen alle ein.');
    expect(flagReason(flag!, translator('en'), 'en')).toBe('A gendered job title assumes who does the job.');
    const [german] = checkSensitivity('Das ist doch voll behindert.', 'de').flags;
    expect(flagReason(german!, de, 'de')).toMatch(/^„Behindert“ oder „Spast“ als Schimpfwort/);
    expect(flagCategory('gender', de)).toBe('Geschlecht');
  });

  it('every rule category has its sentence in every UI language', () => {
    for (const lang of UI_LANGUAGES) {
      const t = translator(lang);
      for (const category of new Set(SENSITIVITY_RULES.map((r) => r.category))) {
        const text = flagReason({ ruleId: 'none', category, text: 'X' }, t, lang);
        expect(text, `${lang} ${category}`).toContain('X');
        expect(flagCategory(category, t), `${lang} ${category}`).not.toContain('flag.cat');
      }
    }
  });

  it('every draft finding has a German sentence and fix, with platforms and languages by name', () => {
    const drafts: [string, Parameters<typeof checkDraft>[1]][] = [
      ['word '.repeat(80), { platform: 'x' }],
      ['New drop https://a.example https://b.example #a #b #c', { platform: 'instagram' }],
      ['Read https://a.example and https://b.example and https://c.example', { platform: 'generic' }],
      ['New drop #a #b #c #d @a @b @c @d @e @f @g @h @i @j @k', { platform: 'x' }],
      ['Show HN #launch', { platform: 'hackernews' }],
      ['Nous lançons aujourd’hui la nouvelle version de notre application mobile.', { audienceLanguages: ['en', 'de'] }],
      ['Hey guys, that idea was retarded, what the fuck, this is the worst, awful, terrible, horrible mess 👌', { platform: 'x', markets: ['BR'] }],
      ['I will kill you if you post that again.', { platform: 'x' }],
    ];
    const kinds = new Set<string>();
    for (const [text, opts] of drafts) {
      for (const f of checkDraft(text, opts).findings) {
        kinds.add(f.kind);
        const r = findingText(f, de, 'de');
        expect(r.message, f.code).not.toMatch(/finding\.|\{/);
        expect(r.message.replace(/[“„][^“”„]*[”“]/gu, ''), f.code).not.toMatch(ENGLISH);
        expect(`${r.kind} ${r.fix}`.replace(/[“„][^“”„]*[”“]/gu, ''), f.code).not.toMatch(ENGLISH);
        if (f.kind !== 'sensitivity') expect(r.fix.length, f.code).toBeGreaterThan(0);
      }
    }
    expect([...kinds].sort()).toEqual(['hashtags', 'language', 'length', 'links', 'mentions', 'sensitivity', 'tone', 'toxicity']);
    const lang = checkDraft(drafts[5]![0], drafts[5]![1]).findings.find((f) => f.kind === 'language')!;
    expect(findingText(lang, de, 'de').message).toBe('Geschrieben auf Französisch, Ihr Publikum liest aber Englisch oder Deutsch.');
  });

  it('the toxicity fix and the extra hashtags are edits the panel can apply', () => {
    const f = checkDraft('You are an idiot and a moron.', { platform: 'x' }).findings.find((x) => x.kind === 'toxicity');
    expect(f?.edits?.length).toBe(1);
    const tags = checkDraft('New drop #a #b #c #d', { platform: 'x' }).findings.find((x) => x.kind === 'hashtags')!;
    const text = 'New drop #a #b #c #d';
    expect([...tags.edits!].sort((a, b) => b.start - a.start).reduce((s, e) => s.slice(0, e.start) + e.text + s.slice(e.end), text)).toBe('New drop #a #b');
  });

  const NOW = Date.UTC(2026, 11, 1, 12);
  const post = (id: string, text: string, label: 'positive' | 'negative' | 'neutral', at = NOW - 3_600_000, extra: Partial<InsightPost> = {}): InsightPost => ({
    id, platform: 'reddit', url: 'https://www.reddit.com/r/x', text, author: { name: id }, metrics: {}, firstSeen: at, lastSeen: at, publishedAt: new Date(at).toISOString(),
    analysis: { version: 1, language: { code: 'en', confidence: 0.9 }, sentiment: { label, score: label === 'negative' ? -0.5 : 0.5, contributions: [] } },
    ...extra,
  }) as InsightPost;

  it('alerts, health parts and audit cautions render from their numbers in German', () => {
    const posts = [1, 2, 3, 4].map((i) => post(`p${i}`, 'Acme is broken again', 'negative'));
    const [alert] = negativeSpikes(posts, ['Acme'], { now: NOW });
    expect(alertText(alert!, de, 'de')).toBe('4 von 4 neuen Beiträgen zu „Acme“ sind negativ (100\u00a0%); vorher: keine Erwähnungen.');
    expect(alertText({ ...alert!, before: undefined } as never, de, 'de')).toBe(alert!.reason); // stored before it kept the numbers

    const health = communityHealth([...posts, post('p5', 'Why is it broken?', 'neutral'), post('p6', 'Love it', 'positive')]);
    for (const p of health.parts) expect(healthDetail(p, de, 'de'), p.id).not.toMatch(ENGLISH);
    expect(healthDetail(health.parts.find((p) => p.id === 'responsiveness')!, de, 'de')).toBe('0 beantwortet; insgesamt 1 Frage');

    const audit = auditByLanguage([post('s1', 'Habari yako rafiki', 'neutral', NOW, { analysis: { version: 1, language: { code: 'sw', confidence: 0.4 }, sentiment: { label: 'neutral', score: 0, contributions: [] } } })]);
    const cautions = audit[0]!.warnings.map((w) => auditWarningText(w, de, 'de'));
    expect(cautions).toEqual([
      'Rapports Wortlisten decken Suaheli nur teilweise ab: Stimmung und Markierungen können etwas übersehen.',
      'Die Spracherkennung ist unsicher (mittlere Sicherheit 40\u00a0%).',
      'Nur 1 Beitrag: zu wenige für einen Vergleich.',
    ]);

    // the printable report a reviewer exports: in German too, page text escaped
    const report = auditHtml(audit, { title: 'Prüfung', set: 'Diese Seite', lang: 'de', text: auditReportText(de, 'de') });
    expect(report).toContain('<th scope="col" data-code="sw">Suaheli</th>');
    expect(report).toContain('Nur 1 Beitrag: zu wenige für einen Vergleich.');
    const words = report.replace(/<style>[^]*<\/style>/, '').replace(/<[^>]+>/g, ' ').replace('Habari yako rafiki', '');
    expect(words).not.toMatch(/\b(Posts|Positive|Negative|Caution|Examples|Generated|Set)\b/);
  });
});
