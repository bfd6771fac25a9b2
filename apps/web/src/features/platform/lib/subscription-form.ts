import {
  LIMIT_KEYS,
  type LimitKey,
  type LimitOverrides,
  type PlanName,
  type SubscriptionStatusValue,
} from '@stayzr/shared';

/** Per limit: keep the plan's value, a custom number (an enterprise deal), or unlimited. */
export type OverrideMode = 'plan' | 'custom' | 'unlimited';

export interface OverrideField {
  mode: OverrideMode;
  /** Mantine's NumberInput gives '' while empty. */
  value: number | string;
}

export type OverridesForm = Record<LimitKey, OverrideField>;

export interface SubscriptionFormValues {
  plan: PlanName;
  status: SubscriptionStatusValue;
  /** YYYY-MM-DD from a date input, '' for none. */
  trialEndsOn: string;
  overrides: OverridesForm;
}

export function overridesToForm(overrides: LimitOverrides | null): OverridesForm {
  const form = {} as OverridesForm;
  for (const key of LIMIT_KEYS) {
    const value = overrides?.[key];
    form[key] =
      value === undefined
        ? { mode: 'plan', value: '' }
        : value === null
          ? { mode: 'unlimited', value: '' }
          : { mode: 'custom', value };
  }
  return form;
}

/** The overrides to save; null clears them all. A custom field left empty keeps the plan's value. */
export function formToOverrides(form: OverridesForm): LimitOverrides | null {
  const overrides: LimitOverrides = {};
  for (const key of LIMIT_KEYS) {
    const field = form[key];
    if (field.mode === 'unlimited') overrides[key] = null;
    if (field.mode === 'custom' && typeof field.value === 'number') overrides[key] = field.value;
  }
  return Object.keys(overrides).length > 0 ? overrides : null;
}

export function overrideError(field: OverrideField): string | null {
  if (field.mode !== 'custom') return null;
  if (typeof field.value !== 'number') return 'Enter a number, or keep the plan’s limit';
  if (!Number.isInteger(field.value) || field.value < 0) return 'Use a whole number, 0 or more';
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date as the browser's date input wants it, in local time. */
export function toDateInput(date: Date | null): string {
  if (!date) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The trial runs through the chosen day: it ends at the last second of that day, local time. */
export function endOfDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  return new Date(Number(year), Number(month) - 1, Number(day), 23, 59, 59);
}

export function toSubscriptionInput(organizationId: string, values: SubscriptionFormValues) {
  return {
    organizationId,
    plan: values.plan,
    status: values.status,
    trialEndsAt: endOfDay(values.trialEndsOn),
    limitOverrides: formToOverrides(values.overrides),
  };
}
