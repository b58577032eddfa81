import type { StoredPost } from '../model/stored';
import { applyCommunityDelta, communityDelta } from './communities';
import { applyCommunityDayDelta, communityDayDelta } from './community-days';
import type { RapportDB } from './schema';
import { applyPagePostChanges } from './page-tallies';
import { applyTallyDelta, tallyDelta } from './tallies';

/**
 * Every count kept beside the posts (per community, per day/site/language, per page/language, per community/day),
 * moved by one change of posts.
 * Whatever writes or deletes posts calls this inside the same transaction, with `aggregateTables(db)` in its
 * scope: the counts never disagree with the rows. `before[i]` and `after[i]` are the same post (undefined: absent).
 */
export async function applyPostChanges(db: RapportDB, before: readonly (StoredPost | undefined)[], after: readonly (StoredPost | undefined)[]): Promise<void> {
  await applyCommunityDelta(db, communityDelta(before, after));
  await applyTallyDelta(db, tallyDelta(before, after));
  await applyPagePostChanges(db, before, after);
  await applyCommunityDayDelta(db, communityDayDelta(before, after));
}

/** The tables `applyPostChanges` reads and writes (the places tell which pages a post counts on). */
export const aggregateTables = (db: RapportDB) => [db.communities, db.tallies, db.sightings, db.pageTallies, db.communityDays];
