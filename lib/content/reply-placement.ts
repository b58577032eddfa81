/**
 * Puts a reply into a page's reply box the way typing would, so the site's editor takes it as its own input.
 *
 * Rich editors (Draft.js on X, Lexical on Facebook and Threads, ProseMirror on Discourse and Bluesky) keep the text in
 * their own state and redraw the DOM from it: text written into the DOM behind their back is ignored or overwritten,
 * and their undo history never hears of it. So the editor is focused, the caret put after its last character, and the
 * text goes in the way a typed character does: first the `textInput` event (React's `beforeinput`, which Draft.js
 * handles), then, unless an editor took it there, the browser's own editing command, which sends the `beforeinput` /
 * `input` events Lexical and ProseMirror handle and makes one undo step. Plain fields take the value through the
 * prototype's setter (frameworks such as React track the instance's own) and an input event. Text only, never
 * markup; nothing is sent.
 */

/** The element that takes the text: the field itself, the editing host around it, or the one inside a wrapper. */
export function editableOf(box: Element): HTMLTextAreaElement | HTMLInputElement | HTMLElement | null {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) return box;
  if (box instanceof HTMLElement && box.isContentEditable) {
    let host = box;
    while (host.parentElement?.isContentEditable) host = host.parentElement;
    return host;
  }
  const inner = box.querySelector('textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]');
  return inner && inner !== box ? editableOf(inner) : null;
}

/** Places `text` in the reply box; false when there is nothing editable there or the text did not appear in it. */
export async function placeReplyText(box: Element, text: string): Promise<boolean> {
  const target = editableOf(box);
  if (!target) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) {
    const proto = target instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    target.focus();
    const before = target.value.trim() ? target.value : '';
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(target, `${before}${separator(before)}${text}`);
    target.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return true;
  }
  target.focus();
  await caretAtEnd(target);
  const insert = `${separator(target.textContent ?? '')}${text}`;
  // Deprecated, yet still the one way to edit as the person does: trusted beforeinput/input events and an undo step.
  // Refused (the editor took no caret), the panel copies the reply instead: a write behind the editor's back would
  // be lost or break it.
  if (textInput(target, insert) && !target.ownerDocument.execCommand('insertText', false, insert)) return false;
  return landed(target, text);
}

/**
 * Whether the editor shows the text once it has redrawn (React editors draw in a later task): an editor or a page
 * that swallowed it must not be reported as done, so the panel copies the reply instead. Spaces aside, since editors
 * draw line breaks and runs of spaces their own way.
 */
async function landed(target: HTMLElement, text: string): Promise<boolean> {
  const bare = (s: string) => s.replace(/\s+/gu, '');
  const want = bare(text);
  for (const wait of [0, 20, 50, 100, 200]) {
    await new Promise((r) => setTimeout(r, wait));
    if (bare(target.textContent ?? '').includes(want)) return true;
  }
  return false;
}

/** What the person already wrote is kept: the reply goes after it, a space apart. */
function separator(before: string): string {
  return before.trim() && !/\s$/u.test(before) ? ' ' : '';
}

/**
 * The caret goes after the editor's last character, inside its last block: at the editing host's own end it would
 * sit outside the blocks an editor renders. An empty block holds a `<br>`. Resolves once the page has been told of
 * the new selection (editors read it on `selectionchange`), or after a short wait where nothing changed.
 */
function caretAtEnd(host: HTMLElement): Promise<void> {
  const doc = host.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return Promise.resolve();
  const range = doc.createRange();
  const walker = doc.createTreeWalker(host, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    // an editor's own widgets (mentions, embeds) are not where typing goes
    acceptNode: (n) => ((n as Element).getAttribute?.('contenteditable') === 'false' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let last: Node | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeType === Node.TEXT_NODE || n.nodeName === 'BR') last = n;
  if (last?.nodeType === Node.TEXT_NODE) range.setStart(last, (last as Text).length);
  else if (last) range.setStartBefore(last);
  else range.selectNodeContents(host);
  range.collapse(true);
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      // after the page's own selectionchange listeners
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, 50);
    doc.addEventListener('selectionchange', done);
    selection.removeAllRanges();
    selection.addRange(range);
  });
}

/**
 * The event a typed character sends before it is inserted (`textInput`, which React turns into `onBeforeInput`
 * where the browser has it). Draft.js inserts the text into its state there and cancels it: the editing command would change
 * its DOM behind React and break it. False when an editor took the text.
 */
function textInput(target: HTMLElement, text: string): boolean {
  const doc = target.ownerDocument;
  if (!('TextEvent' in doc.defaultView!)) return true;
  const e = doc.createEvent('TextEvent') as Event & { initTextEvent(type: string, bubbles: boolean, cancelable: boolean, view: Window | null, data: string): void };
  e.initTextEvent('textInput', true, true, doc.defaultView, text);
  return target.dispatchEvent(e);
}
