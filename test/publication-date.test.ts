// The publication date a text states itself: a dateline or a date line at its top.
import { dateOfDateline } from '../src/extraction/publication-date';

const iso = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

test('datelines and date lines give the day they state', () => {
  expect(iso(dateOfDateline('WASHINGTON, Jan. 3, 2025 — The State Department said on Friday…'))).toBe('2025-01-03');
  expect(iso(dateOfDateline('Friday, January 3, 2025'))).toBe('2025-01-03');
  expect(iso(dateOfDateline('Published: 3 January 2025 10:04 GMT'))).toBe('2025-01-03');
  expect(iso(dateOfDateline('TOKYO (Newsgraph Wire), July 30, 2024 — Ministers met…'))).toBe('2024-07-30');
  expect(iso(dateOfDateline('2025-01-03'))).toBe('2025-01-03');
});

test('a date in running text, or a date without its year, is no publication date', () => {
  expect(dateOfDateline('WASHINGTON, Jan. 3 (Reuters) - The State Department said…')).toBeNull();
  expect(dateOfDateline('The minister said on January 3, 2025 that talks would resume — officials said.')).toBeNull();
  expect(dateOfDateline('Secretary of State Antony Blinken will embark on his final trip this weekend.')).toBeNull();
});
