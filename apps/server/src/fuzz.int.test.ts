import {
  createTestCannedResponse,
  createTestChannelAccount,
  createTestConversation,
  createTestGuest,
  createTestInvitation,
  createTestKnowledgeArticle,
  createTestMessage,
  createTestNotification,
  createTestOrganization,
  createTestSession,
  createTestStay,
  createTestUser,
  type TestDatabase,
  testRedisPrefix,
} from '@stayzr/db/testing';
import type { StripeBillingProvider } from '@stayzr/shared/server';
import { FakeStripe, postSignedTwilioWebhook } from '@stayzr/testing';
import fc from 'fast-check';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './router.js';
import { SESSION_COOKIE } from './session-cookie.js';
import { startListeningTestServer, type TestServer, useServerHarness } from './testing/harness.js';

/**
 * Hang guard, not a performance assertion: every request must be answered within 3 s, on a shared,
 * loaded 2-core machine. A procedure that loops or waits on something that never comes fails here.
 */
const ANSWER_WITHIN_MS = 3_000;
/**
 * Generated inputs per procedure and caller. Small, so the suite stays within ~40 s; fast-check's seed
 * is random on every run and printed on failure (replay with `fc.assert(..., { seed, path })`).
 */
const RUNS = { admin: 10, anonymous: 2, superAdmin: 8, webhook: 40, stripe: 80 } as const;

const AUTH_TOKEN = 'fuzz-auth-token-0123456789';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What a body must never show a client: stack frames, SQL, driver or runtime error text. */
const LEAK =
  /\n\s+at \S|\bat [\w.<>]+ \(|prisma|postgres|invalid byte sequence|violates .* constraint|syntax error at|relation "|column "|ECONNREFUSED|TypeError|RangeError|ReferenceError|Cannot read propert|Maximum call stack/i;

type ProcedureType = 'query' | 'mutation' | 'subscription';
interface ProcedureInfo {
  path: string;
  type: ProcedureType;
  /** The top-level object schema's fields, when the input is an object (for inputs that get further). */
  shape: Record<string, ZodLike> | null;
}
interface ZodLike {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, ZodLike>;
      innerType?: ZodLike;
      entries?: object;
      options?: ZodLike[];
      values?: unknown[];
    };
  };
}

const procedures: ProcedureInfo[] = Object.entries(
  (
    appRouter._def as unknown as {
      procedures: Record<string, { _def: { type: ProcedureType; inputs: unknown[] } }>;
    }
  ).procedures,
)
  .map(([path, procedure]) => ({
    path,
    type: procedure._def.type,
    shape: objectShape(procedure._def.inputs[0]),
  }))
  .sort((a, b) => a.path.localeCompare(b.path));

function unwrap(schema: ZodLike | undefined): ZodLike | undefined {
  let current = schema;
  for (let guard = 0; current && guard < 10; guard++) {
    const { def } = current._zod;
    if (!['optional', 'nullable', 'default', 'prefault', 'nonoptional'].includes(def.type)) break;
    current = def.innerType;
  }
  return current;
}

function objectShape(schema: unknown): Record<string, ZodLike> | null {
  const inner = unwrap(schema as ZodLike | undefined);
  // A discriminated union (channels.connect, update, test): its first option, so inputs reach the service.
  const object = inner?._zod?.def.type === 'union' ? unwrap(inner._zod.def.options?.[0]) : inner;
  return object?._zod?.def.type === 'object' ? (object._zod.def.shape ?? null) : null;
}

// Hostile values ------------------------------------------------------------------------------------

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\u202Eevil\u202C',
  '\u200B\u200C\u200D\uFEFF',
  'مرحبا بالعالم',
  '%',
  '_',
  '\\',
  '%_\\%',
  '\'"`;--',
  '../../etc/passwd',
  '2026-02-30',
  '0000-00-00',
  '9999-12-31',
  '-010000-01-01T00:00:00.000Z',
  // A keyset cursor forged to carry a date PostgreSQL cannot store.
  Buffer.from(
    JSON.stringify({ t: '-010000-01-01T00:00:00.000Z', id: '00000000-0000-4000-8000-000000000000' }),
  ).toString('base64url'),
  '+275760-09-13T00:00:00.000Z',
  'NaN',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '+00000000000000000000',
  'a@b',
  'x'.repeat(5_000),
  '\u0000'.repeat(1_000),
  '😀'.repeat(2_000),
];

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constant('y'.repeat(60_000)) },
);

const hostileNumber = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_SAFE_INTEGER,
    Number.MIN_SAFE_INTEGER,
    Number.MAX_VALUE,
    2 ** 31,
    -(2 ** 31) - 1,
    1e21,
  ),
  fc.double(),
  fc.integer(),
);

const hostileDate = fc.oneof(
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(new Date(8.64e15), new Date(-8.64e15), new Date(0), new Date('2026-02-28T23:59:59.999Z')),
);

let deepValue: unknown = 'bottom';
for (let level = 0; level < 40; level++) deepValue = { nested: [deepValue] };

const hostileLeaf = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: hostileDate },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false) },
  { weight: 1, arbitrary: fc.constant(deepValue) },
  { weight: 1, arbitrary: fc.constant(Array.from({ length: 20_000 }, (_, i) => i)) },
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileLeaf },
  { weight: 1, arbitrary: fc.array(hostileLeaf, { maxLength: 30 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, hostileLeaf, { maxKeys: 8 }) },
  {
    weight: 1,
    arbitrary: fc.anything({ maxDepth: 4, withDate: true, withNullPrototype: true, withSparseArray: true }),
  },
);

// Calls -----------------------------------------------------------------------------------------------

interface Fixture {
  ids: Record<string, string>;
}

/** A value the field's schema accepts, often enough for an input to get past validation into services. */
function plausible(key: string, schema: ZodLike, fixture: Fixture): fc.Arbitrary<unknown> {
  const inner = unwrap(schema);
  const type = inner?._zod.def.type;
  const id = fixture.ids[key];
  if (id) return fc.oneof({ weight: 4, arbitrary: fc.constant(id) }, { weight: 1, arbitrary: fc.uuid() });
  if (type === 'enum' && inner?._zod.def.entries)
    return fc.constantFrom(...Object.values(inner._zod.def.entries));
  if (type === 'literal' && inner?._zod.def.values?.length) return fc.constantFrom(...inner._zod.def.values);
  const shape = objectShape(inner);
  if (shape) {
    return fc.record(
      Object.fromEntries(
        Object.entries(shape).map(([field, value]) => [field, plausible(field, value, fixture)]),
      ),
    );
  }
  if (type === 'number') return fc.integer({ min: 1, max: 30 });
  if (type === 'boolean') return fc.boolean();
  if (type === 'date') return fc.constant(new Date(Date.now() + 86_400_000));
  if (/check(In|Out)$/.test(key)) return fc.constantFrom('2030-01-01', '2030-01-05');
  if (/email/i.test(key)) return fc.constant(`fuzz-${Date.now()}@fuzz.test`);
  if (/phone|^to$/i.test(key)) return fc.constant('+447700900777');
  if (key === 'country') return fc.constant('GB');
  if (key === 'accountSid') return fc.constant(`AC${'e'.repeat(32)}`);
  if (key === 'token') return fc.constant('a'.repeat(32));
  if (/password/i.test(key)) return fc.constant('correct horse battery staple');
  return fc.constantFrom('Fuzz text', 'fuzz-value', 'UTC');
}

/**
 * Mostly a valid input with one field made hostile (so the hostile value gets past every other check and
 * reaches the service), else wrong types, missing and extra fields everywhere, or no object at all.
 */
function inputFor(procedure: ProcedureInfo, fixture: Fixture): fc.Arbitrary<unknown> {
  const { shape } = procedure;
  if (!shape || Object.keys(shape).length === 0) return hostileValue;
  const keys = Object.keys(shape);
  const valid = fc.record(
    Object.fromEntries(keys.map((key) => [key, plausible(key, shape[key] as ZodLike, fixture)])),
  );
  const oneHostile = fc
    .tuple(valid, fc.constantFrom(...keys), fc.oneof(hostileString, hostileValue))
    .map(([input, key, value]) => ({ ...input, [key]: value }));
  const fields = Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [
      key,
      fc.option(fc.oneof(plausible(key, schema, fixture), hostileValue), { nil: undefined, freq: 5 }),
    ]),
  );
  const anyFields = fc
    .tuple(fc.record(fields), fc.dictionary(hostileString, hostileLeaf, { maxKeys: 3 }))
    .map(([known, extra]) => ({ ...extra, ...known }));
  return fc.oneof(
    { weight: 6, arbitrary: oneHostile },
    { weight: 2, arbitrary: anyFields },
    { weight: 1, arbitrary: hostileValue },
  );
}

/** Envelopes superjson's client would never send. */
const malformedEnvelope = fc.oneof(
  fc.record({ json: hostileValue, meta: fc.anything({ maxDepth: 3 }) }),
  fc.record({
    json: fc.constant({}),
    meta: fc.record({ values: hostileValue, v: fc.constantFrom(1, 0, 'x') }),
  }),
  fc.record({
    json: fc.constant({ a: '2030-01-01' }),
    meta: fc.record({
      values: fc.dictionary(
        fc.string({ maxLength: 30 }),
        fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
      ),
      v: fc.constant(1),
    }),
  }),
  fc.anything({ maxDepth: 3 }),
);

/** JSON.stringify with the values JSON cannot hold turned into strings, as a hand-written client might. */
const stringify = (value: unknown) => {
  try {
    return JSON.stringify(value, (_key, item) => (typeof item === 'bigint' ? String(item) : item)) ?? 'null';
  } catch {
    return '"unserializable"';
  }
};

/** What a client would send for `input`; superjson's client refuses some values (`__proto__` keys), a raw one does not. */
const envelopeOf = (input: unknown) => {
  try {
    return superjson.serialize(input);
  } catch {
    return { json: input };
  }
};
const wireOf = (input: unknown) => stringify(envelopeOf(input));

describe('fuzz: hostile input to every procedure and webhook', () => {
  const harness = useServerHarness({ twilio: true });
  let database: TestDatabase;
  let base: string;
  let orgId: string;
  /** The webhooks' channel: the procedures never see its id, so its credentials stay as signed. */
  let webhookChannelId: string;
  let fixture: Fixture;
  const cookies: Record<'admin' | 'anonymous' | 'superAdmin', string | null> = {
    admin: null,
    anonymous: null,
    superAdmin: null,
  };
  let adminUserId: string;

  /** Rows of every table a refused input could write to (audited cross-tenant denials excepted). */
  const rowCount = async () => {
    const [row] = await database.db.withPlatform(
      (tx) =>
        tx.$queryRaw<{ n: bigint }[]>`
        select (select count(*) from organizations) + (select count(*) from users)
          + (select count(*) from invitations) + (select count(*) from guests) + (select count(*) from stays)
          + (select count(*) from channel_accounts) + (select count(*) from conversations)
          + (select count(*) from messages) + (select count(*) from canned_responses)
          + (select count(*) from notifications) + (select count(*) from attachments)
          + (select count(*) from sessions) + (select count(*) from conversation_reads)
          + (select count(*) from knowledge_articles) + (select count(*) from hotel_facts)
          + (select count(*) from ai_replies)
          + (select count(*) from audit_logs where action <> 'cross_tenant_denied') as n`,
    );
    return Number(row?.n ?? 0);
  };

  async function send(
    caller: keyof typeof cookies,
    procedure: ProcedureInfo,
    wire: string,
  ): Promise<{ status: number; body: string }> {
    const headers: Record<string, string> = cookies[caller] ? { cookie: cookies[caller] as string } : {};
    const signal = AbortSignal.timeout(ANSWER_WITHIN_MS);
    const url = `${base}/trpc/${procedure.path}`;
    const response =
      procedure.type === 'mutation'
        ? await fetch(url, {
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/json' },
            body: wire,
            signal,
          })
        : await fetch(`${url}?input=${encodeURIComponent(wire)}`, { headers, signal });
    // A valid subscription opens a stream: its status is the answer, the stream is not read.
    if (procedure.type === 'subscription' && response.status === 200) {
      await response.body?.cancel();
      return { status: 200, body: '' };
    }
    return { status: response.status, body: await response.text() };
  }

  /**
   * The properties every answer must have; a refused (4xx) mutation must not have written a row (queries
   * and subscriptions only read, and counting around them would double the suite's time).
   */
  async function check(caller: keyof typeof cookies, procedure: ProcedureInfo, wire: string) {
    const before = procedure.type === 'mutation' ? await rowCount() : null;
    const { status, body } = await send(caller, procedure, wire);
    const label = `${caller} ${procedure.path} ${wire.slice(0, 300)}`;
    expect(status, `${label} → ${body.slice(0, 300)}`).toBeLessThan(500);
    expect(body, label).not.toMatch(LEAK);
    if (status >= 400 && before !== null) {
      expect(await rowCount(), `${label} wrote a row and answered ${status}`).toBe(before);
    }
    if (procedure.path === 'auth.logout' && cookies[caller]) await signInAgain(caller);
  }

  async function signInAgain(caller: keyof typeof cookies) {
    const userId = caller === 'admin' ? adminUserId : fixture.ids.superAdminId;
    if (!userId) return;
    const { token } = await createTestSession(database.db, { id: userId });
    cookies[caller] = `${SESSION_COOKIE}=${token}`;
  }

  beforeAll(async () => {
    ({ database, base } = harness);
    const org = await createTestOrganization(database.db, { name: 'Hotel Fuzz', country: 'GB' });
    orgId = org.id;
    const other = await createTestOrganization(database.db, { name: 'Hotel Elsewhere' });
    const channel = await createTestChannelAccount(database.db, orgId, {
      address: '+447700900998',
      config: { accountSid: `AC${'d'.repeat(32)}`, authToken: 'procedure-channel-token' },
    });
    webhookChannelId = (
      await createTestChannelAccount(database.db, orgId, {
        address: '+447700900999',
        config: { accountSid: `AC${'f'.repeat(32)}`, authToken: AUTH_TOKEN },
      })
    ).id;
    const guest = await createTestGuest(database.db, orgId, {
      name: 'Fuzz Guest',
      phoneE164: '+447700900111',
    });
    const otherGuest = await createTestGuest(database.db, orgId, { name: 'Second Guest' });
    const conversation = await createTestConversation(database.db, orgId, {
      guestId: guest.id,
      channelAccountId: channel.id,
    });
    const inbound = await createTestMessage(database.db, conversation, { body: 'fuzz message' });
    const article = await createTestKnowledgeArticle(database.db, orgId, { title: 'Fuzz parking' });
    const suggestion = await database.db.withTenant(orgId, (tx) =>
      tx.aiReply.create({
        data: {
          organizationId: orgId,
          conversationId: conversation.id,
          inboundMessageId: inbound.id,
          outcome: 'suggested',
          mode: 'suggest',
          provider: 'extractive',
          draft: 'fuzz suggestion',
        },
      }),
    );
    const failed = await createTestMessage(database.db, conversation, {
      direction: 'outbound',
      senderType: 'staff',
      status: 'failed',
      body: 'failed reply',
    });
    const admin = await createTestUser(database.db, orgId, { role: 'ORG_ADMIN' });
    adminUserId = admin.id;
    const staff = await createTestUser(database.db, orgId, { role: 'STAFF' });
    const superAdmin = await createTestUser(database.db, null);
    fixture = {
      ids: {
        guestId: guest.id,
        survivorId: guest.id,
        mergedId: otherGuest.id,
        otherGuestId: otherGuest.id,
        stayId: (await createTestStay(database.db, orgId, { guestId: guest.id })).id,
        conversationId: conversation.id,
        messageId: failed.id,
        channelAccountId: channel.id,
        userId: staff.id,
        assigneeId: staff.id,
        actorUserId: admin.id,
        invitationId: (await createTestInvitation(database.db, orgId)).id,
        notificationId: (await createTestNotification(database.db, orgId, { title: 'fuzz' })).id,
        cannedResponseId: (await createTestCannedResponse(database.db, orgId)).id,
        articleId: article.id,
        suggestionId: suggestion.id,
        labelId: (
          await database.db.withPlatform((tx) =>
            tx.label.create({ data: { organizationId: orgId, name: 'Fuzz label', color: 'blue' } }),
          )
        ).id,
        organizationId: other.id,
        superAdminId: superAdmin.id,
      },
    };
    await signInAgain('admin');
    await signInAgain('superAdmin');
  });

  it('walks every procedure of the app router', () => {
    expect(procedures.length).toBeGreaterThan(40);
    // Every procedure takes an input or none; either way it is fuzzed below.
    for (const procedure of procedures)
      expect(['query', 'mutation', 'subscription']).toContain(procedure.type);
  });

  for (const caller of ['admin', 'anonymous', 'superAdmin'] as const) {
    it(`${caller}: every procedure answers generated hostile inputs with < 500, no leak, no write when refused`, async () => {
      for (const procedure of procedures) {
        // A super admin is fuzzed where only a super admin gets past the procedure chain.
        if (caller === 'superAdmin' && !procedure.path.startsWith('platform.')) continue;
        await fc.assert(
          fc.asyncProperty(inputFor(procedure, fixture), async (input) => {
            await check(caller, procedure, wireOf(input));
          }),
          { numRuns: RUNS[caller] },
        );
      }
    }, 120_000);
  }

  it('every procedure refuses malformed superjson envelopes with a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...procedures), malformedEnvelope, async (procedure, envelope) => {
        await check('admin', procedure, stringify(envelope));
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('batches of hostile inputs answer < 500 without a leak', async () => {
    const queries = procedures.filter((p) => p.type === 'query');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...queries), { minLength: 1, maxLength: 12 }),
        fc.array(fc.oneof(hostileValue, malformedEnvelope), { maxLength: 12 }),
        async (batch, inputs) => {
          const wire = stringify(Object.fromEntries(inputs.map((input, i) => [i, envelopeOf(input)])));
          const response = await fetch(
            `${base}/trpc/${batch.map((p) => p.path).join(',')}?batch=1&input=${encodeURIComponent(wire)}`,
            { headers: { cookie: cookies.admin ?? '' }, signal: AbortSignal.timeout(ANSWER_WITHIN_MS) },
          );
          const body = await response.text();
          expect(response.status).toBeLessThan(500);
          expect(body).not.toMatch(LEAK);
        },
      ),
      { numRuns: 20 },
    );
  }, 60_000);

  describe('Twilio webhooks', () => {
    const TWILIO_KEYS = [
      'MessageSid',
      'SmsSid',
      'AccountSid',
      'From',
      'To',
      'Body',
      'NumMedia',
      'MediaUrl0',
      'MediaContentType0',
      'FromCity',
      'FromCountry',
      'NumSegments',
      'MessageStatus',
      'SmsStatus',
      'ErrorCode',
    ];
    // Form values are strings; lone surrogates cannot travel in a form (they arrive as U+FFFD).
    const formString = fc.oneof(
      fc.constantFrom('\u0000', 'a\u0000b', '\u0000'.repeat(1_000)),
      fc.constantFrom(...HOSTILE_STRINGS.filter((s) => !LONE_SURROGATE.test(s))),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.constantFrom(`SM${'a'.repeat(32)}`, '+447700900123', 'delivered', 'failed', '30007', '1', '3'),
    );
    let sid = 0;
    /** What Twilio sends for a real inbound message or status callback, with a fresh MessageSid. */
    const validParams = fc.constant(null).map(() => {
      const messageSid = `SM${String(++sid).padStart(32, '0')}`;
      return {
        MessageSid: messageSid,
        SmsSid: messageSid,
        AccountSid: `AC${'f'.repeat(32)}`,
        From: '+447700900321',
        To: '+447700900999',
        Body: 'Is breakfast included?',
        NumMedia: '0',
        MessageStatus: 'delivered',
      } as Record<string, string>;
    });
    // Mostly one field made hostile in a real payload, so it gets past the others; else anything.
    const params = fc.oneof(
      {
        weight: 3,
        arbitrary: fc
          .tuple(validParams, fc.constantFrom(...TWILIO_KEYS), formString)
          .map(([valid, key, value]) => ({ ...valid, [key]: value })),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            fc.record(Object.fromEntries(TWILIO_KEYS.map((key) => [key, formString])), { requiredKeys: [] }),
            fc.dictionary(fc.string({ maxLength: 20 }), formString, { maxKeys: 3 }),
          )
          .map(([known, extra]) => ({ ...extra, ...known }) as Record<string, string>),
      },
    );
    const messages = () => database.db.withTenant(orgId, (tx) => tx.message.count());

    it.each(['sms', 'status'])(
      '/webhooks/twilio/:id/%s answers signed hostile payloads < 500, stores nothing it refuses',
      async (route) => {
        await fc.assert(
          fc.asyncProperty(
            params,
            fc.constantFrom(
              webhookChannelId,
              webhookChannelId,
              webhookChannelId,
              'not-a-uuid',
              '00000000-0000-0000-0000-000000000000',
            ),
            async (form, id) => {
              const before = await rowCount();
              const beforeMessages = await messages();
              const response = await postSignedTwilioWebhook(
                `${base}/webhooks/twilio/${id}/${route}`,
                form,
                AUTH_TOKEN,
              );
              const body = await response.text();
              const label = `${route} ${JSON.stringify(form).slice(0, 300)} → ${response.status} ${body.slice(0, 200)}`;
              expect(response.status, label).toBeLessThan(500);
              expect(body, label).not.toMatch(LEAK);
              if (response.status >= 400) {
                expect(await rowCount(), label).toBe(before);
                expect(await messages(), label).toBe(beforeMessages);
              }
            },
          ),
          { numRuns: RUNS.webhook },
        );
      },
      60_000,
    );

    it('a plausible, signed guest message among the hostile ones is still stored', async () => {
      const before = await messages();
      const response = await postSignedTwilioWebhook(
        `${base}/webhooks/twilio/${webhookChannelId}/sms`,
        {
          MessageSid: `SM${'9'.repeat(32)}`,
          From: '+447700900555',
          To: '+447700900999',
          Body: '\u202Eمرحبا\u200B',
        },
        AUTH_TOKEN,
      );
      expect(response.status).toBe(200);
      expect(await messages()).toBe(before + 1);
    });
  });
  describe('Stripe webhook', () => {
    const WEBHOOK_SECRET = 'whsec_fuzz_secret';
    let stripe: FakeStripe;
    let billingServer: TestServer;
    let billingBase: string;

    beforeAll(async () => {
      stripe = new FakeStripe();
      await stripe.listen();
      // A server of its own with Stripe configured, on the same database: the procedures above keep manual billing.
      billingServer = await startListeningTestServer({
        DATABASE_URL: database.url,
        REDIS_PREFIX: testRedisPrefix(),
        STRIPE_SECRET_KEY: 'sk_test_stayzr_fuzz',
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        STRIPE_PRICE_STARTER: 'price_starter_monthly',
        STRIPE_PRICE_PROFESSIONAL: 'price_professional_monthly',
        STRIPE_API_BASE_URL: stripe.baseUrl,
      });
      billingBase = billingServer.baseUrl;
    });
    afterAll(async () => {
      await billingServer?.close();
      await stripe?.close();
    });

    const sign = (payload: string) =>
      (billingServer.deps.billing as StripeBillingProvider).stripe.webhooks.generateTestHeaderString({
        payload,
        secret: WEBHOOK_SECRET,
      });
    let eventSeq = 0;
    /** The events the handler acts on, about the fuzz hotel, each with a fresh id. */
    const validEvent = fc
      .constantFrom(
        'checkout.session.completed',
        'customer.subscription.updated',
        'customer.subscription.deleted',
        'invoice.payment_failed',
        'customer.created',
      )
      .map((type) => ({
        id: `evt_fuzz${String(++eventSeq).padStart(12, '0')}`,
        object: 'event',
        type,
        api_version: '2026-10-28.endive',
        created: Math.floor(Date.now() / 1000),
        livemode: false,
        data: {
          object: {
            id: type.startsWith('customer.subscription') ? 'sub_fuzz' : 'in_fuzz',
            client_reference_id: orgId,
            metadata: { organizationId: orgId, plan: 'professional' },
            customer: 'cus_fuzz',
            subscription: 'sub_fuzz',
            status: 'active',
            trial_end: null,
            items: { data: [{ price: { id: 'price_professional_monthly' } }] },
          },
        },
      }));
    const FIELDS = [
      ['id'],
      ['type'],
      ['data'],
      ['data', 'object'],
      ...[
        'id',
        'client_reference_id',
        'metadata',
        'customer',
        'subscription',
        'status',
        'trial_end',
        'items',
      ].map((field) => ['data', 'object', field]),
      ['data', 'object', 'metadata', 'plan'],
      ['data', 'object', 'metadata', 'organizationId'],
      ['data', 'object', 'items', 'data'],
    ];
    const withValue = (event: Record<string, unknown>, path: string[], value: unknown) => {
      const copy = structuredClone(event);
      let node: Record<string, unknown> = copy;
      for (const key of path.slice(0, -1)) {
        if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
        node = node[key] as Record<string, unknown>;
      }
      node[path[path.length - 1] as string] = value;
      return copy;
    };
    // Signed bodies: mostly a real event with one field made hostile, else any JSON, else not JSON at all.
    const payload = fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .tuple(validEvent, fc.constantFrom(...FIELDS), hostileValue)
          .map(([event, path, value]) => JSON.stringify(withValue(event, path, value)) ?? ''),
      },
      { weight: 1, arbitrary: hostileValue.map((value) => JSON.stringify(value) ?? '') },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('', ' ', '{', 'null', '[]', '{}', '"evt_1"', '{"object":"v2.core.event"}'),
      },
    );
    /** The hotel's billing state and what a webhook may write: events, audit rows, notifications. */
    const billingState = () =>
      database.db.withPlatform(async (tx) => ({
        organizations: await tx.organization.findMany({
          select: {
            id: true,
            plan: true,
            subscriptionStatus: true,
            billingCustomerId: true,
            billingSubscription: true,
          },
          orderBy: { id: 'asc' },
        }),
        billingEvents: await tx.billingEvent.count(),
        rows: await rowCount(),
      }));

    it('/webhooks/stripe answers signed hostile payloads < 500, writes nothing it refuses', async () => {
      await fc.assert(
        fc.asyncProperty(payload, async (body) => {
          const before = await billingState();
          const response = await fetch(`${billingBase}/webhooks/stripe`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'stripe-signature': sign(body) },
            body,
            signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
          });
          const text = await response.text();
          const label = `${body.slice(0, 300)} → ${response.status} ${text.slice(0, 200)}`;
          expect(response.status, label).toBeLessThan(500);
          expect(text, label).not.toMatch(LEAK);
          if (response.status >= 400) expect(await billingState(), label).toEqual(before);
        }),
        { numRuns: RUNS.stripe },
      );
    }, 90_000);

    it('a well-formed, signed event among the hostile ones is still applied', async () => {
      const body = JSON.stringify({
        id: 'evt_fuzz_plausible',
        object: 'event',
        type: 'invoice.payment_failed',
        data: { object: { id: 'in_fuzz_plausible', customer: 'cus_nobody' } },
      });
      const response = await fetch(`${billingBase}/webhooks/stripe`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': sign(body) },
        body,
      });
      expect({ status: response.status, body: await response.json() }).toEqual({
        status: 200,
        body: { received: true },
      });
    });
  });
});
