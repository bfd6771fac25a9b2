const MAX_SLUG_LENGTH = 48;

/** A URL-safe address derived from an organization's name: "Hôtel de la Plage" → "hotel-de-la-plage". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
}
