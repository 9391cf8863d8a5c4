// An article with its graph given as data — what `ingestArticle` takes and each seed file and import
// line holds — and an article given as text: their plain shapes, and the one description of their
// fields (type, whether required, bounds) that checks them, as the API's input and as JSON read
// from a file. Failures name the input field by its path (`input.events.0.title`).
import { arrayMaxSize, isInt, isURL, matches, max, maxLength, min, minLength } from 'class-validator';
import { ArmsSaleStatus, CountryRole, DatePrecision, EventType, ParticipantRole } from '../generated/prisma/enums';
import { parseCalendarDay, parseInstant } from '../domain/iso-dates';
import { CURRENCY_MESSAGE, CURRENCY_PATTERN, parseDecimalAmount } from '../domain/money';
import { SLUG_PATTERN } from '../domain/natural-keys';
import { addUnstorableTextErrors } from '../domain/storable-text';
import { type UserError, userError, UserErrorCode } from '../domain/user-errors';

/** How often, and where first, the article mentions something. */
export interface MentionInput {
  mentionCount?: number | null;
  firstOffset?: number | null;
}

/** A person the article mentions; matched to an existing person by slug, name or alias. */
export interface PersonInput extends MentionInput {
  name: string;
  slug?: string | null;
  aliases?: string[] | null;
  title?: string | null;
  /** Code, name or alias. */
  country?: string | null;
  description?: string | null;
}

export interface CountryMentionInput extends MentionInput {
  /** Code, name or alias. */
  country: string;
}

export interface ParticipantInput {
  /** A person of the article's `people` (slug, name or alias), or an existing person's slug. */
  person: string;
  role: ParticipantRole;
}

export interface EventCountryInput {
  country: string;
  role: CountryRole;
}

/** An event the article reports, with its parts (a trip and its stops). */
export interface EventInput extends MentionInput {
  slug?: string | null;
  title: string;
  type: EventType;
  summary?: string | null;
  startDate?: Date | null;
  endDate?: Date | null;
  datePrecision?: DatePrecision | null;
  location?: string | null;
  participants?: ParticipantInput[] | null;
  countries?: EventCountryInput[] | null;
  /** Slug of the event this one is part of, when that event is not in this input. */
  parent?: string | null;
  position?: number | null;
  children?: EventInput[] | null;
}

/** A sale's own fields, as an article's input and the createArmsSale mutation both give them. */
export interface ArmsSaleFields {
  slug?: string | null;
  /** Countries by code. */
  supplier: string;
  recipient: string;
  /** Exact decimal amounts, as strings. */
  valueUsd?: string | null;
  valueOriginal?: string | null;
  currency?: string | null;
  items: string;
  designation?: string | null;
  quantity?: number | null;
  status: ArmsSaleStatus;
  announcedDate?: Date | null;
  /** The event that announced the sale: in an article's input the slug of one of its events; elsewhere a global ID or slug. */
  event?: string | null;
}

export interface ArmsSaleInput extends MentionInput, ArmsSaleFields {}

/** An article's own fields, without what it reports. */
export interface ArticleFields {
  /** The natural key; without it, the body is. */
  url?: string | null;
  title: string;
  subtitle?: string | null;
  summary?: string | null;
  body?: string | null;
  source?: string | null;
  author?: string | null;
  publishedAt?: Date | null;
  /** ISO 639-1; "en" when absent. */
  language?: string | null;
}

/** The columns an article's fields (but its natural key) are stored in: absent ones empty, the language English. */
export function articleColumnsOf(article: ArticleFields) {
  return {
    title: article.title,
    subtitle: article.subtitle ?? null,
    summary: article.summary ?? null,
    body: article.body ?? null,
    source: article.source ?? null,
    author: article.author ?? null,
    publishedAt: article.publishedAt ?? null,
    language: article.language ?? 'en',
  };
}

/** A whole article with the people, countries, events and arms sales it reports. */
export interface ArticleInput extends ArticleFields {
  people?: PersonInput[] | null;
  countries?: CountryMentionInput[] | null;
  events?: EventInput[] | null;
  armsSales?: ArmsSaleInput[] | null;
}

/** An article as text, with what the submitter states about it (which wins over the text's own metadata). */
export interface ArticleTextInput {
  text: string;
  url?: string | null;
  title?: string | null;
  subtitle?: string | null;
  source?: string | null;
  author?: string | null;
  publishedAt?: Date | null;
}

// ---- The description of the fields --------------------------------------------------------------

/** A bound a present value must keep; the first one a field breaks is its user error. */
interface Check {
  code: UserErrorCode;
  holds(value: unknown): boolean;
  message(property: string): string;
}

const check = (code: UserErrorCode, holds: Check['holds'], message: Check['message']): Check => ({ code, holds, message });
/**
 * class-validator counts a string's length in characters, a surrogate pair or a character with its
 * presentation selector as one: never more than its UTF-16 length, never less than half of it. So a
 * string within `length` UTF-16 units, or a non-empty one, passes without counting (the count matches
 * the string against two patterns and allocates two arrays, for every text field of every input).
 */
const fitsIn = (value: unknown, length: number) => (typeof value === 'string' && value.length <= length) || maxLength(value, length);
const longest = (length: number) =>
  check(UserErrorCode.TOO_LONG, (value) => fitsIn(value, length), (property) => `${property} must be shorter than or equal to ${length} characters`);
const eachLongest = (length: number) =>
  check(
    UserErrorCode.TOO_LONG,
    (value) => Array.isArray(value) && value.every((item) => fitsIn(item, length)),
    (property) => `each value in ${property} must be shorter than or equal to ${length} characters`,
  );
const notEmpty = check(
  UserErrorCode.REQUIRED,
  (value) => (typeof value === 'string' && value.length > 0) || minLength(value, 1),
  (property) => `${property} must be longer than or equal to 1 characters`,
);
const mostItems = (count: number) =>
  check(UserErrorCode.TOO_LONG, (value) => arrayMaxSize(value, count), (property) => `${property} must contain no more than ${count} elements`);
const between = (least: number, most: number): Check[] => [
  check(UserErrorCode.OUT_OF_RANGE, (value) => max(value, most), (property) => `${property} must not be greater than ${most}`),
  check(UserErrorCode.OUT_OF_RANGE, (value) => min(value, least), (property) => `${property} must not be less than ${least}`),
  check(UserErrorCode.INVALID, (value) => isInt(value), (property) => `${property} must be an integer number`),
];
const oneOf = (values: readonly string[]) =>
  check(UserErrorCode.INVALID, (value) => values.includes(value as string), (property) => `${property} must be one of the following values: ${values.join(', ')}`);
const pattern = (regex: RegExp, message: string) => check(UserErrorCode.INVALID, (value) => typeof value === 'string' && matches(value, regex), () => message);
const slug = [pattern(SLUG_PATTERN, 'must be lower-case words joined by hyphens'), longest(100)];
const url = [
  check(UserErrorCode.INVALID, (value) => typeof value === 'string' && isURL(value, { protocols: ['http', 'https'], require_protocol: true, require_tld: false }), () => 'must be an http(s) URL'),
  longest(2000),
];

type Scalar = 'text' | 'int' | 'day' | 'instant' | 'decimal';

interface FieldRule {
  type: Scalar | readonly string[] | InputShape;
  list?: boolean;
  required?: boolean;
  checks?: Check[];
}

/** An input object: its fields in the order their user errors are listed. */
interface InputShape {
  fields: Record<string, FieldRule>;
}

const text = (...checks: Check[]): FieldRule => ({ type: 'text', checks });
const requiredText = (...checks: Check[]): FieldRule => ({ type: 'text', required: true, checks });
const enumOf = (values: Record<string, string>, required = false): FieldRule => ({ type: Object.values(values), required, checks: [oneOf(Object.values(values))] });
const listOf = (shape: InputShape, most: number): FieldRule => ({ type: shape, list: true, checks: [mostItems(most)] });

/** Listed after each mention input's own fields. */
const MENTION_FIELDS: Record<string, FieldRule> = {
  mentionCount: { type: 'int', checks: between(1, 100_000) },
  firstOffset: { type: 'int', checks: between(0, 10_000_000) },
};

const PERSON: InputShape = {
  fields: {
    name: requiredText(longest(200), notEmpty),
    slug: text(...slug),
    aliases: { type: 'text', list: true, checks: [eachLongest(200), mostItems(50)] },
    title: text(longest(200)),
    country: text(longest(100)),
    description: text(longest(2000)),
    ...MENTION_FIELDS,
  },
};

const COUNTRY_MENTION: InputShape = { fields: { country: requiredText(longest(100), notEmpty), ...MENTION_FIELDS } };
const PARTICIPANT: InputShape = { fields: { person: requiredText(longest(200), notEmpty), role: enumOf(ParticipantRole, true) } };
const EVENT_COUNTRY: InputShape = { fields: { country: requiredText(longest(100), notEmpty), role: enumOf(CountryRole, true) } };

// An event's parts are events: the shape is filled in once it exists.
const EVENT: InputShape = { fields: {} };
EVENT.fields = {
  slug: text(...slug),
  title: requiredText(longest(500), notEmpty),
  type: enumOf(EventType, true),
  summary: text(longest(10_000)),
  startDate: { type: 'day' },
  endDate: { type: 'day' },
  datePrecision: enumOf(DatePrecision),
  location: text(longest(100)),
  participants: listOf(PARTICIPANT, 200),
  countries: listOf(EVENT_COUNTRY, 250),
  parent: text(longest(100)),
  position: { type: 'int', checks: between(1, 10_000) },
  children: listOf(EVENT, 100),
  ...MENTION_FIELDS,
};

const ARMS_SALE: InputShape = {
  fields: {
    slug: text(...slug),
    supplier: requiredText(longest(100), notEmpty),
    recipient: requiredText(longest(100), notEmpty),
    valueUsd: { type: 'decimal' },
    valueOriginal: { type: 'decimal' },
    currency: text(pattern(CURRENCY_PATTERN, CURRENCY_MESSAGE)),
    items: requiredText(longest(2000), notEmpty),
    designation: text(longest(200)),
    quantity: { type: 'int', checks: between(0, 1_000_000_000) },
    status: enumOf(ArmsSaleStatus, true),
    announcedDate: { type: 'day' },
    event: text(longest(100)),
    ...MENTION_FIELDS,
  },
};

const ARTICLE: InputShape = {
  fields: {
    url: text(...url),
    title: requiredText(longest(500), notEmpty),
    subtitle: text(longest(2000)),
    summary: text(longest(10_000)),
    body: text(longest(1_000_000)),
    source: text(longest(200)),
    author: text(longest(500)),
    publishedAt: { type: 'instant' },
    language: text(pattern(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code')),
    people: listOf(PERSON, 500),
    countries: listOf(COUNTRY_MENTION, 250),
    events: listOf(EVENT, 500),
    armsSales: listOf(ARMS_SALE, 200),
  },
};

const ARTICLE_TEXT: InputShape = {
  fields: {
    text: requiredText(longest(1_000_000), notEmpty),
    url: text(...url),
    title: text(longest(500), notEmpty),
    subtitle: text(longest(2000)),
    source: text(longest(200)),
    author: text(longest(500)),
    publishedAt: { type: 'instant' },
  },
};

// ---- Checking -----------------------------------------------------------------------------------

type Path = (string | number)[];

/** A shape's fields in order, listed once (a bulk import checks thousands of inputs against the same shapes). */
const FIELD_LISTS = new WeakMap<InputShape, [string, FieldRule][]>();
function fieldsOf(shape: InputShape): [string, FieldRule][] {
  let fields = FIELD_LISTS.get(shape);
  if (!fields) FIELD_LISTS.set(shape, (fields = Object.entries(shape.fields)));
  return fields;
}

/** The shape of a field's nested input, or undefined for a scalar or enum field. */
const nestedShape = (rule: FieldRule): InputShape | undefined =>
  typeof rule.type === 'object' && !Array.isArray(rule.type) ? (rule.type as InputShape) : undefined;

/** The first bound a present value breaks, if any (a loop, not `find`: no closure for every field of every input). */
function brokenBound(checks: Check[] | undefined, value: unknown): Check | undefined {
  if (checks) for (let index = 0; index < checks.length; index++) if (!checks[index].holds(value)) return checks[index];
  return undefined;
}

/**
 * The user error of each present field that breaks a bound (one per field, the first it breaks),
 * nested inputs within. `path` is extended and restored as the walk goes, and copied only for an error.
 */
function boundErrors(value: Record<string, unknown>, shape: InputShape, path: Path, errors: UserError[]): UserError[] {
  const fields = fieldsOf(shape);
  for (let fieldIndex = 0; fieldIndex < fields.length; fieldIndex++) {
    const name = fields[fieldIndex][0];
    const rule = fields[fieldIndex][1];
    const field = value[name];
    if (field == null) continue;
    const broken = brokenBound(rule.checks, field);
    if (broken) {
      errors.push(userError([...path, name].map(String), broken.message(name), broken.code));
      continue;
    }
    const nested = nestedShape(rule);
    if (!nested) continue;
    path.push(name);
    if (rule.list) {
      const items = field as (Record<string, unknown> | null)[];
      for (let index = 0; index < items.length; index++) {
        if (items[index] == null) continue;
        path.push(index);
        boundErrors(items[index]!, nested, path, errors);
        path.pop();
      }
    } else boundErrors(field as Record<string, unknown>, nested, path, errors);
    path.pop();
  }
  return errors;
}

/** What is wrong with an article given as data (its types already those of ArticleInput), as user errors on its fields. */
export function articleInputErrors(input: ArticleInput, path: Path = ['input']): UserError[] {
  return addUnstorableTextErrors(input, path, boundErrors(input as unknown as Record<string, unknown>, ARTICLE, path, []));
}

/** What is wrong with an article given as text, as user errors on its fields. */
export function articleTextInputErrors(input: ArticleTextInput, path: Path = ['input']): UserError[] {
  return addUnstorableTextErrors(input, path, boundErrors(input as unknown as Record<string, unknown>, ARTICLE_TEXT, path, []));
}

/** A JSON scalar as the field's type holds it; a TypeError saying why when it is not one. */
function scalarOf(type: Scalar | readonly string[], value: unknown): unknown {
  if (Array.isArray(type)) {
    if (typeof value === 'string' && type.includes(value)) return value;
    throw new TypeError(`must be one of ${type.join(', ')}`);
  }
  switch (type) {
    case 'text':
      if (typeof value === 'string') return value;
      throw new TypeError('must be a string');
    case 'int':
      if (Number.isInteger(value) && Math.abs(value as number) <= 2_147_483_647) return value;
      throw new TypeError('must be a whole number (32-bit)');
    case 'day': {
      const day = typeof value === 'string' ? parseCalendarDay(value) : null;
      if (day) return day;
      throw new TypeError('must be a day, YYYY-MM-DD');
    }
    case 'instant': {
      const instant = typeof value === 'string' ? parseInstant(value) : null;
      if (instant) return instant;
      throw new TypeError('must be a date and time with its offset (RFC 3339), e.g. "2025-01-09T14:30:00Z"');
    }
    case 'decimal':
      return parseDecimalAmount(value);
  }
  throw new TypeError('has an unknown type');
}

/**
 * A JSON value read as the input object `shape` describes: the fields it has, each of its type
 * (dates as Dates), required ones present. A value that is not a list where one is expected is a
 * list of that one item, as GraphQL reads input. Problems are "path: why". Paths are joined only
 * for a problem, and the walk creates no function per field: most inputs have no problem, and a
 * bulk import reads every field of thousands of them.
 */
function inputOf(json: unknown, shape: InputShape, path: Path, problems: string[]): Record<string, unknown> | undefined {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    problems.push(`${path.join('.')}: must be an object`);
    return undefined;
  }
  const given = json as Record<string, unknown>;
  const input: Record<string, unknown> = {};
  for (const name in given) if (!(name in shape.fields)) problems.push(`${[...path, name].join('.')}: is not a field of this input`);
  const fields = fieldsOf(shape);
  for (let fieldIndex = 0; fieldIndex < fields.length; fieldIndex++) {
    const name = fields[fieldIndex][0];
    const rule = fields[fieldIndex][1];
    const value = given[name];
    if (value == null) {
      if (rule.required) problems.push(`${[...path, name].join('.')}: is required`);
      else if (value === null) input[name] = null;
      continue;
    }
    if (!rule.list) {
      input[name] = fieldValueOf(value, rule, path, name, undefined, problems);
      continue;
    }
    const items = Array.isArray(value) ? value : [value];
    const read: unknown[] = [];
    for (let index = 0; index < items.length; index++) read.push(fieldValueOf(items[index], rule, path, name, index, problems));
    input[name] = read;
  }
  return input;
}

/** One value of a field (`index`: its place in a list field) read as the field's type; undefined, and a problem, when it is not one. */
function fieldValueOf(item: unknown, rule: FieldRule, path: Path, name: string, index: number | undefined, problems: string[]): unknown {
  if (item == null) {
    problems.push(`${placeOf(path, name, index)}: is required`);
    return undefined;
  }
  const nested = nestedShape(rule);
  if (nested) {
    // The path is extended for the nested input's walk and restored after it (copied only for a problem).
    const depth = path.length;
    path.push(name);
    if (index !== undefined) path.push(index);
    const read = inputOf(item, nested, path, problems);
    path.length = depth;
    return read;
  }
  try {
    return scalarOf(rule.type as Scalar | readonly string[], item);
  } catch (error) {
    problems.push(`${placeOf(path, name, index)}: ${(error as Error).message}`);
    return undefined;
  }
}

/** A field's path as a problem names it (`input.events.0.title`). */
const placeOf = (path: Path, name: string, index: number | undefined) => (index === undefined ? [...path, name] : [...path, name, index]).join('.');

/** An article given as JSON (a seed file, an import line), checked as `ingestArticle` checks its input: the input, or why it is refused. */
export function articleInputOf(json: unknown): { input: ArticleInput } | { problems: string[] } {
  const problems: string[] = [];
  const input = inputOf(json, ARTICLE, ['input'], problems) as ArticleInput | undefined;
  if (problems.length || !input) return { problems };
  const userErrors = articleInputErrors(input);
  if (userErrors.length) return { problems: userErrors.map((error) => `${error.field.join('.')}: ${error.message}`) };
  return { input };
}
