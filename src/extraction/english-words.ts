// Words of the English language as opposed to names, from the `dictionary-en` package's Hunspell word
// list (en_US, wooorm/dictionaries): its entries in lower case are the language's words ("economic",
// "bureau", "rice"), those capitalized are proper nouns — given and family names, places, brands ("Rice",
// "Wallace", "Jordan"). compromise's lexicon (24,000 forms) lacks most of the language's rarer words, so
// a capitalized "Economic" or "Intelligence" after an office ("Director of the National Economic
// Council") looked like a surname no lexicon knows; this list tells it is a word and no one's name.
import fs from 'node:fs';
import path from 'node:path';

interface Entries {
  /** Lower-case entries with their affix flags ("family" → "SM": S makes the plural). */
  words: Map<string, string>;
  /** Capitalized entries, lower-cased: the proper nouns. */
  properNouns: Set<string>;
  /** The affix file's prefixes by flag ("I" → "in": "dependence/IM" also spells "independence"). */
  prefixes: Map<string, string>;
}

let entries: Entries | undefined;

function readEntries(): Entries {
  // The package's own entry reads its files with a top-level await (ES module only): the word list is read beside it.
  const directory = path.dirname(require.resolve('dictionary-en'));
  const dic = fs.readFileSync(path.join(directory, 'index.dic'), 'utf8');
  const words = new Map<string, string>();
  const properNouns = new Set<string>();
  for (const line of dic.split('\n').slice(1)) {
    const [word, flags = ''] = line.trim().split('/');
    if (!/^\p{L}/u.test(word ?? '')) continue;
    if (/^\p{Lu}/u.test(word)) properNouns.add(word.toLowerCase());
    else words.set(word, flags);
  }
  // "PFX I   0     in         .": a prefix that strips nothing and needs no condition (all the list's are so).
  const prefixes = new Map<string, string>();
  for (const line of fs.readFileSync(path.join(directory, 'index.aff'), 'utf8').split('\n')) {
    const rule = /^PFX\s+(\S)\s+0\s+(\p{Ll}+)\s+\.\s*$/u.exec(line);
    if (rule) prefixes.set(rule[1], rule[2]);
  }
  return { words, properNouns, prefixes };
}

/** The dictionary's stem of a lower-case word: itself, or the singular of a plural its S flag makes ("families" → "family"). */
function stemOf(word: string, words: Map<string, string>): string | null {
  if (words.has(word)) return word;
  const singulars = word.endsWith('ies') ? [`${word.slice(0, -3)}y`] : word.endsWith('es') ? [word.slice(0, -2), word.slice(0, -1)] : word.endsWith('s') ? [word.slice(0, -1)] : [];
  return singulars.find((singular) => words.get(singular)?.includes('S')) ?? null;
}

/**
 * A word of the language that is no one's name: the dictionary has it in lower case ("Economic",
 * "Intelligence", "Families") and not as a proper noun ("Rice", "Young", "Moon" are also names).
 */
export function isPlainWord(word: string): boolean {
  entries ??= readEntries();
  const lower = word.toLowerCase();
  const stem = stemOf(lower, entries.words);
  return stem !== null && !entries.properNouns.has(lower) && !entries.properNouns.has(stem);
}

/**
 * A word English writes in lower case, whether or not it is also a name: the dictionary has it in lower case, in its
 * American or British spelling ("organisation", "neighbourliness"), as a plural ("families"; the list flags many plurals
 * it accepts with no S: "operation/M" — "Operations" is a word all the same), or after a prefix its flags allow
 * ("independence": "dependence" with the in- of its I flag). Unlike `isPlainWord`, "Independence" and "Concord" are words
 * here though towns are named so: a Title Case line may mean either. "Nasution", no entry in any form, is no word.
 */
export function isLowerCaseWord(word: string): boolean {
  entries ??= readEntries();
  const { words, prefixes } = entries;
  const lower = word.toLowerCase();
  const american = lower.replace(/is(ation|ing|e|ed|es)/g, 'iz$1').replace(/our/g, 'or');
  const forms = [lower, american].flatMap((form) => [form, form.replace(/s$/, ''), form.replace(/ies$/, 'y')]);
  if (forms.some((form) => words.has(form)) || stemOf(lower, words) !== null) return true;
  for (const [flag, prefix] of prefixes) {
    if (!lower.startsWith(prefix)) continue;
    const stem = stemOf(lower.slice(prefix.length), words);
    if (stem !== null && words.get(stem)!.includes(flag)) return true;
  }
  return false;
}
