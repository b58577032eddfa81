import { describe, expect, test } from 'vitest';
import { forecastDraft } from '../../../lib/insights/forecast';
import type { InsightPost } from '../../../lib/insights/posts';

/** Deterministic noise (mulberry32), so the test is the same on every run. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A community where questions get twice the engagement and evening posts (18–22 h) 1.8×, everything else
 * equal, with multiplicative noise; times spread over the day, question or not independent of the time.
 */
function history(n: number, seed = 7): InsightPost[] {
  const r = rng(seed);
  const out: InsightPost[] = [];
  for (let i = 0; i < n; i++) {
    const hour = Math.floor(r() * 24);
    const question = r() < 0.4;
    const evening = hour >= 18 && hour <= 22;
    const noise = Math.exp((r() - 0.5) * 0.6);
    const likes = Math.round(30 * (question ? 2 : 1) * (evening ? 1.8 : 1) * noise);
    const day = 1 + Math.floor(i / 24);
    out.push({
      id: `generic:${i}`,
      platform: 'reddit',
      text: question ? `Which trail would you pick for a first overnight hike near the lake, number ${i}?` : `We walked the ridge trail this weekend and camped by the lake, trip number ${i}.`,
      metrics: { likes },
      author: { handle: `u${i % 17}` },
      community: 'r/hiking',
      publishedAt: new Date(Date.UTC(2025, 0, day, hour, 10)).toISOString(),
    });
  }
  return out;
}

const at = (hour: number) => Date.UTC(2025, 5, 1, hour, 0);

describe('draft forecast', () => {
  const h = history(400);

  test('recovers "questions do twice as well" in its reasons', () => {
    const f = forecastDraft('We camped by the lake this weekend, the ridge trail was lovely.', h, { at: at(9) });
    expect(f.thin).toBe(false);
    const q = f.reasons.find((r) => r.feature === 'question')!;
    expect(q.draft).toBe('no');
    expect(q.best).toBe('yes');
    expect(1 / q.vsBest).toBeGreaterThan(1.7);
    expect(1 / q.vsBest).toBeLessThan(2.3);
    expect(q.message).toMatch(/ask a question get ×(1\.[7-9]|2\.[0-3])/);
  });

  test('recovers "evenings do better": best hour in the evening, the time reason says so', () => {
    const f = forecastDraft('Which trail would you pick for a first overnight hike?', h, { at: at(9) });
    expect(f.bestHour).toBeGreaterThanOrEqual(18);
    expect(f.bestHour).toBeLessThanOrEqual(22);
    const t = f.reasons.find((r) => r.feature === 'daypart')!;
    expect(t.draft).toBe('morning');
    expect(t.best).toBe('evening');
    expect(t.message).toMatch(/evening posts/i);
  });

  test('a question posted in the evening is forecast above one posted in the morning, and above most posts', () => {
    const evening = forecastDraft('Which trail would you pick for a first overnight hike?', h, { at: at(20) });
    const morning = forecastDraft('Which trail would you pick for a first overnight hike?', h, { at: at(9) });
    const plain = forecastDraft('We camped by the lake this weekend.', h, { at: at(9) });
    expect(evening.percentile!).toBeGreaterThan(morning.percentile!);
    expect(morning.percentile!).toBeGreaterThan(plain.percentile!);
    expect(evening.percentile!).toBeGreaterThanOrEqual(85);
    expect(plain.percentile!).toBeLessThanOrEqual(35);
    // Expected engagement near the generating model: 30 × 2 × 1.8 for an evening question.
    expect(evening.expected!).toBeGreaterThan(80);
    expect(evening.expected!).toBeLessThan(140);
    expect(evening.reasons.find((r) => r.feature === 'question')!.message).toMatch(/^Good:/);
  });

  test('says plainly when history is too thin', () => {
    const f = forecastDraft('Anyone tried the north loop?', h.slice(0, 12), { at: at(9) });
    expect(f.thin).toBe(true);
    expect(f.percentile).toBeUndefined();
    expect(f.bestHour).toBeUndefined();
    expect(f.message).toMatch(/Too little history.*12 posts.*20 needed/);
  });

  test('features the history cannot tell (no post has a link) are named, not guessed', () => {
    const f = forecastDraft('Trail map: https://example.org/map', h, { at: at(9) });
    expect(f.unknown).toContain('link');
    expect(f.reasons.some((r) => r.feature === 'link')).toBe(false);
  });

  test('posts without engagement are not counted', () => {
    const f = forecastDraft('Hello', h.map((p) => ({ ...p, metrics: {} })), { at: at(9) });
    expect(f.basedOn).toBe(0);
    expect(f.thin).toBe(true);
  });
});
