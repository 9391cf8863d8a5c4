// Finds the people an article names: full names with the office written before them ("Secretary of
// State Antony Blinken") or beside them ("Han Dong-hoon, the leader of…"), later surname-only
// mentions resolved to the same person, "<Surname> administration" resolved through the curated
// office holders, and each person's country of affiliation.
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise/two';
import { slugOf } from '../domain/natural-keys';
import { PRISMA_DIR } from '../paths';
import stateOrganizations from '../../prisma/reference/state-organizations.json';
import defenceCompanies from '../../prisma/reference/defence-companies.json';
import { placeNamed, type CountryMention } from './countries';
import { matchesInDocument, sentenceAt, type ArticleDocument, type Sentence } from './document';
import { isLowerCaseWord, isPlainWord } from './english-words';
import { readGivenNames } from './given-names';
import { unaccented } from './letters';
import { misspeltWords, mostWrittenSpelling, plainWords, spelledAlike, surnameSpelledAlike } from './name-spellings';
import { escapeRegExp, oncePerText } from './regexp';
import { AGE_AFTER, HUMAN_VERB_AFTER, namesNoPerson, NATIONALITY_NOUNS, personSetOffAfterNoun, KIND_NOUN_BEFORE, PERSON_COMPLEMENT_BEFORE, PERSON_PASSIVE_AFTER, PERSON_POSSESSION_AFTER, PERSON_RELATION_BEFORE, personAppositionAfter, personAppositionWithoutArticle, personGroupBefore, personNounBefore, personNounOrPlural, personPredicateAfter, INTRODUCED_BEFORE, PREPOSITION_BEFORE, reporterIntroduced, SPEECH_BEFORE, WHO_AFTER, HEADLINE_PASSIVE_AFTER, isFateParticiple, isPersonNoun } from './person-contexts';

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
  ).holders.map(regnalNameOf);
  return officeHolders;
}

/**
 * "King Charles III" is "Charles III", "Pope Leo XIV" is "Leo XIV": a monarch's or pope's name with its ordinal is the
 * canonical form without the title, as "Benedict XVI" and "Elizabeth II" are ("Pope Francis", without one, keeps it).
 */
const ORDINALS = 'I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI';
const TITLED_REGNAL_NAME = new RegExp(`^(?:King|Queen|Pope|Emir|Sultan)\\s+(.+\\s(?:${ORDINALS}))$`);
function regnalNameOf(holder: OfficeHolder): OfficeHolder {
  const regnal = TITLED_REGNAL_NAME.exec(holder.name);
  if (!regnal) return holder;
  return { ...holder, name: regnal[1], aliases: [...new Set([holder.name, ...(holder.aliases ?? [])])].filter((alias) => alias !== regnal[1]) };
}

/**
 * "Petricek" is "Petříček": press copy often drops the accents the reference keeps. And "Mohamed bin Salman" is
 * "Mohammed bin Salman": the press spells the Prophet's name as many ways as it transliterates it, and the Arabic
 * article before a family name as "al-", "el-", "Al " or "El " ("Abdel Fattah Al Sisi" is "Abdel Fattah el-Sisi").
 */
const foldedNow = (name: string) =>
  unaccented(name)
    .replace(/\bM[ou]hamm?[ae]d\b/g, 'Muhammad')
    .replace(/(?<=\s)(?:[Aa]l|[Ee]l)[- ](?=\p{Lu})/gu, 'al-')
    // "Mohammad Bin Salman": a patronymic's particle capitalized as in a headline
    .replace(/(?<=\s)(?:Bin|Ibn|Bint)(?=\s)/g, (particle) => particle.toLowerCase())
    // a Korean given name hyphenated or not ("Lee Jae-myung", "Lee Jae Myung": session 32)
    .replace(/(?<=\s\p{Lu}\p{Ll}+)-(\p{Ll})/gu, (_, letter: string) => ` ${letter.toUpperCase()}`);

/** Names folded before: the same few hundred names (a text's, the office holders') are compared again and again. */
const FOLDED = new Map<string, string>();

/** `foldedNow`, each name folded once (the cache kept within a bound that the names of a long text fit many times over). */
function folded(name: string): string {
  let fold = FOLDED.get(name);
  if (fold === undefined) {
    if (FOLDED.size >= 100_000) FOLDED.clear();
    FOLDED.set(name, (fold = foldedNow(name)));
  }
  return fold;
}

/** "President-elect Buhari": the holder whose term begins within a year after the day. */
function electedOn(holder: OfficeHolder, day: Date | null): boolean {
  if (!day) return false;
  const iso = isoDayOf(day);
  return holder.from > iso && holder.from <= `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
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
  // One title for several names ("Foreign Ministers Penny Wong of Australia and Winston Peters of New Zealand"): read as the singular.
  'Foreign Ministers', 'Defense Ministers', 'Defence Ministers', 'Prime Ministers', 'Presidents', 'Chancellors', 'Senators', 'Ambassadors', 'Ministers',
  'Deputy Secretary of State', 'Secretary of State', 'Secretary of Defense', 'Secretary of the Treasury', 'Secretary-General', 'Secretary General',
  'Vice President', 'President-elect', 'President-Elect', 'President', 'Deputy Prime Minister', 'Prime Minister', 'External Affairs Minister', 'Foreign Affairs Minister',
  'Foreign Minister', 'Defense Minister', 'Defence Minister', 'Finance Minister', 'Interior Minister', 'Trade Minister', 'Economy Minister', 'Minister',
  'Defense Secretary', 'Defence Secretary', 'Foreign Secretary', 'Home Secretary', 'Treasury Secretary', 'Press Secretary', 'Chancellor',
  'Crown Prince', 'King', 'Queen', 'Prince', 'Princess', 'Emir', 'Sultan', 'Pope', 'Patriarch', 'Cardinal', 'Archbishop', 'Speaker', 'Senator', 'Sen.',
  'Rep.', 'Representative', 'Governor', 'Gov.', 'Mayor', 'General', 'Gen.', 'Lt. Gen.', 'Admiral', 'Adm.', 'Ambassador', 'Special Envoy', 'Envoy',
  'Vice Premier', 'Premier', 'Supreme Leader', 'Leader', 'Chairman', 'Chairwoman', 'Chief of Staff', 'National Security Adviser', 'Chief Justice',
  'Attorney General', 'Commander', 'Director General', 'Director-General', 'Spokesperson', 'Spokesman', 'Spokeswoman',
  'Chargé d’Affaires', 'Charge d’Affaires', "Chargé d'Affaires", "Charge d'Affaires", 'Secretary',
  // Military ranks, written before the name in defence releases ("Maj. Gen. Pat Ryder", "Sgt. Aaron Hostutler").
  'Maj. Gen.', 'Brig. Gen.', 'Rear Adm.', 'Vice Adm.', 'Lt. Col.', 'Col.', 'Maj.', 'Capt.', 'Sgt.', 'Lt.',
  'Lieutenant General', 'Major General', 'Brigadier General', 'Lieutenant Colonel', 'Colonel', 'Field Marshal', 'Field Marshall', 'Marshal', 'Captain',
  // Congressional notices go to the chair and the ranking member; ministries have deputies and vice ministers.
  'Ranking Member', 'Chair', 'Chairperson', 'Deputy Foreign Minister', 'Vice Foreign Minister', 'Deputy Minister', 'Vice Minister',
  'Under Secretary', 'Assistant Secretary', 'Deputy Secretary', 'Secretary of National Defense', 'State Counsellor', 'Opposition Leader', 'PM',
  // Offices of the courts, of a Commonwealth mission and of China's State Council; the American spelling of the adviser.
  'Judge', 'Special Counsel', 'High Commissioner', 'State Councilor', 'State Councillor', 'National Security Advisor',
  // A company's officers, capitalized after its name ("Fincantieri Chief Executive …"); British and Commonwealth ranks.
  'Chief Executive Officer', 'Chief Executive', 'Managing Director', 'Brigadier', 'Lieutenant',
  // The naval and air ranks between captain and rear admiral ("Commodore Tevita Lolo", "Air Commodore …").
  'Air Commodore', 'Commodore', 'Cdre',
  // Ranks abbreviated without full stops, as British, South Asian and Thai presses write them ("Gen Asim Munir", "Lt Gen …",
  // "Air Chief Marshal …"), the Thai police's among them ("Pol Gen …"); and a dotted rank with an undotted grade ("Lt. Gen …").
  'Gen', 'Lt Gen', 'Maj Gen', 'Brig Gen', 'Lt. Gen', 'Maj. Gen', 'Brig. Gen', 'Lt Col', 'Col', 'Adm', 'Vice Adm', 'Rear Adm', 'Capt', 'Sgt',
  'Air Chief Marshal', 'Air Marshal', 'Air Vice Marshal', 'Pol Gen', 'Pol Lt Gen', 'Pol Maj Gen', 'Pol Col',
  // An emperor's or empress's title is a translation, no part of the name they are known by ("Emperor Akihito" is Akihito,
  // "Empress Masako" Masako), unlike a king's or pope's style that makes the name ("Pope Francis").
  'Emperor', 'Empress',
];
/**
 * Offices the press writes as initials before a name ("EAM Jaishankar", "NSA Ajit Doval", "FM Wang Yi"), read as the
 * office they stand for, so that the holder of the day is found by the surname after them.
 */
const OFFICE_INITIALS: Record<string, string> = {
  EAM: 'External Affairs Minister',
  NSA: 'National Security Adviser',
  DPM: 'Deputy Prime Minister',
  FM: 'Foreign Minister',
  VP: 'Vice President',
  // "Prez Akufo-Addo": the press's clipping of the office, read as it.
  Prez: 'President',
};
/**
 * "Vice-President", "Deputy-Minister", "Undersecretary": an office's words joined by a hyphen or closed up, as some presses
 * write them, are that office (read as the list writes it).
 */
const JOINED_TITLES: Record<string, string> = Object.fromEntries([
  ...TITLES.filter((title) => / \p{Lu}/u.test(title)).map((title) => [title.replace(/(?<=(?:^| )\p{Lu}\p{L}*) (?=\p{Lu})/gu, '-'), title]).filter(([joined]) => !TITLES.includes(joined)),
  ['Undersecretary', 'Under Secretary'],
]);
/** "Deputy Secretary Campbell", "Vice Foreign Minister Okano": the longest office written wins over the one it ends with. */
const TITLES_LONGEST_FIRST = [...TITLES, ...Object.keys(OFFICE_INITIALS), ...Object.keys(JOINED_TITLES)].sort((a, b) => b.length - a.length);
/** Offices the press misspells before a name, a letter off ("Preisdent Carter", "Prime Minster Nawaz Sharif", "Presidnet …"). */
const OFTEN_MISSPELT_TITLES = ['President', 'Minister', 'Secretary', 'General', 'Ambassador', 'Chancellor', 'Governor', 'Senator', 'Spokesman', 'Premier'];
/** One letter added, dropped or changed, or two neighbours swapped ("Preisdent" of "President", "Minster" of "Minister"). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  const swapped = a.length === b.length && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
  return swapped || a.slice(at + 1) === b.slice(at + 1) || a.slice(at) === b.slice(at + 1) || a.slice(at + 1) === b.slice(at);
}
/**
 * The office a word before a name misspells, or null: a word a letter off one of `OFTEN_MISSPELT_TITLES` that is no word of
 * the language and no name ("Preisdent"), or a word of the language that makes a written office with the word before it
 * once corrected ("Prime Minster": "minster" is a church, "Prime Minister" the office).
 */
function misspeltTitle(word: string, wordBefore: string | undefined): string | null {
  if (!/^\p{Lu}\p{Ll}{4,}$/u.test(word) || TITLE_WORDS.has(word)) return null;
  const title = OFTEN_MISSPELT_TITLES.find((office) => oneEditApart(word, office));
  if (!title) return null;
  const noWord = !isPlainWord(word) && lexiconTags(word).length === 0 && !isGivenName(word);
  return noWord || (wordBefore !== undefined && TITLES.includes(`${wordBefore} ${title}`)) ? title : null;
}
/** Royal and papal titles make the name with a single given name ("Pope Francis", "Prince William", "Patriarch Kirill"). */
const REGNAL_TITLES = new Set(['King', 'Queen', 'Prince', 'Princess', 'Pope', 'Patriarch', 'Emir', 'Sultan']);
const ROLE_NOUNS =
  'judge|counsel|blogger|lawyer|pastor|imam|writer|poet|leader|co-leader|counterpart|candidate|colonel|cleric|journalist|dissident|negotiator|ranking member|chief executive|head|spokesman|spokeswoman|spokesperson|press secretary|secretary|minister|ambassador|envoy|chief|president|prime minister|chancellor|speaker|adviser|advisor|commander|governor|mayor|chairman|chairwoman|chairperson|commissioner|ceo|founder|billionaire|businessman|businesswoman|lawmaker|senator|activist|official|diplomat|general|emir|king|queen|wife|husband|widow|son|daughter|sister|brother|father|mother';
const MODIFIERS = /^(former|acting|interim|outgoing|incoming|then|late|ex)-?\s*/i;
const HONORIFICS = new Set([
  'Sheikh', 'Sheik', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Sir', 'Dame', 'Lord', 'Lady', 'Ayatollah', 'Hon', 'Hon.', 'Honorable', 'Honourable', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Prof.', 'Rt.', 'Rt', 'H.E.', 'Excellency', 'Highness', 'Madame', 'Madam',
  // Religious and pilgrim's styles written before Afghan, Pakistani and West African names ("Mawlawi Abdul Karim …", "Haji …",
  // "Alhaji …"): a style, no part of the name, as "Sheikh" before a ruler's.
  'Mawlawi', 'Maulvi', 'Moulvi', 'Maulana', 'Haji', 'Hajji', 'Alhaji', 'Alhaja', 'Hajia',
  // Indian styles of courtesy ("Prime Minister Shri …", "Smt. …") and Malaysian honours ("Datuk Seri …", "Dato' Sri …",
  // "Tun …"): styles written before the name, no part of it.
  'Shri', 'Shree', 'Shrimati', 'Smt', 'Smt.', 'Sushri', 'Datuk', 'Dato', "Dato'", 'Dato’', 'Datin', 'Tun', 'Toh',
  // The Punjabi style of respect ("Mian Muhammad Nawaz Sharif"), the Fijian chiefly title ("Ratu …") and the Indonesian
  // "Bapak" before a man's name: styles as well.
  'Mian', 'Ratu', 'Bapak',
  // The Khmer style of the highest rank ("Samdech Hun Manet") and Bhutan's styles of the prime minister, ministers and
  // officials the King honours ("Lyonchhen Tshering Tobgay", "Lyonpo …", "Dasho …"): styles, no part of the name.
  'Samdech', 'Lyonchhen', 'Lyonpo', 'Dasho',
  // Styles of learning and religion of other languages, written before the name as "Sheikh" and "Maulana" are: the Hausa
  // "Mallam"/"Malam" (a learned man, "Mr" in northern Nigeria), the Persian and Afghan "Mullah" and "Hojatoleslam", the Malay
  // and Indonesian "Ustaz" and "Kyai" (a religious teacher), the Indonesian "Ibu" before a woman's name (as "Bapak" before a
  // man's), and the professional styles West African and South Asian papers write ("Barrister", "Engr."): no part of the name.
  'Mallam', 'Malam', 'Mullah', 'Hojatoleslam', 'Hojjatoleslam', 'Ustaz', 'Ustadz', 'Kyai', 'Ibu', 'Barrister', 'Engr.', 'Engr',
]);
/**
 * The words of a Khmer honorific title that follow "Samdech" ("Samdech Akka Moha Sena Padei Techo Hun Sen", "Samdech
 * Moha Borvor Thipadei Hun Manet", "Samdech Techo …"): a style only in that chain ("Sena" alone may be a name).
 */
const KHMER_TITLE_WORDS = new Set(['Akka', 'Moha', 'Sena', 'Padei', 'Techo', 'Borvor', 'Thipadei', 'Vibol', 'Pheakdei', 'Krolahom', 'Thomma', 'Pothisal', 'Rattana', 'Sambath']);
/**
 * "Tan Sri …", "Puan Sri …", "Datuk Seri …", "Dato' Sri …": words of a Malaysian honour that are a style only beside
 * its other word ("Tan" alone is a family name, "Sri" alone opens "Sri Lanka").
 */
const HONOUR_PAIRS: [string, string][] = [
  ['Tan', 'Sri'],
  ['Puan', 'Sri'],
  ['Toh', 'Puan'],
  ...['Datuk', 'Dato', "Dato'", 'Dato’', 'Datin'].flatMap((style): [string, string][] => [
    [style, 'Seri'],
    [style, 'Sri'],
  ]),
];
/** The word at `at` is a style before a name: an honorific, or a word of a two-word honour beside its other word. */
function isHonorificAt(tokens: Token[], at: number): boolean {
  const word = tokens[at]?.text;
  if (word === undefined) return false;
  if (HONORIFICS.has(word)) return true;
  if (KHMER_TITLE_WORDS.has(word)) {
    let before = at - 1;
    while (before >= 0 && KHMER_TITLE_WORDS.has(tokens[before].text)) before--;
    if (tokens[before]?.text === 'Samdech') return true;
  }
  return HONOUR_PAIRS.some(([first, second]) => (word === first && tokens[at + 1]?.text === second) || (word === second && tokens[at - 1]?.text === first));
}
/** Honorifics that name a person by surname alone ("Mr. Wang"): not royal or religious styles that go with a given name. */
const SURNAME_HONORIFICS = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Mr', 'Mrs', 'Ms', 'Dr']);
/** Letters after a name ("Richard Marles MP", "Charles W. Hooper, USA"): the name ends before them. */
const POST_NOMINALS = new Set(['MP', 'MPs', 'QC', 'KC', 'MEP', 'MLA', 'MSP', 'TD', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'GCMG', 'KCMG', 'CMG', 'PhD', 'USA', 'USN', 'USAF', 'USMC', 'Ret', 'Ret.']);
/**
 * "Declan Furlong T.D.", "Ann Rowe M.P.": the same letters written with full stops end a name too, where they close the run
 * (before them the dotted letters may be a given name's initials, "T.D. Jakes").
 */
const dottedPostNominal = (tokens: Token[], at: number) =>
  /^(?:\p{Lu}\.){2,3}$/u.test(tokens[at].text) && POST_NOMINALS.has(tokens[at].text.replace(/\./g, '')) && !capitalized(tokens[at + 1]?.text ?? '');
const PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'da', 'de', 'do', 'dos', 'das', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'di', 'du']);
/** A pope's or monarch's ordinal after the name it bears ("John Paul II", "Benedict XVI"); "I" alone is too often the pronoun. */
const REGNAL_ORDINALS = new Set(['II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXI', 'XXII', 'XXIII']);
/** A saint's style written before a canonized pope's or monarch's name. */
const SAINT_STYLES = new Set(['St', 'St.', 'Saint']);
/**
 * Names popes take that are words of the language or missing from the given-name registers ("Benedict", "Leo", "Pius",
 * "Urban", "Innocent"): before an ordinal they are a regnal name, not a word ("Benedict XVI, who resigned …").
 */
const PAPAL_NAMES = new Set('Benedict Leo Pius Urban Clement Innocent Boniface Sixtus Celestine Gregory Hadrian Adrian Julius Nicholas Alexander Paul Sergius Stephen'.split(' '));
/** Generational suffixes, and a pope's or monarch's ordinal ("Benedict XVI", "Leo XIV"). */
const SUFFIXES = new Set(['Jr.', 'Sr.', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX']);
/** Capitalized words that make a run an organization, a place or a thing rather than a person. */
const NOT_NAME_WORDS = new Set(
  `Party Democrats Republicans Department Ministry House Council Assembly Congress Parliament Agency Force Forces Army Navy Guard Union Bank
  Committee Office Base Sea Square Basilica Church Cathedral University Airport News Post Times Journal Republic Kingdom States State Court Senate
  Cabinet Administration Government Corporation Systems Company Group Foundation Institute Summit Treaty Agreement Accord Accords Strategy Initiative
  Authority Authorities Commission Directorate Secretariat Command Headquarters Industries
  Program Programme Project Day Week Street Avenue Palace Hall Centre Center Zone Strait Gulf Ocean Islands Island River Shoal Peninsula Valley
  Mountains Desert Canal Bay Coast Media Agency Air Defence Defense Security Cooperation Alliance Organization Organisation Movement Front Pact
  Fund Association Federation Conference Forum Games Cup Museum Hospital School College Prize Award Act Law Bill Plan Order Declaration
  Mosque Temple Shrine Mausoleum Tomb Library Hotel Carrier Strike Expeditionary Amphibious TV Channel Network Station Terminal Barracks Garrison Arsenal Dockyard Shipyard Rada Knesset Duma Bundestag Bundesrat Sejm Storting Riksdag Folketing Majlis Shura Jirga Loya Lok Sabha
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December
  Christian Social Democratic Liberal Conservative Labour Labor Green Greens Catholic Muslim Islamic Jewish Orthodox Protestant Western Eastern
  Northern Southern Middle East West North South Global Indo-Pacific Pacific Atlantic Black Red White Central Latin Advanced National International
  Federal Royal Supreme Joint United Special First Second Third New Old Great Grand Holy Saint St. Sainte Mount Lake Cape Port Fort Camp Northeast
  Southeast Northwest Southwest Arctic Caribbean Africa Asia Europe America Americas Oceania Antarctica Caucasus Balkans Baltic Nordic Gaza
  Diplomats Officials Troops Police Soldiers Lawmakers Analysts Critics Witnesses Residents Protesters Pentagon Kremlin Vatican Hamas Hezbollah Taliban NATO
  Aerospace Industries Dynamics Motors Electronics Technologies Technology Corp Corporation Inc Ltd Holdings Airlines Airways Energy
  Petroleum Oil Steel Heavy Shipbuilding Rotem Arms Munitions Partners Capital Bank Securities Media Television Radio
  Affairs Relations Development Commerce Finance Justice Interior Policy Economy Staff Trade Veterans Homeland
  Industry Resources Infrastructure Health Education Agriculture Environment Transport Tourism Immigration Communications Housing Employment Science Innovation Territories Procurement Materiel Sustainment
  Haram Qaeda Shabaab ISIS ISIL Houthis Houthi Wagner Parliamentary
  Images Jazeera Arabiya Sinmun Yonhap Kyodo Interfax Anadolu Xinhua Reuters Sputnik Pravda Izvestia Haaretz Shimbun Nikkei Hurriyet Tass Agence Presse`.split(/\s+/),
);
/** Prefixes of ships' names ("USS Ronald Reagan", "HMS Queen Elizabeth", "BRP Sierra Madre"): the run after them is a ship. */
const SHIP_PREFIXES = new Set(['USS', 'USNS', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'INS', 'JS', 'ROKS', 'BRP', 'TCG', 'FS', 'ARA', 'KRI', 'RFS', 'MV', 'SS']);
/** Family names that are also words a name run otherwise stops at (compass points, colours, places of a town). */
const WORD_SURNAMES = new Set(['West', 'East', 'North', 'South', 'Black', 'White', 'Green', 'Brown', 'Gray', 'Grey', 'Church', 'Hall', 'Bishop', 'Law', 'Street', 'Lake', 'Cross', 'Ward', 'Young']);
/** Titles that are English family names too ("Angus King", "Winston Lord", "John Major"): a family name after given names alone. */
const TITLE_SURNAMES = new Set(['King', 'Lord', 'Major', 'Prince', 'Marshal', 'Judge', 'Dean', 'Pope']);
const MONTHS = new Set('January February March April May June July August September October November December'.split(' '));

/** Organizations that stand for a state (prisma/reference/state-organizations.json): never a person's name. */
const STATE_ORGANIZATIONS = new Set(Object.values(stateOrganizations.organizations as Record<string, string[]>).flat());
/** Defence makers (prisma/reference/defence-companies.json): "Lockheed Martin said" is a company speaking, not a person. */
const COMPANY_NAMES = new Set(Object.values(defenceCompanies.companies as Record<string, string[]>).flat());
/**
 * A verb right after a run ("Raila Odinga rejected …", "Assimi Goita has named …"): a run of
 * proper-case words no lexicon knows as common words, acting as a subject, is someone's name.
 */
const VERB_AFTER =
  /^\s+(?:(?:has|had|have|also|then|later|again|reportedly|previously|recently|himself|herself)\s+)*(?:rejected|resigned|conceded|vowed|denied|accused|appointed|named|ordered|pledged|promised|declared|fled|died|won|took (?:power|office|control)|seized power|stepped down|was (?:sworn|elected|re-elected|arrested|ousted|overthrown|killed|detained|impeached|deposed|inaugurated)|has been (?:arrested|ousted|detained|impeached|elected))\b/u;

/** Words of the titles above: a name never starts with them ("Prime Minister Shigeru Ishiba"). */
const TITLE_WORDS = new Set([...TITLES, ...Object.keys(OFFICE_INITIALS), ...Object.keys(JOINED_TITLES)].flatMap((title) => title.split(' ')).filter((word) => !['of', 'the'].includes(word)));
/** Words of military ranks that the press joins with a hyphen ("Major-General", "Lieutenant-Colonel", "Colonel-Major", "Lt-General", "Maj-Gen"). */
const RANK_WORDS = new Set(['Major', 'Lieutenant', 'Brigadier', 'Colonel', 'General', 'Admiral', 'Rear', 'Vice', 'Marshal', 'Field', 'Captain', 'Commander', 'Commodore', 'Sergeant', 'Air', 'Chief', 'Lt', 'Maj', 'Brig', 'Gen', 'Col']);
/**
 * "Major-General", "Colonel-Major": a rank whose words are joined by hyphens is an office, never a word of the name after it.
 * (British and Commonwealth style writes the later words in lower case: "Vice-admiral", "Lieutenant-general".)
 */
const hyphenatedRank = (word: string): boolean => {
  const parts = word.split('-').map((part, at) => (at > 0 ? part.charAt(0).toUpperCase() + part.slice(1) : part));
  return parts.length > 1 && parts.every((part) => RANK_WORDS.has(part)) && parts.some((part) => TITLE_WORDS.has(part) || TITLE_WORDS.has(`${part}.`));
};
/**
 * "Then-President", "ex-Minister", "former-President": a modifier of time joined to an office by a hyphen, as the press
 * writes it; the office is read through the hyphen (group 1 the modifier), and the joined word is never a name's.
 */
const JOINED_MODIFIER = /(?<=^|[\s(“"])(then|ex|former|late)-(?=\p{L})/giu;
const joinedModifierOffice = (word: string): boolean => {
  const office = /^(?:then|ex|former|late)-(\p{L}[\p{L}.]*)$/iu.exec(word)?.[1];
  if (!office) return false;
  const capitalizedOffice = `${office[0].toUpperCase()}${office.slice(1)}`;
  return TITLE_WORDS.has(capitalizedOffice) || RANK_WORDS.has(capitalizedOffice) || ROLE_NOUNS.split('|').includes(office.toLowerCase());
};
/** Sentence openers and function words that are capitalized only by position. */
const FUNCTION_WORDS = new Set([
  ...'The A An In On At For But And Or After Before While When Where As By With Without From To Of Since Until Under Over Among Amid Despite During Within Last Next This That These Those It Its He She They We I Our Their His Her If Asked Although Though Even Still Yet So Then Now Once Both Each Every Some Many Most Several All No Not Only Also Meanwhile However Instead Separately Earlier Later Thousands Hundreds Dozens Officials Analysts Diplomats'.split(' '),
  // Contractions opening a transcript's sentence ("I'm Tolga Yilmazer with …"), with either apostrophe.
  ...["I'm", "I've", "I'll", "I'd", "It's", "We're", "We've", "We'll", "He's", "She's", "They're", "That's", "There's", "Let's", "Here's", "What's"].flatMap((word) => [word, word.replace("'", '’')]),
]);

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
function lexiconTags(word: string): string[] {
  const tags = LEXICON[word.toLowerCase()];
  return Array.isArray(tags) ? tags : tags ? [tags] : [];
}
const isLexiconGivenName = (word: string) => lexiconTags(word).some((tag) => /FirstName|MaleName|FemaleName/.test(tag));
/** The sex compromise's lexicon gives a given name ("Catherine" female, "Donald" male), or null where it gives none. */
export function givenNameSex(word: string): 'female' | 'male' | null {
  const tags = lexiconTags(word);
  return tags.includes('FemaleName') ? 'female' : tags.includes('MaleName') ? 'male' : null;
}
/** "Jean-Pierre", "Anne-Marie": a compound given name has a given name among its parts. */
export const isGivenName = (word: string) => isLexiconGivenName(word) || (word.includes('-') && word.split('-').some(isLexiconGivenName));
const isNameWord = (word: string) => lexiconTags(word).some((tag) => /Name$|^Person$/.test(tag));
let foreignGivenNames: Set<string> | undefined;
/**
 * "Oleg", "Mamadou", "Gennaro": a given name of another language that compromise's lexicon lacks (`given-names.ts`),
 * written in Title Case, that is no word of English and no place.
 */
function isForeignGivenName(word: string): boolean {
  const bare = stripPossessive(word);
  if (!/^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u.test(bare)) return false;
  foreignGivenNames ??= new Set([...readGivenNames()].filter((name) => !isLexiconGivenName(name)));
  const lower = bare.toLowerCase();
  return (foreignGivenNames.has(lower) || foreignGivenNames.has(unaccented(lower))) && !isPlainWord(bare) && !placeNamed(bare) && !isCommonWord(bare);
}
/** A word compromise knows only as a verb ("Announcing", "Meets"): in a Title Case headline it ends the name before it. */
const isVerbWord = (word: string) => {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((tag) => /Gerund|Tense|Infinitive|Participle|^Verb$/.test(tag));
};
/** A word compromise knows only as a verb of the third person present ("Begins", "Meets", "Arrives"), never a name's. */
const isPresentTenseVerb = (word: string) => {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((tag) => tag === 'PresentTense') && !isGivenName(word) && !isForeignGivenName(word);
};
/**
 * "Min" ("Aung Kyaw Min"), "Ba" ("Amadou Ba"), "Jan" ("Jan van der Berg"): a short word compromise knows only as an
 * abbreviation (or one and a plain noun, or a month's), written in Title Case without its full stop, is no word
 * of the language inside a run: many languages' names are spelled so.
 */
const ABBREVIATION_TAGS = /^(?:Abbreviation|Noun|Month)$/;
const isBareAbbreviation = (word: string) => {
  if (!/^\p{Lu}\p{Ll}{1,3}$/u.test(word) || MONTHS.has(word)) return false;
  const tags = lexiconTags(word);
  return tags.some((tag) => tag === 'Abbreviation' || tag === 'Month') && tags.every((tag) => ABBREVIATION_TAGS.test(tag));
};
/** A capitalized word compromise knows as something other than a name ("The", "Within", "Troops"). */
const isCommonWord = (word: string) => {
  if (isBareAbbreviation(word)) return false;
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((tag) => /Name$|^Person$|ProperNoun|Place|City|Country|Region|Honorific/.test(tag));
};

/** A word compromise knows only as a noun ("Wang", "Van"): common, yet a family name in many languages. */
const nounOnly = (token: Token) => {
  const tags = lexiconTags(stripPossessive(token.text));
  return tags.length > 0 && tags.every((tag) => tag === 'Noun' || tag === 'Singular');
};
const unknownWord = (token: Token) => lexiconTags(stripPossessive(token.text)).length === 0 || isBareAbbreviation(stripPossessive(token.text));

interface Token {
  text: string;
  start: number;
  end: number;
}

// A slash is a word of its own: "Reuters/Jane Doe/File" holds three runs, not one.
// So is an initial glued to the surname ("D.Tsogtbaatar", as Mongolian and Russian releases write a patronymic's).
// An account's handle ("@DrSJaishankar", "@MFA_China") is one word that is no name: it opens with its "@".
// ("Mr.Gotabaya": an honorific's full stop closed up to the name ends the honorific, as an initial's does.)
// Two sentences glued by a page ("… leader Kim Jong Un.Evan Vucci/AP"): a full stop after a lower-case letter, closed up to a
// capitalized word, ends the word before it and is a word of its own, so no name runs across it.
const WORD = /@\w+|\p{Lu}\.(?=\p{Lu}\p{Ll})|(?:Mrs|Mr|Ms|Dr)\.(?=\p{Lu}\p{Ll})|[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}'’-]|\.(?!(?<=\p{Ll}\.)\p{Lu}\p{Ll}))*|(?<=\p{Ll})\.(?=\p{Lu}\p{Ll})|[,;:—–()"“”/]/gu;

/** A closing single quotation mark: "’" not between letters. */
const CLOSING_QUOTE = /’(?!\p{L})/u;

function tokensOf(sentence: Sentence): Token[] {
  const tokens = [...sentence.text.matchAll(WORD)].map((match) => {
    let text = match[0];
    // "Foreign Minister Fekitamoeloa ‘Utoikamanu": a Tongan, Samoan or Hawaiian glottal stop (the ʻokina, often typed as an
    // opening quotation mark) before a capital is the word's first letter, when no quotation closes after it.
    const mark = sentence.text[match.index! - 1];
    if ((mark === 'ʻ' || mark === '‘') && /^\p{Lu}\p{Ll}/u.test(text) && /\p{L}\s$/u.test(sentence.text.slice(Math.max(0, match.index! - 3), match.index! - 1)) && !CLOSING_QUOTE.test(sentence.text.slice(match.index!))) {
      const word = `${mark}${text.replace(/\.$/, '')}`;
      return { text: word, start: sentence.start + match.index! - 1, end: sentence.start + match.index! - 1 + word.length };
    }
    // A full stop ends the sentence unless the word is an initial or an abbreviation.
    if (text.endsWith('.') && !/^(\p{Lu}\.|(\p{Lu}\.)+|Sh\.|Ch\.|Zh\.|Kh\.|Ts\.|Th\.|Yu\.|Ya\.|Ye\.|Yo\.|Jr\.|Sr\.|St\.|Mr\.|Mrs\.|Ms\.|Dr\.|Gen\.|Sen\.|Rep\.|Gov\.|Adm\.|Lt\.|Maj\.|Brig\.|Col\.|Capt\.|Sgt\.|Hon\.|Rt\.)$/u.test(text)) {
      text = text.slice(0, -1);
    }
    return { text, start: sentence.start + match.index!, end: sentence.start + match.index! + text.length };
  });
  return singleQuotedNicknames(sentence.text, sentence.start, tokens);
}

/**
 * "Mohamed Hamdan 'Hemedti' Dagalo", "Joaquín ‘El Chapo’ Guzmán": one or two capitalized words in single quotation marks
 * between words are read as in double ones (the quotation marks their own words), so that a nickname inside a name is read
 * as "Michael “Erik” Kurilla" is. An apostrophe inside or closing a word elsewhere ("O'Brien", "Mattis’") stays the word's.
 */
const SINGLE_QUOTED = /(?<=\s)['‘](\p{Lu}[\p{L}\p{M}.-]*(?:\s\p{Lu}[\p{L}\p{M}.-]*)?)['’](?=[\s,;.])/gu;

function singleQuotedNicknames(text: string, offset: number, tokens: Token[]): Token[] {
  if (!/['‘]\p{Lu}/u.test(text)) return tokens;
  let result = tokens;
  for (const match of text.matchAll(SINGLE_QUOTED)) {
    const open = offset + match.index!;
    const close = open + match[0].length - 1;
    const inside = result.filter((token) => token.start > open && token.end <= close + 1);
    if (inside.length === 0 || inside.length > 2) continue;
    const rebuilt: Token[] = [{ text: '“', start: open, end: open + 1 }];
    for (const token of inside) {
      const end = Math.min(token.end, close);
      rebuilt.push({ text: text.slice(token.start - offset, end - offset), start: token.start, end });
    }
    rebuilt.push({ text: '”', start: close, end: close + 1 });
    const firstIndex = result.indexOf(inside[0]);
    result = [...result.slice(0, firstIndex), ...rebuilt, ...result.slice(firstIndex + inside.length)];
  }
  return result;
}

/** News and photo agencies a photograph is credited to. */
const PHOTO_AGENCIES = 'Reuters|REUTERS|AFP|AP|EPA|EPA-EFE|Getty Images|Bloomberg|Xinhua|XINHUA|Yonhap|YONHAP|Kyodo|KYODO|Anadolu|AAP|ANI|PTI|Sputnik|TASS';
/** A news or photo agency and a slash before a photographer's name ("REUTERS/", "AFP/", "Getty Images/"). */
// ("AP Photo/", "Photo by", "Photo:": a credit line's opening says the same of the name after it, whatever its words.)
const PHOTO_CREDIT_BEFORE = new RegExp(`\\b(?:${PHOTO_AGENCIES})(?:\\s+(?:Photo|Images|Pictures))?\\s*\\/\\s*$|\\(\\s*(?:[Pp]hoto|PHOTO)(?:\\s+by|\\s*:)\\s*$|(?:^|\\n)\\s*(?:[Pp]hoto|PHOTO)(?:\\s+by|\\s*:)\\s*$`);
/** "Jane Doe/AFP via Getty Images", "Jane Doe | Reuters": a photographer's name before a slash or a bar and the agency. */
const PHOTO_CREDIT_AFTER = new RegExp(`^\\s*[/|]\\s*(?:${PHOTO_AGENCIES})\\b`);
/** A caption's last words, the agency a photograph is credited to ("JANE DOE/ AFP/Getty", "… | Reuters"). */
const PHOTO_CREDIT_END = new RegExp(`[/|]\\s*(?:${PHOTO_AGENCIES}|Getty|POOL|Pool)\\s*$`);
/** "… take power in the country. Photo: AFP", "Credit: AP": a caption's closing credit, whoever it names (no sentence goes on after it). */
const CAPTION_CREDIT_END = /(?:^|[\s(])(?:[Pp]hotos?|PHOTOS?|[Cc]redit|CREDIT|[Pp]icture|[Ii]mage)(?:\s+by|\s*:)[^.:;\n]{1,60}$/;
/** "… pic.twitter.com/… — Anil Verma (@AnilVermaIFS) March 3, 2024": an embedded post's signature, its author's name and handle. */
const POST_SIGNATURE_BEFORE = /[—–]\s*$/;
const POST_SIGNATURE_AFTER = /^\s*\(@\w{1,30}\)/;
/** Offices written as initials before a name ("CEO Jane Okafor"). */
const EXECUTIVE_INITIALS = new Set(['CEO', 'CFO', 'COO', 'CTO', 'CMD', 'MD', 'GM', 'DG']);
/** "Zeya’s", and "Mattis’" / "Haass'": a bare apostrophe after a final s is the possessive of a name ending in s. */
const stripPossessive = (word: string) => word.replace(/['’]s$|(?<=\p{Ll}s)['’]$/u, '');
/** Capitalized, or an Arabic article joined to a capitalized name ("el-Sisi", "al-Assad"). */
const capitalized = (word: string) => /^[‘ʻ]?\p{Lu}/u.test(word) || /^(el|al|ad|as|ash|an|ibn|bin)-\p{Lu}/u.test(word);

const HEADLINE_ADVERB = /^\p{Lu}\p{Ll}{3,}(?:ful|ous|ive|al|ed|ent|ant|ic|ate|less)ly$/u;
const COMPOUND_ADJECTIVE = /-(?:flagged|registered|owned|operated|based|led|backed|made|built|designed|linked|run|controlled|aligned|allied|funded|supported|sponsored|born|bound|class)$/i;
/**
 * Head nouns that end the name of an armed group, a camp, a site or an institution: a run of name words going on
 * into one ("Karen Buddhist Army", "Mae La Camp", "Evin Prison"), or into a ship class ("Jose Rizal-class"), is
 * part of that thing's name, no one's.
 */
const NAMED_THING_HEADS = new Set(
  'Army Camp Front Movement Brigade Brigades Battalion Militia Foundation Institute University Airport Hotel Square Street Avenue Road Causeway Highway Expressway Motorway Boulevard Tunnel Bridge Stadium Hospital School College Museum Prize Award Centre Center Memorial Mosque Cathedral Church Station Base Port Prison'.split(' '),
);

/** "van der Berg", "de la Cruz": the word ending a run after a particle is a family name, whatever it means as a word. */
const familyAfterParticle = (parts: Token[], at: number) => at === parts.length - 1 && at > 1 && PARTICLES.has(parts[at - 1].text);

/**
 * "Prime", "Field": words of an office only before the office noun they qualify ("Prime Minister", "Field Marshal");
 * before any other word they are a name's ("General Prime Niyongabo", a given name; "Sally Field said").
 */
const QUALIFYING_TITLE_WORDS = new Map([
  ['Prime', /^Minister/],
  ['Field', /^Marshal/],
  // "Pol Gen …": the Thai police's mark before a rank; "Pol Pot" is a name.
  ['Pol', /^(?:Gen|Lt|Maj|Col)$/],
]);

/** "Gen Nakatani": a curated office holder whose given name is written as a rank's abbreviation is named, not ranked, by it. */
const rankGivenName = (word: string, next: Token | undefined) => next !== undefined && RANK_WORDS.has(word) && holderNames().has(`${word} ${stripPossessive(next.text)}`);

/** `token` is a word of a name; `next` (the word after it, when the caller reads on) tells a qualifying word from its office. */
/**
 * "Christian Catrina", "Christian Lindner": the word that opens parties' and churches' names ("Christian Democratic Union") is
 * a given name before a word the lexicon knows only as a name, or not at all.
 */
function christianGivenName(word: string, next: Token | undefined): boolean {
  if (word !== 'Christian' || !next || !/^\p{Lu}\p{Ll}+$/u.test(next.text)) return false;
  const nextWord = stripPossessive(next.text);
  return !NOT_NAME_WORDS.has(nextWord) && (isNameWord(nextWord) || (lexiconTags(nextWord).length === 0 && !isPlainWord(nextWord) && !placeNamed(nextWord)));
}

const ABSTRACT_NOUN_ENDING = /\p{Ll}(?:tion|sion|ment|ness|ism|ship)s?$/u;

/** `inRun`: the token follows a word of the same name run (no run opens with it). */
function isNameToken(token: Token | undefined, next?: Token, inRun = false): boolean {
  if (!token || !capitalized(token.text)) return false;
  const word = stripPossessive(token.text);
  const qualifies = QUALIFYING_TITLE_WORDS.get(word);
  const officeWord = TITLE_WORDS.has(word) && !(qualifies && next !== undefined && !qualifies.test(next.text) && !misspeltTitle(next.text, word)) && !rankGivenName(word, next);
  if ((NOT_NAME_WORDS.has(word) && !christianGivenName(word, next)) || HONORIFICS.has(word) || officeWord || FUNCTION_WORDS.has(word) || hyphenatedRank(word) || joinedModifierOffice(word)) return false;
  // "the Briton Callum Hendry": a noun for a nation's person is no word of the name after it.
  if (NATIONALITY_NOUNS.has(word)) return false;
  // "Richard Marles MP": letters after a name are never a name of their own.
  if (POST_NOMINALS.has(word)) return false;
  if (/^\p{Lu}{2,}$/u.test(word) && word.length > 3) return false;
  // A GeoNames town's name is a place only where the text makes it one ("President Joyce Banda" is no town of India).
  const place = placeNamed(word);
  if (place && !place.contextual && !isNameWord(word)) return false;
  if (/\d/.test(word)) return false;
  // "Minister D'état", "Chargé D'affaires": a French article elided before a word in lower case is no name ("D'Alema" is one).
  if (/^[DdLl]['’]\p{Ll}/u.test(word)) return false;
  // "Catherine Mast- — Cortez Masto", "King Jor- —": a word broken off in speech is no name's.
  if (/[-–]$/.test(word)) return false;
  // "Reconciliation", "Development", "Partnership": abstract nouns ending an office's portfolio are no names.
  // ("Saifuddin Nasution": inside a run, a word with such an ending that neither the lexicon nor the dictionary knows is a
  // family name, not a noun of English.)
  if (word.length >= 7 && ABSTRACT_NOUN_ENDING.test(word) && !(inRun && lexiconTags(word).length === 0 && !isLowerCaseWord(word))) return false;
  // "Marshall Islands-flagged", "Iranian-backed", "Kyiv-based": a compound adjective, no part of a name.
  if (COMPOUND_ADJECTIVE.test(word)) return false;
  // "Release of Wrongfully Detained …", "Mzia Kobalia Detained": a headline's adverbs and participles are no names.
  if (HEADLINE_ADVERB.test(word) || isFateParticiple(word)) return false;
  return true;
}

/**
 * "Paris Okonkwo told …", "Dallas Mbeki said …": a city's name given to a person, read as a given name
 * when a capitalized word no lexicon knows follows it closely and ends the run (its surname), and no
 * preposition makes it a place ("in Paris Okonkwo said" stays a place).
 */
function cityGivenName(tokens: Token[], position: number): boolean {
  const [word, next, after] = [tokens[position], tokens[position + 1], tokens[position + 2]];
  if (!word || !next || !/^\p{Lu}\p{Ll}+$/u.test(word.text) || next.start - word.end > 1) return false;
  const place = placeNamed(word.text);
  if (!place || (place.kind !== 'city' && place.kind !== 'capital') || !/^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(next.text) || !unknownWord(next) || capitalized(after?.text ?? '')) return false;
  const before = tokens[position - 1]?.text ?? '';
  // "the Taipei Economic and Cultural Representative Office": an article makes it a thing's name.
  return !/^(?:the|a|an|of|in|from|at|to|near|on|into|across|around|outside|inside|for|with|by|over|under|visit|visited|visiting|and)$/i.test(before);
}

/**
 * "Bill Clinton", "Defence Minister Bill Blair": "Bill" (a law's word, "the Finance Bill") opens a name when no capitalized
 * word but an office or a style comes before it and a name's word follows it (a given or family name the lexicon knows, or a
 * word it does not know).
 */
function billGivenName(tokens: Token[], position: number): boolean {
  const [word, next, before] = [tokens[position], tokens[position + 1], tokens[position - 1]];
  if (word?.text !== 'Bill' || !next || next.start - word.end > 1 || !/^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(next.text)) return false;
  if (before && capitalized(before.text) && !TITLE_WORDS.has(before.text) && !isHonorificAt(tokens, position - 1)) return false;
  const surname = stripPossessive(next.text);
  return !NOT_NAME_WORDS.has(surname) && !TITLE_WORDS.has(surname) && !FUNCTION_WORDS.has(surname) && (isNameWord(surname) || unknownWord(next));
}

/** Words Title Case leaves in lower case: after one, a headline's capitalized verb may go on ("Mohammed Wins in Cairo"). */
const TITLE_CASE_SMALL_WORDS = new Set(['a', 'an', 'the', 'to', 'of', 'in', 'on', 'at', 'for', 'by', 'as', 'with', 'from', 'over', 'into', 'up']);

/**
 * "said Mohammed Said, 30,", "Ahmed Said met …": a family name that is also a verb of English, capitalized in the middle of a
 * sentence right after a given name, when the word after it shows running text (a lower-case word no headline's Title Case
 * leaves small, or a comma): a headline's verb ("Hillary Wins Nomination") is followed by capitals.
 */
function verbSurname(tokens: Token[], first: number, at: number): boolean {
  const [given, word, after] = [tokens[first], tokens[at], tokens[at + 1]];
  if (at !== first + 1 || !(isGivenName(given.text) || isForeignGivenName(given.text)) || !/^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(word.text)) return false;
  if (!after) return false;
  // "President Tony Tan Keng Yam visited …": a family name that is a verb, before given words no lexicon knows that go on with the name.
  if (verbSurnameBeforeUnknownWords(tokens, at)) return true;
  // ("PM Sheikh Hasina Resigns, Leaves Bangladesh": a headline's comma is followed by capitals too.)
  if (after.text === ',') return !capitalized(tokens[at + 2]?.text ?? 'A');
  return /^[;:)]$/.test(after.text) || (/^\p{Ll}+$/u.test(after.text) && !TITLE_CASE_SMALL_WORDS.has(after.text));
}

/** "Tony Tan Keng Yam": the word after a given name is a family name when one or two capitalized words no lexicon knows, closed up, carry the name on. */
function verbSurnameBeforeUnknownWords(tokens: Token[], at: number): boolean {
  const rest = tokens.slice(at + 1, at + 3).filter((token, offset) => /^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(token.text) && token.start - tokens[at + offset].end === 1);
  if (rest.length === 0 || !rest.every((token) => unknownWord(token) && !isBareAbbreviation(stripPossessive(token.text)))) return false;
  const after = tokens[at + rest.length + 1];
  return !after || !capitalized(after.text);
}

/** Nouns of a country's divisions and of places, written in lower case after the place's own name ("Quang Nam province"). */
const PLACE_UNIT_NOUNS = new Set(['province', 'provinces', 'district', 'districts', 'county', 'prefecture', 'governorate', 'oblast', 'region', 'municipality', 'commune', 'village', 'township', 'city', 'island', 'river', 'valley', 'airport', 'port']);

/** The name starting at `index` (particles, initials and a suffix included), or null. */
function nameAt(tokens: Token[], index: number, gap = 1): { first: number; last: number } | null {
  let position = index;
  while (tokens[position] && isHonorificAt(tokens, position)) position++;
  // "Preisdent Carter": a misspelt office opens no name; `titleBefore` reads it as the office.
  if (tokens[position] && misspeltTitle(tokens[position].text, tokens[position - 1]?.text)) position++;
  if (!isNameToken(tokens[position], tokens[position + 1] ?? { text: '', start: 0, end: 0 }) && !cityGivenName(tokens, position) && !billGivenName(tokens, position)) return null;
  // "Brazilian President Begins African Tour": a headline's verb in the present tense after an office opens no name.
  if (isPresentTenseVerb(tokens[position].text)) return null;
  const first = position;
  let last = position;
  for (let next = position + 1; next < tokens.length; next++) {
    if (/['’]s$|\p{Ll}s['’]$/u.test(tokens[last].text)) break;
    const token = tokens[next];
    // "van der Berg", "de la Fuente": one or two particles before a family name.
    if (PARTICLES.has(token.text) && (isNameToken(tokens[next + 1]) || (PARTICLES.has(tokens[next + 1]?.text ?? '') && isNameToken(tokens[next + 2])))) continue;
    if (SUFFIXES.has(token.text) || (token.text === ',' && SUFFIXES.has(tokens[next + 1]?.text ?? ''))) {
      if (token.text !== ',') last = next;
      continue;
    }
    // "Michael “Erik” Kurilla": a nickname in quotes inside the name.
    // ("Rosangela “Janja” da Silva": before a particle opening the family name too.)
    if (/^[“"]$/.test(token.text) && isNameToken(tokens[next + 1]) && /^[”"]$/.test(tokens[next + 2]?.text ?? '') && (isNameToken(tokens[next + 3]) || (PARTICLES.has(tokens[next + 3]?.text ?? '') && isNameToken(tokens[next + 4])))) {
      last = next += 2;
      continue;
    }
    // "Joaquín “El Chapo” Guzmán", "Abdul Rashid 'Pacha Khan' Dostum": a nickname of two capitalized words.
    if (/^[“"]$/.test(token.text) && capitalized(tokens[next + 1]?.text ?? '') && capitalized(tokens[next + 2]?.text ?? '') && /^[”"]$/.test(tokens[next + 3]?.text ?? '') && isNameToken(tokens[next + 4]) && tokens[next + 4].start - tokens[next + 3].end <= 1) {
      last = next += 3;
      continue;
    }
    // "Frank (Voreqe) Bainimarama": a nickname or a name in another language in brackets inside the name, between a given
    // name and a family name (not a place's or a country's: "Jane Okafor (Nigeria) Tom …" is two names).
    // ("Jone (Ratu) Vakaloloma": a chiefly style in brackets there too.)
    // ("CEO Bezhalel (Butzi) Machlis": an office in initials opening the run counts for no given name.)
    if (token.text === '(' && (next === first + 1 || (next === first + 2 && (EXECUTIVE_INITIALS.has(tokens[first].text) || tokens[first].text in OFFICE_INITIALS))) && (isNameToken(tokens[next + 1]) || HONORIFICS.has(tokens[next + 1]?.text ?? '')) && !placeNamed(tokens[next + 1].text) && tokens[next + 2]?.text === ')' && isNameToken(tokens[next + 3]) && !placeNamed(tokens[next + 3].text) && !capitalized(tokens[next + 4]?.text ?? '')) {
      last = next += 2;
      continue;
    }
    // "Theresa May": a month after a given name is a family name, unless a day number follows.
    const monthSurname = MONTHS.has(stripPossessive(token.text)) && isGivenName(tokens[next - 1].text) && !/^\d/.test(tokens[next + 1]?.text ?? '');
    // "Catherine West", "Emma Green": a family name that is also a compass point or a colour, after a given name, ending the run.
    const wordSurname = WORD_SURNAMES.has(stripPossessive(token.text)) && next === first + 1 && isGivenName(tokens[first].text) && !capitalized(tokens[next + 1]?.text ?? '');
    // "Senator Angus King said", "Brigadier Rose King", "Martin Luther King Jr.": a title that is also a family name, after given
    // names only, ending the run (no capitalized word after it but a suffix, and no "of": "Abdullah King of Jordan" is no one's
    // name), is the family name, not an office opening the next name.
    const titleSurname =
      TITLE_SURNAMES.has(stripPossessive(token.text)) &&
      next - first <= 2 &&
      // (A word of the language opens the name only right after an office: "Brigadier Rose King".)
      tokens.slice(first, next).every((part) => (isGivenName(part.text) || isForeignGivenName(part.text) || (first > 0 && TITLE_WORDS.has(tokens[first - 1].text) && /^\p{Lu}\p{Ll}+$/u.test(part.text))) && !TITLE_WORDS.has(part.text)) &&
      (!capitalized(tokens[next + 1]?.text ?? '') || SUFFIXES.has(tokens[next + 1].text)) &&
      tokens[next + 1]?.text !== 'of';
    // "Carlos Alberto de Souza Lima": a second family name after one a particle opens, ending the run, whatever it is as a word (a place).
    const secondFamily = next - 2 > first && PARTICLES.has(tokens[next - 2].text) && /^\p{Lu}\p{Ll}+$/u.test(token.text) && !capitalized(tokens[next + 1]?.text ?? '') && !FUNCTION_WORDS.has(token.text) && !TITLE_WORDS.has(token.text) && !NOT_NAME_WORDS.has(token.text) && !MONTHS.has(token.text);
    // "Senate Republican leader Robert Dole said", "president Philip Bakes called": a family name that is a word of the
    // language (a verb even) after a given name, ending the run, when a verb of saying follows it.
    const saidSurname =
      next === first + 1 &&
      isGivenName(tokens[first].text) &&
      /^\p{Lu}\p{Ll}+$/u.test(token.text) &&
      !NAMED_THING_HEADS.has(token.text) &&
      !FUNCTION_WORDS.has(token.text) &&
      !TITLE_WORDS.has(token.text) &&
      !NOT_NAME_WORDS.has(token.text) &&
      SPEECH_AFTER.test(` ${tokens.slice(next + 1, next + 3).map((word) => word.text).join(' ')}`);
    // "Prime Minister Menachem Begin,": a family name that is a verb, after an office and a given name, ending the run.
    const titledSurname =
      next === first + 1 &&
      first > 0 &&
      TITLE_WORDS.has(tokens[first - 1].text) &&
      (isGivenName(tokens[first].text) || unknownWord(tokens[first])) &&
      /^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(token.text) &&
      !capitalized(tokens[next + 1]?.text ?? '') &&
      !NAMED_THING_HEADS.has(stripPossessive(token.text)) &&
      !FUNCTION_WORDS.has(stripPossessive(token.text)) &&
      !TITLE_WORDS.has(stripPossessive(token.text)) &&
      !NOT_NAME_WORDS.has(stripPossessive(token.text));
    if ((!monthSurname && !wordSurname && !titleSurname && !secondFamily && !saidSurname && !titledSurname && !isNameToken(token, tokens[next + 1] ?? { text: '', start: 0, end: 0 }, true)) || token.start - tokens[next - 1].end > gap || POST_NOMINALS.has(token.text) || dottedPostNominal(tokens, next)) break;
    // "Sheikh Zayed Road", "King Fahd Causeway": a road's, a building's or a site's noun ends the run; the check after the
    // loop then reads the run as that place's name, no one's.
    if (!wordSurname && NAMED_THING_HEADS.has(token.text)) break;
    // "Tran Quoc Hung was sentenced": the third syllable of a Vietnamese name, whatever it means as an English verb.
    const vietnameseSyllable = next === first + 2 && VIETNAMESE_FAMILY_NAMES.has(tokens[first].text) && [tokens[first + 1], token].every((part) => /^\p{Lu}\p{Ll}{1,5}$/u.test(stripPossessive(part.text)));
    if (!saidSurname && !titledSurname && !titleSurname && !vietnameseSyllable && !verbSurname(tokens, first, next) && isVerbWord(stripPossessive(token.text)) && !isNameWord(stripPossessive(token.text))) break;
    last = next;
  }
  const following = tokens[last + 1];
  if (following && following.start - tokens[last].end <= gap && !/['’]s?$/.test(tokens[last].text) && (NAMED_THING_HEADS.has(following.text) || /^\p{Lu}\p{L}*-class$/u.test(following.text))) return null;
  // "Quang Nam province", "Kim Son district", "Quang Nam province’s …": a run right before a lower-case noun of a country's division or of a place is
  // that place's name, no one's ("Trump's province" keeps its possessive, and "camp", "base" may be a person's followers).
  if (following && following.start - tokens[last].end <= gap && !/['’]s?$/.test(tokens[last].text) && PLACE_UNIT_NOUNS.has(stripPossessive(following.text))) return null;
  // "Gen Z", "Plan B", "Category A": one letter alone is a label, no one's name (an initial stands only before a name).
  if (first === last && /^\p{Lu}$/u.test(tokens[first].text)) return null;
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
  /** "Mr. Wang": a surname honorific written right before. */
  honorific?: boolean;
  /** "Sheikh Hasina", "Sir Keir": any style written right before a single word. */
  styled?: boolean;
  /** "Thank you, Antony.": a given name used to address someone. */
  vocative?: boolean;
  /** A run shaped like a personal name with no cue of its own: someone's only if a surname mention elsewhere says so. */
  latent?: boolean;
  /** A release's signatory or contact ("Aaron Siegel,\n Alternate … Officer", "FOR FURTHER INFORMATION CONTACT: Pamela Young"): the publisher's own staff. */
  staff?: boolean;
  /** A wire report's credit ("Reporting by Jane Doe"): a journalist, of no country the text gives. */
  credit?: boolean;
  /** "his wife Brigitte": a given name alone, named by the family name of the person mentioned at `start` once that one is resolved. */
  kin?: { start: number; given: string; female: boolean };
}

function titleCase(title: string): string {
  return title.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}

/** The first token at or after `start`, scanning back from token `index` (a title is a few tokens long: no scan of the whole sentence). */
function firstTokenFrom(tokens: Token[], index: number, start: number): number {
  let first = index;
  while (first > 0 && tokens[first - 1].start >= start) first--;
  return first;
}

const ROLE_BEFORE = new RegExp(`(?:^|\\s)((?:(?:\\p{Lu}\\.){2,}[ \\t]+|[\\p{Lu}][\\p{L}-]*[ \\t]+){0,3})(${ROLE_NOUNS}|CEO)\\s*$`, 'u');
/** "Judge Amina Bello ordered …", "Candidate Edmundo González said …": a role noun opening the sentence is capitalized by its place. */
const OPENING_ROLE_BEFORE = new RegExp(`(?:^|\\s)()(${ROLE_NOUNS.split('|').map((noun) => `${noun[0].toUpperCase()}${noun.slice(1)}`).join('|')})\\s*$`, 'u');

/** "Envoy for", "Minister of State for": an office whose portfolio follows, the words before a name that are no part of it. */
// "Under Secretary of State for Arms Control Bonnie Jenkins": the portfolio's earlier words before the run too.
// "… for Civilian Security, Democracy, and Human Rights Uzra Zeya": a portfolio may be a list of its fields.
// "Speaker of the House of Representatives …": a body whose name has "of" in it.
const PORTFOLIO_OPENING = /\b(?:Minister|Secretary|Envoy|Representative|Commissioner|Director|Ambassador|Adviser|Advisor|Chair|Chairman|Head|Speaker|Chief)(?:\s+of\s+State)?\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*,?\s+(?:(?:and|of)\s+)?){0,5}$/u;

/** "Crown Prince of Abu Dhabi …", "Governor of the Central Bank of …": an office "of" a body or place, right before the run. */
const OFFICE_OF_PLACE_BEFORE = /\b(?:Minister|President|Prince|Princess|King|Queen|Emir|Sultan|Governor|Ruler|Mayor|Premier|Ambassador|Chief Minister)\s+of\s+(?:the\s+)?$/u;
const CLOCK_TIME_BEFORE = /\d\s*$/;
/** A style between an office and the name ("the Hon.", "His Highness", "H.E. Mr."): no part of either. */
const STYLE_BETWEEN = /,?\s+(?:the\s+)?(?:Hon\.?|Honou?rable|Rt\.? Hon\.?|(?:His|Her)\s+(?:Highness|Excellency|Majesty)|H\.E\.)(?:\s+(?:Mr|Mrs|Ms|Dr)\.?)?$/;

/** "Air Force Chief": a body's capitalized name (one to three words) closed by "Chief", right before a run. */
const ORGANIZATION_CHIEF_BEFORE = /(?:^|\s)((?:\p{Lu}[\p{L}-]*[ \t]+){1,3})Chief\s*$/u;
/** Title phrase ending right before token `index`, scanning back from it. */
function titleBefore(tokens: Token[], index: number, text: string): { title: string; start: number; firstToken: number } | null {
  const nameEnd = tokens[index - 1]?.end;
  if (nameEnd === undefined) return null;
  // "Prime Minister the Hon. Hu’akavameiliku", "President H.E. Mr …": the office is read across the style set between it and the name.
  const style = STYLE_BETWEEN.exec(text.slice(Math.max(0, nameEnd - 40), nameEnd));
  const end = style ? nameEnd - style[0].length : nameEnd;
  // ("then-President Chiang Ching-kuo": the hyphen after a modifier of time read as a space, which keeps the offsets.)
  const writtenBefore = text.slice(Math.max(0, end - 60), end).replace(JOINED_MODIFIER, '$1 ');
  // "Preisdent Carter", "Prime Minster Nawaz Sharif": read with the office's word spelt right (`shift` keeps the offsets).
  const typo = /(?:^|\s)(?:(\p{Lu}\p{Ll}+)\s+)?(\p{Lu}\p{Ll}+)$/u.exec(writtenBefore);
  const corrected = typo ? misspeltTitle(typo[2], typo[1]) : null;
  const before = corrected ? `${writtenBefore.slice(0, -typo![2].length)}${corrected}` : writtenBefore;
  const shift = corrected ? corrected.length - typo![2].length : 0;
  const rank = /(?:^|[\s(“"])(\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)+)$/u.exec(before);
  if (rank && hyphenatedRank(rank[1])) {
    const start = end - rank[1].length;
    return { title: rank[1], start, firstToken: firstTokenFrom(tokens, index, start) };
  }
  for (const title of TITLES_LONGEST_FIRST) {
    if (before.endsWith(title) && (before.length === title.length || /[\s(“"]/.test(before[before.length - title.length - 1]))) {
      // "12:32 PM ET": after a clock's time "PM" is the afternoon, and the word after it a time zone.
      if (title === 'PM' && CLOCK_TIME_BEFORE.test(before.slice(0, -title.length))) return null;
      let start = end - title.length + shift;
      let written = OFFICE_INITIALS[title] ?? PLURAL_TITLES[title] ?? JOINED_TITLES[title] ?? title;
      const modifier = /(former|acting|interim|outgoing|incoming|then-|late)\s*$/i.exec(text.slice(Math.max(0, start - 12), start).trimEnd() + ' ');
      const lead = text.slice(Math.max(0, start - 12), start);
      const modifierMatch = /\b(former|acting|interim|outgoing|incoming|late)\s+$/i.exec(lead);
      if (modifierMatch && modifier) {
        start -= modifierMatch[0].length;
        written = `${titleCase(modifierMatch[1].toLowerCase())} ${title}`;
      }
      const firstToken = firstTokenFrom(tokens, index, start);
      return { title: written, start, firstToken };
    }
  }
  // The organization words before the role stop at a sentence end ("Monday. Opposition leader"), not at initials ("U.S.").
  // "Cabinet Secretary for Foreign Affairs Musalia Mudavadi", "Minister of Defence Ben Wallace": an office of a portfolio.
  // "President of Iceland Einar …", "Governor of the Central Bank …", "Mayor of Kyiv …": a head of state, of a province or
  // a city, of an institution, written with what they head, reads the same way.
  // "the Director General of the Ministry of Health Ana Ruiz", "Army Chief of the General Staff …": an office "General" closes,
  // and a chief's, the same.
  const portfolio = /(?:^|[\s(])((?:(?:Deputy|Vice|Acting|Cabinet|Parliamentary|Senior|Chief|Special|Presidential|Permanent|Principal|Assistant|Under|Prime)\s+)*(?:Minister|Secretary|Director|President|Vice-President|Governor|Governor-General|Premier|Chancellor|Mayor|Secretary-General|Director-General|Commissioner|High Commissioner|[Aa]mbassador|Adviser|Advisor|[Ee]nvoy|Representative|Councilor|Counsellor|Chairman|Chair|Head|Speaker|Chief)(?:[- ]General)?)\s+(?:of|for|to)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*(?:\s+(?:and|of|for|the))?\s+){0,5}[\p{Lu}][\p{L}-]*$/u.exec(before);
  if (portfolio) {
    const start = end - portfolio[0].trimStart().length + shift;
    return { title: portfolio[0].trim(), start, firstToken: firstTokenFrom(tokens, index, start) };
  }
  const role = ROLE_BEFORE.exec(before) ?? (index === 1 ? OPENING_ROLE_BEFORE.exec(before) : null);
  if (role) {
    const organization = role[1].trim();
    const start = end - role[0].trimStart().length + shift;
    const firstToken = firstTokenFrom(tokens, index, start);
    const descriptor = /^(blogger|lawyer|writer|poet|billionaire|businessman|businesswoman|founder|activist|official|diplomat|lawmaker|wife|husband|widow|son|daughter|sister|brother|father|mother)$/.test(role[2].toLowerCase());
    return { title: descriptor && !organization ? '' : `${organization ? `${organization} ` : ''}${role[2]}`, start, firstToken };
  }
  // "led by Air Force Chief Punpakdee Pattanakul", "Army Chief Asim Munir": a body's name, then "Chief" capitalized as
  // the office it closes (the body's words, not the sentence's opener, are the office's).
  const chief = ORGANIZATION_CHIEF_BEFORE.exec(before);
  if (chief) {
    const organization = chief[1].trim().split(/\s+/).filter((word) => !FUNCTION_WORDS.has(word)).join(' ');
    if (!organization) return null;
    const start = end - `${organization} Chief`.length + shift;
    return { title: `${organization} Chief`, start, firstToken: firstTokenFrom(tokens, index, start) };
  }
  return null;
}

/**
 * Office words between a country and the title read ("Holy See Foreign Minister-equivalent
 * Archbishop"): the country before them is still the person's.
 */
// Also the organ a spokesperson or officer speaks for, in either case ("Chinese foreign ministry spokesman", "Kenya Defence
// Forces spokesperson Brig.", "Nigerian Chief of Defence Staff Gen.").
const TITLE_CHAIN_END = /(?:\s+(?:Foreign|Defen[cs]e|Deputy|Vice|Acting|Senior|Chief|Minister|Secretary|Ambassador|Envoy|President|Premier|Chancellor|[Ff]oreign|[Dd]efen[cs]e|[Mm]inistry|[Ff]orces?|[Aa]rmed|[Aa]rmy|[Nn]avy|[Mm]ilitary|[Ee]mbassy|[Ss]pokes(?:man|woman|person)|Chief of (?:the )?Defen[cs]e Staff|Brig\.|Gen\.|Col\.|Lt\.|Maj\.)(?:-[\p{L}]+)?)+$/u;
/**
 * "… Erdogan of Turkey President Trump": a country's name after "of", "in", "to", "from" belongs to
 * what comes before it (a demonym or a possessive, "Japanese", "Japan's", looks forward).
 */
const PREPOSITION_END = /(?:^|\s)(?:of|in|to|from|at)\s+(?:the\s+)?$/;

/** Country in front of a title or name: a demonym, a country name, or a possessive ("India's"). */
function countryBefore(text: string, start: number, sentenceStart: number): string | null {
  const from = Math.max(sentenceStart, start - 60);
  let before = text.slice(from, start).trimEnd();
  before = before.replace(TITLE_CHAIN_END, '');
  for (let length = Math.min(before.length, 35); length >= 2; length--) {
    const candidate = before.slice(before.length - length);
    if (!/^[\p{Lu}]/u.test(candidate) || (length < before.length && /[\p{L}.]/u.test(before[before.length - length - 1]))) continue;
    const place = placeNamed(candidate);
    if (!place || place.kind === 'city') continue;
    const forward = place.kind === 'demonym' || /['’]s$/.test(candidate);
    return !forward && PREPOSITION_END.test(before.slice(0, before.length - length)) ? null : place.code;
  }
  return null;
}

/** Offices that name the person after them across a comma ("its Chairman, Attahiru Jega,"), either case. */
const COMMA_TITLES = 'ambassador|envoy|emir|spokesman|spokeswoman|spokesperson|leader|minister|president|chairman|chairwoman|chair|director|secretary|commander|governor'
  .split('|')
  .map((word) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`)
  .join('|');
const COMMA_TITLE_BEFORE = new RegExp(`(?:^|[\\s,])((?:[\\p{Lu}][\\p{L}.'’-]*\\s+)?(?:the\\s+)?(${COMMA_TITLES})(?:\\s+to\\s+[\\p{Lu}][\\p{L}]+)?)\\s*,\\s*$`, 'u');
/**
 * "the head of the Navy Intelligence Directorate, Behnam Rezaei", "President and CEO of Rafael Advanced Defense Systems, Yoav
 * Har-Even", "Secretary-General of the bloc, Le Luong Minh": an office with the body or portfolio it heads, set off by a comma
 * before a run shaped as a personal name; so does a party's candidate ("the candidate of the Unity Party (UP), Ama Boateng").
 */
const COMMA_OFFICE_OF_BEFORE = new RegExp(
  `(?:^|[\\s,(])((?:the\\s+)?(?:${COMMA_TITLES}|[Hh]ead|[Cc]hief|CEO|[Rr]epresentative|[Cc]ommissioner|[Cc]andidate|[Nn]ominee)(?:[- ][Gg]eneral)?(?:\\s+and\\s+(?:CEO|${COMMA_TITLES}))?\\s+(?:of|for)\\s+(?:the\\s+(?:ruling|governing|main|opposition)\\s+)?(?:(?:\\p{Lu}[\\p{L}'’&.-]*|\\([\\p{Lu}&.-]+\\)|and|of|for|the|&)\\s+){0,8}\\p{Lu}[\\p{L}'’&.-]*(?:\\s+\\([\\p{Lu}&.-]+\\))?)\\s*,\\s*$`,
  'u',
);
/**
 * "The heads of the state committees for national security of Kyrgyzstan and Tajikistan, Kamchybek Tashiyev and …": the
 * heads or chiefs of a body written in lower case, set off by a comma before a run shaped as a personal name (the body
 * ends in a country's or body's capitalized name).
 */
const COMMA_HEADS_OF_BEFORE = /(?:^|[\s,(])((?:[Tt]he\s+)?(?:heads?|chiefs?)\s+of\s+(?:the\s+)?(?:[\p{Ll}'’-]+\s+){1,8}(?:of|for)\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+and\s+|\s+)?){1,4})\s*,\s*$/u;
const SPEECH_AFTER =
  /^\s*(?:(?:had|has|have|also|later)\s+)?(said|says|told|added|wrote|stated|announced|insisted|warned|urged|called|accused|congratulated|met|arrived|left|visited|expressed|stressed|noted|emphasi[sz]ed|thanked|welcomed|praised|reaffirmed|replied|explained|tweeted|pledged|vowed|received|hosted)\b/;
/** "FOR FURTHER INFORMATION CONTACT: Pamela Young, (703) …": the contacts a notice gives, on the heading's line or the next. */
const CONTACT_BEFORE = /\bCONTACT\b:?[ \t]*(?:\n\s*)?[^\n]{0,150}$/;
/** A release's media contact: the name, then a telephone number ("Innes Willox 02 6277 7500", "… (02) 6261 1555", "… +44 20 7008 3100"). */
const PHONE_AFTER = /^[\s\u00a0]*(?:\((?:Ministerial|Departmental|Media)\)[\s\u00a0]*)?(?:\+\d{1,3}[\s\u00a0]*)?(?:\(\d{2,4}\)|\d{2,4})[\s\u00a0]*\d{3,4}[\s\u00a0-]*\d{3,4}\b/u;
/** A letter's or notice's signature: the name, then the office on the next line ("Aaron Siegel,\n Alternate … Officer"). */
const OFFICE_LINE_AFTER =
  /^,?[ \t]*\n\s*(?:The\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,5}(?:Director|Secretary|Chairman|Chairwoman|Chair|Minister|Ambassador|Administrator|Spokesperson|Spokesman|President|Senator|Governor|Commander|General|Admiral|Counsel|Chief|Head|Officer)\b/u;
/** Verbs whose object is a person ("met with …", "thanked …", "detained …", "defeated …"): a name after them is someone's. */
const PERSON_OBJECT_BEFORE = /\b(?:met|meet|meets|meeting)(?: with)?\s+$|\b(?:called|phoned|telephoned)\s+$|\b(?:spoke|speaks|talked) (?:with|to)\s+$|\b(?:thanked|thank|congratulated|congratulate|hosted|welcomed)\s+$|\b(?:detained|arrested|ousted|deposed|overthrew|toppled|succeeded|defeated|pardoned|assassinated)\s+$|\bconceded(?: defeat)? to\s+$|\blost (?:the (?:election|vote|race|run-off|runoff) )?to\s+$|\b(?:joined|accompanied|led|received|flanked|represented|headed|chaired|hosted|signed) by\s+$|\b(?:release|arrest|detention|killing|assassination|death|execution|extradition|trial|funeral|murder) of\s+$|\b(?:killed|executed|sentenced|jailed|convicted|freed|released|charged|indicted|kidnapped|abducted|targeted|shot dead|shot and killed|gunned down|beat to death|beaten to death)\s+$/;
/** Occupations a wire report sets after a name ("Olena Kovalenko, an analyst at …"): no office, but a person's. */
// (Session 29: a firm's or an agency's "manager", "engineer", "executive", "coordinator" — "Priit Tamm, strategic category manager
// (radars) for the agency, said".)
const OCCUPATIONS = 'analyst|researcher|professor|lawyer|attorney|expert|scholar|economist|fellow|correspondent|editor|lecturer|scientist|historian|officer|member|director|director-general|dean|head|chief|manager|engineer|executive|coordinator|consultant';
/**
 * ", a spokesman for …", ", the sister of …", ", deputy head of the agency": a role or occupation set
 * off by a comma after a run makes it a name (without an article only right before "of", "for" or "at",
 * or when lower-case words and the role close the apposition: ", ministry spokesperson,", ", presidential
 * chief of staff,", ", CEO and president of …").
 */
const APPOSITION_AFTER = new RegExp(
  `^,\\s+(?:(?:the|a|an|[\\p{Lu}][\\p{L}]+['’]s)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:co-)?(${ROLE_NOUNS}|${OCCUPATIONS}|sister|brother|wife|husband|son|daughter)\\b|(?:(?:deputy|senior|chief|former|retired|assistant|associate)\\s+)?(${ROLE_NOUNS}|${OCCUPATIONS})\\s+(?:of|for|at)\\s` +
    `|(?:\\p{Ll}[\\p{Ll}'’-]*\\s+){0,3}?(?:${ROLE_NOUNS}|${OCCUPATIONS}|CEO)(?:\\s+(?:of\\s+staff|general))?(?:\\s+and\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?(?:${ROLE_NOUNS}|${OCCUPATIONS}))?(?:\\s*,|\\s+\\(|\\s+(?:of|for|at)\\s))`,
  'u',
);

/**
 * ", the defence minister,", ", Poland's deputy defence minister,", ", a spokesman for the ministry,": an office set off by two
 * commas after a single word (group 2 the office's words, group 1 with its owner).
 */
const SINGLE_OFFICE_AFTER = new RegExp(
  `^,\\s+((?:the|a|an|[\\p{Lu}][\\p{L}]+['’]s)\\s+((?:[\\p{L}'’-]+\\s+){0,3}?(?:minister|spokesman|spokeswoman|spokesperson|ambassador|envoy|president|prime minister|chancellor|secretary|secretary-general|commander|chief|governor|leader|chairman|chairwoman|chairperson|general|admiral|senator|mayor|premier|foreign minister|head)))(?:\\s+(?:of|for|to|at|in)\\s+[^,.;]{1,50})?\\s*,`,
  'u',
);
/** The office's own words, without the country written in it ("Bulgarian foreign minister" → "foreign minister"). */
function officeWords(phrase: string): string {
  return phrase.split(/\s+/).filter((word) => !placeNamed(word.replace(/['’]s$/, ''))).join(' ');
}

/** ", of Jordan", " of the United Arab Emirates": the country after a run. */
const OF_COUNTRY_AFTER = /^\s+of\s+((?:the\s+)?\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,3})/u;

/** Words that make the capitalized run before them the name of a day, prize, place or pact ("Nelson Mandela Foundation"). */
const EPONYM_AFTER =
  /^(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|van|von|bin|al))*?\s+(?:Day|Prize|Award|Doctrine|Foundation|Institute|Center|Centre|Airport|Street|Avenue|Boulevard|Square|Bridge|Stadium|Memorial|University|College|Hospital|School|Library|Museum|Park|Accords?|Act|Lecture|Cup|Trophy|Fellowship|Scholarship|Highway|Station|Tower|Dam|Canal|Mosque|Temple|Shrine|Mausoleum|Port|Base|Room|Building|Monument|Plaza|Courthouse|Auditorium|The(?:ater|atre)|Arena|Club)\b/u;
/** "Kuvo Bexa, some 230 km north of the border", "Kuvo Bexa 40 miles from the capital": a run a distance places is a place. */
const DISTANCE_AFTER = /^,?\s+(?:(?:some|about|around|roughly|nearly|just|only|over|under)\s+)?\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\b/;
/** A ship's type before or after its name ("the frigate Admiral Gorshkov", "the Charles de Gaulle aircraft carrier"). */
// A ship's prefix before a title the name takes ("HMS Queen Elizabeth", "INS Admiral Kuznetsov") is a ship's too.
const VESSEL_BEFORE = new RegExp(
  `\\b(?:(?:frigate|destroyer|carrier|submarine|corvette|cruiser|warship|vessel|icebreaker|tanker|ship)s?|${[...SHIP_PREFIXES].join('|')})\\s+(?:(?:Admiral|General|Marshal|Captain|President|Prince|Princess|King|Queen)\\s+)?$`,
);
/**
 * A sentence about warships: there a navy's own prefix, capitals ending in S as most are ("ENS" Egypt's, "ITS" Italy's, "HTMS"
 * Thailand's), opens a ship's name as the listed ones do.
 */
/** "the ninth ship in the class, Spartaco Schergat,": a name set off by a comma after a noun for a vessel is the vessel's. */
const VESSEL_SET_OFF_BEFORE = /\b(?:frigate|destroyer|carrier|submarine|corvette|cruiser|warship|vessel|icebreaker|tanker|ship|boat)s?(?:\s+(?:in|of)\s+(?:the|its|her|this)\s+class)?\s*,\s*$/;
/** "… Spartaco Schergat, and the recently-launched Emilio Bianchi": the next item of a list of vessels, after an article and an epithet. */
const VESSEL_LIST_JOINT = /^\s*,?\s*(?:and|or)\s+the\s+(?:[\p{Ll}-]+\s+){1,2}$/u;
const NAVAL_SENTENCE = /\b(?:frigate|destroyer|corvette|submarine|warship|vessel|ship|[Nn]avy|patrol boat)s?\b/;
const NAVY_PREFIX = /^(?!US$|IS$)\p{Lu}{1,3}S$/u;
/**
 * "General Atomics Aeronautical Systems Inc.", "Martin Marietta shares": a run a company's word (or its shares) follows is
 * a firm's name, whatever title or given name it opens with.
 */
const COMPANY_AFTER = /^(?:\s+(?:\p{Lu}[\p{L}&-]*))*?\s*,?\s+(?:Inc|Corp|Corporation|Company|Co|LLC|Ltd|Limited|plc|PLC|GmbH|AG|S\.A|Systems|Industries|Technologies|Dynamics|Electronics|Holdings)(?![\p{L}-])|^\s+(?:shares|stock|stocks)\b/u;
const VESSEL_AFTER = /^\s+(?:aircraft carrier|carrier|frigate|destroyer|submarine|corvette|cruiser|warship|(?:[Cc]arrier\s+)?[Ss]trike [Gg]roup|[Bb]attle [Gg]roup|[Aa]mphibious [Rr]eady [Gg]roup)\b|^-class\b/;
/**
 * "The Abraham Lincoln and its escorts", "the Carl Vinson": a full name right after "the", with no office and nothing a
 * person's name takes there ("the Kim Jong Un regime", "the Joe Biden I knew"), names a ship or another thing.
 */
const THE_BEFORE = /\b[Tt]he\s+$/;
const ATTRIBUTIVE_AFTER = /^(?:['’]s)?\s+(?:administration|government|regime|cabinet|presidency|era|years|family|campaign|doctrine|camp|team|I|we|you|who|whom)\b/;
/** "the Biden Administration", "the Cameron Conservative government": a surname alone after an article, used attributively. */
const SURNAME_ATTRIBUTIVE_AFTER = /^(?:['’]s)?\s+(?:\p{Lu}\p{L}+\s+)?(?:[Aa]dministration|[Gg]overnment|[Rr]egime|[Cc]abinet|[Pp]residency|era|years|family|campaign|doctrine|camp|team)\b/u;
/**
 * "Joint Base Pearl Harbor-Hickam", "Camp Humphreys", "Naval Station Norfolk": a site's word right before the run makes it the site's name;
 * so does the first word of a place's name the run left out ("North Carolina Families", "St. Lawrence Cities Initiative").
 */
const SITE_BEFORE = /(?:^|\s)(?:Base|Camp|Fort|Station|Airfield|Field|Barracks|Garrison|Port|Cape|Mount|Lake|Bay|Range|Point|Harbor|Harbour|Island|North|South|East|West|New|St\.|Saint|San|Santa)\s$/;

/** Korean family names as the press romanizes them, North and South. */
const KOREAN_FAMILY_NAMES = new Set('Kim Lee Ri Yi Pak Park Choe Choi Jang Chang Jong Jeong Chung Kang Yun Yoon Han Jo Cho Ryu Yu Hyon Hyun Ju So Song Sin Shin Mun Moon Hwang An Ahn Im Lim Ko Oh Kwon Nam Paek Baek Ro Roh Yang Kye Thae Hong Jon Jun'.split(' '));
/** A hyphenated given name of two syllables, the second in lower case ("Geun-hye", "Ching-te"); not a Korean district or province ("Gyeonggi-do", "Jung-gu"). */
const SYLLABLE_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,5}-(?!(?:do|si|gun|gu|dong|ri|myeon|eup|ro|gil)$)\p{Ll}{2,5}$/u;

/** What compromise knows a word as when it is also a given name ("Hope", "Will", "Faith", "Rose", "Bill"): a noun, a modal, a comparative, a city. */
const WORD_GIVEN_NAME_TAGS = /^(?:Noun|Singular|Uncountable|Modal|Comparative|City|Actor)$/;

/**
 * "Hope Mwangi was detained", "Will Harrington, a spokesman for the coalition,", "Grace Otieno and Faith
 * Wanjiku led …": two words, the first one compromise knows only as a noun, modal or city, the second
 * one no lexicon knows, in a person's context (a speech or person verb after, an apposition, a person's
 * object before, or a list with a name). The first word is then a given name.
 */
function wordGivenName(parts: Token[], text: string, sentence: Sentence): boolean {
  if (parts.length !== 2 || !/^\p{Lu}\p{Ll}+$/u.test(parts[0].text) || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:['’]s)?$/u.test(parts[1].text)) return false;
  const tags = lexiconTags(parts[0].text);
  if (!tags.length || !tags.every((tag) => WORD_GIVEN_NAME_TAGS.test(tag)) || !unknownWord(parts[1]) || NOT_NAME_WORDS.has(parts[0].text)) return false;
  const after = text.slice(parts[1].end, parts[1].end + 80);
  const before = text.slice(Math.max(sentence.start, parts[0].start - 40), parts[0].start);
  if ((PREPOSITION_BEFORE.test(before) && !PERSON_OBJECT_BEFORE.test(before)) || /\b(?:the|a|an)\s+$/i.test(before)) return false;
  // "Will Mahamat attend the summit?": a modal opening a question, its subject after it.
  if (tags.includes('Modal') && /\?\s*$/.test(sentence.text)) return false;
  return SPEECH_AFTER.test(after) || APPOSITION_AFTER.test(after) || PERSON_OBJECT_BEFORE.test(before) || inPersonContext(before, after) || /^\s*(?:,\s*)?and\s+\p{Lu}/u.test(after) || /\band\s+$/.test(before);
}

/**
 * Around a run shaped like a name: a verb with a human subject after it, a relation or fate "of" it
 * before, a phrase taking a person as complement before ("according to", "talks with", "drafted by"),
 * a possession, an age or "who" after; never after a noun saying what kind of thing the run names.
 */
function inPersonContext(before: string, after: string): boolean {
  if (KIND_NOUN_BEFORE.test(before)) return false;
  return (
    ((HUMAN_VERB_AFTER.test(after) || PERSON_PASSIVE_AFTER.test(after) || HEADLINE_PASSIVE_AFTER.test(after)) && !PREPOSITION_BEFORE.test(before)) ||
    PERSON_RELATION_BEFORE.test(before) ||
    PERSON_COMPLEMENT_BEFORE.test(before) ||
    SPEECH_BEFORE.test(before) ||
    INTRODUCED_BEFORE.test(before) ||
    reporterIntroduced(before, after) ||
    personGroupBefore(before) ||
    personNounBefore(before) ||
    personSetOffAfterNoun(before, after) ||
    personPredicateAfter(after) ||
    PERSON_POSSESSION_AFTER.test(after) ||
    AGE_AFTER.test(after) ||
    WHO_AFTER.test(after)
  );
}

const PLATFORM_BEFORE = /\b(?:on|via)\s+$/;

/** One sentence as `candidatesIn` reads it, and the candidates found in it so far (the next item of a list reads the ones before). */
interface SentenceRuns {
  sentence: Sentence;
  text: string;
  /** The office holders' names: a run that is one needs no other evidence. */
  known: Set<string>;
  tokens: Token[];
  /** A sentence about warships: capitals ending in S before a name are a navy's prefix ("ROKS", "INS"). */
  naval: boolean;
  /** Where the last ship's name ended: the next item of its list is a ship too ("the vessels Spartaco Schergat and Emilio Bianchi"). */
  vesselEnd: number;
  found: Candidate[];
}

/** One run of capitalized words, trimmed to the words of a name, and what the steps of `candidatesIn` read around it (all set up front: one shape). */
interface NameRun {
  parts: Token[];
  /** The index of its first word among the sentence's tokens. */
  firstIndex: number;
  nameText: string;
  end: number;
  /** "Hope Mwangi was detained", "Will Harrington, a spokesman for …": a word as a given name before a surname no lexicon knows, in a person's context. */
  wordGiven: boolean;
  /** "The Killing of Journalist Shireen Abu Akleh": a noun for a person, capitalized in a headline, opened the run. */
  headlineNoun: boolean;
  title: { title: string; start: number; firstToken: number } | null;
  titleText: string | null;
  honorific: boolean;
  /** One word (a surname alone, "Biden"), or one and "Jr.". */
  single: boolean;
  /** The text right after the run. */
  after: string;
  syllableName: boolean;
  nameShaped: boolean;
  commaTitle: RegExpExecArray | null;
  commaOffice: RegExpExecArray | null;
  /** "defence ministers of Armenia and Azerbaijan Serzh Sargsyan and …": the office of several countries the list of holders follows. */
  officesOfCountries?: { title: string; country: string } | null;
  /** A speaker set off after a verb of saying (speakerSetOff). */
  speaker?: boolean;
}

/** Nouns of places and occasions named after a person, in lower case after the name ("the King David summit"). */
const NAMED_AFTER_PERSON_AFTER = /^\s+(?:summit|hotel|airport|bridge|highway|stadium|hospital|mosque|palace|conference|forum|prize|award|centre|center|foundation|scholarship|expressway|causeway|dam|canal|library|museum)\b/;

/** Nouns of buildings and sites named after a person, in either case after the name ("Halim Perdanakusuma airport", "King David Hotel"). */
const PLACE_NAMED_AFTER_PERSON_AFTER = /^\s+(?:[Aa]irport|[Aa]irbase|[Hh]otel|[Ss]tadium|[Bb]ridge|[Hh]ighway|[Ee]xpressway|[Hh]ospital|[Pp]alace|[Mm]useum|[Ll]ibrary|[Cc]auseway|[Uu]niversity|[Ss]treet|[Aa]venue|[Bb]oulevard|[Ss]quare)\b/;

/**
 * Nouns of news media in lower case after a name ("Russia's RIA Novosti news agency", "Egypt's Al Ahram newspaper"): the run
 * names the medium. Not a person's appearance on one ("a Kamala Harris television interview").
 */
const MEDIUM_NAMED_AFTER =
  /^\s+(?:news agency|agency|newspaper|daily|weekly|broadcaster|television|TV|channel|radio|website|news site|news outlet|magazine)\b(?!\s+(?:interview|address|appearance|speech|debate|ad|advert|advertisement|broadcast|programme|program|show)\b)/;

/** A noun for a firm, set off by a comma or not, right before a run ("its subsidiary, …", "the contractor …"). */
/**
 * "manufactured by Italy's Alenia Aermacchi", "the L-159 by Aero Vodochody": the agent of making a thing, or the maker of a
 * model written by its number, is a firm.
 */
const MAKER_BEFORE = /(?:\b(?:manufactured|built|produced|designed|developed)|(?<![\p{L}\p{N}])\p{Lu}[\p{L}]*-?\p{N}+[\p{L}\p{N}]*)\s+by\s+(?:\p{Lu}[\p{L}.]*['’]s\s+)?$/u;
const FIRM_NOUN_BEFORE = /\b(?:subsidiary|subsidiaries|affiliate|firm|company|contractor|subcontractor|manufacturer|shipbuilder|shipyard|airline|start-?up|conglomerate|distributor|carmaker|automaker|chipmaker|defence group|defense group)\s*,?\s*$/;

/** Words before a place's name: prepositions of place (not "to", "from", "with": "spoke to …", "a call from …"), going to a place, storming it. */
const PLACE_BEFORE = /(?:^|[\s(])(?:in|near|inside|outside|into|across|(?:fled|flew|moved|went|returned|headed|travell?ed|retreated|withdrew|escaped|marched|advanced|deployed) to|stormed|shelled|besieged|overran|raided)\s+$/i;

/** Nouns of things a numeral after a name's word marks: missions, weapons, programmes, versions ("Artemis II mission"). */
const NUMBERED_THING_AFTER =
  /^(?:\s+[\p{Lu}][\p{L}-]*){0,2}\s+(?:mission|missions|missile|missiles|weapon|weapons|bomb|bombs|rocket|rockets|launcher|launchers|system|systems|programme|program|satellite|satellites|tank|tanks|aircraft|jets?|submarines?|frigates?|variant|version|standard|upgrade|class|capsule|spacecraft|telescope|reactor|engine|engines|munitions?|warheads?)\b/u;

/** Legal forms written before a company's name, as Russian and other post-Soviet firms write them ("NPO", "JSC", "PJSC"). */
const COMPANY_FORMS = new Set(['NPO', 'JSC', 'OJSC', 'PJSC', 'CJSC', 'OAO', 'ZAO', 'PAO', 'FSUE', 'NPK', 'KB']);

function isShipPrefix(runs: SentenceRuns, token: Token | undefined): boolean {
  return token !== undefined && (SHIP_PREFIXES.has(token.text) || (runs.naval && NAVY_PREFIX.test(token.text)));
}

/** The runs of capitalized words of a sentence that name people, each with the title, honorific and country written with it. */
function candidatesIn(sentence: Sentence, text: string, known: Set<string>): Candidate[] {
  const tokens = tokensOf(sentence);
  const runs: SentenceRuns = { sentence, text, known, tokens, naval: NAVAL_SENTENCE.test(sentence.text), vesselEnd: -1, found: [] };
  const { found } = runs;
  for (let index = 0; index < tokens.length; index++) {
    // Only a sentence read across a line break (withWrappedNames) has a line break inside it: a name may go on after it.
    const name = nameAt(tokens, index, sentence.text.includes('\n') ? 3 : 1);
    if (!name) continue;
    const run = trimmedRun(runs, name);
    const { parts, firstIndex, nameText, end } = run;
    // ("Cheong Wa Dae said": the end of an organization's name whose first word the run left out is no one either.)
    if (STATE_ORGANIZATIONS.has(nameText) || COMPANY_NAMES.has(nameText) || [...STATE_ORGANIZATIONS].some((organization) => organization.endsWith(` ${nameText}`) && text.slice(end - organization.length, end) === organization)) continue;
    // "USS Dwight D. Eisenhower": the whole run is the ship's, no later word of it starts a name.
    // "NPO Mashinostroyeniya", "JSC Rosoboronexport": a company's legal form before a run makes it the company's name.
    if (COMPANY_FORMS.has(parts[0].text) || COMPANY_FORMS.has(tokens[firstIndex - 1]?.text ?? '')) {
      index = name.last;
      continue;
    }
    if (isShipPrefix(runs, parts[0]) || isShipPrefix(runs, tokens[firstIndex - 1]) || (runs.vesselEnd >= 0 && (LIST_JOINT.test(text.slice(runs.vesselEnd, parts[0].start)) || (runs.naval && VESSEL_LIST_JOINT.test(text.slice(runs.vesselEnd, parts[0].start)))))) {
      index = name.last;
      runs.vesselEnd = end;
      continue;
    }
    index = name.last;
    if (!passesRunGates(runs, run)) continue;
    if (run.single) pushSingle(runs, run);
    else if (passesNameVetoes(runs, run)) pushFullName(runs, run);
  }
  // "CHO Tae-yul" read family name first, and "Presidents Biden and Yoon", replace the runs the general rule read over the same words.
  const special = [...familyNamesFirstIn(sentence), ...pluralTitleSurnamesIn(sentence)];
  const kept = found.filter((candidate) => !special.some((other) => candidate.start < other.end && other.start < candidate.end));
  // A given name addressing someone replaces the bare word the general rule read there.
  const addressed = vocativesIn(sentence, kept.filter((candidate) => !candidate.single));
  const unaddressed = kept.filter((candidate) => !addressed.some((other) => candidate.start === other.start));
  // "Macron and his wife Brigitte": a relative's given name alone takes the family name of the one it is the relative of.
  const relatives = relativesIn(sentence, unaddressed);
  const unrelated = unaddressed.filter((candidate) => !relatives.some((other) => candidate.start < other.end && other.start < candidate.end));
  return [...unrelated, ...capitalSurnamesIn(sentence, text), ...special, ...addressed, ...relatives];
}

/** The run a name starts at, trimmed of the words before it that are no part of a name: openers, portfolios, initials of offices, nouns for people … */
function trimmedRun(runs: SentenceRuns, name: { first: number; last: number }): NameRun {
  const { sentence, text, tokens } = runs;
  // "Prime Minister Luís Montenegro met …": after a title, a single given word and a country's name ending the run is a family name.
  const family = tokens[name.last + 1];
  if (
    // ("President Kenyatta's Washington visit": not after a possessive.)
    name.first === name.last && !/['’]s?$/.test(tokens[name.last].text) && family && family.start - tokens[name.last].end === 1 && /^\p{Lu}\p{Ll}+$/u.test(family.text) &&
    placeNamed(family.text)?.kind === 'name' && !capitalized(tokens[name.last + 2]?.text ?? '') && !/^[-–]/.test(tokens[name.last + 2]?.text ?? '') &&
    titleBefore(tokens, name.first, text) !== null
  ) name.last += 1;
  // "President Ian Khama Khama of Botswana": a word written twice at a name's end is one slip of the pen.
  if (name.last - name.first >= 2 && tokens[name.last].text === tokens[name.last - 1].text) name.last -= 1;
  const parts = tokens.slice(name.first, name.last + 1);
  // Leading words that are no part of a name: sentence openers ("The", "Within") and titles.
  // (Initials in capitals, "JD", are part of the name whatever the lexicon says.)
  // Only the sentence's first word is capitalized by position: "Dick" after a title stays a name.
  const runAfter = text.slice(tokens[name.last].end, tokens[name.last].end + 80);
  // "Wang Wenbin, a spokesman for …": a noun opening the sentence stays when a word no lexicon knows and a role after make it a name.
  const keepsFirst =
    (nounOnly(parts[0]) && parts.slice(1).some(unknownWord) && (APPOSITION_AFTER.test(runAfter) || SPEECH_AFTER.test(runAfter))) ||
    // "Wang Yi met …", "Ma Zhaoxu told …": the same noun before a word the lexicon gives as a family name, acting as a person does.
    (nounOnly(parts[0]) && parts.length <= 3 && parts.slice(1).every((part) => isNameWord(stripPossessive(part.text))) && (SPEECH_AFTER.test(runAfter) || HUMAN_VERB_AFTER.test(runAfter) || PERSON_PASSIVE_AFTER.test(runAfter))) ||
    // "Park Geun-hye was impeached": a family name before a syllable given name opening the sentence stays.
    (parts.length === 2 && /^\p{Lu}\p{Ll}{1,4}$/u.test(parts[0].text) && SYLLABLE_GIVEN_NAME.test(stripPossessive(parts[1].text))) ||
    // "Benedict XVI, who resigned …": a pope's name opening the sentence before its ordinal stays.
    (parts.length === 2 && PAPAL_NAMES.has(parts[0].text) && REGNAL_ORDINALS.has(stripPossessive(parts[1].text)));
  // "Hope Mwangi was detained", "Will Harrington, a spokesman for …": a word as a given name before a surname no lexicon knows, in a person's context.
  const wordGiven = wordGivenName(parts, text, sentence);
  const billFirst = parts[0].text === 'Bill' && billGivenName(tokens, name.first);
  while (!keepsFirst && !wordGiven && !billFirst && parts.length > 1 && parts[0] === tokens[0] && !/^\p{Lu}{2,3}$/u.test(parts[0].text) && isCommonWord(stripPossessive(parts[0].text))) parts.shift();
  // "Q Netanyahu said …": a transcript's mark of a question opening the sentence is no initial.
  if (parts.length > 1 && parts[0] === tokens[0] && parts[0].text === 'Q') parts.shift();
  // "… in a post on X. Tangsiri's death …": the platform X before a sentence's end is no initial of the name after it.
  if (parts.length > 1 && parts[0].text === 'X.' && !/^\p{Lu}\.$/u.test(parts[1].text) && PLATFORM_BEFORE.test(text.slice(Math.max(sentence.start, parts[0].start - 12), parts[0].start))) parts.shift();
  // "Special Presidential Envoy for Climate John Kerry": a portfolio's word before a given name and a surname is no part of the name
  // (a word no lexicon or dictionary knows, "… Cooperation Mahamudu Ali Youssouf", is the name's first).
  const afterPortfolio = PORTFOLIO_OPENING.test(text.slice(Math.max(sentence.start, parts[0].start - 100), parts[0].start));
  const portfolioWord = (part: Token) => !isNameWord(part.text) && (lexiconTags(part.text).length > 0 || isPlainWord(part.text));
  // ("Minister of Justice and Correctional Services Ronald Lamola": the portfolio's last field may be two words or three.)
  const givenAt = afterPortfolio && !wordGiven ? parts.findIndex((part, at) => at > 0 && at <= 3 && isGivenName(part.text)) : -1;
  if (givenAt > 0 && parts.length - givenAt >= 2 && parts.slice(0, givenAt).every(portfolioWord)) parts.splice(0, givenAt);
  // "… and Human Rights Uzra Zeya": the portfolio's last field, common words, before two words no lexicon knows.
  while (parts.length > 2 && afterPortfolio && !wordGiven && isCommonWord(stripPossessive(parts[0].text)) && !isNameWord(parts[0].text) && parts.slice(-2).every(unknownWord)) parts.shift();
  // "Speaker of the House of Representatives Wahono": a body's last word, a plural noun, before one word no lexicon knows (a
  // name of one word, as Indonesian names may be) is no part of the name.
  if (parts.length === 2 && afterPortfolio && !wordGiven && /\p{Ll}s$/u.test(parts[0].text) && isCommonWord(parts[0].text) && !isNameWord(parts[0].text) && unknownWord(parts[1])) parts.shift();
  // "MIL CMD Ravi Kant", "CEO Jane Okafor": an organization's and an office's initials before a name are no part of it
  // (one set of capitals alone before a name is a Korean or Japanese family name, "KIM Jong Un", unless an office's).
  // ("ambassador to the US Robinson Njeru Githae": a country's initials before a name are the posting's, no part of it.)
  const leadingCapitals = parts.findIndex((part) => !/^\p{Lu}{2,4}$/u.test(part.text));
  if (leadingCapitals > 0 && parts.length - leadingCapitals >= 2 && (leadingCapitals >= 2 || EXECUTIVE_INITIALS.has(parts[0].text) || placeNamed(parts[0].text)?.kind === 'name')) parts.splice(0, leadingCapitals);
  // "Finmeccanica CEO Mauro Moretti": an office's initials inside the run end the firm's name before the person's.
  const officeAt = parts.findIndex((part, at) => at > 0 && EXECUTIVE_INITIALS.has(part.text));
  if (officeAt > 0 && parts.length - officeAt > 2) parts.splice(0, officeAt + 1);
  // "Candidate Edmundo González said": a role noun opening the sentence is no part of the name.
  // "Candidates Tunde Bakare and …", "Activists …": a noun for people opening the sentence is no part of the name either.
  if (parts.length > 2 && parts[0] === tokens[0] && (OPENING_ROLE_BEFORE.test(` ${parts[0].text}`) || personNounOrPlural(parts[0].text.toLowerCase()))) parts.shift();
  // "The Killing of Journalist Shireen Abu Akleh", "U.S. Citizen Marc Fogel": a noun for a person, capitalized in a headline, says whom the name after it names.
  const headlineNoun = parts.length > 2 && /^\p{Lu}\p{Ll}+$/u.test(parts[0].text) && !isGivenName(parts[0].text) && isPersonNoun(parts[0].text);
  if (headlineNoun) parts.shift();
  // "St John Paul II", "Saint Pius X": a saint's style before a pope's or monarch's name and ordinal is no part of the name.
  if (parts.length > 2 && SAINT_STYLES.has(parts[0].text) && REGNAL_ORDINALS.has(parts[parts.length - 1].text)) parts.shift();
  // "Prime Minister of New Zealand Mere Tainui": the rest of a country's name after an office "of" it opens no name.
  while (parts.length > 2 && parts[0].start > sentence.start && tokens[name.last - parts.length] && placeNamed(`${tokens[name.last - parts.length].text} ${parts[0].text}`)?.kind === 'name') parts.shift();
  // "the Crown Prince of Abu Dhabi Mohamed bin Zayed": the place an office is "of", written before the holder's name, is no part of it.
  if (parts.length > 2 && OFFICE_OF_PLACE_BEFORE.test(text.slice(Math.max(sentence.start, parts[0].start - 60), parts[0].start))) {
    for (let words = Math.min(3, parts.length - 2); words >= 1; words--) {
      if (placeNamed(text.slice(parts[0].start, parts[words - 1].end))) {
        parts.splice(0, words);
        break;
      }
    }
  }
  const firstIndex = name.last - parts.length + 1;
  const written = stripPossessive(text.slice(parts[0].start, parts[parts.length - 1].end));
  const end = parts[0].start + written.length;
  // "Joseph R. Biden, Jr.": the comma before a generational suffix is no part of the name's form.
  // ("Frank (Voreqe) Bainimarama": a name in brackets inside the name is no part of its form.)
  // "Rodrigo “Timochenko” Londoño", "Jimmy “Barbecue” Cherizier": a nickname in quotes is no part of the name; a given name
  // in quotes is the middle name the person goes by ("Michael “Erik” Kurilla").
  const nameText = written
    .replace(/\s[“"](\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)[”"](?=\s)/gu, (quoted, nickname: string) => (isGivenName(nickname) ? quoted : ''))
    .replace(/\s['‘](\p{Lu}[\p{L}\p{M}.-]*(?:\s\p{Lu}[\p{L}\p{M}.-]*)?)['’](?=\s)/gu, (quoted, nickname: string) => (isGivenName(nickname) ? ` ${nickname}` : ''))
    .replace(/[“”"]/g, '').replace(/\s*\([^()]*\)\s*/g, ' ').replace(/\s+/g, ' ').replace(/,\s*(?=(?:Jr|Sr)\.|(?:II|III|IV)\b)/, ' ');
  return { parts, firstIndex, nameText, end, wordGiven, headlineNoun, title: null, titleText: null, honorific: false, single: false, after: '', syllableName: false, nameShaped: false, commaTitle: null, commaOffice: null };
}

const FOREIGN_ARTICLES = new Set(['La', 'Il', 'Lo', 'Der', 'Die', 'Das', 'Los', 'Las']);
/**
 * Nouns of other languages for a building, a site, a state or a body, which open its name as "Stadium" or "Party" would
 * end an English one ("Estadio Latinoamericano", "Estado Novo", "Palácio do Planalto", "Partido Colorado", "Milli Mejlis"):
 * no given name opens with them, though the given-name registers list some.
 */
const FOREIGN_THING_OPENERS = new Set(
  'Estadio Estádio Estado Palácio Palais Palazzo Casa Avenida Calle Rua Museo Museu Teatro Universidad Universidade Instituto Partido Movimiento Movimento Frente Ejército Exército Asamblea Congreso Assemblée Banco Iglesia Igreja Catedral Aeropuerto Aeroporto Parque Praça Milli Majlis Mejlis'.split(' '),
);
/**
 * Weapons named like people ("Sky Sabre air defence systems", "Land Ceptor missiles"): a run set right before a weapon's
 * noun in lower case names the weapon (a person's name is not written as a modifier of a weapon's).
 */
const WEAPON_AFTER =
  /^\s+(?:(?:air|missile|anti-\p{L}+|ballistic|cruise|surface-to-air|short-range|medium-range|long-range)[\s-]+)*(?:defen[cs]e\s+)?(?:missiles?|rockets?|launchers?|systems?|tanks?|howitzers?|drones?|interceptors?|radars?|munitions?|warheads?|batter(?:y|ies))\b/u;
/** The title and honorific written before a run; false when it is a thing's name: a firm's, a vessel's, a site's, one named after a person. */
function passesRunGates(runs: SentenceRuns, run: NameRun): boolean {
  const { sentence, text, tokens } = runs;
  const { parts, firstIndex, nameText, end } = run;
  let title = (run.title = titleBefore(tokens, firstIndex, text));
  if (title && title.start < sentence.start) title = run.title = null;
  const honorific = (run.honorific = firstIndex > 0 && isHonorificAt(tokens, firstIndex - 1));
  const single = (run.single = parts.length === 1 || (parts.length === 2 && parts[1].text === 'Jr.'));
  const after = (run.after = text.slice(end, end + 80));
  // "Assistant to the President & Senior Advisor": an office an ampersand ends is no title of the run after it.
  if (title && /&/.test(text.slice(tokens[firstIndex - 1].end, parts[0].start))) title = run.title = null;
  if (!honorific && firmAmpersand(text.slice(Math.max(sentence.start, parts[0].start - 40), parts[0].start), after, single)) return false;
  // "Martin Luther King Jr. Day", "the Abraham Accords", "the frigate Admiral Gorshkov": a thing named after a person.
  const beforeTitle = text.slice(Math.max(sentence.start, (title?.start ?? parts[0].start) - 40), title?.start ?? parts[0].start);
  if (VESSEL_BEFORE.test(beforeTitle) || VESSEL_SET_OFF_BEFORE.test(beforeTitle) || VESSEL_AFTER.test(after)) {
    runs.vesselEnd = end;
    return false;
  }
  if (EPONYM_AFTER.test(after) || COMPANY_AFTER.test(after) || DISTANCE_AFTER.test(after)) return false;
  if (!title && !honorific && namedThing(runs, run)) {
    if (runs.naval) runs.vesselEnd = end;
    return false;
  }
  // "At the King David summit", "the Queen Alia airport": a titled name between an article and a place's or an occasion's
  // noun names that thing.
  if (title && THE_BEFORE.test(text.slice(Math.max(sentence.start, title.start - 12), title.start)) && NAMED_AFTER_PERSON_AFTER.test(after)) return false;
  // "landed at Halim Perdanakusuma airport", "stayed at the King David Hotel": a run no office or style names, before a
  // noun for a building or a site (in either case), names that place.
  if (!honorific && (!title || THE_BEFORE.test(text.slice(Math.max(sentence.start, title.start - 12), title.start))) && PLACE_NAMED_AFTER_PERSON_AFTER.test(after)) return false;
  if (!title && !honorific && MEDIUM_NAMED_AFTER.test(after)) return false;
  // "LS Cable’s U.S. subsidiary, LS Greenlink, is building …": a run set off after a noun for a firm names that firm.
  if (!title && !honorific && FIRM_NOUN_BEFORE.test(text.slice(Math.max(sentence.start, parts[0].start - 30), parts[0].start))) return false;
  if (!title && !honorific && !isGivenName(parts[0].text) && MAKER_BEFORE.test(text.slice(Math.max(sentence.start, parts[0].start - 40), parts[0].start))) return false;
  const runBefore = text.slice(Math.max(sentence.start, parts[0].start - 12), parts[0].start);
  // ("to the Moon by 2024": one word after an article is a thing's name too.)
  // ("the steps of St John Paul II": a saint's style before a name ending in a regnal ordinal opens no site's name.)
  const regnalRun = REGNAL_ORDINALS.has(parts[parts.length - 1].text) && !NUMBERED_THING_AFTER.test(after);
  if (!title && !honorific && ((!single && !regnalRun && SITE_BEFORE.test(runBefore)) || (THE_BEFORE.test(runBefore) && !(single ? SURNAME_ATTRIBUTIVE_AFTER : ATTRIBUTIVE_AFTER).test(after)))) return false;
  // "according to La Repubblica", "Der Spiegel reported": a run opening with another language's definite article names a
  // newspaper, a body or a place ("Le" and "El" open family names too: "Le Drian", "Le Luong Minh").
  if (!title && !honorific && parts.length >= 2 && FOREIGN_ARTICLES.has(parts[0].text)) return false;
  // "Havana’s Estadio Latinoamericano", "the old regime, or Estado Novo": a run opening with another language's noun for a
  // building, a state or a body names that thing.
  if (!title && !honorific && parts.length >= 2 && FOREIGN_THING_OPENERS.has(parts[0].text)) return false;
  if (!title && !honorific && WEAPON_AFTER.test(after)) return false;
  const titleText = (run.titleText = title?.title ?? null);
  // "Corps commander Karachi and his battalions": after a role written in lower case, a city's or a country's name alone is
  // the command's seat, not a surname (an office in capitals keeps it: "Secretary Paris" may be someone).
  if (single && titleText && /(?:^|\s)\p{Ll}+$/u.test(titleText) && !runs.known.has(nameText) && placeNamed(nameText)) return false;
  // "the Assistant Minister of Defence of Saudi Arabia Dr …": the last word of a place's name is no surname.
  if (single && firstIndex > 0 && tokens[firstIndex - 1].end + 1 === parts[0].start && placeNamed(`${tokens[firstIndex - 1].text} ${nameText}`)) return false;
  return true;
}

/** A name given to something: "named", "renamed", "christened" or "the names" written right before it. */
const NAMING_BEFORE = /\b(?:named|renamed|christened|names)\s+$/;
/** "… named X after …", "… named X in honour of …": the name is given for someone else. */
const NAMED_FOR_AFTER = /^\s+(?:after|in hono(?:u)?r of)\b/;
/**
 * "The warship, named Gamal Abdel Nasser after the second president", "the frigates received the names Tran Hung Dao and …":
 * a name given to a thing, in a sentence about vessels or given for someone else, is the thing's, no one's.
 */
function namedThing(runs: SentenceRuns, run: NameRun): boolean {
  const { sentence, text } = runs;
  const { parts, after } = run;
  const before = text.slice(Math.max(sentence.start, parts[0].start - 30), parts[0].start);
  // ("a sailor named John Smith": a person's noun before "named" keeps the name someone's.)
  const namer = /(\p{L}+)\s+named\s+$/u.exec(before)?.[1];
  return NAMING_BEFORE.test(before) && !(namer && isPersonNoun(namer)) && (runs.naval || NAMED_FOR_AFTER.test(after));
}

/** The ordinals a text writes after a name ("Abdullah" → II), each name's looked up once per text: a long text names its king in many sentences. */
const ordinalsByName = oncePerText(() => new Map<string, Set<string>>());
function ordinalsAfter(text: string, name: string): Set<string> {
  const known = ordinalsByName(text);
  let ordinals = known.get(name);
  if (!ordinals) {
    ordinals = new Set([...text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(name)} (${ORDINALS})(?![\\p{L}\\p{M}])`, 'gu'))].map((match) => match[1]));
    known.set(name, ordinals);
  }
  return ordinals;
}

/** A surname alone: its title's holder, a king or pope named with the title, or an office set off by commas after it. */
function pushSingle(runs: SentenceRuns, run: NameRun): void {
  const { sentence, text, tokens, found } = runs;
  const { parts, firstIndex, nameText, end, title, titleText, honorific, after } = run;
  if (titleText && REGNAL_TITLES.has(titleText.replace(MODIFIERS, ''))) {
    // "Pope Francis": the title is part of how the person is named.
    const regnal = titleText.replace(MODIFIERS, '');
    // "King Abdullah" in a text that writes "King Abdullah II": the monarch of that ordinal, not a namesake without one.
    const ordinals = ordinalsAfter(text, nameText);
    if (ordinals.size === 1) {
      found.push({ name: `${nameText} ${[...ordinals][0]}`, start: parts[0].start, end, sentence, title: titleText, titleStart: title!.start, country: countryBefore(text, title!.start, sentence.start), single: false });
      return;
    }
    found.push({ name: `${regnal} ${nameText}`, start: parts[0].start - regnal.length - 1, end, sentence, title: titleText, titleStart: title!.start, country: countryBefore(text, title!.start, sentence.start), single: false });
  } else {
    const surnameHonorific = firstIndex > 0 && SURNAME_HONORIFICS.has(tokens[firstIndex - 1].text);
    // "Okonkwo, the defence minister, said": a surname alone, its office set off by commas after it, is that office's holder.
    // (An adverb opening the sentence, "Afterwards, the foreign minister, …", is no one.)
    const surnameShaped = !isCommonWord(nameText) && (lexiconTags(nameText).length === 0 || isNameWord(nameText)) && !/(?:ly|wards?)$/.test(nameText);
    const office = !title && surnameShaped ? SINGLE_OFFICE_AFTER.exec(after) : null;
    const officeBefore = !title && !office && !honorific && surnameShaped ? singleOfficeBefore(runs, run) : null;
    const country = title
      ? (countryBefore(text, title.start, sentence.start) ?? countryOfOffice(titleText))
      : office
        ? countryIn(ownPart(office[1]).replace(/['’]s\b/g, ''))
        : officeBefore?.owner
          ? countryIn(officeBefore.owner.replace(/['’]s$/, ''))
          : null;
    const officeTitle = office ? titleCase(officeWords(office[2])) : officeBefore ? titleCase(officeBefore.office) : null;
    found.push({ name: nameText, start: parts[0].start, end, sentence, title: titleText || officeTitle, titleStart: title?.start ?? officeBefore?.start ?? parts[0].start, country, single: true, honorific: surnameHonorific, styled: honorific });
  }
}

/**
 * "Indonesia's first president, Sukarno, opened …", "the group's leader, Shekau, said": an office written in lower case after
 * an article or an owner, set off by commas before a single word (or the sentence's end, or a verb of saying), names that
 * word's bearer — the whole name the text gives (group 1 the owner, group 2 the office's words).
 */
const SINGLE_OFFICE_BEFORE =
  /(?:^|[\s(])(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?['’]s))\s+(?:[\p{Ll}'’-]+\s+){0,2}?(president|prime minister|minister|ambassador|envoy|emir|spokesman|spokeswoman|spokesperson|leader|chairman|chairwoman|chair|director|secretary|commander|governor|founder|ruler|king|queen|monarch|dictator|chief)\s*,\s*$/u;
const SINGLE_OFFICE_END_AFTER = /^(?:\s*[,.;)]|\s*$)/;
function singleOfficeBefore(runs: SentenceRuns, run: NameRun): { owner: string | null; office: string; start: number } | null {
  const { sentence, text } = runs;
  const { parts, nameText, after } = run;
  if (placeNamed(nameText) || countryIn(nameText) !== null || namesNoPerson([nameText]) || !(SINGLE_OFFICE_END_AFTER.test(after) || SPEECH_AFTER.test(after))) return null;
  const from = Math.max(sentence.start, parts[0].start - 60);
  const match = SINGLE_OFFICE_BEFORE.exec(text.slice(from, parts[0].start));
  return match ? { owner: match[1] ?? null, office: match[2], start: from + match.index } : null;
}

/** The last words of a picture agency's credit ("AP Photo", "Getty Images", "Reuters Pictures"). */
const CREDIT_WORDS = new Set(['Photo', 'Photos', 'Images', 'Pictures', 'PHOTO', 'IMAGES']);

/** The words of a run of two or more that make it no one's name without a title: a place, words of the language, a maker, a weapon … */
function passesNameVetoes(runs: SentenceRuns, run: NameRun): boolean {
  const { sentence, text, known } = runs;
  const { parts, nameText, wordGiven, honorific, title, after } = run;
  const strongEvidence = title !== null || honorific;
  // "Abu Dhabi", "Sierra Leone": a place whose first word is also a given name.
  if (placeNamed(nameText)) return false;
  // "Chair of the National Prayer Breakfast": words of the language all through make a thing's name, whatever title is written before.
  if (!honorific && parts.every((part) => PARTICLES.has(part.text) || isPlainWord(stripPossessive(part.text)))) return false;
  // "Several Democratic lawmakers": a run with a common word is no name unless a title or honorific says so.
  // "Pamela Young", "Gordon Brown": a family name that is also a word, after a given name.
  // "Pieter van der Berg": particles before a family name that is a word say the same.
  const nameWords = parts.filter((part) => !PARTICLES.has(part.text));
  const familyWord =
    (nameWords.length === 2 && nameWords[0] === parts[0] && (isGivenName(parts[0].text) || (nameWords.length < parts.length && unknownWord(parts[0]))) && !isCommonWord(parts[0].text)) ||
    givenNamesBeforeFamilyWord(parts);
  // "Nguyen Van Thanh", "Fatima Zahra El Amrani": inside a name a capitalized particle is no common word.
  // ("Bill Clinton": the law's word opening a name, as billGivenName reads it, is a given name.)
  const commonWord = (part: Token, at: number) => !(at === 0 && part.text === 'Bill' && billGivenName(runs.tokens, run.firstIndex)) && !PARTICLES.has(at > 0 ? part.text.toLowerCase() : part.text) && !/^\p{Lu}{2,3}$/u.test(part.text) && isCommonWord(stripPossessive(part.text)) && !isNameWord(part.text);
  // A plain noun ("Wang", "Van") is a name's word when the run has a word no lexicon knows and a speech verb or role after it.
  const spoken = SPEECH_AFTER.test(after) || APPOSITION_AFTER.test(after) || PERSON_OBJECT_BEFORE.test(text.slice(Math.max(sentence.start, parts[0].start - 20), parts[0].start));
  // "…,” said Jaeil Son, President and CEO of …", "said Christian Catrina, who …": a word of the language beside a name's word in the speaker set off after a verb of saying.
  const speaker = (run.speaker = speakerSetOff(runs, run));
  const vetoes = (part: Token, at: number) =>
    commonWord(part, at) && !(spoken && nounOnly(part) && parts.some(unknownWord)) && !(speaker && parts.some((other) => other !== part && (unknownWord(other) || isNameWord(stripPossessive(other.text)))));
  // "Park Geun-hye", "Moon Jae-in", "Ban Ki-moon": a short family name, then a hyphenated given name of two syllables
  // (Korean and Taiwanese names as the press writes them), whatever the family name means as a word.
  const syllableName = (run.syllableName =
    (parts.length === 2 && /^\p{Lu}\p{Ll}{1,4}$/u.test(parts[0].text) && SYLLABLE_GIVEN_NAME.test(stripPossessive(parts[1].text))) ||
    // "Choe Son Hui", "Ri Son Gwon": a Korean family name and a given name of two syllables written apart, as the North's names are.
    (parts.length === 3 && KOREAN_FAMILY_NAMES.has(parts[0].text) && parts.slice(1).every((part) => /^\p{Lu}\p{Ll}{1,4}$/u.test(stripPossessive(part.text)))) ||
    // "Le Luong Minh", "Do Van Hung": a Vietnamese family name, whatever it means as a word, and two given words of one syllable.
    (parts.length === 3 && VIETNAMESE_FAMILY_NAMES.has(parts[0].text) && parts.slice(1).every((part) => /^\p{Lu}\p{Ll}{1,5}$/u.test(stripPossessive(part.text)))));
  // "Benedict XVI, who resigned …", "Leo XIV": a pope's name before its ordinal is no word of the language.
  const regnalName = parts.length === 2 && REGNAL_ORDINALS.has(parts[1].text) && (PAPAL_NAMES.has(parts[0].text) || isGivenName(parts[0].text)) && !NUMBERED_THING_AFTER.test(after);
  if (!strongEvidence && !known.has(nameText) && !syllableName && !wordGiven && !regnalName && (familyWord ? vetoes(parts[0], 0) : parts.some(vetoes))) return false;
  // "the ministry's DDR&D", "the Research & Development Directorate": an ampersand joins the words of a body's name, no person's.
  if (/&/.test(nameText)) return false;
  // "MS NOW reported", "BBC NEWS said": a run all in capitals holding a word of the language (of three letters or more) is a
  // channel's or a programme's name, not initials and a name ("KIM Jong Un" writes the family name so, not words).
  if (!strongEvidence && !known.has(nameText) && parts.every((part) => /^\p{Lu}{2,}$/u.test(part.text)) && parts.some((part) => part.text.length >= 3 && isCommonWord(part.text) && !isNameWord(part.text))) return false;
  // "Zaporizhia NPP", "Bushehr NPP": a run of words in title case ending in initials without a vowel (no family name written in
  // capitals, "Taro ASO", is so) and no post-nominal letters names a plant, a body or a party, unless a title, a style or a given
  // name opening it says a person.
  const last = parts[parts.length - 1].text;
  if (!strongEvidence && !known.has(nameText) && /^[B-DF-HJ-NP-TV-XZ]{2,5}$/.test(last) && !REGNAL_ORDINALS.has(last) && !POST_NOMINALS.has(last) && parts.slice(0, -1).every((part) => !/^\p{Lu}{2,}$/u.test(part.text)) && !isGivenName(parts[0].text) && !isForeignGivenName(parts[0].text)) return false;
  // "Credit: Jane Doe, AP Photo", "AFP Photo": a picture agency's credit is no one (the photographer credited beside it is).
  if (CREDIT_WORDS.has(parts[parts.length - 1].text)) return false;
  // "Kongsberg Gruppen said", "Leopard Tanks arrived", "Fatah Hawks warned": a maker, a weapon or an armed group.
  if (!strongEvidence && !known.has(nameText) && namesNoPerson(parts.map((part) => stripPossessive(part.text)))) return false;
  // "Authorities in Nagorno Karabakh announced …", "he fled to Tora Bora", "protesters stormed Gono Bhaban": a run no title or
  // style names, after a preposition of place, a verb of going to a place or of storming one, is the place's name.
  if (!strongEvidence && !known.has(nameText) && !/^['’]/.test(after) && PLACE_BEFORE.test(text.slice(Math.max(sentence.start, parts[0].start - 30), parts[0].start))) return false;
  // "the Artemis II mission", "Paveway IV UK-made bombs", "Trident II missiles": a word no given name and a numeral, then
  // a thing's noun, is a mission's, a weapon's or a programme's mark ("Benedict XVI", "King Tupou VI" keep theirs).
  if (!strongEvidence && !known.has(nameText) && parts.length >= 2 && SUFFIXES.has(parts[1].text) && parts[1].text !== 'Jr.' && parts[1].text !== 'Sr.' && !isGivenName(parts[0].text) && NUMBERED_THING_AFTER.test(text.slice(parts[1].end, parts[1].end + 50))) return false;
  return true;
}

/** "Ahmed Ben Bella": two given names, then a family name that is a word of the language ending the run, as "Pamela Young" has one. */
function givenNamesBeforeFamilyWord(parts: Token[]): boolean {
  if (parts.length !== 3 || NAMED_THING_HEADS.has(stripPossessive(parts[2].text)) || TITLE_WORDS.has(stripPossessive(parts[2].text))) return false;
  return parts.slice(0, 2).every((part) => isGivenName(part.text) && !isCommonWord(part.text)) && /^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(parts[2].text);
}

/**
 * ‘“…,” said Jaeil Son, President and CEO of …’, ‘…, said Christian Catrina, who …’: a run of two or three words after a verb of
 * saying set after a quotation, then set off by a comma before an office or a relative clause of a person, is the speaker.
 */
const SPEAKER_OFFICE_AFTER = /^,\s+(?:who\s|(?:the\s+)?(?:(?:Deputy|Vice|Senior|Chief|Executive|Managing|Acting|Former)\s+)*(?:President|Chairman|Chairwoman|Chairperson|Chair|CEO|Director|Director-General|Minister|Secretary|Head|Spokesman|Spokeswoman|Spokesperson|Ambassador|Commander|Governor|Mayor|Professor|Senator|General Manager)\b)/u;
function speakerSetOff(runs: SentenceRuns, run: NameRun): boolean {
  const { parts, after } = run;
  return parts.length >= 2 && parts.length <= 3 && SPEAKER_OFFICE_AFTER.test(after) && SPEECH_BEFORE.test(runs.text.slice(Math.max(runs.sentence.start, parts[0].start - 20), parts[0].start));
}

/**
 * "A week later, defense ministers of Armenia and Azerbaijan Serzh Sargsyan and …", "the foreign ministers of India and China,
 * …": an office in the plural "of" a list of countries, written right before the list of its holders (group 1 the office,
 * group 2 the countries).
 */
const OFFICES_OF_COUNTRIES_BEFORE =
  /(?:^|[\s,(])((?:(?:[Ff]oreign|[Dd]efen[cs]e|[Pp]rime|[Ff]inance|[Ii]nterior|[Tt]rade|[Dd]eputy|[Vv]ice)\s+)?(?:[Mm]inisters|[Pp]residents|[Ll]eaders|[Pp]remiers|[Aa]mbassadors|[Ee]nvoys|[Hh]eads of (?:[Ss]tate|[Gg]overnment)|[Cc]hiefs of (?:[Ss]taff|[Dd]efen[cs]e [Ss]taff)|[Aa]rmy chiefs))\s+of\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:\s*,\s*(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})*,?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s*,?\s*$/u;
/** The office and the first country of OFFICES_OF_COUNTRIES_BEFORE ending `before`, when every place listed is a country. */
function officesOfCountriesBefore(before: string): { title: string; country: string } | null {
  const match = OFFICES_OF_COUNTRIES_BEFORE.exec(before);
  if (!match) return null;
  const countries = match[2].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((written) => {
    const place = placeNamed(written.replace(/^the\s+/, ''));
    return place && place.kind !== 'city' ? place.code : null;
  });
  if (countries.some((country) => country === null)) return null;
  const title = match[1].toLowerCase().replace(/^(\S+?)s(?= of |$)/, '$1').replace(/(\S+?)s(?= of |$)/, '$1');
  return { title: titleCase(title), country: countries[0]! };
}

/** A run of two words or more with the evidence that it names someone (else kept aside as latent, when shaped like a name). */
function pushFullName(runs: SentenceRuns, run: NameRun): void {
  const { sentence, text, found } = runs;
  const { parts, nameText, end, syllableName, title, titleText, after } = run;
  // "India's ambassador to Manila, Shambhu Kumaran": the office written before, set off by a comma.
  // "Tendai Mukwevho", "Aigerim Bekova": two or more words no lexicon knows as common words (particles aside), the shape of a personal name.
  run.nameShaped =
    syllableName ||
    (parts.filter((part) => !PARTICLES.has(part.text)).length >= 2 && !namesNoPerson(parts.map((part) => part.text)) && parts.every((part, at) => PARTICLES.has(part.text) || unknownWord(part) || isNameWord(stripPossessive(part.text)) || familyAfterParticle(parts, at)));
  const { nameShaped } = run;
  // ("then-President of the Republic of China, Chiang Ching-kuo,": the office read through the modifier's hyphen.)
  const commaTitle = (run.commaTitle = !title ? COMMA_TITLE_BEFORE.exec(text.slice(Math.max(sentence.start, parts[0].start - 60), parts[0].start).replace(JOINED_MODIFIER, '$1 ')) : null);
  const officeBefore = text.slice(Math.max(sentence.start, parts[0].start - 140), parts[0].start).replace(JOINED_MODIFIER, '$1 ');
  const commaOffice = (run.commaOffice = !title && !commaTitle && nameShaped ? (COMMA_OFFICE_OF_BEFORE.exec(officeBefore) ?? COMMA_HEADS_OF_BEFORE.exec(officeBefore)) : null);
  // (Read only for a run shaped as a personal name: "… of Armenia and Azerbaijan Defence Army …" names no one.)
  const officesOfCountries = (run.officesOfCountries = !title && !commaTitle && !commaOffice && nameShaped ? officesOfCountriesBefore(text.slice(Math.max(sentence.start, parts[0].start - 140), parts[0].start)) : null);
  if (!hasNameEvidence(runs, run)) {
    // Kept aside: a later "Mr. Sadykov" or "Sadykov said" may show the run was someone's name (findPeople).
    if (nameShaped) found.push({ name: nameText, start: parts[0].start, end, sentence, title: null, titleStart: parts[0].start, country: null, single: false, latent: true });
    return;
  }
  const titleStart = title?.start ?? parts[0].start;
  let appositionTitle: string | null = null;
  const apposition = APPOSITION_AFTER.exec(after);
  if (!titleText && apposition?.[1] && /^(the|a|an)\b/.test(after.slice(2).trimStart()) && !OCCUPATIONS.split('|').includes(apposition[1])) appositionTitle = titleCase(apposition[1]);
  // "Lord Zac Goldsmith, Minister for Asia said": a formal office set off by a comma, without an article.
  if (!titleText && !appositionTitle) appositionTitle = OFFICE_AFTER.exec(after)?.[1] ?? null;
  const signed = OFFICE_LINE_AFTER.test(after) || PHONE_AFTER.test(after) || /\b(?:Sincerely|Respectfully|Regards),?\s*\n\s*$/.test(text.slice(Math.max(0, parts[0].start - 20), parts[0].start));
  found.push({
    name: nameText,
    staff: signed || CONTACT_BEFORE.test(text.slice(Math.max(0, parts[0].start - 200), parts[0].start)),
    start: parts[0].start,
    end,
    sentence,
    title: titleText || appositionTitle || (commaTitle ? titleCase(commaTitle[2]) : null) || (commaOffice ? commaOffice[1].replace(/^the\s+/, '') : null) || (officesOfCountries?.title ?? null),
    titleStart: commaTitle ? titleStart - commaTitle[0].length : titleStart,
    country:
      // "the defence ministers of Armenia and Azerbaijan, Serzh Sargsyan and …": the first holder is the first country's.
      officesOfCountries?.country ??
      // "India's ambassador to Manila, …": the country before the office, not the one it is posted to.
      (commaTitle ? countryIn(commaTitle[1].split(/\s+(?:to|in|of)\s+/)[0].replace(/['’]s\b/g, '')) : null) ??
      countryBefore(text, commaTitle ? titleStart - commaTitle[0].trimStart().length : titleStart, sentence.start) ??
      countryOfOffice(titleText) ??
      (apposition ? countryIn(ownPart(after.slice(0, after.indexOf(',', 1) > 0 ? after.indexOf(',', 1) : after.length))) : null) ??
      countryAfterName(after),
    single: false,
  });
}

/** Words that open places' and things' names in other languages, and are given names too ("Santa", "San", "Al", "Viet"). */
const FOREIGN_NAME_NOT_OPENING = new Set('Santa Santo San Sao La Le Les Los Las El Al Ad Yad Viet Wadi Ouadi Bienvenido Star Porto Rio Monte Mont Saint Sainte Fort Villa Bab Beit Ras Tel Kafr Ain Bir Jebel Djebel Lago Costa Sierra Punta'.split(' '));
/**
 * "The sanctions target Oleg Deripaska", "Mamadou Diallo as defence minister": a run of two or three words shaped like a
 * personal name (no word of the language in it) that opens with a given name of another language is someone's, unless
 * an article, a preposition of place, a possessive, a numeral or a noun for a kind of thing comes before it ("the
 * Alenia …", "Italy's Alenia Aermacchi", "36 Jas Gripen", "the newspaper Nasha Niva") or a model's mark after it.
 */
function foreignGivenRun(runs: SentenceRuns, run: NameRun): boolean {
  const { sentence, text } = runs;
  const { parts, nameShaped } = run;
  if (!nameShaped || parts.length < 2 || parts.length > 3) return false;
  if (!parts.every((part, at) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*(?:['’]s?)?$/u.test(part.text) || (at > 0 && PARTICLES.has(part.text)))) return false;
  if (FOREIGN_NAME_NOT_OPENING.has(unaccented(parts[0].text)) || !isForeignGivenName(parts[0].text)) return false;
  const before = text.slice(Math.max(sentence.start, parts[0].start - 30), parts[0].start);
  if (/(?:\b(?:the|a|an|in|at|from|into|for|near|outside)|['’]s?|\d)\s+$/i.test(before) || KIND_NOUN_BEFORE.test(before)) return false;
  // "… tut.by and Nasha Niva": an item of a list of things ("media outlets including …").
  if (/\b(?:outlets|newspapers|media|companies|firms|groups|websites|channels|brands|ships|vessels|frigates)\s+(?:such as|including|like)\b(?:[^.;:]|\.(?=\S))*$/.test(text.slice(Math.max(sentence.start, parts[0].start - 80), parts[0].start))) return false;
  // "Diego Silang, a 3,200-ton … frigate": set off before a thing's noun.
  if (/^,\s+(?:a|an|the)\s+(?:[^,;.]|[,.](?=\d)){0,40}?\b(?:ship|vessel|frigate|destroyer|corvette|submarine|tanker|warship|newspaper|daily|channel|company|firm|brand)\b/.test(run.after)) return false;
  return !/^\s+[\p{Lu}\d][\p{L}\d]*-?\d/u.test(run.after);
}

/** Whether something written with a run says it names someone: a title, a given name, a verb of saying, an apposition, a list of names … */
function hasNameEvidence(runs: SentenceRuns, run: NameRun): boolean {
  const { sentence, text, known, found } = runs;
  const { parts, nameText, wordGiven, headlineNoun, title, honorific, after, nameShaped, commaTitle, commaOffice } = run;
  return (
    wordGiven ||
    run.speaker === true ||
    title !== null ||
    commaTitle !== null ||
    commaOffice !== null ||
    (run.officesOfCountries ?? null) !== null ||
    honorific ||
    known.has(nameText) ||
    isGivenName(parts[0].text) ||
    foreignGivenRun(runs, run) ||
    headlineNoun ||
    // "J. Michael Harrow": an initial before a given name.
    (parts.length >= 3 && /^\p{Lu}\.$/u.test(parts[0].text) && isGivenName(parts[1].text)) ||
    SPEECH_AFTER.test(after) ||
    (parts.every((part) => /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)*$/u.test(part.text) && (lexiconTags(part.text).length === 0 || isNameWord(part.text))) && VERB_AFTER.test(after)) ||
    APPOSITION_AFTER.test(after) ||
    // "Choe Son Hui, the DPRK Foreign Minister,": an office with its country set after the name.
    COUNTRY_OFFICE_AFTER.test(after) ||
    // "Ekperikpe Ekpo, Minister of State for Petroleum Resources; …": a run shaped as a personal name, set off before a
    // capitalized office without an article, as a delegation's or a cabinet's list gives each member.
    (nameShaped && parts.length <= 3 && OFFICE_SET_OFF_AFTER.test(after)) ||
    PERSON_OBJECT_BEFORE.test(text.slice(Math.max(sentence.start, parts[0].start - 20), parts[0].start)) ||
    OFFICE_LINE_AFTER.test(after) ||
    (nameShaped && PHONE_AFTER.test(after)) ||
    // "The electoral commission declared Duma Boko the winner": a winner declared.
    (/\bdeclared\s+$/.test(text.slice(Math.max(sentence.start, parts[0].start - 12), parts[0].start)) && /^\s+(?:the\s+)?(?:winner|victor|president-elect|president)\b/.test(after)) ||
    // "Ayman Safadi of Jordan": a run of words no lexicon knows, set after by the country it comes from.
    (parts.every((part) => unknownWord(part) || isNameWord(stripPossessive(part.text))) && OF_COUNTRY_AFTER.exec(after) !== null && countryIn(OF_COUNTRY_AFTER.exec(after)![1]) !== null) ||
    // "joined by Ayman Safadi and Sameh Shoukry": the next item of a list of names.
    (parts.every((part) => unknownWord(part) || isNameWord(stripPossessive(part.text))) && found.some((other) => !other.single && !other.latent && LIST_JOINT.test(text.slice(other.end, parts[0].start)))) ||
    /\b(?:Sincerely|Respectfully|Regards),?\s*\n\s*$/.test(text.slice(Math.max(0, parts[0].start - 20), parts[0].start)) ||
    // ", said the minister, Jane Doe": set off by a comma after a lower-case word (not an item of a capitalized list).
    /(?:^|\s)\p{Ll}[\p{L}]*\s*,\s*$/u.test(text.slice(Math.max(sentence.start, parts[0].start - 40), parts[0].start)) ||
    /['’]s\s+$/.test(text.slice(Math.max(sentence.start, parts[0].start - 4), parts[0].start)) ||
    personAppositionAfter(after) ||
    // "Ratan Tata, eminent industrialist and …": a run of two or three words in title case before an apposition without an article.
    (parts.length <= 3 && parts.every((part) => /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)*$/u.test(part.text)) && personAppositionWithoutArticle(after)) ||
    // "… at last. Reuters/Jane Doe/File Photo": a photographer credited after a news agency.
    (PHOTO_CREDIT_BEFORE.test(text.slice(Math.max(0, parts[0].start - 20), parts[0].start)) && /^\s*(?:\/|$|\n|\)|,\s*(?:File|FILE|Pool|POOL)\b)/.test(after)) ||
    // "… in Havana. Jane Doe | Reuters", "Photographer: Jane Doe/Bloomberg": a photographer credited before the agency.
    (nameShaped && PHOTO_CREDIT_AFTER.test(after)) ||
    // (An account named by words the lexicon knows, "Foreign Ministry (@MFA)", is no one's.)
    (POST_SIGNATURE_BEFORE.test(text.slice(Math.max(0, parts[0].start - 3), parts[0].start)) && POST_SIGNATURE_AFTER.test(after) && parts.every((part) => unknownWord(part) || isNameWord(stripPossessive(part.text)))) ||
    (nameShaped && inPersonContext(text.slice(Math.max(sentence.start, parts[0].start - 40), parts[0].start), after))
  );
}

/**
 * "Thank you, Antony.", "We are still gathering information, Matt.", "Go ahead, Lara.": a given name
 * set off by a comma at the end of a sentence (or after a greeting) addresses someone, as briefing
 * transcripts and interviews do. Only words the lexicon gives as given names (or, after a greeting, knows
 * not at all), and no place or month.
 */
const VOCATIVE = /(?:,|\b(Thank you|Thanks|Go ahead|Yes|Sure|Okay|OK|Please|Hi|Hello|Welcome)\s*,?)\s+(\p{Lu}\p{Ll}+)(?=\s*(?:[.?!]+["”]?\s*$|,\s+(?:for|and|thank|thanks|go|please|yes|I|we)\b))/gu;
function vocativesIn(sentence: Sentence, fullNames: Candidate[]): Candidate[] {
  const addressed: Candidate[] = [];
  for (const match of sentence.text.matchAll(VOCATIVE)) {
    const name = match[2];
    // After "Go ahead," or "Thanks," a word no lexicon knows is a name too ("Go ahead, Humeyra.").
    const givenName = isLexiconGivenName(name) || (match[1] !== undefined && lexiconTags(name).length === 0);
    if (!givenName || isCommonWord(name) || placeNamed(name) || MONTHS.has(name) || TITLE_WORDS.has(name)) continue;
    const start = sentence.start + match.index! + match[0].length - name.length;
    if (fullNames.some((candidate) => candidate.start <= start && start < candidate.end)) continue;
    addressed.push({ name, start, end: start + name.length, sentence, title: null, titleStart: start, country: null, single: true, vocative: true });
  }
  return addressed;
}

/**
 * "Margaret Thatcher's son Mark", "Macron and his wife Brigitte", "Gorbachev, with his wife, Raisa,": a relative named by a
 * given name alone, right after the kin noun, bears the family name of the person it is the relative of (the one whose
 * possessive it follows, or for "his"/"her" the one named last before it in the sentence). A woman's family name in -ov/-ev
 * (Slavic and Central Asian names) takes the feminine -a ("Raisa Gorbacheva", "Mehriban Aliyeva"). Not after names written
 * family name first ("Xi's daughter …": Chinese, Korean, Vietnamese names pass on no family name this way).
 * ("Gorbachev and his wife and former first lady Raisa", "his son and aide Ali": a second noun for the same relative, joined
 * by "and", goes between the kin noun and the name.)
 */
const RELATIVE_GIVEN_NAME =
  /(?:(?:(['’]s)|\b(?:[Hh]is|[Hh]er|[Tt]heir)|\b(?:and|with|by|including))\s+|[(,]\s*)(?:(?:late|former|elder|younger|eldest|youngest|only|estranged|adult|two|twin)\s+)?(wife|husband|sons?|daughters?|brothers?|sisters?|widow|widower|mother|father|stepson|stepdaughter|nephew|niece|grandsons?|granddaughters?|children)\s*,?\s+(?:and\s+(?:(?:former|then|late|chief|senior|top|close)\s+)*(?:\p{Lu}[\p{L}.]{1,12}\s+)?(?:first lady|aide|adviser|advisor|confidant|spokesman|spokeswoman|secretary|partner|chief of staff)\s+)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}'’-]|\s+(?:\p{Lu}|(?:bin|al|el|da|de|van|von)\s)|\s*[“"‘(])/gu;
const FEMALE_KIN = new Set(['wife', 'daughter', 'daughters', 'sister', 'sisters', 'widow', 'mother', 'stepdaughter', 'niece', 'granddaughter', 'granddaughters']);
/** "daughters Yulia and Rada", "their daughters, Malia, 17, and Sasha, 14": the next given name of a list after a plural kin noun (group 1). */
const NEXT_RELATIVE = /^(?:\s*,\s*\d{1,2})?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}'’-]|\s+\p{Lu})/u;
function relativesIn(sentence: Sentence, candidates: Candidate[]): Candidate[] {
  const relatives: Candidate[] = [];
  const relativeGiven = (given: string) => (isGivenName(given) || isForeignGivenName(given)) && !TITLE_WORDS.has(given) && !HONORIFICS.has(given) && !placeNamed(given) && !MONTHS.has(given);
  for (const match of sentence.text.matchAll(RELATIVE_GIVEN_NAME)) {
    const given = match[3];
    if (!relativeGiven(given)) continue;
    const at = sentence.start + match.index!;
    // (A relative's own given name read before, "his wife Nina, and son Sergei", is no one they are the relative of.)
    const before = candidates.filter((candidate) => !candidate.vocative && candidate.end <= at && !relatives.some((other) => other.start === candidate.start));
    const kin = match[1] ? before.find((candidate) => candidate.end === at) : before[before.length - 1];
    if (!kin) continue;
    const female = FEMALE_KIN.has(match[2]);
    const start = at + match[0].length - given.length;
    relatives.push({ name: given, start, end: start + given.length, sentence, title: null, titleStart: start, country: null, single: false, kin: { start: kin.start, given, female } });
    // A plural kin noun names each relative of its list.
    if (!/s$|children/.test(match[2])) continue;
    let end = start + given.length;
    for (let next = NEXT_RELATIVE.exec(sentence.text.slice(end - sentence.start)); next && relativeGiven(next[1]); next = NEXT_RELATIVE.exec(sentence.text.slice(end - sentence.start))) {
      const name = next[1];
      const from = end + next[0].length - name.length;
      relatives.push({ name, start: from, end: from + name.length, sentence, title: null, titleStart: from, country: null, single: false, kin: { start: kin.start, given: name, female } });
      end = from + name.length;
    }
  }
  return relatives;
}
/**
 * The relative's full name once the person they are the relative of is known; null for names written family name first.
 * ("Bongo, 64, who took over from his father Omar": the family name the text writes for the kin, a word of their full name
 * "Ali Bongo Ondimba", is the one the relative shares.)
 */
function relativeName(kinName: string, { given, female }: { given: string; female: boolean }, writtenFamily?: string): string | null {
  const words = kinName.split(' ');
  const family =
    writtenFamily && words.slice(1).includes(writtenFamily) ? writtenFamily : words.length > 1 && PARTICLES.has(words[words.length - 2]) ? words.slice(-2).join(' ') : words[words.length - 1];
  const familyFirst = KOREAN_FAMILY_NAMES.has(words[0]) || VIETNAMESE_FAMILY_NAMES.has(words[0]) || (words.length > 1 && PINYIN_SYLLABLE.test(words[0]) && PINYIN_GIVEN_NAME.test(words[words.length - 1].replace(/-/g, '')));
  if (!capitalized(family) || family === given || familyFirst) return null;
  return `${given} ${female && /\p{Ll}(?:ov|ev|yov)$/u.test(family) ? `${family}a` : family}`;
}

/**
 * "Mr. KISHIDA Fumio", "H.E. Mr. CHO Tae-yul", "Foreign Minister KAMIKAWA Yoko", "IWAYA Takeshi, Minister for Foreign Affairs": the
 * family name in capitals before the given name, as Japanese and Korean government releases write
 * names. A Korean given name (hyphenated) keeps the family name first ("Cho Tae-yul"); a Japanese
 * one is given name first ("Fumio Kishida"), as the press writes them.
 */
/** One syllable of Mandarin pinyin (without tones): "Ding", "Zhao", "Xue", "Xiang"; Japanese names ("Suzuki", "Keisuke", "Takeshi") are not made of one or two. */
const PINYIN = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)';
const PINYIN_SYLLABLE = new RegExp(`^${PINYIN}$`, 'i');
const PINYIN_GIVEN_NAME = new RegExp(`^${PINYIN}${PINYIN}?$`, 'i');
/** Common Vietnamese family names, written first with the given names after ("Pham Minh Chinh"). */
const VIETNAMESE_FAMILY_NAMES = new Set('Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Luong Trinh Dao Doan Vuong'.split(' '));
const FAMILY_NAME_FIRST =
  /(?:\b(?:Mr|Mrs|Ms|Dr)\.\s+|\bH\.E\.\s+|\b(?:Minister|Vice-Minister|Secretary|Ambassador|President|Governor|Director|Director-General|Mayor|Chairman|Chairperson|Commissioner|Adviser|Advisor|Envoy|Representative|Affairs|Defen[cs]e)\s+(?=\p{Lu}{3,}\s))(\p{Lu}{2,})\s+(\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)\b|\b(\p{Lu}{3,})\s+(\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)(?=,\s+(?:the\s+)?(?:Prime Minister|Minister|President|Chief|Director|Ambassador|Secretary|Governor|Vice|Deputy|Senior|State))|\b(\p{Lu}{2,6})\s+(\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)(?=,\s+(?:a|an|the)\s|\s+(?:was|were|has|had|is|said|told)\b)/gu;
/** "ZHANG Wei, a Chinese national,", "LI Ming was detained": the capitals' order with no office, in a person's apposition or as a person's subject. */
const actsAsPerson = (after: string) => personAppositionAfter(after) || PERSON_PASSIVE_AFTER.test(after) || HUMAN_VERB_AFTER.test(after);
function familyNamesFirstIn(sentence: Sentence): Candidate[] {
  const found: Candidate[] = [];
  for (const match of sentence.text.matchAll(FAMILY_NAME_FIRST)) {
    const [family, given] = [match[1] ?? match[3] ?? match[5], match[2] ?? match[4] ?? match[6]];
    // ("Rostec CEO Chemezov said": an office's initials before a surname are no family name.)
    if (!isNameToken({ text: given, start: 0, end: 0 }) || placeNamed(family) || isCommonWord(given) || EXECUTIVE_INITIALS.has(family) || family in OFFICE_INITIALS) continue;
    if (match[5] && (!/[AEIOUY]/.test(family) || !actsAsPerson(sentence.text.slice(match.index! + match[0].length)))) continue;
    const surname = family.toLowerCase().replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
    // "PHAM Minh Chinh": a Vietnamese name goes on with more given words after the one matched.
    const more = VIETNAMESE_FAMILY_NAMES.has(surname) ? (/^(?:\s+\p{Lu}\p{Ll}+){1,2}\b/u.exec(sentence.text.slice(match.index! + match[0].length))?.[0] ?? '') : '';
    const givenNames = `${given}${more}`.replace(/\s+/g, ' ');
    // Korean (hyphenated), Chinese (pinyin syllables) and Vietnamese names keep the family name first, as the press writes them.
    const familyFirst = given.includes('-') || more !== '' || VIETNAMESE_FAMILY_NAMES.has(surname) || (PINYIN_SYLLABLE.test(surname) && PINYIN_GIVEN_NAME.test(given));
    const name = familyFirst ? `${surname} ${givenNames}` : `${given} ${surname}`;
    const start = sentence.start + match.index! + match[0].indexOf(family);
    found.push({ name, start, end: start + `${family} ${given}${more}`.length, sentence, title: null, titleStart: start, country: null, single: false });
  }
  return found;
}

/** "Presidents Biden and Yoon", "Foreign Ministers Wang and Blinken": one title for two surnames or more. */
const PLURAL_TITLES: Record<string, string> = {
  Presidents: 'President',
  'Prime Ministers': 'Prime Minister',
  'Foreign Ministers': 'Foreign Minister',
  'Defense Ministers': 'Defense Minister',
  'Defence Ministers': 'Defence Minister',
  Chancellors: 'Chancellor',
  Senators: 'Senator',
  Secretaries: 'Secretary',
  Leaders: 'Leader',
  Ambassadors: 'Ambassador',
  Ministers: 'Minister',
};
// "Presidents Ruto, Museveni and Kagame": any number of surnames, the last after "and". "Presidents Ford, Carter and
// most recently, …": surnames set off by commas before an "and" that goes on in lower case are read without the last.
const PLURAL_TITLE_NAMES = new RegExp(
  `\\b(${Object.keys(PLURAL_TITLES).join('|')})\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s*,\\s*\\p{Lu}[\\p{L}'’-]+)*)(?:,?\\s+and\\s+(\\p{Lu}[\\p{L}'’-]+)|,?\\s+and\\s+(?=\\p{Ll}))`,
  'gu',
);
function pluralTitleSurnamesIn(sentence: Sentence): Candidate[] {
  const found: Candidate[] = [];
  for (const match of sentence.text.matchAll(PLURAL_TITLE_NAMES)) {
    const title = PLURAL_TITLES[match[1]];
    const listed = match[2].split(/\s*,\s*/);
    if (match[3] === undefined && listed.length < 2) continue;
    let from = match.index! + match[1].length;
    for (const written of match[3] === undefined ? listed : [...listed, match[3]]) {
      const surname = stripPossessive(written);
      const at = sentence.text.indexOf(written, from);
      from = at + written.length;
      if (!isNameToken({ text: surname, start: 0, end: 0 }) || isCommonWord(surname)) continue;
      const start = sentence.start + at;
      found.push({ name: surname, start, end: start + surname.length, sentence, title, titleStart: sentence.start + match.index!, country: null, single: true });
    }
  }
  return found;
}

/**
 * Surnames in capitals after an honorific or a title, as transcripts and the Congressional Record
 * write speakers ("MS. PSAKI:", "Mr. RISCH.", "PRESIDENT BUSH:", "SECRETARY KERRY'S REMARKS"): a
 * surname-only mention, read in title case.
 */
const CAPITAL_SURNAME = /\b(MR|MRS|MS|DR|Mr|Mrs|Ms|Dr)\.?\s+(\p{Lu}{2,}(?:-\p{Lu}{2,})?)\b(?!\s+\p{Lu}\p{Ll})|\b(PRESIDENT|SECRETARY|PRIME MINISTER|MINISTER|AMBASSADOR|SENATOR|CHAIRMAN|SPOKESPERSON)\s+(\p{Lu}{2,}(?:-\p{Lu}{2,})?)(?=['’]S\b|[:.,]|\s+\p{Lu}{2,}['’]S)/gu;
function capitalSurnamesIn(sentence: Sentence, text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of sentence.text.matchAll(CAPITAL_SURNAME)) {
    const written = match[2] ?? match[4];
    const name = written.toLowerCase().replace(/(^|-)\p{Ll}/gu, (letter) => letter.toUpperCase());
    const token: Token = { text: name, start: 0, end: 0 };
    if (!isNameToken(token) || isCommonWord(name) || MONTHS.has(name)) continue;
    const start = sentence.start + match.index! + match[0].length - written.length;
    const title = match[3] ? titleCase(match[3].toLowerCase()).replace(/ m/, ' M') : null;
    found.push({ name, start, end: start + written.length, sentence, title, titleStart: sentence.start + match.index!, country: null, single: true, honorific: !!match[1] });
  }
  return found;
}

/** The part of an office or apposition that says whose it is: not the place it is posted to or works in ("ambassador to Japan", "a leader in eastern Syria"). */
const ownPart = (phrase: string) => phrase.split(/\s+(?:to|in|at|near|from|for|of)\s+/)[0];

/** "his Tunisian counterpart", "Democratic Party of Japan leader": a country written inside the office read before the name. */
function countryOfOffice(title: string | null): string | null {
  return title ? (countryIn(ownPart(title).replace(/['’]s\b/g, '')) ?? stateOfOffice(title)) : null;
}

/**
 * "Prime Minister of New Zealand", "Minister for Foreign Affairs of the Republic of Singapore", "Ambassador of Japan to
 * …": the state an office is "of" (a portfolio's "of Defence" or "of State" is none; a post's "to …" is where it serves).
 */
const OFFICE_OF = /\b(?:Minister|President|Vice President|Premier|Chancellor|Secretary|Ambassador|King|Queen|Emir|Sultan|Crown Prince|Head of State|Head of Government|Representative|Envoy|Chief of (?:the )?(?:General|Defen[cs]e) Staff)\b[^,;()]*?\s+of\s+(?:the\s+)?(.+)$/u;
function stateOfOffice(office: string): string | null {
  const match = OFFICE_OF.exec(office);
  if (!match) return null;
  const rest = match[1].split(/\s+(?:to|in|at|for|on)\s+/)[0].replace(/[.,;:]+$/, '');
  const whole = placeNamed(rest);
  if (whole) return whole.kind === 'city' ? null : whole.code;
  const segments = rest.split(/\s+of\s+(?:the\s+)?/);
  return segments.length > 1 ? countryIn(segments[segments.length - 1]) : null;
}

/** ", Minister for Asia", ", Secretary of State for Defence": a formal office in capitals right after the name and a comma. */
const OFFICE_AFTER = /^,\s+((?:(?:Deputy|Vice|Acting|Senior|Chief|Special)\s+)*(?:Minister|Secretary|Ambassador|Envoy|Representative|Spokesperson|Spokesman|Spokeswoman)(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]+){0,3})?)(?=[\s,.:;]|$)/u;
/** ", Minister of State for Petroleum Resources;": a capitalized office set off after a name with no article (a delegation's or cabinet's list). */
const OFFICE_SET_OFF_AFTER = /^,\s+(?:(?:Deputy|Vice|Acting|Senior|Chief|Special|Group|Executive|Managing|Permanent|Principal|Foreign|Defen[cs]e|Interior|Finance|Trade|Home|Prime|Affairs)\s+){0,3}(?:Minister|Secretary|Ambassador|Envoy|Governor|Chairman|Chairwoman|Chairperson|Director|Director-General|Commissioner|Attorney-General|Officer|Spokesperson|Spokesman|Spokeswoman|Adviser|Advisor|Commander|Speaker)\b(?!-)/u;
/** ", U.S. Permanent Representative,", ", Japan's Minister for Foreign Affairs,": an office set after the name with its country in front. */
const COUNTRY_OFFICE_AFTER = /^,\s+(?:the\s+)?((?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}(?:Representative|Ambassador|Minister|Secretary|President|Envoy|Spokesperson|Spokesman|Spokeswoman|Chairman|Director|Commander|Adviser|Advisor))\b/u;

/** "Ahmed Attaf of Algeria", "Zalmay Khalilzad, U.S. Permanent Representative,": the country written right after the name. */
function countryAfterName(after: string): string | null {
  const of = OF_COUNTRY_AFTER.exec(after);
  if (of) return countryIn(of[1]);
  const office = COUNTRY_OFFICE_AFTER.exec(after);
  if (office) {
    const code = countryIn(ownPart(office[1]).replace(/['’]s\b/g, ''));
    if (code) return code;
  }
  // ", Prime Minister of New Zealand,", ", Minister for Foreign Affairs of the Republic of Singapore,".
  const apposition = /^,\s+((?:the\s+)?\p{Lu}[^,;.()]{3,120})/u.exec(after);
  return apposition ? stateOfOffice(apposition[1]) : null;
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

/** "Onodera Itsunori" → "Itsunori Onodera": a two-word name with the family name moved last (or back). */
function familyNameLast(name: string): string {
  const words = name.split(' ');
  return words.length === 2 ? `${words[1]} ${words[0]}` : name;
}

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

/** An initial: one capital, or a Russian letter written as two Latin ones ("Sh.", "Kh.": "S. Sh. Jeenbekov"), or an Icelandic patronymic's ("Th." for Thorvaldsson). */
const INITIAL = /^(?:\p{Lu}|Sh|Ch|Zh|Kh|Ts|Th|Yu|Ya|Ye|Yo)\.$/u;

/** Name tokens a later mention may use alone: the family name, and the first word of an East Asian name. */
function aliasesOf(name: string): string[] {
  const words = name.split(/\s+/).filter((word) => !PARTICLES.has(word) && !SUFFIXES.has(word) && !INITIAL.test(word));
  // "S. Jaishankar": a surname after initials only is the name's one alias ("External Affairs Minister Jaishankar").
  // ("D.Tsogtbaatar", as Mongolian and Russian releases write a patronymic's initial: the surname after the glued initial.)
  if (words.length === 1 && /^(?:(?:\p{Lu}|Sh|Ch|Zh|Kh|Ts|Th|Yu|Ya|Ye|Yo)\.\s*)+\p{Lu}\p{Ll}{2,}$/u.test(name)) return [words[0].replace(/^(?:\p{Lu}\.)+/u, '')];
  if (words.length < 2) return [];
  const aliases = new Set<string>();
  // Family name first: a first word no lexicon gives as a given name, or the short syllables of a
  // Korean or Chinese name ("Kim Yo Jong", "Lee Jae-myung").
  const eastAsian = words.length >= 2 && words.every((word) => word.length <= 5 || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(word)) && words.slice(1).some((word) => /-/.test(word) || words.length === 3);
  // A Vietnamese name is family name first too, but its bearer is called by the last given name ("Pham Binh Minh" is "Minh").
  if (words.length >= 3 && VIETNAMESE_FAMILY_NAMES.has(words[0])) return [words[words.length - 1]];
  if (eastAsian) return words[0].length > 1 && !placeNamed(words[0]) ? [words[0]] : [];
  const family = words[words.length - 1];
  // ("Amadou Ba" is "Ba" later: a family name of two letters, when no word of the language.)
  if (family.length > 2 || (/^\p{Lu}\p{Ll}$/u.test(family) && !isCommonWord(family) && !FUNCTION_WORDS.has(family))) aliases.add(family);
  // "Bashar al-Assad" is "Assad" and "al-Assad" later ("the Assad regime"), "el-Sisi" "Sisi".
  const article = /^(?:al|el|Al|El)-(\p{Lu}\p{L}{2,})$/u.exec(family);
  if (article) aliases.add(article[1]);
  if (!isGivenName(folded(words[0]))) aliases.add(words[0]);
  // Compound family names ("Lula da Silva", "Al Thani"): the first capitalized word after the given names.
  if (words.length >= 3) aliases.add(words[words.length - 2]);
  return [...aliases].filter((alias) => !placeNamed(alias) && !REGNAL_TITLES.has(alias));
}

export interface PeopleContext {
  document: ArticleDocument;
  countries: CountryMention[];
  publishedAt: Date | null;
  datelineCountry: string | null;
  /** The government a release speaks for (its publisher's name or web address), or null for the press. */
  publisherCountry?: string | null;
  /** The headline was given apart from the text (metadata, a corpus file's title) and is not printed again in it. */
  headlineApart?: boolean;
}

let holderNameSet: Set<string> | undefined;
/** Every name and alias of the curated office holders, accents kept and folded. */
function holderNames(): Set<string> {
  holderNameSet ??= new Set(readOfficeHolders().flatMap((holder) => [holder.name, ...(holder.aliases ?? [])].flatMap((name) => [name, folded(name)])));
  return holderNameSet;
}

/**
 * The holders whose names a text of that day may use for them: those whose first term began no more than eight
 * years after it (a minister, a candidate, a governor before the office). "Vice President George Bush" in 1987 is
 * no holder who took office in 2001. Every holder for an undated text.
 */
function namesInUseOn(holders: OfficeHolder[], day: Date | null): Set<string> {
  if (!day) return new Set(holders.map((holder) => holder.name));
  const iso = isoDayOf(day);
  const latest = `${Number(iso.slice(0, 4)) + 8}${iso.slice(4)}`;
  return new Set(holders.filter((holder) => holder.from <= latest).map((holder) => holder.name));
}

/**
 * The day an undated text speaks of, for choosing office holders: the start of a term that covers
 * the most holders the text names (in full, or by surname after their title: "Secretary of State
 * Michael R. Pompeo", "Foreign Minister Petricek"); on a tie, the day whose holders' terms cover the most
 * years the text writes ("President Ferdinand Marcos … on Sept. 21, 1972" is the father, not the son
 * his name is an alias of), then the latest. Null when it names none.
 */
function eraOf(candidates: Candidate[], holders: OfficeHolder[], text: string): Date | null {
  const { byFullName, bySurname } = holderIndex(holders);
  const named = candidates
    .map((candidate) => {
      const name = folded(candidate.name);
      if (!candidate.single) {
        const full = [...(byFullName.get(name) ?? []), ...(byFullName.get(canonicalName(name)) ?? [])];
        // "N. A. Nazarbayev": initials and a surname point to the holders they fit.
        const initials = full.length ? null : initialsAndSurname(candidate.name);
        return initials ? holders.filter((holder) => [holder.name, ...(holder.aliases ?? [])].some((written) => initialsFit(initials, folded(written)))) : full;
      }
      const office = candidate.title?.replace(MODIFIERS, '').toLowerCase();
      // ("Defence Minister Parly" names France's "Armed Forces Minister": the office's kind, as a titled surname is read.)
      return office ? (bySurname.get(name) ?? []).filter((holder) => holder.title.toLowerCase().includes(office) || titleFits(candidate.title, holder)) : [];
    })
    .filter((matching) => matching.length > 0);
  const years = yearsWritten(text);
  let best: { day: string; count: number; years: number } | null = null;
  for (const day of new Set(named.flat().map((holder) => holder.from))) {
    const covering = named.map((matching) => matching.filter((holder) => holder.from <= day && (holder.to === null || day < holder.to))).filter((matching) => matching.length > 0);
    const count = covering.length;
    const dated = years.filter((year) => covering.some((matching) => matching.some((holder) => termCoversYear(holder, year)))).length;
    if (!best || count > best.count || (count === best.count && (dated > best.years || (dated === best.years && day > best.day)))) best = { day, count, years: dated };
  }
  return best ? new Date(`${best.day}T00:00:00Z`) : null;
}

/** The years a text writes ("in 1972", "Sept. 21, 1972", "the 1986 revolt"), each as often as written: four digits from 1900 to 2099 standing alone. */
function yearsWritten(text: string): number[] {
  return [...text.matchAll(/(?<![\p{L}\p{N}$£€.,/-])(?:19|20)\d\d(?![\p{L}\p{N}%]|[.,]\d)/gu)].map((match) => Number(match[0]));
}

/** Whether a holder was in office during some part of the year. */
const termCoversYear = (holder: OfficeHolder, year: number): boolean => Number(holder.from.slice(0, 4)) <= year && (holder.to === null || year <= Number(holder.to.slice(0, 4)));

let foldedNamesCache: { holder: OfficeHolder; names: string[] }[] | undefined;
/**
 * Whether `written` is `holderName` with its initials written out ("Subrahmanyam Jaishankar" of "S. Jaishankar"): the
 * fuller form the text gives is the person's name (the corpus guide's canonical full name), not a spelling to replace.
 */
function spellsOutInitials(written: string, holderName: string): boolean {
  const writtenWords = written.split(/\s+/);
  const holderWords = holderName.split(/\s+/);
  return (
    writtenWords.length === holderWords.length &&
    holderWords.some((word) => /^\p{Lu}\.$/u.test(word)) &&
    holderWords.every((word, at) => (/^\p{Lu}\.$/u.test(word) ? writtenWords[at].length > 2 && writtenWords[at].startsWith(word[0]) : writtenWords[at] === word))
  );
}

/** Each holder with their name and aliases folded (built once per process). */
function foldedHolderNames(holders: OfficeHolder[]) {
  foldedNamesCache ??= holders.map((holder) => ({ holder, names: [holder.name, ...(holder.aliases ?? [])].map(folded) }));
  return foldedNamesCache;
}

let anySurnameCache: Map<string, OfficeHolder[]> | undefined;
/** Every holder by each single word a later mention may name them with (folded), whatever their term (built once per process). */
function holdersByAnySurname(holders: OfficeHolder[]): Map<string, OfficeHolder[]> {
  if (!anySurnameCache) {
    anySurnameCache = new Map();
    for (const holder of holders) {
      for (const alias of new Set([...aliasesOf(holder.name), ...(holder.aliases ?? []).filter((alias) => !alias.includes(' '))].map(folded))) {
        anySurnameCache.set(alias, [...(anySurnameCache.get(alias) ?? []), holder]);
      }
    }
  }
  return anySurnameCache;
}

let holderIndexCache: { byFullName: Map<string, OfficeHolder[]>; bySurname: Map<string, OfficeHolder[]> } | undefined;
/** The holders by every folded name and alias, and by the last word of each (built once per process). */
function holderIndex(holders: OfficeHolder[]) {
  if (!holderIndexCache) {
    const byFullName = new Map<string, OfficeHolder[]>();
    const bySurname = new Map<string, OfficeHolder[]>();
    const add = (map: Map<string, OfficeHolder[]>, key: string, holder: OfficeHolder) => {
      const list = map.get(key) ?? [];
      if (!list.includes(holder)) map.set(key, [...list, holder]);
    };
    for (const holder of holders) {
      for (const name of [holder.name, ...(holder.aliases ?? [])].map(folded)) {
        add(byFullName, name, holder);
        if (name.includes(' ')) add(bySurname, name.slice(name.lastIndexOf(' ') + 1), holder);
      }
    }
    holderIndexCache = { byFullName, bySurname };
  }
  return holderIndexCache;
}

/**
 * "Secretary of State Antony\nBlinken": hard-wrapped text (Federal Register and Congressional Record
 * notices, letters) breaks a line inside a sentence, and so inside a name. Where a long line ends
 * without closing punctuation (an initial's full stop aside) and the next line goes on, the two are
 * read together; a name read across the break replaces the parts read on either side.
 */
function withWrappedNames(document: ArticleDocument, candidates: Candidate[]): Candidate[] {
  const { text, sentences } = document;
  const crossing: Candidate[] = [];
  for (let index = 0; index + 1 < sentences.length; index++) {
    const [line, next] = [sentences[index], sentences[index + 1]];
    // One line break, or the blank line the cleaner leaves between lines it did not unwrap.
    if (line.start < document.bodyStart || !/^[ \t]*\n(?:[ \t]*\n)?[ \t]*$/.test(text.slice(line.end, next.start))) continue;
    const lineStart = text.lastIndexOf('\n', line.start - 1) + 1;
    if (line.end - lineStart < 40 || (/[.!?:;"”)\]]$/.test(line.text) && !/(?:^|\s)\p{Lu}\.$/u.test(line.text)) || !/^\p{Lu}/u.test(next.text)) continue;
    // "… on October 8. JANE DOE/ AFP/Getty": a photograph's caption ends with its credit, however it is punctuated.
    if (PHOTO_CREDIT_END.test(line.text) || CAPTION_CREDIT_END.test(line.text)) continue;
    // A sentence in progress has more lower-case words than capitalized ones; a Title Case heading does not.
    const words = text.slice(lineStart, line.end).split(/\s+/);
    if (words.filter((word) => /^\p{Ll}/u.test(word)).length <= words.filter((word) => /^\p{Lu}/u.test(word)).length) continue;
    const joint: Sentence = { ...line, end: next.end, text: text.slice(line.start, next.end) };
    for (const candidate of candidatesIn(joint, text, holderNames())) {
      // ("… the Castlereagh area of Belfast" / "Robinson said …": a place's name ending the line opens no name going on after it.)
      if (candidate.start < line.end && candidate.end > next.start && !placeNamed(text.slice(candidate.start, line.end).trim())) crossing.push({ ...candidate, sentence: line });
    }
  }
  if (!crossing.length) return candidates;
  const overlaps = (candidate: Candidate) => crossing.some((other) => candidate.start < other.end && other.start < candidate.end);
  return [...candidates.filter((candidate) => !overlaps(candidate)), ...crossing].sort((a, b) => a.start - b.start);
}

/**
 * A name in capitals in a release's letterhead or contact line: "MEDIA RELEASE MINISTER FOR FOREIGN AFFAIRS ALEXANDER
 * DOWNER", "PRESS RELEASE BY HON. ANDREW PEACOCK, MP", "CONTACT NICK HORDERN ON (06) …" — two or three words in capitals
 * (a middle initial allowed) opening with a given name compromise knows and closing with a word no lexicon knows as a
 * common word nor as a place, right after an office, "BY", "HON." or "CONTACT" in capitals, a news agency's slash in a
 * photograph's credit ("EPA-EFE/AZIZ NAZAROV"), or alone on its line.
 */
const CAPITALS_NAME = new RegExp(
  String.raw`(?<=(?:^|\n)[ \t\u00a0]*|\b(?:AFFAIRS|DEFENCE|DEFENSE|TRADE|MINISTER|SECRETARY|PRESIDENT|AMBASSADOR|BY|HON\.?|CONTACT:?|[Pp]hoto by)[ \t\u00a0]+|\b(?:${PHOTO_AGENCIES})\/)(\p{Lu}[\p{Lu}'’-]+)((?:[ \t]+\p{Lu}\.)?)[ \t]+(\p{Lu}[\p{Lu}'’-]+)(?:[ \t]+(\p{Lu}[\p{Lu}'’-]+))?(?=[ \t\u00a0]*(?:\n|$|,|[ \t]ON\b|\/[ \t]?\p{Lu}))`,
  'gu',
);
const wordCase = (word: string) => word.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());
function capitalsNames(document: ArticleDocument): Candidate[] {
  const found: Candidate[] = [];
  for (const sentence of document.sentences) {
    // ("CARL DE SOUZA/AFP": a particle in capitals between the words, written in lower case in the name.)
    if (!/\p{Lu}{3,}[ \t]+(?:\p{Lu}{2,3}[ \t]+)?\p{Lu}{3,}/u.test(sentence.text)) continue;
    for (const match of sentence.text.matchAll(CAPITALS_NAME)) {
      const [given, initial, ...rest] = [wordCase(match[1]), match[2].trim(), ...[match[3], match[4]].filter(Boolean).map((word) => (match[4] && PARTICLES.has(word.toLowerCase()) ? word.toLowerCase() : wordCase(word)))];
      const family = rest[rest.length - 1];
      // After an agency's slash the credit says it is a name: a given name no lexicon knows will do ("EPA-EFE/OLEG …").
      const credited = sentence.text[match.index - 1] === '/';
      const nameOnly = (word: string) => lexiconTags(word).every((tag) => /Name$|^Person$/.test(tag));
      if (!(isGivenName(given) || (credited && nameOnly(given))) || rest.some((word) => placeNamed(word)) || !nameOnly(family)) continue;
      const start = sentence.start + match.index;
      found.push({ name: [given, initial, ...rest].filter(Boolean).join(' '), start, end: start + match[0].length, sentence, title: null, titleStart: start, country: null, single: false, staff: true });
    }
  }
  return found;
}

/**
 * A wire report's credit line, "(Reporting by Jane Doe and Ali Hassan in Cairo; Additional reporting by Lena Park; Editing
 * by Tom Reyes)": each item the line lists is a person's name, whatever its words are as words or places ("John Irish"),
 * since the line says what they are. An item is two to four capitalized words (particles between them), its place cut off.
 */
const CREDIT_LINE = /\b(?:(?:[Aa]dditional\s+)?[Rr]eporting|[Ee]diting|[Ww]riting|[Ww]ritten|[Ee]dited|[Cc]ompiled)\s+by\s+([^;()\n]{3,200})/gu;
const CREDIT_ITEM_JOINT = /\s*,\s*(?:and\s+)?|\s+and\s+/;
const CREDIT_ITEM_PLACE = /\s+(?:in|from|at)\s[\s\S]*$|[.\s]+$/;
const CREDIT_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:al|el|bin|de|da|van|von|der|del|la|le|di|du)\s+)?\p{Lu}[\p{L}'’-]*){1,3}$/u;
/**
 * "… passes through shipping lanes. -- J.C. Arancibia": a writer's sign-off, a dash then a name ending its paragraph (group 1),
 * as letters, columns and wire copy close.
 */
const SIGN_OFF = /(?:^|[.!?”"]\s+)(?:--|—|–)\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})[ \t]*$/gmu;
function creditNames(document: ArticleDocument): Candidate[] {
  const found: Candidate[] = [];
  const { text } = document;
  for (const match of matchesInDocument(document, SIGN_OFF)) {
    const name = match[1].replace(/\.$/, '');
    const words = name.split(/\s+/);
    if (!CREDIT_NAME.test(name) || placeNamed(name) || STATE_ORGANIZATIONS.has(name) || COMPANY_NAMES.has(name) || namesNoPerson(words) || words.some((word) => !/^(?:\p{Lu}\.)+$/u.test(word) && isCommonWord(word) && !isNameWord(word))) continue;
    const start = match.index + match[0].length - match[1].length;
    found.push({ name, start, end: start + name.length, sentence: sentenceAt(document, start), title: null, titleStart: start, country: null, single: false, credit: true });
  }
  for (const match of matchesInDocument(document, CREDIT_LINE)) {
    let cursor = match.index + match[0].length - match[1].length;
    for (const item of match[1].split(CREDIT_ITEM_JOINT)) {
      const start = text.indexOf(item, cursor);
      cursor = start + item.length;
      const name = item.replace(CREDIT_ITEM_PLACE, '');
      if (!CREDIT_NAME.test(name) || placeNamed(name) || STATE_ORGANIZATIONS.has(name) || COMPANY_NAMES.has(name)) continue;
      const sentence = sentenceAt(document, start);
      found.push({ name, start, end: start + name.length, sentence, title: null, titleStart: start, country: null, single: false, credit: true });
    }
  }
  return found;
}

/**
 * What joins the items of a list: commas, "and", and the semicolons of a release's list of names ("Caroline Kennedy;
 * Rahm Emanuel; …"), after a short aside in brackets that an item may carry ("Halvard Ekeberg (Norway), Liisa Saarinen").
 */
const LIST_JOINT = /^\s*(?:\([^()\n]{1,40}\)\s*)?(?:[,;]\s*(?:and\s+)?|and\s+)$/;
/** Two runs of one text that are neighbouring items of a list, in either order. */
const listedBeside = (one: { start: number; end: number }, other: { start: number; end: number }, text: string): boolean =>
  LIST_JOINT.test(other.end <= one.start ? text.slice(other.end, one.start) : one.end <= other.start ? text.slice(one.end, other.start) : 'x');

/**
 * "Bakhyt Dzhaksybekov arrived … Mr. Dzhaksybekov said …": a run shaped like a name with no cue of
 * its own is someone's name when one of its words alone (its surname) is used elsewhere with a title,
 * an honorific or a person's context, or when the same run is found elsewhere with a cue.
 */
function confirmedLatent(candidates: Candidate[], text: string): Set<Candidate> {
  const latent = candidates.filter((candidate) => candidate.latent);
  if (!latent.length) return new Set();
  const named = new Set(candidates.filter((candidate) => !candidate.single && !candidate.latent).map((candidate) => candidate.name));
  const cued = new Set(
    candidates
      .filter((candidate) => candidate.single && !candidate.vocative)
      .filter((candidate) => {
        const after = text.slice(candidate.end, candidate.end + 80);
        const before = text.slice(Math.max(candidate.sentence.start, candidate.start - 40), candidate.start);
        return candidate.title || candidate.honorific || candidate.styled || SPEECH_AFTER.test(after) || PERSON_OBJECT_BEFORE.test(before) || inPersonContext(before, after);
      })
      .map((candidate) => candidate.name),
  );
  const confirmed = latent.filter((candidate) => named.has(candidate.name) || aliasesOf(candidate.name).some((alias) => cued.has(alias)));
  // "Daniyar Sadykov and Aigerim Bekova said": an item of a list whose other item is someone's name;
  // "Ngozi Eze, Chidi Okonkwo and Amaka Nwosu signed": item by item back along the list, from the one the verb makes a name.
  const found = new Set(confirmed);
  const full = [...candidates.filter((candidate) => !candidate.single && !candidate.latent), ...confirmed];
  const besideInList = (candidate: Candidate, other: Candidate) => other.sentence === candidate.sentence && listedBeside(candidate, other, text);
  for (let grown = true; grown; ) {
    grown = false;
    for (const candidate of latent) {
      if (found.has(candidate) || !full.some((other) => besideInList(candidate, other))) continue;
      found.add(candidate);
      full.push(candidate);
      grown = true;
    }
  }
  return found;
}

/**
 * "Cabinet Secretary Alfred Mutua … CS Mutua said": capitals before the surname of a full name the text gives elsewhere,
 * whose given name they do not open, are an office's initials, no part of the name ("JD Vance" beside "James David Vance"
 * keeps its initials); the surname alone is then read as any other.
 */
const CAPITALS_BEFORE_SURNAME = /^(\p{Lu}{2,4}) (\p{Lu}[\p{L}'’-]+)$/u;
function withoutOfficeInitials(candidates: Candidate[]): Candidate[] {
  // The first words of the full names, by their last word.
  const givenBySurname = new Map<string, string[]>();
  for (const candidate of candidates) {
    if (candidate.single || candidate.latent) continue;
    const words = candidate.name.split(' ');
    const surname = words[words.length - 1];
    if (words.length < 2) continue;
    if (!givenBySurname.has(surname)) givenBySurname.set(surname, []);
    givenBySurname.get(surname)!.push(words[0]);
  }
  return candidates.map((candidate) => {
    const match = candidate.single ? null : CAPITALS_BEFORE_SURNAME.exec(candidate.name);
    if (!match) return candidate;
    const [, capitals, surname] = match;
    const owners = (givenBySurname.get(surname) ?? []).filter((given) => given !== capitals);
    if (!owners.length || owners.some((given) => given.startsWith(capitals[0]))) return candidate;
    const start = candidate.start + capitals.length + 1;
    return { ...candidate, name: surname, start, titleStart: Math.max(candidate.titleStart, start), single: true };
  });
}

/** "Jonathan and Buhari", "Obi, Atiku and Tinubu": a candidate set in a list beside another of its sentence. */
function listedWithOther(candidate: Candidate, sentenceCandidates: Candidate[], text: string): boolean {
  return sentenceCandidates.some((other) => other !== candidate && listedBeside(candidate, other, text));
}

/** What finding a text's people reads once, and the people found so far (later steps read the earlier ones). */
interface PeopleScan {
  document: ArticleDocument;
  holders: OfficeHolder[];
  /** Office holders are those of this day: the publication day, or (undated text) of the years the text's own names point to. */
  day: Date | null;
  /** Whether the day is the publication day (not the years an undated text's names point to). */
  dated: boolean;
  /** The holders by every name and alias in use on the day (folded too), the one in office on it when several share one. */
  holdersByName: Map<string, OfficeHolder>;
  /** The holders in office on the day, with their names folded. */
  inOffice: { holder: OfficeHolder; names: string[] }[];
  /** The holder each run of words read so far opens or closes the name of (`partOfHolderName`). */
  partsSeen: Map<string, OfficeHolder | undefined>;
  /** `holderWrittenAs` of each name looked up. */
  writtenHolders: Map<string, OfficeHolder | undefined>;
  /** "Biden administration", "Macron said", "Foreign Minister Logar": a surname alone names the office holder of the day. */
  holdersBySurname: Map<string, OfficeHolder[]>;
  people: FoundPerson[];
  byName: Map<string, FoundPerson>;
  /** The people by each word that names them alone (null: a word two people share). */
  byAlias: Map<string, FoundPerson | null>;
  /** The candidates of each sentence, gathered once: a list is read within its sentence. */
  bySentence: Map<Sentence, Candidate[]>;
  staff: Set<FoundPerson>;
  credits: Set<FoundPerson>;
}

/** The people of the article, in order of first mention, each with every mention. */
export function findPeople({ document, countries, publishedAt, datelineCountry, publisherCountry = null, headlineApart = false }: PeopleContext): FoundPerson[] {
  const holders = readOfficeHolders();
  const candidates = candidatesOf(document, countries);
  // Office holders are those of the publication day, or (undated text) of the years the text's own names point to.
  const day = publishedAt ?? eraOf(candidates, holders, document.text);
  const scan: PeopleScan = {
    document,
    holders,
    day,
    dated: publishedAt !== null && publishedAt !== undefined,
    holdersByName: holdersNamedOn(holders, day),
    inOffice: foldedHolderNames(holders).filter(({ holder }) => holdsOfficeOn(holder, day)),
    partsSeen: new Map(),
    writtenHolders: new Map(),
    holdersBySurname: holdersBySurnameOn(holders, day),
    people: [],
    byName: new Map(),
    byAlias: new Map(),
    bySentence: candidatesBySentence(candidates),
    staff: new Set(),
    credits: new Set(),
  };
  const { people, holdersByName } = scan;
  // Full names first, so single words can resolve to them wherever they are.
  for (const candidate of candidates.filter((candidate) => !candidate.single && !candidate.kin)) recordFullName(scan, candidate);
  indexAliases(scan);
  for (const candidate of candidates.filter((candidate) => candidate.single)) {
    const pair = candidate.vocative ? [] : administrationPair(scan, candidate);
    for (const holder of pair) record(personNamed(scan, holder.name), candidate);
    if (pair.length) continue;
    const person = candidate.vocative ? addressedPerson(scan, candidate) : singleNamed(scan, candidate);
    if (person) record(person, candidate);
  }
  for (const candidate of candidates) {
    if (!candidate.kin) continue;
    const { kin } = candidate;
    const relative = people.find((person) => person.mentions.some((mention) => mention.start === kin.start));
    const written = candidates.find((other) => other.single && other.start === kin.start)?.name;
    const name = relative && relativeName(relative.name, kin, written);
    if (name) recordFullName(scan, { ...candidate, name });
  }

  mergeSpellings(people, document, holdersByName);
  completeSurnamesOnly(people, document, holdersByName);

  affiliateAll(scan, countries, datelineCountry, publisherCountry);
  // A name a headline given apart alone gives ("Statement by National Security Advisor …" over a statement that never
  // names its author) is the page's label, not someone the text tells of: then a person is someone the body names.
  return people.filter((person) => person.mentions.length > 0 && (!headlineApart || person.mentions.some((mention) => mention.start >= document.bodyStart)));
}

/** The candidates of a text: its sentences' runs, names wrapped over a line, names in capitals and credits, latent ones confirmed later. */
function candidatesOf(document: ArticleDocument, countries: CountryMention[]): Candidate[] {
  const credited = creditNames(document);
  const uncredited = (candidate: Candidate) => !credited.some((other) => candidate.start < other.end && other.start < candidate.end);
  const read = [...withWrappedNames(document, document.sentences.flatMap((sentence) => candidatesIn(sentence, document.text, holderNames()))).filter(uncredited), ...capitalsNames(document), ...credited].sort(
    (a, b) => a.start - b.start,
  );
  const confirmed = confirmedLatent(read, document.text);
  // "Prime Minister of New Zealand": a run inside a country's name ("Zealand" after the title word "New") is no one.
  const insideCountry = (candidate: { start: number; end: number }) =>
    countries.some((mention) => mention.start <= candidate.start && candidate.end <= mention.end && (mention.start < candidate.start || candidate.end < mention.end));
  // (each name once: the text is searched for every place it is written)
  const names = [...new Set(read.filter((candidate) => !candidate.title && !candidate.single).map((candidate) => candidate.name))];
  // "the Sierra Nevada Corporation … Embraer and Sierra Nevada were awarded": a run the text writes elsewhere with a
  // company's legal form after it is that company's name wherever it stands without a title.
  const companies = new Set(names.filter((name) => companyNamed(document.text, name)));
  // "The Houthis targeted Star Nasia … Star Nasia sails under the flag of …": so with a vessel's.
  const vessels = new Set(names.filter((name) => vesselNamed(document.text, name)));
  const thing = (candidate: Candidate) => !candidate.title && (companies.has(candidate.name) || vessels.has(candidate.name));
  return withoutOfficeInitials(read.filter((candidate) => (!candidate.latent || confirmed.has(candidate)) && !insideCountry(candidate) && !thing(candidate)));
}

/** A company's legal form or the word for its group written right after a name ("Sierra Nevada Corporation", "Acme Holdings"). */
// ("Mele Kyari, Group Chief Executive Officer …", "…, Group CEO": "Group" before an office is the office's reach, set off after a person.)
const LEGAL_FORM_AFTER = /^\s*,?\s+(?:Inc|Corp|Corporation|Company|LLC|Ltd|Limited|plc|PLC|GmbH|AG|Holdings|Group(?!\s+(?:Chief|CEO|CFO|COO|Managing|Executive|Chairman|Chairwoman|Chair|President|Director|Head|General Manager|Vice|Deputy)\b))(?![\p{L}-])/u;
function companyNamed(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (LEGAL_FORM_AFTER.test(text.slice(at + name.length, at + name.length + 20))) return true;
  }
  return false;
}

/** A ship's flag after a name ("Star Nasia sails under the flag of the Marshall Islands", "… flies the Liberian flag"). */
const FLAG_AFTER = /^\s*,?\s+(?:sails|sailed|sailing|flies|flew|flying)\s+(?:under\s+)?(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}?flag\b/u;
/** A noun for a vessel written right before or after a name, or its flag after it, anywhere in the text. */
function vesselNamed(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const [before, after] = [text.slice(Math.max(0, at - 40), at), text.slice(at + name.length, at + name.length + 60)];
    if (VESSEL_BEFORE.test(before) || VESSEL_SET_OFF_BEFORE.test(before) || VESSEL_AFTER.test(after) || FLAG_AFTER.test(after)) return true;
  }
  return false;
}

/** The holders by every name and alias in use on the day (folded too), the one in office on it when several share one. */
function holdersNamedOn(holders: OfficeHolder[], day: Date | null): Map<string, OfficeHolder> {
  const holdersByName = new Map<string, OfficeHolder>();
  const namesSoFar = namesInUseOn(holders, day);
  for (const holder of holders) {
    if (!namesSoFar.has(holder.name)) continue;
    for (const name of new Set([holder.name, ...(holder.aliases ?? [])].flatMap((name) => [name, folded(name)]))) {
      const current = holdersByName.get(name);
      if (!current || holdsOfficeOn(holder, day)) holdersByName.set(name, holder);
    }
  }
  return holdersByName;
}

/**
 * "Lula da Silva", "Mohamed bin Zayed": two or more words that open or close the full name of
 * exactly one holder in office on the day are that holder.
 */
function partOfHolderName(scan: PeopleScan, name: string): OfficeHolder | undefined {
  const { inOffice, partsSeen } = scan;
  if (partsSeen.has(name)) return partsSeen.get(name);
  const words = folded(name);
  const matching = words.includes(' ') ? inOffice.filter(({ names }) => names.some((full) => full.startsWith(`${words} `) || full.endsWith(` ${words}`))).map(({ holder }) => holder) : [];
  const found = new Set(matching.map((holder) => holder.name)).size === 1 ? matching[0] : undefined;
  partsSeen.set(name, found);
  return found;
}

/**
 * "Mohammed bin Salman bin Abdulaziz Al Saud", "Sheikh Tamim bin Hamad Al Thani": a formal name that
 * opens with the full name (two words or more) of exactly one holder in office on the day, and goes on
 * with more of the lineage ("bin …", "Al …"), is that holder (the press's canonical form). Other
 * words after it may make another person ("Pedro Sánchez de la Fuente", "Donald Trump Jr.").
 */
function fullerFormOf(scan: PeopleScan, name: string): OfficeHolder | undefined {
  const words = folded(name);
  const lineage = (full: string) => full.includes(' ') && words.startsWith(`${full} `) && /^(?:bin|bint|ibn|Al|al|Al-|al-|Aal)\b/.test(words.slice(full.length + 1));
  const matching = scan.inOffice.filter(({ names }) => names.some(lineage)).map(({ holder }) => holder);
  return new Set(matching.map((holder) => holder.name)).size === 1 ? matching[0] : undefined;
}

/**
 * "Muhammad Shehbaz Sharif": a name that ends with the full name (two words or more) of exactly one holder in office on
 * the day (or elected: taking office within the year after it), after one or two more given names (as South Asian and Arab presses write a leader's first or religious name), is
 * that holder; so is one with a middle name the holder's two-word name leaves out ("Amara Kofi Mensah" of "Amara Mensah"). Not
 * after a particle ("… bin Hamad Al Thani" is the son's name, not the father's).
 */
function givenNamesBeforeHolder(scan: PeopleScan, name: string): OfficeHolder | undefined {
  const words = folded(name);
  const count = words.split(' ').length;
  const written = words.split(' ');
  const extended = (full: string) => {
    // "Bola Ahmed Tinubu": one middle name between a two-word holder's given name and surname.
    const fullWords = full.split(' ');
    if (count === 3 && fullWords.length === 2 && written[0] === fullWords[0] && written[2] === fullWords[1] && /^\p{Lu}\p{Ll}{2,}$/u.test(written[1])) return true;
    if (!full.includes(' ') || !words.endsWith(` ${full}`)) return false;
    const before = words.slice(0, -full.length - 1).split(' ');
    return count - full.split(' ').length <= 2 && !before.some((word) => PARTICLES.has(word.toLowerCase()) || /^(?:al|el)-$/i.test(word));
  };
  // ("Bola Ahmed Tinubu" declared the winner: a holder elected, whose term begins within the year, too.)
  const elected = scan.dated ? foldedHolderNames(scan.holders).filter(({ holder }) => electedOn(holder, scan.day)) : [];
  const matching = [...scan.inOffice, ...elected].filter(({ names }) => names.some(extended)).map(({ holder }) => holder);
  return new Set(matching.map((holder) => holder.name)).size === 1 ? matching[0] : undefined;
}

/** "N. A. Nazarbayev", "S. Sh. Jeenbekov", "E Rahmon": the first initial and the surname of a name written as initials and a surname. */
function initialsAndSurname(name: string): { initial: string; surname: string } | null {
  const words = folded(name).split(' ');
  const surname = words[words.length - 1];
  if (words.length < 2 || surname.length < 3 || !words.slice(0, -1).every((word) => /^(?:\p{Lu}|Sh|Ch|Zh|Kh|Ts|Th|Yu|Ya|Ye|Yo)\.?$/u.test(word))) return null;
  return { initial: words[0].replace(/\.$/, ''), surname };
}

/** Whether a holder's (folded) full name has that surname and a given name the initial opens. */
function initialsFit({ initial, surname }: { initial: string; surname: string }, full: string): boolean {
  const words = full.split(' ');
  return words.length >= 2 && words[words.length - 1] === surname && words[0].startsWith(initial) && words[0].length > initial.length;
}

/**
 * "N. A. Nazarbayev", "S. Sh. Jeenbekov", "E Rahmon": initials and a surname (as Russian and Central Asian releases write
 * their leaders, the patronymic's initial included) are the one holder in office on the day of that surname whose given
 * name opens with the first initial.
 */
function initialsOfHolder(scan: PeopleScan, name: string): OfficeHolder | undefined {
  const written = initialsAndSurname(name);
  if (!written) return undefined;
  const matching = scan.inOffice.filter(({ names }) => names.some((full) => initialsFit(written, full))).map(({ holder }) => holder);
  return new Set(matching.map((holder) => holder.name)).size === 1 ? matching[0] : undefined;
}

/**
 * "Alexandr Lukashenko", "Recep Tayipp Erdogan", "Kim Jung Un": a full name a letter off the name or alias of exactly one
 * holder whose name is in use on the day (`misspeltWords`) is that holder, as the press's typo or a looser transliteration.
 */
function misspeltHolder(scan: PeopleScan, name: string): OfficeHolder | undefined {
  const written = plainWords(folded(name));
  if (written.length < 2) return undefined;
  const matching = new Set<OfficeHolder>();
  for (const { known, holder } of namesByLength(scan.holdersByName).get(written.length) ?? []) if (misspeltWords(written, known)) matching.add(holder);
  return new Set([...matching].map((holder) => holder.name)).size === 1 ? [...matching][0] : undefined;
}

const namesByLengthCache = new WeakMap<Map<string, OfficeHolder>, Map<number, { known: string[]; holder: OfficeHolder }[]>>();
/** The holders' names in use (folded, as `plainWords`), by their number of words: built once per text. */
function namesByLength(holdersByName: Map<string, OfficeHolder>): Map<number, { known: string[]; holder: OfficeHolder }[]> {
  let byLength = namesByLengthCache.get(holdersByName);
  if (!byLength) {
    byLength = new Map();
    for (const [name, holder] of holdersByName) {
      const known = plainWords(folded(name));
      const sameLength = byLength.get(known.length);
      if (sameLength) sameLength.push({ known, holder });
      else byLength.set(known.length, [{ known, holder }]);
    }
    namesByLengthCache.set(holdersByName, byLength);
  }
  return byLength;
}

const mentionOf = (candidate: Candidate): PersonMention => ({ start: candidate.start, end: candidate.end, sentence: candidate.sentence });

/** The person of this name, created on first sight. */
function personNamed(scan: PeopleScan, name: string): FoundPerson {
  const { people, byName } = scan;
  let person = byName.get(name);
  if (!person) {
    person = { name, slug: slugOf(name), aliases: [], title: null, country: null, mentions: [], titleEvidence: null, countryEvidence: null };
    people.push(person);
    byName.set(name, person);
  }
  return person;
}

/** A mention of the person; the first title and country written with one are theirs. */
function record(person: FoundPerson, candidate: Candidate): void {
  person.mentions.push(mentionOf(candidate));
  if (candidate.title && !person.title) {
    person.title = candidate.title;
    person.titleEvidence = mentionOf(candidate);
  }
  if (candidate.country && !person.countryEvidence) {
    person.country = candidate.country;
    person.countryEvidence = { mention: mentionOf(candidate), rule: 'country written before the title or name' };
  }
}

/**
 * The office holder a name of two words or more is written for in another form than the holder's own: with initials, family
 * name first, part of the name, more of it, or misspelt. Each name is looked up once per text (most lookups read every holder).
 */
function holderWrittenAs(scan: PeopleScan, name: string): OfficeHolder | undefined {
  const { holdersByName, writtenHolders } = scan;
  if (writtenHolders.has(name)) return writtenHolders.get(name);
  // A formal name with initials ("James E. Risch"), or a Japanese name written family name first
  // ("Onodera Itsunori", as Japanese and Korean releases do), is the office holder it names.
  const holder =
    holdersByName.get(canonicalName(name)) ??
    holdersByName.get(familyNameLast(name)) ??
    // "Ferdinand R. Marcos Jr.": the initials go, the suffix stays.
    holdersByName.get(name.replace(/\s\p{Lu}\.(?=\s)/gu, '')) ??
    // "S Jaishankar", "D.Tsogtbaatar": initials the press writes without their full stop, or glued to the surname.
    holdersByName.get(name.replace(/(?<=^|\s)(\p{Lu})(?:\.(?=\p{Lu})|\s)/gu, '$1. ')) ??
    partOfHolderName(scan, name) ??
    fullerFormOf(scan, name) ??
    initialsOfHolder(scan, name) ??
    givenNamesBeforeHolder(scan, name) ??
    misspeltHolder(scan, name);
  writtenHolders.set(name, holder);
  return holder;
}

/** A candidate of two words or more: the office holder it names in any written form, else the person of that name. */
function recordFullName(scan: PeopleScan, candidate: Candidate): void {
  const { people, byName, holdersByName, staff, credits } = scan;
  const holder = holdersByName.get(candidate.name) ?? holdersByName.get(folded(candidate.name));
  const plainHolder = holderWrittenAs(scan, candidate.name);
  // ("Mohamed bin Salman" is the holder's "Mohammed bin Salman": a spelling the folding tells apart is no name of its own.)
  // ("Subrahmanyam Jaishankar" for the holder "S. Jaishankar": the given name the holder's initial stands for, written out, is kept as written.)
  const name =
    holder && spellsOutInitials(candidate.name, holder.name)
      ? candidate.name
      : // ("George W. Bush" is the holder of that name, not the "George Bush" his initial's going would leave.)
        holder && (holder.name === candidate.name || holder.aliases?.includes(candidate.name) || !holdersByName.has(candidate.name))
        ? holder.name
        : plainHolder
          ? plainHolder.name
          : candidate.name;
  // "Bin Salman" opening a sentence is the end of "Mohammed bin Salman": compared without case.
  const lower = name.toLowerCase();
  // "Tomas Kadlecik" after "Tomáš Kadlecík": one person, as first written.
  const person =
    byName.get(name) ??
    people.find((existing) => sameNameLonger(existing.name.toLowerCase(), lower) || folded(existing.name) === folded(name)) ??
    personNamed(scan, name);
  record(person, candidate);
  if (candidate.staff) staff.add(person);
  if (candidate.credit) credits.add(person);
}

/** Each word that names one of the people found so far alone (their surname, a holder's short alias), folded too. */
function indexAliases(scan: PeopleScan): void {
  const { people, holdersByName, byAlias } = scan;
  for (const person of people) {
    const holder = holdersByName.get(person.name);
    // Accents folded too: "Mr. Kadlecik" is the "Tomáš Kadlecík" named before.
    const written = [...aliasesOf(person.name), ...(holder?.aliases ?? []).filter((alias) => !alias.includes(' ')), ...joinedFamilyNames(person.name)];
    for (const alias of new Set(written.flatMap((alias) => [alias, folded(alias)]))) {
      byAlias.set(alias, byAlias.has(alias) && byAlias.get(alias) !== person ? null : person);
    }
  }
}

/**
 * "Mohamed Ould Abdel Aziz … General Abdelaziz": a family name of two words is written as one too, with or without
 * its hyphen ("Abdel Aziz", "Abdelaziz", "Abdel-Aziz"); the last two words of a name of three or more, joined.
 */
function joinedFamilyNames(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length < 3) return [];
  const [first, last] = words.slice(-2);
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || !/^\p{Lu}\p{Ll}+$/u.test(last) || PARTICLES.has(first) || SUFFIXES.has(last)) return [];
  return [`${first}${last.toLowerCase()}`, `${first}-${last}`];
}

/** The holders in office or elected on the day by each word of their names that names them alone. */
function holdersBySurnameOn(holders: OfficeHolder[], day: Date | null): Map<string, OfficeHolder[]> {
  const holdersBySurname = new Map<string, OfficeHolder[]>();
  for (const holder of holders) {
    if (!holdsOfficeOn(holder, day) && !electedOn(holder, day)) continue;
    for (const alias of new Set([...aliasesOf(holder.name), ...(holder.aliases ?? []).filter((alias) => !alias.includes(' '))].map(folded))) {
      holdersBySurname.set(alias, [...(holdersBySurname.get(alias) ?? []), holder]);
    }
  }
  return holdersBySurname;
}

/**
 * The holder of that surname on the day (or about to take office, after "President-elect"), the
 * one whose office is the title written when several share it.
 */
function holderBySurname(scan: PeopleScan, surname: string, title: string | null): OfficeHolder | undefined {
  const { holdersBySurname, day } = scan;
  const elect = /-elect$/i.test(title ?? '');
  const sharing = (holdersBySurname.get(folded(surname)) ?? []).filter((holder) => (elect ? electedOn(holder, day) : holdsOfficeOn(holder, day)) && titleFits(title, holder));
  const office = title?.replace(MODIFIERS, '').replace(/-elect$/i, '').toLowerCase();
  return sharing.find((holder) => office && holder.title.toLowerCase().includes(office)) ?? sharing[0];
}

/**
 * "President Zelaya" on the day of the coup that ended his term, "its longtime leader Nasrallah"
 * weeks after his death: with a title or honorific written, a surname no holder of the day has is
 * the latest holder of it whose term ended in the eight years before the day (office as titled).
 */
function formerHolderBySurname(scan: PeopleScan, surname: string, title: string | null): OfficeHolder | undefined {
  const { holders, day } = scan;
  if (!day) return undefined;
  const iso = isoDayOf(day);
  const since = `${Number(iso.slice(0, 4)) - 8}${iso.slice(4)}`;
  const office = title?.replace(MODIFIERS, '').toLowerCase();
  const ended = (holdersByAnySurname(holders).get(folded(surname)) ?? [])
    .filter((holder) => holder.to !== null && holder.to <= iso && holder.to >= since && holder.from <= iso && titleFits(title, holder))
    .sort((a, b) => b.to!.localeCompare(a.to!));
  return ended.find((holder) => office && holder.title.toLowerCase().includes(office)) ?? (new Set(ended.map((holder) => holder.name)).size === 1 ? ended[0] : undefined);
}

/**
 * "former Prime Minister Whitlam’s visit" fifty years on, "Nehru’s trip to China": a surname no holder of the day or of the
 * eight years before has is a holder of longer ago when the list gives one name alone for it — of the office titled, or
 * (no title written) of a head of state or government — whose term ended before the day (any term in a text without one).
 */
function historicalHolderBySurname(scan: PeopleScan, surname: string, title: string | null): OfficeHolder | undefined {
  const { holders, day, dated } = scan;
  // (An undated text has no day of its own: the years its other names point to need not bound a holder named by
  // surname — "the replacement of Gorbachev with Yeltsin" — so a holder of any term.)
  const iso = day && dated ? isoDayOf(day) : null;
  const ended = (holdersByAnySurname(holders).get(folded(surname)) ?? []).filter(
    (holder) => (iso === null || (holder.to !== null && holder.to <= iso)) && (title ? titleFits(title, holder) : HEAD_TITLE.test(holder.title)),
  );
  return new Set(ended.map((holder) => holder.name)).size === 1 ? ended[0] : undefined;
}

/** "as the leader of …", "as president", "as its new prime minister": an office someone takes or holds. */
const AS_OFFICE_AFTER = /^\s+as\s+(?:(?:the|its|their|his|her)\s+)?(?:(?:new|next|acting|interim|first)\s+)?(?:leader|president|prime minister|premier|head of state|chancellor|king|queen)\b/;
const HEAD_ATTRIBUTIVE_AFTER = /^\s+(?:administration|government|regime|presidency|Administration|Government|Regime|Presidency)\b/;
const HEAD_TITLE = /^(?:President|Prime Minister|Chancellor|Premier|King|Queen|Emir|Sultan|Supreme Leader)$/;
/** The one head of state or government of any year the list gives with this surname (undefined: none, or several). */
function onlyHeadBySurname(scan: PeopleScan, surname: string): OfficeHolder | undefined {
  const heads = (holdersByAnySurname(scan.holders).get(folded(surname)) ?? []).filter((holder) => HEAD_TITLE.test(holder.title));
  return new Set(heads.map((holder) => holder.name)).size === 1 ? heads[0] : undefined;
}

/** A word two people share ("Kim") means the one mentioned last before it. */
function nearestSharing(scan: PeopleScan, word: string, at: number): FoundPerson | undefined {
  return scan.people
    .filter((person) => aliasesOf(person.name).some((alias) => alias === word || folded(alias) === word))
    .map((person) => ({ person, last: Math.max(-1, ...person.mentions.filter((mention) => mention.start < at).map((mention) => mention.start)) }))
    .filter((entry) => entry.last >= 0)
    .sort((a, b) => b.last - a.last)[0]?.person;
}

/** The candidates of each sentence, gathered once: a list is read within its sentence. */
function candidatesBySentence(candidates: Candidate[]): Map<Sentence, Candidate[]> {
  const bySentence = new Map<Sentence, Candidate[]>();
  for (const candidate of candidates) {
    const ofSentence = bySentence.get(candidate.sentence);
    if (ofSentence) ofSentence.push(candidate);
    else bySentence.set(candidate.sentence, [candidate]);
  }
  return bySentence;
}

/** A surname alone: the person named before that it names, the office holder of that surname, or a person of that name alone (undefined: no one). */
function singleNamed(scan: PeopleScan, candidate: Candidate): FoundPerson | undefined {
  const { document, byAlias, byName } = scan;
  const alias = byAlias.has(candidate.name) ? candidate.name : folded(candidate.name);
  let person = byAlias.get(alias) ?? byName.get(candidate.name) ?? (byAlias.has(alias) ? nearestSharing(scan, alias, candidate.start) : undefined) ?? openedBy(scan, candidate);
  // "Eric Trump spoke … President Trump said": an office written before a surname names its holder of the day, not a
  // relative or namesake the text named before with no office of their own.
  const office = candidate.title?.replace(MODIFIERS, '').trim();
  if (person && office && !ANY_OFFICE_TITLES.has(office) && !person.title && !scan.holdersByName.has(person.name)) {
    const holder = holderBySurname(scan, candidate.name, candidate.title) ?? formerHolderBySurname(scan, candidate.name, candidate.title);
    if (holder && folded(holder.name) !== folded(person.name)) person = personNamed(scan, holder.name);
  }
  if (!person) {
    const after = document.text.slice(candidate.end, candidate.end + 40);
    // "Trump won the election": the winner is the holder whose term is about to begin.
    const elected = /^\s+(?:won|wins|has won|was elected|was re-elected|has been elected)\b/.test(after);
    let holder =
      holderBySurname(scan, candidate.name, candidate.title) ??
      (elected ? holderBySurname(scan, candidate.name, 'President-elect') : undefined) ??
      (candidate.title || candidate.honorific || candidate.styled ? formerHolderBySurname(scan, candidate.name, candidate.title) : undefined) ??
      (candidate.title ? historicalHolderBySurname(scan, candidate.name, candidate.title) : undefined);
    // "Biden administration", "the Cameron Conservative government", "Putin’s invasion", "Macron said".
    // ", who took office …": a relative clause about someone.
    // ("… the replacement of Gorbachev with Yeltsin as the leader": a surname taking an office after "as" is someone's.)
    const cue = /^\s*(?:\p{Lu}\p{L}+\s+)?(administration|government|regime|cabinet|presidency|Administration|Government|Regime|Cabinet|Presidency)\b/u.test(after) || /^,\s+who\b/.test(after) || AS_OFFICE_AFTER.test(after) || /^['’]s\b/.test(after) || SPEECH_AFTER.test(after) || PERSON_OBJECT_BEFORE.test(document.text.slice(Math.max(candidate.sentence.start, candidate.start - 20), candidate.start));
    // "Blinken and Wang Yi discussed …", "Xi told Putin …": a holder's surname no lexicon knows as a word (compromise's
    // family names aside) needs no other cue.
    const tags = lexiconTags(candidate.name);
    const distinctive = (candidate.name.length >= 4 && tags.every((tag) => tag === 'LastName')) || (candidate.name.length >= 2 && tags.length === 0);
    // "talks between Jonathan and Buhari" weeks before Buhari took office, "Nkurunziza's decision" a year after his term:
    // without a title, a distinctive surname in a person's context names a holder about to begin or lately out of office.
    if (!holder && distinctive && (cue || inPersonContext(document.text.slice(Math.max(candidate.sentence.start, candidate.start - 40), candidate.start), after) || listedWithOther(candidate, scan.bySentence.get(candidate.sentence) ?? [], document.text))) {
      holder = holderBySurname(scan, candidate.name, 'President-elect') ?? formerHolderBySurname(scan, candidate.name, null) ?? historicalHolderBySurname(scan, candidate.name, null);
    }
    // "The attack led the Obama administration to halt the sale. The Trump Administration …" in an undated text: the years its
    // names point to need not be those of an administration named in passing; a head of state's or government's surname
    // that one holder alone has, before "administration", "government", "regime" or "presidency", is that holder.
    if (!holder && !scan.dated && HEAD_ATTRIBUTIVE_AFTER.test(after)) holder = onlyHeadBySurname(scan, candidate.name);
    if (holder && (cue || elected || distinctive || candidate.title || candidate.honorific || candidate.styled)) {
      const known = byName.has(holder.name);
      person = personNamed(scan, holder.name);
      if (!known) for (const alias of aliasesOf(holder.name)) if (!byAlias.has(alias)) byAlias.set(alias, person);
    } else if (!holder && (candidate.title || candidate.honorific) && !isCommonWord(candidate.name) && !officeWord(candidate.name, candidate.title)) {
      // "Chargé d’Affaires Robbins", "Mr. Wang": the text gives no more of the name than this.
      // ("Director of the National Economic Council", "Ambassador Extraordinary": an office's own words are no surname.)
      person = personNamed(scan, candidate.name);
      byAlias.set(candidate.name, person);
    } else return undefined;
  }
  return person;
}

/**
 * "Prime Minister Anwar Ibrahim … at Anwar’s residence": a word alone that opens the full name of exactly one person the
 * text names, and is no one's surname or a holder's, is that person (Malay, Indonesian, Thai and Ethiopian names are so
 * shortened, "Mr Anwar" too; "[Secretary Mike] Pompeo": a given name cut off by an editor's bracket).
 */
function openedBy(scan: PeopleScan, candidate: Candidate): FoundPerson | undefined {
  const word = folded(candidate.name);
  const opened = scan.people.filter((person) => person.name.includes(' ') && folded(person.name.split(' ')[0]) === word);
  return opened.length === 1 && !holderBySurname(scan, candidate.name, null) ? opened[0] : undefined;
}

/**
 * "the Biden-Harris Administration", "the Trump-Pence administration": two surnames joined by a hyphen before
 * "administration" or "government" are the two holders of the day (a president and a vice-president) they name.
 */
function administrationPair(scan: PeopleScan, candidate: Candidate): OfficeHolder[] {
  const pair = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u.exec(candidate.name);
  if (!pair || !/^\s+(?:administration|government|Administration|Government)\b/.test(scan.document.text.slice(candidate.end, candidate.end + 20))) return [];
  const holders = [holderBySurname(scan, pair[1], null), holderBySurname(scan, pair[2], null)];
  return holders.every((holder) => holder !== undefined) && holders[0] !== holders[1] ? (holders as OfficeHolder[]) : [];
}

/** The person a given name addresses: the one of that given name mentioned last before, else a person of that name alone. */
function addressedPerson(scan: PeopleScan, candidate: Candidate): FoundPerson {
  const sharing = scan.people.filter((person) => person.name.split(' ')[0] === candidate.name && person.name !== candidate.name);
  const before = sharing
    .map((person) => ({ person, last: Math.max(-1, ...person.mentions.filter((mention) => mention.start < candidate.start).map((mention) => mention.start)) }))
    .sort((a, b) => b.last - a.last)[0];
  return before && (before.last >= 0 || sharing.length === 1) ? before.person : personNamed(scan, candidate.name);
}

/** Each person's mentions in order, the forms the text names them by, the office held on the day; then the country of each not yet placed. */
function affiliateAll(scan: PeopleScan, mentioned: CountryMention[], datelineCountry: string | null, publisherCountry: string | null): void {
  const { document, people, holdersByName, day, staff, credits } = scan;
  const unaffiliated: { person: FoundPerson; holder: OfficeHolder | undefined }[] = [];
  for (const person of people) {
    person.mentions.sort((a, b) => a.start - b.start);
    const usedAliases = new Set(person.mentions.map((mention) => document.text.slice(mention.start, mention.end)).filter((text) => text !== person.name));
    person.aliases = [...new Set([...aliasesOf(person.name), ...usedAliases])].filter((alias) => alias !== person.name);
    const holder = holdersByName.get(person.name);
    if (holder && !person.title && holdsOfficeOn(holder, day)) person.title = holder.title;
    // A credited journalist's country is none the text gives.
    if (!person.countryEvidence && !credits.has(person)) unaffiliated.push({ person, holder });
  }
  // Own phrase, office and organization first; the story's government only for offices still without one.
  // ("Carlos Alberto de Souza Lima": a place's name inside a person's name is no country of the story.)
  const named = people.flatMap((person) => person.mentions);
  const countries = mentioned.filter((mention) => !named.some((name) => mention.start < name.end && name.start < mention.end));
  for (const { person, holder } of unaffiliated) affiliate(person, holder, { countries, text: document.text, datelineCountry, publisherCountry, staff, storyGovernment: null, storyCountry: null });
  const storyGovernment = storyGovernmentOf(people);
  const storyCountry = mostMentionedCountry(countries);
  for (const { person, holder } of unaffiliated) {
    if (!person.countryEvidence) affiliate(person, holder, { countries, text: document.text, datelineCountry, publisherCountry, staff, storyGovernment, storyCountry });
  }
}

/** `person`'s mentions become `named`'s, with the title and country read with them when `named` has none. */
function mergeInto(named: FoundPerson, person: FoundPerson): void {
  named.mentions.push(...person.mentions);
  named.title ??= person.title;
  named.titleEvidence ??= person.titleEvidence;
  if (!named.countryEvidence && person.countryEvidence) [named.country, named.countryEvidence] = [person.country, person.countryEvidence];
  person.mentions = [];
}

/**
 * "Indian envoy Shambhu Kumaran" and then "the Indian ambassador … Sambhu Kumaran",
 * "Francois Mitterand" and "Francois Mitterrand": one person whose name the text spells two ways (`spelledAlike`), named
 * by the spelling the text writes most (`mostWrittenSpelling`), a surname written alone counted too.
 */
function mergeSpellings(people: FoundPerson[], document: ArticleDocument, holdersByName: Map<string, OfficeHolder>): void {
  const written = (mention: PersonMention) => document.text.slice(mention.start, mention.end).replace(/\s+/g, ' ');
  // Holders first: another spelling of a holder's name is the holder.
  const holdersFirst = [...people].sort((a, b) => Number(holdersByName.has(b.name)) - Number(holdersByName.has(a.name)));
  for (const person of holdersFirst) {
    if (!person.mentions.length) continue;
    for (const other of people) if (other !== person && other.mentions.length && spelledAlike(person.name, other.name)) mergeInto(person, other);
    // "Gen. Nkosih" beside "General Mbanda Nkosi": a surname alone, a letter apart from the one full name it fits, is that person.
    const fitting = people.filter((other) => other !== person && other.mentions.length && surnameSpelledAlike(other.name, person.name));
    for (const other of fitting) if (!people.some((third) => third !== person && third.mentions.length && third.name.includes(' ') && surnameSpelledAlike(other.name, third.name))) mergeInto(person, other);
    // Holders of office keep the name the list gives them ("Viktor Yanukovych" however the text spells him), as the press's canonical form.
    if (holdersByName.has(person.name)) continue;
    const forms = person.mentions.map(written);
    // ("Mohamed bin Salman" is the holder's "Mohammed bin Salman": a spelling the folding makes one is no other spelling.)
    const respelt = forms.filter((form) => folded(form) !== folded(person.name) && spelledAlike(person.name, form));
    const spelling = mostWrittenSpelling([person.name, ...new Set(respelt)], forms);
    if (spelling !== person.name) Object.assign(person, { name: spelling, slug: slugOf(spelling) });
  }
  people.splice(0, people.length, ...people.filter((person) => person.mentions.length > 0));
}

/**
 * "Mr. Maier" in a text that writes "… for Special Operations and Low-Intensity Conflict Chris Maier" where no rule
 * read the full name (after a long portfolio, in a headline, in a list): a person known only by a surname is the one
 * full name the text writes with it — a given name compromise knows, an optional initial, then that surname — so no
 * part of a name stands as a person of its own. Merged into that person when the full name was read too. Holders of
 * office keep the name the list gives them, and a surname written with several given names stays as it is.
 */
function completeSurnamesOnly(people: FoundPerson[], document: ArticleDocument, holdersByName: Map<string, OfficeHolder>): void {
  for (const person of [...people]) {
    if (person.name.includes(' ') || holdersByName.has(person.name) || !person.mentions.length) continue;
    const written = new Map<string, { start: number; end: number }>();
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}.'’-])(\\p{Lu}\\p{Ll}+)((?:[ \\t]+\\p{Lu}\\.)?)\\s+${escapeRegExp(person.name)}(?![\\p{L}\\p{N}-])`, 'gu');
    for (const match of document.text.matchAll(pattern)) {
      if (isGivenName(match[1]) && !TITLE_WORDS.has(match[1])) written.set(`${match[1]}${match[2].replace(/\s+/g, ' ')} ${person.name}`, { start: match.index, end: match.index + match[0].length });
    }
    if (written.size !== 1) continue;
    const [[fullName, span]] = [...written];
    // "Mr. Kowalski … Ambassador Jan Kowalski and General Piotr Kowalski": a surname two full names read share goes to the
    // one the text names first, as a word two people share does (no person of its own).
    const sharing = people.filter((other) => other !== person && other.mentions.length && other.name.endsWith(` ${person.name}`));
    if (sharing.length > 1) {
      mergeInto(sharing.sort((a, b) => Math.min(...a.mentions.map((mention) => mention.start)) - Math.min(...b.mentions.map((mention) => mention.start)))[0], person);
      continue;
    }
    const mention = { ...span, sentence: sentenceAt(document, span.start) };
    const named = people.find((other) => other !== person && other.name === fullName);
    if (named) {
      mergeInto(named, person);
    } else {
      Object.assign(person, { name: fullName, slug: slugOf(fullName) });
      if (!person.mentions.some((known) => known.start === mention.start)) person.mentions.push(mention);
    }
  }
  // A surname merged into its full name is no person of its own any more.
  people.splice(0, people.length, ...people.filter((person) => person.mentions.length > 0));
}

/**
 * "Johnson & Johnson", "King & Spalding L.L.P.": one capitalized word on a side of an ampersand makes a firm's name (a guest
 * list's "Anne Wojcicki & Esther Wojcicki" joins two full names).
 */
function firmAmpersand(before: string, after: string, single: boolean): boolean {
  const left = /(?:^|\s)(\S+\s+)?\p{Lu}[\p{L}'’-]*\s*&\s*$/u.exec(before);
  if (left && !/^\p{Lu}/u.test(left[1] ?? '')) return true;
  return single && /^\s*&\s*\p{Lu}[\p{L}'’-]*(?![\p{L}'’-]|\s+\p{Lu})/u.test(after);
}

/**
 * A word of the language after an office that is part of the office's or its organization's name, not a surname: after a
 * portfolio ("Director of the Central Intelligence Agency", "Senior Advisor for … Energy Diplomacy"), or an adjective
 * ("Ambassador Extraordinary", "Speaker Emerita", "General Electric"). A noun after a plain title stays a surname
 * ("Senator Carper", "Secretary Fudge").
 */
function officeWord(word: string, title: string | null): boolean {
  // ("Minister Counselor", "Senior Advisor": a noun for a person after an office is a second office.)
  const office = isPersonNoun(word) || ROLE_NOUNS.split('|').includes(word.toLowerCase()) || /^(?:counsell?or|councill?or)$/i.test(word);
  return isPlainWord(word) && (/\s(?:of|for)\s/.test(title ?? '') || /(?:al|ary|ic|ory|ive|ous|ent|ant|ible|able|ita|itus)$/.test(word) || office);
}

/** Military ranks and legislators' titles: they name no office a holder's title spells out ("General Milley", "Senator Risch" the committee's chairman). */
const ANY_OFFICE_TITLES = new Set([
  'General', 'Gen.', 'Lt. Gen.', 'Admiral', 'Adm.', 'Maj. Gen.', 'Brig. Gen.', 'Rear Adm.', 'Vice Adm.', 'Lt. Col.', 'Col.', 'Maj.', 'Capt.', 'Sgt.', 'Lt.',
  'Lieutenant General', 'Major General', 'Brigadier General', 'Lieutenant Colonel', 'Colonel', 'Field Marshal', 'Marshal', 'Captain', 'Commander',
  'Senator', 'Senators', 'Sen.', 'Rep.', 'Representative', 'Ranking Member', 'Chair', 'Chairman', 'Chairwoman', 'Chairperson', 'Leader',
]);

const LEADER_OFFICE = /\b(?:[Pp]resident|[Pp]rime [Mm]inister|PM|[Cc]hancellor|[Pp]remier|[Hh]ead of [Ss]tate|[Kk]ing|[Qq]ueen|[Ee]mir|[Ss]ultan|[Ss]tate [Cc]ounsellor)s?\b/;

/**
 * "Governor Carney", "Ambassador Sullivan": a title written before a surname is the office of the holder it names, or
 * none of them ("Governor Carney" is no press secretary Carney, "President Carter" no defense secretary Carter).
 */
function titleFits(title: string | null, holder: OfficeHolder): boolean {
  const office = title?.replace(MODIFIERS, '').replace(/-elect$/i, '').trim();
  if (!office || ANY_OFFICE_TITLES.has(office)) return true;
  // ("Presidents Macron and Scholz": one leader's title stands for another's in a list of heads of state and government.)
  if (LEADER_OFFICE.test(office) && LEADER_OFFICE.test(holder.title)) return true;
  // ("Minister of Defence Wallace", the UK's Defence Secretary: a cabinet's ministers and secretaries are one kind of office.)
  if (/\b(?:[Mm]inister|[Ss]ecretary)\b/.test(office.split(/\s+(?:of|for|to)\s+/)[0]) && /\b(?:[Mm]inister|[Ss]ecretary)\b/.test(holder.title)) return true;
  // The office's own noun, before its portfolio ("Minister for Foreign Affairs" is a minister).
  const head = office === 'PM' ? 'minister' : office.split(/\s+(?:of|for|to)\s+/)[0].split(/[\s-]+/).pop()!.toLowerCase().replace(/^spokes(?:man|woman|person)$/, 'spokes').replace(/s$/, '');
  return holder.title.toLowerCase().includes(head);
}

/**
 * Two written forms of one name in one text: one ends the other ("Bin Salman" opening a sentence,
 * "Mohammed bin Salman"), or one opens the other and goes on with more of the name ("Mohammed bin
 * Zayed" and "Mohammed bin Zayed Al Nahyan"). A generational suffix is another person ("Donald
 * Trump" and "Donald Trump Jr."); one word alone is left to the surname rules.
 */
function sameNameLonger(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (longer.endsWith(` ${shorter}`)) return true;
  if (!shorter.includes(' ') || !longer.startsWith(`${shorter} `)) return false;
  return !/^(?:jr\.?|sr\.?|ii|iii|iv)$/.test(longer.slice(shorter.length + 1));
}

/** Titles that belong to one country's government whatever the article is about. */
const NATIONAL_TITLES: Record<string, string> = {
  'Secretary of State': 'US',
  'Deputy Secretary of State': 'US',
  'Secretary of Defense': 'US',
  'Secretary of the Treasury': 'US',
  'External Affairs Minister': 'IN',
};
const NATIONAL_ORGANIZATIONS: [RegExp, string][] = [
  [/\b(White House|State Department|Pentagon)\b/, 'US'],
  [/\bKremlin\b/, 'RU'],
  [/\bDowning Street\b/, 'GB'],
  [/\bElysee|Élysée\b/, 'FR'],
];

/** An organization that stands for one state (state-organizations.json) written as the last words before the office or name ("Pentagon Press Secretary …"). */
const STATE_ORGANIZATION_BEFORE = new RegExp(
  `\\b(${[...STATE_ORGANIZATIONS].map((name) => escapeRegExp(name)).join('|')})\\s+(?:(?:[\\p{Lu}][\\p{L}.-]*|${ROLE_NOUNS})\\s+){0,4}$`,
  'u',
);
const STATE_OF_ORGANIZATION = new Map(Object.entries(stateOrganizations.organizations as Record<string, string[]>).flatMap(([code, names]) => names.map((name) => [name, code] as const)));
/** Organizations of many states: their officials' nationality is not their office's ("IAEA Director General Grossi", ", the NATO Secretary General,"). */
const INTERNATIONAL_ORGANIZATION = /\b(?:NATO|U\.?N\.?|United Nations|UN Security Council|IAEA|European Union|EU|European Commission|European Council|OSCE|African Union|ASEAN|World Bank|IMF|International Monetary Fund|WHO|World Health Organization|Interpol|ICC|International Criminal Court|ICRC|Red Cross|OPCW|Arab League|Council of Europe|G7|G20|OECD|WTO)\b/;
/** Offices held abroad: an ambassador met in a place is no citizen of it. */
const POSTED_OFFICE = /Ambassador|Envoy|Representative|Charg[ée]|Consul|Attach[ée]|Spokes|counterpart/i;
/** "In Jakarta, I will meet with Foreign Minister …", "will join Foreign Minister …", "hold talks with President …": whom a traveller meets. */
const MET_BEFORE = /\b(?:meet|meets|met|meeting|join|joins|joined|call on|calls on|called on|hold talks with|held talks with|holds talks with|talks with|be received by|was received by|hosted by|courtesy call with)\s+(?:with\s+)?(?:(?:the|his|her|their)\s+)?$/;

/**
 * Affiliation when nothing is written in front of the person, from the person's own office and the
 * organization they speak for, never from another country the sentence names ("Japan and South Korea
 * welcomed it, said Deputy Secretary Campbell"): the curated office holder's country; a national title;
 * a state's organization in the title or written before it; none for an international organization's
 * official; for an office met by a traveller in a place ("In Jakarta, … meet with Foreign Minister
 * …"), that place's country (not an ambassador's or envoy's, posted abroad); for an office written
 * right before or after the name, the dateline's country, the publishing government's (its own
 * officials need no country: "Capt. Jeff Davis" in a Pentagon release), then the government most of
 * the text's people serve; for a release's signatory or contact, the publishing government's; for
 * someone with no office, the article's most mentioned country.
 */
function affiliate(person: FoundPerson, holder: OfficeHolder | undefined, context: AffiliationContext): void {
  const { countries, text, datelineCountry, publisherCountry, staff } = context;
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
  const before = text.slice(Math.max(mention.sentence.start, mention.start - 80), mention.start);
  const organization = STATE_ORGANIZATION_BEFORE.exec(before);
  if (organization) set(STATE_OF_ORGANIZATION.get(organization[1]) ?? null, 'national organization in the title');
  if (person.countryEvidence) return;
  const apposition = /^,\s+[^,.;]{3,80}/.exec(text.slice(mention.end, mention.end + 90))?.[0] ?? '';
  if (INTERNATIONAL_ORGANIZATION.test(person.title ?? '') || INTERNATIONAL_ORGANIZATION.test(/(?:\S+\s+){0,4}$/.exec(before)?.[0] ?? '') || INTERNATIONAL_ORGANIZATION.test(apposition)) return;
  // The office of whom a traveller meets in a place is that place's ("In Prague, the Secretary will meet with Prime Minister …").
  if (title && !POSTED_OFFICE.test(title)) {
    for (const own of person.mentions) {
      const lead = text.slice(Math.max(own.sentence.start, own.start - 80), own.start).replace(/(?:\s*[\p{Lu}][\p{L}.’'-]*)*\s*$/u, ' ');
      if (!MET_BEFORE.test(lead)) continue;
      const place = countries.find((country) => country.start >= own.sentence.start && country.end <= own.sentence.end && country.kind !== 'demonym' && /\b[Ii]n\s+$/.test(text.slice(Math.max(own.sentence.start, country.start - 4), country.start)));
      if (place) set(place.code, 'host met in their country');
    }
  }

  if (person.title && (officeWrittenBefore(person.title, mention, text) || OFFICE_AFTER.exec(text.slice(mention.end, mention.end + 90))?.[1] === person.title)) {
    set(datelineCountry, 'dateline');
    set(publisherCountry, 'publishing government');
    set(context.storyGovernment, 'government the story follows');
  }
  if (staff.has(person)) set(publisherCountry, 'publishing government');
  // Someone with no office (a protester, a victim, an opposition figure) is most likely of the country the story is about.
  if (!person.title) set(context.storyCountry, 'most mentioned country');
}

/**
 * "Capt. Jeff Davis", "Chargé d’Affaires Robbins", "Minister for Africa James Duddridge": a bare office
 * written right before the name, as a government writes its own officials. Not an office set after the
 * name (", an ISIS leader"), one of an organization named before ("its Chairman,"), nor one led by
 * another body's name ("Rebel commander", "Hamas leader").
 */
function officeWrittenBefore(title: string, mention: PersonMention, text: string): boolean {
  const office = title.replace(MODIFIERS, '');
  const bare = TITLES.includes(office) || /^(?:(?:Deputy|Vice|Acting|Cabinet|Parliamentary|Senior|Chief|Special)\s+)*(?:Minister|Secretary|Director|Commissioner|High Commissioner|Ambassador|Adviser|Advisor|Envoy|Representative)\s+(?:of|for|to)\s/u.test(office);
  const before = text.slice(Math.max(mention.sentence.start, mention.start - title.length - 30), mention.start).toLowerCase();
  const honorifics = [...HONORIFICS].map((word) => escapeRegExp(word.toLowerCase())).join('|');
  return bare && new RegExp(`${escapeRegExp(title.toLowerCase())}(?:\\s+(?:${honorifics}))*\\s*$`).test(before);
}

interface AffiliationContext {
  countries: CountryMention[];
  text: string;
  datelineCountry: string | null;
  publisherCountry: string | null;
  /** People who sign a release or are its contacts. */
  staff: Set<FoundPerson>;
  /** The article's most mentioned country. */
  storyCountry: string | null;
  /** The country most of the text's people certainly serve (by their own phrase, office or organization): whose officials the story follows. */
  storyGovernment: string | null;
}

/**
 * "Blinken … will attend funeral services for former President Jimmy Carter": an office written
 * without a country, in a story about one government's officials, is most likely of that government:
 * the country of two or more, and more than half, of the text's affiliated people (else none).
 */
function mostMentionedCountry(countries: CountryMention[]): string | null {
  const counts = new Map<string, number>();
  for (const mention of countries) counts.set(mention.code, (counts.get(mention.code) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function storyGovernmentOf(people: FoundPerson[]): string | null {
  const counts = new Map<string, number>();
  for (const person of people) if (person.country) counts.set(person.country, (counts.get(person.country) ?? 0) + 1);
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const [first] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && first[1] * 2 > total ? first[0] : null;
}
