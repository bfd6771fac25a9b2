export * from './platform-service.js';
