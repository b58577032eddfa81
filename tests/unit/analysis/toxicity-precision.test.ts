import { describe, expect, it } from 'vitest';
import { analyzeToxicity } from '../../../lib/analysis/toxicity';
import { analyze, languageModelReady } from '../../../lib/analysis/analyze';
import civil from '../../fixtures/toxicity/civil-thread.json';
import insults from '../../fixtures/toxicity/insults.json';

describe('toxicity, precision first', () => {
  it('never takes an inflection or compound of a harmless word for a swear word', () => {
    for (const text of ['Moderation is getting harder and the tone is slipping', 'He was tardy again', 'Prices went up', 'The stump of a pipe he held tight in his teeth', 'A nervous White House enjoined the agency', 'The Whitehouse memo']) {
      expect(analyzeToxicity(text, 'en')).toMatchObject({ flagged: false, spans: [] });
    }
  });

  it('does not count topic words as abuse ("possibly vulgar in some sense" is not abuse)', () => {
    const text = 'Poverty, white collar crime, death, killing, cancer, a dive, the remains, an explosion, a shoot, an execution, a hole, abortion, rape and incest: the topics of this week’s reading list.';
    expect(analyzeToxicity(text, 'en')).toMatchObject({ flagged: false, spans: [] });
  });

  it('reads quotes, mentions and idioms as what they are', () => {
    expect(analyzeToxicity('The word "retard" was removed from the rules.', 'en').flagged).toBe(false);
    expect(analyzeToxicity('That talk was a hell of a ride and she killed it.', 'en').flagged).toBe(false);
    expect(analyzeToxicity('Damn good answer, thanks.', 'en').flagged).toBe(false);
    expect(analyzeToxicity('From 1968 to 1973 he and his partner, Dick Martin, presented the show.', 'en').flagged).toBe(false); // a name
    expect(analyzeToxicity('The snowflakes melted on the glass.', 'en').flagged).toBe(false);
  });

  it('needs a target for a judgement, not for an insulting name or an abusive form', () => {
    expect(analyzeToxicity('That was a stupid mistake on my part.', 'en').flagged).toBe(false);
    expect(analyzeToxicity('You are so stupid.', 'en').flagged).toBe(true);
    expect(analyzeToxicity('Stupid woman.', 'en').flagged).toBe(true);
    expect(analyzeToxicity('What an idiot.', 'en').flagged).toBe(true);
    expect(analyzeToxicity('Oh shut up already', 'en').spans.map((s) => s.category)).toContain('insult');
    expect(analyzeToxicity('Halt die Fresse!', 'de').flagged).toBe(true);
  });

  it('splits German compounds at a stem boundary ("Vormarsch" is no "Arsch", "Asylantrag" no pejorative)', () => {
    expect(analyzeToxicity('Die Partei ist auf dem Vormarsch.', 'de').flagged).toBe(false);
    expect(analyzeToxicity('Der Asylantrag wurde gestellt.', 'de').flagged).toBe(false);
    expect(analyzeToxicity('So ein Scheißtag heute', 'de').flagged).toBe(true);
    expect(analyzeToxicity('Ihr seid strohdumm.', 'de').flagged).toBe(true);
  });

  it('takes the same care in other languages: an everyday word one list carries is not an insult for having a target', () => {
    expect(analyzeToxicity('@ana Anda que no nos hemos subido ahí tú y yo en fiestas', 'es').flagged).toBe(false);
    expect(analyzeToxicity('Deu vontade de comer uma sardinha kkk', 'pt')).toMatchObject({ flagged: false, spans: [] });
    expect(analyzeToxicity('Merci pour les infos, vous êtes super', 'fr').flagged).toBe(false);
    expect(analyzeToxicity('Eres un idiota', 'es').flagged).toBe(true);
  });

  it('sees swearing in its written-around forms: stars, -tard words, "fucken", "what the hell"', () => {
    for (const text of ['beat the sh** out of him', 'what a f*cking joke', 'handed it to you a**hole', 'right-wing conservatards again', 'Ur fucken fake', 'So fukn what?', 'Who in the hell does she think she is?', 'send this piece of 💩 home']) {
      expect(analyzeToxicity(text, 'en').flagged, text).toBe(true);
    }
    // Stars that hide no swear word, ordinary -tard words, and hell as a place are not swearing.
    for (const text of ['*sigh* another Monday', 'He rated it 4*', 'Mustard on a leotard, custard on the unitard', 'The hell of war is in the letters.', 'Dark mode is b*tter']) {
      expect(analyzeToxicity(text, 'en')).toMatchObject({ flagged: false });
    }
  });

  it('reads "ass" as English swearing in English only (German "Ass" is an ace)', () => {
    expect(analyzeToxicity('got your ass lmao', 'en').flagged).toBe(true);
    expect(analyzeToxicity('Er spielt das Ass aus und gewinnt.', 'de')).toMatchObject({ flagged: false, spans: [] });
  });

  it('makes a judging weak word an insult only where it is aimed ("you suck", not "it sucks")', () => {
    expect(analyzeToxicity('you suck', 'en').flagged).toBe(true);
    expect(analyzeToxicity('He is crap tho', 'en').flagged).toBe(true);
    expect(analyzeToxicity('Ugh, it sucks that the bus was late.', 'en').flagged).toBe(false);
    expect(analyzeToxicity('Take the trash out on Monday.', 'en').flagged).toBe(false);
  });

  it('does not read the first word after a tweet’s opening handles as part of a name', () => {
    expect(analyzeToxicity('@user Fuck Alan', 'en').flagged).toBe(true);
    expect(analyzeToxicity('@user I met Dick Martin once.', 'en').flagged).toBe(false);
  });

  it('keeps a civil discussion thread free of toxic flags', async () => {
    await languageModelReady;
    const flagged = civil.posts.filter((text) => analyze({ text }).toxicity?.flagged);
    expect(flagged).toEqual([]);
  });
});

describe('insults and threats shape tone', () => {
  it('flags every insulting text of the multilingual set and scores none of them positive', async () => {
    await languageModelReady;
    for (const { text, lang } of insults.texts) {
      for (const hint of [lang, undefined]) {
        const a = analyze({ text, lang: hint });
        expect({ text, hint, flagged: a.toxicity?.flagged }).toEqual({ text, hint, flagged: true });
        expect({ text, hint, label: a.sentiment.label }).not.toEqual({ text, hint, label: 'positive' });
        expect(a.sentiment.score).toBeLessThanOrEqual(0);
      }
    }
    expect(new Set(insults.texts.map((t) => t.lang))).toEqual(new Set(['en', 'de', 'es', 'fr', 'pt', 'it']));
  });

  it('says why the tone turned: the aimed insult is listed among the contributions', async () => {
    await languageModelReady;
    const a = analyze({ text: 'Honestly you guys are idiots, thanks for nothing.' });
    expect(a.sentiment.label).toBe('negative');
    expect(a.sentiment.contributions.some((c) => c.token === 'idiots' && c.rule === 'abuse-insult')).toBe(true);
    // A swear word as an intensifier of praise is aimed at nobody: the praise stays praise.
    const praise = analyze({ text: 'you are so fucking beautiful', lang: 'en' });
    expect(praise.toxicity?.spans.map((s) => s.category)).not.toContain('insult');
    expect(praise.sentiment.label).toBe('positive');
  });
});
