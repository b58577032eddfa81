import { type Alert, alertsByCommunity } from '../insights/alerts';
import { counts, DAY } from '../insights/posts';
import type { Settings } from '../model/settings';
import { communityDays } from './community-days';
import type { RapportDB } from './schema';

/** Watched terms: keywords, brands and competitors alike. */
export const watchedTerms = (s: Settings) => [...s.watchlist, ...s.brands, ...s.competitors];

/**
 * Alerts per community from the last eight days of history (index: lastSeen): each community's negative spike
 * against its own kept days, and watched terms' spikes within it.
 */
export async function computeAlerts(db: RapportDB, settings: Settings, now = Date.now()): Promise<Alert[]> {
  const terms = watchedTerms(settings);
  // A community's spike needs only the last day's posts (its baseline is its kept days); a term's, a week of mentions.
  const recent = await db.posts.where('lastSeen').above(now - (terms.length ? 8 : 1) * DAY).filter(counts).toArray();
  return alertsByCommunity(recent, terms, (community) => communityDays(db, community), { now });
}
