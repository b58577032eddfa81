/**
 * Offensive-language word lists, all from npm packages (licences in LEXICONS.md):
 * - cuss 2 (MIT): English, Spanish, French, Italian, Portuguese and romanised Arabic words with a
 *   sureness rating (0 = maybe, 1 = likely, 2 = surely profane);
 * - @2toad/profanity 3 (MIT): lists for en ar de es fr it hi ja ko pt ru zh;
 * - naughty-words 1 (CC-BY-4.0, the LDNOOBW lists): 27 languages.
 * What the project writes itself is rules, not vocabulary: which listed stems are slurs against a group
 * (identity attacks), the threat and insult patterns, and the harmless words the lists over-flag.
 */
import { cuss as cussEn } from 'cuss';
import { cuss as cussEs } from 'cuss/es';
import { cuss as cussFr } from 'cuss/fr';
import { cuss as cussIt } from 'cuss/it';
import { cuss as cussPt } from 'cuss/pt';
import { cuss as cussArLatn } from 'cuss/ar-latn';
import { profaneWords } from '@2toad/profanity/dist/data/profane-words.js';
import naughty from 'naughty-words';

export const CUSS: Record<string, Record<string, number>> = {
  en: cussEn, es: cussEs, fr: cussFr, it: cussIt, pt: cussPt, ar: cussArLatn,
};
export const LDNOOBW = naughty as unknown as Record<string, string[]>;

/**
 * @2toad's lists other than English are machine translations of its English list, with everyday words in
 * them (German "lustig", "fehler"; Portuguese "amigos"; Korean "한국어"; Chinese "中国"). A translated entry
 * is kept only where the human-curated LDNOOBW list of that language corroborates it (the entry contains one
 * of its words of four letters or more: "scheißkerl" by "scheiß").
 */
export function toadWords(lang: string): string[] {
  const words = (profaneWords as Map<string, string[]>).get(lang) ?? [];
  if (lang === 'en') return words;
  // Filtered per language on first use (by the caller's cache): all of them at load cost 20 ms of every worker start.
  const curated = (LDNOOBW[lang] ?? []).map((w) => w.toLowerCase()).filter((w) => [...w].length >= 4);
  return words.filter((w) => curated.some((c) => w.toLowerCase().includes(c)));
}

/**
 * Stems of slurs: an attack on people for who they are (race, ethnicity, religion, sexuality, gender,
 * disability). A listed word starting with one of these is an identity attack, the most severe category.
 */
export const SLUR_STEMS = [
  'nigg', 'negro', 'coon', 'chink', 'gook', 'spic', 'wetback', 'beaner', 'kike', 'raghead', 'towelhead', 'paki',
  'sandnigger', 'jigaboo', 'porch monkey', 'tranny', 'shemale', 'faggot', 'fag', 'dyke', 'homo', 'queer', 'retard',
  'spaz', 'mongoloid', 'cripple', 'zipperhead', 'gypsy', 'redskin', 'squaw', 'camel jockey', 'cracker',
  'white trash', 'hillbilly', 'redneck', 'kaffir', 'muzzie',
  // other languages
  'neger', 'kanake', 'schwuchtel', 'spast', 'zigeuner', 'kameltreiber', 'maricón', 'maricon', 'sudaca', 'marica',
  'bicha', 'viado', 'sapatão', 'pédé', 'pede', 'bougnoule', 'négro', 'youpin', 'bamboula', 'frocio', 'ricchione',
  'finocchio', 'terrone', 'nègre',
];

/** Words the lists carry that are ordinary in most uses; they count only beside another signal. */
export const WEAK = new Set([
  'hell', 'damn', 'crap', 'god', 'sex', 'sexy', 'drunk', 'kill', 'die', 'hate', 'ugly', 'fat', 'gay', 'lesbian',
  'queer', 'jew', 'muslim', 'black', 'white', 'bird', 'birds', 'yellow', 'colored', 'oriental',
  'trash', 'garbage', 'monkey', 'balls', 'bang', 'screw', 'suck', 'sucks', 'blow', 'butt', 'nazi', 'ghetto',
  'redneck', 'hillbilly', 'cracker', 'spic', 'coon', 'homo', 'pawn', 'meat', 'weed', 'crack', 'negro', 'nude',
  'naked', 'breast', 'boob', 'boobs', 'drug', 'drugs', 'vagina', 'penis', 'anal', 'anus', 'thrust', 'wang', 'willy',
  'nob', 'knob', 'bloody', 'bum', 'bugger', 'tit', 'con', 'cul', 'culo', 'leche', 'huevo', 'huevos', 'coger', 'concha',
  'bicho', 'paja', 'yankee', 'yankees', 'yanks', 'redskins',
  'asian', 'slope', 'chug', 'spa', 'jig', 'girls', 'oreo', 'brownie', 'brownies', 'nip', 'jesus', 'american',
  'americans', 'porn', 'fairy', 'gun', 'guinea', 'septic', 'pee', 'abo', 'racist', 'mexican', 'chinese', 'indian',
  'african', 'irish', 'italian', 'jewish', 'arab', 'christian', 'catholic', 'mormon', 'pope', 'church',
  'geil', 'porno', 'pornos', 'nackt', 'ische', 'nippel', 'pinkeln', // German: colloquial "great", "naked", slang "girl", …
  // Topics, not abuse: the rated list marks them "likely" profane, news writes them every day.
  'abortion', 'abortions', 'abuse', 'murder', 'murders', 'rape', 'raped', 'rapes', 'terrorist', 'terrorists', 'torture',
  'suicide', 'radical', 'radicals', 'hiv', 'incest', 'welfare', 'slave', 'slaves', 'nuke', 'sexual', 'sexually',
  'oral', 'devil', 'blacks', 'whites', 'interracial', 'marijuana', 'trap', 'drunken', 'molest',
  'condom', 'condoms', 'heroin', 'cocaine', 'lingerie', 'nipple', 'nipples', 'sperm', 'ejaculation', 'orgasm',
  'intercourse', 'erotic', 'nudity', 'topless', 'fetish', 'bondage', 'spank', 'spanking', 'wang', 'willie',
  'willies', 'muff', 'beaver', 'cock', 'cocks', 'hooker', 'hookers', 'stripper', 'escort', 'weiner',
  'kinky', 'horny', 'lust', 'sadist', 'masochist', 'voyeur', 'fondle', 'hump', 'swallow', 'tramp', 'vibrator',
  'viagra', 'panty', 'panties', 'dominatrix', 'genitals', 'pubes', 'urine', 'poop', 'fart', 'spastic', 'paedophile',
  'kkk', 'jap', 'comer', 'rola', 'pica', 'pênis', // "kkk" is Brazilian laughter, "jap" German "yes", "comer" Portuguese "eat"
  'pedophile', 'homosexual', 'homosexuals', 'homosexuality', 'butts', 'whitey', 'pric', 'wn', 'ky', 'italiano', 'lolita', 'playboy', 'randy', 'livesex',
]);

/** Judgements that insult when aimed at someone ("you are stupid", "dumme Leute"), not when they judge a thing. Written by the project. */
export const INSULTS: Record<string, readonly string[]> = {
  en: ['stupid', 'dumb', 'pathetic', 'garbage', 'ugly', 'disgusting', 'worthless', 'disgrace', 'racist', 'racists', 'fascist', 'fascists', 'pig', 'pigs', 'idiotic', 'ignorant', 'evil', 'sick', 'creepy', 'retarded', 'dick', 'puppet', 'fraud', 'shameful', 'clueless', 'brainless', 'delusional', 'gross', 'nasty', 'vile', 'lame', 'dense', 'despicable', 'contemptuous', 'disgraceful', 'deplorable', 'moronic', 'braindead', 'spineless', 'gutless', 'corrupt', 'treasonous', 'incompetent', 'useless', 'pitiful', 'repulsive', 'revolting', 'sleazy', 'slimy', 'scummy', 'trashy', 'unhinged', 'deranged', 'demented', 'senile', 'hateful', 'crazy', 'insane', 'dumbest', 'stupidest', 'shill', 'shills', 'snowflake', 'snowflakes'],
  de: ['dumm', 'blöd', 'abschaum', 'lügenpresse', 'pack', 'gesindel', 'dummen', 'dumme', 'dummer', 'blöde', 'blöden', 'idiotisch', 'irre', 'irren', 'krank', 'kranke', 'kranken', 'lächerlich', 'erbärmlich', 'widerlich', 'primitiv', 'primitive', 'primitiven', 'peinlich', 'marionette', 'bande', 'horde', 'dreist', 'unfähig', 'unfähige', 'inkompetent', 'verlogen', 'verlogene', 'verlogenen', 'heuchlerisch', 'ekelhaft', 'hirnlos', 'hirnverbrannt', 'bescheuert', 'bekloppt', 'dämlich', 'dreckig', 'dreckige', 'dreckigen', 'missgeburt', 'assi', 'asozial', 'fresse', 'schnauze', 'dreck', 'gutmensch', 'versifft', 'abartig', 'abartige', 'abartigen', 'strohdumm', 'saudumm', 'dummheit', 'verblödet', 'verblödete', 'verblödeten', 'verblödung', 'schande', 'sauerei', 'größenwahnsinnig', 'gestört', 'gestörte', 'gestörten', 'pervers', 'perverse', 'perversen', 'hirnrissig', 'schwachsinnig', 'schwachsinn', 'blödsinn', 'feige', 'feigen', 'asoziale', 'asozialen', 'verkommen', 'verkommene', 'verkommenen', 'niederträchtig', 'hinterhältig', 'armselig', 'armselige', 'jämmerlich', 'verachtenswert', 'widerliche', 'widerlichen', 'ekelhaften', 'lächerliche', 'lächerlichen', 'erbärmliche', 'dämliche', 'dämlichen', 'bekloppte', 'bekloppten', 'bescheuerte', 'bescheuerten', 'hirnlose', 'hirnlosen', 'kranker', 'irrer', 'dummes', 'blödes'],
  es: ['estúpido', 'estúpida', 'estúpidos', 'tonto', 'tonta', 'tontos', 'inútil', 'inútiles', 'basura', 'subnormal', 'ridículo', 'patético', 'asqueroso', 'asquerosa', 'retrasado', 'burro', 'ignorante'],
  fr: ['stupide', 'stupides', 'débile', 'débiles', 'nul', 'nulle', 'nuls', 'minable', 'minables', 'lâche', 'pathétique', 'ridicule', 'dégueulasse', 'naze', 'con', 'conne', 'cons'],
  it: ['stupido', 'stupida', 'stupidi', 'scemo', 'scema', 'schifoso', 'incapace', 'ridicolo', 'patetico'],
  pt: ['estúpido', 'estúpida', 'burro', 'burra', 'lixo', 'nojento', 'nojenta', 'ridículo', 'patético', 'inútil', 'retardado', 'ignorante'],
};

/** Insulting names for a person ("idiot", "Versager", "connard"): an insult wherever they stand. Written by the project. */
export const INSULT_NOUNS: Record<string, readonly string[]> = {
  en: ['idiot', 'idiots', 'moron', 'morons', 'loser', 'losers', 'fool', 'fools', 'clown', 'clowns', 'imbecile', 'dumbass', 'jackass', 'liar', 'liars', 'hypocrite', 'hypocrites', 'coward', 'cowards', 'traitor', 'traitors', 'crook', 'crooks', 'thug', 'thugs', 'bigot', 'bigots', 'psycho', 'lunatic', 'nutjob', 'creep', 'weirdo', 'jerk', 'dickhead', 'prick', 'asshole', 'assholes', 'stooge', 'narcissist', 'wacko', 'wackos', 'sucker', 'suckers', 'dipshit', 'dipshits', 'sociopath', 'maniac', 'buffoon', 'buffoons', 'halfwit', 'nitwit', 'dimwit', 'numbskull', 'airhead', 'bimbo', 'hag', 'troll', 'trolls', 'loon', 'loons', 'crackpot', 'charlatan', 'ratbag', 'ratbags', 'goon', 'goons', 'scoundrel', 'lackey', 'sheeple'],
  de: ['idiot', 'idioten', 'vollidiot', 'depp', 'trottel', 'versager', 'penner', 'dummkopf', 'hohlkopf', 'spinner', 'lügner', 'schwein', 'schweine', 'sau', 'drecksack', 'hetzer', 'faschist', 'faschisten', 'rassist', 'rassisten', 'lügnerin', 'clown', 'clowns', 'kasper', 'schmarotzer', 'volksverräter', 'verräter', 'heuchler', 'pfosten', 'vollpfosten', 'honk', 'witzfigur', 'dumpfbacke', 'hirni', 'feigling', 'feiglinge', 'schädling', 'schädlinge', 'wicht', 'kreatur', 'kreaturen', 'speichellecker', 'stinktier', 'stinktiere', 'vasall', 'vasallen', 'maulaufreißer', 'dummschwätzer', 'schwätzer', 'pöbel', 'gesocks', 'ratte', 'ratten', 'zecke', 'zecken', 'parasit', 'parasiten', 'lump', 'lumpen', 'gauner', 'ganove', 'ganoven', 'hampelmann', 'knallkopf', 'vollhonk', 'lusche', 'weichei', 'warmduscher', 'hackfresse', 'hohlbirne', 'dummschwätzer', 'psychopath', 'psychopathen', 'irrer', 'verbrecherbande', 'lügenbande', 'idiotin', 'versagerin', 'heuchlerin', 'spacken', 'vollspacken', 'hohlköpfe', 'dumpfbacken'],
  es: ['idiota', 'idiotas', 'imbécil', 'imbéciles', 'payaso', 'payasos', 'pendejo', 'pendeja', 'pendejos', 'mentiroso', 'mentirosa', 'cobarde', 'gilipollas', 'cabrón', 'cabrona', 'capullo'],
  fr: ['idiot', 'idiote', 'idiots', 'imbécile', 'imbéciles', 'crétin', 'crétins', 'abruti', 'abrutie', 'abrutis', 'bouffon', 'bouffons', 'menteur', 'menteuse', 'raté', 'ratés'],
  it: ['idiota', 'idioti', 'imbecille', 'imbecilli', 'cretino', 'cretini', 'deficiente', 'deficienti', 'coglione', 'coglioni', 'pagliaccio', 'bugiardo', 'buffone'],
  pt: ['idiota', 'idiotas', 'imbecil', 'imbecis', 'otário', 'otária', 'babaca', 'babacas', 'palhaço', 'palhaços', 'mentiroso', 'mentirosa', 'covarde', 'trouxa'],
};

/**
 * Pejoratives abusive by their form, with or without a target: a person or group named as filth or vermin.
 * Written by the project.
 */
export const PEJORATIVES: Record<string, readonly string[]> = {
  en: ['scum', 'scumbag', 'scumbags', 'vermin', 'subhuman', 'subhumans', 'lowlife', 'lowlifes', 'degenerate', 'degenerates', 'dirtbag', 'dirtbags', 'shithead', 'shitheads', 'libtard', 'libtards', 'retards', 'cuck', 'cucks', 'whore', 'whores', 'slut', 'sluts', 'skank', 'twat', 'cunt', 'cunts', 'motherfucker', 'motherfuckers', 'bitches', 'hoes', 'hoe', 'thot', 'thots'],
  de: ['abschaum', 'gesindel', 'pack', 'drecksack', 'drecksau', 'dreckspack', 'untermensch', 'untermenschen', 'volksverräter', 'volksverräterin', 'lügenpresse', 'systempresse', 'gutmensch', 'gutmenschen', 'schmarotzer', 'missgeburt', 'missgeburten', 'bastard', 'wichser', 'arschloch', 'arschlöcher', 'hurensohn', 'hure', 'fotze', 'schlampe', 'versifft', 'versiffte', 'versifften', 'linksversifft', 'linksversiffte', 'linksversifften', 'pisser', 'kanake', 'kanaken', 'kopftuchmädchen', 'messermänner', 'invasoren', 'rapefugees', 'goldstücke', 'musel', 'muselmanen', 'schmeißfliegen', 'ungeziefer', 'parasiten', 'vollpfosten', 'spacko', 'arschkriecher', 'lumpenpack'],
  es: ['escoria', 'basura humana', 'hijo de puta', 'hijos de puta', 'malparido', 'mamón', 'zorra', 'puta'],
  fr: ['ordure', 'ordures', 'raclure', 'salope', 'pute', 'connard', 'connards', 'connasse', 'enculé', 'enculés', 'fils de pute', 'sous-merde', 'pourriture'],
  it: ['feccia', 'bastardo', 'bastardi', 'stronzo', 'stronzi', 'troia', 'puttana', 'figlio di puttana', 'merdoso'],
  pt: ['escória', 'vagabundo', 'vagabunda', 'canalha', 'filho da puta', 'puta', 'arrombado', 'desgraçado', 'verme', 'corno', 'vadia'],
};

/**
 * Who an insult can be aimed at: the reader, a named group ("you people") or a person ("he is a …"). An insult
 * with one of these before it (past the fillers below) is aimed; a handle (@user) is a target too.
 */
export const TARGETS: Record<string, ReadonlySet<string>> = {
  en: new Set(['you', 'u', 'ya', 'ye', 'ur', 'your', "you're", 'youre', "u're", 'yall', "y'all", 'he', 'she', "he's", "she's", 'hes', 'shes', 'they', "they're", 'theyre', 'him', 'her', 'them']),
  de: new Set(['du', 'dich', 'dir', 'ihr', 'euch', 'sie', 'er', 'diese', 'dieser', 'dieses', 'solche', 'solcher', 'diesen']),
  es: new Set(['eres', 'tú', 'tu', 'sos', 'vos', 'te', 'usted', 'ustedes', 'sois', 'son', 'es', 'este', 'esta', 'estos', 'esos']),
  fr: new Set(["t'es", 'tes', 'tu', 'toi', 'vous', 'es', 'êtes', 'est', "c'est", 'cest', 'sont', 'espèce', 'ce', 'ces', 'cette', 'sale', 'bande']),
  it: new Set(['sei', 'tu', 'ti', 'siete', 'voi', 'è', 'sono', 'questo', 'questa', 'questi']),
  pt: new Set(['você', 'voce', 'vc', 'vcs', 'és', 'tu', 'seu', 'sua', 'seus', 'suas', 'vocês', 'é', 'são', 'esse', 'essa', 'esses', 'este', 'esta']),
};

/** People named after an insult: "stupid woman", "dumme Kinder", "idiotas esos políticos" (then the insult is aimed). */
export const PERSONS: Record<string, ReadonlySet<string>> = {
  en: new Set(['man', 'men', 'woman', 'women', 'guy', 'guys', 'people', 'person', 'girl', 'boy', 'kid', 'kids', 'dude', 'folks', 'bitch', 'bitches', 'liberal', 'liberals', 'conservative', 'conservatives', 'democrats', 'republicans', 'leftist', 'leftists', 'lefties', 'libs', 'politicians', 'fans', 'idiot', 'idiots', 'moron', 'morons', 'loser', 'losers', 'clown', 'liar', 'bastard', 'pig', 'he', 'she', 'they', 'you', 'u']),
  de: new Set(['mann', 'männer', 'frau', 'frauen', 'typ', 'typen', 'kerl', 'leute', 'menschen', 'kinder', 'politiker', 'linke', 'linken', 'grüne', 'grünen', 'weiber', 'gören', 'bürger', 'deutsche', 'deutschen', 'er', 'sie', 'du', 'ihr']),
  es: new Set(['hombre', 'mujer', 'gente', 'tipo', 'tipos', 'políticos', 'niño', 'niños']),
  fr: new Set(['homme', 'femme', 'gens', 'type', 'types', 'mec', 'mecs', 'politiciens']),
  it: new Set(['uomo', 'donna', 'gente', 'tipo', 'politici']),
  pt: new Set(['homem', 'mulher', 'gente', 'cara', 'caras', 'políticos']),
};

/** Words that may stand between a target and its insult: "you ARE SUCH A stupid idiot", "du bist EIN Idiot". */
export const FILLERS: Record<string, ReadonlySet<string>> = {
  en: new Set(['are', 'is', 'r', 'am', 'was', 'were', 'be', 'being', 'a', 'an', 'the', 'such', 'so', 'total', 'complete', 'absolute', 'utter', 'real', 'fucking', 'fuckin', 'freaking', 'bloody', 'little', 'big', 'damn', 'guys', 'people', 'all', 'lot', 'bunch', 'of', 'just', 'really', 'too', 'very', 'dumb', 'stupid', 'old', 'fat', 'pathetic', 'sick', 'another', 'one', 'nothing', 'but', 'like', 'buncha', 'only', 'still', 'always', 'such', 'sad', 'lying', 'ignorant']),
  de: new Set(['bist', 'seid', 'ist', 'sind', 'war', 'waren', 'ein', 'eine', 'einer', 'einen', 'so', 'solch', 'solche', 'ja', 'doch', 'echt', 'voll', 'total', 'komplett', 'richtig', 'nur', 'nichts', 'als', 'alle', 'dumme', 'blöde', 'alter', 'kleiner', 'kleine', 'verdammter', 'verdammte', 'elender', 'elende', 'was', 'für', 'der', 'die', 'das', 'den']),
  es: new Set(['un', 'una', 'unos', 'unas', 'eres', 'sos', 'es', 'son', 'muy', 'tan', 'tonto', 'pedazo', 'de', 'puto', 'puta', 'maldito', 'maldita', 'el', 'la', 'los', 'las', 'más']),
  fr: new Set(['un', 'une', 'des', 'es', 'êtes', 'est', 'sont', 'qu', "qu'un", "qu'une", 'que', 'de', "d'", 'vraiment', 'trop', 'tellement', 'gros', 'grosse', 'sale', 'pauvre', 'putain', 'le', 'la', 'les', 'bande']),
  it: new Set(['un', 'uno', 'una', 'sei', 'siete', 'è', 'sono', 'proprio', 'davvero', 'così', 'gran', 'grande', 'brutto', 'brutta', 'il', 'la', 'i', 'le', 'pezzo', 'di']),
  pt: new Set(['um', 'uma', 'é', 'és', 'são', 'muito', 'tão', 'mesmo', 'grande', 'filho', 'de', 'o', 'a', 'os', 'as', 'seu', 'sua']),
};

/** Words that mention the next word instead of using it: "the word X", "called X". */
export const MENTION_BEFORE: Record<string, ReadonlySet<string>> = {
  en: new Set(['word', 'words', 'term', 'terms', 'slur', 'spelled', 'spell', 'pronounce']),
  de: new Set(['wort', 'begriff', 'ausdruck', 'unwort']),
  es: new Set(['palabra', 'término']),
  fr: new Set(['mot', 'terme']),
  it: new Set(['parola', 'termine']),
  pt: new Set(['palavra', 'termo']),
};

/** Idioms where a listed word is not swearing: "hell of a", "damn good", "bloody well". */
export const IDIOMS: Record<string, RegExp> = {
  en: /\b(?:(?:a|one) hell of an?|hell yeah|hell no|damn (?:good|right|well|fine|near|sure)|bloody (?:well|good|hell)|(?:bored|scared|worried|loved|frozen) to death|dressed to kill|kill(?:ing|ed|s)? (?:it|time|the mood)|to die for|dying to|suck(?:s|ed)? it up|pissed off|(?:the )?white house|black (?:friday|hole|holes|market|box|belt|tie)|dumb luck|stupid (?:question|mistake)s?)\b/u,
  de: /\b(?:arsch ?kalt|saugut|saustark|sauber|geil(?:e|er|es)?)\b/u,
};

/**
 * Abusive forms that offend as they stand (a dismissal, a curse aimed at someone), per language.
 */
export const ABUSIVE_FORMS: Record<string, RegExp> = {
  en: /\b(?:shut (?:the fuck |tf |the hell )?up|stfu|gtfo|fuck (?:you|u|ya|off|them|him|her|yourself|urself|outta here)|f u|screw (?:you|u)|go (?:fuck|screw) (?:yourself|urself|off)|go to hell|piece of (?:shit|crap|garbage|trash|💩)|son of a bitch|kiss my ass|suck my (?:dick|cock|balls)|eat (?:shit|a dick)|get (?:fucked|lost)|fuck(?:ing)? (?:idiot|moron|loser|retard|clown|liar|hypocrite|coward|traitor)s?)(?![\p{L}\p{N}])/u,
  de: /\b(?:halt(?:et)? (?:die|deine|eure|ihre|das) (?:fresse|klappe|schnauze|maul)|(?:fresse|schnauze) halten|verpiss(?:t)? (?:dich|euch)|fick (?:dich|euch)|leck mich|geh(?:t)? sterben|(?:ab|raus) (?:mit (?:ihr|ihm|ihnen|euch) )?ins (?:lager|gas|ka?z)|merkel muss weg|(?:schämt euch|schäm dich)|hau ab|haut ab)\b/u,
  es: /\b(?:cállate|callate|cierra (?:la|el) (?:boca|hocico|pico)|vete a la mierda|a la mierda|que te (?:jodan|den)|jódete|hijos? de (?:puta|perra)|chinga tu madre|vete al carajo)\b/u,
  fr: /\b(?:ta gueule|ferme(?:z)? (?:ta|votre) (?:gueule|bouche)|ferme-la|va te faire (?:foutre|enculer)|allez vous faire foutre|nique ta (?:mère|mere)|fils de pute|casse-toi|dégage|va chier)\b/u,
  it: /\b(?:stai zitto|sta zitto|chiudi (?:la bocca|il becco)|vaffanculo|va a fare in culo|fottiti|figlio di puttana|vai a cagare)\b/u,
  pt: /\b(?:cala (?:a )?boca|cale-se|vai (?:se foder|tomar no cu|à merda|a merda)|vá (?:se foder|à merda)|filho da puta|foda-se|se fode)\b/u,
};

/** Swearing by a phrase whose word alone is mild ("hell"): "what the hell", "get the hell out". */
export const PROFANE_FORMS: Record<string, RegExp> = {
  en: /\b(?:(?:what|who|where|why|how) (?:in )?the (?:hell|fuck)|the hell (?:out|up|away|off))\b/u,
};

/** Ordinary German words that end in a listed swear word: a compound ending in one of them has that head instead. */
export const FALSE_HEADS = ['marsch', 'harsch', 'barsch'];

/** Short words that are harmless in other languages or parts of longer words: never matched alone. */
export const NEVER = new Set(['so', 'girl', 'girls', 'kid', 'babe', 'con', 'bite', 'pute', 'fick', 'sch', 'kuk', 'nob', 'ho', 'cum', 'gay']);

/** English swear words that are everyday words elsewhere (German "Ass", an ace): matched in English text only. */
export const ENGLISH_ONLY = new Set(['ass']);

/** Weak words that judge whoever they are aimed at: "you suck", "he is crap", "they are trash". */
export const AIMABLE = new Set(['suck', 'sucks', 'crap', 'trash', 'garbage']);

/**
 * Ordinary English words ending in "tard": any other word formed so ("libtard", "conservatard") is a pejorative,
 * whatever it is built on.
 */
export const TARD_WORDS = new Set(['bastard', 'bustard', 'custard', 'dastard', 'leotard', 'mustard', 'petard', 'retard', 'unitard']);

/** Threats of violence, per language (matched on the lower-cased text). */
export const THREATS: Record<string, RegExp> = {
  en: /\b(?:i(?:'ll| will|'m gonna| am going to| want to)|we(?:'ll| will)|gonna) (?:kill|murder|shoot|stab|hurt|beat|rape|find|end) (?:you|u|ya|him|her|them|your)\b|\b(?:kill|hang|shoot) (?:yo)?ursel(?:f|ves)\b|\bkys\b|\byou(?:'re| are) (?:dead|going to die)\b|\bi hope you die\b|\bdeserve(?:s)? to die\b/u,
  de: /\bich (?:bring|schlag|mach) (?:dich|euch|ihn|sie) (?:um|tot|kalt)\b|\b(?:bring|häng) dich (?:um|auf)\b|\b(?:du bist|ihr seid) tot\b|\bverreck\b/u,
  es: /\b(?:te|los|las) voy a (?:matar|partir|reventar)\b|\b(?:mátate|matate|muérete|muerete)\b|\bojalá te mueras\b/u,
  fr: /\bje vais te (?:tuer|buter|crever|défoncer)\b|\b(?:crève|creve|suicide-toi)\b|\bt'es mort\b/u,
  it: /\bti (?:ammazzo|uccido|faccio fuori)\b|\b(?:ammazzati|muori)\b/u,
  pt: /\bvou te (?:matar|pegar)\b|\b(?:se mata|morre)\b|\bvocê (?:vai|tá) morto\b/u,
};
