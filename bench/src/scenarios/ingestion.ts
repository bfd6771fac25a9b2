import { cpus } from 'node:os';
import { uuidv7 } from '@stayzr/db';
import { findChannelForInbound, MessageService, normalizePhone, systemContext } from '@stayzr/shared/server';
import type pg from 'pg';
import { type BenchTenant, createBenchTenant } from '../fixtures/tenants.js';
import { runPool } from '../lib/http.js';
import { nowMs, progress } from '../lib/log.js';
import { PgWaitSampler } from '../lib/pg-waits.js';
import { CpuAccount, type CpuShares, cpuText, medianCpuShares } from '../lib/processes.js';
import { describeStatements, SqlCapture } from '../lib/sql-capture.js';
import { type Distribution, distribution, formatSpread, spread, spreadOf } from '../lib/stats.js';
import { guestPhone, messageSid, sendInboundSms } from '../lib/twilio-webhook.js';
import type { BenchContext, Scenario, ScenarioResult } from './types.js';
import { percentText } from './types.js';

const TENANTS = 4;
const BODY = 'Hi! We land at 11pm, is late check-in possible? Also, is parking available at the hotel?';

interface SideResult {
  sent: number;
  ok: number;
  errors: number;
  seconds: number;
  perSecond: number;
  latencyMs: Distribution;
  /** Server CPU time (user + system) per acknowledged webhook: what one costs, whatever else runs on the machine. */
  serverCpuMsPerWebhook?: number | null;
  /** CPU ms per message of each process group and of the whole machine (see CpuAccount). */
  cpuMsPerMessage: CpuShares;
}

interface IngestionRun {
  run: number;
  measured: SideResult;
  baseline: SideResult;
  ratio: number;
  /** What the server's database sessions waited on during the measured side. */
  waits: ReturnType<PgWaitSampler['stop']>;
}

export interface RssSample {
  at: string;
  serverBytes: number | null;
  workerBytes: number | null;
}

/** Guest g of the run writes to tenant g % TENANTS; messages of one guest are `guests` apart, never concurrent. */
const layout = (index: number, guests: number) => {
  const guest = index % guests;
  return { guest, tenant: guest % TENANTS, first: index < guests };
};

async function measureWebhooks(
  context: BenchContext,
  tenants: BenchTenant[],
  run: number,
): Promise<SideResult> {
  const { messages, guests, concurrency, maxSeconds } = context.profile.ingestion;
  const latencies: number[] = [];
  let errors = 0;
  const account = new CpuAccount({ server: context.stack.server, worker: context.stack.worker });
  const started = nowMs();
  const sent = await runPool(
    messages,
    concurrency,
    async (index) => {
      const { guest, tenant } = layout(index, guests);
      const response = await sendInboundSms(context.stack.publicUrl, tenants[tenant]!.channel, {
        sid: messageSid(`I${run}`, index),
        from: guestPhone(run, guest),
        body: BODY,
      });
      if (response.status === 200) latencies.push(response.ms);
      else errors++;
    },
    Date.now() + maxSeconds * 1000,
  );
  const seconds = (nowMs() - started) / 1000;
  const cpuMsPerMessage = account.perItem(latencies.length);
  return {
    cpuMsPerMessage,
    sent,
    ok: latencies.length,
    errors,
    seconds,
    perSecond: latencies.length / seconds,
    latencyMs: distribution(latencies),
    serverCpuMsPerWebhook: Number.isFinite(cpuMsPerMessage.server)
      ? Math.round(cpuMsPerMessage.server * 100) / 100
      : null,
  };
}

/**
 * The best the database can do for the same writes: per inbound message one transaction in one round
 * trip (multi-statement simple query) inserting the same guest / conversation / message rows, with the
 * conversation number taken from the hotel's counter row like the product does.
 */
async function baselineInserts(
  pool: pg.Pool,
  context: BenchContext,
  tenants: { organizationId: string; propertyId: string; channelId: string }[],
  run: number,
  messages: number,
): Promise<SideResult> {
  const { guests, concurrency } = context.profile.ingestion;
  // A guest's later messages wait for the transaction that created its conversation (as Twilio would:
  // a guest's second text comes after the first was acknowledged).
  const conversations = new Map<number, Promise<string | null>>();
  const latencies: number[] = [];
  const clients = await Promise.all(Array.from({ length: concurrency }, () => pool.connect()));
  const free = [...clients];
  let errors = 0;
  const account = new CpuAccount({ server: context.stack.server, worker: context.stack.worker });
  const started = nowMs();
  await runPool(messages, concurrency, async (index) => {
    const { guest, tenant: tenantIndex, first } = layout(index, guests);
    const existing = first ? null : await conversations.get(guest);
    let created: (id: string | null) => void = () => {};
    if (first) conversations.set(guest, new Promise((resolve) => (created = resolve)));
    const client = free.pop()!;
    const q = (value: string) => client.escapeLiteral(value);
    const tenant = tenants[tenantIndex]!;
    const at = new Date().toISOString();
    const messageId = uuidv7();
    const insertMessage = `INSERT INTO messages (id, organization_id, conversation_id, channel_account_id, direction,
        sender_type, body, status, external_id, metadata, created_at, updated_at)
      VALUES (${q(messageId)}, ${q(tenant.organizationId)}, %CONVERSATION%, ${q(tenant.channelId)}, 'inbound',
        'guest', ${q(BODY)}, 'received', ${q(messageSid(`B${run}`, index))}, '{"numSegments":"1"}', ${q(at)}, ${q(at)});`;
    let sql: string;
    let conversationId: string;
    if (first) {
      const guestId = uuidv7();
      conversationId = uuidv7();
      sql = `BEGIN;
        INSERT INTO guests (id, organization_id, phone_e164, created_at, updated_at)
          VALUES (${q(guestId)}, ${q(tenant.organizationId)}, ${q(guestPhone(run, guest))}, ${q(at)}, ${q(at)});
        WITH seq AS (INSERT INTO conversation_counters AS cc (organization_id, last_number)
                       VALUES (${q(tenant.organizationId)}, 1)
                     ON CONFLICT (organization_id) DO UPDATE SET last_number = cc.last_number + 1
                     RETURNING last_number AS conversation_seq)
        INSERT INTO conversations (id, organization_id, property_id, display_id, guest_id, channel_account_id, status,
            last_message_at, last_message_preview, last_inbound_at, waiting_since, reply_token, created_at, updated_at)
          SELECT ${q(conversationId)}, ${q(tenant.organizationId)}, ${q(tenant.propertyId)}, seq.conversation_seq,
            ${q(guestId)}, ${q(tenant.channelId)}, 'open', ${q(at)}, ${q(BODY)}, ${q(at)}, ${q(at)},
            ${q(uuidv7())}, ${q(at)}, ${q(at)} FROM seq;
        ${insertMessage.replace('%CONVERSATION%', q(conversationId))}
        COMMIT;`;
    } else {
      conversationId = existing ?? 'missing';
      sql = `BEGIN;
        ${insertMessage.replace('%CONVERSATION%', q(conversationId))}
        UPDATE conversations SET last_message_at = greatest(last_message_at, ${q(at)}),
            last_message_preview = ${q(BODY)}, last_inbound_at = ${q(at)},
            waiting_since = coalesce(waiting_since, ${q(at)}), updated_at = ${q(at)}
          WHERE id = ${q(conversationId)};
        COMMIT;`;
    }
    const t0 = performance.now();
    try {
      await client.query(sql);
      latencies.push(performance.now() - t0);
      created(conversationId);
    } catch (error) {
      errors++;
      created(null);
      await client.query('ROLLBACK').catch(() => undefined);
      if (errors === 1) progress('ingestion', `baseline error: ${(error as Error).message}`);
    } finally {
      free.push(client);
    }
  });
  const seconds = (nowMs() - started) / 1000;
  const cpuMsPerMessage = account.perItem(latencies.length);
  for (const client of clients) client.release();
  return {
    cpuMsPerMessage,
    sent: messages,
    ok: latencies.length,
    errors,
    seconds,
    perSecond: latencies.length / seconds,
    latencyMs: distribution(latencies),
  };
}

/** What one webhook costs in SQL: the product's own code, in this process, with every statement recorded. */
async function statementsPerWebhook(context: BenchContext, tenant: BenchTenant) {
  const capture = new SqlCapture(context.database.url, context.stack.redis, context.redisPrefix);
  try {
    const inbound = (sid: string) => ({
      channelAccountId: tenant.channel.channelAccountId,
      externalId: sid,
      from: { phoneE164: normalizePhone('+12029990001', 'US') ?? '+12029990001' },
      body: BODY,
      attachments: [],
      receivedAt: new Date(),
    });
    const service = new MessageService(capture.deps, systemContext(tenant.organizationId, 'bench'));
    const lookup = await capture.record(() =>
      findChannelForInbound(capture.db, tenant.channel.channelAccountId),
    );
    const newGuest = await capture.record(() => service.receiveInbound(inbound('SMcapture1')));
    const existingGuest = await capture.record(() => service.receiveInbound(inbound('SMcapture2')));
    return {
      channelLookup: describeStatements(lookup.statements),
      newGuest: describeStatements(newGuest.statements),
      existingGuest: describeStatements(existingGuest.statements),
      roundTripsPerWebhook: {
        newGuest: lookup.statements.length + newGuest.statements.length,
        existingGuest: lookup.statements.length + existingGuest.statements.length,
        baseline: 1,
      },
    };
  } finally {
    await capture.close();
  }
}

export const ingestionScenario: Scenario = {
  id: 'inbound-ingestion',
  title: 'Inbound ingestion: signed Twilio SMS webhooks until committed',
  async run(context): Promise<ScenarioResult> {
    const { database, stack, profile } = context;
    const tenants: BenchTenant[] = [];
    for (let index = 0; index < TENANTS; index++) {
      tenants.push(await createBenchTenant(database.db, `Ingest Hotel ${index}`));
    }
    const baselineTenants = [];
    for (let index = 0; index < TENANTS; index++) {
      const tenant = await createBenchTenant(database.db, `Ingest Baseline ${index}`);
      const { rows } = await database.pool.query<{ property_id: string }>(
        'select property_id from channel_accounts where id = $1',
        [tenant.channel.channelAccountId],
      );
      baselineTenants.push({
        organizationId: tenant.organizationId,
        propertyId: rows[0]!.property_id,
        channelId: tenant.channel.channelAccountId,
      });
    }

    // Warm-up: JIT, connection pools, prepared plans; not counted.
    await runPool(profile.ingestion.warmup, profile.ingestion.concurrency, async (index) => {
      await sendInboundSms(stack.publicUrl, tenants[index % TENANTS]!.channel, {
        sid: messageSid('W', index),
        from: guestPhone(9, index),
        body: BODY,
      });
    });

    const rss: RssSample[] = [];
    const sampleRss = () =>
      rss.push({
        at: new Date().toISOString(),
        serverBytes: stack.server.rss(),
        workerBytes: stack.worker.rss(),
      });
    sampleRss();
    const sampler = setInterval(sampleRss, 250);
    const runs: IngestionRun[] = [];
    try {
      for (let run = 1; run <= profile.runs; run++) {
        const sampler = new PgWaitSampler(database.pool, database.name);
        sampler.start();
        const measured = await measureWebhooks(context, tenants, run);
        const waits = sampler.stop();
        const baseline = await baselineInserts(database.pool, context, baselineTenants, run, measured.sent);
        const ratio = measured.perSecond / baseline.perSecond;
        runs.push({ run, measured, baseline, ratio, waits });
        progress(
          'ingestion',
          `run ${run}/${profile.runs}: ${measured.perSecond.toFixed(0)} webhooks/s (p95 ${measured.latencyMs.p95} ms, ${measured.errors} errors, server CPU ${measured.serverCpuMsPerWebhook ?? '?'} ms each) vs ${baseline.perSecond.toFixed(0)} raw inserts/s → ${percentText(ratio)}; CPU ms per message: product ${cpuText(measured.cpuMsPerMessage)}, baseline ${cpuText(baseline.cpuMsPerMessage)}`,
        );
      }
    } finally {
      clearInterval(sampler);
    }
    sampleRss();

    const statements = await statementsPerWebhook(context, tenants[0]!);
    const throughput = spreadOf(runs, (run) => run.measured.perSecond, 1);
    const baselineThroughput = spreadOf(runs, (run) => run.baseline.perSecond, 1);
    const ratio = spread(
      runs.map((run) => run.ratio),
      3,
    );
    const p50 = spreadOf(runs, (run) => run.measured.latencyMs.p50);
    const p95 = spreadOf(runs, (run) => run.measured.latencyMs.p95);
    const p99 = spreadOf(runs, (run) => run.measured.latencyMs.p99);
    const serverCpuMs = spreadOf(runs, (run) => run.measured.serverCpuMsPerWebhook ?? Number.NaN, 2);
    const productCpu = medianCpuShares(runs.map((run) => run.measured.cpuMsPerMessage));
    const baselineCpu = medianCpuShares(runs.map((run) => run.baseline.cpuMsPerMessage));
    return {
      scenario: this.id,
      title: this.title,
      params: { ...profile.ingestion, tenants: TENANTS, runs: profile.runs },
      runs,
      summary: {
        throughput,
        baselineThroughput,
        ratio,
        latencyMs: { p50, p95, p99 },
        serverCpuMs,
        cpuMsPerMessage: { product: productCpu, baseline: baselineCpu },
      },
      rows: [
        {
          scenario: 'inbound ingestion',
          measured: `${formatSpread(throughput, '/s', 0)} webhooks; p50/p95/p99 ${p50.median.toFixed(0)}/${p95.median.toFixed(0)}/${p99.median.toFixed(0)} ms; server CPU ${serverCpuMs.median.toFixed(2)} ms per webhook`,
          baseline: `${formatSpread(baselineThroughput, '/s', 0)} raw pg transactions; ratio ${percentText(ratio.median)} (${percentText(ratio.min)}–${percentText(ratio.max)})`,
          target: '≥ 50 % of baseline',
          met: ratio.median >= 0.5,
        },
      ],
      notes: [
        `CPU per message (ms of CPU time, median of the runs; machine = every process on its ${cpus().length} CPUs): product ${cpuText(productCpu)}; baseline ${cpuText(baselineCpu)}. The product's webhook costs ${(productCpu.machine / baselineCpu.machine).toFixed(1)}× the machine CPU of a raw transaction (HTTP request and answer in the harness and the server, signature check, RLS, lookups, the live event in Redis), so on this machine its throughput can reach at most about ${percentText(baselineCpu.machine / productCpu.machine)} of the baseline.`,
        `Concurrency ${profile.ingestion.concurrency}; up to ${profile.ingestion.messages} webhooks or ${profile.ingestion.maxSeconds} s per run, whichever comes first, from ${profile.ingestion.guests} new guests (message i from guest i mod ${profile.ingestion.guests}) of ${TENANTS} organizations; the baseline writes as many messages as the product took.`,
        'A webhook is acknowledged only after its transaction commits, so its response time is "until committed".',
        "Baseline: the same rows (guest, conversation with display number from the hotel's counter row, message, conversation update) in one transaction per message, one round trip each, 32 connections.",
      ],
      evidence: { statements, rss },
    };
  },
};
