// `npm run generate`: synthetic coverage that is deterministic for a seed, valid line by line,
// realistic (recurring people and events, long tails) and safe to ingest twice.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../src/cli/generate';
import { ArmsSaleStatus, CountryRole, DatePrecision, EventType, ParticipantRole } from '../src/generated/prisma/enums';
import { CoverageArticle, generateCoverage } from '../src/generate/coverage';
import { createApiKey } from '../src/data/api-keys';
import { countryReferenceRecords } from '../src/reference/countries';
import { startTestApp, TestApp } from './support/harness';

const lines = (options: { articles: number; seed: number | string }) =>
  [...generateCoverage(options)].map((article) => JSON.stringify(article));

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const without = <T extends object>(value: T, ...keys: string[]) =>
  JSON.stringify(value, (key, inner) => (keys.includes(key) ? undefined : inner));

describe('determinism', () => {
  test('the same seed and count give identical lines; another seed gives others', () => {
    const first = lines({ articles: 400, seed: 7 });
    expect(first).toHaveLength(400);
    expect(lines({ articles: 400, seed: 7 })).toEqual(first);
    expect(lines({ articles: 400, seed: '7' })).toEqual(first);
    const other = lines({ articles: 400, seed: 8 });
    expect(other).toHaveLength(400);
    expect(other.filter((line, index) => line === first[index])).toHaveLength(0);
  });

  test('the CLI writes exactly those lines and a one-line summary', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-generate-'));
    const file = path.join(directory, 'nested', 'coverage.ndjson');
    const messages: string[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((message: string) => void messages.push(message));
    try {
      await main(['--articles', '250', '--seed', '42', '--out', file]);
    } finally {
      spy.mockRestore();
    }
    const written = fs.readFileSync(file, 'utf8');
    expect(written).toBe(lines({ articles: 250, seed: 42 }).join('\n') + '\n');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^generated 250 articles \(seed 42\): \d+ people, \d+ events, \d+ arms sales, .* s \(\d+ articles\/s\)/);
    fs.rmSync(directory, { recursive: true, force: true });
  });

  test('the CLI refuses bad arguments', async () => {
    await expect(main(['--articles', 'many'])).rejects.toThrow(/--articles must be a whole number/);
    await expect(main(['--bogus'])).rejects.toThrow(/Unknown option/);
  });
});

describe('every line is a valid IngestArticleInput', () => {
  const articles: CoverageArticle[] = [...generateCoverage({ articles: 3000, seed: 11 })];
  const codes = new Set(countryReferenceRecords().map((country) => country.code));
  const inEnum = (values: Record<string, string>) => (value: string) => Object.values(values).includes(value);

  test('fields respect the input limits and reference only what exists', () => {
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok && problems.length < 20) problems.push(what);
    };
    const mention = (value: { mentionCount: number; firstOffset: number }, where: string) => {
      check(Number.isInteger(value.mentionCount) && value.mentionCount >= 1 && value.mentionCount <= 100_000, `${where} mentionCount`);
      check(Number.isInteger(value.firstOffset) && value.firstOffset >= 0 && value.firstOffset <= 10_000_000, `${where} firstOffset`);
    };
    const urls = new Set<string>();
    for (const [n, article] of articles.entries()) {
      const where = `line ${n + 1}`;
      check(/^https:\/\/[a-z0-9.-]+\.example\/\S+$/.test(article.url) && article.url.length <= 2000, `${where} url`);
      check(!urls.has(article.url), `${where} duplicate url`);
      urls.add(article.url);
      check(article.title.length >= 1 && article.title.length <= 500, `${where} title`);
      check((article.subtitle ?? '').length <= 2000 && article.summary.length <= 10_000, `${where} subtitle/summary`);
      check(article.source.length <= 200 && article.author.length <= 500 && article.language === 'en', `${where} byline`);
      const published = Date.parse(article.publishedAt);
      check(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(article.publishedAt) && !Number.isNaN(published), `${where} publishedAt`);
      check(article.people.length <= 500 && article.countries.length <= 250 && article.events.length <= 500, `${where} sizes`);

      const people = new Set<string>();
      for (const person of article.people) {
        check(SLUG.test(person.slug) && person.slug.length <= 100 && !people.has(person.slug), `${where} person slug ${person.slug}`);
        people.add(person.slug);
        check(person.name.length >= 1 && person.name.length <= 200 && person.title.length <= 200, `${where} person name/title`);
        check(person.aliases.length <= 50 && person.aliases.every((alias) => alias.length <= 200), `${where} aliases`);
        check(person.description.length <= 2000 && codes.has(person.country), `${where} person country`);
        mention(person, `${where} person`);
      }
      for (const country of article.countries) {
        check(codes.has(country.country), `${where} country ${country.country}`);
        mention(country, `${where} country`);
      }
      const events = new Set<string>();
      const checkEvent = (event: CoverageArticle['events'][number], at: string) => {
        check(SLUG.test(event.slug) && event.slug.length <= 100, `${at} slug ${event.slug}`);
        check(event.title.length >= 1 && event.title.length <= 500 && event.summary.length <= 10_000, `${at} title`);
        check(inEnum(EventType)(event.type) && inEnum(DatePrecision)(event.datePrecision), `${at} enums`);
        check(DAY.test(event.startDate) && DAY.test(event.endDate) && event.endDate >= event.startDate, `${at} dates`);
        check(event.location === undefined || codes.has(event.location), `${at} location`);
        for (const participant of event.participants) {
          check(people.has(participant.person) && inEnum(ParticipantRole)(participant.role), `${at} participant ${participant.person}`);
        }
        for (const country of event.countries) {
          check(codes.has(country.country) && inEnum(CountryRole)(country.role), `${at} event country`);
        }
        mention(event, at);
        event.children?.forEach((child, index) => {
          check(child.type === 'DIPLOMATIC_VISIT' && !!child.location, `${at} stop ${index}`);
          checkEvent(child, `${at} stop ${index}`);
        });
      };
      for (const event of article.events) {
        events.add(event.slug);
        checkEvent(event, `${where} event ${event.slug}`);
        check(article.publishedAt.slice(0, 10) >= event.startDate, `${where} published before ${event.slug} began`);
        if (event.type === 'DIPLOMATIC_TRIP') {
          const stops = event.children ?? [];
          check(stops.length >= 2 && stops.length <= 5, `${where} trip stops`);
          check(stops.every((stop, index) => index === 0 || stop.startDate >= stops[index - 1].startDate), `${where} stop order`);
        }
      }
      for (const sale of article.armsSales) {
        check(SLUG.test(sale.slug) && sale.slug.length <= 100 && events.has(sale.event), `${where} sale ${sale.slug}`);
        check(codes.has(sale.supplier) && codes.has(sale.recipient) && sale.supplier !== sale.recipient, `${where} sale parties`);
        check(/^\d{1,18}(\.\d{1,2})?$/.test(sale.valueUsd), `${where} sale value ${sale.valueUsd}`);
        check(Number(sale.valueUsd) >= 1e6 && Number(sale.valueUsd) <= 2e10, `${where} sale value range ${sale.valueUsd}`);
        check(inEnum(ArmsSaleStatus)(sale.status) && DAY.test(sale.announcedDate), `${where} sale status/date`);
        check(sale.items.length <= 2000 && sale.designation.length <= 200 && sale.quantity >= 0, `${where} sale items`);
        mention(sale, `${where} sale`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('whatever several articles report is defined identically in each', () => {
    const definitions = new Map<string, string>();
    const differing: string[] = [];
    let shared = 0;
    const same = (key: string, definition: string) => {
      const known = definitions.get(key);
      if (known === undefined) definitions.set(key, definition);
      else {
        shared++;
        if (definition !== known) differing.push(key);
      }
    };
    for (const article of articles) {
      for (const person of article.people) same(`person:${person.slug}`, without(person, 'mentionCount', 'firstOffset'));
      for (const event of article.events) same(`event:${event.slug}`, without(event, 'mentionCount', 'firstOffset'));
      for (const sale of article.armsSales) same(`sale:${sale.slug}`, without(sale, 'mentionCount', 'firstOffset'));
    }
    expect(differing).toEqual([]);
    expect(shared).toBeGreaterThan(articles.length);
  });

  test('coverage is realistic: recurring people with a long tail, trips, sales, years of dates', () => {
    const appearances = new Map<string, number>();
    const types = new Set<string>();
    const years = new Set<string>();
    const suppliers = new Set<string>();
    for (const article of articles) {
      for (const person of article.people) appearances.set(person.slug, (appearances.get(person.slug) ?? 0) + 1);
      for (const event of article.events) types.add(event.type);
      for (const sale of article.armsSales) suppliers.add(sale.supplier);
      years.add(article.publishedAt.slice(0, 4));
    }
    const counts = [...appearances.values()].sort((a, b) => b - a);
    const median = counts[Math.floor(counts.length / 2)];
    expect(counts.length).toBeGreaterThan(1000);
    expect(counts[0]).toBeGreaterThan(30 * median);
    // The most covered 1% of people appear in a large share of the mentions.
    const top = counts.slice(0, Math.ceil(counts.length / 100)).reduce((sum, count) => sum + count, 0);
    expect(top / counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0.15);
    for (const type of ['DIPLOMATIC_TRIP', 'MEETING', 'SUMMIT', 'ANNOUNCEMENT', 'ARMS_SALE', 'ELECTION', 'MILITARY_ACTION']) {
      expect(types).toContain(type);
    }
    expect(years.size).toBeGreaterThanOrEqual(10);
    expect(suppliers).toContain('US');
    expect(suppliers.size).toBeGreaterThanOrEqual(6);
  });

  test('is fast', () => {
    // The CPU time this process spent, not the time on the clock: other work on a loaded machine
    // stretches the one but not the other, so the bound catches a slow generator, not a busy machine.
    const started = process.cpuUsage();
    let count = 0;
    for (const article of generateCoverage({ articles: 5000, seed: 3 })) count += JSON.stringify(article).length > 0 ? 1 : 0;
    expect(count).toBe(5000);
    const { user, system } = process.cpuUsage(started);
    expect((user + system) / 1000).toBeLessThan(8000);
  });
});

describe('ingesting generated coverage', () => {
  const INGEST = `mutation($input: IngestArticleInput!) {
    ingestArticle(input: $input) { created userErrors { field message code } }
  }`;
  const sample = [...generateCoverage({ articles: 100, seed: 5 })];
  let app: TestApp;
  let editor: string;

  beforeAll(async () => {
    app = await startTestApp();
    editor = (await createApiKey(app.db, { name: 'gen', role: 'EDITOR' })).key;
  });
  afterAll(() => app?.close());

  async function snapshot() {
    const [row] = await app.db.$queryRaw<Record<string, unknown>[]>`SELECT
      (SELECT count(*) FROM "Article") AS articles, (SELECT count(*) FROM "Person") AS people,
      (SELECT count(*) FROM "Event") AS events, (SELECT count(*) FROM "ArmsSale") AS sales,
      (SELECT count(*) FROM "EventParticipant") AS participants, (SELECT count(*) FROM "EventCountry") AS "eventCountries",
      (SELECT count(*) FROM "ArticlePerson") + (SELECT count(*) FROM "ArticleCountry") + (SELECT count(*) FROM "ArticleEvent")
        + (SELECT count(*) FROM "ArticleArmsSale") AS mentions,
      (SELECT max("updatedAt") FROM "Event") AS "lastEventUpdate", (SELECT max("updatedAt") FROM "Person") AS "lastPersonUpdate",
      (SELECT max("updatedAt") FROM "ArmsSale") AS "lastSaleUpdate", (SELECT max("updatedAt") FROM "Article") AS "lastArticleUpdate"`;
    return row;
  }

  async function ingestAll(): Promise<{ created: number; problems: unknown[] }> {
    let created = 0;
    const problems: unknown[] = [];
    for (const [index, input] of sample.entries()) {
      const response = await app.graphql(INGEST, { input }, { apiKey: editor });
      const payload = response.data?.ingestArticle;
      if (response.errors || !payload || payload.userErrors.length) {
        problems.push({ line: index + 1, errors: response.errors, userErrors: payload?.userErrors });
      } else if (payload.created) created++;
    }
    return { created, problems };
  }

  test('a hundred lines, sharing people and events, ingest without a single error', async () => {
    const events = new Map<string, number>();
    for (const article of sample) for (const event of article.events) events.set(event.slug, (events.get(event.slug) ?? 0) + 1);
    expect([...events.values()].filter((count) => count > 1).length).toBeGreaterThan(5);

    const before = await snapshot();
    const { created, problems } = await ingestAll();
    expect(problems).toEqual([]);
    expect(created).toBe(sample.length);
    const after = await snapshot();
    expect(Number(after.articles) - Number(before.articles)).toBe(sample.length);
    expect(Number(after.events) - Number(before.events)).toBe(
      new Set(sample.flatMap((article) => article.events.flatMap((event) => [event.slug, ...(event.children ?? []).map((c) => c.slug)]))).size,
    );
    expect(Number(after.people) - Number(before.people)).toBe(new Set(sample.flatMap((a) => a.people.map((p) => p.slug))).size);
    expect(Number(after.sales) - Number(before.sales)).toBe(new Set(sample.flatMap((a) => a.armsSales.map((s) => s.slug))).size);
  }, 60_000);

  test('ingesting them all again changes nothing', async () => {
    const before = await snapshot();
    const { created, problems } = await ingestAll();
    expect(problems).toEqual([]);
    expect(created).toBe(0);
    expect(await snapshot()).toEqual(before);
  }, 60_000);
});
