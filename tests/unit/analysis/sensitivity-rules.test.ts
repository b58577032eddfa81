/**
 * Every sensitivity rule's contract: the texts it declares must fire it and its near misses must stay quiet,
 * run through checkSensitivity as the Draft check runs it (the rule's language, its target markets). Every term of
 * its pattern fires in some example, and an exception (`unless`) is shown saving a text that holds the term.
 */
import { describe, expect, it } from 'vitest';
import { checkSensitivity } from '../../../lib/analysis/sensitivity';
import { reasonLanguage, SENSITIVITY_RULES, type SensitivityRule } from '../../../lib/analysis/sensitivity-rules';

/** The markets a draft would name for the rule: its own ('*' = any market, so one real country). */
const marketsFor = (r: SensitivityRule) => r.markets?.map((m) => (m === '*' ? 'GB' : m));

const hits = (r: SensitivityRule, text: string) =>
  checkSensitivity(text, reasonLanguage(r), { markets: marketsFor(r) }).flags.filter((f) => f.ruleId === r.id);

/** The pattern's top-level alternatives (`a|b(?:c|d)` → `a`, `b(?:c|d)`): each is a term an example must fire. */
function alternatives(pattern: string): string[] {
  const out = [''];
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      out[out.length - 1] += c + (pattern[++i] ?? '');
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push('');
      continue;
    }
    out[out.length - 1] += c;
  }
  return out;
}

const failures: string[] = [];
let examples = 0;

describe('sensitivity rules: examples as contracts', () => {
  it.each(SENSITIVITY_RULES.map((r) => [r.id, r] as const))('%s', (_, r) => {
    expect(r.examples.fires.length, `${r.id} needs two texts that fire`).toBeGreaterThanOrEqual(2);
    expect(r.examples.quiet.length, `${r.id} needs two near misses`).toBeGreaterThanOrEqual(2);
    const wrong: string[] = [];
    const matched: { text: string; start: number; end: number; term: string }[] = [];
    for (const text of r.examples.fires) {
      const found = hits(r, text);
      if (!found.length) wrong.push(`should fire: ${text}`);
      for (const f of found) {
        expect(text.slice(f.start, f.end)).toBe(f.text);
        expect(f.alternatives?.length, `${r.id} on "${f.text}" offers no alternative`).toBeGreaterThan(0);
        matched.push({ text, start: f.start, end: f.end, term: f.text });
      }
    }
    // Every term the pattern lists fires in some example: matched from the flag's start, it ends where the flag does.
    for (const alt of alternatives(r.pattern)) {
      const re = new RegExp(alt, 'iuy');
      const fires = matched.some((m) => {
        re.lastIndex = m.start;
        const found = re.exec(m.text);
        return found !== null && found.index + found[0].length === m.end;
      });
      if (!fires) wrong.push(`no example fires /${alt}/`);
    }
    for (const text of r.examples.quiet) {
      const found = hits(r, text);
      if (found.length) wrong.push(`should stay quiet: ${text} (matched "${found[0]!.text}")`);
    }
    // A rule that finds several terms shows each of them firing.
    for (const [pattern] of r.terms ?? []) {
      const re = new RegExp(`^(?:${pattern})$`, 'iu');
      if (!matched.some((m) => re.test(m.term))) wrong.push(`no example fires the term /${pattern}/`);
    }
    // A rule with an exception shows it: at least one quiet text contains the term and is saved by `unless`.
    if (r.unless) {
      const term = new RegExp(r.pattern, 'iu');
      if (!r.examples.quiet.some((t) => term.test(t))) wrong.push(`no quiet example exercises unless /${r.unless}/`);
    }
    examples += r.examples.fires.length + r.examples.quiet.length;
    failures.push(...wrong.map((w) => `${r.id}: ${w}`));
    expect(wrong).toEqual([]);
  });

  it('ran every rule', () => {
    console.log(`sensitivity rules: ${SENSITIVITY_RULES.length} rules, ${examples} examples, ${failures.length} failures`);
    for (const f of failures) console.log(`  ${f}`);
    expect(examples).toBeGreaterThanOrEqual(SENSITIVITY_RULES.length * 4);
  });
});
