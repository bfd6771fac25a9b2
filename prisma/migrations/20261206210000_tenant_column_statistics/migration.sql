-- Fewer most-common values for organization_id on the tables every message touches. With the default
-- (100) and up to 100 hotels, the list holds every hotel, so a hotel created after the last ANALYZE
-- is estimated at zero rows: its lookups then take the hotel-wide index (all its guests, all its
-- conversations) over the exact one (phone number, primary key), and get slower with every message
-- until autovacuum analyzes the table again. With 10 entries only the largest hotels are listed and
-- any other is estimated at the average hotel's size, which is what a platform of many hotels sees.
ALTER TABLE "guests" ALTER COLUMN "organization_id" SET STATISTICS 10;
ALTER TABLE "conversations" ALTER COLUMN "organization_id" SET STATISTICS 10;
ALTER TABLE "messages" ALTER COLUMN "organization_id" SET STATISTICS 10;
ANALYZE "guests", "conversations", "messages";
