import { describe, expect, it } from 'vitest';
import { readability } from '../../../lib/analysis/readability';
import { checkDraft } from '../../../lib/analysis/draft';

// Sentences written for these tests: one plain and one convoluted per language.
const PLAIN: Record<string, string> = {
  en: 'We fixed the bug. The app is fast now. Thanks for your help. Tell us what you think.',
  es: 'Ya está arreglado. La app va rápida. Gracias por tu ayuda. Dinos qué te parece.',
  fr: 'Le bug est corrigé. L’app va vite. Merci pour ton aide. Dis-nous ce que tu en penses.',
  de: 'Der Fehler ist weg. Die App ist schnell. Danke für die Hilfe. Sag uns, was du denkst.',
  it: 'Il bug è sparito. La app va veloce. Grazie per l’aiuto. Dicci cosa ne pensi.',
  pt: 'O erro foi corrigido. O app está rápido. Obrigado pela ajuda. Diga o que acha.',
};
const HARD: Record<string, string> = {
  en: 'Notwithstanding considerable organisational complexities, the implementation of comprehensive infrastructural modernisation initiatives necessitated extraordinarily sophisticated interdepartmental coordination methodologies throughout the transitional administrative restructuring.',
  es: 'No obstante las considerables complejidades organizativas, la implementación de iniciativas integrales de modernización infraestructural requirió metodologías extraordinariamente sofisticadas de coordinación interdepartamental durante la reestructuración administrativa transitoria.',
  fr: 'Nonobstant les considérables complexités organisationnelles, l’implémentation d’initiatives exhaustives de modernisation infrastructurelle a nécessité des méthodologies extraordinairement sophistiquées de coordination interdépartementale pendant la restructuration administrative transitoire.',
  de: 'Ungeachtet beträchtlicher organisatorischer Komplexitäten erforderte die Implementierung umfassender infrastruktureller Modernisierungsinitiativen außerordentlich anspruchsvolle interdepartementale Koordinationsmethodologien während der vorübergehenden administrativen Umstrukturierungsmaßnahmen.',
  it: 'Nonostante le considerevoli complessità organizzative, l’implementazione di iniziative onnicomprensive di modernizzazione infrastrutturale ha richiesto metodologie straordinariamente sofisticate di coordinamento interdipartimentale durante la ristrutturazione amministrativa transitoria.',
  pt: 'Não obstante as consideráveis complexidades organizacionais, a implementação de iniciativas abrangentes de modernização infraestrutural exigiu metodologias extraordinariamente sofisticadas de coordenação interdepartamental durante a reestruturação administrativa transitória.',
};

describe('readability in the draft’s own language', () => {
  it.each(Object.keys(PLAIN))('%s: short plain sentences read easily, a bureaucratic one does not', (lang) => {
    const plain = readability(PLAIN[lang]!, lang)!;
    const hard = readability(HARD[lang]!, lang)!;
    expect(plain.grade).toBe('easy');
    expect(hard.grade).toBe('very difficult');
    expect(plain.formula).toBe(hard.formula);
  });

  it('uses each language’s published formula, and LIX where there is none', () => {
    expect(readability(PLAIN.de!, 'de')!.formula).toBe('Amstad');
    expect(readability(PLAIN.es!, 'es')!.formula).toBe('Fernández Huerta');
    expect(readability('Мы исправили ошибку. Приложение теперь быстрое. Спасибо за помощь друзья.', 'ru')!.formula).toBe('LIX');
  });

  it('says nothing about short texts or scripts without syllable letters', () => {
    expect(readability('Thanks a lot!', 'en')).toBeUndefined();
    expect(readability('这个功能太好用了，谢谢你们的努力！我们会继续改进产品，欢迎大家提出建议。', 'zh')).toBeUndefined();
  });

  it('the draft check flags a hard German draft by the German formula, not English Flesch', () => {
    const check = checkDraft(HARD.de!, { platform: 'x' });
    const finding = check.findings.find((f) => f.kind === 'readability');
    expect(finding?.message).toContain('Amstad');
    expect(checkDraft(PLAIN.de!, { platform: 'x' }).findings.some((f) => f.kind === 'readability')).toBe(false);
  });
});
