import type { ProcessorRegistry } from '../types.js';
import { sendMessage } from './send-message.js';

export const deliveryProcessors = {
  'delivery.send-message': sendMessage,
} satisfies Partial<ProcessorRegistry>;
