export * from './guest-identity.js';
export * from './guest-service.js';
