/** Hacker News item pages in HN's real markup with the comments a journey needs (invented people and text). */
export interface Comment {
  user: string;
  text: string;
  indent?: number;
}

/**
 * `at`: the story's time in Unix seconds (default 2024-05-01 17:00 UTC); each comment is an hour later. `points` and
 * `commentCount`: the story's counts as shown (default 120, and the comments listed), so a page read again can show more.
 */
export function hnPage(storyId: number, title: string, comments: Comment[], opts: { composer?: boolean; at?: number; points?: number; commentCount?: number } = {}): { url: string; html: string } {
  const at = opts.at ?? 1714582800;
  const iso = (s: number) => new Date(s * 1000).toISOString().slice(0, 19);
  const url = `https://news.ycombinator.com/item?id=${storyId}`;
  const rows = comments.map((c, i) => {
    const id = storyId + i + 1;
    const indent = c.indent ?? 0;
    return (
      `<tr class="athing comtr" id="${id}"><td><table border="0"><tr><td class="ind" indent="${indent}"><img src="s.gif" height="1" width="${indent * 40}"></td>` +
      `<td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=${c.user}" class="hnuser">${c.user}</a> ` +
      `<span class="age" title="${iso(at + 3600)} ${at + 3600}"><a href="item?id=${id}">1 hour ago</a></span></span></div><br>` +
      `<div class="comment"><div class="commtext c00">${c.text}</div>` +
      `<div class="reply"><p><font size="1"><u><a href="reply?id=${id}">reply</a></u></font></p></div></div></td></tr></table></td></tr>`
    );
  });
  const composer = opts.composer
    ? `<tr><td colspan="2"></td><td><form action="comment" method="post"><input type="hidden" name="parent" value="${storyId}"><textarea name="text" rows="8" cols="80" wrap="virtual"></textarea><br><br><input type="submit" value="add comment"></form></td></tr>`
    : '';
  const html = `<html lang="en" op="item"><head><title>${title} | Hacker News</title></head><body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">
<tr><td><table class="fatitem" border="0"><tr class="athing submission" id="${storyId}"><td class="title"><span class="titleline"><a href="https://example.com/">${title}</a></span></td></tr>
<tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score" id="score_${storyId}">${opts.points ?? 120} points</span> by <a href="user?id=op" class="hnuser">op</a> <span class="age" title="${iso(at)} ${at}"><a href="item?id=${storyId}">2 hours ago</a></span> | <a href="item?id=${storyId}">${opts.commentCount ?? comments.length}&nbsp;comments</a></span></td></tr>
${composer}</table><br>
<table border="0" class="comment-tree">${rows.join('\n')}</table></td></tr></table></center></body></html>`;
  return { url, html };
}

/** Friendly small talk: the filler of a long thread, so jumping to a post needs scrolling. */
export const FILLER = [
  'Nice write-up, I enjoyed reading it.',
  'We tried something similar last year.',
  'Interesting, thanks for posting.',
  'The second chart is the most useful part.',
];
