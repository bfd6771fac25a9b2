export * from './channel-account-service.js';
export * from './twilio-sms/twilio-inbound.js';
export * from './twilio-sms/twilio-sms.js';
export * from './types.js';
