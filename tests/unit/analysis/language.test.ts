import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/analysis/language';

describe('detectLanguage', () => {
  it.each([
    ['The weather is lovely today and we are going to the beach with the kids.', 'en'],
    ['Hoy hace muy buen tiempo y vamos a la playa con los niños.', 'es'],
    ["Il fait très beau aujourd'hui et nous allons à la plage avec les enfants.", 'fr'],
    ['Heute ist das Wetter schön und wir gehen mit den Kindern an den Strand.', 'de'],
    ['Oggi il tempo è bellissimo e andiamo al mare con i bambini.', 'it'],
    ['Hoje o tempo está ótimo e vamos à praia com as crianças.', 'pt'],
    ['Сегодня прекрасная погода, и мы идём на пляж с детьми.', 'ru'],
    ['Сьогодні чудова погода, і ми йдемо на пляж із дітьми.', 'uk'],
    ['今日はとても天気が良いので、子供たちと海に行きます。', 'ja'],
    ['今天天气很好，我们和孩子们一起去海滩。', 'zh'],
    ['오늘 날씨가 정말 좋아서 아이들과 해변에 갑니다.', 'ko'],
    ['الطقس جميل اليوم وسنذهب إلى الشاطئ مع الأطفال.', 'ar'],
    ['آب و هوا امروز خیلی خوب است و با بچه‌ها به ساحل می‌رویم.', 'fa'],
    ['आज मौसम बहुत अच्छा है और हम बच्चों के साथ समुद्र तट पर जा रहे हैं।', 'hi'],
  ])('%s → %s', (text, code) => {
    const r = detectLanguage(text);
    expect(r.code).toBe(code);
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
  });

  it('ignores URLs, mentions, hashtags and emoji', () => {
    expect(detectLanguage('@someone https://example.com/x 😂😂 Ich habe heute keine Zeit für so etwas #montag').code).toBe('de');
    // A truncated post leaves the bare scheme behind: it is not an English word.
    expect(detectLanguage('Aufbau. http').code).toBe('de');
    expect(detectLanguage('http').code).toBe('und');
  });

  it('says und when there is nothing to go on, and falls back to the page hint', () => {
    expect(detectLanguage('😂 👍 123').code).toBe('und');
    expect(detectLanguage('https://example.com', 'pt-BR').code).toBe('pt');
  });

  it('recognises Hindi written in Latin letters, and not Māori, Czech or English that share a few of its words', () => {
    expect(detectLanguage('yaar ye movie bahut acchi thi, kya baat hai').code).toBe('hi');
    expect(detectLanguage('mujhe nahi pata ki wo kab aayega').code).toBe('hi');
    expect(detectLanguage('Ko Te Reo Irirangi o Tainui ka whakanui i tana ekenga ki te 30 tau.').code).not.toBe('hi');
    expect(detectLanguage('Čeprav se mi je zdelo, da nisem, ko sem se odločila.').code).not.toBe('hi');
    expect(detectLanguage('The main thing is to keep it simple, mere details aside.').code).toBe('en');
    expect(detectLanguage('Bhai ye dekh', { only: ['en', 'id'] }).code).not.toBe('hi');
    // "hai" and "tu" are Hindi markers, but "anche", "il" and "tuo" are more Italian function words.
    expect(detectLanguage('Hai visto anche tu il tuo gatto stamattina?').code).toBe('it');
    expect(detectLanguage('kya baat hai yaaaar, mast thaaa').code).toBe('hi');
  });

  it('tells Nynorsk from Bokmål by the forms only Nynorsk writes', () => {
    expect(detectLanguage('Eg veit ikkje kva ho meinte med det').code).toBe('nn');
    expect(detectLanguage('Kvifor kjem du ikkje heim til oss i kveld?').code).toBe('nn');
    expect(detectLanguage('Jeg vet ikke hva hun mente med det').code).toBe('nb');
    expect(detectLanguage('Hvorfor kommer du ikke hjem til oss i kveld?').code).toBe('nb');
  });

  it('gives a close call between a borrowed list and its lender to the lender', () => {
    // Luxembourgish borrows German's word list: "Urlaub total entspannt" is German.
    expect(detectLanguage('Urlaub total entspannt').code).toBe('de');
  });

  it('reads elongated words as written once', () => {
    expect(detectLanguage('merciiii beaucoupppp').code).toBe('fr');
  });

  it('tells Indonesian from Malay by their function words, not by news words', () => {
    expect(detectLanguage('Pemerintah sudah memutuskan bahwa sekolah akan dibuka kembali setelah libur karena keadaan sudah aman.').code).toBe('id');
    expect(detectLanguage('Banyak anak muda dari seluruh dunia datang ke acara itu karena gratis.').code).toBe('id');
    expect(detectLanguage('Kerajaan telah memutuskan bahawa sekolah akan dibuka semula selepas cuti kerana keadaan sudah selamat.').code).toBe('ms');
  });

  it('respects only', () => {
    const r = detectLanguage('Det här är en mening på svenska om vädret.', { only: ['da', 'nb'] });
    expect(['da', 'nb']).toContain(r.code);
  });
});
