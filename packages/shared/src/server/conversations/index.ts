export * from './canned-response-service.js';
export * from './conversation-service.js';
export * from './label-service.js';
export * from './snooze-waker.js';
export * from './typing-service.js';
