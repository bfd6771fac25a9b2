import {
  ZAcceptInvitationInput,
  ZChangePasswordInput,
  ZInvitationInfoInput,
  ZLoginInput,
} from '@stayzr/shared';
import { DEVICE_COOKIE, toMe } from '@stayzr/shared/server';
import { clearSessionCookie, cookiesSecure, setDeviceCookie, setSessionCookie } from '../session-cookie.js';
import { publicProcedure, router } from '../trpc/init.js';
import { authedProcedure } from '../trpc/procedures.js';

export const authRouter = router({
  login: publicProcedure.input(ZLoginInput).mutation(async ({ ctx, input }) => {
    const issued = await ctx.deps.auth.login(input, ctx.request, ctx.req.cookies[DEVICE_COOKIE]);
    const secure = cookiesSecure(ctx.req, ctx.deps.env.PUBLIC_URL);
    setSessionCookie(ctx.res, issued.token, issued.expiresAt, secure);
    setDeviceCookie(ctx.res, issued.deviceCookie, secure);
    return toMe(issued.session);
  }),

  logout: authedProcedure.mutation(async ({ ctx }) => {
    await ctx.deps.auth.logout(ctx.session.sessionId, ctx.request);
    clearSessionCookie(ctx.res, cookiesSecure(ctx.req, ctx.deps.env.PUBLIC_URL));
    return { ok: true as const };
  }),

  /** null when signed out, so the web app can tell "no session" from an error. */
  me: publicProcedure.query(({ ctx }) => (ctx.session ? toMe(ctx.session) : null)),

  changePassword: authedProcedure
    .input(ZChangePasswordInput)
    .mutation(({ ctx, input }) => ctx.deps.auth.changePassword(ctx.session, input, ctx.request)),

  invitationInfo: publicProcedure
    .input(ZInvitationInfoInput)
    .query(({ ctx, input }) => ctx.deps.auth.invitationInfo(input.token)),

  acceptInvitation: publicProcedure.input(ZAcceptInvitationInput).mutation(async ({ ctx, input }) => {
    const issued = await ctx.deps.auth.acceptInvitation(input, ctx.request);
    setSessionCookie(
      ctx.res,
      issued.token,
      issued.expiresAt,
      cookiesSecure(ctx.req, ctx.deps.env.PUBLIC_URL),
    );
    return toMe(issued.session);
  }),
});
