// Words of the language against proper nouns, from the Hunspell en_US list (src/extraction/english-words.ts).
import { isLowerCaseWord, isPlainWord } from '../src/extraction/english-words';

describe('english words', () => {
  it('tells words of the language from names', () => {
    for (const word of ['Economic', 'Intelligence', 'Bureau', 'Extraordinary', 'Families']) expect(isPlainWord(word)).toBe(true);
    // A word that is also a proper noun, and names no list of words has.
    for (const word of ['Rice', 'Young', 'Moon', 'Wallace', 'Blinken', 'Kishida']) expect(isPlainWord(word)).toBe(false);
  });

  it('tells words English writes in lower case, also when they name a town: plurals, British spellings and the prefixes the list allows', () => {
    for (const word of ['Independence', 'Concord', 'Buffalo', 'Indecency', 'Unhappiness', 'Redeployment', 'Families', 'Organisation', 'Neighbourliness', 'Operations']) expect(isLowerCaseWord(word)).toBe(true);
    for (const word of ['Kherson', 'Blinken', 'Kishida', 'Inkherson', 'Nasution']) expect(isLowerCaseWord(word)).toBe(false);
  });
});
