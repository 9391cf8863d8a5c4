// What keeps a long text's reading linear and its answer cheap to send between threads: rules that
// look at the whole text read it once for all its parts, and a worker's answer writes each cited
// sentence once; a rule that reads a part reads only its own sentences.
import { extractArticle } from '../src/extraction';
import { documentOf, matchesInDocument } from '../src/extraction/document';
import { partsOf } from '../src/extraction/parts';
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

describe('matchesInDocument', () => {
  const paragraph = 'The minister met her counterpart on Monday. Reporting by Jane Doe; Editing by Tom Reyes.\n';
  const text = paragraph.repeat(2000);
  const parts = partsOf(documentOf(text, 0));

  test('finds in each part of a long text only the matches of its own sentences, at their offsets in the whole text', () => {
    expect(parts.length).toBeGreaterThan(1);
    const found = parts.map((part) => [...matchesInDocument(part, /Reporting by (\w+ \w+)/g)]);
    for (const [index, part] of parts.entries()) {
      const { start } = part.sentences[0];
      const { end } = part.sentences[part.sentences.length - 1];
      expect(found[index].every((match) => match.index >= start && match.index < end)).toBe(true);
      expect(found[index].every((match) => text.startsWith(match[0], match.index))).toBe(true);
    }
    // Every match of the whole text is found once, in the part that holds it.
    expect(found.flat().length).toBe([...text.matchAll(/Reporting by (\w+ \w+)/g)].length);
  });

  test('reads a short text whole', () => {
    const short = documentOf('Reporting by Jane Doe.', 0);
    expect([...matchesInDocument(short, /Jane Doe/g)].map((match) => match.index)).toEqual([13]);
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
