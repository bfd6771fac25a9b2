import { ZCreateOrganizationInput } from '@stayzr/shared';
import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Hotel Aurora', 'hotel-aurora'],
    ['Hôtel de la Plage', 'hotel-de-la-plage'],
    ['  Seaside Inn & Spa!  ', 'seaside-inn-spa'],
    ['Ферма', ''],
  ])('%s → "%s"', (name, expected) => expect(slugify(name)).toBe(expected));

  it('produces addresses the server accepts, even for very long names', () => {
    const slug = slugify(`The ${'Very '.repeat(20)}Long Hotel Name`);
    expect(slug.length).toBeLessThanOrEqual(48);
    const parsed = ZCreateOrganizationInput.shape.slug.safeParse(slug);
    expect(parsed.success).toBe(true);
  });
});
