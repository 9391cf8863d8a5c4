// The fixed cast of synthetic coverage, made once per seed: real countries (ISO 3166-1 reference
// data) ranked by how much news covers them, and a few thousand office holders whose terms follow
// one another from before 2015 to after 2025.
import worldCountries from 'world-countries';
import { countryReferenceRecords } from '../reference/countries';
import { Rng, WeightedPicker } from './random';
import {
  CULTURE_BY_COUNTRY,
  MONARCHIES,
  NAME_POOLS,
  NameCulture,
  OFFICE_TITLES,
  OFFICES,
  OfficeKey,
  PARLIAMENTARY,
  PRESIDENTIAL_ONLY,
  PROMINENT_COUNTRIES,
  officesFor,
} from './vocabulary';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC). */
export const dayOf = (isoDate: string): number => Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const yearOf = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();

/** Coverage spans these days. */
export const START_DAY = dayOf('2015-01-01');
export const END_DAY = dayOf('2025-12-31');

/** "Yoon Suk-yeol" → "yoon-suk-yeol" (ASCII input; the same rule as the service's slugs). */
export function slugify(text: string, maxLength = 100): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

export interface Country {
  code: string;
  name: string;
  demonym: string;
  capital: string;
  region: string;
  subregion: string | null;
  /** 0 = most covered. */
  rank: number;
  weight: number;
  /** Neighbours' codes. */
  borders: string[];
  culture: NameCulture;
}

export interface Person {
  index: number;
  name: string;
  slug: string;
  family: string;
  aliases: string[];
  title: string;
  office: OfficeKey;
  country: Country;
  /** Term of office, in days. */
  from: number;
  to: number;
  description: string;
  /** How much the press covers this person, beyond the events they take part in. */
  popularity: number;
}

function cultureOf(code: string, region: string, subregion: string | null): NameCulture {
  const explicit = CULTURE_BY_COUNTRY[code];
  if (explicit) return explicit;
  switch (subregion) {
    case 'North America':
      return code === 'MX' ? 'hispanic' : 'anglo';
    case 'Caribbean':
    case 'South America':
    case 'Central America':
      return 'hispanic';
    case 'Northern Europe':
      return code === 'LT' || code === 'LV' ? 'slavic' : 'nordic';
    case 'Western Europe':
      return 'german';
    case 'Southern Europe':
      return 'italian';
    case 'Western Asia':
    case 'Northern Africa':
      return 'arabic';
    case 'Central Asia':
      return 'turkic';
    case 'Southern Asia':
      return 'southAsian';
    case 'Eastern Asia':
      return 'chinese';
    case 'South-Eastern Asia':
      return 'southeastAsian';
    default:
      if (region === 'Europe') return 'slavic';
      if (region === 'Africa') return 'african';
      if (region === 'Americas') return 'hispanic';
      return 'anglo';
  }
}

/** Offices a country has, and what each is called there. */
function countryOffices(country: Country): { key: OfficeKey; title: string }[] {
  return officesFor(country.rank)
    .filter((key) => !(key === 'headOfState' && MONARCHIES.has(country.code)))
    .filter((key) => !(key === 'headOfGovernment' && PRESIDENTIAL_ONLY.has(country.code)))
    .map((key) => ({ key, title: OFFICE_TITLES[country.code]?.[key] ?? OFFICES[key].title }));
}

export class World {
  readonly countries: Country[];
  readonly byCode = new Map<string, Country>();
  readonly countryPicker: WeightedPicker<Country>;
  readonly people: Person[] = [];
  readonly personPicker: WeightedPicker<Person>;
  /** `${code}:${office}` → holders, in term order. */
  private readonly holders = new Map<string, Person[]>();

  constructor(seed: string | number) {
    const rng = new Rng(seed, 'world');
    const extra = new Set(['PS', 'TW', 'XK']);
    const independent = new Map(worldCountries.map((country) => [country.cca2, country]));
    const byCca3 = new Map(worldCountries.map((country) => [country.cca3, country.cca2]));
    const records = countryReferenceRecords()
      .filter((record) => {
        const source = independent.get(record.code);
        return record.capitals.length > 0 && (source?.independent || source?.unMember || extra.has(record.code));
      })
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    // Prominent countries in their fixed order, the rest shuffled per seed.
    const prominence = new Map(PROMINENT_COUNTRIES.map((code, index) => [code, index]));
    const known = records.filter((record) => prominence.has(record.code));
    known.sort((a, b) => prominence.get(a.code)! - prominence.get(b.code)!);
    const rest = rng.shuffle(records.filter((record) => !prominence.has(record.code)));
    this.countries = [...known, ...rest].map((record, rank): Country => {
      const source = independent.get(record.code);
      return {
        code: record.code,
        name: record.name,
        demonym: record.demonyms[0] ?? record.name,
        // The press writes "Washington", not "Washington D.C.".
        capital: record.capitals[0].replace(/,? D\.C\.$/, ''),
        region: record.region,
        subregion: record.subregion,
        rank,
        weight: 1 / Math.pow(rank + 2, 1.1),
        borders: (source?.borders ?? []).map((cca3) => byCca3.get(cca3)!).filter(Boolean),
        culture: cultureOf(record.code, record.region, record.subregion),
      };
    });
    for (const country of this.countries) this.byCode.set(country.code, country);
    for (const country of this.countries) country.borders = country.borders.filter((code) => this.byCode.has(code));
    this.countryPicker = new WeightedPicker(this.countries, (country) => country.weight);

    this.makePeople(rng);
    this.personPicker = new WeightedPicker(this.people, (person) => person.popularity);
  }

  private makePeople(rng: Rng): void {
    const slugs = new Set<string>();
    for (const country of this.countries) {
      for (const office of countryOffices(country)) {
        const { term, concurrent, weight } = OFFICES[office.key];
        const list: Person[] = [];
        for (let seat = 0; seat < concurrent; seat++) {
          let day = START_DAY - rng.int(0, term[1] * 365);
          while (day <= END_DAY) {
            const end = day + rng.int(term[0] * 365, term[1] * 365) - 1;
            if (end >= START_DAY) {
              list.push(this.makePerson(rng, slugs, country, office, day, end, weight));
            }
            day = end + 1;
          }
        }
        list.sort((a, b) => a.from - b.from || a.index - b.index);
        this.holders.set(`${country.code}:${office.key}`, list);
      }
    }
    // A surname is a usable alias only when no one else in the cast has it.
    const surnames = new Map<string, number>();
    for (const person of this.people) surnames.set(person.family, (surnames.get(person.family) ?? 0) + 1);
    for (const person of this.people) {
      if (surnames.get(person.family) === 1 && person.family !== person.name) person.aliases.unshift(person.family);
    }
  }

  private makePerson(
    rng: Rng,
    slugs: Set<string>,
    country: Country,
    office: { key: OfficeKey; title: string },
    from: number,
    to: number,
    officeWeight: number,
  ): Person {
    const pool = NAME_POOLS[country.culture] as { given: string[]; family: string[]; familyFirst?: boolean };
    let name = '';
    let family = '';
    let given = '';
    for (let attempt = 0; attempt < 40; attempt++) {
      given = rng.pick(pool.given);
      family = rng.pick(pool.family);
      name = pool.familyFirst ? `${family} ${given}` : `${given} ${family}`;
      if (!slugs.has(slugify(name))) break;
    }
    let slug = slugify(name);
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(name)}-${n}`;
    slugs.add(slug);
    const aliases: string[] = [];
    if (!pool.familyFirst && rng.chance(0.2)) {
      aliases.push(`${given} ${String.fromCharCode(65 + rng.int(0, 25))}. ${family}`);
    }
    const years = to > END_DAY ? `since ${yearOf(from)}` : `${yearOf(from)}–${yearOf(to)}`;
    const person: Person = {
      index: this.people.length,
      name,
      slug,
      family,
      aliases,
      title: office.title,
      office: office.key,
      country,
      from,
      to,
      description: `${country.demonym} ${office.title} (${years}).`,
      popularity: country.weight * officeWeight * rng.pareto(1.2),
    };
    this.people.push(person);
    return person;
  }

  /** Who held the office on that day (one of them, for offices held by several). */
  holder(code: string, office: OfficeKey, day: number, rng?: Rng): Person | undefined {
    const list = this.holders.get(`${code}:${office}`);
    if (!list) return undefined;
    const active = list.filter((person) => person.from <= day && day <= person.to);
    if (active.length <= 1 || !rng) return active[0];
    return rng.pick(active);
  }

  /** The leader the press follows: the head of government in parliamentary systems and monarchies. */
  leader(code: string, day: number): Person | undefined {
    const byGovernment = PARLIAMENTARY.has(code) || MONARCHIES.has(code);
    const first = byGovernment ? 'headOfGovernment' : 'headOfState';
    const second = byGovernment ? 'headOfState' : 'headOfGovernment';
    return this.holder(code, first, day) ?? this.holder(code, second, day);
  }

  /** A country other than the given ones, by coverage weight. */
  otherCountry(rng: Rng, ...not: Country[]): Country {
    for (;;) {
      const country = this.countryPicker.pick(rng);
      if (!not.includes(country)) return country;
    }
  }
}
