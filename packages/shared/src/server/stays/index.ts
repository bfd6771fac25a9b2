export * from './stay-service.js';
