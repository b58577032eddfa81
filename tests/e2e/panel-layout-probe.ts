/**
 * What a person would see wrong in the panel at its width, read in the panel's own document: run it with the
 * page's evaluate (Playwright in Chromium, Puppeteer in Firefox). Self-contained: it is sent to the page as text.
 * Answers one sentence per problem; none when the view fits.
 */
export function panelLayoutProblems(view: string): string[] {
  const problems: string[] = [];
  const tabs = [...document.querySelectorAll<HTMLElement>('[role="tab"]')];
  const rows = new Set(tabs.map((t) => Math.round(t.getBoundingClientRect().top))).size;
  if (rows !== 1) problems.push(`${view}: the tabs take ${rows} rows`);
  const cut = tabs.filter((t) => [...t.querySelectorAll('span')].some((s) => s.scrollWidth > s.clientWidth)).map((t) => t.textContent);
  if (cut.length) problems.push(`${view}: cut labels ${cut.join(', ')}`);
  const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  if (overflow > 0) problems.push(`${view}: ${overflow} px wider than the panel`);
  // a label's word laid out on two lines ("Spracherken" / "nung", no hyphen) reads as two words: the panel's own
  // labels (figure names, column heads, headings), not the page's text, which may hold a URL too long for any line
  const broken = new Set<string>();
  for (const label of document.querySelectorAll<HTMLElement>('[role="tabpanel"] :is(dt, th[scope="col"], h2, h3)')) {
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
      for (const m of text.data.matchAll(/\S+/g)) {
        const r = document.createRange();
        r.setStart(text, m.index);
        r.setEnd(text, m.index + m[0].length);
        if (new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size > 1) broken.add(m[0]);
      }
    }
  }
  if (broken.size) problems.push(`${view}: words broken inside ${[...broken].join(', ')}`);
  return problems;
}
