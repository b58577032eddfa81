import { describe, expect, it } from 'vitest';
import { sitePattern, trustedSites } from '../../../lib/model/site-origin';
import { type ScriptRegistry, syncSiteScripts } from '../../../lib/worker/site-access';

// "Always read this site" (lib/worker/site-access.ts): the granted origins decide which sites have the reader
// registered. Driven here with a registry that records calls, since a browser's permission prompt cannot be
// answered from an automated test (see tests/e2e/site-recipes.spec.ts).

function fakeRegistry(granted: string[], registered: string[] = []): ScriptRegistry & { log: string[]; ids: Set<string> } {
  const ids = new Set(registered);
  const log: string[] = [];
  return {
    log,
    ids,
    own: ['https://news.ycombinator.com/*', 'https://*.reddit.com/*'],
    granted: async () => granted,
    registered: async () => [...ids],
    register: async (id, pattern) => {
      ids.add(id);
      log.push(`+${pattern}`);
    },
    unregister: async (gone) => {
      for (const id of gone) ids.delete(id);
      log.push(`-${gone.join(',')}`);
    },
  };
}

describe('sites read by themselves', () => {
  it('asks for one origin per site: scheme and host, any path', () => {
    expect(sitePattern('https://forum.example.org/t/55?page=2#p3')).toBe('https://forum.example.org/*');
    expect(sitePattern('http://intranet.local:8080/board')).toBe('http://intranet.local/*');
    expect(sitePattern('chrome://extensions/')).toBeUndefined();
    expect(sitePattern('file:///tmp/x.html')).toBeUndefined();
  });

  it('lists granted single-host origins only, not the manifest\'s own hosts nor wide patterns', () => {
    expect(trustedSites(['https://news.ycombinator.com/*', 'https://forum.example.org/*', 'https://*/*', 'https://*.example.com/*'], ['https://news.ycombinator.com/*'])).toEqual(['https://forum.example.org/*']);
  });

  it('registers the reader for a newly granted site, once', async () => {
    const reg = fakeRegistry(['https://news.ycombinator.com/*', 'https://forum.example.org/*']);
    expect(await syncSiteScripts(reg)).toEqual({ added: ['https://forum.example.org/*'], removed: [] });
    expect(await syncSiteScripts(reg)).toEqual({ added: [], removed: [] });
    expect(reg.log).toEqual(['+https://forum.example.org/*']);
  });

  it('unregisters a site whose permission was revoked, and leaves registrations that are not its own alone', async () => {
    const reg = fakeRegistry(['https://b.example/*'], ['rapport-site:https://a.example/*', 'rapport-site:https://b.example/*', 'someone-else']);
    expect(await syncSiteScripts(reg)).toEqual({ added: [], removed: ['https://a.example/*'] });
    expect([...reg.ids].sort()).toEqual(['rapport-site:https://b.example/*', 'someone-else']);
  });
});
