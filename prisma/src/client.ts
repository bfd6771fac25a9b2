import { AsyncLocalStorage } from 'node:async_hooks';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { type Prisma, PrismaClient } from '../generated/prisma/client.js';

/** Models whose rows belong to one organization and are protected by row-level security. */
export const TENANT_MODELS: ReadonlySet<string> = new Set([
  'Organization',
  'Property',
  'User',
  'UserProperty',
  'Invitation',
  'Guest',
  'Stay',
  'ChannelAccount',
  'Conversation',
  'ConversationRead',
  'Message',
  'Attachment',
  'WhatsappAuthKey',
  'UsageCounter',
  'AuditLog',
  'KnowledgeArticle',
  'AutomationRule',
  'AutomationRun',
  'CannedResponse',
  'ApiKey',
  'Notification',
]);

export type Tx = Prisma.TransactionClient;

type Scope = { kind: 'tenant'; organizationId: string } | { kind: 'platform' };

export class TenantScopeError extends Error {
  constructor(model: string, operation: string) {
    super(
      `${model}.${operation} ran outside withTenant()/withPlatform(): tenant data must go through a scoped transaction`,
    );
    this.name = 'TenantScopeError';
  }
}

export class InvalidOrganizationIdError extends Error {
  constructor(value: string) {
    super(`not an organization id: ${JSON.stringify(value).slice(0, 60)}`);
    this.name = 'InvalidOrganizationIdError';
  }
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID_RE.test(value);

export interface CreateDbOptions {
  connectionString: string;
  /** Pool size; the server and worker each hold one pool. */
  max?: number;
  /** Milliseconds a scoped transaction may run before Prisma aborts it. */
  transactionTimeoutMs?: number;
}

export interface TransactionOptions {
  isolationLevel?: Prisma.TransactionIsolationLevel;
  timeoutMs?: number;
}

/**
 * One pool and one Prisma client per process. Tenant data is reachable only through
 * `withTenant` (role stayzr_app + app.organization_id, so RLS applies even when the URL's
 * user is a superuser) or `withPlatform` (role stayzr_platform, BYPASSRLS). A query on a tenant
 * model outside both throws, so a forgotten scope fails loudly instead of running as the owner.
 */
export class Database {
  readonly pool: pg.Pool;
  readonly client: PrismaClient;
  private readonly scope = new AsyncLocalStorage<Scope>();
  private readonly transactionTimeoutMs: number;

  constructor(options: CreateDbOptions) {
    this.pool = new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10 });
    this.transactionTimeoutMs = options.transactionTimeoutMs ?? 15_000;
    const scope = this.scope;
    const base = new PrismaClient({ adapter: new PrismaPg(this.pool) });
    // Query extensions do not change result types, so the extended client keeps PrismaClient's type.
    this.client = base.$extends({
      query: {
        $allModels: {
          $allOperations({ model, operation, args, query }) {
            if (TENANT_MODELS.has(model) && !scope.getStore()) throw new TenantScopeError(model, operation);
            return query(args);
          },
        },
      },
    }) as unknown as PrismaClient;
  }

  /** Runs `fn` in one transaction that sees only `organizationId`'s rows. */
  withTenant<T>(
    organizationId: string,
    fn: (tx: Tx) => Promise<T>,
    options?: TransactionOptions,
  ): Promise<T> {
    if (!isUuid(organizationId)) return Promise.reject(new InvalidOrganizationIdError(organizationId));
    return this.client.$transaction(async (tx) => {
      await tx.$queryRaw`select set_config('role', 'stayzr_app', true), set_config('app.organization_id', ${organizationId}, true)`;
      // Prisma promises are lazy: await inside run() so the query starts within the scope.
      return this.scope.run({ kind: 'tenant', organizationId }, async () => await fn(tx));
    }, this.txOptions(options));
  }

  /** Platform-wide queries (super admin lists, authentication, inbound routing by channel). */
  withPlatform<T>(fn: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T> {
    return this.client.$transaction(async (tx) => {
      await tx.$queryRaw`select set_config('role', 'stayzr_platform', true), set_config('app.organization_id', '', true)`;
      return this.scope.run({ kind: 'platform' }, async () => await fn(tx));
    }, this.txOptions(options));
  }

  /** The organization of the innermost withTenant() call, if any. */
  currentOrganizationId(): string | null {
    const current = this.scope.getStore();
    return current?.kind === 'tenant' ? current.organizationId : null;
  }

  async ping(): Promise<void> {
    await this.pool.query('select 1');
  }

  async close(): Promise<void> {
    await this.client.$disconnect();
    if (!this.pool.ended) await this.pool.end();
  }

  private txOptions(options?: TransactionOptions) {
    return {
      timeout: options?.timeoutMs ?? this.transactionTimeoutMs,
      maxWait: 5_000,
      ...(options?.isolationLevel ? { isolationLevel: options.isolationLevel } : {}),
    };
  }
}

export function createDb(options: CreateDbOptions): Database {
  return new Database(options);
}

/** Masks the password of a connection URL, for logs and error messages. */
export function maskDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<invalid database URL>';
  }
}
