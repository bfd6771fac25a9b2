import type { AlertSettings } from './schemas/alerts.js';

// Alert defaults and typing timings, apart from the alert schemas: the inbox reads these on every
// page and would otherwise load zod for them.

export const DEFAULT_ALERT_SETTINGS: AlertSettings = {
  scope: 'mine',
  sound: true,
  desktop: false,
  quietStartMin: null,
  quietEndMin: null,
};

/** How long a "… is typing" lasts without a refresh; the composer refreshes well within it. */
export const TYPING_TTL_MS = 6_000;
/** The composer says it is typing at most this often (the server drops refreshes closer together). */
export const TYPING_REFRESH_MS = 2_500;
