import { ZAlertSettings } from '@stayzr/shared';
import { router } from '../trpc/init.js';
import { orgProcedure } from '../trpc/procedures.js';

/** The signed-in person's own new-message alerts (no input names a user). */
export const alertsRouter = router({
  settings: orgProcedure.query(({ ctx }) => ctx.services.alerts.get()),
  updateSettings: orgProcedure
    .input(ZAlertSettings)
    .mutation(({ ctx, input }) => ctx.services.alerts.update(input)),
});
