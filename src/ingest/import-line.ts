// One line of an import file, read and checked before anything is written: an article (an
// IngestArticleInput plus what export adds so that nothing is lost: who stated each row, the
// extractor's version and facts), a country's edited aliases, a person, event or arms sale no
// article mentions (`standalone`), or an audit entry. Shared by the one-by-one and the bulk
// import, so both refuse the same lines for the same reasons.
import type { FactOrigin } from '../generated/prisma/client';
import { type ArmsSaleInput, type ArticleInput, articleInputOf, type EventInput, type PersonInput } from './article-input';

/** A fact the extractor read, tied to its subject by natural key (exactly one of person … armsSale). */
export interface FactLine {
  person?: string;
  country?: string;
  event?: string;
  armsSale?: string;
  fact: string;
  value?: string | null;
  sentence: string;
  spanStart: number;
  spanEnd: number;
  confidence: number;
  extractorVersion: string;
}

/** What an article line says beyond IngestArticleInput: who stated what, and what the extractor read. */
export interface Provenance {
  /** Who stated the article (MANUAL when the line does not say). */
  origin: FactOrigin;
  extractorVersion: string | null;
  /** Rows of the line the extractor alone stated: people by slug or name, events and sales by slug (as given). */
  extractedPeople: string[];
  extractedEvents: string[];
  extractedSales: string[];
  /** The article's extracted facts, replacing any it has; null when the line gives none (they are kept). */
  facts: FactLine[] | null;
}

export interface AuditLine {
  action: string;
  entityType?: string | null;
  entityId?: number | null;
  before?: unknown;
  after?: unknown;
  createdAt: string;
}

/** A person, event or arms sale no article mentions, in the shape an article line gives it, and who stated it. */
export type StandaloneEntity =
  | { type: 'person'; person: PersonInput; origin: FactOrigin }
  | { type: 'event'; event: EventInput; origin: FactOrigin }
  | { type: 'armsSale'; armsSale: ArmsSaleInput; origin: FactOrigin };

export type ImportLine =
  | { kind: 'article'; input: ArticleInput; provenance: Provenance }
  | { kind: 'standalone'; entity: StandaloneEntity }
  | { kind: 'countryAliases'; code: string; aliases: string[] }
  | { kind: 'auditEntry'; entry: AuditLine };

/** A line that cannot be imported, with the reason the summary reports. */
export class RefusedLine extends Error {}

const ORIGINS: readonly string[] = ['MANUAL', 'EXTRACTED'];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Reads one line; throws RefusedLine with the reason when it cannot be imported. */
export async function parseImportLine(text: string): Promise<ImportLine> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new RefusedLine(`not JSON: ${(error as Error).message}`);
  }
  if (!isObject(value)) throw new RefusedLine('not a JSON object');
  if ('countryAliases' in value) return countryAliasesLine(value.countryAliases);
  if ('auditEntry' in value) return auditLine(value.auditEntry);
  if ('standalone' in value) return standaloneLine(value.standalone);
  return articleLine(value);
}

const STANDALONE_LISTS = { person: 'people', event: 'events', armsSale: 'armsSales' } as const;

/**
 * `{"standalone": {"person" | "event" | "armsSale": {...}}}`: the entity is checked as the same
 * object inside an article line would be (GraphQL's types, then the input classes' constraints),
 * so both kinds of line accept the same fields for the same reasons. A standalone event carries no
 * `children` (each part is a line of its own, naming its `parent`) and needs its slug, as a sale does.
 */
function standaloneLine(value: unknown): ImportLine {
  const types = isObject(value) ? (Object.keys(STANDALONE_LISTS) as (keyof typeof STANDALONE_LISTS)[]).filter((key) => key in value) : [];
  if (!isObject(value) || types.length !== 1 || Object.keys(value).length !== 1 || !isObject(value[types[0]])) {
    throw new RefusedLine('standalone: needs exactly one of "person", "event" or "armsSale"');
  }
  const type = types[0];
  const fields: Json = { ...(value[type] as Json) };
  const origin = takeOrigin(fields, `standalone.${type}`);
  if (type !== 'person' && typeof fields.slug !== 'string') throw new RefusedLine(`standalone.${type}.slug: is needed`);
  if (type === 'event' && fields.children != null) throw new RefusedLine('standalone.event.children: give each part a line of its own');
  const checked = articleInputOf({ url: 'https://standalone.invalid/', title: 'standalone', [STANDALONE_LISTS[type]]: [fields] });
  const prefix = `input.${STANDALONE_LISTS[type]}.0`;
  if ('problems' in checked) throw new RefusedLine(checked.problems.map((problem) => problem.split(prefix).join(`standalone.${type}`)).join('; '));
  const { people, events, armsSales } = checked.input;
  if (type === 'person') return { kind: 'standalone', entity: { type, person: people![0], origin } };
  if (type === 'event') return { kind: 'standalone', entity: { type, event: events![0], origin } };
  return { kind: 'standalone', entity: { type, armsSale: armsSales![0], origin } };
}

function countryAliasesLine(value: unknown): ImportLine {
  if (!isObject(value) || typeof value.code !== 'string' || !Array.isArray(value.aliases) || !value.aliases.every((alias) => typeof alias === 'string')) {
    throw new RefusedLine('countryAliases: needs a "code" and a list of "aliases"');
  }
  return { kind: 'countryAliases', code: value.code.toUpperCase(), aliases: value.aliases as string[] };
}

function auditLine(value: unknown): ImportLine {
  if (!isObject(value) || typeof value.action !== 'string' || typeof value.createdAt !== 'string' || Number.isNaN(Date.parse(value.createdAt))) {
    throw new RefusedLine('auditEntry: needs an "action" and a "createdAt" time');
  }
  return { kind: 'auditEntry', entry: value as unknown as AuditLine };
}

/** Takes the provenance fields off an object of the line (they are not IngestArticleInput's); checks their origin. */
function takeOrigin(object: Json, path: string): FactOrigin {
  const origin = object.origin ?? 'MANUAL';
  delete object.origin;
  if (typeof origin !== 'string' || !ORIGINS.includes(origin)) throw new RefusedLine(`${path}.origin: must be MANUAL or EXTRACTED`);
  return origin as FactOrigin;
}

async function articleLine(line: Json): Promise<ImportLine> {
  const provenance: Provenance = {
    origin: takeOrigin(line, 'input'),
    extractorVersion: null,
    extractedPeople: [],
    extractedEvents: [],
    extractedSales: [],
    facts: null,
  };
  if (line.extractorVersion != null && typeof line.extractorVersion !== 'string') throw new RefusedLine('input.extractorVersion: must be text');
  provenance.extractorVersion = (line.extractorVersion as string | undefined) ?? null;
  delete line.extractorVersion;
  if (line.facts != null) provenance.facts = factLines(line.facts);
  delete line.facts;
  const list = (value: unknown) => (Array.isArray(value) ? value.filter(isObject) : []);
  list(line.people).forEach((person, index) => {
    if (takeOrigin(person, `input.people.${index}`) === 'EXTRACTED') provenance.extractedPeople.push(String(person.slug ?? person.name));
  });
  const visit = (event: Json, path: string) => {
    if (takeOrigin(event, path) === 'EXTRACTED') provenance.extractedEvents.push(String(event.slug));
    list(event.children).forEach((child, index) => visit(child, `${path}.children.${index}`));
  };
  list(line.events).forEach((event, index) => visit(event, `input.events.${index}`));
  list(line.armsSales).forEach((sale, index) => {
    if (takeOrigin(sale, `input.armsSales.${index}`) === 'EXTRACTED') provenance.extractedSales.push(String(sale.slug));
  });
  if ([...provenance.extractedEvents, ...provenance.extractedSales].includes('undefined')) {
    throw new RefusedLine('an event or arms sale marked EXTRACTED needs its slug');
  }

  // The same checks `ingestArticle` makes of its input: GraphQL's types, then the input classes' constraints.
  const checked = articleInputOf(line);
  if ('problems' in checked) throw new RefusedLine(checked.problems.join('; '));
  const { input } = checked;
  if (!input.url && !input.body) throw new RefusedLine('input.url: give the article a URL or a body');
  return { kind: 'article', input, provenance };
}

function factLines(value: unknown): FactLine[] {
  if (!Array.isArray(value)) throw new RefusedLine('input.facts: must be a list');
  return value.map((fact, index) => {
    const subjects = isObject(fact) ? (['person', 'country', 'event', 'armsSale'] as const).filter((key) => typeof fact[key] === 'string') : [];
    const valid =
      isObject(fact) &&
      subjects.length === 1 &&
      typeof fact.fact === 'string' &&
      typeof fact.sentence === 'string' &&
      Number.isInteger(fact.spanStart) &&
      Number.isInteger(fact.spanEnd) &&
      typeof fact.confidence === 'number' &&
      typeof fact.extractorVersion === 'string' &&
      (fact.value == null || typeof fact.value === 'string');
    if (!valid) throw new RefusedLine(`input.facts.${index}: needs one subject (person, country, event or armsSale), fact, sentence, spanStart, spanEnd, confidence and extractorVersion`);
    return fact as unknown as FactLine;
  });
}
