export * from './auth-service.js';
export * from './login-throttle.js';
export * from './passwords.js';
export * from './session-cleanup.js';
export * from './tokens.js';
