// Prints the SQL statements the service sends for each benchmark operation (run in process on a
// cached dataset) with their durations and the tables each one's plan scans sequentially: where a
// request's database time goes, and which paths lack an index.
//
//   node dist-bench/bench/trace-sql.js [articles] [operation key…]
import 'reflect-metadata';
import { execute, parse } from 'graphql';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/data/embedded-postgres';
import { createDatabase } from '../src/data/prisma';
import { createContext } from '../src/schema/context';
import { getSchema } from '../src/schema/build';
import { ensureDataset } from './dataset';
import { operations, pickSubjects } from './operations';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  Plans?: PlanNode[];
}

/** Tables a plan reads whole (with the rows it kept). */
export function seqScans(node: PlanNode): string[] {
  const own = node['Node Type'] === 'Seq Scan' ? [`${node['Relation Name']}`] : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScans)];
}

async function main(): Promise<void> {
  const [articlesArg, ...keys] = process.argv.slice(2);
  const port = 45_000 + (process.pid % 1000);
  const dataset = await ensureDataset({ articles: Number(articlesArg ?? 10_000), seed: '1', port, log: console.error });
  const postgres = await startEmbeddedPostgres({ dataDir: dataset.dataDir, port });
  try {
    const client = new Client({ connectionString: postgres.url });
    await client.connect();
    const subjects = await pickSubjects(client);
    await client.end();
    let trace: { sql: string; ms: number; params: unknown[] }[] = [];
    const db = createDatabase({ url: postgres.url, poolSize: 4, onQuery: (sql, ms, params) => trace.push({ sql, ms, params: JSON.parse(params) as unknown[] }) });
    const explainer = new Client({ connectionString: postgres.url });
    await explainer.connect();
    const schema = await getSchema();
    for (const operation of operations(subjects).filter((candidate) => !keys.length || keys.includes(candidate.key))) {
      for (const round of [1, 2]) {
        trace = [];
        const started = performance.now();
        const result = await execute({ schema, document: parse(operation.query), variableValues: operation.variables, contextValue: createContext(db) });
        const elapsed = performance.now() - started;
        if (result.errors) throw new Error(JSON.stringify(result.errors));
        if (round === 1) continue;
        console.log(`\n== ${operation.key}: ${elapsed.toFixed(1)} ms, ${trace.length} statements, ${JSON.stringify(result.data).length} bytes`);
        for (const statement of trace) {
          const plan = (await explainer.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`, statement.params)).rows[0]['QUERY PLAN'][0];
          const scans = seqScans(plan.Plan);
          console.log(`${statement.ms.toFixed(1).padStart(6)} ms (executes in ${plan['Execution Time'].toFixed(1)} ms)` +
            `${scans.length ? ` SEQ SCAN ${scans.join(', ')}` : ''}  ${statement.sql.replace(/\s+/g, ' ').slice(0, 160)}`);
        }
      }
    }
    await explainer.end();
    await db.$disconnect();
  } finally {
    await postgres.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
