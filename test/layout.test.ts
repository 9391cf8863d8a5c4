// The layout of DESIGN.md ("Architecture") as a rule the build keeps: every import between src/
// folders points down the layers below. None points up any more; KNOWN_UPWARD stays as the place an
// exception would have to be argued for, by file (a listed one that is gone fails too).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { PROJECT_ROOT } from '../src/paths';

/** Top to bottom: a folder may import the folders after it, never one before it. */
const LAYERS: string[][] = [
  ['main.ts', 'cli'],
  ['app.ts'],
  ['http'],
  ['schema'],
  ['ingest', 'generate'],
  ['data'],
  ['extraction'],
  ['reference', 'domain'],
];
/** Read by every layer and reading only types of the others: configuration, logging, paths. */
const FOUNDATION = new Set(['config.ts', 'logger.ts', 'paths.ts', 'generated']);

/** Upward imports that remain, by importing file: the layers it still reaches up to. */
const KNOWN_UPWARD: Record<string, string[]> = {};

const SRC = path.join(PROJECT_ROOT, 'src');

function topFolder(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0];
}

function layerOf(top: string): number {
  return LAYERS.findIndex((layer) => layer.includes(top));
}

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** For each file with an import that points up: the layers it reaches, sorted; and imports of files in no layer. */
function importsAcrossLayers(): { upward: Record<string, string[]>; unplaced: string[] } {
  const found: Record<string, string[]> = {};
  const unplaced: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const from = topFolder(file);
    if (FOUNDATION.has(from)) continue;
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), fileName);
      if (!target.startsWith(SRC + path.sep)) continue;
      // "../extraction" is a folder (its index.ts); "../config" is the file config.ts.
      const isFolder = fs.existsSync(target) && fs.statSync(target).isDirectory();
      const to = topFolder(isFolder || path.extname(target) ? target : `${target}.ts`);
      if (FOUNDATION.has(to) || to === from) continue;
      if (layerOf(to) < 0) unplaced.push(`${path.relative(PROJECT_ROOT, file)} imports ${fileName}`);
      if (layerOf(to) < layerOf(from)) {
        const key = path.relative(PROJECT_ROOT, file).split(path.sep).join('/');
        found[key] = [...new Set([...(found[key] ?? []), to])].sort();
      }
    }
  }
  return { upward: found, unplaced };
}

describe('layout', () => {
  it('puts every folder of src/ in a layer', () => {
    const folders = fs.readdirSync(SRC).filter((name) => !FOUNDATION.has(name));
    expect(folders.filter((name) => layerOf(name) < 0)).toEqual([]);
  });

  it('has imports only pointing down, but for the upward ones listed (which may only shrink)', () => {
    const { upward, unplaced } = importsAcrossLayers();
    expect(unplaced).toEqual([]);
    expect(upward).toEqual(KNOWN_UPWARD);
  });
});
