// The dates a sentence states (src/extraction/dates.ts), on sentences written here (test/extraction-dates.cases.ts).
import { datesIn, daysOfText, tellsSeveralDays, yearsOfText } from '../src/extraction/dates';
import { DASHED_DATE_SENTENCES, DAY_SPAN_MONTH_SENTENCES, DURATION_SENTENCES, LAST_NEXT_WEEKDAY_SENTENCES, MONTH_SURNAME_SENTENCES, NIGHT_SENTENCES, ORDINAL_DAY_SENTENCES, PAST_YEARLESS_DAY_SENTENCES, POSSESSIVE_PERIOD_SENTENCES, POSSESSIVE_WEEKDAY_SENTENCES, SEVERAL_DAYS_SENTENCES, SPAN_YEAR_SENTENCES, TEXT_DAY_TEXTS, TOLD_YEAR_SENTENCES, WEEKDAY_YEAR_TEXTS, type DatedSentence } from './extraction-dates.cases';

const datesOf = ({ text, published }: DatedSentence) =>
  datesIn(text, 0, new Date(`${published}T00:00:00Z`)).map((found) => `${found.text} ${found.date.toISOString().slice(0, 10)} ${found.precision}`);

describe.each([
  ['a counted span is no date', DURATION_SENTENCES],
  ['tonight and last night', NIGHT_SENTENCES],
  ['a month name as a surname', MONTH_SURNAME_SENTENCES],
  ['a day and month with the year told after it', TOLD_YEAR_SENTENCES],
  ['a day of the month alone', ORDINAL_DAY_SENTENCES],
  ['a weekday naming a happening', POSSESSIVE_WEEKDAY_SENTENCES],
  ['a span whose end writes the year', SPAN_YEAR_SENTENCES],
  ['a span of days before an abbreviated month', DAY_SPAN_MONTH_SENTENCES],
  ['last and next weekdays', LAST_NEXT_WEEKDAY_SENTENCES],
  ['a yearless day told in the past', PAST_YEARLESS_DAY_SENTENCES],
  ['a date set off by dashes', DASHED_DATE_SENTENCES],
  ['a period owning a happening', POSSESSIVE_PERIOD_SENTENCES],
] as const)('%s', (_title, sentences: readonly DatedSentence[]) => {
  test.each(sentences.map((each) => [each.text, each] as const))('%s', (_text, expected) => {
    expect(datesOf(expected)).toEqual(expected.dates);
  });
});

describe('a happening told over several days', () => {
  test.each(SEVERAL_DAYS_SENTENCES.map((each) => [each.text, each.severalDays] as const))('%s', (text, severalDays) => {
    expect(tellsSeveralDays(text)).toBe(severalDays);
  });
});

/** Sentences at their offsets in the text they make, one space apart. */
function placedSentences(sentences: string[]): { text: string; start: number }[] {
  let start = 0;
  return sentences.map((text) => {
    const sentence = { text, start };
    start += text.length + 1;
    return sentence;
  });
}

describe('weekdays of a text without a publication date, read against the day it dates itself by', () => {
  test.each(TEXT_DAY_TEXTS.map((each) => [each.sentences.join(' '), each] as const))('%s', (_text, { sentences, dates }) => {
    const placed = placedSentences(sentences);
    const days = daysOfText(placed);
    const weekdays = placed
      .flatMap((sentence) => datesIn(sentence.text, sentence.start, null, undefined, days))
      .filter((found) => found.weekday)
      .map((found) => `${found.text} ${found.date.toISOString().slice(0, 10)} ${found.precision}`);
    expect(weekdays).toEqual(dates);
  });
});

describe('a day written with its weekday in a text without a publication date, in the one year written that agrees', () => {
  test.each(WEEKDAY_YEAR_TEXTS.map((each) => [each.sentences.join(' '), each] as const))('%s', (_text, { sentences, dates }) => {
    const placed = placedSentences(sentences);
    const years = yearsOfText(placed);
    const found = placed
      .flatMap((sentence) => datesIn(sentence.text, sentence.start, null, years))
      .map((each) => `${each.text} ${each.date.toISOString().slice(0, 10)} ${each.precision}`);
    expect(found).toEqual(dates);
  });
});
