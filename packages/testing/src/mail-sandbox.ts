// Local mail sandbox for `npm run dev` and the browser tests: the platform's outgoing mail (team
// invitations) lands here instead of a real relay. SMTP on the first port (default 1025), what arrived
// as JSON at http://127.0.0.1:<second port, default 4012>/sandbox/mail.
// Usage: mail-sandbox.ts [smtpPort] [httpPort].
import { SmtpSink } from './smtp-sink.js';

const smtpPort = Number(process.argv[2] ?? 1025);
const httpPort = Number(process.argv[3] ?? 4012);
const sink = new SmtpSink();
await sink.listen(smtpPort);
await sink.listenHttp(httpPort);
console.log(`Mail sandbox: SMTP on ${sink.url}, mail received at ${sink.httpUrl}/sandbox/mail`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void sink.close().then(() => process.exit(0)));
}
