import { z } from 'zod';
import type { Database, Tx } from '../client.js';
import { pipelineSql, type Statement } from '../pipeline.js';
import { checkOptionalRow } from './rows.js';

/**
 * Takes the organization's next conversation number (1, 2, 3… per hotel) from its counter row,
 * created on first use. Run it in a transaction of its own where it matters: the row stays locked
 * until commit, so a transaction that goes on to write the conversation would make the hotel's other
 * new conversations wait for it. A number taken by a transaction that then rolls back leaves a gap.
 */
function conversationNumberStatement(organizationId: string): Statement {
  return pipelineSql`insert into conversation_counters as cc (organization_id, last_number)
    values (${organizationId}::uuid, 1)
    on conflict (organization_id) do update set last_number = cc.last_number + 1
    returning cc.last_number as number`;
}

const NumberRow = z.object({ number: z.coerce.number() });

function readConversationNumber(rows: readonly unknown[]): number {
  const row = checkOptionalRow('conversation number', NumberRow, rows);
  if (!row) throw new Error('the conversation counter returned no number');
  return row.number;
}

/** The next number in a pipelined transaction of its own (one round trip; the row lock ends at once). */
export async function nextConversationNumber(db: Database, organizationId: string): Promise<number> {
  const [rows] = await db.runTenantPipeline(organizationId, [conversationNumberStatement(organizationId)]);
  return readConversationNumber(rows ?? []);
}

/** The next number inside a Prisma transaction (seeds, test factories). */
export async function takeConversationNumber(tx: Tx, organizationId: string): Promise<number> {
  const statement = conversationNumberStatement(organizationId);
  return readConversationNumber(await tx.$queryRawUnsafe(statement.text, ...statement.values));
}
