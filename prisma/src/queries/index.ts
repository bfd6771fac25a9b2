// Every statement written by hand, behind typed functions that check their rows (DESIGN.md, "Rules of
// the house"). Services import them from `@stayzr/db/queries`; the SQL text stays in this folder.

export {
  countFeaturesInUse,
  type FeaturesInUseRow,
  lockOrganizationRow,
  recordBillingEventOnce,
} from './billing.js';
export {
  countUnreadConversations,
  type InboxPageQuery,
  type InboxRow,
  type InboxSort,
  listInboxPage,
  unreadCountsByConversation,
} from './conversation-list.js';
export { nextConversationNumber, takeConversationNumber } from './conversation-numbers.js';
export {
  type AppendedInbound,
  appendFirstInbound,
  appendKnownGuestInbound,
  type InboundRecord,
  messagePreview,
} from './inbound.js';
export { type ExtraPassage, type KnowledgeHit, searchKnowledge } from './knowledge.js';
export { findRowOwner, type ProbeEntity } from './probes.js';
export { lockProviderMessageId } from './provider-message-lock.js';
export { type ReplyState, refreshReplyState } from './reply-state.js';
export { RowShapeError } from './rows.js';
export { findSessionByTokenHash, type SessionLookupRow } from './sessions.js';
export {
  type GaugeMetricName,
  incrementMonthlyUsage,
  incrementMonthlyUsageWithin,
  lockGaugeCapacity,
  type MonthlyMetricName,
  measureAllGauges,
  measureGauge,
  monthlyUsageValue,
  type UsageOverviewRow,
  usageOverviewRows,
  userCountsByOrganization,
} from './usage.js';
