// The comment composer Facebook runs: Lexical with rich text and history, on a div[role=textbox] inside the post.
import { $createParagraphNode, $getRoot, createEditor } from 'lexical';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { expose } from './expose';

const editor = createEditor({ namespace: 'comment', nodes: [HeadingNode, QuoteNode], onError: (e) => console.error(e) });
editor.setRootElement(document.getElementById('composer'));
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
// As Lexical's React composer does: an empty editor holds one empty paragraph, and that first state is not an undo step.
editor.update(() => $getRoot().append($createParagraphNode()), { tag: 'history-merge' });
expose(() => editor.getEditorState().read(() => $getRoot().getTextContent()));
