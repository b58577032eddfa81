import { describe, expect, it } from 'vitest';
import { analyzeLine } from '../../../lib/cli/analyze';

describe('rapport analyze lines', () => {
  it('answers every part of the DESIGN.md contract', () => {
    const r = analyzeLine(JSON.stringify({ id: 'p1', text: 'Why is this so slow? I love the design though!' })) as Record<string, any>;
    expect(r.id).toBe('p1');
    expect(r.language.code).toMatch(/^[a-z]{2}$|^und$/);
    expect(['positive', 'neutral', 'negative']).toContain(r.sentiment.label);
    expect(r.sentiment.score).toBeGreaterThanOrEqual(-1);
    expect(r.sentiment.confidence).toBeGreaterThanOrEqual(0);
    expect(r.sentiment.confidence).toBeLessThanOrEqual(1);
    expect(Array.isArray(r.sentiment.contributions)).toBe(true);
    expect(r.toxicity.score).toBeGreaterThanOrEqual(0);
    expect(Array.isArray(r.sensitivity.flags)).toBe(true);
    expect(Array.isArray(r.opportunities)).toBe(true);
    expect(r.version).toBeUndefined();
  });
  it('prints flags and opportunities with their code, params and English reason', () => {
    const r = analyzeLine(JSON.stringify({ id: 'p2', text: 'Still waiting for my refund, the chairman should fix this worst service. Why?' })) as Record<string, any>;
    const flag = r.sensitivity.flags.find((f: any) => f.ruleId === 'en-chairman');
    expect(Object.keys(flag)).toEqual(['ruleId', 'category', 'severity', 'start', 'end', 'text', 'code', 'params', 'reason', 'alternatives']);
    expect(flag).toMatchObject({ code: 'sensitivity.en-chairman', params: {}, reason: 'A gendered job title assumes who does the job.' });
    expect(flag.alternatives).toEqual(['chair', 'chairperson']);
    const complaint = r.opportunities.find((o: any) => o.type === 'complaint');
    expect(Object.keys(complaint)).toEqual(['type', 'priority', 'code', 'params', 'reason']);
    expect(complaint.reason).toBe(`Complaint ("${complaint.params.words}", negative tone ${complaint.params.score}): a quick, public, helpful reply can turn it around.`);
    const question = r.opportunities.find((o: any) => o.type === 'question');
    expect(question.reason).toBe('Asks a question: an answer here is seen by everyone who has the same question.');
  });
  it('invalid JSON and missing text give {error} and keep the id', () => {
    expect(analyzeLine('{not json')).toHaveProperty('error');
    expect(analyzeLine(JSON.stringify({ id: 7 }))).toMatchObject({ id: 7, error: expect.any(String) });
  });
});
