import superjson from 'superjson';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkInputEnvelope, deserializeInput } from './superjson-input.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('deserializeInput', () => {
  it('round-trips what the browser client sends: Dates, undefined fields, arrays, escaped keys', () => {
    const inputs: unknown[] = [
      undefined,
      null,
      'text',
      new Date('2030-01-02T03:04:05.000Z'),
      { conversationId: 'x', status: 'snoozed', snoozedUntil: new Date('2030-01-01T00:00:00Z') },
      { cursor: undefined, limit: 25, search: 'a.b' },
      { 'a.b': { 'c\\d': [new Date(0), undefined, 1] } },
      [{ at: new Date(1) }, { at: undefined }],
    ];
    for (const input of inputs) {
      const wire = JSON.parse(JSON.stringify(superjson.serialize(input)));
      expect(deserializeInput(wire)).toEqual(input);
    }
  });

  it.each([
    ['a string meta.values', { json: {}, meta: { values: 'x' } }],
    ['a long path to a string', { json: {}, meta: { values: { [Array(500).fill('a').join('.')]: 'x' } } }],
    [
      'a nested annotation tree',
      { json: { a: [] }, meta: { values: { a: ['set', { 0: ['Date'] }] }, v: 1 } },
    ],
    ['a custom annotation', { json: { a: 1 }, meta: { values: { a: ['custom', 'x'] }, v: 1 } }],
    ['a path into nothing', { json: {}, meta: { values: { 'a.b': ['Date'] }, v: 1 } }],
    ['a prototype path', { json: { a: {} }, meta: { values: { 'a.__proto__': ['undefined'] }, v: 1 } }],
    ['a Date annotation on an object', { json: { a: {} }, meta: { values: { a: ['Date'] }, v: 1 } }],
    ['referential equalities', { json: { a: {} }, meta: { referentialEqualities: { a: ['b'] }, v: 1 } }],
    ['legacy paths (no v)', { json: { a: '' }, meta: { values: { a: ['Date'] } } }],
    ['an extra envelope key', { json: {}, other: 1 }],
    ['no envelope', 'just a string'],
    ['deep nesting', { json: JSON.parse(`${'['.repeat(100)}${']'.repeat(100)}`) }],
    ['too many values', { json: Array.from({ length: 20_000 }, () => 0) }],
  ])('refuses %s before superjson sees it', (_what, envelope) => {
    const spy = vi.spyOn(superjson, 'deserialize');
    expect(() => deserializeInput(envelope)).toThrow(/Malformed request input/);
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses with a tRPC BAD_REQUEST', () => {
    try {
      checkInputEnvelope({ json: {}, meta: { values: 'x' } });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'BAD_REQUEST' });
    }
  });
});
