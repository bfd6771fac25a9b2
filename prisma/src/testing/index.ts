export { unscopedPool } from '../client.js';
export { quoteIdent } from '../migrate/database-url.js';
export * from './factories.js';
export * from './processes.js';
export * from './test-database.js';
export * from './vitest-context.js';
