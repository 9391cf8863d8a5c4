// One person's name spelt two ways in one text — a typo ("Sambhu" beside "Shambhu"), two transliterations ("Zelensky"
// beside "Zelenskyy") — and which of the spellings names the person.
import { distance } from 'fastest-levenshtein';
import { unaccented } from './letters';

/** Lower case without accents: "Zelenskyy" and "zelenskyy", "Petříček" and "petricek" are one spelling. */
const plain = (word: string) => unaccented(word).toLowerCase();

/** Shorter words differ by a letter as different names do ("Jon", "John"; "Lee", "Le"). */
const SHORTEST_RESPELT_WORD = 5;

/**
 * Two names of as many words, all alike but one, and that one a letter apart (added, dropped or changed) in words of
 * five letters or more: one name spelt two ways ("Sambhu Kumaran", "Shambhu Kumaran"). Names that differ in two words,
 * or in a short word, are two people's ("Kim Jong Un", "Kim Jong Il").
 */
export function spelledAlike(a: string, b: string): boolean {
  const aWords = a.split(/\s+/).map(plain);
  const bWords = b.split(/\s+/).map(plain);
  if (aWords.length !== bWords.length) return false;
  const differing = aWords.map((word, index) => [word, bWords[index]] as const).filter(([one, other]) => one !== other);
  return (
    differing.length === 1 &&
    differing.every(([one, other]) => Math.min(one.length, other.length) >= SHORTEST_RESPELT_WORD && distance(one, other) === 1)
  );
}

/** The shortest word a press misspells a holder's name in ("Jung" for "Jong", "Omer" for "Omar"). */
const SHORTEST_MISSPELT_WORD = 4;

/** A name's words as `misspeltWords` compares them: lower case without accents. */
export const plainWords = (name: string): string[] => name.split(/\s+/).map(plain);

/**
 * A name (its `plainWords`) written a letter off a well-known name (`known`, an office holder's): as many words, all alike but
 * one, and that one a letter apart in words of four letters or more, or two letters swapped ("Alexandr Lukashenko", "Kim Jung
 * Un", "Shiekh Hasina"). Looser than `spelledAlike` (two names of one text), as the holder's name is known to be someone's;
 * short words still tell people apart ("Kim Jong Il", "Kim Jong Un"), and so do first letters ("Fonte", "Conte").
 */
export function misspeltWords(writtenWords: string[], knownWords: string[]): boolean {
  if (writtenWords.length !== knownWords.length || writtenWords.length < 2) return false;
  let differing: number | null = null;
  for (let index = 0; index < writtenWords.length; index++) {
    if (writtenWords[index] === knownWords[index]) continue;
    if (differing !== null) return false;
    differing = index;
  }
  if (differing === null) return false;
  const [one, other] = [writtenWords[differing], knownWords[differing]];
  // ("Giuseppe Fonte" is no "Giuseppe Conte": a word's first letter is seldom the typo's; "Sergey" for "Sergei" is a
  // transliteration the text keeps, not a typo.)
  if (one[0] !== other[0] || transliteratedEnding(one, other)) return false;
  return Math.min(one.length, other.length) >= SHORTEST_MISSPELT_WORD && (distance(one, other) === 1 || swappedLetters(one, other));
}

/** "Sergey"/"Sergei", "Dmitry"/"Dmitri": a Russian name's last vowel, written "y" or "i" by one transliteration or another. */
const transliteratedEnding = (one: string, other: string): boolean => one.slice(0, -1) === other.slice(0, -1) && /[yi]$/.test(one) && /[yi]$/.test(other);

/** Two words alike but for two neighbouring letters swapped ("shiekh", "sheikh"). */
function swappedLetters(one: string, other: string): boolean {
  if (one.length !== other.length) return false;
  const at = [...one].findIndex((letter, index) => letter !== other[index]);
  return at >= 0 && at + 1 < one.length && one[at] === other[at + 1] && one[at + 1] === other[at] && one.slice(at + 2) === other.slice(at + 2);
}

/**
 * A surname written alone, a letter apart from the last word of a full name the text writes ("Gen. Nkosih" beside "General
 * Mbanda Nkosi"): the same person's surname, misspelt once. Words of five letters or more only, as in `spelledAlike`.
 */
export function surnameSpelledAlike(surname: string, fullName: string): boolean {
  const words = fullName.split(/\s+/);
  if (surname.includes(' ') || words.length < 2) return false;
  const [one, other] = [plain(surname), plain(words[words.length - 1])];
  return one !== other && Math.min(one.length, other.length) >= SHORTEST_RESPELT_WORD && distance(one, other) === 1;
}

/**
 * Of a name's spellings, the one the text writes most, each written form counting for the spelling whose word it holds
 * ("Zelenskyy said" counts for "Volodymyr Zelenskyy"); the first of `spellings` when as often. `spellings` are alike
 * (`spelledAlike`), the name first.
 */
export function mostWrittenSpelling(spellings: readonly string[], written: readonly string[]): string {
  const [name] = spellings;
  // The word that tells each spelling from the name (the name's own: the word the others respell).
  const respelt = (spelling: string) => {
    const words = spelling.split(/\s+/);
    const nameWords = name.split(/\s+/);
    const at = spellings.map((other) => other.split(/\s+/).findIndex((word, index) => plain(word) !== plain(nameWords[index]))).find((index) => index >= 0) ?? 0;
    return plain(words[at]);
  };
  const count = (spelling: string) => {
    const word = respelt(spelling);
    return written.filter((form) => form.split(/\s+/).some((writtenWord) => plain(writtenWord.replace(/['’]s$/, '')) === word)).length;
  };
  return spellings.reduce((best, spelling) => (count(spelling) > count(best) ? spelling : best), name);
}
