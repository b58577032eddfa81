const TEXTS = [
  'This is great work, thank you for sharing it.',
  'I disagree, the benchmark looks wrong to me.',
  'Has anyone tried this on a larger dataset?',
  'Das ist wirklich hilfreich, danke!',
  'Je ne suis pas sûr que ça marche en production.',
];

/**
 * A Hacker News item page with `n` comments in HN's real markup, for tests that need a big thread. Comment i says
 * texts[i % texts.length], then its number unless `numbered` is false; `lang` is the page's declared language.
 */
export function hnThread(storyId: number, n: number, { texts = TEXTS, numbered = true, lang = 'en' as string | undefined } = {}): { url: string; html: string } {
  const url = `https://news.ycombinator.com/item?id=${storyId}`;
  const rows: string[] = [];
  for (let i = 1; i <= n; i++) {
    const id = storyId + i;
    const indent = [0, 1, 2, 1][i % 4]!;
    rows.push(
      `<tr class="athing comtr" id="${id}"><td><table border="0"><tr><td class="ind" indent="${indent}"></td>` +
        `<td class="default"><div><span class="comhead"><a href="user?id=user${i % 97}" class="hnuser">user${i % 97}</a> ` +
        `<span class="age" title="2024-05-01T18:00:00 1714586400"><a href="item?id=${id}">1 hour ago</a></span></span></div>` +
        `<div class="comment"><div class="commtext c00">${texts[i % texts.length]}${numbered ? ` (#${i})` : ''}</div>` +
        `<div class="reply"><p><font size="1"><u><a href="reply?id=${id}">reply</a></u></font></p></div></div></td></tr></table></td></tr>`,
    );
  }
  const html = `<html${lang ? ` lang="${lang}"` : ''}><head><title>Big thread | Hacker News</title></head><body><center><table id="hnmain">
<tr><td><table class="fatitem"><tr class="athing submission" id="${storyId}"><td class="title"><span class="titleline"><a href="https://example.com/">A big thread</a></span></td></tr>
<tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score" id="score_${storyId}">500 points</span> by <a href="user?id=op" class="hnuser">op</a> <span class="age" title="2024-05-01T17:00:00 1714582800"><a href="item?id=${storyId}">2 hours ago</a></span> | <a href="item?id=${storyId}">${n}&nbsp;comments</a></span></td></tr></table>
<table class="comment-tree">${rows.join('\n')}</table></td></tr></table></center></body></html>`;
  return { url, html };
}
