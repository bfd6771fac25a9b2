import { createBenchTenant } from '../fixtures/tenants.js';
import { nowMs, progress, sleep } from '../lib/log.js';
import { PgWaitSampler } from '../lib/pg-waits.js';
import { type Distribution, distribution, formatSpread, spreadOf } from '../lib/stats.js';
import { login, subscribeInboxEvents } from '../lib/trpc.js';
import { guestPhone, messageSid, sendInboundSms } from '../lib/twilio-webhook.js';
import type { Scenario, ScenarioResult } from './types.js';

const TARGET_P99_MS = 150;
/** More webhooks in flight than this and the sender waits: the rate is not reached, which is reported. */
const MAX_IN_FLIGHT = 512;

interface LiveRun {
  run: number;
  sent: number;
  acknowledged: number;
  received: number;
  missing: number;
  achievedRatePerSecond: number;
  latencyMs: Distribution;
  /** The guests' first messages (a new guest and conversation each) and the messages after them. */
  firstMessageLatencyMs: Distribution;
  laterMessageLatencyMs: Distribution;
  webhookMs: Distribution;
  /** What the database sessions waited on during the run (see PgWaitSampler). */
  waits: ReturnType<PgWaitSampler['stop']>;
}

export const liveInboxScenario: Scenario = {
  id: 'live-inbox',
  title: 'Live inbox: webhook sent → inbox.events SSE event received',
  async run(context): Promise<ScenarioResult> {
    const { database, stack, profile } = context;
    const { ratePerSecond, seconds, guests, drainSeconds } = profile.liveInbox;
    const drainMs = drainSeconds * 1000;
    const tenant = await createBenchTenant(database.db, 'Live Inbox Hotel');
    const cookie = await login(stack.baseUrl, tenant.user.email, tenant.user.password);
    const events = new Map<string, number>();
    const stream = subscribeInboxEvents(
      stack.baseUrl,
      cookie,
      (event) => {
        if (event.type === 'message.received' && event.messageId) events.set(event.messageId, event.at);
      },
      nowMs,
    );
    await stream.started;
    const runs: LiveRun[] = [];
    try {
      for (let run = 1; run <= profile.runs; run++) {
        const total = ratePerSecond * seconds;
        const sentAt = new Map<string, number>();
        const firstMessages = new Set<string>();
        const webhookMs: number[] = [];
        let inFlight = 0;
        let acknowledged = 0;
        const pending: Promise<void>[] = [];
        const sampler = new PgWaitSampler(database.pool, database.name);
        sampler.start();
        const started = nowMs();
        // Open loop: message i leaves at started + i / rate, whatever happened to the earlier ones.
        for (let index = 0; index < total; index++) {
          const due = started + (index * 1000) / ratePerSecond;
          const wait = due - nowMs();
          if (wait > 1) await sleep(wait);
          while (inFlight >= MAX_IN_FLIGHT) await sleep(1);
          const sid = messageSid(`L${run}`, index);
          inFlight++;
          sentAt.set(sid, nowMs());
          if (index < guests) firstMessages.add(sid);
          pending.push(
            sendInboundSms(stack.publicUrl, tenant.channel, {
              sid,
              from: guestPhone(run, index % guests),
              body: `Live message ${run}-${index}`,
            }).then(
              (response) => {
                inFlight--;
                if (response.status === 200) acknowledged++;
                webhookMs.push(response.ms);
              },
              () => {
                inFlight--;
              },
            ),
          );
        }
        const sendSeconds = (nowMs() - started) / 1000;
        const waits = sampler.stop();
        // Webhooks still unanswered after the drain time are counted as missing events, not waited for.
        await Promise.race([Promise.all(pending), sleep(drainMs)]);
        const { rows } = await database.pool.query<{ id: string; external_id: string }>(
          'select id, external_id from messages where channel_account_id = $1 and external_id like $2',
          [tenant.channel.channelAccountId, `SML${run}%`],
        );
        const deadline = Date.now() + drainMs;
        while (Date.now() < deadline && rows.some((row) => !events.has(row.id))) await sleep(20);
        const latencies: number[] = [];
        const firstLatencies: number[] = [];
        const laterLatencies: number[] = [];
        for (const row of rows) {
          const at = events.get(row.id);
          const sent = sentAt.get(row.external_id);
          if (at === undefined || sent === undefined) continue;
          latencies.push(at - sent);
          (firstMessages.has(row.external_id) ? firstLatencies : laterLatencies).push(at - sent);
        }
        const result: LiveRun = {
          run,
          sent: total,
          acknowledged,
          received: latencies.length,
          missing: total - latencies.length,
          achievedRatePerSecond: total / sendSeconds,
          latencyMs: distribution(latencies),
          firstMessageLatencyMs: distribution(firstLatencies),
          laterMessageLatencyMs: distribution(laterLatencies),
          webhookMs: distribution(webhookMs),
          waits,
        };
        runs.push(result);
        progress(
          'live-inbox',
          `run ${run}/${profile.runs}: ${result.achievedRatePerSecond.toFixed(0)} msg/s sent, ${result.received}/${total} events, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms (first messages p99 ${result.firstMessageLatencyMs.p99} ms, later ${result.laterMessageLatencyMs.p99} ms); database sessions: ${JSON.stringify(waits.averageSessions)}`,
        );
        await sleep(500);
      }
    } finally {
      stream.stop();
    }
    const p50 = spreadOf(runs, (run) => run.latencyMs.p50, 1);
    const p99 = spreadOf(runs, (run) => run.latencyMs.p99, 1);
    const webhookP99 = spreadOf(runs, (run) => run.webhookMs.p99, 1);
    const rate = spreadOf(runs, (run) => run.achievedRatePerSecond, 0);
    const missing = runs.reduce((total, run) => total + run.missing, 0);
    return {
      scenario: this.id,
      title: this.title,
      params: { ...profile.liveInbox, runs: profile.runs, maxInFlight: MAX_IN_FLIGHT, drainMs },
      runs,
      summary: {
        latencyMs: { p50, p99 },
        webhookP99Ms: webhookP99,
        achievedRatePerSecond: rate,
        missingEvents: missing,
      },
      rows: [
        {
          scenario: `live inbox (${ratePerSecond} msg/s)`,
          measured: `p50 ${formatSpread(p50, ' ms', 0)}, p99 ${formatSpread(p99, ' ms', 0)}; ${missing} events missing; sent at ${rate.median.toFixed(0)} msg/s`,
          baseline: '–',
          target: `p99 ≤ ${TARGET_P99_MS} ms`,
          met: missing === 0 && p99.median <= TARGET_P99_MS,
        },
      ],
      notes: [
        `Open loop at ${ratePerSecond} webhooks/s for ${seconds} s per run from ${guests} guests of one hotel; one staff SSE stream (EventSource through tRPC's subscription link, session cookie). Latency = SSE event received − webhook request sent; an event not received ${drainSeconds} s after the last webhook was sent counts as missing (so does a webhook that failed).`,
      ],
    };
  },
};
