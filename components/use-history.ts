import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredPost } from '../lib/model/stored';
import { db } from './db';

/** The most recent history is what insights describe; older posts are pruned by retention anyway. */
export const HISTORY_LIMIT = 20_000;

/** Recent history, newest first, live. */
export function useHistory(): StoredPost[] | undefined {
  return useLiveQuery(() => db.posts.orderBy('lastSeen').reverse().limit(HISTORY_LIMIT).toArray(), []);
}
