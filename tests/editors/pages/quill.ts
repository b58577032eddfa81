// LinkedIn's comment box: a Quill editor (LinkedIn's `.ql-editor`) with Quill's own history and keyboard modules.
import Quill from 'quill/core';
import { expose } from './expose';

const quill = new Quill('#composer', { placeholder: 'Add a comment…' });
// Quill's document always ends with a line break: the text a person wrote is what comes before it.
expose(() => quill.getText().replace(/\n$/, ''));
