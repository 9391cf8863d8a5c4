// PostgreSQL's CPU per request of the country dashboard as the peer harness asks for it (the 50 countries with the
// most events, round robin), replayed serially in turns on one prepared connection, for the statement each build
// sends (given as built projects: `--projects /work/main,$PWD`) and for the SQL floor's. Each build's statement is
// the one its service sends from the second request on (the answer written as text), captured by running the
// benchmark's query through the build's own schema; its answer is checked equal to the floor's data for every
// country first. The backend's own CPU from /proc, so a loaded machine slows the run but moves the figures less
// than it moves req/s.
//
//   node bench/peer/dashboard-cpu.mjs --url <database URL> --projects <built project>[,<built project>…] [--requests 2000] [--turns 3]
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).join(' ').split('--').filter(Boolean).map((pair) => pair.trim().split(/\s+/)));
const REQUESTS = Number(args.requests ?? 2000);
const TURNS = Number(args.turns ?? 3);
const projects = String(args.projects).split(',').map((project) => path.resolve(project));
const require = createRequire(path.join(projects[0], 'package.json'));
const pg = require('pg');

/** The statement a built project sends for the dashboard of `code`, written as text: its text and parameters. */
async function serviceStatement(project, code) {
  const load = createRequire(path.join(project, 'package.json'));
  load('reflect-metadata');
  const { execute, parse } = load('graphql');
  const { createDatabase } = load(path.join(project, 'dist-bench/src/data/prisma'));
  const { createContext } = load(path.join(project, 'dist-bench/src/schema/context'));
  const { getSchema } = load(path.join(project, 'dist-bench/src/schema/build'));
  const { operations } = load(path.join(project, 'dist-bench/bench/operations'));
  const sent = [];
  const db = createDatabase({ url: args.url, poolSize: 1, onQuery: (text, ms, values) => sent.push({ text, values: JSON.parse(values) }) });
  const operation = operations({ country: code }).find(({ key }) => key === 'dashboard');
  const context = createContext(db);
  // As the service's second request: the answer written as text (the resolver's result is then no row, and the
  // execution's errors are expected: only the statement is wanted).
  context.compiled.answerAsText = 'asked';
  await execute({ schema: await getSchema(), document: parse(operation.query), variableValues: { code }, contextValue: context });
  await db.$disconnect();
  if (sent.length !== 1) throw new Error(`${project}: ${sent.length} statements for the dashboard`);
  return { text: sent[0].text, values: sent[0].values, floorSql: operation.floorSql };
}

// Planned as the service's and the floor's connections plan (src/data/prisma.ts, plannerOptions).
const { DEFAULT_RANDOM_PAGE_COST, plannerOptions } = require(path.join(projects[0], 'dist-bench/src/data/prisma'));
const client = new pg.Client({ connectionString: args.url, ...plannerOptions(DEFAULT_RANDOM_PAGE_COST) });
await client.connect();
const countries = (await client.query(`SELECT c.id, c.code FROM "CountryEvent" ce JOIN "Country" c ON c.id = ce."countryId"
  GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 50`)).rows.map((row) => ({ id: row.id, code: row.code.trim() }));
const statements = {};
for (const project of projects) {
  const captured = await serviceStatement(project, countries[0].code);
  const codeAt = captured.values.indexOf(countries[0].code);
  statements[`${path.basename(project)} (${project})`] = {
    text: captured.text,
    values: (country) => captured.values.map((value, index) => (index === codeAt ? country.code : value)),
    read: (row) => JSON.parse(row.answer),
  };
  statements['SQL floor'] ??= { text: captured.floorSql, values: (country) => [country.id], read: (row) => JSON.parse(row.body).data.country };
}
const names = Object.keys(statements);
const run = (name, country) => client.query({ name: `dashboard-${names.indexOf(name)}`, text: statements[name].text, values: statements[name].values(country) });
for (const country of countries) {
  const answers = [];
  for (const name of names) answers.push(JSON.stringify(statements[name].read((await run(name, country)).rows[0])));
  if (answers.some((answer) => answer !== answers[0])) throw new Error(`${country.code}: the statements answer differently`);
}
const pid = (await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
const cpuMs = () => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const results = Object.fromEntries(names.map((name) => [name, []]));
for (const name of names) for (let request = 0; request < 200; request++) await run(name, countries[request % countries.length]);
for (let turn = 0; turn < TURNS; turn++) {
  for (const name of names) {
    const before = cpuMs();
    for (let request = 0; request < REQUESTS; request++) await run(name, countries[request % countries.length]);
    results[name].push((cpuMs() - before) / REQUESTS);
  }
}
await client.end();
console.log(`${REQUESTS} requests a turn (the ${countries.length} countries with the most events, round robin), every answer equal to the floor's; load ${fs.readFileSync('/proc/loadavg', 'utf8').trim()}`);
for (const [name, perTurn] of Object.entries(results)) {
  const sorted = [...perTurn].sort((a, b) => a - b);
  console.log(`${name.padEnd(40)} PostgreSQL CPU ms/request: median ${sorted[sorted.length >> 1].toFixed(3)} (turns ${perTurn.map((ms) => ms.toFixed(3)).join(', ')})`);
}
process.exit(0);
