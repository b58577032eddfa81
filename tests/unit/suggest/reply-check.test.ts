import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { modelAvailable, modelSuggestions } from '../../../components/services/on-device-model';
import { openDb, type RapportDB } from '../../../lib/db/schema';
import { Settings } from '../../../lib/model/settings';
import { handleMessage } from '../../../lib/worker/handlers';

const EXT = 'abcdefghijklmnop';
const ids = { extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}/` };
const URL_ = 'https://old.reddit.com/r/CampingGear/comments/tm2k9x/x/';
const fromTab = { id: EXT, tabId: 5, url: URL_ };

describe('the composer check of a reply', () => {
  let db: RapportDB;
  beforeEach(async () => {
    db = openDb('rapport-suggest', new IDBFactory(), IDBKeyRange);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await handleMessage({ db, ...ids }, 'postsObserved', {
      url: URL_, platform: 'reddit', reader: 'reddit-old', firstPos: 0, fresh: true,
      posts: [{ id: 'reddit:t1_es', platform: 'reddit', url: URL_, author: { name: 'ana' }, text: 'Mi pedido de la tienda nunca llegó y el servicio de atención no responde, estoy muy decepcionada.', metrics: {} }],
    }, fromTab);
  });

  const env = () => ({ db, ...ids, settings: async () => Settings.parse({ languages: ['en'] }) });
  const reply = 'Hola, ana: Gracias por avisar del pedido de la tienda. Envíanos un mensaje directo con los detalles y lo revisamos.';

  it('is no language mismatch when it answers the post in the post’s own language', async () => {
    const answer = await handleMessage(env(), 'draftChanged', { url: URL_, platform: 'reddit', text: reply, replyTo: 'reddit:t1_es' }, fromTab);
    expect(answer).toMatchObject({ ok: true });
    // Only the English-calibrated readability note may remain; no "written in es" warning.
    expect((answer as { worst?: string }).worst ?? 'info').toBe('info');
  });

  it('still is one when the same text is not a reply to that post', async () => {
    const answer = await handleMessage(env(), 'draftChanged', { url: URL_, platform: 'reddit', text: reply }, fromTab);
    expect(answer).toMatchObject({ ok: true, worst: 'warning' });
  });
});

describe('on-device model suggestions', () => {
  const g = globalThis as { LanguageModel?: unknown };
  afterEach(() => {
    delete g.LanguageModel;
  });
  const req = { type: 'question', text: 'Does the Trailmaster 2 tent survive heavy rain?', lang: 'en', tone: 'neutral' as const, platform: 'x' };

  it('without a model: nothing, silently', async () => {
    expect(await modelAvailable()).toBe(false);
    expect(await modelSuggestions(req)).toEqual([]);
  });

  it('a model that would first have to be downloaded counts as absent', async () => {
    let created = 0;
    g.LanguageModel = { availability: async () => 'downloadable', create: async () => (created++, { prompt: async () => 'x' }) };
    expect(await modelSuggestions(req)).toEqual([]);
    expect(created).toBe(0);
  });

  it('model-written replies pass the same draft check: flagged, off-language or too long ones are dropped', async () => {
    const good = 'Thanks for asking about the Trailmaster 2 tent. It handled two days of heavy rain for us; the seams stayed dry.';
    g.LanguageModel = {
      availability: async () => 'available',
      create: async () => ({
        prompt: async () => [
          `1. ${good}`,
          '2. Only an idiot would pitch that shit tent in the rain.',
          '3. Gracias por preguntar por la tienda, aguanta bien la lluvia.',
          `4. ${'The Trailmaster 2 tent is great. '.repeat(12)}`,
        ].join('\n'),
        destroy() {},
      }),
    };
    expect(await modelSuggestions(req)).toEqual([good]);
  });

  it('a model that fails or hangs leaves the templates alone', async () => {
    g.LanguageModel = { availability: async () => 'available', create: async () => ({ prompt: () => new Promise<string>(() => {}) }) };
    expect(await modelSuggestions(req, 50)).toEqual([]);
    g.LanguageModel = { availability: async () => 'available', create: async () => { throw new Error('no'); } };
    expect(await modelSuggestions(req)).toEqual([]);
  });
});

describe('one draft check for the page and the panel', () => {
  it('gives the Draft view the same findings as the in-page indicator for a reply in the post’s language', async () => {
    const { checkDraft } = await import('../../../lib/analysis/draft');
    const { draftOptions } = await import('../../../lib/analysis/draft-options');
    const settings = Settings.parse({ languages: ['en'] });
    const text = 'Hola, ana: Gracias por avisar del pedido de la tienda. Envíanos un mensaje directo con los detalles y lo revisamos.';
    const asReply = checkDraft(text, draftOptions(settings, { platform: 'reddit', replyLang: 'es' }));
    expect(asReply.findings.filter((f) => f.kind === 'language')).toEqual([]);
    // The same text not answering anyone is written for an English audience: the mismatch is real there.
    const alone = checkDraft(text, draftOptions(settings, { platform: 'reddit' }));
    expect(alone.findings.some((f) => f.kind === 'language')).toBe(true);
    // an unsure detection of the replied-to post adds nothing
    expect(draftOptions(settings, { platform: 'x', replyLang: 'und' }).audienceLanguages).toEqual(['en']);
  });
});
