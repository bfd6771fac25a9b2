import { cpus } from 'node:os';
import { uuidv7 } from '@stayzr/db';
import { deliveryJobOptions } from '@stayzr/shared/jobs/delivery';
import { MessageDeliveryService, MessageService, systemContext } from '@stayzr/shared/server';
import { type Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { createBenchTenant, createConversations } from '../fixtures/tenants.js';
import { runPool } from '../lib/http.js';
import { nowMs, progress, sleep } from '../lib/log.js';
import { PgWaitSampler } from '../lib/pg-waits.js';
import { CpuAccount, type CpuShares, cpuText, medianCpuShares } from '../lib/processes.js';
import { describeStatements, SqlCapture } from '../lib/sql-capture.js';
import { type Distribution, distribution, formatSpread, spread, spreadOf } from '../lib/stats.js';
import { clientFor, login } from '../lib/trpc.js';
import type { BenchContext, Scenario, ScenarioResult } from './types.js';
import { percentText } from './types.js';

const TARGET_RATIO = 0.7;

interface OutboundRun {
  run: number;
  measured: {
    sent: number;
    delivered: number;
    seconds: number;
    perSecond: number;
    /** messages.send answered (stored and queued) → the fake provider got it. */
    latencyMs: Distribution;
    /** messages.send request → response: the staff-facing part. */
    sendMs: Distribution;
  };
  baseline: { jobs: number; seconds: number; perSecond: number };
  /** CPU ms per delivered reply / per no-op job, by process group (see CpuAccount). */
  cpuMsPerMessage: { product: CpuShares; baseline: CpuShares };
  ratio: number;
  waits: ReturnType<PgWaitSampler['stop']>;
}

/** The best BullMQ does here: the same number of no-op jobs, added the same way, one worker, same concurrency. */
class BareQueue {
  private readonly connection: Redis;
  private readonly queue: Queue;
  private readonly worker: Worker;
  private completed = 0;

  constructor(context: BenchContext) {
    this.connection = new Redis(context.redisUrl, { maxRetriesPerRequest: null });
    const prefix = `${context.redisPrefix}-baseline`;
    this.queue = new Queue('bench-noop', { connection: this.connection, prefix });
    this.worker = new Worker('bench-noop', async (_job: Job) => undefined, {
      connection: this.connection,
      prefix,
      concurrency: context.profile.workerConcurrency,
    });
    this.worker.on('completed', () => {
      this.completed++;
    });
  }

  async run(tag: string, jobs: number, concurrency: number, deadline: number) {
    this.completed = 0;
    const started = nowMs();
    await runPool(jobs, concurrency, async (index) => {
      const jobId = `${tag}-${index}`;
      await this.queue.add('noop', { organizationId: tag, messageId: jobId }, deliveryJobOptions(jobId));
    });
    while (this.completed < jobs && Date.now() < deadline) await sleep(2);
    const seconds = (nowMs() - started) / 1000;
    return { jobs: this.completed, seconds, perSecond: this.completed / seconds };
  }

  async close() {
    await this.worker.close();
    await this.queue.obliterate({ force: true }).catch(() => undefined);
    await this.queue.close();
    this.connection.disconnect();
  }
}

/** What one reply costs in SQL: messages.send, then the delivery job, run by the product's services here. */
async function statementsPerReply(
  context: BenchContext,
  organizationId: string,
  userId: string,
  conversationId: string,
) {
  const { stack } = context;
  const capture = new SqlCapture(
    context.database.url,
    stack.redis,
    context.redisPrefix,
    stack.fakeTwilio.baseUrl,
  );
  try {
    const staff = new MessageService(capture.deps, {
      organizationId,
      actor: { type: 'user', userId, role: 'ORG_ADMIN', dataScope: 'all' },
      isSuperAdmin: false,
      impersonating: false,
      request: { requestId: 'bench' },
    });
    const sent = await capture.record(() =>
      staff.send({ conversationId, body: 'Bench capture reply', isPrivateNote: false }),
    );
    // The worker takes the job just queued; a twin row that nobody queued shows what a delivery runs.
    const twin = uuidv7();
    await context.database.pool.query(
      `insert into messages (id, organization_id, conversation_id, channel_account_id, direction, sender_type,
         sender_user_id, body, status, created_at, updated_at)
       select $1, organization_id, conversation_id, channel_account_id, direction, sender_type, sender_user_id,
         'Bench capture delivery', 'queued', now(), now() from messages where id = $2`,
      [twin, sent.result.id],
    );
    const delivery = new MessageDeliveryService(capture.deps, systemContext(organizationId, 'bench'));
    const delivered = await capture.record(() => delivery.deliver(twin, false));
    return {
      send: describeStatements(sent.statements),
      deliver: describeStatements(delivered.statements),
      deliverOutcome: delivered.result,
      roundTrips: { send: sent.statements.length, deliver: delivered.statements.length },
    };
  } finally {
    await capture.close();
  }
}

export const outboundScenario: Scenario = {
  id: 'outbound',
  title: 'Outbound: staff sends → delivered to the (fake) provider',
  async run(context): Promise<ScenarioResult> {
    const { database, stack, profile } = context;
    const { messages, conversations: conversationCount, concurrency, maxSeconds } = profile.outbound;
    const tenant = await createBenchTenant(database.db, 'Outbound Hotel');
    const conversations = await createConversations(database.db, tenant, conversationCount);
    const client = clientFor(
      stack.baseUrl,
      await login(stack.baseUrl, tenant.user.email, tenant.user.password),
    );
    const arrivals = stack.fakeTwilio.arrivals;
    const send = (body: string, index: number) =>
      client.messages.send.mutate({ conversationId: conversations[index % conversations.length]!, body });

    // Warm-up: the worker's first jobs (twilio client, prepared plans) are not counted.
    await runPool(20, concurrency, (index) => send(`warm-${index}`, index).then(() => undefined));
    const bare = new BareQueue(context);
    await bare.run('warm', 50, concurrency, Date.now() + 10_000);
    const runs: OutboundRun[] = [];
    try {
      for (let run = 1; run <= profile.runs; run++) {
        const sentAt = new Map<string, number>();
        const sendMs: number[] = [];
        const sampler = new PgWaitSampler(database.pool, database.name);
        sampler.start();
        const account = new CpuAccount({ server: context.stack.server, worker: context.stack.worker });
        const started = nowMs();
        const deadline = Date.now() + maxSeconds * 1000;
        await runPool(
          messages,
          concurrency,
          async (index) => {
            const body = `Bench reply ${run}-${index}: your room is ready, see you at the front desk.`;
            const at = nowMs();
            sentAt.set(body, at);
            await send(body, index);
            sendMs.push(nowMs() - at);
          },
          deadline,
        );
        const drainUntil = Math.max(deadline, Date.now() + 5_000);
        while ([...sentAt.keys()].some((body) => !arrivals.has(body)) && Date.now() < drainUntil)
          await sleep(5);
        const waits = sampler.stop();
        const latencies: number[] = [];
        let last = started;
        for (const [body, at] of sentAt) {
          const arrived = arrivals.get(body);
          if (arrived === undefined) continue;
          latencies.push(arrived - at);
          last = Math.max(last, arrived);
        }
        const replyCpu = account.perItem(latencies.length);
        const seconds = (last - started) / 1000;
        const measured = {
          sent: sentAt.size,
          delivered: latencies.length,
          seconds,
          perSecond: latencies.length / seconds,
          latencyMs: distribution(latencies),
          sendMs: distribution(sendMs),
        };
        const baselineAccount = new CpuAccount({
          server: context.stack.server,
          worker: context.stack.worker,
        });
        const baseline = await bare.run(`r${run}`, sentAt.size, concurrency, Date.now() + maxSeconds * 1000);
        const cpuMsPerMessage = { product: replyCpu, baseline: baselineAccount.perItem(baseline.jobs) };
        const ratio = measured.perSecond / baseline.perSecond;
        runs.push({ run, measured, baseline, cpuMsPerMessage, ratio, waits });
        progress(
          'outbound',
          `run ${run}/${profile.runs}: ${measured.delivered}/${measured.sent} delivered, ${measured.perSecond.toFixed(0)}/s (p50 ${measured.latencyMs.p50} ms) vs bare BullMQ ${baseline.perSecond.toFixed(0)}/s → ${percentText(ratio)}; CPU ms per message: product ${cpuText(cpuMsPerMessage.product)}, baseline ${cpuText(cpuMsPerMessage.baseline)}`,
        );
      }
    } finally {
      await bare.close();
    }
    const throughput = spreadOf(runs, (run) => run.measured.perSecond, 1);
    const baseline = spreadOf(runs, (run) => run.baseline.perSecond, 1);
    const ratio = spread(
      runs.map((run) => run.ratio),
      3,
    );
    const p50 = spreadOf(runs, (run) => run.measured.latencyMs.p50, 0);
    const p95 = spreadOf(runs, (run) => run.measured.latencyMs.p95, 0);
    const sendP50 = spreadOf(runs, (run) => run.measured.sendMs.p50, 0);
    const statements = await statementsPerReply(
      context,
      tenant.organizationId,
      tenant.user.id,
      conversations[0]!,
    );
    const productCpu = medianCpuShares(runs.map((run) => run.cpuMsPerMessage.product));
    const baselineCpu = medianCpuShares(runs.map((run) => run.cpuMsPerMessage.baseline));
    const undelivered = runs.reduce((total, run) => total + run.measured.sent - run.measured.delivered, 0);
    return {
      scenario: this.id,
      title: this.title,
      params: { ...profile.outbound, workerConcurrency: profile.workerConcurrency, runs: profile.runs },
      runs,
      summary: { throughput, baseline, ratio, latencyMs: { p50, p95 }, sendP50Ms: sendP50, undelivered },
      evidence: { statements },
      rows: [
        {
          scenario: 'outbound',
          measured: `${formatSpread(throughput, '/s', 0)} delivered; send→provider p50 ${p50.median} ms, p95 ${p95.median} ms (messages.send itself p50 ${sendP50.median} ms); ${undelivered} undelivered`,
          baseline: `bare BullMQ no-op ${formatSpread(baseline, '/s', 0)}; ratio ${percentText(ratio.median)} (${percentText(ratio.min)}–${percentText(ratio.max)})`,
          target: `≥ ${TARGET_RATIO * 100} % of baseline`,
          met: undelivered === 0 && ratio.median >= TARGET_RATIO,
        },
      ],
      notes: [
        `CPU per message (ms of CPU time, median of the runs; machine = every process on its ${cpus().length} CPUs): product ${cpuText(productCpu)}; baseline ${cpuText(baselineCpu)}. A reply (tRPC request with the session check, its transaction, the queue, the worker's load and status transactions, the provider's HTTP call, two live events) costs ${(productCpu.machine / baselineCpu.machine).toFixed(0)}× the machine CPU of a no-op job, so on this machine its throughput can reach at most about ${percentText(baselineCpu.machine / productCpu.machine)} of the baseline; the ${concurrency} staff sessions wait for each answer, so the measured rate is also bounded by ${concurrency} / messages.send latency.`,
        `Up to ${messages} replies or ${maxSeconds} s per run from ${concurrency} concurrent staff sessions (messages.send over tRPC) to ${conversationCount} SMS conversations; the worker (WORKER_CONCURRENCY=${profile.workerConcurrency}) sends each through the twilio SDK to a fake Twilio on 127.0.0.1. Throughput = delivered / (last arrival − first send); a reply not at the provider 5 s after the sending stopped counts as undelivered.`,
        'Baseline: the same number of BullMQ jobs (same job options) added one by one with the same concurrency, processed by a no-op Worker with the same concurrency, in the harness process: add → completed.',
      ],
    };
  },
};
