/**
 * Sites as the browser's permissions name them. Shared by the worker, which registers the reader for the sites a
 * person trusts (lib/worker/site-access.ts), and the panel, which asks for them (components/services/site-access.ts).
 */

/** The content script WXT builds from entrypoints/reader.content.ts. */
export const READER_FILE = 'content-scripts/reader.js';

/** The origin pattern of a page's site (`https://forum.example.org/*`); undefined for pages that are not http(s). */
export function sitePattern(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return undefined;
  }
}

/** The sites read by themselves: granted origins of single hosts, beside the manifest's own (`own`). */
export function trustedSites(granted: string[], own: string[]): string[] {
  const mine = new Set(own);
  return granted.filter((o) => !mine.has(o) && /^https?:\/\/[^*/]+\/\*$/.test(o)).sort();
}

/** A manifest's own host patterns (MV3 `host_permissions`, MV2 `permissions`). */
export function manifestHosts(manifest: { host_permissions?: string[]; permissions?: string[] }): string[] {
  return [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? []).filter((p) => p.includes('://'))];
}
