import type { Analysis } from '../model/analysis';
import { analysedPart } from '../model/limits';
import { detectLanguage } from './language';
import { analyzeSentiment } from './sentiment';
import { analyzeToxicity } from './toxicity';
import { checkSensitivity } from './sensitivity';
import { postOpportunities, type PostMetrics } from './opportunities';

/** Settles once the language detector's model is loaded (at once under Node): await it before analysing. */
export { languageModelReady } from './language-model';

/** Bump whenever results change: stored posts analysed by an older version are analysed again. */
export const ANALYZER_VERSION = 7;

export interface AnalyzeInput {
  text: string;
  lang?: string;
  platform?: string;
  metrics?: PostMetrics;
  watch?: readonly { term: string; kind?: 'brand' | 'competitor' | 'keyword' }[];
}

/** The full analysis of one text: pure and fast (microseconds), safe to run on every post. */
export function analyze(input: AnalyzeInput): Analysis {
  const text = analysedPart(input.text);
  const language = detectLanguage(text, input.lang);
  const sentiment = analyzeSentiment(text, language.code);
  const toxicity = analyzeToxicity(text, language.code);
  return {
    version: ANALYZER_VERSION,
    language,
    sentiment,
    toxicity,
    sensitivity: checkSensitivity(text, language.code),
    opportunities: postOpportunities(text, { language, sentiment, toxicity, metrics: input.metrics, watch: input.watch }),
  };
}
