import { describe, expect, it } from 'vitest';
import { analyzeLine } from '../../../lib/cli/analyze';

describe('rapport analyze lines', () => {
  it('answers every part of the DESIGN.md contract', () => {
    const r = analyzeLine(JSON.stringify({ id: 'p1', text: 'Why is this so slow? I love the design though!' })) as Record<string, any>;
    expect(r.id).toBe('p1');
    expect(r.language.code).toMatch(/^[a-z]{2}$|^und$/);
    expect(['positive', 'neutral', 'negative']).toContain(r.sentiment.label);
    expect(r.sentiment.score).toBeGreaterThanOrEqual(-1);
    expect(Array.isArray(r.sentiment.contributions)).toBe(true);
    expect(r.toxicity.score).toBeGreaterThanOrEqual(0);
    expect(Array.isArray(r.sensitivity.flags)).toBe(true);
    expect(Array.isArray(r.opportunities)).toBe(true);
    expect(r.version).toBeUndefined();
  });
  it('invalid JSON and missing text give {error} and keep the id', () => {
    expect(analyzeLine('{not json')).toHaveProperty('error');
    expect(analyzeLine(JSON.stringify({ id: 7 }))).toMatchObject({ id: 7, error: expect.any(String) });
  });
});
