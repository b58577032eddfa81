import { describe, expect, it } from 'vitest';
import { checkSensitivity } from '../../../lib/analysis/sensitivity';
import { SENSITIVITY_RULES } from '../../../lib/analysis/sensitivity-rules';

/** Sentences written for these tests: each should fire the named rule, or nothing. */
const FIRES: [string, string, string][] = [
  ['en', 'That plan is totally retarded.', 'en-retarded'],
  ['en', 'She has been wheelchair-bound since the accident.', 'en-wheelchair-bound'],
  ['en', 'We need more manpower on this project.', 'en-manpower'],
  ['en', 'Add the domain to the blacklist.', 'en-blacklist'],
  ['en', 'Stop crying, man up.', 'en-like-a-girl'],
  ['es', 'Ese tío es un subnormal.', 'es-retrasado'],
  ['es', 'Llegaron muchos inmigrantes ilegales.', 'es-ilegales'],
  ['es', 'No seas nena y salta.', 'es-como-nena'],
  ['fr', "La Déclaration des droits de l'homme date de 1789.", 'fr-droits-homme'],
  ['fr', 'Il est cloué dans un fauteuil depuis dix ans.', 'fr-cloue-fauteuil'],
  ['fr', 'Madame le directeur est arrivée.', 'fr-femme-metier'],
  ['de', 'Das ist doch voll behindert.', 'de-behindert-insult'],
  ['de', 'Er ist an den Rollstuhl gefesselt.', 'de-an-rollstuhl-gefesselt'],
  ['de', 'Sei ein Mann und hör auf zu jammern.', 'de-maedchen'],
  ['pt', 'Ele é retardado ou o quê?', 'pt-retardado'],
  ['pt', 'Que tal parar de denegrir a imagem dela?', 'pt-racismo'],
  ['pt', 'Para de chorar e seja homem.', 'pt-mulherzinha'],
  ['it', 'Non fare la femminuccia.', 'it-femminuccia'],
  ['it', 'È costretto su una sedia a rotelle.', 'it-costretto-carrozzina'],
  ['it', 'La ministro ha parlato ieri.', 'it-ministro-donna'],
];

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

  it.each(FIRES)('%s: "%s" fires %s', (lang, text, id) => {
    const flags = checkSensitivity(text, lang).flags;
    expect(flags.map((f) => f.ruleId)).toContain(id);
    for (const f of flags) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.alternatives!.length).toBeGreaterThan(0);
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
    expect(checkSensitivity('Buy 4 and save!', 'en', { markets: ['CN'] }).flags.map((f) => f.ruleId)).toContain('xc-number-4');
  });
});
