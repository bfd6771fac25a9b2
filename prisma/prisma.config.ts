import { defineConfig } from 'prisma/config';

// process.env rather than env(): env() throws while the config loads when DATABASE_URL is
// unset, which would break `prisma generate` in builds that have no database.
export default defineConfig({
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres:postgres@127.0.0.1:5432/stayzr' },
});
