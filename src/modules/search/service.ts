// `search`: ranked full-text hits over articles, events, people and countries (the `searchVector` columns
// PostgreSQL keeps current itself), with trigram lookup of names for typos, in one SQL statement per page.
import { Prisma } from '../../generated/prisma/client';
import type { Context } from '../../graphql/context';
import { badUserInput } from '../../graphql/errors';
import { ConnectionResult, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageInfo } from '../../graphql/relay';
import { loadArticle } from '../article/service';
import { loadCountry } from '../country/service';
import { loadEvent } from '../event/service';
import { loadPerson } from '../person/service';
import { SEARCH_QUERY_MAX_LENGTH, SearchArgs, SearchType } from './type';

const { sql, join, empty } = Prisma;

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

interface HitQueryRow {
  typeOrder: number;
  id: number;
  score: number;
  snippet: string;
}

/** Cursor position: score, then type order, then ID (the order of the hits). */
type Position = [score: number, typeOrder: number, id: number];

export async function search(context: Context, args: SearchArgs): Promise<ConnectionResult<SearchHitRow>> {
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

  const hits = types.length ? hitsQuery(text, types) : empty;
  const cursorCondition = position
    ? sql`WHERE (-score, "typeOrder", id) > (-${position[0]}::real, ${position[1]}::int, ${position[2]}::int)`
    : empty;
  // Even `first: 0` reads one hit: `hasNextPage` says whether hits follow the (empty) page.
  const rows = types.length
    ? await context.db.$queryRaw<HitQueryRow[]>(sql`
        ${hits},
        page AS (
          SELECT * FROM hits ${cursorCondition} ORDER BY score DESC, "typeOrder", id LIMIT ${size + 1}
        )
        SELECT page."typeOrder", page.id, page.score, ${snippetSql()} AS snippet
        FROM page CROSS JOIN search s
        ORDER BY page.score DESC, page."typeOrder", page.id`)
    : [];
  const hasMore = rows.length > size;
  const pageRows = rows.slice(0, size);
  const results = await Promise.all(pageRows.map((row) => loadResult(context, TYPE_ORDER[row.typeOrder - 1], row.id)));
  const edges = pageRows.flatMap((row, index) => {
    const result = results[index];
    // An object deleted between the search and its loading is left out.
    if (!result) return [];
    const hit: SearchHitRow = {
      type: TYPE_ORDER[row.typeOrder - 1],
      id: row.id,
      score: row.score,
      snippet: toHtml(row.snippet),
      result,
    };
    return [{ cursor: encodeCursor([row.score, row.typeOrder, row.id]), node: hit }];
  });
  const pageInfo: PageInfo = {
    hasNextPage: hasMore,
    hasPreviousPage: position != null,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  let count: Promise<number> | undefined;
  return {
    edges,
    pageInfo,
    get totalCount() {
      count ??= types.length
        ? context.db
            .$queryRaw<{ count: bigint }[]>(sql`${hits} SELECT count(*) AS count FROM hits`)
            .then((result) => Number(result[0].count))
        : Promise.resolve(0);
      return count;
    },
  };
}

/**
 * `WITH search AS (…), hits AS (…)`: every match of the selected types with its score. Full-text matches use
 * the GIN index on `searchVector` and rank with ts_rank normalized to 0..1 (weights A 1.0, B 0.4, C 0.2: one
 * title match outranks any number of body matches); names of people and countries also match by trigram
 * (GIN-indexed, pg_trgm's default thresholds: similarity `%` 0.3 for a whole misspelt name, "Japna";
 * word similarity `<%` 0.6 for a part of one, "blinkn"), scored by that similarity, so an exact name scores 1
 * and comes first. `websearch_to_tsquery` accepts any input (metacharacters are just text).
 */
function hitsQuery(text: string, types: SearchType[]): Prisma.Sql {
  const fullText = (alias: string) => sql`${Prisma.raw(alias)}."searchVector" @@ s.query`;
  const rank = (alias: string) =>
    sql`CASE WHEN ${fullText(alias)} THEN ts_rank(${Prisma.raw(alias)}."searchVector", s.query, 32) ELSE 0 END`;
  const nameMatches = (alias: string) => Prisma.raw(`(s.text % ${alias}.name OR s.text <% ${alias}.name)`);
  const nameSimilarity = (alias: string) =>
    Prisma.raw(`CASE WHEN ${nameMatches(alias).text} THEN greatest(similarity(s.text, ${alias}.name), word_similarity(s.text, ${alias}.name)) ELSE 0 END`);
  const select = (type: SearchType, table: string, alias: string, score: Prisma.Sql, condition: Prisma.Sql) =>
    sql`SELECT ${TYPE_ORDER.indexOf(type) + 1}::int AS "typeOrder", ${Prisma.raw(alias)}.id, (${score})::real AS score
        FROM ${Prisma.raw(`"${table}"`)} ${Prisma.raw(alias)} CROSS JOIN search s WHERE ${condition}`;
  const parts: Record<SearchType, () => Prisma.Sql> = {
    [SearchType.ARTICLE]: () => select(SearchType.ARTICLE, 'Article', 'a', rank('a'), fullText('a')),
    [SearchType.EVENT]: () => select(SearchType.EVENT, 'Event', 'e', rank('e'), fullText('e')),
    // The condition names the query's values themselves, not the `search` row's: PostgreSQL can then
    // answer the OR from the full-text and trigram indexes together (a BitmapOr) instead of testing
    // every person against a row it only knows at run time.
    [SearchType.PERSON]: () =>
      select(SearchType.PERSON, 'Person', 'p', sql`greatest(${rank('p')}, ${nameSimilarity('p')})`,
        sql`(p."searchVector" @@ websearch_to_tsquery('english', ${text}) OR ${text}::text % p.name OR ${text}::text <% p.name)`),
    [SearchType.COUNTRY]: () =>
      select(SearchType.COUNTRY, 'Country', 'c',
        sql`CASE WHEN ${isCountryCode()} THEN 1 ELSE greatest(${rank('c')}, ${nameSimilarity('c')}) END`,
        sql`(${fullText('c')} OR ${nameMatches('c')} OR ${isCountryCode()})`),
  };
  return sql`WITH search AS (
      SELECT websearch_to_tsquery('english', ${text}) AS query, ${text}::text AS text,
             ${HEADLINE_OPTIONS}::text AS options, ${MARK_START + MARK_END}::text AS marks
    ),
    hits AS (${join(types.map((type) => parts[type]()), ' UNION ALL ')})`;
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

function loadResult(context: Context, type: SearchType, id: number): Promise<object | null> {
  const withTypename = (typename: string) => (row: object | null) => (row ? { ...row, __typename: typename } : null);
  switch (type) {
    case SearchType.ARTICLE:
      return loadArticle(context, id).then(withTypename('Article'));
    case SearchType.EVENT:
      return loadEvent(context, id).then(withTypename('Event'));
    case SearchType.PERSON:
      return loadPerson(context, id).then(withTypename('Person'));
    case SearchType.COUNTRY:
      return loadCountry(context, id).then(withTypename('Country'));
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
