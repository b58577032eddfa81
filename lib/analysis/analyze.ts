import type { Analysis } from '../model/analysis';
import { analysedPart, clip, MAX_CONTRIBUTIONS, MAX_FLAGS, MAX_MATCH_TEXT, MAX_OPPORTUNITIES, MAX_SPANS } from '../model/limits';
import { detectLanguage } from './language';
import { analyzeSentiment } from './sentiment';
import { analyzeToxicity } from './toxicity';
import { toneWithAbuse } from './abusive-tone';
import { checkSensitivity } from './sensitivity';
import { postOpportunities, type PostMetrics } from './opportunities-post';

/** Settles once the language detector's model is loaded (at once under Node): await it before analysing. */
export { languageModelReady } from './language-model-source';

/** Bump whenever results change: stored posts analysed by an older version are analysed again. */
export const ANALYZER_VERSION = 11;

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
  const toxicity = analyzeToxicity(text, language.code);
  const sentiment = toneWithAbuse(analyzeSentiment(text, language.code), toxicity);
  return bounded({
    version: ANALYZER_VERSION,
    language,
    sentiment,
    toxicity,
    sensitivity: checkSensitivity(text, language.code),
    opportunities: postOpportunities(text, { language, sentiment, toxicity, metrics: input.metrics, watch: input.watch }),
  });
}

const SEVERITY = { error: 0, warning: 1, info: 2 } as const;

/**
 * The analysis as it is stored: every list capped (limits.ts), matched texts clipped, and flags keeping their rule's
 * code instead of its reason and alternatives (reasons.ts renders them). Scores were computed on everything found.
 */
function bounded(a: Analysis): Analysis {
  const contributions = a.sentiment.contributions;
  const strongest =
    contributions.length <= MAX_CONTRIBUTIONS
      ? contributions
      : contributions
          .map((c, i) => [c, i] as const)
          .sort((x, y) => Math.abs(y[0].score) - Math.abs(x[0].score) || x[1] - y[1])
          .slice(0, MAX_CONTRIBUTIONS)
          .sort((x, y) => x[1] - y[1])
          .map(([c]) => c);
  const flags = [...(a.sensitivity?.flags ?? [])]
    .sort((x, y) => SEVERITY[x.severity] - SEVERITY[y.severity] || x.start - y.start)
    .slice(0, MAX_FLAGS)
    .sort((x, y) => x.start - y.start)
    .map(({ reason: _reason, alternatives: _alternatives, ...f }) => ({ ...f, text: clip(f.text, MAX_MATCH_TEXT) }));
  return {
    ...a,
    sentiment: { ...a.sentiment, contributions: strongest.map((c) => ({ ...c, token: clip(c.token, MAX_MATCH_TEXT) })) },
    ...(a.toxicity ? { toxicity: { ...a.toxicity, spans: a.toxicity.spans.slice(0, MAX_SPANS).map((s) => ({ ...s, text: clip(s.text, MAX_MATCH_TEXT) })) } } : {}),
    ...(a.sensitivity ? { sensitivity: { flags } } : {}),
    ...(a.opportunities ? { opportunities: a.opportunities.slice(0, MAX_OPPORTUNITIES) } : {}),
  };
}
