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

/**
 * What names a retold meeting's people as its sides, right after its noun: "The meeting was attended by", "was joined by",
 * "chaired by", "The talks with", "The discussions between", "The meeting, held among" — not after a clause of its own
 * ("The meeting took place a day after X was killed"), which names someone else.
 */
const PARTAKERS_AFTER = /^(?:(?!\b(?:after|before|when|while|since|following|because|although|though|amid|despite|as|where|if|until|over|about|on)\b)[^;:—–()"“”])*?\b(?:(?:attended|joined|accompanied|chaired|co-?chaired|hosted|co-?hosted|led|opened|addressed)\s+(?:\p{Ll}+\s+)?by|with|between|among|involving)\s+/u;
/** "During the meeting, X told Y …", "At the talks in Oslo, X said": the clause after the meeting's phrase has its sides as subject. */
const AT_THE_MEETING = /\b(?:[Dd]uring|[Aa]t|[Ii]n|[Aa]fter)\s+(?:the|this|that|these|their)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;
const AFTER_MEETING_PHRASE = /^(?:\s+(?:on|in|at|with|held)\s+[^,;:]{0,60})?\s*,\s*/;
/** "Also present at the meeting were X and Y". */
const PRESENT_AT = /\bpresent\s+(?:at|during|in|for)\s+(?:the|this|that)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/iu;
const PRESENT_WERE = /^\s*(?:was|were)\s+/;
/** "Foreign Minister X said during the meeting that …", "X stressed at the talks": a speaker at the meeting took part in it. */
const SPOKE_AT = /^\s*(?:(?:also|further|later)\s+)?(?:said|told|stated|noted|stressed|underlined|emphasi[sz]ed|expressed|conveyed|added|reiterated|briefed|assured|reassured|proposed|thanked|praised|welcomed)\b[^,;:.“”"]{0,40}?\b(?:during|at|in)\s+(?:the|this|that|their)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;
/** "X and Y were also present", "X joined the talks": a side named as the subject of presence. */
const PRESENT_AFTER = /^(?:(?:\s*,|\s+and|\s+as\s+well\s+as)?\s*(?:[\p{Lu}][\p{L}.'’-]*|the|of)\s*){0,10}?\s*(?:(?:was|were|had|has|have)\s+)?(?:also\s+)?(?:present\b|in\s+attendance\b|joined\s+(?:the|this|that|their)\s|took\s+part\b|participated\b)/u;
/**
 * What may stand between two people of one list, or between the words opening the list and its first person: commas, "and",
 * names, countries and the words of offices ("Ambassador", "the Norwegian minister", "Norway's deputy foreign minister"), not
 * a clause or a thing ("who briefed", "presented a plan for the release of").
 */
const OFFICE_WORD = String.raw`(?:the|his|her|their|its|of|both|also|deputy|vice|assistant|under|prime|foreign|defen[cs]e|interior|finance|trade|state|affairs|national|security|special|senior|top|chief|head|former|acting|crown|prince|king|queen|minister|ministers|president|presidents|ambassador|ambassadors|envoy|envoys|secretary|general|counterparts?|leaders?|officials?|spokes(?:man|woman|person)|advis[eo]rs?|governors?|mayor|senators?|representatives?|directors?|chair(?:man|woman|person)?|commanders?|delegation|members?|wife|husband)`;
const LIST_GAP = new RegExp(String.raw`^[\s,]*(?:(?:and|as\s+well\s+as|&|(?:at|in|to|for)(?=\s+(?:the\s+)?\p{Lu})|\p{Lu}[\p{L}.'’-]*|${OFFICE_WORD})(?![\p{L}])[\s,]*){0,16}$`, 'u');
const listGap = (words: string) => words.length <= 140 && LIST_GAP.test(words);

/**
 * The people a meeting told again by its noun ("The meeting was attended by …", "During the talks, …") names as taking part in
 * it: those its words name as its sides (PARTAKERS_AFTER, AT_THE_MEETING's subject, PRESENT_AT, PRESENT_AFTER, SPOKE_AT) and the people
 * listed with them. Everyone else the sentence names is only mentioned ("The meeting took place a day after X was killed").
 */
export function partakersOfRetoldMeeting(sentence: Sentence, triggerAt: number, triggerLength: number, people: FoundPerson[]): Set<FoundPerson> {
  const words = sentence.text;
  const at = triggerAt - sentence.start;
  const end = at + triggerLength;
  const mentions = people
    .flatMap((person) => person.mentions.filter((mention) => mention.sentence === sentence).map((mention) => ({ person, start: mention.start - sentence.start, end: mention.end - sentence.start })))
    .sort((a, b) => a.start - b.start);
  const taking = new Set<FoundPerson>();
  // (from where a list of sides opens, each person separated from the one before by a list's words only)
  const listFrom = (from: number) => {
    let last = from;
    for (const mention of mentions) {
      if (mention.start < last) continue;
      if (!listGap(words.slice(last, mention.start)) || /^['’]s\b/.test(words.slice(mention.end))) break;
      taking.add(mention.person);
      last = mention.end;
    }
  };
  // (from the noun's first word: "talks with" may be the trigger's own words)
  const after = PARTAKERS_AFTER.exec(words.slice(at));
  if (after) listFrom(at + after[0].length);
  const phrase = AFTER_MEETING_PHRASE.exec(words.slice(end));
  if (phrase && AT_THE_MEETING.test(words.slice(0, at))) listFrom(end + phrase[0].length);
  const were = PRESENT_WERE.exec(words.slice(end));
  if (were && PRESENT_AT.test(words.slice(0, at))) listFrom(end + were[0].length);
  for (const mention of mentions) if (PRESENT_AFTER.test(words.slice(mention.end)) || (mention.end <= at && SPOKE_AT.test(words.slice(mention.end, at)))) taking.add(mention.person);
  return taking;
}
