import Dexie, { type EntityTable } from 'dexie';
import type { Capture, CommunityCount, CommunityDay, Correction, Observation, PageTally, Sighting, StoredPost, TabPage, Tally } from '../model/stored';
import { recountCommunities } from './communities';
import { recountCommunityDays } from './community-days';
import { recountPageTallies } from './page-tallies';
import { recountTallies } from './tallies';

export const DB_NAME = 'rapport';

/**
 * Every schema version, oldest first. A change adds a version (never edits one) with its upgrade
 * function; tests/unit/db-migrations.test.ts opens a database written by each older version.
 * Indexes serve the panel's queries: by page, community, platform, author, language, sentiment, time, captured.
 */
export const SCHEMA_VERSIONS: { version: number; stores: Record<string, string>; upgrade?: (db: RapportDB) => Promise<unknown> }[] = [
  {
    version: 1,
    stores: {
      posts:
        'id, pageKey, platform, authorKey, detectedLang, sentiment, publishedAt, lastSeen, analyzed, captured, [community+lastSeen], [platform+lastSeen]',
      observations: '[postId+at], at',
      sightings: '[pageKey+postId], [pageKey+pos], postId',
      tabs: 'tabId, pageKey',
      captures: 'id, postId, capturedAt, *tags',
    },
  },
  {
    // Posts per community, maintained with every write: counting 100,000 rows in IndexedDB takes seconds.
    version: 2,
    stores: { communities: 'community' },
    upgrade: (db) => recountCommunities(db),
  },
  {
    // The audit's counts per day, site and language, maintained with every write: a 30-day history audit
    // read 33,000 posts once the history held 100,000.
    version: 3,
    stores: { tallies: '[day+platform+lang], day' },
    upgrade: (db) => recountTallies(db),
  },
  {
    // The same counts per page (of the posts placed on it), maintained with every write: the Page view's
    // summary and the page's audit read 1,000 posts while the panel started, 130 ms or more.
    version: 4,
    stores: { pageTallies: '[pageKey+lang]' },
    upgrade: (db) => recountPageTallies(db),
  },
  {
    // Posts and sentiment per community and day, maintained with every write: the Insights chart covers the
    // whole history from them, where it read the community's latest 1,000 posts.
    version: 5,
    stores: { communityDays: '[community+day]' },
    upgrade: (db) => recountCommunityDays(db),
  },
  {
    // Ads (promoted posts) leave every count: the counts kept so far included them.
    version: 6,
    stores: {},
    upgrade: async (db) => {
      await recountCommunities(db);
      await recountTallies(db);
      await recountPageTallies(db);
      await recountCommunityDays(db);
    },
  },
  {
    // A reviewer's corrections, one per post and label (lib/db/corrections.ts): the posts' analyses carry them too.
    version: 7,
    stores: { corrections: '[postId+target], postId, at' },
  },
];

export type RapportDB = Dexie & {
  posts: EntityTable<StoredPost, 'id'>;
  observations: Dexie.Table<Observation, [string, number]>;
  sightings: Dexie.Table<Sighting, [string, string]>;
  tabs: EntityTable<TabPage, 'tabId'>;
  captures: EntityTable<Capture, 'id'>;
  communities: EntityTable<CommunityCount, 'community'>;
  tallies: Dexie.Table<Tally, [number, string, string]>;
  pageTallies: Dexie.Table<PageTally, [string, string]>;
  communityDays: Dexie.Table<CommunityDay, [string, number]>;
  corrections: Dexie.Table<Correction, [string, string]>;
};

export function openDb(name = DB_NAME, indexedDB?: IDBFactory, keyRange?: typeof IDBKeyRange): RapportDB {
  const db = new Dexie(name, indexedDB ? { indexedDB, IDBKeyRange: keyRange } : undefined) as RapportDB;
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    const v = db.version(version).stores(stores);
    // Dexie's upgrade transaction exposes the same tables under the same names.
    if (upgrade) v.upgrade((tx) => upgrade(tx as unknown as RapportDB));
  }
  return db;
}
