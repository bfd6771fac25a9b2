import { ZAlertSettings } from '@stayzr/shared';
import { AlertSettingsService } from '@stayzr/shared/server';
import { router } from '../trpc/init.js';
import { orgProcedure } from '../trpc/procedures.js';
import { service } from '../trpc/services.js';

/** The signed-in person's own new-message alerts (no input names a user). */
export const alertsRouter = router({
  settings: orgProcedure.query(({ ctx }) => service(ctx, AlertSettingsService).get()),
  updateSettings: orgProcedure
    .input(ZAlertSettings)
    .mutation(({ ctx, input }) => service(ctx, AlertSettingsService).update(input)),
});
