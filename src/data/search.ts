// `search`: ranked full-text hits over articles, events, people and countries (the `searchVector` columns
// PostgreSQL keeps current itself), with trigram lookup of names for typos: the page, its snippets and the
// count in one SQL statement, and with them, when the statement compiler answers what is selected of
// them, the objects found (else loaded by their DataLoaders).
import { readRows } from './read';
import { Prisma } from '../generated/prisma/client';
import type { ReadContext } from './read-context';
import { badUserInput, InputError } from '../domain/input-error';
import { ConnectionResult, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageInfoValues } from './keyset';
import { loadArticle } from './articles';
import { loadCountry } from './countries';
import { loadEvent } from './events';
import { loadPerson } from './people';
import { compileRowsById, CompiledRows, FieldSelection, hydrate, NotCompilable } from './compile';
import type { EntityName } from './entities';

const { sql, join, empty } = Prisma;

/** The kinds of object a search finds; the declaration order breaks ties between equal scores. */
export enum SearchType {
  ARTICLE = 'ARTICLE',
  EVENT = 'EVENT',
  PERSON = 'PERSON',
  COUNTRY = 'COUNTRY',
}

export const SEARCH_QUERY_MAX_LENGTH = 200;

/**
 * How many matching articles, events and people (each) a search ranks: the most recent ones. Ranking
 * every match of a common word would cost time in proportion to the data; these are found in date order
 * from an index, so a search costs about the same at any size. Countries (reference data) are all ranked.
 */
export const SEARCH_RANKED_PER_TYPE = 200;

/**
 * How many years, the newest dated row's and those before it, a search reads a month at a time for the newest
 * matching articles and events (older years a year at a time): a word that has not found SEARCH_RANKED_PER_TYPE
 * matches in those months is rare enough that a year of its matches is a small read, and a rare word is looked up
 * once a year instead of once a month. (A month holds about 700 articles at 100,000: "meeting" finds its matches
 * in two months, a word in one article of 50 in about 14.)
 */
export const SEARCH_MONTHS_YEARS = 2;

/** A search as the API's `search` arguments give it. */
export interface SearchArgs {
  query: string;
  /** Only these kinds; all when absent. */
  types?: SearchType[] | null;
  first?: number | null;
  after?: string | null;
}

/** The order of the types, which breaks ties between equal scores (then the ID does). */
const TYPE_ORDER: SearchType[] = [SearchType.ARTICLE, SearchType.EVENT, SearchType.PERSON, SearchType.COUNTRY];

// ts_headline marks matches with two private-use characters (stripped from the text first), so that the
// text can be HTML-escaped afterwards and the marks turned into tags: a snippet is safe to render as HTML.
const MARK_START = '\uE000';
const MARK_END = '\uE001';
const HEADLINE_OPTIONS =
  `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`;

export interface SearchHitRow {
  type: SearchType;
  id: number;
  score: number;
  snippet: string;
  result: object;
}

export interface SearchConnectionResult extends ConnectionResult<SearchHitRow> {
  totalCountIsExact: boolean;
}

/** A row of the page, or the one row with only the totals when the page is empty. */
interface HitQueryRow {
  total: number;
  exact: boolean;
  typeOrder: number | null;
  id: number | null;
  score: number | null;
  snippet: string | null;
  /** The object found, as the compiled selection reads it (absent when not compiled; null when deleted meanwhile). */
  result?: Record<string, unknown> | null;
}

/** The entity each type of hit is (the API's object type of the same name). */
const ENTITY_OF: Record<SearchType, EntityName> = {
  [SearchType.ARTICLE]: 'Article', [SearchType.EVENT]: 'Event', [SearchType.PERSON]: 'Person', [SearchType.COUNTRY]: 'Country',
};

/**
 * What is selected of the objects found, per entity (described by src/schema/compiled.ts), and where
 * what compiled reads bring for their relations is kept and what they leave out is counted.
 */
export interface SearchResultSelections {
  selections: Record<string, FieldSelection[]>;
  keep: Parameters<typeof hydrate>[2];
  fellBack(field: string): void;
}

/** Cursor position: score, then type order, then ID (the order of the hits). */
type Position = [score: number, typeOrder: number, id: number];

export async function search(context: ReadContext, args: SearchArgs, selected?: SearchResultSelections): Promise<SearchConnectionResult> {
  const text = args.query.trim();
  if (!text) throw badUserInput('query', 'must not be blank');
  if (text.length > SEARCH_QUERY_MAX_LENGTH) {
    throw badUserInput('query', `at most ${SEARCH_QUERY_MAX_LENGTH} characters, got ${text.length}`);
  }
  const { first, after } = args;
  if (first != null && (first < 0 || first > MAX_PAGE_SIZE)) {
    throw badUserInput('first', `must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  const size = first ?? DEFAULT_PAGE_SIZE;
  const position = after == null ? null : decodeCursor(after);
  const types = args.types == null ? TYPE_ORDER : TYPE_ORDER.filter((type) => args.types!.includes(type));
  const compiled = selected && compileResults(selected);

  const cursorCondition = position
    ? sql`WHERE (-score, "typeOrder", id) > (-${position[0]}::real, ${position[1]}::int, ${position[2]}::int)`
    : empty;
  // One statement: the ranked hits, their count, and the page with its snippets. Even `first: 0` reads one
  // hit: `hasNextPage` says whether hits follow the (empty) page; that hit after the page gets no snippet
  // (a snippet is most of a page's cost for long articles). Prepared like every read: its plan does not
  // depend on the words (see hitsQuery), so PostgreSQL keeps one generic plan per connection.
  const rows = types.length
    ? await readRows<HitQueryRow>(context.db, sql`
        ${hitsQuery(text, types)},
        page AS (
          SELECT *, row_number() OVER (ORDER BY score DESC, "typeOrder", id) AS place
          FROM (SELECT * FROM hits ${cursorCondition} ORDER BY score DESC, "typeOrder", id LIMIT ${size + 1}) page
        )
        SELECT (SELECT count(*) FROM hits)::int AS total,
               NOT EXISTS (SELECT FROM candidates WHERE position > ${SEARCH_RANKED_PER_TYPE}::int) AS exact,
               page."typeOrder", page.id, page.score, CASE WHEN page.place <= ${size} THEN ${snippetSql()} END AS snippet${compiled ? sql`, ${resultSql(compiled)} AS result` : empty}
        FROM search s LEFT JOIN page ON true
        ORDER BY page.score DESC, page."typeOrder", page.id`)
    : [];
  const hitRows = rows.filter((row) => row.id != null) as (HitQueryRow & { typeOrder: number; id: number; score: number })[];
  const hasMore = hitRows.length > size;
  const pageRows = hitRows.slice(0, size);
  const results = compiled
    ? pageRows.map((row) => compiledResult(selected!, compiled, row))
    : await Promise.all(pageRows.map((row) => loadResult(context, TYPE_ORDER[row.typeOrder - 1], row.id)));
  const edges = pageRows.flatMap((row, index) => {
    const result = results[index];
    // An object deleted between the search and its loading is left out.
    if (!result) return [];
    const hit: SearchHitRow = {
      type: TYPE_ORDER[row.typeOrder - 1],
      id: row.id,
      score: row.score,
      snippet: toHtml(row.snippet ?? ''),
      result,
    };
    return [{ cursor: encodeCursor([row.score, row.typeOrder, row.id]), node: hit }];
  });
  const pageInfo: PageInfoValues = {
    hasNextPage: hasMore,
    hasPreviousPage: position != null,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  return {
    edges,
    pageInfo,
    totalCount: Promise.resolve(rows[0]?.total ?? 0),
    totalCountIsExact: rows[0]?.exact ?? true,
  };
}

/**
 * `WITH search AS (…), <spans>, candidates AS (…), hits AS (…)`: the matches a search ranks, with their scores.
 *
 * Ranking every match of a common word ("meeting" matches a sixth of all articles) would read and rank
 * thousands of rows before the first page, more as the data grows. So of articles and events only the
 * `SEARCH_RANKED_PER_TYPE` newest matches are ranked. They are found without planning for the words (the
 * statement is prepared and keeps one generic plan): a GIN index over the search vector and the month and year
 * of the date gives a word's matches in one period, and the periods are read newest first until enough are
 * found (`newest`), so a search reads about the matches it keeps and a lookup per period, whatever the size of
 * the data and however common the word. Only the rows kept are ranked. The conditions read the query from the
 * `search` row once (an InitPlan), so the plan does not depend on the words and planning is paid once per
 * connection, not per request.
 * People are ranked among the most recently recorded full-text matches and the names most similar to the
 * query (so that an exact name is never left out); countries, fixed reference data, all. `candidates` keeps
 * one row more of each list than is ranked (`position` above the limit): it tells that matches were left out.
 *
 * Full-text matches rank with ts_rank normalized to 0..1 (weights A 1.0, B 0.4, C 0.2: one title match
 * outranks any number of body matches); names of people and countries also match by trigram (GIN-indexed,
 * pg_trgm's default thresholds: similarity `%` 0.3 for a whole misspelt name, "Japna"; word similarity `<%`
 * 0.6 for a part of one, "blinkn"), scored by that similarity, so an exact name scores 1 and comes first.
 * `websearch_to_tsquery` accepts any input (metacharacters are just text); a query of stop words only has no
 * full-text matches.
 */
function hitsQuery(text: string, types: SearchType[]): Prisma.Sql {
  const limit = Prisma.raw(String(SEARCH_RANKED_PER_TYPE + 1));
  const ranked = Prisma.raw(String(SEARCH_RANKED_PER_TYPE));
  // The query, computed once per execution; the planner sees a parameter, the same for every word.
  const query = sql`(SELECT query FROM search)`;
  // A query of stop words only ("the of and") matches nothing: the scans below it are skipped.
  const fullText = (alias: string) => sql`${Prisma.raw(alias)}."searchVector" @@ ${query} AND numnode(${query}) > 0`;
  const rank = (alias: string) => sql`ts_rank(${Prisma.raw(alias)}."searchVector", ${query}, 32)`;
  // Names are compared with the `search` row's text: PostgreSQL's estimate for a trigram condition on a
  // constant tests it on samples of the column, which costs more planning than the whole search executes.
  const nameMatches = (alias: string) => Prisma.raw(`(s.text % ${alias}.name OR s.text <% ${alias}.name)`);
  const nameSimilarity = (alias: string) =>
    Prisma.raw(`greatest(similarity(s.text, ${alias}.name), word_similarity(s.text, ${alias}.name))`);
  // Each trigram condition alone is answered from the GIN index; their OR can make PostgreSQL test every
  // name instead, so the two are asked separately (a row found by both is the same row, once in a UNION).
  const namesLike = (table: string, alias: string, columns: Prisma.Sql) => {
    const from = Prisma.raw(`search s JOIN "${table}" ${alias} ON`);
    return sql`SELECT ${columns} FROM ${from} s.text % ${Prisma.raw(alias)}.name
      UNION SELECT ${columns} FROM ${from} s.text <% ${Prisma.raw(alias)}.name`;
  };
  const typeOrder = (type: SearchType) => Prisma.raw(`${TYPE_ORDER.indexOf(type) + 1}`);

  /** Articles and events: the date their newest matches are ranked by, and the CTE of that date's span. */
  const newestOf: Partial<Record<SearchType, { table: string; alias: string; date: string; span: string }>> = {
    [SearchType.ARTICLE]: { table: 'Article', alias: 'a', date: 'publishedAt', span: 'article_span' },
    [SearchType.EVENT]: { table: 'Event', alias: 'e', date: 'startDate', span: 'event_span' },
  };
  /**
   * `<span> AS (…)`: the month key of the newest dated row and the year of the oldest, each one end of the
   * B-tree index on (date, id) (no dated row: nulls, and no period is read).
   */
  const span = (type: SearchType) => {
    const { table, alias, date, span: name } = newestOf[type]!;
    const end = (key: string, direction: string) => Prisma.raw(`(SELECT ${alias}."${key}" FROM "${table}" ${alias}
        WHERE ${alias}."${date}" IS NOT NULL ORDER BY ${alias}."${date}" ${direction}, ${alias}.id ${direction} LIMIT 1)`);
    return sql`${Prisma.raw(name)} AS (SELECT ${end('searchMonth', 'DESC')} AS "newestMonth", ${end('searchYear', 'ASC')} AS "oldestYear")`;
  };
  /**
   * Newest matches first by a nullable date (undated last), in two parts. The dated part is read period by period,
   * newest first: each month of the newest SEARCH_MONTHS_YEARS years (by the newest dated row), then each older
   * year, every period one lookup of the GIN index over (searchVector, searchMonth, searchYear), which intersects
   * the word's postings with the period's, and the period's matches sorted by date; the LIMIT over the periods
   * stops the loop as soon as it has `limit` rows (a period's rows are all newer than the next one's, so those are
   * the newest matches: PostgreSQL runs a UNION ALL's parts in turn and a nested loop in its outer rows' order, and
   * no part can run in parallel workers, whose rows would interleave, since each starts from a CTE). A common word reads a month or two of its matches, a rare one a lookup per period with
   * few or no matches; neither reads rows that do not match, nor every match of a word. The undated part is read
   * in order from the B-tree index on (date, id), as in `pageScan` (src/data/keyset.ts). Only the rows kept are ranked.
   */
  const newest = (type: SearchType) => {
    const { table, alias, date, span: spanName } = newestOf[type]!;
    const from = Prisma.raw(`"${table}" ${alias}`);
    const column = Prisma.raw(`${alias}."${date}"`);
    const id = Prisma.raw(`${alias}.id`);
    const matches = (where: Prisma.Sql) => sql`SELECT ${id}, ${column} AS date, ${Prisma.raw(alias)}."searchVector" FROM ${from}
        WHERE ${fullText(alias)} AND ${where} ORDER BY ${column} DESC, ${id} DESC LIMIT ${limit}`;
    /** The matches of each period of `keys` (a series of the `key` column's values, newest first). */
    const byPeriod = (key: 'searchMonth' | 'searchYear', keys: string) => sql`SELECT f.* FROM ${Prisma.raw(spanName)} s
        CROSS JOIN LATERAL generate_series(${Prisma.raw(keys)}, -1) AS p(key)
        CROSS JOIN LATERAL (${matches(sql`${Prisma.raw(`${alias}."${key}"`)} = p.key`)}) f`;
    // A month key is year × 12 + month − 1: its year is the key ÷ 12.
    const firstMonth = `(s."newestMonth" / 12 - ${SEARCH_MONTHS_YEARS - 1}) * 12`;
    const months = byPeriod('searchMonth', `s."newestMonth", ${firstMonth}`);
    const years = byPeriod('searchYear', `s."newestMonth" / 12 - ${SEARCH_MONTHS_YEARS}, s."oldestYear"`);
    return sql`SELECT ${typeOrder(type)}::int AS "typeOrder", m.id, ${rank('m')}::real AS score,
        row_number() OVER (ORDER BY m.date DESC NULLS LAST, m.id DESC) AS position
      FROM ((SELECT * FROM (${months} UNION ALL ${years}) dated LIMIT ${limit})
            UNION ALL (${matches(sql`${column} IS NULL`)})) m`;
  };
  // The people a word matches that were recorded last are read as articles are (`newest`), a block of 500 IDs at a
  // time from the GIN index over (searchVector, searchBlock), newest block first: "minister", in 2,727 of 4,697
  // titles at 100,000 articles, reads one block's matches instead of all of them.
  // A person's score is the higher of its full-text rank and, when its name matches by trigram, that similarity.
  // Both are computed once, for the names that match (`person_names`, usually a few): the people found by words
  // are scored after their limit ("minister" is in thousands of titles) and look their name's similarity up
  // there, since computing two trigram similarities for each of 201 people cost more than finding them.
  const personNames = sql`person_names AS (${namesLike('Person', 'p', sql`p.id, ${nameSimilarity('p')} AS similarity,
      CASE WHEN p."searchVector" @@ ${query} THEN ${rank('p')} ELSE 0 END AS rank`)}),`;
  const parts: Record<SearchType, () => Prisma.Sql> = {
    [SearchType.ARTICLE]: () => newest(SearchType.ARTICLE),
    [SearchType.EVENT]: () => newest(SearchType.EVENT),
    [SearchType.PERSON]: () => sql`
      SELECT ${typeOrder(SearchType.PERSON)}::int, p.id, greatest(${rank('p')}, coalesce(n.similarity, 0))::real,
        row_number() OVER (ORDER BY p.id DESC)
      FROM (SELECT f.* FROM generate_series((SELECT p."searchBlock" FROM "Person" p ORDER BY p.id DESC LIMIT 1), 0, -1) AS b(block)
            CROSS JOIN LATERAL (SELECT p.id, p."searchVector" FROM "Person" p WHERE ${fullText('p')} AND p."searchBlock" = b.block
                                ORDER BY p.id DESC LIMIT ${limit}) f
            LIMIT ${limit}) p
      LEFT JOIN person_names n ON n.id = p.id
      UNION ALL
      SELECT ${typeOrder(SearchType.PERSON)}::int, n.id, greatest(n.rank, n.similarity)::real,
        row_number() OVER (ORDER BY n.similarity DESC, n.id)
      FROM (SELECT * FROM person_names ORDER BY similarity DESC, id LIMIT ${limit}) n`,
    [SearchType.COUNTRY]: () => sql`
      SELECT ${typeOrder(SearchType.COUNTRY)}::int, c.id,
        (CASE WHEN ${isCountryCode()} THEN 1
              ELSE greatest(CASE WHEN c."searchVector" @@ s.query THEN ${rank('c')} ELSE 0 END,
                            CASE WHEN ${nameMatches('c')} THEN ${nameSimilarity('c')} ELSE 0 END) END)::real,
        1::bigint
      FROM (SELECT c.id FROM search s JOIN "Country" c ON c."searchVector" @@ s.query
            UNION ${namesLike('Country', 'c', sql`c.id`)}
            UNION SELECT c.id FROM search s JOIN "Country" c ON ${isCountryCode()}) found
      JOIN "Country" c ON c.id = found.id CROSS JOIN search s`,
  };
  const spans = types.filter((type) => newestOf[type]).map((type) => sql`${span(type)},`);
  const spansSql = spans.length ? join(spans, ' ') : empty;
  return sql`WITH search AS (
      SELECT websearch_to_tsquery('english', ${text}) AS query, ${text}::text AS text,
             ${HEADLINE_OPTIONS}::text AS options, ${MARK_START + MARK_END}::text AS marks
    ),
    ${spansSql}
    ${types.includes(SearchType.PERSON) ? personNames : empty}
    candidates ("typeOrder", id, score, position) AS (${join(types.map((type) => parts[type]()), ' UNION ALL ')}),
    -- A person found both by words and by name is one hit (with the same score either way).
    hits AS (
      SELECT "typeOrder", id, max(score) AS score FROM candidates WHERE position <= ${ranked}
      GROUP BY "typeOrder", id
    )`;
}

/** The query is a country's ISO alpha-2 or alpha-3 code, in any case ("us", "JPN"). */
function isCountryCode(): Prisma.Sql {
  return sql`(length(s.text) IN (2, 3) AND upper(s.text) IN (c.code, c.code3))`;
}

/** The snippet of a hit of `page`, from the text of its object (with the marks stripped from it first). */
function snippetSql(): Prisma.Sql {
  const headline = (document: string) => `ts_headline('english', translate(${document}, s.marks, ''), s.query, s.options)`;
  // A name found only approximately is marked whole, since no word of it matched the query.
  const markedName = (alias: string) => `chr(57344) || translate(${alias}.name, s.marks, '') || chr(57345)`;
  return sql`CASE page."typeOrder"
    WHEN 1 THEN (SELECT ${Prisma.raw(headline(`concat_ws(' … ', a.title, a.subtitle, a.summary, a.body)`))}
                 FROM "Article" a WHERE a.id = page.id)
    WHEN 2 THEN (SELECT ${Prisma.raw(headline(`concat_ws('. ', e.title, e.summary)`))}
                 FROM "Event" e WHERE e.id = page.id)
    WHEN 3 THEN (SELECT CASE WHEN p."searchVector" @@ s.query
                   THEN ${Prisma.raw(headline(`concat_ws(' · ', p.name, array_to_string(p.aliases, ', '), p.title, p.description)`))}
                   ELSE ${Prisma.raw(`concat_ws(' · ', ${markedName('p')}, translate(p.title, s.marks, ''))`)} END
                 FROM "Person" p WHERE p.id = page.id)
    WHEN 4 THEN (SELECT CASE WHEN c."searchVector" @@ s.query
                   THEN ${Prisma.raw(headline(`concat_ws(' · ', c.name, c."officialName", array_to_string(c.aliases, ', '), array_to_string(c.demonyms, ', '))`))}
                   ELSE ${Prisma.raw(`concat_ws(' · ', ${markedName('c')}, translate(c."officialName", s.marks, ''))`)} END
                 FROM "Country" c WHERE c.id = page.id)
  END`;
}

/**
 * The selection under the hits compiled for each type (in TYPE_ORDER), or undefined (counted) when
 * the compiler does not answer it or an argument in it is wrong (the DataLoader path reports that).
 */
function compileResults(selected: SearchResultSelections): CompiledRows | undefined {
  try {
    const rows = compileRowsById(
      TYPE_ORDER.map((type) => ({ root: ENTITY_OF[type], selections: selected.selections[ENTITY_OF[type]] ?? [] })),
      sql`page.id`,
    );
    for (const field of rows.leftOut) selected.fellBack(field);
    return rows;
  } catch (error) {
    if (!(error instanceof NotCompilable || error instanceof InputError)) throw error;
    selected.fellBack('Query.search');
    return undefined;
  }
}

/** The object of a hit of `page`, read by the subquery of its type. */
function resultSql(compiled: CompiledRows): Prisma.Sql {
  return sql`CASE page."typeOrder" ${join(compiled.json.map((json, index) => sql`WHEN ${Prisma.raw(String(index + 1))} THEN ${json}`), ' ')} END`;
}

/** A hit's object rebuilt from what the statement read, tagged with its type (in place: what it brought for its relations is kept by this very object). */
function compiledResult(selected: SearchResultSelections, compiled: CompiledRows, row: HitQueryRow & { typeOrder: number }): object | null {
  if (row.result == null) return null;
  const type = TYPE_ORDER[row.typeOrder - 1];
  return Object.assign(hydrate(compiled.plans[row.typeOrder - 1], row.result, selected.keep), { __typename: ENTITY_OF[type] });
}

function loadResult(context: ReadContext, type: SearchType, id: number): Promise<object | null> {
  const withTypename = (typename: string) => (row: object | null) => (row ? { ...row, __typename: typename } : null);
  switch (type) {
    case SearchType.ARTICLE:
      return loadArticle(context, id).then(withTypename('Article'));
    case SearchType.EVENT:
      return loadEvent(context, id).then(withTypename('Event'));
    case SearchType.PERSON:
      return loadPerson(context, id).then(withTypename('Person'));
    case SearchType.COUNTRY:
      return Promise.resolve(loadCountry(context, id)).then(withTypename('Country'));
  }
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The marked headline as an HTML fragment: text escaped, whitespace collapsed, marks turned into `<b>`/`</b>`. */
function toHtml(headline: string): string {
  return headline
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[&<>"']/g, (character) => HTML_ESCAPES[character])
    .replaceAll(MARK_START, '<b>')
    .replaceAll(MARK_END, '</b>');
}

/** Cursors are base64url JSON of [score, type order, id], checked on the way back. */
function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

function decodeCursor(cursor: string): Position {
  const invalid = () => badUserInput('after', `"${cursor}" is not a valid cursor for search`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalid();
  const [score, typeOrder, id] = parsed as unknown[];
  const valid =
    typeof score === 'number' && Number.isFinite(score) &&
    Number.isInteger(typeOrder) && (typeOrder as number) >= 1 && (typeOrder as number) <= TYPE_ORDER.length &&
    Number.isSafeInteger(id) && (id as number) >= 1 && (id as number) <= 2_147_483_647;
  if (!valid) throw invalid();
  return parsed as Position;
}
