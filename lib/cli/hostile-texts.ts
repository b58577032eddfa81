/**
 * Seventeen hostile texts of 20,000 characters (the longest a post stores), one per way text has made a regular
 * expression or loop slow: runs without spaces, "a@" repeated, digits, brackets, RTL and zero-width marks, combining
 * marks, emoji sequences, CJK, punctuation, "http://" repeated, HTML-looking text, and texts that trip every rule.
 * `rapport bench --hostile` times them through `rapport analyze` beside seventeen ordinary posts.
 */
import { MAX_TEXT } from '../model/limits';

const fill = (unit: string) => unit.repeat(Math.ceil(MAX_TEXT / unit.length)).slice(0, MAX_TEXT);

export const HOSTILE_TEXTS: readonly string[] = [
  'a@',
  '中文字',
  'a',
  '1',
  '1,',
  '([{<',
  '\u202e\u200bא\u200f',
  'e\u0301\u0302\u0303',
  '👨‍👩‍👧‍👦',
  '!?.',
  'http://',
  '<div><a href="x">',
  '#a@a',
  'you idiot fuck this shit ',
  'the chairman said mankind, hey guys ',
  'lol 😂 love great awful ',
  'Jan 1 and 3 others 1.000 ',
].map(fill);
