export * from './catalog.js';
export * from './channel-types.js';
export * from './message-length.js';
export * from './provider-info.js';
export * from './providers/twilio-sms.js';
