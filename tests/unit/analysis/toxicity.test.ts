import { describe, expect, it } from 'vitest';
import { analyzeToxicity } from '../../../lib/analysis/toxicity';

describe('analyzeToxicity', () => {
  it('stays quiet on ordinary text', () => {
    const r = analyzeToxicity('Thanks for the help yesterday, the class was great.', 'en');
    expect(r.flagged).toBe(false);
    expect(r.score).toBe(0);
  });

  it('flags profanity with spans', () => {
    const text = 'What the fuck is this shit';
    const r = analyzeToxicity(text, 'en');
    expect(r.flagged).toBe(true);
    for (const s of r.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('sees through disguises', () => {
    expect(analyzeToxicity('you are a b1tchhhh', 'en').flagged).toBe(true);
  });

  it('flags threats', () => {
    const r = analyzeToxicity("I'm gonna kill you", 'en');
    expect(r.flagged).toBe(true);
    expect(r.spans.some((s) => s.category === 'threat')).toBe(true);
  });

  it('covers German, Spanish and French', () => {
    expect(analyzeToxicity('Du bist so ein Arschloch', 'de').flagged).toBe(true);
    expect(analyzeToxicity('Eres un pendejo de mierda', 'es').flagged).toBe(true);
    expect(analyzeToxicity("T'es qu'un connard", 'fr').flagged).toBe(true);
  });

  it('does not apply another language’s list ("con" is Spanish for "with")', () => {
    expect(analyzeToxicity('Café con leche, por favor', 'es').flagged).toBe(false);
  });

  it('takes English endings off English words only ("tarda" is not "tard" with an "a")', () => {
    expect(analyzeToxicity('La versión funciona bien, aunque tarda un poco en cargar.', 'es')).toMatchObject({ flagged: false, spans: [] });
    expect(analyzeToxicity('those tards again', 'en').spans.map((s) => s.text)).toContain('tards');
  });

  it('never takes everyday function words for profanity (the translated lists carry some)', () => {
    expect(analyzeToxicity('Merci pour les infos, vous êtes super', 'fr')).toMatchObject({ flagged: false, spans: [] });
    expect(analyzeToxicity('Obrigado, mais uma vez não', 'pt')).toMatchObject({ flagged: false, spans: [] });
    expect(analyzeToxicity('Gracias por todo lo que hacen', 'es')).toMatchObject({ flagged: false, spans: [] });
  });

  it('does not take a harmless word that starts like a slur for one', () => {
    expect(analyzeToxicity('Such a niggardly budget for the library', 'en').flagged).toBe(false);
  });

  it('ignores the everyday words machine translation put into the non-English lists', () => {
    for (const [lang, text] of [
      ['de', 'Das Konzert war echt lustig, die Hunde auch.'],
      ['pt', 'Meus amigos chegaram ontem, boa sorte!'],
      ['ko', '한국어 카테고리 페이지입니다'],
      ['zh', '中国的天气很好'],
    ] as const) expect(analyzeToxicity(text, lang)).toMatchObject({ flagged: false, spans: [] });
  });

  it('reads German compounds by their head and by a swear word in front', () => {
    expect(analyzeToxicity('Ihr Dreckschweine!', 'de').flagged).toBe(true);
    expect(analyzeToxicity('Halt die Klappe, du Arschgeige!', 'de').spans.map((s) => s.text)).toContain('Arschgeige');
    expect(analyzeToxicity('Die Hurensöhne haben gewonnen.', 'de').flagged).toBe(true); // plural with umlaut
    for (const clean of ['Die Mannschaftsaufstellung ist fertig.', 'Das Verräterische an der Geschichte ist das Ende.', 'Die Nacktschnecken fressen den Salat.', 'Das Spiel war echt geil!']) {
      expect(analyzeToxicity(clean, 'de').flagged).toBe(false);
    }
  });
});
