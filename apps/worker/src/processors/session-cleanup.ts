import { MaintenanceService } from '@stayzr/shared/server';
import type { Processor } from './types.js';

export const sessionCleanup: Processor<'maintenance.session-cleanup'> = async (_payload, { db, logger }) => {
  const deleted = await new MaintenanceService(db).deleteExpiredSessions();
  if (deleted > 0) logger.info({ deleted }, 'expired sessions removed');
  return { deleted };
};
