import { z } from 'zod';

/**
 * The variables the db package's own commands read (migrate, seed, tests), parsed once. The apps
 * parse theirs in apps/*\/src/env.ts; library code takes what it needs as parameters.
 */
const ZDbEnv = z.object({
  NODE_ENV: z.string().default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
    .default('postgresql://postgres:postgres@127.0.0.1:5432/stayzr'),
  /** Server on which tests create their throwaway databases; defaults to DATABASE_URL's server. */
  TEST_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
    .optional(),
  APP_ENCRYPTION_KEY: z.string().min(16).optional(),
  /** Redis the integration tests use (each file under its own key prefix). */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .default('redis://127.0.0.1:6379'),
  DEBUG: z.string().optional(),
});

export type DbEnv = z.infer<typeof ZDbEnv>;

let parsed: DbEnv | undefined;

export function dbEnv(): DbEnv {
  if (!parsed) {
    const source = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ''));
    const result = ZDbEnv.safeParse(source);
    if (!result.success) {
      const problems = result.error.issues
        .map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`)
        .join('\n');
      throw new Error(`Invalid environment:\n${problems}`);
    }
    parsed = result.data;
  }
  return parsed;
}
