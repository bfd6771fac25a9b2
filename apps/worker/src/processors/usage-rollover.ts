import { UsageRolloverService } from '@stayzr/shared/server';
import type { Processor } from './types.js';

export const usageRollover: Processor<'maintenance.usage-rollover'> = async (_payload, { db, logger }) => {
  const result = await new UsageRolloverService(db, logger).rollover();
  if (result.opened > 0 || result.pruned > 0 || result.alerts > 0) logger.info(result, 'usage rollover');
  return result;
};
