import { z } from 'zod';
import { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../client.js';
import { checkOptionalRow } from './rows.js';

/**
 * The tables an id probe may look in, by entity. Table names cannot be parameters: each is SQL text
 * from this fixed list, never from input.
 */
const PROBE_TABLES = {
  user: Prisma.raw('"users"'),
  invitation: Prisma.raw('"invitations"'),
  guest: Prisma.raw('"guests"'),
  stay: Prisma.raw('"stays"'),
  conversation: Prisma.raw('"conversations"'),
  message: Prisma.raw('"messages"'),
  channel_account: Prisma.raw('"channel_accounts"'),
  canned_response: Prisma.raw('"canned_responses"'),
  label: Prisma.raw('"labels"'),
  knowledge_article: Prisma.raw('"knowledge_articles"'),
  ai_reply: Prisma.raw('"ai_replies"'),
  automation_rule: Prisma.raw('"automation_rules"'),
  api_key: Prisma.raw('"api_keys"'),
  notification: Prisma.raw('"notifications"'),
} as const;

export type ProbeEntity = keyof typeof PROBE_TABLES;

const OwnerRow = z.object({ organization_id: z.string().nullable() });

/**
 * The organization that owns `entity` row `id`, or null when no such row exists. Run under the
 * platform scope (it must see every organization's rows) to tell a cross-tenant probe from a miss.
 */
export async function findRowOwner(tx: Tx, entity: ProbeEntity, id: string): Promise<string | null> {
  const rows =
    await tx.$queryRaw`select organization_id::text from ${PROBE_TABLES[entity]} where id = ${id}::uuid`;
  return checkOptionalRow('row owner', OwnerRow, rows as unknown[])?.organization_id ?? null;
}
