import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../lib/analysis/draft';
import { PLATFORM_RULES, platformLength } from '../../../lib/analysis/platform-rules';

describe('checkDraft', () => {
  it('flags a post too long for X and suggests a thread', () => {
    const r = checkDraft('word '.repeat(80), { platform: 'x' });
    const f = r.findings.find((x) => x.kind === 'length');
    expect(f?.alternative).toMatch(/thread/);
  });
  it('counts links at their fixed length on X', () => {
    expect(platformLength('see https://example.com/a/very/long/path/that/goes/on', PLATFORM_RULES.x!)).toBe(4 + 23);
  });
  it('flags too many hashtags and links on Instagram', () => {
    const r = checkDraft('New drop https://shop.example #a #b #c', { platform: 'instagram' });
    expect(r.findings.map((f) => f.kind)).toContain('links');
    const x = checkDraft('New drop #a #b #c #d', { platform: 'x' });
    expect(x.findings.find((f) => f.kind === 'hashtags')?.alternative).toContain('#a #b');
  });
  it('flags a language the audience does not read', () => {
    const r = checkDraft('Nous lançons aujourd’hui la nouvelle version de notre application mobile.', { audienceLanguages: ['en', 'de'] });
    expect(r.findings.find((f) => f.kind === 'language')?.alternative).toMatch(/en/);
  });
  it('does not flag a language the audience reads, however its tag is written', () => {
    const pt = 'Hoje lançamos a nova versão do nosso aplicativo, com muito mais rapidez para todos vocês.';
    expect(checkDraft(pt, { audienceLanguages: ['pt-BR'] }).findings.map((f) => f.kind)).not.toContain('language');
    // Bokmål and Nynorsk are one language's two written standards.
    const nynorsk = 'Eg veit ikkje kva ho meinte med det, men vi skal snakke med henne i morgon.';
    expect(checkDraft(nynorsk, { audienceLanguages: ['en'] }).findings.map((f) => f.kind)).toContain('language');
    expect(checkDraft(nynorsk, { audienceLanguages: ['no'] }).findings.map((f) => f.kind)).not.toContain('language');
    expect(checkDraft(nynorsk, { audienceLanguages: ['nb'] }).findings.map((f) => f.kind)).not.toContain('language');
  });
  it('brings sensitivity, cross-cultural and toxicity findings, each with an alternative', () => {
    const r = checkDraft('Hey guys, that idea was retarded, what the fuck 👌', { platform: 'x', markets: ['BR'] });
    const kinds = r.findings.map((f) => f.kind);
    expect(kinds).toContain('sensitivity');
    expect(kinds).toContain('toxicity');
    for (const f of r.findings) expect(f.alternative.length).toBeGreaterThan(0);
  });
  it('a clean short draft has no findings', () => {
    expect(checkDraft('Our new release is out today. Thanks to everyone who tested it!', { platform: 'x', audienceLanguages: ['en'] }).findings).toEqual([]);
  });
});
