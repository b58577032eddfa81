import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportBackup, importChunks, mergeCapture, readBackupFile, type Backup } from '../../../lib/db/backup';
import { openDb, type RapportDB } from '../../../lib/db/schema';
import { DEFAULT_SETTINGS, Settings } from '../../../lib/model/settings';
import type { Capture } from '../../../lib/model/stored';
import { handleMessage } from '../../../lib/worker/handlers';
import { readFixture } from '../platforms/fixture';

const EXT = 'abcdefghijklmnop';
const PANEL = { id: EXT, url: `chrome-extension://${EXT}/sidepanel.html` };
const DAY = 86_400_000;
const NOW = Date.now();

let db: RapportDB;
beforeEach(() => {
  db = openDb('rapport', new IDBFactory(), IDBKeyRange);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

const send = (type: string, data: unknown, from: object = PANEL, settings = async () => DEFAULT_SETTINGS) => handleMessage({ db, extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}/`, settings }, type, data, from as never);

/** Reads the X fixture into the database, captures its first post with a tag and note, and exports everything. */
async function storedAndExported(): Promise<Backup> {
  const { reader, posts, url } = readFixture('x-status.html');
  await send('postsObserved', { url, platform: 'x', reader, firstPos: 0, fresh: true, posts }, { id: EXT, tabId: 1, url });
  await send('capture', { postIds: [posts[0]!.id] });
  await send('updateCapture', { id: `cap:${posts[0]!.id}`, tags: ['launch'], note: 'from the backup' });
  return exportBackup(db, DEFAULT_SETTINGS);
}

async function importAll(backup: Backup, settings?: () => Promise<Settings>) {
  let staged = 0;
  for (const chunk of importChunks(backup, 'import-1', 2)) {
    const r = (await send('importRows', chunk, PANEL, settings)) as { ok: boolean; staged: number };
    if (!r.ok) return r;
    staged = r.staged;
  }
  return send('importCommit', { importId: 'import-1', rows: staged }, PANEL, settings);
}

const snapshot = async () => Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));

describe('reading a backup file', () => {
  it('refuses a file over the limit before reading it', async () => {
    const huge = { size: 201 * 1024 * 1024, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    expect(await readBackupFile(huge)).toEqual({ ok: false, reason: 'too-big', detail: '201.0 MB' });
  });

  it('refuses corrupt JSON and absurd times with a reason', async () => {
    expect(await readBackupFile(new Blob(['{"format": "rapport-backup", '])).then((r) => r.ok || r.reason)).toBe('invalid');
    const backup = await storedAndExported();
    for (const [field, value, says] of [['lastSeen', 1e17, 'future'], ['firstSeen', 12, '2000'], ['lastSeen', NOW + 2 * DAY, 'future']] as const) {
      const bad = structuredClone(backup);
      (bad.tables.posts[1] as Record<string, unknown>)[field] = value;
      const r = await readBackupFile(new Blob([JSON.stringify(bad)]));
      expect(r).toMatchObject({ ok: false, reason: 'invalid' });
      expect(!r.ok && r.detail).toMatch(new RegExp(`tables\\.posts\\.1\\.${field}: .*${says}`));
    }
    expect((await readBackupFile(new Blob([JSON.stringify(backup)]))).ok).toBe(true);
  });
});

describe('importing a backup', () => {
  it('writes nothing until the commit, and nothing at all when a chunk is refused or the staging was lost', async () => {
    const backup = await storedAndExported();
    await send('deleteEverything', null);
    const chunks = importChunks(backup, 'a', 2);
    await send('importRows', chunks[0]);
    expect(await db.posts.count()).toBe(0); // staged only
    const bad = structuredClone(chunks[1]!) as { rows: { lastSeen: number }[] };
    bad.rows[0]!.lastSeen = 1e17;
    expect(await send('importRows', bad)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    // the commit counts the rows it was sent: a chunk missing (refused, or a worker restarted) writes nothing
    expect(await send('importCommit', { importId: 'a', rows: backup.tables.posts.length })).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(await snapshot()).toEqual(Object.fromEntries(db.tables.map((t) => [t.name, []])));
  });

  it('is refused from a content script', async () => {
    const backup = await storedAndExported();
    const r = await send('importRows', importChunks(backup, 'b')[0], { id: EXT, tabId: 1, url: 'https://x.com/' });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('keeps newer local rows and combines capture tags and notes', async () => {
    const backup = await storedAndExported();
    // Since the backup: the post was seen again (newer), and the capture got another tag and note.
    const first = backup.tables.posts[0]!;
    await db.posts.update(first.id, { lastSeen: first.lastSeen + 1000, metrics: { likes: 99_999 } });
    const capId = backup.tables.captures[0]!.id;
    await send('updateCapture', { id: capId, tags: ['launch', 'q3'], note: 'added locally' });
    // and in the backup another post is newer than the local one
    const second = backup.tables.posts[1]!;
    second.lastSeen += 5000;
    second.metrics = { likes: 7 };
    const r = await importAll(backup);
    expect(r).toMatchObject({ ok: true });
    expect((await db.posts.get(first.id))!.metrics.likes).toBe(99_999);
    expect((await db.posts.get(second.id))!.metrics.likes).toBe(7);
    const cap = (await db.captures.get(capId))!;
    expect(cap.tags.sort()).toEqual(['launch', 'q3']);
    expect(cap.note).toBe('added locally\n\nfrom the backup');
    expect(await db.posts.count()).toBe(backup.tables.posts.length);
    // importing again changes nothing
    const before = await snapshot();
    await importAll(backup);
    expect(await snapshot()).toEqual(before);
  });

  it('stores no author when names are off here, whatever the backup holds', async () => {
    const backup = await storedAndExported();
    await send('deleteEverything', null);
    await importAll(backup, async () => Settings.parse({ storeAuthorNames: false }));
    const json = JSON.stringify(await snapshot());
    for (const h of ['ada_example', 'bo_reply', 'Ada Example', 'cy_quotes']) expect(json).not.toContain(h);
    expect(await db.posts.count()).toBe(backup.tables.posts.length);
  });
});

describe('mergeCapture', () => {
  const cap = (tags: string[], note: string): Capture => ({ id: 'cap:x:1', postId: 'x:1', capturedAt: NOW, post: { id: 'x:1', platform: 'x', url: '', author: {}, text: 't', metrics: {} }, tags, note });
  it('unites tags and keeps one copy of a note both have', () => {
    expect(mergeCapture(cap(['a'], 'same'), cap(['b', 'a'], 'same'))).toMatchObject({ tags: ['a', 'b'], note: 'same' });
    expect(mergeCapture(cap([], ''), cap([], 'theirs')).note).toBe('theirs');
    expect(mergeCapture(cap([], 'mine, longer'), cap([], 'mine')).note).toBe('mine, longer');
  });
});
