/**
 * A stored analysis is bounded whatever the text (issue #17 item 7): capped lists, clipped matches, rule codes instead
 * of repeated reason text. Old rows, stored with their reasons as text, still render.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, languageModelReady } from '../../../lib/analysis/analyze';
import { flagText, opportunityReason } from '../../../lib/analysis/reasons';
import { Analysis } from '../../../lib/model/analysis';
import { MAX_ANALYSIS_BYTES, MAX_CONTRIBUTIONS, MAX_FLAGS, MAX_OPPORTUNITIES, MAX_SPANS } from '../../../lib/model/limits';

await languageModelReady;

const bytes = (a: unknown) => new TextEncoder().encode(JSON.stringify(a)).length;
/** Text that trips every analyser as often as it can: flags, insults, sentiment words, emoji, laughter. */
const HOSTILE = ['the chairman said mankind ', 'you idiot ', 'fuck this shit ', 'love it great amazing ', 'lol ', '😂😡 ', 'hey guys ', 'wheelchair-bound '];
const watch = Array.from({ length: 30 }, (_, i) => ({ term: `brand${i}`, kind: 'brand' as const }));

describe('bounded analysis records', () => {
  it(`stays under ${MAX_ANALYSIS_BYTES} bytes and every cap on 20,000 hostile characters`, () => {
    const text = HOSTILE.join('').repeat(Math.ceil(20_000 / HOSTILE.join('').length)).slice(0, 20_000) + watch.map((w) => w.term).join(' ');
    const a = analyze({ text, metrics: { views: 5_000_000, likes: 90_000 }, watch });
    expect(Analysis.parse(a)).toBeTruthy();
    expect(a.sensitivity!.flags.length).toBe(MAX_FLAGS);
    expect(a.toxicity!.spans.length).toBe(MAX_SPANS);
    expect(a.sentiment.contributions.length).toBe(MAX_CONTRIBUTIONS);
    expect(a.opportunities!.length).toBeLessThanOrEqual(MAX_OPPORTUNITIES);
    for (const f of a.sensitivity!.flags) expect(f).not.toHaveProperty('reason');
    expect(bytes(a)).toBeLessThan(MAX_ANALYSIS_BYTES);
  });

  it('stays under the bound on any hostile text (property)', () => {
    const unit = fc.oneof(fc.constantFrom(...HOSTILE, '中文', '👨‍👩‍👧‍👦', 'a@', '1,'), fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 6 }), fc.integer({ min: 100, max: 20_000 }), (units, n) => {
        const text = units.join('').repeat(Math.ceil(n / units.join('').length)).slice(0, n);
        expect(bytes(analyze({ text, watch }))).toBeLessThan(MAX_ANALYSIS_BYTES);
      }),
      { numRuns: 30 },
    );
  });

  it('the strongest contributions are kept, in reading order', () => {
    const a = analyze({ text: `${'ok '.repeat(40)} terrible awful horrible ${'nice '.repeat(40)}` });
    expect(a.sentiment.contributions.length).toBeLessThanOrEqual(MAX_CONTRIBUTIONS);
    expect(a.sentiment.contributions.map((c) => c.token)).toEqual(expect.arrayContaining(['terrible', 'awful', 'horrible']));
  });

  it('renders the same reasons from codes as rows stored with their text', () => {
    const a = analyze({ text: 'Ask the chairman why my refund is still waiting, worst service. Any help?', metrics: { replies: 0 } });
    const flag = a.sensitivity!.flags[0]!;
    expect(flag.code).toBe('sensitivity.en-chairman');
    expect(flagText(flag).reason).toBe('A gendered job title assumes who does the job.');
    const old = { ...flag, code: undefined, reason: 'stored reason', alternatives: ['x'] };
    // an old row keeps its stored reason; its alternatives come from the rule, for the term it matched
    expect(flagText(old)).toEqual({ reason: 'stored reason', alternatives: ['chair', 'chairperson'] });
    const question = a.opportunities!.find((o) => o.type === 'question')!;
    expect(opportunityReason(question)).toBe('Asks a question and asks for help, with no reply yet: an answer here is seen by everyone who has the same question.');
    expect(opportunityReason({ type: 'question', priority: 0.5, reason: 'stored text' })).toBe('stored text');
  });
});
