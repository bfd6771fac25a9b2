/**
 * The `{{variables}}` a canned response may hold, filled from the open conversation when it is inserted.
 * Browser-safe: the composer fills them, the server refuses a canned response naming any other.
 */
export const CANNED_VARIABLES = [
  'guest.firstName',
  'guest.name',
  'stay.roomNumber',
  'stay.checkIn',
  'stay.checkOut',
  'stay.confirmationCode',
  'hotel.name',
  'hotel.address',
] as const;
export type CannedVariable = (typeof CANNED_VARIABLES)[number];

/** `{{ name }}` with optional spaces; names are letters, digits and dots. */
const VARIABLE = /\{\{\s*([A-Za-z0-9_.]+)\s*\}\}/g;

function isCannedVariable(name: string): name is CannedVariable {
  return (CANNED_VARIABLES as readonly string[]).includes(name);
}

/** The variables in `body` that are not in CANNED_VARIABLES, each once, in order of appearance. */
export function unknownCannedVariables(body: string): string[] {
  const unknown = new Set<string>();
  for (const match of body.matchAll(VARIABLE)) {
    const name = match[1] ?? '';
    if (!isCannedVariable(name)) unknown.add(name);
  }
  return [...unknown];
}

/**
 * `body` with every known variable that has a value replaced by it. A variable without a value (no stay,
 * no room yet) stays as `{{name}}`, for staff to fill in before sending (see `unfilledCannedVariables`).
 */
export function fillCannedVariables(
  body: string,
  values: Partial<Record<CannedVariable, string | null | undefined>>,
): string {
  return body.replace(VARIABLE, (whole, name: string) => {
    if (!isCannedVariable(name)) return whole;
    const value = values[name]?.trim();
    return value ? value : `{{${name}}}`;
  });
}

/** The known variables still in `text` (left by fillCannedVariables for want of a value), each once. */
export function unfilledCannedVariables(text: string): CannedVariable[] {
  const left = new Set<CannedVariable>();
  for (const match of text.matchAll(VARIABLE)) {
    const name = match[1] ?? '';
    if (isCannedVariable(name)) left.add(name);
  }
  return [...left];
}
