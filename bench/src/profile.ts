import type { DatasetSize } from './fixtures/inbox-dataset.js';

/** How big and how long each scenario runs: `full` (the sizes) or `quick` (under 2 minutes). */
export interface Profile {
  name: 'full' | 'quick';
  runs: number;
  dataset: DatasetSize;
  ingestion: { messages: number; guests: number; concurrency: number; maxSeconds: number; warmup: number };
  liveInbox: { ratePerSecond: number; seconds: number; guests: number; drainSeconds: number };
  inboxList: { requestsPerCase: number; deepPages: number[] };
  rls: { iterations: number };
  outbound: { messages: number; conversations: number; concurrency: number; maxSeconds: number };
  longThread: { scrollMs: number; apiPages: number; probeTimeoutMs: number };
  webBundle: { build: boolean };
  workerConcurrency: number;
}

export const FULL: Profile = {
  name: 'full',
  runs: 3,
  dataset: {
    organizations: 100,
    conversations: 100_000,
    bigOrganizationShare: 0.2,
    messagesPerConversation: 9.9,
    longThreadMessages: 10_000,
  },
  ingestion: { messages: 3_000, guests: 1_000, concurrency: 32, maxSeconds: 25, warmup: 100 },
  liveInbox: { ratePerSecond: 200, seconds: 10, guests: 300, drainSeconds: 5 },
  inboxList: { requestsPerCase: 100, deepPages: [100, 199] },
  rls: { iterations: 150 },
  outbound: { messages: 600, conversations: 60, concurrency: 8, maxSeconds: 25 },
  longThread: { scrollMs: 3_000, apiPages: 20, probeTimeoutMs: 5_000 },
  webBundle: { build: true },
  workerConcurrency: 10,
};

export const QUICK: Profile = {
  name: 'quick',
  runs: 3,
  dataset: {
    organizations: 10,
    conversations: 10_000,
    bigOrganizationShare: 0.2,
    messagesPerConversation: 9.9,
    longThreadMessages: 10_000,
  },
  ingestion: { messages: 300, guests: 100, concurrency: 32, maxSeconds: 2, warmup: 16 },
  liveInbox: { ratePerSecond: 200, seconds: 2, guests: 100, drainSeconds: 2 },
  inboxList: { requestsPerCase: 15, deepPages: [19] },
  rls: { iterations: 30 },
  outbound: { messages: 60, conversations: 20, concurrency: 8, maxSeconds: 4 },
  longThread: { scrollMs: 500, apiPages: 5, probeTimeoutMs: 5_000 },
  webBundle: { build: false },
  workerConcurrency: 10,
};
