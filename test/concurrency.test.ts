// Writes racing each other on shared rows: an ingest, a delete of another article that shares its
// event and person, a re-ingest of the same article, edits of the shared event and person, and a
// re-extraction that no longer reads an event while another ingest links to that event, all sent
// at once, round after round with the order of arrival shuffled. Several rounds are in flight at a
// time, so a round's writes also race the other rounds' setups and writes on the rows they share
// (the two leaders the texts name, France). Afterwards the base tables must agree with every
// answer: what was answered as written is there, what was refused is not, no request failed with an
// internal error, and the maintained counts equal recomputed ones.
import { maintainedCountMismatches, NO_MISMATCHES } from './support/graph';
import type { TestApp } from './support/harness';
import { Keys, startTestAppWithKeys } from './mutations-helpers';
import { ExtractionPool } from '../src/extraction/pool';
import { reextractArticle } from '../src/ingest/files';
import type { WriteOutcome } from '../src/ingest/write-core';

// 200 rounds cost about a minute of CPU in this process (and as much in PostgreSQL): 40 s on an idle
// machine; with the 2 cores loaded seventeen deep the file gets an eighth of one and 300 s was
// crossed. The bound catches a hang, not a slow machine.
jest.setTimeout(900_000);

const ROUNDS = Number(process.env.CONCURRENCY_ROUNDS ?? 200);
/**
 * Rounds in flight at once. A round is a chain of requests, each waiting for the one before: one at
 * a time, the machine mostly waits. Two at once keep it busy without queueing a round's writes
 * behind so many others (at most 14 requests for the app's 5 connections) that a loaded machine
 * makes them wait past the transaction's 10 s bound for a connection. (With four at once, a run
 * on a machine loaded fifteen deep had a text ingest answered with an internal error.)
 */
const ROUNDS_AT_ONCE = Number(process.env.CONCURRENCY_ROUNDS_AT_ONCE ?? 2);

let app: TestApp;
let keys: Keys;
/** The extractor's workers for re-extraction (the command-line tool's, not the server's). */
let pool: ExtractionPool;
beforeAll(async () => {
  ({ app, keys } = await startTestAppWithKeys());
  pool = new ExtractionPool();
});
afterAll(async () => {
  await pool.close();
  await app.close();
});

const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) { created article { id } userErrors { field message code } }
}`;
const DELETE_ARTICLE = `mutation ($input: DeleteArticleInput!) {
  deleteArticle(input: $input) { deletedArticleId deletedEventIds userErrors { field message code } }
}`;
const INGEST_TEXT = `mutation ($input: IngestArticleTextInput!) {
  ingestArticleText(input: $input) { created userErrors { field message code } }
}`;
const UPDATE_EVENT = `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { event { id } userErrors { field message code } } }`;
const UPDATE_PERSON = `mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id } userErrors { field message code } } }`;

/** A round's article: it reports the round's shared event, with the round's shared person in it. */
function article(round: number, name: 'a' | 'b') {
  return {
    url: `https://example.org/race/${round}/${name}`,
    title: `Race ${round}, article ${name}`,
    source: 'Race Wire',
    publishedAt: '2025-03-01T08:00:00Z',
    people: [{ name: `Racer Number${round}`, country: 'FR' }],
    countries: [{ country: 'FR' }],
    events: [{
      title: `Talks ${round}`, type: 'MEETING', startDate: '2025-03-01', location: 'FR',
      participants: [{ person: `Racer Number${round}`, role: 'HOST' }],
    }],
  };
}

/** The round's own day (so no two rounds' meetings match), as the text writes it: "3 March 2020". */
function dayOf(round: number): { iso: string; written: string } {
  const day = new Date(Date.UTC(2020, 0, 1) + round * 86_400_000);
  return { iso: day.toISOString().slice(0, 10), written: day.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) };
}

/** A round's article as text: the extractor reads a meeting of two people on the round's day in it. */
function meetingText(round: number) {
  return {
    url: `https://example.org/race/${round}/c`,
    title: `Summit ${round}`,
    source: 'Race Wire',
    publishedAt: '2025-03-10T08:00:00Z',
    text: `French President Emmanuel Macron hosted German Chancellor Olaf Scholz in Paris on ${dayOf(round).written} for talks on European defence.`,
  };
}

/** A round's article given as data that names the meeting read in article c, by its slug. */
function linkingArticle(round: number, meetingSlug: string) {
  return {
    url: `https://example.org/race/${round}/d`,
    title: `Race ${round}, article d`,
    source: 'Race Wire',
    publishedAt: '2025-03-10T08:00:00Z',
    people: [{ name: 'Emmanuel Macron', country: 'FR' }],
    events: [{ slug: meetingSlug, title: `Summit ${round}`, type: 'MEETING', startDate: dayOf(round).iso, location: 'FR' }],
  };
}

/** The order of arrival: a different permutation each round (a fixed sequence, so a failure repeats). */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed * 7919 + 17;
  for (let index = out.length - 1; index > 0; index--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const other = state % (index + 1);
    [out[index], out[other]] = [out[other], out[index]];
  }
  return out;
}

interface Answer {
  errors?: unknown;
  data?: Record<string, { userErrors: unknown[]; created?: boolean } | null>;
}

/** Re-extraction through the write core (as `npm run reextract`), answered as the API would answer it. */
async function reextract(articleId: number): Promise<Answer> {
  try {
    const outcome: WriteOutcome | null = await reextractArticle(app.db, pool, articleId);
    return { data: { reextract: { userErrors: outcome ? outcome.problems : ['no stored body'] } } };
  } catch (error) {
    return { errors: [String(error)] };
  }
}

const succeeded = (answer: Answer | undefined, field: string) => !!answer && !answer.errors && answer.data?.[field]?.userErrors.length === 0;

/** What a round sent and was answered; the base tables are compared with it once every round is over. */
interface RoundRecord {
  round: number;
  answers: Record<string, Answer>;
  /** Article c's meeting, when the round raced a re-extraction of c. */
  meetingSlug: string | null;
}

/** Writes the round's shared rows, then sends its racing writes at once, in the round's order. */
async function playRound(round: number): Promise<RoundRecord> {
  const b = article(round, 'b');
  const setup = (await app.graphql(INGEST, { input: b }, { apiKey: keys.editor })) as Answer;
  if (!succeeded(setup, 'ingestArticle')) throw new Error(`round ${round}: setup ingest failed: ${JSON.stringify(setup)}`);
  const eventSlug = (await app.db.event.findFirstOrThrow({ where: { title: `Talks ${round}` } })).slug!;
  // Every other round (a hundred of them) also races a re-extraction: article c, read as text, has
  // a meeting that is the extractor's; then its stored body loses the meeting, as if an older
  // extractor had read a fact the current one no longer finds: its re-extraction deletes the
  // meeting unless another article mentions it by then.
  let reextraction: { articleId: number; meetingSlug: string } | null = null;
  if (round % 2 === 0) {
    const c = (await app.graphql(INGEST_TEXT, { input: meetingText(round) }, { apiKey: keys.editor })) as Answer;
    if (!succeeded(c, 'ingestArticleText')) throw new Error(`round ${round}: setup text ingest failed: ${JSON.stringify(c)}`);
    const cStored = await app.db.article.findUniqueOrThrow({ where: { url: meetingText(round).url }, include: { eventMentions: { include: { event: true } } } });
    // The text gives the meeting (and the guest's visit, which no other article mentions).
    const meetings = cStored.eventMentions.filter((mention) => mention.event.type === 'MEETING');
    if (meetings.length !== 1) throw new Error(`round ${round}: article c's text gave ${meetings.length} meetings instead of one`);
    reextraction = { articleId: cStored.id, meetingSlug: meetings[0].event.slug! };
    await app.db.article.update({ where: { id: cStored.id }, data: { body: 'The two leaders spoke to reporters afterwards.' } });
  }

  const operations: [string, () => Promise<Answer>][] = shuffled([
    ['ingest a', () => app.graphql(INGEST, { input: article(round, 'a') }, { apiKey: keys.editor })],
    ['ingest a again', () => app.graphql(INGEST, { input: article(round, 'a') }, { apiKey: keys.editor })],
    ['delete b', () => app.graphql(DELETE_ARTICLE, { input: { article: b.url } }, { apiKey: keys.admin })],
    ['update event', () => app.graphql(UPDATE_EVENT, { input: { event: eventSlug, summary: `edited in round ${round}` } }, { apiKey: keys.editor })],
    ['update person', () => app.graphql(UPDATE_PERSON, { input: { person: `racer-number${round}`, title: 'Envoy' } }, { apiKey: keys.editor })],
    ...(reextraction
      ? [
        ['re-extract c', () => reextract(reextraction.articleId)],
        ['ingest d', () => app.graphql(INGEST, { input: linkingArticle(round, reextraction.meetingSlug) }, { apiKey: keys.editor })],
      ]
      : []),
  ] as [string, () => Promise<Answer>][], round);
  const answers = Object.fromEntries(await Promise.all(operations.map(async ([name, send]) => [name, await send()] as const)));
  return { round, answers, meetingSlug: reextraction?.meetingSlug ?? null };
}

/** Plays every round, `ROUNDS_AT_ONCE` in flight at a time (each lane takes the next round when its own is over). */
async function playRounds(): Promise<RoundRecord[]> {
  const records: RoundRecord[] = [];
  let next = 0;
  const lane = async () => {
    while (next < ROUNDS) records.push(await playRound(next++));
  };
  await Promise.all(Array.from({ length: ROUNDS_AT_ONCE }, lane));
  return records.sort((left, right) => left.round - right.round);
}

/** The rows every round's checks read, fetched once for all rounds, by natural key. */
async function storedRows(records: RoundRecord[]) {
  const articles = await app.db.article.findMany({
    where: { url: { startsWith: 'https://example.org/race/' } },
    include: { eventMentions: { include: { event: { include: { participants: true } } } }, personMentions: true },
  });
  const events = await app.db.event.findMany({ where: { title: { startsWith: 'Talks ' } }, select: { title: true } });
  const people = await app.db.person.findMany({ where: { slug: { startsWith: 'racer-number' } }, select: { slug: true, title: true } });
  const meetingSlugs = records.flatMap((record) => (record.meetingSlug ? [record.meetingSlug] : []));
  const meetings = await app.db.event.findMany({
    where: { slug: { in: meetingSlugs } },
    select: { slug: true, articleMentions: { select: { article: { select: { url: true } } } } },
  });
  const grouped = <T>(rows: T[], key: (row: T) => string) => {
    const groups = new Map<string, T[]>();
    for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
    return (name: string) => groups.get(name) ?? [];
  };
  return {
    articles: grouped(articles, (row) => row.url!),
    events: grouped(events, (row) => row.title),
    people: grouped(people, (row) => row.slug!),
    meetings: grouped(meetings, (row) => row.slug!),
  };
}

/** Where the base tables disagree with what round `record` was answered. */
function roundProblems({ round, answers, meetingSlug }: RoundRecord, stored: Awaited<ReturnType<typeof storedRows>>): string[] {
  const problems: string[] = [];
  for (const [name, answer] of Object.entries(answers)) {
    if (answer.errors) problems.push(`round ${round}, ${name}: ${JSON.stringify(answer.errors)}`);
  }
  const ingests = [answers['ingest a'], answers['ingest a again']];
  if (!ingests.every((answer) => succeeded(answer, 'ingestArticle'))) {
    problems.push(`round ${round}: an ingest was refused: ${JSON.stringify(ingests)}`);
  }
  if (ingests.filter((answer) => answer.data?.ingestArticle?.created).length !== 1) {
    problems.push(`round ${round}: not exactly one ingest of a created it: ${JSON.stringify(ingests)}`);
  }

  // Article a was written: it is there, with its event and person, linked.
  const [a, ...moreA] = stored.articles(`https://example.org/race/${round}/a`);
  if (!a || moreA.length) problems.push(`round ${round}: ${moreA.length + (a ? 1 : 0)} articles a instead of the one answered as written`);
  else if (a.eventMentions.length !== 1 || a.eventMentions[0].event.participants.length !== 1 || a.personMentions.length !== 1) {
    problems.push(`round ${round}: article a lost its event or person: ${a.eventMentions.length} events, ${a.personMentions.length} people`);
  }
  // Article b was deleted when the delete said so; nothing in the round (or any other) writes it again.
  const bStored = stored.articles(article(round, 'b').url).length;
  if (succeeded(answers['delete b'], 'deleteArticle') !== (bStored === 0)) {
    problems.push(`round ${round}: delete of b answered ${JSON.stringify(answers['delete b'])} but b ${bStored ? 'is there' : 'is gone'}`);
  }
  // No event or person of the round was written twice.
  const events = stored.events(`Talks ${round}`).length;
  const people = stored.people(`racer-number${round}`);
  if (events !== 1 || people.length !== 1) problems.push(`round ${round}: ${events} events and ${people.length} people instead of one each`);
  // The person edit succeeded (nothing deletes the person, whom a remaining article names) and stays.
  if (!succeeded(answers['update person'], 'updatePerson') || people[0]?.title !== 'Envoy') {
    problems.push(`round ${round}: update of the person answered ${JSON.stringify(answers['update person'])}, title now ${people[0]?.title}`);
  }
  // Re-extraction and the ingest of d both succeeded. Whichever came first, the meeting is there
  // once, mentioned by d (linked to, or written again after the re-extraction deleted it), and
  // no longer by c.
  if (meetingSlug) {
    if (!succeeded(answers['re-extract c'], 'reextract') || !succeeded(answers['ingest d'], 'ingestArticle')) {
      problems.push(`round ${round}: re-extract ${JSON.stringify(answers['re-extract c'])}, ingest d ${JSON.stringify(answers['ingest d'])}`);
    }
    const meetings = stored.meetings(meetingSlug);
    const mentionedBy = meetings.flatMap((meeting) => meeting.articleMentions.map((mention) => mention.article.url));
    if (meetings.length !== 1 || mentionedBy.join() !== linkingArticle(round, meetingSlug).url) {
      problems.push(`round ${round}: ${meetings.length} meetings "${meetingSlug}", mentioned by ${JSON.stringify(mentionedBy)} instead of d alone`);
    }
  }
  return problems;
}

test(`${ROUNDS} rounds of racing writes, ${ROUNDS_AT_ONCE} at a time, leave exactly what was answered`, async () => {
  const records = await playRounds();
  expect(records.map((record) => record.round)).toEqual(Array.from({ length: ROUNDS }, (_, round) => round));
  const stored = await storedRows(records);
  expect(records.flatMap((record) => roundProblems(record, stored)).slice(0, 10)).toEqual([]);
  expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);
});
