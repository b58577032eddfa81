import { readdirSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { recountCommunities } from '../../../lib/db/communities';
import { recountCommunityDays } from '../../../lib/db/community-days';
import { recountPageTallies } from '../../../lib/db/page-tallies';
import { openDb, type RapportDB } from '../../../lib/db/schema';
import { recountTallies } from '../../../lib/db/tallies';
import type { ObservedPost } from '../../../lib/model/post';
import { Settings } from '../../../lib/model/settings';
import { handleMessage } from '../../../lib/worker/handlers';
import { recountOf } from '../db/recount';
import { readFixture } from '../platforms/fixture';

const EXT = 'abcdefghijklmnop';
const PANEL = { id: EXT, url: `chrome-extension://${EXT}/sidepanel.html` };
const FIXTURES = readdirSync(new URL('../../fixtures/pages/', import.meta.url)).filter((f) => f.endsWith('.html'));
const namesOn = async () => Settings.parse({});
const namesOff = async () => Settings.parse({ storeAuthorNames: false });

let db: RapportDB;
beforeEach(() => {
  db = openDb('rapport', new IDBFactory(), IDBKeyRange);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

/** Every fixture page read by its real reader and sent as its tab would, with names stored or not. */
async function readEveryFixture(settings: () => Promise<Settings>): Promise<ObservedPost[]> {
  const all: ObservedPost[] = [];
  for (const [tabId, name] of FIXTURES.entries()) {
    const { reader, posts, url } = readFixture(name);
    const msg = { url, platform: posts[0]!.platform, reader, firstPos: 0, fresh: true, posts };
    const answer = await handleMessage({ db, extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}/`, settings }, 'postsObserved', msg, { id: EXT, tabId, url });
    expect(answer, name).toMatchObject({ ok: true });
    await handleMessage({ db, extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}/`, settings }, 'pageStatus', { url, platform: msg.platform, reader, status: 'ok' }, { id: EXT, tabId, url });
    all.push(...posts);
  }
  return all;
}

/** Every table, every row. */
async function dump(): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

/** Author strings found where they must not be: handles anywhere, names anywhere but in prose (text, title, analysis). */
function leaks(tables: Record<string, unknown[]>, posts: ObservedPost[]): string[] {
  const handles = new Set<string>();
  const names = new Set<string>();
  for (const { author } of posts) {
    if (author.handle) handles.add(author.handle.toLowerCase()).add(author.handle.split('@')[0]!.toLowerCase());
    if (author.name) names.add(author.name.toLowerCase());
  }
  const everything = JSON.stringify(tables).toLowerCase();
  const structure = JSON.stringify(tables, (k, v) => (k === 'text' || k === 'title' || k === 'analysis' ? undefined : v)).toLowerCase();
  const whole = (s: string, w: string) => new RegExp(`(^|[^\\p{L}\\p{N}_])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}\\p{N}_]|$)`, 'u').test(s);
  return [...[...handles].filter((h) => whole(everything, h)), ...[...names].filter((n) => whole(structure, n))];
}

async function scrub(from: { id: string; url?: string; tabId?: number } = PANEL) {
  for (const table of ['posts', 'captures'] as const) {
    let after: string | undefined;
    for (;;) {
      const r = (await handleMessage({ db, extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}/`, settings: namesOff }, 'scrubAuthors', { table, after, limit: 7 }, from)) as { ok: boolean; next?: string };
      expect(r).toMatchObject({ ok: true });
      if (!r.next) break;
      after = r.next;
    }
  }
}

async function countsMatchRecount() {
  expect(await db.communities.toArray()).toEqual(await recountOf(db.communities, () => recountCommunities(db)));
  expect(await db.tallies.toArray()).toEqual(await recountOf(db.tallies, () => recountTallies(db)));
  expect(await db.pageTallies.toArray()).toEqual(await recountOf(db.pageTallies, () => recountPageTallies(db)));
  expect(await db.communityDays.toArray()).toEqual(await recountOf(db.communityDays, () => recountCommunityDays(db)));
}

describe('"Store author names: off"', () => {
  it('stores no handle or name from any platform fixture, in any table', async () => {
    const posts = await readEveryFixture(namesOff);
    const tables = await dump();
    expect(tables.posts!.length).toBeGreaterThan(50);
    expect(leaks(tables, posts)).toEqual([]);
    console.log(`names off: ${tables.posts!.length} posts from ${FIXTURES.length} fixture pages, ${Object.keys(tables).length} tables searched, no author found`);
  });

  it('the scrub removes them from history stored while names were on, captures and counts included', async () => {
    const posts = await readEveryFixture(namesOn);
    const ids = (await db.posts.toCollection().primaryKeys()) as string[];
    await handleMessage({ db, extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}/` }, 'capture', { postIds: ids.filter((_, i) => i % 3 === 0) }, PANEL);
    await handleMessage({ db, extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}/` }, 'updateCapture', { id: `cap:${ids[0]}`, tags: ['keep'], note: 'my note' }, PANEL);
    const before = await dump();
    expect(leaks(before, posts).length).toBeGreaterThan(20); // what the scrub has to remove
    // Seen again after names went off: the scrubbed rows merge with these instead of doubling.
    const { reader, posts: bsky, url } = readFixture('bluesky-thread.html');
    await handleMessage({ db, extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}/`, settings: namesOff }, 'postsObserved', { url, platform: 'bluesky', reader, firstPos: 0, fresh: false, posts: bsky }, { id: EXT, tabId: 99, url });

    await scrub();
    const after = await dump();
    expect(leaks(after, posts)).toEqual([]);
    expect(after.posts!.length).toBe(before.posts!.length);
    expect(after.captures!.length).toBe(before.captures!.length);
    expect(after.captures!.find((c) => (c as { tags: string[] }).tags.includes('keep'))).toMatchObject({ note: 'my note' });
    expect(after.posts!.every((p) => (p as { analyzed: number }).analyzed === 1)).toBe(true);
    await countsMatchRecount();
    // Tabs follow their pages' new keys: each tab's page still lists its posts.
    for (const tab of after.tabs as { pageKey: string; postCount: number }[]) expect(await db.sightings.where('[pageKey+pos]').between([tab.pageKey, -Infinity], [tab.pageKey, Infinity]).count()).toBeGreaterThan(0);
    await scrub(); // again: nothing changes
    expect(await dump()).toEqual(after);
    console.log(`scrub: ${before.posts!.length} posts and ${before.captures!.length} captures stored with names; after it no author is found in ${Object.keys(after).length} tables, counts equal a recount`);
  });

  it('the scrub is refused from a content script', async () => {
    await readEveryFixture(namesOn);
    const r = await handleMessage({ db, extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}/` }, 'scrubAuthors', { table: 'posts', limit: 10 }, { id: EXT, tabId: 1, url: 'https://x.com/ada_example/status/1' });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
