import { inboxListScenario } from './inbox-list.js';
import { ingestionScenario } from './ingestion.js';
import { liveInboxScenario } from './live-inbox.js';
import { longThreadScenario } from './long-thread.js';
import { memoryScenario } from './memory.js';
import { outboundScenario } from './outbound.js';
import { rlsCostScenario } from './rls-cost.js';
import { signInToInboxScenario } from './sign-in-to-inbox.js';
import type { Scenario } from './types.js';
import { webBundleScenario } from './web-bundle.js';

/** In run order: memory right after ingestion (it reads ingestion's RSS samples), the browser last. */
export const SCENARIOS: Scenario[] = [
  ingestionScenario,
  memoryScenario,
  liveInboxScenario,
  inboxListScenario,
  rlsCostScenario,
  outboundScenario,
  webBundleScenario,
  longThreadScenario,
  signInToInboxScenario,
];
