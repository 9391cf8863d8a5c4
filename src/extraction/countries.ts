// Finds countries in article text by every name the reference data knows them by (world-countries:
// names, official names, spellings, demonyms, capitals; plus the curated press aliases and codes), and the
// cities that place events (capitals, GeoNames cities from src/reference/cities.ts, and the sites and
// spellings GeoNames lacks in prisma/reference/cities.json).
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise/two';
import worldCountries from 'world-countries';
import { referenceCities } from '../reference/cities';
import { countryReferenceRecords, readAliasSupplement, readCodesWrittenInText } from '../reference/countries';
import { isLowerCaseWord, isPlainWord } from './english-words';
import { unaccented } from './letters';
import { escapeRegExp } from './regexp';
import { PRISMA_DIR } from '../paths';
import type { ArticleDocument } from './document';

export type CountryNameKind = 'name' | 'abbreviation' | 'demonym' | 'capital' | 'city';

export interface PlaceName {
  code: string;
  kind: CountryNameKind;
  /** The place's own name when it is a city ("Seoul"), for event stops. */
  city: string | null;
  /** A GeoNames city, counted only where the text makes it a place ("in Kherson", a dateline). */
  contextual?: boolean;
  /** Other countries with a town of a GeoNames city's name (see `ReferenceCity.namesakes`). */
  namesakes?: string[];
}

export interface CountryMention extends PlaceName {
  start: number;
  end: number;
  text: string;
}

interface Gazetteer {
  byName: Map<string, PlaceName>;
  /** First words of all names (as written, possessive and full stop removed): most capitalized words are not one. */
  firstWords: Set<string>;
  longestName: number;
  names: Map<string, string>;
}

let gazetteer: Gazetteer | undefined;

const CITIES_FILE = path.join(PRISMA_DIR, 'reference', 'cities.json');

/** The tags compromise's lexicon gives a word ("Nice": City and Adjective), none for a word it does not know. */
function lexiconTags(word: string): string[] {
  const tags = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon[word.toLowerCase()];
  return Array.isArray(tags) ? tags : tags ? [tags] : [];
}

/** Words compromise's lexicon knows as given or family names: such a capital ("Victoria") is no metonym. */
function isPersonName(word: string): boolean {
  const list = lexiconTags(word);
  return list.some((tag) => /Name$|^Person$/.test(tag)) && !list.some((tag) => /Place|City|Country|Region/.test(tag));
}

/** A city this large is named as itself far more often than as a person ("Sydney", "Houston", "Alexandria"). */
const MAJOR_CITY = 1_000_000;

/**
 * Whether a GeoNames city's name stays out of the gazetteer: words compromise's lexicon knows as anything
 * but a city or place ("Nice", "Mobile", "Split", "Toyota"), given and family names unless the city is a
 * major one, regions (a state or province elsewhere more often than this city: "Montana", "Ontario",
 * "Surrey"), and names under four letters ("Of", "Van", "Man").
 */
function isCommonWord(name: string, population: number): boolean {
  if (name.length < 4) return true;
  const list = lexiconTags(name);
  const harmless = (tag: string) => tag === 'City' || tag === 'Place' || tag === 'ProperNoun' || (population >= MAJOR_CITY && /Name$|^Person$/.test(tag));
  return !list.every(harmless);
}


/**
 * A demonym's plural, the people of the country as the press names them ("Americans"; "the Saudis", "the Israelis",
 * "the Emiratis": a demonym in -i takes -s like any other); none for demonyms that are their own plural ("Chinese",
 * "Swiss", "British", "Dutch").
 */
function plural(demonym: string): string | null {
  return /(ese|s|sh|ch)$/.test(demonym) ? null : `${demonym}s`;
}

/**
 * The name and demonym two states share, written alone, for the one the press means by them in a text that names only
 * that one: "Korea", "Korean" is the Republic of Korea ("Korea's Ministry of National Defense", "the Korean Embassy"),
 * the other being always qualified ("North Korea", "DPRK"); where the text names the other too ("the Korean Central
 * News Agency" of a report on North Korea), the shared name stays no one's.
 */
const SHARED_NAMES_WRITTEN_ALONE: readonly { name: string; code: string; kind: CountryNameKind; unlessNamed: string }[] = [
  { name: 'Korea', code: 'KR', kind: 'name', unlessNamed: 'KP' },
  { name: 'Korean', code: 'KR', kind: 'demonym', unlessNamed: 'KP' },
  { name: 'Koreans', code: 'KR', kind: 'demonym', unlessNamed: 'KP' },
];

/**
 * A spelling the reference data lists in a country's own language that is a word of English ("Island",
 * Iceland's own name, is the "Island" of "Pacific Island states"): no name of the country in English text.
 * The country's common and official names and the curated press names stay ("Turkey", "Chad"), and so does
 * a plural ("Emirates": the press's "the Emirates").
 */
function isWordOfAnotherLanguage(name: string, ownNames: Set<string>): boolean {
  return !ownNames.has(name) && !/s$/.test(name) && isPlainWord(name);
}

/** Every name → country, built once from the reference data; names two countries share are dropped. */
export function countryGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const supplement = readAliasSupplement();
  const codesInText = new Set(readCodesWrittenInText());
  const candidates = new Map<string, Map<string, PlaceName>>();
  const add = (name: string, place: PlaceName) => {
    const trimmed = name.trim();
    // Two-letter codes only as the press writes them ("US", "UK"), from the curated list.
    if (trimmed.length < 3 && !(supplement[place.code] ?? []).includes(trimmed) && !(codesInText.has(trimmed) && trimmed === place.code)) return;
    if (!/^[\p{Lu}\d]/u.test(trimmed)) return;
    const byCode = candidates.get(trimmed) ?? new Map<string, PlaceName>();
    if (!byCode.has(place.code)) byCode.set(place.code, place);
    candidates.set(trimmed, byCode);
    // "Democratic People’s Republic of Korea": the press's curly apostrophe spells the same name.
    if (trimmed.includes("'")) add(trimmed.replace(/'/g, '’'), place);
    // "Peoples Republic of China", "People`s Republic of China": copies that drop the apostrophe or set a backtick spell it too
    // (read as "Republic of China", they would name Taiwan).
    if (trimmed.includes("People's")) for (const spelling of ['Peoples', 'People`s']) add(trimmed.replace("People's", spelling), place);
  };
  const names = new Map<string, string>();
  for (const record of countryReferenceRecords(supplement)) {
    names.set(record.code, record.name);
    const ownNames = new Set([record.name, record.officialName, ...(supplement[record.code] ?? [])]);
    for (const name of [record.name, record.officialName, ...record.aliases, ...(supplement[record.code] ?? []), ...(codesInText.has(record.code) ? [record.code] : [])]) {
      // "Washington" (the reference's "Washington D.C." without its district) is the capital too, read as capitals are below.
      if (record.capitals.some((capital) => capital === name || capital.replace(/,? D\.C\.$/, '') === name) || isWordOfAnotherLanguage(name, ownNames)) continue;
      add(name, { code: record.code, kind: /^[\p{Lu}.]+$/u.test(name) ? 'abbreviation' : 'name', city: null });
    }
    for (const demonym of record.demonyms) {
      add(demonym, { code: record.code, kind: 'demonym', city: null });
      const plurals = plural(demonym);
      if (plurals) add(plurals, { code: record.code, kind: 'demonym', city: null });
    }
    for (const capital of record.capitals) {
      const short = capital.replace(/,? D\.C\.$/, '');
      if (isPersonName(short) || short.length < 4) continue;
      add(short, { code: record.code, kind: 'capital', city: short });
      if (short !== capital) add(capital, { code: record.code, kind: 'capital', city: short });
      const plain = unaccented(short);
      if (plain !== short) add(plain, { code: record.code, kind: 'capital', city: short });
    }
  }
  for (const { name, code, kind } of SHARED_NAMES_WRITTEN_ALONE) add(name, { code, kind, city: null });
  const cities = JSON.parse(fs.readFileSync(CITIES_FILE, 'utf8')) as { cities: Record<string, string[]> };
  for (const [code, list] of Object.entries(cities.cities)) {
    for (const city of list) add(city, { code, kind: 'city', city });
  }
  // GeoNames cities last: a name the country data or the list above already gives keeps that meaning.
  const listed = new Set(candidates.keys());
  for (const { name, code, population, namesakes } of referenceCities()) {
    if (isCommonWord(name, population)) continue;
    for (const spelling of new Set([name, unaccented(name)])) {
      if (!listed.has(spelling)) add(spelling, { code, kind: 'city', city: name, contextual: true, ...(namesakes ? { namesakes } : {}) });
    }
  }
  // A name several territories share ("French", "American") means the sovereign state when only one of them is.
  const sovereign = new Set(worldCountries.filter((country) => country.unMember || country.independent).map((country) => country.cca2));
  const byName = new Map<string, PlaceName>();
  for (const [name, byCode] of candidates) {
    const places = [...byCode.values()];
    const states = places.filter((place) => sovereign.has(place.code));
    const place = places.length === 1 ? places[0] : states.length === 1 ? states[0] : undefined;
    if (!place) continue;
    byName.set(name, place);
    // "People’s Republic of China", "Côte d’Ivoire": the press sets apostrophes either way.
    if (name.includes("'") && !candidates.has(name.replaceAll("'", '’'))) byName.set(name.replaceAll("'", '’'), place);
  }
  const longestName = Math.max(...[...byName.keys()].map((name) => name.split(/\s+/).length));
  const firstWords = new Set([...byName.keys()].map((name) => firstWordOf(name)));
  gazetteer = { byName, firstWords, longestName, names };
  return gazetteer;
}

function firstWordOf(text: string): string {
  return (text.match(TOKEN)?.[0] ?? text).replace(/['’]s$/, '').replace(/\.$/, '');
}

let islands: Set<string> | undefined;

/** Countries without land borders (world-countries' `borders` is empty): what "the island" can mean. */
export function isIslandCountry(code: string): boolean {
  islands ??= new Set(worldCountries.filter((country) => country.borders.length === 0).map((country) => country.cca2));
  return islands.has(code);
}

export function countryName(code: string): string {
  return countryGazetteer().names.get(code) ?? code;
}

let filteredTowns: Map<string, PlaceName> | undefined;

/**
 * A GeoNames city the gazetteer leaves out only for its name's sake — under four letters ("Niš") or a region's name as well
 * ("Oaxaca", state and city) — never a word of the language nor a given name ("Nice", "Split", "Victoria"). Such a name
 * cannot count as a place anywhere (it would be a country mention everywhere); events read it as a crowd's place inside the
 * crowd's own sentence only, where the text names the town's country (`events.ts`, `protestTown`).
 */
export function townLeftOut(name: string): PlaceName | undefined {
  if (!filteredTowns) {
    const { byName } = countryGazetteer();
    const towns = new Map<string, PlaceName>();
    for (const { name: town, code, population, namesakes } of referenceCities()) {
      if (town.length < 3 || !isCommonWord(town, population) || byName.has(town) || namesakes?.length) continue;
      if (isPersonName(town) || isPlainWord(town) || isPlainWord(unaccented(town))) continue;
      if (!lexiconTags(town).every((tag) => tag === 'Region' || tag === 'ProperNoun' || tag === 'City' || tag === 'Place')) continue;
      towns.set(town, { code, kind: 'city', city: town, contextual: true });
    }
    filteredTowns = towns;
  }
  return filteredTowns.get(name);
}

/** Looks a place name up as written (also without a possessive or a sentence's full stop). */
export function placeNamed(name: string): PlaceName | undefined {
  const { byName } = countryGazetteer();
  const trimmed = name.trim();
  return byName.get(trimmed) ?? byName.get(trimmed.replace(/['’]s$/, '')) ?? byName.get(trimmed.replace(/\.$/, ''));
}

/**
 * "Latin America", "North America", "the South American neighbors", "Central American governments": a continent's or
 * region's name ending in "America", or its adjective, is no mention of the United States (the corpus guide's rule).
 */
const AMERICAS_REGION_BEFORE = /\b(?:Latin|North|South|Central|Middle)\s+$/;
/** "New South Wales", "New Mexico", "New Jersey": a name after "New" is part of another place's name. */
const NEW_PLACE_BEFORE = /\bNew\s+(?:South\s+)?$/;
/** "US$4 billion", "166 million U.S. dollars": a country's name or adjective naming a currency is no mention of the country. */
const CURRENCY_AFTER = /^(?:\$|\s+dollars?\b)/;
/** "59.7 billion Czech crowns", "3 billion Swiss francs", "in Swedish kronor": other currencies after an adjective (the corpus guide's rule). */
const CURRENCY_AFTER_ADJECTIVE = /^\s+(?:crowns?|kronor|krona|kroner|krone|francs?|rupees?|yen|yuan|pounds?|euros?|riyals?|dirhams?|rubles?|roubles?|pesos?|lira|zloty|zlotys|ringgit|rupiah|baht|shekels?|dinars?|naira|rand|shillings?|hryvnias?|tenge|won)\b/;
/** "a $65.3-million US contract": "US" after an amount in dollars says whose dollars they are (the corpus guide's call). */
const AMOUNT_BEFORE = /\$\s?\d[\d.,]*(?:[\s-]?(?:million|billion|bn|m))?\s+$/;

/** Whether the name says whose currency an amount is in rather than naming the country. */
function namesCurrency(place: PlaceName, before: string, after: string): boolean {
  return CURRENCY_AFTER.test(after) || (place.kind === 'demonym' && CURRENCY_AFTER_ADJECTIVE.test(after)) || (place.kind === 'abbreviation' && AMOUNT_BEFORE.test(before));
}

/** "ethnic Albanians", "an ethnic Armenian enclave": a people living in other states, not the state (the corpus guide's rule). */
const ETHNIC_BEFORE = /\bethnic\s+$/i;
/** "Portuguese-speaking Countries", "the Community of Portuguese Language Countries", "Chinese-language schools": the language, not the state. */
const LANGUAGE_AFTER = /^(?:-speaking|-language|\s+[Ll]anguages?\b)/;
/** "spoke in Spanish, without interpreters", "his native Spanish.": a language named alone after "in" or "native" (a noun after it would make it an adjective: "in Swedish kronor"). */
const LANGUAGE_IN_BEFORE = /\b(?:in|into|native)\s+$/;
const LANGUAGE_IN_AFTER = /^(?:\s*[,.;:!?)]|\s*$|\s+(?:and|or)\s+\p{Lu}\p{Ll}+(?:[\s,.;:!?)]|$))/u;

/** Whether a demonym stands for a people abroad or a language rather than the state (a city-state's name, "Djibouti", stays a name). */
function peopleOrLanguage(place: PlaceName, raw: string, before: string, after: string): boolean {
  if (place.kind !== 'demonym' || raw === countryName(place.code)) return false;
  return ETHNIC_BEFORE.test(before) || LANGUAGE_AFTER.test(after) || (LANGUAGE_IN_BEFORE.test(before) && LANGUAGE_IN_AFTER.test(after));
}

/**
 * "The Times of London", "the Times of India", "The Philippine Daily Inquirer", "Indian Express": a publication's name
 * holding a place names no country (the corpus guide's rule), title-cased credit lines included.
 */
const PUBLICATION_BEFORE = /\bTimes\s+of\s+(?:the\s+)?$/;
const PUBLICATION_AFTER = /^\s+(?:Daily|Times|Herald|Post|Express|Inquirer|Tribune|Gazette|Observer|Chronicle|Telegraph)\b/;

/** Geographic features named after a country are not the country ("South China Sea", "Korean Peninsula"). */
const FEATURE_AFTER = /^\s+(Sea|Ocean|Gulf|Strait|Straits|Peninsula|River|Shoal|Islands?|Mountains|Desert|Basin|Canal|Bay|Delta|Valley|Plateau|Highlands)\b/;
/** Capitalized words that may follow a country name without making it part of another proper name. */
const FREE_FOLLOWERS = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December President Prime Minister Foreign Defense Defence Secretary Deputy Vice Chancellor King Queen Crown Prince Emir Ambassador Envoy Premier Leader Supreme General Gen Admiral Army Navy Air Force Forces Military Coast Guard Government Ministry Foreign Parliament Congress Embassy State Department Senate House Cabinet Interior Finance Trade Economy National Security Council Agency Officials And Or But The Strip'.split(
    ' ',
  ),
);

const TOKEN = /[\p{L}\p{M}\p{N}.'’&]+/gu;
/** The rest of a firm's name after a country in it: capitalized words, then a company's legal or trade suffix. */
export const FIRM_NAME_AFTER = /^\s+(?:\p{Lu}[\p{L}&-]*\s+){0,3}(?:Limited|Ltd\.?|Industries|Corporation|Corp\.|Company|plc|PLC|Inc\.|LLC|GmbH|Airlines|Airways)(?![\p{L}])/u;
/** An office held "of" a state, right before its name ("Prime Minister of", "Minister of Defence of the"). */
const OFFICE_OF_BEFORE = /\b(?:Minister|President|Secretary|Ambassador|King|Queen|Governor|Chancellor|Premier|Emir|Prince|Princess|Sultan|Representative|Envoy|Consul|Speaker|Vice-President)(?:\s+(?:of|for)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})?\s+of\s+(?:the\s+)?$/u;

/** A headline in Title Case capitalizes everything, so capitalization says nothing there. */
function titleCased(sentence: string): boolean {
  const words = sentence.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word));
  return words.length >= 4 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length > 0.7;
}

/**
 * A GeoNames town named by a word of the language in a Title Case line ("Scotland Votes No To Independence", "A Return
 * To Concord"): the capital is the line's, and "to independence" is no destination. The words are the Hunspell en_US
 * list's lower-case ones (`isLowerCaseWord`), whatever else it lists them as. The town stays when the text writes its
 * name inside a sentence in ordinary case, where a capital makes it a name.
 */
function wordTownInTitleCase(place: PlaceName, raw: string, document: ArticleDocument): boolean {
  if (!place.contextual || !isLowerCaseWord(raw)) return false;
  const writtenAsName = new RegExp(String.raw`\S\s+${escapeRegExp(raw)}(?![\p{L}])`, 'u');
  return !document.sentences.some((sentence) => !titleCased(sentence.text) && writtenAsName.test(sentence.text));
}

/**
 * Every country mention, longest name first at each capitalized word. `excluded` spans (people's
 * names: "Michael Jordan") are skipped.
 */
export function findCountryMentions(document: ArticleDocument, excluded: { start: number; end: number }[] = []): CountryMention[] {
  const { longestName, firstWords } = countryGazetteer();
  const mentions: CountryMention[] = [];
  for (const sentence of document.sentences) {
    const tokens = [...sentence.text.matchAll(TOKEN)].map((match) => ({
      start: sentence.start + match.index!,
      end: sentence.start + match.index! + match[0].length,
      text: match[0],
    }));
    const loose = titleCased(sentence.text);
    for (let index = 0; index < tokens.length; index++) {
      if (!/^[\p{Lu}\d]/u.test(tokens[index].text) || !firstWords.has(tokens[index].text.replace(/['’]s$/, '').replace(/(?<=s)['’]$/, '').replace(/\.$/, ''))) continue;
      for (let length = Math.min(longestName, tokens.length - index); length >= 1; length--) {
        const first = tokens[index];
        const last = tokens[index + length - 1];
        let raw = document.text.slice(first.start, last.end);
        let place = countryGazetteer().byName.get(raw);
        let end = last.end;
        if (!place && /['’]s$/.test(raw)) {
          raw = raw.slice(0, -2);
          end -= 2;
          place = countryGazetteer().byName.get(raw);
        }
        // "the United States’ support", "the Philippines' claim": a plural's possessive is the apostrophe alone.
        if (!place && /s['’]$/.test(raw)) {
          raw = raw.slice(0, -1);
          end -= 1;
          place = countryGazetteer().byName.get(raw);
        }
        if (!place && raw.endsWith('.')) {
          raw = raw.slice(0, -1);
          end -= 1;
          place = countryGazetteer().byName.get(raw);
        }
        if (!place) continue;
        const after = document.text.slice(end, end + 40);
        const before = document.text.slice(Math.max(sentence.start, first.start - 30), first.start);
        const next = tokens[index + length];
        const glued = next && next.start === end + 1 && document.text[end] === ' ';
        // "Prime Minister of New Zealand Mere Tainui": after an office "of" it, a country's name goes on into its holder's, not into another thing's.
        const officeOf = OFFICE_OF_BEFORE.test(document.text.slice(Math.max(sentence.start, first.start - 60), first.start));
        const partOfName =
          place.kind !== 'demonym' &&
          !officeOf &&
          !loose &&
          glued &&
          /^\p{Lu}/u.test(next.text) &&
          !FREE_FOLLOWERS.has(next.text.replace(/['’]s$|\.$/, '')) &&
          !countryGazetteer().byName.has(next.text.replace(/['’]s$|\.$/, ''));
        // "Munitions India Limited", "Turkish Aerospace Industries": a country inside a firm's name is no mention of it (the corpus guide's rule).
        const inFirmName = !loose && FIRM_NAME_AFTER.test(after);
        const afterGivenName = /\p{Lu}\p{Ll}+\s$/u.test(before) && isPersonName(before.trim().split(/\s+/).pop()!);
        const inPersonName = excluded.some((span) => first.start < span.end && end > span.start);
        const placed = !place.contextual || (isPlaceContext(document.text, sentence.start, first.start, end, mentions) && !(loose && wordTownInTitleCase(place, raw, document)));
        const inPublicationName = PUBLICATION_BEFORE.test(before) || PUBLICATION_AFTER.test(after);
        const americasRegion = /^America(?:ns?)?$/.test(raw) && AMERICAS_REGION_BEFORE.test(before);
        const newPlace = NEW_PLACE_BEFORE.test(before);
        if (!FEATURE_AFTER.test(after) && !namesCurrency(place, before, after) && !peopleOrLanguage(place, raw, before, after) && !americasRegion && !inPublicationName && !newPlace && !partOfName && !inFirmName && !afterGivenName && !inPersonName && placed) {
          mentions.push({ ...place, start: first.start, end, text: raw });
        }
        index += length - 1;
        break;
      }
    }
  }
  const named = new Set(mentions.map((mention) => mention.code));
  const sharedAndOtherNamed = (mention: CountryMention) => SHARED_NAMES_WRITTEN_ALONE.some((shared) => shared.name === mention.text && named.has(shared.unlessNamed));
  const kept = mentions.filter((mention) => !sharedAndOtherNamed(mention));
  return kept.map((mention) => namesakeOfText(mention, kept));
}

/**
 * A GeoNames city whose name towns of other countries share is the namesake of the country the text
 * names, when it names that one and not the largest's ("Queenstown" in a text about New Zealand is New
 * Zealand's, not South Africa's larger town; in one about Australia and New Zealand, New Zealand's larger one). Only names and demonyms decide: places could be namesakes too.
 */
function namesakeOfText(mention: CountryMention, mentions: CountryMention[]): CountryMention {
  if (!mention.namesakes) return mention;
  const named = new Set(mentions.filter((other) => other.kind !== 'city' && other.kind !== 'capital').map((other) => other.code));
  if (named.has(mention.code)) return mention;
  // Of several the text names, the one with the largest town of the name (the table lists them so).
  const namesake = mention.namesakes.find((code) => named.has(code));
  return namesake ? { ...mention, code: namesake } : mention;
}

/** Words after which a city is where something happens or where someone goes, not a government acting. */
// (a compass word may stand between: "in northern Gaza", "in the southern Gaza Strip", "struck central Kharkiv")
const COMPASS = String.raw`(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\s+`;
const PLACE_BEFORE = new RegExp(String.raw`(?:\b(?:in|to|at|from|near|outside|via|visit(?:s|ed|ing)?|toured?|reach(?:es|ed)?|arriv\w+ in|stops? in|leg in|travel\w* to)\s+(?:the\s+)?(?:${COMPASS})?)$`, 'i');
const CITY_OFFICE_BEFORE = /\b(?:Crown Prince|[Rr]uler|[Mm]ayor|[Gg]overnor)\s+of\s+$/;
/** Words after a city that make it the government it stands for ("Moscow's", "Washington-Seoul", "Beijing said"). */
const METONYM_AFTER = /^(?:['’]s\b|-\p{Lu}|\s*\/\s*\p{Lu}|\s+(?:has|have|had|is|was|will|would|said|says|warned|accused|rejected|responded|demanded|insisted|wants|called|condemned)\b)/u;

/** "partners in", "allies in", "counterparts in": a capital after them stands for the government one deals with. */
const PARTNERS_IN_BEFORE = /\b(?:partners|allies|counterparts)\s+in\s+$/;
/** Words after which a city is a place left or a part of the place ("will leave New York", "out of Port Moresby", "the streets of Bangkok"). */
const LEFT_OR_PART_OF_BEFORE = /\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?(?:\s+from)?|out\s+of|(?:streets|city|town|port|outskirts|suburbs?|centre|center)\s+of)\s+(?:the\s+)?$/i;
/** A city's possessive or a pair of governments ("Moscow's", "Washington-Seoul", "Seoul/Tokyo"): the government even after "in". */
const PAIRED_OR_POSSESSIVE_AFTER = /^(?:['’]s\b|-\p{Lu}|\s*\/\s*\p{Lu})/u;

/** Words that make a city the target or the frame of an action ("a strike on Kharkiv", "the mayor of Kherson"). */
const TARGET_BEFORE = new RegExp(String.raw`(?:\b(?:on|against|into|across|around|throughout|inside|over|(?:struck|hit|hitting|striking|shelled|shelling|bombed|bombing|attacked|attacking|targeted|targeting|raided)|(?:city|town|port|region|province|outskirts|suburbs?|mayor|governor|residents|centre|center|streets) of)\s+(?:(?:the\s+)?${COMPASS})?)$`, 'i');

/**
 * Whether the text makes the name at start..end a place, as a GeoNames city must be to count: after a
 * place word ("in", "to", "visited") or a target word ("a strike on", "the mayor of"), as a dateline (a line opening "Kherson, 3 March" or "KHERSON –"), or
 * as a later item of a list whose previous item is a city ("in Kherson and Mykolaiv").
 */
export function isPlaceContext(text: string, sentenceStart: number, start: number, end: number, earlier: CountryMention[]): boolean {
  const before = text.slice(Math.max(sentenceStart, start - 40), start);
  if (PLACE_BEFORE.test(before) || TARGET_BEFORE.test(before)) return true;
  if (/(?:^|\n)\s*$/.test(text.slice(Math.max(0, start - 40), start)) && /^\s*(?:,|[–—-]|\()/.test(text.slice(end, end + 4))) return true;
  const previous = earlier[earlier.length - 1];
  return Boolean(previous && (previous.kind === 'capital' || previous.kind === 'city') && /^(?:,\s*|,?\s+and\s+)$/.test(text.slice(previous.end, start)));
}

/**
 * Whether a mention counts as naming its country (the corpus guide's rule): names, demonyms and
 * adjectives always do; a capital or city only as a metonym for its government ("Washington-Seoul
 * relations", "press Moscow to cease"), not as a destination or a place ("visit Seoul, Tokyo and
 * Paris", "talks in Vienna"). A city in a list counts as the list's first item does. The places
 * stay mentions for events (a trip's stops); only the article's list of countries leaves them out.
 */
export function namesItsCountry(mention: CountryMention, mentions: CountryMention[], text: string): boolean {
  // "Washington, DC May 20, 2014", "Kyiv, 3 March": a place and a date after it are a dateline wherever the line breaks fell.
  if (/^,\s*(?:D\.?C\.?,?\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/.test(text.slice(mention.end, mention.end + 24))) return false;
  if (mention.kind !== 'capital' && mention.kind !== 'city') return true;
  // A city-state's name is its country's name ("Singapore").
  if (mention.text === countryName(mention.code)) return true;
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  const after = text.slice(mention.end, mention.end + 30);
  // "a Paris-based court", "13:00 Moscow time": the city is where something sits or whose clock is read, no government (the corpus guide's "London-based", "Beijing Time").
  if (/^(?:-based\b|\s+[Tt]ime\b)/.test(after)) return false;
  // "partners in Washington and Tokyo": those one deals with in a capital are its government.
  if (PARTNERS_IN_BEFORE.test(before)) return true;
  // "the summit in Tunis had negotiated", "a factory in Belfast is to supply": after a place word the verb is the sentence's, not the city's.
  if (PLACE_BEFORE.test(before) || LEFT_OR_PART_OF_BEFORE.test(before)) return PAIRED_OR_POSSESSIVE_AFTER.test(after);
  if (METONYM_AFTER.test(after)) return true;
  // "the Crown Prince of Abu Dhabi", "the mayor of Kyiv": a city's own ruler or mayor, not the state's government.
  if (CITY_OFFICE_BEFORE.test(before)) return false;
  // "…to Colombo, Nairobi, Mogadishu and Paris": a list item is what the list's first item is.
  // An item may sit behind one that is also a country's name ("…, Mogadishu, Djibouti, Riyadh and Paris"): the list is walked back to its nearest city.
  if (/(?:,\s*|\s+and\s+)$/.test(before)) {
    const index = mentions.indexOf(mention);
    for (let at = index - 1; at >= 0 && /^(?:,\s*|,?\s+and\s+)$/.test(text.slice(mentions[at].end, mentions[at + 1].start)); at--) {
      const previous = mentions[at];
      if (previous.kind === 'capital' || previous.kind === 'city') return namesItsCountry(previous, mentions, text);
    }
  }
  // A capital opening a line or sentence is a dateline or a heading ("WASHINGTON –", "Tokyo, 9 July").
  if (/(?:^|\n)\s*$/.test(before) && /^[\s,]*(?:\(|[–—-]|\d|\p{Lu}{3,})/u.test(text.slice(mention.end, mention.end + 12))) return false;
  return true;
}
