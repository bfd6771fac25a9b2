// Type-only: what scripts/vitest/global-setup.ts provides to integration test files.
declare module 'vitest' {
  export interface ProvidedContext {
    /** Name of the migrated template database built once per test run. */
    templateDatabase: string;
  }
}

export {};
