/**
 * Sets a text field's or an editor's content as plain text and tells the page it changed. The value setter of
 * the prototype is used because frameworks (React) track the instance's own; textContent for editors, so page
 * or suggestion text is never parsed as markup.
 */
export function placeText(box: Element, text: string): boolean {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) {
    const proto = box instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    box.focus();
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(box, text);
  } else if (box instanceof HTMLElement && box.isContentEditable) {
    box.focus();
    box.textContent = text;
  } else {
    return false;
  }
  box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return true;
}
