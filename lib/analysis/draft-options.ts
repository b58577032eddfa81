import type { Settings } from '../model/settings';
import type { DraftOptions } from './draft';

/**
 * The draft check's options from the user's settings and the composer's context: the one builder the worker (the
 * in-page indicator) and the panel (the Draft view) share, so both say the same thing about the same draft.
 * Answering a post in its own language is right, whatever languages the user writes in otherwise.
 */
export function draftOptions(settings: Pick<Settings, 'languages' | 'targetMarkets'>, context: { platform: string; replyLang?: string }): DraftOptions {
  const { replyLang } = context;
  return {
    platform: context.platform,
    audienceLanguages: replyLang && replyLang !== 'und' ? [...new Set([...settings.languages, replyLang])] : settings.languages,
    markets: [...settings.targetMarkets, ...settings.languages],
  };
}
