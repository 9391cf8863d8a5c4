// `npm run eval -- --corpus <dir>`: a folder of documents in the corpus format, kept outside the
// repository, is read and scored by the corpus rules (type families, dates and places only when the
// gold has them), with its events per family. The one document here is written for this test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { familyRows, main, parseArguments } from '../src/cli/eval';
import { extractArticle } from '../src/extraction';
import { readCorpusFolder } from '../src/extraction/corpus';
import {
  causeRows, eventMissCauses, FALSE_POSITIVE_CAUSES, formatTable, MISS_CAUSES, PEOPLE_FALSE_POSITIVE_CAUSES, PEOPLE_MISS_CAUSES, peopleMissCauses, nameFormDifference, normalizedName,
  SALE_FALSE_POSITIVE_CAUSES, SALE_MISS_CAUSES, saleMissCauses, scoreArticle, totals, type ArticleScore,
} from '../src/extraction/score';

const DOCUMENT = {
  source: 'written for this test',
  url: 'https://example.org/ministers-meet',
  title: 'Ministers meet in Oslo',
  publishedAt: '2025-03-04',
  license: 'written here',
  text: 'Norwegian Foreign Minister Kari Nordmann met Swedish Foreign Minister Lars Svensson in Oslo on Monday to discuss energy cooperation.',
  gold: {
    people: [
      { name: 'Kari Nordmann', aliases: ['Kari Nordmann'], role: 'Foreign Minister', country: 'NO' },
      { name: 'Lars Svensson', aliases: ['Lars Svensson'], role: 'Foreign Minister', country: 'SE' },
    ],
    countries: [
      { iso2: 'NO', surface: ['Norwegian'] },
      { iso2: 'SE', surface: ['Swedish'] },
    ],
    // No date and no place: the corpus rules compare them only when the gold has them, the strict ones always.
    events: [{ type: 'MEETING', title: 'Nordmann meets Svensson', date: null, dateText: null, location: null, participants: ['Kari Nordmann', 'Lars Svensson'], countries: ['NO', 'SE'] }],
    armsSales: [],
  },
};

let folder: string;

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-eval-corpus-'));
  fs.writeFileSync(path.join(folder, '01-ministers.json'), JSON.stringify(DOCUMENT));
  fs.writeFileSync(path.join(folder, 'notes.txt'), 'not a document');
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('eval --corpus arguments', () => {
  it('takes the folder after --corpus, not as a written-here folder', () => {
    expect(parseArguments(['--corpus', '/tmp/set', '--verbose'])).toEqual({ verbose: true, folder: undefined, corpus: '/tmp/set' });
    expect(parseArguments(['test/fixtures/extraction-holdout'])).toEqual({ verbose: false, folder: 'test/fixtures/extraction-holdout', corpus: undefined });
  });

  it('refuses --corpus without a folder', () => {
    expect(() => parseArguments(['--corpus'])).toThrow(/needs a folder/);
    expect(() => parseArguments(['--corpus', '--verbose'])).toThrow(/needs a folder/);
  });
});

describe('a corpus-format folder', () => {
  it('reads each .json document with its text, date and gold in the scorer shape', () => {
    const [article, ...others] = readCorpusFolder(folder);
    expect(others).toEqual([]);
    expect(article.name).toBe(`${path.basename(folder)}/01-ministers.json`);
    expect(article.source.publishedAt).toEqual(new Date('2025-03-04T00:00:00Z'));
    expect(article.gold.countries).toEqual([{ country: 'NO' }, { country: 'SE' }]);
    expect(article.gold.people).toEqual([{ name: 'Kari Nordmann', aliases: ['Kari Nordmann'] }, { name: 'Lars Svensson', aliases: ['Lars Svensson'] }]);
    expect(article.gold.events).toEqual([{ type: 'MEETING', startDate: null, location: null }]);
  });

  it('is scored by the corpus rules: the dated, placed meeting found matches the gold meeting without date or place', () => {
    const [article] = readCorpusFolder(folder);
    const score = scoreArticle(article.name, extractArticle(article.source).graph, article.gold, 'corpus');
    expect(score.counts.events).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
    expect(familyRows([article], [score])).toEqual(['MEETING          gold   1  TP   1  FP   0  FN   0']);
  });

  it('prints that table and the families, never the document’s misses, even with --verbose', () => {
    const [article] = readCorpusFolder(folder);
    const expected = formatTable(totals([scoreArticle(article.name, extractArticle(article.source).graph, article.gold, 'corpus')]), 1);
    const printed: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    try {
      main(['--corpus', folder, '--verbose']);
    } finally {
      log.mockRestore();
    }
    const output = printed.join('\n');
    expect(output).toContain(expected);
    expect(output).toContain('events per type family:\nMEETING          gold   1  TP   1  FP   0  FN   0');
    expect(output).toContain('events unmatched (gold not found, extracted not in the gold), by likely cause:');
    expect(output).toContain('people unmatched (gold not found, extracted not in the gold), by likely cause:');
    expect(output).toContain('arms sales unmatched (gold not found, extracted not in the gold), by likely cause:');
    expect(output).not.toContain('missed');
    expect(output).not.toContain('01-ministers.json');
  });
});

describe('events unmatched, by likely cause (counts only)', () => {
  const scored = (misses: string[], falsePositives: string[]): ArticleScore => ({
    article: 'a',
    counts: {} as ArticleScore['counts'],
    misses: { people: [], countries: [], events: misses, armsSales: [] },
    falsePositives: { people: [], countries: [], events: falsePositives, armsSales: [] },
  });

  it('tells a family never found from one found fewer times than the gold has', () => {
    expect(eventMissCauses(scored(['PROTEST 2025-01-02 FR'], []), ['MEETING']).misses).toEqual(['none of its family found']);
    expect(eventMissCauses(scored(['MEETING undated JP'], []), ['SUMMIT']).misses).toEqual(['fewer of its family found than the gold has']);
  });

  it('tells a wrong day, a missing day and a wrong place apart, by the unmatched extracted events of the family', () => {
    const { misses, falsePositives } = eventMissCauses(
      scored(
        ['STATEMENT 2025-01-02 nowhere', 'MILITARY_ACTION 2025-01-02 UA', 'ELECTION 2025-01-02 KR', 'COUP 2025-01-02 NE'],
        ['ANNOUNCEMENT 2025-01-03 US', 'MILITARY_ACTION undated UA', 'ELECTION 2025-01-02 KP', 'COUP 2025-01-05 ML', 'PROTEST undated FR'],
      ),
      [],
    );
    expect(misses).toEqual(['found on another day', 'found without a date', 'found in another place', 'found on another day and in another place']);
    expect(falsePositives).toEqual([
      'beside an unfound gold event of its family', 'beside an unfound gold event of its family',
      'beside an unfound gold event of its family', 'beside an unfound gold event of its family', 'of a family the gold lacks',
    ]);
  });

  it('sums them over a part, leaving out causes that did not occur', () => {
    const one = eventMissCauses(scored(['PROTEST 2025-01-02 FR'], ['SANCTIONS undated nowhere']), []);
    expect(causeRows([one, one], MISS_CAUSES, FALSE_POSITIVE_CAUSES)).toEqual(['gold         2  none of its family found', 'extracted    2  of a family the gold lacks']);
  });
});

describe('people unmatched, by likely cause (counts only)', () => {
  /** One article scored by the scorer itself, from the extracted names (with their written forms) and the gold people. */
  const causesOf = (extracted: { name: string; aliases?: string[] }[], gold: { name: string; aliases?: string[] }[]) => {
    const people = extracted.map((person) => ({ name: person.name, aliases: person.aliases ?? [person.name] }));
    const graph = { people, countries: [], events: [], armsSales: [] } as unknown as Parameters<typeof scoreArticle>[1];
    return peopleMissCauses(scoreArticle('a', graph, { people: gold }, 'corpus'), people, gold);
  };

  it('tells a gold person never found from one found by the surname only, or under another form', () => {
    expect(causesOf([], [{ name: 'Kari Nordmann' }])).toEqual({ misses: ['never found, a full name written'], falsePositives: [] });
    expect(causesOf([{ name: 'Nordmann' }], [{ name: 'Kari Nordmann', aliases: ['Kari Nordmann', 'Nordmann'] }])).toEqual({
      misses: ['found by a part of the name only, a full name written'], falsePositives: ['a part of a gold name'],
    });
    // the text writes the surname only: its full name is outside knowledge
    expect(causesOf([], [{ name: 'Kari Nordmann', aliases: ['Nordmann'] }]).misses).toEqual(['never found, written as one word only']);
    expect(causesOf([{ name: 'Nordmann' }], [{ name: 'Kari Nordmann', aliases: ['NORDMANN'] }]).misses).toEqual(['found by a part of the name only, written as one word only']);
    // family name first, as a Japanese release writes it; an alias the gold lists; a longer formal form
    expect(causesOf([{ name: 'Iwaya Takeshi' }], [{ name: 'Takeshi Iwaya' }]).misses).toEqual(['found under another form: the same words in another order']);
    expect(causesOf([{ name: 'Kari J. Nordmann' }], [{ name: 'Kari Nordmann' }])).toEqual({
      misses: ['found under another form: initials for a name, or an initial kept'],
      falsePositives: ['another form of a gold person not found: initials for a name, or an initial kept'],
    });
    // told apart by the gold's name, not by the written form it lists
    expect(causesOf([{ name: 'Tom Svensson' }], [{ name: 'Thomas Svensson', aliases: ['Tom Svensson'] }]).misses).toEqual(['found under another form: a word in common only']);
    expect(causesOf([{ name: 'Kari Nordmann' }], [{ name: 'Ola Halvorsen', aliases: ['Kari Nordmann'] }]).misses).toEqual([
      'found under another form: a written form the gold lists under an unlike name',
    ]);
  });

  it('compares names without case, accents, strokes or punctuation, an apostrophe inside a word parting none', () => {
    expect(['Ferdinand Marcos Jr.', 'Petříček', 'Błaszczak', 'Støre', 'Sare’e', 'O\'Neill'].map(normalizedName)).toEqual(['ferdinand marcos jr', 'petricek', 'blaszczak', 'store', 'saree', 'oneill']);
  });

  it('tells how an extracted name differs from a form of the gold name, nearest first', () => {
    const differences: [string, string, string | null][] = [
      ['Lt-General Kari Nordmann', 'Kari Nordmann', 'a title or rank kept'],
      ['Dr. Kari Nordmann', 'Kari Nordmann', 'a title or rank kept'],
      ['Kari Nordmann Institute', 'Kari Nordmann', "a place's or organization's word kept"],
      ['Oslo Kari Nordmann', 'Kari Nordmann', "a place's or organization's word kept"],
      ['Nasser Halvorsen', 'Nasser al-Halvorsen', 'a particle or separator apart'],
      ['Jae-myung Lee', 'Jaemyung Lee', 'a particle or separator apart'],
      ['Nordmann Kari', 'Kari Nordmann', 'the same words in another order'],
      ['K. Nordmann', 'Kari Nordmann', 'initials for a name, or an initial kept'],
      ['Kari Nordmann', 'Kari J. Nordmann', 'initials for a name, or an initial kept'],
      ['Kari Nordman', 'Kari Nordmann', 'a letter or two apart'],
      ['Kari Anne Nordmann', 'Kari Nordmann', 'longer: another name kept'],
      ['Ola Nordmann', 'Kari Nordmann', 'a word in common only'],
      // a part of the name is its own cause, and an unlike name none
      ['Nordmann', 'Kari Nordmann', null],
      ['Ola Halvorsen', 'Kari Nordmann', null],
    ];
    for (const [found, form, difference] of differences) expect([found, nameFormDifference(normalizedName(found), normalizedName(form))]).toEqual([found, difference]);
  });

  it('tells a gold person whose written form went to someone else found as another gold person', () => {
    const gold = [{ name: 'Kim Jong Un', aliases: ['Kim Jong Un', 'Kim'] }, { name: 'Kim Yo Jong', aliases: ['Kim Yo Jong', 'Kim'] }];
    expect(causesOf([{ name: 'Kim Jong Un', aliases: ['Kim Jong Un', 'Kim'] }], gold)).toEqual({ misses: ['merged with another person'], falsePositives: [] });
  });

  it('tells an extra name that is a second form of a found person, a place, an organization or a title, or like no gold name', () => {
    const gold = [{ name: 'Kari Nordmann', aliases: ['Kari Nordmann', 'Nordmann'] }];
    expect(causesOf([{ name: 'Kari Nordmann' }, { name: 'K. Nordmann' }], gold).falsePositives).toEqual(['another form of a gold person found: initials for a name, or an initial kept']);
    expect(causesOf([{ name: 'Kari Nordmann' }, { name: 'Marshall Islands' }], gold).falsePositives).toEqual(["a country's or capital's name in it"]);
    expect(causesOf([{ name: 'Kari Nordmann' }, { name: 'Storting Defence Committee' }], gold).falsePositives).toEqual(["an organization's, ship's or office's word in it"]);
    expect(causesOf([{ name: 'Kari Nordmann' }, { name: 'Ola Halvorsen' }], gold).falsePositives).toEqual(['no gold name like it']);
  });

  it('sums them over a part in the order of its causes', () => {
    const one = causesOf([{ name: 'Nordmann' }], [{ name: 'Kari Nordmann' }, { name: 'Lars Svensson' }]);
    expect(causeRows([one, one], PEOPLE_MISS_CAUSES, PEOPLE_FALSE_POSITIVE_CAUSES)).toEqual([
      'gold         2  never found, a full name written', 'gold         2  found by a part of the name only, a full name written',
      'extracted    2  a part of a gold name',
    ]);
  });
});

describe('arms sales unmatched, by likely cause (counts only)', () => {
  const empty = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  const scored = (misses: string[], falsePositives: string[]): ArticleScore => ({
    article: 'a',
    counts: { people: empty, countries: empty, events: empty, armsSales: { truePositives: 0, falsePositives: falsePositives.length, falseNegatives: misses.length } },
    misses: { people: [], countries: [], events: [], armsSales: misses },
    falsePositives: { people: [], countries: [], events: [], armsSales: falsePositives },
  });
  const sales = (...pairs: string[]) => pairs.map((pair) => ({ supplier: pair.split('→')[0], recipient: pair.split('→')[1] }));
  /** The extracted sales: those the scorer left unmatched, and any it matched. */
  const causes = (score: ArticleScore, goldSales: ReturnType<typeof sales>, matched: ReturnType<typeof sales> = []) =>
    saleMissCauses(score, goldSales, [...matched, ...sales(...score.falsePositives.armsSales.map((label) => label.split(' ')[0]))]);

  it('tells a document with no sale extracted from one whose sales are of other parties, and from one sale of several found', () => {
    expect(causes(scored(['FR→IN 7400000000'], []), sales('FR→IN')).misses).toEqual(['no sale extracted from the document']);
    const other = causes(scored(['FR→IN 7400000000'], ['DE→NO no value']), sales('FR→IN'));
    expect(other).toEqual({ misses: ['only sales of other parties extracted'], falsePositives: ['extracted but not in the gold'] });
    expect(causes(scored(['FR→IN 7400000000'], []), sales('FR→IN', 'US→JP'), sales('US→JP')).misses).toEqual(['only sales of other parties extracted']);
    expect(causes(scored(['KR→PL 5030000000'], []), sales('KR→PL', 'KR→PL'), sales('KR→PL')).misses).toEqual(['fewer sales of its parties found than the gold has']);
  });

  it('tells a wrong value, a missing value, swapped parties and one wrong party apart, nearest first', () => {
    const { misses, falsePositives } = causes(
      scored(
        ['KR→PL 6500000000', 'NO→LT no value', 'US→TW 330000000', 'DE→GR 1000000', 'IL→MA 500000000', 'SE→TH 400000000'],
        ['KR→PL 6000000000', 'LT→NO no value', 'US→TW no value', 'FR→GR 1000000', 'IL→AE 500000000', 'SE→TH no value'],
      ),
      sales('KR→PL', 'NO→LT', 'US→TW', 'DE→GR', 'IL→MA', 'SE→TH'),
    );
    expect(misses).toEqual([
      'found with a value off by more than 1%', 'found with supplier and recipient swapped', 'found without a value',
      'found with another supplier', 'found with another recipient', 'found without a value',
    ]);
    expect(falsePositives).toEqual(Array(6).fill('beside an unfound gold sale it nearly matches'));
  });

  it('calls a second sale of a pair already matched a split or duplicate, and lets each extracted sale explain one miss', () => {
    expect(causes(scored([], ['US→JP 100000000']), sales('US→JP'), sales('US→JP')).falsePositives).toEqual(['split or duplicated: a second sale of a pair the gold has']);
    const split = causes(scored(['US→JP 900000000'], ['US→JP 400000000', 'US→JP 500000000']), sales('US→JP'));
    expect(split).toEqual({
      misses: ['found with a value off by more than 1%'],
      falsePositives: ['beside an unfound gold sale it nearly matches', 'split or duplicated: a second sale of a pair the gold has'],
    });
  });

  it('sums them over a part with the sale causes', () => {
    const one = causes(scored(['FR→IN 7400000000'], []), sales('FR→IN'));
    expect(causeRows([one, one], SALE_MISS_CAUSES, SALE_FALSE_POSITIVE_CAUSES)).toEqual(['gold         2  no sale extracted from the document']);
  });
});
