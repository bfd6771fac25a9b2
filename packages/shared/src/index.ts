// Browser-safe entry: nothing here may import node-only modules.
export * from './alerts.js';
export * from './billing/index.js';
export * from './channels/index.js';
export * from './dto.js';
export * from './errors.js';
export * from './events.js';
export * from './health.js';
export * from './schemas/index.js';
