import { describe, expect, it } from 'vitest';
import { countryOptions, timeZoneOptions } from './locale-options';

describe('countryOptions', () => {
  const countries = countryOptions();

  it('lists real countries by name, with their two-letter codes', () => {
    expect(countries).toContainEqual({ value: 'ES', label: 'Spain' });
    expect(countries).toContainEqual({ value: 'US', label: 'United States' });
    expect(countries.length).toBeGreaterThan(230);
    expect(countries.every((country) => /^[A-Z]{2}$/.test(country.value))).toBe(true);
  });

  it('leaves out unions and placeholders', () => {
    const codes = countries.map((country) => country.value);
    for (const code of ['EU', 'UN', 'ZZ', 'XA']) expect(codes).not.toContain(code);
  });
});

describe('timeZoneOptions', () => {
  it('offers IANA zones including UTC, readable', () => {
    const zones = timeZoneOptions();
    expect(zones).toContainEqual({ value: 'UTC', label: 'UTC' });
    expect(zones).toContainEqual({ value: 'America/New_York', label: 'America/New York' });
  });
});
