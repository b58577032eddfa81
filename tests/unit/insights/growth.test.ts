import { describe, expect, it } from 'vitest';
import { engagementAtAge, fitHalfLife, growthBetween, latestGrowth, overallGrowth, pointsOf, reached, valueAtAge } from '../../../lib/insights/growth';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-11-02T08:00:00Z');
const iso = (t: number) => new Date(t).toISOString();
const obs = (hours: number, likes: number, replies?: number) => ({ postId: 'p', at: T0 + hours * HOUR, metrics: { likes, ...(replies === undefined ? {} : { replies }) } });

describe('a post’s metrics over time', () => {
  it('lists its observations oldest first, with its current counts where they are newer', () => {
    const points = pointsOf({ metrics: { likes: 30 }, observedAt: T0 + 5 * HOUR }, [obs(2, 20), obs(1, 10)]);
    expect(points.map((p) => [p.at, p.metrics.likes])).toEqual([[T0 + HOUR, 10], [T0 + 2 * HOUR, 20], [T0 + 5 * HOUR, 30]]);
    // a post seen once: its current counts are its only point, no observation needed
    expect(pointsOf({ metrics: { likes: 3 }, firstSeen: T0 })).toEqual([{ at: T0, metrics: { likes: 3 } }]);
    // the current counts already are the last observation
    expect(pointsOf({ metrics: { likes: 20 }, observedAt: T0 + 2 * HOUR }, [obs(1, 10), obs(2, 20)])).toHaveLength(2);
    // a snapshot taken after the last sighting with the same counts is no new point (a capture's)
    expect(pointsOf({ metrics: { likes: 20 }, observedAt: T0 + 9 * HOUR }, [obs(1, 10), obs(2, 20)])).toHaveLength(2);
  });

  it('growth between two sightings: the change, and the pace per hour only when they are far enough apart', () => {
    const g = growthBetween({ at: T0, metrics: { likes: 10, replies: 2 } }, { at: T0 + 2 * HOUR, metrics: { likes: 50, replies: 8, views: 9 } });
    expect(g).toMatchObject({ hours: 2, delta: { likes: 40, replies: 6 }, perHour: { likes: 20, replies: 3 } });
    expect(g.delta.views).toBeUndefined(); // not shown at the first sighting: no change to tell
    const close = growthBetween({ at: T0, metrics: { likes: 10 } }, { at: T0 + 5_000, metrics: { likes: 25 } });
    expect(close.delta).toEqual({ likes: 15 });
    expect(close.perHour).toBeUndefined();
    const points = pointsOf({ metrics: { likes: 90 }, observedAt: T0 + 4 * HOUR }, [obs(0, 0), obs(1, 50)]);
    expect(latestGrowth(points)!.perHour!.likes).toBeCloseTo(40 / 3);
    expect(overallGrowth(points)!.delta.likes).toBe(90);
    expect(overallGrowth(points.slice(0, 1))).toBeUndefined();
  });

  it('the count at a fixed age: interpolated between sightings, projected along the curve beyond them', () => {
    // seen at 12 h and 36 h: 24 h lies between them
    const between = valueAtAge([{ at: T0 + 12 * HOUR, metrics: { likes: 100 } }, { at: T0 + 36 * HOUR, metrics: { likes: 160 } }], T0, 24);
    expect(between).toEqual({ value: 130, how: 'observed' });
    // seen once at 6 h with a 6 h half-life: half of the curve's day-one value, so 24 h projects to ×(1 − 2^−4) / (1 − 2^−1)
    const young = valueAtAge([{ at: T0 + 6 * HOUR, metrics: { likes: 50 } }], T0, 24, undefined, 6);
    expect(young!.how).toBe('projected');
    expect(young!.value).toBeCloseTo(50 * (15 / 16) / 0.5);
    // seen once at three days: a day is a little less
    const old = valueAtAge([{ at: T0 + 72 * HOUR, metrics: { likes: 100 } }], T0, 24, undefined, 6)!;
    expect(old.value).toBeLessThan(100);
    expect(old.value).toBeGreaterThan(90);
    // no publication time: the age is unknown, and nothing is made up
    expect(valueAtAge([{ at: T0, metrics: { likes: 5 } }], undefined, 24)).toBeUndefined();
    expect(engagementAtAge({ metrics: { likes: 5 }, observedAt: T0 })).toBeUndefined();
    expect(engagementAtAge({ metrics: {}, publishedAt: iso(T0), observedAt: T0 + HOUR })).toBeUndefined();
  });

  it('two posts of equal reach compare equal at 24 h although one was seen young and one old', () => {
    const half = 6;
    const total = 400;
    const young = { metrics: { likes: Math.round(total * reached(2, half)) }, publishedAt: iso(T0), observedAt: T0 + 2 * HOUR };
    const old = { metrics: { likes: Math.round(total * reached(80, half)) }, publishedAt: iso(T0), observedAt: T0 + 80 * HOUR };
    const a = engagementAtAge(young, [], { halfLifeHours: half })!.value;
    const b = engagementAtAge(old, [], { halfLifeHours: half })!.value;
    expect(Math.abs(a - b) / b).toBeLessThan(0.02);
    // raw totals would have said the old one did nearly three times better
    expect(old.metrics.likes / young.metrics.likes).toBeGreaterThan(2.5);
  });

  it('fits the half-life the user’s posts grew with, and assumes none from too few', () => {
    const half = 10;
    const histories = Array.from({ length: 8 }, (_, i) => {
      const total = 100 * (i + 1);
      const ages = [1 + i, 8 + 3 * i];
      return { publishedAt: iso(T0), points: ages.map((a) => ({ at: T0 + a * HOUR, metrics: { likes: total * reached(a, half) } })) };
    });
    expect(fitHalfLife(histories)).toBeGreaterThan(half * 0.95);
    expect(fitHalfLife(histories)).toBeLessThan(half * 1.05);
    expect(fitHalfLife(histories.slice(0, 4))).toBeUndefined();
  });
});
