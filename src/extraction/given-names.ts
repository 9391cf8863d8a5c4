// Given names of many languages from the `gender-detection-from-name` package, whose lists (`names/en`, `fr`, `es`,
// `it`, `de`, `tr`: 67,000 given names gathered from public name registers, each with its sex) are the largest kept on
// the registry. compromise's lexicon, which people.ts reads first, knows only about a third of the given names the
// corpus gold writes: "Oleg", "Mamadou" and "Gennaro" are not in it. The lists are read as text, once, so that the
// package's own maps are not kept in memory beside the set made from them.
import fs from 'node:fs';
import path from 'node:path';

const LANGUAGES = ['en', 'fr', 'es', 'it', 'de', 'tr'];

/** Every given name of the lists, in lower case as written there (accents kept). */
export function readGivenNames(): Set<string> {
  const folder = path.join(path.dirname(require.resolve('gender-detection-from-name')), 'names');
  const names = new Set<string>();
  for (const language of LANGUAGES) {
    for (const [, name] of fs.readFileSync(path.join(folder, `${language}.js`), 'utf8').matchAll(/\[\s*'([^']+)'\s*,/g)) {
      names.add(name.toLowerCase());
    }
  }
  return names;
}
