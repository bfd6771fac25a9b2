import type { Database } from '@stayzr/db';
import type { Logger } from '../infra/logger.js';
import { recordUsage, type SubscriptionState } from './enforcement.js';
import { usagePeriodAt } from './usage-period.js';

interface Batch {
  state: SubscriptionState;
  at: Date;
  amount: number;
  counted: Array<() => void>;
}

/**
 * Counts guests' inbound messages in the monthly usage counter, after the message's own transaction.
 *
 * Every message of a hotel increments the same counter row, and a row lock lasts until commit. Taken
 * inside the message's transaction, that lock would be held across a round trip to this process, and
 * a busy hotel's messages would queue behind one another. Here at most one counting transaction per
 * hotel and month runs at a time, and it adds every message stored meanwhile (group counting), so the
 * counter row is written once per batch instead of once per message.
 *
 * Guests' messages are never refused, so nothing waits on this count to decide anything. A process
 * that dies between a message's commit and its count leaves that message uncounted (in the hotel's
 * favour); a failure to count is logged and never fails the message.
 */
export class InboundUsageCounter {
  private readonly pending = new Map<string, Batch>();
  private readonly running = new Set<string>();

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
  ) {}

  /** Resolves once the message is counted (or the attempt failed and was logged). */
  count(state: SubscriptionState, at: Date): Promise<void> {
    const key = `${state.organizationId}|${usagePeriodAt(state.timezone, at).start}`;
    return new Promise((resolve) => {
      const batch = this.pending.get(key) ?? { state, at, amount: 0, counted: [] };
      batch.state = state;
      batch.amount += 1;
      batch.counted.push(resolve);
      this.pending.set(key, batch);
      if (!this.running.has(key)) void this.drain(key);
    });
  }

  private async drain(key: string): Promise<void> {
    this.running.add(key);
    try {
      for (let batch = this.pending.get(key); batch; batch = this.pending.get(key)) {
        this.pending.delete(key);
        const { state, at, amount } = batch;
        try {
          await this.db.withTenant(state.organizationId, (tx) =>
            recordUsage(tx, state.organizationId, 'messages', amount, at, state),
          );
        } catch (error) {
          this.logger.error(
            { err: error, organizationId: state.organizationId, amount },
            'inbound messages stored but not counted in monthly usage',
          );
        }
        for (const counted of batch.counted) counted();
      }
    } finally {
      this.running.delete(key);
    }
  }
}
