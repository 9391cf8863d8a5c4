// Synthetic news coverage: a stream of articles, each a valid `IngestArticleInput`, reporting events
// from a fixed catalogue about a fixed cast of people. Deterministic for a seed: the same seed and
// article count give the same articles, byte for byte.
import { buildCatalogue, CatalogueEvent, Facts, listOf } from './catalogue';
import { Rng, WeightedPicker } from './random';
import type { ArmsSaleJson, CoverageArticle, CountryMentionJson, EventJson, PersonJson } from './types';
import { NAME_POOLS, PUBLISHERS, Publisher } from './vocabulary';
import { Country, isoDay, Person, slugify, World } from './world';

export type { CoverageArticle } from './types';

export interface CoverageOptions {
  /** How many articles (default 1000). */
  articles?: number;
  /** Any integer or string (default 1). */
  seed?: number | string;
}

const DAY_SECONDS = 86_400;

/** How many catalogue events a run of `articles` articles draws from (about two articles per event). */
export function catalogueSize(articles: number): number {
  return Math.max(20, Math.ceil(articles * 0.5));
}

interface Plan {
  event: CatalogueEvent;
  /** Seconds since 1970. */
  published: number;
}

/**
 * Lazily yields `articles` articles in publication order. Memory grows with the catalogue (about
 * half an event per article) and a few numbers per article, not with the articles themselves.
 */
export function* generateCoverage(options: CoverageOptions = {}): Generator<CoverageArticle> {
  const articles = options.articles ?? 1000;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(articles) || articles < 0) throw new RangeError('articles must be a non-negative integer');
  if (articles === 0) return;

  const world = new World(seed);
  const catalogue = buildCatalogue(world, seed, catalogueSize(articles));
  const byStart = [...catalogue].sort((a, b) => a.start - b.start || a.index - b.index);
  const writer = new ArticleWriter(world, byStart, seed);

  // Which event each article leads with and when it appears, then publication order.
  const planRng = new Rng(seed, 'plan');
  const picker = new WeightedPicker(catalogue, (event) => event.weight);
  const eventOf = new Int32Array(articles);
  const published = new Float64Array(articles);
  for (let i = 0; i < articles; i++) {
    const event = picker.pick(planRng);
    const during = event.end > event.start && planRng.chance(0.6);
    const delayDays = during
      ? planRng.int(0, event.end - event.start)
      : planRng.chance(0.55)
        ? 0
        : Math.min(400, Math.floor(planRng.pareto(1.2)) - 1 + planRng.int(0, 1));
    eventOf[i] = event.index;
    published[i] = (event.start + delayDays) * DAY_SECONDS + planRng.int(5 * 3600, 23 * 3600 + 59 * 60);
  }
  const order = Array.from({ length: articles }, (_, i) => i);
  order.sort((a, b) => published[a] - published[b] || a - b);
  for (let n = 0; n < articles; n++) {
    const i = order[n];
    yield writer.write(n + 1, { event: catalogue[eventOf[i]], published: published[i] });
  }
}

class ArticleWriter {
  private readonly rng: Rng;
  private readonly publishers: WeightedPicker<Publisher>;
  private readonly reporters = new Map<Publisher, string[]>();
  private readonly starts: Int32Array;

  constructor(
    private readonly world: World,
    /** The catalogue by start day. */
    private readonly byStart: CatalogueEvent[],
    seed: string | number,
  ) {
    this.rng = new Rng(seed, 'articles');
    this.publishers = new WeightedPicker(PUBLISHERS, (publisher) => publisher.weight);
    this.starts = Int32Array.from(byStart, (event) => event.start);
    const bylines = new Rng(seed, 'bylines');
    const pools = [NAME_POOLS.anglo, NAME_POOLS.anglo, NAME_POOLS.french, NAME_POOLS.hispanic, NAME_POOLS.german, NAME_POOLS.southAsian];
    for (const publisher of PUBLISHERS) {
      const names = new Set<string>();
      while (names.size < 8) {
        const pool = bylines.pick(pools);
        names.add(`${bylines.pick(pool.given)} ${bylines.pick(pool.family)}`);
      }
      this.reporters.set(publisher, [...names]);
    }
  }

  /** Related earlier events: recent ones that share a country with the lead event. */
  private background(lead: CatalogueEvent, day: number): CatalogueEvent[] {
    const wanted = this.rng.chance(0.35) ? (this.rng.chance(0.3) ? 2 : 1) : 0;
    if (!wanted) return [];
    // Events that started in the 90 days up to the publication day.
    const upper = upperBound(this.starts, day);
    const lower = upperBound(this.starts, day - 91);
    if (upper <= lower) return [];
    const found: CatalogueEvent[] = [];
    const leadCountries = new Set(lead.countries);
    for (let attempt = 0; attempt < 12 && found.length < wanted; attempt++) {
      const candidate = this.byStart[this.rng.int(lower, upper - 1)];
      if (candidate === lead || found.includes(candidate)) continue;
      if (candidate.countries.some((country) => leadCountries.has(country))) found.push(candidate);
    }
    return found;
  }

  write(n: number, plan: Plan): CoverageArticle {
    const { rng } = this;
    const lead = plan.event;
    const day = Math.floor(plan.published / DAY_SECONDS);
    const events = [lead, ...this.background(lead, day)];

    // People: the lead's principal first and most often, then everyone else the events name, then
    // a few people quoted or mentioned in passing, the famous more often than the obscure.
    const people = new Map<Person, PersonJson>();
    let offset = rng.int(0, 120);
    const addPerson = (person: Person, mentionCount: number) => {
      if (people.has(person)) return;
      people.set(person, {
        name: person.name,
        slug: person.slug,
        aliases: person.aliases,
        title: person.title,
        country: person.country.code,
        description: person.description,
        mentionCount,
        firstOffset: offset,
      });
      offset += rng.int(40, 700);
    };
    events.forEach((event, e) =>
      event.people.forEach((person, p) =>
        addPerson(person, e === 0 && p === 0 ? rng.tail(3, 1.3, 60) : e === 0 ? rng.tail(1.5, 1.5, 25) : rng.tail(1, 2, 6)),
      ),
    );
    const extras = rng.pick([0, 0, 1, 1, 1, 2, 2, 3]);
    for (let i = 0; i < extras; i++) {
      // Someone in office around the time, or not long out of it.
      for (let attempt = 0; attempt < 6; attempt++) {
        const person = this.world.personPicker.pick(rng);
        if (person.from - 180 <= day && day <= person.to + 3 * 365) {
          addPerson(person, rng.tail(1, 2.5, 4));
          break;
        }
      }
    }

    const countries = new Map<Country, CountryMentionJson>();
    let countryOffset = rng.int(0, 200);
    const addCountry = (country: Country, mentionCount: number) => {
      if (countries.has(country)) return;
      countries.set(country, { country: country.code, mentionCount, firstOffset: countryOffset });
      countryOffset += rng.int(10, 500);
    };
    events.forEach((event, e) =>
      event.countries.forEach((country, c) =>
        addCountry(country, e === 0 && c === 0 ? rng.tail(3, 1.3, 80) : e === 0 ? rng.tail(2, 1.5, 40) : rng.tail(1, 2, 8)),
      ),
    );
    for (const person of people.keys()) addCountry(person.country, rng.tail(1, 2.2, 6));

    let eventOffset = rng.int(0, 150);
    const eventJson: EventJson[] = events.map((event, e) => {
      const { children, ...definition } = event.definition;
      const json: EventJson = {
        ...definition,
        ...(children
          ? {
              children: children.map((child) => ({
                ...child,
                mentionCount: rng.tail(1, 1.8, 12),
                firstOffset: eventOffset + rng.int(50, 3000),
              })),
            }
          : {}),
        mentionCount: e === 0 ? rng.tail(2, 1.4, 30) : rng.tail(1, 2, 4),
        firstOffset: eventOffset,
      };
      eventOffset += rng.int(300, 2500);
      return json;
    });
    const armsSales: ArmsSaleJson[] = events
      .filter((event) => event.sale)
      .map((event, s) => ({
        ...event.sale!,
        mentionCount: rng.tail(s === 0 && event === lead ? 2 : 1, 1.6, 15),
        firstOffset: rng.int(0, 2000),
      }));

    const publisher = this.publishers.pick(rng);
    const title = headline(lead, day, rng);
    const date = isoDay(day);
    const subtitle = rng.chance(0.6) ? `${lead.definition.summary}` : undefined;
    const summary = [
      lead.definition.summary,
      ...events.slice(1).map((event) => `Background: ${event.definition.title} (${event.definition.startDate}).`),
    ].join(' ');
    return {
      url: `https://${publisher.domain}/${date.replace(/-/g, '/')}/${slugify(title, 80)}-${n}`,
      title,
      ...(subtitle ? { subtitle } : {}),
      summary,
      source: publisher.name,
      author: rng.pick(this.reporters.get(publisher)!),
      publishedAt: new Date(plan.published * 1000).toISOString().replace('.000Z', 'Z'),
      language: 'en',
      people: [...people.values()],
      countries: [...countries.values()],
      events: eventJson,
      armsSales,
    };
  }
}

/** Index of the first start greater than `day` (starts sorted ascending). */
function upperBound(starts: Int32Array, day: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (starts[mid] <= day) low = mid + 1;
    else high = mid;
  }
  return low;
}

const surname = (person: Person | undefined): string => person?.family ?? 'Officials';

/** A headline for an article about `event` published on `day`: several angles per kind of event. */
function headline(event: CatalogueEvent, day: number, rng: Rng): string {
  const f: Facts = event.facts;
  const d = event.definition;
  const after = day > event.end;
  const options: string[] = [d.title];
  switch (d.type) {
    case 'DIPLOMATIC_TRIP': {
      const stops = f.stops!;
      const current = stops.filter((stop) => stop.start <= day).pop() ?? stops[0];
      const names = listOf(stops.map((stop) => stop.country.name));
      if (after) {
        options.push(`${surname(f.who)} wraps up ${f.phrase} in ${stops[stops.length - 1].country.capital}`);
        options.push(`What ${surname(f.who)}'s trip to ${names} achieved`);
      } else if (current === stops[0]) {
        options.push(`${f.who!.name} begins ${f.phrase} in ${current.country.name}`);
        options.push(`${f.origin!.demonym} ${f.who!.title} sets off for ${names}`);
      } else {
        options.push(`${surname(f.who)} arrives in ${current.country.capital} on ${f.phrase}`);
        if (current.host) options.push(`${surname(f.who)} and ${surname(current.host)} hold talks in ${current.country.capital}`);
      }
      break;
    }
    case 'DIPLOMATIC_VISIT':
      options.push(`${f.origin!.demonym} ${f.who!.title} lands in ${f.place!.capital}`);
      if (f.other) options.push(`${surname(f.who)} in ${f.place!.capital} for talks with ${surname(f.other)}`);
      break;
    case 'MEETING':
      options.push(`${surname(f.who)} and ${surname(f.other)} discuss ${f.topic}`);
      options.push(`${f.origin!.name} and ${f.target!.name} hold talks on ${f.topic} in ${f.place!.capital}`);
      break;
    case 'SUMMIT':
      options.push(after ? `${d.title} ends with joint declaration` : `Leaders gather in ${f.place!.capital} for summit on ${f.topic}`);
      options.push(`${surname(f.who)} opens ${f.phrase}`);
      break;
    case 'ANNOUNCEMENT':
    case 'STATEMENT':
      if (f.who) options.push(`${f.who.title} ${f.who.name} speaks out on ${f.phrase}`);
      options.push(`${f.target!.name} responds after ${d.title.charAt(0).toLowerCase()}${d.title.slice(1)}`);
      break;
    case 'ARMS_SALE':
      options.push(`${f.target!.name} to get ${f.quantity} ${f.system!.designation} in ${f.money} deal with ${f.origin!.name}`);
      options.push(`${f.origin!.demonym} arms sale to ${f.target!.name}: ${f.money} for ${f.system!.items}`);
      break;
    case 'FUNERAL':
      options.push(`World leaders attend funeral of ${f.who!.name}`);
      options.push(`${f.place!.name} bids farewell to ${f.who!.name}`);
      break;
    case 'ELECTION':
      options.push(after || day === event.start ? `${f.who!.name} wins ${f.phrase}` : `${f.place!.name} votes in ${f.kind} election`);
      options.push(`Polls close in ${f.place!.name} ${f.kind} election`);
      break;
    case 'PROTEST':
      options.push(`Thousands march in ${f.place!.capital} over ${f.topic}`);
      options.push(`Police clash with protesters in ${f.place!.capital}`);
      break;
    case 'MILITARY_ACTION':
      options.push(`${f.target!.name} condemns ${f.phrase}`);
      if (f.who) options.push(`${surname(f.who)} defends ${f.kind}`);
      break;
    default:
      options.push(`${d.title}: what we know`);
  }
  if (after && day - event.end > 30) options.push(`${d.title}: a look back`);
  return rng.pick(options);
}
