import { aiProcessors } from './ai/index.js';
import { deliveryProcessors } from './delivery/index.js';
import { maintenanceProcessors } from './maintenance/index.js';
import type { ProcessorRegistry } from './types.js';

/** One folder per queue (`processors/<queue>/`); a job missing here is a type error. */
export const processors: ProcessorRegistry = {
  ...maintenanceProcessors,
  ...deliveryProcessors,
  ...aiProcessors,
};
