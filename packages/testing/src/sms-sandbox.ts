// Local SMS sandbox for `npm run dev` and the browser tests: outbound SMS from the demo hotels land
// here instead of Twilio (see them at http://127.0.0.1:4010/sandbox/messages), and signed
// `sent`/`delivered` status callbacks come back to the server like Twilio's.
// Usage: sms-sandbox.ts [port], default 4010.
import { FakeTwilio } from './fake-twilio.js';

const port = Number(process.argv[2] ?? 4010);
const sandbox = new FakeTwilio({ autoDeliverAfterMs: 800 });
await sandbox.listen(port);
console.log(`SMS sandbox listening on ${sandbox.baseUrl} (messages: ${sandbox.baseUrl}/sandbox/messages)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void sandbox.close().then(() => process.exit(0)));
}
