// Reported speech (CAMEO 01 "make public statement"): the corpus guide annotates every speech act a text reports
// as a STATEMENT (SOURCES-crisis.md, SOURCES-diplo.md), one per speaker per occasion. This file finds who speaks
// through a verb of saying; events.ts makes the statement and merges a speaker's words into one.
import type { CountryMention } from './countries';
import type { FoundDate } from './dates';
import type { Sentence } from './document';
import { verbForms } from './crisis-lexicon';
import { isPlainWord } from './english-words';
import type { FoundPerson } from './people';
import stateOrganizations from '../../prisma/reference/state-organizations.json';

/**
 * Verbs of saying, in the forms that report words (past, and the present of news style): "said", "says", "told
 * reporters", "added", "insisted", "wrote", "described the meeting as …", "congratulated Merz, saying …", and a quote an outlet
 * passes on, its speaker named between ("the agency quoted Foreign Minister X as saying", whose speaker `speakerOf` reads). Never a
 * passive ("was told"). A message introducing words after a colon tells them without the comma ("replied with a post saying: “…”").
 * Other participles after a comma report words too when the words follow ("confirmed it on X, stating, “…”", ", noting that …"),
 * not a thing noted ("opened the bridge, noting the cost").
 */
export const SAYING = /(?<!\b(?:was|were|been|being|be)\s+)\b(?:said|says|told|tells|added|adds|insisted|insists|wrote|writes|described|describes|stated)\b|(?<=,\s)saying\b|(?<=,\s)(?:stating|noting|insisting|declaring|arguing|adding)\b(?=\s+that\b|\s*[:,]|\s+[“"]|\s{3,})|(?<=\bquote[sd]\s+(?:[\p{L}.’'-]+\s+){1,6}as\s+)saying\b|(?<=\p{L}\s)saying(?=\s*:)/u;

/** A verb's forms that report words already said: the past and the present of news style ("stressed", "stresses"), not the base or the gerund. */
const reportedForms = (...verbs: string[]) =>
  verbs
    .flatMap((verb) => verbForms(verb).split('|').filter((form) => form !== verb && !/ing\b/.test(form)))
    .sort((a, b) => b.length - a.length)
    .join('|');

/**
 * Verbs that report words by what the speaker does with them, beyond "said", grouped by meaning: asserting, adding or explaining,
 * stressing, conceding or denying, warning, answering, revealing, alleging, assuring or promising, repeating, announcing, suggesting.
 * They report words only with what was said after them ("stressed that …", "noted: “…”", "claimed in a post on Friday that …",
 * "maintained he would …": `WORDS_WITHOUT_THAT`) or a quote before them ("“…,” Duarte stressed."); "confirmed the deal", "denied
 * the charges", "announced the plan" tell no words.
 */
const REPORTING_VERBS = reportedForms(
  ...['state', 'declare', 'assert', 'affirm', 'maintain', 'argue', 'claim', 'contend'],
  ...['note', 'explain', 'observe', 'remark', 'recall', 'point out', 'clarify', 'express', 'indicate'],
  ...['stress', 'emphasize', 'emphasise', 'underline', 'underscore'],
  ...['acknowledge', 'admit', 'concede', 'confirm', 'deny'],
  ...['warn', 'caution', 'predict'],
  ...['reply', 'respond', 'retort'],
  ...['reveal', 'disclose'],
  ...['charge', 'allege', 'complain'],
  ...['assure', 'promise', 'pledge', 'vow'],
  ...['reiterate', 'reaffirm', 'repeat'],
  ...['announce', 'proclaim'],
  ...['suggest', 'hint'],
);

/**
 * The words reported as a clause that English writes without its "that" after a verb of reporting: a subject (a pronoun, a
 * determiner's noun phrase or a capitalized name) and a finite auxiliary or modal ("maintained he would be ready", "admitted the
 * ambush was staged", "charged Israel had used", "warned the country could face"). An object with no verb of its own after it
 * ("confirmed the deal", "noted the importance of …") tells no words.
 */
const WORDS_WITHOUT_THAT = String.raw`\s+(?:(?:he|she|they|it|we|I|there)\s+|(?:the|his|her|its|their|this|these|those|such)\s+(?:[\p{L}’'-]+\s+){0,4}?|\p{Lu}[\p{L}’'.-]*\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,3})(?:would|will|was|were|is|are|had|has|have|could|can|should|must|did|might|may)\b`;

/**
 * Words reported of a named person by other wordings than a verb of saying with its speaker before it: the verbs of `REPORTING_VERBS`
 * with what was said ("Minister Ito stressed that …"), a quote passed on ("Ito was quoted by the agency as saying"), a source named
 * after the words' verb ("According to Prime Minister Ito, …"). Read only for a person found by name (events.ts): a body's "confirmed
 * that" or "according to Reuters" is where news comes from, not a statement.
 */
export const REPORTING = new RegExp(
  [
    // (where or when the words were given may come between: "claimed in a social media post Friday that …")
    `(?<!\\b(?:was|were|been|being|be)\\s+)\\b(?:${REPORTING_VERBS})(?=(?:\\s+(?:in|on|at|during|to|via|late|early|earlier|later)\\b[^,;:]{0,60}?)?\\s+that\\b|\\s*:|\\s*[.,;]?\\s*$|${WORDS_WITHOUT_THAT})`,
    // (a verb closing a quote with its speaker after it: "“…,” noted Foreign Minister X"; the quote is blanked out, so two spaces or
    // more before the verb, and `speakerOf` finds the quote in the text)
    `(?<=(?:^|\\s\\s))(?:${REPORTING_VERBS})(?=\\s+(?:the\\s+)?\\p{Lu})`,
    `\\b(?:was|were)\\s+quoted\\b(?=[^.;:]{0,60}?\\b(?:saying|said)\\b)`,
    `\\b[Aa]ccording\\s+to\\b`,
  ].join('|'),
  'u',
);

/** A month's name, in a day written before the verb ("on March 19", "on 19 March 2021"). */
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/**
 * The adverbs and days news style writes between a speaker and the verb: of manner and stance (an adverb in -ly, "sternly
 * warned", "initially called", "publicly said"; not the nouns and adjectives in -ly a name may come before, "the Trump family
 * said", "a close ally", "the Kremlin's daily"), of time and sequence ("already conceded", "first said", "once again", "meanwhile",
 * "later", "previously"), and the day written as a weekday, a date or a part of one ("on March 19 urged", "late on Friday said",
 * "Tuesday evening", "last week").
 */
const SAID_HOW_OR_WHEN = [
  String.raw`has|have|had|also|again|already|first|once|now|still|meanwhile|too|even|since|soon|afterwards|later|earlier|then|further|today|yesterday`,
  String.raw`(?!(?:family|ally|rally|assembly|supply|reply|daily|weekly|monthly|quarterly|yearly|only|early|likely|friendly|elderly|unlikely)\b)\p{Ll}{2,}ly`,
  String.raw`(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?\p{Lu}\p{Ll}+day(?:\s+(?:morning|afternoon|evening|night))?`,
  String.raw`(?:on\s+)?(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH})(?:,?\s+\d{4})?,?`,
  String.raw`(?:last|this|earlier\s+this)\s+(?:week|month|year|morning|afternoon|evening)`,
].join('|');

/**
 * What stands between a speaker and the verb: an apposition, a relative clause the writer closed with a comma only ("President X who is
 * at a summit in Y, said"), a first predicate, auxiliaries and adverbs, "have" after two speakers joined ("X and Y have expressed support", "Tom Grey,
 * the Minister for Africa, has strongly condemned", "X conceded defeat on Sunday evening and said", "X, speaking late
 * on Saturday, thanked …", "X reportedly said", "X last month insisted"); the day of saying may come before that predicate ("X on
 * Monday responded to the sanctions, saying …", "X yesterday defended the purchase, saying …"), and the predicate may run on
 * into the verb without a comma ("X on Monday replied with a post saying: …"; not "The Tribune quoted the minister as saying", the outlet's). Read on the sentence with its quotes blanked out, so a quoted phrase counts as spaces.
 * Adverbs and days between are `SAID_HOW_OR_WHEN`'s.
 */
export const REPORTED_GAP = new RegExp(
  String.raw`^(?:['’]s)?(?:\s*,\s*[^,;.“”"]{2,140},|\s+who\s+(?!said\b)[^,;.“”"]{2,140},)?,?(?:\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day|today|yesterday|last\s+night))?(?:\s+(?:has\s+|have\s+|had\s+)?\p{Ll}+ed(?:\s+[\p{L}-]+){0,6}?(?:\s+(?:and|but)|,|(?<!\bas)(?=\s*$)))?\s+(?:(?:${SAID_HOW_OR_WHEN})\s+)*$`,
  'u',
);

const mentionsIn = (person: FoundPerson, sentence: Sentence) => person.mentions.filter((mention) => mention.sentence === sentence);

/**
 * What may stand between a verb and the speaker written after it: the speaker's title and office, capitalized or not, with an
 * article and one comma ("said Gen. Jane Doe", "said the Danish defence minister, Troels Lund Poulsen", "says chief executive X",
 * "According to Prime Minister X"), but no clause of its own ("said the minister, who met X").
 */
export const TITLE_BEFORE_NAME = /^\s+(?!(?:[\p{L}.’'-]+,?\s+)*?(?:who|which|that|whose|and|but|after|before|when|while|as|in|at|on|to|with|from|for|by)\s)(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,5}(?:[\p{L}.’'-]+,\s+)?$/u;

/**
 * Reported words written without quotation marks and closed by a comma before an inverted verb of saying, as agencies and
 * papers that print quotes as dashes write them ("The talks went well, said spokesman Jane Doe.", "– It strengthens our
 * defence, says Minister Jane Doe."): the words' clause ends in a word or a number, then the comma.
 */
const CLAUSE_CLOSED = /[\p{L}\d)],\s$/u;
/** What follows a speaker named after the verb when no quote closed the words: the sentence's end, a comma, a bracket, or when they were said. */
const ATTRIBUTION_CLOSED = /^(?:['’]s\b)?\s*(?:[,.;:(]|$|(?:on|late|early|earlier|yesterday|today)\b)/u;

/**
 * The person whose words a verb of saying reports: named right before it ("Kim said", "Lee Jae-myung called the
 * declaration “…” and said", "Israel's foreign minister, Gideon Saar, accused"), or right after a verb that closes a quote
 * ("“…,” said Gen. Jane Doe, commander of …", "“…,” says chief executive Jane Doe") or that names the words' source ("According
 * to Prime Minister Ito, …"; only after it, and with the office written): title words only between. `verbAt`/`verbEnd` are offsets in `text`; `unquoted` is
 * the sentence with its quotes blanked out (offsets from the sentence's start).
 */
export function speakerOf(persons: FoundPerson[], sentence: Sentence, verbAt: number, verbEnd: number, text: string, unquoted: string): FoundPerson | null {
  const between = (from: number, to: number) => unquoted.slice(from - sentence.start, to - sentence.start);
  const sourceNamed = /^[Aa]ccording/.test(text.slice(verbAt, verbEnd));
  const inQuote = (at: number) => unquoted[at - sentence.start] === ' ' && text[at] !== ' ';
  const before = persons
    .flatMap((person) => mentionsIn(person, sentence).map((mention) => ({ person, mention })))
    // (not a name inside the quoted words, whose blanked rest reads as nothing between: "“Apart from Prime Minister X, I will …,” said the President")
    .filter(({ mention }) => !sourceNamed && mention.end <= verbAt && !inQuote(mention.start) && REPORTED_GAP.test(between(mention.end, verbAt)))
    .sort((a, b) => b.mention.end - a.mention.end)[0];
  if (before) return before.person;
  // "the agency quoted Minister X as saying": the one quoted, named between the outlet's verb and the words.
  if (/^saying/.test(text.slice(verbAt, verbEnd)) && /\bquote[sd]\s+(?:[\p{L}.’'-]+\s+){1,6}as\s+$/u.test(between(sentence.start, verbAt))) {
    const quoted = persons
      .flatMap((person) => mentionsIn(person, sentence).map((mention) => ({ person, mention })))
      .find(({ mention }) => mention.end <= verbAt && /^\s+as\s+$/.test(between(mention.end, verbAt)));
    if (quoted) return quoted.person;
  }
  const closesQuote = /(?:["”],?|,["”])\s{0,2}$/.test(text.slice(Math.max(sentence.start, verbAt - 4), verbAt));
  const closesClause = !sourceNamed && !closesQuote && CLAUSE_CLOSED.test(text.slice(Math.max(sentence.start, verbAt - 4), verbAt));
  if (!sourceNamed && !closesQuote && !closesClause) return null;
  const after = persons
    .flatMap((person) => mentionsIn(person, sentence).map((mention) => ({ person, mention })))
    // (a source named after "according to" is a speaker by the office written with it: "according to MS Now" is an outlet's report)
    .filter(({ mention }) => mention.start >= verbEnd && TITLE_BEFORE_NAME.test(text.slice(verbEnd, mention.start)) && (!sourceNamed || /\p{L}/u.test(text.slice(verbEnd, mention.start))))
    // (after words told without quotation marks, the name ends the attribution: "…, said Prabowo." but not "…, said Prabowo would …")
    .filter(({ mention }) => !closesClause || ATTRIBUTION_CLOSED.test(text.slice(mention.end, sentence.end)))
    // (a name after the comma closing a source, its clause going on, is the news's subject, not its source: "according to the
    // electoral commission, X has won"; but "according to the foreign minister, Ana Duarte, the talks …", "… according to the Minister
    // of Defence, Ana Duarte (Labour).")
    .filter(({ mention }) => !sourceNamed || !text.slice(verbEnd, mention.start).includes(',') || /^\s*(?:[,.;:(]|$)/.test(text.slice(mention.end, mention.end + 3)))
    .sort((a, b) => a.mention.start - b.mention.start)[0];
  return after?.person ?? null;
}

/**
 * A verb of saying that only tells where the news before it comes from: "…, the Pentagon said.", "…, Kosiniak-Kamysz
 * said at the signing ceremony in Warsaw." (after a comma, the speaker, then nothing but where or when). When the
 * sentence tells a happening of its own, the words are that happening's source, not a statement of their own.
 */
/** What may follow an attribution's verb: where or when it was said, then the sentence's end or another clause (", as …"). */
const ATTRIBUTION_END = /^\s*(?:(?:on|in|at|late|early|earlier|later|during|after|afterwards|before|(?:last|this|next)\s+\p{Ll}+|\p{Lu}\p{Ll}+day)\b[^,;:]*)?(?:[,;:.]|$)/u;

/**
 * The occasion the words were given on, named after the verb: "said in a written ministerial statement", "wrote in a post on X",
 * "told reporters at a press conference". Words given on an occasion of their own are a statement even where they source the news.
 */
const OCCASION_NAMED = /^\s*(?:(?:in|on|at|via|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|communiqu[ée]|(?:press|news)\s+release|post|tweet|interview|(?:press|news)\s+(?:briefing|conference)|briefing|speech|address|video|message)s?|to\s+(?:reporters|journalists|the\s+press))\b/u;

/**
 * The kinds of occasion words are given on, each by the words that name it: a post of the speaker's own ("tweeted", "wrote on X",
 * "in a social media post"; not a readout "posted on social media by" another), words written to be issued ("in a statement", "a news
 * release", "a letter"), and words spoken to the press or the public ("told NBC News", "told reporters", "at a press conference", "in
 * a speech", "on state television"). Read on the sentence with its quotes blanked out, so the words' own topic names no occasion.
 */
const OCCASIONS: [kind: string, words: RegExp][] = [
  ['post', /\b(?:tweet(?:s|ed)?|(?<!\bposted\s)(?:on|via)\s+(?:X|Twitter|Telegram|Facebook|Instagram|Truth\s+Social|social\s+media)\b(?![^,;]{0,40}\bby\b)|(?:social\s+media|online|X|Facebook|Instagram)\s+post)\b/u],
  ['written', /\b(?:statement|communiqu[ée]|(?:press|news)\s+release|letters?)\b/u],
  ['spoken', /\b(?:interview|(?:press|news)\s+(?:conference|briefing)|briefing|speech|told\s+(?:reporters|journalists|the\s+press|(?:the\s+)?\p{Lu}{2,}\b|(?:the\s+)?(?:\p{Lu}\p{L}+\s+){0,2}(?:News|Times|Post|Journal|Inquirer|[Aa]gency|[Nn]ewspaper|[Tt]elevision|[Rr]adio))|address(?:ed)?\s+(?:to\s+)?the\s+nation|(?:state|national)\s+(?:television|radio)|(?:televised|video|radio)\s+(?:address|message)|broadcast|on\s+camera|in\s+a\s+video)\b/u],
];

export function occasionOf(unquoted: string): string | null {
  return OCCASIONS.find(([, words]) => words.test(unquoted))?.[0] ?? null;
}

/**
 * The day of saying written right after the verb ("…, the agency said on Saturday.", "…, Prime Minister X announced Sunday."): the
 * words were given on an occasion of their own, which the corpus guide annotates as a statement beside the news they source.
 */
const DAY_OF_SAYING_AFTER = /^\s+(?:(?:on|late|early|earlier)\s+)*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b(?!['’]s)/u;

export function trailingAttribution(sentence: Sentence, speakerAt: number, verbEnd: number, unquoted: string): boolean {
  const head = unquoted.slice(0, Math.max(0, speakerAt - sentence.start));
  const tail = unquoted.slice(verbEnd - sentence.start);
  return /,\s*(?:[\p{L}’'.-]+\s+){0,4}$/u.test(head) && ATTRIBUTION_END.test(tail) && !OCCASION_NAMED.test(tail) && !DAY_OF_SAYING_AFTER.test(tail);
}

/**
 * The bodies a state speaks through, by the noun that heads their names, capitalized or not: its government and ministries, its
 * forces and services ("the Japan Coast Guard", "the Israel Defense Forces", "Denmark's Defence Acquisition Agency"), its missions, and
 * the press service that speaks for its leader or government ("the Kremlin's press service").
 */
const ORGAN_HEAD = String.raw`(?:[Mm]inistry|[Gg]overnment|[Ee]mbassy|[Cc]onsulate|[Mm]ission|[Mm]ilitary|[Aa]rmy|[Nn]avy|[Aa]ir\s+[Ff]orce|[Aa]rmed\s+[Ff]orces|[Dd]efen[cs]e\s+[Ff]orces|[Cc]oast\s+[Gg]uard|[Bb]order\s+[Gg]uard|Joint\s+Chiefs\s+of\s+Staff|(?<![Nn]ews\s)[Aa]gency|[Dd]epartment|[Oo]ffice|[Cc]ommand|[Pp]residency|[Cc]abinet|(?:[Hh]igh\s+)?[Cc]ommission|[Aa]dministration|Kremlin|[Pp]ress\s+[Ss]ervice)`;
/**
 * The organ a state speaks through, written after the state ("China's foreign ministry", "the Chinese defence ministry", "Russia's
 * embassy in Copenhagen", "Singapore's Ministry of Foreign Affairs", "the Japan Coast Guard"): up to three words of its name, its
 * head noun, the rest of a name written "of …", and where it sits.
 */
const ORGAN = new RegExp(String.raw`^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,3}?${ORGAN_HEAD}\b(?:\s+(?:of|for)(?:\s+(?:the|and|\p{Lu}[\p{L}-]*)){1,5})?(?:\s+(?:in|to)\s+\p{Lu}[\p{L}-]+)?`, 'u');
/** A state's organ written right after the state: "Russia's embassy in Copenhagen", "the Chinese Foreign Ministry" (see `ORGAN`). */
export const organAfterState = (afterState: string): boolean => ORGAN.test(afterState);

/**
 * The state whose organ a verb of saying reports, written right before it with the organ ("China's foreign ministry
 * said", "Russia's Kremlin said", "South Korea's Unification Ministry said it regretted …"): its mention, or null. A
 * state named alone ("Beijing has said") is no organ: undated, it tells a standing position, not an occasion.
 */
export function organSpeaking(places: CountryMention[], sentence: Sentence, verbAt: number, unquoted: string): CountryMention | null {
  const between = (from: number, to: number) => unquoted.slice(from - sentence.start, to - sentence.start);
  for (let index = places.length - 1; index >= 0; index--) {
    const mention = places[index];
    if (mention.end > verbAt || mention.kind === 'city') continue;
    const organ = ORGAN.exec(between(mention.end, verbAt));
    if (organ && REPORTED_GAP.test(between(mention.end + organ[0].length, verbAt))) return mention;
  }
  return null;
}

/** A state's organ as written after its state's mention: the state and the organ's name ("Israel's Defense Forces", "China's Ministry of Foreign Affairs"). */
export function organWritten(state: CountryMention, text: string): string {
  const organ = ORGAN.exec(text.slice(state.end, state.end + 120));
  return organ ? state.text + organ[0] : state.text;
}

/** Words a body's initials leave out ("Ministry of External Affairs": MEA). */
const NOT_IN_INITIALS = /^(?:of|for|the|and|on|in)$/i;
/** A name written in capitals alone, as an acronym is ("KCNA", "MEA", "IDF"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** The capitals a name's words begin with, the state heading an organ's name too or not ("Israel's Defense Forces": IDF or DF). */
function initialsOf(name: string): string[] {
  const words = name.replace(/['’]s\b/gu, '').split(/[\s-]+/u).filter((word) => word && !NOT_IN_INITIALS.test(word));
  if (words.length < 2 || !words.every((word) => /^\p{Lu}/u.test(word))) return [];
  const initials = words.map((word) => word[0]).join('');
  return /^\S+['’]s\s/u.test(name) ? [initials, initials.slice(1)] : [initials];
}

/**
 * Whether two speakers written by name are one body: the same name, or an acronym and the name it stands for ("the Korean Central
 * News Agency said …" then "KCNA said", "The Ministry of External Affairs" then "The MEA said", "Israel's Defense Forces said" then
 * "The IDF said"). A news story names a body in full once and by its acronym after, and the words are the body's one statement.
 */
export function oneBody(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return ACRONYM.test(short) && initialsOf(long).includes(short);
}

/** What follows an organ written after the verb: the sentence's end, another clause, or where and when it spoke ("…, said the ministry in a statement."). */
const ORGAN_END = /^\s*(?:[,;:.]|$|(?:in|on|at|late|early|earlier|later)\b)/u;

/**
 * The state whose organ a verb closing a quote or a clause names right after it ("“…,” said the Chinese foreign ministry",
 * "…, said the Israeli Ministry of Defence."): its mention, or null.
 */
export function organNamedAfter(places: CountryMention[], sentence: Sentence, verbAt: number, verbEnd: number, unquoted: string): CountryMention | null {
  const at = (offset: number) => offset - sentence.start;
  if (!/(?:["”],?|,["”]?)\s{0,2}$/.test(sentence.text.slice(Math.max(0, at(verbAt) - 4), at(verbAt)))) return null;
  const state = places.find((mention) => mention.start >= verbEnd && mention.kind !== 'city' && /^\s+(?:the\s+)?$/.test(unquoted.slice(at(verbEnd), at(mention.start))));
  const organ = state ? ORGAN.exec(unquoted.slice(at(state.end))) : null;
  return organ && ORGAN_END.test(unquoted.slice(at(state!.end) + organ[0].length)) ? state! : null;
}

/** What lies between a fronted phrase's day and the speaker: the rest of the phrase, its comma, then the speaker's title words ("In the video posted on Tuesday, deputy leader X said"). */
const FRONTED_TO_SPEAKER = /^[^,;:“”"]{0,80},\s+(?:[\p{L}.’'-]+\s+){0,6}$/u;
/**
 * A phrase heading the speaker's clause, up to its day: at the sentence's start or after a reported clause's "that", opening
 * with its day ("On Tuesday,") or with a preposition, a time word or a participle ("In the video posted online on", "noted
 * that in the Senate on", "Speaking late on", "Asked on"); not a clause of the words themselves ("This is the 30th year since 1991 …, Geng said").
 */
const CLAUSE_OPENING = /(?:^|\bthat\s+)(?:(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Ee]arlier|[Ll]ater|[Ll]ate|[Ee]arly|[Aa]sked|\p{L}+ing)\b(?:\s+[\p{L}\d’'-]+){0,8}\s*)?$/u;
/** Where or how the words were given, between the verb and their day ("said in a statement released on Friday", "told reporters at the White House on Tuesday"). */
const WHERE_SAID = /^\s+(?:in|at|on|to|during|via|through|from|before)\b[^,;:“”"]*$/u;
/** What follows a day that names a happening by it ("Thursday's summit", "Monday’s vote"). */
const WEEKDAY_NAMING = /^['’]s\b/u;

/**
 * Whether a span lies inside closed quotation marks, given what its sentence writes before it (from the verb) and after it: a
 * quote opened before it and closed after it (curly marks counted, straight ones paired).
 */
function quotedAt(before: string, after: string): boolean {
  const count = (words: string, marks: RegExp) => (words.match(marks) ?? []).length;
  const curly = count(before, /“/g) > count(before, /”/g) && /”/.test(after);
  const straight = count(before, /"/g) % 2 === 1 && /"/.test(after);
  return curly || straight;
}

/**
 * Whether a day is the one the words were said on: written beside the verb ("said last week", "told reporters on Monday"),
 * after where they were given ("said in an interview broadcast on Sunday"), in the speaker's own clause ("speaking late on
 * Saturday, thanked … but said"), or in a phrase heading the speaker's clause ("In a statement on Sunday, X said", "Speaking
 * on Thursday to AFP, X said"); not in a clause about someone ("Lai, who took office in May, has said"). `speakerAt`,
 * `verbEnd` and the date's offsets are offsets in `text`.
 */
export function saidOn(found: FoundDate, sentence: Sentence, speakerAt: number, verbEnd: number, text: string): boolean {
  // (a weekday naming a happening is no day of saying: "Jubeir said Thursday's summit coincides with …")
  if (WEEKDAY_NAMING.test(text.slice(found.end, found.end + 3))) return false;
  if (found.start >= speakerAt) {
    if (/\b(?:who|which|whose)\b/.test(text.slice(speakerAt, found.start))) return false;
    // (a day inside the quoted words is theirs: "said: “On Monday we will respond.”", "said the sanctions imposed “last Friday”")
    if (found.start > verbEnd && quotedAt(text.slice(verbEnd, found.start), text.slice(found.end, sentence.end + 2))) return false;
    // (a day after a clause of the words is theirs: "said he would travel to Moscow on Monday")
    if (found.start > verbEnd && /\b(?:that|would|will|to)\b/.test(text.slice(verbEnd, found.start))) return false;
    return found.start <= verbEnd + 40 || (found.start <= verbEnd + 80 && WHERE_SAID.test(text.slice(verbEnd, found.start)));
  }
  // (chrono may read the phrase's comma as part of the day: "On Tuesday,")
  const dayEnd = found.start + found.text.replace(/[\s,]+$/u, '').length;
  return FRONTED_TO_SPEAKER.test(text.slice(dayEnd, speakerAt)) && CLAUSE_OPENING.test(text.slice(sentence.start, found.start));
}

/**
 * Whether a place written at `at` is one the words name, not where they were given: after the verb of saying, past the phrase
 * telling where or how they were given ("said the conflict in Yemen …", "said on Monday that talks in Oslo …"; not "said in
 * Manila", "told reporters at the embassy in Lima"). A statement is made where its speaker is, not at its topic.
 */
export function inTheWords(at: number, verbEnd: number, text: string): boolean {
  if (at < verbEnd) return false;
  const between = text.slice(verbEnd, at);
  return !WHERE_SAID.test(between) || /\b(?:that|would|will|was|were|is|are|had|has)\b/.test(between);
}

/**
 * A speaker no found person is: a body, an organ, a company or a state written by its name right before the verb
 * ("Saab says", "The FMV says", "the IDF said", "Iran said", "ECOWAS Commission states"), or "he"/"she" standing for
 * someone named just before (`pronoun`; events.ts finds whom). `name` (lower-cased, its article left out) tells two
 * such speakers' words apart; `start` is where it is written in `text`.
 */
export interface Voice {
  name: string;
  start: number;
  pronoun: boolean;
  /** The name as written, with the words its name begins with before an "of" ("Ministry of External Affairs"): `oneBody` reads it. */
  written: string;
}

/** "He"/"she", or a capitalized run (a name of up to six words, its article with it). */
const VOICE = /\b(?<pronoun>[Hh]e|[Ss]he)\b|\b(?<name>(?:\p{Lu}[\p{L}\d&’'.-]*\s+){0,5}\p{Lu}[\p{L}\d&’'.-]*)/gu;
/** Organizations that stand for one state (prisma/reference/state-organizations.json): "the Pentagon", "the Defense Security Cooperation Agency". */
const STATE_ORGANIZATION_NAMES = new Set(Object.values(stateOrganizations.organizations as Record<string, string[]>).flat());
/** An office a person holds, written without its holder ("The Prime Minister said"): people.ts's, not a body's name. */
const OFFICE_WORD = /^(?:President|Minister|Secretary|Chancellor|Premier|King|Queen|Prince|Emir|Sultan|Ambassador|Envoy|Spokes(?:man|woman|person)|General|Governor|Mayor|Chief|Director|Chairman|Chairwoman|Chair|Leader|Commander)$/;
/**
 * A news outlet named as the one who says ("Reuters said on Monday", "The Associated Press reported", "Kyodo News said", "The New
 * York Times said:"): where the news comes from, not a speaker whose words are an event (a state's own agency, "KCNA said", is
 * left to the gold's reading of it as the state's voice).
 */
const NEWS_OUTLET = /^(?:Reuters|AFP|AP|Associated\s+Press|Agence\s+France[-\s]Presse|Bloomberg|CNN|CNBC|BBC|NPR|Al\s+Jazeera|Al\s+Arabiya|Sky\s+News|Fox\s+News|Kyodo|Jiji(?:\s+Press)?|EFE|ANSA|DPA|UPI|Axios|Politico)$|\s(?:News|Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Newspaper|Magazine|Radio|Television|TV|Broadcasting(?:\s+Corporation)?|Press)$/u;
/** Capitalized words that name no speaker: articles and openers, days and months. */
const NO_NAME = /^(?:The|A|An|In|On|At|As|But|And|Or|So|Then|This|That|These|Those|It|Its|They|We|I|You|There|Here|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Capitalized words and an "of" written right before a name, its beginning ("Ministry of " before "External Affairs"). */
const NAME_HEAD_BEFORE_OF = /(?:\p{Lu}[\p{L}’'-]*\s+){1,3}(?:of|for)\s+(?:the\s+)?$/u;

export function voiceOf(places: CountryMention[], sentence: Sentence, verbAt: number, unquoted: string): Voice | null {
  const before = unquoted.slice(0, verbAt - sentence.start);
  let found: Voice | null = null;
  for (const match of before.matchAll(VOICE)) {
    if (!REPORTED_GAP.test(before.slice(match.index + match[0].length))) continue;
    const name = match[0].replace(/^(?:The|A|An)\s+/, '');
    if (match.groups?.name) {
      const words = name.split(/\s+/);
      const [start, end] = [sentence.start + match.index, sentence.start + match.index + match[0].length];
      // (a state named alone, or an organization standing for one, tells a standing position or sources the news, "Beijing has
      // said it opposes …", "The Pentagon said the sale would …"; its organs are `organSpeaking`'s; nor a place, "hosted the group
      // in Kananaskis, Alberta, in 2025, said", though "the chief executive of Saab said" is Saab's)
      if (words.every((word) => NO_NAME.test(word)) || OFFICE_WORD.test(words[words.length - 1]) || NEWS_OUTLET.test(name) || STATE_ORGANIZATION_NAMES.has(name) || places.some((mention) => mention.start < end && mention.end > start)) continue;
      if (/\b(?:in|at|near)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*,\s+)?$/u.test(before.slice(0, match.index))) continue;
      // (a common word capitalized because it opens the sentence or a clause: "Analysts said", "Officials said")
      if (words.length === 1 && isPlainWord(name) && /(?:^|[,;:“”"(]\s*|\b(?:and|but|that)\s+)(?:The\s+)?$/u.test(before.slice(0, match.index))) continue;
    }
    const head = match.groups?.name ? NAME_HEAD_BEFORE_OF.exec(before.slice(0, match.index)) : null;
    found = { name: name.toLowerCase(), start: sentence.start + match.index, pronoun: match.groups?.pronoun !== undefined, written: `${head?.[0] ?? ''}${name}` };
  }
  return found;
}

/**
 * An office written without its holder's name, with its article or its state ("the prime minister", "Japan's prime minister", "the U.S.
 * president"), or a leader named by the state they lead ("the Kazakh leader", "the Russian leader": events.ts takes a head of that state).
 */
const OFFICE_NAMED = /\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|\p{Lu}[\p{L}.-]*['’]s)\s+(?<before>(?:[\p{L}.-]+\s+){0,2}?)(?<office>(?:(?:prime|foreign|defen[cs]e|interior|home)\s+)?(?:minister|secretary)|president|chancellor|premier|king|queen|emir|crown\s+prince|secretary-general|leader)\b/giu;
/** Words before an office that make it another office ("the vice president" is not the president). */
const ANOTHER_OFFICE = /\b(?:vice|deputy|assistant|under|former|acting|junior|state)\s+$/i;

/**
 * The office whose holder a verb of saying reports, written right before it without the holder's name ("Japan's prime minister
 * on Tuesday said", "the interim prime minister said"): the office, lower-cased, and where its phrase is written in `text` (from
 * the article to the office's word, so a reader finds the state it names); a reader takes it for the holder named before (events.ts).
 */
export function officeSpeaking(sentence: Sentence, verbAt: number, unquoted: string, verbEnd?: number): { office: string; start: number; end: number } | null {
  const before = unquoted.slice(0, verbAt - sentence.start);
  let found: { office: string; start: number; end: number } | null = null;
  for (const match of before.matchAll(OFFICE_NAMED)) {
    if (ANOTHER_OFFICE.test(match.groups!.before) || !REPORTED_GAP.test(before.slice(match.index + match[0].length))) continue;
    found = { office: match.groups!.office.toLowerCase().replace(/\s+/g, ' '), start: sentence.start + match.index, end: sentence.start + match.index + match[0].length };
  }
  // "“…,” said the Brazilian President on Monday": the office written right after a verb closing a quote (blanked out, so spaces).
  if (!found && verbEnd !== undefined && /\s{2,},?\s*$/.test(before)) {
    const after = OFFICE_AFTER.exec(unquoted.slice(verbEnd - sentence.start));
    if (after && !ANOTHER_OFFICE.test(after.groups!.before)) found = { office: after.groups!.office.toLowerCase().replace(/\s+/g, ' '), start: verbEnd, end: verbEnd + after[0].length };
  }
  return found;
}

/** An office right after a verb, then the sentence's end or where and when it was said ("said the President.", "said the prime minister on Monday, …"). */
const OFFICE_AFTER = /^\s+(?:[Tt]he)\s+(?<before>(?:[\p{L}.-]+\s+){0,2}?)(?<office>(?:(?:prime|foreign|defen[cs]e|interior|home)\s+)?(?:minister|secretary)|president|chancellor|premier|king|queen|emir|crown\s+prince|secretary-general|leader)\b(?=\s*(?:[.,;:]|$)|\s+(?:on|in|at|during|before|after|while|today|yesterday)\b)/iu;

/**
 * A speaker written as an unnamed official or source right before the verb, with its article ("a senior Pentagon official said in
 * August", "a British Army spokeswoman said today", "the source told CNBC Sunday", "one of the government officials told"): the
 * phrase, lower-cased, where it is written in `text`, whether the text counts it among several (`counted`: "one of the
 * officials", "one official", "another source", "a second official") and whether it brings it in (`introduced`: not "the
 * official", a source told before). events.ts takes it for a speaker with a day of saying of its own, or undated when it is
 * counted among several or brought in giving its words to a named outlet ("an official told Reuters", `UNNAMED_TOLD_OUTLET`):
 * each source's words are then a speech act the corpus sets annotate, where "a spokesperson said", "officials said" after a
 * happening source the news (the written-here convention, `test/fixtures/extraction/README.md`) and "the official told
 * Interfax" goes on with words told before.
 */
const UNNAMED_SOURCE = /\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:of\s+the\s+)?(?:[\p{L}.’'-]+\s+){0,4}?(?:official|spokes(?:man|woman|person)|source|diplomat|aide|adviser|advisor|negotiator|envoy|representative|officer|insider)s?\b/gu;

/** An unnamed source's article that counts it among several: "one of the", "one", "another", "a second", "a third". */
const COUNTED_SOURCE = /^(?:one\b|another\b|an?\s+(?:second|third|fourth|fifth)\b)/i;

/** A verb giving an unnamed source's words to a named outlet: "told Reuters", "tells FlightGlobal", "told the Times of India". */
export const UNNAMED_TOLD_OUTLET = /^(?:told|tells)\s+(?:the\s+)?\p{Lu}/u;

export function unnamedSource(sentence: Sentence, verbAt: number, unquoted: string): { name: string; start: number; counted: boolean; introduced: boolean } | null {
  const before = unquoted.slice(0, verbAt - sentence.start);
  let found: { name: string; start: number; counted: boolean; introduced: boolean } | null = null;
  for (const match of before.matchAll(UNNAMED_SOURCE)) {
    if (!REPORTED_GAP.test(before.slice(match.index + match[0].length))) continue;
    found = { name: match[0].replace(/^(?:an?|the|one|another)\s+(?:of\s+the\s+)?/i, '').toLowerCase(), start: sentence.start + match.index, counted: COUNTED_SOURCE.test(match[0]), introduced: !/^the\b/i.test(match[0]) };
  }
  return found;
}

/**
 * A vote's outcome made public by the body or officer who counts it (CAMEO 01): "the electoral board declared Jane Doe the
 * winner on Sunday", "the commission chairman proclaimed him duly elected", "Doe was declared the winner of the runoff",
 * "the court confirmed the final results", "the commission announced the provisional results late Monday". An
 * announcement, dated by its sentence; read only in a text that tells of a vote (events.ts), so a prize's or a match's
 * winner is none. Not the winner told as a thing ("the declared winner") nor a result only awaited ("results are yet to be
 * announced": no verb of making public in the past or present before "the … results").
 */
export const RESULT_DECLARED = new RegExp(
  [
    // "declared Doe (as) (the) winner", "proclaimed him duly elected president"
    String.raw`\b(?:${verbForms('declare', 'proclaim')})\s+(?:(?:\p{Lu}[\p{L}’'.-]*|him|her|them)\s+){1,5}(?:as\s+)?(?:the\s+)?(?:(?:outright|overall|official|duly)\s+)?(?:winner|victor|president-elect|elected)\b`,
    // "Doe was declared (the) winner", "has been proclaimed president-elect"
    String.raw`\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:officially\s+|formally\s+|duly\s+)?(?:declared|proclaimed)\s+(?:as\s+)?(?:the\s+)?(?:(?:outright|overall|official|duly)\s+)?(?:winner|victor|president-elect|elected)\b`,
    // "confirmed Doe as (the country's) president", "confirms him as the winner": the body that counts the vote confirming its winner
    String.raw`\b(?:${verbForms('confirm')})\s+(?:(?:\p{Lu}[\p{L}’'.-]*|him|her)\s+){1,5}as\s+(?:the\s+)?(?:(?:country|nation)['’]s\s+)?(?:new\s+|next\s+)?(?:winner|victor|president(?:-elect)?)\b`,
    // "confirmed the results", "announced the final official results", "published the provisional results of the vote"
    String.raw`\b(?:${verbForms('announce', 'confirm', 'declare', 'proclaim', 'certify', 'publish', 'release', 'validate', 'ratify')})\s+(?:the\s+)?(?:(?:final|official|provisional|preliminary|full|partial|definitive|certified|first)\s+)*(?:(?:election|electoral|presidential|parliamentary|legislative|vote|poll|runoff|run-off)\s+)?(?:results|outcome)\b`,
  ].join('|'),
  'u',
);

/** A text telling of a vote, where a declared winner or results are a vote's: "election", "poll", "ballot", "runoff". */
export const TELLS_A_VOTE = /\b(?:elections?|electoral|polls?|ballots?|votes?|voting|run-?off|referendum|presidential\s+race)\b/i;
