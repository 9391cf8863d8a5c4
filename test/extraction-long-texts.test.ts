// What keeps a long text's reading linear and its answer cheap to send between threads: rules that
// look at the whole text read it once for all its parts, and a worker's answer writes each cited
// sentence once; a rule that reads a part reads only its own sentences. A long text read in shares
// on several threads gives what reading it whole gives.
import { extractArticle, extractArticleShare } from '../src/extraction';
import { documentOf, matchesInDocument } from '../src/extraction/document';
import { combineShares, partsOf, shareOf } from '../src/extraction/parts';
import { SHARE_CHARACTERS, sharesFor } from '../src/extraction/pool';
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

describe('a long text read in shares', () => {
  test('shares cut the parts into consecutive runs of about equal numbers, together all of them once', () => {
    const parts = [0, 1, 2, 3, 4, 5, 6];
    expect([0, 1, 2].map((index) => shareOf(parts, { index, count: 3 }))).toEqual([[0, 1], [2, 3], [4, 5, 6]]);
    expect(shareOf(parts, { index: 0, count: 1 })).toEqual(parts);
    // More shares than parts: some read nothing.
    expect([0, 1, 2].map((index) => shareOf([0, 1], { index, count: 3 }))).toEqual([[], [0], [1]]);
  });

  test('a text is shared only among the workers there are, and only when each share is long', () => {
    expect(sharesFor(20_000, 4)).toBe(1);
    expect(sharesFor(SHARE_CHARACTERS * 2 - 1, 4)).toBe(1);
    expect(sharesFor(SHARE_CHARACTERS * 2, 4)).toBe(2);
    expect(sharesFor(1_000_000, 2)).toBe(2);
    expect(sharesFor(1_000_000, 1)).toBe(1);
  });

  // Paragraphs of every family (people, titles, countries, dates, meetings, visits, statements, strikes, a sale) over and over, so that the parts' people, events and sales merge.
  const paragraphs = [
    'Talks in Paris and Delhi',
    'French Foreign Minister Jean Example met her Japanese counterpart Taro Sample in Paris on Monday, January 6.',
    'Example said on Tuesday that the talks had been useful. Sample will travel to India next week.',
    'Air strikes in Syria killed four people on Wednesday, officials said. Thousands of people protested in Damascus.',
    'France has agreed to sell 26 Rafale jets to India for $7.4 billion, Indian Defence Minister Rajnath Singh said on Thursday.',
  ];
  const source = {
    text: Array.from({ length: 1_100 }, (_, index) => paragraphs[index % paragraphs.length]).join('\n'),
    format: 'text' as const,
    publishedAt: new Date('2025-01-10T00:00:00Z'),
  };

  let whole: ReturnType<typeof extractArticle>;
  beforeAll(() => {
    whole = extractArticle(source);
  });

  test.each([2, 3])('combining its %i shares gives the whole reading: the same graph, facts and order', (count) => {
    expect(partsOf(documentOf(source.text, 0)).length).toBeGreaterThan(count);
    const shares = Array.from({ length: count }, (_, index) => extractArticleShare(source, { index, count }));
    // Each share reads only some of the text's facts, yet the same article.
    for (const share of shares) {
      expect(share.facts.length).toBeLessThan(whole.facts.length);
      expect(share.article).toEqual(whole.article);
    }
    expect(combineShares(shares)).toEqual(whole);
  });
});
