/** Single-key shortcuts of the inbox (UI.md): Gmail-style, only while no text field has the focus. */
export type InboxShortcut = 'next' | 'previous' | 'resolve' | 'assignToMe' | 'reply' | 'note' | 'help';

const KEYS: Record<string, InboxShortcut> = {
  j: 'next',
  k: 'previous',
  e: 'resolve',
  a: 'assignToMe',
  r: 'reply',
  n: 'note',
  '?': 'help',
};

export const SHORTCUT_HELP: readonly { keys: string; action: string }[] = [
  { keys: 'j', action: 'Next conversation' },
  { keys: 'k', action: 'Previous conversation' },
  { keys: 'e', action: 'Resolve (or reopen)' },
  { keys: 'a', action: 'Assign to me' },
  { keys: 'r', action: 'Reply' },
  { keys: 'n', action: 'Private note' },
  { keys: 'Enter', action: 'Send (Shift+Enter for a new line)' },
  { keys: '/', action: 'Canned responses, in the composer' },
  { keys: 'Esc', action: 'Leave the composer' },
  { keys: '?', action: 'These shortcuts' },
];

export interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
  isComposing?: boolean;
  target: EventTarget | null;
}

interface ElementLike {
  tagName?: string;
  isContentEditable?: boolean;
  getAttribute?: (name: string) => string | null;
  closest?: (selector: string) => unknown;
}

/** Typing somewhere (a field, an editable area, an open menu or dialog): letters are text, not commands. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as ElementLike | null;
  if (!element?.tagName) return false;
  const tag = element.tagName.toUpperCase();
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (element.isContentEditable) return true;
  const role = element.getAttribute?.('role');
  if (role === 'textbox' || role === 'combobox' || role === 'menuitem' || role === 'option') return true;
  return Boolean(element.closest?.('[role="dialog"], [role="menu"], [role="listbox"]'));
}

export function shortcutFor(event: KeyEventLike): InboxShortcut | null {
  if (event.defaultPrevented || event.isComposing) return null;
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target)) return null;
  return KEYS[event.key] ?? null;
}

/** The conversation `j`/`k` moves to; the first one when none is open. Stays put at either end. */
export function neighbourId(
  ids: readonly string[],
  currentId: string | null,
  direction: 'next' | 'previous',
): string | null {
  if (ids.length === 0) return null;
  const index = currentId ? ids.indexOf(currentId) : -1;
  if (index === -1) return ids[0] ?? null;
  const target = direction === 'next' ? Math.min(index + 1, ids.length - 1) : Math.max(index - 1, 0);
  return ids[target] ?? null;
}

/**
 * Where to go after a conversation leaves the list (resolved, snoozed): the next one down, or the one
 * above when it was the last. Null when the list had nothing else.
 */
export function successorId(ids: readonly string[], leavingId: string): string | null {
  const index = ids.indexOf(leavingId);
  if (index === -1) return null;
  return ids[index + 1] ?? ids[index - 1] ?? null;
}
