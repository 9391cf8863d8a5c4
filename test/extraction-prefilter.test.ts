// The trigger pre-check (src/extraction/prefilter.ts) only skips sentences no trigger pattern can
// match: the words it reads from a pattern are in every match, and every sentence a pattern matches
// (quotations blanked, as findEvents reads them) is one it marks. Checked on every trigger pattern
// over the written-here articles, the seed article when ../shared is there, and sentences written
// here for the edges (a sentence's first and last word, quotations, cases).
import { articleText, cleanArticle } from '../src/extraction/clean';
import { LABELLED_HOLDOUT_DIR, LABELLED_SET_DIR, readLabelledArticles, readSeedArticle } from '../src/extraction/corpus';
import { documentOf, type ArticleDocument } from '../src/extraction/document';
import { triggerPatterns } from '../src/extraction/events';
import { matchesIn, sentencesWithWords, wordScan } from '../src/extraction/prefilter';
import type { ArticleSource } from '../src/extraction/types';

function documentOfSource(source: ArticleSource): ArticleDocument {
  const article = cleanArticle(source);
  const text = articleText(article);
  return documentOf(text, article.body ? text.length - article.body.length : text.length);
}

const blanked = (sentence: string) => sentence.replace(/["“][^"”]*["”]/g, (quote) => ' '.repeat(quote.length));

/** Sentences a pattern matches that the pre-check leaves out (none, if it is a superset). */
function missed(document: ArticleDocument, patterns: RegExp[]): string[] {
  const marks = sentencesWithWords(document.text, document.sentences, patterns);
  const misses: string[] = [];
  patterns.forEach((pattern, index) => {
    for (const sentence of document.sentences) {
      if (marks[index] && !marks[index]![sentence.index] && pattern.test(blanked(sentence.text))) misses.push(`${pattern.source.slice(0, 40)} :: ${sentence.text}`);
    }
  });
  return misses;
}

describe('trigger pre-check', () => {
  test('reads the words every match needs', () => {
    const words = (pattern: RegExp) => wordScan(pattern)?.source.split('|').sort() ?? null;
    expect(words(/\bmet\b/)).toEqual(['met']);
    expect(words(/(?<=Ministry )said(?= on)/)).toEqual(['said']);
    expect(words(/\b(?:a|the)?\s*summit\b/i)).toEqual(['summit']);
    expect(words(/[Cc]all with/)).toEqual(['Call', 'call']);
    // A space may stand on a blanked quotation: the longest piece without one.
    expect(words(/said in a statement/)).toEqual(['statement']);
    // (a word holding another is found through it: "visited" through "visit")
    expect(words(/\b(?:visit(?:ed|s)?|toured)\s+\p{Lu}/u)).toEqual(['toured', 'visit']);
    expect(words(/\b(?:attack|strike)s?\b|\bfired\b/)).toEqual(['attack', 'fired', 'strike']);
    // No word every match needs: run everywhere.
    expect(wordScan(/\b\p{Lu}\w+\b/u)).toBeNull();
    expect(words(/\b\p{Lu}\w+ed\b/u)).toEqual(['ed']);
    expect(words(/(?:met)?\s+talks|\w+ing/)).toEqual(['ing', 'talks']);
    expect(wordScan(/(?:met)?\s+talks|\w+/)).toBeNull();
    expect(wordScan(/a*b?/)).toBeNull();
    // Read as JavaScript reads it: a character beyond the 16-bit range is one character under the u flag.
    expect(words(/[😀x]smile/u)).toEqual(['xsmile', '😀smile']);
  });

  test('keeps the flags that change what a word matches', () => {
    expect(wordScan(/\bsummit\b/i)!.test('the SUMMIT')).toBe(true);
    expect(wordScan(/\bsummit\b/)!.flags).toBe('g');
    expect(wordScan(/\bMeeting\b/u)!.flags).toBe('gu');
  });

  test('marks every sentence a trigger pattern matches, at the edges', () => {
    const text = [
      'Met in Paris, the ministers spoke.',
      'They said little. "We met," she said. Nobody summit',
      'The talks were held in Vienna; officials arrived in Vienna on Monday and met again.',
      'Protesters rallied outside the parliament, and troops fired on them.',
    ].join('\n');
    const document = documentOf(text, 0);
    expect(document.sentences.length).toBeGreaterThan(4);
    expect(missed(document, triggerPatterns())).toEqual([]);
  });

  test('marks every sentence a trigger pattern matches in the written-here articles and the seed', () => {
    const articles = [...readLabelledArticles(LABELLED_SET_DIR), ...readLabelledArticles(LABELLED_HOLDOUT_DIR)];
    const seed = readSeedArticle();
    if (seed) articles.push(seed);
    let marked = 0;
    let sentences = 0;
    for (const article of articles) {
      const document = documentOfSource(article.source);
      expect(missed(document, triggerPatterns())).toEqual([]);
      const marks = sentencesWithWords(document.text, document.sentences, triggerPatterns());
      sentences += document.sentences.length * marks.length;
      marked += marks.reduce((sum, each) => sum + (each ? each.reduce((count: number, mark) => count + mark, 0) : document.sentences.length), 0);
    }
    // The point of it: most (pattern, sentence) pairs are skipped.
    expect(marked).toBeLessThan(sentences / 2);
  });

  test('a pattern run as the options whose words a sentence holds, each alone, matches it as the whole pattern does', () => {
    const occurrences = (found: RegExpExecArray[]) => found.map((match) => `${match.index}:${match[0]}`);
    const whole = (regex: RegExp, sentence: string) => occurrences([...sentence.matchAll(new RegExp(regex.source, `${regex.flags}g`))]);
    const both = (regex: RegExp, sentence: string) => [occurrences(matchesIn(regex, sentence)), whole(regex, sentence)];
    const pattern = /(?<=\b(?:leaders|ministers)\s+)gathered\b|\bmet\b|(?<=['’]s )appeal\b/u;
    expect(occurrences(matchesIn(pattern, 'They met in Paris and met again.'))).toEqual(['5:met', '22:met']);
    expect(occurrences(matchesIn(pattern, 'The ministers gathered and met; the minister’s appeal.'))).toEqual(['14:gathered', '27:met', '47:appeal']);
    expect(matchesIn(pattern, 'Nothing here.')).toEqual([]);
    // Options that match at one place: the first option's match, as the alternation takes it; the next one past its end.
    const overlapping = /\b(?:signed a deal|signed|deal with \w+)\b/i;
    expect(occurrences(matchesIn(overlapping, 'They signed a deal with Oman.'))).toEqual(['5:signed a deal']);
    expect(occurrences(matchesIn(overlapping, 'They signed the deal with Oman.'))).toEqual(['5:signed', '16:deal with Oman']);
    // What stands around the alternation is kept; words that overlap in the text are each found; an empty match moves on.
    const grouped = /\b(?:signed (?:a|the) deal|ignored (?:a|the) warning|met)\b/i;
    expect(occurrences(matchesIn(grouped, 'Signored the warning.'))).toEqual([]);
    expect(occurrences(matchesIn(grouped, 'They Signed the deal and ignored the warning.'))).toEqual(['5:Signed the deal', '25:ignored the warning']);
    const [alone, together] = both(/(?=met)|\bmet\b|(?=😀)/u, 'We met 😀 and met.');
    expect(alone).toEqual(together);
    expect(alone).toEqual(['3:', '7:', '14:']);
    // What stands before the options may match in more ways than one: the whole pattern runs (the later option with "a ").
    const twoWays = /\b(?:a\s+)?(?:deal|a\s+deal\s+signed)\b/;
    expect(both(twoWays, 'It was a deal signed in May.')).toEqual([['7:a deal'], ['7:a deal']]);
    const sentences = [...readLabelledArticles(LABELLED_SET_DIR), ...readLabelledArticles(LABELLED_HOLDOUT_DIR)].flatMap((article) => documentOfSource(article.source).sentences.map((sentence) => blanked(sentence.text)));
    const differing: string[] = [];
    for (const trigger of triggerPatterns()) {
      for (const sentence of sentences) {
        const [alone, together] = both(trigger, sentence);
        if (alone.join() !== together.join()) differing.push(`${trigger.source.slice(0, 40)} :: ${sentence}`);
      }
    }
    expect(differing).toEqual([]);
  });

  test('a document whose sentences are not its own slices is not pre-checked', () => {
    const document = documentOf('They met in Paris.', 0);
    const moved = [{ ...document.sentences[0], start: document.sentences[0].start + 1 }];
    expect(sentencesWithWords(document.text, moved, [/\bmet\b/])).toEqual([null]);
  });
});
