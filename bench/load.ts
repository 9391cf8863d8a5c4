// One load run in its own process (so that the load generator's CPU is not the measured server's):
// autocannon POSTs the bodies of a spec file in order, one sequence shared by all connections.
//
//   node dist-bench/bench/load.js <spec.json>     spec: { url, bodies: string[], connections, seconds }
// Prints one JSON line: requests, req/s, latency percentiles (ms), errors, bodies sent.
import fs from 'node:fs';
import autocannon from 'autocannon';

export interface LoadSpec {
  url: string;
  bodies: string[];
  connections: number;
  seconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p95: number; p99: number; max: number };
  requests: number;
  errors: number;
  sent: number;
}

async function main(): Promise<void> {
  const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as LoadSpec;
  let next = 0;
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [{
      method: 'POST',
      setupRequest: (request) => ({ ...request, body: spec.bodies[next++ % spec.bodies.length] }),
    }],
  });
  const latency = result.latency as typeof result.latency & { p95?: number };
  const output: LoadResult = {
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: {
      p50: latency.p50,
      p90: latency.p90,
      // autocannon reports p90, p97.5 and p99 but no p95: it is between p90 and p97.5.
      p95: latency.p95 ?? Math.round((latency.p90 + latency.p97_5) / 2),
      p99: latency.p99,
      max: latency.max,
    },
    requests: result.requests.total,
    errors: result.errors + result.non2xx + result.timeouts,
    sent: next,
  };
  console.log(JSON.stringify(output));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
