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

describe('complaints in every covered language', () => {
  const complaint = (text: string) => (analyze({ text }).opportunities ?? []).find((o) => o.type === 'complaint');
  it('surfaces a failure the writer reports, even with no negative word', () => {
    for (const text of [
      'ce forum est nul et personne ne répond',
      'Personne ne répond jamais sur ce forum.',
      'Die App stürzt ständig ab seit dem Update.',
      'Niemand antwortet hier, ich warte noch immer.',
      'Nadie responde en este foro desde hace semanas.',
      'Ninguém responde neste fórum.',
      'Nessuno risponde mai in questo forum.',
      'Nobody here ever answers a question.',
    ]) expect(complaint(text), text).toMatchObject({ code: 'opportunity.complaint' });
  });
  it('surfaces a negative verdict on the community or the product, the words that make it in its reason', () => {
    for (const text of ['Ce forum est vraiment nul.', 'Die neue Version ist einfach schrecklich.', 'La nueva actualización es horrible.', 'A nova atualização é horrível.', 'The support team has been useless.']) {
      expect(complaint(text)?.params?.words, text).toBe(text);
    }
  });
  it('does not take a negative word about something else, or a lone topic word, for a complaint', () => {
    for (const text of ['our chairman reviews every ban', 'This forum helped me through a terrible week.', 'The war documentary on the site is excellent.', 'Le cancer du sein touche une femme sur huit.']) {
      expect(complaint(text), text).toBeUndefined();
    }
  });
  it('ranks a real complaint above an outburst with no failure and no target', () => {
    const outburst = complaint('I hate this, it is awful and stupid.');
    expect(outburst?.code).toBe('opportunity.negative');
    expect(complaint('ce forum est nul et personne ne répond')!.priority).toBeGreaterThan(outburst!.priority);
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
