import { z } from 'zod';

/** Which new guest messages alert me: every one, mine (assigned to me or to nobody), or none. */
export const ZAlertScope = z.enum(['all', 'mine', 'none']);
export type AlertScope = z.infer<typeof ZAlertScope>;

const MINUTES_PER_DAY = 24 * 60;
/** Minutes after midnight, on the browser's clock. */
const ZMinuteOfDay = z
  .number()
  .int()
  .min(0)
  .max(MINUTES_PER_DAY - 1);

/** A person's own alert settings (there is no input naming another user). */
export const ZAlertSettings = z
  .object({
    scope: ZAlertScope,
    sound: z.boolean(),
    desktop: z.boolean(),
    /** Quiet hours: no sound or desktop alert from start to end (may cross midnight); both null = none. */
    quietStartMin: ZMinuteOfDay.nullable(),
    quietEndMin: ZMinuteOfDay.nullable(),
  })
  .refine((value) => (value.quietStartMin === null) === (value.quietEndMin === null), {
    message: 'Set both ends of the quiet hours, or neither',
    path: ['quietEndMin'],
  })
  .refine((value) => value.quietStartMin === null || value.quietStartMin !== value.quietEndMin, {
    message: 'Quiet hours must end at another time than they start',
    path: ['quietEndMin'],
  });
export type AlertSettings = z.infer<typeof ZAlertSettings>;
