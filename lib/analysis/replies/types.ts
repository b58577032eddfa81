/**
 * A phrasebook: the reply templates of one language, as data. Placeholders: {author} (greetings only),
 * {topic} (what the post is about, taken from its own words), {brand} (the watched brand; a template that
 * uses it is skipped when no brand is known). Every body template names {topic}, so no suggestion is a
 * fixed sentence. To add a language: copy en.ts, translate, and list it in index.ts.
 */
export type Tone = 'warm' | 'neutral' | 'formal';
export const TONES: readonly Tone[] = ['warm', 'neutral', 'formal'];

/** The kinds of reply; opportunity types map onto these (brand-mention → mention, negative-spike → crisis…). */
export type ReplyKind = 'question' | 'complaint' | 'praise' | 'mention' | 'unanswered' | 'crisis';
export const REPLY_KINDS: readonly ReplyKind[] = ['question', 'complaint', 'praise', 'mention', 'unanswered', 'crisis'];

export interface Phrasebook {
  lang: string;
  /** Openers with the author's name, per tone; one is paired with each body in turn. */
  greeting: Record<Tone, readonly string[]>;
  /** Openers when the author is unknown. */
  greetingAnon: Record<Tone, readonly string[]>;
  replies: Record<ReplyKind, Record<Tone, readonly string[]>>;
  /** Function words and filler that never make a topic on their own (space-separated, lower case). */
  stopwords: string;
  /** Short words allowed inside a topic phrase ("battery of the Pixel", "batería del Pixel"). */
  connectors: string;
  /**
   * Words just before a topic that are kept with it, and how the reply says them ("my order" → "your order").
   * Only words no preposition contracts with: articles are left out in the Romance languages ("de" + "el" →
   * "del" would need grammar, not a table), possessives kept ("mi pedido" → "tu pedido").
   */
  determiners?: Record<string, string>;
  /** The same for the formal tone where it differs (Spanish "tu pedido" → "su pedido"). */
  formalDeterminers?: Record<string, string>;
  /** German capitalises every noun, so a capital says nothing about a name there. */
  nounsCapitalised?: boolean;
}
