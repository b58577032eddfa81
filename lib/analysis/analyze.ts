import type { Analysis } from '../model/analysis';
import { detectLanguage } from './language';
import { analyzeSentiment } from './sentiment';
import { analyzeToxicity } from './toxicity';
import { checkSensitivity } from './sensitivity';

/** Bump whenever results change: stored posts analysed by an older version are analysed again. */
export const ANALYZER_VERSION = 2;

export interface AnalyzeInput {
  text: string;
  lang?: string;
  platform?: string;
}

/** The full analysis of one text: pure and fast (microseconds), safe to run on every post. */
export function analyze(input: AnalyzeInput): Analysis {
  const language = detectLanguage(input.text, input.lang);
  return {
    version: ANALYZER_VERSION,
    language,
    sentiment: analyzeSentiment(input.text, language.code),
    toxicity: analyzeToxicity(input.text, language.code),
    sensitivity: checkSensitivity(input.text, language.code),
  };
}
