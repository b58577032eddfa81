import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type RapportDB } from '../../../lib/db/schema';
import type { SiteRecipe } from '../../../lib/model/recipe';
import { handleMessage } from '../../../lib/worker/handlers';

// Site recipes at the worker's boundary: a page learns and saves the recipe of its own site only; a recipe is
// checked (data, selectors of the small grammar) before it is stored.

const EXT = 'abcdefghijklmnop';
const ids = { extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}/` };
const fromBoard = { id: EXT, tabId: 4, url: 'https://board.example.net/t/55' };
const fromPanel = { id: EXT, url: `chrome-extension://${EXT}/sidepanel.html` };
const recipe: SiteRecipe = { version: 1, host: 'board.example.net', post: 'div.blk', author: 'b', created: Date.UTC(2026, 11, 1) };

let db: RapportDB;
let stored: SiteRecipe[];
const env = () => ({ db, ...ids, recipes: { load: async () => stored, save: async (add: SiteRecipe[]) => { stored = [...stored.filter((r) => !add.some((a) => a.host === r.host)), ...add]; return add.length; } } });
beforeEach(() => {
  db = openDb('rapport', new IDBFactory(), IDBKeyRange);
  stored = [];
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('site recipes in the worker', () => {
  it('a page saves the recipe of its own site, and learns it back', async () => {
    expect(await handleMessage(env(), 'saveRecipe', recipe, fromBoard)).toEqual({ ok: true });
    expect(await handleMessage(env(), 'recipeFor', { url: 'https://board.example.net/t/56' }, fromBoard)).toEqual({ ok: true, recipe });
  });

  it('a page never saves nor learns another site\'s recipe', async () => {
    const other = await handleMessage(env(), 'saveRecipe', { ...recipe, host: 'bank.example.com' }, fromBoard);
    expect(other).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    stored = [{ ...recipe, host: 'bank.example.com' }];
    expect(await handleMessage(env(), 'recipeFor', { url: 'https://bank.example.com/' }, fromBoard)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handleMessage(env(), 'recipeFor', { url: 'https://board.example.net/' }, fromBoard)).toEqual({ ok: true });
  });

  it('refuses a recipe that is not data of the small grammar, storing nothing', async () => {
    for (const bad of [{ ...recipe, post: 'div:has(script)' }, { ...recipe, author: '<b>' }, { ...recipe, run: 'alert(1)' }, { ...recipe, post: 'x'.repeat(400) }]) {
      expect(await handleMessage(env(), 'saveRecipe', bad, fromBoard)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    expect(stored).toEqual([]);
  });

  it('keeps how a page was read with its status, also when its batch is stored after the status', async () => {
    const explanation = { approach: 'recipe', group: 'div.blk', parts: { authors: 1, dates: 0, scores: 0, nesting: false }, confidence: 'high' };
    await handleMessage(env(), 'pageStatus', { url: fromBoard.url, platform: 'generic', reader: 'recipe', status: 'ok', explanation }, fromBoard);
    const post = { id: 'generic:board.example.net/1', platform: 'generic', url: fromBoard.url, author: { name: 'kettle_wren' }, text: 'The pump hums again.', metrics: {} };
    await handleMessage(env(), 'postsObserved', { url: fromBoard.url, platform: 'generic', reader: 'recipe', firstPos: 0, fresh: true, posts: [post] }, fromBoard);
    expect((await db.tabs.get(4))?.explanation).toEqual(explanation);
  });
});
