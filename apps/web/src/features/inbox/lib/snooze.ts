export interface SnoozePreset {
  key: 'hour' | 'tomorrow' | 'monday';
  label: string;
  until: Date;
}

/** An hour from now; tomorrow at 9:00; next Monday at 9:00 (skipped when tomorrow is Monday). Local time. */
export function snoozePresets(now: Date = new Date()): SnoozePreset[] {
  const hour = new Date(now.getTime() + 60 * 60 * 1000);
  const tomorrow = atNine(now, 1);
  const presets: SnoozePreset[] = [
    { key: 'hour', label: 'For 1 hour', until: hour },
    { key: 'tomorrow', label: 'Until tomorrow, 9:00', until: tomorrow },
  ];
  const daysToMonday = (8 - now.getDay()) % 7 || 7;
  if (daysToMonday > 1) {
    presets.push({ key: 'monday', label: 'Until Monday, 9:00', until: atNine(now, daysToMonday) });
  }
  return presets;
}

function atNine(from: Date, daysAhead: number): Date {
  const date = new Date(from.getFullYear(), from.getMonth(), from.getDate() + daysAhead, 9, 0, 0, 0);
  return date;
}

/** `<input type="datetime-local">` value ("2026-11-24T09:00") for a date, in local time. */
export function toLocalInputValue(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The date a datetime-local input means, or null when it is empty or not a valid date. */
export function fromLocalInputValue(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  return Number.isNaN(date.getTime()) ? null : date;
}
