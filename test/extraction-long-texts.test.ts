// What keeps a long text's reading linear and its answer cheap to send between threads: rules that
// look at the whole text read it once for all its parts, and a worker's answer writes each cited
// sentence once.
import { extractArticle } from '../src/extraction';
import { oncePerText } from '../src/extraction/regexp';
import { packed, unpackedFacts } from '../src/extraction/worker';

describe('oncePerText', () => {
  test('reads a text once however often it is asked about it, and another text anew', () => {
    const read = jest.fn((text: string) => text.length);
    const once = oncePerText(read);
    expect([once('abc'), once('abc'), once('de'), once('de'), once('abc')]).toEqual([3, 3, 2, 2, 3]);
    expect(read).toHaveBeenCalledTimes(3);
  });
});

describe('a worker’s packed extraction', () => {
  const extraction = extractArticle({
    text: 'Talks in Paris\nThe French foreign minister met her Japanese counterpart in Paris on Monday. She said the talks were useful.',
    format: 'text',
    publishedAt: new Date('2025-01-03T00:00:00Z'),
  });

  test('writes each cited sentence once', () => {
    const { sentences, facts } = packed(extraction);
    expect(new Set(sentences).size).toBe(sentences.length);
    expect(sentences.length).toBeLessThan(facts.length);
  });

  test('gives back the same facts', () => {
    expect(unpackedFacts(packed(extraction))).toEqual(extraction.facts);
  });
});
