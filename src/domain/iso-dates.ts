// Calendar days ("2025-01-09") and instants ("2025-01-09T14:30:00Z", RFC 3339) as the API's Date and
// DateTime take them, read from JSON text (import lines, seed files) into Dates.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** A calendar day as midnight UTC; null when the text is not an existing day in YYYY-MM-DD. */
export function parseCalendarDay(text: string): Date | null {
  if (!DAY.test(text)) return null;
  const day = new Date(`${text}T00:00:00.000Z`);
  // Date rolls 2025-02-30 over into March: a day that does not exist no longer reads the same.
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text) ? day : null;
}

/** An instant with its offset (RFC 3339, `T` and `Z` in either case); null when the text is not one. */
export function parseInstant(text: string): Date | null {
  const upper = text.toUpperCase();
  const match = INSTANT.exec(upper);
  if (!match || !parseCalendarDay(match[1])) return null;
  const instant = new Date(upper);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
