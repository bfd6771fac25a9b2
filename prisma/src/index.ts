export * from '../generated/prisma/client.js';
export {
  type CreateDbOptions,
  createDb,
  Database,
  InvalidOrganizationIdError,
  isUuid,
  maskDatabaseUrl,
  TENANT_MODELS,
  TenantScopeError,
  type TransactionOptions,
  type Tx,
} from './client.js';
export const DEFAULT_DATABASE_URL = 'postgresql://postgres:postgres@127.0.0.1:5432/stayzr';
export { uuidv7 } from './ids.js';
export { DEV_ENCRYPTION_KEY, SecretBox } from './secrets.js';
