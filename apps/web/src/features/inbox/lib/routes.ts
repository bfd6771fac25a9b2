import { CHANNEL_TYPES, type ChannelTypeValue, type ConversationStatusValue } from '@stayzr/shared';

/** The status tabs, in the order they are shown. */
export const INBOX_STATUSES: readonly ConversationStatusValue[] = ['open', 'pending', 'snoozed', 'resolved'];

export const STATUS_LABELS: Record<ConversationStatusValue, string> = {
  open: 'Open',
  pending: 'Pending',
  snoozed: 'Snoozed',
  resolved: 'Resolved',
};

/** What Pending means, wherever it can be chosen. */
export const PENDING_EXPLANATION =
  'Waiting on the guest or a colleague; stays out of Open until the guest writes again.';

/** The inbox page's route: the list of one status tab and, when one is open, a conversation. */
export const INBOX_ROUTE = '/inbox/:status/:conversationId?';

export type AssigneeFilter = 'me' | 'unassigned' | 'all';
export const ASSIGNEE_FILTERS: readonly AssigneeFilter[] = ['me', 'unassigned', 'all'];
export const ASSIGNEE_LABELS: Record<AssigneeFilter, string> = {
  me: 'Mine',
  unassigned: 'Unassigned',
  all: 'All',
};

export type InboxSort = 'newest' | 'waiting';
export const SORT_LABELS: Record<InboxSort, string> = {
  newest: 'Newest first',
  waiting: 'Longest waiting',
};

export interface InboxFilters {
  assignee: AssigneeFilter;
  channel: ChannelTypeValue | null;
  search: string;
  /** Only conversations with guest messages this user has not read. */
  unread: boolean;
  sort: InboxSort;
  /** Only conversations with this label. */
  labelId: string | null;
}

export const DEFAULT_FILTERS: InboxFilters = {
  assignee: 'all',
  channel: null,
  search: '',
  unread: false,
  sort: 'newest',
  labelId: null,
};

export function parseStatus(value: string | undefined): ConversationStatusValue | null {
  return INBOX_STATUSES.find((status) => status === value) ?? null;
}

/**
 * Filters live in the query string (`?assignee=me&channel=sms&q=late&unread=1&sort=waiting`), so a reload
 * or a link keeps them.
 */
export function filtersFromSearch(params: URLSearchParams): InboxFilters {
  const assignee = ASSIGNEE_FILTERS.find((value) => value === params.get('assignee')) ?? 'all';
  const channel = CHANNEL_TYPES.find((value) => value === params.get('channel')) ?? null;
  return {
    assignee,
    channel,
    search: (params.get('q') ?? '').slice(0, 100),
    unread: params.get('unread') === '1',
    sort: params.get('sort') === 'waiting' ? 'waiting' : 'newest',
    labelId: UUID.test(params.get('label') ?? '') ? params.get('label') : null,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Any filter that can hide conversations (the order hides none). */
export function isFiltered(filters: InboxFilters): boolean {
  return (
    filters.search.trim() !== '' ||
    filters.channel !== null ||
    filters.assignee !== 'all' ||
    filters.unread ||
    filters.labelId !== null
  );
}

export function searchFromFilters(filters: InboxFilters): string {
  const params = new URLSearchParams();
  if (filters.assignee !== 'all') params.set('assignee', filters.assignee);
  if (filters.channel) params.set('channel', filters.channel);
  if (filters.search.trim()) params.set('q', filters.search.trim());
  if (filters.unread) params.set('unread', '1');
  if (filters.sort !== 'newest') params.set('sort', filters.sort);
  if (filters.labelId) params.set('label', filters.labelId);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** `/inbox/open/<id>?assignee=me`: the URL is the inbox's state. */
export function inboxPath(
  status: ConversationStatusValue,
  conversationId?: string | null,
  filters: InboxFilters = DEFAULT_FILTERS,
): string {
  const base = conversationId ? `/inbox/${status}/${conversationId}` : `/inbox/${status}`;
  return base + searchFromFilters(filters);
}
