// Concurrent ingestion (issue 12): distinct articles given as text, sent through `ingestArticleText`
// by one client, then by CLIENTS clients at once, against `node dist/main.js` (production, embedded
// PostgreSQL in a fresh DATA_DIR). Prints articles per second of each and the speed-up; unrelated
// articles lock only their own natural keys, so they are written side by side.
//
//   npm run bench:ingest
//   ARTICLES=60 ROUNDS=5 CLIENTS=8 EXTRACTION_WORKERS=2 npm run bench:ingest
//
// Environment: ARTICLES (per run, default 40), ROUNDS (3: one client, then CLIENTS, in turn), CLIENTS (8),
// WARM_UP (articles written before anything is timed, default 200), EXTRACTION_WORKERS (the service's default), BENCH_CPU_PROF (a folder for the service's CPU profile). The rates are articles over seconds of all rounds.
import os from 'node:os';
import { runNode, startService } from './service';

const ARTICLES = Number(process.env.ARTICLES ?? 40);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const CLIENTS = Number(process.env.CLIENTS ?? 8);
/**
 * Articles written (by CLIENTS clients) before anything is timed. V8's optimizing compiler is still
 * at work on the service's code for the first hundred or two: with 8, its background threads took
 * 8–14 ms of CPU per article in the timed rounds (`perf`: four fifths of it TurboFan), and the main
 * thread ran code not yet optimized. A service runs for hours; the rounds measure it warm.
 */
const WARM_UP = Number(process.env.WARM_UP ?? 200);

const INGEST_TEXT = `mutation ($input: IngestArticleTextInput!) {
  ingestArticleText(input: $input) { created article { id } userErrors { field message } }
}`;

const FIRST_NAMES = ['Amara', 'Bruno', 'Chen', 'Dalia', 'Emeka', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jana', 'Kofi', 'Lina', 'Mateo', 'Nadia', 'Omar', 'Priya',
  'Rafael', 'Sara', 'Tomas', 'Uma', 'Viktor', 'Wanjiru', 'Yusuf', 'Zofia'];
/** Surnames made of three parts: 500 of them, so that no two people of the bench share one (a shared surname is a shared alias, and matches). */
const SURNAME_PARTS = [
  ['Ka', 'Lo', 'Mi', 'Re', 'Sa', 'To', 'Ve', 'Zu', 'Bo', 'Di'],
  ['ran', 'vel', 'mon', 'sik', 'dor', 'lan', 'bek', 'tum', 'gar', 'nes'],
  ['ko', 'sen', 'ari', 'ovic', 'ura'],
];
const surname = (number: number) =>
  SURNAME_PARTS.map((parts, position) => parts[Math.floor(number / 10 ** position) % parts.length]).join('');
const COUNTRIES = [
  ['Brazil', 'Brasília'], ['Canada', 'Ottawa'], ['Chile', 'Santiago'], ['Egypt', 'Cairo'], ['Finland', 'Helsinki'], ['Ghana', 'Accra'],
  ['Greece', 'Athens'], ['India', 'New Delhi'], ['Indonesia', 'Jakarta'], ['Kenya', 'Nairobi'], ['Mexico', 'Mexico City'], ['Morocco', 'Rabat'],
  ['Nigeria', 'Abuja'], ['Norway', 'Oslo'], ['Peru', 'Lima'], ['Poland', 'Warsaw'], ['Portugal', 'Lisbon'], ['Senegal', 'Dakar'],
  ['Spain', 'Madrid'], ['Sweden', 'Stockholm'], ['Thailand', 'Bangkok'], ['Turkey', 'Ankara'], ['Vietnam', 'Hanoi'], ['Argentina', 'Buenos Aires'],
];
const OFFICES = ['Foreign Minister', 'Defence Minister', 'Trade Minister', 'Prime Minister'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Article number `serial` of the bench: its own two people, countries, meeting day and sale, written here (no two alike). */
export function articleText(serial: number): { url: string; text: string; publishedAt: string } {
  const index = serial;
  const pick = <T>(list: T[], salt: number) => list[(index * 7 + salt * 13) % list.length];
  const host = pick(COUNTRIES, 1);
  let guest = COUNTRIES[(index * 5 + 3) % COUNTRIES.length];
  if (guest === host) guest = COUNTRIES[(COUNTRIES.indexOf(host) + 5) % COUNTRIES.length];
  const personName = (number: number) => `${FIRST_NAMES[number % FIRST_NAMES.length]} ${surname(number)}`;
  const hostName = personName(2 * index);
  const guestName = personName(2 * index + 1);
  const day = 1 + (index % 27);
  const month = index % 12;
  const year = 2020 + (index % 5);
  const published = new Date(Date.UTC(year, month, day + 1));
  const millions = 100 + index * 7;
  const text = [
    `${host[0]} and ${guest[0]} agree on defence ties`,
    '',
    `${host[1].toUpperCase()}, ${MONTHS[month]} ${day + 1}, ${year} — ${host[0]}'s ${pick(OFFICES, 7)} ${hostName} met ${guest[0]}'s ${pick(OFFICES, 8)} ${guestName} in ${host[1]} on ${MONTHS[month]} ${day}, ${year}, to discuss trade and security.`,
    '',
    `After the talks, ${host[0]} approved the sale of ${10 + (index % 40)} patrol boats and related equipment to ${guest[0]}, worth $${millions} million, officials said.`,
    '',
    `${guestName} said the agreement would "open a new chapter" between the two countries. ${hostName} is expected to visit ${guest[1]} later in the year.`,
  ].join('\n');
  return { url: `https://bench.example.org/articles/${serial}`, text, publishedAt: published.toISOString() };
}

async function graphql(url: string, query: string, variables: object, key: string): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** The next article of the bench: every run writes new ones. */
let serials = 0;

/** Ingests the next `count` articles with `clients` clients each taking the next; articles per second. */
async function ingestRun(url: string, key: string, name: string, count: number, clients: number): Promise<number> {
  const first = serials;
  serials += count;
  let next = 0;
  const failures: string[] = [];
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: clients }, async () => {
    for (let index = next++; index < count; index = next++) {
      const { url: articleUrl, text, publishedAt } = articleText(first + index);
      const answer = await graphql(url, INGEST_TEXT, { input: { text, url: articleUrl, publishedAt, format: 'TEXT' } }, key);
      const payload = answer.data?.ingestArticleText;
      if (answer.errors || payload?.userErrors.length || !payload?.created) failures.push(`${articleUrl}: ${JSON.stringify(answer).slice(0, 300)}`);
    }
  }));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (failures.length) throw new Error(`${failures.length} articles of run ${name} were not written:\n${failures.slice(0, 5).join('\n')}`);
  return count / seconds;
}

async function main(): Promise<void> {
  // BENCH_CPU_PROF=<folder>: the service writes a V8 CPU profile there (bench/profile-summary.ts reads it).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const service = await startService(profile, 'ingest-bench');
  try {
    const key = (await runNode(['dist/cli/keys.js', 'create', '--role', 'editor', '--name', 'ingest bench'], service.env)).trim();
    // Worker threads started, code warm, before anything is timed.
    await ingestRun(service.url, key, 'warm', WARM_UP, CLIENTS);
    // One client and many take turns, round after round, so that the other work of a shared machine
    // weighs on both alike; each round writes articles of its own.
    const one: number[] = [];
    const many: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      one.push(await ingestRun(service.url, key, `one${String.fromCharCode(65 + round)}`, ARTICLES, 1));
      many.push(await ingestRun(service.url, key, `many${String.fromCharCode(65 + round)}`, ARTICLES, CLIENTS));
      console.log(`round ${round + 1}: 1 client ${one[round].toFixed(1)} articles/s, ${CLIENTS} clients ${many[round].toFixed(1)} articles/s`);
    }
    const mean = (values: number[]) => values.length / values.reduce((sum, value) => sum + 1 / value, 0);
    console.log(`${os.availableParallelism()} cores (load average ${os.loadavg()[0].toFixed(1)}), EXTRACTION_WORKERS=${process.env.EXTRACTION_WORKERS ?? 'default'}, ${ROUNDS} rounds of ${ARTICLES} articles`);
    console.log(`1 client:  ${mean(one).toFixed(1)} articles/s`);
    console.log(`${CLIENTS} clients: ${mean(many).toFixed(1)} articles/s`);
    console.log(`speed-up:  ${(mean(many) / mean(one)).toFixed(2)}×`);
  } finally {
    await service.stop();
  }
}

if (require.main === module) main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
