// The reply composer X runs: Draft.js (0.11.7) on React 18, mounted at #composer. X passes `webDriverTestID`,
// which Draft.js writes as data-testid on its contenteditable: that is the `tweetTextarea_0` Rapport looks for.
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState } from 'draft-js';
import { expose } from './expose';

let current = EditorState.createEmpty();

function Composer() {
  const [state, setState] = useState(current);
  current = state;
  return createElement(Editor, {
    editorState: state,
    onChange: (next: EditorState) => {
      current = next;
      setState(next);
    },
    placeholder: 'Post your reply',
    webDriverTestID: 'tweetTextarea_0',
    ariaLabel: 'Post text',
    spellCheck: true,
  });
}

createRoot(document.getElementById('composer')!).render(createElement(Composer));
expose(() => current.getCurrentContent().getPlainText('\n'));
