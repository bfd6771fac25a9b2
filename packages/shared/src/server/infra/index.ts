export * from './env.js';
export * from './health.js';
export * from './logger.js';
export * from './mailer.js';
export * from './org-event-bus.js';
export * from './queues.js';
export * from './redis.js';
