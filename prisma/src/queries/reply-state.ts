import { Prisma } from '../../generated/prisma/client.js';
import type { Tx } from '../client.js';

/** A conversation's answer state after one of its replies changed status. */
export interface ReplyState {
  status: 'open' | 'pending' | 'snoozed' | 'resolved';
  assigneeId: string | null;
  waitingSince: Date | null;
  replyFailedAt: Date | null;
  /** Whether the list would show the conversation differently than before (waiting, failed, status). */
  changed: boolean;
}

interface ReplyStateRow {
  status: ReplyState['status'];
  assignee_id: string | null;
  waiting_since: Date | null;
  reply_failed_at: Date | null;
  changed: boolean;
}

/**
 * Recomputes whether the guest is still waiting for an answer, from the messages themselves: a guest is
 * answered only by a reply the provider accepted (sent, delivered, read). A queued, sending, failed or
 * undelivered reply answers nothing, so `waiting_since` is the first guest message after the last accepted
 * reply. When the newest reply failed, `reply_failed_at` says so and a resolved or snoozed conversation
 * opens again: staff believed it answered, the guest never got it. One statement; the old row is read from
 * the statement's own snapshot to tell whether anything the inbox list shows changed.
 */
export async function refreshReplyState(tx: Tx, conversationId: string): Promise<ReplyState | null> {
  const rows = await tx.$queryRaw<ReplyStateRow[]>(Prisma.sql`
    with latest_reply as (
      select m.status, m.created_at from messages m
      where m.conversation_id = ${conversationId}::uuid and m.direction = 'outbound'
        and not m.is_private_note and m.sender_type <> 'system'
      order by m.created_at desc, m.id desc limit 1
    ), answered as (
      select max(m.created_at) as at from messages m
      where m.conversation_id = ${conversationId}::uuid and m.direction = 'outbound'
        and not m.is_private_note and m.sender_type <> 'system'
        and m.status in ('sent', 'delivered', 'read')
    ), computed as (
      select
        coalesce((select status in ('failed', 'undelivered') from latest_reply), false) as failed,
        (select created_at from latest_reply) as reply_at,
        (select min(m.created_at) from messages m
          where m.conversation_id = ${conversationId}::uuid and m.direction = 'inbound'
            and m.created_at > coalesce((select at from answered), '-infinity'::timestamp)) as unanswered_since
    ), old as (
      select status, waiting_since, reply_failed_at from conversations where id = ${conversationId}::uuid
    )
    update conversations c set
      reply_failed_at = case when s.failed then s.reply_at end,
      status = case when s.failed and c.status in ('resolved', 'snoozed') then 'open' else c.status end,
      snoozed_until = case when s.failed and c.status in ('resolved', 'snoozed') then null else c.snoozed_until end,
      waiting_since = case when c.status = 'resolved' and not s.failed then null else s.unanswered_since end
    from computed s, old o
    where c.id = ${conversationId}::uuid
    returning c.status, c.assignee_id, c.waiting_since, c.reply_failed_at,
      (c.status is distinct from o.status or c.waiting_since is distinct from o.waiting_since
        or c.reply_failed_at is distinct from o.reply_failed_at) as changed`);
  const row = rows[0];
  if (!row) return null;
  if (typeof row.changed !== 'boolean') throw new Error('refreshReplyState: unexpected row shape');
  return {
    status: row.status,
    assigneeId: row.assignee_id,
    waitingSince: row.waiting_since,
    replyFailedAt: row.reply_failed_at,
    changed: row.changed,
  };
}
