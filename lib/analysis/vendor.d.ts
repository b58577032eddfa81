// Types for the data modules of packages that ship none.
declare module 'vader-sentiment/src/vader_lexicon.js' {
  export const lexicon: Record<string, number>;
}
declare module 'vader-sentiment/src/vaderSentiment.js' {
  export const NEGATE: string[];
  export const BOOSTER_DICT: Record<string, number>;
}
declare module 'vader-sentiment' {
  export const SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
}
declare module 'multilang-sentiment' {
  const analyze: (text: string, lang: string) => { score: number };
  export default analyze;
}
declare module 'cuss' {
  export const cuss: Record<string, number>;
}
declare module 'sentiment/languages/en/index.js' {
  const en: { labels: Record<string, number> };
  export default en;
}
declare module 'cuss/es' { export const cuss: Record<string, number>; }
declare module 'cuss/fr' { export const cuss: Record<string, number>; }
declare module 'cuss/it' { export const cuss: Record<string, number>; }
declare module 'cuss/pt' { export const cuss: Record<string, number>; }
declare module 'cuss/ar-latn' { export const cuss: Record<string, number>; }
declare module '@2toad/profanity/dist/data/profane-words.js' { export const profaneWords: Map<string, string[]>; }
declare module 'naughty-words' { const lists: Record<string, string[]>; export default lists; }
