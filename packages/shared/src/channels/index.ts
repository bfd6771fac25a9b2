export * from './catalog.js';
export * from './message-length.js';
