export * from './invitation-mail.js';
export * from './team-service.js';
