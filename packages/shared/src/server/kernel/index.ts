export * from './audit.js';
export * from './audit-service.js';
export * from './base-authenticated-service.js';
export * from './maintenance.js';
export * from './pagination.js';
export * from './service-deps.js';
export * from './tenant-context.js';
