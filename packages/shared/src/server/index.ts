// Node-only entry: never imported by apps/web. One folder per domain; each has its own entry
// (`@stayzr/shared/server/<domain>`) for consumers that need only that one.

export * from './ai/index.js';
export * from './alerts/index.js';
export * from './auth/index.js';
export * from './billing/index.js';
export * from './channels/index.js';
export * from './conversations/index.js';
export * from './guests/index.js';
export * from './infra/index.js';
export * from './kernel/index.js';
export * from './knowledge/index.js';
export * from './messaging/index.js';
export * from './notifications/index.js';
export * from './platform/index.js';
export * from './stays/index.js';
export * from './team/index.js';
