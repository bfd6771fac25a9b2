import type { ProcessorRegistry } from '../types.js';
import { aiReply } from './reply.js';

export const aiProcessors = {
  'ai.reply': aiReply,
} satisfies Partial<ProcessorRegistry>;
