import { AsyncLocalStorage } from 'node:async_hooks';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { type Prisma, PrismaClient } from '../generated/prisma/client.js';
import { inlineParameters, PipelineGrouper, runPipeline, type Statement } from './pipeline.js';
import { platformScopeStatement, tenantScopeStatement } from './queries/scope.js';

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
  'ConversationCounter',
  'AuditLog',
  'KnowledgeArticle',
  'HotelFacts',
  'AiReply',
  'AutomationRule',
  'AutomationRun',
  'CannedResponse',
  'Label',
  'ConversationLabel',
  'EarlyMessageStatus',
  'ApiKey',
  'Notification',
  'UserAlertSettings',
]);

export type Tx = Prisma.TransactionClient;

/**
 * The scope statement of the transaction being opened in this async context. The pool's connections
 * send it in the same round trip as the transaction's BEGIN (one simple-protocol message), and mark it
 * sent; a transaction that finds it unsent runs it as its first statement instead.
 */
interface PendingScope {
  readonly sql: string;
  sent: boolean;
}
const pendingScope = new AsyncLocalStorage<PendingScope>();

type QueryConfigLike = { text?: unknown; values?: unknown[]; name?: unknown };

/** A pool connection that opens a scoped transaction with its scope statement in one round trip. */
class ScopedClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg.Client#query has many overloads; arguments pass through unchanged.
  override query(...args: any[]): any {
    const pending = pendingScope.getStore();
    const config = args[0] as QueryConfigLike | string;
    if (
      pending &&
      !pending.sent &&
      typeof config === 'object' &&
      config !== null &&
      config.text === 'BEGIN' &&
      !config.name &&
      (config.values?.length ?? 0) === 0
    ) {
      pending.sent = true;
      args[0] = { ...config, text: `BEGIN; ${pending.sql}` };
    }
    // biome-ignore lint/suspicious/noExplicitAny: see above.
    return (super.query as (...a: any[]) => any)(...args);
  }
}

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
  /**
   * Called when an idle pooled connection fails (PostgreSQL restarted, the connection was
   * terminated). The pool drops that connection and opens a new one on the next query; without a
   * listener, node-postgres would rethrow the error and end the process.
   */
  onIdleConnectionError?: (error: Error) => void;
}

export interface TransactionOptions {
  isolationLevel?: Prisma.TransactionIsolationLevel;
  timeoutMs?: number;
}

/** Set by Database's static block: the one reader of its private pool (see unscopedPool). */
let poolOf: (db: Database) => pg.Pool;

/**
 * One pool and one Prisma client per process. Tenant data is reachable only through
 * `withTenant` (role stayzr_app + app.organization_id, so RLS applies even when the URL's
 * user is a superuser) or `withPlatform` (role stayzr_platform, BYPASSRLS). A query on a tenant
 * model outside both throws, so a forgotten scope fails loudly instead of running as the owner.
 */
export class Database {
  /**
   * Private: every statement goes through withTenant/withPlatform, a pipeline or a query function, so
   * none runs as the URL's owner by accident. Tests and the bench reach it through unscopedPool().
   */
  private readonly pool: pg.Pool;
  readonly client: PrismaClient;
  private readonly scope = new AsyncLocalStorage<Scope>();
  private readonly grouper = new PipelineGrouper((organizationId, statements) =>
    this.runTenantPipeline(organizationId, statements),
  );
  private readonly transactionTimeoutMs: number;

  static {
    poolOf = (db) => db.pool;
  }

  constructor(options: CreateDbOptions) {
    this.pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.max ?? 10,
      Client: ScopedClient,
    });
    const onIdleError =
      options.onIdleConnectionError ??
      ((error: Error) => console.error(`idle PostgreSQL connection lost: ${error.message}`));
    this.pool.on('error', onIdleError);
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
    return this.scoped(
      inlineParameters(tenantScopeStatement(organizationId)),
      { kind: 'tenant', organizationId },
      fn,
      options,
    );
  }

  /** Platform-wide queries (super admin lists, authentication, inbound routing by channel). */
  withPlatform<T>(fn: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T> {
    return this.scoped(inlineParameters(platformScopeStatement()), { kind: 'platform' }, fn, options);
  }

  /**
   * `statement` is the scope with its values inlined: it rides on BEGIN in one simple-protocol message,
   * which takes no parameters (see inlineParameters).
   */
  private scoped<T>(
    statement: string,
    scope: Scope,
    fn: (tx: Tx) => Promise<T>,
    options: TransactionOptions | undefined,
  ): Promise<T> {
    // SET TRANSACTION (isolation level) must come before any other statement: no sending with BEGIN then.
    const pending: PendingScope = { sql: statement, sent: Boolean(options?.isolationLevel) };
    const sentWithBegin = !pending.sent;
    return pendingScope.run(pending, () =>
      this.client.$transaction(async (tx) => {
        if (!(sentWithBegin && pending.sent)) await tx.$executeRawUnsafe(statement);
        // Prisma promises are lazy: await inside run() so the query starts within the scope.
        return this.scope.run(scope, async () => await fn(tx));
      }, this.txOptions(options)),
    );
  }

  /**
   * Statements in a tenant transaction of their own, sent in one write after the scope statement and
   * answered in one (see runPipeline): committed together, or all rolled back when one fails. A row
   * lock they take is never held while PostgreSQL waits for this process. Later statements see the
   * earlier ones' writes; they cannot use their results as parameters. The rows of each, in order.
   */
  async runTenantPipeline(
    organizationId: string,
    statements: readonly Statement[],
  ): Promise<pg.QueryResultRow[][]> {
    if (!isUuid(organizationId)) throw new InvalidOrganizationIdError(organizationId);
    const [, ...results] = await runPipeline(this.pool, [
      tenantScopeStatement(organizationId),
      ...statements,
    ]);
    return results;
  }

  /**
   * runTenantPipeline, grouped with the organization's other grouped pipelines of the moment into one
   * transaction (see PipelineGrouper): for small writes that are safe to run again after a rollback.
   */
  runGroupedTenantPipeline(
    organizationId: string,
    statements: readonly Statement[],
  ): Promise<pg.QueryResultRow[][]> {
    if (!isUuid(organizationId)) return Promise.reject(new InvalidOrganizationIdError(organizationId));
    return this.grouper.enqueue(organizationId, statements);
  }

  /**
   * `statement` in one simple-protocol message after the platform scope: one round trip that PostgreSQL
   * runs as one implicit transaction, so the role ends with it. For a hot read that would otherwise take
   * BEGIN, scope, select and COMMIT (the session lookup). Its parameters are inlined (inlineParameters
   * accepts only plain tokens such as uuids and hex digests). The statement's rows.
   */
  async runPlatformStatementInOneMessage(statement: Statement): Promise<pg.QueryResultRow[]> {
    const results = (await this.pool.query(
      `${inlineParameters(platformScopeStatement())};\n${inlineParameters(statement)}`,
    )) as unknown as pg.QueryResult[];
    return results[1]?.rows ?? [];
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

/**
 * The pool behind `db`, unscoped (statements run as the URL's user): for test helpers and the bench
 * harness only (fixtures, probes, captured SQL). Exported through `@stayzr/db/testing`, never the root.
 */
export function unscopedPool(db: Database): pg.Pool {
  return poolOf(db);
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
