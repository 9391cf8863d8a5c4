// How values are written on the dashboard's pages.

const EVENT_TYPE_NAMES: Record<string, string> = {
  DIPLOMATIC_TRIP: 'Diplomatic trip', DIPLOMATIC_VISIT: 'Visit', MEETING: 'Meeting', SUMMIT: 'Summit',
  ANNOUNCEMENT: 'Announcement', STATEMENT: 'Statement', ARMS_SALE: 'Arms sale', FUNERAL: 'Funeral',
  IMPEACHMENT: 'Impeachment', MARTIAL_LAW: 'Martial law', ELECTION: 'Election', PROTEST: 'Protest',
  MILITARY_ACTION: 'Military action', OTHER: 'Other',
};
export const EVENT_TYPES = Object.keys(EVENT_TYPE_NAMES);

export function eventTypeName(type: string): string {
  return EVENT_TYPE_NAMES[type] ?? type;
}

/** A calendar day as written in the API ("2025-01-05"), shown to the precision it is known to. */
export function day(date: string | null | undefined, precision = 'DAY'): string {
  if (!date) return 'date unknown';
  const [year, month, dayOfMonth] = date.split('-').map(Number);
  const value = new Date(Date.UTC(year, month - 1, dayOfMonth));
  if (precision === 'YEAR') return String(year);
  const options: Intl.DateTimeFormatOptions = precision === 'MONTH'
    ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
    : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
  return value.toLocaleDateString('en-GB', options);
}

/** US dollars in words a reader takes in at a glance: "$3.64 billion". */
export function usd(value: number | null | undefined): string {
  if (value === null || value === undefined) return 'value unknown';
  for (const [scale, word] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
    if (value >= scale) return `$${Number((value / scale).toPrecision(3))} ${word}`;
  }
  return `$${value.toLocaleString('en-US')}`;
}

export function titleCase(text: string): string {
  return text.charAt(0) + text.slice(1).toLowerCase().replace(/_/g, ' ');
}
