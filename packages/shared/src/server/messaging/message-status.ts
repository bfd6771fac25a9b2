import { FINAL_MESSAGE_STATUSES, MESSAGE_STATUS_RANK, type MessageStatusValue } from '../../events.js';

/** Statuses a message may move from to reach `next` (forward only; final ones never change). */
export function statusesBefore(next: MessageStatusValue): MessageStatusValue[] {
  return (Object.keys(MESSAGE_STATUS_RANK) as MessageStatusValue[]).filter(
    (status) =>
      MESSAGE_STATUS_RANK[status] < MESSAGE_STATUS_RANK[next] && !FINAL_MESSAGE_STATUSES.includes(status),
  );
}
