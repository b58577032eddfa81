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
  'trash', 'monkey', 'balls', 'bang', 'screw', 'suck', 'sucks', 'blow', 'butt', 'nazi', 'ghetto',
  'redneck', 'hillbilly', 'cracker', 'spic', 'coon', 'homo', 'pawn', 'meat', 'weed', 'crack', 'negro', 'nude',
  'naked', 'breast', 'boob', 'boobs', 'drug', 'drugs', 'vagina', 'penis', 'anal', 'anus', 'thrust', 'wang', 'willy',
  'nob', 'knob', 'bloody', 'bum', 'bugger', 'tit', 'con', 'cul', 'culo', 'leche', 'huevo', 'huevos', 'coger', 'concha',
  'bicho', 'paja', 'yankee', 'yankees', 'yanks', 'redskins',
  'asian', 'slope', 'chug', 'spa', 'jig', 'girls', 'oreo', 'brownie', 'brownies', 'nip', 'jesus', 'american',
  'americans', 'porn', 'fairy', 'gun', 'guinea', 'septic', 'pee', 'abo', 'racist', 'mexican', 'chinese', 'indian',
  'african', 'irish', 'italian', 'jewish', 'arab', 'christian', 'catholic', 'mormon', 'pope', 'church',
  'geil', 'nackt', 'ische', 'nippel', 'pinkeln', // German: colloquial "great", "naked", slang "girl", …
]);

/** Insults (not swear words): offensive when aimed at someone. Written by the project. */
export const INSULTS: Record<string, readonly string[]> = {
  en: ['idiot', 'idiots', 'stupid', 'dumb', 'moron', 'morons', 'loser', 'losers', 'fool', 'clown', 'pathetic', 'scum', 'trash', 'garbage', 'ugly', 'disgusting', 'worthless', 'imbecile', 'dumbass', 'jackass'],
  de: ['idiot', 'idioten', 'dumm', 'blöd', 'vollidiot', 'depp', 'trottel', 'versager', 'penner', 'abschaum', 'dummkopf', 'hohlkopf', 'spinner', 'lügner', 'lügenpresse', 'pack', 'gesindel',
    'schwein', 'sau', 'drecksack', 'schmarotzer', 'volksverräter', 'verräter', 'heuchler', 'pfosten', 'vollpfosten', 'honk', 'missgeburt', 'assi', 'asozial', 'witzfigur', 'dumpfbacke', 'hirni', 'fresse', 'schnauze', 'dreck', 'gutmensch', 'versifft'],
  es: ['idiota', 'estúpido', 'estúpida', 'imbécil', 'tonto', 'tonta', 'inútil', 'payaso', 'basura', 'escoria', 'pendejo', 'pendeja', 'subnormal'],
  fr: ['idiot', 'idiote', 'stupide', 'imbécile', 'crétin', 'débile', 'nul', 'nulle', 'minable', 'ordure', 'abruti', 'abrutie', 'bouffon'],
  it: ['idiota', 'stupido', 'stupida', 'imbecille', 'cretino', 'deficiente', 'scemo', 'coglione', 'pagliaccio', 'schifoso'],
  pt: ['idiota', 'estúpido', 'burro', 'burra', 'imbecil', 'otário', 'babaca', 'lixo', 'palhaço', 'nojento'],
};

/** Short words that are harmless in other languages or parts of longer words: never matched alone. */
export const NEVER = new Set(['so', 'girl', 'girls', 'kid', 'babe', 'ass', 'con', 'bite', 'pute', 'fick', 'sch', 'kuk', 'nob', 'ho', 'cum', 'gay']);

/** Threats of violence, per language (matched on the lower-cased text). */
export const THREATS: Record<string, RegExp> = {
  en: /\b(?:i(?:'ll| will|'m gonna| am going to| want to)|we(?:'ll| will)|gonna) (?:kill|murder|shoot|stab|hurt|beat|rape|find|end) (?:you|u|ya|him|her|them|your)\b|\b(?:kill|hang|shoot) (?:yo)?ursel(?:f|ves)\b|\bkys\b|\byou(?:'re| are) (?:dead|going to die)\b|\bi hope you die\b|\bdeserve(?:s)? to die\b/u,
  de: /\bich (?:bring|schlag|mach) (?:dich|euch|ihn|sie) (?:um|tot|kalt)\b|\b(?:bring|häng) dich (?:um|auf)\b|\b(?:du bist|ihr seid) tot\b|\bverreck\b/u,
  es: /\b(?:te|los|las) voy a (?:matar|partir|reventar)\b|\b(?:mátate|matate|muérete|muerete)\b|\bojalá te mueras\b/u,
  fr: /\bje vais te (?:tuer|buter|crever|défoncer)\b|\b(?:crève|creve|suicide-toi)\b|\bt'es mort\b/u,
  it: /\bti (?:ammazzo|uccido|faccio fuori)\b|\b(?:ammazzati|muori)\b/u,
  pt: /\bvou te (?:matar|pegar)\b|\b(?:se mata|morre)\b|\bvocê (?:vai|tá) morto\b/u,
};

/** "you <insult>" in each language: an insult aimed at the reader weighs more than a swear word. */
export const SECOND_PERSON: Record<string, RegExp> = {
  en: /\b(?:you(?:'re| are)?|ur|u r|youre|ya|yo)\b/u,
  de: /\b(?:du|dich|dir|ihr|euch)\b/u,
  es: /\b(?:eres|tú|tu|sos|vos|te)\b/u,
  fr: /\b(?:tu|t'es|toi|vous|espèce de)\b/u,
  it: /\b(?:sei|tu|ti|siete)\b/u,
  pt: /\b(?:você|voce|vc|és|tu|seu|sua)\b/u,
};
