// Summarizes a V8 CPU profile (`node --cpu-prof`, e.g. from BENCH_CPU_PROF): self time by package
// (or project folder) and the heaviest functions, to see where a request's time goes.
//
//   node dist-bench/bench/profile-summary.js <file.cpuprofile> [top functions, default 25]
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
}

/** `pg`, `@prisma/client`, `src/graphql`, `(garbage collector)`, `node:internal`… */
function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packageMatch) {
    const inner = url.lastIndexOf('node_modules/');
    return /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url.slice(inner))?.[1] ?? packageMatch[1];
  }
  const project = /\/dist\/(.*)\/[^/]+$/.exec(url);
  if (project) return `dist/${project[1]}`;
  if (url.startsWith('node:')) return 'node:internal';
  return url;
}

function main(): void {
  const [file, topArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: profile-summary <file.cpuprofile> [top]');
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0);
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const owner = ownerOf(url, functionName);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + micros);
    const name = `${functionName || '(anonymous)'} ${owner}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
  }
  const print = (title: string, entries: Map<string, number>, top: number) => {
    console.log(`\n${title}`);
    for (const [name, micros] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${((micros / total) * 100).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${name}`);
    }
  };
  console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled`);
  print('self time by package or folder', byOwner, 20);
  print('heaviest functions (self time)', byFunction, Number(topArg ?? 25));
}

main();
