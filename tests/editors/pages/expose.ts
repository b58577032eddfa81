// What the tests read: the editor's own state (not the DOM), as plain text.
declare global {
  interface Window {
    __editorText?: () => string;
  }
}

export function expose(text: () => string): void {
  window.__editorText = text;
  document.documentElement.dataset.editorReady = '';
}
