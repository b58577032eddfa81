import { en, type Catalogue } from './en';

export const pt: Catalogue = { ...en };
