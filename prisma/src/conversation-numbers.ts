import type { Tx } from './client.js';
import { type Statement, sql } from './pipeline.js';

/**
 * Takes the organization's next conversation number (1, 2, 3… per hotel) from its counter row,
 * created on first use. Run it in a transaction of its own where it matters: the row stays locked
 * until commit, so a transaction that goes on to write the conversation would make the hotel's other
 * new conversations wait for it. A number taken by a transaction that then rolls back leaves a gap.
 */
export function conversationNumberStatement(organizationId: string): Statement {
  return sql`insert into conversation_counters as cc (organization_id, last_number)
    values (${organizationId}::uuid, 1)
    on conflict (organization_id) do update set last_number = cc.last_number + 1
    returning cc.last_number as number`;
}

/** The answer of conversationNumberStatement. */
export function readConversationNumber(rows: readonly unknown[]): number {
  const row = rows[0] as { number: number } | undefined;
  if (!row) throw new Error('the conversation counter returned no number');
  return Number(row.number);
}

/** conversationNumberStatement inside a Prisma transaction (seeds, test factories). */
export async function takeConversationNumber(tx: Tx, organizationId: string): Promise<number> {
  const statement = conversationNumberStatement(organizationId);
  return readConversationNumber(await tx.$queryRawUnsafe(statement.text, ...statement.values));
}
