// Writes racing each other on shared rows: an ingest, a delete of another article that shares its
// event and person, a re-ingest of the same article, and edits of the shared event and person, all
// sent at once, round after round with the order of arrival shuffled. Afterwards the base tables
// must agree with every answer: what was answered as written is there, what was refused is not,
// no request failed with an internal error, and the maintained counts equal recomputed ones.
import { maintainedCountMismatches, NO_MISMATCHES } from './support/graph';
import type { TestApp } from './support/harness';
import { Keys, startTestAppWithKeys } from './mutations-helpers';

jest.setTimeout(300_000);

const ROUNDS = Number(process.env.CONCURRENCY_ROUNDS ?? 200);

let app: TestApp;
let keys: Keys;
beforeAll(async () => ({ app, keys } = await startTestAppWithKeys()));
afterAll(() => app.close());

const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) { created article { id } userErrors { field message code } }
}`;
const DELETE_ARTICLE = `mutation ($input: DeleteArticleInput!) {
  deleteArticle(input: $input) { deletedArticleId deletedEventIds userErrors { field message code } }
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

const succeeded = (answer: Answer, field: string) => !answer.errors && answer.data?.[field]?.userErrors.length === 0;

test(`${ROUNDS} rounds of racing writes leave exactly what was answered`, async () => {
  const problems: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const b = article(round, 'b');
    const setup = (await app.graphql(INGEST, { input: b }, { apiKey: keys.editor })) as Answer;
    if (!succeeded(setup, 'ingestArticle')) throw new Error(`round ${round}: setup ingest failed: ${JSON.stringify(setup)}`);
    const eventSlug = (await app.db.event.findFirstOrThrow({ where: { title: `Talks ${round}` } })).slug!;

    const operations: [string, () => Promise<Answer>][] = shuffled([
      ['ingest a', () => app.graphql(INGEST, { input: article(round, 'a') }, { apiKey: keys.editor })],
      ['ingest a again', () => app.graphql(INGEST, { input: article(round, 'a') }, { apiKey: keys.editor })],
      ['delete b', () => app.graphql(DELETE_ARTICLE, { input: { article: b.url } }, { apiKey: keys.admin })],
      ['update event', () => app.graphql(UPDATE_EVENT, { input: { event: eventSlug, summary: `edited in round ${round}` } }, { apiKey: keys.editor })],
      ['update person', () => app.graphql(UPDATE_PERSON, { input: { person: `racer-number${round}`, title: 'Envoy' } }, { apiKey: keys.editor })],
    ] as [string, () => Promise<Answer>][], round);
    const answers = Object.fromEntries(await Promise.all(operations.map(async ([name, send]) => [name, await send()] as const)));

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
    const stored = await app.db.article.findUnique({
      where: { url: `https://example.org/race/${round}/a` },
      include: { eventMentions: { include: { event: { include: { participants: true } } } }, personMentions: true },
    });
    if (!stored) problems.push(`round ${round}: article a answered as written is missing`);
    else if (stored.eventMentions.length !== 1 || stored.eventMentions[0].event.participants.length !== 1 || stored.personMentions.length !== 1) {
      problems.push(`round ${round}: article a lost its event or person: ${stored.eventMentions.length} events, ${stored.personMentions.length} people`);
    }
    // Article b was deleted when the delete said so; nothing in the round writes it again.
    const bStored = await app.db.article.count({ where: { url: b.url } });
    if (succeeded(answers['delete b'], 'deleteArticle') !== (bStored === 0)) {
      problems.push(`round ${round}: delete of b answered ${JSON.stringify(answers['delete b'])} but b ${bStored ? 'is there' : 'is gone'}`);
    }
    // No event or person of the round was written twice.
    const events = await app.db.event.count({ where: { title: `Talks ${round}` } });
    const people = await app.db.person.findMany({ where: { slug: `racer-number${round}` } });
    if (events !== 1 || people.length !== 1) problems.push(`round ${round}: ${events} events and ${people.length} people instead of one each`);
    // The person edit succeeded (nothing in the round deletes the person, whom a remaining article names) and stays.
    if (!succeeded(answers['update person'], 'updatePerson') || people[0]?.title !== 'Envoy') {
      problems.push(`round ${round}: update of the person answered ${JSON.stringify(answers['update person'])}, title now ${people[0]?.title}`);
    }
    if (problems.length > 5) break;
  }
  expect(problems).toEqual([]);
  expect(await maintainedCountMismatches(app.db)).toEqual(NO_MISMATCHES);
});
