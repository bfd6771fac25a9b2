import type { TestProject } from 'vitest/node';
import { quoteIdent } from '../../prisma/src/migrate/database-url.js';
import { migrateDeploy } from '../../prisma/src/migrate/runner.js';
import type {} from '../../prisma/src/testing/provided-context.js';
import {
  databaseUrlFor,
  dropDatabase,
  dropOrphanTestDatabases,
  testDatabaseName,
  withAdminClient,
} from '../../prisma/src/testing/test-database.js';

/** Migrates one template database per run; every integration test file clones it (CREATE DATABASE … TEMPLATE). */
export default async function setup(project: TestProject) {
  await dropOrphanTestDatabases();
  const template = testDatabaseName('template');
  await withAdminClient((client) => client.query(`CREATE DATABASE ${quoteIdent(template)}`));
  await migrateDeploy({ databaseUrl: databaseUrlFor(template), log: () => {} });
  project.provide('templateDatabase', template);
  return async () => {
    await dropDatabase(template);
  };
}
