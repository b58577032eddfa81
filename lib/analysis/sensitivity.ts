/**
 * Cultural sensitivity: runs the rules of sensitivity-rules.ts on a text.
 * Rules are compiled once per language on first use. Rules with `markets` (cross-cultural risks) apply
 * only when the caller names target markets (draft checks), so reading a feed stays quiet about them.
 */
import type { Flag } from '../model/analysis';
import { flagCode } from './reasons';
import { alternativesFor, SENSITIVITY_RULES, type SensitivityRule } from './sensitivity-rules';

export interface SensitivityOptions {
  /** Target markets of a draft: ISO 3166 country codes and/or ISO 639-1 languages. */
  markets?: readonly string[];
}

interface Compiled {
  rule: SensitivityRule;
  re: RegExp;
  unless?: RegExp;
}

const byLang = new Map<string, Compiled[]>();

function compiledFor(lang: string): Compiled[] {
  let list = byLang.get(lang);
  if (list) return list;
  list = SENSITIVITY_RULES.filter((r) => r.languages.includes('*') || r.languages.includes(lang)).map((rule) => ({
    rule,
    // Word boundaries are checked in code: Unicode-property lookarounds under /iu cost ~0.6 ms per rule to
    // compile, which the service worker pays at every start.
    re: new RegExp(rule.pattern, 'giu'),
    unless: rule.unless ? new RegExp(rule.unless, 'iu') : undefined,
  }));
  byLang.set(lang, list);
  return list;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the code point at (or, for a low surrogate, ending at) index i is a letter or digit. */
function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  const cp = code >= 0xdc00 && code <= 0xdfff && i > 0 ? text.codePointAt(i - 1)! : text.codePointAt(i)!;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/** Chinese and Japanese are written without spaces: a term that begins or ends in them has no word edge there. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * How far around a match `unless` looks for its sentence: a sentence is rarely longer, and a text without full
 * stops would otherwise be searched whole for every match (quadratic on a long run of one term).
 */
const SENTENCE_REACH = 300;

/** Where a sentence ends: . ! ? (and the CJK stops), but not the dot of a title (Mr. Lee) or inside a number (2.5). */
const SENTENCE_END = /(?<!(?:^|[^\p{L}])(?:mr|mrs|ms|dr|prof|st|vs))[.!?。！？](?!\d)/giu;

function sentenceAround(text: string, start: number, end: number): string {
  let from = Math.max(0, start - SENTENCE_REACH);
  let to = Math.min(text.length, end + SENTENCE_REACH);
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m && m.index < to; m = SENTENCE_END.exec(text)) {
    if (m.index < start) from = m.index + 1;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return text.slice(from, to);
}

export function checkSensitivity(text: string, lang: string, options: SensitivityOptions = {}): { flags: Flag[] } {
  const markets = options.markets ?? [];
  const flags: Flag[] = [];
  const langs = lang === 'und' ? ['en'] : [lang];
  for (const l of langs) {
    for (const { rule, re, unless } of compiledFor(l)) {
      if (rule.markets) {
        if (!markets.length) continue;
        if (!rule.markets.includes('*') && !rule.markets.some((m) => markets.includes(m))) continue;
      }
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        const open = isWordChar(text, start - 1) && !UNSPACED.test(m[0].charAt(0));
        if (!m[0] || open || (isWordChar(text, end) && !UNSPACED.test(m[0].charAt(m[0].length - 1)))) {
          re.lastIndex = start + 1; // not a whole word: look again from the next character
          continue;
        }
        if (unless && unless.test(sentenceAround(text, start, end))) continue;
        flags.push({
          ruleId: rule.id,
          category: rule.category,
          severity: rule.severity,
          start,
          end,
          text: m[0],
          code: flagCode(rule.id),
          params: {},
          reason: rule.reason,
          alternatives: alternativesFor(rule, m[0]),
        });
      }
    }
  }
  return { flags: flags.sort((a, b) => a.start - b.start) };
}
