import { negativeSpikes, type SpikeAlert } from '../insights/alerts';
import { counts } from '../insights/posts';
import type { Settings } from '../model/settings';
import type { RapportDB } from './schema';

const DAY = 86_400_000;

/** Watched terms: keywords, brands and competitors alike. */
export const watchedTerms = (s: Settings) => [...s.watchlist, ...s.brands, ...s.competitors];

/** Negative spikes of watched terms over the last eight days of history (index: lastSeen). */
export async function computeAlerts(db: RapportDB, settings: Settings, now = Date.now()): Promise<SpikeAlert[]> {
  const terms = watchedTerms(settings);
  if (terms.length === 0) return [];
  const recent = await db.posts.where('lastSeen').above(now - 8 * DAY).filter(counts).toArray();
  return negativeSpikes(recent, terms, { now });
}
