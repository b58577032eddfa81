import { describe, expect, it } from 'vitest';
import { alertsByCommunity, communitySpike } from '../../../lib/insights/alerts';
import type { InsightPost } from '../../../lib/insights/posts';
import type { CommunityDay } from '../../../lib/model/stored';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 10, 20, 15);
const TODAY = Math.floor(NOW / DAY) * DAY;
let n = 0;
const post = (community: string, at: number, label: 'positive' | 'neutral' | 'negative', text = 'a post'): InsightPost => ({
  id: `x:${n++}`, platform: 'reddit', text, metrics: {}, author: {}, community, publishedAt: new Date(at).toISOString(),
  analysis: { version: 9, language: { code: 'en', confidence: 1 }, sentiment: { label, score: label === 'negative' ? -0.5 : 0.5, contributions: [] } },
});
/** `days` days before the window of a community with `negative` of `scored` posts negative each day. */
const history = (community: string, days: number, scored: number, negative: number): CommunityDay[] =>
  Array.from({ length: days }, (_, i) => ({ community, day: TODAY - (i + 2) * DAY, posts: scored, positive: scored - negative, neutral: 0, negative, scored, scoreMilli: 0 }));
const recent = (community: string, negative: number, positive: number) => [
  ...Array.from({ length: negative }, (_, i) => post(community, NOW - (i + 1) * HOUR, 'negative', 'Acme broke it again')),
  ...Array.from({ length: positive }, (_, i) => post(community, NOW - (i + 1) * HOUR, 'positive', 'fine day')),
];

describe('alerts per community, each against its own history', () => {
  it('a quiet community alerts on a share its heated neighbour has every day', () => {
    // 4 of 10 recent posts negative (40 %): twice the quiet one's 10 % and 20 points above it; the heated one runs at 45 %
    const quiet = communitySpike('r/quiet', recent('r/quiet', 4, 6), history('r/quiet', 14, 10, 1), { now: NOW });
    expect(quiet).toMatchObject({ kind: 'community', community: 'r/quiet', negative: 4, total: 10, baseline: 0.1, before: 140 });
    expect(communitySpike('r/heated', recent('r/heated', 4, 6), history('r/heated', 14, 20, 9), { now: NOW })).toBeUndefined();
  });

  it('needs at least three negative posts, and a share over half when the history is thin', () => {
    expect(communitySpike('r/a', recent('r/a', 2, 0), history('r/a', 14, 10, 0), { now: NOW })).toBeUndefined();
    expect(communitySpike('r/a', recent('r/a', 3, 3), [], { now: NOW })).toBeUndefined(); // 50 %, no history: not over half
    expect(communitySpike('r/a', recent('r/a', 3, 2), [], { now: NOW })).toMatchObject({ negative: 3, total: 5, before: 0 });
  });

  it('leaves the days the window reaches into out of the baseline (the spike is not its own baseline)', () => {
    const spikeDay: CommunityDay = { community: 'r/q', day: TODAY, posts: 50, positive: 0, neutral: 0, negative: 50, scored: 50, scoreMilli: 0 };
    const yesterday: CommunityDay = { ...spikeDay, day: TODAY - DAY };
    expect(communitySpike('r/q', recent('r/q', 4, 6), [...history('r/q', 14, 10, 1), spikeDay, yesterday], { now: NOW })?.baseline).toBe(0.1);
  });

  it('gives every community its own list, watched terms included, and reads days only where an alert is possible', async () => {
    const read: string[] = [];
    const days = { 'r/quiet': history('r/quiet', 14, 10, 1), 'r/calm': history('r/calm', 14, 10, 1) } as Record<string, CommunityDay[]>;
    const alerts = await alertsByCommunity([...recent('r/quiet', 4, 6), ...recent('r/calm', 1, 9)], ['Acme'], async (c) => (read.push(c), days[c] ?? []), { now: NOW });
    expect(read).toEqual(['r/quiet']);
    expect(alerts.map((a) => [a.kind, a.community])).toEqual([['community', 'r/quiet'], ['term', 'r/quiet']]);
  });
});
