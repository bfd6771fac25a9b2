import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import type {} from './provided-context.js';
import { cloneTestDatabase, type TestDatabase } from './test-database.js';

/** A database of this test file's own, cloned from the migrated template. */
export function createTestDatabase(): Promise<TestDatabase> {
  return cloneTestDatabase(inject('templateDatabase'));
}

/** Redis keys of one test file never collide with another's (BullMQ queues, events, caches). */
export function testRedisPrefix(): string {
  return `stayzr-test-${process.pid}-${randomBytes(3).toString('hex')}`;
}
