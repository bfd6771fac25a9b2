export * from './notification-service.js';
