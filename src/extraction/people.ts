// Finds the people an article names: full names with the office written before them ("Secretary of
// State Antony Blinken") or beside them ("Han Dong-hoon, the leader of…"), later surname-only
// mentions resolved to the same person, "<Surname> administration" resolved through the curated
// office holders, and each person's country of affiliation.
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise/two';
import { slugOf } from '../domain/natural-keys';
import { PRISMA_DIR } from '../paths';
import { placeNamed, type CountryMention } from './countries';
import type { ArticleDocument, Sentence } from './document';

export interface OfficeHolder {
  name: string;
  aliases?: string[];
  title: string;
  country: string | null;
  from: string;
  to: string | null;
}

let officeHolders: OfficeHolder[] | undefined;

const isoDays = new WeakMap<Date, string>();
function isoDayOf(day: Date): string {
  let iso = isoDays.get(day);
  if (!iso) isoDays.set(day, (iso = day.toISOString().slice(0, 10)));
  return iso;
}

export function readOfficeHolders(): OfficeHolder[] {
  officeHolders ??= (
    JSON.parse(fs.readFileSync(path.join(PRISMA_DIR, 'reference', 'office-holders.json'), 'utf8')) as { holders: OfficeHolder[] }
  ).holders;
  return officeHolders;
}

function holdsOfficeOn(holder: OfficeHolder, day: Date | null): boolean {
  if (!day) return holder.to === null;
  const iso = isoDayOf(day);
  return holder.from <= iso && (holder.to === null || iso < holder.to);
}

/**
 * Offices written before a name, longest first. Lower-case role nouns ("leader", "spokesman") count
 * when they come right before a name, optionally after the organization ("White House spokesman").
 */
const TITLES = [
  'Deputy Secretary of State', 'Secretary of State', 'Secretary of Defense', 'Secretary of the Treasury', 'Secretary-General', 'Secretary General',
  'Vice President', 'President-elect', 'President', 'Deputy Prime Minister', 'Prime Minister', 'External Affairs Minister', 'Foreign Affairs Minister',
  'Foreign Minister', 'Defense Minister', 'Defence Minister', 'Finance Minister', 'Interior Minister', 'Trade Minister', 'Economy Minister', 'Minister',
  'Defense Secretary', 'Defence Secretary', 'Foreign Secretary', 'Home Secretary', 'Treasury Secretary', 'Press Secretary', 'Chancellor',
  'Crown Prince', 'King', 'Queen', 'Prince', 'Princess', 'Emir', 'Sultan', 'Pope', 'Cardinal', 'Archbishop', 'Speaker', 'Senator', 'Sen.',
  'Rep.', 'Representative', 'Governor', 'Gov.', 'Mayor', 'General', 'Gen.', 'Lt. Gen.', 'Admiral', 'Adm.', 'Ambassador', 'Special Envoy', 'Envoy',
  'Vice Premier', 'Premier', 'Supreme Leader', 'Leader', 'Chairman', 'Chairwoman', 'Chief of Staff', 'National Security Adviser', 'Chief Justice',
  'Attorney General', 'Commander',
];
/** Royal and papal titles make the name with a single given name ("Pope Francis", "Prince William"). */
const REGNAL_TITLES = new Set(['King', 'Queen', 'Prince', 'Princess', 'Pope', 'Emir', 'Sultan']);
const ROLE_NOUNS =
  'leader|co-leader|spokesman|spokeswoman|spokesperson|press secretary|secretary|minister|ambassador|envoy|chief|president|prime minister|chancellor|speaker|adviser|advisor|commander|governor|mayor|chairman|chairwoman|ceo|founder|billionaire|businessman|businesswoman|lawmaker|senator|activist|official|diplomat|general|emir|king|queen';
const MODIFIERS = /^(former|acting|interim|outgoing|incoming|then|late|ex)-?\s*/i;
const HONORIFICS = new Set(['Sheikh', 'Sheik', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Sir', 'Dame', 'Lord', 'Lady', 'Ayatollah']);
const PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'da', 'de', 'do', 'dos', 'das', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'di', 'du']);
const SUFFIXES = new Set(['Jr.', 'Sr.', 'II', 'III', 'IV']);
/** Capitalized words that make a run an organization, a place or a thing rather than a person. */
const NOT_NAME_WORDS = new Set(
  `Party Democrats Republicans Department Ministry House Council Assembly Congress Parliament Agency Force Forces Army Navy Guard Union Bank
  Committee Office Base Sea Square Basilica Church Cathedral University Airport News Post Times Journal Republic Kingdom States State Court Senate
  Cabinet Administration Government Corporation Systems Company Group Foundation Institute Summit Treaty Agreement Accord Strategy Initiative
  Program Programme Project Day Week Street Avenue Palace Hall Centre Center Zone Strait Gulf Ocean Islands Island River Shoal Peninsula Valley
  Mountains Desert Canal Bay Coast Media Agency Air Defence Defense Security Cooperation Alliance Organization Organisation Movement Front Pact
  Fund Association Federation Conference Forum Games Cup Museum Hospital School College Prize Award Act Law Bill Plan Order Declaration
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December
  Christian Social Democratic Liberal Conservative Labour Labor Green Greens Catholic Muslim Islamic Jewish Orthodox Protestant Western Eastern
  Northern Southern Middle East West North South Global Indo-Pacific Pacific Atlantic Black Red White Central Latin Advanced National International
  Federal Royal Supreme Joint United Special First Second Third New Old Great Grand Holy Saint St. Sainte Mount Lake Cape Port Fort Camp Northeast
  Southeast Northwest Southwest Arctic Caribbean Africa Asia Europe America Americas Oceania Antarctica Caucasus Balkans Baltic Nordic Gaza
  Diplomats Officials Troops Police Soldiers Lawmakers Analysts Critics Witnesses Residents Protesters Pentagon Kremlin Vatican Hamas Hezbollah Taliban NATO
  Aerospace Industries Dynamics Motors Electronics Technologies Technology Corp Corporation Inc Ltd Holdings Airlines Airways Energy
  Petroleum Oil Steel Heavy Shipbuilding Rotem Arms Munitions Partners Capital Bank Securities Media Television Radio`.split(/\s+/),
);

/** Words of the titles above: a name never starts with them ("Prime Minister Shigeru Ishiba"). */
const TITLE_WORDS = new Set(TITLES.flatMap((title) => title.split(' ')).filter((word) => !['of', 'the'].includes(word)));
/** Sentence openers and function words that are capitalized only by position. */
const FUNCTION_WORDS = new Set(
  'The A An In On At For But And Or After Before While When Where As By With Without From To Of Since Until Under Over Among Amid Despite During Within Last Next This That These Those It Its He She They We I Our Their His Her If Asked Although Though Even Still Yet So Then Now Once Both Each Every Some Many Most Several All No Not Only Also Meanwhile However Instead Separately Earlier Later Thousands Hundreds Dozens Officials Analysts Diplomats'.split(' '),
);

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
function lexiconTags(word: string): string[] {
  const tags = LEXICON[word.toLowerCase()];
  return Array.isArray(tags) ? tags : tags ? [tags] : [];
}
export const isGivenName = (word: string) => lexiconTags(word).some((tag) => /FirstName|MaleName|FemaleName/.test(tag));
const isNameWord = (word: string) => lexiconTags(word).some((tag) => /Name$|^Person$/.test(tag));
/** A capitalized word compromise knows as something other than a name ("The", "Within", "Troops"). */
const isCommonWord = (word: string) => {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((tag) => /Name$|^Person$|ProperNoun|Place|City|Country|Region|Honorific/.test(tag));
};

interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.'’-]*|[,;:—–()"“”]/gu;

function tokensOf(sentence: Sentence): Token[] {
  return [...sentence.text.matchAll(WORD)].map((match) => {
    let text = match[0];
    // A full stop ends the sentence unless the word is an initial or an abbreviation.
    if (text.endsWith('.') && !/^(\p{Lu}\.|(\p{Lu}\.)+|Jr\.|Sr\.|St\.|Mr\.|Mrs\.|Ms\.|Dr\.|Gen\.|Sen\.|Rep\.|Gov\.|Adm\.|Lt\.)$/u.test(text)) {
      text = text.slice(0, -1);
    }
    return { text, start: sentence.start + match.index!, end: sentence.start + match.index! + text.length };
  });
}

const stripPossessive = (word: string) => word.replace(/['’]s$/, '');
/** Capitalized, or an Arabic article joined to a capitalized name ("el-Sisi", "al-Assad"). */
const capitalized = (word: string) => /^\p{Lu}/u.test(word) || /^(el|al|ad|as|ash|an|ibn|bin)-\p{Lu}/u.test(word);

function isNameToken(token: Token | undefined): boolean {
  if (!token || !capitalized(token.text)) return false;
  const word = stripPossessive(token.text);
  if (NOT_NAME_WORDS.has(word) || HONORIFICS.has(word) || TITLE_WORDS.has(word) || FUNCTION_WORDS.has(word)) return false;
  if (/^\p{Lu}{2,}$/u.test(word) && word.length > 3) return false;
  if (placeNamed(word) && !isNameWord(word)) return false;
  if (/\d/.test(word)) return false;
  return true;
}

/** The name starting at `index` (particles, initials and a suffix included), or null. */
function nameAt(tokens: Token[], index: number): { first: number; last: number } | null {
  let position = index;
  while (tokens[position] && HONORIFICS.has(tokens[position].text)) position++;
  if (!isNameToken(tokens[position])) return null;
  const first = position;
  let last = position;
  for (let next = position + 1; next < tokens.length; next++) {
    if (/['’]s$/.test(tokens[last].text)) break;
    const token = tokens[next];
    if (PARTICLES.has(token.text) && isNameToken(tokens[next + 1])) continue;
    if (SUFFIXES.has(token.text) || (token.text === ',' && SUFFIXES.has(tokens[next + 1]?.text ?? ''))) {
      if (token.text !== ',') last = next;
      continue;
    }
    if (!isNameToken(token) || token.start - tokens[next - 1].end > 1) break;
    last = next;
  }
  return { first, last };
}

export interface PersonMention {
  start: number;
  end: number;
  sentence: Sentence;
}

export interface FoundPerson {
  name: string;
  slug: string;
  aliases: string[];
  title: string | null;
  country: string | null;
  mentions: PersonMention[];
  /** Where the title and the country were read, for the facts. */
  titleEvidence: PersonMention | null;
  countryEvidence: { mention: PersonMention; rule: string } | null;
}

interface Candidate {
  name: string;
  start: number;
  end: number;
  sentence: Sentence;
  title: string | null;
  titleStart: number;
  /** Country written in front of the title or name ("Japanese Prime Minister", "Azerbaijan's Aliyev"). */
  country: string | null;
  single: boolean;
}

function titleCase(title: string): string {
  return title.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}

/** Title phrase ending right before token `index`, scanning back from it. */
function titleBefore(tokens: Token[], index: number, text: string): { title: string; start: number; firstToken: number } | null {
  const end = tokens[index - 1]?.end;
  if (end === undefined) return null;
  const before = text.slice(Math.max(0, end - 60), end);
  for (const title of TITLES) {
    if (before.endsWith(title) && (before.length === title.length || /[\s(“"]/.test(before[before.length - title.length - 1]))) {
      let start = end - title.length;
      let written = title;
      const modifier = /(former|acting|interim|outgoing|incoming|then-|late)\s*$/i.exec(text.slice(Math.max(0, start - 12), start).trimEnd() + ' ');
      const lead = text.slice(Math.max(0, start - 12), start);
      const modifierMatch = /\b(former|acting|interim|outgoing|incoming|late)\s+$/i.exec(lead);
      if (modifierMatch && modifier) {
        start -= modifierMatch[0].length;
        written = `${titleCase(modifierMatch[1].toLowerCase())} ${title}`;
      }
      const firstToken = tokens.findIndex((token) => token.start >= start);
      return { title: written, start, firstToken };
    }
  }
  const role = new RegExp(`(?:^|\\s)((?:[\\p{Lu}][\\p{L}.-]*\\s+){0,3})(${ROLE_NOUNS})\\s*$`, 'u').exec(before);
  if (role) {
    const organization = role[1].trim();
    const start = end - role[0].trimStart().length;
    const firstToken = tokens.findIndex((token) => token.start >= start);
    const descriptor = /^(billionaire|businessman|businesswoman|founder|activist|official|diplomat|lawmaker)$/.test(role[2]);
    return { title: descriptor && !organization ? '' : `${organization ? `${organization} ` : ''}${role[2]}`, start, firstToken };
  }
  return null;
}

/** Country in front of a title or name: a demonym, a country name, or a possessive ("India's"). */
function countryBefore(text: string, start: number, sentenceStart: number): string | null {
  const before = text.slice(Math.max(sentenceStart, start - 40), start).trimEnd();
  for (let length = Math.min(before.length, 35); length >= 2; length--) {
    const candidate = before.slice(before.length - length);
    if (!/^[\p{Lu}]/u.test(candidate) || (length < before.length && /[\p{L}.]/u.test(before[before.length - length - 1]))) continue;
    const place = placeNamed(candidate);
    if (place && place.kind !== 'city') return place.code;
  }
  return null;
}

const SPEECH_AFTER = /^\s*(said|says|told|added|wrote|stated|announced|insisted|warned|urged|called|accused|congratulated|met|arrived|left|visited)\b/;
const APPOSITION_AFTER = new RegExp(`^,\\s+(?:the|a|an|[\\p{Lu}][\\p{L}]+['’]s)\\s+(?:[\\p{L}-]+\\s+){0,3}?(${ROLE_NOUNS}|sister|brother|wife|husband|son|daughter|dean|head|chief)\\b`, 'u');

function candidatesIn(sentence: Sentence, text: string, known: Set<string>): Candidate[] {
  const tokens = tokensOf(sentence);
  const found: Candidate[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const name = nameAt(tokens, index);
    if (!name) continue;
    const parts = tokens.slice(name.first, name.last + 1);
    // Leading words that are no part of a name: sentence openers ("The", "Within") and titles.
    // (Initials in capitals, "JD", are part of the name whatever the lexicon says.)
    // Only the sentence's first word is capitalized by position: "Dick" after a title stays a name.
    while (parts.length > 1 && parts[0] === tokens[0] && !/^\p{Lu}{2,3}$/u.test(parts[0].text) && isCommonWord(stripPossessive(parts[0].text))) parts.shift();
    const firstIndex = tokens.indexOf(parts[0]);
    let nameText = text.slice(parts[0].start, parts[parts.length - 1].end);
    nameText = stripPossessive(nameText);
    const end = parts[0].start + nameText.length;
    let title = titleBefore(tokens, firstIndex, text);
    if (title && title.start < sentence.start) title = null;
    const honorific = firstIndex > 0 && HONORIFICS.has(tokens[firstIndex - 1].text);
    const single = parts.length === 1 || (parts.length === 2 && parts[1].text === 'Jr.');
    index = name.last;
    const after = text.slice(end, end + 80);
    const titleText = title?.title ?? null;
    if (single) {
      if (titleText && REGNAL_TITLES.has(titleText.replace(MODIFIERS, ''))) {
        // "Pope Francis": the title is part of how the person is named.
        const regnal = titleText.replace(MODIFIERS, '');
        found.push({ name: `${regnal} ${nameText}`, start: parts[0].start - regnal.length - 1, end, sentence, title: titleText, titleStart: title!.start, country: countryBefore(text, title!.start, sentence.start), single: false });
      } else {
        found.push({ name: nameText, start: parts[0].start, end, sentence, title: titleText || null, titleStart: title?.start ?? parts[0].start, country: title ? countryBefore(text, title.start, sentence.start) : null, single: true });
      }
      continue;
    }
    const strongEvidence = title !== null || honorific;
    // "Abu Dhabi", "Sierra Leone": a place whose first word is also a given name.
    if (placeNamed(nameText)) continue;
    // "Several Democratic lawmakers": a run with a common word is no name unless a title or honorific says so.
    if (!strongEvidence && parts.some((part) => !PARTICLES.has(part.text) && !/^\p{Lu}{2,3}$/u.test(part.text) && isCommonWord(stripPossessive(part.text)) && !isNameWord(part.text))) continue;
    const evidence =
      title !== null ||
      honorific ||
      known.has(nameText) ||
      isGivenName(parts[0].text) ||
      SPEECH_AFTER.test(after) ||
      APPOSITION_AFTER.test(after) ||
      /,\s*$/.test(text.slice(Math.max(sentence.start, parts[0].start - 3), parts[0].start)) && /\p{Ll}\s*,\s*$/u.test(text.slice(Math.max(sentence.start, parts[0].start - 40), parts[0].start)) ||
      /['’]s\s+$/.test(text.slice(Math.max(sentence.start, parts[0].start - 4), parts[0].start));
    if (!evidence) continue;
    const titleStart = title?.start ?? parts[0].start;
    let appositionTitle: string | null = null;
    const apposition = APPOSITION_AFTER.exec(after);
    if (!titleText && apposition && /^(the|a|an)\b/.test(after.slice(2).trimStart())) appositionTitle = titleCase(apposition[1]);
    // "India's ambassador to Manila, Shambhu Kumaran": the office written before, set off by a comma.
    const commaTitle = !title ? /(?:^|[\s,])((?:[\p{Lu}][\p{L}.'’-]*\s+)?(?:the\s+)?(ambassador|envoy|emir|spokesman|spokeswoman|spokesperson|leader|minister|president)(?:\s+to\s+[\p{Lu}][\p{L}]+)?)\s*,\s*$/u.exec(text.slice(Math.max(sentence.start, titleStart - 60), titleStart)) : null;
    found.push({
      name: nameText,
      start: parts[0].start,
      end,
      sentence,
      title: titleText || appositionTitle || (commaTitle ? titleCase(commaTitle[2]) : null),
      titleStart: commaTitle ? titleStart - commaTitle[0].length : titleStart,
      country:
        countryBefore(text, commaTitle ? titleStart - commaTitle[0].trimStart().length : titleStart, sentence.start) ??
        (apposition ? countryIn(after.slice(0, after.indexOf(',', 1) > 0 ? after.indexOf(',', 1) : after.length)) : null),
      single: false,
    });
  }
  return found;
}

/** The first country a phrase names (", the French far-right leader," → FR). */
function countryIn(phrase: string): string | null {
  for (const match of phrase.matchAll(/[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*/gu)) {
    const words = match[0].split(/\s+/);
    for (let length = words.length; length >= 1; length--) {
      const place = placeNamed(words.slice(0, length).join(' '));
      if (place && place.kind !== 'city') return place.code;
    }
  }
  return null;
}

/** Name tokens a later mention may use alone: the family name, and the first word of an East Asian name. */
/**
 * A full name without middle initials and generational numerals ("Donald J. Trump" → "Donald
 * Trump", "Lloyd J. Austin III" → "Lloyd Austin"); a name with "Jr."/"Sr." keeps its form, and so
 * does one that is only initials and a surname. Used to find the curated office holder a formal
 * name belongs to; other names keep the form written (canonical forms differ: "Charles W. Hooper",
 * "George W. Bush" keep the initial).
 */
export function canonicalName(name: string): string {
  if (/\b(?:Jr|Sr)\.?$/.test(name)) return name;
  const words = name.split(' ');
  const kept = words.filter((word, index) => {
    if (index === 0 || index === words.length - 1) return !(index === words.length - 1 && /^(?:II|III|IV)$/.test(word) && words.length > 2);
    return !/^\p{Lu}\.?$/u.test(word);
  });
  const trimmed = kept.length >= 2 && /^(?:II|III|IV)$/.test(kept[kept.length - 1]) ? kept.slice(0, -1) : kept;
  return trimmed.length >= 2 && !/^\p{Lu}\.?$/u.test(trimmed[0]) ? trimmed.join(' ') : name;
}

function aliasesOf(name: string): string[] {
  const words = name.split(/\s+/).filter((word) => !PARTICLES.has(word) && !SUFFIXES.has(word) && !/^\p{Lu}\.$/u.test(word));
  if (words.length < 2) return [];
  const aliases = new Set<string>();
  // Family name first: a first word no lexicon gives as a given name, or the short syllables of a
  // Korean or Chinese name ("Kim Yo Jong", "Lee Jae-myung").
  const eastAsian = words.length >= 2 && words.every((word) => word.length <= 5 || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(word)) && words.slice(1).some((word) => /-/.test(word) || words.length === 3);
  if (eastAsian) return words[0].length > 1 && !placeNamed(words[0]) ? [words[0]] : [];
  const family = words[words.length - 1];
  if (family.length > 2) aliases.add(family);
  if (!isGivenName(words[0])) aliases.add(words[0]);
  // Compound family names ("Lula da Silva", "Al Thani"): the first capitalized word after the given names.
  if (words.length >= 3) aliases.add(words[words.length - 2]);
  return [...aliases].filter((alias) => !placeNamed(alias) && !REGNAL_TITLES.has(alias));
}

export interface PeopleContext {
  document: ArticleDocument;
  countries: CountryMention[];
  publishedAt: Date | null;
  datelineCountry: string | null;
}

/** The people of the article, in order of first mention, each with every mention. */
export function findPeople({ document, countries, publishedAt, datelineCountry }: PeopleContext): FoundPerson[] {
  const holders = readOfficeHolders();
  const holdersByName = new Map<string, OfficeHolder>();
  for (const holder of holders) {
    for (const name of [holder.name, ...(holder.aliases ?? [])]) {
      const current = holdersByName.get(name);
      if (!current || holdsOfficeOn(holder, publishedAt)) holdersByName.set(name, holder);
    }
  }
  const known = new Set(holdersByName.keys());
  const candidates = document.sentences.flatMap((sentence) => candidatesIn(sentence, document.text, known));

  const people: FoundPerson[] = [];
  const byName = new Map<string, FoundPerson>();
  const mentionOf = (candidate: Candidate): PersonMention => ({ start: candidate.start, end: candidate.end, sentence: candidate.sentence });
  // Full names first, so single words can resolve to them wherever they are.
  /** The person of this name, created on first sight. */
  const personNamed = (name: string): FoundPerson => {
    let person = byName.get(name);
    if (!person) {
      person = { name, slug: slugOf(name), aliases: [], title: null, country: null, mentions: [], titleEvidence: null, countryEvidence: null };
      people.push(person);
      byName.set(name, person);
    }
    return person;
  };
  /** A mention of the person; the first title and country written with one are theirs. */
  const record = (person: FoundPerson, candidate: (typeof candidates)[number]): void => {
    person.mentions.push(mentionOf(candidate));
    if (candidate.title && !person.title) {
      person.title = candidate.title;
      person.titleEvidence = mentionOf(candidate);
    }
    if (candidate.country && !person.countryEvidence) {
      person.country = candidate.country;
      person.countryEvidence = { mention: mentionOf(candidate), rule: 'country written before the title or name' };
    }
  };
  for (const candidate of candidates.filter((candidate) => !candidate.single)) {
    const holder = holdersByName.get(candidate.name);
    const plain = canonicalName(candidate.name);
    const plainHolder = holdersByName.get(plain);
    const name =
      holder && holder.aliases?.includes(candidate.name) && candidate.name.split(' ').length < holder.name.split(' ').length
        ? holder.name
        : plainHolder
          ? plainHolder.name
          : candidate.name;
    const person = byName.get(name) ?? people.find((existing) => existing.name.endsWith(` ${name}`) || name.endsWith(` ${existing.name}`)) ?? personNamed(name);
    record(person, candidate);
  }

  const byAlias = new Map<string, FoundPerson | null>();
  for (const person of people) {
    const holder = holdersByName.get(person.name);
    for (const alias of [...aliasesOf(person.name), ...(holder?.aliases ?? []).filter((alias) => !alias.includes(' '))]) {
      byAlias.set(alias, byAlias.has(alias) && byAlias.get(alias) !== person ? null : person);
    }
  }
  // "Biden administration", "Macron said": a surname alone names the office holder of the day.
  const holderBySurname = new Map<string, OfficeHolder>();
  for (const holder of holders) {
    if (!holdsOfficeOn(holder, publishedAt)) continue;
    for (const alias of [...aliasesOf(holder.name), ...(holder.aliases ?? []).filter((alias) => !alias.includes(' '))]) {
      holderBySurname.set(alias, holder);
    }
  }
  // A word two people share ("Kim") means the one mentioned last before it.
  const nearestSharing = (word: string, at: number): FoundPerson | undefined =>
    people
      .filter((person) => aliasesOf(person.name).includes(word))
      .map((person) => ({ person, last: Math.max(-1, ...person.mentions.filter((mention) => mention.start < at).map((mention) => mention.start)) }))
      .filter((entry) => entry.last >= 0)
      .sort((a, b) => b.last - a.last)[0]?.person;
  for (const candidate of candidates.filter((candidate) => candidate.single)) {
    let person = byAlias.get(candidate.name) ?? byName.get(candidate.name) ?? (byAlias.has(candidate.name) ? nearestSharing(candidate.name, candidate.start) : undefined);
    if (!person) {
      const holder = holderBySurname.get(candidate.name);
      const administration = /^\s*(administration|government)\b/.test(document.text.slice(candidate.end, candidate.end + 20));
      if (!holder || (!administration && !candidate.title && !SPEECH_AFTER.test(document.text.slice(candidate.end, candidate.end + 30)))) continue;
      const known = byName.has(holder.name);
      person = personNamed(holder.name);
      if (!known) for (const alias of aliasesOf(holder.name)) if (!byAlias.has(alias)) byAlias.set(alias, person);
    }
    if (!person) continue;
    record(person, candidate);
  }

  const mostMentioned = mostMentionedCountry(countries);
  for (const person of people) {
    person.mentions.sort((a, b) => a.start - b.start);
    const usedAliases = new Set(person.mentions.map((mention) => document.text.slice(mention.start, mention.end)).filter((text) => text !== person.name));
    person.aliases = [...new Set([...aliasesOf(person.name), ...usedAliases])].filter((alias) => alias !== person.name);
    const holder = holdersByName.get(person.name);
    if (holder && !person.title && holdsOfficeOn(holder, publishedAt)) person.title = holder.title;
    if (!person.countryEvidence) affiliate(person, holder, countries, document.text, datelineCountry, mostMentioned);
  }
  return people.filter((person) => person.mentions.length > 0);
}

function mostMentionedCountry(countries: CountryMention[]): string | null {
  const counts = new Map<string, number>();
  for (const mention of countries) counts.set(mention.code, (counts.get(mention.code) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Titles that belong to one country's government whatever the article is about. */
const NATIONAL_TITLES: Record<string, string> = { 'Secretary of State': 'US', 'Deputy Secretary of State': 'US', 'External Affairs Minister': 'IN' };
const NATIONAL_ORGANIZATIONS: [RegExp, string][] = [
  [/\b(White House|State Department|Pentagon)\b/, 'US'],
  [/\bKremlin\b/, 'RU'],
  [/\bDowning Street\b/, 'GB'],
  [/\bElysee|Élysée\b/, 'FR'],
];

/**
 * Affiliation when nothing is written in front of the person: the curated office holder's country;
 * a national title or organization; the nearest country named earlier in the same sentence, then in
 * the same paragraph; the dateline's country; the article's most mentioned country.
 */
function affiliate(
  person: FoundPerson,
  holder: OfficeHolder | undefined,
  countries: CountryMention[],
  text: string,
  datelineCountry: string | null,
  mostMentioned: string | null,
): void {
  const first = person.mentions[0];
  const set = (country: string | null, rule: string) => {
    if (!country || person.countryEvidence) return;
    person.country = country;
    person.countryEvidence = { mention: first, rule };
  };
  if (holder?.country) set(holder.country, 'curated office holder');
  const title = person.title?.replace(MODIFIERS, '') ?? '';
  if (NATIONAL_TITLES[title]) set(NATIONAL_TITLES[title], 'national title');
  for (const [pattern, country] of NATIONAL_ORGANIZATIONS) if (pattern.test(person.title ?? '')) set(country, 'national organization in the title');
  const mention = person.titleEvidence ?? first;
  // Where a person travels to is not where they come from ("Hegseth visited Manila").
  const visited = new Set(
    countries
      .filter((country) =>
        person.mentions.some(
          (own) => own.sentence.start <= country.start && own.end <= country.start && country.end <= own.sentence.end &&
            /^\W*(?:\w+\s+){0,3}?(visit\w*|travel\w*|stopped in|arriv\w* in|flew to|flies to|fly to|heads? to|headed to|in)\s+(the\s+)?$/i.test(text.slice(own.end, country.start)),
        ),
      )
      .map((country) => country.code),
  );
  const earlier = countries.filter((country) => country.start < mention.start && country.kind !== 'city' && !visited.has(country.code));
  const inSentence = earlier.filter((country) => country.start >= mention.sentence.start).pop();
  set(inSentence?.code ?? null, 'nearest country earlier in the sentence');
  // Same paragraph: no line break between the country and the sentence.
  const inParagraph = earlier.filter((country) => !text.slice(country.end, mention.sentence.start).includes('\n')).pop();
  set(inParagraph?.code ?? null, 'nearest country earlier in the paragraph');
  set(datelineCountry, 'dateline');
  set(mostMentioned, 'most mentioned country');
}
