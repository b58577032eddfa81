import { describe, expect, it } from 'vitest';
import { analyzeSentiment } from '../../../lib/analysis/sentiment';

describe('analyzeSentiment', () => {
  it('scores plain English', () => {
    expect(analyzeSentiment('I love this, it is wonderful', 'en').label).toBe('positive');
    expect(analyzeSentiment('This is awful and I hate it', 'en').label).toBe('negative');
    expect(analyzeSentiment('The meeting is at three in room four', 'en').label).toBe('neutral');
  });

  it('applies negation and lists the rule', () => {
    const r = analyzeSentiment('The food was not good', 'en');
    expect(r.score).toBeLessThan(0);
    expect(r.contributions.some((c) => c.rule?.includes('negation') || c.token === 'not good')).toBe(true);
  });

  it('weighs what follows "but" more', () => {
    const r = analyzeSentiment('The screen is nice but the battery is terrible', 'en');
    expect(r.label).toBe('negative');
    expect(r.contributions.find((c) => c.token === 'terrible')?.rule).toContain('after-contrast');
  });

  it('boosts intensifiers, capitals and exclamation marks', () => {
    const plain = analyzeSentiment('this is good', 'en').score;
    expect(analyzeSentiment('this is very good', 'en').score).toBeGreaterThan(plain);
    expect(analyzeSentiment('this is GOOD', 'en').score).toBeGreaterThan(plain);
    expect(analyzeSentiment('this is good!!!', 'en').contributions.some((c) => c.rule === 'exclamation')).toBe(true);
  });

  it('reads emoji with and without U+FE0F, emoticons and laughter', () => {
    expect(analyzeSentiment('❤️', 'en').label).toBe('positive');
    expect(analyzeSentiment('❤', 'en').label).toBe('positive');
    expect(analyzeSentiment('meh :(', 'en').label).toBe('negative');
    expect(analyzeSentiment('jajajaja', 'es').label).toBe('positive');
  });

  it('does not score English words that are function words in the text\'s language', () => {
    // German "die" (the) and "war" (was), Spanish "sin" (without), French "pain" (bread): English sentiment words.
    expect(analyzeSentiment('Gibt es eine Möglichkeit, die Daten zu exportieren?', 'de').label).toBe('neutral');
    expect(analyzeSentiment('Die Lieferung war pünktlich und gut verpackt.', 'de').label).toBe('positive');
    expect(analyzeSentiment('Café sin azúcar, por favor.', 'es').contributions.map((c) => c.token)).not.toContain('sin');
    expect(analyzeSentiment('Du pain et du fromage.', 'fr').label).toBe('neutral');
    // English text keeps them.
    expect(analyzeSentiment('They die in the war', 'en').label).toBe('negative');
  });

  it('finds a listed word from its inflected forms, in the language\'s own words only', () => {
    expect(analyzeSentiment('Tolles Update!', 'de').contributions.map((c) => c.token)).toContain('toll');
    expect(analyzeSentiment('Las respuestas fueron malas.', 'es').label).toBe('negative');
    expect(analyzeSentiment('Uma experiência péssima.', 'pt').contributions.map((c) => c.token)).toContain('péssimo');
    // "killen" less its ending is English "kill": not a German word of the lexicon, so not reached.
    expect(analyzeSentiment('Sie killen es.', 'de').label).toBe('neutral');
    // and "Kinder" (children) is not English "kinder"
    expect(analyzeSentiment('Die Kinder spielen.', 'de').label).toBe('neutral');
  });

  it('negates the word before a negator in languages that put it after (Hindi, Turkish), and not the words after it', () => {
    expect(analyzeSentiment('khana accha nahi tha', 'hi').label).toBe('negative');
    expect(analyzeSentiment('khana accha nahi tha', 'hi').contributions[0]?.rule).toContain('negation');
    // "nahi pata" (do not know) is not about what follows it
    expect(analyzeSentiment('mujhe nahi pata ki accha hai', 'hi').label).toBe('positive');
    expect(analyzeSentiment('bu film iyi değil', 'tr').label).toBe('negative');
    // English negators in mixed text still look ahead
    expect(analyzeSentiment('not good yaar', 'hi').label).toBe('negative');
  });

  it('ends a negation at "?" and "!" as at a full stop', () => {
    const r = analyzeSentiment('No new episode?! Damn.', 'en');
    expect(r.label).toBe('negative');
    expect(r.contributions.find((c) => c.token === 'damn')?.rule).toBeUndefined();
  });

  it('does not read praise into a question, and keeps the complaint in one', () => {
    const ask = analyzeSentiment('Does anyone know a good editor for this?', 'en');
    expect(ask.label).toBe('neutral');
    expect(ask.contributions.find((c) => c.token === 'good')?.rule).toContain('question');
    expect(analyzeSentiment('I found a good editor for this.', 'en').label).toBe('positive');
    expect(analyzeSentiment('Why is my refund so late and the support so terrible?', 'en').label).toBe('negative');
    // The Arabic question mark ends a question too.
    const ar = analyzeSentiment('هل المنتج جيد؟', 'ar').contributions.filter((c) => c.score > 0);
    expect(ar.length).toBeGreaterThan(0);
    expect(ar.every((c) => c.rule?.includes('question'))).toBe(true);
  });

  it('reads "kind of" and "sort of" as dampeners, not as the adjective "kind"', () => {
    const r = analyzeSentiment('She is kind of a jerk.', 'en');
    expect(r.label).toBe('negative');
    expect(r.contributions.map((c) => c.token)).toEqual(['jerk']);
    expect(r.contributions[0]!.rule).toBe('dampener');
    expect(analyzeSentiment('This is sort of good.', 'en').contributions[0]!.rule).toBe('dampener');
  });

  it('does not score function words the translated lexicons scored, nor English words neutral in the language', () => {
    const r = analyzeSentiment('Franchement, cette version est nulle et le support ne répond jamais.', 'fr');
    expect(r.label).toBe('negative');
    expect(r.contributions.map((c) => c.token)).toEqual(['nulle']);
    expect(analyzeSentiment('Il y a plus de monde comme hier.', 'fr').contributions).toEqual([]);
    expect(analyzeSentiment('No tengo tiempo.', 'es').contributions.map((c) => c.token)).not.toContain('tiempo');
  });

  it('reads common Hinglish (Hindi in Latin letters), whatever Latin-script language is detected', () => {
    expect(analyzeSentiment('bahut accha laga, shukriya bhai', 'en').label).toBe('positive');
    expect(analyzeSentiment('ye movie bakwas thi, bilkul bekar', 'id').label).toBe('negative');
  });

  it('reads a post sharing a link as mostly its headline, and says so', () => {
    expect(analyzeSentiment('City council awards new bus contract', 'en').label).toBe('positive');
    const shared = analyzeSentiment('City council awards new bus contract https://example.com/news', 'en');
    expect(shared.label).toBe('neutral');
    expect(shared.contributions).toContainEqual(expect.objectContaining({ token: 'https://example.com/news', rule: 'shared-link' }));
    // A feeling stays one with a link beside it.
    expect(analyzeSentiment('Loved this talk, brilliant and inspiring https://example.com/talk', 'en').label).toBe('positive');
    expect(analyzeSentiment('so much fun', 'en').contributions.some((c) => c.rule === 'shared-link')).toBe(false);
  });

  it('handles elongated words and slang', () => {
    expect(analyzeSentiment('soooo goooood', 'en').label).toBe('positive');
    expect(analyzeSentiment('ugh smh', 'en').label).toBe('negative');
  });

  it.each([
    ['es', 'Me encanta este lugar, es maravilloso', 'No me gusta nada, es horrible'],
    ['fr', "J'adore cet endroit, c'est magnifique", "C'est horrible, je déteste ça"],
    ['de', 'Ich liebe diesen Ort, er ist wunderbar', 'Das ist schrecklich, ich hasse es'],
    ['it', 'Adoro questo posto, è meraviglioso', 'È orribile, lo odio'],
    ['pt', 'Eu amo este lugar, é maravilhoso', 'É horrível, eu odeio isso'],
    ['ru', 'Я люблю это место, оно прекрасно', 'Это ужасно, я ненавижу это'],
    ['zh', '我很喜欢这个地方，太美了', '这太可怕了，我讨厌它'],
    ['ja', 'この場所が大好きです、素晴らしい', 'これはひどい、嫌いです'],
  ])('%s: positive and negative', (lang, pos, neg) => {
    expect(analyzeSentiment(pos, lang).score).toBeGreaterThan(0);
    expect(analyzeSentiment(neg, lang).score).toBeLessThan(0);
  });
});
