// PostgreSQL's CPU per request of the arms-sale stats as the peer harness asks for them (unfiltered once, then
// filtered by each of the 7 biggest suppliers, round robin), for three statements on one prepared connection,
// replayed serially in turns: the service's before the stored year (EXTRACT per sale), the service's now
// (src/data/stats.ts), and PostGraphile's view (the harness's extra.sql, which it creates if missing), read as its
// plan reads it (PostGraphile wraps the same rows in JSON). The backend's own CPU from /proc, so a loaded machine
// slows the run but moves the figures less than it moves req/s.
//
//   node bench/peer/stats-cpu.mjs --url <database URL> [--requests 2000] [--turns 3]
import fs from 'node:fs';
import pg from 'pg';

const args = Object.fromEntries(process.argv.slice(2).join(' ').split('--').filter(Boolean).map((pair) => pair.trim().split(/\s+/)));
const REQUESTS = Number(args.requests ?? 2000);
const TURNS = Number(args.turns ?? 3);

const order = (year) => `ORDER BY "count" DESC, (SELECT c."name" FROM "Country" c WHERE c."id" = t."supplierId") ASC NULLS LAST, ${year} ASC NULLS LAST`;
const service = (year) => ({
  unfiltered: `SELECT t."supplierId" AS "supplierId", ${year} AS "year", count(*)::int AS "count", count(t."valueUsd")::int AS "countWithKnownValue",
    sum(t."valueUsd")::text AS "totalValueUsdExact" FROM "ArmsSale" t GROUP BY t."supplierId", ${year} ${order(year)}`,
  filtered: `SELECT t."supplierId" AS "supplierId", ${year} AS "year", count(*)::int AS "count", count(t."valueUsd")::int AS "countWithKnownValue",
    sum(t."valueUsd")::text AS "totalValueUsdExact" FROM "ArmsSale" t WHERE t."supplierId" = $1::int GROUP BY t."supplierId", ${year} ${order(year)}`,
});
const statements = {
  'service, EXTRACT per sale (before)': service('EXTRACT(YEAR FROM t."announcedDate")::int'),
  'service, stored year (now)': service('t."announcedYear"'),
  'PostGraphile\'s view': {
    unfiltered: `SELECT v.*, c.code, c.name FROM "ArmsSaleStatBySupplierYear" v LEFT JOIN "Country" c ON c.id = v."supplierId"
      ORDER BY v.count DESC, v."supplierName" ASC NULLS LAST, v.year ASC`,
    filtered: `SELECT v.year, v.count, v."totalValueUsd" FROM "ArmsSaleStatBySupplierYear" v WHERE v."supplierId" = $1::int ORDER BY v.count DESC, v.year ASC`,
  },
};

const client = new pg.Client({ connectionString: args.url });
await client.connect();
await client.query(fs.readFileSync(new URL('extra.sql', `file://${args.harness ?? '/tmp/peer-bench'}/`), 'utf8'));
const suppliers = (await client.query(`SELECT s."supplierId" AS id FROM "ArmsSale" s GROUP BY s."supplierId" ORDER BY count(*) DESC, s."supplierId" LIMIT 7`)).rows.map((row) => row.id);
const parameters = [null, ...suppliers];
const pid = (await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
const cpuMs = () => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const run = (name, parameter) => {
  const { unfiltered, filtered } = statements[name];
  const index = Object.keys(statements).indexOf(name);
  return parameter === null
    ? client.query({ name: `stats-${index}-all`, text: unfiltered })
    : client.query({ name: `stats-${index}-one`, text: filtered, values: [parameter] });
};

const results = Object.fromEntries(Object.keys(statements).map((name) => [name, []]));
for (const name of Object.keys(statements)) for (let request = 0; request < 200; request++) await run(name, parameters[request % parameters.length]);
for (let turn = 0; turn < TURNS; turn++) {
  for (const name of Object.keys(statements)) {
    const before = cpuMs();
    for (let request = 0; request < REQUESTS; request++) await run(name, parameters[request % parameters.length]);
    results[name].push((cpuMs() - before) / REQUESTS);
  }
}
await client.end();
console.log(`${REQUESTS} requests a turn (unfiltered, then the ${suppliers.length} biggest suppliers, round robin); load ${fs.readFileSync('/proc/loadavg', 'utf8').trim()}`);
for (const [name, perTurn] of Object.entries(results)) {
  const sorted = [...perTurn].sort((a, b) => a - b);
  console.log(`${name.padEnd(36)} PostgreSQL CPU ms/request: median ${sorted[sorted.length >> 1].toFixed(3)} (turns ${perTurn.map((ms) => ms.toFixed(3)).join(', ')})`);
}
