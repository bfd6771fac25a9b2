export * from './alerts.js';
export * from './auth.js';
export * from './canned-variables.js';
export * from './inbox.js';
export * from './knowledge.js';
export * from './platform.js';
export * from './team.js';
export * from './text.js';
