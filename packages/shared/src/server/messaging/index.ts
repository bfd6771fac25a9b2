export * from './delivery-sweeper.js';
export * from './early-status-cleanup.js';
export * from './message-delivery-service.js';
export * from './message-dto.js';
export * from './message-service.js';
export * from './message-status.js';
