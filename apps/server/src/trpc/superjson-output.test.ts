import superjson from 'superjson';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeOutput } from './superjson-output.js';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Money {
  constructor(readonly cents: number) {}
}

const KEYS = ['id', 'a.b', 'back\\slash', 'é', '', '0', 'items', 'x.y.z', '\\.', 'createdAt', 'toString'];
const STRINGS = ['', 'hello', 'ünïcødé ✓', 'a.b', 'line\nbreak', '"quoted"', '\\'];

function arbitrary(next: () => number, depth: number, shared: object[]): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const roll = next();
  if (depth > 3 || roll < 0.45) {
    return pick<() => unknown>([
      () => pick(STRINGS),
      () => Math.floor(next() * 2000) - 1000,
      () => next() * 1e6,
      () => -0,
      () => next() < 0.5,
      () => null,
      () => undefined,
      () => new Date(Math.floor(next() * 4e12)),
      // Rare kinds superjson annotates or refuses: they must come out exactly as superjson makes them.
      () =>
        next() < 0.9 ? new Date(Math.floor(next() * 4e12)) : pick([Number.NaN, Number.POSITIVE_INFINITY]),
      () => (next() < 0.9 ? pick(STRINGS) : pick([new Date(Number.NaN), 10n, new Money(5), /re/g])),
      () => (shared.length && next() < 0.3 ? pick(shared) : new Date(1_700_000_000_000)),
    ])();
  }
  if (roll < 0.7) {
    const length = Math.floor(next() * 5);
    const array: unknown[] = [];
    for (let index = 0; index < length; index++) array.push(arbitrary(next, depth + 1, shared));
    if (next() < 0.03) array[length + 2] = 1; // sparse
    return array;
  }
  if (roll < 0.95) {
    const object: Record<string, unknown> = next() < 0.03 ? Object.create(null) : {};
    const size = Math.floor(next() * 5);
    for (let index = 0; index < size; index++) object[pick(KEYS)] = arbitrary(next, depth + 1, shared);
    if (next() < 0.1) shared.push(object);
    return object;
  }
  return pick([new Map([['k', 1]]), new Set([1, 2])]);
}

const sameAsSuperjson = (value: unknown) => {
  const expected = superjson.serialize(value);
  const actual = serializeOutput(value);
  // Same wire bytes (key order included), and the client reads back the same value.
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  expect(superjson.deserialize(JSON.parse(JSON.stringify(actual)))).toEqual(
    superjson.deserialize(JSON.parse(JSON.stringify(expected))),
  );
};

describe('serializeOutput', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes what superjson writes, for thousands of random values', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const next = random(seed);
      const shared: object[] = [];
      const value = { root: arbitrary(next, 0, shared), list: [arbitrary(next, 1, shared)] };
      try {
        sameAsSuperjson(value);
      } catch (error) {
        throw new Error(`seed ${seed}: ${(error as Error).message}`);
      }
    }
  });

  it('writes what superjson writes for an inbox page and an error shape, without calling it', () => {
    const serialize = vi.spyOn(superjson, 'serialize');
    const at = new Date('2026-11-23T10:00:00.123Z');
    const page = {
      items: [0, 1, 2].map((index) => ({
        id: `0199fde3-ed44-7609-a50e-6cc48841900${index}`,
        displayId: 40 + index,
        status: 'open',
        channel: { id: 'c1', type: 'sms', name: 'Front desk' },
        guest: { id: 'g1', name: index ? 'Ana' : null, phoneE164: '+34612345678', email: null },
        assignee: index === 1 ? { id: 'u1', name: 'Ada' } : null,
        lastMessageAt: new Date(at.getTime() - index),
        lastMessagePreview: 'Is early check-in possible?',
        waitingSince: index === 2 ? new Date(at.getTime() - 60_000) : null,
        snoozedUntil: undefined,
        unreadCount: index * 50,
      })),
      nextCursor: 'eyJ0IjoiMjAyNi0xMS0yM1QxMDowMDowMC4xMjNaIiwiaWQiOiIxIn0',
    };
    const error = {
      message: 'Please sign in.',
      code: -32001,
      data: {
        code: 'UNAUTHORIZED',
        httpStatus: 401,
        path: 'team.list',
        appCode: 'UNAUTHENTICATED',
        details: null,
      },
    };
    const expectedPage = JSON.stringify(superjson.serialize(page));
    const expectedError = JSON.stringify(superjson.serialize(error));
    serialize.mockClear();
    expect(JSON.stringify(serializeOutput(page))).toBe(expectedPage);
    expect(JSON.stringify(serializeOutput(error))).toBe(expectedError);
    expect(serialize).not.toHaveBeenCalled();
  });

  it('leaves values reachable twice, cycles and top-level scalars to superjson', () => {
    const date = new Date(0);
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    for (const value of [{ a: date, b: date }, cyclic, date, undefined, 'text', 42, null, [date, [date]]]) {
      sameAsSuperjson(value);
    }
  });

  it('refuses prototype-polluting keys as superjson does', () => {
    const polluted = JSON.parse('{"ok": 1, "__proto__": {"admin": true}}') as unknown;
    expect(() => superjson.serialize(polluted)).toThrow(/prototype pollution/);
    expect(() => serializeOutput(polluted)).toThrow(/prototype pollution/);
    expect(() => serializeOutput({ constructor: 1 })).toThrow(/prototype pollution/);
  });
});
