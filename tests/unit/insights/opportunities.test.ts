import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { mayGrowFast, rankOpportunities } from '../../../lib/insights/opportunities';
import type { StoredPost } from '../../../lib/model/stored';

const NOW = Date.parse('2026-12-03T12:00:00Z');
const HOUR = 3_600_000;

function stored(id: string, text: string, extra: Partial<StoredPost> = {}): StoredPost {
  return {
    id, platform: 'generic', url: 'https://forum.example/t/1', author: { name: id }, text, metrics: { replies: 0 },
    firstSeen: NOW, lastSeen: NOW, pageKey: 'https://forum.example/t/1', authorKey: `generic:${id}`, analyzed: 1, captured: 0,
    analysis: analyze({ text, metrics: { replies: 0 } }), ...extra,
  };
}

describe('ranking a page’s opportunities', () => {
  it('ranks an old thread’s question and complaint as history, below the current ones, and never as waiting for years', () => {
    const twoYears = new Date(NOW - 2 * 365 * 24 * HOUR).toISOString();
    const today = new Date(NOW - 20 * HOUR).toISOString();
    const ranked = rankOpportunities([
      stored('old-q', 'How do I export my notes to CSV?', { publishedAt: twoYears }),
      stored('old-c', 'Still waiting for my refund, this is the worst service ever.', { publishedAt: twoYears }),
      stored('new-q', 'How do I change my password?', { publishedAt: today }),
    ], NOW);
    const old = ranked.filter((o) => o.postId.startsWith('old'));
    const current = ranked.filter((o) => o.postId === 'new-q');
    expect(old.length).toBeGreaterThan(0);
    expect(old.every((o) => o.history)).toBe(true);
    expect(current.every((o) => !o.history)).toBe(true);
    expect(Math.min(...current.map((o) => o.priority))).toBeGreaterThan(Math.max(...old.map((o) => o.priority)));
    // the recent question waits (20 h); the two-year-old one does not "wait" at all
    expect(ranked.find((o) => o.type === 'unanswered')?.postId).toBe('new-q');
    expect(ranked.some((o) => o.type === 'unanswered' && o.postId === 'old-q')).toBe(false);
  });

  it('leaves an ad’s question and praise out', () => {
    const ranked = rankOpportunities([stored('ad', 'Why wait? Our amazing planner is free this month, thank you for trying it!', { promoted: true }), stored('p', 'Why does the sync fail every night?')], NOW);
    expect(ranked.map((o) => o.postId)).not.toContain('ad');
    expect(ranked.map((o) => o.postId)).toContain('p');
  });

  it('a post with no date of its own is not taken for history', () => {
    expect(rankOpportunities([stored('q', 'How do I export my notes?', { firstSeen: NOW - 400 * 24 * HOUR })], NOW).every((o) => !o.history)).toBe(true);
  });

  it('a post whose replies grow fast between two sightings is a fast-growing thread, told from its observations', () => {
    const hot = stored('hot', 'We are moving the conference to Lisbon next year.', { metrics: { replies: 140 }, firstSeen: NOW - 2 * HOUR, observedAt: NOW });
    const earlier = [{ postId: 'hot', at: NOW - 2 * HOUR, metrics: { replies: 20 } }];
    const growing = rankOpportunities([hot], NOW, new Map([['hot', earlier]])).find((o) => o.type === 'fast-growing');
    expect(growing).toMatchObject({ postId: 'hot', code: 'opportunity.growth', params: { n: 60 } });
    // the same counts with no history to compare: nothing to say about its pace
    expect(rankOpportunities([hot], NOW).some((o) => o.type === 'fast-growing')).toBe(false);
    // slow growth is no opportunity
    const slow = [{ postId: 'hot', at: NOW - 2 * HOUR, metrics: { replies: 130 } }];
    expect(rankOpportunities([hot], NOW, new Map([['hot', slow]])).some((o) => o.type === 'fast-growing')).toBe(false);
    // the fewest replies that can grow fast: five in a quarter of an hour (sightings closer count as that far apart)
    const five = stored('five', 'New thread.', { metrics: { replies: 5 }, firstSeen: NOW - 60_000, observedAt: NOW });
    expect(mayGrowFast(five)).toBe(true);
    expect(rankOpportunities([five], NOW, new Map([['five', [{ postId: 'five', at: NOW - 60_000, metrics: { replies: 0 } }]]])).some((o) => o.type === 'fast-growing')).toBe(true);
    expect(mayGrowFast({ metrics: { replies: 4 } })).toBe(false);
  });
});
