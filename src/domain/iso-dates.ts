// Calendar days ("2025-01-09") and instants ("2025-01-09T14:30:00Z", RFC 3339) as the API's Date and
// DateTime take them, read from JSON text (import lines, seed files) into Dates.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** A calendar day as midnight UTC; null when the text is not an existing day in YYYY-MM-DD. */
export function parseCalendarDay(text: string): Date | null {
  return isExistingDay(text) ? new Date(`${text}T00:00:00.000Z`) : null;
}

/** Whether the text is YYYY-MM-DD naming a day its month has (no 2025-02-30), without making a Date. */
export function isExistingDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
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
