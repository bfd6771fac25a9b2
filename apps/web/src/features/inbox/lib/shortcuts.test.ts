import { describe, expect, it } from 'vitest';
import { isTypingTarget, type KeyEventLike, neighbourId, shortcutFor, successorId } from './shortcuts';

const element = (tagName: string, extra: Record<string, unknown> = {}) =>
  ({ tagName, getAttribute: () => null, closest: () => null, ...extra }) as unknown as EventTarget;

const key = (value: string, overrides: Partial<KeyEventLike> = {}): KeyEventLike => ({
  key: value,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  target: element('BODY'),
  ...overrides,
});

describe('shortcutFor', () => {
  it.each([
    ['j', 'next'],
    ['k', 'previous'],
    ['e', 'resolve'],
    ['a', 'assignToMe'],
    ['r', 'reply'],
    ['n', 'note'],
    ['?', 'help'],
  ])('%s means %s', (value, shortcut) => {
    expect(shortcutFor(key(value))).toBe(shortcut);
  });

  it('leaves typing alone: fields, editable areas, menus and dialogs', () => {
    expect(shortcutFor(key('j', { target: element('TEXTAREA') }))).toBeNull();
    expect(shortcutFor(key('j', { target: element('input') }))).toBeNull();
    expect(shortcutFor(key('j', { target: element('DIV', { isContentEditable: true }) }))).toBeNull();
    expect(shortcutFor(key('j', { target: element('DIV', { closest: () => ({}) }) }))).toBeNull();
    expect(shortcutFor(key('e', { isComposing: true }))).toBeNull();
  });

  it('leaves browser and system shortcuts alone', () => {
    expect(shortcutFor(key('r', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('a', { metaKey: true }))).toBeNull();
    expect(shortcutFor(key('e', { altKey: true }))).toBeNull();
    expect(shortcutFor(key('e', { defaultPrevented: true }))).toBeNull();
    expect(shortcutFor(key('x'))).toBeNull();
    expect(shortcutFor(key('J'))).toBeNull();
  });

  it('treats links and buttons as places where shortcuts work', () => {
    expect(isTypingTarget(element('A'))).toBe(false);
    expect(isTypingTarget(element('BUTTON'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('neighbourId', () => {
  const ids = ['a', 'b', 'c'];

  it('moves down and up the list and stops at its ends', () => {
    expect(neighbourId(ids, 'a', 'next')).toBe('b');
    expect(neighbourId(ids, 'b', 'previous')).toBe('a');
    expect(neighbourId(ids, 'c', 'next')).toBe('c');
    expect(neighbourId(ids, 'a', 'previous')).toBe('a');
  });

  it('starts at the top when nothing (or something no longer listed) is open', () => {
    expect(neighbourId(ids, null, 'next')).toBe('a');
    expect(neighbourId(ids, 'gone', 'previous')).toBe('a');
    expect(neighbourId([], null, 'next')).toBeNull();
  });
});

describe('successorId', () => {
  it('goes to the next one down, or up from the bottom, or nowhere', () => {
    expect(successorId(['a', 'b', 'c'], 'b')).toBe('c');
    expect(successorId(['a', 'b', 'c'], 'c')).toBe('b');
    expect(successorId(['a'], 'a')).toBeNull();
    expect(successorId(['a'], 'x')).toBeNull();
  });
});
