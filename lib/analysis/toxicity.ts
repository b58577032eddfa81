/**
 * Offensive language: insults, profanity (with how sure the lists are), slurs (identity attacks) and threats,
 * with a score in [0, 1], a flag and the spans that caused it.
 *
 * Words are matched after undoing common disguises (leetspeak, repeated letters, separators inside words) and
 * with light suffix stripping (plurals, -ing / -in, -ed, -z). The lists of the post's language and English
 * (the lingua franca of swearing online) apply; a list of another language is not used, so Spanish "con"
 * or German "Bums" do not trip French or English rules.
 */
import stopwordsIso from 'stopwords-iso';
import type { ToxicityResult } from '../model/analysis';
import { CUSS, INSULTS, LDNOOBW, NEVER, SECOND_PERSON, SLUR_STEMS, THREATS, toadWords, WEAK } from './toxicity-data';

export type ToxicCategory = 'profanity' | 'insult' | 'slur' | 'threat';
interface Entry {
  weight: number;
  category: ToxicCategory;
}

const FLAG_AT = 0.5;
const SURENESS_WEIGHT = [0.3, 0.55, 0.8];
const LIST_WEIGHT = 0.6; // a word only the generic lists carry
const WEAK_WEIGHT = 0.25;
const UNRATED_WEIGHT = 0.4;
const INSULT_WEIGHT = 0.45;
const AIMED_BOOST = 0.3; // an insult or swear word aimed at "you"
const SLUR_WEIGHT = 0.9;
const THREAT_WEIGHT = 0.9;

const compiled = new Map<string, Map<string, Entry>>();
/** One test per word instead of one per stem: dictionaries are built at worker start, thousands of words each. */
const SLUR_START = new RegExp(`^(?:${SLUR_STEMS.map((stem) => stem.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')).join('|')})`);

function put(map: Map<string, Entry>, word: string, weight: number, category: ToxicCategory) {
  const w = word.toLowerCase().trim();
  if (!w || NEVER.has(w)) return;
  const prev = map.get(w);
  if (!prev || prev.weight < weight) map.set(w, { weight, category: prev && prev.category === 'slur' ? 'slur' : category });
}

/** One dictionary per language, built on first use (the worker pays only for languages it meets). */
function dictionary(lang: string): Map<string, Entry> {
  let d = compiled.get(lang);
  if (d) return d;
  d = new Map();
  for (const w of LDNOOBW[lang] ?? []) put(d, w, LIST_WEIGHT, 'profanity');
  for (const w of toadWords(lang)) put(d, w, LIST_WEIGHT, 'profanity');
  // Where cuss rates a language, words only the unrated lists carry (team names, "asian", "oreo") need support.
  if (CUSS[lang]) for (const e of d.values()) e.weight = UNRATED_WEIGHT;
  for (const [w, s] of Object.entries(CUSS[lang] ?? {})) {
    const prev = d.get(w.toLowerCase());
    // cuss rates sureness: where it says "maybe", trust it over the unrated lists.
    if (prev) prev.weight = SURENESS_WEIGHT[s] ?? LIST_WEIGHT;
    else put(d, w, SURENESS_WEIGHT[s] ?? LIST_WEIGHT, 'profanity');
  }
  for (const w of INSULTS[lang] ?? []) if (!d.has(w)) put(d, w, INSULT_WEIGHT, 'insult');
  const cuss = CUSS[lang] ?? {};
  for (const [w, e] of d) {
    if (WEAK.has(w)) e.weight = Math.min(e.weight, WEAK_WEIGHT);
    // A word cuss rates as probably harmless ("niggardly") keeps that rating even if it starts like a slur.
    if (SLUR_START.test(w) && cuss[w] !== 0) {
      e.category = 'slur';
      if (!WEAK.has(w)) e.weight = Math.max(e.weight, SLUR_WEIGHT);
    }
  }
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

/** The word as written, de-obfuscated and de-stretched; then the same without an English inflection (`stems`). */
function variants(raw: string): { forms: string[]; stems: string[] } {
  const out: string[] = [];
  let w = raw.toLowerCase().replace(/[’']/g, "'").replace(/^'+|'+$/g, '');
  if (/[\p{L}]/u.test(w) && /[@$!0-9+]/u.test(w)) w = w.replace(/[@$!0-9+]/gu, (c) => LEET[c] ?? c);
  w = w.replace(/[*]+/g, '*');
  out.push(w);
  const dedup = w.replace(/(\p{L})\1{2,}/gu, '$1');
  if (dedup !== w) out.push(dedup, dedup.replace(/(\p{L})\1+/gu, '$1'));
  const base = out[out.length - 1]!;
  const stems: string[] = [];
  for (const suf of ['ez', 'es', 's', 'z', "in'", 'in', 'ing', 'ed', 'a', 'y', "'s"]) {
    if (base.length > suf.length + 2 && base.endsWith(suf)) stems.push(base.slice(0, -suf.length));
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
 * is one too: "Dreckschwein", "Vollidioten". The head must be a word of its own (five letters or more: shorter ones hide inside ordinary words).
 */
function compoundHit(word: string, dict: Map<string, Entry>): Entry | undefined {
  if (word.length < MIN_HEAD + 3) return undefined;
  // Only heads and first parts as long as a listed word (plus a linking s) are looked up: a long run without
  // spaces costs its length times that, not its length squared.
  const longest = (longestKey.get(dict) ?? 0) + 1;
  for (const form of singulars(word)) {
    const direct = dict.get(form);
    if (direct) return direct;
    for (let cut = Math.max(3, form.length - longest); form.length - cut >= MIN_HEAD; cut++) {
      const head = dict.get(form.slice(cut)) ?? dict.get(form.slice(cut).replace(/^s(?=\p{L}{4})/u, ''));
      if (head && head.weight > WEAK_WEIGHT) return { weight: head.weight * 0.9, category: head.category };
    }
  }
  // A swear word as the first part swears too ("Scheißtag", "Arschgeige"); a linking -e or -s may be dropped.
  for (let cut = MIN_HEAD; word.length - cut >= 3 && cut <= longest; cut++) {
    const part = word.slice(0, cut);
    const mod = dict.get(part) ?? dict.get(`${part}e`) ?? (part.endsWith('s') ? dict.get(part.slice(0, -1)) : undefined);
    if (mod && mod.weight >= LIST_WEIGHT && mod.category !== 'insult') return { weight: mod.weight * 0.8, category: mod.category };
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

export function analyzeToxicity(text: string, lang = 'und'): ToxicityResult {
  const langs = lang === 'en' || lang === 'und' ? ['en'] : [lang, 'en'];
  const dicts = langs.map(dictionary);
  const lower = text.toLowerCase();
  const spans: ToxicSpan[] = [];
  const words: { w: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    if (raw.startsWith('@')) continue; // a handle, not a word
    if (raw.length < 2) continue;
    let hit: Entry | undefined;
    const { forms, stems } = variants(raw);
    const vs = [...forms, ...stems];
    // The translated lists carry everyday function words ("pour", "les", "que", "não"): a stopword of the
    // text's language is never profanity on its own.
    if (isStopword(vs[0]!, langs)) {
      words.push({ w: vs[0]!, start: m.index!, end: m.index! + raw.length });
      continue;
    }
    for (const v of vs) {
      for (const [i, d] of dicts.entries()) {
        // In another language's text, English words count as written: Spanish "tarda" less its "a" is English "tard".
        if (langs[i] === 'en' && langs[0] !== 'en' && !forms.includes(v)) continue;
        const e = d.get(v) ?? d.get(v + 's'); // a listed plural covers its singular ("hoes" → "hoe")
        if (e && (!hit || e.weight > hit.weight)) hit = e;
      }
      if (hit) break;
    }
    if (!hit && COMPOUNDING.has(langs[0]!)) hit = compoundHit(vs[0]!, dicts[0]!);
    // Two-word entries: this word with the previous one ("white trash").
    const prev = words[words.length - 1];
    if (prev && m.index! - prev.end <= 2) {
      const pair = `${prev.w} ${vs[0]}`;
      for (const d of dicts) {
        const e = d.get(pair);
        if (e && (!hit || e.weight >= hit.weight)) {
          spans.push({ start: prev.start, end: m.index! + raw.length, text: text.slice(prev.start, m.index! + raw.length), category: e.category, weight: e.weight });
          hit = undefined;
          break;
        }
      }
    }
    words.push({ w: vs[0]!, start: m.index!, end: m.index! + raw.length });
    if (hit) spans.push({ start: m.index!, end: m.index! + raw.length, text: raw, category: hit.category, weight: hit.weight });
  }
  // Two-word entries ("white trash", "son of a bitch") and threats, on the lower-cased text.
  for (const l of langs) {
    const re = THREATS[l];
    const t = re?.exec(lower);
    if (t) spans.push({ start: t.index, end: t.index + t[0].length, text: text.slice(t.index, t.index + t[0].length), category: 'threat', weight: THREAT_WEIGHT });
  }
  if (!spans.length) return { score: 0, flagged: false, spans: [] };

  // Aimed at someone: an insult or swear word in a sentence addressing "you" weighs more.
  const aimed = langs.some((l) => SECOND_PERSON[l]?.test(lower));
  let keep = 1;
  for (const s of spans) {
    let w = s.weight;
    if (aimed && (s.category === 'insult' || s.category === 'profanity') && w > WEAK_WEIGHT) w = Math.min(0.95, w + AIMED_BOOST);
    keep *= 1 - w;
  }
  const score = Math.round((1 - keep) * 1000) / 1000;
  return {
    score,
    flagged: score >= FLAG_AT,
    spans: spans.map(({ start, end, text: t, category }) => ({ start, end, text: t, category })),
  };
}
