import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import type { Phrasebook } from './types';

export * from './types';

/** Phrasebooks by ISO 639-1 code; a new language is one file and one line here. */
export const PHRASEBOOKS: Record<string, Phrasebook> = { en, es, fr, de, pt, it, nl };
export const REPLY_LANGUAGES = Object.keys(PHRASEBOOKS);
