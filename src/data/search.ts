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
 * How many of the newest articles (and events) a search tests against its query, in date order, before it
 * reads all the query's matches from the GIN index instead: a word in more than one in 50 of them
 * (SEARCH_RANKED_PER_TYPE ÷ this) is found among these; a rarer one has few enough matches to read them all.
 * About √(ranked × rows × 5) at 100,000 articles, where fetching a match the GIN index finds costs about five
 * times testing a row read in date order (the rows read in date order are neighbours on disk, the matches not).
 */
export const SEARCH_NEWEST_WALKED = 10_000;

/**
 * How many of the newest rows are tested first: the walk goes on past them only when they hold at least
 * SEARCH_NEWEST_SAMPLED × SEARCH_RANKED_PER_TYPE ÷ SEARCH_NEWEST_WALKED matches (20), the frequency at which
 * the whole walk is expected to find enough. A rarer word (or one absent from recent rows) goes to the GIN index
 * after testing these instead of all SEARCH_NEWEST_WALKED: the same matches, a tenth of the rows tested.
 */
export const SEARCH_NEWEST_SAMPLED = 1_000;

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
 * `WITH search AS (…), <walks>, candidates AS (…), hits AS (…)`: the matches a search ranks, with their scores.
 *
 * Ranking every match of a common word ("meeting" matches a sixth of all articles) would read and rank
 * thousands of rows before the first page, more as the data grows. So of articles and events only the
 * `SEARCH_RANKED_PER_TYPE` newest matches are ranked. They are found without planning for the words (the
 * statement is prepared and keeps one generic plan): the newest rows are read from the date index and tested
 * against the query, which for a common word, the usual case, finds enough of them after limit ÷ its
 * frequency rows. The walk stops at `SEARCH_NEWEST_WALKED` rows, and goes past the newest
 * `SEARCH_NEWEST_SAMPLED` only when these hold matches enough to expect it to find them: when it does not
 * (a rarer word), all its matches are read from the GIN index instead and the newest kept. Either way a
 * search reads at most about that many rows plus the matches of a word rarer than limit ÷ that many (or
 * absent from the newest rows), whatever the size of the data. Only the rows kept
 * are ranked. The conditions read the query from the `search` row once (an InitPlan), so the plan does
 * not depend on the words and planning is paid once per connection, not per request.
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

  /** Articles and events: their dated matches found among the newest rows (`walk`), and the ranked part. */
  const newestOf: Partial<Record<SearchType, { table: string; alias: string; date: string; walk: string }>> = {
    [SearchType.ARTICLE]: { table: 'Article', alias: 'a', date: 'publishedAt', walk: 'article_walk' },
    [SearchType.EVENT]: { table: 'Event', alias: 'e', date: 'startDate', walk: 'event_walk' },
  };
  /**
   * `<walk>_sample AS (…), <walk> AS (…)`: the newest `limit` matches among the newest SEARCH_NEWEST_WALKED dated
   * rows (about), read in date-index order: first the newest SEARCH_NEWEST_SAMPLED, then, only when those held
   * enough matches that the walk should find `limit` (else `newest` reads the GIN index), the rows older than
   * the sample's oldest match, from where the index range starts (the sample's rows are not read again).
   */
  const walk = (type: SearchType) => {
    const { table, alias, date, walk: name } = newestOf[type]!;
    const from = Prisma.raw(`"${table}" ${alias}`);
    const column = Prisma.raw(`${alias}."${date}"`);
    const id = Prisma.raw(`${alias}.id`);
    const sample = Prisma.raw(`${name}_sample`);
    const sampled = SEARCH_NEWEST_SAMPLED;
    const enough = Math.round((sampled * SEARCH_RANKED_PER_TYPE) / SEARCH_NEWEST_WALKED);
    /** The matches among `rows` dated rows (`older` than a position, when given), newest first, at most `matches`. */
    const matchesAmong = (older: Prisma.Sql, rows: number, matches: Prisma.Sql, condition: Prisma.Sql) => sql`
      SELECT w.id, w.date, ts_rank(w."searchVector", ${query}, 32) AS score
      FROM (SELECT ${id}, ${column} AS date, ${Prisma.raw(alias)}."searchVector" FROM ${from}
            WHERE ${column} IS NOT NULL${older} ORDER BY ${column} DESC, ${id} DESC LIMIT ${Prisma.raw(String(rows))}) w
      WHERE ${fullText('w')}${condition} ORDER BY w.date DESC, w.id DESC LIMIT ${matches}`;
    return sql`${sample} AS (${matchesAmong(empty, sampled, limit, empty)}),
    ${Prisma.raw(name)} AS (
      SELECT id, date, score FROM ${sample}
      UNION ALL (${matchesAmong(
        sql` AND (${column}, ${id}) < (SELECT date, id FROM ${sample} ORDER BY date, id LIMIT 1)`,
        SEARCH_NEWEST_WALKED - sampled,
        sql`(SELECT ${limit} - count(*) FROM ${sample})`,
        sql` AND (SELECT count(*) FROM ${sample}) >= ${Prisma.raw(String(enough))}`,
      )}))`;
  };
  /**
   * Newest matches first by a nullable date (undated last), in two parts a B-tree index on (date, id)
   * gives in order; the undated part is ordered by the date too, as in `pageScan` (src/data/keyset.ts).
   * The dated part is the walk's when it found `limit` matches, else the newest of all matches (GIN).
   */
  const newest = (type: SearchType) => {
    const { table, alias, date, walk: name } = newestOf[type]!;
    const from = Prisma.raw(`"${table}" ${alias}`);
    const column = Prisma.raw(`${alias}."${date}"`);
    const id = Prisma.raw(`${alias}.id`);
    const walkTable = Prisma.raw(name);
    const found = sql`(SELECT count(*) FROM ${walkTable})`;
    const matches = (where: Prisma.Sql) => sql`SELECT f.id, f.date, ts_rank(f."searchVector", ${query}, 32)
      FROM (SELECT ${id}, ${column} AS date, ${Prisma.raw(alias)}."searchVector" FROM ${from}
            WHERE ${fullText(alias)} AND ${where} ORDER BY ${column} DESC, ${id} DESC LIMIT ${limit}) f`;
    return sql`SELECT ${typeOrder(type)}::int AS "typeOrder", m.id, m.score::real AS score,
        row_number() OVER (ORDER BY m.date DESC NULLS LAST, m.id DESC) AS position
      FROM (SELECT id, date, score FROM ${walkTable} WHERE ${found} = ${limit}
            UNION ALL ${matches(sql`${column} IS NOT NULL AND ${found} < ${limit}`)}
            UNION ALL ${matches(sql`${column} IS NULL`)}) m`;
  };
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
      FROM (SELECT p.id, p."searchVector" FROM "Person" p WHERE ${fullText('p')} ORDER BY p.id DESC LIMIT ${limit}) p
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
  const walks = types.filter((type) => newestOf[type]).map((type) => sql`${walk(type)},`);
  const walksSql = walks.length ? join(walks, ' ') : empty;
  return sql`WITH search AS (
      SELECT websearch_to_tsquery('english', ${text}) AS query, ${text}::text AS text,
             ${HEADLINE_OPTIONS}::text AS options, ${MARK_START + MARK_END}::text AS marks
    ),
    ${walksSql}
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
