/**
 * Reply suggestions for engagement opportunities: in the post's language, in the tone the user picks, built
 * from the post itself (its author, what it asks or complains about, the watched brand). Templates are data
 * (./replies/<lang>.ts); this file picks the topic, fills the templates, and keeps only suggestions the draft
 * check finds nothing to flag in. Pure: runs in the panel, the worker and Node alike. Never posts anything.
 */
import { checkDraft } from './draft';
import { analysedPart } from '../model/limits';
import { PLATFORM_RULES, platformLength } from './platform-rules';
import { replyKind } from './reply-kind';
import { detectLanguage } from './language';
import { analyzeSentiment } from './sentiment';
import { analyzeToxicity } from './toxicity';
import { PHRASEBOOKS, type Phrasebook, type ReplyKind, type Tone } from './replies';

export { REPLY_LANGUAGES, TONES, type Tone, type ReplyKind } from './replies';
export { replyKind } from './reply-kind';

export interface SuggestInput {
  /** opportunity type (question, complaint, brand-mention, negative-spike, …) */
  type: string;
  text: string;
  title?: string;
  author?: string;
  /** the post's language (detected); falls back to detection, then English */
  lang?: string;
  platform?: string;
  tone?: Tone;
  /** the user's own brand(s): named in mention replies, never taken as the topic */
  brands?: readonly string[];
  /** how many alternatives (default 3) */
  count?: number;
}

export interface Suggestion {
  text: string;
  lang: string;
  tone: Tone;
  kind: ReplyKind;
  /** what the reply says the post is about, as it appears in the post */
  topic: string;
  /** template index, so the panel can key and the tests can tell alternatives apart */
  template: number;
  /** the draft check found nothing at all (not even the English-only readability note) */
  clean: boolean;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
const MAX_TOPIC_CHARS = 60;

interface Token {
  word: string;
  lower: string;
  start: number;
  end: number;
}

const stopCache = new Map<string, Set<string>>();
function stopwords(book: Phrasebook): Set<string> {
  let s = stopCache.get(book.lang);
  if (!s) {
    // English filler words are stop words everywhere: posts mix them in ("ok", "lol", "thanks").
    s = new Set(`${book.stopwords} ${book.lang === 'en' ? '' : PHRASEBOOKS.en!.stopwords}`.split(/\s+/).filter(Boolean));
    stopCache.set(book.lang, s);
  }
  return s;
}

/**
 * What the post is about, in its own words: runs of content words (no stop words, no words that carry the
 * sentiment or the toxicity — "love", "broken", insults), joined by short connectors ("battery of the
 * Pixel"), scored by length, names (capitals mid-sentence, digits) and place. Best first, up to three.
 */
export function topicsOf(text: string, lang: string, exclude: readonly string[] = [], tone: Tone = 'neutral'): string[] {
  const book = PHRASEBOOKS[lang] ?? PHRASEBOOKS.en!;
  const determiners = tone === 'formal' && book.formalDeterminers ? { ...book.determiners, ...book.formalDeterminers } : book.determiners;
  const stop = stopwords(book);
  const connectors = new Set(book.connectors.split(/\s+/));
  const evaluative = new Set<string>();
  for (const c of analyzeSentiment(text, lang).contributions) for (const w of c.token.toLowerCase().split(/\s+/)) evaluative.add(w);
  for (const s of analyzeToxicity(text, lang).spans) for (const w of s.text.toLowerCase().split(/\s+/)) evaluative.add(w);
  const excluded = new Set(exclude.flatMap((e) => e.toLowerCase().split(/\s+/)).filter(Boolean));

  const tokens: Token[] = [...text.replace(/https?:\/\/\S+|[@#][\p{L}\p{N}_.]+/gu, (m) => ' '.repeat(m.length)).matchAll(WORD_RE)].map((m) => {
    // Elided articles and pronouns belong to the function words: "l’application" is "application".
    const elided = /^(?:[cdjlmnst]|qu|dell|dall|nell|all|sull)['’](?=\p{L})/iu.exec(m[0])?.[0].length ?? 0;
    const word = m[0].slice(elided).replace(/['’-]+$/u, '');
    return { word, lower: word.toLowerCase(), start: m.index! + elided, end: m.index! + elided + word.length };
  });
  const isContent = (t: Token) => {
    if (stop.has(t.lower) || evaluative.has(t.lower) || excluded.has(t.lower)) return false;
    if (/\p{N}/u.test(t.word)) return /\p{L}/u.test(t.word); // "v2", "S24"; bare numbers only inside a run
    return [...t.lower].length >= 3;
  };
  const isNumber = (t: Token) => /^\p{N}+$/u.test(t.word);
  const sentenceStart = (t: Token) => /(?:^|[.!?¿¡:]\s*|\n\s*)$/u.test(text.slice(Math.max(0, t.start - 3), t.start)) || t.start === 0;

  type Run = { from: number; to: number; score: number; det: string[] };
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isContent(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i;
    let words = 1;
    const spaced = (a: number) => /^\s+$/u.test(text.slice(tokens[a]!.end, tokens[a + 1]!.start));
    // Extend over content words and up to two connectors ("pedido de la tienda"), never across punctuation;
    // three content words name a thing ("Pixel 8 battery"), more drift into the rest of the sentence.
    while (j + 1 < tokens.length && words < 3 && spaced(j)) {
      const next = tokens[j + 1]!;
      if (isContent(next) || isNumber(next)) {
        j++;
        words++;
        continue;
      }
      let k = j + 1;
      while (k < tokens.length && k - j <= 2 && connectors.has(tokens[k]!.lower) && k + 1 < tokens.length && spaced(k)) k++;
      if (k > j + 1 && k < tokens.length && isContent(tokens[k]!)) {
        j = k;
        words++;
      } else break;
    }
    let score = 0;
    for (let k = i; k <= j; k++) {
      const t = tokens[k]!;
      if (isNumber(t)) {
        score += 0.8; // "Pixel 8": a model number makes a name
        continue;
      }
      if (!isContent(t)) continue;
      score += [...t.lower].length >= 5 ? 1 : 0.7;
      const named = /\p{N}/u.test(t.word) || (/^\p{Lu}/u.test(t.word) && (!sentenceStart(t) || /\p{Lu}.*\p{Lu}/u.test(t.word)) && !book.nounsCapitalised);
      if (named) score += 0.5;
    }
    // Earlier is a little better: posts tend to name their subject first.
    score -= (tokens[i]!.start / Math.max(1, text.length)) * 0.5;
    // "the standing desk", "my order" → "your order": determiners kept where the language has no contractions.
    let from = i;
    while (determiners && from > 0 && from > i - 2 && determiners[tokens[from - 1]!.lower] && /^\s+$/u.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) from--;
    runs.push({ from: i, to: j, score, det: tokens.slice(from, i).map((t) => determiners![t.lower]!) });
    i = j + 1;
  }
  runs.sort((a, b) => b.score - a.score);
  const out: string[] = [];
  const best = runs[0]?.score ?? 0;
  for (const r of runs) {
    // Weak runners-up ("sabe", a lone verb) would make a reply about nothing: alternatives use the best topic.
    if (out.length > 0 && (r.score < best * 0.6 || (r.from === r.to && [...tokens[r.from]!.lower].length < 5))) continue;
    let phrase = text.slice(tokens[r.from]!.start, tokens[r.to]!.end).replace(/\s+/gu, ' ').replace(/['’-]+$/u, '');
    if ([...phrase].length > MAX_TOPIC_CHARS) phrase = [...phrase].slice(0, MAX_TOPIC_CHARS).join('').replace(/\s+\S*$/u, '');
    const first = tokens[r.from]!;
    // "Battery dies…" at a sentence start is "battery" mid-sentence; names and German nouns keep their capital.
    if (sentenceStart(first) && !book.nounsCapitalised && /^\p{Lu}\p{Ll}+$/u.test(first.word)) phrase = phrase[0]!.toLowerCase() + phrase.slice(1);
    if (r.det.length) phrase = `${r.det.join(' ')} ${phrase.charAt(0).toLowerCase() === phrase.charAt(0) || !sentenceStart(first) ? phrase : phrase.charAt(0).toLowerCase() + phrase.slice(1)}`;
    if (phrase && !out.some((o) => o.toLowerCase() === phrase.toLowerCase())) out.push(phrase);
    if (out.length >= 3) break;
  }
  return out;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/** "Hi Sam," + "Thanks…" → "Hi Sam, thanks…"; after "!", "." or ":" the body keeps its capital. */
export function join(greeting: string, body: string): string {
  const keep = /[.!?:]$/u.test(greeting) || /^(?:I|I'm|I'll|Sie|Ihr|Ihre|Ihnen)\b/u.test(body) || /^\p{Lu}{2}/u.test(body);
  const b = keep ? body : body.charAt(0).toLowerCase() + body.slice(1);
  return `${greeting} ${b}`.replace(/\s+/g, ' ').trim();
}

/**
 * The post's language, which its replies are written in: the given one (its base: "es-MX" is "es"), else detected.
 * English only where the language is unknown.
 */
export function replyLanguage(text: string, lang?: string): string {
  const base = lang?.toLowerCase().split(/[-_]/)[0];
  const code = base && base !== 'und' ? base : detectLanguage(text).code;
  return code === 'und' ? 'en' : code;
}

/** Why a post gets no suggested replies although it calls for one: its language has no phrasebook yet. */
export interface ReplyNote {
  code: 'reply.noLanguage';
  params: { lang: string };
}

/** The note for a post in a language without a phrasebook, which gets none rather than English text. */
export function replyNote(text: string, lang?: string): ReplyNote | undefined {
  const code = replyLanguage(analysedPart(text), lang);
  return PHRASEBOOKS[code] ? undefined : { code: 'reply.noLanguage', params: { lang: code } };
}

/**
 * Is a candidate fit to show: nothing for the draft check to flag (the post's own language counts as the
 * audience's), read as that language, within the platform's length. Shared with model-written suggestions.
 * One exception: the readability score is Flesch's English formula (the check says so itself), which rates
 * every Romance or German sentence "hard"; outside English it orders the candidates instead of dropping them.
 * Returns 'clean' (no finding at all), 'ok' (only that readability note) or false.
 */
export function acceptable(text: string, lang: string, platform = 'generic'): 'clean' | 'ok' | false {
  const rules = PLATFORM_RULES[platform] ?? PLATFORM_RULES.generic!;
  if (platformLength(text, rules) > rules.maxLength) return false;
  const check = checkDraft(text, { platform, audienceLanguages: [lang] });
  if (check.language.code !== lang && check.language.code !== 'und') return false;
  if (check.findings.length === 0) return 'clean';
  return lang !== 'en' && check.findings.every((f) => f.kind === 'readability') ? 'ok' : false;
}

/** Author names as a greeting can use: handles and display names both work; anything odd is left out. */
function authorName(author: string | undefined): string | undefined {
  const a = author?.trim().replace(/^@/, '');
  if (!a || [...a].length > 40 || /[<>{}\n]/.test(a)) return undefined;
  return a;
}

/**
 * Several reply alternatives for one opportunity, best first. Each names the post's topic; a candidate the
 * draft check flags is dropped and the next template / topic is tried in its place.
 */
export function suggestReplies(whole: SuggestInput): Suggestion[] {
  const input = { ...whole, text: analysedPart(whole.text), title: whole.title && analysedPart(whole.title) };
  const kind = replyKind(input.type);
  if (!kind) return [];
  const lang = replyLanguage(input.text, input.lang);
  const book = PHRASEBOOKS[lang];
  // No English text for a post in another language: the panel shows replyNote's note instead.
  if (!book) return [];
  const tone = input.tone ?? 'neutral';
  const platform = input.platform && PLATFORM_RULES[input.platform] ? input.platform : 'generic';
  const count = input.count ?? 3;
  const brands = (input.brands ?? []).map((b) => b.trim()).filter(Boolean);
  const brand = brands.find((b) => new RegExp(`(?<![\\p{L}\\p{N}])${b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(`${input.title ?? ''} ${input.text}`));
  let topics = topicsOf(input.text, lang, brands, tone);
  if (topics.length === 0 && input.title) topics = topicsOf(input.title, lang, brands, tone);
  // A post that names only the brand is about the brand.
  if (topics.length === 0 && brand) topics = [brand];
  if (topics.length === 0) return [];

  const author = authorName(input.author);
  const greetings = author ? book.greeting[tone] : book.greetingAnon[tone];
  const bodies = book.replies[kind][tone];
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  for (const topic of topics) {
    for (let t = 0; t < bodies.length && out.length < count; t++) {
      const body = bodies[t]!;
      if (body.includes('{brand}') && !brand) continue;
      const greeting = greetings[(t + out.length) % greetings.length]!;
      const text = join(fill(greeting, { author: author ?? '' }), fill(body, { topic, brand: brand ?? '' }));
      const verdict = seen.has(text) ? false : acceptable(text, lang, platform);
      if (!verdict) continue;
      seen.add(text);
      out.push({ text, lang, tone, kind, topic, template: t, clean: verdict === 'clean' });
    }
    // A runner-up topic only fills in when the best one gave fewer than two: fewer alternatives beat off-topic ones.
    if (out.length >= Math.min(2, count)) break;
  }
  // Stable: clean ones first, template order otherwise.
  return out.sort((a, b) => Number(b.clean) - Number(a.clean));
}
