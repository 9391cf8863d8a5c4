// Hostile load (issue 13): the most expensive requests the limits allow, from 16 anonymous clients
// for 30 s, against `node dist/main.js` started as `npm start` starts it (heap bounded to 256 MB,
// production, embedded PostgreSQL in a fresh DATA_DIR). Beside them one client asks a cheap question
// every 100 ms. Passes when the process stays up, its RSS stays within the heap bound plus
// RSS_MARGIN_MB, and the cheap question answers within 1 s at p99.
//
//   npm run build && npx tsc -p tsconfig.bench.json && node dist-bench/bench/hostile-load.js
//
// Environment: SECONDS_OF_LOAD (30), CONNECTIONS (16).
import fs from 'node:fs';
import { runNode, startService } from './service';

const SECONDS = Number(process.env.SECONDS_OF_LOAD ?? 30);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 16);
const HEAP_MB = 256;
/** Beyond V8's heap: code, the new space, Buffers of sockets and of PostgreSQL's answers, native libraries. */
const RSS_MARGIN_MB = 256;
const PEOPLE = 500;
const BODY_CHARACTERS = 200_000;

async function graphql(url: string, query: string, variables?: object, key?: string): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function main(): Promise<void> {
  const service = await startService([`--max-old-space-size=${HEAP_MB}`], 'hostile');
  const { url, env } = service;
  try {
    // An editor's article with as many people as ingestion accepts and a long body.
    const key = (await runNode(['dist/cli/keys.js', 'create', '--role', 'editor', '--name', 'hostile load'], env)).trim();
    const people = Array.from({ length: PEOPLE }, (_, index) => ({ name: `Crowd Member ${index + 1}` }));
    const body = 'The crowd gathered. '.repeat(BODY_CHARACTERS / 20);
    const ingested = await graphql(url, `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } userErrors { message } } }`,
      { input: { url: 'https://example.org/hostile/crowd', title: 'A crowd', body, people } }, key);
    const articleId: string = ingested.data.ingestArticle.article.id;
    const crowd = await graphql(url, `{ people(first: 100, filter: { text: "Crowd Member" }) { edges { node { id } } } }`);
    const personIds: string[] = crowd.data.people.edges.map((edge: { node: { id: string } }) => edge.node.id);

    // The most expensive shapes within the limits: output amplification, long text, the cost bound.
    const aliases = (count: number, field: string) => Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join('\n');
    const heavy = [
      { name: 'mentions amplification', query: `query ($ids: [ID!]!) { ${aliases(9, 'nodes(ids: $ids) { ... on Article { personMentions { mentionCount person { name slug } } } }')} }`, variables: { ids: Array(100).fill(articleId) } },
      { name: 'long text', query: `query ($ids: [ID!]!) { ${aliases(15, 'nodes(ids: $ids) { ... on Person { articles(first: 1) { edges { node { body } } } } }')} }`, variables: { ids: personIds } },
      { name: 'cost bound', query: `{ countries(first: 100) { edges { node { events(first: 100) { edges { node { title summary } } } } } } }` },
    ];
    for (const request of heavy) {
      const answer = await graphql(url, request.query, request.variables);
      console.log(`${request.name}: ${answer.errors ? `errors ${JSON.stringify(answer.errors[0]).slice(0, 160)}` : `${JSON.stringify(answer).length} bytes`}`);
    }

    const cli = require.resolve('autocannon/autocannon.js');
    const loads = heavy.map((request, index) => {
      const connections = Math.floor(CONNECTIONS / heavy.length) + (index < CONNECTIONS % heavy.length ? 1 : 0);
      return runNode([cli, '--json', '-c', String(connections), '-d', String(SECONDS), '-m', 'POST', '-H', 'content-type=application/json',
        '-b', JSON.stringify({ query: request.query, variables: request.variables }), url], env)
        .then((stdout) => ({ name: request.name, connections, result: JSON.parse(stdout) }));
    });

    let peakRss = rssMb(service.pid);
    const cheap: number[] = [];
    let cheapFailures = 0;
    const until = Date.now() + SECONDS * 1000;
    while (Date.now() < until && !service.exited()) {
      const started = performance.now();
      const answer = await graphql(url, `{ country(code: "JP") { name } }`).catch(() => undefined);
      cheap.push(performance.now() - started);
      if (answer?.data?.country?.name !== 'Japan') cheapFailures++;
      peakRss = Math.max(peakRss, rssMb(service.pid));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const results = await Promise.all(loads);
    cheap.sort((a, b) => a - b);
    const p99 = cheap[Math.min(cheap.length - 1, Math.floor(cheap.length * 0.99))];
    for (const { name, connections, result } of results) {
      console.log(`${name}: ${connections} clients, ${result.requests.total} requests, ${result.non2xx + result.errors + result.timeouts} failed, p99 ${result.latency.p99} ms`);
    }
    const alive = !service.exited();
    console.log(`process alive: ${alive}; peak RSS ${peakRss.toFixed(0)} MB (bound ${HEAP_MB} + ${RSS_MARGIN_MB} MB)`);
    console.log(`cheap query: ${cheap.length} answers, ${cheapFailures} wrong or failed, p50 ${cheap[Math.floor(cheap.length / 2)].toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${cheap[cheap.length - 1].toFixed(0)} ms`);
    const passed = alive && peakRss <= HEAP_MB + RSS_MARGIN_MB && p99 < 1000 && cheapFailures === 0;
    console.log(passed ? 'PASS' : 'FAIL');
    process.exitCode = passed ? 0 : 1;
  } finally {
    await service.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
