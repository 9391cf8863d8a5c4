// A cheap pre-check for the trigger patterns: the words any match of a pattern must contain, read
// from the pattern itself, so that a document is scanned once for them and a pattern is run only on
// the sentences that hold one of them. A sentence without any of them cannot match: the scan is a
// superset, never a guess. Patterns it cannot read (no word every match needs) are run everywhere.
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import type { Sentence } from './document';
import { escapeRegExp } from './regexp';

/** The strings a part of a pattern can match when they are few (`[Cc]all`, `(?:a )?met`), else null. */
type Exact = string[] | null;

/** A pattern read into what the pre-check needs: literal text, a class or escape that is no one character, a group, an alternation, a repeat. */
type Node = (
  | { kind: 'char'; chars: string[] }
  | { kind: 'empty' } // \b, ^, $, a lookaround: nothing of the match
  | { kind: 'other' } // ., \w, \p{…}, a wide class, a backreference
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; item: Node; min: number; max: number }
) & { exact?: Exact };

/** At most this many strings in one exact set (a product of small alternatives). */
const MOST_STRINGS = 64;

/** At most this many characters in a class read as a few alternatives (`[Cc]`, `['’]`); a wider one is any character. */
const MOST_CLASS_CHARACTERS = 4;

/**
 * Reads a pattern's source with regexpp (the ECMAScript parser ESLint uses) under the flags that change its
 * syntax; throws on what JavaScript does not accept, and the caller then skips the pre-check.
 */
function parse(source: string, flags: string): Node {
  const pattern = new RegExpParser().parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
  return alternativesOf(pattern.alternatives);
}

function alternativesOf(alternatives: AST.Alternative[]): Node {
  const options = alternatives.map((alternative): Node => ({ kind: 'seq', items: alternative.elements.map(nodeOf) }));
  return options.length === 1 ? options[0] : { kind: 'alt', options };
}

function nodeOf(element: AST.Element): Node {
  switch (element.type) {
    case 'Character':
      return characterOf(element);
    case 'CharacterClass':
      return classOf(element);
    case 'Group':
      // (?i:…) and the like change what the text inside matches, which a scan under the pattern's own flags would not.
      return element.modifiers ? { kind: 'other' } : alternativesOf(element.alternatives);
    case 'CapturingGroup':
      return alternativesOf(element.alternatives);
    case 'Quantifier':
      return { kind: 'repeat', item: nodeOf(element.element), min: element.min, max: element.max };
    case 'Assertion':
      // A lookaround takes nothing of the match (what it reads may lie outside the sentence's match).
      return { kind: 'empty' };
    default:
      // ., \d, \w, \s, \p{…}, a backreference, a class of the v flag's set notation
      return { kind: 'other' };
  }
}

/** A character as written; one written by its code or a letter escape (\u2019, \x41, \cJ, \0, \n) is read as any character. */
function characterOf(character: AST.Character): Node {
  return /^\\[A-Za-z0-9]/.test(character.raw) ? { kind: 'other' } : { kind: 'char', chars: [String.fromCodePoint(character.value)] };
}

/** A class of a few characters written as themselves (no range, set or negation) is those characters; any other is any character. */
function classOf(characterClass: AST.CharacterClass): Node {
  if (characterClass.negate || characterClass.elements.length === 0 || characterClass.elements.length > MOST_CLASS_CHARACTERS) return { kind: 'other' };
  const chars: string[] = [];
  for (const element of characterClass.elements) {
    if (element.type !== 'Character') return { kind: 'other' };
    const character = characterOf(element);
    if (character.kind !== 'char') return { kind: 'other' };
    chars.push(...character.chars);
  }
  return { kind: 'char', chars: [...new Set(chars)] };
}

function product(left: string[], right: string[]): Exact {
  if (left.length * right.length > MOST_STRINGS) return null;
  if (right.length === 1) return right[0] === '' ? left : left.map((a) => a + right[0]);
  if (left.length === 1) return left[0] === '' ? right : right.map((b) => left[0] + b);
  return [...new Set(left.flatMap((a) => right.map((b) => a + b)))];
}

/** Every string a node can match, when they are few (read once a node). */
function exact(node: Node): Exact {
  if (node.exact === undefined) node.exact = exactOf(node);
  return node.exact;
}

function exactOf(node: Node): Exact {
  switch (node.kind) {
    case 'char':
      return node.chars;
    case 'empty':
      return [''];
    case 'other':
      return null;
    case 'seq': {
      let strings: Exact = [''];
      for (const item of node.items) {
        const next = exact(item);
        strings = next && strings ? product(strings, next) : null;
        if (!strings) return null;
      }
      return strings;
    }
    case 'alt': {
      const all: string[] = [];
      for (const option of node.options) {
        const strings = exact(option);
        if (!strings) return null;
        all.push(...strings);
      }
      return all.length <= MOST_STRINGS ? [...new Set(all)] : null;
    }
    case 'repeat': {
      const strings = exact(node.item);
      if (!strings || node.max > 1) return null;
      return node.min === 0 ? [...new Set(['', ...strings])] : strings;
    }
  }
}

/**
 * Words any match contains, from an exact set: each string's longest piece without a space (a quotation is
 * blanked to spaces before the patterns run, so a space in the pattern may stand on a blanked sign of the text;
 * a piece without one stands on the text's own signs). Null when a string has no such piece.
 */
function words(strings: string[]): string[] | null {
  const pieces = strings.map((string) => string.split(' ').reduce((longest, piece) => (piece.length > longest.length ? piece : longest), ''));
  return pieces.every((piece) => piece.length > 0) ? [...new Set(pieces)] : null;
}

/** The better of two word sets for a pre-check: longer shortest word, then fewer words. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const shortest = (set: string[]) => Math.min(...set.map((word) => word.length));
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b) ? a : b;
  return a.length <= b.length ? a : b;
}

/** Words of which every match of the node contains one, or null when there are none to tell. */
function required(node: Node): string[] | null {
  const strings = exact(node);
  const own = strings ? words(strings) : null;
  switch (node.kind) {
    case 'seq': {
      // The best of: a run of items with exact sets (their product, as long as it stays small), or one item's own words.
      let best = own;
      let run: string[] = [''];
      for (const item of node.items) {
        const next = exact(item);
        const joined = next ? product(run, next) : null;
        if (joined) {
          run = joined;
        } else {
          best = better(best, words(run));
          run = next ?? [''];
        }
        if (!next) best = better(best, required(item));
      }
      return better(best, words(run));
    }
    case 'alt': {
      if (own) return own;
      const all: string[] = [];
      for (const option of node.options) {
        const set = required(option);
        if (!set) return null;
        all.push(...set);
      }
      return [...new Set(all)];
    }
    case 'repeat':
      return own ?? (node.min >= 1 ? required(node.item) : null);
    default:
      return own;
  }
}

/** Flags of a pattern that change what a literal matches (case, Unicode), kept for the scan. */
function scanFlags(flags: string): string {
  return `${flags.replace(/[^imsuv]/g, '')}g`;
}

const SCANS = new WeakMap<RegExp, RegExp | null>();

/**
 * One pattern made of the words every match of `pattern` contains, under the same flags (so that each of
 * its characters matches what it matches in `pattern`), or null when no such words are found.
 */
export function wordScan(pattern: RegExp): RegExp | null {
  if (SCANS.has(pattern)) return SCANS.get(pattern)!;
  let scan: RegExp | null = null;
  try {
    const set = required(parse(pattern.source, pattern.flags));
    if (set && set.length) scan = scanFor(leastOf(set), pattern.flags);
  } catch {
    scan = null;
  }
  SCANS.set(pattern, scan);
  return scan;
}

/** The words of a set that hold no other of it: a word holding another is found through that one ("attacks" through "attack"). */
function leastOf(set: string[]): string[] {
  return set.filter((word) => !set.some((other) => other !== word && word.includes(other)));
}

/** One pattern finding any of `words` under a pattern's flags; shorter words first (where two start at one place, the shorter is tried first). */
function scanFor(words: string[], flags: string): RegExp {
  return new RegExp([...words].sort((a, b) => a.length - b.length).map(escapeRegExp).join('|'), scanFlags(flags));
}

/**
 * For each pattern, which sentences hold one of its words (indexes into `sentences`); null for a pattern
 * with no words to tell (run it on every sentence). One scan of the text per pattern. Sentences must be
 * the text's own slices, in order (`documentOf`); when they are not, every pattern is run everywhere.
 */
export function sentencesWithWords(text: string, sentences: Sentence[], patterns: RegExp[]): (Uint8Array | null)[] {
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index];
    if (sentence.index !== index || text.slice(sentence.start, sentence.end) !== sentence.text || (index > 0 && sentence.start < sentences[index - 1].end)) return patterns.map(() => null);
  }
  if (!sentences.length) return patterns.map(() => new Uint8Array(0));
  // (a part of a long text has the whole text and some of its sentences: only their stretch is read)
  const from = sentences[0].start;
  const stretch = text.slice(from, sentences[sentences.length - 1].end);
  return patterns.map((pattern) => {
    const scan = wordScan(pattern);
    if (!scan) return null;
    const marked = new Uint8Array(sentences.length);
    let current = -1; // the last sentence starting at or before the position read
    let last = -1;
    scan.lastIndex = 0;
    for (let found = scan.exec(stretch); found; found = scan.exec(stretch)) {
      const at = from + found.index;
      if (at <= last) return null; // never: each scan starts past the last position read (else: no pre-check)
      last = at;
      while (current + 1 < sentences.length && sentences[current + 1].start <= at) current++;
      if (current >= 0 && at < sentences[current].end) marked[current] = 1;
      // On to the next sentence (it starts after this position): this one is marked already.
      if (current + 1 >= sentences.length) break;
      scan.lastIndex = sentences[current + 1].start - from;
    }
    return marked;
  });
}

/** Where each of a pattern's top-level signs stands: its depth in groups, outside any class (escapes skipped). */
function topLevel(source: string, visit: (at: number, sign: string, depth: number) => void): void {
  let depth = 0;
  let inClass = false;
  for (let at = 0; at < source.length; at++) {
    const sign = source[at];
    if (sign === '\\') at++;
    else if (inClass) inClass = sign !== ']';
    else if (sign === '[') inClass = true;
    else if (sign === '(') visit(at, sign, depth++);
    else if (sign === ')') visit(at, sign, --depth);
    else if (sign === '|') visit(at, sign, depth);
  }
}

/** The options of an alternation written at depth 0 of `source` (`a|b|c`), as sources, or null when there is none. */
function topOptions(source: string): string[] | null {
  const options: string[] = [];
  let from = 0;
  topLevel(source, (at, sign, depth) => {
    if (sign === '|' && depth === 0) {
      options.push(source.slice(from, at));
      from = at + 1;
    }
  });
  options.push(source.slice(from));
  return options.length > 1 ? options : null;
}

/** A pattern written as one alternation and what stands around it: `a|b|c`, or `\b(?:a|b|c)\b` (a group, not repeated, whose content alternates). */
interface Alternation {
  before: string;
  options: string[];
  after: string;
}

function alternationOf(source: string): Alternation | null {
  const options = topOptions(source);
  if (options) return { before: '', options, after: '' };
  // The outermost groups; the one with the most options is read (`\b((?:missile|drone) attacks?|seizure of power|…)\b`).
  let best: Alternation | null = null;
  let opened = -1;
  topLevel(source, (at, sign, depth) => {
    if (depth !== 0 || sign === '|') return;
    if (sign === '(') opened = at;
    else {
      const head = /^\((?:\?:)?/.exec(source.slice(opened))![0];
      // (a lookaround or a modifier group reads otherwise; a repeated group is not one choice)
      if (/^\(\?[^:]/.test(source.slice(opened)) || /^[*+?{]/.test(source.slice(at + 1))) return;
      const inner = topOptions(source.slice(opened + head.length, at));
      if (inner && inner.length > (best?.options.length ?? 1)) best = { before: source.slice(0, opened + head.length), options: inner, after: source.slice(at) };
    }
  });
  return best;
}

/**
 * A pattern written as one alternation (outermost, or the content of one group): its options, each with the
 * words its matches need. An option none of whose words is in a sentence cannot match there, and is not run on it.
 * The big patterns of many wordings (a hundred ways of telling an accord, a sanction, a court's ruling) are run as
 * the few wordings a sentence may hold, each option alone (`matchesIn`).
 */
interface Guarded extends Alternation {
  flags: string;
  ignoreCase: boolean;
  /** Per option, 1 when it has no words to tell (always kept). */
  unguarded: Uint8Array;
  /** One scan for the least words of all the options (g flag). */
  scan: RegExp;
  /** A least word as the scan finds it (`wordKey`) → the options one of whose words holds it. */
  optionsOf: Map<string, number[]>;
  /** Each option with what stands around it, compiled (g flag) the first time a sentence keeps it. */
  alone: (RegExp | undefined)[];
}

const GUARDED = new WeakMap<RegExp, Guarded | null>();

/** A word as `optionsOf` keys it: lower-cased when the pattern ignores case. */
const wordKey = (word: string, ignoreCase: boolean): string => (ignoreCase ? word.toLowerCase() : word);

function guardedOf(pattern: RegExp): Guarded | null {
  if (GUARDED.has(pattern)) return GUARDED.get(pattern)!;
  let guarded: Guarded | null = null;
  try {
    // (a backreference would count groups the removed options hold)
    const alternation = /\\[1-9k]/.test(pattern.source) ? null : alternationOf(pattern.source);
    if (alternation && readsOneWay(alternation.before, pattern.flags)) {
      const flags = pattern.flags.replace(/[gy]/g, '');
      const ignoreCase = flags.includes('i');
      const wordsOf = alternation.options.map((option) => required(parse(option, flags)) ?? []);
      const least = leastOf([...new Set(wordsOf.flat())]);
      const optionsOf = new Map<string, number[]>();
      for (const word of least) {
        const options = wordsOf.flatMap((words, index) => (words.some((each) => each.includes(word)) ? [index] : []));
        const key = wordKey(word, ignoreCase);
        optionsOf.set(key, [...new Set([...(optionsOf.get(key) ?? []), ...options])]);
      }
      if (least.length) {
        const unguarded = Uint8Array.from(wordsOf, (words) => (words.length ? 0 : 1));
        guarded = { ...alternation, flags, ignoreCase, unguarded, scan: scanFor(least, flags), optionsOf, alone: [] };
      }
    }
  } catch {
    guarded = null;
  }
  GUARDED.set(pattern, guarded);
  return guarded;
}

/**
 * Whether what stands before an alternation's options (`\b(?:`, `(?<=\bthe\s)(?:`) matches at a place in one way only:
 * no choice and no repeat of varying count outside a lookaround (which, once matched, is not gone back into). Only then
 * is the whole pattern's match at a place its first option's that matches there alone: "\b(?:a\s+)?(?:" could match
 * "a " for one option and "" for an earlier one, where the whole pattern takes the later option with "a ".
 */
function readsOneWay(before: string, flags: string): boolean {
  if (before === '') return true;
  const pattern = new RegExpParser().parsePattern(`${before})`, 0, before.length + 1, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
  const oneWay = (elements: AST.Element[]): boolean =>
    elements.every((element) => {
      switch (element.type) {
        case 'Group':
        case 'CapturingGroup':
          return element.alternatives.length === 1 && oneWay(element.alternatives[0].elements);
        case 'Quantifier':
          return element.min === element.max && oneWay([element.element]);
        default:
          return true;
      }
    });
  return pattern.alternatives.length === 1 && oneWay(pattern.alternatives[0].elements);
}

/** The options of `guarded` that may match `sentence` (1 each), or null when all must run. */
function optionsIn(guarded: Guarded, sentence: string): Uint8Array | null {
  // One scan of the sentence for every option's words, each place read (words may overlap: "signore" holds "ignore").
  const kept = Uint8Array.from(guarded.unguarded);
  const { scan } = guarded;
  scan.lastIndex = 0;
  for (let found = scan.exec(sentence); found; found = scan.exec(sentence)) {
    const options = guarded.optionsOf.get(wordKey(found[0], guarded.ignoreCase));
    if (!options) return null; // (a case folded otherwise than lower-casing: keep every option)
    for (const option of options) kept[option] = 1;
    scan.lastIndex = found.index + 1;
  }
  return kept;
}

const GLOBAL = new WeakMap<RegExp, RegExp>();
/** The same pattern with the g flag, compiled once. */
function globalOf(pattern: RegExp): RegExp {
  let global = GLOBAL.get(pattern);
  if (!global) GLOBAL.set(pattern, (global = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}g`)));
  return global;
}

/** Where to look for the next match after `found`: its end, or past one character after an empty match (as matchAll goes on). */
function pastMatch(found: RegExpExecArray, text: string, unicode: boolean): number {
  const end = found.index + found[0].length;
  return found[0] !== '' ? end : end + (unicode && (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1);
}

/**
 * Every match of `pattern` in `sentence` (quotations blanked), as `matchAll` gives them: the same places and text (read no
 * numbered group: an option's groups are numbered from its own). The options of its alternation whose words the sentence
 * lacks are not run, and each other one runs alone, compiled once: a pattern rebuilt of the options a sentence keeps
 * would be compiled anew for most sentences, which cost more than the options it spared. Of the options' matches the
 * earliest is the pattern's, and of several at one place the first option's, as the alternation tries them in order;
 * the next is looked for past it.
 */
export function matchesIn(pattern: RegExp, sentence: string): RegExpExecArray[] {
  const guarded = guardedOf(pattern);
  const kept = guarded && optionsIn(guarded, sentence);
  const unicode = /[uv]/.test(pattern.flags);
  const found: RegExpExecArray[] = [];
  if (!guarded || !kept) {
    const global = globalOf(pattern);
    global.lastIndex = 0;
    for (let match = global.exec(sentence); match; match = global.exec(sentence)) {
      found.push(match);
      global.lastIndex = pastMatch(match, sentence, unicode);
    }
    global.lastIndex = 0;
    return found;
  }
  const options: RegExp[] = [];
  kept.forEach((keep, index) => {
    if (keep) options.push((guarded.alone[index] ??= new RegExp(`${guarded.before}${guarded.options[index]}${guarded.after}`, `${guarded.flags}g`)));
  });
  // Each option's first match from `from` on (null: none); a match before `from` is looked for again from there.
  const next: (RegExpExecArray | null | undefined)[] = new Array(options.length);
  for (let from = 0; from <= sentence.length; ) {
    let earliest: RegExpExecArray | null = null;
    options.forEach((option, index) => {
      let match = next[index];
      if (match === undefined || (match !== null && match.index < from)) {
        option.lastIndex = from;
        match = next[index] = option.exec(sentence);
        option.lastIndex = 0;
      }
      if (match && (!earliest || match.index < earliest.index)) earliest = match;
    });
    if (!earliest) break;
    found.push(earliest);
    from = pastMatch(earliest, sentence, unicode);
  }
  return found;
}
