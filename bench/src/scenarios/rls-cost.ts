import {
  asRole,
  executionMs,
  explainStatements,
  type ListCase,
  prepareListCases,
  type Role,
  replay,
} from '../fixtures/inbox-queries.js';
import { progress } from '../lib/log.js';
import { distribution, formatSpread, spread, spreadOf } from '../lib/stats.js';
import type { Scenario, ScenarioResult } from './types.js';
import { percentText } from './types.js';

const TARGET_OVERHEAD = 0.1;

interface RlsRun {
  run: number;
  /** Per case: p50 of the whole page (all statements, transaction included) per role. */
  cases: { name: string; appP50: number; platformP50: number; overhead: number }[];
  /** Sum of the cases' p50s: one figure for "the inbox list" per role. */
  appMs: number;
  platformMs: number;
  overhead: number;
}

export const rlsCostScenario: Scenario = {
  id: 'rls-cost',
  title: 'RLS cost: the inbox list as stayzr_app (RLS on) vs stayzr_platform (BYPASSRLS)',
  async run(context): Promise<ScenarioResult> {
    const { profile, database } = context;
    const cases: ListCase[] = await prepareListCases(context, profile.inboxList.deepPages.slice(-1));
    const client = await database.pool.connect();
    const runs: RlsRun[] = [];
    const roles: Role[] = ['stayzr_app', 'stayzr_platform'];
    const plans: Record<string, Record<Role, { statement: string; plan: string[] }[]>> = {};
    try {
      for (const item of cases) {
        const byRole = {
          app: asRole(item.statements, 'stayzr_app'),
          platform: asRole(item.statements, 'stayzr_platform'),
        };
        for (let index = 0; index < 20; index++) {
          await replay(client, byRole.app);
          await replay(client, byRole.platform);
        }
      }
      for (let run = 1; run <= profile.runs; run++) {
        const caseResults: RlsRun['cases'] = [];
        for (const item of cases) {
          const app: number[] = [];
          const platform: number[] = [];
          const appStatements = asRole(item.statements, 'stayzr_app');
          const platformStatements = asRole(item.statements, 'stayzr_platform');
          // Interleaved, so drift in the machine's load hits both roles alike.
          for (let index = 0; index < profile.rls.iterations; index++) {
            app.push(await replay(client, appStatements));
            platform.push(await replay(client, platformStatements));
          }
          const appP50 = distribution(app).p50;
          const platformP50 = distribution(platform).p50;
          caseResults.push({ name: item.name, appP50, platformP50, overhead: appP50 / platformP50 - 1 });
        }
        const appMs = caseResults.reduce((total, item) => total + item.appP50, 0);
        const platformMs = caseResults.reduce((total, item) => total + item.platformP50, 0);
        runs.push({ run, cases: caseResults, appMs, platformMs, overhead: appMs / platformMs - 1 });
        progress(
          'rls-cost',
          `run ${run}/${profile.runs}: ${caseResults.map((item) => `${item.name} ${item.appP50} vs ${item.platformP50} ms`).join(', ')} → ${percentText(appMs / platformMs - 1)}`,
        );
      }
      for (const item of cases) {
        plans[item.name] = {
          stayzr_app: await explainStatements(client, item.statements, 'stayzr_app'),
          stayzr_platform: await explainStatements(client, item.statements, 'stayzr_platform'),
        };
      }
    } finally {
      client.release();
    }
    const overhead = spread(
      runs.map((run) => run.overhead),
      4,
    );
    const app = spreadOf(runs, (run) => run.appMs);
    const platform = spreadOf(runs, (run) => run.platformMs);
    const executionTimes = Object.fromEntries(
      Object.entries(plans).map(([name, byRole]) => [
        name,
        Object.fromEntries(roles.map((role) => [role, byRole[role].map((entry) => executionMs(entry.plan))])),
      ]),
    );
    return {
      scenario: this.id,
      title: this.title,
      params: {
        iterations: profile.rls.iterations,
        runs: profile.runs,
        cases: cases.map((item) => item.name),
      },
      runs,
      summary: { overhead, appMs: app, platformMs: platform, explainExecutionMs: executionTimes },
      rows: [
        {
          scenario: 'RLS cost (inbox list)',
          measured: `${percentText(overhead.median)} (${percentText(overhead.min)}–${percentText(overhead.max)}); RLS on ${formatSpread(app, ' ms', 2)}`,
          baseline: `BYPASSRLS role ${formatSpread(platform, ' ms', 2)}`,
          target: `≤ ${TARGET_OVERHEAD * 100} % overhead`,
          met: overhead.median <= TARGET_OVERHEAD,
        },
      ],
      notes: [
        `The same captured statements of conversations.list (${cases.map((item) => item.name).join(' and ')}), replayed with pg, once with set_config('role', 'stayzr_app') and once with 'stayzr_platform', interleaved ${profile.rls.iterations} times per run. Figures are p50 of a whole page (sum over the pages).`,
      ],
      evidence: { plans },
    };
  },
};
