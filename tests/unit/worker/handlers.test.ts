import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type RapportDB } from '../../../lib/db/schema';
import { Settings } from '../../../lib/model/settings';
import { handleMessage } from '../../../lib/worker/handlers';

const EXT = 'abcdefghijklmnop';
const ids = { extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}/` };
const fromTab = { id: EXT, tabId: 3, url: 'https://news.ycombinator.com/item?id=1' };
const valid = {
  url: 'https://news.ycombinator.com/item?id=1', platform: 'hackernews', reader: 'hackernews', firstPos: 0, fresh: true,
  posts: [{ id: 'hackernews:1', platform: 'hackernews', url: 'https://news.ycombinator.com/item?id=1', author: { name: 'a' }, text: 'What a lovely idea!', metrics: {} }],
};

let db: RapportDB;
beforeEach(async () => {
  db = openDb('rapport', new IDBFactory(), IDBKeyRange);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('handleMessage', () => {
  it('stores and analyses a valid batch and answers with a summary per post', async () => {
    const answer = await handleMessage({ db, ...ids }, 'postsObserved', valid, fromTab);
    expect(answer).toMatchObject({ ok: true, summaries: [{ id: 'hackernews:1', sentiment: 'positive', isNew: true }] });
    expect(await db.tabs.get(3)).toMatchObject({ status: 'ok', postCount: 1 });
  });

  it('writes into pages in the language the panel shows: the setting, else the browser UI language', async () => {
    const labels = (env: object) => handleMessage({ db, ...ids, ...env }, 'pageLabels', null, fromTab) as Promise<{ ok: boolean; lang?: string }>;
    const settings = (uiLanguage: string) => async () => Settings.parse({ uiLanguage });
    expect(await labels({ browserLanguage: 'de-DE', settings: settings('auto') })).toMatchObject({ ok: true, lang: 'de' });
    expect(await labels({ browserLanguage: 'de-DE', settings: settings('fr') })).toMatchObject({ ok: true, lang: 'fr' });
    expect(await labels({ browserLanguage: 'ja', settings: settings('auto') })).toMatchObject({ ok: true, lang: 'en' });
  });

  it.each([
    ['a payload of the wrong shape', 'postsObserved', { posts: 'nope' }, 'invalid'],
    ['too many posts in one batch', 'postsObserved', { ...valid, posts: Array.from({ length: 501 }, () => valid.posts[0]) }, 'invalid'],
    ['an unknown type', 'dropTables', {}, 'unknown-type'],
    ['a prototype key as type', '__proto__', {}, 'unknown-type'],
    ['no type', undefined, {}, 'unknown-type'],
  ])('answers %s with a structured error and stores nothing', async (_, type, data, code) => {
    const answer = await handleMessage({ db, ...ids }, type, data, fromTab);
    expect(answer).toMatchObject({ ok: false, error: { code } });
    expect(await db.posts.count()).toBe(0);
  });

  it('drops a bad post alone, says which and why, and stores the rest of its batch', async () => {
    const posts = [
      valid.posts[0],
      { ...valid.posts[0], id: 'hackernews:2', author: { name: 'n'.repeat(600) } },
      { ...valid.posts[0], id: 'hackernews:3', text: undefined },
      { ...valid.posts[0], id: 'hackernews:4', platform: 'myspace' },
      { ...valid.posts[0], id: 'hackernews:5', text: 'Another fine comment.' },
    ];
    const answer = await handleMessage({ db, ...ids }, 'postsObserved', { ...valid, posts }, fromTab);
    expect(answer).toMatchObject({ ok: true });
    if (!answer.ok || !('dropped' in answer)) throw new Error('no answer');
    expect(answer.dropped.map((d) => [d.index, d.id])).toEqual([[1, 'hackernews:2'], [2, 'hackernews:3'], [3, 'hackernews:4']]);
    expect(answer.dropped[0]!.reason).toMatch(/author\.name/);
    expect((await db.posts.toArray()).map((p) => p.id).sort()).toEqual(['hackernews:1', 'hackernews:5']);
    expect(await db.tabs.get(3)).toMatchObject({ postCount: 5, dropped: 3 });
  });

  it('turns a mention of a watched brand into an engagement opportunity', async () => {
    const settings = async () => Settings.parse({ brands: ['Acme'] });
    const post = { ...valid.posts[0]!, text: 'Has anyone tried the new Acme router? Mine keeps dropping.' };
    await handleMessage({ db, ...ids, settings }, 'postsObserved', { ...valid, posts: [post] }, fromTab);
    const types = (await db.posts.get('hackernews:1'))!.analysis!.opportunities!.map((o) => o.type);
    expect(types.some((t) => /mention|brand/.test(t))).toBe(true);
  });

  it('refuses messages that do not come from the extension itself', async () => {
    const answer = await handleMessage({ db, ...ids }, 'postsObserved', valid, { id: 'another-extension', url: 'https://evil.example/' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'untrusted' } });
    expect(await db.posts.count()).toBe(0);
  });

  describe('who may send what', () => {
    const page = { id: EXT, tabId: 3, url: 'https://news.ycombinator.com/item?id=1' };
    const panel = { id: EXT, url: `chrome-extension://${EXT}/sidepanel.html` };

    it.each([
      ['deleteEverything', null],
      ['importRows', { table: 'captures', rows: [] }],
      ['reanalyze', { limit: 10 }],
      ['updateCapture', { id: 'cap:hackernews:1', note: 'forged' }],
      ['deleteCaptures', { ids: ['cap:hackernews:1'] }],
    ])('refuses %s from a content script and changes nothing', async (type, data) => {
      await handleMessage({ db, ...ids }, 'postsObserved', valid, page);
      await handleMessage({ db, ...ids }, 'capture', { postIds: ['hackernews:1'] }, panel);
      const answer = await handleMessage({ db, ...ids }, type, data, page);
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await db.posts.count()).toBe(1);
      expect(await db.captures.get('cap:hackernews:1')).toMatchObject({ note: '' });
    });

    it('takes the same messages from the extension’s own pages', async () => {
      await handleMessage({ db, ...ids }, 'postsObserved', valid, page);
      expect(await handleMessage({ db, ...ids }, 'reanalyze', { limit: 10 }, panel)).toMatchObject({ ok: true, done: 1 });
      expect(await handleMessage({ db, ...ids }, 'deleteEverything', null, panel)).toMatchObject({ ok: true });
      expect(await db.posts.count()).toBe(0);
    });

    it('refuses posts a content script reports for another site than its own', async () => {
      const answer = await handleMessage({ db, ...ids }, 'postsObserved', valid, { ...page, url: 'https://evil.example/' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await db.posts.count()).toBe(0);
    });

    it('lets a page capture only posts read on that page', async () => {
      await handleMessage({ db, ...ids }, 'postsObserved', valid, page);
      const elsewhere = await handleMessage({ db, ...ids }, 'capture', { postIds: ['hackernews:1'] }, { ...page, url: 'https://news.ycombinator.com/item?id=2' });
      expect(elsewhere).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await db.captures.count()).toBe(0);
      expect(await handleMessage({ db, ...ids }, 'capture', { postIds: ['hackernews:1'] }, page)).toMatchObject({ ok: true, ids: ['cap:hackernews:1'] });
    });
  });

  it('logs one line per rejected message', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warn.mockClear();
    await handleMessage({ db, ...ids }, 'postsObserved', null, fromTab);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
