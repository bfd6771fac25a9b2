export * from './team-service.js';
