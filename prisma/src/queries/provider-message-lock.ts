import type { Tx } from '../client.js';

/**
 * Serialises, until the transaction ends, the two writers of one provider message id: the worker that
 * stores the id the provider returned, and a status callback for that id. Whichever comes second sees
 * what the first committed, so a callback that beat the stored id is never lost between them.
 */
export async function lockProviderMessageId(
  tx: Tx,
  channelAccountId: string,
  externalId: string,
): Promise<void> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`provider-message:${channelAccountId}:${externalId}`}, 0))`;
}
