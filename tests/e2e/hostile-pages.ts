/** Hacker News pages built to attack a reader: markup in text, scripts, huge strings, deep threads, broken HTML. */
import { HOSTILE_TEXTS } from '../../lib/cli/hostile-texts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface HostileComment {
  author: string;
  /** raw HTML placed inside the comment body (the page's own markup, hostile or not) */
  html: string;
  indent?: number;
}

export function hnPage(storyId: number, comments: HostileComment[], extraBody = ''): { url: string; html: string } {
  const rows = comments.map((c, i) => {
    const id = storyId + i + 1;
    return `<tr class="athing comtr" id="${id}"><td><table border="0"><tr><td class="ind" indent="${c.indent ?? 0}"></td><td class="default"><div><span class="comhead"><a href="user?id=${encodeURIComponent(c.author)}" class="hnuser">${c.author}</a> <span class="age" title="2024-05-01T18:00:00 1714586400"><a href="item?id=${id}">1 hour ago</a></span></span></div><div class="comment"><div class="commtext c00">${c.html}</div></div></td></tr></table></td></tr>`;
  });
  const html = `<html lang="en"><head><title>Hostile | Hacker News</title></head><body><table id="hnmain"><tr><td>
<table class="fatitem"><tr class="athing submission" id="${storyId}"><td class="title"><span class="titleline"><a href="https://example.com/">Hostile thread ${storyId}</a></span></td></tr>
<tr><td colspan="2"></td><td class="subtext"><span class="score">1 point</span> by <a href="user?id=op" class="hnuser">op</a></td></tr></table>
<table class="comment-tree">${rows.join('\n')}</table></td></tr></table>${extraBody}</body></html>`;
  return { url: `https://news.ycombinator.com/item?id=${storyId}`, html };
}

/** The attack set; `pwned` is what a successful injection would set on `window`. */
export function hostilePages(): { name: string; url: string; html: string; posts: number }[] {
  const markup: HostileComment[] = [
    { author: 'mallory', html: esc('<img src=x onerror="window.pwned=1">') + ' shown as text' },
    { author: esc('<b onmouseover="window.pwned=2">eve</b>'), html: 'author name carrying markup' },
    { author: 'trudy', html: '<a href="javascript:window.pwned=3">click me</a> and ' + esc('<script>window.pwned=4</script>') },
    { author: 'oscar', html: esc('"><svg onload=window.pwned=5>') + ' {{constructor.constructor("window.pwned=6")()}}' },
    { author: 'walter', html: 'text with a real <script>/* page script */</script>script element and <style>body{}</style> style' },
  ];
  const huge = 'A'.repeat(1_000_000) + ' end';
  return [
    { name: 'markup, scripts and javascript: links in text and names', ...hnPage(9_300_000, markup), posts: 6 },
    { name: 'a 1 MB comment', ...hnPage(9_310_000, [{ author: 'bigmouth', html: huge }, { author: 'after', html: 'still read after the huge one' }]), posts: 3 },
    {
      // Each once stalled a regular expression for seconds to minutes ("a@" repeated: cubic), inside the write.
      name: 'seventeen pathological texts of 20,000 characters among ordinary comments',
      ...hnPage(9_340_000, [
        ...HOSTILE_TEXTS.map((t, i) => ({ author: `p${i}`, html: esc(t) })),
        ...Array.from({ length: 20 }, (_, i) => ({ author: `n${i}`, html: `ordinary comment ${i}, thanks for sharing this` })),
      ]),
      posts: 38,
    },
    {
      name: '10,000 comments nested one inside the other',
      ...hnPage(9_320_000, Array.from({ length: 10_000 }, (_, i) => ({ author: `d${i % 50}`, html: `depth ${i} reply`, indent: i }))),
      posts: 10_001,
    },
    {
      name: 'malformed HTML',
      url: 'https://news.ycombinator.com/item?id=9330000',
      html: `<html><body><table><tr class="athing submission" id="9330000"><td class="title"><span class="titleline"><a href="x">Broken <b>page</a></span>
<tr><td class="subtext"><a class="hnuser">op</a>
<table class="comment-tree"><tr class="athing comtr" id="9330001"><td><td class="ind" indent="x"><td class="default"><span class="comhead"><a class="hnuser">ok1</a></span><div class="comment"><div class="commtext c00">unclosed <i>italic <b>bold <p>para
<tr class="athing comtr" id="9330002"><td class="ind" indent="-5"><a class="hnuser">ok2</a><div class="commtext">negative indent</div>
<tr class="athing comtr" id=""><td><a class="hnuser">noid</a><div class="commtext">no id at all</div>
<tr class="athing comtr" id="9330003"><td><div class="commtext">no author</div>
</table`,
      posts: 3,
    },
  ];
}

/** A page that never stops mutating, to check the extension keeps it responsive. */
export function churningPage(storyId: number): { url: string; html: string } {
  const script = `<script>
    const tree = document.querySelector('.comment-tree tbody') || document.querySelector('.comment-tree');
    let n = 0;
    setInterval(() => {
      for (let i = 0; i < 20; i++) {
        const junk = document.createElement('div');
        junk.textContent = 'churn ' + n++;
        document.body.appendChild(junk);
        if (document.body.childElementCount > 400) document.body.firstElementChild.nextElementSibling.remove();
      }
      const row = document.createElement('tr');
      const id = ${storyId} + 1000 + (n % 50000);
      row.className = 'athing comtr';
      row.id = String(id);
      row.innerHTML = '<td><table><tr><td class="ind" indent="0"></td><td class="default"><span class="comhead"><a class="hnuser">churner</a></span><div class="comment"><div class="commtext c00">churn comment ' + n + '</div></div></td></tr></table></td>';
      tree.appendChild(row);
      if (tree.children.length > 300) tree.firstElementChild.remove();
    }, 10);
  </script>`;
  return hnPage(storyId, [{ author: 'calm', html: 'a calm comment before the storm' }], script);
}
