// Fakes at the network edge, one per provider, each a file of its own on the HttpFake base. Used by
// the integration tests, the browser tests' and `npm run dev`'s SMS sandbox, and the bench; never by
// production code (scripts/check-boundaries.mjs).
export { FakeOpenAi, type FakeOpenAiBehaviour, type FakeOpenAiOptions } from './fake-openai.js';
export { FakeStripe, type FakeSubscription, type RecordedStripeRequest } from './fake-stripe.js';
export {
  FakeTwilio,
  type FakeTwilioOptions,
  postSignedTwilioWebhook,
  type RecordedSend,
  TWILIO_MAX_BODY_CHARS,
} from './fake-twilio.js';
export { freePort } from './free-port.js';
export { HttpFake, type HttpFakeOptions, type ReceivedRequest, type ScriptedReply } from './http-fake.js';
export { SmtpSink, type SmtpSinkOptions, type SunkMail } from './smtp-sink.js';
