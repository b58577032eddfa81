/**
 * Offensive language: insults, profanity, slurs (identity attacks) and threats, with a graded score in [0, 1],
 * a flag and the spans that caused it. Precision first: a word counts only where it is abusive in context.
 *
 * - Words are matched as written after undoing disguises (leetspeak, stretched letters, stars: "sh**"); an English inflection is
 *   taken off only to reach a swear word the lists agree on ("fuckers", "bitchez"), so "harder", "tardy" or
 *   "prices" never reach a listed stem. German and Dutch compounds count by a listed head or first part.
 * - Tiers: a swear word the rated list (cuss) and a curated list agree on is strong; one list alone is medium
 *   (it counts with another signal); cuss's "maybe" tier and words that name a topic ("death", "abortion",
 *   "white", "cancer") are weak and never count on their own.
 * - Insults ("idiot", "clown") need a target: "you …", "@user …", "he is a …", "so ein …", and so do the weak
 *   words that judge ("you suck", "he is crap"); any word made with -tard is a pejorative; abusive forms
 *   ("shut up", "fuck you", "piece of shit") and threats count as they stand.
 * - A word in quotes or named as a word ("the word 'retard'") is mentioned, not used; idioms ("hell of a",
 *   "damn good") are not swearing.
 * The lists of the post's language and English (the lingua franca of swearing online) apply.
 */
import stopwordsIso from 'stopwords-iso';
import type { ToxicityResult } from '../model/analysis';
import { flagConfidence } from './toxicity-confidence';
import {
  ABUSIVE_FORMS,
  AIMABLE,
  CUSS,
  ENGLISH_ONLY,
  FALSE_HEADS,
  FILLERS,
  IDIOMS,
  INSULT_NOUNS,
  INSULTS,
  LDNOOBW,
  MENTION_BEFORE,
  NEVER,
  PEJORATIVES,
  PERSONS,
  PROFANE_FORMS,
  SLUR_STEMS,
  TARD_WORDS,
  TARGETS,
  THREATS,
  toadWords,
  WEAK,
} from './toxicity-data';

export type ToxicCategory = 'profanity' | 'insult' | 'slur' | 'threat';
type Tier = 'strong' | 'medium' | 'weak' | 'insult' | 'judgement';
interface Entry {
  tier: Tier;
  category: ToxicCategory;
}

/**
 * Weights of the graded score (noisy-or over what was found) and the flag threshold, chosen on the development
 * sets (`rapport eval --only=toxicity`: Davidson dev, TweetEval offensive val, GermEval 2018 train, NYT editorial
 * snippets). At 0.5 the precision of a flag is about 0.80 on TweetEval, 0.82 on GermEval and 0.99 on Davidson, and
 * no civil snippet is flagged; 0.45-0.5 is a plateau, 0.55 loses a tenth of the recall for little precision.
 */
export const FLAG_AT = 0.5;
const WEIGHT: Record<Tier, number> = { strong: 0.6, medium: 0.3, weak: 0.08, insult: 0.5, judgement: 0.3 };
const ADDRESSED = 0.5; // a judgement in a sentence that addresses or names a person ("@user … disgusting")
const AIMED = 0.8; // an insult or swear word aimed at a person
const FORM_WEIGHT = 0.8; // an abusive form: "shut up", "fuck you", "piece of shit"
const SLUR_WEIGHT = 0.85;
const THREAT_WEIGHT = 0.9;

const compiled = new Map<string, Map<string, Entry>>();
/** One test per word instead of one per stem: dictionaries are built at worker start, thousands of words each. */
const SLUR_START = new RegExp(`^(?:${SLUR_STEMS.map((stem) => stem.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')).join('|')})`);

/** One dictionary per language, built on first use (the worker pays only for languages it meets). */
function dictionary(lang: string): Map<string, Entry> {
  let d = compiled.get(lang);
  if (d) return d;
  d = new Map();
  const cuss = CUSS[lang];
  const curated = new Set<string>();
  for (const w of LDNOOBW[lang] ?? []) curated.add(w.toLowerCase());
  const toad = new Set(toadWords(lang).map((w) => w.toLowerCase()));
  const put = (w: string, tier: Tier) => {
    if (!w || NEVER.has(w)) return;
    d!.set(w, { tier, category: 'profanity' });
  };
  if (cuss) {
    // cuss rates sureness (2 surely, 1 likely, 0 maybe profane). Where a curated list agrees, the word is a
    // swear word; cuss alone rates topics too ("abortion", "welfare"), and its "maybe" tier is never abuse alone.
    for (const w of [...curated, ...toad]) put(w, cuss[w] === undefined ? (toad.has(w) ? 'strong' : 'medium') : 'weak');
    for (const [raw, s] of Object.entries(cuss)) {
      const w = raw.toLowerCase();
      const agreed = toad.has(w) || curated.has(w);
      put(w, s === 0 ? 'weak' : agreed ? 'strong' : 'medium');
    }
  } else {
    // No rated list: LDNOOBW is curated by people for the language; @2toad's translations are kept where it agrees.
    for (const w of [...curated, ...toad]) put(w, 'strong');
  }
  for (const [w, e] of d) {
    if (WEAK.has(w)) e.tier = 'weak';
    // A word cuss rates as probably harmless ("niggardly") keeps that rating even if it starts like a slur.
    if (SLUR_START.test(w) && cuss?.[w] !== 0) e.category = 'slur';
  }
  // An insult the lists agree is a swear word ("asshole") stays strong; the others need a target.
  for (const [list, tier] of [[INSULTS, 'judgement'], [INSULT_NOUNS, 'insult']] as const) {
    for (const w of list[lang] ?? []) {
      const e = d.get(w);
      d.set(w, { tier: e?.tier === 'strong' ? 'strong' : tier, category: e?.category === 'slur' ? 'slur' : 'insult' });
    }
  }
  for (const w of PEJORATIVES[lang] ?? []) d.set(w, { tier: 'strong', category: 'insult' });
  compiled.set(lang, d);
  let longest = 0;
  for (const w of d.keys()) longest = Math.max(longest, w.length);
  longestKey.set(d, longest);
  return d;
}
/** The longest word of each dictionary: a compound's head or first part is never longer, so longer cuts are skipped. */
const longestKey = new WeakMap<Map<string, Entry>, number>();

const LEET: Record<string, string> = { '@': 'a', '4': 'a', '3': 'e', '1': 'i', '!': 'i', '0': 'o', '$': 's', '5': 's', '7': 't', '+': 't' };
const WORD = /[\p{L}\p{N}@$!*+][\p{L}\p{M}\p{N}@$*+'’-]*/gu;
/** English inflections that may be taken off to reach a strong swear word ("fuckers", "bitchez", "fuckin'", "fucken", "fukn"). */
const ENDINGS = ['ez', 'es', 's', 'z', "in'", 'in', 'en', 'n', 'ing', 'ed', "'s"];

/** The word as written, de-obfuscated and de-stretched; then the same without an English inflection (`stems`). */
function variants(raw: string): { forms: string[]; stems: { stem: string; plural: boolean }[] } {
  const out: string[] = [];
  let w = raw.toLowerCase().replace(/[’']/g, "'").replace(/^'+|'+$/g, '');
  if (/[\p{L}]/u.test(w) && /[@$!0-9+]/u.test(w)) w = w.replace(/[@$!0-9+]/gu, (c) => LEET[c] ?? c);
  w = w.replace(/[*]+/g, '*');
  out.push(w);
  const dedup = w.replace(/(\p{L})\1{2,}/gu, '$1');
  if (dedup !== w) out.push(dedup, dedup.replace(/(\p{L})\1+/gu, '$1'));
  const base = out[out.length - 1]!;
  const stems: { stem: string; plural: boolean }[] = [];
  for (const suf of ENDINGS) {
    // Insults are reached through a plural only: "fooled" is not "fool".
    if (base.length <= suf.length + 2 || !base.endsWith(suf)) continue;
    // -es follows a hissing sound only ("bitches", "asses"): "spaces" is "space" + s, never "spac" + es.
    if (/^e[sz]$/.test(suf) && !/(?:ch|sh|x|z|s)$/.test(base.slice(0, -2))) continue;
    stems.push({ stem: base.slice(0, -suf.length), plural: /^(?:e?[sz])$/.test(suf) });
  }
  return { forms: out, stems };
}

/** Languages that write compounds as one word: "Drecksäcke", "Vollpfosten", "klootzakken". */
const COMPOUNDING = new Set(['de', 'nl', 'sv', 'da', 'nb', 'no']);
const MIN_HEAD = 5;
const UMLAUT: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' };

/** German plurals mark the stem with an umlaut and an ending ("Säcke", "Ärsche", "Löcher"): the singulars. */
function singulars(word: string): string[] {
  const out = [word];
  for (const end of ['en', 'er', 'e', 'n', 's']) {
    if (word.length <= end.length + 3 || !word.endsWith(end)) continue;
    const stem = word.slice(0, -end.length);
    out.push(stem);
    const last = Math.max(stem.lastIndexOf('ä'), stem.lastIndexOf('ö'), stem.lastIndexOf('ü'));
    if (last >= 0) out.push(stem.slice(0, last) + UMLAUT[stem[last]!] + stem.slice(last + 1));
  }
  return out;
}

/**
 * A compound whose head (its last part, which names what the thing is) is a listed swear word or insult
 * is one too: "Dreckschwein", "Vollidioten". The head must be a word of its own (five letters or more: shorter
 * ones hide inside ordinary words), and the part before it a word too (three letters or more, so that
 * "Verräterische" is not "Verräter" and "Mannschaft" not "Schaf").
 */
function compoundHit(word: string, dict: Map<string, Entry>): Entry | undefined {
  if (word.length < MIN_HEAD + 3) return undefined;
  // Only heads and first parts as long as a listed word (plus a linking s) are looked up: a long run without
  // spaces costs its length times that, not its length squared.
  const longest = (longestKey.get(dict) ?? 0) + 1;
  for (const form of singulars(word)) {
    const direct = dict.get(form);
    if (direct) return direct;
    // An insult of four letters may be a head too ("strohdumm", "Dreckspack"): insults are whole words, rarely hidden.
    for (let cut = Math.max(3, form.length - longest); form.length - cut >= MIN_HEAD - 1; cut++) {
      // "Vormarsch" ends in "arsch" but is "vor" + "marsch": a head inside a longer ordinary word is not one.
      if (FALSE_HEADS.some((f) => f.length > form.length - cut && form.endsWith(f))) continue;
      const head = dict.get(form.slice(cut)) ?? dict.get(form.slice(cut).replace(/^s(?=\p{L}{4})/u, ''));
      if (head && head.tier !== 'weak' && (form.length - cut >= MIN_HEAD || head.category === 'insult')) return head;
    }
  }
  // A swear word as the first part swears too ("Scheißtag", "Arschgeige"); a linking -e or -s may be dropped.
  for (let cut = MIN_HEAD; word.length - cut >= 3 && cut <= longest; cut++) {
    const part = word.slice(0, cut);
    const mod = dict.get(part) ?? dict.get(`${part}e`) ?? (part.endsWith('s') ? dict.get(part.slice(0, -1)) : undefined);
    if (mod && mod.tier === 'strong' && mod.category === 'profanity') return mod;
  }
  return undefined;
}

export interface ToxicSpan {
  start: number;
  end: number;
  text: string;
  category: ToxicCategory;
  weight: number;
}

const stopSets = new Map<string, Set<string>>();
function isStopword(word: string, langs: string[]): boolean {
  for (const l of langs) {
    let set = stopSets.get(l);
    if (!set) stopSets.set(l, (set = new Set((stopwordsIso as Record<string, string[]>)[l] ?? [])));
    if (set.has(word)) return true;
  }
  return false;
}

interface Token {
  w: string;
  start: number;
  end: number;
  handle: boolean;
}

/** Spans of the text a pattern matches (all of them), on the lower-cased text. */
function ranges(re: RegExp | undefined, lower: string): [number, number][] {
  if (!re) return [];
  let g = globalOf.get(re);
  if (!g) globalOf.set(re, (g = new RegExp(re.source, `${re.flags}g`)));
  return [...lower.matchAll(g)].map((m) => [m.index, m.index + m[0].length]);
}
const globalOf = new WeakMap<RegExp, RegExp>();
const inside = (rs: [number, number][], start: number, end: number) => rs.some(([a, b]) => start >= a && end <= b);

/** Quoted stretches of at most three words: a word inside is mentioned, not used. */
const QUOTED = /["“”«»„‘’]([^"“”«»„‘’\n]{1,40})["“”«»‘’“]|(?<![\p{L}])'([^'\n]{1,30})'(?![\p{L}])/gu;

/** Whether the word at `i` is aimed at someone: a target ("you", "@user", "he is", "du bist") before it, past fillers. */
function aimed(tokens: Token[], i: number, langs: string[]): boolean {
  const next = tokens[i + 1];
  if (next && !next.handle && langs.some((l) => PERSONS[l]?.has(next.w))) return true;
  // "so fucking beautiful": a swear word as an intensifier of the next word is aimed at nobody.
  if (next && !next.handle && langs.some((l) => FILLERS[l]?.has(tokens[i]!.w))) return false;
  for (let j = i - 1, skipped = 0; j >= 0 && skipped <= 4; j--) {
    const t = tokens[j]!;
    if (t.handle) return true;
    if (langs.some((l) => TARGETS[l]?.has(t.w))) return true;
    if (!langs.some((l) => FILLERS[l]?.has(t.w))) return false;
    skipped++;
  }
  return false;
}

export function analyzeToxicity(text: string, lang = 'und'): ToxicityResult {
  const langs = lang === 'en' || lang === 'und' ? ['en'] : [lang, 'en'];
  const dicts = langs.map(dictionary);
  const lower = text.toLowerCase();
  const spans: ToxicSpan[] = [];
  const tokens: Token[] = [];
  // Words found, weighed once every token is known (whether one is aimed looks at the word after it too).
  const found: { start: number; end: number; e: Entry; at: number; key?: string }[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index!;
    const end = start + raw.length;
    if (raw.startsWith('@')) {
      tokens.push({ w: raw.toLowerCase(), start, end, handle: true });
      continue;
    }
    const { forms, stems } = variants(raw);
    const token: Token = { w: forms[0]!, start, end, handle: false };
    tokens.push(token);
    // The translated lists carry everyday function words ("pour", "les", "que", "não"): a stopword of the
    // text's language is never profanity on its own.
    if (raw.length < 2 || isStopword(forms[0]!, langs)) continue;
    let hit: Entry | undefined;
    let key = '';
    for (const [i, d] of dicts.entries()) {
      for (const v of forms) {
        const e = d.get(v);
        if (e && (!hit || rank(e) > rank(hit))) [hit, key] = [e, v];
      }
      // An inflection is taken off English words only, and only to reach a swear word or insult the lists agree on.
      if (!hit && langs[i] === 'en') {
        for (const v of stems) {
          const e = d.get(v.stem);
          if (e && (e.tier === 'strong' || (e.tier !== 'weak' && v.plural))) {
            [hit, key] = [e, v.stem];
            break;
          }
        }
      }
      if (!hit) hit = masked(raw, d) ?? (langs[i] === 'en' ? tardWord(forms[forms.length - 1]!) : undefined);
    }
    if (hit && ENGLISH_ONLY.has(key) && langs[0] !== 'en') hit = undefined;
    if (!hit && COMPOUNDING.has(langs[0]!)) hit = compoundHit(forms[0]!, dicts[0]!);
    // Two-word entries: this word with the previous one ("white trash").
    const prev = tokens[tokens.length - 2];
    if (prev && !prev.handle && start - prev.end <= 2) {
      for (const d of dicts) {
        const e = d.get(`${prev.w} ${forms[0]}`);
        if (e && e.tier !== 'weak' && (!hit || rank(e) >= rank(hit))) {
          found.push({ start: prev.start, end, e, at: tokens.length - 1 });
          hit = undefined;
          break;
        }
      }
    }
    if (!hit) continue;
    // "the word X", "called it X": a mention, not a use.
    const before = tokens[tokens.length - 2];
    if (before && langs.some((l) => MENTION_BEFORE[l]?.has(before.w))) continue;
    found.push({ start, end, e: hit, at: tokens.length - 1, key });
  }
  // Idioms and quotes are looked for only where a word was found: most posts have none.
  const idioms = found.length ? langs.flatMap((l) => ranges(IDIOMS[l], lower)) : [];
  const quoted = !/["“”«»„‘’']/.test(text)
    ? []
    : [...text.matchAll(QUOTED)]
        .filter((m) => (m[1] ?? m[2] ?? '').trim().split(/\s+/).length <= 3)
        .map((m) => [m.index, m.index + m[0].length] as [number, number]);
  // Sentences that address or name someone: a handle or a target word anywhere in them.
  const sentence: number[] = [];
  const addressed = new Set<number>();
  if (found.length) tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const n = (sentence[i - 1] ?? 0) + (prev && /[.!?\n]/.test(text.slice(prev.end, t.start)) ? 1 : 0);
    sentence.push(n);
    if (t.handle || langs.some((l) => TARGETS[l]?.has(t.w))) addressed.add(n);
  });
  for (const f of found) {
    if (inside(idioms, f.start, f.end) || inside(quoted, f.start, f.end)) continue;
    // German capitalises every noun: there a capital says nothing about names.
    if (langs[0] !== 'de' && inName(text, tokens, f.at, sentence)) continue;
    spans.push(span(text, f, tokens, langs, addressed.has(sentence[f.at]!)));
  }
  for (const l of langs) {
    for (const [a, b] of ranges(THREATS[l], lower)) spans.push({ start: a, end: b, text: text.slice(a, b), category: 'threat', weight: THREAT_WEIGHT });
    for (const [a, b] of ranges(PROFANE_FORMS[l], lower)) spans.push({ start: a, end: b, text: text.slice(a, b), category: 'profanity', weight: WEIGHT.strong });
    for (const [a, b] of ranges(ABUSIVE_FORMS[l], lower)) {
      if (!inside(quoted, a, b)) spans.push({ start: a, end: b, text: text.slice(a, b), category: 'insult', weight: FORM_WEIGHT });
    }
  }
  if (!spans.length) return { score: 0, flagged: false, spans: [] };
  let keep = 1;
  for (const s of spans) keep *= 1 - s.weight;
  // Weak words add to a signal but never make one: a text of topic words alone scores as one of them.
  if (spans.every((s) => s.weight <= WEIGHT.weak)) keep = 1 - WEIGHT.weak;
  const score = Math.round((1 - keep) * 1000) / 1000;
  // Weak words are never listed: they named a topic, not an offence.
  const shown = spans
    .filter((s) => s.weight > WEIGHT.weak)
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, text: t, category }) => ({ start, end, text: t, category }));
  const flagged = score >= FLAG_AT;
  const confidence = flagConfidence({ score, flagged, spans: shown });
  return { score, flagged, spans: shown, ...(confidence !== undefined ? { confidence } : {}) };
}

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/** "Dick Martin", "a Suffering Bastard": a capitalised word inside a sentence beside another one is part of a name. */
function inName(text: string, tokens: Token[], at: number, sentence: number[]): boolean {
  const word = (i: number) => text.slice(tokens[i]!.start, tokens[i]!.end);
  // A word right after the handles a tweet opens with starts its sentence ("@user Fuck Alan"): not inside a name.
  const named = (i: number) => i > 0 && i < tokens.length && sentence[i] === sentence[i - 1] && !tokens[i - 1]!.handle && !tokens[i]!.handle && CAPITALISED.test(word(i));
  return named(at) && (named(at - 1) || named(at + 1));
}

const RANK: Record<Tier, number> = { weak: 0, medium: 1, judgement: 2, insult: 2, strong: 3 };
const rank = (e: Entry) => RANK[e.tier] + (e.category === 'slur' ? 4 : 0);

/** A found word with its weight in context: an aimed insult or swear word weighs more, an unaimed insult less. */
function span(text: string, f: { start: number; end: number; e: Entry; at: number; key?: string }, tokens: Token[], langs: string[], addressed: boolean): ToxicSpan {
  const { start, end, e, at } = f;
  let weight = e.tier === 'judgement' && addressed ? ADDRESSED : WEIGHT[e.tier];
  let category = e.category;
  // A slur counts as it stands; a judgement that starts like one ("retarded") needs a target like any judgement.
  if (e.category === 'slur' && e.tier !== 'weak' && e.tier !== 'judgement') weight = SLUR_WEIGHT;
  // A word only one list carries ("anda", "rola": everyday words elsewhere) is not made an insult by a target;
  // of the weak words, only those that judge ("you suck", "he is crap") are.
  else if (((e.tier !== 'weak' && e.tier !== 'medium') || (e.tier === 'weak' && AIMABLE.has(f.key ?? ''))) && aimed(tokens, at, langs)) {
    weight = Math.max(weight, AIMED);
    category = e.category === 'slur' ? 'slur' : 'insult';
  }
  return { start, end, text: text.slice(start, end), category, weight };
}

const MASKED = /^\p{L}[\p{L}*]*\*[\p{L}*]*$/u;
/**
 * A swear word with letters starred out ("f*ck", "sh**", "a**hole"): each star stands for one letter, at least two
 * letters are written, and a word the lists agree on (or one of them carries) fits.
 */
function masked(raw: string, d: Map<string, Entry>): Entry | undefined {
  const w = raw.toLowerCase();
  if (!MASKED.test(w) || w.replace(/\*/g, '').length < 2) return undefined;
  const re = new RegExp(`^${w.replace(/\*/g, '\\p{L}')}$`, 'u');
  let best: Entry | undefined;
  for (const k of sameShape(d, w)) {
    const e = d.get(k)!;
    if ((e.tier === 'strong' || e.tier === 'medium') && re.test(k) && (!best || rank(e) > rank(best))) best = e;
  }
  return best && { tier: 'strong', category: best.category };
}

/** The dictionary's words of the same length and first letter as `w`, indexed once: a starred word looks at a few. */
function sameShape(d: Map<string, Entry>, w: string): readonly string[] {
  let index = shapes.get(d);
  if (!index) {
    shapes.set(d, (index = new Map()));
    for (const k of d.keys()) {
      const key = `${k.length}:${k[0]}`;
      const list = index.get(key);
      if (list) list.push(k);
      else index.set(key, [k]);
    }
  }
  return index.get(`${w.length}:${w[0]}`) ?? [];
}
const shapes = new WeakMap<Map<string, Entry>, Map<string, string[]>>();

const TARD = /^\p{L}{2,}tards?$/u;
/** "libtard", "conservatard", "demtards": a word made with -tard is a pejorative, whatever it is built on. */
function tardWord(w: string): Entry | undefined {
  return TARD.test(w) && !TARD_WORDS.has(w.replace(/s$/, '')) ? { tier: 'strong', category: 'insult' } : undefined;
}
