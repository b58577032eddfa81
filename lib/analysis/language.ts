import { franc } from 'franc';
import { iso6393To1 } from 'iso-639-3';
import type { LanguageResult } from '../model/analysis';

/** URLs, mentions, hashtags and emoji say nothing about the language and mislead n-gram detectors. */
const NOISE = /https?:\/\/\S+|www\.\S+|[@#][\p{L}\p{N}_]+|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D/gu;

export function detectLanguage(text: string, hint?: string): LanguageResult {
  const clean = text.replace(NOISE, ' ').replace(/\s+/g, ' ').trim();
  const code3 = franc(clean, { minLength: 10 });
  if (code3 === 'und') {
    const fromHint = hint?.toLowerCase().split('-')[0];
    return fromHint && fromHint.length === 2 ? { code: fromHint, confidence: 0.3 } : { code: 'und', confidence: 0 };
  }
  const code = (iso6393To1 as Record<string, string>)[code3] ?? 'und';
  // franc gives no calibrated probability; short texts are less certain.
  const confidence = Math.min(1, clean.length / 80) * 0.8;
  return { code, confidence: Number(confidence.toFixed(2)) };
}
