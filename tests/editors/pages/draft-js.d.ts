// The few parts of Draft.js (which ships Flow types, not TypeScript) that the X fixture uses.
declare module 'draft-js' {
  import type { ComponentType } from 'react';
  export interface ContentState {
    getPlainText(delimiter?: string): string;
  }
  export class EditorState {
    static createEmpty(): EditorState;
    getCurrentContent(): ContentState;
  }
  export const Editor: ComponentType<{
    editorState: EditorState;
    onChange(state: EditorState): void;
    placeholder?: string;
    webDriverTestID?: string;
    ariaLabel?: string;
    spellCheck?: boolean;
  }>;
}
