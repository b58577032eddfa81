import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type RapportDB } from '../../../lib/db/schema';
import { Settings } from '../../../lib/model/settings';
import { handleMessage } from '../../../lib/worker/handlers';

const EXT = 'abcdefghijklmnop';
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
    const answer = await handleMessage({ db, extensionId: EXT }, 'postsObserved', valid, fromTab);
    expect(answer).toMatchObject({ ok: true, summaries: [{ id: 'hackernews:1', sentiment: 'positive', isNew: true }] });
    expect(await db.tabs.get(3)).toMatchObject({ status: 'ok', postCount: 1 });
  });

  it.each([
    ['a payload of the wrong shape', 'postsObserved', { posts: 'nope' }, 'invalid'],
    ['a post without text', 'postsObserved', { ...valid, posts: [{ ...valid.posts[0], text: undefined }] }, 'invalid'],
    ['an unknown platform', 'postsObserved', { ...valid, posts: [{ ...valid.posts[0], platform: 'myspace' }] }, 'invalid'],
    ['too many posts in one batch', 'postsObserved', { ...valid, posts: Array.from({ length: 501 }, () => valid.posts[0]) }, 'invalid'],
    ['an unknown type', 'dropTables', {}, 'unknown-type'],
    ['a prototype key as type', '__proto__', {}, 'unknown-type'],
    ['no type', undefined, {}, 'unknown-type'],
  ])('answers %s with a structured error and stores nothing', async (_, type, data, code) => {
    const answer = await handleMessage({ db, extensionId: EXT }, type, data, fromTab);
    expect(answer).toMatchObject({ ok: false, error: { code } });
    expect(await db.posts.count()).toBe(0);
  });

  it('turns a mention of a watched brand into an engagement opportunity', async () => {
    const settings = async () => Settings.parse({ brands: ['Acme'] });
    const post = { ...valid.posts[0]!, text: 'Has anyone tried the new Acme router? Mine keeps dropping.' };
    await handleMessage({ db, extensionId: EXT, settings }, 'postsObserved', { ...valid, posts: [post] }, fromTab);
    const types = (await db.posts.get('hackernews:1'))!.analysis!.opportunities!.map((o) => o.type);
    expect(types.some((t) => /mention|brand/.test(t))).toBe(true);
  });

  it('refuses messages that do not come from the extension itself', async () => {
    const answer = await handleMessage({ db, extensionId: EXT }, 'postsObserved', valid, { id: 'another-extension', url: 'https://evil.example/' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'untrusted' } });
    expect(await db.posts.count()).toBe(0);
  });

  it('logs one line per rejected message', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warn.mockClear();
    await handleMessage({ db, extensionId: EXT }, 'postsObserved', null, fromTab);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
