export * from './post';
export * from './analysis';
export * from './stored';
export * from './settings';
