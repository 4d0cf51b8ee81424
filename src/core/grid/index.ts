export * from './Grid';
export * from './a1';
