import { bluesky } from './bluesky';
import { discourse } from './discourse';
import { facebook } from './facebook';
import { generic } from './generic';
import { hackernews } from './hackernews';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import type { Reader } from './reader';
import { reddit } from './reddit';
import { threads } from './threads';
import { reddit2019 } from './reddit-2019';
import { redditOld } from './reddit-old';
import { x } from './x';
import { youtube } from './youtube';

/**
 * Every reader, most specific first: URL-bound readers before markup-recognised ones, the generic reader last.
 * Adding a platform: one reader file, one fixture, one line here.
 */
export const readers: Reader[] = [hackernews, x, redditOld, reddit2019, reddit, youtube, bluesky, facebook, instagram, threads, linkedin, mastodon, discourse, generic];

/** The reader for a page: by URL for the platforms' own hosts, by markup for software on any domain. */
export function pickReader(url: URL, doc: Document, opts: { generic?: boolean } = {}): Reader | undefined {
  // the generic reader understands any page; callers that must not read unknown sites pass generic: false
  return readers.find((r) => (opts.generic === false && r.id === 'generic' ? false : r.detect(url, doc)));
}

/** Host match patterns of the supported platforms, for the manifest's content script and host permissions. */
export const supportedMatches: string[] = [...new Set(readers.flatMap((r) => r.matches))];
