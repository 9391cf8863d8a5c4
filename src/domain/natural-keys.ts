// Natural keys: what makes a re-submitted article, person, event or sale find the row it made
// before — slugs made from names and titles, an article's URL or the hash of its text, and the
// normalized form in which names are compared.
import crypto from 'node:crypto';
import slugify from 'slugify';

const MAX_SLUG_LENGTH = 100;

/** What a slug given by hand must look like: lower-case ASCII words joined by single hyphens ("antony-blinken"). */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** "Yoon Suk-yeol's impeachment" → "yoon-suk-yeols-impeachment" (ASCII, lower case, ≤ 100 chars). */
export function slugOf(...parts: (string | null | undefined)[]): string {
  const slug = slugify(parts.filter((part) => part != null && part !== '').join(' '), { lower: true, strict: true, trim: true })
    .replace(/-+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
  return slug || 'untitled';
}

/** A name or alias as compared: "  U.S. " and "u.s." are the same name. */
export function normalizeName(text: string): string {
  return text.trim().toLowerCase();
}

/** The key of an article pasted without a URL: SHA-256 (hex) of its body, Unicode-normalized (NFC). */
export function contentHashOf(body: string): string {
  return crypto.createHash('sha256').update(body.normalize('NFC')).digest('hex');
}

/** An article's natural key: its URL, else the hash of its body (null when it has neither). */
export function articleKeyOf(article: { url?: string | null; body?: string | null }): { url: string | null; contentHash: string | null } | null {
  if (article.url) return { url: article.url, contentHash: null };
  if (article.body) return { url: null, contentHash: contentHashOf(article.body) };
  return null;
}

const isoDay = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? 'undated';

/** A person's slug: the one given, else made from the name. */
export function personSlugOf(person: { slug?: string | null; name: string }): string {
  return person.slug ?? slugOf(person.name);
}

/** An event's slug: the one given, else made from its type, first day and title. */
export function eventSlugOf(event: { slug?: string | null; type: string; startDate?: Date | null; title: string }): string {
  return event.slug ?? slugOf(event.type, isoDay(event.startDate), event.title);
}

/** An arms sale's slug: the one given, else made from its parties' codes, announcement day and items. */
export function armsSaleSlugOf(sale: { slug?: string | null; supplierCode: string; recipientCode: string; announcedDate?: Date | null; items: string }): string {
  return sale.slug ?? slugOf(sale.supplierCode, sale.recipientCode, isoDay(sale.announcedDate), sale.items);
}
