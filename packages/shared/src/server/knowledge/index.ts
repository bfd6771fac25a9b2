export * from './facts.js';
export * from './import.js';
export * from './knowledge-service.js';
