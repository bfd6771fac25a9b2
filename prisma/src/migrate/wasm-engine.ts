import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { MigrationAdapterFactory } from './adapter-factory.js';
import { installCharOidPatch } from './pg-char-patch.js';

export type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';

// Neither lib ES2023 nor @types/node 20 declare WebAssembly; this is the slice we use.
interface WasmInstance {
  exports: Record<string, unknown>;
}
interface WasmApi {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, Record<string, unknown>>,
  ): Promise<{ instance: WasmInstance }>;
}
const { WebAssembly: wasmApi } = globalThis as unknown as { WebAssembly: WasmApi };

type Glue = typeof glue;
type TimeoutFn = (callback: () => void, ms: number) => ReturnType<typeof setTimeout>;

/**
 * W5: the engine arms ~10 s timeouts (deadlines, never cleared) through this import. Unref'd, they
 * no longer keep a finished process (CLI, test worker, harness setup) alive; any real pending work
 * still holds a socket, so nothing is cut short.
 */
function importsWithUnrefTimers(bindings: Glue): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...bindings };
  for (const [name, fn] of Object.entries(imports)) {
    if (!name.startsWith('__wbg_setTimeout_') || typeof fn !== 'function') continue;
    const setTimer = fn as TimeoutFn;
    imports[name] = (callback: () => void, ms: number) => {
      const timer = setTimer(callback, ms);
      timer.unref?.();
      return timer;
    };
  }
  return imports;
}

/**
 * W2: Node 20 cannot `import` a .wasm file, so instantiate the bytes next to the JS glue ourselves.
 * The glue holds a single module-level instance, so this runs once per process; every engine after
 * the first one only pays for `SchemaEngine.new`.
 */
async function instantiateEngineWasm(): Promise<void> {
  const gluePath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
  const { instance } = await wasmApi.instantiate(bytes, {
    './schema_engine_bg.js': importsWithUnrefTimers(glue),
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
}

let wasmReady: Promise<void> | undefined;

function ensureWasm(): Promise<void> {
  wasmReady ??= instantiateEngineWasm().catch((error: unknown) => {
    wasmReady = undefined; // let a later call retry instead of caching the failure
    throw error;
  });
  return wasmReady;
}

export interface EngineOptions {
  factory: MigrationAdapterFactory;
  /** [path, content] of the Prisma schema; only needed by commands that compare against it. */
  schema?: { path: string; content: string };
  onLog?: (jsonLine: string) => void;
}

export async function createEngine(options: EngineOptions): Promise<glue.SchemaEngine> {
  installCharOidPatch();
  await ensureWasm();
  const datamodels: [string, string][] | undefined = options.schema
    ? [[options.schema.path, options.schema.content]]
    : undefined;
  const onLog = options.onLog ?? (() => {});
  // A raw factory fails inside the engine (`externalPool` of null): it must be error-capturing.
  return glue.SchemaEngine.new({ datamodels }, onLog, bindMigrationAwareSqlAdapterFactory(options.factory));
}
