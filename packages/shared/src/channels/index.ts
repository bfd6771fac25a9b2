export * from './catalog.js';
export * from './provider-info.js';
export * from './providers/twilio-sms.js';
