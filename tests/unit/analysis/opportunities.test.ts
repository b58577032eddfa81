import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { threadOpportunities } from '../../../lib/analysis/opportunities-thread';
import { opportunityReason } from '../../../lib/analysis/reasons';

const types = (text: string, extra: object = {}) => (analyze({ text, ...extra }).opportunities ?? []).map((o) => o.type);

describe('post opportunities', () => {
  it('finds questions, complaints and praise', () => {
    expect(types('How do I export my data to CSV?')).toContain('question');
    expect(types('Still waiting for my refund, this is the worst service ever')).toContain('complaint');
    expect(types('Thank you so much, the new version is amazing!')).toContain('praise');
  });
  it('finds watched brands and influential authors', () => {
    expect(types('Just switched from Acme to something else', { watch: [{ term: 'Acme', kind: 'competitor' }] })).toContain('competitor-mention');
    expect(types('Nice day', { metrics: { views: 2_000_000, likes: 40_000 } })).toContain('influential-author');
  });
  it('every opportunity has a priority in [0, 1] and a reason', () => {
    for (const o of analyze({ text: 'Why is the app so slow? Really annoying.' }).opportunities ?? []) {
      expect(o.priority).toBeGreaterThanOrEqual(0);
      expect(o.priority).toBeLessThanOrEqual(1);
      expect(opportunityReason(o).length).toBeGreaterThan(10);
    }
  });
});

describe('thread opportunities', () => {
  const now = new Date('2025-01-02T12:00:00Z');
  it('finds a question unanswered for long', () => {
    const r = threadOpportunities([{ id: 'a', publishedAt: '2025-01-01T08:00:00Z', isQuestion: true, replies: 0 }], { now });
    expect(r[0]?.type).toBe('unanswered');
  });
  it('finds a negative spike', () => {
    const posts = Array.from({ length: 20 }, (_, i) => ({
      id: String(i),
      publishedAt: new Date(now.getTime() - (20 - i) * 600_000).toISOString(),
      sentimentScore: i < 14 ? 0.3 : -0.7,
    }));
    expect(threadOpportunities(posts, { now }).map((o) => o.type)).toContain('negative-spike');
  });
  it('finds fast growth', () => {
    const posts = Array.from({ length: 12 }, (_, i) => ({
      id: String(i),
      publishedAt: new Date(now.getTime() - (i < 2 ? 48 * 3_600_000 : i * 60_000)).toISOString(),
    }));
    expect(threadOpportunities(posts, { now }).map((o) => o.type)).toContain('fast-growing');
  });
});
