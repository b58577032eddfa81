import { acceptable, replyKind, type Tone } from '../../lib/analysis/suggest';

/**
 * Suggestions written by the browser's own on-device language model (Chrome's built-in Prompt API: the
 * `LanguageModel` global, earlier `window.ai.languageModel`). Feature-detected; any failure or absence means
 * "no model" and the template suggestions stand alone. The prompt never leaves the machine: the API runs
 * the model locally, and a model that still has to be downloaded is treated as unavailable.
 */

interface PromptSession {
  prompt(input: string, opts?: { signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}
interface PromptApi {
  availability?(opts?: unknown): Promise<string>;
  capabilities?(): Promise<{ available?: string }>;
  create(opts?: unknown): Promise<PromptSession>;
}

function api(): PromptApi | undefined {
  const g = globalThis as { LanguageModel?: PromptApi; ai?: { languageModel?: PromptApi } };
  return g.LanguageModel ?? g.ai?.languageModel;
}

/** True only when a model is ready on this device now (no download is started). */
export async function modelAvailable(): Promise<boolean> {
  const m = api();
  if (!m) return false;
  try {
    if (m.availability) return (await m.availability()) === 'available';
    if (m.capabilities) return (await m.capabilities()).available === 'readily';
  } catch {
    /* unavailable */
  }
  return false;
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Spanish', fr: 'French', de: 'German', pt: 'Portuguese', it: 'Italian' };

export interface ModelRequest {
  type: string;
  text: string;
  author?: string;
  lang: string;
  tone: Tone;
  platform?: string;
  brand?: string;
}

/**
 * Up to three model-written replies, each through the same acceptance as the templates (draft check,
 * language, length). Empty on any failure or after `timeoutMs`.
 */
export async function modelSuggestions(req: ModelRequest, timeoutMs = 20_000): Promise<string[]> {
  const m = api();
  const kind = replyKind(req.type);
  if (!m || !kind || !(await modelAvailable())) return [];
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  let session: PromptSession | undefined;
  try {
    session = await m.create({
      signal: abort.signal,
      initialPrompts: [
        {
          role: 'system',
          content:
            'You write short, kind, specific replies a community manager could post under a social media post. ' +
            'Never promise refunds or facts you do not know. No hashtags, no links, no emoji. One reply per line, no numbering.',
        },
      ],
    });
    const lang = LANGUAGE_NAMES[req.lang] ?? 'the language of the post';
    const prompt =
      `Write 3 different ${req.tone} replies in ${lang} to this ${kind} post` +
      `${req.author ? ` by ${req.author}` : ''}${req.brand ? ` (we are ${req.brand})` : ''}. ` +
      `Each reply must name what the post is about and stay under 260 characters.\n\nPost:\n"""${req.text.slice(0, 2000)}"""`;
    // The signal asks the model to stop; the race makes sure the panel stops waiting even if it does not.
    const timedOut = new Promise<never>((_, reject) => abort.signal.addEventListener('abort', () => reject(new Error('timeout'))));
    const answer = await Promise.race([session.prompt(prompt, { signal: abort.signal }), timedOut]);
    return answer
      .split(/\n+/)
      .map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').replace(/^"|"$/g, '').trim())
      .filter((l) => l.length >= 12 && acceptable(l, req.lang, req.platform))
      .slice(0, 3);
  } catch {
    return [];
  } finally {
    clearTimeout(timer);
    session?.destroy?.();
  }
}
