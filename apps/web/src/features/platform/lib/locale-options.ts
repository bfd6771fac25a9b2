/** Choices for an organization's time zone and country, from the browser's own data (no list to maintain). */

export interface Option {
  value: string;
  label: string;
}

// Region codes the browser names that are not countries an organization can be in.
const NOT_COUNTRIES = new Set([
  'AC',
  'CP',
  'CQ',
  'DG',
  'EA',
  'EU',
  'EZ',
  'IC',
  'QO',
  'TA',
  'UN',
  'XA',
  'XB',
  'ZZ',
]);

export function countryOptions(locale = 'en'): Option[] {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const options: Option[] = [];
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      const name = NOT_COUNTRIES.has(code) ? undefined : names.of(code);
      if (name) options.push({ value: code, label: name });
    }
  }
  return options.sort((a, b) => a.label.localeCompare(b.label, locale));
}

export function timeZoneOptions(): Option[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  return [...zones].sort().map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The country of the browser's locale ("de-AT" → "AT"), when it names one. */
export function browserCountry(fallback = 'US'): string {
  const region = new Intl.Locale(navigator.language).maximize().region;
  return region && /^[A-Z]{2}$/.test(region) ? region : fallback;
}
