// Dates in a sentence, read by chrono-node against the publication date, with a precision and the
// tense of the clause deciding which way a bare weekday points ("said Monday" vs "will fly Monday").
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../generated/prisma/enums';

export interface FoundDate {
  date: Date;
  precision: Exclude<DatePrecision, 'UNKNOWN'>;
  start: number;
  end: number;
  text: string;
  /** Read from a weekday alone ("on Sunday"): a schedule may mean the one a week later. */
  weekday?: boolean;
  /** A day or a month written without a year, given the year the publication date and the tense suggest. */
  yearGuessed?: boolean;
  /**
   * The day the news was told, not one the happening is given: a dateline's ("SEOUL, March 3 (Reuters) -") or one written
   * right after a verb of reporting ("fired missiles, state media reported Monday"). A day of the happening's own, written
   * elsewhere a few days before, tells the same happening (`grouped` in events.ts).
   */
  told?: boolean;
}

/** chrono's casual English plus "in 2022" (a bare year after a preposition). */
const parser = chrono.casual.clone();
parser.parsers.push({
  pattern: () => /\b(?:in|since|by|until|of|from)\s+((?:19|20)\d{2})\b(?!\s*(?:%|km|people|troops|soldiers|[-–]))/i,
  extract: (context, match) => {
    const components = context.createParsingComponents({ year: Number(match[1]) });
    components.imply('month', 1);
    components.imply('day', 1);
    return components;
  },
});

/**
 * "on the 4th", "on 4 th": a day of the month written without its month (chrono reads none). Only after "on" and before the
 * clause goes on, so "the 4th floor", "on the 20th anniversary" are no day; its month is chosen by the tense (`parseDates`).
 */
parser.parsers.push({
  pattern: () => /\b[Oo]n\s+(?:the\s+)?([1-9]|[12]\d|3[01])\s?(?:st|nd|rd|th)\b(?=\s*(?:[.,;:!?)"”’]|$)|\s+(?:and|at|in|with|during|when|as|to|for|after|before|while|by)\b)/,
  extract: (context, match) => {
    const components = context.createParsingComponents({ day: Number(match[1]) });
    const reference = context.reference.instant;
    components.imply('month', reference.getUTCMonth() + 1);
    components.imply('year', reference.getUTCFullYear());
    return components;
  },
});

/**
 * "on New Year's Day, 1979", "Christmas Eve 1989": a fixed holiday written with its year is that day (chrono reads no holiday).
 * (without its year the holiday's year is a guess, and it is left to the text's other days)
 */
const HOLIDAYS: Record<string, [number, number]> = { "new year's day": [1, 1], "new year's eve": [12, 31], 'christmas day': [12, 25], 'christmas eve': [12, 24], 'boxing day': [12, 26] };
parser.parsers.push({
  pattern: () => /\b(New\s+Year['’]s\s+(?:Day|Eve)|Christmas\s+(?:Day|Eve)|Boxing\s+Day)(?:\s+of)?,?\s+((?:1[89]|20)\d\d)\b/i,
  extract: (context, match) => {
    const [month, day] = HOLIDAYS[match[1].toLowerCase().replace(/\s+/g, ' ').replace('’', "'")] ?? [1, 1];
    return context.createParsingComponents({ year: Number(match[2]), month, day });
  },
});

const FUTURE = /\b(will|would|'ll|shall|is to|are to|plans? to|planned|expected|due|scheduled|set to|beginning|starting|next|upcoming|could|may|might)\b/gi;
// A past form in -ed is written in lower case and not after a determiner: "the United States", "Mohammed",
// "the proposed sale", "armed forces" and "need" tell no tense ("will meet the United Nations chief on Monday").
const PAST = new RegExp(
  `(?<!\\b(?:[Tt]he|an?|its|their|his|her|our|[Tt]his|that)\\s)\\b(?!(?:need|speed|seed|hundred|indeed|sacred|naked|wicked|armed|based|related|limited|advanced|united)\\b)\\p{Ll}\\w{2,}ed\\b|\\b(?:said|met|held|took|left|began|fell|won|was|were|had|told|came|went|made|gave|sent|flew|spoke|struck|fired|signed|ended|announced|lost)\\b`,
  // Case-sensitive: under the i flag \p{Ll} would take capitals too.
  'gu',
);

function lastMatchEnd(text: string, pattern: RegExp): number {
  let end = -1;
  for (const match of text.matchAll(pattern)) end = match.index! + match[0].length;
  return end;
}

/**
 * Future when the nearest tense marker before the date (or, failing one, after it) is a future one. A word that is
 * both ("scheduled", "expected", "planned": a future marker with a past form) looks ahead — "is scheduled to depart on
 * Sunday" — unless told in the past ("were scheduled for Monday").
 */
function pointsForward(sentence: string, at: number, length: number): boolean {
  // A dash or a semicolon opens another clause, with a tense of its own ("will continue consultations — building on the
  // trilateral meeting on Sunday": the meeting's Sunday is not the future's).
  const before = sentence.slice(0, at).replace(/^.*(?:\s[—–]\s|;)/s, '');
  let future = lastMatchEnd(before, FUTURE);
  // A participle after a bare "be" is a passive of no tense of its own ("will be held on Thursday", "is expected to be signed
  // on Friday"): the auxiliary before it tells the time (session 34).
  const past = lastMatchEnd(before.replace(/\bbe\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?=\s)/gu, (words) => words.replace(/\S/g, ' ')), PAST);
  // "beginning"/"starting" are participles, of no tense of their own: after a past verb they tell a past start ("The deal came
  // amid Macron's visit to Croatia starting from Wednesday evening"), as "came" alone would.
  const participle = future > past && past >= 0 ? /\b(?:beginning|starting)$/i.exec(before.slice(0, future)) : null;
  if (participle && lastMatchEnd(before.slice(0, participle.index), FUTURE) < past) future = -1;
  // ("were scheduled for Monday", "had been expected": told in the past)
  if (future >= 0 && future === past) return !/\b(?:was|were|been)\s+\S+$/i.test(before.slice(0, future));
  if (future >= 0 || past >= 0) return future > past;
  // Present tense ("arrives in Accra on Wednesday", "the summit is on Sunday") looks ahead.
  if (/\b(is|are|arrives|begins|starts|opens|heads|travels|meets|takes place)\b/i.test(before)) return true;
  const after = sentence.slice(at + length);
  const nextFuture = after.search(FUTURE);
  const nextPast = after.search(PAST);
  if (nextFuture < 0) return false;
  return nextPast < 0 || nextFuture <= nextPast;
}

/** "Monday's vote", "Saturday's fighting": a weekday that names a happening by its day. */
const POSSESSIVE = /^['’]s\s/;

/** Words before a happening named by its weekday that put it ahead: "ahead of Sunday's vote", "in the run-up to Thursday's summit". */
const COMING_BEFORE = /\b(?:ahead\s+of|in\s+(?:the\s+)?(?:run|lead)-up\s+to|in\s+preparation\s+for)\s+(?:this\s+)?$/i;

/**
 * The verb of a happening named by its weekday that tells it is still to come: "Thursday's summit coincides with a truce",
 * "Sunday's vote is expected to draw", "Friday's talks will take place in Doha" (not a verb of what follows it: "Monday's vote
 * will be recounted", nor the present of news told after the day: "Monday's deal represents").
 */
const COMING_AFTER = /^\p{L}+['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:coincides?\s+with|(?:is|are)\s+(?:due|set|scheduled|slated|expected)\s+to|(?:is|are)\s+to\s+be\s+held|will\s+(?:(?:be\s+held|take\s+place|open|begin|start|gather|bring\s+together|coincide|go\s+ahead)\b)|takes?\s+place\s+(?:on|in|at)\b)/u;

/**
 * Whether a weekday naming a happening ("tallies from Monday's vote", "how Saturday's fighting started") is one still to
 * come: only when a future word is told before it, after any past one ("ahead of next Sunday's vote"). Such a phrase is
 * news told after the day far more often than before it, whatever the tense around it ("is not known how …").
 */
function toldAhead(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  // "ahead of Sunday's vote", "in the run-up to Thursday's summit": the happening is still to come.
  if (COMING_BEFORE.test(before)) return true;
  // "Jubeir said Thursday's summit coincides with a truce": the happening's own verb tells it is still to come, whatever the
  // tense of the saying before it.
  if (COMING_AFTER.test(sentence.slice(at))) return true;
  const future = lastMatchEnd(before, FUTURE);
  const past = lastMatchEnd(before, PAST);
  // ("expected Thursday's summit": a word that is both looks ahead unless told in the past, as in `pointsForward`)
  if (future >= 0 && future === past) return !/\b(?:was|were|been)\s+\S+$/i.test(before.slice(0, future));
  return future > past;
}

const utcDay = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

/** Relative spans ("next week", "two weeks after", "this weekend") name no day or month. */
// ("for a second batch", "in a second round": chrono reads "a second" as a second of time from now)
const VAGUE = /\b(weeks?|weekend|ago|days? (after|before|later)|hours?|minutes?|seconds?(?! of)|overnight|now)\b/i;

/**
 * A month name alone right after a capitalized word that is no preposition or time word is a surname ("Prime Minister
 * Theresa May of the United Kingdom", "Mrs May said", "Brian May"): "in May", "early May", "last May" and "May 5" are months.
 */
const MONTH_ALONE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+of)?$/;
const BEFORE_A_MONTH = /^(?:In|On|Since|Until|Till|During|Early|Late|Mid|Last|Next|This|That|Each|Every|From|By|Through|Throughout|Before|After|Of|To|And|Or|But|Between|Around|About|Then|Later|Earlier|Again|Only)$/;
function monthAsSurname(sentence: string, at: number, text: string): boolean {
  if (!MONTH_ALONE.test(text)) return false;
  const before = /(\p{Lu}[\p{Ll}.’'-]+)\s+$/u.exec(sentence.slice(Math.max(0, at - 30), at));
  return before !== null && !BEFORE_A_MONTH.test(before[1]);
}

/** A counted span ("in 44 years", "over the next 10 years", "two months before") is a duration, no year or month it falls in. */
const DURATION = /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many)\s+(?:years?|months?|decades?)\b/i;
/**
 * Days counted from a happening ("agreed to a truce after five days of fighting", "must leave within three days", "talks
 * for two days"): a span, not the day that many days after the publication (chrono reads them as one).
 */
const DAY_SPAN = /^(?:after|within|for)\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many)\s+days?\b/i;

/**
 * "over the past year", "the past year's protests", "in the last month": the span that ends at the publication, not the
 * calendar year or month before it (chrono reads both as "last year"). "Last year" without "the" is the calendar year.
 */
const PAST_UNIT = /^(?:past|last)\s+(?:year|month)$/i;
function reachesToNow(sentence: string, at: number, text: string): boolean {
  return PAST_UNIT.test(text) && (/^past\b/i.test(text) || /\bthe\s+$/i.test(sentence.slice(Math.max(0, at - 5), at)));
}

/** "on Dec. 3 last year": the year a day and month without one is told in, counted from the publication's. */
const YEAR_AFTER = /^,?\s+(last|this|next)\s+year\b/i;
const YEAR_SHIFT = { last: -1, this: 0, next: 1 } as const;

/** Words without which chrono finds nothing (a year, a numeric date, a weekday, a month, a relative
 * word): most sentences skip the parser altogether. */
const MAY_HOLD_A_DATE =
  /\b(1[89]|20)\d\d\b|\d[/.-]\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\d|\b[Oo]n\s+(?:the\s+)?\d{1,2}\s?(?:st|nd|rd|th)\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(today|tonight|yesterday|tomorrow|week|month|year|ago|last|next|this|earlier|later|noon|midnight|morning|evening)\b/i;

/** Events, sales and trips all read the same sentences: parse each once (chrono is the costly part). */
const recent = new Map<string, FoundDate[]>();

/** Called at the start of each extraction, so every article pays for its own parsing. */
export function forgetParsedDates(): void {
  recent.clear();
}

/** Dates a sentence states, each with the precision the text gives it (DAY, MONTH or YEAR). */
export function datesIn(sentence: string, offset: number, publishedAt: Date | null, textYear?: TextYear, textDay?: TextDay): FoundDate[] {
  const year = publishedAt || !textYear ? undefined : textYear(offset);
  const day = publishedAt || !textDay || !WEEKDAY_WORD.test(sentence) ? undefined : textDay(offset);
  const key = `${offset}|${publishedAt?.getTime() ?? ''}|${year ?? ''}|${day?.getTime() ?? ''}|${sentence}`;
  const cached = recent.get(key);
  if (cached) return cached;
  if (recent.size > 1000) recent.clear();
  let found = MAY_HOLD_A_DATE.test(sentence) ? parseDates(sentence, offset, publishedAt, year) : [];
  if (day) {
    // A weekday in a text without a publication date, told around a day the text dates itself: that day's week.
    const weekdays = parseDates(sentence, offset, day).filter(
      (each) => WEEKDAY_ONLY.test(each.text) && !found.some((known) => known.start < each.end && each.start < known.end),
    );
    if (weekdays.length) found = [...found, ...weekdays].sort((a, b) => a.start - b.start);
  }
  recent.set(key, found);
  return found;
}

const WEEKDAY_WORD = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
/**
 * A weekday told alone ("on Friday", "last Friday", "early Wednesday"), with no month, day number or year of its own.
 * (chrono keeps the comma of a sentence's opening "On Friday," in the date's words)
 */
const WEEKDAY_ONLY = /^(?:(?:on|last|this|early|late|earlier|later)\s+){0,2}(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?$/i;

/** The day a text without a publication date dates itself by at an offset (`daysOfText`). */
export type TextDay = (at: number) => Date | undefined;

/**
 * The day of a text without a publication date, at each offset: the last day it dates itself by before it, else the first
 * after: a full date written with its weekday ("on early hours of Wednesday, January 08, 2020", "on Friday (15 February
 * 2019)"), the weekday agreeing, or told as "today 2 June 2022". Its weekdays ("last Friday", "announced on Thursday")
 * are of that day's week, as a publication date's would be: the guide resolves weekdays against the day the text gives.
 */
export function daysOfText(sentences: readonly { text: string; start: number }[]): TextDay {
  const told: { at: number; day: Date }[] = [];
  for (const sentence of sentences) {
    if (!/\b(?:1[89]|20)\d\d\b/.test(sentence.text) || !/\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today)\b/i.test(sentence.text)) continue;
    for (const result of parser.parse(sentence.text, { instant: new Date(0), timezone: 0 })) {
      const start = result.start;
      if (!start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year') || !/\d{4}/.test(result.text)) continue;
      const day = utcDay(start.get('year')!, start.get('month')!, start.get('day')!);
      const before = sentence.text.slice(Math.max(0, result.index - 14), result.index);
      if (writtenWeekday(sentence.text, result) === day.getUTCDay() || /\btoday,?\s*$/i.test(before)) told.push({ at: sentence.start + result.index, day });
    }
  }
  return (at) => {
    if (!told.length) return undefined;
    return (told.filter((each) => each.at <= at).pop() ?? told[0]).day;
  };
}

/** The year an undated text's own dates are told in at an offset (`yearsOfText`). */
export type TextYear = (at: number) => number | undefined;

/** The weekday (0 for Sunday) written with a date, in its words or right before them ("Sunday, June 2", "Friday (15 Feb)"), else null. */
function writtenWeekday(sentence: string, result: chrono.ParsedResult): number | null {
  const before = sentence.slice(Math.max(0, result.index - 14), result.index);
  const weekday = /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i.exec(result.text) ?? /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*[,(]?\s*$/i.exec(before);
  return weekday ? ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'].indexOf(weekday[1].toLowerCase()) : null;
}

/** The years a text writes anywhere ("the 2024 elections", "since 1991"). */
function yearsWritten(sentences: readonly { text: string }[]): Set<number> {
  return new Set(sentences.flatMap((sentence) => [...sentence.text.matchAll(/\b(?:1[89]|20)\d\d\b/g)].map((match) => Number(match[0]))));
}

/**
 * The year of a day and month written with their weekday and no year ("The elections on Sunday, June 2, marked …", "Early
 * Tuesday, June 24, …"), in a text that writes years elsewhere ("Who Won the 2024 Presidential Elections"): the one year
 * of those written in which that day falls on that weekday, else none (a weekday agrees with a day one year in seven: two
 * written years that both agree tell nothing).
 */
function yearOfWeekday(sentence: string, result: chrono.ParsedResult, written: ReadonlySet<number>): number | null {
  const { start } = result;
  if (!start.isCertain('day') || !start.isCertain('month') || /\d{4}/.test(result.text)) return null;
  const weekday = writtenWeekday(sentence, result);
  if (weekday === null) return null;
  const agreeing = [...written].filter((year) => {
    const day = utcDay(year, start.get('month')!, start.get('day')!);
    return day.getUTCDay() === weekday && day.getUTCDate() === start.get('day');
  });
  return agreeing.length === 1 ? agreeing[0] : null;
}

/**
 * The year of a text without a publication date, at each offset: the year of the last full date (day, month and year)
 * written before it, else of the first one written after. A release dated only in its body ("will travel … from
 * November 28 to December 2, 2022"; "on Friday (15 February 2019)") goes on with days of that year ("on November 28",
 * "On Saturday (16 February)"): the guide takes the year from the text when no publication date gives it. A day written
 * with its weekday and no year is as full a date when one year the text writes agrees with the weekday (`yearOfWeekday`).
 */
export function yearsOfText(sentences: readonly { text: string; start: number }[]): TextYear {
  const told: { at: number; year: number }[] = [];
  const written = yearsWritten(sentences);
  for (const sentence of sentences) {
    if (!/\b(?:1[89]|20)\d\d\b/.test(sentence.text) && !(written.size && WEEKDAY_WORD.test(sentence.text))) continue;
    for (const result of parser.parse(sentence.text, { instant: new Date(0), timezone: 0 })) {
      // ("from November 28 to December 2, 2022": the range's end tells the year of both)
      const full = [result.start, result.end].find((part) => part && part.isCertain('day') && part.isCertain('month') && part.isCertain('year'));
      const year = full && /\d{4}/.test(result.text) ? full.get('year')! : yearOfWeekday(sentence.text, result, written);
      if (year) told.push({ at: sentence.start + result.index, year });
    }
  }
  return (at) => {
    if (!told.length) return undefined;
    return (told.filter((each) => each.at <= at).pop() ?? told[0]).year;
  };
}

/**
 * "from May19 to 21", "on July3": a month glued to its day, as hurried copy writes it (chrono reads neither). A space is put
 * between them before parsing; the dates found keep the offsets and the wording of the text as written.
 */
const GLUED_DAY = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?(?=\d{1,2}(?:st|nd|rd|th)?\b)/g;
function parseDates(sentence: string, offset: number, publishedAt: Date | null, textYear?: number): FoundDate[] {
  const glued = [...sentence.matchAll(GLUED_DAY)].map((match) => match.index! + match[0].length);
  if (!glued.length) return parseSpacedDates(sentence, offset, publishedAt, textYear);
  let spaced = sentence;
  for (const at of [...glued].reverse()) spaced = `${spaced.slice(0, at)} ${spaced.slice(at)}`;
  // An offset in the spaced sentence, back in the sentence as written.
  const written = (at: number) => at - glued.filter((each, index) => each + index < at).length;
  return parseSpacedDates(spaced, 0, publishedAt, textYear).map((found) => {
    const start = written(found.start);
    const end = written(found.end);
    return { ...found, start: offset + start, end: offset + end, text: sentence.slice(start, end) };
  });
}

/**
 * "after this month's events", "After this year's vote": "after" governs the noun the period owns, and the date is that
 * period itself. chrono reads "after this <unit>" as the unit after it ("next month"), right only when the period is the
 * object ("resume after this month"); "after" is blanked before a possessive, so "this month" is read (same offsets).
 */
const AFTER_THIS_POSSESSIVE = /\bafter\s+(?=this\s+(?:day|week|month|quarter|year)['’]s\b)/gi;

function parseSpacedDates(sentence: string, offset: number, publishedAt: Date | null, textYear?: number): FoundDate[] {
  // Without a publication date only dates that name their year are read: "Friday" relative to
  // whenever the extractor runs would make the same text give different graphs.
  const reference = publishedAt ?? new Date(0);
  const found: FoundDate[] = [];
  const anchor = yearsAgoAnchor(sentence, reference);
  // "on the night of 4 March": chrono reads a time of day and loses the day; the day written after "of" is the date (same offsets).
  const partsOfDay = sentence
    .replace(/\b(?:night|morning|evening|afternoon)\s+of\s+(?=\d|\p{Lu})/gu, (words) => ' '.repeat(words.length))
    // "On this day – June 27, 1963 – …", "8:19 AM – Monday, June 3, 2024": chrono reads the day or the time before a dash as a
    // span's start, of no day, and drops the date after it; the date set off by the dash is the day (same offsets).
    .replace(/\b(?:(?:this|that)\s+day|\d{1,2}:\d\d(?:\s*[AaPp]\.?[Mm]\.?)?)\s*[–—-]{1,2}\s*(?=\p{Lu})/gu, (words) => ' '.repeat(words.length))
    // "from 13-18 Jan.": chrono reads a span of days before an abbreviated month as the month alone; its first day is the date.
    .replace(/\b(\d{1,2})(\s*[-–]\s*\d{1,2})(?=\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)/g, (_, first: string, rest: string) => first + ' '.repeat(rest.length))
    // "after this month's events": what happened this month, not the month after (chrono reads "after this month" as "next month").
    .replace(AFTER_THIS_POSSESSIVE, (words) => ' '.repeat(words.length));
  for (const result of parser.parse(partsOfDay, { instant: reference, timezone: 0 })) {
    const start = result.start;
    // "from November 28 to December 2, 2022": a span whose end writes its year gives its start that year (the year before
    // when the start's month comes after the end's: "December 28 to January 3, 2023"); chrono leaves the start's year implied.
    const spanYear = rangeStartYear(result);
    // A day and month without a year in a text with no publication date: the year the text tells around it (`yearsOfText`).
    if (!publishedAt && spanYear === null && textYear !== undefined && start.isCertain('day') && start.isCertain('month') && !start.isCertain('year')) {
      found.push({ date: utcDay(textYear, start.get('month')!, start.get('day')!), precision: 'DAY', start: offset + result.index, end: offset + result.index + result.text.length, text: sentence.slice(result.index, result.index + result.text.length), yearGuessed: true });
      continue;
    }
    // chrono calls "today" certain of its year: relative to no date it would be 1970.
    if (!publishedAt && ((!start.isCertain('year') && spanYear === null) || !/\d{4}/.test(result.text))) continue;
    // chrono takes a two-figure number after a day for its year ("Jan. 13 17", a day span told twice): a year is written
    // in four figures, after an apostrophe ("'19") or in a numeric date ("5/3/19"); else the year is guessed as for "Jan. 13".
    const yearWritten = !/\d/.test(result.text) || /\d{4}|['’]\d\d\b|\d[/.]\d{1,2}[/.]\d\d\b/.test(result.text);
    const yearCertain = (start.isCertain('year') && yearWritten) || spanYear !== null;
    // "last week", "next week": no day, but the month the week falls in.
    const week = /\b(last|next|this) week\b/i.exec(result.text);
    if (week) {
      const shift = { last: -7, next: 7, this: 0 }[week[1].toLowerCase() as 'last' | 'next' | 'this'];
      const day = new Date(reference.getTime() + shift * 86_400_000);
      found.push({ date: utcDay(day.getUTCFullYear(), day.getUTCMonth() + 1, 1), precision: 'MONTH', start: offset + result.index, end: offset + result.index + result.text.length, text: sentence.slice(result.index, result.index + result.text.length) });
      continue;
    }
    if (VAGUE.test(result.text) || DURATION.test(result.text) || DAY_SPAN.test(result.text)) continue;
    if (reachesToNow(partsOfDay, result.index, result.text)) continue;
    if (monthAsSurname(partsOfDay, result.index, result.text)) continue;
    // "last night": the evening before the publication day (chrono reads it as that day itself); "tonight" is that day.
    if (/^last night$/i.test(result.text)) {
      found.push({ date: utcDay(reference.getUTCFullYear(), reference.getUTCMonth() + 1, reference.getUTCDate() - 1), precision: 'DAY', start: offset + result.index, end: offset + result.index + result.text.length, text: sentence.slice(result.index, result.index + result.text.length) });
      continue;
    }
    // "last evening", as "last night": the evening before the publication day (chrono reads "evening" alone, as that day's).
    const lastAt = result.index - 'last '.length;
    if (/^evening$/i.test(result.text) && lastAt >= 0 && /^last\s$/i.test(partsOfDay.slice(lastAt, result.index))) {
      found.push({ date: utcDay(reference.getUTCFullYear(), reference.getUTCMonth() + 1, reference.getUTCDate() - 1), precision: 'DAY', start: offset + lastAt, end: offset + result.index + result.text.length, text: sentence.slice(lastAt, result.index + result.text.length) });
      continue;
    }
    // ("Dec. 3 last year" is one date: its "last year" was read into the day before it)
    if (/^(?:last|this|next) year$/i.test(result.text) && found.some((each) => each.precision === 'DAY' && YEAR_AFTER.test(sentence.slice(each.end - offset)))) continue;
    // "earlier in the day", "later that day", "the same day": the day the sentence already named, else none.
    if (/\b(?:the|that)\s+(?:same\s+)?day\b/i.test(result.text)) {
      const named = found.filter((each) => each.precision === 'DAY').pop();
      if (named) found.push({ ...named, start: offset + result.index, end: offset + result.index + result.text.length, text: sentence.slice(result.index, result.index + result.text.length) });
      continue;
    }
    // Month names are capitalized in English: "thousands march in Lima" names no month.
    if (/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/.test(result.text)) continue;
    // …and so are weekdays: "sat down with" names no Saturday, "wed" no Wednesday.
    if (/\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b/.test(result.text)) continue;
    const year = spanYear ?? start.get('year')!;
    const month = start.get('month')!;
    let date: Date;
    let precision: FoundDate['precision'];
    let yearGuessed = false;
    // "this morning", "this afternoon": the publication day (chrono leaves the day uncertain).
    if (/^this (?:morning|afternoon|evening)$/i.test(result.text)) {
      found.push({ date: utcDay(reference.getUTCFullYear(), reference.getUTCMonth() + 1, reference.getUTCDate()), precision: 'DAY', start: offset + result.index, end: offset + result.index + result.text.length, text: sentence.slice(result.index, result.index + result.text.length) });
      continue;
    }
    if (start.isCertain('day') && !start.isCertain('month')) {
      // A day of the month alone: the nearest such day before the publication day, or from it on when the clause looks ahead.
      const day = start.get('day')!;
      const forward = pointsForward(sentence, result.index, result.text.length);
      const today = utcDay(reference.getUTCFullYear(), reference.getUTCMonth() + 1, reference.getUTCDate());
      let shift = 0;
      const candidate = () => utcDay(reference.getUTCFullYear(), reference.getUTCMonth() + 1 + shift, day);
      // (Date.UTC rolls "the 31st" of a shorter month into the next: such a month is skipped)
      const fits = () => candidate().getUTCDate() === day;
      while (!fits() || (forward ? candidate() < today : candidate() > today)) shift += forward ? 1 : -1;
      found.push({ date: candidate(), precision: 'DAY', start: offset + result.index, end: offset + result.index + result.text.length, text: sentence.slice(result.index, result.index + result.text.length), yearGuessed: true });
      continue;
    }
    if (start.isCertain('day')) {
      date = utcDay(year, month, start.get('day')!);
      const toldYear = YEAR_AFTER.exec(sentence.slice(result.index + result.text.length));
      // A day and month without a year: the year told right after it, else the nearest such day to the publication date.
      if (!yearCertain && toldYear) {
        date = utcDay(reference.getUTCFullYear() + YEAR_SHIFT[toldYear[1].toLowerCase() as keyof typeof YEAR_SHIFT], month, start.get('day')!);
      } else if (!yearCertain && anchor && result.index > anchor.index) {
        date = utcDay(anchor.year, month, start.get('day')!);
      } else if (!yearCertain) {
        const candidates = [-1, 0, 1].map((shift) => utcDay(reference.getUTCFullYear() + shift, month, start.get('day')!));
        date = candidates.reduce((best, candidate) =>
          Math.abs(candidate.getTime() - reference.getTime()) < Math.abs(best.getTime() - reference.getTime()) ? candidate : best,
        );
        date = yearOfTense(date, sentence, result.index, reference);
        yearGuessed = true;
      }
      precision = 'DAY';
      // "the 27th and 28th December": chrono reads the second day only; the first shares its month.
      const firstDay = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|to|–|-)\s+$/.exec(sentence.slice(0, result.index));
      if (firstDay && Number(firstDay[1]) < date.getUTCDate()) {
        const first = utcDay(date.getUTCFullYear(), date.getUTCMonth() + 1, Number(firstDay[1]));
        const token = firstDay[0].split(/\s/)[0];
        found.push({ date: first, precision, start: offset + firstDay.index, end: offset + firstDay.index + token.length, text: token });
      }
    } else if (start.isCertain('weekday')) {
      const weekday = start.get('weekday')!;
      const today = utcDay(reference.getUTCFullYear(), reference.getUTCMonth() + 1, reference.getUTCDate());
      // ("last Friday" looks back and "next Friday" ahead whatever the clause's tense: "This is the first reply to the strike last Friday")
      const forward = /^(?:last|next)\s/i.test(result.text)
        ? /^next/i.test(result.text)
        : POSSESSIVE.test(sentence.slice(result.index + result.text.length))
        ? toldAhead(sentence, result.index)
        : pointsForward(sentence, result.index, result.text.length);
      let shift = forward ? (weekday - today.getUTCDay() + 7) % 7 : -((today.getUTCDay() - weekday + 7) % 7);
      // "last Sunday" written on a Sunday is a week before, "next Sunday" a week after: never the day itself.
      if (shift === 0 && /^(?:last|next)\s/i.test(result.text)) shift = /^last/i.test(result.text) ? -7 : 7;
      date = new Date(today.getTime() + shift * 86_400_000);
      precision = 'DAY';
      found.push({ date, precision, start: offset + result.index, end: offset + result.index + result.text.length, text: sentence.slice(result.index, result.index + result.text.length), weekday: true });
      continue;
    } else if (start.isCertain('month')) {
      date = utcDay(year, month, 1);
      // A month without a year is the nearest one in the direction of the tense ("met in October"
      // is last October, "will visit in October" the next).
      if (!yearCertain) {
        const thisMonth = utcDay(reference.getUTCFullYear(), reference.getUTCMonth() + 1, 1);
        const forward = pointsForward(sentence, result.index, result.text.length);
        let candidate = utcDay(reference.getUTCFullYear(), month, 1);
        if (forward && candidate < thisMonth) candidate = utcDay(reference.getUTCFullYear() + 1, month, 1);
        if (!forward && candidate > thisMonth) candidate = utcDay(reference.getUTCFullYear() - 1, month, 1);
        date = candidate;
        yearGuessed = true;
      }
      precision = 'MONTH';
    } else if (start.isCertain('year')) {
      date = utcDay(year, 1, 1);
      precision = 'YEAR';
    } else {
      continue;
    }
    found.push({ date, precision, start: offset + result.index, end: offset + result.index + result.text.length, text: sentence.slice(result.index, result.index + result.text.length), ...(yearGuessed && { yearGuessed }) });
  }
  return found;
}

/** Days a day told in the past may fall after the publication date (a story filed late, a time zone). */
const TENSE_MARGIN_DAYS = 2;

/**
 * A day and month without a year, nearest the publication date, put in the year before when it falls after the publication
 * and a past verb governs it: "the treaty entered into force on April 2" or "confirmed on 3 April that …", published on 5
 * March, is last year's April 2 (the past tells it happened). Only a past verb at most four words before the day, with no
 * future word, infinitive or "be" between ("accepted an invitation to speak on 3 April", "being held on 20 April" keep the
 * coming day): a day further off belongs to a clause of its own as often as not.
 */
function yearOfTense(nearest: Date, sentence: string, at: number, reference: Date): Date {
  if (nearest.getTime() - reference.getTime() <= TENSE_MARGIN_DAYS * 86_400_000) return nearest;
  // ("is set to be hosted in Johannesburg from August 22", "being held in Tokyo on 20 April": a participle after "be" tells no tense)
  const before = sentence.slice(Math.max(0, at - 80), at).replace(/\b(?:be|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?=\s)/gu, (words) => words.replace(/\S/g, ' '));
  const past = lastMatchEnd(before, PAST);
  if (past < 0 || lastMatchEnd(before, FUTURE) > past) return nearest;
  const between = before.slice(past);
  if (between.split(/\s+/).filter(Boolean).length > 4 || /\b(?:to|be|being|been|for|that|until|till|by)\b|[,;:—–]/i.test(between)) return nearest;
  return utcDay(nearest.getUTCFullYear() - 1, nearest.getUTCMonth() + 1, nearest.getUTCDate());
}

/** The year a span's written end gives its yearless start ("from November 28 to December 2, 2022"), else null. */
function rangeStartYear(result: chrono.ParsedResult): number | null {
  const { start, end } = result;
  if (!end || start.isCertain('year') || !end.isCertain('year') || !start.isCertain('month') || !end.isCertain('month')) return null;
  return start.get('month')! > end.get('month')! ? end.get('year')! - 1 : end.get('year')!;
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * "Two years ago, … the failed coup attempt of July 15": a sentence set N years back gives its later
 * day-and-month dates that year (chrono reads "July 15" alone as the nearest July 15).
 */
function yearsAgoAnchor(sentence: string, reference: Date): { year: number; index: number } | null {
  const match = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a) years? ago\b/i.exec(sentence);
  if (!match) return null;
  const word = match[1].toLowerCase();
  const years = word === 'a' ? 1 : (NUMBER_WORDS[word] ?? Number(word));
  return { year: reference.getUTCFullYear() - years, index: match.index };
}

/**
 * Whether a sentence tells a happening lasting several days: "a three-day visit", "a 2-day trip", "for several days", "a
 * days-long stay", "from 24 to 26 February", "until Friday", "through Sunday", "24-26 May". Not "a one-day visit", "a
 * day-long visit", nor a day counted from another happening ("two days after a visit", "three days before").
 */
export function tellsSeveralDays(sentence: string): boolean {
  return SEVERAL_DAYS.test(sentence);
}

const SEVERAL_DAYS = new RegExp(
  [
    String.raw`\b(?:two|three|four|five|six|seven|eight|nine|ten|several|few|[2-9]|\d{2,})(?:-days?\b|\s+days?\b(?!\s+(?:after|before|ago|later|earlier|since|prior|from)\b))`,
    String.raw`\bdays[- ]long\b`,
    String.raw`\bfrom\s[^.;]{1,40}?\s(?:to|until|till|through)\s`,
    String.raw`\buntil\b`,
    String.raw`\bthrough\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`,
    String.raw`\b\d{1,2}\s*[-–]\s*\d{1,2}\b`,
  ].join('|'),
  'i',
);

/** A headline remembering a happening of another time ("Poland marks the 28th anniversary of martial law", "30 years since …"). */
export const HEADLINE_REMEMBERS = /\b(?:anniversar(?:y|ies)|commemorat\w*|remember\w*|\d+\s+years|decades?)\b/i;

/**
 * The day of the news a headline tells, read from the lead (the body's first sentences, `leadSentences`): its first day, by
 * `read`. A headline tells in few words the news its lead tells ("Coup Attempt In Burundi?" over "A top Burundian general …
 * on Wednesday, May 13, 2015, announced the overthrow of President …"). None when the headline remembers a happening of
 * another time (the lead then dates the remembering), nor when the headline writes a year the lead's day is not in
 * ("Nehru's 1954 visit to China").
 */
export function headlineNewsDay<S>(headline: string, lead: readonly S[], read: (sentence: S) => FoundDate[]): FoundDate | null {
  if (HEADLINE_REMEMBERS.test(headline)) return null;
  const day = lead.map((sentence) => read(sentence).find((found) => found.precision === 'DAY')).find(Boolean);
  const years = (headline.match(/\b(?:1[89]|20)\d\d\b/g) ?? []).map(Number);
  return day && (!years.length || years.includes(day.date.getUTCFullYear())) ? day : null;
}

export function isoDay(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/**
 * A dateline's date, the day the copy was filed ("GENEVA, March 3 (Reuters) -", "LIMA, Peru, 4 June 2021/Agency/ —",
 * "Hanoi, (Agency - 4th June, 2021 ) :", "OSLO, June 4. /Agency/."): a place and a comma before it (not after a word in
 * lower case: a photo's caption "… speaks in Oslo, Norway, June 4, 2021. (Photo)" dates its scene), an agency's name or a dash
 * after it. It dates the report, not the vote, the protest or the strike the first sentence then tells.
 */
const DATELINE_BEFORE = /(?:^|[\s)])(?<!\b\p{Ll}+\s)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},(?:\s*\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*){0,3},)?\s*(?:\([^()\n]{0,60})?$/u;
const DATELINE_AFTER = /^(?:,?\s*(?:19|20)\d\d)?\s*\.?\s*(?:\/[^/\n]{1,60}\/\s*[.:,]?|\([^()\n]{1,40}\)\s*(?:--|—|–|-\s|:)|\)\s*[:—–-]|(?:--|—|–|-\s)|:)/u;
export function isDatelineDate(found: FoundDate, text: string, lineStart: number): boolean {
  return DATELINE_BEFORE.test(text.slice(Math.max(lineStart, found.start - 80), found.start)) && DATELINE_AFTER.test(text.slice(found.end, found.end + 70));
}
