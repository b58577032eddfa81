import { describe, expect, it } from 'vitest';
import { checkSensitivity } from '../../../lib/analysis/sensitivity';
import { SENSITIVITY_RULES } from '../../../lib/analysis/sensitivity-rules';

/** Ordinary sentences (pronouns, neutral titles): no rule of any language may fire on them. */
const QUIET: [string, string][] = [
  ['en', 'He said she would send him her notes before the meeting.'],
  ['en', 'The committee chair thanked the staff for their work.'],
  ['en', 'She finished her master’s degree and now works as an engineer.'],
  ['es', 'Ella le dijo a él que el informe estaba listo.'],
  ['fr', 'Il a dit qu’elle viendrait demain avec son frère.'],
  ['de', 'Er hat ihr gesagt, dass der Bericht fertig ist.'],
  ['pt', 'Ele disse que ela chega amanhã com o irmão.'],
  ['it', 'Lui ha detto che lei arriva domani con il fratello.'],
];

describe('sensitivity rules', () => {
  it('every rule has a reason, at least one alternative and a source', () => {
    for (const r of SENSITIVITY_RULES) {
      expect(r.reason.length).toBeGreaterThan(10);
      expect(r.alternatives.length).toBeGreaterThan(0);
      expect(r.source.length).toBeGreaterThan(0);
      expect(() => new RegExp(r.pattern, 'iu')).not.toThrow();
    }
  });

  it('offers the alternatives of the matched term, not of every term its rule finds (issue #19)', () => {
    const alts = (text: string, lang = 'en') => checkSensitivity(text, lang).flags.map((f) => f.alternatives);
    expect(alts('Our chairman reviews every ban.')).toEqual([['chair', 'chairperson']]);
    expect(alts('Ask a fireman.')).toEqual([['firefighter']]);
    expect(alts('She is a female engineer.')).toEqual([['engineer']]);
    expect(alts('They whitelisted the domain.')).toEqual([['allowed', 'allowlisted']]);
    expect(alts('Das ist ein Zigeunerschnitzel.', 'de')).toEqual([['Paprikaschnitzel']]);
    expect(alts('Madame le président arrive.', 'fr')).toEqual([['madame la présidente']]);
    // every term of a rule with per-term alternatives is covered, so no match falls back to the whole group
    for (const r of SENSITIVITY_RULES.filter((x) => x.terms)) {
      for (const [pattern, list] of r.terms!) {
        expect(() => new RegExp(pattern, 'iu'), r.id).not.toThrow();
        expect(list.length, `${r.id} ${pattern}`).toBeGreaterThan(0);
      }
    }
  });

  it.each(QUIET)('%s: "%s" stays quiet', (lang, text) => {
    expect(checkSensitivity(text, lang).flags).toEqual([]);
  });

  it('matches whole words only, in any script, and finds a later whole word after a partial one', () => {
    expect(checkSensitivity('The blacklisted-ness of manpowered machines', 'en').flags.map((f) => f.ruleId)).not.toContain('en-manpower');
    expect(checkSensitivity('Überblacklist', 'en').flags).toEqual([]);
    const flags = checkSensitivity('crippled crippled by debt', 'en').flags;
    expect(flags.map((f) => f.text)).toContain('crippled by');
    expect(checkSensitivity('«blacklist»', 'en').flags.map((f) => f.ruleId)).toEqual(['en-blacklist']);
  });

  it('cross-cultural rules apply only for target markets', () => {
    expect(checkSensitivity('Great job 👌', 'en').flags).toEqual([]);
    expect(checkSensitivity('Great job 👌', 'en', { markets: ['BR'] }).flags[0]?.ruleId).toBe('xc-ok-gesture');
    expect(checkSensitivity('Great job 👌', 'en', { markets: ['JP'] }).flags).toEqual([]);
    // reading a feed names no markets: no rule that has markets fires on any of its own examples
    for (const r of SENSITIVITY_RULES.filter((x) => x.markets)) {
      for (const text of r.examples.fires) {
        expect(checkSensitivity(text, 'en').flags.map((f) => f.ruleId), `${r.id}: ${text}`).not.toContain(r.id);
      }
    }
  });

  it('looks for an exception only in the sentence of the match', () => {
    const ids = (text: string) => checkSensitivity(text, 'en').flags.map((f) => f.ruleId);
    expect(ids('The chairman said he would resign.')).toEqual([]);
    expect(ids('The chairman opened the meeting. He left early.')).toEqual(['en-chairman']);
    expect(ids('He left early. The chairman opened the meeting.')).toEqual(['en-chairman']);
    expect(ids('The chairman opened the meeting! He left early.')).toEqual(['en-chairman']);
    // a title's dot and a number's do not end the sentence
    expect(ids('Mr. Diaz is our chairman.')).toEqual([]);
    expect(ids('Version 2.5 came out and the chairman said he liked it.')).toEqual([]);
  });

  it('reads Chinese and Japanese terms inside running text, which has no spaces between words', () => {
    expect(checkSensitivity('他戴绿帽了', 'zh', { markets: ['CN'] }).flags.map((f) => f.text)).toEqual(['绿帽']);
  });

  it('keeps the severity its rule declares', () => {
    const [flag] = checkSensitivity('That plan is totally retarded.', 'en').flags;
    expect(flag).toMatchObject({ ruleId: 'en-retarded', severity: 'error', category: 'disability' });
    expect(checkSensitivity('It was a giant leap for mankind.', 'en').flags[0]?.severity).toBe('info');
  });
});
