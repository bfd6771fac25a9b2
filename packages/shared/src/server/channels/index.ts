export * from './channel-account-service.js';
export * from './registry.js';
export * from './twilio-sms/twilio-inbound.js';
export * from './twilio-sms/twilio-sms.js';
export * from './types.js';
export * from './webhooks.js';
