import { createContext, useContext } from 'react';
import { translator, type Translate, type UiLanguage } from '../../lib/i18n';

const I18n = createContext<{ lang: UiLanguage; t: Translate }>({ lang: 'en', t: translator('en') });

export const I18nProvider = I18n.Provider;

/** The panel's translator and language (for number and date formatting). */
export function useI18n() {
  return useContext(I18n);
}
