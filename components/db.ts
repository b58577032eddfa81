import { openDb } from '../lib/db/schema';

/** The panel reads IndexedDB directly (live queries); it only messages the background to ask for actions. */
export const db = openDb();
