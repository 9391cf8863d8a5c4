// Summarizes a V8 CPU profile (`node --cpu-prof`, e.g. from BENCH_CPU_PROF): self time by package
// (or project folder) and the heaviest functions, to see where a request's time goes.
//
//   node dist-bench/bench/profile-summary.js <file.cpuprofile> [top functions, default 25] [--last <seconds> | --load <seconds>] [--requests <n>]
//
// `--last` keeps the profile's last seconds (the load, without start-up), `--load` the seconds ending with
// the last second at least a third busy (the load, where the service idles after it, as under `npm run bench`); `--requests` (how many the
// load served in them) prints milliseconds per request. Then it also charges each sample to the
// innermost frame that is not Node's own (node:internal, native), so Node's socket, stream and
// event work counts for the package that asked for it, and keeps `writev` apart: samples are wall
// time, and on a busy machine a thread sits descheduled inside that system call while the peer it
// woke runs (the process's system CPU time, from /proc, is the measure of that call).
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** `pg`, `@prisma/client`, `dist/schema` (or with `file`, `dist/schema/limits`), `(garbage collector)`, `node:internal`… */
function ownerOf(url: string, functionName: string, file = false): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packageMatch) {
    const inner = url.lastIndexOf('node_modules/');
    return /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url.slice(inner))?.[1] ?? packageMatch[1];
  }
  const project = file ? /\/dist(?:-bench)?\/(.*)\.js$/.exec(url) : /\/dist\/(.*)\/[^/]+$/.exec(url);
  if (project) return `dist/${project[1]}`;
  if (url.startsWith('node:')) return 'node:internal';
  return url;
}

/** Node's own frames, charged to their caller. */
const NODE_OWNERS = new Set(['node:internal', '(native)', '(root)']);

function option(args: string[], name: string): number | undefined {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const value = Number(args.splice(index, 2)[1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} needs a positive number`);
  return value;
}

/**
 * The `length` µs ending with the last second of the profile at least a third busy (not idle): the
 * end of the load, where the service idles on after it (`npm run bench` measures the floor before
 * stopping the service), without the start-up, which a window of the most busy time would take.
 */
function loadWindow(profile: Profile, byId: Map<number, ProfileNode>, endsAt: number[], length: number): { from: number; until: number } {
  const busyBySecond = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    if (byId.get(id)?.callFrame.functionName === '(idle)') return;
    const second = Math.floor((endsAt[index] - profile.startTime) / 1e6);
    busyBySecond.set(second, (busyBySecond.get(second) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  const last = Math.max(...[...busyBySecond].filter(([, micros]) => micros >= 1e6 / 3).map(([second]) => second));
  const until = profile.startTime + (last + 1) * 1e6;
  return { from: until - length, until };
}

function main(): void {
  const args = process.argv.slice(2);
  const lastSeconds = option(args, '--last');
  const loadSeconds = option(args, '--load');
  const requests = option(args, '--requests');
  const [file, topArg] = args;
  if (!file) throw new Error('usage: profile-summary <file.cpuprofile> [top] [--last <seconds> | --load <seconds>] [--requests <n>]');
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  // Sample i's time ends at the profile's end minus the deltas after it.
  const endsAt: number[] = new Array(profile.samples.length);
  for (let index = profile.samples.length - 1, time = profile.endTime; index >= 0; index--) {
    endsAt[index] = time;
    time -= profile.timeDeltas[index] ?? 0;
  }
  const { from, until } = loadSeconds === undefined
    ? { from: lastSeconds === undefined ? -Infinity : profile.endTime - lastSeconds * 1e6, until: Infinity }
    : loadWindow(profile, byId, endsAt, loadSeconds * 1e6);
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    if (endsAt[index] < from || endsAt[index] > until) return;
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0);
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const byCaller = new Map<string, number>();
  let idle = 0;
  let writev = 0;
  for (const [id, micros] of selfMicros) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const owner = ownerOf(url, functionName);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + micros);
    const name = `${functionName || '(anonymous)'} ${owner}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    if (functionName === '(idle)') idle += micros;
    else if (functionName === 'writev') writev += micros;
    else {
      let caller = 'Node alone (no JavaScript caller)';
      for (let node: number | undefined = id; node !== undefined; node = parentOf.get(node)) {
        const frame = byId.get(node)!.callFrame;
        const frameOwner = ownerOf(frame.url, frame.functionName, true);
        if (!NODE_OWNERS.has(frameOwner)) {
          caller = frameOwner;
          break;
        }
      }
      byCaller.set(caller, (byCaller.get(caller) ?? 0) + micros);
    }
  }
  const amount = (micros: number) => (requests ? `${(micros / 1000 / requests).toFixed(3).padStart(7)} ms/req` : `${(micros / 1000).toFixed(0).padStart(7)} ms`);
  const print = (title: string, entries: Map<string, number>, top: number, of = total) => {
    console.log(`\n${title}`);
    for (const [name, micros] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${((micros / of) * 100).toFixed(1).padStart(5)}%  ${amount(micros)}  ${name}`);
    }
  };
  console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled${lastSeconds ? ` (the last ${lastSeconds} s)` : ''}`);
  print('self time by package or folder', byOwner, 20);
  print('heaviest functions (self time)', byFunction, Number(topArg ?? 25));
  const busy = total - idle - writev;
  console.log(`\nbusy ${amount(busy + writev)}: writev (socket writes, wall time) ${amount(writev)}, the rest ${amount(busy)}`);
  print('the rest, charged to the innermost package or project file that is not Node itself (share of the rest)', byCaller, 30, busy);
}

main();
