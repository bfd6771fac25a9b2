export * from './plans.js';
export * from './schemas.js';
export * from './types.js';
