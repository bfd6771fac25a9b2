export * from './ai-reply-service.js';
export * from './handover-rules.js';
export * from './language.js';
export * from './providers/extractive.js';
export * from './providers/openai-compatible.js';
export * from './providers/types.js';
