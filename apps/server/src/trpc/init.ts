import { APP_ERROR_CODES, AppError } from '@stayzr/shared';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { Context } from './context.js';
import { transformer } from './superjson-output.js';

export const t = initTRPC.context<Context>().create({
  transformer,
  sse: { ping: { enabled: true, intervalMs: 15_000 }, client: { reconnectAfterInactivityMs: 30_000 } },
  isDev: false,
  /** The one error mapping: AppError codes → tRPC codes with data.appCode; no stacks or SQL to clients. */
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const appError = cause instanceof AppError ? cause : null;
    const internal = error.code === 'INTERNAL_SERVER_ERROR' && !appError;
    return {
      ...shape,
      message: internal ? 'Something went wrong on our side. Please try again.' : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        appCode: appError?.appCode ?? (cause instanceof ZodError ? 'BAD_REQUEST' : null),
        details: appError?.details ?? null,
        fieldErrors: cause instanceof ZodError ? cause.flatten().fieldErrors : null,
      },
    };
  },
});

/** Turns an AppError thrown anywhere below into a TRPCError with the mapped code. */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const appError = result.error.cause;
    throw new TRPCError({
      code: APP_ERROR_CODES[appError.appCode],
      message: appError.message,
      cause: appError,
    });
  }
  return result;
});

export const router = t.router;
export const publicProcedure = t.procedure.use(mapAppErrors);
