/** Query parameters that only track the visitor; they must not split one page into several. */
const TRACKING = /^(utm_|fbclid$|gclid$|igshid$|si$|ref_src$|ref$|s$|t$|__cft__|__tn__)/;

/** The key a page's posts are grouped under: its URL without fragment and tracking parameters. */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const name of [...u.searchParams.keys()]) if (TRACKING.test(name)) u.searchParams.delete(name);
    u.searchParams.sort();
    return u.href;
  } catch {
    return url;
  }
}
