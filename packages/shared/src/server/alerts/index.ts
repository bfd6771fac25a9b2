export * from './alert-settings-service.js';
