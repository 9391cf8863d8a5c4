// Natural keys: slugs made from names and titles, so re-submitted data finds the rows it made before.
import slugify from 'slugify';

const MAX_SLUG_LENGTH = 100;

/** "Yoon Suk-yeol's impeachment" → "yoon-suk-yeols-impeachment" (ASCII, lower case, ≤ 100 chars). */
export function slugOf(...parts: (string | null | undefined)[]): string {
  const slug = slugify(parts.filter((part) => part != null && part !== '').join(' '), { lower: true, strict: true, trim: true })
    .replace(/-+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
  return slug || 'untitled';
}
