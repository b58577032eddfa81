import { browser } from 'wxt/browser';
import { manifestHosts, READER_FILE, trustedSites } from '../model/site-origin';

/**
 * "Always read this site": a site the person trusts is read by itself, like the supported platforms. The panel
 * asks the browser for that one origin (an optional host permission, on the person's click); the granted origins
 * are the only record of which sites these are, and the reader is registered as a content script for exactly
 * them. Granting (from the panel) or revoking (from Settings, or from the browser's own extension settings) only
 * changes the permission: the registrations follow it here, at every start and on every change.
 *
 * Chrome (MV3) and Firefox both register with `scripting.registerContentScripts` (persistent across sessions in
 * Chrome); where that API is missing or refuses (older Firefox, MV2), Firefox's `contentScripts.register` is used,
 * which lasts as long as the background page: the sync at every start registers them again.
 */

const ID_PREFIX = 'rapport-site:';

/** This extension's own host patterns. */
export const ownHosts = (): string[] => manifestHosts(browser.runtime.getManifest());

/** What the sync needs of the browser (unit tests pass their own). */
export interface ScriptRegistry {
  granted(): Promise<string[]>;
  /** the manifest's own host patterns (read by the manifest's content script already) */
  own: string[];
  /** ids of the registrations made by `register` */
  registered(): Promise<string[]>;
  register(id: string, pattern: string): Promise<void>;
  unregister(ids: string[]): Promise<void>;
}

/** Registers the reader for every trusted site not registered yet, and unregisters it from the others. */
export async function syncSiteScripts(reg: ScriptRegistry): Promise<{ added: string[]; removed: string[] }> {
  const sites = trustedSites(await reg.granted(), reg.own);
  const want = new Map(sites.map((s) => [ID_PREFIX + s, s]));
  const have = (await reg.registered()).filter((id) => id.startsWith(ID_PREFIX));
  const removed = have.filter((id) => !want.has(id));
  if (removed.length) await reg.unregister(removed);
  const added: string[] = [];
  for (const [id, pattern] of want) {
    if (have.includes(id)) continue;
    await reg.register(id, pattern);
    added.push(pattern);
  }
  return { added, removed: removed.map((id) => id.slice(ID_PREFIX.length)) };
}

type Registration = { unregister(): Promise<void> };
type Scripting = {
  registerContentScripts?(s: { id: string; matches: string[]; js: string[]; runAt: string; persistAcrossSessions?: boolean }[]): Promise<void>;
  getRegisteredContentScripts?(): Promise<{ id: string }[]>;
  unregisterContentScripts?(f: { ids: string[] }): Promise<void>;
};

/** The browser's registry: `scripting` where it works, Firefox's `contentScripts` (kept in memory here) otherwise. */
export function browserRegistry(): ScriptRegistry {
  const scripting = (browser as unknown as { scripting?: Scripting }).scripting;
  const legacy = (browser as unknown as { contentScripts?: { register(o: { matches: string[]; js: { file: string }[]; runAt: string }): Promise<Registration> } }).contentScripts;
  const kept = new Map<string, Registration>();
  const canScript = Boolean(scripting?.registerContentScripts && scripting.getRegisteredContentScripts);
  return {
    granted: async () => (await browser.permissions.getAll()).origins ?? [],
    own: ownHosts(),
    registered: async () => [...(canScript ? (await scripting!.getRegisteredContentScripts!()).map((s) => s.id) : []), ...kept.keys()],
    async register(id, pattern) {
      if (canScript) {
        try {
          await scripting!.registerContentScripts!([{ id, matches: [pattern], js: [READER_FILE], runAt: 'document_idle', persistAcrossSessions: true }]);
          return;
        } catch (e) {
          if (!legacy) throw e;
        }
      }
      if (!legacy) throw new Error('This browser cannot register content scripts.');
      kept.set(id, await legacy.register({ matches: [pattern], js: [{ file: `/${READER_FILE}` }], runAt: 'document_idle' }));
    },
    async unregister(ids) {
      const mine = ids.filter((id) => kept.has(id));
      for (const id of mine) {
        await kept.get(id)!.unregister();
        kept.delete(id);
      }
      const scripted = ids.filter((id) => !mine.includes(id));
      if (scripted.length && canScript) await scripting!.unregisterContentScripts!({ ids: scripted });
    },
  };
}

/** Keeps the registrations in step with the granted origins, from now on. */
export function installSiteAccess(): void {
  const reg = browserRegistry();
  let chain = Promise.resolve();
  // one sync at a time: a grant and a revocation in quick succession are applied in order
  const sync = () => {
    chain = chain.then(() => syncSiteScripts(reg)).then(
      () => {},
      (e: Error) => console.warn(`[rapport] could not update the sites read by themselves: ${e.message}`),
    );
  };
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
}
