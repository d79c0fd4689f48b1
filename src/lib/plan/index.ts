export * from './types';
export * from './select';
export * from './progress';
export * from './storage';
export * from './transfer';
