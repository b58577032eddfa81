/**
 * Hostile text through every exported analyser and reader helper: long runs without spaces, "a@" repeated, digit
 * runs, nested brackets, RTL / zero-width / combining marks, emoji sequences, CJK, repeated punctuation,
 * "http://" repeated, HTML-looking text. Each must take time linear in the text: at most FACTOR times what an
 * ordinary 280-character post costs per character (measured in the same test, so a busy machine slows both),
 * plus a fixed allowance for a garbage collection. A call over budget is timed once more before it fails: a pause
 * does not repeat, a quadratic pattern does.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze, languageModelReady } from '../../../lib/analysis/analyze';
import { checkDraft } from '../../../lib/analysis/draft';
import { detectLanguage } from '../../../lib/analysis/language';
import { postOpportunities } from '../../../lib/analysis/opportunities-post';
import { readability } from '../../../lib/analysis/readability';
import { checkSensitivity } from '../../../lib/analysis/sensitivity';
import { analyzeSentiment } from '../../../lib/analysis/sentiment';
import { suggestReplies, topicsOf } from '../../../lib/analysis/suggest';
import { analyzeToxicity } from '../../../lib/analysis/toxicity';
import { contentHash, isoDate, limitText, namedCount, parseCount, shownDate, visibleText } from '../../../lib/platforms/dom';

await languageModelReady;

const ORDINARY =
  "Honestly the new update is so much better than before!!! Great job team 👏 but why does the app still crash when I open my profile? " +
  'Asked support twice, no answer yet. @support any ideas? Still love it though, recommend it to everyone #update https://example.com/x';
const FACTOR = 50; // per character, against the ordinary post
const ALLOWANCE_MS = 250; // a garbage collection or a scheduler hiccup on a shared machine
const MAX_LENGTH = 20_000; // the longest text a post stores (MAX_TEXT)

/** Pieces hostile text is made of, each repeated to thousands of characters. */
const UNITS = [
  'a@', '中', '文字', 'a', 'aaab', '1', '1,', '1 ', '1.000 ', '-1', '(', ')', '([{<', '>}])', '\u202e', '\u200b', '\u200f',
  'e\u0301\u0302', 'א', 'مرحبا ', '👨‍👩‍👧‍👦', '🇫🇷', '👍🏽', '❤️', '!', '?', '!?.', '...', '。', 'http://', 'https://a.b/',
  'www.', '<a href="x">', '</div>', '<div>', '&amp;', '&lt;', '#', '#a', '#Hello_World', '@', '@a', ':)', ':-(', ' ', '\n',
  '\t', 'who ', 'who\n', 'a.', 'chairman ', 'hey guys ', 'no no good ', 'kind of ', 'fuck you ', 'sh1t', 'f*ck', 'lol ',
  "a-'", "you're ", 'Jan 1 ', ' and 3 others', 'x@y.z', 'a.b@c', '배송이', 'ひらがな', 'ภาษา', 'Δ', 'ß', 'İ', 'kkkk',
];

const hostile = fc
  .tuple(
    fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...UNITS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 3 }),
    fc.integer({ min: 1_000, max: MAX_LENGTH }),
  )
  .map(([units, length]) => {
    // Each unit repeated over its share of the length: runs long enough for any backtracking to show.
    const share = Math.ceil(length / units.length);
    return units.map((u) => u.repeat(Math.ceil(share / u.length))).join('').slice(0, length);
  });

function timeOf(fn: (t: string) => unknown, text: string): number {
  const t0 = performance.now();
  fn(text);
  return performance.now() - t0;
}

/** Median time of the ordinary post, after warming up (dictionaries built, code compiled). */
function baseline(fn: (t: string) => unknown): number {
  for (let i = 0; i < 5; i++) fn(ORDINARY);
  const xs = Array.from({ length: 21 }, () => timeOf(fn, ORDINARY)).sort((a, b) => a - b);
  return Math.max(xs[10]!, 0.005);
}

function linear(name: string, fn: (t: string) => unknown, runs = 25) {
  it(`${name} is linear on hostile text`, () => {
    const perChar = baseline(fn) / ORDINARY.length;
    fc.assert(
      fc.property(hostile, (text) => {
        const budget = ALLOWANCE_MS + FACTOR * perChar * text.length;
        let ms = timeOf(fn, text);
        if (ms > budget) ms = Math.min(ms, timeOf(fn, text));
        if (ms > budget) throw new Error(`${name} took ${ms.toFixed(0)} ms on ${text.length} characters (${JSON.stringify(text.slice(0, 24))}…), budget ${budget.toFixed(0)} ms`);
      }),
      { numRuns: runs, endOnFailure: true }, // shrinking would time the slow inputs again and again
    );
  });
}

describe('analysers on hostile text', () => {
  linear('analyze()', (t) => analyze({ text: t, metrics: { replies: 0, likes: 5 }, watch: [{ term: 'acme', kind: 'brand' }] }));
  linear('detectLanguage', (t) => detectLanguage(t, { hint: 'en', userLanguages: ['de'] }));
  linear('analyzeSentiment (en)', (t) => analyzeSentiment(t, 'en'));
  linear('analyzeSentiment (zh, segmented)', (t) => analyzeSentiment(t, 'zh'));
  linear('analyzeToxicity (en)', (t) => analyzeToxicity(t, 'en'));
  linear('analyzeToxicity (de, compounds)', (t) => analyzeToxicity(t, 'de'));
  linear('checkSensitivity (with markets)', (t) => checkSensitivity(t, 'en', { markets: ['CN', 'BR', 'IN'] }));
  linear('postOpportunities', (t) =>
    postOpportunities(t, { language: { code: 'en', confidence: 1 }, sentiment: { label: 'negative', score: -0.7, contributions: [] }, metrics: { replies: 0 }, watch: [{ term: 'acme' }] }),
  );
  linear('checkDraft', (t) => checkDraft(t, { platform: 'x', audienceLanguages: ['en'], markets: ['CN'] }));
  linear('readability', (t) => readability(t, 'en'));
  linear('topicsOf', (t) => topicsOf(t, 'en', ['acme']), 15);
  linear('suggestReplies', (t) => suggestReplies({ type: 'question', text: t, lang: 'en', author: 'sam' }), 15);
});

describe('reader helpers on hostile text', () => {
  linear('parseCount', (t) => parseCount(t));
  linear('namedCount', (t) => namedCount(t));
  linear('shownDate', (t) => shownDate(t));
  linear('isoDate', (t) => isoDate(t));
  linear('contentHash', (t) => contentHash(t, t));
  linear('limitText', (t) => limitText(t, 5_000));
  const { document } = parseHTML('<!doctype html><html><body><article></article></body></html>');
  const article = document.querySelector('article')!;
  linear('visibleText', (t) => {
    article.replaceChildren(document.createTextNode(t), document.createElement('br'), document.createTextNode(t));
    return visibleText(article);
  });
});

describe('the cut', () => {
  it('analyses at most the first MAX_ANALYSED_TEXT characters, offsets valid in the whole text', () => {
    const insult = 'you idiot ';
    const text = 'fine words here. '.repeat(700) + insult.repeat(100);
    expect(text.length).toBeGreaterThan(12_000);
    const a = analyze({ text });
    for (const s of a.toxicity!.spans) {
      expect(s.end).toBeLessThanOrEqual(10_000);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    // the insults all come after the cut
    expect(a.toxicity!.spans.length).toBe(0);
    expect(analyze({ text: insult.repeat(100) }).toxicity!.flagged).toBe(true);
  });
});
