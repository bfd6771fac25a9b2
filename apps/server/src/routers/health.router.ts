import { publicProcedure, router } from '../trpc/init.js';

export const healthRouter = router({
  /** Liveness plus the state of each dependency, for the web app's status page. */
  check: publicProcedure.query(async ({ ctx }) => ctx.deps.health.check()),
});
