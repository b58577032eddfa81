import type { Page } from '@playwright/test';

// Rapport's in-page UI lives in closed shadow roots: out of reach of the page, and of Playwright's locators too.
// Tests reach it the way DevTools does (the protocol pierces closed roots) and click it with the real mouse, so
// the click is a person's (isTrusted), as the UI requires.

interface CdpNode {
  backendNodeId: number;
  nodeType: number;
  localName: string;
  nodeValue: string;
  /** name, value, name, value… */
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function* walk(n: CdpNode): Generator<CdpNode> {
  if (n.localName === 'style' || n.localName === 'script') return;
  yield n;
  for (const c of n.shadowRoots ?? []) yield* walk(c);
  for (const c of n.children ?? []) yield* walk(c);
}

/** The content of each host's shadow root, for every element matching `hostSelector`, in page order. */
async function shadowContents(page: Page, hostSelector: string): Promise<CdpNode[][]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: hostSelector });
    const out: CdpNode[][] = [];
    for (const nodeId of nodeIds) {
      const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as unknown as { node: CdpNode };
      out.push((node.shadowRoots ?? []).flatMap((r) => [...walk(r)]));
    }
    return out;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The text shown inside each matching host (closed shadow roots included). */
export async function closedUiText(page: Page, hostSelector: string): Promise<string[]> {
  return (await shadowContents(page, hostSelector)).map((nodes) => nodes.filter((n) => n.nodeType === 3).map((n) => n.nodeValue).join(''));
}

/** Each matching host's elements that carry a title: their text and their title (what a person sees on hover). */
export async function closedUiTitles(page: Page, hostSelector: string): Promise<{ text: string; title: string }[][]> {
  return (await shadowContents(page, hostSelector)).map((nodes) =>
    nodes.flatMap((n) => {
      const at = n.attributes?.indexOf('title') ?? -1;
      if (at < 0 || at % 2) return [];
      const text = [...walk(n)].filter((c) => c.nodeType === 3).map((c) => c.nodeValue).join('');
      return [{ text, title: n.attributes![at + 1]! }];
    }),
  );
}

/** Clicks the button inside a matching host with the mouse, as a person would (waiting up to 15 s for it). */
export async function clickClosedUiButton(page: Page, hostSelector: string, which: 'first' | 'last' = 'first'): Promise<void> {
  const deadline = Date.now() + 15_000;
  let button: CdpNode | undefined;
  for (;;) {
    const hosts = await shadowContents(page, hostSelector);
    button = (which === 'first' ? hosts[0] : hosts.at(-1))?.find((n) => n.localName === 'button');
    if (button) break;
    if (Date.now() > deadline) throw new Error(`No button inside ${hostSelector}.`);
    await page.waitForTimeout(100);
  }
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: button.backendNodeId });
    const { quads } = await cdp.send('DOM.getContentQuads', { backendNodeId: button.backendNodeId });
    const q = quads[0];
    if (!q) throw new Error(`The button inside ${hostSelector} is not shown.`);
    await page.mouse.click((q[0]! + q[4]!) / 2, (q[1]! + q[5]!) / 2);
  } finally {
    await cdp.detach().catch(() => {});
  }
}
