// Prints the SQL that creates prisma/schema.prisma's database from nothing (`prisma migrate diff --from-empty
// --to-schema --script`), computed offline by Prisma's own schema engine compiled to WebAssembly, with no database.
//
// Writing a migration (the Prisma CLI's `migrate dev`/`migrate diff` need a native engine that cannot be
// downloaded offline):
//   1. change the model in prisma/schema.prisma;
//   2. run `node scripts/schema-sql.js > /tmp/new.sql` and compare it with the existing
//      prisma/migrations/*/migration.sql (e.g. `git stash` the schema change, run it again, `diff` the two outputs);
//   3. put the difference, as ALTER/CREATE statements, in prisma/migrations/<yyyymmddhhmmss>_<name>/migration.sql.
// test/drift.test.ts fails while the migrations and schema.prisma disagree.
//
// Engine: the wasm-bindgen glue of @prisma/schema-engine-wasm (pinned to the engine commit of the installed
// `prisma` CLI) with the wasm binary the CLI itself ships in node_modules/prisma/build/ (SCHEMA_ENGINE_WASM
// overrides the binary).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

// Node's own require, even when this file is loaded by Jest's module registry: the glue is an ES module, which
// Node (>= 20.19 / 22.12, see package.json engines) can require() natively, while Jest's require (and its
// createRequire, process.getBuiltinModule and import(), short of --experimental-vm-modules) cannot. vm's
// runInThisContext evaluates in Node's main context, where `process` is the real one.
const nativeRequire = vm.runInThisContext("process.getBuiltinModule('node:module')").createRequire(__filename);

// Node's own global. Under Jest it is not the test's globalThis: the glue, loaded natively, lives there.
const hostGlobal = vm.runInThisContext('globalThis');

// The wasm reports Rust panics through this global (the Prisma CLI installs the same thing). The glue reads
// Node's `global`, so install it there (and on this realm's globalThis, for plain `node` they are the same).
const PANIC_REGISTRY = { message: '', set_message(m) { this.message = `RuntimeError: ${m}`; } };
for (const g of [globalThis, hostGlobal]) g.PRISMA_WASM_PANIC_REGISTRY ??= PANIC_REGISTRY;

/** The driver-adapter binding helper, from the copy @prisma/adapter-pg (a dependency) itself uses. */
function adapterUtils() {
  const adapterPg = path.dirname(nativeRequire.resolve('@prisma/adapter-pg'));
  return nativeRequire(nativeRequire.resolve('@prisma/driver-adapter-utils', { paths: [adapterPg] }));
}

// The glue is a module singleton bound to one wasm instance: instantiate it once per process (kept on Node's
// global, since Jest evaluates this file afresh for every test file while the natively loaded glue stays cached).
const LOADED = Symbol.for('newsgraph.schemaEngineWasm');
function loadGlue() {
  hostGlobal[LOADED] ??= (() => {
    const gluePath = nativeRequire.resolve('@prisma/schema-engine-wasm/schema_engine_bg'); // ESM wasm-bindgen glue
    const bg = nativeRequire(gluePath);
    const wasmPath = process.env.SCHEMA_ENGINE_WASM
      || path.join(path.dirname(nativeRequire.resolve('prisma/package.json')), 'build', 'schema_engine_bg.wasm');
    const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(wasmPath)), { './schema_engine_bg.js': bg });
    bg.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return bg;
  })();
  return hostGlobal[LOADED];
}

// Stub driver adapter: lets the engine start without any database (enough for a diff from empty to a schema).
function offlineFactory() {
  const fail = async () => { throw new Error('offline stub: no database'); };
  const adapter = {
    provider: 'postgres', adapterName: 'offline-stub',
    // the only query issued at startup: SELECT EXISTS(public schema), version(), server_version_num
    queryRaw: async () => ({ columnNames: ['exists', 'version', 'numeric_version'], columnTypes: [5, 7, 0],
      rows: [[true, 'PostgreSQL 16.0 (offline stub)', 160000]] }),
    executeRaw: async () => 0,
    executeScript: fail, startTransaction: fail, dispose: async () => {},
  };
  return { provider: 'postgres', adapterName: 'offline-stub', connect: async () => adapter, connectToShadowDb: async () => adapter };
}

/** The from-empty SQL (as `prisma migrate diff --from-empty --to-schema <schemaPath> --script` prints it). */
async function schemaToSql(schemaPath = 'prisma/schema.prisma') {
  const file = path.resolve(schemaPath);
  const files = [{ path: file, content: fs.readFileSync(file, 'utf8') }];
  const bg = loadGlue();
  const logs = [];
  let engine;
  try {
    engine = await bg.SchemaEngine.new({ datamodels: files.map((f) => [f.path, f.content]) },
      (message) => { logs.push(message); if (process.env.DEBUG_SE) console.error('[schema-engine]', message); },
      adapterUtils().bindMigrationAwareSqlAdapterFactory(offlineFactory()));
    const result = await engine.diff({ from: { tag: 'empty' }, to: { tag: 'schemaDatamodel', files },
      script: true, exitCode: null, filters: { externalTables: [], externalEnums: [] } });
    return result.stdout ?? '';
  } catch (error) {
    const panic = hostGlobal.PRISMA_WASM_PANIC_REGISTRY.message;
    const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error);
    throw new Error(`schema engine failed for ${file}: ${detail}${panic ? `\n${panic}` : ''}`);
  } finally {
    engine?.free();
  }
}

module.exports = { schemaToSql };

if (require.main === module) {
  schemaToSql(process.argv[2] || path.join(__dirname, '..', 'prisma', 'schema.prisma'))
    .then((sql) => process.stdout.write(sql))
    .catch((error) => { console.error(error.message); process.exit(1); });
}
