import { openDb } from '../../lib/db/schema';

/** The panel reads IndexedDB directly (live queries); it only messages the background to ask for actions. */
export const db = openDb();
// Opened while React renders the first frame rather than at the first query after it (15-20 ms earlier
// content in `npm run bench`). A failure here shows in the queries that follow, which fail the same way.
void db.open().catch(() => {});
