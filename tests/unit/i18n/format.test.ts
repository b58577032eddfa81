import { describe, expect, it } from 'vitest';
import { translator } from '../../../lib/i18n';
import { languageName, platformName, plural, timeAgo } from '../../../lib/i18n/format';

describe('names and numbers in the panel’s language', () => {
  it('names platforms as their owners do, and a page read by structure in the UI language', () => {
    expect(platformName('hackernews', translator('en'))).toBe('Hacker News');
    expect(platformName('x', translator('de'))).toBe('X');
    expect(platformName('generic', translator('de'))).toBe('Andere Website');
  });

  it('names languages in the UI language, says "unsure" for und, and leaves a broken code as it is', () => {
    expect(languageName('de', 'en', translator('en'))).toBe('German');
    expect(languageName('de', 'de', translator('de'))).toBe('Deutsch');
    expect(languageName('pt', 'fr', translator('fr'))).toBe('Portugais');
    expect(languageName('und', 'de', translator('de'))).toBe('Unsicher');
    expect(languageName('not a code!', 'en', translator('en'))).toBe('not a code!');
  });

  it('writes a number given to a sentence the language\'s way: a decimal comma in German and French, a point in English', () => {
    expect(translator('de')('audit.warn.uncertain', { confidence: 0.45 })).toBe('Die Spracherkennung ist unsicher (mittlere Sicherheit 0,45).');
    expect(translator('en')('audit.warn.uncertain', { confidence: 0.45 })).toContain('0.45');
    expect(translator('fr')('audit.warn.uncertain', { confidence: 0.45 })).toContain('0,45');
    // a string is left as the caller formatted it
    expect(translator('de')('audit.warn.uncertain', { confidence: '0.45' })).toContain('0.45');
  });

  it('puts counts in the right plural form with grouped digits', () => {
    expect(plural(translator('en'), 'en', 'plural.posts', 1)).toBe('1 post');
    expect(plural(translator('en'), 'en', 'plural.posts', 3001)).toBe('3,001 posts');
    expect(plural(translator('de'), 'de', 'plural.posts', 1)).toBe('1 Beitrag');
    expect(plural(translator('de'), 'de', 'plural.posts', 0)).toBe('0 Beiträge');
    // French counts 0 and 1 as singular
    expect(plural(translator('fr'), 'fr', 'plural.flags', 0)).toBe('0 signalement');
    expect(plural(translator('fr'), 'fr', 'plural.flags', 2)).toBe('2 signalements');
  });

  it('says how long ago in the largest whole unit, never in thousands of hours', () => {
    const now = Date.parse('2026-12-03T12:00:00Z');
    expect(timeAgo(now - 22_698 * 3_600_000, 'en', now)).toBe('2 years ago');
    expect(timeAgo(now - 3 * 3_600_000, 'de', now)).toBe('vor 3 Stunden');
    expect(timeAgo(now - 20_000, 'en', now)).toBe('20 seconds ago');
  });
});

describe('opportunity reasons in the panel’s language', () => {
  it('renders each code with its parameters, and falls back to the English reason for a code it does not know', async () => {
    const { opportunityText } = await import('../../../lib/i18n/reasons');
    const de = translator('de');
    expect(opportunityText({ code: 'opportunity.question', params: { help: true, unanswered: true }, reason: 'x' }, de, 'de'))
      .toBe('Stellt eine Frage und bittet um Hilfe, bisher ohne Antwort: Eine Antwort hier sehen alle, die dieselbe Frage haben.');
    expect(opportunityText({ code: 'opportunity.unanswered', params: { hours: 72 }, reason: 'x' }, de, 'de')).toBe('Eine Frage ohne Antwort, Wartezeit: 3 Tage.');
    expect(opportunityText({ code: 'opportunity.reach', params: { views: 12000, likes: 300 }, reason: 'x' }, translator('en'), 'en'))
      .toBe('Seen widely (12,000 views, 300 likes): a reply here reaches many people.');
    expect(opportunityText({ code: 'opportunity.mention', params: { term: 'Acme', tone: 'negative', kind: 'brand' }, reason: 'x' }, translator('fr'), 'fr'))
      .toBe('Mentionne votre terme suivi « Acme » sur un ton négatif.');
    expect(opportunityText({ reason: 'An old stored reason.' }, de, 'de')).toBe('An old stored reason.');
  });

  it('does not call a question on a two-year-old thread "waiting": old threads are history, not tasks', async () => {
    const { threadOpportunities } = await import('../../../lib/analysis/opportunities-thread');
    const now = new Date('2026-12-03T12:00:00Z');
    const asked = (hoursAgo: number) => [{ id: `q${hoursAgo}`, isQuestion: true, publishedAt: new Date(now.getTime() - hoursAgo * 3_600_000).toISOString() }];
    expect(threadOpportunities(asked(22_698), { now })).toEqual([]);
    const recent = threadOpportunities(asked(72), { now });
    expect(recent).toMatchObject([{ type: 'unanswered', code: 'opportunity.unanswered', params: { hours: 72 }, reason: 'A question has waited 3 days without an answer.' }]);
  });
});
