// Calendar days ("2025-01-09") and instants ("2025-01-09T14:30:00Z", RFC 3339) as the API's Date and
// DateTime take them, read from JSON text (import lines, seed files) into Dates.

const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** A calendar day as midnight UTC; null when the text is not an existing day in YYYY-MM-DD. */
export function parseCalendarDay(text: string): Date | null {
  return isExistingDay(text) ? new Date(`${text}T00:00:00.000Z`) : null;
}

/** Whether the text is YYYY-MM-DD naming a day its month has (no 2025-02-30), without making a Date. */
export function isExistingDay(text: string): boolean {
  return text.length === 10 && startsWithExistingDay(text);
}

/**
 * Whether the text starts with YYYY-MM-DD naming a day its month has. Read digit by digit rather than
 * matched by a regular expression: the API's Date and DateTime scalars check every day and instant
 * they answer, a list's rows each, and the match and its parts cost more than the rest of a value's answer.
 */
export function startsWithExistingDay(text: string): boolean {
  if (text.length < 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return false;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const DASH = 0x2d;
const ZERO = 0x30;

/** The number that `count` ASCII digits at `start` write; -1 when one of them is not a digit. */
export function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let index = start; index < start + count; index++) {
    const digit = text.charCodeAt(index) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** An instant with its offset (RFC 3339, `T` and `Z` in either case); null when the text is not one. */
export function parseInstant(text: string): Date | null {
  const upper = text.toUpperCase();
  const match = INSTANT.exec(upper);
  if (!match || !parseCalendarDay(match[1])) return null;
  const instant = new Date(upper);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
