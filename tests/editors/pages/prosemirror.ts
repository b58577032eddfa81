// Discourse's rich-text composer: ProseMirror with the basic schema, history and its keymaps, in #reply-control.
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from 'prosemirror-schema-basic';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import { expose } from './expose';

const view = new EditorView(document.getElementById('composer')!, {
  state: EditorState.create({ schema, plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)] }),
});
expose(() => view.state.doc.textContent);
