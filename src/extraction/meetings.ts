// Where a meeting was held when none of its sentences places it with "in/at <place>": the place those sentences say its
// people were in ("after arriving in Moscow", "before leaving Rome"). events.ts asks after grouping, before a meeting
// without a place or a day is dropped as background; a call is held in neither place and never asks.
import type { CountryMention } from './countries';
import type { Sentence } from './document';
import type { FoundPerson } from './people';

/**
 * Words that put people in a place, not a meeting's topic: arriving or landing there, staying or being there, leaving
 * it, or near a site of it ("after arriving in Moscow from Helsinki", "before leaving Rome", "during his stay in
 * Washington", "in a studio near the Vatican").
 */
const PRESENCE = /\b(?:(?:arriv|land)\w*\s+in|(?:before|after|on|upon)\s+leaving|while\s+in|(?:his|her|their)\s+stay\s+in|near)\s+(?:the\s+)?$/i;

/** The place a meeting's sentences say its people were in (the first such place), for a meeting no sentence of which places itself. */
export function presencePlace(sentences: Sentence[], countries: CountryMention[], text: string): CountryMention | null {
  for (const sentence of sentences) {
    const place = countries.find(
      (mention) =>
        mention.start >= sentence.start &&
        mention.end <= sentence.end &&
        mention.kind !== 'demonym' &&
        PRESENCE.test(text.slice(Math.max(sentence.start, mention.start - 30), mention.start)),
    );
    if (place) return place;
  }
  return null;
}


/** Offices held abroad: their holder is met in the country they are posted to ("the Russian Ambassador"), not at home. */
const POSTED_ABROAD = /\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]harg[ée]|High Commissioner|[Cc]onsul)/;

/**
 * Where a meeting with an envoy posted abroad was held when no sentence places it: at the home of a side that is no envoy
 * ("President Tokayev received the Russian Ambassador" is in Kazakhstan), never in the envoy's own country, which the text
 * may name most. Undefined when no side is an envoy; null when the host's country is not known.
 */
export function envoyHostPlace(participants: { person: FoundPerson }[]): string | null | undefined {
  const envoys = participants.filter(({ person }) => person.title !== null && POSTED_ABROAD.test(person.title));
  if (!envoys.length) return undefined;
  const host = participants.find(({ person }) => !envoys.some((envoy) => envoy.person === person) && person.country && !envoys.some((envoy) => envoy.person.country === person.country));
  return host?.person.country ?? null;
}

/**
 * Words right before a person that name them the host of a gathering: "hosted by", "received by", "greeted by" (a day
 * or a word between: "was received today by"), or the noun "host" after a determiner or "with" ("held talks with host
 * President Duterte", "their host, Prime Minister …"), with up to three capitalized words of office or country between
 * ("hosted by Australian Prime Minister …"). Not the verb ("will host President Widodo": the one named after it is the guest).
 */
const HOST_BEFORE = /\b(?:(?:hosted|received|greeted)\s+(?:\w+\s+){0,2}?by|(?:with|the|his|her|their|its|our)\s+host,?)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** Whether a sentence has a word that may name a host before a person (`namedHost`): the cheap check before reading its people. */
export const HOST_NAMED = /\b(?:host|received|greeted)/;

/** Whether the words before a mention of a person name that person the host ("with host President …", "hosted by …"). */
export function namedHost(text: string, sentenceStart: number, mentionStart: number): boolean {
  return HOST_BEFORE.test(text.slice(Math.max(sentenceStart, mentionStart - 60), mentionStart));
}

/**
 * The sides of a meeting named by office or delegation, not by name, anywhere before its word: "Foreign ministers of Japan
 * and South Korea met", "Russian and Ukrainian delegations met", "The two leaders met on the sidelines".
 */
const DELEGATES = /\b(?:leaders|ministers|delegations|delegates|officials|envoys|negotiators|representatives|member\s+states)\b/i;

/**
 * A group or a body that meets as one side or as both, the subject of the meeting's clause: "the 15-member council met",
 * "the opposition party says it will meet", "the two Heads of State were expected to hold talks", "They will meet in Europe".
 */
const GROUP_SUBJECT = /\b(?:[Cc]ouncil|[Cc]ommittee|[Cc]abinet|[Pp]arty|[Pp]arliament|[Dd]elegation|[Mm]inistries|[Pp]residents|[Pp]remiers|[Hh]eads\s+of\s+(?:[Ss]tate|[Gg]overnment)|They)\b[^,;:.]{0,60}$/u;

/**
 * …or written as the sides of the sentence's meeting, which every meeting word of the sentence tells ("the first consultations
 * between the Ministries of Foreign Affairs of A and B were held in the format of a video conference"), or as its owner ("At their meeting").
 */
const GROUP_BETWEEN = /\bbetween\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:[Mm]inistries|[Gg]overnments|[Dd]elegations|[Pp]arliaments|[Pp]residents|[Ll]eaders)\b/u;

/** …or met as the other side's counterpart, named by office alone ("at a meeting with their German counterpart"). */
const COUNTERPART_MET = /^[^,;.]{0,25}?\bwith\s+(?:his|her|their|its)\s+(?:\p{Lu}[\p{L}-]*\s+)?counterparts?\b/u;

/**
 * …or named right after the meeting word as the body or the group whose meeting it is: "in a meeting of the government's national
 * security committee", "the second meeting of the Supreme Interstate Council", "the first session of the interstate council",
 * "a meeting of senior military and political leaders". (Not "a meeting of minds".)
 */
const BODY_MET = /^(?:[\p{L}\d-]+\s+)?(?:meetings?|session|sitting)\s+of\s+(?:the\s+)?(?:[\p{L}\d'’.-]+\s+){0,5}?(?:[Cc]ouncil|[Cc]ommittee|[Cc]ommission|[Cc]abinet|[Bb]oard|leaders|ministers|heads\s+of\s+(?:state|government))\b/u;

/**
 * Whether a meeting word with no person in its sentence is held by sides written as groups or bodies (DELEGATES, GROUP_SUBJECT,
 * GROUP_BETWEEN, "their meeting", COUNTERPART_MET, BODY_MET): such a meeting needs no named person.
 */
export function groupSides(unquoted: string, at: number): boolean {
  const before = unquoted.slice(0, at);
  return DELEGATES.test(before) || GROUP_SUBJECT.test(before) || /\btheir\s+(?:[\p{L}-]+\s+)?$/iu.test(before) || GROUP_BETWEEN.test(unquoted) || COUNTERPART_MET.test(unquoted.slice(at)) || BODY_MET.test(unquoted.slice(at));
}

/** Whether a sentence has a word that may name a traveller's companions (`companionAt`): the cheap check before reading its people. */
export const COMPANIONS_NAMED = /ccompan|\bdelegation|\bentourage|\bjoined\s+by/;

/**
 * The words that open a list of the people travelling with a traveller: "X, accompanied by his wife Y,", "Accompanying
 * President X on his visit to Egypt are …", "The delegation – which also includes …", "X was joined by Y". Ends at the
 * opener; what follows up to the next clause is the list.
 */
const COMPANION_OPENER = /(?:\baccompanied\s+by|\b[Aa]ccompanying\s+(?:(?:the|his|her|their)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}(?:on\s+(?:his|her|their|the)\s+[^,;:.]{0,60}?\s+)?(?:are|is|were|was|will\s+be)|\b(?:delegation|entourage)\b[^.;:]{0,40}?\b(?:includes?|included|including|comprises|comprising|consists\s+of)|\bjoined\s+by)\s/u;

/** A list's end: a closing dash or bracket, or a verb of the sentence's own clause after a comma ("…, touched down at"). */
const LIST_END = /\s[–—]\s|\s-\s|,\s+(?:(?:has|have|had|will|would|is|are|was|were)\s+)?(?!and\b|as\b|the\b|his\b|her\b|their\b|who\b)\p{Ll}+(?:ed|s)\s/u;

/**
 * Whether a person's mention stands in a list of a traveller's companions: they travel on the traveller's visit, which
 * is the traveller's (the corpus guide annotates one visit per trip, with its traveller), not on one of their own.
 * "Accompanied by his wife, X arrived" (the list opening the sentence) names the traveller after it, who is no companion.
 */
export function companionAt(text: string, sentenceStart: number, mentionStart: number): boolean {
  const before = text.slice(sentenceStart, mentionStart);
  const opener = COMPANION_OPENER.exec(before);
  if (!opener) return false;
  // ("Accompanied by …, X" at the sentence's start: no traveller named before the list)
  if (opener.index < 3 && /^\s*[Aa]ccompanied\b/.test(before)) return false;
  return !LIST_END.test(before.slice(opener.index + opener[0].length));
}
