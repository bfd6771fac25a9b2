// `npm run simulate -- <channel> <from> <text> [--to <hotel number>]`: a signed demo inbound message
// sent to the local server, so the inbox can be tried without provider accounts.
import { createDb, DEV_ENCRYPTION_KEY, SecretBox } from '@stayzr/db';
import { parseEnvOrExit } from '@stayzr/shared/server';
import { ZServerEnv } from '../env.js';
import { simulateSms } from './simulate-sms.js';

const USAGE = 'usage: npm run simulate -- sms <from E.164> <text> [--to <hotel number>]';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const toIndex = args.indexOf('--to');
  const to = toIndex >= 0 ? args.splice(toIndex, 2)[1] : undefined;
  const [channel, from, ...words] = args;
  if (!channel || !from || words.length === 0) {
    console.error(USAGE);
    return 2;
  }
  if (channel !== 'sms') {
    console.error(
      `simulate ${channel}: only the SMS channel exists so far (email and WhatsApp are still to be built).`,
    );
    return 2;
  }
  const env = parseEnvOrExit(ZServerEnv);
  const db = createDb({ connectionString: env.DATABASE_URL, max: 1 });
  try {
    const result = await simulateSms({
      db,
      secrets: new SecretBox(env.APP_ENCRYPTION_KEY ?? DEV_ENCRYPTION_KEY),
      publicUrl: env.PUBLIC_URL,
      from,
      text: words.join(' '),
      ...(to ? { to } : {}),
    });
    if (result.status !== 200) {
      console.error(`The server answered ${result.status} at ${result.url}: ${result.body}`);
      return 1;
    }
    console.log(`Delivered a signed SMS from ${from} to ${to ?? 'Hotel Aurora'}; it is in the inbox now.`);
    return 0;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(
      `simulate failed: ${reason}${/ECONNREFUSED/.test(reason) ? ' (is `npm run dev` running?)' : ''}`,
    );
    return 1;
  } finally {
    await db.close();
  }
}

process.exit(await main());
