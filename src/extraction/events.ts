// Events of DESIGN.md's types: a trigger word per type, the date chrono reads in the same sentence,
// the place written after "in/at", the people and countries around it; a diplomatic trip is built
// from its traveller's movements ("visit Seoul, Tokyo and Paris", "in Riyadh on Monday before flying
// to Doha on Tuesday") with one child per stop, in order.
import { slugOf } from '../domain/natural-keys';
import type { CountryRole, DatePrecision, EventType, ParticipantRole } from '../generated/prisma/enums';
import type { FoundSale } from './arms-sales';
import { ABILITY_OR_AIM, PROSPECT, ARMED_SETTING, LABOUR_SETTING, COUP_OR_ARMS_TOLD, COUP_STIRRED, DECLARATION_TOLD, dayWrittenWith, DENIES, DISASTER_AFTER, DISASTER_BEFORE, ELECTION_PUT_OFF, ELECTION_WORDINGS, LABOUR_STRIKE, MILITARY_WORDINGS, NAMED_POPULAR_REVOLUTIONS, ONE_COUNTRY_EACH, OTHER_WORDINGS, OUSTER, PROTEST_WORDINGS, REPORTED_COMMENT, REPORTED_COMMENT_NOW, REPRESSION, REPRISAL, SEAT_SEIZED, targetKind, WAR_NAMED, WIN_TOLD } from './crisis-lexicon';
import { countryName, isIslandCountry, placeNamed, townLeftOut, type CountryMention } from './countries';
import { ANNOUNCED_ON, ANNOUNCEMENT_WORDINGS, ARRIVAL_WORDINGS, BROADCAST_WORDINGS, MEDIA_TOLD, BODY_SPEAKERS, COMMENT_WORDINGS, ENGAGEMENT_WORDINGS, HOSTING_VERB, JOURNEY_WORDINGS, STATE_SAID, MEETING_VERB, MEETING_WORDINGS, REACTION_DRAWN, SPEECH_WORDINGS, STATE_COMMENT, STATE_TALKS, SUMMONED_ENVOY, VISIT_KINDS, VISIT_WORDINGS, VISITED_PLACE } from './diplomacy-lexicon';
import { datesIn, daysOfText, HEADLINE_REMEMBERS, headlineNewsDay, isDatelineDate, isoDay, tellsSeveralDays, yearsOfText, type FoundDate, type TextDay, type TextYear } from './dates';
import { ACCORD_SIGNED, ACCORD_WORD, accordOfSale, termOfDeal, EVACUATION, evacuationPlace, HAPPENING_WORDINGS, happeningHolds, happeningKind, happeningPlace, namedHappeningKind, NEW_ACCORD, OCCASION, occasionPlace, OFFICE_CHANGE, otherRounds, partnersExercise } from './happenings';
import { leadSentences, type ArticleDocument, type Sentence } from './document';
import { companionAt, COMPANIONS_NAMED, envoyHostPlace, groupSides, HOST_NAMED, namedHost, partakersOfRetoldMeeting, presencePlace } from './meetings';
import { matchesIn, sentencesWithWords } from './prefilter';
import { escapeRegExp, oncePerText } from './regexp';
import { inTheWords, occasionOf, TITLE_BEFORE_NAME, officeSpeaking, oneBody, organAfterState, organNamedAfter, organSpeaking, organWritten, REPORTED_GAP, REPORTING, RESULT_DECLARED, saidOn, SAYING, speakerOf, TELLS_A_VOTE, trailingAttribution, UNNAMED_TOLD_OUTLET, unnamedSource, voiceOf } from './statements';
import { givenNameSex, type FoundPerson, type PersonMention } from './people';
import type { ExtractedEvent, ExtractedFact } from './types';
import stateOrganizations from '../../prisma/reference/state-organizations.json';

export interface EventsContext {
  document: ArticleDocument;
  people: FoundPerson[];
  countries: CountryMention[];
  publishedAt: Date | null;
  datelineCountry: string | null;
  facts: ExtractedFact[];
  /** The text is a government's own release (a ministry's itinerary or readout), not a news report about one. */
  governmentRelease?: boolean;
}

/** A candidate event as one step of `findEvents` holds it (for `onEventStages`). */
export interface StagedEvent {
  type: EventType;
  day: string | null;
  location: string | null;
  trigger: string | null;
  sentence: number;
  participants: string[];
}

/**
 * What each step of `findEvents` held for one text: every trigger match, the candidates made from
 * them, the group each candidate joined when sentences about one happening were gathered, and those
 * groups. A debug look at where a happening is lost (`bench/event-stages.ts`); nothing reads it otherwise.
 */
export interface EventStages {
  /** Every trigger match; `repeat`: dropped as the same happening as an earlier match of its trigger in the sentence; `another`: a wording that adds an event only beside the type's other wordings. */
  triggered: { type: EventType; sentence: number; words: string; repeat: boolean; another: boolean }[];
  drafted: StagedEvent[];
  /** For each drafted candidate, the index in `grouped` of the group it joined. */
  groupOf: number[];
  grouped: StagedEvent[];
}

let stagesListener: ((stages: EventStages) => void) | null = null;
/** Calls `listener` with the steps of each later `findEvents` (null: stop). For debugging only. */
export function onEventStages(listener: ((stages: EventStages) => void) | null): void {
  stagesListener = listener;
}

const staged = (draft: Draft): StagedEvent => ({
  type: draft.type,
  day: draft.date ? isoDay(draft.date.date) : null,
  location: draft.location,
  trigger: draft.trigger ?? null,
  sentence: draft.sentences[0]?.index ?? -1,
  participants: draft.participants.map((participant) => participant.person.name),
});

interface Draft {
  type: EventType;
  title: string;
  date: FoundDate | null;
  endDate: FoundDate | null;
  location: string | null;
  participants: { person: FoundPerson; role: ParticipantRole }[];
  countries: { country: string; role: CountryRole }[];
  sentences: Sentence[];
  children: Draft[];
  slug?: string;
  /** The city it took place in, when the text names one. */
  city?: string | null;
  /** The place is written in the text (not inferred from people or the dateline). */
  placed?: boolean;
  /** The trigger words, lower-cased. */
  trigger?: string;
  /** The rule of `TRIGGERS` that made it. */
  rule?: Trigger;
  /** Where its trigger words are written in the text. */
  at?: number;
  /** The name of a gathering told as a thing ("the Tokyo Conference on Afghanistan", "six-party talks"), lower-cased. */
  gathering?: string;
  /** What a military action is aimed at, by kind ("hospital", "depot"), when written right after its trigger. */
  target?: string | null;
  /** A military action someone is asked to end ("press Moscow to cease military operations in Georgia"): the fighting at its place goes on. */
  ongoing?: boolean;
  /** A protest told as to come ("called for a nationwide shutdown", "pledged to hold rallies", "will march on Friday"), not as held. */
  planned?: boolean;
  /** A rally for the government beside the protests against it ("a rival demonstration", "a pro-government rally"). */
  rival?: boolean;
  /** Who made a military action: the country named as its doer in its sentence ("Azerbaijani troops opened fire", "a test by North Korea"). */
  actor?: string;
  /** The country of the counterparts, for one of the meetings a list of counterparts makes ("leaders of A, B and C"). */
  counterpart?: string;
  /** A statement several governments issue together ("a joint statement"). */
  joint?: boolean;
  /** A meeting whose sentence tells it by a meeting verb, though its first trigger word was a noun ("On the margins of the … Meeting, X met Y"). */
  verbTold?: boolean;
  /** A meeting noun followed by the person it was held with or by ("During his meeting with Foreign Minister X", "was received by Y"). */
  withNamed?: boolean;
  /** A meeting told as one more ("He also met …", "will also hold talks with …"). */
  alsoTold?: boolean;
  /** A meeting told by talk words a call's medium or an announced round of calls makes a call (`callTold`): held nowhere. */
  call?: boolean;
  /** A meeting told by a verb whose doer is an office never named ("The Prime Minister spoke to President Macron"): news with one named side. */
  officeMet?: boolean;
  /** An official's or organ's words reported in the past tense ("X condemned the attack"), news undated and unplaced too. */
  reported?: boolean;
  /** Words given to a named outlet ("told AFP news agency"): news undated and unplaced too, like a statement told as one. */
  toPress?: boolean;
  /** A speaker written by a name no person is ("saab", "the fmv", "iran"; statements.ts): two such speakers' words are two statements, and none is a person's. */
  voice?: string;
  /** A speaker no person is, as written: a voice's whole name or a state's organ ("Ministry of External Affairs", "Israel's Defense Forces"); `oneBody` compares two. */
  body?: string;
  /** Words that may only source the news before them ("…, the Pentagon said."): dropped when their sentence tells a happening. */
  attribution?: boolean;
  /** The kind of occasion a statement's words were given on, when its sentence names one (statements.ts): a post and an interview are two statements. */
  occasion?: string | null;
  /** Placed by the place opening its paragraph ("In Colombo, …"): at a trip's stop there, on the stop's day. */
  headPlaced?: boolean;
  /** The sentence whose day its own is counted from ("Hours later, …", "The following day, …"). */
  countedFrom?: number;
  /** The country of a counterpart named by office right after its words ("with the Prime Minister of Malaysia"). */
  metCountry?: string;
  /** A visit told as the traveller's last or previous one ("who last visited Pyongyang back in 2000", "his previous visit to Egypt"): another visit than the one the story tells. */
  earlier?: boolean;
  /** A visit whose traveller is a group a state sends, written right before the verb ("its naval team had visited India"). */
  sentGroup?: boolean;
  /** Words on air told as another occasion than one told before ("who later appeared on state television", "released another video"). */
  anotherOccasion?: boolean;
}

/** The people a statement gives as its speakers. */
const speakersOf = (draft: Draft) => draft.participants.filter((participant) => participant.role === 'SPEAKER').map((participant) => participant.person);

/**
 * Whether two statements can be one speaker's words: a SPEAKER in common when both name one (whatever body is also read as a
 * voice beside them); an organ's words are not its minister's, but a company's are its chief officer's (`officerOfBody`); a
 * named speaker's words and a statement without one that names that person are one (a release or readout and the words it
 * quotes: "the presidency said in a statement of Aliyev's call with Blinken …" then "He added that …", "… confirmed in a press
 * statement issued by Wong's office" then "Wong said …": the corpus annotates the release, not each quote in it); else a person
 * in common (or none named).
 */
function sameSpeakers(a: Draft, b: Draft): boolean {
  const [ofA, ofB] = [speakersOf(a), speakersOf(b)];
  if (ofA.length && ofB.length) return ofA.some((person) => ofB.includes(person));
  if (a.voice || b.voice) return a.voice === b.voice || sameBody(a, b) || officerOfBody(a, b) || officerOfBody(b, a);
  if (ofA.length || ofB.length) {
    const [named, unnamed] = ofA.length ? [ofA, b] : [ofB, a];
    // (an announcement naming the speaker is no release of their words: "the commission declared Conde the winner", then "Diallo accused …")
    return unnamed.type === 'STATEMENT' && unnamed.participants.some((participant) => named.includes(participant.person));
  }
  return !a.participants.length || !b.participants.length || a.participants.some((participant) => b.participants.some((known) => known.person === participant.person));
}

/** A company's or a body's chief officer, written between the body's name and the person's ("Saab chief executive", ", CEO and president of"). */
const CHIEF_OFFICER = /\b(?:CEO|chief\s+executive(?:\s+officer)?|[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|president|President|chairman|Chairman|chairwoman|Chairwoman|chair|Chair|managing\s+director|Managing\s+Director|head|Head)\b/;

/**
 * Whether a person's statement is the words of the body another statement gives as its voice, the person written as its chief
 * officer in the words' own sentence ("Hanwha Aerospace said …" and "“…,” Son Jae-il, CEO and president of Hanwha Aerospace,
 * said"; "Saab says …" and "says Saab chief executive Ake Svensson"): a company's release quoting its chief executive is one
 * statement, as the corpus sets annotate it.
 */
function officerOfBody(body: Draft, personal: Draft): boolean {
  const name = body.body;
  const speakers = speakersOf(personal);
  if (!name || !speakers.length || body.participants.length) return false;
  return personal.sentences.some((sentence) => {
    const at = sentence.text.indexOf(name);
    if (at < 0) return false;
    return speakers.some((person) =>
      mentionsIn(person, sentence).some((mention) => {
        const [from, to] = [mention.start - sentence.start, mention.end - sentence.start];
        const between = at >= to ? sentence.text.slice(to, at) : sentence.text.slice(at + name.length, from);
        return between.length <= 60 && CHIEF_OFFICER.test(between) && !/[.;]/.test(between);
      }),
    );
  });
}

/** Whether two statements are one body's words told by its name, once in full and once by its acronym (`oneBody`), or by one name. */
function sameBody(a: Draft, b: Draft): boolean {
  return (a.voice !== undefined && a.voice === b.voice) || (a.body !== undefined && b.body !== undefined && oneBody(a.body, b.body));
}

/**
 * Whether a named speaker's later words may join their statement told before though the two countries differ: the later words
 * are placed by no place written (their country comes from the speaker or the words: "“…,” he added" after "Macron told
 * journalists in Dubai …", "Hipkins said in a statement … he added") and name no other occasion, so the difference tells no
 * other occasion. (Words placed where they were said, "Zelaya said at a news conference in Costa Rica", or given to an outlet,
 * "told the French television station", are an occasion of their own.)
 */
function laterWordsUnplaced(later: Draft, earlier: Draft): boolean {
  const [ofLater, ofEarlier] = [speakersOf(later), speakersOf(earlier)];
  return later.type === 'STATEMENT' && earlier.type === 'STATEMENT' && !later.placed && (!later.occasion || later.occasion === earlier.occasion) && (ofLater.some((person) => ofEarlier.includes(person)) || (!ofLater.length && !ofEarlier.length && sameBody(later, earlier)));
}

/** Whether both name their speakers and none is the same: two people's words, never one statement. */
function otherSpeakers(a: Draft, b: Draft): boolean {
  const [ofA, ofB] = [speakersOf(a), speakersOf(b)];
  return ofA.length > 0 && ofB.length > 0 && !ofA.some((person) => ofB.includes(person));
}

/**
 * Whether a statement is the words its speaker gave in announcing something ("Trump announced Monday that …" and "marking what he
 * called …", a spokesperson's announcement of a visit at a briefing and the words of that briefing): the same speaker named by
 * both, and the statement undated or told on the announcement's day. The corpus annotates the announcement, once; a speaker's
 * words on another day stay a statement of their own.
 */
function speakersAnnouncement(statement: Draft, announcement: Draft): boolean {
  if (statement.type !== 'STATEMENT' || announcement.type !== 'ANNOUNCEMENT') return false;
  const [ofStatement, ofAnnouncement] = [speakersOf(statement), speakersOf(announcement)];
  if (!ofStatement.length || !ofStatement.some((person) => ofAnnouncement.includes(person))) return false;
  return !statement.date || (announcement.date !== null && sameDay(statement.date, announcement.date));
}

/**
 * Whether a statement's words are another voice's than a sale's announcer named by no person ("armasuisse announced Monday …" then
 * "In a statement, Lockheed said …"): a voice of its own named apart, or none and the announcer not named in its sentence.
 */
function otherVoices(statement: Draft, announcement: Draft): boolean {
  if (announcement.voice === undefined) return false;
  if (statement.voice !== undefined) return !sameBody(statement, announcement);
  return !statement.sentences[0].text.toLowerCase().includes(announcement.voice);
}

/**
 * Types a document tells once in a place: every mention of martial law there is the one declaration ("Yoon's martial law
 * declaration", "the martial law command", "the failed martial law bid"), whichever day or person its sentence names.
 */
const ONE_DECLARATION = new Set<EventType>(['MARTIAL_LAW']);

/**
 * A story's vote at one place told with two days is one vote when the days lie within a year of each other: the day a
 * sentence gives an election is often that of another happening it tells with it ("resigned on Sunday … over his disputed
 * re-election", "the Batasan on Feb. 15 proclaimed … the duly elected", "barred from the election … arrested in April",
 * "today's polling day" quoted a day later), while the vote told by its own day is told elsewhere. A referendum, a run-off
 * or a by-election beside another vote is another vote, and a year apart is another election.
 */
function oneVote(a: Draft, b: Draft): boolean {
  if (a.type !== 'ELECTION' || b.type !== 'ELECTION' || !a.date || !b.date || a.date.precision === 'YEAR' || b.date.precision === 'YEAR') return false;
  if (voteKind(a.trigger) !== voteKind(b.trigger)) return false;
  return Math.abs(a.date.date.getTime() - b.date.date.getTime()) <= VOTE_DAYS_APART * 86_400_000;
}
/** How far apart two days told of one vote may lie (the campaign, the vote, its count and proclamation, the unrest after it). */
const VOTE_DAYS_APART = 365;
/** A vote's kind by its words: a referendum, a run-off or a by-election is not the general vote. */
function voteKind(trigger: string | undefined): string {
  const words = (trigger ?? '').toLowerCase();
  if (/referend|plebiscite/.test(words)) return 'referendum';
  if (/run-?off|second[- ]round/.test(words)) return 'run-off';
  if (/by-election/.test(words)) return 'by-election';
  return 'vote';
}

/** Types whose undated, unplaced mentions are distinct happenings unless told by the same words. */
const UNANCHORED_APART = new Set<EventType>(['MILITARY_ACTION', 'OTHER']);

/**
 * Types whose happenings at different written places are different happenings, in one sentence or
 * across sentences, dated or not ("strikes in Lebanon and attacks on Israel", "protests in Egypt … protests in Sana’a").
 */
const APART_BY_PLACE = new Set<EventType>(['MILITARY_ACTION', 'PROTEST', 'ELECTION']);
/**
 * Types whose undated mentions at two written places are two happenings (dated ones are kept apart by place already): those
 * of `APART_BY_PLACE`, and gatherings and visits ("held discussions in Tokyo … will hold discussions in Beijing").
 */
const UNDATED_APART_BY_PLACE = new Set<EventType>([...APART_BY_PLACE, 'MEETING', 'SUMMIT', 'DIPLOMATIC_VISIT']);

/**
 * Types whose happenings in two cities of one country are two: strikes (Kharkiv is not Odesa) and protests (a rally in Lyon and
 * a march in Marseille on one day are two crowds).
 */
const CITY_APART = new Set<EventType>(['MILITARY_ACTION', 'PROTEST']);

/** Whether two places can be one happening's: one country, and for military actions and protests one city when both name one. */
function samePlace(type: EventType, a: { code: string; city: string | null }, b: { code: string; city: string | null }): boolean {
  return a.code === b.code && (!CITY_APART.has(type) || !a.city || !b.city || a.city === b.city);
}

/**
 * A day of telling a few days after a happening's own day: one happening ("North Korea has fired cruise missiles, state media
 * reported Monday" and "the launches took place Sunday"; a dateline's day and "the election held on Saturday").
 */
function toldLater(a: FoundDate, b: FoundDate): boolean {
  if (a.told === b.told || a.precision !== 'DAY' || b.precision !== 'DAY') return false;
  const [own, told] = a.told ? [b, a] : [a, b];
  const days = (told.date.getTime() - own.date.getTime()) / 86_400_000;
  return days > 0 && days <= 7;
}

/** Two dates that can be one day: equal at the coarser precision ("January 2024" and "7 January 2024"). */
function sameDay(a: FoundDate, b: FoundDate): boolean {
  const coarser = [a.precision, b.precision].includes('YEAR') ? 4 : [a.precision, b.precision].includes('MONTH') ? 7 : 10;
  return isoDay(a.date)!.slice(0, coarser) === isoDay(b.date)!.slice(0, coarser);
}

const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A capitalized name of up to six words ("Joint Foreign and Defense Ministerial", "G20", "U.S.-Poland Strategic"). */
const PROPER_WORDS = "(?:(?:[\\p{Lu}\\d][\\p{L}\\d.'’+-]*|\\(?[\\d+]+\\)?)\\s+(?:(?:and|of|on|for)\\s+)?){1,6}";
/**
 * What follows a council acting as an organ, not meeting: a decision's verb ("passed a resolution", "has formally approved",
 * "adopts sanctions", "named him", "expanded sanctions", "listed ten entities"), its word ("expressed concern", "urged",
 * "called for", "pointed out", "noted") or its duty ("the Military Council (TMC) must hand over power"), also after an adverb
 * of manner ("The European Council strongly condemned …", "has unanimously adopted"; session 42). Also an organ's decisions that
 * clear, lift, suspend, revoke, reject, endorse, ratify, ban, order, dissolve, dismiss, appoint or grant ("the Defence Acquisition
 * Council (DAC) had also cleared the import", "the council has lifted the curfew"), after the rest of its name ("the National
 * Council for the Safeguard of the Homeland") and its name in another language with its acronym in brackets ("(Conseil national …, CNSP)").
 */
const COUNCIL_ACTS = "(?:\\s+for\\s+the(?:\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:of|and)(?:\\s+the)?)?){1,4})?\\s+(?:\\((?:\\p{Lu}+|[^()]{1,80}?,\\s*\\p{Lu}+)\\)\\s+)?(?:(?:has|had|have|also|today|yesterday|[a-z]+ly)\\s+){0,2}(?:adopt|approv|pass|nam|designat|vot|impos|extend|expand|prolong|list|target|authori[sz]|renew|demand|condemn|express|decid|call|urg|stress|reiterat|underlin|point|not(?:ed|es)\\b|recall|welcom|warn|said|says|must|should|declar|certif|confirm|proclaim|validat|annul|acknowledg|rul(?:ed|es|ing)\\b|announc|publish|issu|clear|lift|suspend|revok|reject|endors|ratif|sanction|ban(?:s|ned)?\\b|order|dissolv|dismiss|appoint|grant)\\w*";
/**
 * A council that is a state's standing institution of elections, of the constitution or of legislation ("the National Electoral
 * Council declared Maduro the winner", "the Constitutional Council", "protesters stormed the Legislative Council"): it decides,
 * counts or sits as a chamber; it is no gathering told as a meeting.
 */
const ORGAN_COUNCIL = "(?:(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}(?:Electoral|Election|Elections|Constitutional|Legislative)\\s+Council\\b)";
/** A building named after a gathering ("the International Conference Center", "the Forum Hall"): a venue, not the gathering. */
const VENUE_NOUN = '(?:Cent(?:er|re)|Hall|Building|Complex|Chamber|Palace|Hotel|Arena|Auditorium)\\b';
const GATHERING = new RegExp(
  [
    // "the upcoming G20 meeting", "next week's talks", "the December meeting on climate change"
    `\\b(?:upcoming|next|coming|forthcoming|planned)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,2}?(?:meeting|conference|talks|consultations)\\b`,
    `\\b${MONTH_NAME}\\s+(?:meeting|conference|talks|consultations)\\b`,
    // "the Tokyo Conference on Afghanistan", "the World Economic Forum", "the Ministerial Consultations", "the EU Council"
    // (not a council acting as an organ: "the Security Council passed a resolution", "EU Council adopts sanctions" are its decisions;
    // nor one written as an addressee or in an office's name: "a letter to the UN Security Council", "Secretary of the Security Council";
    // a visit to one is to its sitting: "the Prime Minister's visit to the EU Council tomorrow")
    `\\b(?!${ORGAN_COUNCIL})${PROPER_WORDS}(?:Conference|Forum|Consultations|Talks|Council(?!\\s+(?:[Rr]esolutions?|[Mm]embers?|[Dd]ecisions?|of\\b)|${COUNCIL_ACTS})(?<!\\b(?:(?:letter|report|appeal|complaint|request)s?\\s+to|with|by|of|from)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,6}Council))\\b(?!\\s+${VENUE_NOUN})`,
    // "the six-party talks", "Syria talks in Vienna" (not "peace talks", "coalition talks": negotiations, not one gathering)
    `\\b(?:[\\p{L}]+-party|(?!(?:Peace|Trade|Ceasefire|Truce|Coalition)\\s)[\\p{Lu}][\\p{L}]+)\\s+talks\\b`,
    // Talks or negotiations of any kind told as held, as a round that took place: hosted, resumed, begun, launched
    // ("South Africa for hosting the peace talks", "the two sides resumed exploratory talks in Istanbul", "officials have held
    // negotiations", "the peace talks between the two sides began on 25 October", "peace negotiations launched in 2012",
    // "said after talks in Jeddah"). Only a done or doing form, not the base ("to launch direct talks", "before negotiations
    // begin": wished for or put off); not "talks with X" (a meeting with that side, an older rule's), nor "held talks" (one too),
    // nor talks between office holders ("Talks between Foreign Minister A and Foreign Minister B were held": their meeting), nor
    // "the talks were held …" bare, which tells again a meeting told before.
    `(?<=\\b(?:hosted|hosting|hosts|resumed|resumes|resuming|began|begun|opened|launched|conducted|concluded)\\s+(?:the\\s+|new\\s+|fresh\\s+|their\\s+|its\\s+)?)(?:(?!(?:for|to|with|on|and)\\s)[\\p{Ll}-]+\\s+){0,2}?(?:talks|negotiations)\\b(?!\\s+with\\b)`,
    `(?<=\\b(?:held|holding)\\s+(?:the\\s+|new\\s+|their\\s+)?)(?:[\\p{L}-]+\\s+)?negotiations\\b(?!\\s+with\\b)`,
    `\\b(?:(?!(?:the|their|these|those|its|his|her|and|of)\\s)[\\p{L}-]+\\s+(?:talks|negotiations)|(?<!\\b(?:the|their|these|those|its|his|her)\\s)(?:talks|negotiations))(?=\\s+(?:between\\s+(?![^.;]{0,60}?\\b(?:President|Prime\\s+Minister|Minister|Secretary|Chancellor|King|Emir|Premier)\\b)[^.;]{0,60}?\\s+)?(?:began|opened|resumed|got\\s+under\\s+way|(?:were|was|have\\s+been|had\\s+been)\\s+held|launched|concluded)\\b)`,
    `(?<=\\b(?:after|following|during)\\s+(?:the\\s+)?)(?:[\\p{L}-]+\\s+)?talks(?=\\s+in\\s+\\p{Lu})`,
    // "the 73rd session of the UN General Assembly"
    `\\b(?:\\d+(?:st|nd|rd|th)\\s+)?session\\s+of\\s+the\\s+(?:UN\\s+|United\\s+Nations\\s+)?General\\s+Assembly\\b`,
  ].join('|'),
  'u',
);
/**
 * A meeting told by its noun alone and placed by it: "the two-day meeting in Reykjavik, Iceland, on October 11-12", "a
 * ministerial meeting on the peninsula, to be held in New York", "talks in Doha on Monday", "the conference held in Tokyo".
 * Its sides are not named in the sentence (a sentence naming someone is read by the older rules); a gathering, kept as
 * the others are only with a place or a day. Not a press or news conference, nor a month, a weekday or an owner ("at Russia's
 * initiative") after "in"/"at"; not talks someone "held" (theirs), nor "the talks" bare, a meeting told before.
 */
const PLACED_GATHERING = new RegExp(
  `(?<!\\b(?:press|news|media|held|hold|holds|holding|the|these|those|their|its|his|her|our|my)\\s)\\b(?:meeting|meetings|talks|negotiations|conference|consultations)(?=(?:\\s+on\\s+(?:the\\s+)?[\\p{Ll}-]+(?:\\s+(?:on|of)\\s+the\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)?)?,?\\s+(?:(?:which|that)\\s+)?(?:(?:is|was|were|will\\s+be|to\\s+be|being|had\\s+been|has\\s+been)\\s+)?(?:(?:held|hosted|convened)\\s+)?(?:in|at)\\s+(?:the\\s+)?(?!(?:${MONTH_NAME}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)\\p{Lu}[\\p{L}.-]*(?!['’]s))`,
  'u',
);
/**
 * A named meeting someone attends, chairs or hosts ("to attend the G7 Hiroshima Foreign Ministers’ Meeting", "as the Chair
 * of the … Meeting"): a gathering of its own. (Not a pair's name: "the Japan-Germany Foreign Ministers’ Meeting" is the bilateral.)
 */
const ATTENDED_GATHERING = new RegExp(`(?<=\\b(?:attend|attends|attended|attending|participate\\s+in|participated\\s+in|take\\s+part\\s+in|took\\s+part\\s+in|[Cc]hair\\s+of|chaired|co-chaired|hosted|hosting)\\s+the\\s+)(?!\\p{Lu}[\\p{L}.]*-\\p{Lu})${PROPER_WORDS}(?:Meeting|Ministerial)\\b`, 'u');
/** An office named with its holder's name after it ("President Putin", "Prime Minister X"): someone named in the sentence. */
const OFFICE_NAMED = /\b(?:President|Prime Minister|Minister|Chancellor|Secretary|King|Emir|Premier)\s+\p{Lu}/u;
/** A capitalized meeting named after "on the sidelines/margins of (the)" ("the G20 Foreign Ministers' Meeting", "the East Asia Summit Ministerial"). */
const SIDELINES_GATHERING = new RegExp(`(?<=\\b(?:sidelines|margins?)\\s+of\\s+(?:the\\s+)?(?:\\d+(?:st|nd|rd|th)\\s+)?)${PROPER_WORDS.replace('{1,6}', '{0,6}')}(?:Meeting|Meetings|Ministerial|Ministerials)\\b|(?<=\\b(?:sidelines|margins?)\\s+of\\s+the\\s+)(?:UN\\s+|United\\s+Nations\\s+)?General\\s+Assembly\\b`, 'u');
/**
 * A summit named by its body or series ("the NATO Summit", "the G20 Hangzhou Summit", "the Asia-Pacific Economic Cooperation
 * (APEC) summit"): a gathering of its own, beside the meetings held at it or about it. (Not a pair's name: "the Lee-Xi
 * summit", "a Russia-US summit" are the two leaders' meeting.)
 */
// (nor a day's: "Thursday's summit", "the March summit")
const NAMED_SUMMIT = new RegExp(
  `\\b(?!(?:${MONTH_NAME}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|This|Next|Last|That|The|Its|His|Her|Their)\\b)${PROPER_WORDS}(?:\\(\\p{Lu}[\\p{L}\\d]*\\)\\s+)?(?<!\\p{Lu}[\\p{L}.]*-\\p{Lu}[\\p{L}.]*\\s+|['’]s\\s+)[Ss]ummit\\b`,
  'u',
);
/**
 * A gathering told without a date or a place is an event when someone takes part in it or holds it
 * ("attendance at", "participation in", "hosting", "holding", "preparations for"), not when it is
 * only a framework named in passing ("frameworks, including the ASEAN Regional Forum").
 */
const TAKES_PART = /\b(?:attend\w*|attendance\s+at|participat\w*\s+in|take\s+part\s+in|took\s+part\s+in|host\w*|hold\w*|held|preparations?\s+for|ahead\s+of|visit\s+to|at|to)\s+(?:[\w’'-]+\s+){0,3}$/i;

/** A visit told as made "here", the place the copy is filed from. */
const HERE_VISIT = /\b(?:(?:paid|pays|pay|paying|made|makes|make|making)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?visit\s+here\b|visit\s+here\s+(?:of|by)\b|(?:is|was|are|were)\s+here\s+(?:on|for)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?visit\b)/u;

/**
 * A visit whose destination is told by a description of the country rather than its name, the country named before:
 * "on his first visit to the key Southeast Asian country", "a surprise visit to the oil-rich kingdom", "visited the
 * island nation in March", "who arrived in the country on Sunday" (placed in `locate`).
 */
const DESCRIBED_COUNTRY = String.raw`the\s+(?:[\p{L}-]+\s+){0,3}?(?:country|kingdom|nation|republic|archipelago|emirate|sultanate|city-state|island|capital)\b(?!\s+(?:of|to|and|or|that|which|whose)\b|['’]s|\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu})`;
const DESCRIBED_VISIT = new RegExp(String.raw`\b(?:(?:visit|trip|journey|travel|tour)\s+to|visit(?:s|ed|ing)?|(?:arrived|arrives|arriving|landed|lands)\s+in|(?:travel(?:s|led|ed|ling|ing)?|flew|flies|headed|heads)\s+to)\s+(?=${DESCRIBED_COUNTRY})`, 'u');

/**
 * A visitor's arrival told by the airport landed at: "arrived at Auckland International Airport", "touched down at the
 * Presidential Wing of the Malabo International Airport", "landed at Jakarta's Soekarno-Hatta airport". The visit is where the
 * airport's own words put it (the town in its name), else where the sentence does (`airportPlace`).
 */
const AIRPORT_ARRIVAL = /\b(?:arrived|arrives|landed|lands|touched\s+down|touches\s+down)\s+at\s+(?=(?:(?:\p{Lu}[\p{L}'’.-]*|of|the)\s+){0,7}\p{Lu}[\p{L}'’.-]*\s+(?:[Ii]nternational\s+)?[Aa]irport\b)/u;
/** The airport's words after the trigger (up to "airport"; one of them a name: not "arrived at the airport"). */
const AIRPORT_WORDS = /^(?:(?:\p{Lu}[\p{L}'’.-]*|of|the)\s+){0,7}\p{Lu}[\p{L}'’.-]*\s+(?:[Ii]nternational\s+)?[Aa]irport\b/u;
/**
 * A state or a leader sending a delegation or envoys somewhere (CAMEO 042/043 told from the sender's side): "Egypt will send two
 * security delegations to Tel Aviv", "South Africa said it was sending envoys to meet with …", "each side dispatches delegations
 * of experts to the other's capital". The visit is the delegation's, to the place written after "to".
 */
const DELEGATION_SENT = /\b(?:send|sends|sent|sending|dispatch|dispatches|dispatched|dispatching)\s+(?:(?:a|an|the|its|his|her|their|two|three|several|high-level|senior|special|security|trade|government|official|ministerial|parliamentary|military|diplomatic|\d+)\s+){0,3}(?:delegations?|envoys?|emissar(?:y|ies))\s+(?:(?:of|led\s+by)\s+(?:[\p{L}.'’-]+\s+){1,5}?)?to\s+(?=(?:the\s+)?\p{Lu}|meet\b|hold\s+talks\b|the\s+other)/u;
/**
 * A region of a country told by its adjective ("the Russian Far East", "the Canadian Arctic", "the Syrian north"): a place in
 * that country, as a visit's destination.
 */
const DEMONYM_REGION = /^\s+(?:Far\s+East|Arctic|High\s+North|Far\s+North|[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Nn]orth-?[Ee]ast|[Nn]orth-?[Ww]est|[Ss]outh-?[Ee]ast|[Ss]outh-?[Ww]est|[Hh]eartland|[Hh]interland)\b(?!\s+(?:of|and)\b|[-\p{L}])/u;

/** A region a journey goes through, by its noun ("Africa", "the Gulf", "sub-Saharan Africa") or its adjective ("African", "Gulf"). */
const REGION_NOUN = String.raw`(?:(?:sub-Saharan|West|East|Southern|North|Central|South|Southeast|South-East)\s+)?(?:Africa|Asia|Europe|Latin\s+America|South\s+America|Gulf|Middle\s+East|Pacific|Caribbean|Balkans|Scandinavia)`;
const REGION_ADJECTIVE = String.raw`(?:(?:West|East|Southern|North|Central|South|Southeast|South-East)\s+)?(?:Gulf|Africa|African|Asia|Asian|Europe|European|Latin\s+American|South\s+American|Middle\s+East(?:ern)?|Pacific|Caribbean|Balkan|Nordic|Scandinavian|Baltic|Arab)`;
/**
 * A journey through a region ("a Gulf tour", "his European tour", "tour of sub-Saharan Africa", "a trip across the Pacific",
 * "toured three Gulf nations"): several countries the words do not name.
 */
const REGIONAL_TOUR = new RegExp(
  String.raw`\b(?:${REGION_ADJECTIVE}\s+(?:tour|trip|swing|journey)|(?:tour|trip|swing|journey)\s+(?:of|to|through|across)\s+(?:the\s+)?(?:${REGION_NOUN}\b(?!\s+(?:Forum|Summit|Conference|Union|Council|Cup|Games))|${REGION_ADJECTIVE}\s+(?:countries|states|nations))|(?:toured|tours|touring)\s+(?:\w+\s+)?${REGION_ADJECTIVE}\s+(?:countries|states|nations|capitals))\b`,
  'u',
);

/** Trigger phrases per type; a sentence may report several events. */
/** An exercise told by its name ("the annual Balikatan exercises", "Ulchi Freedom Shield joint military exercises"). */
const NAMED_EXERCISE = /(?<=\b(?!(?:The|A|An|Joint|Annual|Military|Naval|Combat|Training|Large-scale|Live-fire)\b)\p{Lu}[\p{L}-]+\s+)(?:(?:joint|military|naval)\s+){0,2}(?:exercises|drills)\b/u;
/** Whether a text names an exercise: its unnamed "joint exercises" are then that one told again (read once for all the parts of a long text). */
const namesExercise = oncePerText((text) => NAMED_EXERCISE.test(text));

/** The handle and day closing an embedded post's signature ("— Jane Doe (@janedoe) August 3, 2018", "(@MEAIndia) 13 November 2017"). */
const POST_SIGNATURE = /\(@\w{1,30}\)(?=\s*(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}))/u;
const TRIGGERS: { type: EventType; pattern: RegExp; organSaid?: boolean; needsDate?: boolean; needsPerson?: boolean; needsOfficial?: boolean; said?: boolean; saidByName?: boolean; gathering?: boolean; placedNoun?: boolean; alone?: boolean; organ?: boolean; joint?: boolean; toPress?: boolean; more?: boolean; anyone?: boolean; stateSpeaker?: boolean; stateSaid?: boolean; reported?: boolean; present?: boolean; guest?: boolean; pair?: boolean; destination?: boolean; results?: boolean }[] = [
  { type: 'MARTIAL_LAW', pattern: /\bmartial law\b/i },
  { type: 'IMPEACHMENT', pattern: /\bimpeach(?:es|ed|ment|ing)?\b/i },
  // (a burial told by its verb: "was laid to rest", "will be buried on Friday")
  { type: 'FUNERAL', pattern: /\b(funeral|memorial service|burial|state funeral|cremation|laid to rest|(?:was|were|will be|to be) buried)\b/i },
  // protest/rally (CAMEO 14)
  // (a crowd demonstrates or rallies somewhere, against something or on a day; with an object the verbs mean "showed" and
  // "mobilized": "demonstrated once again their commitment", "has rallied the world", "stocks rallied")
  { type: 'PROTEST', pattern: /\b(protesters|protestors|protesting|(?:to|and) protest (?:against |over )?(?:the|a|an|their|his|her)\b|(?:the|recent|ongoing|peaceful|violent|nationwide|mass|large|anti-[\w-]+|opposition|student|Maidan|weeks of|days of) (?:[\w-]+ )?(?:protests|demonstrations)|protest movement|demonstrators|protests? (?:erupted|broke out)|protested(?! (?:to|with)\b)|(?:demonstrating|demonstrated|rallied(?<!(?:[Ss]tocks|[Ss]hares|[Mm]arkets?|[Pp]rices|[Dd]ollar|[Ee]uro|[Yy]en|[Ii]ndex|[Bb]onds|[Oo]il|[Gg]old|[Cc]urrency) rallied))(?=,|\s*[.;:!?]|\s*$|\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)|again|peacefully|outside|against|in|near|over|for|at|across|through|throughout|along|to\s+(?:demand|protest|denounce|call|press|oppose|support|show|mark|express))\b)|rally in|marched|took to the streets|mass protests|street protests|demonstrations? (?:in|against)|sit-ins?|in (?:a )?protest (?:over|against|at)|protests? (?:in|across|outside) (?=[A-Z])|staged (?:a )?(?:protest|rally|demonstration|march))\b/i },
  // elect/win (CAMEO 17 "elections")
  { type: 'ELECTION', pattern: /\b(elections?|referendum|runoff|conclave|to elect|polls? (?:closed|opened)|(?:was|were|been) (?:re-?)?elected|won the (?:presidential |parliamentary |general )?(?:election|vote|poll)|(?:winning|won) the (?:presidential |parliamentary |general )?(?:vote|poll)|(?:went|go|going|headed) to the polls|cast (?:their )?ballots)\b/i },
  { type: 'SUMMIT', gathering: true, pattern: NAMED_SUMMIT },
  { type: 'SUMMIT', pattern: /\bsummit\b/i },
  // A visit told as a noun ("her visit to Japan at the end of March", "a visit to Japan this year by Modi"); a trip's own visits are its stops.
  // ("recalled his last visit to Bhutan", "the forthcoming state visit to Japan": a visit told as past or to come;
  // "during his possible visit to Israel later this year", "her expected visit to Seoul": one told as likely is planned too)
  // ("an official goodwill visit to the USA", "his recent work visit to Angola", "his brief visit to Romania": a visit named by its kind, VISIT_KINDS)
  { type: 'DIPLOMATIC_VISIT', pattern: new RegExp(String.raw`\b(?:his|her|their|my|our|a|an|the|recent|first|official|state|planned)\s+(?:(?:[\w]+-day|[\w]+-nation|unannounced|surprise|[Oo]fficial|[Ss]tate|[Ww]orking|${VISIT_KINDS}|first|second|third|maiden|landmark|rare|historic|last|latest|previous|recent|forthcoming|upcoming|planned|proposed|reciprocal|return|possible|likely|expected|scheduled|anticipated|long-awaited|fourth|fifth)\s+){0,2}[Vv]isit to (?=(?:the )?\p{Lu})`, 'u') },
  // "following the Secretary’s travel to Beijing", "Pelosi's trip to Taiwan": a journey told as the traveller's noun.
  // "during his visit to attend the G7 … Meeting": a visit made for a gathering (placed where the sentence is).
  // (the traveller's noun takes the words a visit noun takes after "his", and the year it was made: "Nixon's landmark 1972
  // visit to China", "John Paul's 1998 pilgrimage to Cuba", "Nixon's two-day stay in Romania")
  // ("Nehru's journey to the USSR", "Modi's high-profile trip to Moscow": a journey, and the kinds a visit is named by, VISIT_KINDS)
  { type: 'DIPLOMATIC_VISIT', pattern: new RegExp(String.raw`(?<=\p{L}['’]s\s)(?:(?:[\w]+-day|[\w]+-nation|unannounced|surprise|[Oo]fficial|[Ss]tate|[Ww]orking|${VISIT_KINDS}|first|second|third|fourth|fifth|maiden|landmark|historic|famous|rare|last|latest|previous|recent|forthcoming|upcoming|planned|proposed|reciprocal|return|(?:1[89]|20)\d\d)\s+){0,3}(?:(?:travel|trip|journey|visit|pilgrimage) to|stay in) (?=(?:the )?\p{Lu})|\b(?:his|her|their)\s+(?:(?:recent|first|official)\s+)?visit to (?:attend|take part in|participate in) (?=the )`, 'u') },
  // More movements of the visit class (CAMEO 042/043): "toured Kenya", "made a stop in Hanoi", "came to
  // Washington to meet …", "will be in Tokyo on Thursday for talks" (being somewhere counts only for a stated purpose).
  { type: 'DIPLOMATIC_VISIT', needsPerson: true, pattern: /\b(?:toured|tours|touring|made (?:a |an )?(?:brief |short |surprise )?(?:stop|stopover) in|stopped (?:over )?in|came to|comes to|(?:will be|is|was|are|were) in (?=(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?(?:\s+on\s+\p{Lu}\p{Ll}+day|\s+today|\s+this week)?\s+(?:for|on) (?:talks|meetings|an? (?:[\w-]+ ){0,2}?visit)))\s*(?=(?:the\s+)?\p{Lu})/u },
  // "Macron kicked off a Gulf tour", "Clinton begins tour of sub-Saharan Africa", "Erdogan toured three Gulf nations": a journey
  // through a region, told without its countries, is one trip to several (placed nowhere, as the corpus guide places an itinerary).
  { type: 'DIPLOMATIC_TRIP', needsPerson: true, pattern: REGIONAL_TOUR },
  // "Prime Minister Albanese, who is visiting Japan": a guest met while visiting (named before the words).
  // (also "Minister X, who is in Hanoi to attend the dialogue": a guest there for a stated purpose)
  { type: 'DIPLOMATIC_VISIT', needsPerson: true, pattern: /\bwho\s+(?:is|was|are|were)\s+(?:currently\s+)?(?:visiting|on\s+an?\s+(?:[\w-]+\s+){0,2}visit\s+to|in(?=\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?,?\s+(?:to\s+(?:attend|take\s+part|participate|hold|co-?chair|meet)|for\s+(?:talks|meetings|the\s+\p{Lu}|the\s+(?:[\w-]+\s+){0,3}(?:dialogue|talks|meeting|consultations|summit|conference|session)))\b))\s+(?=(?:the\s+)?\p{Lu})/u },
  // "On his historic trip to Budapest, …", "during my recent trip to Israel": a journey told as the traveller's own noun.
  { type: 'DIPLOMATIC_VISIT', pattern: new RegExp(String.raw`\b(?:his|her|their|my|our)\s+(?:(?:recent|first|last|latest|historic|landmark|${VISIT_KINDS}|surprise|unannounced|planned|upcoming|[\w]+-day|[\w]+-nation)\s+){0,2}(?:trip|journey)\s+to\s+(?=(?:the\s+)?\p{Lu})`, 'u') },
  // "I undertook a political and trade mission to China", "will lead an Enterprise Ireland Trade Mission to South Africa": a
  // mission (or visit, trip, tour) undertaken or led to a place is a journey there.
  { type: 'DIPLOMATIC_VISIT', pattern: /\b(?:undert(?:ook|ake|akes|aking|aken)|lead|leads|led|leading)\s+(?:a|an|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:[Mm]ission|[Vv]isit|[Tt]rip|[Tt]our)\s+to\s+(?=(?:the\s+)?\p{Lu})/u },
  // "held talks with his visiting North Korean counterpart", "with visiting Italian Defence Minister Pinotti": the guest's visit to the host.
  { type: 'DIPLOMATIC_VISIT', guest: true, pattern: /\bvisiting\s+(?=(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:counterpart|President|Prime\s+Minister|Premier|Chancellor|(?:Foreign|Defen[cs]e)\s+(?:Minister|Secretary)|Secretary\s+of\s+State|King|Queen|Emir|Crown\s+Prince|leader)\b)/u },
  // "Visiting Oslo on Tuesday, Secretary General X met with …": a sentence opening on the visit its subject makes (the
  // destination written right after; not a guest named by office: "Visiting President X said").
  { type: 'DIPLOMATIC_VISIT', destination: true, pattern: /^Visiting\s+(?=(?:the\s+)?\p{Lu})/u },
  // "arrived in Washington on Monday", "landed in Beijing": a visitor's arrival is the visit's first day.
  // (also "arrived in the capital Islamabad", "landed in the Serbian capital, Belgrade": the city named after its description)
  { type: 'DIPLOMATIC_VISIT', needsPerson: true, pattern: /\b(?:arrived|landed)\s+in\s+(?:the\s+(?:\p{Lu}[\p{L}-]+\s+)?capital(?:\s+city)?,?\s+)?(?=\p{Lu})/u },
  // "arrived at Auckland International Airport", "landed at Jakarta's Soekarno-Hatta airport": an arrival told by its airport.
  { type: 'DIPLOMATIC_VISIT', needsPerson: true, pattern: AIRPORT_ARRIVAL },
  // "Egypt will send two security delegations to Tel Aviv": a delegation sent is a visit to where it goes.
  { type: 'DIPLOMATIC_VISIT', pattern: DELEGATION_SENT },
  // "In January, I traveled personally to Nigeria": a past journey told outside a trip's itinerary.
  { type: 'DIPLOMATIC_VISIT', pattern: /\b(?:traveled|travelled|went|flew)\s+(?:personally\s+|also\s+|again\s+)?to\s+(?=(?:the\s+)?\p{Lu})/u },
  // "a visit by the President to the UK", "the visit of President X to Stockholm", "the first visit of the Indian minister to
  // Moscow": the visitor between the noun and the destination. The visitor may be an office written out with its country's
  // possessive and its "of"/"for" ("the visit of Norway’s Minister of State for Foreign Affairs to Accra") or a delegation and
  // its leader ("a visit by a high-level delegation led by the Defence Minister of Chile to Lima").
  { type: 'DIPLOMATIC_VISIT', pattern: /\bvisit (?:by|of) (?:the |a |an )?(?:(?:[\p{Lu}][\p{L}.'’-]*|(?:prime\s+|foreign\s+|defen[cs]e\s+)?minister|president|premier|chancellor|king|queen|emir|secretary|(?<=\p{Lu}[\p{L}.'’-]*\s)(?:of|for|and)(?=\s+(?:the\s+)?\p{Lu})|(?:high-level\s+|official\s+|parliamentary\s+|military\s+|trade\s+)?delegation(?:\s+led\s+by(?:\s+the)?)?)\s+){1,10}to (?=(?:the )?\p{Lu})/u },
  // "paid a brief visit here last December", "during the visit here of the minister", "who is here on an official visit": wire
  // copy's "here" is the place of its dateline (placed in `locate`).
  { type: 'DIPLOMATIC_VISIT', pattern: HERE_VISIT },
  { type: 'DIPLOMATIC_VISIT', needsPerson: true, pattern: DESCRIBED_VISIT },
  // A gathering named as a thing, with or without people in the sentence: "the upcoming G20 meeting
  // in Pittsburgh", "the December meeting on climate change", "the Tokyo Conference on Afghanistan",
  // "the six-party talks", "Syria talks in Vienna", "the World Economic Forum", "the EU Council".
  { type: 'MEETING', gathering: true, pattern: GATHERING },
  // "on the sidelines of the G20 Foreign Ministers' Meeting", "on the margins of the ASEAN Ministerial": the named
  // gathering beside which the meetings of the sentence were held is a meeting of its own.
  { type: 'MEETING', gathering: true, pattern: SIDELINES_GATHERING },
  // "the two-day meeting in Reykjavik on October 11-12", "talks in Doha on Monday": a meeting placed by its noun, no one named.
  { type: 'MEETING', gathering: true, placedNoun: true, pattern: PLACED_GATHERING },
  { type: 'MEETING', gathering: true, pattern: ATTENDED_GATHERING },
  // meet/visit/host/talk (CAMEO 04)
  // (a call told in the plural or by the adjective: "held telephone conversations with", "in a telephonic conversation with",
  // "telephonic talks": the trigger ended at "conversation", so its plural never fired)
  { type: 'MEETING', pattern: /\b((?:tele)?phon(?:e|ic) talks?|video (?:call|conference)|videoconference|virtual meeting|exchanged views|convened (?:a |an |the )?(?:[\w-]+ )?(?:meeting|leaders|ministers|talks)|hosted (?=\p{Lu})|received (?:visiting )?(?=\p{Lu})|held (?:a |the )?(?:\w+ )?rounds? of talks|hosts (?=\p{Lu})|welcomed (?=\p{Lu}\p{Ll}+ (?:President|Prime|Chancellor|Minister|King|\p{Lu}))|met(?! (?:with )?(?:(?:its|their|the|all|his|her|our|these|those|this|that|such|strong|fierce|stiff|widespread|some|much|little|no|an?) |\p{Lu}[\p{L}.-]*['’]s )?(?:[\w-]+ ){0,2}(?:targets?|goals?|requirements?|demands?|needs|criteria|deadlines?|obligations?|standards?|expectations?|conditions?|commitments?|thresholds?|benchmarks?|quotas?|criticism|opposition|resistance|scepticism|skepticism|outrage|anger|condemnation|derision|dismay|approval|applause|silence)\b)|meets?(?= with| again| on| in| at| for|[,.]| [A-Z])(?! \p{Lu}[\p{L}.-]*['’]s (?:[\w-]+ ){0,2}(?:targets?|goals?|requirements?|demands?|needs|criteria|deadlines?|obligations?|standards?|expectations?|conditions?|commitments?|thresholds?|benchmarks?|quotas?)\b)|meeting|held talks|hold talks|talks with|bilateral talks|(?:tele)?phone call|[Cc]all with|had a (?:\w+ )?call|spoke (?:(?:today|yesterday|on \p{Lu}\p{Ll}+day) )?(?:by phone |on the phone )?(?:with|to)|spoke by phone|spoke (?:by |over the |on the )(?:tele)?phone|(?:tele)?phon(?:e|ic) conversations?|sat down with|(?:during|in|on) (?:a|an|the|their|his|her) (?:\w+ )?call\b|conferred (?:with|by)|courtesy call|talked (?:by (?:tele)?phone )?(?:with|to)|phoned (?=\p{Lu})|(?:held|had|conducted) (?:\w+ )?(?:discussions|consultations) with|held (?:a |an )?(?:[\w-]+ )?meeting with|Dialogue|dialogue with|ministerial(?![ -](?:statements?|releases?|level|visits?|travel|posts?|portfolios?|reshuffles?|responsibilit(?:y|ies)|salar(?:y|ies)|cars?|residences?)\b)|(?<!(?:news|press) )conference on|joint press (?:availability|conference)|(?<=\p{Lu}[\p{L}'’-]*\s)Meeting|session of the (?:UN |United Nations )?General Assembly|(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural|annual|joint|extraordinary|special|regular) session of the (?:[\p{L}()-]+ ){0,5}?(?:[Cc]ouncil|[Cc]ommission|[Cc]ommittee)|(?:lead|leads|led|leading|head|heads|headed|heading) (?:an?|the|his|her) (?:[\w.-]+ ){0,3}delegation to the (?:[\p{Lu}][\p{L}’'-]* ){1,8}?(?:Meeting|Conference|Negotiating Body|Session|Talks|Forum|Assembly|Ministerial|Dialogue|Negotiations)|(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|next|final|latest) rounds? of (?:talks|negotiations)|continue (?:their|the|these|those) (?:discussions|talks|consultations)(?= (?:on|in|at|tomorrow|next|later)\b))\b/u },
  // announce/state (CAMEO 01 "make public statement")
  { type: 'STATEMENT', pattern: /\b(in an? (?:(?:press|written|brief|short|separate|televised|formal|official|new|strongly[- ]worded) )?statement|according to (?:a|the) (?:\w+ )?statement|(?:said|stated|announced|noted|added) in (?:a|an|its|his|her|their) (?:\w+ )?(?:press release|news release|communiqu[ée]|statement)|[Ii]n an? (?:[\w-]+ ){0,2}interview (?:with|on|to)|(?:said|says) in (?:written |separate |joint )?statements|issued a statement|said in a statement|(?:released|issued|made|delivered|published|put out) (?:a |his |her |their |its )?(?:written |short |brief |separate |press |formal |official )?statement|(?:released|issued|published|put out) (?:a |an )?(?:press|news|media) release|(?:press )?statements? (?:and [\w-]+ )?(?:(?:was|has been) )?(?:released|issued|published|made|taken) (?:today )?(?:by|on|late|early|earlier)|tweet(?:ed|s)?|told reporters|remarks (?:by|at|to|on)|press briefing|(?:give|gave|gives|deliver|delivered|delivers|make|made) (?:a |his |her )?(?:\w+ )?speech|in a speech|said:$|said in (?:a|an|his|her|their) (?:\w+ ){0,2}(?:address|interview))/iu },
  // "The Russian Defence Ministry said on Monday", "The Kremlin said on Tuesday": a state organ's word on a written day.
  // "her office said on Wednesday", "Downing Street said on Monday": a leader's office speaks for them.
  // "the Kremlin's press service reported on Monday", "the defence ministry reported on Tuesday": an organ reports its own state's news, its word of that day.
  { type: 'STATEMENT', needsDate: true, organSaid: true, pattern: /(?<=\b(?:[Mm]inistry|[Ss]pokes(?:man|woman|person)|Kremlin|[Mm]ilitary|[Aa]rmy|Pentagon|White House|State Department|Joint Chiefs of Staff|[Ee]mbassy|[Cc]ommand|[Oo]ffice|[Pp]ress [Ss]ervice|Downing Street|Élysée(?: Palace)?|Elysee(?: Palace)?|Blue House|Kantei)\s)(?:said|reported)(?=\s+(?:on\s+|late\s+|early\s+)?(?:\p{Lu}\p{Ll}+day|today|yesterday)\b(?!['’]s))/u },
  // "The army has stated publicly that …", "the foreign ministry condemned the launch", "a government
  // spokesperson warned": a state organ's word in a verb of the comment class (CAMEO 01, 11, 12), told
  // in the past (the document's own voice speaks in the present: "The United States condemns …").
  // "In a joint statement issued on Monday, the leaders …", "issued a joint communiqué": governments' words together.
  { type: 'STATEMENT', joint: true, pattern: /\b(?:[Ii]n|issued|released|adopted|published) (?:a |an |the |their )?joint (?:press )?(?:statement|communiqu[ée])\b/u },
  // "Foreign Minister Iwaya said on Monday that …", "Hayashi told a news conference on Tuesday": an office
  // holder's reported word on a written day (undated, a quote's attribution is too common to be news of its own).
  { type: 'STATEMENT', needsOfficial: true, needsDate: true, pattern: /\b(?:said|stated|declared|warned|condemned|welcomed|told (?:a |the )?(?:news|press) (?:conference|briefing))(?=\s+(?:on\s+|late\s+|early\s+)?(?:\p{Lu}\p{Ll}+day|today|yesterday|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d)\b(?!['’]s))/u },
  { type: 'STATEMENT', organ: true, pattern: /(?<=\b(?:[Mm]inistry|Kremlin|[Mm]ilitary|[Aa]rmy|[Jj]unta|Pentagon|White House|State Department|Foreign Office|[Ee]mbassy|[Gg]overnment spokes(?:man|woman|person)|[Pp]residential [Oo]ffice|[Pp]residency)\s+(?:(?:has|had)\s+)?(?:also\s+)?)(?:stated|declared that|condemned|denounced|warned|welcomed|rejected|protested|issued a (?:\w+ )?statement)(?=\s)/u },
  // Reported speech without the word "statement" is a statement only when an office holder is its
  // speaker, named right before the verb: "Prime Minister Sharaf's call for an investigation",
  // "spokesperson Marie Harf noted that", "Defence Secretary Ben Wallace said: “…" opening a quoted
  // statement that runs over paragraphs (a quote closed in its sentence is blanked out before matching). Every quote in a news story has a speaker; an official's words
  // reported by a release or a briefing are the news.
  { type: 'STATEMENT', needsOfficial: true, pattern: /(?<=['’]s )(?:calls? (?:for|on)|appeal (?:to|for))|\b(?:noted that|stated publicly|publicly stated|said:(?=\s*["“]))/u },
  // "Foreign Minister X told Europe 1 radio on Wednesday", "Mr Y told AFP news agency": an office holder's words given to a named outlet.
  { type: 'STATEMENT', needsOfficial: true, toPress: true, pattern: MEDIA_TOLD },
  // More happenings the corpus annotates as OTHER, told by verbs and nouns (CAMEO 03, 05–08, 16):
  // aid given or pledged, captives freed, votes and ratifications, ties established or cut, envoys
  // expelled or recalled, measures lifted or suspended, proposals accepted, withdrawals, evacuations.
  // A peace deal, agreement or plan is one, not peace talks (session 42): talks are a meeting when held (GATHERING) or a process
  // named in passing ("for hosting the peace talks", "reports of potential peace talks did not yield a breakthrough").
  {
    type: 'OTHER',
    pattern: /\b(?:(?:announced|approved|pledged|provided|sent|delivered|committed|unveiled) (?:an? |the )?(?:additional |new |further |emergency )?(?:(?:US|U\.S\.|A|AU|C)?\$[\d.,]+ ?(?:million|billion|bn|m)? (?:in |of |worth of )?)?(?:humanitarian|military|security|economic|financial|emergency|development|budget) (?:aid|assistance|support)|(?:aid|assistance|support) package|(?:hostages|prisoners|detainees|captives) (?:were|was|have been|had been) (?:released|freed)|(?:released|freed) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|the|all|several) (?:[\w-]+ )?(?:hostages|prisoners|detainees|captives)|prisoner (?:exchange|swap)|voted (?:to(?! impeach)|in favou?r|against|on)|(?:parliament|[Ll]awmakers|legislature|Senate|Congress|National Assembly|Security Council|Diet|Bundestag) (?:approved|passed|ratified|rejected|endorsed)|(?:ratified|ratification of) (?:the |a |an )?|(?:established|restored|normali[sz]ed|severed|cut|broke off) (?:full |formal )?(?:diplomatic )?(?:relations|ties)|expelled (?:\w+ ){0,3}(?:diplomats|ambassador|envoys?)|recalled (?:its|their|his|her) (?:\w+ )?(?:ambassador|envoy)|(?:lifted|eased|suspended|extended|renewed|tightened) (?:the |its |their |all )?(?:[\w-]+ ){0,2}(?:sanctions|embargo|ban|restrictions|export controls)|(?:accepted|approved|endorsed) (?:the |a |an )?(?:[\w.’'-]+ ){0,3}(?:proposal|peace plan|deal)|peace (?:deal|agreement|plan)|withdr(?:ew|awn|awal of) (?:its |their |the )?(?:[\w-]+ ){0,2}(?:troops|forces|soldiers)|withdr(?:ew|awn) from (?:the )?(?:[\w-]+ ){0,4}(?:[Tt]reaty|[Aa]greement|[Aa]ccord|deal)|evacuat(?:ed|ion of) (?:\w+ ){0,3}(?:citizens|nationals|civilians|residents|staff|personnel)|humanitarian (?:corridor|pause)|(?:was|were|been) (?:convicted|indicted|charged|acquitted|pardoned|extradited)|asset freezes?|froze (?:the )?(?:[\w-]+ )?assets)\b/u,
  },
  // "deployed additional troops to", "the deployment of two carrier strike groups": forces moved as a military act.
  // Within another action's sentence ("held drills around the island, deploying warships") it is part of that action.
  { type: 'MILITARY_ACTION', alone: true, pattern: /\b(?:deployed|deploying|deployment of|dispatched|sent) (?:an? |the |its |their )?(?:additional |more |extra )?(?:(?!by )[\w-]+ ){0,3}(?:troops|forces|soldiers|warships|destroyers|fighter jets|aircraft carriers?|carrier strike groups?|bombers|air defen[cs]e systems?|missile batteries)\b/u },
  // strike/attack/launch, and seize power (CAMEO 18–20; coups are military actions in the corpus guide)
  // (power "taken" by an army, a junta or rebels, or by force, not a king's or an elected leader's accession; no offensive
  // weapons, no fight against a disease or a vice)
  { type: 'MILITARY_ACTION', pattern: /\b((?:missile|drone|rocket|terrorist|bomb|suicide|deadly|armed|air|artillery|mortar|massive|brutal|heinous|cowardly|horrific|barbaric|cross-border|large-scale)(?: and (?:missile|drone|rocket))? attacks?|attacks? (?:carried out|launched|conducted)|(?:carried out|conducted) (?:an? |the )?(?:[\w-]+ ){0,2}(?:attacks?|strikes?|raids?|bombardments?)|seizure of power|(?:seized|seize|seizes|seizing) power|(?:seized|seize|seizes|seizing|took|take|taken|taking) control of (?:the )?(?:city|town|capital|government|country)|(?<=\b(?:military|army|armed forces|junta|soldiers|troops|officers|rebels|militants|insurgents|Taliban|generals?|putschists|mutineers)\b[^.;]{0,40})(?:took|take|taken|taking) power|(?:took|take|taken|taking) power (?=by force|in an? (?:military )?(?:coup|putsch))|military takeover|unconstitutional (?:seizure|change|transfer) of (?:power|government)|launched (?:a |an )?(?:[\w-]+ ){0,3}(?:drones|rockets|missiles)|(?:drone|rocket|mortar|artillery) (?:strikes?|fire|barrages?)|bombardments?|incursions?|(?:ongoing |heavy |renewed |intense |fierce )?fighting (?:in|between|around|near)|(?<!cessation of )hostilities (?:between|in|against)|assassinat(?:ed|ion)|(?:conducted|carried out) (?:a |an |its )?(?:[\w-]+ )?(?:nuclear|missile|weapons?) tests?|nuclear tests?|(?<=(?:were|was|been|being) )killed (?:by|when|during|after)|stormed|military drills|drills|military exercises|joint military exercises|joint exercises|the exercises|offensive(?! (?:weapons|arms|capabilit(?:y|ies)|systems|missiles|potential|cyber\w*))|invasion|invaded|invade|airstrikes?|air strikes?|missile strikes?|strikes? (?:on|against|in|targeting)|(?<!\bsalutes? (?:was |were |is |are |had been |has been |being ))fired(?! up\b| (?:his|her|its|their|the|a|an) (?:[\w-]+ ){0,2}?(?:spokes\w+|ministers?|chief|head|director|coach|manager|staff|employees|workers|advisers?|aides?|officials?|CEO)\b| (?:[\w-]+ )?(?:tear ?gas|teargas|rubber bullets|stun grenades|pepper spray|flares)\b| (?:an? |the )?(?:[\w-]+ )?salutes?\b)|shelled|shelling|bombarded|bombed|bombing|(?<!\b(?:deal|agreement|accord|bargain|compromise|pact)s? (?:is |was |were |be |been |being |has been |had been |could be |can be )?)struck(?! (?:an? |the )?(?:[\w-]+ ){0,2}?(?:deal|agreement|accord|tone|note|chord|balance|bargain|compromise|pact|blow|pose|nerve)s?\b| down\b)|raided|launched (?:a |an )?(?:attack|strike|missile|offensive|raid)|(?:ballistic |cruise )?missile launch(?:es)?|launched (?:an? |two |three |several )?(?:\w+ )?(?:ballistic )?missiles?|attacks? (?:on|against|in)|terrorist attacks?|killed in|coup(?: d['’]état)?(?!\s+leaders?\b)|coup attempt|seized power|ous(?:ted|ter)|overthr(?:ew|own)|mutiny|military operations|shot down|harass(?:ed|ing)|bomb attacks?|chemical weapons? (?:attack|use)|use of chemical weapons|launch(?:es|ed)? (?:an? )?(?:\w+[- ])?(?:range )?(?:ballistic )?missile|battle of|liberation of|launch(?:es)? of (?:an? |two |three |several )?(?:[\w-]+ ){0,3}missiles?|attack(?:ed|s)? (?:by|on|against)|(?<!if |be |been |being |are |is )attacked(?! (?:the |his |her |their |its )?(?:[\w-]+ ){0,2}?(?:proposals?|plans?|polic(?:y|ies)|bills?|budget|decisions?|remarks|comments|ideas?|reports?|critics|media|press|record|rivals?|ruling|law|reforms?|opponents?|statements?|stance)\b)|conflict raged|ongoing (?:conflict|war)|civil war|launch(?:ed)? (?:this|the|a) war|(?<!(?:tariff|trade|price|currency|culture) )war (?:with|imposed)|invasion of|aggression|provocations|military activit(?:y|ies)|(?:operations?|strikes?) against|fight against(?! (?:the )?(?:[\w-]+ )?(?:AIDS|HIV|cancer|diseases?|pandemics?|COVID(?:-19)?|coronavirus|malaria|tuberculosis|poverty|hunger|corruption|climate change|inflation|drugs?|crime|disinformation|impunity|discrimination|racism|inequality|money laundering|terrorism|(?:violent )?extremism|radicali[sz]ation)\b)|attacks? at|counter-\w+ campaign|effort to depose|deposed?|resort to violence|introduction of (?:additional )?(?:\w+ )?(?:forces|troops)|exchanged (?:gun|artillery )?fire|(?<=(?:troops|forces|soldiers|fighters|militants|rebels)\s)clashed|ambush(?:ed)?|ground (?:operation|offensive|assault|incursion)|drone strikes?|drones? (?:hit|struck|attacked)|(?:hit|struck) (?:an? |the )?(?:\w+ )?(?:refinery|depot|base|convoy|airfield|targets?|positions?))\b/i },
  // agree/sign and other happenings with no type of their own (CAMEO 03, 05, 06): ceasefires, signed
  // accords, resolutions, arrests, decisions, laws; the corpus annotates them as OTHER.
  // (negotiations only as a process completed, broken off, suspended or failed, "welcomed the completion of negotiations on the
  // framework", "decided to suspend negotiations on joining the EU", "after negotiations … proved fruitless"; session 45: the
  // bare noun, "any negotiations", "the current negotiations", "as part of broader procurement negotiations", names a topic or a
  // process, and talks held are the meeting rules')
  // (a resolution cited as a yardstick is no happening unless its adoption is told: "a settlement in line with resolution 2254",
  // "a violation of resolution 2118"; "under resolution 2401, adopted in February" is one)
  { type: 'OTHER', pattern: /\b((?:imposed|imposes|imposing|impose|announced|announcing|levied) (?:new |additional |further |targeted |sweeping |financial |economic )*(?:[\w-]+ )?sanctions|sanctions (?:on|against)|visa restrictions|designat(?:ed|es|ing) (?:[\w-]+ ){0,5}as (?:a |an )?(?:Foreign |Specially |global )?[Tt]errorist|signed (?:an? |the )?(?:executive order|law|bill|decree|proclamation)|[Ee]xecutive [Oo]rder \d+|(?:were|was|been|being) (?:arrested|detained|jailed|imprisoned|sentenced)|(?:arrested|detained|jailed) (?:opposition|the|at least|more than|dozens|hundreds|\d+)|resign(?:ed|s|ation)|(?:was|were|been|be|is) sworn in|inaugurat(?:ed|ion)|reached (?:an? |the )?(?:[\w-]+ ){0,2}(?:agreement|deal|accord)|adopted (?:a |the )?(?:[\w-]+ )?resolution|suspended the constitution|dissolved (?:the )?(?:parliament|National Assembly|legislature|government)|[Ss]tate of [Ee]mergency|curfew|ceasefire|cease-fire|cessation of hostilities|truce|(?:signed|signing of|sign|signs|reaffirmed) (?:a |an |the )?(?:[\w-]+ ){0,6}?(?:Agreement|Accord|Declaration|Action Plan|[Tt]reaty|[Aa]greement|[Aa]ccord|[Mm]emorandum)|(?<!(?:in line with|in accordance with|in keeping with|consistent with|compliance with|pursuant to|violation of|violations of|breach of|breaches of|under) )(?:resolution|UNSCR) \d+|(?:resolution|UNSCR) \d+(?=[^.;]{0,40}?\b(?:adopted|passed|approved)\b)|arrests? of|detentions?|abduction|abducted by|release of (?:the )?(?:hostages|prisoners|detainees)|commemorat(?:e|es|ed|ing|ion)|celebration of|decision (?:not )?to|passage of|(?:legislation|law) (?:criminaliz|banning|to )|elevated to|intimidation|(?:completion|conclusion|collapse|breakdown|failure|suspension) of (?:the )?(?:[\w-]+ ){0,3}?negotiations|(?:suspend|suspends|suspended|suspending|finali[sz]ed|finali[sz]ing|completed|completing|broke off|breaking off|halted|froze) (?:the |its |their |all )?(?:[\w-]+ ){0,2}?negotiations|negotiations (?:[\w-]+ ){0,8}?(?:failed|collapsed|broke down|proved fruitless)|publication of)\b/ },
  // The crisis classes by meaning, every inflection (crisis-lexicon.ts): wordings the rules above do not
  // cover; where those already tell the sentence's happening of the type, these add nothing.
  { type: 'MILITARY_ACTION', more: true, pattern: MILITARY_WORDINGS },
  // An exercise told by its name ("the annual Balikatan exercises", "Ulchi Freedom Shield joint military exercises"): a military
  // action, as the written-here articles have it; partners' unnamed joint exercises are OTHER (happenings.ts, session 33).
  { type: 'MILITARY_ACTION', more: true, pattern: NAMED_EXERCISE },
  // A war named in passing by where or whom it is fought (crisis-lexicon.ts): "the war in Ukraine", "the Russia-Ukraine war".
  { type: 'MILITARY_ACTION', more: true, pattern: WAR_NAMED },
  // The diplomatic classes by meaning, every tense (diplomacy-lexicon.ts): "will host", "speaks with",
  // "called President X", "arrives in", "travels to", an official's "urged restraint" on a written day.
  { type: 'MEETING', more: true, pattern: MEETING_WORDINGS },
  // "President Macron and President Biden spoke on September 22": two people named together who spoke on a written day spoke
  // with each other (a call); one speaker who "spoke on Monday" gave a speech (`pair`: two people named before the verb).
  { type: 'MEETING', more: true, pair: true, pattern: /\b(?:spoke|talked)\b(?=,?\s+(?:on\s+(?:\p{Lu}|\d)|today\b|yesterday\b|earlier\s+today\b|this\s+(?:morning|afternoon|evening)\b))/u },
  // "The foreign ministry summoned the Chinese ambassador": a meeting even with no person named.
  { type: 'MEETING', anyone: true, pattern: SUMMONED_ENVOY },
  // "the talks between Russia and Turkey", "Sino-Russian talks", "Greece was negotiating with Israel": two states' talks, no one named.
  { type: 'MEETING', anyone: true, pattern: STATE_TALKS },
  { type: 'DIPLOMATIC_VISIT', more: true, needsPerson: true, pattern: ARRIVAL_WORDINGS },
  { type: 'DIPLOMATIC_VISIT', more: true, needsPerson: true, pattern: JOURNEY_WORDINGS },
  { type: 'DIPLOMATIC_VISIT', more: true, needsPerson: true, pattern: VISIT_WORDINGS },
  { type: 'DIPLOMATIC_VISIT', more: true, needsPerson: true, destination: true, pattern: VISITED_PLACE },
  // "Prime Minister X yesterday reached Manila", "reaches Beijing on Monday": an arrival told by "reach" with a place as its object
  // (`destination`: "reached an agreement", "reached Chinese officials" tell none).
  { type: 'DIPLOMATIC_VISIT', more: true, needsPerson: true, destination: true, pattern: /\b(?:reached|reaches|reaching)\s+(?=(?:the\s+)?\p{Lu})/u },
  { type: 'STATEMENT', more: true, needsOfficial: true, needsDate: true, pattern: COMMENT_WORDINGS },
  // "Japan condemned the launch on Monday", "The European Union welcomed the agreement on Tuesday": a state or a body of states speaking on a written day.
  { type: 'STATEMENT', more: true, needsDate: true, stateSpeaker: true, pattern: STATE_COMMENT },
  // "Indonesia said on Monday", "The Kremlin on Tuesday said": a state's dated word, read on its own (the older "said on
  // <day>" rules want an office holder or an organ); one statement a sentence with those.
  { type: 'STATEMENT', needsDate: true, stateSpeaker: true, stateSaid: true, pattern: STATE_SAID },
  // "Foreign Secretary X condemned the attack", "The State Department deplored …", "President Y called for calm": an
  // official's or an organ's reported words, undated too (CAMEO 01, 02, 05, 10–13); one statement a sentence.
  { type: 'STATEMENT', more: true, reported: true, pattern: REPORTED_COMMENT },
  // "Secretary-General X is calling for …", "Chairperson Y strongly condemns the arrests": the same words in the present of news
  // style, outside a government's own publication (whose present is its own voice).
  { type: 'STATEMENT', more: true, reported: true, present: true, pattern: REPORTED_COMMENT_NOW },
  // "Kim said", "“…,” said Gen. Jane Doe", "Lee Jae-myung called the declaration “…” and said", "China's foreign ministry
  // said": a named speaker's (or a state organ's) words, dated or not, as the corpus guide annotates every reported
  // speech act; one statement a sentence, one a speaker and day once merged (statements.ts).
  { type: 'STATEMENT', said: true, pattern: SAYING },
  // "Minister Ito stressed that …", "Ito was quoted as saying", "According to Prime Minister Ito, …": a person's words by other
  // wordings of saying (statements.ts), read only with the person found by name.
  { type: 'STATEMENT', said: true, saidByName: true, pattern: REPORTING },
  // "— Jane Doe (@janedoe) August 3, 2018": an embedded post's signature, its author's words on the day it gives (the page
  // quotes the post above it), read only with the author found by name.
  { type: 'STATEMENT', said: true, saidByName: true, pattern: POST_SIGNATURE },
  // "delivered remarks at the embassy", "addressed the National Assembly": words given in a speech.
  { type: 'STATEMENT', more: true, pattern: SPEECH_WORDINGS },
  // "sparked condemnation from the African Union", "triggered criticism from the US": a reaction told as a noun, its speakers after "from".
  { type: 'STATEMENT', more: true, pattern: REACTION_DRAWN },
  { type: 'ANNOUNCEMENT', pattern: ANNOUNCEMENT_WORDINGS },
  // "it was announced on Friday", "The purchase was first announced on October 20, 2016": made public on a written day, no announcer named.
  { type: 'ANNOUNCEMENT', needsDate: true, pattern: ANNOUNCED_ON },
  // "appeared on state television", "in a televised address", "Statement No. 1 was broadcast": words made known on air.
  { type: 'ANNOUNCEMENT', pattern: BROADCAST_WORDINGS },
  // "The electoral board declared Jane Doe the winner on Sunday", "the commission confirmed the final results": a vote's
  // outcome made public, an announcement (statements.ts), read only in a text that tells of a vote.
  { type: 'ANNOUNCEMENT', more: true, results: true, pattern: RESULT_DECLARED },
  { type: 'OTHER', more: true, pattern: OTHER_WORDINGS },
  // Happenings named in passing by class (happenings.ts): offices taken or lost, trials, disasters, materiel handed over, occasions, dated decisions.
  { type: 'OTHER', more: true, pattern: HAPPENING_WORDINGS },
  { type: 'PROTEST', more: true, pattern: PROTEST_WORDINGS },
  { type: 'ELECTION', more: true, pattern: ELECTION_WORDINGS },
];

/** "met … on the sidelines of the G20 summit": a bilateral meeting beside the summit, not the summit itself. */
const SIDELINES = /\b(?:on|at) the (?:sidelines|margins?) of\b/i;

/** A day written as a vote's name ("the October 11 poll", "the 25 February presidential election"). */
const VOTE_NAMED_BY_DAY = /^(?:,?\s+\d{4})?\s+(?:[\p{L}-]+\s+){0,2}?(?:elections?|polls?|votes?|ballots?|run-?offs?|referendum)\b/iu;

/** The families whose happenings a capacity, a readiness or an aim told before their words rules out (ABILITY_OR_AIM). */
const ABILITY_GATED = new Set<EventType>(['MILITARY_ACTION', 'OTHER', 'IMPEACHMENT', 'MARTIAL_LAW']);

/** Meeting triggers that tell a call (telephone, video), which has no place of its own. */
// (not a call paid on someone in person: "paid a call on the President", "a courtesy call"; "called up Modi" is a call)
const CALL = /\b(?:(?:tele)?phon\w*|(?<!courtesy |paid a |pays a |pay a |paying a )call(?!s? on\b)|call(?:s|ed|ing)\s+up(?=\s)|call(?:s|ed|ing)\s+(?=[^.;]{0,80}?\bto\s+(?:congratulate|concede|offer|express|convey|inform|thank|wish|brief|assure|extend|apologi[sz]e)\b)|video|videoconference|virtual)\b/i;
/**
 * A round of calls a sentence announces ("received messages of congratulations … during a round of telephone calls on Sunday",
 * "took the calls at his residence", "made a series of phone calls to leaders"): the talks told in the next sentences ("He
 * conducted discussions with President A", "He also had discussions with B, C and D") are those calls.
 */
const CALLS_ANNOUNCED = /\b(?:(?:round|series|number|flurry|spate)\s+of\s+(?:(?:tele)?phone\s+|congratulatory\s+)?calls|(?:took|received|made|placed|held|had)\s+(?:the\s+|these\s+|those\s+|several\s+|many\s+|numerous\s+)?(?:(?:tele)?phone\s+|congratulatory\s+)?calls|(?:tele)?phone\s+calls)\b/i;
/** How many sentences after an announced round of calls its talks may be told. */
const CALLS_REACH = 3;
/** Talk words, which a call tells as well as a sitting (not "met", "hosted", "visited": those are in person). */
const TALKED = /\b(?:discussions|consultations|conversations?|spoke|speaks?|talk(?:s|ed)?|exchanged\s+views|conferred)\b/i;
/** A call's medium written after its talk words, in their clause ("spoke with X on 28 April via telephone", "talked by video link"). */
const MEDIUM_AFTER = /^[^.;:]{0,120}?\b(?:via|by|over\s+the|on\s+the)\s+(?:(?:tele)?phone|video(?:\s*link|\s*conference)?)\b/i;
/**
 * A meeting told by talk words that are a call: its medium written after them, or a round of calls announced a few sentences
 * before and no place written with the talks ("… during a round of telephone calls on Sunday. ¶ The President had discussions
 * with A, B and C"). Held nowhere, on the announced day when the talks name none.
 */
function callTold(frame: SentenceFrame, occurrence: Occurrence, draft: Draft): boolean {
  const { match } = occurrence;
  if (!TALKED.test(match[0]) || CALL.test(match[0])) return false;
  if (MEDIUM_AFTER.test(frame.unquoted.slice(match.index + match[0].length))) return true;
  return frame.callsAnnounced !== undefined && !draft.placed;
}


/** A headline naming the publication as an office's or a government's reaction ("Minister for Africa condemns Boko Haram attacks", "FCDO statement on …"). */
const REACTION_HEADLINE = /\b(?:[Ss]tatement|condemns|welcomes|urges|calls\s+for|deplores|congratulates|responds\s+to|reacts\s+to)\b/u;
/** A publication telling of itself: "The Foreign Office has issued a statement following …", "issued the following statement". */
const SELF_ISSUED = /\b(?:has|have)\s+(?:today\s+)?issued\s+(?:a|the\s+following)\s+(?:[\w-]+\s+)?statement\b|\bissued\s+the\s+following\s+statement\b/i;
/** Crowds and votes are placed, when no place is written for them, by the country named nearest to their words in the sentence. */
const NEAREST_PLACED = new Set<EventType>(['PROTEST', 'ELECTION']);
/** Military actions and OTHER happenings are news even when told without a date or a place ("Putin's invasion of Ukraine", "a ceasefire"). */
const KEEP_UNPLACED = new Set<EventType>(['MILITARY_ACTION', 'OTHER']);
/**
 * Protests named as such in the plural ("following months of mass protests", "sparked protests", "the unrest") are referenced
 * happenings the corpus guide annotates, with or without a date or a place; a verb alone ("workers march in step") is not.
 */
const PROTESTS_NAMED = /\b(?:protests|demonstrations|unrest)\b/i;
/**
 * A seat of government a gathering is held at stands for its state's ground: "met … at the
 * Pentagon", "talks at the Kremlin" (prisma/reference/state-organizations.json; as places, never
 * country mentions).
 */
const SEATS: [RegExp, string][] = Object.entries(stateOrganizations.organizations as Record<string, string[]>).flatMap(([code, names]) =>
  names.map((name) => [new RegExp(`\\b(?:at|in|to)\\s+(?:the\\s+)?${escapeRegExp(name)}(?![\\p{L}])`, 'u'), code] as [RegExp, string]),
);

/** A head of state's or government's residence or office named by its common name, which every state may have ("at State House", "at the Presidential Palace"). */
const RESIDENCE_AT = /\bat\s+(?:the\s+)?(?:State\s+House|Government\s+House|[Pp]residential\s+(?:[Pp]alace|[Rr]esidence|[Oo]ffice)|[Rr]oyal\s+[Pp]alace)\b/u;

/** An office's own residence or office named after it: "at the Prime Minister's Official Residence", "in the President's office". */
const OFFICE_RESIDENCE = /\b(?:at|in)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:of\s+the\s+)?(Prime\s+Minister|President|Chancellor|Premier)['’]s\s+(?:[Oo]fficial\s+)?(?:[Rr]esidence|[Oo]ffice|[Pp]alace)\b/u;

/**
 * A few well-known state venues where leaders receive their guests, which place a meeting or a welcome in their state though
 * they are no organ and no country mention ("talks at the Great Hall of the People", "met at Hyderabad House").
 */
const STATE_VENUES: [RegExp, string][] = (
  [
    ['CN', 'Great\\s+Hall\\s+of\\s+the\\s+People|Diaoyutai(?:\\s+State\\s+Guest\\s*house)?'],
    ['IN', 'Hyderabad\\s+House|Rashtrapati\\s+Bhavan'],
    ['JP', 'Akasaka\\s+(?:Palace|State\\s+Guest\\s*house)'],
    ['US', 'Oval\\s+Office|Camp\\s+David'],
    ['GB', 'Chequers'],
    ['ES', 'Moncloa(?:\\s+Palace)?'],
    ['IT', 'Palazzo\\s+Chigi|Quirinale?(?:\\s+Palace)?'],
    // Official residences and seats of heads of state and government (their common English and own-language names).
    ['AR', 'Casa\\s+Rosada|Quinta\\s+de\\s+Olivos'],
    ['NG', 'Aso\\s+(?:Rock(?:\\s+(?:Presidential\\s+)?Villa)?|Villa)'],
    ['ZA', 'Union\\s+Buildings|Tuynhuys|Mahlamba\\s+Ndlopfu'],
    ['PH', 'Malaca[ñn]ang(?:\\s+Palace)?'],
    ['AU', 'The\\s+Lodge|Kirribilli\\s+House'],
    ['CA', 'Rideau\\s+Hall|24\\s+Sussex(?:\\s+Drive)?'],
    ['NZ', 'Premier\\s+House'],
    ['DE', '(?:Schloss\\s+)?Bellevue(?:\\s+Palace)?|Federal\\s+Chancellery|Kanzleramt'],
    ['FR', '(?:Hôtel\\s+de\\s+)?Matignon'],
    ['ID', '(?:Merdeka|Bogor)\\s+Palace|Istana\\s+(?:Merdeka|Bogor)'],
    ['MY', 'Perdana\\s+Putra|Seri\\s+Perdana'],
    ['TR', 'Beştepe|Dolmabah[çc]e(?:\\s+(?:Palace|(?:Presidential\\s+)?Office))?|Vahdettin\\s+(?:Pavilion|Mansion)|[ÇC]ankaya\\s+Palace'],
    ['SA', 'Al[-\\s]Yamamah(?:\\s+Palace)?|Al[-\\s]Salam\\s+Palace|Irqah\\s+Palace'],
    ['AE', 'Qasr\\s+Al[-\\s]Watan|Qasr\\s+Al[-\\s]Shati|Al[-\\s]Shati\\s+Palace'],
    ['KW', 'Bayan\\s+Palace|Seif\\s+Palace'],
    ['EG', '(?:Al[-\\s])?Ittihadiya(?:\\s+Palace)?|Heliopolis\\s+Palace'],
    ['VE', 'Miraflores(?:\\s+Palace)?|Palacio\\s+de\\s+Miraflores'],
    ['CL', '(?:Palacio\\s+de\\s+)?La\\s+Moneda(?:\\s+Palace)?'],
    ['CO', 'Casa\\s+de\\s+Nari[ñn]o'],
    ['BR', '(?:Planalto|Alvorada)\\s+Palace|Pal[áa]cio\\s+d[oa]\\s+(?:Planalto|Alvorada)'],
    ['MX', 'Los\\s+Pinos'],
    ['UA', 'Mariinsky\\s+Palace'],
    ['AT', 'Hofburg(?:\\s+Palace)?'],
    ['PT', '(?:Bel[ée]m|S[ãa]o\\s+Bento)\\s+Palace'],
    ['ES', 'Zarzuela(?:\\s+Palace)?'],
    ['IE', 'Farmleigh(?:\\s+House)?|[ÁA]ras\\s+an\\s+Uachtar[áa]in'],
    ['GB', 'Buckingham\\s+Palace|Windsor\\s+Castle|Lancaster\\s+House'],
    ['US', 'Blair\\s+House'],
    ['RU', 'Novo-Ogaryovo|Bocharov\\s+Ruchei|Konstantinovsky\\s+Palace'],
    ['PK', 'Aiwan-e-Sadr'],
    ['BD', 'Ganabhaban|Bangabhaban'],
    ['KZ', 'Ak\\s*orda'],
    ['SO', 'Villa\\s+Somalia'],
    ['ET', '(?:Menelik|Jubilee)\\s+Palace'],
    ['TN', 'Carthage\\s+Palace'],
    ['DZ', 'El\\s+Mouradia'],
    ['ML', 'Koulouba'],
  ] as [string, string][]
).map(([code, names]) => [new RegExp(`\\b(?:at|in|to)\\s+(?:the\\s+)?(?:${names})(?![\\p{L}])`, 'u'), code]);

function seatIn(clause: string): string | null {
  return SEATS.find(([pattern]) => pattern.test(clause))?.[1] ?? STATE_VENUES.find(([pattern]) => pattern.test(clause))?.[1] ?? null;
}

const TRAVEL_VERB = /\b(travel(?:s|ing|led|ed)?|visit(?:s|ing|ed)?|fly(?:ing)?|flies|flew|head(?:s|ing|ed)?|arriv(?:e|es|ing|ed)|be in|embark|set(?:s)? off|tour(?:ing)?|trip|stop|wrap(?:s)? up|ending|end(?:s)? (?:the|his|her) (?:tour|trip)|in|(?:continu\w*|proceed\w*|go(?:es)?|going|went|move(?:s|d)?)\s+on(?:wards?)?\s+to|proceed\w* to|depart\w* for)\b/i;
/** What follows a traveller's name: "will travel", "is traveling to", "visited", "is in the Gulf today", "will pay visits to A, B and C". */
const TRAVELLER_VERB = /^(['’]s)?\s*(,[^,]+,\s*)?(will|would|is|was|has|have|plans to|is expected to|is due to|to)?\s*(also\s+)?(travel|travels|traveling|travelling|traveled|travelled|visit|visited|visiting|fly|flies|flying|flew|head|heading|headed|arrive|arriving|arrived|embark|embarking|embarked|set off|sets off|left|leave|leaving|depart|departs|departed|departing|tour|touring|toured|be in|heads|visits|arrives|stopped|stops|last expected trip|trip|tour|Travel|Trip|Visit|(?<=(?:is|was)\s+)in\s+(?=the\s+\p{Lu}|\p{Lu})|(?:pay|pays|paid|paying|make|makes|made|making)\s+(?:official\s+|working\s+|state\s+)?visits\s+to)\b/u;
/** An office standing for its holder, at the head of a travel verb: "The Foreign Secretary will travel", "The Minister is in Tokyo". */
const OFFICE_TRAVELLER = /\b[Tt]he\s+((?:(?:Deputy|Foreign|Defence|Defense|Prime|Vice|Home|Trade|State)\s+)?(?:Secretary|Minister|President|Chancellor|Premier)(?:\s+of\s+(?:State|Defense|Defence))?)\s+/u;

const OFFICE_TRAVELLERS = new RegExp(OFFICE_TRAVELLER.source, 'gu');

/** The words before a traveller's noun: an article or possessive, or a capitalized modifier ("Indian delegation"), and up to two more. */
const TRAVELLER_NOUN_HEAD = "(?:^|\\b(?:the|a|an|his|her|its|their)\\s+|(?:^|\\s)\\p{Lu}[\\p{L}-]*(?:['’]s)?\\s+)(?:[\\p{L}-]+\\s+){0,2}?";
/** The words between a traveller's noun and its verb: "of <whom>", then auxiliaries ("had", "will also"). */
const TRAVELLER_NOUN_TAIL = '(?:\\s+of\\s+(?:[\\p{L}-]+\\s+){1,4}?)?\\s*(?:(?:has|had|will|would|also|then|later)\\s+){0,2}$';
/**
 * A group a state sends, travelling as a delegation does ("its naval team had visited India", "Senior officials of the navy
 * had visited Indonesia", "with their foreign ministers visiting Damascus"): not one of the people the sentence names
 * ("opening up to Assad, with their foreign ministers visiting Damascus" is no Syrian coming home).
 * (a team only of a state's kind: "the football team visited Spain" is no diplomacy)
 */
const TRAVELLING_GROUP = '(?:foreign|defen[cs]e)\\s+ministers|(?:naval|military|negotiating|technical|government|official|inspection|defen[cs]e|security)\\s+team|officials|delegates|lawmakers|envoys';
/**
 * A traveller written as the subject right before the movement by an office in lower case or a delegation ("when the prime
 * minister visited Berlin", "a delegation of Indian businesses visited China", "Indian delegation visits China") or a group a
 * state sends: someone's movement, though no name is written.
 */
const NOUN_TRAVELLER = new RegExp(`${TRAVELLER_NOUN_HEAD}(?:prime\\s+minister|president|premier|chancellor|(?:foreign|defen[cs]e)\\s+minister|delegation|${TRAVELLING_GROUP})${TRAVELLER_NOUN_TAIL}`, 'u');
const GROUP_TRAVELLER = new RegExp(`${TRAVELLER_NOUN_HEAD}(?:${TRAVELLING_GROUP})${TRAVELLER_NOUN_TAIL}`, 'u');

/** A region written as a destination: no country of its own. */
const REGION_AHEAD = /^\s*(?:to\s+|in\s+)?(?:the\s+)?(?:Gulf|Middle East|Balkans|Caucasus|Baltics?|Pacific|Sahel|Horn of Africa|Indo-Pacific|(?:Central|Southeast|South|East)\s+Asia|Europe|Africa|Latin America|Caribbean|Asia|region)\b/;

function officeTraveller(sentences: Sentence[]): RegExp | null {
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(OFFICE_TRAVELLERS)) {
      const after = sentence.text.slice(match.index + match[0].length - 1);
      const verb = TRAVELLER_VERB.exec(after);
      // A tour of a region ("is in the Gulf today at the start of a four-nation tour") names no stop to build on.
      if (verb && !REGION_AHEAD.test(after.slice(verb[0].length))) return new RegExp(match[1].replace(/\s+/g, '\\s+'), 'u');
    }
  }
  return null;
}
/** What follows a place used as a modifier of people or forces ("U.S. forces", "Japan Self-Defense Force troops"). */
const ATTRIBUTIVE_PLACE = /^\s+(?:[\p{Lu}][\p{L}-]*\s+){0,2}(?:forces|troops|campaign|service\s?members|servicemembers|sailors|soldiers|marines|personnel|officials|diplomats|embassy|consulate|companies|businesses|veterans|students|citizens|nationals|(?:(?:air|naval|military)\s+)?bases?(?=\s+(?:in|at|near|across)\s))\b/u;
const FIRST_PERSON_TRAVEL = /\bI (?:will|shall|am going to|'ll|’ll) (?:also )?(?:travel|visit|fly|head)\b/;
const TRIP_WORD = /\b(trip|tour|travels?|traveling|travelling|traveled|travelled|visit|visits|visited|visiting)\b/i;
const RETURN = /\b(return(?:s|ing)? to|due back in|back in|fly home to)\s+$/i;
const DEPART = /\b(left|leaves|leave|leaving|departs?|departed|sets off from|set off from)\s+$/i;
// ("from" only right before the day: "jets from France on Thursday" names where they come from, not when a trip starts;
// "between" likewise: "will visit these countries between May 8 and 14" starts on the first day)
// ("will leave New York on Thursday for Kigali", "will start Tuesday a tour of four countries", "a three-day visit which started
// Wednesday": the day a departure or a start is told in any tense)
const START = /\b(?:beginning|starting|leaving|departing|sets off|set off|left|leaves?|departs?|starts?|started|begins?|began)\b|\b(?:from|between)\s+(?:on\s+)?$/i;

function mentionsIn(person: FoundPerson, sentence: Sentence): PersonMention[] {
  return person.mentions.filter((mention) => mention.sentence === sentence);
}

function peopleIn(people: FoundPerson[], sentence: Sentence): FoundPerson[] {
  return people
    .filter((person) => mentionsIn(person, sentence).length)
    .sort((a, b) => mentionsIn(a, sentence)[0].start - mentionsIn(b, sentence)[0].start);
}

/**
 * A sentence whose subject is "he"/"she": at its head, or after an opening phrase of time or place
 * ("On Tuesday he met …", "In Seoul on March 12, she will meet …", "Later, he travelled on to Ottawa", "With President X, he
 * discussed …": the one named after "With" is the other side).
 */
const PRONOUN = /^(?:(?:On|In|At|With|Later|Then|Earlier|Afterwards?|After|During|From|Next|The (?:next|following) day|(?:The|That) same (?:day|morning|afternoon|evening)|That (?:morning|afternoon|evening)|Separately|Subsequently|Also|Today|Yesterday|Prior to|Before|Following|Ahead of|In (?:a|another) separate)\b[^,;.]{0,50}?,?\s+)?(?:He|She|he|she)\b/;

/**
 * A sentence whose subject is an office standing for its holder named before, at its head or after an
 * opening phrase ("The Secretary also met with …", "Later that day, the Foreign Minister held …").
 */
const OFFICE_SUBJECT = /^(?:(?:On|In|At|Later|Then|Earlier|Afterwards?|After|During|From|Next|The (?:next|following) day|(?:The|That) same (?:day|morning|afternoon|evening)|That (?:morning|afternoon|evening)|Separately|Subsequently|Also|Today|Yesterday|Prior to|Before|Following|Ahead of|In (?:a|another) separate)\b[^,;.]{0,50}?,?\s+)?[Tt]he\s+((?:(?:Deputy|Foreign|Defen[cs]e|Prime|Vice|Home|Trade|Assistant|Under)\s+)?(?:Secretary|Minister|President|Chancellor|Premier)(?:\s+of\s+(?:State|Defen[cs]e))?)\s+(?!of\b|for\b|and\b|to\b|said\b)/;
/** Words before an office that make it another office ("Vice President" is not "the President"). */
const OTHER_OFFICE_BEFORE = /\b(?:vice|deputy|assistant|under|former|acting|parliamentary)\s+$/i;
/** The offices of a state's leader, which "the Russian leader", "the Kazakh leader" name (its head of state or government). */
const LEADING_OFFICE = /\b(?:president|prime\s+minister|premier|chancellor|king|queen|emir|sultan|leader|supreme\s+leader|general\s+secretary)$/i;

/** The person an office at the head of a sentence refers to: the holder of that title named last before it. */
function officeHolderBefore(people: FoundPerson[], sentence: Sentence, office: string, state: string | null = null): FoundPerson | null {
  const word = office.toLowerCase();
  const holds = (title: string) => {
    const lower = title.toLowerCase();
    if (lower === word || lower.startsWith(`${word} `)) return true;
    if (word === 'leader' && state && LEADING_OFFICE.test(lower) && !OTHER_OFFICE_BEFORE.test(lower.replace(LEADING_OFFICE, ''))) return true;
    return lower.endsWith(` ${word}`) && !OTHER_OFFICE_BEFORE.test(lower.slice(0, -word.length));
  };
  let best: { person: FoundPerson; at: number } | null = null;
  for (const person of people) {
    if (!person.title || !holds(person.title)) continue;
    // (the state the office is written with is the holder's: "the French president" is not the Kenyan one named before)
    if (state && person.country !== state && (word === 'leader' || person.country)) continue;
    const last = person.mentions.filter((mention) => mention.end <= sentence.start).pop();
    if (last && (!best || last.start > best.at)) best = { person, at: last.start };
  }
  return best?.person ?? null;
}

/** The state an office's phrase names ("Japan's prime minister", "the Kazakh leader", "the U.S. president"), or null. */
function officeState(places: CountryMention[], office: { start: number; end: number }): string | null {
  return places.find((mention) => mention.kind !== 'city' && mention.start >= office.start && mention.end <= office.end)?.code ?? null;
}

/** The holder of the office a sentence opens with ("The Secretary also met with …"), named before it. */
function officeSubjectOf(people: FoundPerson[], sentence: Sentence): FoundPerson | null {
  const office = OFFICE_SUBJECT.exec(sentence.text);
  return office ? officeHolderBefore(people, sentence, office[1]) : null;
}

/** The person a sentence is about: its first person, or the one "He"/"She" refers to (the previous sentence's first). */
function subjectOf(people: FoundPerson[], sentences: Sentence[], sentence: Sentence): FoundPerson | null {
  if (PRONOUN.test(sentence.text)) {
    for (let index = sentence.index - 1; index >= Math.max(0, sentence.index - 3); index--) {
      // "On Monday he met Ishiba. On Wednesday he met Modi.": a sentence led by the same pronoun has the same subject.
      if (PRONOUN.test(sentences[index].text)) continue;
      // "… the Secretary sat down with Crown Prince X. He then held talks with …": "he" is the office's holder, not its guest.
      const office = officeSubjectOf(people, sentences[index]);
      if (office) return office;
      const earlier = peopleIn(people, sentences[index]);
      if (earlier.length) return earlier[0];
    }
  }
  return peopleIn(people, sentence)[0] ?? null;
}

/** A lead telling its subject's meetings ("held a series of bilateral meetings on Wednesday", "met … on Monday"). */
const LEAD_MEETINGS = /\b(?:met|meetings|talks|discussions)\b/;

/** Words that open another time in a sentence: a place or a date across one belongs to another happening. */
const OTHER_TIME = /\b(?:after|before|since|following|until|ahead of|while|whereas)\b|[;:]/i;

/**
 * The place of the happening a trigger tells, when the sentence tells more than one: the "in/at
 * <place>" nearest the trigger in its own clause ("held talks in Marseille on Wednesday after
 * co-chairing the summit in Paris": the talks in Marseille, the summit in Paris).
 */
function clausePlaceIn(sentence: Sentence, countries: CountryMention[], text: string, triggerAt: number, triggerEnd: number): CountryMention | null {
  const candidates: CountryMention[] = [];
  for (let after = sentence.start; ; ) {
    const place = placeIn(sentence, countries, text, after, true);
    if (!place) break;
    candidates.push(place);
    after = place.end;
  }
  const between = (mention: CountryMention) => text.slice(Math.min(mention.end, triggerEnd), Math.max(mention.start, triggerAt));
  const own = candidates.filter((mention) => !OTHER_TIME.test(between(mention)));
  const distance = (mention: CountryMention) => (mention.start >= triggerEnd ? mention.start - triggerEnd : triggerAt - mention.end);
  return own.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/** What follows a demonym that places a happening: a settlement ("the French spa town", "the Iraqi capital"). */
const DEMONYM_SETTLEMENT = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:capital|city|town|port|village|resort|border\s+town)\b/u;

/**
 * A noun a gathering talks about, before the place it is about ("the war in Ukraine", "the situation in Gaza"), also with
 * words of its own between ("peace efforts in Afghanistan", "fighting armed groups in Syria"; session 36), never a
 * gathering's noun ("a peace conference in Paris", "security talks in Doha" are held there).
 */
const TOPIC_IN = /\b(?:wars?|conflicts?|crisis|crises|situation|fighting|peace|security|stability|developments?|reconstruction|elections?|violence|humanitarian\s+\w+|ceasefire|truce|terrorism|insurgency)(?:\s+(?!(?:conference|summit|talks|meetings?|forum|negotiations|dialogue|consultations|session|council|ministerial|gathering)\b)[a-z-]+){0,2}\s+in\s+(?:the\s+)?$/i;

/**
 * The words that open a sentence with the place it is told from: "In Nairobi,", "While in Kenya,", "While visiting Kenya,",
 * "During his stay in Kenya,", "At the Kenyan capital,". What the rest of the sentence tells was done there.
 */
const OPENING_PLACE = /^(?:In|At|(?:While|When)\s+(?:in|at|visiting)|During\s+(?:his|her|their|its|the|my|our)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:stay|visit|trip|stop(?:over)?|time)\s+(?:in|to|at))\s+(?:the\s+)?$/u;

/** What may close an opening place before its comma: the country of its city, a day or a span of days ("In Kigali, Rwanda,", "In Spain from 3 to 4 May,"). */
const OPENING_CLOSE = /^(?:,\s*(?:the\s+)?\p{Lu}[\p{L}.'’ -]{1,30}?)?(?:\s+(?:on|from|in|between|this|next|last)\s+[^,;:.]{1,30}?)?,/u;

/**
 * The place a sentence opens with ("In Kigali, the Secretary-General will meet African leaders before flying to Nairobi"): the
 * sentence's meetings and statements are held there, not at a later place its clauses move on to or report from. A demonym
 * counts only before its settlement ("In the Rwandan capital,").
 */
function openingPlace(sentence: Sentence, countries: CountryMention[], text: string): CountryMention | null {
  const head = countries.find((mention) => mention.start >= sentence.start && mention.end <= sentence.end);
  if (!head || head.start - sentence.start > 40 || !OPENING_PLACE.test(text.slice(sentence.start, head.start))) return null;
  if (head.kind === 'demonym' && !DEMONYM_SETTLEMENT.test(text.slice(head.end, head.end + 30))) return null;
  const rest = head.kind === 'demonym' ? text.slice(head.end, sentence.end).replace(/^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:capital|city|town|port|village|resort)/u, '') : text.slice(head.end, sentence.end);
  return OPENING_CLOSE.test(rest) ? head : null;
}

/** The place an event happened, written "in/at <place>" in its sentence. */
function placeIn(sentence: Sentence, countries: CountryMention[], text: string, after = sentence.start, strict = false, gathering = false): CountryMention | null {
  // A gathering is held in or at a place; "split over Ukraine", "talks on Taiwan" name its topic.
  const prepositions = gathering ? /\b(in|at|inside)\s+(the\s+)?(central\s+|downtown\s+|northern\s+|southern\s+|eastern\s+|western\s+)?$/i : strict ? /\b(in|at|inside|around|near|outside|into|across|over|throughout|(?:traveled|travelled|went|flew)\s+(?:personally\s+|also\s+|again\s+)?to|invasion of|(?:region|province|part|battle|siege|liberation) of|(?:(?:air|drone|missile)?strikes?|attacks?|raids?|offensives?)(?: by [\w -]{1,25})? (?:on|against)|(?:rockets?|missiles?|shells?|bombs?|drones?) (?:on|against|at|towards?|into)|(?:waged|led|launched|fought)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:war\s+)?against|attacked|shelling of|(?:struck|striking|hit|hitting|bombed|bombing|shelled|targeted|targeting|raided|raiding|invaded|invading))\s+(the\s+)?(central\s+|downtown\s+|(?:north|south)?-?(?:east|west)?(?:ern)?\s+|north\s+|south\s+)?$/i : /\b(in|at|to|inside|around|of)\s+(the\s+)?(central\s+|downtown\s+|northern\s+|southern\s+)?$/i;
  // A sentence that is all quotation (a release quoting a whole statement: “The United Kingdom notes …) hides nothing.
  const quotedWhole = /^["“]/.test(sentence.text) && !/["“”]/.test(sentence.text.slice(1, -1));
  return (
    countries.find(
      (mention) =>
        mention.start >= after &&
        mention.end <= sentence.end &&
        // "in the French spa town", "at the Japanese capital": a demonym names the place of the settlement it qualifies.
        (mention.kind !== 'demonym' || DEMONYM_SETTLEMENT.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 30)))) &&
        // "a rocket attack on the U.S. embassy in Baghdad": a country modifying forces or a mission abroad is not where it happened.
        !(strict && !gathering && ATTRIBUTIVE_PLACE.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 40)))) &&
        // Not inside a quotation: an odd number of quote marks before it in the sentence.
        (quotedWhole || (text.slice(sentence.start, mention.start).match(/["“”]/g)?.length ?? 0) % 2 === 0) &&
        prepositions.test(text.slice(Math.max(sentence.start, mention.start - 25), mention.start)) &&
        // "talks dominated by the war in Ukraine": a place after a topic noun is what the gathering was about.
        !(gathering && TOPIC_IN.test(text.slice(Math.max(sentence.start, mention.start - 40), mention.start))),
    ) ?? null
  );
}

/** The place an occurrence of a trigger at `from` is aimed at or held in, written before `to` (the next occurrence): "struck Kharkiv", "attacks on Israel", "protests in Sana’a". */
function targetOf(sentence: Sentence, countries: CountryMention[], text: string, from: number, to: number): CountryMention | null {
  const place = placeIn(sentence, countries, text, from, true);
  return place && place.end <= to ? place : null;
}

/**
 * A photograph's caption: a paragraph that ends with the picture's credit ("(Photo by Jane Doe/AFP via Getty Images)", "(AP
 * Photo/Jane Doe)", "… on May 20, 2021. AFP", "Photographer: Jane Doe/Bloomberg"), opens as a file photo ("FILE PHOTO: …",
 * "FILE - …"), or stands above a credit line ("Jane Doe | Reuters"). It dates its own scene, often a file photo years
 * old: its year and day lend nothing to the story's later yearless dates ("on Feb. 28") or counted days (`findEvents`).
 */
const CAPTION_CREDIT_END = /(?:\((?:[\p{Lu}]{2,}\s+)?[Pp]hoto(?:s|graph)?\b[^()\n]*\)|\bvia Getty Images\)?|[.)]\s+(?:AFP|REUTERS|Reuters|AP|EPA|EPA-EFE|Xinhua|XINHUA|Anadolu|Getty Images)(?:\s*\/[^\n/]{1,40}){0,3}|\bPhotographer:\s[^\n]{1,80})\s*$/u;
const CAPTION_OPENING = /^\s*(?:FILE PHOTO|File [Pp]hoto|FILE)\s*(?::|\s[-–—]\s)/u;
const CREDIT_LINE_AFTER = /^\s*\n\s*[^\n|]{2,60}\s\|\s(?:AP|AFP|Afp|Reuters|REUTERS|Getty Images|Bloomberg|EPA|Xinhua|Anadolu)\b[^\n]{0,40}(?:\n|$)/u;
function captionParagraphs(text: string, sentences: readonly Sentence[]): Set<number> {
  const captions = new Set<number>();
  for (let index = 0; index < sentences.length; index++) {
    const first = sentences[index];
    let last = first;
    while (index + 1 < sentences.length && sentences[index + 1].paragraph === first.paragraph) last = sentences[++index];
    const paragraph = text.slice(first.start, last.end);
    // (a caption runs a sentence or three: a whole story in one block that ends with its photo's credit is no caption)
    if (last.index - first.index < 3 && (CAPTION_CREDIT_END.test(paragraph) || CAPTION_OPENING.test(paragraph) || CREDIT_LINE_AFTER.test(text.slice(last.end, last.end + 120)))) captions.add(first.paragraph);
  }
  return captions;
}

function better(a: FoundDate | null, b: FoundDate | null): FoundDate | null {
  const rank: Record<DatePrecision, number> = { DAY: 3, MONTH: 2, YEAR: 1, UNKNOWN: 0 };
  if (!a) return b;
  if (!b) return a;
  // "Dec. 3" in a headline and "on Dec. 3 last year" in the body: the year the text tells beats the one guessed.
  // (a day the happening is given beats the day it was told: "state media reported Monday" and "the launch took place Sunday")
  if (rank[b.precision] === rank[a.precision] && a.told !== b.told) return a.told ? b : a;
  if (rank[b.precision] === rank[a.precision]) return a.yearGuessed && !b.yearGuessed ? b : a;
  return rank[b.precision] > rank[a.precision] ? b : a;
}

/** What an undated document tells of its own time (`read` over its sentences), read once per document; none when dated. */
function undatedReading<T extends object>(read: (sentences: ArticleDocument['sentences']) => T): (context: EventsContext) => T | undefined {
  const readings = new WeakMap<ArticleDocument, T>();
  return (context) => {
    if (context.publishedAt) return undefined;
    let reading = readings.get(context.document);
    if (!reading) readings.set(context.document, (reading = read(context.document.sentences)));
    return reading;
  };
}

/** Each undated document's years told in its text (`yearsOfText`). */
const textYearOf = undatedReading<TextYear>(yearsOfText);
/** Each undated document's days told with their weekday (`daysOfText`). */
const textDayOf = undatedReading<TextDay>(daysOfText);

function eventDates(sentence: Sentence, context: EventsContext): FoundDate[] {
  return datesIn(sentence.text, sentence.start, context.publishedAt, textYearOf(context), textDayOf(context));
}

/**
 * The words a date heading its sentence may follow: "On", "In", or a part of the day ("On the evening of November 19, 1977",
 * "Early Tuesday, June 24", "Late on Friday", "In the early hours of 3 May"). Such a date is the sentence's own, as "On May 5," is.
 */
const HEAD_DATE_LEAD = /^\s*(?:(?:On|In|At|By|Early|Late|Earlier|Later)\s+(?:on\s+)?)?(?:(?:early|late)\s+(?:on\s+)?)?(?:the\s+(?:(?:early|late)\s+)?(?:morning|evening|night|afternoon|(?:small\s+)?hours)\s+of\s+)?$/i;
function headsSentence(found: FoundDate, sentence: Sentence, text: string): boolean {
  return found.start - sentence.start <= 3 || (found.start - sentence.start <= 40 && HEAD_DATE_LEAD.test(text.slice(sentence.start, found.start)));
}

/** Who travels in an article: a person of it, or unnamed — an office ("The Foreign Secretary is in the Gulf today") or the writer of a release in the first person. */
interface Traveller {
  person: FoundPerson | null;
  /** The office the text names its traveller by, when no person of the article holds it. */
  officeWords: RegExp | null;
  /** "the <office>", when the text names its traveller by an office (held by a person of the article or not). */
  officeMention: RegExp | null;
  firstPerson: boolean;
}

/** A place a trip stops at, with the sentences that tell it. */
interface Stop {
  code: string;
  city: string | null;
  date: FoundDate | null;
  first: number;
  sentences: Sentence[];
  type: EventType;
}

/** A trip's stops, read in the order written, with the days the trip starts and ends. */
interface Itinerary {
  stops: Stop[];
  start: FoundDate | null;
  end: FoundDate | null;
}

/** The first person a trip verb follows ("Blinken would visit", "Modi left"). */
function firstTraveller({ document, people }: EventsContext): FoundPerson | null {
  const { text, sentences } = document;
  for (const sentence of sentences) {
    for (const person of peopleIn(people, sentence)) {
      for (const mention of mentionsIn(person, sentence)) {
        const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 70));
        if (TRAVELLER_VERB.test(after)) return person;
      }
    }
  }
  return null;
}

/** The article's traveller: a person a trip verb follows, else the office or the first person a release tells its trip by. */
function travellerOf(context: EventsContext): Traveller | null {
  const { document, people } = context;
  const { sentences } = document;
  // The traveller: the first person a trip verb follows ("Blinken would visit", "Modi left").
  let traveller = firstTraveller(context);
  // A release names its traveller by office only ("The Foreign Secretary is in the Gulf today"):
  // the person of the article holding that office, or an unnamed traveller told by the office.
  const office = traveller ? null : officeTraveller(sentences);
  if (office && !traveller) traveller = people.find((person) => person.title && new RegExp(`\\b${office.source}$`, 'i').test(person.title)) ?? null;
  const officeWords = office && !traveller ? office : null;
  // A minister's own release tells the trip in the first person ("I will visit Malaysia, Cambodia, …"):
  // the traveller is the writer, unnamed; the sentences in the first person are theirs.
  const firstPerson = !traveller && !officeWords && sentences.some((sentence) => FIRST_PERSON_TRAVEL.test(sentence.text));
  const officeMention = office ? new RegExp(`\\bthe ${office.source}\\b`, 'i') : null;
  if (!traveller && !firstPerson && !officeWords) return null;
  return { person: traveller, officeWords, officeMention, firstPerson };
}

/** The sentences that tell the traveller's movements, or the trip itself. */
function tripSentencesOf({ document, people }: EventsContext, { person: traveller, officeWords, officeMention, firstPerson }: Traveller): Sentence[] {
  const { sentences } = document;
  const surname = traveller?.name.split(' ').pop() ?? '';
  const travellerWord = surname.length >= 4 ? new RegExp(`\\b${escapeRegExp(surname)}\\b`, 'u') : null;
  return sentences.filter((sentence) => {
    const about =
      (firstPerson && /\b(I|my|My)\b/.test(sentence.text)) ||
      (officeWords !== null && (officeMention!.test(sentence.text) || /^(He|She)\b/.test(sentence.text))) ||
      (traveller !== null && officeMention !== null && officeMention.test(sentence.text)) ||
      (traveller !== null && mentionsIn(traveller, sentence).length > 0) ||
      // (a traveller whose full name the people rules did not read in a long title: "… Human Rights Uzra Zeya will travel to")
      (traveller !== null && travellerWord !== null && travellerWord.test(sentence.text)) ||
      (PRONOUN.test(sentence.text) && subjectOf(people, sentences, sentence) === traveller) ||
      (/\b(he|she)\b/i.test(sentence.text) &&
        (!peopleIn(people, sentence).length || /^In\s+\p{Lu}[^,]*?\s(he|she)\b/u.test(sentence.text)) &&
        subjectOf(people, sentences, { ...sentence, text: 'He' }) === traveller);
    return (about && TRAVEL_VERB.test(sentence.text)) || (TRIP_WORD.test(sentence.text) && /\b(the|his|her) (trip|tour)\b/i.test(sentence.text));
  });
}

/** A clause of time telling where someone was when something else happened: "while he was in ", "as Thaksin was in ", "when the President was in ". */
const PRESENCE_AS_SETTING = /\b(?:while|as|when)\s+(?:he|she|they|(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:was|were)\s+(?:still\s+|away\s+|abroad\s+)?in\s+(?:the\s+)?$/u;
/** The place words were given at, right after a verb of saying: "told reporters in ", "said in ", "told a briefing in ". */
const WHERE_WORDS_GIVEN = /\b(?:told|tells|telling|said|says|briefed|briefing)\s+(?:(?:the\s+|a\s+)?(?:reporters|journalists|press|media|briefing|news\s+conference|press\s+conference)\s+)?in\s+(?:the\s+)?$/u;

/**
 * Whether a place is a stop the traveller goes to or is in, not one merely talked about: after a
 * movement verb, at the head of the sentence ("In Tokyo, …"), or listed after another stop.
 */
function isStopWritten(sentence: Sentence, text: string, place: CountryMention, before: string, lastStopEnd: number, dated: FoundDate | undefined): boolean {
  // Merely being somewhere is no stop: "ousted X while he was in New York", "the coup was launched as X was in New York"
  // (where a person was when something else happened), "the spokesperson told reporters in New York on Thursday" (where
  // words were given).
  const lead = text.slice(Math.max(sentence.start, place.start - 60), place.start);
  if (PRESENCE_AS_SETTING.test(lead) || WHERE_WORDS_GIVEN.test(before)) return false;
  return (
    /\b(travel\w*|fly\w*|flies|flew|head\w*|visit\w*|arriv\w*|be|is|was|stop\w*|trip|tour|wrap\w* up (?:his|her|the) trip|summit|talks)\s+((?:on|onwards?)\s+to\s+|to\s+|in\s+|at\s+)?(the\s+)?(city of\s+)?$/i.test(before) ||
    // An itinerary's order: "begin in Paris", "then continue on to Berlin", "go on to Accra", "finish in Nairobi", "departed for Malaysia".
    /\b(begin|begins|beginning|began|start|starts|starting|started|continu\w*|proceed\w*|go|goes|going|went|end|ends|ending|ended|finish\w*|conclud\w*|open|opens|opening|opened|close|closes|closing|closed)\s+((?:on|onwards?)\s+to\s+|to\s+|in\s+|at\s+)(the\s+)?(city of\s+)?$/i.test(before) ||
    /\b(depart\w*|left|leav\w*|set(?:s|ting)? off|bound)\s+for\s+(the\s+)?$/i.test(before) ||
    // "will leave New York on Thursday for Kigali": the place left and the day between the departure and its destination;
    // "which will also take him to Kenya": the journey taking the traveller there.
    /\b(?:depart\w*|left|leav\w*)\s+(?:\p{Lu}[\p{L}.-]*\s+){1,3}(?:on\s+\p{Lu}\p{Ll}+day\s+|today\s+|tomorrow\s+)?for\s+$/u.test(text.slice(Math.max(sentence.start, place.start - 60), place.start)) ||
    /\b(?:take|takes|took|taking)\s+(?:him|her|them)\s+(?:also\s+|then\s+|on\s+)?to\s+(the\s+)?$/i.test(before) ||
    (/^In\s/.test(sentence.text) && place.start - sentence.start === 3) ||
    (lastStopEnd >= 0 && /^(\s+on\s+\w+)?(,\s*|,?\s*and\s+)(the\s+)?$/.test(text.slice(lastStopEnd, place.start))) ||
    (/\b(in|to)\s+$/.test(before) && dated !== undefined)
  );
}

/**
 * A day with its year written, months before the report ("It closely follows the visit of Prime Minister Modi to Argentina
 * from November 30 - December 1, 2018" in a report of February 2019): an earlier trip the text looks back on, which starts
 * no trip it reports.
 */
const EARLIER_TRIP_DAYS = 30;
function earlierTrip(date: FoundDate, publishedAt: Date | null): boolean {
  return publishedAt !== null && !date.yearGuessed && /\b(?:1[89]|20)\d\d\b/.test(date.text) && publishedAt.getTime() - date.date.getTime() > EARLIER_TRIP_DAYS * 86_400_000;
}

/** Reads the stops, the start and the return one sentence of the trip tells into the itinerary. */
function readStops(context: EventsContext, itinerary: Itinerary, sentence: Sentence, home: string | null): void {
  const { document, countries } = context;
  const { text } = document;
  const { stops } = itinerary;
  const dates = eventDates(sentence, context);
  for (const date of dates) {
    const lead = text.slice(Math.max(sentence.start, date.start - 30), date.start);
    if (START.test(lead) && !/\bin\s+\S+\s+(on\s+)?$/.test(lead) && !earlierTrip(date, context.publishedAt)) itinerary.start = better(itinerary.start, date);
  }
  const places = countries.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end && mention.kind !== 'demonym');
  let lastStopEnd = -1;
  for (const place of places) {
    const before = text.slice(Math.max(sentence.start, place.start - 30), place.start);
    // "in Riyadh on Monday", "visit Ankara next month": the date written right after the place.
    // "On May 5, Kerry will travel to Mogadishu": a date heading the sentence dates its one stop.
    // "visit Nairobi, Kenya, beginning on May 3" also, when the sentence names no other stop (a list's date is the trip's).
    // (a later leg told after what the traveller does here, "… before heading to Malaysia", is not on the sentence's day)
    const onlyStop = !places.some((other) => other.code !== place.code && other.code !== home) && !laterLeg(text, sentence, place);
    const headDate = dates.find((date) => headsSentence(date, sentence, text) && /^(?:\s*,|\s+(?:he|she|they)\b|\s+in\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?,?\s+(?:he|she|they)\b)/u.test(text.slice(date.end, date.end + 40)));
    // "Wang will also visit Brazil and Jamaica from 18-22 January", "will be in Korea from 13 to 15 October" after a trip begun
    // days before: a later leg's span starts at the first of its stops (the later ones' days it leaves untold). The span
    // the trip itself starts with dates the trip, not its first stop.
    const listEnd = firstOfList(places, place, text);
    const legStart = (date: FoundDate) => itinerary.start !== null && date.date > itinerary.start.date;
    const dated =
      dates.find((date) => date.start >= place.end && /^\s*(?:,\s*)?(?:on|in)?\s*$/.test(text.slice(place.end, date.start))) ??
      (listEnd >= 0 ? dates.find((date) => date.start >= listEnd && legStart(date) && /^\s*(?:from|between)\s+$/.test(text.slice(listEnd, date.start))) : undefined) ??
      (onlyStop ? dates.find((date) => date.start >= place.end && /^\s*,?\s*(?:beginning|starting|arriving|(?:which|that)\s+(?:started|began|starts|begins))\s+(?:on\s+)?$/.test(text.slice(place.end, date.start))) ?? headDate : undefined);
    if (RETURN.test(before) || (place.code === home && (DEPART.test(before) || RETURN.test(before) || /\bback\b/.test(before)))) {
      const returnDate = dates.find((date) => date.start >= place.end && date.start - place.end < 30 && !earlierTrip(date, context.publishedAt));
      if (RETURN.test(before) || /\bback\b/.test(before)) itinerary.end = better(itinerary.end, returnDate ?? null) ?? itinerary.end;
      else if (returnDate) itinerary.start = better(itinerary.start, returnDate);
      continue;
    }
    if (place.code === home) continue;
    // A stop is a place the traveller goes to or is in, not one merely talked about.
    if (!isStopWritten(sentence, text, place, before, lastStopEnd, dated)) continue;
    // "visit U.S. forces", "meet Polish officials at": a country written as its people's or forces' modifier is no destination.
    if (ATTRIBUTIVE_PLACE.test(text.slice(place.end, place.end + 40))) continue;
    lastStopEnd = place.end;
    const existing = stops.find((stop) => (place.city ? stop.city === place.city : false) || (!place.city && stop.code === place.code) || (place.city && !stop.city && stop.code === place.code));
    const type: EventType =
      /\bsummit\s+(in|at)\s+(the\s+)?(city of\s+)?$/i.test(before) || /^\s*(on\s+\w+\s+)?for\s+(the|a)\s+[\w\s'’-]{0,60}\bsummit\b/i.test(text.slice(place.end, sentence.end)) ? 'SUMMIT' : 'DIPLOMATIC_VISIT';
    if (existing) {
      if (place.city && !existing.city) existing.city = place.city;
      existing.date = better(existing.date, dated ?? null);
      if (!existing.sentences.includes(sentence)) existing.sentences.push(sentence);
      if (type === 'SUMMIT') existing.type = type;
    } else {
      stops.push({ code: place.code, city: place.city, date: dated ?? null, first: place.start, sentences: [sentence], type });
    }
  }
}

/**
 * The words before a place that make it a later leg of the journey than the one the sentence tells: "before heading to",
 * "then travels on to", "will later fly to", "will also take in".
 */
const LATER_LEG_BEFORE = /(?:\b(?:before|then|later|afterwards?|next|after\s+which\s+(?:he|she|they)\s+(?:will\s+)?)\s+(?:(?:will|is|are|to)\s+)?(?:head\w*|fly\w*|flies|flew|travel\w*|go|goes|going|went|leav\w*|depart\w*|mov\w*|proceed\w*|continu\w*)\s+(?:on\s+|onwards?\s+)?(?:to|for)|\b(?:also|then|later)\s+take\s+in)\s+(?:the\s+)?$/i;

/** Whether a place is named as a later leg of the journey ("… before heading to Malaysia", "The trip will also take in Ghana"). */
function laterLeg(text: string, sentence: Sentence, place: CountryMention): boolean {
  return LATER_LEG_BEFORE.test(text.slice(Math.max(sentence.start, place.start - 60), place.start));
}

/** A meeting told after a later leg's place, at that leg: "then go on to Accra to meet President Y", "before flying to Doha for talks with". */
const STOP_MEETING_AFTER = /^[^.;]*?\b(?:meet|meets|meeting|talks|discussions|consultations|call\s+on)\b/i;

/** Places written one after another as a list ("Egypt, Tunisia and Togo", "Nairobi, Kenya"). */
const LIST_JOIN = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;

/**
 * Where the list of places a place opens ends (its own end when it stands alone), or -1 when the place is a later item of a
 * list: the list's span of days belongs to its first place.
 */
function firstOfList(places: readonly CountryMention[], place: CountryMention, text: string): number {
  const index = places.indexOf(place);
  if (index > 0 && LIST_JOIN.test(text.slice(places[index - 1].end, place.start))) return -1;
  let end = place.end;
  for (const next of places.slice(index + 1)) {
    if (!LIST_JOIN.test(text.slice(end, next.start))) break;
    end = next.end;
  }
  return end;
}

/** A country named alone merges into the one city stop of that country; with two cities it says nothing more. */
function mergeCountryStops(stops: Stop[]): void {
  for (const stop of [...stops]) {
    if (stop.city) continue;
    const cities = stops.filter((other) => other.city && other.code === stop.code);
    if (cities.length >= 1) {
      if (cities.length === 1) cities[0].sentences.push(...stop.sentences.filter((sentence) => !cities[0].sentences.includes(sentence)));
      stops.splice(stops.indexOf(stop), 1);
    }
  }
}

/** A weekday on or after the day before it in a schedule: "in Hanoi on Sunday before flying to Jakarta on Wednesday" is the Wednesday after that Sunday. */
function laterThan(date: FoundDate | null, previous: Date | null): FoundDate | null {
  if (!date?.weekday || !previous || date.date >= previous) return date;
  let shifted = date.date;
  while (shifted < previous) shifted = new Date(shifted.getTime() + 7 * 86_400_000);
  return { ...date, date: shifted };
}

/** Dates the stops forward in the order written and the return after the last stop, sorts the stops and bounds the trip by them. */
function scheduleForward(document: ArticleDocument, itinerary: Itinerary): void {
  const { stops } = itinerary;
  // A schedule runs forward: "in Hanoi on Sunday before flying to Jakarta on Wednesday" is the
  // Wednesday after that Sunday, and the return comes after the last stop.
  const scheduleSentences = new Set(stops.map((stop) => stop.date && document.sentences.find((sentence) => sentence.start <= stop.date!.start && stop.date!.end <= sentence.end)));
  for (const sentence of scheduleSentences) {
    if (!sentence) continue;
    let previous: Date | null = null;
    for (const stop of stops.filter((stop) => stop.date && stop.date.start >= sentence.start && stop.date.end <= sentence.end).sort((a, b) => a.date!.start - b.date!.start)) {
      stop.date = laterThan(stop.date, previous);
      previous = stop.date!.date;
    }
  }
  const lastStop = stops.map((stop) => stop.date?.date).filter((date): date is Date => date != null).sort((a, b) => a.getTime() - b.getTime()).pop() ?? null;
  itinerary.end = laterThan(itinerary.end, lastStop);
  const allDated = stops.every((stop) => stop.date);
  stops.sort((a, b) => (allDated ? a.date!.date.getTime() - b.date!.date.getTime() || a.first - b.first : a.first - b.first));
  const datedStops = stops.filter((stop) => stop.date).map((stop) => stop.date!);
  // A trip starts no later than its first dated stop ("beginning on May 3" after "Colombo on May 2").
  if (itinerary.start && datedStops[0] && datedStops[0].date < itinerary.start.date) itinerary.start = datedStops[0];
  itinerary.start ??= datedStops[0] ?? null;
  itinerary.end ??= datedStops[datedStops.length - 1] ?? null;
}

/** The people of a stop's country the traveller meets there, in the order the stop's sentences name them. */
function hostsAtStop({ people }: EventsContext, stop: Stop, traveller: FoundPerson | null): FoundPerson[] {
  const met = stop.sentences.filter((sentence) => /\b(meet|meets|met|talks|hosted|hosts|received|welcomed)\b/i.test(sentence.text)).flatMap((sentence) => peopleIn(people, sentence));
  return [...new Set(met)].filter((person) => person !== traveller && person.country === stop.code);
}

/**
 * The summit held at a stop, taken out of `summits`: of the stop's country, in its city (or told in its sentences), on its day.
 */
function summitAtStop(stop: Stop, summits: Draft[]): Draft | undefined {
  const summit = summits.find(
    (draft) =>
      draft.location === stop.code &&
      (draft.city ? draft.city === stop.city : draft.sentences.some((sentence) => stop.sentences.includes(sentence))) &&
      (!draft.date || !stop.date || isoDay(draft.date.date) === isoDay(stop.date.date)),
  );
  if (summit) summits.splice(summits.indexOf(summit), 1);
  return summit;
}

const ARRIVED_OR_VISITING = /\b(?:arriv(?:e|es|ed|ing|al)|visit(?:s|ed|ing)?|landed|flew)\b/i;

/**
 * The visit (or summit) of a trip with one stop, its hosts the people of the stop's country met there. A summit held at the
 * stop is what the traveller attends there, as at a stop of a longer trip ("X was in Tanzania at a summit of African leaders").
 */
function visitOfOneStop(context: EventsContext, stop: Stop, traveller: FoundPerson | null, { start, end }: Itinerary, tripSentences: Sentence[], summits: Draft[]): Draft {
  const visitorCountry = traveller?.country ?? null;
  // A traveller told arriving or visiting for a summit held at the one stop makes a visit beside the summit ("arrived in Beijing
  // on Monday for a historic summit meeting with Chinese leaders", "a surprise visit to the summit"): the summit's draft stays an
  // event of its own. One told only as there ("was in Tanzania at a summit of African leaders") attends the summit.
  const travelled = traveller !== null && [...stop.sentences, ...tripSentences].some((sentence) => ARRIVED_OR_VISITING.test(sentence.text));
  const summit = travelled ? summits.find((draft) => summitAtStop(stop, [draft])) : summitAtStop(stop, summits);
  const isSummit = !travelled && (stop.type === 'SUMMIT' || summit !== undefined);
  const date = stop.date ?? start ?? summit?.date ?? null;
  return {
    type: isSummit ? 'SUMMIT' : 'DIPLOMATIC_VISIT',
    title: '',
    date,
    endDate: end && date && end.date >= date.date && !stop.date ? end : date,
    location: stop.code,
    participants: [
      ...(traveller ? [{ person: traveller, role: isSummit ? ('ATTENDEE' as const) : ('VISITOR' as const) }] : []),
      ...hostsAtStop(context, stop, traveller).map((person) => ({ person, role: 'HOST' as const })),
    ],
    countries: [
      { country: stop.code, role: 'HOST' },
      ...(visitorCountry && visitorCountry !== stop.code ? [{ country: visitorCountry, role: isSummit ? ('PARTICIPANT' as const) : ('VISITOR' as const) }] : []),
    ],
    sentences: [...new Set([...stop.sentences, ...tripSentences])],
    children: [],
    city: stop.city,
  };
}

/** A stop of a trip as its own visit, or as the summit it attends (taking that summit's draft out of `summits`). */
function visitAtStop(context: EventsContext, stop: Stop, traveller: FoundPerson | null, summits: Draft[]): Draft {
  const visitorCountry = traveller?.country ?? null;
  const travellerName = traveller?.name ?? 'Writer';
  const summit = summitAtStop(stop, summits);
  const isSummit = stop.type === 'SUMMIT' || summit !== undefined;
  const participants: Draft['participants'] = [
    ...(traveller ? [{ person: traveller, role: isSummit ? ('ATTENDEE' as const) : ('VISITOR' as const) }] : []),
    ...hostsAtStop(context, stop, traveller).map((person) => ({ person, role: 'HOST' as const })),
  ];
  return {
    type: isSummit ? 'SUMMIT' : 'DIPLOMATIC_VISIT',
    title: `${travellerName} ${isSummit ? 'attends summit in' : 'visits'} ${stop.city ?? countryName(stop.code)}`,
    date: stop.date ?? summit?.date ?? null,
    endDate: stop.date ?? summit?.date ?? null,
    location: stop.code,
    participants,
    countries: [
      { country: stop.code, role: 'HOST' },
      ...(visitorCountry && visitorCountry !== stop.code ? [{ country: visitorCountry, role: isSummit ? ('PARTICIPANT' as const) : ('VISITOR' as const) }] : []),
    ],
    sentences: stop.sentences,
    children: [],
    slug: undefined,
    city: stop.city,
  };
}

/** A country the traveller is written coming home to: "is back in Burundi", "has returned to Burundi", "returning to Ghana". */
const HOME_AHEAD = /\b(?:back\s+in|(?:has|had|have)\s+returned\s+to|returned\s+home\s+to|return(?:s|ing)?\s+(?:home\s+)?to)\s+(?:the\s+)?$/i;

/**
 * The traveller's own country, when the people rules did not give one, read from the trip's sentences: a country the traveller
 * is back in or has returned to is home, not a stop (a leader back in his country after a coup attempt abroad visits nowhere).
 */
function homeOf({ document, countries }: EventsContext, tripSentences: Sentence[]): string | null {
  for (const sentence of tripSentences) {
    for (const place of countries) {
      if (place.start < sentence.start || place.end > sentence.end || place.kind === 'demonym') continue;
      if (HOME_AHEAD.test(document.text.slice(Math.max(sentence.start, place.start - 30), place.start))) return place.code;
    }
  }
  return null;
}

/** A year written as a happening's (not the one after "since", nor the first of a span "2019-2020"). */
const YEAR_WRITTEN = /(?<!\bsince\s+(?:(?:early|late|mid)\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?)\b(?:1[89]|20)\d\d\b(?!\s*[-–]\s*\d)/gu;
/** Words telling a journey, in any form ("visited", "his trip", "toured", "traveled", "went to"). */
const JOURNEY_WORD = /\b(?:visit\w*|trips?|tours?|toured|touring|travel\w*|journeys?|went\s+to|flew\s+to|stay(?:ed)?)\b/giu;
/** A journey told as the traveller's earlier one: "last visited", "his previous visit", "an earlier trip". */
const EARLIER_JOURNEY = /\b(?:last|previous|prior|earlier)\s+(?:(?:such|official|state|working|bilateral|foreign|overseas|presidential)\s+)?(?:visit(?:ed|s)?|trip|tour|journey|travell?ed)\b/iu;
/** A time before the story's own, told relative to it: "last year", "six weeks ago", "nearly six weeks after his trip to Moscow". */
const TIME_BEFORE = /\b(?:last\s+(?:week|month|year|spring|summer|autumn|fall|winter)|ago|\w+\s+(?:weeks|months|years)\s+(?:after|before|earlier))\b/giu;
/** How near a time word must be written to a journey word to be that journey's time (the words of one clause). */
const JOURNEY_TIME_REACH = 50;

/** The year the story is told in: its publication's, else the latest year its text writes. */
function storyYear({ publishedAt, document }: EventsContext): number | null {
  if (publishedAt) return publishedAt.getUTCFullYear();
  const years = [...document.text.matchAll(YEAR_WRITTEN)].map((found) => Number(found[0]));
  return years.length ? Math.max(...years) : null;
}

/**
 * Whether a sentence tells a journey before the story's own: an earlier visit ("Ruto last visited Ethiopia"), or a journey word
 * with a time before the story written next to it ("after she visited South Africa last year", "He went to Egypt in 2017",
 * "In 2015, he traveled to Kenya") — every year the sentence writes earlier than the story's. A year or a time far from the
 * journey word dates something else ("calling for Israel's withdrawal from territory acquired during the 1967 war").
 */
function earlierJourneyTold(sentence: Sentence, year: number | null): boolean {
  const { text } = sentence;
  if (EARLIER_JOURNEY.test(text)) return true;
  const journeys = [...text.matchAll(JOURNEY_WORD)].map((found) => found.index!);
  const nearJourney = (found: RegExpMatchArray) => journeys.some((at) => Math.abs(at - found.index!) <= JOURNEY_TIME_REACH);
  if ([...text.matchAll(TIME_BEFORE)].some(nearJourney)) return true;
  const years = [...text.matchAll(YEAR_WRITTEN)];
  return year !== null && years.length > 0 && years.every((found) => Number(found[0]) < year) && years.some(nearJourney);
}

/** Builds the diplomatic trip of the article's traveller, if there is one. */
function findTrip(context: EventsContext, summits: Draft[]): Draft | null {
  const found = travellerOf(context);
  if (!found) return null;
  const traveller = found.person;
  // A journey the text looks back on ("Ruto last visited Ethiopia on Sunday, September 7", "He went to Egypt in 2017") is
  // another journey than the one it reports: its sentences give the trip no stop and no day, and its visit stays its own.
  const year = storyYear(context);
  const tripSentences = tripSentencesOf(context, found).filter((sentence) => !earlierJourneyTold(sentence, year));
  if (!tripSentences.length) return null;
  const home = traveller?.country ?? homeOf(context, tripSentences);

  const itinerary: Itinerary = { stops: [], start: null, end: null };
  for (const sentence of tripSentences) readStops(context, itinerary, sentence, home);
  const { stops } = itinerary;
  mergeCountryStops(stops);
  // One stop is a visit when told as travel, or as the traveller being there ("The Minister is in Canberra today").
  if (stops.length < 2 && !TRIP_WORD.test(tripSentences.map((sentence) => sentence.text).join(' ')) && !tripSentences.some((sentence) => /\b(?:is|was) in (?=\p{Lu})/u.test(sentence.text))) return null;
  if (!stops.length) return null;
  scheduleForward(context.document, itinerary);

  // One stop is a visit, not a trip.
  if (stops.length === 1) return visitOfOneStop(context, stops[0], traveller, itinerary, tripSentences, summits);
  const visitorCountry = traveller?.country ?? null;
  const travellerName = traveller?.name ?? 'Writer';
  const children: Draft[] = stops.map((stop) => visitAtStop(context, stop, traveller, summits));
  const hosts = [...new Set(stops.map((stop) => stop.code))];
  return {
    type: 'DIPLOMATIC_TRIP',
    title: `${travellerName}'s trip to ${hosts.map(countryName).join(', ')}`,
    date: itinerary.start,
    endDate: itinerary.end ?? itinerary.start,
    // A trip's stops all in one country (Beijing, then Shanghai) are a journey in that country: the trip is placed there.
    location: hosts.length === 1 ? hosts[0] : null,
    participants: traveller ? [{ person: traveller, role: 'VISITOR' }] : [],
    countries: [
      ...(visitorCountry ? [{ country: visitorCountry, role: 'VISITOR' as const }] : []),
      ...hosts.filter((code) => code !== visitorCountry).map((country) => ({ country, role: 'HOST' as const })),
    ],
    sentences: tripSentences,
    children,
  };
}

/**
 * A meeting the traveller holds at a stop: "will meet with Prime Minister Babis", "a series of
 * meetings with senior officials", "In his meetings with government officials", "a courtesy call
 * with", "participate in the ASEAN Defense Ministers' Meeting". The bare "in meetings with" framing
 * a stop ("wrap up his trip in Paris in meetings with French officials") is the visit itself.
 */
const STOP_MEETING = /\b(?:meets?\s+with|met\s+with|will\s+(?:also\s+)?meet\s+(?=\p{Lu}|the\s|government|civil|members|local|key|senior)|(?:held|hold|holds|have|had)\s+(?:a\s+|an\s+)?(?:bilateral\s+|separate\s+|further\s+|\w+-\w+\s+)?(?:talks|meetings?|discussions|consultations)\s+with|sat\s+down\s+with|(?:his|her|my|their|series of|multilateral|bilateral)\s+meetings?\s+with|courtesy call\s+(?:with|on)|(?:participate|take part)\s+in\s+the\s+(?:(?:first|second|third|fourth|fifth|annual|inaugural|\d+(?:st|nd|rd|th))\s+)?(?:[\p{Lu}\d][\p{L}\d.'’()-]*\s+){1,8}?(?:Meeting|Dialogue|Ministerial)|co-?chair\s+the\s+(?:(?:first|second|third|fourth|fifth|annual|inaugural|\d+(?:st|nd|rd|th))\s+)?(?:[\p{Lu}\d][\p{L}\d'’()-]*\s+){1,8}?(?:Meeting|Dialogue|Ministerial)|(?:at|attend)\s+the\s+(?:(?:first|second|third|fourth|fifth|annual|inaugural|\d+(?:st|nd|rd|th))\s+)?(?:[\p{Lu}\d][\p{L}\d'’()-]*\s+){1,8}?(?:Meeting|Dialogue))\b/gu;
// (not a thing met: "met the requirements", "met its targets"; the same guard as the MEETING trigger's "met")
const BARE_MET = /\bmet\s+(?=\p{Lu}|the\s|his\s|her\s)(?!(?:the|his|her|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\w-]+\s+){0,2}(?:targets?|goals?|requirements?|demands?|needs|criteria|deadlines?|obligations?|standards?|expectations?|conditions?|commitments?|thresholds?|benchmarks?|quotas?)\b)/gu;
/** "… and with President Herzog", "and separately with …": another counterpart of the meeting phrase before it, met apart. */
const AND_WITH = /,?\s+and\s+(?:(?:separately|also|later|then)\s+)?with\s+(?=\p{Lu}|(?:the|his|her|their)\s)/gu;
/** A meeting phrase's stops listed each with its day: "meetings in Zimbabwe on May 11, in Rwanda on May 12, and in Gabon on May 13". */
const STOPS_LISTED_FIRST = /^\s+in\s+(?:the\s+)?$/u;
const STOPS_LISTED_NEXT = /^\s+on\s+[\p{L}\d.\s]{1,20}?,\s*(?:and\s+)?in\s+(?:the\s+)?$/u;
/** "the leaders of Saudi Arabia, Qatar and the United Arab Emirates", "defense leaders from Japan, Vietnam and China". */
const COUNTERPARTS_FROM = /^[\p{L}\s-]{0,40}?\b(?:of|from)\s+$/u;

/**
 * The day a meeting phrase's own clause gives it: written after the phrase ("the … Meeting on November
 * 21"), or before it in the same clause ("In Seoul on March 12, he will meet …"), never across a word
 * that opens another time ("after", "since", "following").
 */
function clauseDay(dates: FoundDate[], sentence: Sentence, triggerAt: number, triggerEnd: number, text: string): FoundDate | null {
  const days = dates.filter((found) => found.precision === 'DAY');
  const after = days.find((found) => found.start >= triggerEnd && found.start - triggerEnd < 80);
  if (after) return after;
  const before = days.filter((found) => found.end <= triggerAt && !/\b(?:after|before|since|following|until|ahead of|then)\b|[;:]/i.test(text.slice(found.end, triggerAt)));
  return before[before.length - 1] ?? null;
}

/** One counterpart named by office, right after a meeting phrase: "her Indonesian counterpart", "the emir" (not "officials", "leaders"). */
const ONE_BY_OFFICE = /^\s*(?:with\s+)?(?:his|her|their|its|the)\s+(?:[\p{Lu}][\p{L}-]*\s+){0,2}(counterpart|president|prime\s+minister|chancellor|king|queen|emir|premier|crown\s+prince|sultan|(?:foreign|defen[cs]e)\s+(?:minister|secretary))\b(?!s)/iu;

/** Matches of several wordings, in order, each phrase once (the first of two that overlap). */
function withoutOverlaps(matches: RegExpExecArray[]): RegExpExecArray[] {
  const kept: RegExpExecArray[] = [];
  for (const match of [...matches].sort((a, b) => a.index - b.index)) {
    const last = kept[kept.length - 1];
    if (!last || match.index >= last.index + last[0].length) kept.push(match);
  }
  return kept;
}

/**
 * Whether a meeting phrase in a trip's sentence is someone else's: a person other than the traveller
 * is named before it and no pronoun or office takes the subject back ("Prime Minister Albanese chose
 * Indonesia for his first overseas visit, meeting President Prabowo in Jakarta in May").
 */
function anotherDoer(sentencePeople: FoundPerson[], sentence: Sentence, triggerAt: number, traveller: FoundPerson | null, text: string): boolean {
  let last: { person: FoundPerson; end: number } | null = null;
  for (const person of sentencePeople) {
    for (const mention of mentionsIn(person, sentence)) if (mention.end <= triggerAt && (!last || mention.end > last.end)) last = { person, end: mention.end };
  }
  if (!last || last.person === traveller) return false;
  if (traveller && mentionsIn(traveller, sentence).some((mention) => mention.end <= triggerAt)) return false;
  return !/\b(?:he|she|I|we|[Tt]he\s+(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Secretary|Minister|President|Chancellor|Premier))\b/u.test(text.slice(last.end, triggerAt));
}

/**
 * The stop a dated engagement told without a place belongs to: a schedule runs forward, so the last
 * stop reached by its day ("On March 3, Minister Iwaya paid a courtesy call on President Marcos" after
 * the Manila stop of March 2 and before Hanoi on March 4). Nothing outside the trip's days.
 */
function stopOfDay(stops: Draft[], trip: Draft, day: FoundDate | null): Draft | null {
  if (!day || day.precision !== 'DAY') return null;
  if ((trip.date && day.date < trip.date.date) || (trip.endDate && day.date > trip.endDate.date)) return null;
  const reached = stops.filter((stop) => stop.date?.precision === 'DAY' && stop.date.date <= day.date);
  return reached.sort((a, b) => a.date!.date.getTime() - b.date!.date.getTime()).pop() ?? null;
}

/** Meetings at the trip's stops, one per meeting phrase (and one per country a phrase lists). */
function stopMeetings(trip: Draft, context: EventsContext): Draft[] {
  const { document, countries, people } = context;
  const { text } = document;
  // A one-stop visit is its own stop: "arrived in Brussels on Monday. On Tuesday he met Rutte. On Wednesday he met De Wever."
  const stops = trip.children.length ? trip.children : trip.location ? [trip] : [];
  if (!stops.length) return [];
  const traveller = trip.participants[0]?.person ?? null;
  const stopOf = (code: string) => stops.find((stop) => stop.location === code) ?? null;
  const firstTripSentence = Math.min(...trip.sentences.map((sentence) => sentence.index));
  const meetings: Draft[] = [];
  // Named gatherings ("the ASEAN Defense Ministers' Meeting") are events of their own however many people are named.
  const gatherings = new Set<Draft>();
  // Meetings with one counterpart named by office only ("will sit down with her Indonesian counterpart").
  const byOffice = new Set<Draft>();
  // The office a meeting's one counterpart is named by ("counterpart", "prime minister").
  const officeOf = new Map<Draft, string>();
  // Meetings told with a day of their own in their clause ("on Monday, November 18, he will hold talks with the Crown Prince").
  const ownDated = new Set<Draft>();
  // Meetings whose clause tells their day (the others have the stop's).
  const dayTold = new Set<Draft>();
  let current: Draft | null = null;
  // The stop the paragraphs before were last at: a schedule told one engagement a paragraph goes on where it was.
  let carried: Draft | null = null;
  let paragraph = -1;
  for (const sentence of document.sentences) {
    if (sentence.index < firstTripSentence) continue;
    if (sentence.paragraph !== paragraph) {
      if (current) carried = current;
      current = null;
    }
    paragraph = sentence.paragraph;
    const places = countries.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end && mention.kind !== 'demonym');
    // (a later leg the sentence names after its meetings, "held talks with X … before heading to Malaysia", is not where they
    // are held; one named before a meeting is: "then go on to Accra to meet President Y")
    const stopPlaces = places.filter((mention) => stopOf(mention.code) && !(laterLeg(text, sentence, mention) && !STOP_MEETING_AFTER.test(text.slice(mention.end, sentence.end))));
    // A sentence listing several stops (the itinerary) places no meeting by itself.
    const distinctStops = new Set(stopPlaces.map((mention) => mention.code));
    // On a one-stop visit a bare "met" is as good as "met with" ("On Tuesday he met Rutte"); at a
    // trip's stop it tells the stop's visit itself ("In Manila he met Marcos and Teodoro").
    // A government's own itinerary lists every engagement: there a bare "met" at a multi-stop trip's stop is one too.
    const found = [...sentence.text.matchAll(STOP_MEETING), ...sentence.text.matchAll(ENGAGEMENT_WORDINGS), ...(trip.children.length && !context.governmentRelease ? [] : sentence.text.matchAll(BARE_MET))];
    // "met with Prime Minister Netanyahu and with President Herzog": the second "with" after a meeting phrase is another meeting.
    if (found.length) found.push(...[...sentence.text.matchAll(AND_WITH)].filter((match) => found.some((first) => first.index < match.index)));
    const matches = withoutOverlaps(found);
    // The sentence's people, read once; whose engagements the sentence tells is read before its first one
    // ("hold talks with X and call on Y" are both the traveller's).
    const here = matches.length ? peopleIn(people, sentence) : [];
    const opening = matches.length ? openingPlace(sentence, countries, text) : null;
    if (matches.length && anotherDoer(here, sentence, sentence.start + matches[0].index, traveller, text)) matches.length = 0;
    for (const match of matches) {
      const triggerAt = sentence.start + match.index;
      const triggerEnd = triggerAt + match[0].length;
      // The meeting's own day, read only when it is needed (dates are the costly part of a sentence).
      let ownDay: FoundDate | null | undefined;
      const ownDate = () => (ownDay === undefined ? (ownDay = clauseDay(datesIn(sentence.text, sentence.start, context.publishedAt, textYearOf(context), textDayOf(context)), sentence, triggerAt, triggerEnd, text)) : ownDay);
      const before = stopPlaces.filter((mention) => mention.end <= triggerAt);
      // Where the sentence does not say, the stop in the counterpart's country ("Rubio is also scheduled to meet Emir Tamim" is in Qatar), else the stop the paragraph is at, else the stop of the day.
      const counterpartStop = here.find((person) => person !== traveller && person.country && person.country !== traveller?.country && stopOf(person.country) && mentionsIn(person, sentence).some((mention) => mention.start >= triggerEnd));
      // "In Kigali, the Secretary-General will meet African leaders before flying to Nairobi": at the sentence's opening place,
      // a stop or not (a place the itinerary did not read as one), over a later stop of the sentence.
      const opened = opening && opening.end <= triggerAt ? opening : null;
      // "meet with the leaders of A, B and C": one meeting in each, when they are the stops.
      const listed: CountryMention[] = [];
      let end = -1;
      for (const mention of places) {
        if (mention.start < triggerEnd) continue;
        const gap = text.slice(end < 0 ? triggerEnd : end, mention.start);
        // (or "meetings in A on D1, in B on D2 and in C on D3": the stops listed with their days)
        if (end < 0 ? !COUNTERPARTS_FROM.test(gap) && !STOPS_LISTED_FIRST.test(gap) : !/^(?:,\s*|,?\s*and\s+)(?:the\s+)?$/.test(gap) && !STOPS_LISTED_NEXT.test(gap)) break;
        listed.push(mention);
        end = mention.end;
      }
      // Countries the counterparts come from, none of them a stop ("meet their counterparts from A, B and C"), tell no place:
      // such a meeting goes on at the stop the paragraphs before were at.
      const fromElsewhere = listed.length >= 2 && places.every((mention) => listed.includes(mention) && !stopOf(mention.code));
      const stop =
        (opened ? stopOf(opened.code) : null) ??
        (before.length ? stopOf(before[before.length - 1].code) : null) ??
        (distinctStops.size === 1 ? stopOf(stopPlaces[0].code) : null) ??
        (counterpartStop ? stopOf(counterpartStop.country!) : null) ??
        current ??
        stopOfDay(stops, trip, ownDate()) ??
        (places.length && !fromElsewhere ? null : carried);
      const locations = listed.length >= 2 && !(fromElsewhere && stop) ? listed.map((mention) => stopOf(mention.code)?.location ?? (stop ? stop.location : mention.code)) : [opened && !stopOf(opened.code) ? opened.code : (stop?.location ?? null)];
      for (const location of locations) {
        if (!location) continue;
        const atStop = stopOf(location);
        // The meeting's own day ("the … Meeting on November 21"), else the stop's; one of a list of stops is on its stop's day.
        const date = (listed.length >= 2 ? atStop?.date : null) ?? ownDate() ?? atStop?.date ?? null;
        const draft: Draft = {
          type: 'MEETING',
          title: '',
          date,
          endDate: date,
          location,
          participants: traveller ? [{ person: traveller, role: 'PARTICIPANT' }] : [],
          countries: [...new Set([traveller?.country ?? null, location].filter((code): code is string => code !== null))].map((country) => ({ country, role: 'PARTICIPANT' as const })),
          sentences: [sentence],
          children: [],
          city: atStop?.city ?? null,
          placed: true,
        };
        for (const person of here) if (mentionsIn(person, sentence).some((mention) => mention.start >= triggerEnd)) addParticipant(draft, person, 'PARTICIPANT');
        if (/(?:Meeting|Dialogue|Ministerial|Consultations)$/.test(match[0])) gatherings.add(draft);
        const office = ONE_BY_OFFICE.exec(text.slice(triggerEnd, Math.min(sentence.end, triggerEnd + 60)));
        if (office) {
          byOffice.add(draft);
          officeOf.set(draft, office[1].toLowerCase().replace(/\s+/g, ' '));
        }
        if (ownDate()) dayTold.add(draft);
        if (ownDate() && (!atStop?.date || isoDay(ownDate()!.date) !== isoDay(atStop.date.date))) ownDated.add(draft);
        meetings.push(draft);
      }
    }
    if (distinctStops.size === 1) current = stopOf(stopPlaces[stopPlaces.length - 1].code);
    else if (stopPlaces.length && /^(?:While\s+)?in\s/i.test(sentence.text)) current = stopOf(stopPlaces[0].code);
  }
  // One meeting with one named host at a trip's stop is the visit itself (the visit's host), as the seed
  // convention has it: "In Tokyo, Trump will hold talks with Takaichi" is a visit to Tokyo. A
  // government's own itinerary lists each engagement of a stop as its own, and the corpus guide
  // counts each as a meeting there ("In Jakarta, I will meet with Foreign Minister Retno Marsudi").
  // A one-stop visit keeps its talks beside it, as it does when they are told apart from the arrival
  // ("visited Madrid, where he held talks with X" as "arrived in Madrid. He met X").
  // A meeting at a summit's stop on the summit's day is the summit's business, unless held on its sidelines (as outside a trip).
  const held = meetings.filter((meeting) => {
    const atStop = stopOf(meeting.location!);
    const sameDay = !meeting.date || !atStop?.date || isoDay(meeting.date.date) === isoDay(atStop.date.date);
    return !(atStop?.type === 'SUMMIT' && sameDay && !meeting.sentences.some((sentence) => SIDELINES.test(sentence.text)));
  });
  // "Ramaphosa arrived in Kenya … where he was meeting his Kenyan counterpart, William Ruto" under the headline "Ramaphosa
  // meeting Kenyan President William Ruto", "will hold talks with his counterpart" … "During the visit, he will have a bilateral
  // meeting with his counterpart": one engagement told again in another sentence is one meeting (`sameEngagement`).
  const engagements: Draft[] = [];
  for (const meeting of held) {
    const same = engagements.find((other) => !other.sentences.includes(meeting.sentences[0]) && sameEngagement(other, meeting, traveller, officeOf, gatherings, dayTold));
    if (!same) {
      engagements.push(meeting);
      continue;
    }
    // (the day its own clause tells beats the stop's)
    if (!same.date || (dayTold.has(meeting) && !dayTold.has(same))) {
      same.date = meeting.date ?? same.date;
      same.endDate = meeting.endDate ?? same.endDate;
    }
    if (dayTold.has(meeting)) dayTold.add(same);
    same.sentences.push(...meeting.sentences.filter((sentence) => !same.sentences.includes(sentence)));
    if (ownDated.has(meeting)) ownDated.add(same);
  }
  if (context.governmentRelease || !trip.children.length) return engagements;
  // (a stop's engagement told in two sentences counts as two tellings: told for its own sake, it is no mere host of the stop's visit)
  return engagements.filter((meeting) => {
    const atSameStop = held.filter((other) => other.location === meeting.location);
    const counterparts = meeting.participants.filter((participant) => participant.person !== traveller).length || (byOffice.has(meeting) ? 1 : 0);
    return atSameStop.length > 1 || counterparts !== 1 || gatherings.has(meeting) || ownDated.has(meeting);
  });
}

/**
 * A visit told on one day: dated to the day, ending that day, and told in none of its sentences as lasting several ("a
 * three-day visit", "from 24 to 26 February", "until Friday"; "a one-day visit" is one day). Its meetings and the accords
 * signed on it are held that day; a visit of several days' first day is not theirs.
 */
function visitToldOnOneDay(visit: Draft): boolean {
  if (visit.date?.precision !== 'DAY' || (visit.endDate && !sameDay(visit.endDate, visit.date))) return false;
  return !visit.sentences.some((told) => tellsSeveralDays(told.text));
}

/** A time told apart from the stop's: "Mr. X met Mr. Y last month on the sidelines of …", "met two years ago". */
const ANOTHER_TIME = /\b(?:last\s+(?:week|month|year|time|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter)|ago|previously|earlier\s+this\s+(?:week|month|year))\b/i;

/**
 * Whether two meetings at one stop told in two sentences are one engagement: the same place, no two days told (a stop's day
 * yields to the day a clause tells: "set to meet with President Xi" under "is scheduled to meet with Xi on Friday"), the same named
 * counterparts (or one counterpart named by the same office, "his counterpart"), neither a named gathering (each is its own)
 * and neither told at another time than the stop's ("met Mr. Lavrov last month" beside "will hold talks with Lavrov in Moscow").
 */
function sameEngagement(one: Draft, other: Draft, traveller: FoundPerson | null, officeOf: Map<Draft, string>, gatherings: Set<Draft>, dayTold: Set<Draft>): boolean {
  if (one.location !== other.location || gatherings.has(one) || gatherings.has(other)) return false;
  // (a day only the stop gives yields to the day a telling's own clause gives)
  if (one.date && other.date && isoDay(one.date.date) !== isoDay(other.date.date) && dayTold.has(one) === dayTold.has(other)) return false;
  if ([...one.sentences, ...other.sentences].some((sentence) => ANOTHER_TIME.test(sentence.text))) return false;
  const counterparts = (draft: Draft) => draft.participants.filter(({ person }) => person !== traveller).map(({ person }) => person.name).sort().join('|');
  const named = counterparts(one);
  if (named) return named === counterparts(other);
  return !counterparts(other) && officeOf.has(one) && officeOf.get(one) === officeOf.get(other);
}

/**
 * Whether talks told as a noun have two states as their sides: two countries named inside the words ("between Russia and
 * Turkey", "Turkish-Greek"; "Sino-" is China's), or one after "with" and another as the subject right before the verb
 * ("Greece was negotiating with Israel", "Athens is engaged in talks with Israel"). Talks "between the two sides" or with
 * a company are none of these.
 */
function stateSides(sentence: Sentence, places: CountryMention[], text: string, from: number, to: number): boolean {
  const inside = new Set(places.filter((mention) => mention.start >= from && mention.end <= to).map((mention) => mention.code));
  if (/^Sino-/.test(text.slice(from, to))) inside.add('CN');
  if (inside.size >= 2) return true;
  if (!/\bwith\b/.test(text.slice(from, to)) || inside.size !== 1) return false;
  const subject = places.find((mention) => mention.end <= from && /^\s*$/.test(text.slice(mention.end, from)) && mention.start >= sentence.start);
  return subject !== undefined && !inside.has(subject.code);
}

/**
 * The office holder whose words a speech verb reports: the person named right before it ("Marie
 * Harf noted", "Sharaf’s call"), with a title written in the text or known from the office holders.
 */
function officialSpeaker(persons: FoundPerson[], sentence: Sentence, triggerAt: number, text: string): FoundPerson | null {
  for (const person of persons) {
    if (!person.title) continue;
    if (mentionsIn(person, sentence).some((mention) => mention.end <= triggerAt && /^(?:['’]s)?\s*$/.test(text.slice(mention.end, triggerAt)))) return person;
  }
  return null;
}

/**
 * Whether a comment verb reports a person's or an institution's words: a person named, a state, a body of states
 * or a state's organ right before it ("Foreign Secretary X condemned", "The White House Press Secretary strongly
 * condemned", "MLA X urged"); never a second statement in a sentence, nor the words exchanged in a meeting the paragraph tells (a
 * readout's "The Secretary welcomed the progress" is the meeting's content).
 */
function reportedSpeech(persons: FoundPerson[], sentence: Sentence, places: CountryMention[], text: string, unquoted: string, verbAt: number, drafts: Draft[], people: FoundPerson[], later = false): { country: string | null; person?: FoundPerson; body?: boolean; state?: boolean } | null {
  const gathered = (other: Draft) => ['MEETING', 'SUMMIT', 'DIPLOMATIC_VISIT'].includes(other.type);
  const toldHere = drafts.filter((other) => other.type === 'STATEMENT' && other.sentences.includes(sentence));
  if (drafts.some((other) => other.sentences.some((told) => told.paragraph === sentence.paragraph) && gathered(other))) return null;
  if (toldHere.length && !later) return null;
  // (any person named right before the verb, with an office written or not: "MLA X urged people to …", "Protester X expressed
  // anger", "X has conceded defeat" are words reported as an office holder's are; the corpus guide annotates every speech act)
  const speaker =
    persons.find((person) => mentionsIn(person, sentence).some((mention) => mention.end <= verbAt && REPORTED_GAP.test(unquoted.slice(mention.end - sentence.start, verbAt - sentence.start).replace(JOINED_SPEAKER, '')))) ??
    pronounReporting(people, drafts, sentence, unquoted, verbAt);
  // "Prime Minister X urged an end to the protest, while Interior Minister Y warned of penalties": a later comment verb of the
  // sentence is another statement only with a speaker of its own, named right before it, whom no statement of the sentence has.
  if (toldHere.length && (!speaker || toldHere.some((other) => !other.participants.some((participant) => participant.role === 'SPEAKER') || other.participants.some((participant) => participant.role === 'SPEAKER' && participant.person === speaker)))) return null;
  if (speaker) return drafts.some((other) => gathered(other) && other.participants.some((participant) => participant.person === speaker)) ? null : { country: speaker.country ?? null, person: speaker };
  // (an office named without its holder in a story of meetings is one of their parties: "The President expressed his disappointment")
  if (!stateSpeaksAt(sentence, places, text, verbAt) || drafts.some(gathered)) return null;
  const state = places.filter((mention) => mention.kind !== 'city' && mention.kind !== 'demonym' && mention.end <= verbAt && SPEAKER_GAP.test(text.slice(mention.end, verbAt))).pop();
  const before = text.slice(Math.max(sentence.start, verbAt - 60), verbAt);
  return { country: state?.code ?? speakingCountry(sentence, places, text) ?? seatIn(text.slice(sentence.start, verbAt)), body: !state && (BODY_BEFORE.test(before) || ORGAN_BEFORE.test(before)), state: state !== undefined && !STANDING_POSITION.test(text.slice(state.end, verbAt)) };
}

/**
 * The comment verbs by which a state named alone answers a happening (CAMEO 11 disapprove, 12 reject, 05 express): condemning,
 * criticising, accusing, blaming, rejecting, denying, protesting, voicing a feeling. Read undated only with these.
 */
const STATE_REACTION = /^(?:condemn|denounc|deplor|decr|critici|slam|blam|accus|reject|denied|dismissed|refuted|protest|expressed|voiced|conveyed)/i;

/**
 * A denial in the present of news style, opening the words a reported comment matched ("Islamabad denies involvement", "Qatar
 * denies the allegations"): a state's reply to a charge, news like its denial in the past, not a position it holds ("Italy rejects …").
 */
const PRESENT_DENIAL = new RegExp(`^(?:${DENIES})`, 'u');

/**
 * A state's word told in the perfect, one state alone ("Moscow has criticised the build-up as provocative", "Beijing has said"): a
 * standing position rather than an occasion of speaking; several states reacting together are one ("The EU, Russia and the US have
 * all condemned …").
 */
const STANDING_POSITION = /\b(?:has|have|had)\b(?!\s+(?:all|both)\b)/;

/** A second speaker joined to the first by name ("Opposition leader X and South Africa's Y have expressed support"): their words are one statement, the first one's. */
const JOINED_SPEAKER = /^\s+and\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,5}\p{Lu}[\p{L}’'.-]*(?=\s)/u;

/**
 * The office holder a pronoun right before a comment verb stands for ("On Monday, he called on the army to …", "She condemned the
 * attack"): news style names its speaker once and goes on with "he"/"she" (`pronounSpeaker`); read only for one with a title.
 */
function pronounReporting(people: FoundPerson[], drafts: Draft[], sentence: Sentence, unquoted: string, verbAt: number): FoundPerson | null {
  const before = unquoted.slice(0, verbAt - sentence.start);
  const pronoun = [...before.matchAll(/\b(?:[Hh]e|[Ss]he)\b/g)].pop();
  if (!pronoun || !REPORTED_GAP.test(before.slice(pronoun.index + pronoun[0].length))) return null;
  // (a pronoun after its sentence's own subject is that subject's: "X assailed what he called … and urged …")
  const pronounAt = sentence.start + pronoun.index;
  const ownSubject = people
    .flatMap((person) => mentionsIn(person, sentence).filter((mention) => mention.end <= pronounAt && unquoted[mention.start - sentence.start] !== ' ').map((mention) => ({ person, mention })))
    .sort((a, b) => a.mention.start - b.mention.start)[0]?.person;
  const person = ownSubject ?? subjectBefore(people, drafts, sentence, pronoun[0]);
  return person?.title ? person : null;
}

/**
 * Whom "he"/"she" opening a clause stands for: the speaker of the statement told just before, else the person named first, outside
 * quotes, in the nearest of the three sentences before that names one (a sentence opening with a pronoun goes on about the same
 * person: "According to X, … ¶ He noted that … unlike Y … ¶ He urged …" is X's). Not the last name read, which is often an object
 * or a name inside the words ("“We will speak with President Y now.” ¶ He called for …").
 */
function subjectBefore(people: FoundPerson[], drafts: Draft[], sentence: Sentence, pronoun: string): FoundPerson | null {
  const fits = fitsPronoun(pronoun);
  const speakers = speakersJustBefore(drafts, sentence);
  if (speakers.length === 1) return fits(speakers[0]) ? speakers[0] : null;
  for (let index = sentence.index - 1; index >= sentence.index - 3; index--) {
    const named = people.flatMap((person) => person.mentions.filter((mention) => mention.sentence.index === index).map((mention) => ({ person, mention })));
    if (!named.length) continue;
    const told = named[0].mention.sentence;
    if (/^\s*(?:[Hh]e|[Ss]he)\b/.test(told.text)) continue;
    const unquoted = told.text.replace(/["“][^"”]*["”]/g, (quote) => ' '.repeat(quote.length));
    const first = named.filter(({ mention }) => unquoted[mention.start - told.start] !== ' ').sort((a, b) => a.mention.start - b.mention.start)[0];
    if (!first) continue;
    return fits(first.person) ? first.person : null;
  }
  return null;
}

/** Whether a person may be the one "he" or "she" stands for: a given name of the other sex rules them out, an unknown one does not. */
function fitsPronoun(pronoun: string): (person: FoundPerson) => boolean {
  const sex = /^s/i.test(pronoun) ? 'female' : 'male';
  return (person) => {
    const given = givenNameSex(person.name.split(/\s+/)[0]);
    return given === null || given === sex;
  };
}

/** The speakers of the statements told in the sentence just before this one. */
function speakersJustBefore(drafts: Draft[], sentence: Sentence): FoundPerson[] {
  const before = drafts.filter((draft) => draft.type === 'STATEMENT' && draft.sentences.some((told) => told.index === sentence.index - 1));
  return [...new Set(before.flatMap((draft) => draft.participants.filter(({ role }) => role === 'SPEAKER').map(({ person }) => person)))];
}

/** The person a pronoun stands for ("he said"): the one named last before it, in its sentence or the two before. */
function lastNamed(persons: FoundPerson[], at: number, sentence: Sentence): FoundPerson | null {
  const named = persons.flatMap((person) => person.mentions.filter((mention) => mention.end <= at && mention.sentence.index >= sentence.index - 2).map((mention) => ({ person, end: mention.end })));
  return named.sort((a, b) => b.end - a.end)[0]?.person ?? null;
}

/**
 * The speaker a pronoun of saying stands for ("“…,” he said", "She added: …"). A pronoun going on with reported words is the
 * speaker of the words told in the sentence just before (news style carries its speaker from quote to quote: "Trump said … ¶
 * “I look forward to spending time with President Xi,” he said" is Trump's, not Xi's, whom the words name), when the pronoun
 * fits that speaker's given name (compromise's lexicon knows "Catherine" as a woman's, "Donald" as a man's); else the one named
 * last before it whose given name does not contradict the pronoun.
 */
function pronounSpeaker(persons: FoundPerson[], drafts: Draft[], at: number, sentence: Sentence, pronoun: string): FoundPerson | null {
  const fits = fitsPronoun(pronoun);
  const speakers = speakersJustBefore(drafts, sentence);
  if (speakers.length === 1 && fits(speakers[0])) return speakers[0];
  const named = persons.flatMap((person) => person.mentions.filter((mention) => mention.end <= at && mention.sentence.index >= sentence.index - 2).map((mention) => ({ person, end: mention.end })));
  return named.sort((a, b) => b.end - a.end).find(({ person }) => fits(person))?.person ?? null;
}

/** Two people named together as the subject before a verb: "President Macron and President Biden spoke", "Putin and Erdogan talked". */
function pairBefore(persons: FoundPerson[], sentence: Sentence, verbAt: number, text: string): boolean {
  const before = persons.flatMap((person) => mentionsIn(person, sentence).filter((mention) => mention.end <= verbAt).map((mention) => ({ person, mention })));
  return before.some((first) => before.some((second) => second.person !== first.person && second.mention.start > first.mention.end && /^[^.;:,]{0,60}?\band\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u.test(text.slice(first.mention.end, second.mention.start)) && /^[^.;:]{0,80}$/.test(text.slice(second.mention.end, verbAt))));
}

/** Who an event is about, by type: the declarer of martial law, the impeached, the deceased, the speaker… */
function roleOf(type: EventType, person: FoundPerson, sentence: Sentence, text: string): ParticipantRole {
  const mention = mentionsIn(person, sentence)[0];
  const after = mention ? text.slice(mention.end, Math.min(sentence.end, mention.end + 40)) : '';
  const before = mention ? text.slice(Math.max(sentence.start, mention.start - 70), mention.start) : '';
  switch (type) {
    case 'FUNERAL':
      // The deceased: "funeral services for former President Jimmy Carter", "Carter's funeral", "Carter funeral".
      if (/\b(funeral|services?|burial)\b[^.]{0,30}\b(for|of)\s+(\S+\s+){0,3}$/i.test(before)) return 'SUBJECT';
      if (/^(['’]s)?\s+(state\s+)?(funeral|memorial|burial)/i.test(after)) return 'SUBJECT';
      return /^\s*(presided|led)/.test(after) ? 'ORGANIZER' : 'ATTENDEE';
    case 'STATEMENT':
    case 'ANNOUNCEMENT':
      // (words posted are their poster's: "X tweeted that …")
      return /^\s*(said|announced|says|told|tweeted|tweets)/.test(after) || /^(['’]s)?\s*(,[^,]+,\s*)?(said|announced|tweeted)/.test(after) ? 'SPEAKER' : 'SUBJECT';
    case 'MEETING':
    case 'ELECTION':
      return 'PARTICIPANT';
    case 'SUMMIT':
      return /\bhost/i.test(text.slice(sentence.start, sentence.end)) ? 'HOST' : 'ATTENDEE';
    default:
      return 'SUBJECT';
  }
}

function addParticipant(draft: Draft, person: FoundPerson, role: ParticipantRole): void {
  if (!draft.participants.some((participant) => participant.person === person)) draft.participants.push({ person, role });
}

/**
 * The countries a meeting phrase lists its counterparts by: "met with defense leaders from Japan,
 * Vietnam, China, South Korea and Malaysia", "will meet with the leaders of A, B and C".
 */
/** Where a meeting's object ends: its purpose or topic ("to discuss", "on", "about"), another clause. */
const OBJECT_END = /\s(?:to|on|about|regarding|over|for|during|at|before|after|while|where|when|which|who)\s|[;:()“"]/;
/** Between two items of a list of people met: a comma or an "and" at the end of the item before. */
const ITEM_BREAK = /,|\band\b/;
/** An office in an item of a list of people met ("Cook Islands Prime Minister Mark Brown", "Samoa's Head of State"). */
const ITEM_OFFICE = /\b(?:President|Prime\s+Minister|Premier|Chancellor|Minister|Secretary|Head\s+of\s+(?:State|Government)|King|Queen|Emir|Crown\s+Prince|Sultan|Governor|Speaker|Ambassador|counterparts?|leaders?)\b/;

/**
 * A part of a sentence after a comma that is a clause of its own, not one more item of a list of people: a lower-case word that is
 * no office, article or joining word ("the German Chancellor Angela Merkel departed from …", "the Russian leader said …"). "At a
 * meeting with Medvedev in Sochi, the German Chancellor …": the sentence's subject is no second counterpart.
 */
const LIST_ITEM_WORD = /^(?:and|or|the|a|an|of|from|in|with|his|her|their|its|as|well|also|both|other|[\p{Lu}\d].*|leaders?|counterparts?|heads?|state|government|ministers?|president|prime|premier|deputy|vice|foreign|defen[cs]e|minister|secretary|general|chief|crown|prince|king|queen|emir|sultan|governor|speaker|ambassadors?|envoys?|officials?|senior|top|acting|former|representatives?|delegations?|members?)$/u;
function mainClauseAt(rest: string): number {
  let at = rest.indexOf(',');
  while (at >= 0) {
    const next = rest.indexOf(',', at + 1);
    const part = rest.slice(at + 1, next < 0 ? rest.length : next);
    if (part.split(/[\s.]+/).some((word) => word !== '' && !LIST_ITEM_WORD.test(word))) return at;
    at = next;
  }
  return rest.length;
}

/**
 * "will meet with the acting Prime Minister in Tonga, Cook Islands Prime Minister Mark Brown and Samoa's Head of State":
 * the countries of a list of office holders met, each item an office with its own country (written before it, as its
 * possessive, or "in/of" after it) — one meeting a country, as "the leaders of A, B and C" is.
 */
function countriesOfListedOffices(sentence: Sentence, triggerEnd: number, countries: CountryMention[], text: string): CountryMention[] {
  const rest = text.slice(triggerEnd, sentence.end);
  const objectEnd = triggerEnd + Math.min(OBJECT_END.exec(rest)?.index ?? rest.length, mainClauseAt(rest));
  const inObject = countries.filter((mention) => mention.start >= triggerEnd && mention.end <= objectEnd);
  const items: CountryMention[] = [];
  for (const mention of inObject) {
    const previous = items[items.length - 1];
    if (previous && (previous.code === mention.code || !ITEM_BREAK.test(text.slice(previous.end, mention.start)))) continue;
    // the office the country belongs to, within its item: right after it ("Samoa's Head of State") or right before ("the Prime Minister in Tonga")
    const itemStart = Math.max(previous?.end ?? triggerEnd, triggerEnd);
    const around = text.slice(itemStart, Math.min(objectEnd, mention.end + 40)).split(/,|\band\b/).find((part) => part.includes(text.slice(mention.start, mention.end))) ?? '';
    if (!ITEM_OFFICE.test(around)) continue;
    items.push(mention);
  }
  return items.filter((mention, index) => items.findIndex((other) => other.code === mention.code) === index);
}

function listedCounterparts(sentence: Sentence, triggerEnd: number, countries: CountryMention[], text: string): CountryMention[] {
  const offices = countriesOfListedOffices(sentence, triggerEnd, countries, text);
  if (offices.length >= 2) return offices;
  if (!/^\s*with\b/.test(text.slice(triggerEnd, triggerEnd + 6))) return [];
  const listed: CountryMention[] = [];
  let end = -1;
  for (const mention of countries) {
    if (mention.start < triggerEnd || mention.end > sentence.end) continue;
    const gap = text.slice(end < 0 ? triggerEnd : end, mention.start);
    if (end < 0 ? !COUNTERPARTS_FROM.test(gap) : !/^(?:,\s*|,?\s*and\s+)(?:the\s+)?$/.test(gap)) break;
    listed.push(mention);
    end = mention.end;
  }
  return listed.filter((mention, index) => listed.findIndex((other) => other.code === mention.code) === index);
}

/** The countries listed right from `from` ("Myanmar, Mali, Sudan and Guinea"), each once, cities left out; the list ends at any other word. */
function countriesListed(sentence: Sentence, from: number, countries: CountryMention[], text: string): CountryMention[] {
  const listed: CountryMention[] = [];
  let end = from;
  for (const mention of countries) {
    if (mention.start < from || mention.end > sentence.end) continue;
    if (!(listed.length ? /^(?:,\s*|,?\s*and\s+)(?:the\s+)?$/ : /^\s*(?:the\s+)?$/).test(text.slice(end, mention.start))) break;
    if (!mention.city && !listed.some((other) => other.code === mention.code)) listed.push(mention);
    end = mention.end;
  }
  return listed;
}

/**
 * One meeting per country a list of counterparts names, as the corpus guide counts them. On a visit
 * ("During the visit, X will meet with the leaders of A, B and C") each is held in the counterpart's
 * country; otherwise all are held where the sentence says, else where the story's gathering was
 * ("met with defense leaders from A, B and C while participating in the forum").
 */
function counterpartMeetings(draft: Draft, counterparts: CountryMention[], visiting: boolean, placed: boolean, earlier: Draft[]): Draft[] {
  const gathering = [...earlier].reverse().find((other) => ['MEETING', 'SUMMIT'].includes(other.type) && other.placed && other.location);
  return counterparts.map((mention) => {
    const location = visiting ? mention.code : placed ? draft.location : (gathering?.location ?? draft.location);
    const countries = draft.countries.some((role) => role.country === mention.code) ? draft.countries : [...draft.countries, { country: mention.code, role: 'PARTICIPANT' as const }];
    return { ...draft, location, city: visiting ? mention.city : draft.city, placed: visiting || placed || gathering !== undefined, participants: [...draft.participants], countries, counterpart: mention.code };
  });
}

/** A speech's word, noun or verb: "a speech", "an address", "remarks", "addressed". */
const SPEECH_WORD = /\b(?:speech|address(?:ed|es|ing)?|remarks|lecture)\b/gu;
/** A state's legislature or people, the audience a speech is given to in that state. */
const AUDIENCE_NOUN = String.raw`(?:[Pp]arliament|(?:[Nn]ational\s+)?[Aa]ssembly|Congress|Houses?|Senate|Diet|[Ll]egislature|[Ll]awmakers|[Pp]eople|[Nn]ation)`;
/** After the speech's word, in its clause: the audience, without words turning to what the speech was about. */
const AUDIENCE_GAP = /^(?:(?!\b(?:that|on|about|over|against|calling|urging|saying|which|who|with|after|before)\b)[^,;:.“”"(]){0,70}$/u;
/** "to Papua New Guinea's National Parliament", "both British Houses of Parliament", "the Soviet people": the country before its legislature or people. */
const STATE_BEFORE_AUDIENCE = new RegExp(String.raw`^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}?${AUDIENCE_NOUN}\b`, 'u');
/** The words opening an audience right before its state ("to the ", "address both ", "addressed the Parliament of "). */
const AUDIENCE_OPENS = new RegExp(String.raw`\b(?:to|before|address(?:ed|es|ing)?)\s+(?:(?:the|both|all|a|an)\s+)?(?:${AUDIENCE_NOUN}\s+of\s+(?:the\s+)?)?$`, 'u');
/** "the Parliament of Ghana", "the people of Kazakhstan": the country after its legislature or people. */
const AUDIENCE_BEFORE_STATE = new RegExp(String.raw`\b${AUDIENCE_NOUN}\s+of\s+(?:the\s+)?$`, 'u');

/**
 * Where a speech is given, read from its audience: a state's legislature or people it is addressed to, or a place written "in"
 * or "at" right after its words ("addressed the Indian community in Djibouti"). A speech to a foreign parliament is given in
 * that country, not at its speaker's home, whatever country the speaker's title names ("Indian Prime Minister … addressed the
 * Parliament of Ghana"); a community's demonym is its origin, no place ("the Indian community").
 */
function speechAudience(sentence: Sentence, unquoted: string, countries: CountryMention[], text: string): CountryMention | null {
  // (the speech's words read outside quotes: a quote's own "address" or "people" tells no speech)
  for (const speech of unquoted.matchAll(SPEECH_WORD)) {
    const speechEnd = sentence.start + speech.index + speech[0].length;
    const audience = countries.find((mention) => {
      if (mention.start < speechEnd || mention.end > sentence.end) return false;
      const gap = text.slice(speechEnd, mention.start);
      if (!AUDIENCE_GAP.test(gap)) return false;
      // (a demonym is a place only standing alone, as a few states' names are theirs: "in Djibouti", not "in Indian waters")
      if (/\b(?:in|at)\s+(?:the\s+)?$/u.test(gap) && (mention.kind !== 'demonym' || /^\s*(?:[,.;:]|$|(?:on|in|this|next|last|during)\b)/u.test(text.slice(mention.end, sentence.end)))) return true;
      // (the audience right after "to" or the verb: "addressed the concerns of the Kenyan people" is no speech to them)
      if (!AUDIENCE_OPENS.test(text.slice(speechEnd - speech[0].length, mention.start))) return false;
      return STATE_BEFORE_AUDIENCE.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 40))) || (mention.kind !== 'demonym' && AUDIENCE_BEFORE_STATE.test(gap));
    });
    if (audience) return audience;
  }
  return null;
}

/**
 * The country whose organ speaks: a country written as the possessor or modifier of the speaker right
 * before the speech verb ("Russia's embassy in Copenhagen said", "the Chinese foreign ministry said").
 */
function speakingCountry(sentence: Sentence, countries: CountryMention[], text: string): string | null {
  const verb = /\b(?:said|says|stated|warned|declared|added)\b/.exec(sentence.text);
  if (!verb) return null;
  const verbAt = sentence.start + verb.index;
  const subject = countries.filter((mention) => mention.start >= sentence.start && mention.end <= verbAt && mention.kind !== 'city');
  const speaker = subject.find((mention) =>
    /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}(?:embassy|ministry|government|foreign ministry|defen[cs]e ministry|military|army|navy|spokes(?:man|woman|person)|mission|office|president|leader)\b(?:\s+(?:in|to)\s+[\p{Lu}][\p{L}]+)?[\s,]*$/u.test(text.slice(mention.end, verbAt)),
  );
  // ("the Belarusian Foreign Ministry stated that the talks were held at Russia's initiative": the organ's state, not the one its words name)
  return speaker?.code ?? organSpeaking(subject, sentence, verbAt, sentence.text)?.code ?? null;
}

/** "the ministry said", "the army stated": an organ told again by its common noun, whose country an earlier statement gave. */
const ORGAN_AGAIN = /\b[Tt]he\s+(?:[\p{Ll}-]+\s+)?(?:ministry|military|army|embassy|government|junta|spokes(?:man|woman|person))\s+(?:(?:has|had)\s+)?(?:also\s+)?(?:said|says|stated|warned|declared|added|condemned|urged)\b/u;

/** The country of the statement an organ told again ("In a statement released on Sunday, the ministry said …") made before. */
function organNamedBefore(sentence: Sentence, earlier: Draft[]): string | null {
  if (!ORGAN_AGAIN.test(sentence.text)) return null;
  for (let index = earlier.length - 1; index >= 0; index--) {
    const other = earlier[index];
    // A person's statement is no organ's.
    if (other.type === 'STATEMENT' && other.location && other.sentences[0].index >= sentence.index - 3 && !other.participants.some(({ role }) => role === 'SPEAKER')) return other.location;
  }
  return null;
}

/** A state's organ written without its state before the words ("Foreign ministry spokesperson", "the army chief"). */
const BARE_ORGAN = /\b(?:[Mm]inistry|[Mm]ilitary|[Aa]rmy|[Gg]overnment|[Aa]rmed\s+[Ff]orces)\b/u;

/**
 * The state of the organ a speaker is written by without its state: the last state named with an organ (`organAfterState`)
 * in the few paragraphs before the sentence, one with the same head noun first; null when the speaker's words name a state.
 */
function bareOrganState(sentence: Sentence, unquoted: string, countries: CountryMention[], text: string, verbEnd: number): string | null {
  const before = unquoted.slice(0, Math.max(0, verbEnd - sentence.start));
  const organ = BARE_ORGAN.exec(before);
  if (!organ || countries.some((mention) => mention.start >= sentence.start && mention.end <= verbEnd && mention.kind !== 'city')) return null;
  const head = organ[0].toLowerCase();
  // (the mentions before the sentence, latest first: a binary search, as a long text holds many)
  let low = 0;
  let high = countries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (countries[middle].end <= sentence.start) low = middle + 1;
    else high = middle;
  }
  let any: string | null = null;
  for (let index = low - 1; index >= 0 && countries[index].start >= sentence.start - 3000; index--) {
    const mention = countries[index];
    if (mention.kind === 'city') continue;
    const after = text.slice(mention.end, mention.end + 80);
    if (!organAfterState(after)) continue;
    if (after.toLowerCase().includes(head.split(/\s+/)[0])) return mention.code;
    any ??= mention.code;
  }
  return any;
}

function mostNamed(countries: CountryMention[]): string | null {
  const counts = new Map<string, number>();
  for (const mention of countries) counts.set(mention.code, (counts.get(mention.code) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  // A tie says nothing about which one the story is about.
  return ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
}

/** Offices whose holders speak about other countries' happenings. */
const SPOKESPERSON = /\b(?:spokes(?:person|man|woman)|press secretary)\b/i;
const COMMENTATOR = /\b(?:spokes(?:person|man|woman)|press secretary|ambassador|envoy|representative)\b/i;

/**
 * "Blinken met Shoukry in Cairo. Blinken also met President Sisi.": a meeting told without a place,
 * right after one of the same person's placed meetings or visits (same paragraph, or the next
 * sentence), is held where that person still is.
 */
function whereStill(draft: Draft, earlier: Draft[]): Draft | null {
  const sentence = draft.sentences[0];
  for (let index = earlier.length - 1; index >= 0; index--) {
    const other = earlier[index];
    const last = other.sentences[other.sentences.length - 1];
    if (last.paragraph !== sentence.paragraph && last.index !== sentence.index - 1) return null;
    // (a meeting placed the same way counts: "He then held talks with …" after "On the 18th, the Secretary sat down with …" after the arrival)
    if (!['MEETING', 'SUMMIT', 'DIPLOMATIC_VISIT'].includes(other.type) || !(other.placed || other.type === 'MEETING') || !other.location) continue;
    if (other.participants.some(({ person }) => draft.participants.some((participant) => participant.person === person))) return other;
  }
  return null;
}

/**
 * Where a happening the text tells without a place took place, as a reader takes it from what is told around
 * it: where the happening told last before it in its paragraph, or in the sentence before, was ("The presidents met
 * in Helsinki. After the talks they made statements for the press."); else the country the story is about
 * ("Government officials are due to meet the hauliers on Friday" in a story about Ireland). Not a trip (its stops
 * are its places) or a call (held in neither place). A military action takes the story's country too ("bombings targeting
 * the party's buildings before the polls", "the fighting between the army and the paramilitary forces" in a story about
 * that country), unless its sentence names that country before the action's words (a state reacting to what happened
 * elsewhere: "Sweden condemns … yesterday's missile launch") or tells a sea or a vessel (an action at sea stays unplaced).
 */
const AT_SEA = /\b(?:seas?|ocean|strait|gulf|shoal|waters|vessels?|ships?|boats?|trawlers?|tankers?|frigates?|destroyers?)\b/i;
function contextPlace(draft: Draft, events: Draft[], storyCountry: string | null, countries: CountryMention[]): string | null {
  const at = draft.sentences[0];
  if (draft.type === 'DIPLOMATIC_TRIP' || (draft.type === 'MEETING' && (draft.call || CALL.test(draft.trigger ?? '') || CALL.test(at.text)))) return null;
  const before = events.filter(
    (other) =>
      other !== draft &&
      other.location &&
      other.type !== 'DIPLOMATIC_TRIP' &&
      // (a strike's ground is where it was aimed, not where people around it met or spoke: "X met Y on Monday after naval forces destroyed an Iranian platform")
      (other.type !== 'MILITARY_ACTION' || draft.type === 'MILITARY_ACTION') &&
      // (reported words are placed by their speaker's country, not where anything happened)
      !(other.type === 'STATEMENT' && other.reported) &&
      other.sentences[0].index <= at.index &&
      (other.sentences[0].paragraph === at.paragraph || other.sentences[other.sentences.length - 1].index >= at.index - 1),
  );
  // "The Minister said she will meet with the Head of State and the Prime Minister" on a visit to Samoa: a meeting told
  // without a place, with people of the one country the text visits, is held there (not at the speaker's home).
  if (draft.type === 'MEETING') {
    // (one country visited, told before the meeting, and its people met no traveller of a visit: a text of visits both ways
    // says nothing by them)
    const visits = events.flatMap((other) => [other, ...other.children]).filter((other) => other.type === 'DIPLOMATIC_VISIT' && other.location && other.sentences[0].index <= at.index);
    const visited = new Set(visits.map((other) => other.location));
    const travellers = new Set(visits.map((other) => other.participants[0]?.person));
    const hosts = draft.participants.filter(({ person }) => person.country !== null && visited.has(person.country) && !travellers.has(person));
    if (visited.size === 1 && hosts.length) return hosts[0].person.country;
  }
  // "On Friday, he met A at the conference in Munich. … On Saturday, he met B.": a person's meeting told without a place,
  // after the same person's placed meeting, summit or visit anywhere before it in the text, is held where that person was
  // last told to be (no move between them is told), not in the country the story names most ("discussed peace efforts in
  // Afghanistan" at a conference in Germany).
  if (draft.type === 'MEETING' && draft.participants.length) {
    const same = events
      .filter(
        (other) =>
          other !== draft &&
          other.location &&
          ['MEETING', 'SUMMIT', 'DIPLOMATIC_VISIT'].includes(other.type) &&
          !other.call &&
          !CALL.test(other.trigger ?? '') &&
          other.sentences[0].index <= at.index &&
          other.participants.some(({ person }) => draft.participants.some((participant) => participant.person === person)),
      )
      .sort((a, b) => a.sentences[0].index - b.sentences[0].index)
      .pop();
    if (same?.location) return same.location;
  }
  const told = before.sort((a, b) => a.sentences[0].index - b.sentences[0].index).pop();
  if (told?.location) return told.location;
  if (draft.type === 'MILITARY_ACTION') {
    const wordsAt = draft.trigger ? at.text.toLowerCase().indexOf(draft.trigger) : -1;
    const reactor = countries.some((mention) => mention.code === storyCountry && mention.start >= at.start && mention.end <= at.start + Math.max(wordsAt, 0));
    // (nor an action at sea or at a vessel: "fired water cannon at a supply boat near the shoal" is no country's ground)
    if (wordsAt < 0 || reactor || AT_SEA.test(at.text)) return null;
  }
  return storyCountry;
}

/**
 * A summit told by its name and again as "the summit" is one ("the Camp David summit … at the summit, leaders will …"), unless
 * the plain mention names two leaders or more: that is their own summit ("Lee's summit with Xi", beside the APEC summit).
 */
function summitTold(draft: Draft, other: Draft): boolean {
  const plain = [draft, other].find((summit) => !summit.gathering);
  return draft.type === 'SUMMIT' && plain !== undefined && (draft.gathering ?? other.gathering) !== undefined && plain.participants.length < 2;
}

/** Whether a meeting is told as a call: by a call's words ("had a telephone conversation", "a video conference") or by talk words `callTold` made one. */
const toldAsCall = (draft: Draft): boolean => draft.call === true || CALL.test(draft.trigger ?? '');

/**
 * Whether a meeting is told as a sitting at a place: not a call, and placed by its own words ("talks in Geneva", "the meeting
 * … in Hangzhou"). A place read from the dateline or the story is none: talk words there may tell a call again ("exchanged
 * views" below "spoke with X via telephone" under a dateline), and so may a host's word ("thanked Portugal for hosting …").
 */
const toldAsSitting = (draft: Draft): boolean => !toldAsCall(draft) && draft.location !== null && draft.placed === true;

/**
 * A call and a sitting at a place are two meetings, whatever people they share: "Putin had a telephone conversation with
 * Assad" and the Syrian "talks … in Geneva" the two hope for; "Wang Yi held telephone talks with Kerry" on August 5 and "the
 * upcoming meeting between President Xi and President Obama in Hangzhou". A call is held nowhere (the corpus guide keeps a
 * call's `location` null): joined to a sitting, it took the sitting's place, and the sitting the call's day.
 * (`members`: the meetings a group gathered, each as it was read, with its own place)
 */
function callBesideSitting(draft: Draft, members: Draft[]): boolean {
  if (draft.type !== 'MEETING') return false;
  return toldAsCall(draft) ? members.some(toldAsSitting) : toldAsSitting(draft) && members.some(toldAsCall);
}

/**
 * A bilateral meeting and a meeting of three or more people are two meetings ("participated in a Quad Foreign
 * Ministers' Meeting with A, B and C. He also held a bilateral meeting with B."), whichever is told first.
 */
function bilateralBesideMultilateral(draft: Draft, other: Draft): boolean {
  const bilateral = (event: Draft) => /\bbilateral\b/.test(event.trigger ?? '');
  const several = (event: Draft) => event.participants.length >= 3;
  return (bilateral(draft) && !bilateral(other) && several(other)) || (bilateral(other) && !bilateral(draft) && several(draft));
}

/**
 * A happening told inside another one the text named before, by that one's noun: "During the visit, an agreement … is
 * expected to be signed", "At the end of the meeting, the sides held a joint press conference". The noun names the kinds
 * of happening it may be.
 */
const WITHIN = /\b(?:[Dd]uring|[Aa]t\s+the\s+end\s+of|[Ii]n\s+the\s+course\s+of|[Oo]n\s+the\s+(?:sidelines|margins)\s+of)\s+(?:the|their|his|her|this|that)\s+(?:[\w-]+\s+){0,2}?(visit|trip|tour|meeting|talks|discussions|summit)\b/;
const WITHIN_KINDS: Record<string, EventType[]> = {
  visit: ['DIPLOMATIC_VISIT'],
  trip: ['DIPLOMATIC_VISIT'],
  tour: ['DIPLOMATIC_VISIT'],
  meeting: ['MEETING', 'SUMMIT'],
  talks: ['MEETING', 'SUMMIT'],
  discussions: ['MEETING', 'SUMMIT'],
  summit: ['SUMMIT', 'MEETING'],
};

/**
 * The day of the happening an undated one is told inside ("During the visit, …"): the last one of the kind its noun names
 * told before it, when that one has a day. Not the happening the noun itself tells ("During the meeting, they discussed …"
 * read as a meeting is that meeting).
 */
function withinDay(draft: Draft, events: Draft[]): FoundDate | null {
  const sentence = draft.sentences[0];
  const within = WITHIN.exec(sentence.text);
  if (!within) return null;
  const kinds = WITHIN_KINDS[within[1].toLowerCase()];
  if (kinds.includes(draft.type) && within[0].toLowerCase().endsWith(draft.trigger ?? '')) return null;
  // (a statement's words are not its saying: "He said that during his visit, the countries will sign …" dates the signing)
  if (draft.type === 'STATEMENT' && within.index > 3) return null;
  const before = events.filter((other) => other !== draft && kinds.includes(other.type) && other.sentences[0].index < sentence.index).sort((a, b) => a.sentences[0].index - b.sentences[0].index);
  // (one held where the happening was placed: "visit Djibouti on October 3 and leave for Ethiopia on October 4")
  const told = before.filter((other) => !draft.location || other.location === draft.location).pop();
  return told?.date?.precision === 'DAY' ? told.date : null;
}

/**
 * The day of the same person's meeting told just before in the same paragraph (the previous sentence or the
 * one before), when it has one: a readout tells one day's meetings in a paragraph.
 */
function paragraphDay(draft: Draft, earlier: Draft[]): FoundDate | null {
  const sentence = draft.sentences[0];
  for (let index = earlier.length - 1; index >= 0; index--) {
    const other = earlier[index];
    const last = other.sentences[other.sentences.length - 1];
    if (last.paragraph !== sentence.paragraph || sentence.index - last.index > 2) return null;
    if (other.type !== 'MEETING' || other.gathering || other.date?.precision !== 'DAY') continue;
    if (other.participants.some(({ person }) => draft.participants.some((participant) => participant.person === person))) return other.date;
  }
  return null;
}

/**
 * "a call with the President of Uzbekistan", "a call with the Prime Minister of Malaysia": counterparts of two
 * countries, two meetings. The same two sides told from either side ("Takaichi meets with U.S. President Trump",
 * "Trump's meeting with Japan's Prime Minister Takaichi") are one: each country met is someone's at the other.
 */
function otherCountriesMet(draft: Draft, other: Draft): boolean {
  if (!draft.metCountry || !other.metCountry || draft.metCountry === other.metCountry) return false;
  const at = (event: Draft, country: string) => event.participants.some(({ person }) => person.country === country);
  return !(at(draft, other.metCountry) && at(other, draft.metCountry));
}

/**
 * Two meetings of one person with different people are two meetings ("Blinken met Shoukry in Cairo.
 * Blinken also met President Sisi."): each names someone the other does not. A later sentence naming
 * only who was already there ("During the meeting, Blinken stressed …") is the same meeting.
 */
function otherCounterparts(draft: Draft, other: Draft): boolean {
  // Both told by a meeting verb: a noun ("described the meeting as productive") refers back.
  // (or by a noun naming whom it was held with: "During his meeting with Foreign Minister X")
  const verbal = (event: Draft) => event.verbTold === true || event.withNamed === true || MEETING_VERB.test(event.trigger ?? '');
  const has = (event: Draft, person: FoundPerson) => event.participants.some((participant) => participant.person === person);
  // A spokesperson who tells of the meeting is not at it.
  // (an ambassador paying a courtesy call is at it: only spokespeople are left out here)
  const newcomer = (event: Draft, than: Draft) => event.participants.some(({ person }) => !has(than, person) && !SPOKESPERSON.test(person.title ?? ''));
  // "They met at the summit. … He also met Prime Minister Y": a meeting told as one more, with someone the earlier pair lacks
  // (whatever else its sentence names: "… with Y, X's brother"), is another, however the earlier one was told.
  if (draft.alsoTold && other.participants.length >= 2 && newcomer(draft, other)) return true;
  if (!verbal(draft) || !verbal(other)) return false;
  return newcomer(draft, other) && newcomer(other, draft);
}

/**
 * Whether a later occurrence of a trigger is another actor's happening: a country is written right
 * before it as its modifier ("North Korean provocations", "Russia's strikes") and is not the country
 * written last before the first occurrence ("Chinese … military activities").
 */
function otherActor(sentence: Sentence, places: CountryMention[], text: string, firstAt: number, previousEnd: number, at: number): boolean {
  const actorOf = (mention: CountryMention | undefined) => (mention && mention.kind !== 'city' ? mention.code : null);
  const firstActor = actorOf([...places].reverse().find((mention) => mention.start >= sentence.start && mention.end <= firstAt));
  const own = actorOf(places.find((mention) => mention.start >= previousEnd && mention.end <= at && /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(mention.end, at))));
  return firstActor !== null && own !== null && own !== firstActor;
}

const DAY_COUNTS: Record<string, number> = { a: 1, one: 1, the: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
/** The days a count names, in words or figures ("two days", "11 days"). */
const dayCount = (count: string): number => DAY_COUNTS[count.toLowerCase()] ?? Number(count);

/**
 * "… on Tuesday, a day after a Russian attack on Kyiv", "two days before the vote": a happening dated by
 * its distance from the day its sentence names before it.
 */
function daysFrom(dates: FoundDate[], unquoted: string, sentenceStart: number, at: number, previousDay: FoundDate | null = null): FoundDate | null {
  const told = unquoted.slice(Math.max(0, at - 70), at);
  const counted = /\b(a|one|the|two|three|four|five|\d{1,2})\s+days?\s+(after|before)\s+(?:[\w’'-]+\s+){0,5}$/i.exec(told);
  if (!counted) return null;
  const phraseAt = sentenceStart + at - counted[0].length;
  // "Berlin reported the order on Thursday. The report came two days after a visit by …": a sentence that opens by
  // saying when the happening the sentence before told "came" counts from that sentence's day.
  const came = /^\s*(?:The|This|That|It|Its|Their|His|Her)\b[^,;]{0,40}?\b(?:came|comes|come)\s+$/i.test(unquoted.slice(0, at - counted[0].length));
  const anchor = dates.filter((found) => found.precision === 'DAY' && found.end <= phraseAt).pop() ?? (came && !dates.length ? previousDay : null);
  if (!anchor) return null;
  const days = dayCount(counted[1]) * (counted[2].toLowerCase() === 'after' ? -1 : 1);
  return { ...anchor, date: new Date(anchor.date.getTime() + days * 86_400_000), weekday: false };
}

/**
 * "Pakistan struck on Thursday, responding to Iranian strikes a day earlier", "condemns the missile tests conducted the day
 * before": a happening told with a count of days back right after its words (the phrase ending its clause, no noun after it)
 * is that many days before the day its sentence names before it, or, in a sentence naming no day at all, before the
 * publication day (the story's day: "Unions keep up the pressure, a day after the president gave an interview").
 */
const DAYS_EARLIER_AFTER =
  /^\s+(?:[\p{Ll}’'-]+\s+){0,3}?(?:(a|one|two|three|four|five|\d{1,2})\s+days?\s+(?:earlier|before)|the\s+(?:day|night)\s+before|the\s+previous\s+(?:day|night))(?=\s*(?:[,.;:)]|$|by\b|in\b|at\b|near\b|when\b|and\b|that\b|which\b))/iu;
const DAYS_EARLIER_BEFORE = /\b(a|one|two|three|four|five|\d{1,2})\s+days?\s+after\s+(?:[\p{L}’'-]+\s+){0,5}$/u;
function daysEarlier(dates: FoundDate[], unquoted: string, sentenceStart: number, at: number, end: number, publishedAt: Date | null): FoundDate | null {
  const trailing = DAYS_EARLIER_AFTER.exec(unquoted.slice(end, end + 70));
  const anchor = dates.filter((found) => found.precision === 'DAY' && found.end <= sentenceStart + at).pop();
  if (trailing) {
    if (!anchor && (dates.length || !publishedAt)) return null;
    const from = anchor ?? { date: publishedAt!, precision: 'DAY' as const, start: sentenceStart + at, end: sentenceStart + at, text: '' };
    return { ...from, date: new Date(from.date.getTime() - (trailing[1] ? dayCount(trailing[1]) : 1) * 86_400_000), weekday: false };
  }
  // (a day counted after another happening in a sentence naming no day, set off by a comma: "…, a day after X gave an interview")
  const leading = DAYS_EARLIER_BEFORE.exec(unquoted.slice(Math.max(0, at - 70), at));
  if (!leading || dates.length || !publishedAt || !/,\s*$/.test(unquoted.slice(0, at - leading[0].length))) return null;
  return { date: new Date(publishedAt.getTime() - dayCount(leading[1]) * 86_400_000), precision: 'DAY', start: sentenceStart + at, end: sentenceStart + at, text: '', weekday: false };
}

/** "The following day", "two days later", "hours later", "earlier in the day": a day counted from the day named just before. */
/** How many sentences back a count of days ("11 days later") may reach for the day it counts from. */
const DAYS_COUNTED_REACH = 8;
const DAYS_LATER = /\b(?:(?:the\s+)?(?:following|next)\s+day|(a|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+later|hours\s+later|(?:later|earlier)\s+(?:that|the\s+same|in\s+the)\s+day|(?:the|that)\s+same\s+(?:day|morning|afternoon|evening)|that\s+(?:day|morning|afternoon|evening|night)(?!['’]s))\b/i;

/**
 * The day a sentence counts from the one its previous sentence (or the one before) named; a count of several days ("He was
 * impeached 11 days later"; not "a day later", the next step of what was just told) counts from the last day the text named a few paragraphs back too, as a story told in order does.
 */
function daysLater(sentence: Sentence, lastDay: { date: FoundDate; index: number } | null, written: readonly FoundDate[]): FoundDate[] {
  const counted = lastDay ? DAYS_LATER.exec(sentence.text) : null;
  if (!counted || !lastDay) return [];
  const days = counted[1] ? dayCount(counted[1]) : /hours|that\s+(?:day|morning|afternoon|evening|night)|same|in\s+the\s+day/i.test(counted[0]) ? 0 : 1;
  // ("Earlier that day, Israel had issued an evacuation warning" four sentences after "On June 23, 2025, Trump announced …": the
  // day itself, told again, reaches as far back as a count of several days: the text named no other day since; not in a sentence
  // writing a day of its own, "Earlier in the day, X said that Lavrov would pay a visit to Minsk on June 19")
  const sameDayTold = days === 0 && !/hours/i.test(counted[0]) && !written.length;
  if (sentence.index - lastDay.index > ((counted[1] && days > 1) || sameDayTold ? DAYS_COUNTED_REACH : 2)) return [];
  const start = sentence.start + counted.index;
  return [{ date: new Date(lastDay.date.date.getTime() + days * 86_400_000), precision: 'DAY', start, end: start + counted[0].length, text: counted[0] }];
}

/** "On January 28 of the same year", "in June of that year": a day or month written without a year is in the year the text last wrote. */
function ofYearTold(dates: FoundDate[], text: string, yearTold: number | null): FoundDate[] {
  let year = yearTold;
  return dates.map((found) => {
    if (found.yearGuessed && year !== null && /^\s+of\s+(?:the\s+same|that)\s+year\b/i.test(text.slice(found.end, found.end + 25))) {
      return { ...found, date: new Date(Date.UTC(year, found.date.getUTCMonth(), found.date.getUTCDate())), yearGuessed: false };
    }
    if (!found.yearGuessed && !found.weekday && /\b(?:1[89]|20)\d\d\b/.test(found.text)) year = found.date.getUTCFullYear();
    return found;
  });
}

/**
 * "… his declaration of martial law in December 2024. … He imposed it … on Dec. 3": a day or month written without a year,
 * of a month the text named before with its year, is in that year (the writer gave it once), not the one nearest the publication.
 */
function inMonthTold(dates: FoundDate[], monthsTold: ReadonlyMap<number, number>): FoundDate[] {
  return dates.map((found) => {
    const year = found.yearGuessed ? monthsTold.get(found.date.getUTCMonth()) : undefined;
    return year === undefined || year === found.date.getUTCFullYear() ? found : { ...found, date: new Date(Date.UTC(year, found.date.getUTCMonth(), found.date.getUTCDate())), yearGuessed: false };
  });
}

/** A year right before an action's words, as its modifier ("the 2012 coup", "its 1999 invasion"; not "in 2012 coups …"). */
const YEAR_MODIFIER = /\b(?:the|its|their|a|an)\s+((?:19|20)\d\d)\s+(?:[\p{Ll}-]+\s+)?$/u;
/** A time of the day counted from its hour ("shortly after midnight", "just before dawn"): no happening before or after. */
const TIME_OF_DAY_AFTER = /\b(?:(?:shortly|just|soon|right)\s+)?(?:after|before)\s+(?:midnight|dawn|daybreak|noon|midday|nightfall|sunset|sunrise|dusk)\b/gi;
/** Two happenings hours or minutes apart ("hours after he was arrested"): of one day. */
const HOURS_APART = /\b(?:hours|minutes|moments|shortly|just|soon)\s+(?:after|before)\b/gi;
const CRISIS_TYPES = new Set<EventType>(['MILITARY_ACTION', 'PROTEST']);
/**
 * A day written for another happening's participle ("alleging that Armenia had violated the ceasefire agreement signed in 2020",
 * "deliveries … expected to be completed in 2023"): the accord's or the delivery's day, not the armed action's of the sentence.
 */
const OTHER_PARTICIPLE_DAY = /\b(?:signed|agreed|concluded|completed|ratified|reached|brokered|delivered|adopted|approved|elected|held)\s+(?:(?:in|on|by|at|last|this|earlier)\s+)?(?:the\s+)?(?:end\s+of\s+)?$/i;

/** Military happenings that last (a war, a conflict, hostilities, a campaign): no one day of a sentence is theirs … */
const LASTING = /\b(?:war|conflict|hostilities|campaign)\b/i;
/** … unless the sentence tells how they began ("the war that broke out on 7 October"). */
const ONSET = /\b(?:began|begun|begins|broke\s+out|erupted|started|launched|declared|outbreak)\b/i;
/**
 * An action someone is asked or sets out to end ("a resolution demanding the Houthis end attacks on vessels", "called on Moscow to
 * cease hostilities", "unless Israel halts attacks on Lebanon"): it goes on, so the day of the demand is not its day, and the party
 * asked to stop is its doer, not its ground.
 */
const HALT_ASKED =
  /\b(?:demand\w*|call(?:s|ed|ing)?\s+on|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|ask(?:s|ed|ing)?|unless|until|must)\s+(?:[\p{L}’'.-]+\s+){0,4}?(?:to\s+)?(?:end|ends|cease|ceases|stop|stops|halt|halts)\s+(?:(?:its|their|his|her|the|all|further)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
const haltAsked = (unquoted: string, at: number): boolean => HALT_ASKED.test(unquoted.slice(Math.max(0, at - 90), at));

/** A modal or a wish right before a happening's words ("could sign", "hoped to reach"): lower case, so the month May is none. */
/**
 * An accord or measure named as what is to be carried out ("taking into account the implementation of the previously reached
 * agreements", "the implementation of the sanctions against X remains insufficient"): a topic of the talks, not a happening
 * they tell; the accord itself, when the text tells it, is told elsewhere.
 */
const IMPLEMENTED_TOPIC = /\b(?:implementation|implementing|enforcement|enforcing|execution)\s+of\s+(?:the\s+|these\s+|those\s+|all\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
const HEDGED = /\b(?:could|might|may|hope[sd]?\s+to|hoping\s+to|wish(?:es|ed)?\s+to)\s+(?:\w+\s+)?$/;

/** Who a reaction headline names as speaking ("Foreign Secretary statement on …", "Minister for Africa condemns …"). */
const HEADLINE_SPEAKER = /^\s*(\p{Lu}[\p{L}’' -]{2,60}?)\s+(?:statement|condemns|welcomes|urges|calls\s+for|deplores|congratulates|responds\s+to|reacts\s+to)\b/u;
/** Whether a sentence is the lead of a publication whose headline is an office's reaction, told by that office before the verb at `at`. */
function leadReaction(headline: string, sentence: Sentence, sentences: Sentence[], bodyStart: number, at: number): boolean {
  const speaker = HEADLINE_SPEAKER.exec(headline.trim().split('\n').pop() ?? '');
  if (!speaker || sentences.find((each) => each.start >= bodyStart) !== sentence) return false;
  return sentence.text.slice(0, at).toLowerCase().includes(speaker[1].toLowerCase());
}

/** The day the sentence right before `sentence` in its paragraph opens with ("On Tuesday 18 September, he will …"), read from that sentence's events. */
function programmeDay(sentence: Sentence, sentences: Sentence[], drafts: Draft[]): FoundDate | undefined {
  const before = sentences[sentences.indexOf(sentence) - 1];
  if (!before || before.paragraph !== sentence.paragraph || !/^\s*On\s+[^,]{3,40},/.test(before.text)) return undefined;
  return drafts.find((draft) => draft.sentences[0] === before && draft.date && draft.date.precision === 'DAY' && draft.date.start - before.start <= 4)?.date ?? undefined;
}

/** The one day of the visits and summits told so far at a place (none when they fall on several days: a state visit's programme). */
/** A person's arrival told right after the name: "Gorbachev arrived in Beijing", "…, who landed at the airport on Monday". */
/** A welcome on arrival: "was received at the airport by", "welcomed upon his arrival", "landed at … airport and was greeted by". */
const ARRIVAL_WELCOME = /\b(?:received|welcomed|greeted)\b[^.;]{0,60}?\b(?:at\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,4}(?:international\s+)?airport|(?:on|upon)\s+(?:his|her|their)\s+arrival|on\s+arrival)\b|\b(?:airport|arrival)\b[^.;]{0,80}?\b(?:was|were)\s+(?:\w+\s+)?(?:received|welcomed|greeted)\b/iu;
const SIGNED_BEFORE = /\b(?:recently|previously|earlier|already|once)\s+(?:signed|inked|concluded)\b/i;
const ARRIVED_AFTER_NAME = /^[^.;]{0,40}?\b(?:arrived|landed|touched down)\s+(?:in|at)\b/u;
/** An occasion's words that tell an arrival ("touched down at … and was received by"), and any occasion's, lower-cased as a draft keeps them. */
const ARRIVAL_TOLD = /^(?:arrived|arriving|touched\s+down|landed)\b/i;
/** An occasion of a guest's side: received, greeted or welcomed, a welcome or arrival ceremony, a guard of honour, a visitors' book, a farewell. */
const GUEST_OCCASION = /\b(?:received|greeted|welcomed|welcom(?:e|ing)\s+ceremon|arrival\s+ceremon|guard\s+of\s+hono|visitors|guest\s+book|golden\s+book|farewell|see|sees|saw|seen|seeing)\b/i;

/**
 * Where a guest's welcome with no written place happens: the country of a person named after "by" (who receives) that is not a
 * guest's, else the country the text names most apart from the guests' own (the people of the sentence named before "by").
 */
function guestOccasionHost(text: string, sentence: Sentence, persons: FoundPerson[], countries: CountryMention[], triggerAt: number): string | null {
  const receives = (person: FoundPerson) => mentionsIn(person, sentence).some((mention) => mention.start > triggerAt && /\bby\b/.test(text.slice(triggerAt, mention.start)));
  const guests = new Set(persons.filter((person) => !receives(person)).map((person) => person.country).filter((code) => code));
  const receiver = persons.find((person) => receives(person) && person.country && !guests.has(person.country));
  if (receiver) return receiver.country;
  if (!guests.size) return null;
  return mostNamed(countries.filter((mention) => !guests.has(mention.code)));
}
const OCCASION_ANY_CASE = new RegExp(OCCASION.source, 'iu');

function visitDayAt(drafts: Draft[], location: string): FoundDate | undefined {
  const visits = drafts.filter((draft) => (draft.type === 'DIPLOMATIC_VISIT' || draft.type === 'SUMMIT') && draft.location === location && draft.date?.precision === 'DAY');
  return new Set(visits.map((draft) => draft.date!.date.getTime())).size === 1 ? visits[0].date! : undefined;
}

/** The place a paragraph opens with ("In Colombo, he will …"), for a later sentence of it. */
function paragraphHeadPlace(sentence: Sentence, sentences: Sentence[], countries: CountryMention[], text: string): CountryMention | null {
  const first = sentences.find((each) => each.paragraph === sentence.paragraph);
  if (!first || first === sentence || !/^\s*In\s/.test(first.text)) return null;
  return countries.find((mention) => mention.start > first.start && mention.end < first.end && mention.kind !== 'demonym' && /^\s*In\s+(?:the\s+)?$/.test(text.slice(first.start, mention.start)) && /^,/.test(text.slice(mention.end, mention.end + 1))) ?? null;
}

/** A demand or an appeal whose object runs up to a happening's words, in the same clause ("calls for an end to …, an immediate ceasefire", "urge the guard to release …"). */
const ASKED_FOR = /\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:for|on)|demand(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+(?:for|to)|press(?:es|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|ask(?:s|ed|ing)?)\b(?![^.;:]*\b(?:after|following|since|before|amid|over)\b)(?![^.;:]*\b(?:and|but)\s+(?:\w+\s+)?\w+ed\b)[^.;:]{0,100}$/i;
/**
 * A decision held up for judgement or talk: the object of a verb that defends, discusses, questions or opposes it ("defended
 * Bangladesh's decision to buy", "discussing his decision to run for a third term", "protests against the government's decision
 * to suspend …"). It names the decision as a topic of the news, which the corpus sets do not annotate as a happening of its own;
 * a decision told as taken or as what something followed ("made a decision to", "following the party's decision to") still is.
 */
const DECISION_JUDGED = /\b(?:defend(?:s|ed|ing)?|discuss(?:es|ed|ing)?|debat(?:e|es|ed|ing)|critici[sz](?:e|es|ed|ing)|question(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|oppos(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|slam(?:s|med|ming)?|against)\s+(?:(?:the|his|her|their|its|this|that)\s+)?(?:[\p{L}.-]+\s+){0,3}?(?:[\p{L}.-]+['’]s?\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** What a judged decision is to do, up to a happening's words ("against the government's decision to "). */
const JUDGED_DECISION_CONTENT = new RegExp(`${DECISION_JUDGED.source.slice(0, -1)}decision\\s+(?:not\\s+)?to\\s+$`, 'iu');
/** A wish whose clause runs up to a happening's words ("I hope that …", "we wish to see …"). */
const WISHED = /\b(?:hope[sd]?|hoping|wish(?:es|ed)?)\s+(?:that\s+|to\s+see\s+)?[^.;:]{0,100}$/i;
/** What stands between a speaker and its verb ("Japan has strongly condemned", "the EU, Russia and the US have all called for"). */
// Wire copy puts the day between them ("The Kremlin on Tuesday denounced", "Britain late on Monday condemned").
const SPEAKER_GAP = /^(?:['’]s\s+(?:government|foreign\s+ministry))?\s+(?:(?:has|had|have|all|both|also|strongly|swiftly|quickly|immediately|firmly|publicly|again|promptly|(?:(?:late|early|earlier)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?,?)\s+)*$/i;
const BODY_BEFORE = new RegExp(`\\b${BODY_SPEAKERS}${SPEAKER_GAP.source.slice(1)}`, 'u');
/** An organ of a state right before the verb, perhaps with where it sits ("the Chinese embassy in London called …", "the foreign ministry has condemned"). */
const ORGAN_BEFORE = new RegExp(`\\b(?:[Mm]inistry|[Ee]mbassy|[Gg]overnment|Kremlin|Pentagon|White\\s+House|State\\s+Department|[Ff]oreign\\s+[Oo]ffice|[Pp]ress\\s+[Ss]ervice|[Aa]rmy|[Mm]ilitary|[Jj]unta|[Pp]residency|[Ss]pokes(?:man|woman|person))(?:\\s+(?:in|of)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?)?${SPEAKER_GAP.source.slice(1)}`, 'u');
/**
 * An office named without its holder's name right before the verb ("The Prime Minister welcomed … on Monday",
 * "the UN Secretary-General warned on Tuesday"): a dated comment by an office speaks as its holder would.
 */
const OFFICE_BEFORE = new RegExp(`\\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+(?:[\\p{Lu}][\\p{L}.’'-]*\\s+){0,3}(?:President|Prime\\s+Minister|Premier|Chancellor|(?:Foreign|Defen[cs]e|Interior)\\s+(?:Minister|Secretary)|Foreign\\s+Secretary|Secretary(?:-General|\\s+General|\\s+of\\s+State)?|High\\s+Representative|King|Queen|Emir|Crown\\s+Prince|Pope|[Ss]pokes(?:man|woman|person))${SPEAKER_GAP.source.slice(1)}`, 'u');

/** A comment verb whose speaker is a state (a country named right before it, not a city), a body of states ("the European Union welcomed") or a state's organ. */
function stateSpeaksAt(sentence: Sentence, places: CountryMention[], text: string, verbAt: number): boolean {
  // (not a place the speakers are in or from: "Critics in Seoul condemned")
  const speaking = (mention: CountryMention) => mention.kind !== 'city' && mention.kind !== 'demonym' && mention.end <= verbAt && SPEAKER_GAP.test(text.slice(mention.end, verbAt)) && !/\b(?:in|at|from|of|near|to|across)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, mention.start - 12), mention.start));
  if (places.some(speaking)) return true;
  const before = text.slice(Math.max(sentence.start, verbAt - 60), verbAt);
  return BODY_BEFORE.test(before) || ORGAN_BEFORE.test(before) || OFFICE_BEFORE.test(before);
}

/**
 * Whether an occurrence at `at` (ending at `end`) is told on another written day than the one before it at `previous`: a day
 * written between them or right after it, nearer to it than to the one before, and not the same day as that one's.
 */
function onAnotherDay(dates: FoundDate[], previous: number, at: number, end: number): boolean {
  const days = dates.filter((found) => found.precision === 'DAY');
  const nearest = (from: number) => [...days].sort((a, b) => Math.abs(a.start - from) - Math.abs(b.start - from))[0];
  const own = days.find((found) => found.start > previous && found.start < end + 40 && Math.abs(found.start - at) < Math.abs(found.start - previous));
  const before = nearest(previous);
  return own !== undefined && before !== undefined && before !== own && !sameDay(before, own);
}

/** The words of a demand right before a vote's ("to demand a new presidential", "called for fresh", "urging early"). */
const VOTE_DEMANDED = /\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|urg(?:e|es|ed|ing))\s+(?:an?\s+|the\s+)?(?:new|fresh|early|snap|free|repeat|immediate)\s+(?:[\w-]+\s+)?$/i;

/** Whether the election words at `at` are the object or subject of a postponement ("postponed the presidential election"). */
function postponedVote(unquoted: string, at: number, length: number): boolean {
  for (const found of unquoted.matchAll(everywhere(ELECTION_PUT_OFF))) if (found.index! <= at && found.index! + found[0].length >= at + length - 1) return true;
  return false;
}

/** An indefinite action ("a … blockade or attack on Taiwan") whose clause goes on under a modal ("could amount to"). */
function supposed(unquoted: string, at: number, length: number): boolean {
  const indefinite = /\b(?:an?|any)\s+(?:[\w-]+\s+){0,4}$/i.test(unquoted.slice(Math.max(0, at - 50), at));
  return indefinite && /^[^,;.:]{0,50}?\b(?:could|would|might|may)\s+(?!have\b)/i.test(unquoted.slice(at + length));
}

/** Where a person is first named in a sentence (Infinity when not there). */
function firstMentionAt(person: FoundPerson, sentence: Sentence): number {
  return Math.min(...mentionsIn(person, sentence).map((mention) => mention.start));
}

/**
 * One meeting verb told of several counterparts, each with its own day ("met Prime Minister Ishiba on
 * Monday and Emperor Naruhito on Tuesday"): a meeting per day, with the people named before the verb and
 * those of that day. None when fewer than two days have a counterpart of their own.
 */
function meetingsByDay(draft: Draft, dates: FoundDate[], persons: FoundPerson[], sentence: Sentence, triggerEnd: number): Draft[] {
  const days = dates.filter((found) => found.precision === 'DAY' && found.start >= triggerEnd).sort((a, b) => a.start - b.start);
  if (days.length < 2) return [];
  const before = draft.participants.filter(({ person }) => firstMentionAt(person, sentence) < triggerEnd);
  const meetings: Draft[] = [];
  let from = triggerEnd;
  for (const day of days) {
    const own = persons.filter((person) => firstMentionAt(person, sentence) >= from && firstMentionAt(person, sentence) < day.start);
    from = day.end;
    if (!own.length) return [];
    meetings.push({ ...draft, date: day, endDate: null, participants: [...before, ...own.map((person) => ({ person, role: 'PARTICIPANT' as const }))] });
  }
  return new Set(meetings.map((meeting) => isoDay(meeting.date!.date))).size === meetings.length ? meetings : [];
}

/**
 * Meetings held apart with each counterpart ("met separately with President Zelensky and with Prime
 * Minister Tusk", "held separate meetings with X and Y", "met individually with …"): one meeting per
 * person named after the meeting words, each with the people named before them. None for one counterpart.
 */
const APART = /^[^,;.]{0,30}?\b(?:separately|individually|in\s+turn)\b|\bseparate\s+(?:[\w-]+\s+)?(?:meetings|talks|calls|discussions|bilaterals)\b/i;
/**
 * A telephone call told of three or more people listed after its words ("had telephone conversations with King A of X,
 * Prime Minister B of Y and President C of Z", "spoke by phone with A, B and C"): a call is one-to-one, so the list is a
 * call with each (the corpus guide: one sentence listing seven leaders called is seven meetings). Not a video or virtual
 * call, which may join several at once, and not two counterparts ("a call with Kishida and Yoon" may be one trilateral call).
 */
const CALLED_EACH = /\b(?:(?:tele)?phon\w*|calls?)\b/i;
const NOT_ONE_TO_ONE = /\b(?:video|virtual|conference|courtesy)\b/i;
/**
 * "A telephone conversation took place on 29 December between A, the Chairman of …, and B": the people listed after "between"
 * are the call's sides, one call, not counterparts called one by one.
 */
const SIDES_BETWEEN = /\bbetween\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,6}$/u;
/** People named in a row with no list word between ("Mr. Lyonchhen (Dr.) Lotay Tshering": a style read as a name, then the name) are one item. */
function listItems(after: FoundPerson[], sentence: Sentence, text: string): FoundPerson[][] {
  const items: FoundPerson[][] = [];
  let previousEnd = -1;
  for (const person of after) {
    const mention = mentionsIn(person, sentence).reduce((first, each) => (each.start < first.start ? each : first));
    if (items.length && !/,|\band\b/.test(text.slice(previousEnd, mention.start))) items[items.length - 1].push(person);
    else items.push([person]);
    previousEnd = Math.max(previousEnd, mention.end);
  }
  return items;
}
function separateMeetings(draft: Draft, persons: FoundPerson[], sentence: Sentence, unquoted: string, at: number, end: number, text: string): Draft[] {
  const verbEnd = sentence.start + end;
  const after = persons.filter((person) => firstMentionAt(person, sentence) >= verbEnd && !COMMENTATOR.test(person.title ?? ''));
  if (after.length < 2) return [];
  const words = unquoted.slice(Math.max(0, at - 25), end + 6);
  if ((CALLED_EACH.test(words) || draft.call) && !NOT_ONE_TO_ONE.test(words)) {
    const called = listItems([...after].sort((a, b) => firstMentionAt(a, sentence) - firstMentionAt(b, sentence)), sentence, text);
    if (called.length >= 3 && !SIDES_BETWEEN.test(text.slice(verbEnd, firstMentionAt(called[0][0], sentence)))) {
      const caller = draft.participants.filter(({ person }) => !after.includes(person));
      return called.map((item) => ({ ...draft, participants: [...caller, ...item.map((person) => ({ person, role: 'PARTICIPANT' as const }))], countries: [...draft.countries] }));
    }
  }
  const apart = APART.test(unquoted.slice(at, end + 30));
  const hosts = apart ? null : ITINERARY_AHEAD.test(unquoted.slice(Math.max(0, at - 60), at)) ? hostOfficials(draft, after, sentence, verbEnd, text) : null;
  if (!apart && !hosts) return [];
  const before = draft.participants.filter(({ person }) => !after.includes(person));
  // (the host officials' meetings are held in their country)
  const location = draft.location ?? hosts;
  return after.map((person) => ({ ...draft, location, participants: [...before, { person, role: 'PARTICIPANT' as const }], countries: [...draft.countries] }));
}

/**
 * A visitor met or received by the host's office holders, each named with an office in one list after the meeting verb
 * ("will meet Speaker of Parliament A and Prime Minister B", "will be received by President A, Prime Minister B and
 * Speaker C", "will also meet Foreign Minister A, as well as Trade Minister B"): an itinerary's calls on a state's
 * officials are one each, as the development sets' gold counts them (told in the future only: a report that a leader
 * "met Chancellor A and Foreign Minister B in Berlin" may tell one sitting). Only officials of the country the meeting is held in, listed
 * by commas, "and" or "as well as", in a meeting already placed or, unplaced, all of one country (the presidents of two
 * institutions met together, "the meeting involving A and B", are one meeting). The country the meetings are held in, or null.
 */
/** A guest received or greeted, the meeting words told in the passive ("will be received by", "was greeted by"). */
const RECEIVED_BY = /^(?:is|was|were|are|be|been|being)\s+(?:\w+\s+)?(?:received|greeted)\b/i;
/** The future of an itinerary right before its meeting verb ("will also meet", "will be received by", "is scheduled to hold talks with"). */
const ITINERARY_AHEAD = /\b(?:will|shall|(?:is|are)\s+(?:also\s+)?(?:to|expected\s+to|scheduled\s+to|due\s+to|set\s+to))\s+(?:[\p{Ll}]+\s+){0,2}$/u;
function hostOfficials(draft: Draft, after: FoundPerson[], sentence: Sentence, verbEnd: number, text: string): string | null {
  // (the meeting's country must be known here: the split meetings are not placed again one by one; a meeting its sentence
  // does not place, "will also meet Speaker of the Finnish Parliament A and Prime Minister B", is held in the one country of
  // the officials listed)
  const states = new Set(after.map((person) => person.country).filter((code) => code !== null));
  const held = draft.location ?? (states.size === 1 ? [...states][0] : null);
  if (!held || after.some((person) => !person.title) || states.size > 1 || (states.size && !states.has(held))) return null;
  const starts = after.map((person) => firstMentionAt(person, sentence)).sort((a, b) => a - b);
  // (a passive's words end with "by ": "will be received by President A")
  if (!/^\s*(?:(?:with|by)\s+)?(?:the\s+)?\p{Lu}/u.test(text.slice(verbEnd, starts[0]))) return null;
  const listed = starts.slice(1).every((start, index) => {
    const between = text.slice(starts[index], start);
    return between.length <= 110 && !/[.;:]\s/.test(between) && /(?:,|\band\b|\bas\s+well\s+as\b)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){1,8}$/u.test(between.replace(/^\S+(?:\s+\p{Lu}[\p{L}'’-]*)*/u, ''));
  });
  return listed ? held : null;
}

/**
 * A meeting verb whose doer is an office the text never names ("The Prime Minister spoke to President
 * Macron by phone", a readout's usual opening) with someone named after the verb: a meeting with one named side.
 */
function officeMetOnly(persons: FoundPerson[], officeSubject: FoundPerson | null, unquoted: string, verbEnd: number, sentence: Sentence): boolean {
  // "The Prime Minister spoke to the President of the United States", "spoke with the United States President": the other side named by office and country.
  if (OFFICE_COUNTERPART.test(unquoted.slice(verbEnd, verbEnd + 80))) return true;
  if (officeSubject || !OFFICE_SUBJECT.test(unquoted)) return false;
  return persons.some((person) => mentionsIn(person, sentence).some((mention) => mention.start >= sentence.start + verbEnd));
}

const COUNTERPART_OFFICE = '(?:President|Prime\\s+Minister|Chancellor|Premier|King|Queen|Emir|(?:Foreign|Defen[cs]e)\\s+(?:Minister|Secretary))';
/** The visitor named after a visit's destination: "… to Japan this year by H.E. Mr. Narendra Modi", "by the Prime Minister, Anthony Albanese". */
const VISIT_BY = /\bby\s+(?:(?:H\.E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|the|[\p{Lu}][\p{L}-]+,?)\s+){0,5}$/u;

/** Who an attack that is no armed action is aimed at: the press, crowds, critics, freedoms. */
const UNARMED_TARGET = /^\s*(?:(?:on|against)\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:journalists|reporters|media|press|protest(?:er|or)s|demonstrators|activists|critics|freedoms?|democracy|rights|independence\s+of)\b/i;

/**
 * A crowd or the police as the doer of a storming or of fire (CAMEO 14 protest, 17 coerce): "protesters stormed the
 * President's House", "Police fired tear gas and bullets into a crowd", "riot police began firing on the crowd" tell a protest
 * and its policing (the corpus guide: police crowd control is OTHER; soldiers firing on protesters a military action).
 * The doer's words run up to the action's within its clause.
 */
const CROWD_DOER = /\b(?:protesters|protestors|demonstrators|crowds?|rioters|mobs?|students|youths|(?:opposition\s+|anti-government\s+)?supporters)\b(?![^.;]*\b(?:soldiers|troops|gunmen|militants|rebels|army|military\s+(?:forces|units))\b)[^.;]{0,80}$/i;
/** A protest a clause's happening is told within ("During the protests, …", "amid the riots"). */
/** The bodies and people that run a vote, named after it ("election commission", "Election Commission of India", "election officials"). */
const ELECTION_BODY_AFTER = /^\s+(?:commissions?|commissioners?|committees?|boards?|councils?|bod(?:y|ies)|authorit(?:y|ies)|officials?|observers?|monitors?|watchdogs?|agency|tribunals?|workers|staff|chiefs?)\b/i;
const DURING_PROTESTS = /\b(?:during|amid|amidst)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:protests|demonstrations|riots|rallies|unrest)\b[^.;]*$/i;
/** What people are held or tried for ("detained for stoning police, attacking troops", "charged with attacking"): a charge. */
const CHARGED_FOR = /\b(?:detained|arrested|held|charged|jailed|convicted|accused|sentenced)\s+(?:for|with|of)\s+(?:[\w-]+\s+){0,4}?(?:[\w-]+ing\b[^.;]{0,40}?,\s+(?:and\s+)?)*$/i;
/**
 * A story of a coup or a mutiny that tells its arrests as the soldiers' ("were arrested by mutinous soldiers", "a group of
 * soldiers detained Prime Minister X", "have been detained by joint military forces"), read once per text.
 */
const SOLDIERS_ARRESTED = /\b(?:arrested|detained|taken\s+into\s+custody)\s+(?:[\p{Ll}-]+\s+){0,3}?by\s+(?:a\s+group\s+of\s+|some\s+|the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:soldiers|troops|mutineers|putschists|coup\s+leaders|(?:army|military|rebel|mutinous)\s+(?:officers|forces)|military|army|junta)\b|\b(?:soldiers|troops|mutineers|putschists)\s+(?:(?:had|have|has|then|also|reportedly|later|first)\s+){0,2}(?:arrested|detained)\b/u;
const soldiersArrestInCoup = oncePerText((text) => /\b(?:coup|putsch|mutiny|mutinous|mutineers?|junta)\b/i.test(text) && SOLDIERS_ARRESTED.test(text));
/**
 * A protest story: a text that tells protesters, demonstrations, rallies, strikers, pickets or riots three times or more (read once per
 * text). In it, a clash, a confrontation, a "battle of", a storming, a raid, an attack on people or a blockade told in a
 * sentence that names no arms or armed men is the crowd's or the police's act (CAMEO 14 protest, 17 coerce), not an armed one.
 */
const PROTEST_WORDS = /\b(?:protest(?:s|ers|ors|ed|ing)?|demonstrat(?:ions?|ors|ed|ing)|rall(?:y|ies|ied)|marchers|strikers|striking|riots?|rioters|rioting|uprising|sit-ins?|pickets?|picketing|picketers|walkouts?|(?:on|general|national|miners['’]?|coal)\s+strikes?|strike\s+action)\b/gi;
const protestStory = oncePerText((text) => {
  let count = 0;
  for (const _ of text.matchAll(PROTEST_WORDS)) if (++count >= 3) return true;
  return false;
});
/** Acts a crowd or the police do as well as soldiers. */
const CROWD_OR_ARMED_ACT = /^(?:(?:fierce|heavy|deadly|violent|bloody)\s+)?(?:clash(?:es|ed|ing)?|confrontations?|battle\s+of|storm(?:ed|ing)|raid(?:ed|s)?|attack(?:s|ed)?\s+(?:on|against)|blockades?\s+of)$/i;
/** Words of arms or armed men in a sentence (a protest story's clashes with troops stay armed). */
const ARMS_NAMED = /\b(?:soldiers|troops|army|armed|military|forces|gunmen|militants|rebels|insurgents|fighters|militias?|jihadists|terrorists|paramilitar(?:y|ies)|guerrillas?|jets|warplanes|drones?|missiles?|rockets?|artillery|tanks|shell(?:s|ed|ing)|bombs?|bombing|air\s*strikes?|war)\b/i;
/** Armed doers whose acts stay military actions in a protest's sentence. */
const ARMED_DOER = /\b(?:soldiers|troops|army|military|gunmen|militants|rebels|insurgents|jets|drones|missiles)\b/i;
const POLICE_DOER = /\b(?:police|policemen|police\s+officers|riot\s+police(?:\s+officers)?|gendarmes)\s+(?:(?!(?:and|or)\b)[\w-]+\s+){0,3}$/i;
/** "killed in recent weeks", "killed in the past year", "killed in 2019": a toll over a time, not where an action killed them. */
/**
 * Who or what a "fight against" is fought with when it is an armed fight: a named side ("the fight against the Taliban",
 * "against Boko Haram") or armed men by their kind ("the terrorists in Syria", "Taliban rebels"); "the fight against the
 * climate emergency", "against insecurity", "against hunger" are a cause or a policy, no military action.
 */
const ARMED_FOE = /^\s+(?:the\s+|an?\s+|their\s+|its\s+)?(?:\p{Lu}|(?:[\p{L}-]+\s+){0,2}?(?:rebels?|militants?|insurgents?|insurgency|terrorists?|terrorist\s+(?:groups?|organi[sz]ations?)|jihadists?|separatists?|extremists|gunmen|militias?|forces|troops|army|armies|invaders?|occupiers?|occupation|enemy|enemies|aggressors?|invasion|regime|junta|fighters)\b)/u;
const KILLED_IN_TIME = /^\s+(?:recent|the\s+(?:past|last|previous|same)|this|last|(?:1[89]|20)\d\d\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/;
/** A rally of a campaign or a party is no protest ("a political rally at a soccer stadium", "his campaign rally in Ohio"). */
const CAMPAIGN_RALLY = /\b(?:political|campaign|election|electoral|re-?election|pre-election|party|victory)\s+rall(?:y|ies)\b/i;

/** People met as a group, not as office holders ("with the families of the hostages", "with business leaders"). */
const GROUP_MET = /^\s*(?:with\s+)?(?:the\s+|local\s+|young\s+)?(family\s+members|families|relatives|students|business\s+leaders|civil\s+society(?:\s+(?:leaders|representatives|groups))?|community\s+leaders|religious\s+leaders|human\s+rights\s+(?:defenders|advocates|activists)|journalists|survivors|entrepreneurs)\b/;
/**
 * What stands between a meeting's noun and the person it was held with or by: "with" or "by" (a word or two before it: "held
 * with", "hosted by"), then up to six words of office or country ("with Nigerian Foreign Minister …", "by the Prime Minister of …").
 */
const WITH_NAMED = /^\s*(?:[\p{Ll}]+\s+){0,2}?(?:with|by)\s+(?:[\p{L}.'’-]+\s+){0,6}$/u;

/** What may stand between a meeting's words and its counterpart ("by phone with", "today to"). */
const COUNTERPART_LEAD = String.raw`^\s+(?:(?:by\s+(?:tele)?phone|today|yesterday)\s+)?(?:with\s+|to\s+)?`;
/** A counterpart named by office and country right after a meeting's words ("a telephone conversation with the Prime Minister of Malaysia", "met the Malaysian Prime Minister"). */
const COUNTRY_OFFICE_MET = new RegExp(`${COUNTERPART_LEAD}(?:the\\s+)?(?:${COUNTERPART_OFFICE}\\s+of\\s+(?:the\\s+)?$|(?:\\p{Lu}[\\p{L}.]*\\s+)?$)`, 'u');
/** The office a demonym qualifies ("the Malaysian Prime Minister"). */
const OFFICE_AFTER = new RegExp(`^\\s+${COUNTERPART_OFFICE}\\b`, 'u');
const OFFICE_COUNTERPART = new RegExp(`${COUNTERPART_LEAD}the\\s+(?:${COUNTERPART_OFFICE}\\s+of\\s+(?:the\\s+)?\\p{Lu}|(?:\\p{Lu}[\\p{L}.]*\\s+){1,3}${COUNTERPART_OFFICE}\\b)`, 'u');

/**
 * Whether a meeting phrase after another one in a sentence is another engagement: the words between join two
 * clauses ("and", a comma; with `sequence`, also a word of sequence: "later", "then", "also") and name someone,
 * and someone not named before is named after it ("held talks with Tuggar and met Tinubu"; not "met and held talks with X").
 */
function anotherEngagement(between: string, persons: FoundPerson[], sentence: Sentence, afterAt: number, sequence: boolean): boolean {
  const joined = sequence ? /(?:,|\band)\s+(?:\w+\s+)?(?:later|then|afterwards|subsequently|separately|also)\b/i : /(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:he|she|they|also|later|then)\s+)*(?:\S+\s+)?$/i;
  if (!joined.test(between) || !/\p{Lu}/u.test(between.slice(1))) return false;
  return persons.some((person) => firstMentionAt(person, sentence) >= afterAt && !COMMENTATOR.test(person.title ?? ''));
}

/** A light verb before a meeting noun makes it told by a verb ("held a telephone talk with", "received a courtesy call from", "had a call with"). */
const LIGHT_VERB_BEFORE = /\b(?:held|holds?|holding|had|has|have|having|paid|pays?|paying|received|receives?|receiving|made|makes?|making|conducted|conducts?|participated\s+in|participates?\s+in|took\s+part\s+in|attended|attends?|co-?chaired|co-?chairs?|co-?hosted)\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\p{L}\d.'’+-]+\s+){0,4}$/u;
/** "received a courtesy call from", "receives a call from the ambassador": a call paid on the receiver, at home. */
const RECEIVED_CALL = /\b(?:received|receives?|receiving)\s+(?:a\s+)?(?:courtesy\s+)?call\s+from\b/;
function receivedCallAt(unquoted: string, at: number, length: number): number | null {
  const from = Math.max(0, at - 30);
  const found = RECEIVED_CALL.exec(unquoted.slice(from, at + length + 6));
  return found ? from + found.index : null;
}
/** "…, who is visiting Japan", "who was on an official visit to India", "currently visiting Tokyo": where a guest met is visiting. */
const GUEST_VISITING = /\b(?:who\s+(?:is|was|are|were)\s+(?:currently\s+|now\s+)?|currently\s+)(?:visiting|on\s+(?:an?|a\s+\w+)\s+(?:[\w-]+\s+){0,2}visit\s+to|in)\s+(?:the\s+)?$/;
function guestVisiting(sentence: Sentence, countries: CountryMention[], text: string): CountryMention | null {
  return countries.find((mention) => mention.start >= sentence.start && mention.end <= sentence.end && mention.kind !== 'demonym' && GUEST_VISITING.test(text.slice(Math.max(sentence.start, mention.start - 60), mention.start))) ?? null;
}

/** A movement to a written place ("and travelled to Paris on Tuesday to meet …"). */
const MOVED_ON = /\b(?:travel\w*|flew|fl(?:y|ies|ying)|went|go(?:es|ing)?|head\w*|mov\w*|continu\w*|proceed\w*)\s+(?:on\s+)?to\s+(?=(?:the\s+)?\p{Lu})/iu;

/** The place a movement written between two meeting phrases went to: the later meeting's place. */
function placeMovedTo(sentence: Sentence, countries: CountryMention[], unquoted: string, from: number, to: number): CountryMention | null {
  const moved = MOVED_ON.exec(unquoted.slice(from, to));
  if (!moved) return null;
  const at = sentence.start + from + moved.index + moved[0].length;
  return countries.find((mention) => mention.kind !== 'demonym' && mention.start >= at && mention.start <= at + 4 && mention.end <= sentence.end) ?? null;
}

/** The country named as the host of a gathering before it in its clause ("The United States will … host next year's summit"). */
function hostCountry(sentence: Sentence, places: CountryMention[], text: string, triggerAt: number): string | null {
  const host = places.filter((mention) => mention.end <= triggerAt && mention.kind !== 'demonym' && mention.kind !== 'city' && /^[^,;.]{0,70}\bhost(?:s|ed|ing)?\b[^,;.]{0,30}$/.test(text.slice(mention.end, triggerAt))).pop();
  return host?.code ?? null;
}

/** A verb of reacting to a happening told after it ("Sweden condemns … yesterday's nuclear test", "congratulated the Czech Republic on the passage of …"). */
const REACTING = /\b(?:condemn(?:s|ed|ing)?|denounc(?:es|ed|ing)|deplor(?:es|ed|ing)|congratulat(?:es|ed|ing)|prais(?:es|ed|ing)|react(?:s|ed|ing)?\s+to|respond(?:s|ed|ing)?\s+to)\b/i;

/**
 * Where a verb of reacting stands before a happening's words in its sentence, and the country it is addressed to (named
 * between the verb and the words): whoever reacts, named before the verb, is neither the happening's actor nor its place.
 */
function reactionBefore(sentence: Sentence, places: CountryMention[], text: string, triggerAt: number): { at: number; addressed: CountryMention | null } | null {
  const reacting = REACTING.exec(text.slice(sentence.start, triggerAt));
  if (!reacting) return null;
  const at = sentence.start + reacting.index;
  return { at, addressed: places.find((mention) => mention.start > at && mention.end <= triggerAt && mention.kind !== 'city') ?? null };
}

/** A state's own body, named by its country before it ("Armenia's Security Council", "the Israeli cabinet"), that is the gathering or holds it in the words up to its end. */
const STATE_BODY = /^(?:['’]s)?\s+(?:[\p{Lu}][\p{L}-]*\s+){0,2}(?:[Ss]ecurity\s+)?(?:[Cc]ouncil|[Cc]abinet|[Pp]arliament|[Gg]overnment|[Ss]enate|[Cc]ongress|[Pp]olitburo|[Jj]unta|[Ll]eadership)\b(?:\s+[\p{Ll}-]+){0,5}$/u;

/** Where a state's body meets when its words do not say: in that state ("Armenia's Security Council held an extraordinary meeting"). */
function bodyCountry(places: CountryMention[], text: string, triggerAt: number, triggerEnd: number): string | null {
  return places.filter((mention) => mention.end <= triggerAt && mention.kind !== 'city' && STATE_BODY.test(text.slice(mention.end, triggerEnd))).pop()?.code ?? null;
}

/** The country of the leader or government a coup removes, written right after its verb ("the president of Gabon", "Niger's government"). */
const LEADER = '(?:president|prime\\s+minister|leader|government|head\\s+of\\s+state|king|emir)';
const LEADER_OF = new RegExp(`^\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?${LEADER}\\s+of\\s+(?:the\\s+)?$`, 'i');
const LEADER_AFTER = new RegExp(`^['’]s\\s+(?:[\\w-]+\\s+){0,2}?${LEADER}\\b`, 'i');
/** Words between a coup's verb and the country whose leader it removes: "ousted Niger's president", "to detain or subvert the functioning of Niger's … government". */
const REMOVED_GAP = /^\s+(?:(?:or|and)\s+\p{Ll}+\s+)?(?:the\s+)?(?:\p{Ll}+\s+of\s+(?:the\s+)?)?$/u;

function removedLeaderCountry(sentence: Sentence, places: CountryMention[], text: string, verbEnd: number): string | null {
  const removed = places.find(
    (mention) =>
      mention.start >= verbEnd &&
      mention.start - verbEnd <= 40 &&
      mention.kind !== 'city' &&
      (LEADER_OF.test(text.slice(verbEnd, mention.start)) || (REMOVED_GAP.test(text.slice(verbEnd, mention.start)) && LEADER_AFTER.test(text.slice(mention.end, mention.end + 40)))),
  );
  return removed?.code ?? null;
}

/** What an attack is aimed at when its people or ground are named by their demonym ("attacks on Syrian civilians"). */
/** Between an action's words and the demonym of its target: "on", "against the", "that Russia perpetrated on" (a relative clause of a few words). */
// (a number or quantity may stand between: "strikes two Iraqi bases", "attacks on several Ukrainian cities")
const QUANTITY = String.raw`(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|dozens\s+of|hundreds\s+of|\d+)\s+)?`;
const VICTIM_GAP = new RegExp(String.raw`^\s*(?:(?:that|which)\s+(?:[\p{L}’'-]+\s+){1,3}?)?(?:(?:on|against|targeting|of)\s+)?(?:the\s+|an?\s+)?${QUANTITY}$`, 'u');
/** An action by nature on another state's ground: an invasion, an aggression. */
const INVADING = /\b(?:invasion|invad\w*|aggression)\b/i;
const TARGET_PEOPLE = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:civilians|people|cities|towns|villages|positions|forces|troops|soldiers|territory|soil|infrastructure|targets|ports|bases?|homes|hospitals|schools|sites|facilities|installations|airfields?|depots?|outposts?|military|rebels|fighters|militants|insurgents|guerrillas|separatists|fleet|navy|warships|ships|vessels|tankers|embassy|convoys?|camps?|army|units|air\s+bases?|airbases?)\b/u;
/** TARGET_PEOPLE after a country's name used as a modifier, over capitalised words of a proper name ("the U.S. Pacific Fleet"). */
const TARGET_NAMED = new RegExp(TARGET_PEOPLE.source, 'iu');
/** An action's aim at settled ground or people, named without their country ("at the settlements of …", "against civilian targets"). */
const GROUND_AIMED = /^[^.;]{0,60}?\b(?:at|on|against|targeting)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:settlements|towns|villages|cities|civilians|civilian\s+(?:targets|areas|infrastructure)|residential\s+(?:areas|buildings|districts)|homes)\b/u;
/** An action's noun and "of" before the ground it was on ("invasion of ", "bombing of the "). */
const OF_GROUND = /^(?:invasion|bombing|bombardment|shelling|occupation|siege|blockade)\s+of\s+(?:the\s+)?$/i;
/** A verb of striking whose object is what was struck ("struck Iranian nuclear sites", "shelled Indian positions"). */
// (a headline's present tense too: "Iran strikes two Iraqi bases", "Israel pounds Gaza")
const STRIKING_VERB = /^(?:struck|strikes|shelled|shells|bombed|bombs|bombarded|bombards|attacked|attacks|raided|raids|hit|hits|pounded|pounds)\b/i;

/**
 * The host a guest named after "visiting" is received by: the country written nearest before the words ("Kuwait's Defense
 * Minister … with visiting Italian counterpart"; "Brushing aside American sanctions, India … with visiting Russian President"
 * is India, not a country the sentence names earlier in passing), else that of the person named before them ("Russian President Vladimir
 * Putin held talks with his visiting North Korean counterpart"), not the guest's own (its demonym after the words).
 */
function guestHost(sentence: Sentence, places: CountryMention[], persons: FoundPerson[], text: string, visitingAt: number): string | null {
  const guestCountry = places.find((mention) => mention.start > visitingAt && mention.start - visitingAt <= 20)?.code ?? null;
  const before = places.filter((mention) => mention.end <= visitingAt && mention.kind !== 'city' && mention.code !== guestCountry);
  if (before.length) return before[before.length - 1].code;
  return persons.find((person) => person.country && person.country !== guestCountry && mentionsIn(person, sentence).some((mention) => mention.end <= visitingAt))?.country ?? null;
}

/** What may stand between a doer's country and its action's words: its possessive and a few words ("Israeli jets", "Russia's forces also"). */
const DOER_GAP = /^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}$/;

/** Verbs by which a country named before an action tells, sees or judges it rather than makes it. */
const TOLD_OR_JUDGED = /\b(?:said|says|saying|say|told|tells|telling|stated|report\w*|detect\w*|confirm\w*|quot\w*|cit(?:ed|es|ing)|according|condemn\w*|denounc\w*|deplor\w*|welcom\w*|accus\w*|blam\w*|warn\w*|claim\w*|react\w*|respond\w*|urg\w*|call\w*)\b/i;

/** Kinds of military action, by the words that tell them: the same kind in two sentences may be one action, two kinds are two. */
const ACTION_KINDS: [RegExp, string][] = [
  [/strik|struck|bomb|kill|attack|raid|shell|shot/, 'attack'],
  [/launch|missile|fired/, 'launch'],
  [/invasion|invad(?:e|ed|ing|ers?)\b|war\b|conflict|aggression|offensive/, 'war'],
  [/captur|fall of|control of (?:the )?(?:town|city|village|port|airport|region|province|base|territory|district)/, 'capture'],
  [/coup|oust|depos|overthr|seiz|mutiny|to (?:detain|topple|subvert)/, 'coup'],
  [/drill|exercise/, 'exercise'],
];

/** Whether two mentions are told by the same words; an OTHER happening's by the same kind of words ("resigns", "his resignation"). */
// (sanctions told as an earlier round and the news's own round are two: otherRounds)
function sameWords(a: Draft, b: Draft): boolean {
  if (a.type === 'OTHER' && b.type === 'OTHER' && otherRounds(a.trigger, a.sentences[0].text, b.sentences[0].text)) return false;
  return a.trigger === b.trigger || (a.type === 'OTHER' && b.type === 'OTHER' && happeningKind(a.trigger) === happeningKind(b.trigger));
}

function actionKind(trigger: string | undefined): string {
  return ACTION_KINDS.find(([pattern]) => pattern.test(trigger ?? ''))?.[1] ?? trigger ?? '';
}

/**
 * Two actions of two named kinds ("launched missiles at two ships" and "strike several Houthi targets in Yemen"): an action told
 * without place or country refers back to one of its own kind, not to a placed one of another (session 32). Words of no named
 * kind ("tanks and troops rolled into the capital") may tell any action again.
 */
function kindsApart(a: string | undefined, b: string | undefined): boolean {
  const known = (trigger: string | undefined) => ACTION_KINDS.find(([pattern]) => pattern.test(trigger ?? ''))?.[1];
  const [first, second] = [known(a), known(b)];
  // (exercises are left as they were: whether a drill is a military action at all is the owner's call)
  return first !== undefined && second !== undefined && first !== second && first !== 'exercise' && second !== 'exercise';
}

/** A gathering's name without the words that only place it in time ("the upcoming G20 meeting" is "g20 meeting"). */
function gatheringName(words: string): string {
  return words
    .toLowerCase()
    .replace(/^(?:the\s+|upcoming\s+|next\s+|coming\s+|forthcoming\s+|planned\s+)+/, '')
    .replace(/\s+(?:in|at)\s*$/, '')
    .trim();
}

/** The trigger patterns, in order (for the pre-check's tests). */
export function triggerPatterns(): RegExp[] {
  return TRIGGERS.map((trigger) => trigger.pattern);
}

const GLOBAL_PATTERNS = new Map<RegExp, RegExp>();
/** The same pattern with the g flag, compiled once. */
function everywhere(pattern: RegExp): RegExp {
  let global = GLOBAL_PATTERNS.get(pattern);
  if (!global) GLOBAL_PATTERNS.set(pattern, (global = new RegExp(pattern.source, `${pattern.flags}g`)));
  global.lastIndex = 0;
  return global;
}

/**
 * Every match of `pattern` in `text`, as `[...text.matchAll(pattern)]` gives them, read with the one compiled
 * global pattern (matchAll copies the pattern each call, and V8 reads a fresh copy of a long pattern slowly).
 */
function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const global = everywhere(pattern);
  const matches: RegExpExecArray[] = [];
  for (let found = global.exec(text); found; found = global.exec(text)) {
    matches.push(found);
    // (an empty match: on by one character, or by a surrogate pair in a Unicode pattern, as matchAll does)
    if (found[0] === '') global.lastIndex += /[uv]/.test(global.flags) && (text.codePointAt(global.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  global.lastIndex = 0;
  return matches;
}

/** Whether `pattern` matches `text` (its compiled global copy, read from the start). */
function matches(pattern: RegExp, text: string): boolean {
  const global = everywhere(pattern);
  const found = global.test(text);
  global.lastIndex = 0;
  return found;
}

type Trigger = (typeof TRIGGERS)[number];

/** What finding a text's events reads once, and the candidates made so far (later rules read the earlier ones). */
interface TextScan {
  context: EventsContext & { sales: FoundSale[] };
  text: string;
  /** The sentences of the sales found: a transfer only referred to (no sale of its own) leaves its sentence's other happenings alone. */
  saleSentences: Set<Sentence>;
  /** The country the story is about (named most): where a happening told with no place of its own ("the arrests of opposition members before polling day") took place. */
  storyCountry: string | null;
  /** Which sentences hold a word each trigger's matches need (one scan of the text a trigger): a trigger is run only on those
   * (prefilter.ts: a superset of the sentences it matches; null: run it on every sentence). */
  marks: Map<Trigger, Uint8Array | null>;
  drafts: Draft[];
  triggered: EventStages['triggered'];
}

/** One sentence as the triggers read it. */
interface SentenceFrame {
  sentence: Sentence;
  /** The dates written in it ("on Dec. 3" in the year its month was last told with). */
  written: FoundDate[];
  /** The days counted from an earlier sentence's ("He was impeached 11 days later and removed from office on April 4": the count is the impeachment's day). */
  counted: FoundDate[];
  /** Both, in the order of the text. */
  dates: FoundDate[];
  /** "on Tuesday and Wednesday", "from May 3 to May 5": one span, not two days. */
  spans: Map<FoundDate, { start: FoundDate; end: FoundDate }>;
  /** The sentence that named the last day so far, this one included: what "the following day" counts from. */
  lastDayIndex: number | undefined;
  /** The last day the sentence right before named, if it named one ("… reported on Thursday. The report came two days after …"). */
  previousDay: FoundDate | null;
  persons: FoundPerson[];
  subject: FoundPerson | null;
  officeSubject: FoundPerson | null;
  /** Quoted words are what someone said, not what happened ("no reason to meet"): blanked to spaces, which the pre-check
   * counts on (its words never hold a space, prefilter.ts). */
  unquoted: string;
  /** Where the sentence names a gathering; a meeting word inside it is that gathering, not another meeting. */
  gatheringSpans: [number, number][];
  /** The places written in this sentence, read once and only when a trigger needs its target (linear in the text): `placesOf`. */
  places: CountryMention[] | null;
  /** The day of a date line heading the sentence (`headingDays`): an undated happening told under it is of that day. */
  headingDay?: FoundDate;
  /** Calls told as a round shortly before ("… during a round of telephone calls on Sunday 18 February"): their day, if written. */
  callsAnnounced?: { day: FoundDate | null };
}

/** One match of a trigger in a sentence, among the trigger's other matches there. */
interface Occurrence {
  trigger: Trigger;
  match: RegExpExecArray;
  /** Where the match starts in the text. */
  at: number;
  /** Its place among `occurrences`, the matches told as happenings of their own. */
  index: number;
  occurrences: RegExpExecArray[];
  all: RegExpExecArray[];
  /** Where each of `all` is aimed, for the types a place sets apart (`APART_BY_PLACE`). */
  targets: (CountryMention | null)[];
}

/** What the steps of `draftsAt` read of one occurrence before its candidate is made (all set up front: one shape). */
interface Reading {
  /** Where its own phrase aims it, when the sentence's first occurrence is aimed elsewhere. */
  ownTarget: CountryMention | null;
  /** Counterparts listed by their offices' countries ("the leaders of A, B and C"): a meeting with each. */
  counterparts: CountryMention[];
  date: FoundDate | null;
  endDate: FoundDate | null;
  /** The dates of the trigger's own clause, and the one heading the sentence. */
  sameClause: FoundDate[];
  headDate: FoundDate | undefined;
  /** A war or campaign that lasts: the sentence's day and place are another happening's. */
  lasting: boolean;
  reportedBy: { country: string | null; person?: FoundPerson; body?: boolean } | null;
  /** The state of the organ a speaker with no country of their own is written by ("Foreign ministry spokesperson X said"). */
  organState?: string | null;
  sayer: { person: FoundPerson | null; voice?: string; body?: string; country: string | null; attribution: boolean; verbEnd: number } | null;
  place: CountryMention | null;
  involved: FoundPerson[];
  location: string | null;
  headPlaced: boolean;
  /** The day is the visit's told before at the place (visitDayAt), no day counted on from the last one written. */
  visitDay?: boolean;
}

/** The candidates made of a sentence so far: the last ones made (the sentences are read in order). */
function madeOfSentence(drafts: Draft[], sentence: Sentence): Draft[] {
  let first = drafts.length;
  while (first > 0 && drafts[first - 1].sentences[0] === sentence) first--;
  return drafts.slice(first);
}

function mayMatch(scan: TextScan, trigger: Trigger, sentence: Sentence): boolean {
  const marksOf = scan.marks.get(trigger);
  return !marksOf || marksOf[sentence.index] === 1;
}

function placesOf(scan: TextScan, frame: SentenceFrame): CountryMention[] {
  const { sentence } = frame;
  return (frame.places ??= scan.context.countries.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end));
}

/** What a line that is only a date may carry besides it: a place it is at ("at Chevening", "in Geneva") and a colon. */
const HEADING_REST = /^[\s,.:;–—-]*(?:(?:at|in)\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+|the\s+)?[\p{Lu}\d][\p{L}\d’'.-]*){0,5})?[\s:.]*$/u;
/** Words before a happening that make it another's background or time, not the one a date line heads. */
const HEADING_BACKGROUND = /,\s+\p{Ll}+(?:ing|ed)\b|\b(?:after|following|amid|since|before|until|months|weeks|years|decades|recent|recently|earlier|previous|previously|past|last|ago)\b/u;
/** An item of a list: a bullet or a number opening its line. */
const LIST_ITEM = /^\s*(?:[-•*–—▪·]|\d{1,2}[.)])\s/u;

/**
 * The days that date lines standing alone ("19 September 2006", "27 APRIL 1994", "Saturday 17th September at Chevening:") give
 * the sentences told under them, by sentence index: the list items below such a line, or the first full sentence below it (a
 * timeline's entry, a page's "on this day" story; lines that are no sentence, a heading or a credit, are passed over). A
 * sentence with a day of its own, or another such line, ends the span. (The guide's page date heading: "a timeline entry's
 * date heading dates the entry's main happening".)
 */
function headingDays(document: ArticleDocument, context: EventsContext): Map<number, FoundDate> {
  const days = new Map<number, FoundDate>();
  const { sentences } = document;
  const alone = (index: number) => sentences[index - 1]?.paragraph !== sentences[index].paragraph && sentences[index + 1]?.paragraph !== sentences[index].paragraph;
  const headingAt = (index: number): FoundDate | undefined => {
    const sentence = sentences[index];
    // (a time of day makes it a stamp — a byline's, a related link's — not a heading: "8 December 2021, 05:59 GMT")
    if (index === 0 || sentence.text.length > 80 || !/\d/.test(sentence.text) || /\d[:.]\d\d\b|\b(?:GMT|UTC|[AaPp]\.?[Mm]\b)/.test(sentence.text) || !alone(index)) return undefined;
    const found = eventDates(sentence, context);
    if (found.length !== 1 || found[0].precision !== 'DAY' || found[0].weekday) return undefined;
    const [date] = found;
    // (a weekday before the day, which chrono may leave out of the date's words: "Saturday 17th September")
    const before = sentence.text.slice(0, date.start - sentence.start).replace(/^\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*/i, '');
    return !before.trim() && HEADING_REST.test(sentence.text.slice(date.end - sentence.start).trim()) ? date : undefined;
  };
  // (any line but the headline: a date line under it may be read as the standfirst)
  for (let index = 1; index < sentences.length; index++) {
    const date = headingAt(index);
    if (!date) continue;
    let items = 0;
    for (let next = index + 1; next < sentences.length; next++) {
      const sentence = sentences[next];
      if (headingAt(next) || eventDates(sentence, context).some((found) => found.precision === 'DAY')) break;
      const first = sentences[next - 1].paragraph !== sentence.paragraph;
      const item = first ? LIST_ITEM.test(sentence.text) : items > 0 && LIST_ITEM.test(sentences.find((each) => each.paragraph === sentence.paragraph)!.text);
      if (items > 0 && !item) break;
      if (item && first) items++;
      // (a line that is no sentence — a heading, a credit, a byline — is passed over: "SECRETARY KERRY'S REMARKS ON …")
      const full = /[.!?]["”’)]?\s*$/u.test(sentence.text);
      if (item || full) days.set(next, date);
      if (!item && full) break;
    }
  }
  return days;
}

/** Every event of the article (top level; a trip's stops are its children). */
export function findEvents(context: EventsContext & { sales: FoundSale[] }): ExtractedEvent[] {
  const { document, countries } = context;
  const { text, sentences } = document;
  const marked = sentencesWithWords(text, sentences, triggerPatterns());
  const scan: TextScan = {
    context,
    text,
    saleSentences: new Set(context.sales.flatMap((found) => (found.sale ? found.sentences : []))),
    storyCountry: mostNamed(countries),
    marks: new Map(TRIGGERS.map((trigger, index) => [trigger, marked[index]])),
    drafts: [],
    triggered: [],
  };
  // The last day a sentence named, for the next sentences' "the following day", "two days later".
  let lastDay: { date: FoundDate; index: number } | null = null;
  // The year each month was last named with ("in December 2024"), for a later sentence's "on Dec. 3".
  const monthsTold = new Map<number, number>();
  // The year the text last wrote out, for a later "January 28 of the same year".
  let yearTold: number | null = null;
  const captions = captionParagraphs(text, sentences);
  const headings = headingDays(document, context);
  // The last round of calls a sentence announced, for the talks the next sentences tell (`callTold`).
  let callsAnnounced: { index: number; day: FoundDate | null } | null = null;
  for (const sentence of sentences) {
    // (a dateline's date is the report's: "LIMA, June 4 (Agency) — Voters cast ballots at the weekend …", `FoundDate.told`)
    const caption = captions.has(sentence.paragraph);
    const written: FoundDate[] = inMonthTold(ofYearTold(eventDates(sentence, context), text, yearTold), monthsTold).map((found) => (isDatelineDate(found, text, sentence.start) ? { ...found, told: true } : found));
    // (a photograph's caption dates its own scene, often a file photo years old: its year and day lend nothing to the story's sentences)
    if (!caption) for (const found of written) if (found.precision !== 'YEAR' && !found.yearGuessed && !found.weekday) monthsTold.set(found.date.getUTCMonth(), found.date.getUTCFullYear());
    if (!caption) for (const found of written) if (!found.yearGuessed && !found.weekday && /\b(?:1[89]|20)\d\d\b/.test(found.text)) yearTold = found.date.getUTCFullYear();
    // ("He was impeached 11 days later and removed from office on April 4": the count is the impeachment's day)
    const counted = daysLater(sentence, lastDay, written);
    const previousDay = lastDay && lastDay.index === sentence.index - 1 ? lastDay.date : null;
    const namedDay = caption ? undefined : written.filter((found) => found.precision === 'DAY').pop();
    if (namedDay) lastDay = { date: namedDay, index: sentence.index };
    const frame = frameOf(scan, sentence, written, counted, lastDay?.index, previousDay);
    frame.headingDay = headings.get(sentence.index);
    if (callsAnnounced && sentence.index - callsAnnounced.index <= CALLS_REACH) frame.callsAnnounced = callsAnnounced;
    for (const trigger of TRIGGERS) readTrigger(scan, frame, trigger);
    if (CALLS_ANNOUNCED.test(sentence.text)) callsAnnounced = { index: sentence.index, day: namedDay ?? null };
    const announcement = announcementOf(scan, frame);
    if (announcement) scan.drafts.push(announcement);
  }
  const drafts = oneMeetingASentence(withSources(scan));
  const { merged, groupOf } = grouped(drafts, document.bodyStart, context.publishedAt);

  stagesListener?.({ triggered: scan.triggered, drafted: drafts.map(staged), groupOf: drafts.map((draft) => merged.indexOf(groupOf.get(draft)!)), grouped: merged.map(staged) });
  return finished(context, settled(scan, withTrip(context, merged)));
}

function frameOf(scan: TextScan, sentence: Sentence, written: FoundDate[], counted: FoundDate[], lastDayIndex: number | undefined, previousDay: FoundDate | null = null): SentenceFrame {
  const { text, context } = scan;
  const { people, document } = context;
  const { sentences } = document;
  const dates = [...written, ...counted].sort((a, b) => a.start - b.start);
  // "on Tuesday and Wednesday", "from May 3 to May 5": one span, not two days.
  const spans = new Map<FoundDate, { start: FoundDate; end: FoundDate }>();
  for (let index = 1; index < dates.length; index++) {
    const [first, second] = [dates[index - 1], dates[index]];
    if (/^\s*(and|to|through|until|–|-)\s*$/.test(text.slice(first.end, second.start)) && second.date > first.date && first.precision === second.precision) {
      spans.set(first, { start: first, end: second });
      spans.set(second, { start: first, end: second });
    }
  }
  const persons = peopleIn(people, sentence);
  const subject = subjectOf(people, sentences, sentence);
  const officeSubject = officeSubjectOf(people, sentence);
  // Quoted words are what someone said, not what happened ("no reason to meet").
  // (blanked to spaces, which the pre-check counts on: its words never hold a space, prefilter.ts)
  const unquoted = sentence.text.replace(/["“][^"”]*["”]/g, (quote) => ' '.repeat(quote.length));
  return { sentence, written, counted, dates, spans, lastDayIndex, previousDay, persons, subject, officeSubject, unquoted, gatheringSpans: [], places: null };
}

/**
 * A trigger's occurrences in a sentence, quoted words left out ("no reason to meet" is what someone said, not what
 * happened) — except an accord signed or an occasion of a visit an official announces in quotation marks ("“The meeting
 * will be followed by the signing of bilateral agreements,” said the spokesman", "“Minister X will officially inaugurate
 * the Consulate General in Cape Town”"): a programme told in a spokesperson's words is the programme.
 */
function otherMatches(trigger: Trigger, sentence: string, unquoted: string): RegExpExecArray[] {
  const found = matchesIn(trigger.pattern, unquoted);
  if (trigger.type !== 'OTHER' || unquoted === sentence) return found;
  const quoted = matchesIn(trigger.pattern, sentence).filter(
    (occurrence) => unquoted[occurrence.index!] === ' ' && sentence[occurrence.index!] !== ' ' && QUOTED_PROGRAMME.test(occurrence[0]),
  );
  return quoted.length ? [...found, ...quoted].sort((a, b) => a.index! - b.index!) : found;
}
/**
 * An accord signed or an occasion (a wording OTHER triggers match) that a quoted programme still tells, and an accord's
 * taking effect an envoy quotes ("“The extension of the truce comes into effect … today 2 June 2022 at 19:00”"): the corpus
 * sets keep it apart from the accord's agreeing, on its own day.
 */
const QUOTED_PROGRAMME = new RegExp(
  `${ACCORD_SIGNED.source}|${OCCASION.source}|\\b(?:agreed|reached)\\b[^.;]{0,30}\\b(?:ceasefire|cease-fire|truce)\\b|\\b(?:comes|come|came|enters|entered|goes|went)\\s+into\\s+(?:force|effect)\\b|\\b(?:takes|took)\\s+effect\\b`,
  'iu',
);

/** What opens a clause of its own before a later verb of the sentence, its subject after it: ", while …", ", but …", ", and …", "; …". */
const CLAUSE_OF_ITS_OWN = /(?:,\s*(?:while|whereas|but|and|as)|;)\s+[^,;:]{1,80}$/u;

/** The candidates one trigger makes of a sentence, added to `scan.drafts` one occurrence at a time (each reads the ones before). */
function readTrigger(scan: TextScan, frame: SentenceFrame, trigger: Trigger): void {
  const { text } = scan;
  const { sentence, unquoted, gatheringSpans, dates, persons } = frame;
    // Each occurrence in a different clause is its own event ("met … since a meeting in February").
    // (a meeting word inside a gathering named before is that gathering's name, not an occurrence: "the … Meeting …, X met Y")
    const all = !mayMatch(scan, trigger, sentence) ? [] : otherMatches(trigger, sentence.text, unquoted).filter((occurrence) => !['MEETING', 'SUMMIT'].includes(trigger.type) || trigger.gathering || !gatheringSpans.some(([start, end]) => occurrence.index < end && occurrence.index + occurrence[0].length > start));
    // A later occurrence aimed at another place is another happening ("struck Kharkiv … attacked Odesa").
    const targets = APART_BY_PLACE.has(trigger.type) ? all.map((occurrence, index) => targetOf(sentence, placesOf(scan, frame), text, sentence.start + occurrence.index!, index + 1 < all.length ? sentence.start + all[index + 1].index! : sentence.end)) : [];
    const occurrences = all.filter(
      (occurrence, index) =>
        index === 0 ||
        // "Thousands protest in Minsk as the president holds a rival demonstration": the rally for him is another.
        (trigger.type === 'PROTEST' && protestRival(unquoted, occurrence.index!, occurrence[0]) && all.slice(0, index).every((earlier) => !protestRival(unquoted, earlier.index!, earlier[0]))) ||
        // "X described the meeting as …, while Y said …": each verb of saying has its own speaker (checked below).
        trigger.said === true ||
        // "X urged an end to the protest, while Y warned of penalties": a comment verb in a clause of its own (its speaker checked in reportedSpeech).
        (trigger.reported === true && CLAUSE_OF_ITS_OWN.test(unquoted.slice(all[index - 1].index! + all[index - 1][0].length, occurrence.index))) ||
        // OTHER gathers unlike happenings: another wording of it is another ("the ceasefire … the release of hostages"), not
        // other words of one kind ("firing stun grenades to disperse the crowd": happeningKind).
        (trigger.type === 'OTHER' && all.slice(0, index).every((earlier) => happeningKind(earlier[0].toLowerCase()) !== happeningKind(occurrence[0].toLowerCase()))) ||
        // (an action told after another of its own kind is that action told again, when nothing else sets them apart: "Coup in X
        // after the president's re-election: the army seizes power", "was overthrown on Monday, following a coup that …")
        // (and a winner told elected "following the election" was elected by it: a vote and its result are one election)
        (/\b(since|after|before|following|until)\b/i.test(unquoted.slice(all[index - 1].index!, occurrence.index)) &&
          (trigger.type !== 'MILITARY_ACTION' || actionKind(all[index - 1][0].toLowerCase()) !== actionKind(occurrence[0].toLowerCase())) &&
          (trigger.type !== 'ELECTION' || !WIN_TOLD.test(all[index - 1][0]) === !WIN_TOLD.test(occurrence[0]))) ||
        // "She met Wang Yi … and later held talks with Han Zheng": a second meeting told in sequence.
        (trigger.type === 'MEETING' && MEETING_VERB.test(occurrence[0]) && /(?:,|\band)\s+(?:\w+\s+)?(?:later|then|afterwards|subsequently|separately)\b/i.test(unquoted.slice(all[index - 1].index!, occurrence.index))) ||
        // "held talks with Foreign Minister Tuggar and met President Tinubu": two meeting verbs, each with a counterpart of its own.
        (trigger.type === 'MEETING' && MEETING_VERB.test(occurrence[0]) && MEETING_VERB.test(all[index - 1][0]) && anotherEngagement(unquoted.slice(all[index - 1].index!, occurrence.index), persons, sentence, sentence.start + occurrence.index! + occurrence[0].length, false)) ||
        // "met Pistorius in Berlin on Monday and travelled to Paris on Tuesday to meet Lecornu": a meeting after a movement is another, where the movement went.
        (trigger.type === 'MEETING' && MEETING_VERB.test(occurrence[0]) && MOVED_ON.test(unquoted.slice(all[index - 1].index!, occurrence.index))) ||
        // Another kind of action told in a clause of its own ("the strike … by the MQ-9s that had been harassed by Russian aircraft").
        (trigger.type === 'MILITARY_ACTION' && !/^\w+ing\b/.test(occurrence[0]) && all.slice(0, index).every((earlier) => actionKind(earlier[0].toLowerCase()) !== actionKind(occurrence[0].toLowerCase())) && /\b(?:that|which|while|whereas|as well as)\b|;/.test(unquoted.slice(all[index - 1].index! + all[index - 1][0].length, occurrence.index))) ||
        // "On Saturday it fired two missiles, and on Thursday it launched a cruise missile": actions on two written days are two.
        // "Hezbollah launched rockets at Israel “in response” to a deadly Israeli strike": the action answered is another, earlier one.
        (trigger.type === 'MILITARY_ACTION' && REPRISAL.test(sentence.text.slice(all[index - 1].index! + all[index - 1][0].length, occurrence.index))) ||
        (trigger.type === 'MILITARY_ACTION' && onAnotherDay(dates, sentence.start + all[index - 1].index!, sentence.start + occurrence.index!, sentence.start + occurrence.index! + occurrence[0].length)) ||
        // "the visit of A to Kabul on 29 November and the visit of B to Kabul on 22 February": each "visit of/by" names its own traveller.
        (trigger.type === 'DIPLOMATIC_VISIT' && VISIT_OF.test(occurrence[0]) && VISIT_OF.test(all[index - 1][0])) ||
        (targets.length > 0 && targets[0] !== null && targets[index] !== null && targets.slice(0, index).every((earlier) => earlier === null || !samePlace(trigger.type, earlier, targets[index]!))) ||
        // "Chinese military activities, North Korean provocations": a happening its own actor is named right before.
        (UNANCHORED_APART.has(trigger.type) && otherActor(sentence, placesOf(scan, frame), text, sentence.start + all[0].index!, sentence.start + all[index - 1].index! + all[index - 1][0].length, sentence.start + occurrence.index!)),
    );
    if (stagesListener) scan.triggered.push(...all.map((occurrence) => ({ type: trigger.type, sentence: sentence.index, words: occurrence[0], repeat: !occurrences.includes(occurrence), another: trigger.more === true || trigger.alone === true })));
  for (const [index, match] of occurrences.entries()) scan.drafts.push(...draftsAt(scan, frame, { trigger, match, at: sentence.start + match.index, index, occurrences, all, targets }));
}

/** The candidates one occurrence of a trigger makes (none when a rule rules it out), step by step. */
function draftsAt(scan: TextScan, frame: SentenceFrame, occurrence: Occurrence): Draft[] {
  const { trigger, match, index, occurrences, all, targets } = occurrence;
  const { sentence, unquoted } = frame;
  const reading: Reading = {
    ownTarget: match === all[0] ? null : (targets[all.indexOf(match)] ?? null),
    counterparts: [],
    date: null,
    endDate: null,
    sameClause: [],
    headDate: undefined,
    lasting: false,
    reportedBy: null,
    sayer: null,
    place: null,
    involved: [],
    location: null,
    headPlaced: false,
  };
  if (trigger.type === 'MEETING' && index > 0) reading.ownTarget = placeMovedTo(sentence, scan.context.countries, unquoted, occurrences[index - 1].index!, match.index) ?? reading.ownTarget;
  if (!passesGates(scan, frame, occurrence, reading)) return [];
  dateOf(scan, frame, occurrence, reading);
  if (!passesLaterGates(scan, frame, occurrence, reading) || !readSpeaker(scan, frame, occurrence, reading) || !placeOf(scan, frame, occurrence, reading)) return [];
  reading.involved = involvedIn(scan, frame, occurrence);
  if (!locate(scan, frame, occurrence, reading)) return [];
  const draft = draftOf(scan, frame, occurrence, reading);
  if (occurrence.trigger.type === 'MILITARY_ACTION' || occurrence.trigger.type === 'STATEMENT') placeActors(scan, frame, occurrence, draft);
  giveVoice(frame, occurrence, reading, draft);
  placeWhereSaid(scan, frame, occurrence, reading, draft);
  placeOfSpeech(scan, frame, occurrence, draft);
  placeReactionDrawn(scan, frame, occurrence, draft);
  placeOpened(scan, frame, occurrence, draft);
  placeGathering(scan, frame, occurrence, draft);
  return split(scan, frame, occurrence, reading, draft);
}

/** A list of what a weapon is made or able to do, up to the comma before its next verb ("designed to hunt submarines, "). */
const CAPABILITY_LISTED = /\b(?:can|could|able\s+to|capable\s+of|designed\s+to|meant\s+to|intended\s+to|built\s+to|used\s+to)\s+(?:[\w-]+\s+){1,4}?[\w-]+,\s+(?:and\s+|or\s+)?$/i;
/** An assault's verb in its bare form, as a capability lists it ("strike", "attack", "hit"). */
const BARE_ASSAULT = /^(?:strike|attack|hit|bomb|shell|raid|launch|fire|intercept|target|destroy)\b/i;
/** Armed happenings that are scheduled like gatherings, told ahead as they are told done: exercises, drills, deployments. */
const PLANNED_ALIKE = /\b(?:exercises?|drills?|deploy\w*|dispatch\w*|sent|manoeuvres|maneuvers)\b/i;
/** Whether a story tells a coup or armed men anywhere (read once per text). */
const armsInStory = oncePerText((text) => COUP_OR_ARMS_TOLD.test(text));

/** The rules that rule an occurrence out before its date is read: what a weapon could do, what did not happen, what was asked for … */
function passesGates(scan: TextScan, frame: SentenceFrame, occurrence: Occurrence, reading: Reading): boolean {
  const { text, context, saleSentences, drafts } = scan;
  const { countries } = context;
  const { trigger, match } = occurrence;
  const { sentence, unquoted, gatheringSpans, persons, subject } = frame;
  // A sale's purpose ("This proposed sale will … support the fight against terrorism", "deter aggression") is no action.
  // "to defend against Russian missile attacks", "to deter aggression": a capability's purpose, no happening.
  if (trigger.type === 'MILITARY_ACTION' && /\b(?:defen[dcs]\w*|protect\w*|deter\w*|counter\w*|guard\w*|shield\w*)\s+(?:\w+\s+){0,2}against\s+(?:[\w-]+\s+){0,2}$/i.test(unquoted.slice(Math.max(0, match.index - 50), match.index))) return false;
  // "have held joint military exercises", "deepen ties through joint exercises": partners' unnamed exercise is an OTHER happening (happenings.ts).
  // (in a text that names an exercise, "during joint exercises later this month" is the named one told again: a military action)
  if (trigger.type === 'MILITARY_ACTION' && /(?:exercise|drill)s?$/i.test(match[0]) && partnersExercise(unquoted, match.index, match.index + match[0].length) && !namesExercise(text)) return false;
  if (trigger.pattern === HAPPENING_WORDINGS && happeningKind(match[0]) === 'exercise' && namesExercise(text)) return false;
  // "a Chinese naval blockade or attack on Taiwan could amount to …": an indefinite action under a modal is a supposition.
  if (trigger.type === 'MILITARY_ACTION' && supposed(unquoted, match.index, match[0].length)) return false;
  // "can strike targets at 290 km", "is capable of firing", "can intercept ballistic missiles fired from …": what a weapon could do, no happening.
  if (trigger.type === 'MILITARY_ACTION' && /\b(?:can|could|able\s+to|capable\s+of|designed\s+to|meant\s+to|intended\s+to)\s+(?:\w+\s+){0,3}$/i.test(unquoted.slice(Math.max(0, match.index - 50), match.index))) return false;
  // "Designed to hunt submarines, strike surface ships and provide air defences": an assault's verb in a list of what a weapon is
  // made or able to do (the verb's bare form after a comma) is one more capability (session 41).
  if (trigger.type === 'MILITARY_ACTION' && CAPABILITY_LISTED.test(unquoted.slice(Math.max(0, match.index - 80), match.index)) && BARE_ASSAULT.test(match[0])) return false;
  // "Pakistan, struck by a devastating earthquake", "the typhoon that hit the coast": a disaster's blow, no assault (session 41).
  if (trigger.type === 'MILITARY_ACTION' && /\b(?:strik\w*|struck|hit\w*)$/i.test(match[0]) && (DISASTER_AFTER.test(unquoted.slice(match.index + match[0].length, match.index + match[0].length + 60)) || DISASTER_BEFORE.test(unquoted.slice(Math.max(0, match.index - 60), match.index)))) return false;
  // "Suharto ousted in Indonesia" in a story that names no coup and no armed men: a resignation, a vote or a crowd removed him (session 41).
  if (trigger.type === 'MILITARY_ACTION' && OUSTER.test(match[0]) && !armsInStory(text)) return false;
  // "to strengthen the Air Force's ability to conduct … strike missions", "ready to explore new sanctions": a capacity, a readiness, an aim, no happening.
  if (ABILITY_GATED.has(trigger.type) && ABILITY_OR_AIM.test(unquoted.slice(Math.max(0, match.index - 80), match.index))) return false;
  // "plans to launch a new offensive", "vowed to strike", "fears of an invasion", "will take power": an armed action ahead, intended,
  // threatened or feared, is none done (an exercise or a deployment planned is a scheduled happening, read as before).
  if (trigger.type === 'MILITARY_ACTION' && !PLANNED_ALIKE.test(match[0]) && PROSPECT.test(unquoted.slice(Math.max(0, match.index - 80), match.index))) return false;
  // "postponed the elections", "the vote was delayed": a postponement (OTHER), not the election.
  if (trigger.type === 'ELECTION' && postponedVote(unquoted, match.index, match[0].length)) return false;
  // A vote demanded or called for is no election held or planned ("protesters gathered to demand a new presidential election",
  // "the opposition called for fresh elections"): the demand is the crowd's, the vote may never be (session 30).
  if (trigger.type === 'ELECTION' && VOTE_DEMANDED.test(unquoted.slice(Math.max(0, match.index - 60), match.index))) return false;
  // "strike action began following a local ballot": a ballot of strikers is a union's, no election.
  if (trigger.type === 'ELECTION' && /ballot/i.test(match[0]) && !/^(?:presidential|parliamentary|general|legislative)\b/i.test(match[0]) && LABOUR_STRIKE.test(unquoted)) return false;
  // "the election commission said on Wednesday", "Election officials said …": the body or the people that run a vote speak on
  // their own day; the vote they run is told where it is named as one.
  if (trigger.type === 'ELECTION' && /^elections?$/i.test(match[0]) && ELECTION_BODY_AFTER.test(unquoted.slice(match.index + match[0].length, match.index + match[0].length + 30))) return false;
  // "Dock workers will strike on Monday", "staged a strike": a strike by workers is a protest.
  if (trigger.type === 'MILITARY_ACTION' && /^(?:strik|struck)/i.test(match[0]) && LABOUR_STRIKE.test(unquoted)) return false;
  // "Strikes in France brought trains to a halt": strikes told among work's things (workers, unions, pensions, trains) and no
  // word of arms are stoppages.
  if (trigger.type === 'MILITARY_ACTION' && /^strikes?\b/i.test(match[0]) && LABOUR_SETTING.test(unquoted) && !ARMED_SETTING.test(unquoted)) return false;
  // "targeted attacks against journalists and peaceful protestors", "attacks on press freedom": repression or words, no armed action.
  if (trigger.type === 'MILITARY_ACTION' && /^attack/i.test(match[0]) && UNARMED_TARGET.test(unquoted.slice(match.index + match[0].length, match.index + match[0].length + 60))) return false;
  // "Protesters … stormed Gono Bhaban", "Police fired bullets … into a crowd": a crowd storming, the police firing, tell a protest, not an armed action.
  if (trigger.type === 'MILITARY_ACTION' && /^storm/i.test(match[0]) && CROWD_DOER.test(unquoted.slice(0, match.index))) return false;
  // "after fierce clashes in Dhaka left over 100 dead", "his house was stormed", "raided KMA officials", "dubbed the Battle of
  // Orgreave": in a protest story, such acts told with no arms or armed men named are the crowd's or the police's.
  if (trigger.type === 'MILITARY_ACTION' && CROWD_OR_ARMED_ACT.test(match[0]) && protestStory(text) && !ARMS_NAMED.test(unquoted)) return false;
  // "During the protests, shops were attacked and burned": violence told as the crowd's in a protest is that protest, and "were
  // detained for stoning police and attacking troops" a charge, not an armed action (session 31; soldiers or rebels named
  // before the words still act).
  if (trigger.type === 'MILITARY_ACTION' && (DURING_PROTESTS.test(unquoted.slice(0, match.index)) || CHARGED_FOR.test(unquoted.slice(Math.max(0, match.index - 80), match.index))) && !ARMED_DOER.test(unquoted.slice(0, match.index))) return false;
  // "accused X of trying to incite a coup", "were plotting a takeover": a coup stirred up or schemed is none carried out (session 31).
  if (trigger.type === 'MILITARY_ACTION' && actionKind(match[0].toLowerCase()) === 'coup' && COUP_STIRRED.test(unquoted.slice(Math.max(0, match.index - 40), match.index))) return false;
  // (not soldiers firing beside the police: "soldiers and police fired on protesters")
  if (trigger.type === 'MILITARY_ACTION' && /^(?:fir|open)/i.test(match[0]) && POLICE_DOER.test(unquoted.slice(Math.max(0, match.index - 60), match.index)) && !/\b(?:soldiers|troops|army|military|gunmen)\b/i.test(unquoted.slice(Math.max(0, match.index - 60), match.index))) return false;
  // "with over 100 people reportedly killed in recent weeks": a toll over a time.
  if (trigger.type === 'MILITARY_ACTION' && /^killed in$/i.test(match[0]) && KILLED_IN_TIME.test(unquoted.slice(match.index + match[0].length, match.index + match[0].length + 20))) return false;
  // "the fight against the climate emergency", "the fight against insecurity": a cause or a policy fought for, no armed fight.
  if (trigger.type === 'MILITARY_ACTION' && /^fight against$/i.test(match[0]) && !ARMED_FOE.test(unquoted.slice(match.index + match[0].length, match.index + match[0].length + 60))) return false;
  // "submarines are of major importance for military operations", "bases used for military activities": a use or purpose, no operation held.
  if (trigger.type === 'MILITARY_ACTION' && /^military (?:operations|activit(?:y|ies))/i.test(match[0]) && /\bfor\s+(?:the\s+|future\s+|such\s+)?$/i.test(unquoted.slice(Math.max(0, match.index - 20), match.index))) return false;
  // "the Director Generals of Military Operations": an office's name, no operation.
  if (trigger.type === 'MILITARY_ACTION' && /^Military Operations$/.test(match[0]) && /\bof\s+(?:the\s+)?$/.test(unquoted.slice(Math.max(0, match.index - 10), match.index))) return false;
  if (trigger.type === 'PROTEST' && CAMPAIGN_RALLY.test(unquoted.slice(Math.max(0, match.index - 30), match.index + match[0].length))) return false;
  if (trigger.type === 'MILITARY_ACTION' && (saleSentences.has(sentence) || /\b(?:proposed|possible|this|the)\s+(?:sale|purchase|acquisition)\b/i.test(unquoted))) return false;
  if (trigger.type === 'MEETING' && !trigger.gathering && gatheringSpans.some(([start, end]) => match.index! < end && match.index! + match[0].length > start)) return false;
  // A placed meeting noun is a gathering only with no one named in its sentence, and not inside a gathering read already.
  if (trigger.placedNoun && (persons.length || subject || OFFICE_NAMED.test(unquoted) || gatheringSpans.some(([start, end]) => match.index! < end && match.index! + match[0].length > start))) return false;
  // "hosted Foreign Minister Wong and Defence Minister Marles for the Australia-U.S. Ministerial Consultations": the hosting is that gathering.
  if (trigger.type === 'MEETING' && !trigger.gathering && gatheringSpans.some(([start]) => start > match.index! && /^[^.;]*\bfor\s+(?:the\s+|a\s+|an\s+)?$/.test(unquoted.slice(match.index! + match[0].length, start)))) return false;
  // A meeting needs someone: a person found, or one named by office ("The President and Prime Minister Brown had a call").
  const counterparts = (reading.counterparts = trigger.type === 'MEETING' && !trigger.gathering ? listedCounterparts(sentence, sentence.start + match.index + match[0].length, countries, text) : []);
  if (trigger.type === 'MEETING' && !trigger.gathering && !trigger.anyone && counterparts.length < 2 && !persons.length && !subject && !/\b(President|Prime Minister|Minister|Chancellor|Secretary|King|Emir|Premier)\s+[\p{Lu}]/u.test(unquoted) && !/\b[Tt]he (?:\p{Lu}\p{Ll}+ |new ){0,3}(?:President|Secretary|Minister|Chancellor|Premier|King|Queen|Emperor|Emir|Sultan|Governor-General|[Aa]mbassador)\b/u.test(unquoted) && !groupSides(unquoted, match.index)) return false;
  if (trigger.pattern === STATE_TALKS && !stateSides(sentence, placesOf(scan, frame), text, sentence.start + match.index, sentence.start + match.index + match[0].length)) return false;
  // "said he was glad to meet her again", "delighted to see you": a greeting said at a meeting told already, no meeting of its own.
  if (trigger.type === 'MEETING' && /\b(?:glad|happy|pleased|delighted|honou?red|nice|great|good)\s+to\s+$/i.test(unquoted.slice(Math.max(0, match.index - 30), match.index))) return false;
  // "no interest in talks", "refused to meet": what did not happen.
  if (/\b(no|not|never|without|refus\w*|reject\w*|den(?:y|ies|ied))\b[\w\s]{0,20}$/i.test(unquoted.slice(Math.max(0, match.index - 30), match.index))) return false;
  // "could sign an agreement next year", "hoped to sign a deal soon": an accord or measure supposed or wished for, not done.
  if (trigger.type === 'OTHER' && HEDGED.test(unquoted.slice(Math.max(0, match.index - 30), match.index))) return false;
  // "the implementation of the previously reached agreements": what is to be carried out, a topic (IMPLEMENTED_TOPIC).
  if (trigger.type === 'OTHER' && IMPLEMENTED_TOPIC.test(unquoted.slice(Math.max(0, match.index - 60), match.index))) return false;
  // "calls for an end to the bombings, an immediate ceasefire", "urge the guard to release the president from detention": asked for, not done.
  if (trigger.type === 'OTHER' && ASKED_FOR.test(unquoted.slice(Math.max(0, match.index - 100), match.index))) return false;
  // "defended Bangladesh's decision to buy two submarines": a decision judged or discussed is a topic (DECISION_JUDGED).
  // (…and so is what the decision is to do: "protests against the government's decision to suspend negotiations")
  if (trigger.type === 'OTHER' && /^decision\b/i.test(match[0]) && DECISION_JUDGED.test(unquoted.slice(Math.max(0, match.index - 60), match.index))) return false;
  if (trigger.type === 'OTHER' && JUDGED_DECISION_CONTENT.test(unquoted.slice(Math.max(0, match.index - 90), match.index))) return false;
  // "I hope that the truce will enable negotiations to restart": wished for, not done.
  if (trigger.type === 'OTHER' && WISHED.test(unquoted.slice(Math.max(0, match.index - 100), match.index))) return false;
  // "India signed a deal with France to buy 36 jets", "the signing ceremony": in a report of an arms sale, an accord told with the sale is its event (accordOfSale).
  if (trigger.type === 'OTHER' && context.sales.length && accordOfSale(match[0], unquoted, saleSentences.has(sentence), unquoted.slice(match.index + match[0].length))) return false;
  // "delivered within two years after the contract comes into force": a deal's clock is one of its terms (termOfDeal).
  if (trigger.type === 'OTHER' && termOfDeal(match[0], unquoted)) return false;
  // "the coup that removed President X from power": the removal is the coup (a military action), no other happening.
  if (trigger.pattern === HAPPENING_WORDINGS && !happeningHolds(match[0], match.index, unquoted, saleSentences.has(sentence))) return false;
  if (trigger.type === 'OTHER' && /\bremov/i.test(match[0]) && /\b(?:coup|putsch|junta|seiz\w*\s+(?:of\s+)?power)\b/i.test(unquoted)) return false;
  // "hours after he was arrested by mutinous soldiers", "a group of soldiers detained Prime Minister X": in a story of a coup or
  // mutiny whose arrests the soldiers made, the arrests are the coup's own act (its military action), however often told
  // again ("the arrests of the President and Prime Minister", "after he was arrested for refusing …"); arrests in a story
  // that names no soldier as their doer ("opposition leader X was also detained") stay happenings of their own.
  if (trigger.type === 'OTHER' && /arrest|detain|detention|custody/i.test(match[0]) && namedHappeningKind(match[0]) === 'arrest' && soldiersArrestInCoup(text)) return false;
  if (trigger.stateSpeaker && !stateSpeaksAt(sentence, placesOf(scan, frame), text, sentence.start + match.index)) return false;
  // (one statement a sentence from the state-speaker rules: "The Prime Minister on Monday condemned …" is read by the comment class too)
  // "Spain has cancelled the contract, the government said on Tuesday": a trailing attribution is the source of the news told before it.
  if (trigger.stateSaid && /,\s*(?:[\p{L}’'.-]+\s+){1,5}$/u.test(unquoted.slice(0, match.index))) return false;
  if ((trigger.stateSaid || trigger.stateSpeaker) && drafts.some((other) => other.type === 'STATEMENT' && other.sentences.includes(sentence))) return false;
  // "Any offset agreement will be defined in negotiations…", "If talks fail…": a rule or a condition, not a happening.
  if (/^(?:Any|If|Should|Unless)\b/.test(unquoted.trimStart())) return false;
  // "demanding new elections": asked for, not held.
  if (/\b(demand\w*|call\w* for|push\w* for|urg\w*)\s+(?:\w+\s+){0,2}$/i.test(unquoted.slice(Math.max(0, match.index - 30), match.index))) return false;
  // "The meeting … was the first stand-alone summit": one gathering, the summit.
  // (a named summit is a gathering of its own: "met Tsipras to discuss the decisions of the NATO Summit" is a meeting beside it)
  const summitWord = matchesOf(/\bsummit\b/i, unquoted).find((word) => !gatheringSpans.some(([start, end]) => word.index! >= start && word.index! < end));
  if (trigger.type === 'MEETING' && summitWord) {
    const between = unquoted.slice(Math.min(summitWord.index, match.index!), Math.max(summitWord.index, match.index!));
    // "On the margins of the NATO summit …, Starmer met Trump": a meeting beside the summit is its own.
    if (!/\b(after|before|since|following|until)\b/i.test(between) && !SIDELINES.test(unquoted)) return false;
  }
  return true;
}

/**
 * A day written right after a verb of reporting or saying, after the happening's words ("the army shelled the border town,
 * officials said on Friday", "has fired missiles, state media reported Monday"): the day the news was told.
 */
const TELLING_BEFORE_DAY = /\b(?:said|says|reported|reports|announced|stated|confirmed|added|claimed|told\s+(?:reporters|journalists|the\s+press))\s+(?:on\s+|late\s+|early\s+)?$/u;
/** A statement or an announcement is the telling itself: its day is its own. */
const TELLING_TYPES = new Set<EventType>(['STATEMENT', 'ANNOUNCEMENT']);
/** A clause before a happening's words telling it as another, earlier or later one ("the first call … since a China-brokered deal resumed ties"). */
const EARLIER_CLAUSE = /\b(?:since|after|before|following|until|when|ahead\s+of)\b/i;

/** Whether the sentence right before `sentence` told a happening of the kind `type` is (a meeting and a summit are one kind). */
function toldBefore(drafts: Draft[], sentence: Sentence, type: EventType): boolean {
  const kind = (each: EventType) => (each === 'SUMMIT' ? 'MEETING' : each);
  return drafts.some((draft) => kind(draft.type) === kind(type) && draft.sentences.some((told) => told.index === sentence.index - 1));
}

/** The one day the happenings told in the sentence right before `sentence` are dated to, if they agree on one. */
function dayToldBefore(drafts: Draft[], sentence: Sentence): FoundDate | null {
  const days = drafts.filter((draft) => draft.date?.precision === 'DAY' && draft.sentences.some((told) => told.index === sentence.index - 1)).map((draft) => draft.date!);
  return days.length && days.every((day) => sameDay(day, days[0])) ? days[0] : null;
}

/** A sentence opening by pointing back at the happening told just before ("This was the first …", "This was agreed …", "That meeting …", "During the visit, …"). */
const POINTS_BACK =
  /^\s*(?:(?:This|That|It)\s+(?:was|is|marked|marks)\s+(?:also\s+)?(?:the\s+(?:first|second|third|latest|last)\b|\p{Ll}+ed\b)|(?:This|That)\s+(?:\p{Ll}+\s+)?(?:visit|meeting|talks|call|agreement|deal|accord)\b|During\s+(?:the|this|that)\s+(?:visit|talks|meeting|call|trip)\s*,)/u;
function dayOfTelling(type: EventType, found: FoundDate, text: string, sentence: Sentence, triggerAt: number): boolean {
  if (TELLING_TYPES.has(type)) return false;
  // "Chad's high command said today troops killed 1,269 soldiers … on Sunday", "the ministry said on Monday that rebels attacked":
  // a day right after a verb of saying, before the happening it reports, is the telling's as well (session 41; crisis types only).
  if (found.start <= triggerAt) return CRISIS_TYPES.has(type) && TELLING_BEFORE_DAY.test(text.slice(Math.max(sentence.start, found.start - 40), found.start)) && REPORTED_CLAUSE.test(text.slice(found.end, triggerAt));
  return TELLING_BEFORE_DAY.test(text.slice(Math.max(sentence.start, found.start - 40), found.start));
}
/** What runs from a day of saying to the happening reported: its clause's opening words, no stop ("that rebels", "troops"). */
const REPORTED_CLAUSE = /^\s*,?\s*(?:that\s+)?[^.;:]{0,60}$/;

/** "… and removed", "…, and then fled": an "and" that opens another verb's clause (a past form or one after "was"/"then"). */
const AND_ANOTHER_VERB = /\band\s+(?:then\s+|later\s+|was\s+|were\s+|had\s+|has\s+)?\p{Ll}+ed\b/u;

/** A day written with an action's words, after them ("the attack on Monday", "the coup of 1973") or before them ("the Dec. 3 attack"). */
const DAY_RIGHT_AFTER = /^\s*(?:(?:on|in|of)\s+)?$/i;
const DAY_RIGHT_BEFORE = /^(?:['’]s)?\s+(?:[\w-]+\s+)?$/;
/** An action told by its noun ("the coup", "the missile attack"), not by its doer or its verb ("the army took control", "the latter launched"). */
const ACTION_NOUN = /^(?:[\w-]+\s+){0,2}?(?:coup|attacks?|strikes?|airstrikes?|raids?|invasion|war|conflict|bombing|offensive|operations?|assault|mutiny|putsch|takeover|shelling|bombardment|incursion|hostilities|fighting|ambush|massacre)\b/i;
/** Words that name an action as the known one a clause refers to ("behind the coup", "in the wake of the attack"). */
const ACTION_REFERRED = /\b(?:behind|after|following|since|during|(?:in\s+)?the\s+wake\s+of)\s+the\s+(?:[\p{Ll}-]+\s+)?$/iu;

/** The day written with an action's words, right after or right before them ("the attack on Monday", "the Dec. 3 attack"), if any. */
function dayWithActionWords(dates: FoundDate[], text: string, triggerAt: number, words: string): FoundDate | null {
  // (the words without the preposition a trigger may end with: "attack on" / "on Monday")
  const wordsEnd = triggerAt + words.replace(/\s+(?:on|in|of|against)$/i, '').length;
  return dates.find((found) => (found.start >= wordsEnd && DAY_RIGHT_AFTER.test(text.slice(wordsEnd, found.start))) || (found.end <= triggerAt && DAY_RIGHT_BEFORE.test(text.slice(found.end, triggerAt)))) ?? null;
}

/** Words naming a happening as a known one, right before its own words: "the", "these", "those", "its", "Tuesday's", "the army's". */
const KNOWN_HAPPENING_BEFORE = /(?:\b(?:the|these|those|this|that|its|their|his|her)|['’]s|s['’])\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** A verb by which someone reacts to a happening or tells of it, between a day and the happening's words. */
const REACTION_BETWEEN = /\b(?:condemn(?:s|ed)|denounc(?:es|ed)|deplor(?:es|ed)|criticis(?:es|ed)|criticiz(?:es|ed)|describ(?:es|ed)|call(?:s|ed)|respond(?:s|ed)|react(?:s|ed)|declar(?:es|ed)|confirm(?:s|ed)|rul(?:es|ed)|blam(?:es|ed)|accus(?:es|ed)|urg(?:es|ed)|warn(?:s|ed)|follow(?:s|ed))\b/;

/** The day of an occurrence: the date closest to its words in its own clause, a span's first day, a day counted from another. */
function dateOf(scan: TextScan, frame: SentenceFrame, occurrence: Occurrence, reading: Reading): void {
  const { text } = scan;
  const { trigger, match } = occurrence;
  const { sentence, unquoted, dates, spans } = frame;
  const triggerAt = sentence.start + match.index;
  // The date closest to the trigger word, in the same clause ("won in June after X was impeached").
  // ("shortly after midnight" is a time of the day, no other happening; "resigned late Tuesday night, hours after he was arrested by
  // mutinous soldiers": an armed action or a crowd's hours before a dated happening is of its day)
  const sameClause = dates.filter((found) => {
    const between = text
      .slice(Math.min(found.end, triggerAt), Math.max(found.start, triggerAt))
      .replace(TIME_OF_DAY_AFTER, ' ')
      .replace(CRISIS_TYPES.has(trigger.type) ? HOURS_APART : /$^/, ' ');
    return !/\b(after|before|following|since|until|ahead of)\b/i.test(between) && !(trigger.type === 'MILITARY_ACTION' && OTHER_PARTICIPLE_DAY.test(text.slice(Math.max(sentence.start, found.start - 30), found.start)));
  });
  // "On Thursday, September 27, the minister held a meeting … (Friday, September 28, Japan time)": the date heading the sentence is its main event's.
  const headDate = sameClause.find((found) => headsSentence(found, sentence, text) && /^\s*,/.test(text.slice(found.end, found.end + 2)));
  // ("was impeached 11 days later and removed from office on April 4": a day across an "and" that opens another verb is that verb's)
  const acrossAnd = (found: FoundDate) => Number(AND_ANOTHER_VERB.test(text.slice(Math.min(found.end, triggerAt), Math.max(found.start, triggerAt + match[0].length))));
  let date: FoundDate | null = headDate ?? [...sameClause].sort((a, b) => acrossAnd(a) - acrossAnd(b) || Math.abs(a.start - triggerAt) - Math.abs(b.start - triggerAt))[0] ?? null;
  // "…, it was announced on Friday": the day written right after the verb is the announcement's.
  if (trigger.pattern === ANNOUNCED_ON) date = dates.find((found) => found.start >= triggerAt + match[0].length && found.start <= triggerAt + match[0].length + 12) ?? date;
  let endDate: FoundDate | null = null;
  const span = date ? spans.get(date) : undefined;
  if (span) {
    date = span.start;
    endDate = span.end;
  }
  // "over the martial law declaration", "the Dec. 3 martial law incident": a declaration named as a thing takes only the day written with its words.
  if (trigger.type === 'MARTIAL_LAW' && !DECLARATION_TOLD.test(unquoted.slice(Math.max(0, match.index - 60), match.index))) {
    date = dayWrittenWith(dates, text, triggerAt, triggerAt + match[0].length);
    endDate = null;
  }
  // "lifted martial law early Wednesday": the day it ended.
  if (trigger.type === 'MARTIAL_LAW' && date && /\b(lift(?:ed|s)?|end(?:ed|s)?|revok(?:ed|es)|rescind(?:ed)?)\b/i.test(text.slice(Math.max(sentence.start, triggerAt - 25), triggerAt))) {
    endDate = date;
    date = null;
  }
  // "fired two cruise missiles, state media reported Monday": the day the news was told (`FoundDate.told`).
  if (date && !endDate && dayOfTelling(trigger.type, date, text, sentence, triggerAt)) date = { ...date, told: true };
  // "joined the leaders on Tuesday, a day after a Russian attack on Kyiv": a day counted from the clause's day.
  date = daysFrom(dates, unquoted, sentence.start, match.index, frame.previousDay) ?? date;
  date = daysEarlier(dates, unquoted, sentence.start, match.index, match.index + match[0].length, scan.context.publishedAt) ?? date;
  // "declared himself the leader of the military figures behind the coup", "Following the coup, the camp was used from July
  // 1974": an action named as the known one a clause refers to takes only a day written with its words ("after the attack on
  // Monday"); the sentence's other days are its own verb's (session 41).
  // (an action told by its verb or its doer is a clause of its own: "hours after the latter launched an operation on Tuesday")
  if (trigger.type === 'MILITARY_ACTION' && ACTION_REFERRED.test(unquoted.slice(Math.max(0, match.index - 40), match.index)) && ACTION_NOUN.test(match[0])) {
    date = dayWithActionWords(dates, text, triggerAt, match[0]);
    endDate = null;
  }
  // "On Wednesday, the Security Council also condemned the mutiny", "Today's defensive action follows … Houthi rebels' escalating
  // attacks", "Defense Minister X has confirmed that those protesting have not been given an invitation": an action or protest named
  // as the known one (an article, a demonstrative or a possessive before its words) after a verb by which someone reacts to it or
  // tells of it takes only a day written with its words; the day written before that verb is the reaction's (session 44).
  if (date && CRISIS_TYPES.has(trigger.type) && date.end <= triggerAt && KNOWN_HAPPENING_BEFORE.test(unquoted.slice(Math.max(0, match.index - 30), match.index)) && REACTION_BETWEEN.test(text.slice(date.end, triggerAt))) {
    date = dayWithActionWords(dates, text, triggerAt, match[0]);
    endDate = null;
  }
  // "the same camp where the 2012 coup that overthrew President X began", "In the 2000 coup": a year written as the action's
  // modifier is its year, over the sentence's other days (the year of another, earlier action than the one the story tells).
  const yearFrom = Math.max(0, match.index - 30);
  const yearBefore = trigger.type === 'MILITARY_ACTION' ? YEAR_MODIFIER.exec(unquoted.slice(yearFrom, match.index)) : null;
  if (yearBefore) {
    const start = sentence.start + yearFrom + yearBefore.index + yearBefore[0].indexOf(yearBefore[1]);
    date = { date: new Date(Date.UTC(Number(yearBefore[1]), 0, 1)), precision: 'YEAR', start, end: start + 4, text: yearBefore[1] };
    endDate = null;
  }
  // "will attend talks in Vienna on Friday … to end the four-year civil war": a war lasts; the sentence's day and place are another happening's.
  const lasting = trigger.type === 'MILITARY_ACTION' && ((LASTING.test(match[0]) && !ONSET.test(unquoted)) || haltAsked(unquoted, match.index));
  if (lasting) date = null;
  // "declared Doe the winner of the disputed October election", "of the May 12 vote": a month, or a day naming the vote, is the
  // vote's, not its results' (those take only a day of their own: "confirmed the results early Friday").
  if (trigger.results && date && (date.precision !== 'DAY' || VOTE_NAMED_BY_DAY.test(text.slice(date.end, date.end + 40)))) date = null;
  // "19 September 2006 / Coup topples Thaksin / The government … was ousted in a bloodless coup", "Saturday 17th September at
  // Chevening: / - Prime Minister … [phone call]": a happening told with no day under a date line is of its day.
  // (the entry's own happening, not the background a later clause of its sentence tells: "…, marking the culmination of months
  // of tension, characterised by massive street protests"; "condemns recent attacks"; words said are dated by their own rules)
  if (!date && !lasting && !trigger.results && !TELLING_TYPES.has(trigger.type) && frame.headingDay && !HEADING_BACKGROUND.test(unquoted.slice(0, match.index))) date = frame.headingDay;
  // "X and Y spoke by phone on Wednesday. This was the first call between the two leaders since …", "… agreed on 25 February. This
  // was agreed between the commanders …", "… a state visit on 3 October. During the visit, an agreement is to be signed": a sentence
  // that opens by pointing back at what the sentence before told, with no day of its own, tells that happening on its day.
  // (the day of what that sentence told, when its happenings have one: "… in a joint statement on 25 February said they had agreed …
  // with effect from the midnight of 24-25 February" tells its news on the 25th; not a happening its own sentence sets before or
  // after the one pointed at: "the first call … since a China-brokered deal resumed ties"; nor one of a kind that sentence told
  // already, which it only tells again: "X and Y spoke by telephone on Monday. This was their first call …" is one call)
  if (!date && !lasting && !trigger.results && !TELLING_TYPES.has(trigger.type) && !dates.length && frame.previousDay && POINTS_BACK.test(unquoted) && !EARLIER_CLAUSE.test(unquoted.slice(0, match.index)) && !toldBefore(scan.drafts, sentence, trigger.type)) date = dayToldBefore(scan.drafts, sentence) ?? frame.previousDay;
  reading.date = date;
  reading.endDate = endDate;
  reading.sameClause = sameClause;
  reading.headDate = headDate;
  reading.lasting = lasting;
}

/** A weekday or a relative day written right after a verb of saying ("said on Monday", "stated late Tuesday", "said today"). */
const DAY_OF_SAYING_WRITTEN = /^\s+(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b(?!['’]s)/u;

/** The rules that rule a dated occurrence out: no one to do it, the document itself, a wording an older rule tells already … */
function passesLaterGates(scan: TextScan, frame: SentenceFrame, occurrence: Occurrence, reading: Reading): boolean {
  const { text, context, saleSentences, drafts } = scan;
  const { countries, document } = context;
  const { sentences } = document;
  const { trigger, match, at: triggerAt } = occurrence;
  const { sentence, unquoted, gatheringSpans, persons } = frame;
  const { date } = reading;
  // (in a document without a publication date a weekday cannot be resolved: "the Defence Ministry said on Monday" still writes its
  // day of saying, which is what these rules ask for; the statement stays undated)
  if (trigger.needsDate && !date && !(trigger.type === 'STATEMENT' && !context.publishedAt && DAY_OF_SAYING_WRITTEN.test(unquoted.slice(match.index + match[0].length)))) return false;
  // "announced … a new strategy": the organ's or speaker's announcement is read below, once.
  // (not the announcement told as a thing or in the passive: "the results announced by the Electoral Commission")
  if (trigger.type === 'ANNOUNCEMENT' && !trigger.results && /\bannounce[ds]\b/.test(unquoted) && /^(?:announc|unveil|launch|publish)/i.test(match[0])) return false;
  // A winner declared or results confirmed count as a vote's only in a text that tells of one (not a prize's, a match's or a test's).
  if (trigger.results && !TELLS_A_VOTE.test(text)) return false;
  // "the announcement of the sale": a sale's announcement is the sale's event.
  if (trigger.type === 'ANNOUNCEMENT' && saleSentences.has(sentence)) return false;
  // Words on air another rule reads already as the sentence's statement ("said in a televised statement") are that statement.
  if (trigger.pattern === BROADCAST_WORDINGS && drafts.some((other) => TELLING_TYPES.has(other.type) && other.sentences.includes(sentence))) return false;
  // "The Foreign Secretary is in the Gulf today at the start of a four-nation tour": a traveller named by office only.
  const officeMoves = trigger.type === 'DIPLOMATIC_VISIT' && (OFFICE_TRAVELLER.test(unquoted.slice(0, match.index)) || NOUN_TRAVELLER.test(unquoted.slice(Math.max(0, match.index - 120), match.index)));
  if (trigger.needsPerson && !persons.length && !officeMoves) return false;
  // A movement is its traveller's: named (or "he/she") before the verb, or the sentence opens with it ("Arriving in Tokyo, the Minister said …"); "Fighting stopped in Gaza, Netanyahu said" is no one's visit.
  if (trigger.type === 'DIPLOMATIC_VISIT' && trigger.needsPerson && !officeMoves && !PRONOUN.test(unquoted) && !/^\s*(?:(?:After|Upon|On|Before)\s+)?\w+ing\s+(?:in|to|into|at|from)\s/.test(unquoted) && !persons.some((person) => mentionsIn(person, sentence).some((mention) => mention.start < sentence.start + match.index!))) return false;
  if (trigger.gathering) {
    const takenPart = TAKES_PART.test(unquoted.slice(Math.max(0, match.index - 60), match.index).replace(/\bthe\s+$/i, ''));
    if (!takenPart && !date && !placeIn(sentence, countries, text, sentence.start, true)) return false;
    // (a meeting placed by its noun alone is dated by its sentence: "the two-day meeting in Reykjavik on October 11-12")
    if (trigger.placedNoun && !date) return false;
    gatheringSpans.push([match.index, match.index + match[0].length]);
  }
  // (a dated word may be an office's named without its holder: "The Prime Minister on Monday urged calm")
  if (trigger.needsOfficial && !officialSpeaker(persons, sentence, triggerAt, text) && !(trigger.needsDate && OFFICE_BEFORE.test(text.slice(Math.max(sentence.start, triggerAt - 80), triggerAt)) && !drafts.some((other) => other.type === 'STATEMENT' && other.sentences.includes(sentence)))) return false;
  // The document itself is no statement it tells of: its headline or a heading in capitals ("Remarks by President
  // Biden Announcing …", "SECRETARY KERRY'S REMARKS ON …"), or, in a release whose headline calls it a statement ("… Minister for
  // Asia statement"), its minister's quoted words ("Lord Goldsmith, Minister for Asia said:"), which are the release.
  if (trigger.type === 'STATEMENT' && (sentence.start < document.bodyStart || !/\p{Ll}/u.test(sentence.text))) return false;
  // "X, while addressing the press conference, said …", "Addressing the rally, X told supporters …": the verb of saying after the
  // speech tells the words, with its own speaker; the speech is no statement of its own beside it.
  if (trigger.pattern === SPEECH_WORDINGS && SAYING.test(unquoted.slice(match.index + match[0].length))) return false;
  // A speech is its speaker's, named (or "he"/"she") before its verb: "A spokesperson addressed the press conference and explained
  // X's meeting with Y" is no words of X's or Y's.
  if (trigger.pattern === SPEECH_WORDINGS && !/\b(?:[Hh]e|[Ss]he)\b/.test(unquoted.slice(0, match.index)) && !persons.some((person) => mentionsIn(person, sentence).some((mention) => mention.start < triggerAt))) return false;
  const opensQuote = /^said\s*:/.test(unquoted.slice(match.index));
  if (trigger.type === 'STATEMENT' && context.governmentRelease && opensQuote && /\bstatement\b/i.test(text.slice(0, document.bodyStart))) return false;
  // A publication whose headline is an office's reaction ("Minister for Africa condemns …", "FCDO statement on …") is that
  // statement: its minister's words opening a quote, and the sentence telling that the statement "has been issued", are it.
  if (trigger.type === 'STATEMENT' && REACTION_HEADLINE.test(text.slice(0, document.bodyStart)) && (opensQuote || SELF_ISSUED.test(unquoted))) return false;
  // …and so is its lead telling the office the headline names reacting ("Foreign Secretary statement on …" over "Foreign Secretary X has welcomed …").
  if (trigger.type === 'STATEMENT' && leadReaction(document.text.slice(0, document.bodyStart), sentence, sentences, document.bodyStart, match.index)) return false;
  if (trigger.more) {
    // Where an older rule of the type already tells the sentence's happening, this wording adds one only aimed at another place.
    // (a verb of saying is no such rule: it tells a statement only with its speaker, checked on its own)
    // (a named gathering is no meeting told already: "On the margins of the General Assembly, X held bilateral meetings with …" are meetings beside it)
    // (an older rule tells it only when it made a candidate of the sentence: its words ruled out by a gate tell nothing, "did not
    // hold a meeting on Monday, but … will host President X")
    const drafting = new Set(madeOfSentence(scan.drafts, sentence).map((draft) => draft.rule));
    // (nor a visit to a country told by description: it is aimed at a place named before, not at the one written after it)
    const told = TRIGGERS.find((other) => other !== trigger && other.type === trigger.type && !other.more && !other.alone && !other.said && other.pattern !== DESCRIBED_VISIT && !(trigger.type === 'MEETING' && other.gathering) && mayMatch(scan, other, sentence) && drafting.has(other) && matches(other.pattern, unquoted));
    const toldAt = told ? unquoted.search(told.pattern) : -1;
    const toldTarget = told ? targetOf(sentence, placesOf(scan, frame), text, sentence.start + toldAt, sentence.start + match.index) : null;
    const wordingTarget = told ? targetOf(sentence, placesOf(scan, frame), text, sentence.start + match.index, sentence.end) : null;
    // "met with President Mulino and later held a working lunch with Foreign Minister Martínez-Acha": another engagement told in sequence, with its own counterpart.
    // (not when the older rule itself reads a later phrase of the sentence: "met Wang Yi … and later held talks with Han Zheng")
    const sequenced = told !== undefined && trigger.type === 'MEETING' && match.index > toldAt && !matchesOf(told.pattern, unquoted).some((other) => other.index > toldAt) && anotherEngagement(unquoted.slice(toldAt, match.index), persons, sentence, sentence.start + match.index + match[0].length, true);
    // (OTHER gathers unlike happenings: a wording of it apart from the older rule's words tells another, as the grouping below keeps them)
    // (not words that run on from the older rule's into one phrase: "A ceasefire agreement was reached" is the ceasefire)
    const apart = (earlier: RegExpMatchArray) =>
      (earlier.index! + earlier[0].length <= match.index! && unquoted.slice(earlier.index! + earlier[0].length, match.index).trim() !== '') ||
      (match.index! + match[0].length <= earlier.index! && unquoted.slice(match.index! + match[0].length, earlier.index).trim() !== '');
    const otherWords = told !== undefined && trigger.type === 'OTHER' && matchesOf(told.pattern, unquoted).every((earlier) => earlier[0].toLowerCase() !== match[0].toLowerCase() && apart(earlier));
    // "Iran broadened attacks across the region in response to Israeli strikes on its gas facilities": an action and the one it answers, two.
    // (only a wording on the other side of those words from every one of the older rule's: one side's action told twice is one)
    const answeredAt = told !== undefined && trigger.type === 'MILITARY_ACTION' ? sentence.text.search(REPRISAL) : -1;
    const answering = answeredAt >= 0 && matchesOf(told!.pattern, unquoted).every((earlier) => earlier.index! < answeredAt !== match.index! < answeredAt);
    // "the hallmarks of a coup, with … the army taking over the television station": each site a coup's soldiers take is an action of its own.
    const seatSeized = told !== undefined && trigger.type === 'MILITARY_ACTION' && SEAT_SEIZED.test(match[0]) && !SEAT_SEIZED.test(unquoted.slice(toldAt, toldAt + 80));
    // "protesters asked the public to join a march on the capital": a protest to come beside the one held, two.
    const plannedApart = told !== undefined && trigger.type === 'PROTEST' && ((protestPlanned(unquoted, match.index, match[0]) && !matchesOf(told.pattern, unquoted).some((earlier) => protestPlanned(unquoted, earlier.index!, earlier[0]))) ||
      (protestRival(unquoted, match.index, match[0]) && !matchesOf(told.pattern, unquoted).some((earlier) => protestRival(unquoted, earlier.index!, earlier[0]))));
    // "the largest crowd since the Rose Revolution": a revolution known by its name, recalled beside the crowd the older rule tells, two.
    const revolutionApart = told !== undefined && trigger.type === 'PROTEST' && REVOLUTION_NAMED.test(match[0]) && !matchesOf(told.pattern, unquoted).some((earlier) => REVOLUTION_NAMED.test(earlier[0]));
    // "Putin, who last visited Pyongyang back in July 2000, will pay a reciprocal visit to North Korea": the traveller's last visit beside the one to come, two.
    const earlierVisit = told !== undefined && trigger.type === 'DIPLOMATIC_VISIT' && earlierVisitTold(unquoted, match.index, match[0].length);
    if (told && !sequenced && !otherWords && !answering && !seatSeized && !plannedApart && !revolutionApart && !earlierVisit && (match.index <= toldAt || !toldTarget || !wordingTarget || samePlace(trigger.type, toldTarget, wordingTarget))) return false;
    if (told && !sequenced) reading.ownTarget = answering && match.index < toldAt ? targetOf(sentence, placesOf(scan, frame), text, sentence.start + match.index, sentence.start + toldAt) : wordingTarget;
  }
  if (trigger.pair && !pairBefore(persons, sentence, triggerAt, text)) return false;
  if (trigger.alone && TRIGGERS.some((other) => other !== trigger && other.type === trigger.type && mayMatch(scan, other, sentence) && matches(other.pattern, unquoted))) return false;
  return true;
}

/**
 * Whether a statement of the sentence was told in a clause before the speaker's own, which another subject opens ("X later tweeted
 * that …, but police commander Y told reporters …"): those words are not Y's, as "In a statement, Y said" or "Y told reporters" are.
 */
function toldInClauseBefore(other: Draft, sentence: Sentence, unquoted: string, spokenAt: number | undefined): boolean {
  if (other.at === undefined || spokenAt === undefined || other.at >= spokenAt) return false;
  return CLAUSE_OF_ITS_OWN.test(unquoted.slice(other.at - sentence.start, spokenAt - sentence.start));
}

/** Who says what a verb of saying or a reported word tells (false: no one, or a statement the sentence told already). */
function readSpeaker(scan: TextScan, frame: SentenceFrame, occurrence: Occurrence, reading: Reading): boolean {
  const { text, context, drafts } = scan;
  const { trigger, match, at: triggerAt } = occurrence;
  const { sentence, unquoted, persons } = frame;
  const { date, headDate, sameClause } = reading;
  if (trigger.present && context.governmentRelease) return false;
  const reportedBy = (reading.reportedBy = trigger.reported ? reportedSpeech(persons, sentence, placesOf(scan, frame), text, unquoted, triggerAt, drafts, context.people, occurrence.index > 0) : null);
  if (trigger.reported && !reportedBy) return false;
  // (undated, a state's word only in a government's own publication, which reports its officials' words as news, or as a
  // reaction answering a happening, told in the simple past by one state or by several together: "India accused Pakistan of …",
  // "Cairo denied any wrongdoing", "The EU, Russia and the US have all condemned …" (`STATE_REACTION`, `STANDING_POSITION`), or
  // a denial in the present of news style, "Islamabad denies involvement" (`PRESENT_DENIAL`); in a
  // news story an undated "Paris warned that the plan would fail" is a standing position, a person's words are a statement, and so are the
  // words of a body or an organ written as the speaker, "The Security Council has condemned the attack", "the interior
  // ministry denied any deaths": a body speaks on an occasion, which the corpus guide annotates as every reported speech act)
  if (trigger.reported && !date && !context.governmentRelease && !reportedBy?.person && !reportedBy?.body && !(reportedBy?.state && (trigger.present ? PRESENT_DENIAL.test(unquoted.slice(match.index)) : STATE_REACTION.test(match[0])))) return false;
  // "…, the Russian defence ministry reported on Monday": an organ's dated word is made at its state's, not at the topic before it.
  if (trigger.organSaid) {
    const organ = organSpeaking(placesOf(scan, frame), sentence, triggerAt, unquoted);
    if (organ) reading.sayer = { person: null, country: organ.code, attribution: false, verbEnd: triggerAt + match[0].length };
  }
  // A verb of saying is a statement when a named person or a state's organ says it (statements.ts), once a sentence.
  if (trigger.said) {
    const verbEnd = triggerAt + match[0].length;
    const named = speakerOf(persons, sentence, triggerAt, verbEnd, text, unquoted);
    const organ = named || trigger.saidByName ? null : (organSpeaking(placesOf(scan, frame), sentence, triggerAt, unquoted) ?? organNamedAfter(placesOf(scan, frame), sentence, triggerAt, verbEnd, unquoted));
    // "Saab said", "he said": a speaker written by a name no person is, or by a pronoun for the one named just before.
    const voice = named || organ || trigger.saidByName ? null : voiceOf(placesOf(scan, frame), sentence, triggerAt, unquoted);
    // "Japan's prime minister on Tuesday said", "the interim prime minister said": the office's holder named before.
    const office = named || organ || voice || trigger.saidByName ? null : officeSpeaking(sentence, triggerAt, unquoted, verbEnd);
    const person = named ?? (voice?.pronoun ? pronounSpeaker(context.people, drafts, voice.start, sentence, text.slice(voice.start, voice.start + 3)) : office ? officeHolderBefore(context.people, sentence, office.office, officeState(placesOf(scan, frame), office)) : null);
    // "a senior Pentagon official said in August": an unnamed official's words, a statement with a day of saying of their own (below).
    const unnamed = person || organ || voice ? null : unnamedSource(sentence, triggerAt, unquoted);
    if (!person && !organ && !(voice && !voice.pronoun) && !unnamed) return false;
    // A government's readout tells what its official said in the meeting it reports: the meeting's content, no statement.
    if (person && context.governmentRelease && drafts.some((other) => ['MEETING', 'SUMMIT', 'DIPLOMATIC_VISIT'].includes(other.type) && other.participants.some((participant) => participant.person === person))) return false;
    // "X told reporters that …": a statement an older wording told of the sentence, without a speaker or with this one, is this
    // person's words given to the press, news undated and unplaced too, as words given to a named outlet are (the sentence's one statement).
    // (not words told in an earlier clause of their own, with another subject: "X later tweeted that …, but police commander Y told reporters …")
    const spokenAt = person ? mentionsIn(person, sentence).filter((mention) => mention.end <= triggerAt).pop()?.start : undefined;
    const toldHere = drafts.filter((other) => other.type === 'STATEMENT' && other.sentences.includes(sentence) && !toldInClauseBefore(other, sentence, unquoted, spokenAt));
    const toldBefore = person ? toldHere.find((other) => other.participants.every((participant) => participant.role !== 'SPEAKER' || participant.person === person)) : undefined;
    if (toldBefore && person) {
      toldBefore.participants = [{ person, role: 'SPEAKER' }, ...toldBefore.participants.filter((participant) => participant.person !== person)];
      toldBefore.toPress = true;
      return false;
    }
    // (a statement the sentence told already: by this person, or by an organ or a statement named as one)
    if (toldHere.some((other) => !person || !other.participants.some((participant) => participant.role === 'SPEAKER') || other.participants.some((participant) => participant.role === 'SPEAKER' && participant.person === person))) return false;
    const speakerAt = voice?.start ?? office?.start ?? unnamed?.start ?? (person ? (mentionsIn(person, sentence).filter((mention) => mention.end <= triggerAt).pop()?.start ?? triggerAt) : organ!.start);
    const body = person ? undefined : voice && !voice.pronoun ? voice.written : organ ? organWritten(organ, text) : undefined;
    reading.sayer = { person, voice: person ? undefined : (voice?.name ?? unnamed?.name), body, country: person ? (person.country ?? null) : (organ?.code ?? null), attribution: trailingAttribution(sentence, speakerAt, verbEnd, unquoted), verbEnd };
    // Its day is the speaker's, not one in the words or in a clause about someone (statements.ts).
    // (a speaker named after the verb: the day follows the name, "…, said Defence Minister Jane Doe (Labour) on Wednesday")
    const namedAfter = person && speakerAt === triggerAt ? mentionsIn(person, sentence).find((mention) => mention.start >= verbEnd) : undefined;
    const ownDay = (found: FoundDate) => found === headDate || saidOn(found, sentence, speakerAt, namedAfter?.end ?? verbEnd, text);
    reading.date = date && ownDay(date) ? date : (sameClause.find(ownDay) ?? null);
    // (undated, a source counted among several or giving its words to a named outlet: "one of the officials said", "an official told Reuters")
    if (unnamed && !person && !reading.date && !unnamed.counted && !(unnamed.introduced && UNNAMED_TOLD_OUTLET.test(text.slice(triggerAt, verbEnd + 40)))) return false;
  }
  return true;
}

/** A town's name after a place word ("in Niš", "in the cities of Niš and …", "In Oaxaca's capital"). */
const TOWN_AFTER_PLACE_WORD = /\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Aa]cross|of)\s+(?:the\s+(?:towns?|city|cities|streets)\s+of\s+)?(\p{Lu}[\p{L}’'-]+)/gu;

/**
 * The town a crowd's sentence names after a place word, when the gazetteer leaves it out for its name's sake
 * (`townLeftOut`: "Niš", "Oaxaca") and the text names its country elsewhere: the name alone counts nowhere else.
 */
function protestTown(sentence: Sentence, countries: CountryMention[], text: string): CountryMention | null {
  for (const found of text.slice(sentence.start, sentence.end).matchAll(TOWN_AFTER_PLACE_WORD)) {
    const name = found[1].replace(/['’]s$/, '');
    const town = townLeftOut(name);
    if (!town || !countries.some((mention) => mention.code === town.code && mention.kind !== 'city')) continue;
    const start = sentence.start + found.index! + found[0].length - found[1].length;
    return { ...town, start, end: start + name.length, text: name };
  }
  return null;
}

/**
 * The town a summit's name holds ("the G20 Hangzhou Summit", "the Astana Summit"): a GeoNames town counts as a
 * place only where the text makes it one, and a summit named after its town is held there. A name several countries' towns
 * share says nothing.
 */
function townInName(name: string, at: number): CountryMention | null {
  for (const word of name.matchAll(/\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?/gu)) {
    for (const words of [word[0], word[0].split(/\s+/)[0], word[0].split(/\s+/)[1]]) {
      const place = words ? placeNamed(words) : undefined;
      if (!place || (place.kind !== 'city' && place.kind !== 'capital') || place.namesakes?.length) continue;
      const start = at + word.index! + word[0].indexOf(words!);
      return { ...place, start, end: start + words!.length, text: words! };
    }
  }
  return null;
}

/** A war named by "the" and its foe, not by its ground or its attacker's possessive ("the war against Russia", "the conflict with Russia"). */
const FOE_WAR = /\b[Tt]he\s+(?:(?!(?:its|their|his|her|our|my|your)\s)[\p{Ll}\d-]+\s+){0,3}?(?:war|conflict)\s+(?:with|against)\s+(?:the\s+)?\p{Lu}$/u;

/**
 * The side a war with a foe is fought by: the first country other than the foe named before it in its sentence ("Ukraine has enacted
 * martial law since the conflict with Russia", "Georgian President X said … the conflict with Russia"). "Against" a foe reads
 * so only right after the side ("support Ukraine in the war against Russia"): "the regime's support for the war against
 * Ukraine" is the foe's war, on its ground.
 */
function sideBefore(scan: TextScan, frame: SentenceFrame, triggerAt: number, foe: string, against: boolean): CountryMention | undefined {
  const before = placesOf(scan, frame).filter((mention) => mention.kind !== 'city' && mention.end <= triggerAt && mention.code !== foe);
  const last = before[before.length - 1];
  if (against) return last && /^\s+in\s+$/.test(scan.text.slice(last.end, triggerAt)) ? last : undefined;
  // (the sentence's first side, its subject's, over a country in a title named on the way: "with US Secretary of State X")
  return before[0];
}

/** Where an occurrence took place, as its sentence writes it (false: a visit with no place visited). */
function placeOf(scan: TextScan, frame: SentenceFrame, occurrence: Occurrence, reading: Reading): boolean {
  const { text, context } = scan;
  const { countries } = context;
  const { trigger, match, at: triggerAt } = occurrence;
  const { sentence, unquoted, spans } = frame;
  const { ownTarget, lasting, sameClause } = reading;
  // A statement is made in a place, not at its topic's ("her office said … travel to Indonesia"): read strictly too.
  const strictPlace = ['MILITARY_ACTION', 'PROTEST', 'SUMMIT', 'MEETING', 'STATEMENT'].includes(trigger.type);
  let place = ownTarget ?? placeIn(sentence, countries, text, lasting ? triggerAt : sentence.start, strictPlace, ['SUMMIT', 'MEETING'].includes(trigger.type));
  // A happening named in passing is where its own phrase puts it ("the cyclone that struck Vanuatu").
  if (trigger.pattern === HAPPENING_WORDINGS) place = happeningPlace(placesOf(scan, frame), text, triggerAt + match[0].length) ?? place;
  // A war named in passing is fought where its own words put it: the country named last in them or right after ("the war in
  // Ukraine", "the Russia-Ukraine war", "the Ethiopian conflict"), not the sentence's other places ("Ireland's fuel prices rose
  // with the Iran war").
  // ("Russia in its war with Ukraine": the bare "war with" of the general wordings is placed as the war it names)
  if (trigger.pattern === WAR_NAMED || (trigger.type === 'MILITARY_ACTION' && /^war with$/i.test(match[0]))) {
    const wordsEnd = triggerAt + match[0].length;
    const named = placesOf(scan, frame).filter((mention) => mention.start >= triggerAt && mention.start <= wordsEnd + 1).pop();
    // ("the conflict between Russia and Ukraine": the second side's ground, as "the Russia-Ukraine war" puts it)
    const second = /\bbetween\s+(?:the\s+)?\p{Lu}$/u.test(match[0]) ? placesOf(scan, frame).find((mention) => named && mention.start > named.end && /^\s+and\s+(?:the\s+)?$/.test(text.slice(named.end, mention.start))) : undefined;
    place = second ?? named ?? place;
    // "support Ukraine in the war against Russia", "Ukraine has enacted martial law since the conflict with Russia": a war told
    // as "the war with" its foe is fought on the ground of the other side the sentence names before it, not the foe's.
    const foeWords = named ? text.slice(Math.max(sentence.start, triggerAt - 40), named.start + 1) : '';
    const side = named && named.kind !== 'demonym' && FOE_WAR.test(foeWords) ? sideBefore(scan, frame, triggerAt, named.code, /against\s+(?:the\s+)?\p{Lu}$/u.test(foeWords)) : undefined;
    if (side) place = side;
  }
  // "the G20 Hangzhou Summit", "the Camp David summit": a summit named after its place is there.
  // (a town's name counts as a place only in a place's context, which a summit's name is: "the G20 Hangzhou Summit")
  if (trigger.pattern === NAMED_SUMMIT) place = placesOf(scan, frame).find((mention) => mention.kind !== 'demonym' && mention.start >= triggerAt && mention.end <= triggerAt + match[0].length) ?? townInName(match[0], triggerAt) ?? place;
  // …and its place is written right after it ("the war in Syria"), not elsewhere in the sentence.
  if (lasting && place && place.start - (triggerAt + match[0].length) > 30) place = null;
  // "rallies were also held in the cities of Niš and Kragujevac": a crowd's sentence that names no place it knows is in the
  // town it names, even one the gazetteer leaves out for its name's sake.
  if (!place && trigger.type === 'PROTEST') place = protestTown(sentence, countries, text);
  // "ousted Prime Minister X while he was in New York, … declaring martial law": where a leader happened to be while it happened
  // is not where a country's martial law, vote or impeachment is (as for a coup); the sentence's other words place it.
  if (place && AWAY_APART.has(trigger.type) && WHILE_AWAY.test(text.slice(Math.max(sentence.start, place.start - 80), place.start))) place = null;
  // "flees country after resigning amid protests, lands in India", "protests …, after the opposition leader fled the country to
  // Lithuania", "Striking when Thaksin was in New York, the army commander sent tanks into Bangkok": where a leader fled or happened
  // to be is not where the crowd at home gathered or the soldiers at home moved; the sentence's other words place it.
  // (a coup is placed by the leader it removes, below: `placeActors`)
  if (place && ABROAD_APART.has(trigger.type) && actionKind(match[0].toLowerCase()) !== 'coup' && wentAbroad(text.slice(Math.max(sentence.start, place.start - 80), place.start), trigger.type)) place = null;
  // "toured Kenya", "speaking in Istanbul, said he would travel to Moscow": a visit's destination is the object of its verb.
  if (trigger.type === 'DIPLOMATIC_VISIT') {
    const triggerEnd = sentence.start + match.index + match[0].length;
    // ("the Russian Far East", "the Canadian Arctic": a region told by its country's adjective is in that country)
    const regionOf = (mention: CountryMention) => mention.kind === 'demonym' && DEMONYM_REGION.test(text.slice(mention.end, mention.end + 20));
    // ("arrived at the Presidential Wing of the Malabo International Airport": the town the airport's words name)
    const airportEnd = trigger.pattern === AIRPORT_ARRIVAL ? triggerEnd + (AIRPORT_WORDS.exec(text.slice(triggerEnd, sentence.end))?.[0].length ?? 0) : -1;
    const destination =
      countries.find((mention) => (mention.kind !== 'demonym' || regionOf(mention)) && mention.start >= triggerEnd && /^\s*(?:the\s+)?$/.test(text.slice(triggerEnd, mention.start))) ??
      countries.find((mention) => mention.kind !== 'demonym' && mention.start >= triggerEnd && mention.end <= airportEnd);
    // "the Prime Minister’s visit to the EU Council": a journey told by its traveller's noun goes to a place, else it is the gathering's.
    if (!destination && /\p{L}['’]s\s$/u.test(unquoted.slice(Math.max(0, match.index - 4), match.index))) return false;
    // ("visited U.S. troops", "visiting Israeli President Herzog": a verb whose object is no place tells no visit to a state)
    if (trigger.destination && (!destination || ATTRIBUTIVE_PLACE.test(text.slice(destination.end, Math.min(sentence.end, destination.end + 40))))) return false;
    place = destination ?? place;
    // "met X in Berlin on Monday and travelled to Paris on Tuesday": the day written right after the destination is the visit's.
    const destinationDay = place && sameClause.find((found) => found.start >= place!.end && /^\s*,?\s*(?:on\s+)?$/.test(text.slice(place!.end, found.start)));
    if (destinationDay && !spans.get(destinationDay)) reading.date = destinationDay;
  }
  // "welcomed Prime Minister Modi to Paris": the place welcomed to.
  if (!place && trigger.type === 'MEETING' && /^welcom/i.test(match[0])) {
    const triggerEnd = sentence.start + match.index + match[0].length;
    place = countries.find((mention) => mention.kind !== 'demonym' && mention.start >= triggerEnd && mention.end <= sentence.end && /\bto\s+(?:the\s+)?$/.test(text.slice(mention.start - 8, mention.start))) ?? null;
  }
  // A sentence telling two gatherings in two clauses places each in its own.
  if (place && ['SUMMIT', 'MEETING'].includes(trigger.type) && OTHER_TIME.test(unquoted)) place = clausePlaceIn(sentence, countries, text, triggerAt, triggerAt + match[0].length);
  // "drills around the island": the island country named last before it.
  if (!place && /\b(around|on|in|near|off|of|encircling) the island(?:['’]s)?\b/i.test(unquoted)) {
    place = [...countries].reverse().find((mention) => mention.end <= sentence.end && mention.kind !== 'city' && isIslandCountry(mention.code) && !text.slice(mention.start - 12, mention.start).match(/\bfrom\s+$/)) ?? null;
  }
  reading.place = place;
  return true;
}

/** A visit told with its traveller inside its words ("visit of President X to", "visit by a delegation led by … to"). */
const VISIT_OF = /^visit (?:by|of)\b/i;
/** A visit told as its traveller's noun, right after the name: "Whitlam’s visit to", "Kim’s official visit to", "Modi's trip to". */
const POSSESSED_VISIT = /^['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:visit|trip|travel|journey|tour)\s+to\b/u;
/** What lies between a possessor and its visit's trigger words ("Whitlam’s ", "Kim’s official "). */
const POSSESSOR_BEFORE = /^['’]s\s+(?:[\p{L}-]+\s+){0,3}$/u;

/** A journey told as the noun of an office or a delegation, not of a name: "the President's visit to", "the delegation's trip to". */
const OFFICE_POSSESSED = /\b[Tt]he\s+(?:[\p{L}-]+\s+){0,2}?(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Pp]remier|[Cc]hancellor|[Mm]inister|[Ss]ecretary|[Kk]ing|[Qq]ueen|[Ee]mir|[Ll]eader|[Dd]elegation)['’]s\s+(?:[\p{L}-]+\s+){0,3}$/u;

/** The person whose noun a meeting is, named right before it: "Xi's meeting with", "Modi’s first talks with". */
function meetingOwner(text: string, sentence: Sentence, persons: FoundPerson[], triggerAt: number): FoundPerson | null {
  return persons.find((person) => mentionsIn(person, sentence).some((mention) => mention.end < triggerAt && POSSESSOR_BEFORE.test(text.slice(mention.end, triggerAt)))) ?? null;
}

/** The people taking part in an occurrence: the sentence's, or the ones its own phrase names. */
function involvedIn(scan: TextScan, frame: SentenceFrame, occurrence: Occurrence): FoundPerson[] {
  const { text } = scan;
  const { trigger, match, at: triggerAt, index: occurrenceIndex, occurrences } = occurrence;
  const { sentence, persons, subject, officeSubject } = frame;
  let involved = persons.length ? persons : subject ? [subject] : [];
  // Meetings told in sequence in one sentence: each with the sentence's subject and the people its own phrase names.
  if (trigger.type === 'MEETING' && occurrences.length > 1 && persons.length) {
    const from = sentence.start + match.index;
    const to = occurrences[occurrenceIndex + 1] ? sentence.start + occurrences[occurrenceIndex + 1].index! : sentence.end;
    const firstAt = sentence.start + occurrences[0].index!;
    const own = persons.filter((person) => mentionsIn(person, sentence).some((mention) => mention.start < firstAt || (mention.start >= from && mention.start < to)));
    if (own.length) involved = own;
  }
  // "He hailed Xi's meeting with Biden": a meeting told as a named person's noun is that person's and the people named after
  // it, not the meeting of the one who speaks of it (told by a pronoun or named before the owner)
  const owner = trigger.type === 'MEETING' ? meetingOwner(text, sentence, persons, triggerAt) : null;
  if (owner) involved = involved.filter((person) => person === owner || mentionsIn(person, sentence).some((mention) => mention.start > triggerAt));
  else if (PRONOUN.test(sentence.text) && subject && !involved.includes(subject)) involved = [subject, ...involved];
  // "preparations for a visit to Japan this year by Prime Minister Modi": the visitor is the one named after "by", not everyone in the sentence.
  if (trigger.type === 'DIPLOMATIC_VISIT') {
    const visitEnd = sentence.start + match.index + match[0].length;
    const visitor = persons.find((person) => mentionsIn(person, sentence).some((mention) => mention.start > visitEnd && mention.start - visitEnd <= 80 && VISIT_BY.test(text.slice(Math.max(visitEnd, mention.start - 40), mention.start))));
    // ("the visit of President X to Stockholm", "paid a visit here": the one named inside the words, else the one named before them)
    const named = /^visit (?:by|of)\b/.test(match[0]) ? persons.filter((person) => mentionsIn(person, sentence).some((mention) => mention.start >= triggerAt && mention.end <= visitEnd)) : [];
    if (named.length) involved = named;
    else if (visitor) involved = [visitor];
    // "Albanese was in China …, marking the anniversary of Whitlam’s visit to China": a visit told as someone's noun is that
    // person's alone, and that person travels on no other visit the sentence tells ("Putin will pay a reciprocal visit
    // following Kim’s visit to Russia"): different travellers' visits stay apart.
    if (involved.length > 1 || persons.length > 1) {
      const owners = persons.filter((person) => mentionsIn(person, sentence).some((mention) => POSSESSED_VISIT.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 60)))));
      const own = owners.find((person) => mentionsIn(person, sentence).some((mention) => mention.end < triggerAt && POSSESSOR_BEFORE.test(text.slice(mention.end, triggerAt))));
      if (own) involved = [own];
      else if (owners.length && involved.some((person) => !owners.includes(person))) involved = involved.filter((person) => !owners.includes(person));
    }
    // a host the visit's sentence names ("During his visit to Sri Lanka, he will be received by President …") is no visitor
    if (HOST_NAMED.test(sentence.text)) involved = involved.filter((person) => !mentionsIn(person, sentence).some((mention) => namedHost(text, sentence.start, mention.start)));
    // the people travelling with a traveller ("accompanied by his wife …", "The delegation – which also includes …") travel on the traveller's visit
    if (COMPANIONS_NAMED.test(sentence.text)) involved = involved.filter((person) => !mentionsIn(person, sentence).every((mention) => companionAt(text, sentence.start, mention.start)));
    // "Monica Juma says the President's visit to the US is significant": a visit told as an office's noun is that office's
    // holder's, not a visit of the people the sentence names (who speak of it)
    if (OFFICE_POSSESSED.test(text.slice(Math.max(sentence.start, triggerAt - 60), triggerAt))) involved = [];
    // "opening up to Assad, with their foreign ministers visiting Damascus": a group a state sends, written right before the
    // verb, is the traveller, not the people the sentence names before it
    if (GROUP_TRAVELLER.test(text.slice(Math.max(sentence.start, triggerAt - 120), triggerAt))) involved = [];
    // the guest is the one named after "visiting"
    const guest = trigger.guest ? persons.find((person) => mentionsIn(person, sentence).some((mention) => mention.start > triggerAt && mention.start - triggerAt <= 80)) : undefined;
    if (guest) involved = [guest];
  }
  // "The Secretary also met with …": the office's holder is at the meeting.
  if (trigger.type === 'MEETING' && officeSubject && !involved.includes(officeSubject)) involved = [officeSubject, ...involved];
  // Martial law and impeachment are about one person: the one named next to the trigger.
  if (['MARTIAL_LAW', 'IMPEACHMENT'].includes(trigger.type) && persons.length) {
    const distance = (person: FoundPerson) => Math.min(...mentionsIn(person, sentence).map((mention) => Math.abs(mention.start - triggerAt)));
    involved = [[...persons].sort((a, b) => distance(a) - distance(b))[0]];
  }
  return involved;
}

/** The person named nearest an occurrence whose country the sentence names as well (undefined: none). */
function nearestNamedHome(persons: FoundPerson[], named: CountryMention[], sentence: Sentence, at: number): FoundPerson | undefined {
  const distance = (person: FoundPerson) => Math.min(...mentionsIn(person, sentence).map((mention) => Math.abs(mention.start - at)));
  return persons.filter((person) => person.country && named.some((mention) => mention.code === person.country)).sort((a, b) => distance(a) - distance(b))[0];
}

/** A person's country read only from the story's most-named country (someone with no office): a guess, no evidence of home. */
function guessedHome(person: FoundPerson): boolean {
  return person.countryEvidence?.rule === 'most mentioned country';
}

/** The country an occurrence is placed in (false: a journey home, or a visit another wording told already). */
function locate(scan: TextScan, frame: SentenceFrame, occurrence: Occurrence, reading: Reading): boolean {
  const { text, context, drafts, storyCountry } = scan;
  const { countries, datelineCountry, document } = context;
  const { sentences } = document;
  const { trigger, match, at: triggerAt } = occurrence;
  const { sentence, persons } = frame;
  const { sayer, involved } = reading;
  // A statement is made where its speaker stands for: "Russia's embassy in Copenhagen said" is Russia's.
  // (…and not at a place its words name: "X said the ceasefire in Yemen would hold")
  const wordsPlace = (mention: CountryMention) => sayer !== null && inTheWords(mention.start, sayer.verbEnd, text);
  if (reading.place && wordsPlace(reading.place)) reading.place = null;
  const { place } = reading;
  let location = (trigger.type === 'STATEMENT' ? (speakingCountry(sentence, countries, text) ?? organNamedBefore(sentence, drafts)) : null) ?? place?.code ?? null;
  // "Foreign ministry spokesperson X said", "the ministry said", "According to Unification Ministry spokesman X": an organ the
  // speaker's words do not give a state is the one the text named last with its state ("China's defence ministry …"), not the
  // dateline's country nor one the words or the sentence name.
  // (a reported word's speaker, "According to Unification Ministry spokesman X, …", up to the speaker's name; placed in giveVoice)
  if (trigger.type === 'STATEMENT' && !location) {
    const nameEnd = (person: FoundPerson | null | undefined) => (person ? mentionsIn(person, sentence)[0]?.end : undefined);
    const reported = reading.reportedBy?.person && !reading.reportedBy.country ? nameEnd(reading.reportedBy.person) : undefined;
    // (the speaker's words before the verb, or before the name after it: "According to Unification Ministry spokesman X, …")
    const until = sayer && !sayer.country ? Math.max(sayer.verbEnd, nameEnd(sayer.person) ?? 0) : reported;
    reading.organState = until === undefined ? null : bareOrganState(sentence, frame.unquoted, countries, text, until);
    location = reading.organState;
  }
  // "paid a brief visit here": the dateline's country; copy filed without one is in the country its sentence, else the text,
  // names other than the visitor's ("the deal … approved by the Greek Parliament … sealed during the visit here of the French
  // minister").
  if (trigger.pattern === HERE_VISIT) {
    const visitors = new Set(involved.map((person) => person.country));
    const named = countries.find((mention) => mention.start >= sentence.start && mention.end <= sentence.end && !visitors.has(mention.code));
    location = datelineCountry ?? named?.code ?? (storyCountry && !visitors.has(storyCountry) ? storyCountry : null);
  }
  // "South Africa said it was sending envoys to meet with Mr Mugabe": a delegation sent with no place written goes to the country
  // the story is about, when that is not the sender named before the words.
  if (trigger.pattern === DELEGATION_SENT) {
    const senders = new Set(countries.filter((mention) => mention.start >= sentence.start && mention.end <= triggerAt).map((mention) => mention.code));
    if (!place || senders.has(place.code)) location = storyCountry && !senders.has(storyCountry) ? storyCountry : null;
  }
  // "the Indian minister, on his first visit to the Southeast Asian country": the country named last before the words (in the
  // sentence, else in the text before it, else in the headline) that is not the visitor's own; the visitor is the one named
  // right before "who arrived …", else the sentence's first person.
  if (trigger.pattern === DESCRIBED_VISIT) {
    const relative = /,\s+who\s+(?:[\w-]+\s+){0,3}$/.test(text.slice(Math.max(sentence.start, triggerAt - 60), triggerAt));
    const firstAt = (person: FoundPerson) => Math.min(...mentionsIn(person, sentence).map((mention) => mention.start));
    const before = persons.filter((person) => firstAt(person) < triggerAt).sort((a, b) => firstAt(a) - firstAt(b));
    const visitor = relative ? before[before.length - 1] : (before[0] ?? involved[0]);
    const home = visitor?.country ?? null;
    const named = [...countries].reverse().find((mention) => mention.end <= triggerAt && mention.code !== home && !/^\s+(?:war|conflict)\b/i.test(text.slice(mention.end, mention.end + 10)));
    // ("arrives in the Chilean capital": the country the description itself names)
    const described = new RegExp(String.raw`^${DESCRIBED_COUNTRY}`, 'u').exec(text.slice(triggerAt + match[0].length, sentence.end));
    const inDescription = described ? countries.find((mention) => mention.start >= triggerAt + match[0].length && mention.end <= triggerAt + match[0].length + described[0].length && mention.code !== home) : undefined;
    location = inDescription?.code ?? named?.code ?? null;
    if (!location) return false;
    if (visitor) reading.involved = [visitor];
  }
  // "Poland has signed … since President Lee Jae Myung took office in June": an office changes hands in its holder's country, the person named nearest its words.
  if (trigger.type === 'OTHER' && OFFICE_CHANGE.test(match[0])) {
    const distance = (person: FoundPerson) => Math.min(...mentionsIn(person, sentence).map((mention) => Math.abs(mention.start - triggerAt)));
    location = [...persons].sort((a, b) => distance(a) - distance(b))[0]?.country ?? location;
  }
  // A vote told as someone's win ("Hasina, who won re-election earlier this year, flew to India", "called Prime Minister Modi to
  // congratulate him on his election victory … at the summit in Japan"): it was held in the winner's country, the person named
  // last before its words, not at a place the sentence goes on to (session 30).
  if (trigger.type === 'ELECTION' && WIN_TOLD.test(text.slice(Math.max(sentence.start, triggerAt - 30), Math.min(sentence.end, triggerAt + match[0].length + 20)))) {
    const before = (person: FoundPerson) => Math.max(-1, ...mentionsIn(person, sentence).filter((mention) => mention.end <= triggerAt).map((mention) => mention.end));
    const winner = persons.filter((person) => person.country && before(person) >= 0).sort((a, b) => before(b) - before(a))[0] ?? winnerNamedAfter(sentence, persons, text, triggerAt);
    location = winner?.country ?? location;
  }
  // "was received on arrival at the airport by the Foreign Secretary": an occasion of a visit is at its host's (happenings.ts).
  // (a visit told in the same sentence counts only when its place comes before the occasion's words: "will also visit the camp
  // for displaced people before flying to Rwanda" is at the stop the programme is at, not the next one)
  const visitBefore = (other: Draft) => other.sentences[0] !== sentence || countries.some((mention) => mention.code === other.location && mention.start >= sentence.start && mention.end <= triggerAt);
  if (trigger.pattern === HAPPENING_WORDINGS && OCCASION.test(match[0])) {
    // "arrived in Kigali and was received by the President at the palace, where a guard of honour …": one reception, however many of its wordings the sentence holds.
    if (drafts.some((other) => other.type === 'OTHER' && other.sentences.includes(sentence) && OCCASION_ANY_CASE.test(other.trigger ?? ''))) return false;
    // (a dateline's place before the guest's own country: "JAKARTA — … Arriving on a private plane, the South African president was greeted by …")
    location = occasionPlace(placesOf(scan, frame), drafts.findLast((other) => other.type === 'DIPLOMATIC_VISIT' && other.location && visitBefore(other))?.location ?? null) ?? datelineCountry ?? location;
    // "Arriving at Heathrow Airport, Gorbachev and his wife were welcomed by Prime Minister Thatcher", "On arrival at the airport,
    // Tinubu received a brief welcome ceremony": a guest's welcome the sentence does not place is at the host's (the country of
    // one who receives, named after "by"; else the country the text names most other than the guest's), never at the guest's home.
    if (!location && GUEST_OCCASION.test(match[0])) location = guestOccasionHost(text, sentence, persons, countries, triggerAt);
    // "On Tuesday 18 September, the president will meet the prime minister. He will also lay a wreath at the cemetery": a programme's
    // occasion told with no day of its own is on the day its paragraph's sentence before it opens with (session 30).
    if (!reading.date) reading.date = programmeDay(sentence, sentences, drafts) ?? null;
  }
  // A guest visits the host's country ("Kuwait's Defense Minister … with visiting Italian counterpart").
  if (trigger.guest) location = guestHost(sentence, placesOf(scan, frame), persons, text, triggerAt) ?? location;
  // An organ speaking for a state the sentence does not name ("the army has stated publicly") is the story's country's.
  if (!location && trigger.organ) location = storyCountry;
  // A seat of power or a broadcaster seized by soldiers with no place written is in the country whose coup the story tells.
  if (!location && trigger.type === 'MILITARY_ACTION' && SEAT_SEIZED.test(match[0])) location = storyCountry;
  // A repression with no place written ("the protests were brutally suppressed by Soviet troops") is where its crowd or rising
  // was, the story's country, not at the armed men's home.
  if (!location && trigger.type === 'MILITARY_ACTION' && REPRESSION.test(match[0])) location = storyCountry;
  // An announcement told as a thing ("congratulated the U.K. for the recent announcement of …") is not its reactors': placed by the country named nearest.
  const announcedThing = trigger.type === 'ANNOUNCEMENT' && !/^(?:announc|unveil|launch|publish)/i.test(match[0]);
  if (!location && ['MARTIAL_LAW', 'IMPEACHMENT', 'ELECTION', 'STATEMENT', 'ANNOUNCEMENT', 'FUNERAL', 'OTHER', 'PROTEST'].includes(trigger.type)) {
    // A spokesperson or envoy speaks about what happens elsewhere: their country is not its place.
    // (nor is one who reacts to it: "President X congratulated the Czech Republic on the recent passage of legislation" is the Czech Republic's)
    const reaction = trigger.type === 'STATEMENT' ? null : reactionBefore(sentence, placesOf(scan, frame), text, triggerAt);
    const reacts = (person: FoundPerson) => reaction !== null && mentionsIn(person, sentence).every((mention) => mention.end <= reaction.at);
    // (not a country named as a war's name: "Ireland gridlocked by fuel protests as Iran war drives prices higher" is Ireland's)
    // (nor where a leader was while it happened: "declared martial law while the prime minister was in London")
    const away = (mention: CountryMention) => {
      const before = text.slice(Math.max(sentence.start, mention.start - 80), mention.start);
      return (AWAY_APART.has(trigger.type) && WHILE_AWAY.test(before)) || (ABROAD_APART.has(trigger.type) && wentAbroad(before, trigger.type));
    };
    const inSentence = countries.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end && mention.kind !== 'city' && !wordsPlace(mention) && !away(mention) && !/^\s+(?:war|conflict)\b/i.test(text.slice(mention.end, mention.end + 10)));
    // A crowd or a vote happens in the country named nearest to its words, not in the
    // sentence's subject that reacts to it ("The United States imposed sanctions on Iran's officials for the suppression of protests").
    const nearest = (mention: CountryMention) => Math.min(Math.abs(mention.start - triggerAt), Math.abs(mention.end - triggerAt));
    const named = NEAREST_PLACED.has(trigger.type) || announcedThing ? [...inSentence].sort((a, b) => nearest(a) - nearest(b))[0] : inSentence[0];
    // …over the home of a person the sentence names, as the people around a crowd are often onlookers from abroad ("the
    // enthusiasm the protesters felt for Mr. Gorbachev" in a sentence about the Chinese leaders). A vote is held in the country
    // of the person named nearest its words whose country the sentence names too ("Bhutan's prime minister thanked his Indian
    // counterpart, Narendra Modi, for visiting ahead of the Lok Sabha elections"; a person's country guessed from an office alone
    // is no evidence: "Nicaraguan President Daniel Ortega and his wife, Vice President Rosario Murillo, orchestrated … election").
    const crowdPlace = trigger.type === 'PROTEST' ? named : undefined;
    const voter = trigger.type === 'ELECTION' ? nearestNamedHome(involved, inSentence, sentence, triggerAt) : undefined;
    if (!announcedThing) location = reaction?.addressed?.code ?? crowdPlace?.code ?? voter?.country ?? involved.find((person) => person.country && !reacts(person) && !(trigger.type !== 'STATEMENT' && COMMENTATOR.test(person.title ?? '')))?.country ?? null;
    // (a crowd the sentence does not place, in a story about one country's unrest, is in that country: "soldiers and police
    // clashed with protesters outside the compound")
    // (a presidential vote its sentence does not place is the president's country the text named last before it, not the
    // story's: "Back home, pundits wondered how the trip would play in the upcoming presidential election" of a president abroad)
    if (!location && trigger.type === 'ELECTION') location = presidentBefore(context.people, text, sentence, triggerAt, match[0])?.country ?? null;
    if (!location) location = named?.code ?? datelineCountry ?? (['OTHER', 'ELECTION', 'PROTEST'].includes(trigger.type) ? storyCountry : null);
  }
  // "Jordan said it had begun the evacuation of around 300 citizens", "Egypt's military evacuated 177 of its soldiers from Sudan":
  // an evacuation is in the country left, named after its words, else in the country the story is about, never at the state that
  // evacuates its people (happenings.ts, session 45).
  if (trigger.type === 'OTHER' && EVACUATION.test(match[0])) location = evacuationPlace(placesOf(scan, frame), text, triggerAt + match[0].length)?.code ?? storyCountry ?? location;
  // "In Kingston, she will meet … She will also commemorate the opening of …": a happening told without a place in a paragraph that opens with one is there.
  let headPlaced = false;
  if (trigger.type === 'OTHER' && !place) {
    const head = paragraphHeadPlace(sentence, sentences, countries, text);
    if (head) {
      location = head.code;
      headPlaced = true;
    }
  }
  // Coming home is no visit: "Ishiba arrived in Tokyo" of a Japanese traveller.
  // (a home guessed from the story's most-named country is no home: "Kang Hoon-sik, presidential chief of staff, visited Poland"
  // in a story about Poland's purchase)
  if (trigger.type === 'DIPLOMATIC_VISIT' && trigger.needsPerson && location && involved.length && involved.every((person) => person.country === location && !guessedHome(person))) return false;
  // "who was on a one-day official visit to Sri Lanka", "Deuba’s official visit to India": two visit wordings reading one phrase are one visit.
  const words = match[0].toLowerCase();
  const samePhrase = (other: Draft) => other.trigger !== undefined && other.trigger !== '' && (other.trigger.endsWith(words) || words.endsWith(other.trigger));
  if (trigger.type === 'DIPLOMATIC_VISIT' && drafts.some((other) => other.type === 'DIPLOMATIC_VISIT' && other.sentences[0] === sentence && other.location === location && samePhrase(other))) return false;
  // "Gorbachev arrived in Beijing on Monday … A 21-gun salute boomed in the background": an occasion of a visit told with no day
  // of its own is on the day of the visit or summit told before it at its place, when the text gives that one day only.
  if (trigger.type === 'OTHER' && !reading.date && location && trigger.pattern === HAPPENING_WORDINGS && OCCASION.test(match[0])) {
    // (a guest received on arriving is received on the day the visit to that place began: "arrived in Washington on Saturday …
    // touched down at Dulles at 4pm and was received by …")
    reading.date = visitDayAt(drafts, location) ?? (ARRIVAL_TOLD.test(match[0]) ? drafts.find((other) => other.type === 'DIPLOMATIC_VISIT' && other.location === location && other.date?.precision === 'DAY')?.date : undefined) ?? null;
    reading.visitDay = reading.date !== null;
  }
  // "the Crimea referendum", "Scottish Referendum:", "Ukraine's presidential election": a vote named by its place is held there,
  // whoever the sentence says won it or talks of it ("Moscow wins Crimea ‘referendum’") and whatever town it goes on to name.
  if (trigger.type === 'ELECTION') location = placeNamingVote(placesOf(scan, frame), text, triggerAt)?.code ?? location;
  reading.location = location;
  reading.headPlaced = headPlaced;
  return true;
}

/** A pronoun right before a win's words ("since he was reelected", "her election victory"). */
const PRONOUN_BEFORE = /\b(?:he|she|his|her)\s+$/i;

/**
 * "Noting that this is his first state visit to Russia since he was reelected president last year, Xi said …": a win told of a
 * pronoun with no one named before it in its sentence is the win of the one the sentence names first after it (the subject of
 * the clause the pronoun's clause leads into).
 */
function winnerNamedAfter(sentence: Sentence, persons: readonly FoundPerson[], text: string, triggerAt: number): FoundPerson | undefined {
  if (!PRONOUN_BEFORE.test(text.slice(Math.max(sentence.start, triggerAt - 12), triggerAt))) return undefined;
  const after = (person: FoundPerson) => Math.min(Infinity, ...mentionsIn(person, sentence).filter((mention) => mention.start >= triggerAt).map((mention) => mention.start));
  return persons.filter((person) => person.country && after(person) < Infinity).sort((a, b) => after(a) - after(b))[0];
}

/** A vote for a president: "the presidential election", "the 1960 Presidential election", "presidential polls". */
const PRESIDENTIAL_VOTE = /\bpresidential\s+(?:[\w-]+\s+)?$/i;
/** A president's office (not a vice president's, nor a president of a company or a body). */
const PRESIDENT_TITLE = /^(?:(?:former|outgoing|incumbent)\s+)?president$/i;

/**
 * The president named last before a presidential vote whose sentence names no place or person: the office voted for is theirs,
 * and so is the country ("President Trump should change tack … less than two months before the presidential election").
 */
function presidentBefore(people: readonly FoundPerson[], text: string, sentence: Sentence, triggerAt: number, words: string): FoundPerson | undefined {
  if (!PRESIDENTIAL_VOTE.test(text.slice(Math.max(sentence.start, triggerAt - 30), triggerAt)) && !/^presidential\b/i.test(words)) return undefined;
  const last = (person: FoundPerson) => Math.max(-1, ...person.mentions.filter((mention) => mention.end <= sentence.start).map((mention) => mention.end));
  return people.filter((person) => person.country && PRESIDENT_TITLE.test(person.title ?? '') && last(person) >= 0).sort((a, b) => last(b) - last(a))[0];
}

/** The words between a place and the vote it names: a possessive, a quote, and the vote's kind ("’s snap presidential", " ‘"). */
const VOTE_NAMED_BY_PLACE = /^(?:['’]s?)?\s+(?:['‘“"]\s*)?(?:(?:snap|general|presidential|parliamentary|legislative|regional|local|independence|constitutional|national)\s+)*['‘“"]?$/iu;

/** The place written right before a vote's words that names it ("the Crimea referendum", "Scottish Referendum"), if any. */
function placeNamingVote(places: readonly CountryMention[], text: string, triggerAt: number): CountryMention | undefined {
  return places.findLast((mention) => mention.end <= triggerAt && VOTE_NAMED_BY_PLACE.test(text.slice(mention.end, triggerAt)));
}

/** "who last visited", "his last visit to", "her previous trip to", "the last such visit": a visit before the one the story tells. */
const EARLIER_VISIT = /\b(?:last|previous|prior|earlier)\s+(?:(?:such|official|state|working|bilateral|foreign|overseas|presidential)\s+)?(?:visit(?:ed)?|trip|tour|journey)\b/i;

/**
 * "the first visit to Japan by a Taoiseach since 2013", "the first state visit since Jacques Chirac in 2000": a first visit
 * in years tells the one before it, made in the year written after "since" (a year, not a happening: "since the war began"
 * tells no visit).
 */
const FIRST_SINCE_YEAR = /^(?:(?!\bsince\b)[^.;:!?]){0,80}\bsince\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}in\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:1[89]|20)\d\d\b(?!\s*[-–,]?\s*\d)/u;
function earlierVisitTold(unquoted: string, at: number, length: number): boolean {
  const words = unquoted.slice(Math.max(0, at - 30), at + length);
  if (EARLIER_VISIT.test(words)) return true;
  return firstSince(unquoted, at, length) !== null;
}
/** The words from a first visit's trigger to the year after "since", or null when the visit is told as no first since a year. */
function firstSince(unquoted: string, at: number, length: number): RegExpExecArray | null {
  if (!/\bfirst\s+(?:(?:[\w-]+)\s+){0,2}(?:visit|trip)\b/i.test(unquoted.slice(Math.max(0, at - 30), at + length))) return null;
  return FIRST_SINCE_YEAR.exec(unquoted.slice(at + length));
}

/**
 * "A group of soldiers who later appeared on state television said …", "In an earlier broadcast, …", "the officers released another
 * video": words on air told as coming before or after those told already are another announcement, not the same one told again.
 */
const ANOTHER_OCCASION = /\b(?:another|earlier|later|second|separate|again)\b/i;

/** The candidate an occurrence makes, with its participants and the meeting's other side. */
function draftOf(scan: TextScan, frame: SentenceFrame, occurrence: Occurrence, reading: Reading): Draft {
  const { text } = scan;
  const { trigger, match, at: triggerAt, all } = occurrence;
  const { sentence, unquoted, persons, officeSubject, written, counted, lastDayIndex } = frame;
  const { date, endDate, location, place, headPlaced, involved } = reading;
  const draft: Draft = {
    type: trigger.type,
    title: '',
    date,
    endDate,
    location,
    participants: [],
    countries: [],
    sentences: [sentence],
    children: [],
    city: place?.city ?? null,
    placed: place !== null,
    trigger: match[0].toLowerCase(),
    rule: trigger,
    at: triggerAt,
    // "held a trilateral meeting with X and Y": a meeting of another kind than the bilateral with X that day.
    // ("led the U.S. delegation to the … Negotiating Body": that body's session is a gathering, named by it)
    gathering: trigger.gathering ? gatheringName(match[0]) : trigger.type === 'MEETING' ? (/\b(?:tri|quadri|multi)lateral\b/i.exec(match[0])?.[0].toLowerCase() ?? /\bdelegation to the (.+)$/i.exec(match[0])?.[1].toLowerCase() ?? undefined) : undefined,
    joint: trigger.joint,
    reported: trigger.reported,
    toPress: trigger.toPress,
    headPlaced,
    countedFrom: date && !reading.visitDay && (!written.length || counted.includes(date)) ? lastDayIndex : undefined,
    target: trigger.type === 'MILITARY_ACTION' ? targetKind(unquoted.slice(match.index)) : null,
    ongoing: trigger.type === 'MILITARY_ACTION' && haltAsked(unquoted, match.index),
    planned: trigger.type === 'PROTEST' && protestPlanned(unquoted, match.index, match[0]),
    rival: trigger.type === 'PROTEST' && protestRival(unquoted, match.index, match[0]),
    earlier: trigger.type === 'DIPLOMATIC_VISIT' && earlierVisitTold(unquoted, match.index, match[0].length),
    sentGroup: trigger.type === 'DIPLOMATIC_VISIT' && GROUP_TRAVELLER.test(unquoted.slice(Math.max(0, match.index - 120), match.index)),
    anotherOccasion: trigger.pattern === BROADCAST_WORDINGS && ANOTHER_OCCASION.test(unquoted.slice(Math.max(0, match.index - 30), match.index + match[0].length)),
    verbTold: trigger.type === 'MEETING' && (MEETING_VERB.test(match[0]) || all.some((occurrence) => MEETING_VERB.test(occurrence[0])) || LIGHT_VERB_BEFORE.test(unquoted.slice(Math.max(0, match.index - 40), match.index))),
  };
  // The visit before a first one in years is dated by the year after "since" alone, never by another day of the sentence.
  if (draft.earlier && !EARLIER_VISIT.test(unquoted.slice(Math.max(0, match.index - 30), match.index + match[0].length))) {
    const since = firstSince(unquoted, match.index, match[0].length);
    const from = sentence.start + match.index + match[0].length;
    draft.date = since ? (frame.written.find((found) => found.start >= from && found.end <= from + since[0].length + 1) ?? null) : null;
    draft.endDate = null;
    draft.countedFrom = undefined;
  }
  if (trigger.type === 'MEETING' && !trigger.gathering) {
    const triggerEnd = triggerAt + match[0].length;
    const met = placesOf(scan, frame).find((mention) => mention.start >= triggerEnd && mention.start - triggerEnd <= 60 && COUNTRY_OFFICE_MET.test(text.slice(triggerEnd, mention.start)) && (mention.kind !== 'demonym' || OFFICE_AFTER.test(text.slice(mention.end, mention.end + 30))));
    if (met) draft.metCountry = met.code;
  }
  // "During his meeting with Foreign Minister X", "the talks held with Y", "was received by Z": a noun naming whom the meeting was with.
  if (trigger.type === 'MEETING' && !draft.verbTold) {
    const end = triggerAt + match[0].length;
    draft.withNamed = involved.some((person) => mentionsIn(person, sentence).some((mention) => mention.start >= end && WITH_NAMED.test(text.slice(end, mention.start))));
  }
  // "Later he also met Prime Minister X": one more meeting than those told before.
  if (trigger.type === 'MEETING' && draft.verbTold) draft.alsoTold = /\balso\s+(?:\p{L}+\s+){0,3}$/u.test(unquoted.slice(Math.max(0, match.index - 40), match.index));
  if (trigger.type === 'MEETING' && draft.verbTold) draft.officeMet = officeMetOnly(persons, officeSubject, unquoted, match.index + match[0].length, sentence);
  // "thanked him for the meeting with the family members of the abductees": a meeting with a group is its own, beside the one with the leader.
  if (trigger.type === 'MEETING' && !trigger.gathering) {
    const group = GROUP_MET.exec(unquoted.slice(match.index + match[0].length, match.index + match[0].length + 80));
    if (group) draft.counterpart = group[1].toLowerCase();
  }
  for (const person of involved) addParticipant(draft, person, roleOf(trigger.type, person, sentence, text));
  return draft;
}

/** A military action's or a statement's actors (the countries named right before it) and where an action took place. */
function placeActors(scan: TextScan, frame: SentenceFrame, occurrence: Occurrence, draft: Draft): void {
  const { text, context } = scan;
  const { countries } = context;
  const { trigger, match, at: triggerAt } = occurrence;
  const { sentence } = frame;
  // The actor is named right before the action ("Taiwan said Chinese warships held drills").
  // (not one reacting to it: "Sweden condemns, in the strongest possible terms, yesterday's nuclear test")
  const reaction = reactionBefore(sentence, placesOf(scan, frame), text, triggerAt);
  const before = countries.filter((mention) => mention.start >= (reaction?.at ?? sentence.start) && mention.start < triggerAt && mention.kind !== 'city');
  // "been harassed by Russian aircraft", "reacts to another missile test by North Korea": the actor of a passive or
  // of an action noun is named after it, "by" the country (over one named before it, which reacts or reports).
  const agent = trigger.type === 'MILITARY_ACTION' ? countries.find((mention) => mention.start > triggerAt && mention.end <= sentence.end && mention.kind !== 'city' && /^\s*by\s+(?:the\s+)?$/.test(text.slice(triggerAt + match[0].length, mention.start))) : undefined;
  const actors = agent ? [agent] : before.length ? [before[before.length - 1]] : [];
  // …and the ones coordinated with it ("South Korea and the United States are due to hold…").
  for (let index = before.length - 2; index >= 0 && !agent; index--) {
    if (!/^\s*(,|,?\s*and)\s+(the\s+)?$/.test(text.slice(before[index].end, actors[0].start))) break;
    actors.unshift(before[index]);
  }
  const actor = actors[0];
  // The doer written as such: "by" or "from" the country after the words ("a missile launch from North Korea"), or the
  // country a few words before them ("Israeli jets struck", "Russia's forces also shelled"), not one that only tells or judges
  // the action ("Ukraine condemns the missile tests", "the South Korean military said it detected the launch").
  const source = agent ?? (trigger.type === 'MILITARY_ACTION' ? countries.find((mention) => mention.start > triggerAt && mention.end <= sentence.end && mention.kind !== 'city' && /^\s*from\s+(?:the\s+)?$/.test(text.slice(triggerAt + match[0].length, mention.start))) : undefined);
  const doer = source ?? (actor && DOER_GAP.test(text.slice(actor.end, triggerAt)) && !TOLD_OR_JUDGED.test(text.slice(actor.end, triggerAt)) ? actor : undefined);
  if (doer) draft.actor = doer.code;
  for (const each of actors) if (!draft.countries.some((role) => role.country === each.code)) draft.countries.push({ country: each.code, role: 'PARTICIPANT' });
  // "its attacks on Syrian civilians", "strikes against Ukrainian cities": the target's people or ground named by a demonym is the place.
  // "struck Iranian nuclear sites", "shelled Indian positions": the object of a verb of striking, named by its people or
  // ground, is the place too, over the striker's own ground ("American warplanes struck …", "it struck …" after "the U.S. military").
  // (an action aimed "on"/"against" another country's people or ground is not on the attacker's own either, told as a noun too:
  // "Iran's missile attack on several Iraqi bases", "Russia launched strikes on two Ukrainian cities", "Syria's shelling of
  // Turkish border villages")
  const striking = STRIKING_VERB.exec(match[0]);
  if (trigger.type === 'MILITARY_ACTION' && (!draft.location || actors.some((each) => each.code === draft.location))) {
    const aimedAt = sentence.start + match.index + (striking?.[0].length ?? match[0].length);
    // ("the missile attacks that Russia perpetrated on Ukrainian cities": aimed through a relative clause of a few words)
    const aimed = (mention: CountryMention) =>
      new RegExp(String.raw`\b(?:on|against|targeting|(?:shelling|bombing|bombardment)\s+of)\s+(?:the\s+)?${QUANTITY}$`).test(text.slice(Math.max(sentence.start, mention.start - 30), mention.start)) ||
      (striking !== null && new RegExp(String.raw`^\s+(?:an?\s+|the\s+)?${QUANTITY}$`).test(text.slice(aimedAt, mention.start)));
    // (a country's name or initials used as a modifier count as its people's: "on the U.S. Pacific Fleet", "against US bases")
    const victimWord = (mention: CountryMention) =>
      mention.kind === 'demonym' ? TARGET_PEOPLE.test(text.slice(mention.end, mention.end + 40)) : (mention.kind === 'name' || mention.kind === 'abbreviation') && TARGET_NAMED.test(text.slice(mention.end, mention.end + 40));
    const victim = placesOf(scan, frame).find((mention) => mention.start >= aimedAt && VICTIM_GAP.test(text.slice(aimedAt, mention.start)) && aimed(mention) && victimWord(mention));
    if (victim) draft.location = victim.code;
  }
  // "Russia's invasion of Ukraine", "the Israeli bombing of Lebanon": the ground named after an action's noun and "of" is where it
  // took place, over the attacker's own ground its people or possessive name before it (or a place the sentence names for
  // something else: "senior managers in Russia's defence companies").
  if (trigger.type === 'MILITARY_ACTION' && (!draft.location || actors.some((each) => each.code === draft.location))) {
    const ground = placesOf(scan, frame).find((mention) => mention.kind !== 'demonym' && mention.start > triggerAt && OF_GROUND.test(text.slice(triggerAt, mention.start)));
    if (ground) draft.location = ground.code;
  }
  // "in response to Russia's brutal invasion", "ongoing Russian aggression": an invasion is on another state's ground, the
  // other country the sentence names ("stand with Ukraine"), else unplaced; never the invader's own.
  const invading = trigger.type === 'MILITARY_ACTION' && INVADING.test(match[0]);
  // "The Ukraine invasion", "the Iraq invasion": a country's name (not its people's, nor its possessive) right before the
  // invasion is the ground invaded, as a noun before a verb's noun is its object.
  if (!draft.location && invading && actor && actor.kind !== 'demonym' && /^invasion$/i.test(match[0]) && /^\s+$/.test(text.slice(actor.end, triggerAt))) {
    draft.location = actor.code;
    draft.actor = undefined;
  }
  if (!draft.location && invading) {
    const invader = (mention: CountryMention) => actors.some((each) => each.code === mention.code) || draft.countries.some((role) => role.country === mention.code);
    const distance = (mention: CountryMention) => Math.min(Math.abs(mention.start - triggerAt), Math.abs(mention.end - triggerAt));
    draft.location = placesOf(scan, frame).filter((mention) => mention.kind !== 'city' && !invader(mention)).sort((a, b) => distance(a) - distance(b))[0]?.code ?? null;
  }
  // Where it took place: written, else the actor's own ground, when the action has no target ("launched an offensive",
  // "fired a missile") or a target no other country's ("opened fire on the defector", "a bomb attack on the barracks");
  // one at another country's ship or post ("fired water cannon at a Philippine supply boat") stays unplaced.
  const triggerEnd = triggerAt + match[0].length;
  const foreignTarget = placesOf(scan, frame).some((mention) => mention.start >= triggerEnd && mention.start - triggerEnd <= 60 && !actors.some((each) => each.code === mention.code) && /\b(?:at|on|against)\s/i.test(text.slice(triggerEnd, mention.start)));
  if (!draft.location && trigger.type === 'MILITARY_ACTION' && !foreignTarget && !invading && !haltAsked(text.slice(sentence.start, triggerAt), triggerAt - sentence.start)) {
    draft.location = actor?.code ?? null;
    // "the Armenian defense ministry said … Azerbaijani troops had opened fire … at the settlements of Goris", "condemned Russia's
    // attacks against civilian targets and called on Moscow to … withdraw from Ukraine": an action aimed at towns or people
    // whose country its words leave unnamed hits the one other country its sentence names, not the attacker's own ground.
    if (actor && GROUND_AIMED.test(text.slice(triggerEnd, Math.min(sentence.end, triggerEnd + 100)))) {
      const others = placesOf(scan, frame).filter((mention) => mention.kind !== 'city' && !actors.some((each) => each.code === mention.code));
      if (others.length && others.every((mention) => mention.code === others[0].code)) draft.location = others[0].code;
    }
  }
  // "deposed the president of Gabon", "ousted Niger's president": a coup is in the country of the leader it removes.
  if (!draft.location && trigger.type === 'MILITARY_ACTION' && actionKind(draft.trigger) === 'coup') draft.location = removedLeaderCountry(sentence, placesOf(scan, frame), text, triggerAt + match[0].length);
  // "his generals had initiated a coup against the civil government of Prime Minister Nawaz Sharif", told after a trip abroad: a
  // coup whose sentence names no country is in the country of the leader it is aimed at, named as a person right after its
  // words, not at a place of the sentences before (session 30).
  if (trigger.type === 'MILITARY_ACTION' && actionKind(draft.trigger) === 'coup' && !placesOf(scan, frame).length) {
    const triggerEnd = triggerAt + match[0].length;
    const removed = frame.persons.find((person) => person.country && mentionsIn(person, sentence).some((mention) => mention.start >= triggerEnd && mention.start - triggerEnd <= 60));
    if (removed?.country) draft.location = removed.country;
  }
  // "President X, while on a visit to China, was deposed", "X, who is at a summit in Tanzania, said the coup had failed", "the
  // coup was launched as X was in New York": a coup overthrows a government at home, so where its leader happened to be is
  // not its place; it is the leader's own country (the person named nearest its words), else another place the sentence names.
  if (trigger.type === 'MILITARY_ACTION' && draft.location && actionKind(draft.trigger) === 'coup') {
    const places = placesOf(scan, frame).filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end);
    const away = (mention: CountryMention) => LEADER_AWAY.test(text.slice(Math.max(sentence.start, mention.start - 40), mention.start));
    const there = places.filter((mention) => mention.code === draft.location);
    if (there.length && there.every(away)) {
      const distance = (person: FoundPerson) => Math.min(...mentionsIn(person, sentence).map((mention) => Math.abs(mention.start - triggerAt)));
      const leader = frame.persons.filter((person) => person.country && person.country !== draft.location && mentionsIn(person, sentence).length).sort((a, b) => distance(a) - distance(b))[0];
      const other = places.find((mention) => mention.code !== draft.location && mention.kind !== 'city' && !away(mention));
      draft.location = leader?.country ?? other?.code ?? (scan.storyCountry !== draft.location ? scan.storyCountry : null);
      draft.city = null;
    }
  }
}

/** Happenings of a country's own government, which a place its leader was away in does not place. */
const AWAY_APART = new Set<EventType>(['MARTIAL_LAW', 'ELECTION', 'IMPEACHMENT']);
/** Happenings at home that a place a leader fled to or was visiting does not place: a crowd, an armed move (a coup is placed in `placeActors`). */
const ABROAD_APART = new Set<EventType>(['PROTEST', 'MILITARY_ACTION']);
/** Where someone was when something happened: "when Thaksin was in", "when the president was away at". */
const WHEN_AWAY = /\bwhen\s+(?:he|she|the\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+|(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]+)\s+(?:was|is)\s+(?:away\s+|abroad\s+)?(?:in|at)\s+(?:the\s+)?$/u;
/**
 * Where someone fled or landed after leaving ("fled the country to Lithuania", "flees country after resigning …, lands in India",
 * "escaped to Costa Rica"): a person's way out, not the place of the unrest left behind. (Only for a crowd: soldiers land where they fight.)
 */
const FLED_TO = /\b(?:fled|flees|flee|fleeing|escaped|escapes|escaping)\b[^.;]{0,60}?\b(?:to|for)\s+(?:the\s+)?$|\b(?:lands|landed|landing)\s+in\s+(?:the\s+)?$/u;
/** Whether the words before a place tell a leader away there, by "while"/"when" or (for a crowd) by fleeing or landing. */
function wentAbroad(before: string, type: EventType): boolean {
  return WHILE_AWAY.test(before) || WHEN_AWAY.test(before) || (type === 'PROTEST' && FLED_TO.test(before));
}
/** Where someone was while something else happened: "while he was in", "while the president was away at". */
const WHILE_AWAY = /\bwhile\s+(?:he|she|they|the\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+|(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]+)\s+(?:was|were|is|are)\s+(?:away\s+|abroad\s+)?(?:in|at)\s+(?:the\s+)?$/u;
/** Words telling where a leader was, away from home ("while on a visit to", "at a summit in", "was in … to", "had left for"). */
const LEADER_AWAY = /\b(?:(?:visit|trip|tour|journey|stay)\s+(?:to|in)|visiting|(?:summit|conference|meeting|talks|assembly|session)\s+(?:in|at)|(?:was|were|is|being)\s+(?:away\s+|abroad\s+)?in|left\s+for|(?:travel\w*|flew|gone|went)\s+to|exile\s+in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+\s+)?$/u;

/** A speaker's words are theirs (SPEAKER), about the others the sentence names; said where the speaker stands for. */
function giveVoice(frame: SentenceFrame, occurrence: Occurrence, reading: Reading, draft: Draft): void {
  const { trigger } = occurrence;
  const { unquoted } = frame;
  const { reportedBy, sayer } = reading;
  if (trigger.type === 'STATEMENT' && !draft.location) draft.location = draft.countries[0]?.country ?? null;
  // A reported word is placed where its speaker stands for (its topic's country is not where it was said).
  if (reportedBy && !draft.date) draft.location = reportedBy.country ?? reading.organState ?? null;
  const speaker = sayer?.person ?? reportedBy?.person;
  if (speaker || sayer) draft.participants = draft.participants.filter((participant) => participant.person !== speaker).map((participant) => ({ ...participant, role: 'SUBJECT' as const }));
  if (speaker) draft.participants.unshift({ person: speaker, role: 'SPEAKER' });
  if (trigger.type === 'STATEMENT') draft.occasion = occasionOf(unquoted);
  if (sayer) {
    draft.location = sayer.country ?? draft.location;
    draft.reported = true;
    draft.attribution = sayer.attribution;
    draft.voice = sayer.voice;
    draft.body = sayer.body;
  }
}

/** What lies between a verb of saying and the place its words were given at: "said in ", "told reporters at the airport in ", "said at a news conference in ". */
const SAID_AT_PLACE = /^\s+(?:(?:to\s+)?(?:reporters|journalists|the\s+(?:press|media))\s+)?(?:(?:in|at|during|on\s+the\s+sidelines\s+of)\s+(?:[\p{L}'’.-]+\s+){0,6}?)?(?:in|at)\s+(?:the\s+)?$/u;

/**
 * A person's words given at a place written with the verb ("said in Tokyo", "told reporters at the airport in Incheon", "said at
 * a news conference in Pretoria") were given there, not at the speaker's home: a statement happens where it is made (the corpus
 * guide's place), the speaker's country standing only for words told with no place of their own. (A participle placing the
 * speaker, "X, speaking to reporters in Istanbul, said", is left to the speaker's home: the written-here holdout places such
 * words there.)
 */
function placeWhereSaid(scan: TextScan, frame: SentenceFrame, occurrence: Occurrence, reading: Reading, draft: Draft): void {
  const { text } = scan;
  const { trigger, match, at: triggerAt } = occurrence;
  const speaker = reading.sayer?.person ?? draft.participants.find((participant) => participant.role === 'SPEAKER')?.person;
  if (trigger.type !== 'STATEMENT' || !speaker || CALL.test(match[0])) return;
  const places = placesOf(scan, frame).filter((mention) => mention.kind !== 'demonym');
  const triggerEnd = triggerAt + match[0].length;
  // (the first place after the verb, before any quotation or clause of the words: "said in Tokyo that …")
  const after = places.find((mention) => mention.start >= triggerEnd && mention.start - triggerEnd <= 80);
  const place = after && SAID_AT_PLACE.test(text.slice(triggerEnd, after.start)) ? after : undefined;
  if (!place || draft.location === place.code) return;
  draft.location = place.code;
  draft.city = place.city;
  draft.placed = true;
}

/**
 * A speech is given where its audience is ("delivered an address to Papua New Guinea's National Parliament", "said in a
 * television address to the Soviet people", "his departure speech at the airport in Bucharest"): over the home of its speaker
 * and the country their title names (`speechAudience`).
 */
function placeOfSpeech(scan: TextScan, frame: SentenceFrame, occurrence: Occurrence, draft: Draft): void {
  if (occurrence.trigger.type !== 'STATEMENT' || CALL.test(occurrence.match[0])) return;
  const audience = speechAudience(frame.sentence, frame.unquoted, placesOf(scan, frame), scan.text);
  if (!audience || (draft.location === audience.code && (draft.city === audience.city || !audience.city))) return;
  draft.location = audience.code;
  draft.city = audience.city;
  draft.placed = true;
}

/**
 * A reaction told as a noun a happening drew is made where its speakers are, named after "from" ("triggered criticism from the US
 * and its allies": the United States'), not at the happening's place the sentence names before it ("his trip to Moscow"). Speakers
 * of no one state ("from the African Union", "from governments in Latin America") leave it where the sentence puts it.
 */
function placeReactionDrawn(scan: TextScan, frame: SentenceFrame, occurrence: Occurrence, draft: Draft): void {
  if (occurrence.trigger.pattern !== REACTION_DRAWN) return;
  const speakersAt = occurrence.at + occurrence.match[0].length;
  const speaker = placesOf(scan, frame).find((mention) => mention.start === speakersAt || (mention.start > speakersAt && /^(?:the|its|their)\s+$/.test(scan.text.slice(speakersAt, mention.start))));
  if (!speaker) return;
  draft.location = speaker.code;
  draft.city = null;
  draft.placed = true;
}

/**
 * A meeting or a statement told after a sentence's opening place ("In Kigali, the Secretary-General will meet African leaders
 * before flying to Nairobi", "While in Kenya, she told students …") is held there, over a later place of the sentence (where
 * the traveller goes next) and over the speaker's home. Its own place written right after its words stays ("… told reporters
 * in New York": the briefing is there); a call is held nowhere.
 */
function placeOpened(scan: TextScan, frame: SentenceFrame, occurrence: Occurrence, draft: Draft): void {
  const { text } = scan;
  const { trigger, match, at: triggerAt } = occurrence;
  if (!['MEETING', 'SUMMIT', 'STATEMENT'].includes(trigger.type) || CALL.test(match[0])) return;
  const opening = openingPlace(frame.sentence, placesOf(scan, frame), text);
  if (!opening || opening.end > triggerAt) return;
  const triggerEnd = triggerAt + match[0].length;
  const own = placesOf(scan, frame).find((mention) => mention.start >= triggerEnd && mention.kind !== 'demonym' && /^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?$/u.test(text.slice(triggerEnd, mention.start)));
  // "In Mauritius, the talks will turn to investment, the Foreign Ministry said in a statement": words closed by their
  // attribution carry the opening place; the speaker said them elsewhere.
  const openingComma = text.indexOf(',', opening.end);
  const closingAttribution = trigger.type === 'STATEMENT' && text.slice(openingComma + 1, triggerAt).includes(',') && text.slice(triggerEnd, frame.sentence.end).length <= 60 && !/\bthat\b/.test(text.slice(triggerEnd, frame.sentence.end));
  if (!own && closingAttribution) return;
  const place = own ?? opening;
  if (draft.location === place.code && (draft.city === place.city || !place.city)) return;
  draft.location = place.code;
  draft.city = place.city;
  draft.placed = true;
}

/** Where a gathering was held when its words do not say: named after its city, its host's home, the guest's visit, a talk continued … */
function placeGathering(scan: TextScan, frame: SentenceFrame, occurrence: Occurrence, draft: Draft): void {
  const { text, context, drafts } = scan;
  const { countries, datelineCountry } = context;
  const { trigger, match, at: triggerAt } = occurrence;
  const { sentence, unquoted, persons } = frame;
  // A gathering named after its city is held there: "the Tokyo Conference on Afghanistan".
  const namedAfter = trigger.gathering ? countries.find((mention) => (mention.kind === 'capital' || mention.kind === 'city') && mention.start === triggerAt) : undefined;
  if (namedAfter && !draft.placed) {
    draft.location = namedAfter.code;
    draft.city = namedAfter.city;
    draft.placed = true;
  }
  // A place written as the event's modifier: "an Oval Office meeting", "the Camp David summit".
  // Not a pair's name: "the Japan-Australia Summit Meeting", "a U.S.-Japan summit" are bilateral, held in neither by their name.
  const modifier = countries.find((mention) => mention.kind !== 'demonym' && mention.end <= triggerAt && triggerAt - mention.end <= 2 && mention.start >= sentence.start && !/[\p{L}.]-$/u.test(text.slice(Math.max(sentence.start, mention.start - 2), mention.start)));
  // Not the subject of a meeting verb: "Japan and South Korea met in Tokyo" was not in South Korea.
  if (modifier && ['MEETING', 'SUMMIT'].includes(trigger.type) && !MEETING_VERB.test(match[0])) {
    draft.location = modifier.code;
    draft.city = modifier.city;
    draft.placed = true;
  }
  if (['SUMMIT', 'MEETING', 'STATEMENT'].includes(trigger.type) && !draft.placed) {
    const seat = seatIn(unquoted);
    if (seat) {
      draft.location = seat;
      draft.placed = true;
    }
  }
  // "President Macron hosted Prime Minister Modi", "Ishiba received President Cuong": the host receives at home.
  // (also "received a courtesy call from the ambassador": the receiver is at home; the host is named before "received")
  const receivedAt = trigger.type === 'MEETING' && !HOSTING_VERB.test(match[0]) ? receivedCallAt(unquoted, match.index, match[0].length) : null;
  if (trigger.type === 'MEETING' && !draft.location && (HOSTING_VERB.test(match[0]) || receivedAt !== null)) {
    const hostAt = receivedAt === null ? triggerAt : sentence.start + receivedAt;
    const host = persons.find((person) => person.country && mentionsIn(person, sentence).some((mention) => mention.end <= hostAt && /^(?:,[^,]{3,80},)?\s*(?:\w+\s+)?$/.test(text.slice(mention.end, hostAt))));
    if (host) draft.location = host.country;
    // "During the same day, he hosted Algeria's envoy at State House": the host told by a pronoun is the sentence's subject.
    else if (frame.subject?.country && PRONOUN.test(sentence.text) && /\b(?:he|she)\s+(?:\w+\s+)?$/i.test(text.slice(sentence.start, hostAt))) draft.location = frame.subject.country;
  }
  // "held bilateral talks with host President Duterte", "a summit hosted by Prime Minister Albanese", "was received by President
  // Kagame": at the host's home.
  if (['MEETING', 'SUMMIT'].includes(trigger.type) && !draft.location && HOST_NAMED.test(unquoted)) {
    draft.location = persons.find((person) => person.country && mentionsIn(person, sentence).some((mention) => namedHost(text, sentence.start, mention.start)))?.country ?? null;
  }
  // "President X held talks with President Y at State House": a head of state's residence is the home of the one who holds the talks there.
  // (not a guest told as "visiting", who holds talks at the host's residence)
  if (trigger.type === 'MEETING' && !draft.location && RESIDENCE_AT.test(unquoted) && !/\b[Vv]isiting\b/.test(unquoted.slice(0, match.index))) {
    const host = persons.find((person) => person.country && mentionsIn(person, sentence).some((mention) => mention.end <= triggerAt)) ?? (PRONOUN.test(sentence.text) ? frame.subject : null);
    if (host?.country) draft.location = host.country;
  }
  // "met in the Small Dining Room of the Prime Minister's Official Residence": an office's own residence is in the country of
  // the sentence's person who holds that office.
  if (['MEETING', 'SUMMIT'].includes(trigger.type) && !draft.location) {
    const office = OFFICE_RESIDENCE.exec(unquoted)?.[1];
    const holder = office ? persons.find((person) => person.country && person.title && new RegExp(`^${office.replace(/\s+/g, '\\s+')}$`, 'i').test(person.title)) : undefined;
    if (holder) draft.location = holder.country;
  }
  // "held a summit meeting with Prime Minister Albanese, who is visiting Japan": where the guest is visiting.
  if (['MEETING', 'SUMMIT'].includes(trigger.type) && !draft.placed) {
    const visited = guestVisiting(sentence, countries, text);
    if (visited) {
      draft.location = visited.code;
      draft.city = visited.city;
      draft.placed = true;
    }
  }
  // "will continue their discussions on Friday": the talks go on where the same people last met.
  if (trigger.type === 'MEETING' && !draft.location && /^continue/i.test(match[0])) {
    // ("The two ministers will continue their talks": no one named, the last meeting told)
    const before = [...drafts].reverse().find((other) => other.type === 'MEETING' && other.location && (!draft.participants.length || other.participants.some(({ person }) => draft.participants.some((participant) => participant.person === person))));
    if (before) {
      draft.location = before.location;
      draft.city = before.city;
      draft.placed = before.placed;
    }
  }
  if (trigger.type === 'MEETING' && !draft.location) {
    const there = whereStill(draft, drafts);
    if (there) {
      draft.location = there.location;
      draft.city = there.city;
      // "On February 18, the Secretary sat down with X. He then held talks with Y.": the paragraph's day goes on.
      if (!draft.date && there.type === 'MEETING' && there.date?.precision === 'DAY' && there.sentences[there.sentences.length - 1].paragraph === sentence.paragraph) draft.date = there.date;
      // "… two days after a visit to Berlin by X. He met Chancellor Merkel": a meeting told right after a one-day visit of the same person is held that day.
      if (!draft.date && there.type === 'DIPLOMATIC_VISIT' && visitToldOnOneDay(there) && there.sentences[there.sentences.length - 1].index === sentence.index - 1) draft.date = there.date;
    }
  }
  // "The United States will … host next year's summit": a gathering is held by the country that hosts it.
  if ((trigger.type === 'SUMMIT' || trigger.type === 'MEETING') && !draft.placed) {
    const host = hostCountry(sentence, placesOf(scan, frame), text, triggerAt);
    if (host) {
      draft.location = host;
      draft.placed = true;
    }
  }
  // "Armenia's Security Council held an extraordinary meeting": a state's body meets at home, not where the story was filed.
  if ((trigger.type === 'SUMMIT' || trigger.type === 'MEETING') && !draft.location) draft.location = bodyCountry(placesOf(scan, frame), text, triggerAt, triggerAt + match[0].length);
  if ((trigger.type === 'SUMMIT' || trigger.type === 'MEETING') && !draft.location) draft.location = datelineCountry;
  // "Secretary Rubio met today with X. In a separate meeting, the Secretary met with Y.": a readout's paragraph keeps its day for the same person's next meeting.
  if (trigger.type === 'MEETING' && !draft.date && draft.verbTold) draft.date = paragraphDay(draft, drafts);
  // Two states' talks told as a noun are held where the sentence writes them ("talks between A and B in Vienna"), not at a
  // side's home, the speaker's or the dateline's: "Australia supported the negotiations between China and the UK" is in neither.
  if (trigger.pattern === STATE_TALKS) {
    const held = placeIn(sentence, countries, text, triggerAt, false, true);
    draft.location = held?.code ?? null;
    draft.city = held?.city ?? null;
    draft.placed = held !== null;
  }
  // A call joins two places and is held in neither: "discussed the war in Ukraine … during a call" is not in Ukraine.
  // (talks told as calls too: "spoke with X via telephone", "had discussions with A, B and C" after a round of calls)
  const toldAsCall = trigger.type === 'MEETING' && callTold(frame, occurrence, draft);
  if (trigger.type === 'MEETING' && (CALL.test(match[0]) || toldAsCall)) {
    draft.location = null;
    draft.city = null;
    draft.placed = false;
    draft.call = true;
  }
  if (toldAsCall && !draft.date && frame.callsAnnounced?.day) draft.date = frame.callsAnnounced.day;
}

/** One candidate, or one for each counterpart, day or country its sentence lists (none: a trend told over no list). */
function split(scan: TextScan, frame: SentenceFrame, occurrence: Occurrence, reading: Reading, draft: Draft): Draft[] {
  const { text, context, drafts } = scan;
  const { countries } = context;
  const { trigger, match, at: triggerAt } = occurrence;
  const { sentence, unquoted, persons } = frame;
  const { counterparts, place, sameClause } = reading;
  // (calls listed one by one are one call each, whatever their counterparts' countries: "had discussions with A of X, B of Y and C of Z")
  const calledEach = draft.call && trigger.type === 'MEETING' ? separateMeetings(draft, persons, sentence, unquoted, match.index, match.index + match[0].length, text) : [];
  if (calledEach.length >= 2) return calledEach;
  if (counterparts.length >= 2) {
    // (a place that is one of the counterparts' own, "the acting Prime Minister in Tonga", is each counterpart's: a tour's meetings)
    const itemPlaced = place !== null && counterparts.some((mention) => mention.start === place!.start);
    return counterpartMeetings(draft, counterparts, itemPlaced || /\b(?:visit|visits|tour|trip)\b/i.test(unquoted), place !== null, drafts);
  }
  // "met Prime Minister Ishiba on Monday and Emperor Naruhito on Tuesday": one meeting verb, a meeting per day and counterpart.
  const daily = trigger.type === 'MEETING' && MEETING_VERB.test(match[0]) ? meetingsByDay(draft, sameClause, persons, sentence, triggerAt + match[0].length) : [];
  if (daily.length >= 2) return daily;
  // "met separately with President Zelensky and with Prime Minister Tusk": a meeting per counterpart.
  // ("will be received by President A, Prime Minister B and Speaker C": a guest received, told from the guest's side, by the
  // host's office holders one by one, as `hostOfficials` reads a list after "will meet")
  const apart = trigger.type === 'MEETING' && (draft.verbTold || RECEIVED_BY.test(match[0])) ? separateMeetings(draft, persons, sentence, unquoted, match.index, match.index + match[0].length, text) : [];
  if (apart.length >= 2) return apart;
  // "a series of military takeovers in Myanmar, Mali, Sudan and Guinea": one happening in each country listed.
  const each = trigger.type === 'MILITARY_ACTION' && ONE_COUNTRY_EACH.test(match[0]) ? countriesListed(sentence, triggerAt + match[0].length, countries, text) : [];
  // (told over no list, "coups in the region", they are a trend, no happening)
  if (ONE_COUNTRY_EACH.test(match[0]) && each.length < 2) return [];
  if (each.length >= 2) {
    return each.map((mention) => ({ ...draft, location: mention.code, city: mention.city, placed: true, participants: [...draft.participants], countries: draft.countries.filter((role) => role.country === mention.code) }));
  }
  return [draft];
}

/** "was announced by", "were announced by": the announcer follows the verb. */
const PASSIVE_ANNOUNCED = /\b(?:was|were|been|being)\s+(?:\p{Ll}+ly\s+)?$/u;
const ANNOUNCER_AFTER = /^\s+by\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,4}?$/u;
/** The person an announcement told in the passive names as its announcer ("The pact was announced by President Putin"). */
function announcedBy(text: string, sentence: Sentence, announced: RegExpExecArray, persons: FoundPerson[]): FoundPerson | undefined {
  const verbAt = sentence.start + announced.index;
  if (!PASSIVE_ANNOUNCED.test(text.slice(Math.max(sentence.start, verbAt - 30), verbAt))) return undefined;
  const verbEnd = verbAt + announced[0].length;
  return persons.find((person) => mentionsIn(person, sentence).some((mention) => mention.start > verbEnd && ANNOUNCER_AFTER.test(text.slice(verbEnd, mention.start))));
}

/**
 * Words between "announced" and a day further on that make the day another happening's: a clause break, a clause of what was
 * announced ("that", "to", "which"), a time it runs to ("until", "starting", "effective") or a happening told before or after
 * it ("after", "when").
 */
const ANNOUNCED_CLAUSE_GOES_ON = /[,;:()\u2013\u2014"“”]|\b(?:that|to|which|who|whose|would|will|could|may|until|till|starting|beginning|effective|after|before|when|while|and|or|but|since|as|if|following|during|ahead)\b/i;
/** A time the thing announced runs from, to or by, right before the day ("a curfew from Sunday", "elections for Sunday"). */
const ANNOUNCED_THING_TIME = /\b(?:by|for|from|through|until|till)\s+(?:(?:late|early|on|next|this|the)\s+)*$/i;
/**
 * "Keita announced his immediate resignation on state television late Tuesday.": a day that closes the clause of "announced"
 * with only its object and where it was said between is the announcement's, as wire copy puts the day at a clause's end.
 */
function closesAnnouncingClause(text: string, verbEnd: number, found: FoundDate): boolean {
  if (found.start - verbEnd > 100) return false;
  const between = text.slice(verbEnd, found.start);
  return !ANNOUNCED_CLAUSE_GOES_ON.test(between) && !ANNOUNCED_THING_TIME.test(between) && (/[,.;]$/.test(found.text) || /^\s*(?:[,.;]|$)/.test(text.slice(found.end, found.end + 2)));
}

/**
 * Who announces a sale in its own sentence, written as the subject of "announced" in its clause: "armasuisse announced Monday that
 * it had signed a contract", "…, it announced Monday", "Saab announced in October that it had won the order", "…, Prime Minister X
 * announced Sunday". A deal made public by its maker, its buyer or an official is news of its own beside the sale (the corpus
 * guide: an announced decision is an ANNOUNCEMENT). Not the passive with no announcer ("the sale was announced"), nor the press or
 * unnamed sources telling of it ("reports announced").
 */
function saleAnnouncedBy(before: string): { voice: string | undefined } | null {
  const clause = before.split(/[,;:()\u2013\u2014]/).pop() ?? '';
  if (!/\S/.test(clause) || PASSIVE_ANNOUNCED.test(clause) || /\b(?:reports?|sources?|media|newspapers?)\s+$/i.test(clause)) return null;
  // (its name, the last word before the verb and its day: "armasuisse", "Saab"; a pronoun names no one)
  const name = /([\p{L}][\p{L}\d&.'’-]*)\s+(?:(?:also|has|had|have|officially|formally|publicly|(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))\s+)*$/u.exec(clause)?.[1];
  return { voice: name && !/^(?:it|they|he|she|we)$/i.test(name) ? name.toLowerCase() : undefined };
}

/** "The State Department announced Friday that Blinken would visit…": the announcement of what follows, an organ's or an official's. */
function announcementOf(scan: TextScan, frame: SentenceFrame): Draft | null {
  const { text, context, saleSentences, drafts } = scan;
  const { countries } = context;
  const { sentence, dates, persons } = frame;
  const announced = /\b(announced|announces)\b/.exec(sentence.text);
  // "Prime Minister X had announced the purchase": an office holder's announcement of a thing is news undated too.
  const thingAnnounced = announced !== null && /^\s+(?:the|a|an|its|his|her|their)\s/.test(sentence.text.slice(announced.index + announced[0].length));
  const saleAnnouncer = announced !== null && saleSentences.has(sentence) ? saleAnnouncedBy(text.slice(sentence.start, sentence.start + announced.index)) : null;
  if (announced && (dates.length || thingAnnounced) && (!saleSentences.has(sentence) || saleAnnouncer)) {
    const announcer = text.slice(sentence.start, sentence.start + announced.index);
    const organization = /\b(State Department|White House|Pentagon|Kremlin|(?!The\b)[\p{Lu}][\p{L}]+(?:['’]s)? (?:Ministry|ministry|government|Department)|(?:Department|Ministry|Office) of (?:the )?(?:\p{Lu}\p{L}+)(?: (?:and|of) (?:\p{Lu}\p{L}+))?)\b/u.exec(announcer);
    // (the one named nearest before the verb: "Crown Prince X will visit Pakistan, Information Minister Y announced on Thursday" is Y's)
    const namedBefore = (person: FoundPerson) => Math.max(-1, ...mentionsIn(person, sentence).filter((mention) => mention.start < sentence.start + announced.index).map((mention) => mention.start));
    // (in the passive, the one named right after "by": "The pact was announced by President Vladimir Putin early Tuesday")
    const speaker = persons.filter((person) => namedBefore(person) >= 0).sort((a, b) => namedBefore(b) - namedBefore(a))[0] ?? announcedBy(text, sentence, announced, persons);
    const country =
      (organization && /State Department|White House|Pentagon|Department of (?:Defense|State|the Treasury|Commerce|Justice|Homeland Security)/.test(organization[1]) ? 'US' : null) ??
      (organization?.[1] === 'Kremlin' ? 'RU' : null) ??
      speaker?.country ??
      // "Japan's government announced": the country named in the organ's name.
      (organization ? (countries.find((mention) => mention.start >= sentence.start + organization.index && mention.end <= sentence.start + organization.index + organization[0].length)?.code ?? null) : null);
    if (organization || speaker || saleAnnouncer) {
      // The day of the announcement is written before the verb, right after it or closing its clause, not in what was announced.
      const verbEnd = sentence.start + announced.index + announced[0].length;
      const date = dates.filter((found) => found.end <= verbEnd || (found.start - verbEnd <= 40 && !/\b(that|to|which|who|would|will)\b/.test(text.slice(verbEnd, found.start))) || closesAnnouncingClause(text, verbEnd, found)).sort((a, b) => Math.abs(a.start - verbEnd) - Math.abs(b.start - verbEnd))[0];
      const verbAt = sentence.start + announced.index;
      const officialAnnouncer = speaker?.title && thingAnnounced && mentionsIn(speaker, sentence).some((mention) => /^(?:['’]s)?\s+(?:(?:had|has|have)\s+)?$/.test(text.slice(mention.end, verbAt)));
      if (!date && !officialAnnouncer) return null;
      const draft: Draft = {
        type: 'ANNOUNCEMENT',
        // An organ's announcement is news whether or not its country is written ("The Ministry of Defence announced on Monday"), and
        // so is a sale's, whoever makes it public ("armasuisse announced Monday that it had signed …").
        trigger: organization || saleAnnouncer ? ORGAN_ANNOUNCEMENT : undefined,
        title: organization || speaker ? `${organization?.[1] ?? speaker!.name} announcement` : 'Announcement',
        date: date ?? null,
        endDate: null,
        location: country,
        participants: [],
        countries: country ? [{ country, role: 'SUBJECT' }] : [],
        sentences: [sentence],
        children: [],
        // (a sale's announcer named by no person is its voice: another voice's undated words are no quote of it, "armasuisse
        // announced Monday …" then "In a statement, Lockheed said …")
        voice: speaker ? undefined : saleAnnouncer?.voice,
      };
      for (const person of persons) addParticipant(draft, person, person === speaker ? 'SPEAKER' : 'SUBJECT');
      // The state's dated word read by the comment class ("The Pentagon announced on Monday") is this announcement.
      const twin = drafts.findIndex((other) => other.type === 'STATEMENT' && other.sentences[0] === sentence && other.trigger === 'announced');
      if (twin >= 0) drafts.splice(twin, 1);
      // So are its words on air ("X announced the change in a televised address"): one announcement, read from its verb.
      const onAir = drafts.findIndex((other) => other.rule?.pattern === BROADCAST_WORDINGS && other.sentences[0] === sentence);
      if (onAir >= 0) drafts.splice(onAir, 1);
      return draft;
    }
  }
  return null;
}

/**
 * "Hanwha Aerospace signed a contract to supply Romania …, the company said on Wednesday", "armasuisse announced Monday that it had
 * signed a contract for 36 F-35As": a deal made public by its maker, its buyer's organ or an official on a written day is news of
 * its own beside the sale (the corpus guide: an announced decision is an ANNOUNCEMENT), not only the sale's source. Unnamed
 * sources and the press telling of it ("officials familiar with the decision said", "reports said") make nothing public.
 */
function announcesSale(draft: Draft, saleSentences: Set<Sentence>): boolean {
  return draft.type === 'STATEMENT' && draft.attribution === true && draft.date !== null && saleSentences.has(draft.sentences[0]);
}

/** The candidates with the ones only sourcing a happening told beside them left out, and those the text's other readers find. */
function withSources(scan: TextScan): Draft[] {
  const { context, saleSentences, drafts } = scan;
  // "India delivered the missiles on Friday, the Philippine military said": words that only source a happening told in
  // their sentence are that happening's source (the seed's announcement and its quotes are one event too).
  const tellsHappening = (sentence: Sentence) => saleSentences.has(sentence) || drafts.some((other) => other.type !== 'STATEMENT' && other.type !== 'ANNOUNCEMENT' && other.sentences.includes(sentence));
  for (const draft of drafts) if (announcesSale(draft, saleSentences)) draft.type = 'ANNOUNCEMENT';
  drafts.splice(0, drafts.length, ...drafts.filter((draft) => !(draft.attribution && draft.type !== 'ANNOUNCEMENT' && tellsHappening(draft.sentences[0]))));
  drafts.push(...floorStatements(context));
  drafts.push(...firstPersonAnnouncements(context));
  // (a first-person meeting another rule read already in its sentence is that meeting: "Today I met with Foreign Minister Peters in Wellington")
  drafts.push(...firstPersonMeetings(context).filter((meeting) => !drafts.some((other) => other.type === 'MEETING' && other.sentences.includes(meeting.sentences[0]))));
  drafts.push(...welcomedGuests(context));
  return drafts;
}

/**
 * Whether one of two mentions is the headline's and the other the body's telling of one happening in other words ("Soldiers in
 * Niger say president overthrown" over "… following a coup"; "German sub about to be delivered" over "approved the delivery"):
 * a group of the headline's sentences alone takes in the body's first mention of its type, with a person in common when the
 * headline names one ("Myanmar's military has detained leader Aung San Suu Kyi" is no state of emergency told below).
 */
function headlineToldAgain(other: Draft, draft: Draft, bodyStart: number): boolean {
  const inHeadline = (each: Draft) => each.sentences.every((sentence) => sentence.start < bodyStart);
  if (inHeadline(other) === inHeadline(draft) || draft.sentences.some((sentence) => sentence.start < bodyStart) === other.sentences.some((sentence) => sentence.start < bodyStart)) return false;
  const headline = inHeadline(other) ? other : draft;
  const body = headline === other ? draft : other;
  return !headline.participants.length || body.participants.some(({ person }) => headline.participants.some((known) => known.person === person));
}

/**
 * Two happenings told by the same words of different people are two ("Yoon was sentenced to life", then "Han was sentenced to
 * 23 years", "X was arrested" and "Y was detained"): both name people and none in common. Only a sentence, an arrest or a
 * resignation, which befalls the person it names ("President X agreed to resign", then "Prime Minister Y, who also agreed to
 * resign": two leaving, session 40); an occasion or an accord is one whoever each sentence names of those present.
 */
const PERSONAL_HAPPENING = /\b(?:sentenc|convict|arrest|detain|jail|imprison|indict|resign)/i;
function otherPeople(draft: Draft, other: Draft): boolean {
  return PERSONAL_HAPPENING.test(draft.trigger ?? '') && draft.participants.length > 0 && other.participants.length > 0 && !draft.participants.some(({ person }) => other.participants.some((known) => known.person === person));
}

/**
 * A sentence that joined an OTHER group through one wording may tell the group's happening again in its own words ("Trump brokers
 * Israel-Iran ceasefire" over "Trump announced … that Israel and Iran reached a formal agreement to implement a complete
 * ceasefire": the agreement joined the headline's ceasefire on its day and place, and the sentence's "ceasefire" is that ceasefire,
 * not another). Only words of the group's own kind, no new accord, and a group that began in another sentence.
 */
function sentenceJoinedByOtherWords(group: Draft, draft: Draft): boolean {
  return draft.type === 'OTHER' && group.type === 'OTHER' && group.sentences[0] !== draft.sentences[0] && sameWords(group, draft) && !NEW_ACCORD.test(draft.trigger ?? '');
}

/**
 * Two meetings one sentence tells with no one named, on one day at one place, are one gathering told twice: the body
 * named and its verb ("The EU Council met in Brussels"), or a gathering and the meeting held beside it by unnamed
 * leaders ("the leaders met on the margins of the G20 Summit in Bali"). The named gathering is the one kept.
 * (Summits are left apart: "summit talks on the sidelines of the APEC summit" are two.)
 */
function oneMeetingASentence(drafts: Draft[]): Draft[] {
  const unnamed = (draft: Draft) => draft.type === 'MEETING' && !draft.participants.length && draft.sentences.length > 0;
  const sameTelling = (draft: Draft, other: Draft) =>
    other !== draft &&
    unnamed(other) &&
    other.sentences[0] === draft.sentences[0] &&
    other.location === draft.location &&
    // ("met with defence leaders from Japan, Vietnam and China": one meeting a counterpart's country)
    other.counterpart === draft.counterpart &&
    (other.date === null) === (draft.date === null) &&
    (!other.date || !draft.date || isoDay(other.date.date) === isoDay(draft.date.date));
  const dropped = new Set<Draft>();
  for (const draft of drafts) {
    if (!unnamed(draft) || dropped.has(draft)) continue;
    for (const other of drafts) {
      if (dropped.has(other) || !sameTelling(draft, other)) continue;
      // (the named gathering stays: it is what later mentions of the body join)
      const [kept, told] = other.gathering !== undefined && draft.gathering === undefined ? [other, draft] : [draft, other];
      for (const role of told.countries) if (!kept.countries.some((known) => known.country === role.country)) kept.countries.push(role);
      dropped.add(told);
      if (told === draft) break;
    }
  }
  return dropped.size ? drafts.filter((draft) => !dropped.has(draft)) : drafts;
}

/**
 * Two military actions one sentence tells at one place, neither dated apart from the other ("the raid that left nine dead aboard a
 * ship that sought to breach the blockade", "troops killed 1,269 soldiers in routing a force to capture the air base on Sunday"):
 * one happening told by two of its words. Actions at two places, by two sides or on two targets stay two (the conditions below).
 */
// (a sentence telling one as before or after the other tells two: "a conflict that began the day after the attack")
const ONE_AFTER_ANOTHER = /\b(?:after|before|since|following|then|later|began|sparked|triggered|prompted|led to|in (?:response|retaliation|reply))\b/i;
function oneActionInSentence(other: Draft, draft: Draft): boolean {
  return (
    draft.type === 'MILITARY_ACTION' &&
    other.type === 'MILITARY_ACTION' &&
    draft.location !== null &&
    (draft.location === other.location || !draft.placed || !other.placed) &&
    (!draft.city || !other.city || draft.city === other.city) &&
    !ONE_AFTER_ANOTHER.test(draft.sentences[0].text)
  );
}

/**
 * Two OTHER happenings one sentence tells at one place on one day (or neither dated) are one happening told by two of its
 * words (session 34: "shake hands during a signing ceremony of a cease-fire deal", "the truce … will take effect", "was
 * dismissed and removed from service", "the trials … have been transferred to the court"): the corpus sets annotate one.
 * A sentence telling one after the other, two accords each brought in by its own article, or what befalls two people
 * stay two.
 */
// (a sentence of two contrasted clauses tells two: "Han was sentenced to 23 years, while Lee received a seven-year sentence")
const TWO_CLAUSES = /\b(?:while|whereas)\b/i;
// (two nouns of happening each with its own object are two: "the deportation of 35 nurses and the publication of a letter")
const NOUN_OF = /^[\p{L}-]+(?:ion|ment|al|ure)\s+of\b/iu;
// (two happenings of two named kinds are two: "welcomed the ceasefire and the release of hostages")
function twoKinds(a: string | undefined, b: string | undefined): boolean {
  const kindA = namedHappeningKind(a);
  const kindB = namedHappeningKind(b);
  return kindA !== undefined && kindB !== undefined && kindA !== kindB;
}
function oneHappeningInSentence(other: Draft, draft: Draft): boolean {
  return (
    draft.type === 'OTHER' &&
    other.type === 'OTHER' &&
    other.sentences[0] === draft.sentences[0] &&
    draft.location === other.location &&
    (draft.date === null) === (other.date === null) &&
    (!draft.date || !other.date || sameDay(draft.date, other.date)) &&
    !ONE_AFTER_ANOTHER.test(draft.sentences[0].text) &&
    !TWO_CLAUSES.test(draft.sentences[0].text) &&
    !(NEW_ACCORD.test(draft.trigger ?? '') && NEW_ACCORD.test(other.trigger ?? '')) &&
    !(NOUN_OF.test(draft.trigger ?? '') && NOUN_OF.test(other.trigger ?? '')) &&
    !twoKinds(draft.trigger, other.trigger) &&
    !otherPeople(draft, other) &&
    !otherRounds(draft.trigger, draft.sentences[0].text, other.sentences[0].text)
  );
}

/**
 * An OTHER happening told without a day in a sentence of its own, of a person an earlier telling dated to a day at the same place
 * names too, is that happening told again ("Zúñiga was arrested Wednesday night …", then "… claimed after his arrest that …";
 * "Boluarte was sworn in Wednesday after Congress voted out Castillo", then "Why was Castillo removed from office?"): a story
 * refers back to what it told with its day, and the corpus sets count one happening. A new accord brought in by its article
 * ("signed an MOU") or a telling in the dated one's own sentence (two happenings told side by side) stays apart.
 */
function retoldWithoutDay(other: Draft, draft: Draft): boolean {
  return (
    draft.type === 'OTHER' &&
    other.type === 'OTHER' &&
    !draft.date &&
    other.date?.precision === 'DAY' &&
    draft.location !== null &&
    draft.location === other.location &&
    !draft.sentences.some((sentence) => other.sentences.includes(sentence)) &&
    !NEW_ACCORD.test(draft.trigger ?? '') &&
    draft.participants.some(({ person }) => other.participants.some((known) => known.person === person))
  );
}

/**
 * A war named without a day ("in light of the Iran war", "Russia's war in Ukraine") and the fighting told at its place ("launched
 * strikes against Iran", "continued attacks by Russia" on Ukraine): the war a text names in passing is the fighting it tells;
 * so is an action someone is asked to end ("press Moscow to cease military operations in Georgia", `Draft.ongoing`).
 */
const WAR_NOUN = /\b(?:war|conflict|aggression)\b/;
function warAround(other: Draft, draft: Draft): boolean {
  const war = (each: Draft) => !each.date && (WAR_NOUN.test(each.trigger ?? '') || each.ongoing === true);
  return (war(other) || war(draft)) && draft.location !== null && draft.location === other.location;
}

/**
 * A protest told as to come: called for, pledged, threatened or planned ("the opposition called for protests", "pledged
 * protests over the result", "vowed to hold rallies", "asked the public to join a march", "will march on Friday").
 */
const PROTEST_PLAN_VERB = String.raw`(?:call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|threaten(?:s|ed|ing)?|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?)`;
const PROTEST_PLANNED_BEFORE = new RegExp(
  String.raw`(?:\b${PROTEST_PLAN_VERB}\s+(?:to\s+(?:hold|stage|organi[sz]e|launch|begin|start|join|lead)\s+)?(?:an?\s+|more\s+|further\s+|new\s+|fresh\s+|renewed\s+|mass\s+|nationwide\s+|street\s+)*|\b(?:will|shall|(?:plan(?:s|ned)?|vow(?:s|ed)?|pledg(?:e|es|ed)|threaten(?:s|ed)?|intend(?:s|ed)?)\s+to|(?:call(?:s|ed)?\s+on|urg(?:e|es|ed)|invit(?:e|es|ed)|ask(?:s|ed)?)\s+[^.;,]{0,40}?\bto)\s+(?:also\s+)?(?:(?:hold|stage|organi[sz]e|join|lead)\s+)?(?:an?\s+|the\s+)?)$`,
  'i',
);
const PROTEST_PLAN_VERB_BEFORE = new RegExp(String.raw`\b(?:${PROTEST_PLAN_VERB}|(?:call(?:s|ed)?\s+on|urg(?:e|es|ed)|invit(?:e|es|ed)|ask(?:s|ed)?)\s+[^.;,]{0,40}?)\s*$`, 'i');
function protestPlanned(text: string, at: number, words: string): boolean {
  if (/^(?:call|urg)/i.test(words)) return true;
  // (the crowd itself is no plan: "police threatened protesters", "urged demonstrators to go home")
  if (/^(?:protest(?:er|or)s|demonstrators|marchers|strikers|rioters)\b/i.test(words)) return false;
  const before = text.slice(Math.max(0, at - 60), at);
  // "vowed to protest against the plan": the trigger's own "to" follows the plan's verb
  if (/^to\s/i.test(words)) return PROTEST_PLAN_VERB_BEFORE.test(before);
  return PROTEST_PLANNED_BEFORE.test(before);
}

/**
 * A rally held for those in power, against the protest ("the president held a rival demonstration nearby", "a pro-government
 * rally", "a counter-protest", "rallies supporting the president").
 */
const RIVAL_RALLY = /\b(?:counter-?(?:protests?|rall(?:y|ies)|demonstrations?|marches)|rival\s+(?:rall(?:y|ies)|demonstrations?|protests?|marches)|pro-(?:government|regime|junta|presidential|president)\s+(?:[\w-]+\s+)?(?:rall(?:y|ies)|demonstrations?|protests?|marches|march|supporters|crowds?)|(?:rall(?:y|ies)|demonstrations?|marches)\s+(?:in\s+support\s+of|supporting)\s+(?:him|her|the\s+(?:government|president|regime|junta))\b)/i;
function protestRival(text: string, at: number, words: string): boolean {
  return RIVAL_RALLY.test(text.slice(Math.max(0, at - 30), at + words.length + 40));
}

/**
 * A meeting told again by its noun with a definite word before it, nothing marking it as another ("The meeting was attended by
 * X and Y", "The meeting took place a day after …", "The discussions between the two ministers focused on …", "During the talks,
 * …"): the noun refers back to the meeting told last before it, whoever its sentence names (those it names were there too).
 * Not a meeting told as another one ("a second meeting", "the next talks", "their previous meeting", "this year's summit"),
 * one told with a meeting verb of its own, nor one on another day or at another place than the one it would join.
 */
const DEFINITE_MEETING_NOUN = /^(?:meeting|talks|discussions?|consultations|conversation|session|encounter)\b/i;
const REFERS_BACK = /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]heir)\s+(?:(?!(?:next|upcoming|coming|forthcoming|previous|last|first|second|third|final|earlier|later|new|planned|proposed|future|another|other|recent|year['’]s|week['’]s|month['’]s)\b)\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;
function meetingReferredTo(draft: Draft, merged: Draft[]): Draft | undefined {
  if (draft.type !== 'MEETING' || draft.gathering !== undefined || draft.verbTold || draft.alsoTold || draft.at === undefined || !draft.sentences.length) return undefined;
  if (!DEFINITE_MEETING_NOUN.test(draft.trigger ?? '')) return undefined;
  const sentence = draft.sentences[0];
  if (!REFERS_BACK.test(sentence.text.slice(0, draft.at - sentence.start))) return undefined;
  const before = merged.filter((other) => other.type === 'MEETING' && other.sentences[0].index < sentence.index).pop();
  if (!before || (before.date && draft.date && !sameDay(before.date, draft.date))) return undefined;
  // ("the talks in Geneva" after a meeting in Paris, or after a call, held nowhere: a meeting placed elsewhere is another)
  if (draft.placed && draft.location && draft.location !== before.location) return undefined;
  return before;
}

/**
 * The people of a meeting told again by its noun who took part in it (`partakersOfRetoldMeeting`): "The meeting was attended
 * by X and Y" adds X and Y; "The meeting took place a day after X was killed" adds no one.
 */
function retoldMeetingPartakers(draft: Draft): Draft['participants'] {
  const taking = partakersOfRetoldMeeting(draft.sentences[0], draft.at!, draft.trigger?.length ?? 0, draft.participants.map((participant) => participant.person));
  return draft.participants.filter((participant) => taking.has(participant.person));
}

/** Several sentences about one event: each candidate and the group it joined. */
function grouped(drafts: Draft[], bodyStart: number, publishedAt: Date | null): { merged: Draft[]; groupOf: Map<Draft, Draft> } {
  const merged: Draft[] = [];
  const pastAction = pastActionOf(drafts, publishedAt);
  const groupOf = new Map<Draft, Draft>();
  // Each group's candidates as they were read, before the group gathered their people: two meetings are compared by
  // their own counterparts, not by everyone their groups took in.
  const members = new Map<Draft, Draft[]>();
  // A military action told without date, place or country ("killed in this strike", "carry out
  // annual exercises") refers back or ahead to one told with them: it merges after those are gathered.
  const anchorless = (draft: Draft) => draft.type === 'MILITARY_ACTION' && !draft.date && !draft.location && !draft.countries.length;
  for (const draft of [...drafts.filter((draft) => !anchorless(draft)), ...drafts.filter(anchorless)]) {
    const referredTo = meetingReferredTo(draft, merged);
    // (a retold meeting's sentence adds the people it names as taking part, not those it only mentions)
    if (referredTo) draft.participants = retoldMeetingPartakers(draft);
    const same = referredTo ?? merged.find(
      (other) =>
        // An undated statement quoting an announcement is the announcement (the corpus's and the seed's convention), unless
        // another named person speaks ("General X announced the overthrow …" and "President Y tweeted that all was calm" are two).
        (other.type === draft.type || (draft.type === 'STATEMENT' && !draft.date && other.type === 'ANNOUNCEMENT' && !otherSpeakers(draft, other) && !otherVoices(draft, other)) || speakersAnnouncement(draft, other) || speakersAnnouncement(other, draft)) &&
        (!other.sentences.includes(draft.sentences[0]) || sentenceJoinedByOtherWords(other, draft) || oneActionInSentence(other, draft) || oneHappeningInSentence(other, draft) || speakersAnnouncement(draft, other) || speakersAnnouncement(other, draft)) &&
        // (a declaration of martial law is one in a document, whatever days its mentions carry: ONE_DECLARATION; a vote at one place
        // told with days within a year is one vote: `oneVote`)
        (!other.date || !draft.date || sameDay(other.date, draft.date) || toldLater(other.date, draft.date) || ONE_DECLARATION.has(draft.type) || oneVote(other, draft)) &&
        // "Fiji's military chief has ousted the prime minister … Fiji's last coup in 2000": a war, strike or coup (and a vote or a
        // protest: `RECALLED_BY_YEAR`) told with an earlier year in its own sentence is a past one: it does not join the story's
        // told before it without a day (an undated mention told after a dated past one still refers back to it: "the 2012 coup …
        // officers who took part in the coup").
        !(other.date === null && pastAction(draft)) &&
        // "Hours later, Hezbollah attacked Israel": a happening told as after another of its type is another.
        (draft.countedFrom === undefined || !other.sentences.some((sentence) => sentence.index === draft.countedFrom)) &&
        // (a headline's happening told again in the body may be told in other words: `headlineToldAgain`)
        (headlineToldAgain(other, draft, bodyStart) ||
          // References without date or place ("aggression", "provocations") are one event only when told by the same words.
          ((!UNANCHORED_APART.has(draft.type) || other.date || other.location || draft.date || draft.location || sameWords(other, draft)) &&
            // An undated military action told as another kind of action is another action ("operations against ISIS" after "the strike", "the resort to violence" before "attacks").
            // One told without any country ("killed in this strike", "carry out annual exercises") is a reference back.
            (draft.type !== 'MILITARY_ACTION' || (other.date !== null && draft.date !== null) || actionKind(other.trigger) === actionKind(draft.trigger) || (!draft.countries.length && !draft.location && !(other.location && kindsApart(other.trigger, draft.trigger))) || warAround(other, draft)) &&
            // OTHER gathers unlike happenings (an accord, a ceasefire): one only when told by the same words or at the same day and place.
            // ("signed an MOU" in another sentence is another accord: an indefinite article brings in a new one)
            // (a year or month in common is no day: "a deal signed in 2022" and "since taking office in 2022" are two)
            (draft.type !== 'OTHER' || (sameWords(other, draft) && !NEW_ACCORD.test(draft.trigger ?? '') && !otherPeople(draft, other)) || (other.date?.precision === 'DAY' && draft.date?.precision === 'DAY' && other.location === draft.location) || oneHappeningInSentence(other, draft) || retoldWithoutDay(other, draft)))) &&
        // Statements differ by where they were made even undated (Washington welcoming Abuja's call), but a speaker's later words
        // placed by no place written are where their words before were given (`laterWordsUnplaced`).
        ((!draft.date && draft.type !== 'STATEMENT' && !(UNDATED_APART_BY_PLACE.has(draft.type) && draft.placed && other.placed)) || !other.location || !draft.location || other.location === draft.location || laterWordsUnplaced(draft, other)) &&
        // Strikes on two cities of one country are two strikes, dated or not.
        (!CITY_APART.has(draft.type) || !draft.placed || !other.placed || !draft.location || !other.location || samePlace(draft.type, { code: other.location, city: other.city ?? null }, { code: draft.location, city: draft.city ?? null })) &&
        // A protest called for or pledged and the protests held are two, unless both name their days ("Protests over the vote
        // turned deadly … the opposition called for a nationwide shutdown starting Friday").
        (draft.type !== 'PROTEST' || !draft.planned === !other.planned || (draft.date !== null && other.date !== null)) &&
        // A rival rally for the government and the protest against it are two, on one day in one city too.
        (draft.type !== 'PROTEST' || !draft.rival === !other.rival) &&
        // A revolution known by its name is its own happening, recalled beside the crowds the story tells ("the biggest rally in
        // Kiev since the Orange Revolution"): it joins only its name told again.
        (draft.type !== 'PROTEST' || revolutionNamed(draft) === revolutionNamed(other)) &&
        // Words on air told as another occasion are another announcement (`ANOTHER_OCCASION`).
        (draft.type !== 'ANNOUNCEMENT' || !draft.anotherOccasion || other.type !== 'ANNOUNCEMENT') &&
        // The traveller's last visit to a country and the one the story tells are two ("Erdoğan's last visit to Egypt dates back to 2012").
        (draft.type !== 'DIPLOMATIC_VISIT' || !draft.earlier === !other.earlier) &&
        // A group a state sends and a leader's own visit to the same place are two ("Suga visited Indonesia in late October …
        // Senior officials of the navy had visited Indonesia in late September").
        (draft.type !== 'DIPLOMATIC_VISIT' || !draft.sentGroup === !other.sentGroup) &&
        // A strike on a hospital and a strike on a depot are two strikes, dated or not.
        (draft.type !== 'MILITARY_ACTION' || !draft.target || !other.target || draft.target === other.target) &&
        // "The Houthis fired six missiles …", "USS Laboon shot down the third": actions two sides made are two, dated or not.
        (draft.type !== 'MILITARY_ACTION' || !draft.actor || !other.actor || draft.actor === other.actor) &&
        // Words two officials are reported to have said are two statements ("X said in a statement …", "Y tweeted …"); a
        // speaker's words are one statement a day, whoever else they name.
        (draft.type !== 'STATEMENT' || !(draft.reported || other.reported) || sameSpeakers(draft, other)) &&
        // One speaker's words on two occasions of a day are two statements ("told NBC News on Friday", "wrote in a post Friday").
        (draft.type !== 'STATEMENT' || !draft.occasion || !other.occasion || draft.occasion === other.occasion) &&
        // An impeachment of one person is not another person's; martial law is one declaration whoever its sentences name.
        (draft.type !== 'IMPEACHMENT' || !draft.participants.length || !other.participants.length || draft.participants[0].person === other.participants[0].person) &&
        // A named gathering is one with the same gathering only ("the six-party talks" is no call between two leaders).
        (other.gathering === draft.gathering || summitTold(draft, other)) &&
        other.counterpart === draft.counterpart &&
        // "a call with the President of Uzbekistan", "a call with the Prime Minister of Malaysia": two counterparts' countries, two meetings.
        !otherCountriesMet(draft, other) &&
        (other.type !== 'MEETING' || other.gathering !== undefined || !draft.participants.length || !other.participants.length || draft.participants.some((participant) => other.participants.some((known) => known.person === participant.person))) &&
        (other.type !== 'MEETING' || !(members.get(other) ?? [other]).some((member) => otherCounterparts(draft, member))) &&
        // Two people's visits to one country are two visits ("Gallagher's visit to Taiwan" and Pelosi's in 2022).
        (other.type !== 'DIPLOMATIC_VISIT' || !draft.participants.length || !other.participants.length || draft.participants.some((participant) => other.participants.some((known) => known.person === participant.person))) &&
        (other.type !== 'MEETING' || !bilateralBesideMultilateral(draft, other)) &&
        (other.type !== 'MEETING' || !callBesideSitting(draft, members.get(other) ?? [other])),
    );
    groupOf.set(draft, same ?? draft);
    if (draft.type === 'MEETING') (members.get(same ?? draft) ?? members.set(same ?? draft, []).get(same ?? draft)!).push({ ...draft, participants: [...draft.participants] });
    if (!same) {
      merged.push(draft);
      continue;
    }
    if (same.type === 'STATEMENT' && draft.type === 'ANNOUNCEMENT') {
      // (the speaker's words told before their announcement are the announcement's: the group becomes it, with the words' sentences)
      const sentences = [...same.sentences, ...draft.sentences.filter((sentence) => !same.sentences.includes(sentence))];
      Object.assign(same, { ...draft, sentences, participants: [...draft.participants] });
      continue;
    }
    if (same.type !== draft.type) {
      // The quoted statement adds its sentences to the announcement, not its inferred actors.
      same.sentences.push(...draft.sentences.filter((sentence) => !same.sentences.includes(sentence)));
      continue;
    }
    same.date = better(same.date, draft.date);
    same.endDate = better(same.endDate, draft.endDate);
    same.location ??= draft.location;
    same.city ??= draft.city;
    same.target ??= draft.target;
    same.occasion ??= draft.occasion;
    // (a meeting whose other side one of its sentences names by office keeps that side)
    if (draft.officeMet) same.officeMet = true;
    // (the declaration's subject is the one named with it first, not the officers its later mentions name)
    if (!ONE_DECLARATION.has(same.type) || !same.participants.length) for (const participant of draft.participants) addParticipant(same, participant.person, participant.role);
    for (const role of draft.countries) if (!same.countries.some((known) => known.country === role.country)) same.countries.push(role);
    same.sentences.push(...draft.sentences.filter((sentence) => !same.sentences.includes(sentence)));
  }
  return { merged, groupOf };
}

/** A people's revolution named by its trigger words ("the orange revolution", "the people power revolt"), or null. */
const REVOLUTION_NAMED = new RegExp(String.raw`\b(?:(?:${NAMED_POPULAR_REVOLUTIONS.join('|')})\s+revolution|revolution\s+of\s+dignity|people\s+power\s+(?:revolution|revolt|uprising))\b`, 'i');
function revolutionNamed(draft: Draft): string | null {
  return REVOLUTION_NAMED.exec(draft.trigger ?? '')?.[0].toLowerCase() ?? null;
}

/**
 * Types whose happening told with an earlier year is a past one the story recalls: wars and coups ("the 2012 coup"), votes
 * ("Guinea's first democratic election in 2010") and crowds ("the 2004 Orange Revolution protests").
 */
const RECALLED_BY_YEAR = new Set<EventType>(['MILITARY_ACTION', 'ELECTION', 'PROTEST']);

/**
 * Whether a military action, vote or protest is told with a year written before the story's own: the publication's, or without
 * one the latest year the text's happenings are told with (a war or coup the story recalls, "the 2012 coup", "the US embassy
 * attack in 2008", "the 2019 protests").
 */
function pastActionOf(drafts: Draft[], publishedAt: Date | null): (draft: Draft) => boolean {
  const years = drafts.flatMap((draft) => (draft.date ? [draft.date.date.getUTCFullYear()] : []));
  const storyYear = publishedAt?.getUTCFullYear() ?? (years.length ? Math.max(...years) : null);
  // (a year written in its own sentence: a date line heading the text or a day carried from the sentence before is the story's)
  const ownYear = (draft: Draft) => draft.date !== null && !draft.date.yearGuessed && /\b(?:1[89]|20)\d\d\b/.test(draft.date.text) && draft.sentences.some((sentence) => draft.date!.start >= sentence.start && draft.date!.end <= sentence.end);
  return (draft) => RECALLED_BY_YEAR.has(draft.type) && storyYear !== null && ownYear(draft) && draft.date!.date.getUTCFullYear() < storyYear;
}

/** The events, with a diplomatic trip (when the text tells one) taking in the meetings and visits at its stops. */
function withTrip(context: EventsContext, merged: Draft[]): Draft[] {
  const summits = merged.filter((draft) => draft.type === 'SUMMIT');
  const trip = findTrip(context, summits);
  let events = merged.filter((draft) => draft.type !== 'SUMMIT' || summits.includes(draft));
  if (trip) {
    // Meetings and visits at a stop are the stop itself; the trip's announcement stays an event.
    // Meetings told in the trip's sentences are its stops, unless written as elsewhere and at
    // another time ("He met Erdogan in Berlin in October last year").
    const stops = trip.children.length ? trip.children : [trip];
    const tripDays = stops.flatMap((stop) => [stop.date, stop.endDate]).concat(trip.date, trip.endDate).filter((date): date is FoundDate => date !== null);
    // An undated one placed in a country the trip does not stop in is elsewhere too ("will attend the summit in South Africa" when
    // the itinerary read only a later stop), unless placed in the traveller's own country: a name's modifier ("the U.S.-Poland Dialogue").
    const home = trip.participants[0]?.person.country ?? null;
    const elsewhere = (draft: Draft) =>
      draft.placed === true &&
      !stops.some((stop) => stop.location === draft.location) &&
      (draft.date === null ? draft.location !== home : !tripDays.some((day) => isoDay(day.date)!.slice(0, 7) === isoDay(draft.date!.date)!.slice(0, 7)));
    const told = (draft: Draft) => draft.sentences.some((sentence) => trip.sentences.includes(sentence) || stops.some((stop) => stop.sentences.includes(sentence)));
    const oneStopSummit = (draft: Draft) => draft.type === 'SUMMIT' && !trip.children.length && trip.type === 'DIPLOMATIC_VISIT' && draft.location === trip.location;
    events = events.filter((draft) => !(['MEETING', 'SUMMIT'].includes(draft.type) && told(draft) && !elsewhere(draft) && !oneStopSummit(draft)));
    // The traveller's meeting told without a place of its own ("Rubio is scheduled to meet …" after "The final stop in Abu Dhabi") is at a stop.
    const traveller = trip.participants[0]?.person;
    const unplacedOwn = events.filter((draft) => draft.type === 'MEETING' && !draft.placed && traveller && draft.participants.some((participant) => participant.person === traveller));
    events = events.filter((draft) => !unplacedOwn.includes(draft));
    // A visit told in the trip's sentences or at one of its stops is that stop.
    // (another traveller's visit to a stop's country is another visit: "Gallagher's visit to Taiwan" beside Pelosi's of 2022)
    const othersVisit = (draft: Draft) => traveller !== undefined && draft.participants.length > 0 && !draft.participants.some(({ person }) => person === traveller);
    // (a group a state sends is no traveller's stop: "Senior officials of the navy had visited Indonesia" beside the leader's trip there)
    events = events.filter((draft) => !(draft.type === 'DIPLOMATIC_VISIT' && !othersVisit(draft) && !draft.earlier && !draft.sentGroup && (told(draft) || stops.some((stop) => stop.location === draft.location))));
    // (a meeting its sentence places elsewhere and at another time is that meeting, not one at a stop: "He met Erdogan in Berlin in October last year")
    const elsewhereTold = new Set(events.filter((draft) => draft.type === 'MEETING' && elsewhere(draft)).flatMap((draft) => draft.sentences));
    const meetings = stopMeetings(trip, context).filter((meeting) => !meeting.sentences.some((sentence) => elsewhereTold.has(sentence)));
    if (meetings.length) {
      const meetingSentences = new Set(meetings.flatMap((meeting) => meeting.sentences));
      events = events.filter((draft) => !(draft.type === 'MEETING' && draft.sentences.some((sentence) => meetingSentences.has(sentence))));
      // A stop told through its meetings is those meetings; a stop without one stays a visit.
      const met = new Set(meetings.map((meeting) => meeting.location));
      // A one-stop visit stays beside its meetings (the visit and the talks held on it are two happenings).
      if (trip.children.length) trip.children = [...trip.children.filter((stop) => stop.type === 'SUMMIT' || !met.has(stop.location)), ...meetings];
      else events.push(...meetings);
    }
    // On a one-stop visit the traveller's meeting told without a place is held at that stop, when no stop meeting tells it already.
    if (!trip.children.length && trip.location) {
      const stopTold = new Set(meetings.flatMap((meeting) => meeting.sentences));
      for (const draft of unplacedOwn) {
        if (draft.sentences.some((sentence) => stopTold.has(sentence))) continue;
        draft.location = trip.location;
        draft.city ??= trip.city ?? null;
        events.push(draft);
      }
      // In a one-stop visit's story a meeting told without a place where a host of the visited country takes part is held
      // there ("President Prabowo also met the business delegation").
      for (const draft of events) {
        if (draft.type === 'MEETING' && !draft.location && !draft.call && draft.participants.some(({ person }) => person.country === trip.location)) {
          draft.location = trip.location;
          draft.city ??= trip.city ?? null;
        }
      }
    }
    // On a trip whose later legs are only named ("… before heading to Malaysia"), the traveller's meeting told without a place
    // is held at the one stop the trip tells, else at the stop of its day.
    if (trip.children.length) {
      const stopTold = new Set(meetings.flatMap((meeting) => meeting.sentences));
      const visited = trip.children.filter((stop) => stop.location && (stop.type === 'DIPLOMATIC_VISIT' || stop.type === 'SUMMIT'));
      for (const draft of unplacedOwn) {
        if (draft.call || draft.sentences.some((sentence) => stopTold.has(sentence))) continue;
        const stop = visited.length === 1 ? visited[0] : stopOfDay(visited, trip, draft.date);
        if (!stop) continue;
        draft.location = stop.location;
        draft.city ??= stop.city ?? null;
        events.push(draft);
      }
    }
    events.unshift(trip);
    // A happening at a stop told without a day of its own ("In Colombo, he will … He will also join the celebration of …") is on the stop's day.
    for (const draft of events) {
      if (!draft.headPlaced || draft.date) continue;
      draft.date = stops.find((stop) => stop.location === draft.location && stop.date)?.date ?? null;
    }
    for (const draft of events) {
      if (draft.type === 'ANNOUNCEMENT' && trip.participants.length && draft.sentences.some((sentence) => trip.sentences.includes(sentence))) {
        addParticipant(draft, trip.participants[0].person, 'SUBJECT');
        draft.participants = draft.participants.filter((participant) => participant.role !== 'SUBJECT' || participant.person === trip.participants[0].person);
      }
    }
  } else {
    events = events.filter((draft) => draft.type !== 'ANNOUNCEMENT' || draft.trigger === FIRST_PERSON_TRIGGER || draft.trigger === ORGAN_ANNOUNCEMENT || ANNOUNCEMENT_WORDINGS.test(draft.trigger ?? '') || draft.rule?.results || draft.rule?.pattern === ANNOUNCED_ON || draft.rule?.pattern === BROADCAST_WORDINGS || draft.participants.some((participant) => participant.role === 'SPEAKER'));
  }
  return withoutToursToldAgain(events);
}

/**
 * A journey through a region told beside the traveller's trip or visits read from its countries ("embarks on five-nation Africa
 * tour … will visit South Africa, Zimbabwe …", "completed the final stop of his Indo-Pacific trip … while visiting Korea") is
 * that journey told again: it stays only as the traveller's one journey told, or as one of another time ("made his first
 * African tour in October 2022" beside the tour the story tells).
 */
function withoutToursToldAgain(events: Draft[]): Draft[] {
  const journeys = events.filter((draft) => draft.type === 'DIPLOMATIC_VISIT' || draft.type === 'DIPLOMATIC_TRIP');
  const toldAgain = (tour: Draft) =>
    journeys.some(
      (other) =>
        other !== tour &&
        other.rule?.pattern !== REGIONAL_TOUR &&
        other.participants.some(({ person }) => tour.participants.some((participant) => participant.person === person)) &&
        (!tour.date || (other.date !== null && isoDay(other.date.date)!.slice(0, 7) === isoDay(tour.date.date)!.slice(0, 7))),
    );
  return events.filter((draft) => draft.rule?.pattern !== REGIONAL_TOUR || !toldAgain(draft));
}

/**
 * The people whose words the lead reports with the day they were said ("The first system should arrive in late 2025, said Defence
 * Minister X on Wednesday", "Foreign Minister X said on Monday that …"): each speaker read as `speakerOf` reads one, with a day
 * `saidOn` the verb (measured from the name when it follows the verb).
 */
function leadSaidDays(lead: Sentence, context: EventsContext, text: string): Map<FoundPerson, FoundDate> {
  const days = new Map<FoundPerson, FoundDate>();
  const persons = peopleIn(context.people, lead);
  const dates = persons.length ? eventDates(lead, context).filter((found) => found.precision === 'DAY') : [];
  if (!dates.length) return days;
  const unquoted = lead.text.replace(/["“][^"”]*["”]/g, (quote) => ' '.repeat(quote.length));
  for (const verb of [...matchesOf(SAYING, unquoted), ...matchesOf(REPORTING, unquoted)]) {
    const verbAt = lead.start + verb.index;
    const verbEnd = verbAt + verb[0].length;
    // (a speaker named after a verb closing a clause of the words, as after a quote: "… in late 2025, said Defence Minister X")
    const person =
      speakerOf(persons, lead, verbAt, verbEnd, text, unquoted) ??
      (/,\s{0,2}$/.test(text.slice(Math.max(lead.start, verbAt - 3), verbAt)) ? persons.find((each) => mentionsIn(each, lead).some((mention) => mention.start >= verbEnd && TITLE_BEFORE_NAME.test(text.slice(verbEnd, mention.start)))) : undefined);
    if (!person || days.has(person)) continue;
    const before = mentionsIn(person, lead).filter((mention) => mention.end <= verbAt).pop();
    const after = before ? undefined : mentionsIn(person, lead).find((mention) => mention.start >= verbEnd);
    const day = dates.find((found) => saidOn(found, lead, before?.start ?? verbAt, after ? after.end : verbEnd, text));
    if (day) days.set(person, day);
  }
  return days;
}

/** A speech or an address as a thing given ("in a televised address", "a resignation speech", "his remarks"), not an issue addressed. */
const SPEECH_GIVEN = /\b(?:an?|the|his|her|their|televised|television|radio|video|national)\s+(?:[\p{L}-]+\s+)?(?:speech|address|remarks)\b/u;
/** How far below the lead a speech may tell the lead's news (the lead, a quote or two, the speech). */
const LEAD_SPEECH_SENTENCES = 5;

/**
 * The undated statements that are the speech of the one person a lead names: told within a few sentences below it, in a sentence
 * naming that person and a speech given, and spoken by no one else.
 */
function leadNewsSpeeches(events: Draft[], lead: Sentence, people: FoundPerson[]): Draft[] {
  const named = peopleIn(people, lead);
  if (named.length !== 1) return [];
  const [person] = named;
  const speechBy = (sentence: Sentence) =>
    sentence.index > lead.index && sentence.index <= lead.index + LEAD_SPEECH_SENTENCES && SPEECH_GIVEN.test(sentence.text) && mentionsIn(person, sentence).length > 0;
  return events.filter(
    (draft) =>
      !draft.date &&
      TELLING_TYPES.has(draft.type) &&
      draft.participants.every(({ person: other, role }) => role !== 'SPEAKER' || other === person) &&
      draft.sentences.some(speechBy),
  );
}

/** A body named by what it is, as the lead's wire copy names its source ("the Italian state-controlled shipbuilder", "Seoul's arms procurement agency", "The manufacturer of …"). */
const BODY_NOUN = String.raw`(?:company|firm|group|maker|manufacturer|shipbuilder|contractor|consortium|agency|ministry|military|army|navy|government|administration|department|office|commission|council)`;
/** The lead's body and its verb of saying with the day right after it: "…, the Italian shipbuilder said on Thursday.", "The manufacturer of Germany's tanks reported on Thursday that …". */
const LEAD_BODY_SAID = new RegExp(String.raw`(?:^|,\s+)(?:the|a|an|The|A|An|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}-]+\s+){0,4}?${BODY_NOUN}(?:\s+of(?:\s+[\p{L}’'-]+){1,4}?)?\s+(?:said|says|announced|reported|stated|confirmed)\s+(?=(?:on\s+|late\s+|early\s+|earlier\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b)`, 'u');

/** The day of saying of a body the lead reports by what it is (`LEAD_BODY_SAID`), or null: the lead is the body's first sentence of words (not a dateline's or a date's line). */
function leadBodyDay(first: Sentence, context: EventsContext): { day: FoundDate; lead: number } | null {
  const lead = context.document.sentences.find((sentence) => sentence.index >= first.index && (sentence.text.match(/\b\p{Ll}+\b/gu)?.length ?? 0) >= 5);
  if (!lead) return null;
  const said = LEAD_BODY_SAID.exec(lead.text.replace(/["“][^"”]*["”]/g, (quote) => ' '.repeat(quote.length)));
  if (!said) return null;
  const verbEnd = lead.start + said.index + said[0].length;
  const day = eventDates(lead, context).find((found) => found.precision === 'DAY' && found.start >= verbEnd && found.start <= verbEnd + 12);
  return day ? { day, lead: lead.start } : null;
}

/** Words given in the act of an announcement, a signing or a launch: "while announcing the sanctions", "Announcing the new sanctions, …"; the act's stem and its object noun. */
const SAID_IN_ACT = /(?:\b(?:while|when|in)\s+|^\s*)(announc|unveil|sign|launch)ing\s+(?:the|a|an|its|his|her|their)\s+(?:(?:new|latest|fresh|additional|further)\s+)?([\p{L}-]{3,})/iu;

/** The events dated, placed and kept: the lead's day for its undated gatherings, the summit a meeting is, background dropped … */
function settled(scan: TextScan, found: Draft[]): Draft[] {
  const { text, context, storyCountry } = scan;
  const { document, countries, people, datelineCountry } = context;
  const { sentences } = document;
  let events = found;
  // An undated gathering at the place of the lead's dated news is that news ("…at Camp David on Friday").
  const lead = sentences.find((sentence) => sentence.start >= document.bodyStart);
  if (lead) {
    const leadDate = eventDates(lead, context).find((found) => found.precision === 'DAY');
    const leadPlaces = new Set(countries.filter((mention) => mention.start >= lead.start && mention.end <= lead.end && mention.kind !== 'demonym').map((mention) => mention.code));
    if (datelineCountry) leadPlaces.add(datelineCountry);
    // "X held a series of bilateral meetings on Wednesday … X also met Y": the lead dates the meetings of the people it names
    // that the text tells without a day or a place of their own.
    const leadPeople = LEAD_MEETINGS.test(lead.text) ? peopleIn(people, lead) : [];
    const leadsMeeting = (draft: Draft) => draft.type === 'MEETING' && !draft.placed && !draft.location && draft.participants.some(({ person }) => leadPeople.includes(person));
    for (const draft of events) {
      if (draft.date || !leadDate || !['SUMMIT', 'MEETING', 'FUNERAL', 'PROTEST'].includes(draft.type)) continue;
      if ((draft.location && leadPlaces.has(draft.location)) || leadsMeeting(draft)) draft.date = leadDate;
    }
    // "…, said Defence Minister X on Wednesday, adding …" then "The minister said …": words the lead reports with their day, the
    // body goes on reporting. A statement of that speaker told below without a day of its own, on no other occasion, is those
    // words, said that day, which the text works out (the corpus guide dates a statement "only when the exact day can be worked
    // out"). Another speaker's words, or words the lead does not report, take no day from the lead.
    const saidDays = leadSaidDays(lead, context, text);
    const leadOccasion = occasionOf(lead.text.replace(/["“][^"”]*["”]/g, (quote) => ' '.repeat(quote.length)));
    for (const draft of events) {
      if (draft.date || draft.type !== 'STATEMENT' || draft.sentences.includes(lead) || (draft.occasion && leadOccasion && draft.occasion !== leadOccasion)) continue;
      const speakers = draft.participants.filter(({ role }) => role === 'SPEAKER').map(({ person }) => person);
      if (speakers.length === 1 && saidDays.has(speakers[0])) draft.date = saidDays.get(speakers[0])!;
    }
    // "Bolivian President X resigned on Sunday …" then "“I resign my post,” X said in a televised address": a lead telling one
    // person's news on a day, and that person's speech told a few sentences below with no day of its own, tell how the news was
    // made: the speech was given that day (`leadNewsSpeeches`).
    if (leadDate) for (const draft of leadNewsSpeeches(events, lead, people)) draft.date = leadDate;
    // "Fincantieri has signed a deal …, the Italian shipbuilder said on Thursday." then "…, the company said in a statement.": a
    // body the lead reports by what it is (a company, an agency, a ministry) with its day of saying goes on speaking below, and
    // its words told there without a day or a person speaking are those of that day. A person's words take no day from it.
    const bodyDay = leadBodyDay(lead, context);
    for (const draft of events) {
      if (!bodyDay || saidDays.size) break;
      if (draft.date || draft.type !== 'STATEMENT' || draft.sentences.some((sentence) => sentence.start === bodyDay.lead) || draft.participants.some(({ role }) => role === 'SPEAKER')) continue;
      if (draft.occasion && leadOccasion && draft.occasion !== leadOccasion) continue;
      draft.date = bodyDay.day;
    }
  }
  // "X told reporters while announcing the sanctions." / "Announcing the new sanctions, X said …": words given in the act of an
  // announcement, signing or launch are of that act's day, when the text tells the act itself ("X announced the sanctions on
  // Monday") with one day and the speaker named there. Only the text's own words date them, never the report's day.
  for (const draft of events) {
    if (draft.date || draft.type !== 'STATEMENT') continue;
    const speakers = draft.participants.filter(({ role }) => role === 'SPEAKER').map(({ person }) => person);
    if (speakers.length !== 1) continue;
    const act = draft.sentences.map((sentence) => SAID_IN_ACT.exec(sentence.text)).find(Boolean);
    if (!act) continue;
    const told = new RegExp(`\\b${act[1]}ed\\s+(?:the|a|an|its|his|her|their)\\s+(?:(?:new|latest|fresh|additional|further)\\s+)?${act[2]}\\b`, 'iu');
    const days = new Map<string, FoundDate>();
    for (const sentence of document.sentences) {
      if (draft.sentences.includes(sentence) || !told.test(sentence.text) || !speakers[0].mentions.some((mention) => mention.sentence === sentence)) continue;
      for (const found of eventDates(sentence, context)) if (found.precision === 'DAY') days.set(found.date.toISOString().slice(0, 10), found);
    }
    if (days.size === 1) draft.date = [...days.values()][0];
  }
  // A meeting on a summit's day at its place is that summit ("hosted Kishida and Yoon at Camp David on Friday").
  events = events.filter(
    (draft) =>
      !(
        draft.type === 'MEETING' &&
        draft.date &&
        !draft.sentences.some((sentence) => SIDELINES.test(sentence.text)) &&
        events.some((summit) => summit.type === 'SUMMIT' && summit.location === draft.location && summit.date && sameDay(summit.date, draft.date!))
      ),
  );
  // A meeting no sentence of which places itself is where its sentences put its people ("went into a closed-door meeting
  // with Shevardnadze after arriving in Moscow", "due to meet Renzi later on Sunday before leaving Rome"); a call is in neither place.
  for (const draft of events) {
    if (!['MEETING', 'SUMMIT'].includes(draft.type) || draft.location || CALL.test(draft.trigger ?? '') || CALL.test(draft.sentences[0].text)) continue;
    const there = presencePlace(draft.sentences, countries, text);
    if (there) {
      draft.location = there.code;
      draft.city = there.city;
    }
  }
  // Background without a date or a place says too little to be an event of its own.
  // A meeting with a named side is news without either, as the corpus guide annotates meetings planned and referenced: a
  // readout dated only in its header ("Rubio spoke with Jaishankar"), a meeting told as a noun ("after talks with Chancellor
  // Kohl", "the UN chief's meeting with President Abbas") or with one named side ("Kang met senior Polish defence officials").
  // (two states named as the sides of talks told as a noun are named sides too: "the talks between Russia and Turkey")
  const namedMeeting = (draft: Draft) => draft.type === 'MEETING' && (draft.participants.length > 0 || draft.officeMet === true || draft.rule?.pattern === STATE_TALKS);
  // A statement told as one ("said in a statement", "the statement released by the White House") is news undated too, as the corpus
  // guide annotates it; so are words posted ("X tweeted that …", "rejected the results in a tweet"), given on an occasion of their own.
  const toldStatement = (draft: Draft) => draft.type === 'STATEMENT' && (draft.reported === true || draft.toPress === true || /\b(?:statements?|tweet(?:ed|s)?)\b/i.test(draft.trigger ?? ''));
  const protestsNamed = (draft: Draft) => draft.type === 'PROTEST' && PROTESTS_NAMED.test(draft.trigger ?? '');
  // (so are words made known on air, "made the announcement in a televised speech": a broadcast is an occasion of its own)
  const broadcast = (draft: Draft) => draft.rule?.pattern === BROADCAST_WORDINGS;
  events = events.filter((draft) => draft.date || draft.location || draft.type === 'DIPLOMATIC_TRIP' || KEEP_UNPLACED.has(draft.type) || protestsNamed(draft) || draft.gathering || namedMeeting(draft) || toldStatement(draft) || broadcast(draft));
  // An undated meeting with one named side is no meeting of its own when its sentence names a gathering (the gathering is the
  // happening: "thanked Japan for hosting the Tokyo Conference"), when that side takes part in another meeting of the text
  // with more people named (that meeting told again: a headline's "X's Trilateral Meeting with …" above "On Saturday, X met …"),
  // or when it is told by a noun alone beside a meeting with two named sides ("a spokesperson described the meeting as productive").
  const toldAgain = (draft: Draft) =>
    events.some(
      (other) =>
        other !== draft &&
        other.type === 'MEETING' &&
        ((other.gathering !== undefined && other.sentences.some((sentence) => draft.sentences.includes(sentence))) ||
          (other.participants.length > 1 &&
            (other.participants.some(({ person }) => person.name === draft.participants[0].person.name) || (!draft.verbTold && !MEETING_VERB.test(draft.trigger ?? ''))))),
    );
  events = events.filter(
    (draft) => !(draft.type === 'MEETING' && !draft.date && !draft.gathering && (draft.participants.length === 0 ? !draft.counterpart && !draft.officeMet && draft.rule?.pattern !== STATE_TALKS : draft.participants.length === 1 && toldAgain(draft))),
  );

  // A meeting placed by its noun alone is one told already when the text has another meeting or summit there on no other
  // day ("met X and Y today. The Treasury described it as a very positive, private meeting in Frankfurt", "his meetings in Angola").
  const gatherings = (drafts: Draft[]): Draft[] => drafts.flatMap((draft) => [draft, ...gatherings(draft.children)]);
  const known = gatherings(events).filter((draft) => ['MEETING', 'SUMMIT'].includes(draft.type) && draft.rule?.pattern !== PLACED_GATHERING);
  events = events.filter(
    (draft) =>
      draft.rule?.pattern !== PLACED_GATHERING ||
      !known.some((other) => other.location === draft.location && (!other.date || !draft.date || sameDay(other.date, draft.date))),
  );
  events.push(...guestVisits(events, text));
  events.push(...visitsOfMeetingGuests(events, context));
  events.push(...placelessVisits(events, context));
  events.push(...visitsBeforeFirst(events, context));
  // (read from what the text placed, all at once: a place read from context is no context for the next)
  // (a meeting with an envoy posted abroad is at the host's, not where the envoy's country is named: `envoyHostPlace`)
  const contextPlaces = events.map((draft) => {
    const envoyHost = draft.type === 'MEETING' && !draft.location ? envoyHostPlace(draft.participants) : undefined;
    // (two states' talks told as a noun are held where their sentence writes it or nowhere known: not at the story's country)
    if (draft.rule?.pattern === STATE_TALKS && !draft.placed) return draft.location;
    return draft.location ?? (envoyHost !== undefined ? envoyHost : contextPlace(draft, events, storyCountry, countries));
  });
  events.forEach((draft, index) => (draft.location = contextPlaces[index]));
  // "Putin and Kim signed the Moscow Declaration", "Reagan and Chirac signed an agreement", "visited Morocco and signed a
  // memorandum": an accord signed in a text of one visit to one country is signed at the visit's host, not in the traveller's
  // country its sentence names, unless the sentence writes another place it was signed in ("signed the agreement in Delhi").
  // (a visit the text tells after the accord, of another traveller, is another story's: "… likely to sign the deal during his
  // possible visit" before "President Rivlin visited India in November")
  // (a text of no visit but talks at one place: those talks stand for the stay, talksAtOnePlace)
  const visits = events.filter((visit) => visit.type === 'DIPLOMATIC_VISIT' && visit.location);
  const hosts = new Set(visits.map((visit) => visit.location!));
  const noTrip = !events.some((trip) => trip.type === 'DIPLOMATIC_TRIP');
  const stays = visits.length ? visits : talksAtOnePlace(events);
  const stayHosts = new Set(stays.map((stay) => stay.location!));
  if (stayHosts.size === 1 && noTrip) {
    const host = [...stayHosts][0];
    const visitors = new Set(stays.flatMap((visit) => [...visit.participants.map(({ person }) => person.country), ...visit.countries.map(({ country }) => country)]));
    // (a visit told later is the accord's when the accord's sentence names both its sides, the host and the traveller's country:
    // "a memorandum … between Korea and Egypt was signed" before "President Moon's recent visit to Egypt")
    const namesBothSides = (draft: Draft, visit: Draft) => {
      const sentence = draft.sentences[0];
      const named = new Set(countries.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end).map((mention) => mention.code));
      const travellers = visit.participants.map(({ person }) => person.country).filter((code) => code && code !== visit.location);
      return named.has(visit.location!) && travellers.some((code) => named.has(code!));
    };
    const toldWith = (draft: Draft) =>
      stays.some(
        (visit) =>
          visit.sentences[0].index <= draft.sentences[0].index ||
          visit.participants.some(({ person }) => draft.participants.some((participant) => participant.person === person)) ||
          namesBothSides(draft, visit),
      );
    for (const draft of events) {
      if (draft.type !== 'OTHER' || draft.location === host || (draft.location !== null && !visitors.has(draft.location)) || !toldWith(draft)) continue;
      const sentence = draft.sentences[0];
      if (!ACCORD_SIGNED.test(draft.trigger ?? '') && !(ACCORD_WORD.test(draft.trigger ?? '') && ACCORD_SIGNED.test(sentence.text))) continue;
      const signedElsewhere = countries.some((mention) => mention.start >= sentence.start && mention.end <= sentence.end && mention.kind !== 'demonym' && mention.code !== host && /\b(?:in|at)\s+(?:the\s+)?$/.test(text.slice(Math.max(sentence.start, mention.start - 12), mention.start)));
      if (!signedElsewhere) draft.location = host;
    }
  }
  for (const draft of events) placeWithinStay(draft, events, countries);
  placeWordsAbroad(events, visits, noTrip, context, text);
  // A meeting told without a place after the text's one visit to one country is held there ("I travelled to Canada for
  // talks in Ottawa. … I also had the opportunity to meet the Finance Minister"): the visit is where its traveller is, and a
  // report of a visit tells its meetings. Not a call, nor a meeting told before the visit or on a day outside it.
  if (visits.length === 1 && noTrip) {
    const [visit] = visits;
    for (const draft of events) {
      if (draft.type !== 'MEETING' || draft.location || draft.sentences[0].index < visit.sentences[0].index) continue;
      if (CALL.test(draft.trigger ?? '') || draft.sentences.some((sentence) => CALL.test(sentence.text))) continue;
      if (draft.date && visit.date && (draft.date.date < visit.date.date || draft.date.date.getTime() - visit.date.date.getTime() > 7 * 86_400_000)) continue;
      draft.location = visit.location;
      draft.city = visit.city;
    }
  }
  // A visit told without its day is on the day of its traveller's first dated meeting in the country visited ("Hollande became
  // the first French president to visit Cuba … He also on Monday held private talks with President Raúl Castro"): the text
  // gives the visit no other day, and the talks are held on it.
  for (const visit of events) {
    if (visit.type !== 'DIPLOMATIC_VISIT' || visit.date || !visit.location || !visit.participants.length) continue;
    const traveller = visit.participants[0].person.name;
    const days = events
      .filter((meeting) => meeting.type === 'MEETING' && meeting.location === visit.location && meeting.date?.precision === 'DAY' && meeting.participants.some(({ person }) => person.name === traveller))
      .map((meeting) => meeting.date!);
    if (days.length) visit.date = days.reduce((first, day) => (day.date < first.date ? day : first));
  }
  // "During the visit, an agreement … is expected to be signed": a happening told inside another takes its day.
  for (const draft of events) if (!draft.date && draft.type !== 'DIPLOMATIC_TRIP') draft.date = withinDay(draft, events);
  // "touched down at Dulles … and was received by the ambassador", "A bilateral agreement was signed between Sweden and
  // Afghanistan" in a report of a visit on 4 December: a welcome on arrival is on the first day of the visit to where it is
  // held, and an accord signed at the host of a visit told on one day is signed that day, when their sentences give none.
  if (hosts.size === 1 && noTrip) {
    const host = [...hosts][0];
    const visit = events
      .filter((other) => other.type === 'DIPLOMATIC_VISIT' && other.location === host && other.date?.precision === 'DAY')
      .sort((a, b) => a.sentences[0].index - b.sentences[0].index)[0];
    for (const draft of visit ? events : []) {
      if (draft.type !== 'OTHER' || draft.date || draft.location !== host || draft.sentences[0].index < visit.sentences[0].index) continue;
      const sentence = draft.sentences[0].text;
      // (not a visit of several days, "a three-day visit", nor an accord signed before it, "the recently signed agreement")
      const oneDay = visitToldOnOneDay(visit);
      const signed = (ACCORD_SIGNED.test(draft.trigger ?? '') || (ACCORD_WORD.test(draft.trigger ?? '') && ACCORD_SIGNED.test(sentence))) && !SIGNED_BEFORE.test(sentence);
      if (ARRIVAL_WELCOME.test(sentence) || (oneDay && signed)) draft.date = visit.date;
    }
  }
  // "gave the party 41 percent of Sunday's votes": a text that names its vote by its weekday tells the election's day, where
  // its telling gives none or only the day of something else in its sentence ("were shot dead Wednesday as … demanded the
  // release of election results").
  events = withoutLegsOfVisits(events);
  for (const trip of events) if (trip.type === 'DIPLOMATIC_TRIP') withoutUndatedStops(trip, countries, text);
  const voteDay = votingDay(sentences, context);
  if (voteDay) for (const draft of events) if (draft.type === 'ELECTION' && (!draft.date || (draft.date.weekday && !sameDay(draft.date, voteDay)))) draft.date = voteDay;
  datedByLead(events, context);
  datedByScene(events, context);
  datedByNarrative(events, context);
  saidAtGathering(events);
  return events;
}

/**
 * Words given at a gathering or on a trip the text told before: "told a joint press conference with Mitsotakis in Athens",
 * "in his maiden address to the 18th Saarc summit", "After the meeting Abubakar said", "speaking during a visit to Papua New
 * Guinea". The noun names the kinds of happening the occasion may be (a press conference or a ceremony: any gathering or visit).
 */
const SAID_AT_OCCASION =
  /\b(?:at|after|during|following|on\s+the\s+(?:sidelines|margins)\s+of|(?:address|speech|remarks)\s+(?:to|at|before)|told)\s+(?:the|a|an|their|his|her|this|that)\s+(?:[\w-]+\s+){0,3}?(summit|meeting|talks|conference|ceremony|session|visit|trip|tour)\b/i;
/** Words reported as what was said, which the occasion named after them belongs to: "said that", "told reporters that". */
const SAID_THAT = /\b(?:said|says|stated|added|noted|told\s+\w+)\s+that\b/i;
const OCCASION_KINDS: Record<string, EventType[]> = {
  summit: ['SUMMIT', 'MEETING'],
  meeting: ['MEETING', 'SUMMIT'],
  talks: ['MEETING', 'SUMMIT'],
  session: ['SUMMIT', 'MEETING'],
  conference: ['SUMMIT', 'MEETING', 'DIPLOMATIC_VISIT'],
  ceremony: ['SUMMIT', 'MEETING', 'DIPLOMATIC_VISIT'],
  visit: ['DIPLOMATIC_VISIT'],
  trip: ['DIPLOMATIC_VISIT'],
  tour: ['DIPLOMATIC_VISIT'],
};

/**
 * A statement one of its sentences (outside the quoted words) says was made at a gathering or on a visit (`SAID_AT_OCCASION`) is made
 * where that happening is, the last of its kinds told up to its sentence with a place (not a call, held nowhere): a leader
 * speaking at a summit abroad speaks there, not at home. Its day is left alone: the written-here gold dates words only by a day
 * written with them ("After the talks, the two leaders made statements for the press" stays undated), though the real
 * documents' gold gives them the gathering's day (session 48: dating them too found 2 more there, in s38, s40 and s43).
 */
function saidAtGathering(events: Draft[]): void {
  for (const statement of events) {
    if (statement.type !== 'STATEMENT' || statement.joint) continue;
    // (the first of its sentences that names the occasion: "Macron condemned the coup today … Macron, speaking during a visit to …")
    // (an occasion inside the reported words is theirs: "He said that during his visit, the countries will sign …")
    const told = statement.sentences
      .map((sentence) => {
        const unquoted = sentence.text.replace(/["“][^"”]*["”]/g, (quote) => ' '.repeat(quote.length));
        const said = SAID_AT_OCCASION.exec(unquoted);
        return { sentence, said: said && !SAID_THAT.test(unquoted.slice(0, said.index)) ? said : null };
      })
      .find(({ said }) => said);
    if (!told) continue;
    const first = told.sentence;
    const kinds = OCCASION_KINDS[told.said![1].toLowerCase()];
    const occasion = events
      .filter((other) => other !== statement && kinds.includes(other.type) && other.location && !other.call && other.sentences[0].index <= first.index)
      // (not one its text recalls from before: "the first SCO summit held after … the Astana Summit in June last year")
      .filter((other) => !EARLIER_TOLD.test(other.sentences[0].text))
      .sort((a, b) => a.sentences[0].index - b.sentences[0].index)
      .pop();
    if (!occasion) continue;
    statement.location = occasion.location;
  }
}

/** How far a traveller's dated words may be from the day of a stay told with one and still be said on it. */
const STAY_DAYS = 7;

/**
 * A traveller's words told without a place of their own are said where the traveller is, not at home ("Vance told the crowd to
 * go to the polls" in a story of his trip to Budapest is said in Hungary; "“Today my first official visit to an African country
 * begins in Angola,” Lula said" on his tour of Angola and São Tomé): a visit, or a stop of a trip, is where its traveller is.
 * The stays of the speaker are the visits the text tells the speaker on (not one of another time, "his previous visit") and the
 * stops of the speaker's trip; another traveller's trip or visit places nothing. Words with a day go to a stay of that day (within
 * `STAY_DAYS`), the last stop reached by it first; words without one to the one place the speaker stays at, else to the stay the
 * text named last before them (a report follows its traveller: "arrived in Angola … “Today …,” Lula said"). Words placed by
 * their own phrase ("said in Tokyo", an audience) or not at the speaker's home keep their place.
 * A text of no visit but one summit abroad ("X arrived in Beijing for the first summit in 30 years … In an arrival statement,
 * X said") places its foreign attendees' words there the same way: the summit is where they came to.
 * (not a summit still to come, "at the summit in Ottawa next month", nor words told before the summit is)
 */
function placeWordsAbroad(events: Draft[], visits: Draft[], noTrip: boolean, context: EventsContext, text: string): void {
  const { publishedAt, countries } = context;
  const { sentences } = context.document;
  const summits = events.filter((summit) => summit.type === 'SUMMIT' && summit.location && !(summit.date && publishedAt && summit.date.date.getTime() > publishedAt.getTime()));
  const summit = !visits.length && summits.length === 1 && noTrip ? summits[0] : null;
  const trips = events.filter((trip) => trip.type === 'DIPLOMATIC_TRIP' && trip.participants.length);
  // (a text of one visit and no trip: the visit is where its traveller is, wherever the words are told)
  const oneStay = visits.length === 1 && noTrip;
  const staysOf = (person: FoundPerson): Draft[] => [
    ...visits.filter((visit) => !(visit.earlier && visits.length > 1) && visit.participants.some((participant) => participant.person === person)),
    ...trips.filter((trip) => trip.participants[0].person === person).flatMap((trip) => (trip.children.length ? trip.children : [trip])),
    ...(summit && summit.participants.some((participant) => participant.person === person) ? [summit] : []),
  ].filter((stay) => stay.location && stay.location !== person.country);
  for (const draft of events) {
    if (draft.type !== 'STATEMENT' || draft.placed || !draft.location) continue;
    const named = draft.participants.filter(({ role }) => role === 'SPEAKER').map(({ person }) => person);
    // (words told by their occasion, "gave a speech at the Knesset", name their one speaker without a verb of saying)
    const speakers = named.length ? named : draft.participants.length === 1 ? [draft.participants[0].person] : [];
    if (!speakers.length || !speakers.every((person) => person.country === draft.location)) continue;
    const stays = speakers.map(staysOf).reduce((common, each) => common.filter((stay) => each.includes(stay)));
    // (at a summit only a speaker the text tells arriving, "X arrived in Beijing": a host's guests at home, "hosted X and Y at
    // Camp David", may be speaking for home; written-here gold places them there)
    if (summit && stays.includes(summit)) {
      if (draft.sentences[0].index < summit.sentences[0].index) continue;
      if (!speakers.every((person) => person.mentions.some((mention) => ARRIVED_AFTER_NAME.test(text.slice(mention.end, Math.min(mention.sentence.end, mention.end + 80)))))) continue;
    }
    if (draft.sentences.some((sentence) => BEFORE_LEAVING.test(sentence.text))) continue;
    const stay = oneStay && summit === null ? stayOfWords(draft, stays, countries, sentences, true) : stayOfWords(draft, stays, countries, sentences, summit !== null && stays.includes(summit));
    if (!stay) continue;
    draft.location = stay.location;
    draft.city = stay.city;
  }
}

/**
 * "… had been arrested during Gorbachev's visit", "China and Sudan would sign a series of deals during Hu's visit to the African
 * country", "during his two-day visit, … the two sides are expected to sign investment agreements", "during the Addis Ababa summit,
 * Ruto would launch a report": a happening told inside a visit, a stop of a trip or a summit, its possessor written or not.
 */
const DURING_STAY = /\b[Dd]uring\s+(?:(?:the|a|an|his|her|their)\s+|(?<owner>\p{Lu}[\p{L}.’'-]*)['’]s?\s+)(?:[\p{L}\d-]+\s+){0,3}?(?<kind>visit|trip|tour|stay|summit)\b/u;

/**
 * A happening told inside a visit or a summit (`DURING_STAY`) happens where that visit or summit is, not in the home of the
 * people who sign or launch it, even when the sentence names that home as the news's source ("A dispatch from State House
 * Nairobi indicated that during the Addis Ababa summit …"): the corpus guide places an event where it happens. The stay is the summit,
 * or a visit (or a stop of a trip) of the possessor written before the noun ("Hu's visit"), else of the happening's people (any
 * visit when it names none); of
 * several, the one the sentence itself tells (a stop's meeting in it), else the one whose country it names ("to the African
 * country" after "China and Sudan"); none when that leaves more than one place.
 */
function placeWithinStay(draft: Draft, events: Draft[], countries: CountryMention[]): void {
  if (draft.type !== 'OTHER') return;
  const sentence = draft.sentences[0];
  const during = DURING_STAY.exec(sentence.text);
  if (!during) return;
  const all = events.flatMap((event) => [event, ...event.children]);
  const owner = during.groups!.owner;
  const ownerEnd = sentence.start + during.index + during[0].indexOf(owner ?? '\u0000') + (owner?.length ?? 0);
  const ownerPerson = owner ? draft.participants.map(({ person }) => person).find((person) => mentionsIn(person, sentence).some((mention) => mention.end === ownerEnd)) : undefined;
  if (owner && !ownerPerson) return;
  const travellers = ownerPerson ? [ownerPerson] : draft.participants.map(({ person }) => person);
  const travels = (stay: Draft) => stay.participants.some(({ person }) => travellers.includes(person));
  const stays =
    during.groups!.kind === 'summit'
      ? all.filter((summit) => summit.type === 'SUMMIT' && summit.location)
      : [
          ...all.filter((visit) => visit.type === 'DIPLOMATIC_VISIT' && visit.location && (!travellers.length || travels(visit))),
          ...events.filter((trip) => trip.type === 'DIPLOMATIC_TRIP' && (!travellers.length || travels(trip))).flatMap((trip) => trip.children.filter((stop) => stop.location)),
        ];
  const told = stays.filter((stay) => stay.sentences.includes(sentence));
  let pool = told.length ? told : stays;
  const named = pool.filter((stay) => countries.some((mention) => mention.start >= sentence.start && mention.end <= sentence.end && mention.code === stay.location));
  if (named.length) pool = named;
  const places = new Set(pool.map((stay) => stay.location));
  if (places.size !== 1) return;
  const [stay] = pool;
  // (a happening already placed away from its people's homes was placed by its own telling: "During the visit, an agreement …
  // is expected to be signed" in a text of two stops, one drafted)
  const homes = new Set(draft.participants.map(({ person }) => person.country));
  if (draft.location === stay.location || (draft.location !== null && !homes.has(draft.location))) return;
  // (nor one its sentence writes it happened in: "had been arrested in Stockholm during Lind's visit")
  const writtenIn = (mention: CountryMention) => mention.code === draft.location && /\b(?:in|at)\s+(?:the\s+)?$/.test(sentence.text.slice(0, mention.start - sentence.start));
  if (countries.some((mention) => mention.start >= sentence.start && mention.end <= sentence.end && writtenIn(mention))) return;
  draft.location = stay.location;
  draft.city = stay.city;
}

/** Words said at home before a journey: "Before departing, X said …", "before leaving for Beijing", "ahead of his trip". */
const BEFORE_LEAVING = /\b(?:before|ahead\s+of)\s+(?:(?:his|her|their|the)\s+)?(?:depart\w*|leav\w*|flying|setting\s+off|trip|visit|journey|tour)\b/iu;

/**
 * The stay a traveller's words were said at (`placeWordsAbroad`): one of their day, else the one place, else the one named last
 * before their sentence. Where the text tells the traveller more than one visit or a trip (`anywhere` false), a stay whose place
 * the text has not named before the words is not one yet ("Before departing, Prabowo said he would first visit Beijing"): the
 * words' own sentence tells where the traveller will go, not where they are.
 */
function stayOfWords(draft: Draft, stays: Draft[], countries: CountryMention[], sentences: Sentence[], anywhere: boolean): Draft | null {
  const home = draft.location;
  const day = draft.date;
  const near = day ? stays.filter((stay) => !stay.date || Math.abs(day.date.getTime() - stay.date.date.getTime()) <= STAY_DAYS * 86_400_000) : stays;
  if (!near.length) return null;
  if (anywhere && new Set(near.map((stay) => stay.location)).size === 1) return near[0];
  // (a schedule runs forward: the last stop reached by the words' day)
  const reached = day ? near.filter((stay) => stay.date && stay.date.date <= day.date).sort((a, b) => a.date!.date.getTime() - b.date!.date.getTime()).pop() : undefined;
  if (reached) return reached;
  const sentence = draft.sentences[0];
  const places = countries.filter((mention) => mention.kind !== 'demonym' && mention.end <= (anywhere ? sentence.end : sentence.start));
  const named = places.filter((mention) => near.some((stay) => stay.location === mention.code));
  // (a sentence naming another place abroad beside a stay is the itinerary, "a tour of Kenya and Tanzania": it puts the traveller at neither)
  const sentenceOf = (mention: CountryMention) => sentences.find((each) => mention.start >= each.start && mention.end <= each.end);
  const inItinerary = (mention: CountryMention) => places.some((other) => other.code !== mention.code && other.code !== home && sentenceOf(other) === sentenceOf(mention));
  const last = named.filter((mention) => !inItinerary(mention)).pop();
  return last ? near.find((stay) => stay.location === last.code)! : null;
}

/**
 * The kinds of happening a report's news day dates when told at its place without a day of their own: meetings, announcements
 * and acts of one occasion. Not a visit (it runs over days and its day is its first), nor a war's fighting, a protest movement
 * or a vote, which a report of the day names while they go on or as their cause ("the ongoing conflict", "months of street
 * protests", "what they viewed as a rigged election": on the development sets those kinds took 7 right days, 2 wrong, 2 beside
 * gold of both kinds and 35 the gold leaves undated, most of them read as wrong). Nor a statement: the written-here gold dates words only by a day
 * written with them ("Speaker Woo said …", "Cardinal Re … praised Francis" stay undated), though the real documents' gold
 * mostly gives them the news day (48 right, 1 wrong, 8 beside gold of both kinds, 28 undated).
 */
const SCENE_TYPES: readonly EventType[] = ['MEETING', 'SUMMIT', 'ANNOUNCEMENT', 'OTHER', 'MARTIAL_LAW', 'FUNERAL', 'IMPEACHMENT'];
/**
 * Words put on the air or out in writing on one occasion (issue 10, session 44): "in a televised statement", "addressed the
 * nation", "announced on state television", "said in a state radio broadcast", "in an on-camera statement", "issued a
 * statement", "said in a press release". A broadcast or a release is an act of one moment, as an announcement is, not a
 * speaker's standing words: the real documents' gold dates it by the news day where its sentence writes none ("Minister of
 * Defense Awad bin Auf made the announcement in a televised statement" under "announced Thursday"). Not a televised debate
 * or interview (talk among several: the written-here gold leaves Merz's "said in a televised debate after the polls closed"
 * undated), nor a joint statement (a gathering's words, dated with it: the written-here gold leaves the Camp David leaders'
 * "In a joint statement, …" undated).
 */
const MEDIUM_TOLD = /\b(?:televised|broadcast|television|TV|radio|video|on[- ]camera)\s+(?:address|statement|speech|remarks|message|appearance)|\baddress(?:ed|es|ing)?\s+(?:to\s+)?the\s+nation\b|\b(?:on|over)\s+(?:the\s+)?(?:(?:state|national|state-run|state-owned|public|official)\s+)?(?:television|TV|radio|broadcaster)\b|\bin\s+an?\s+(?:[\w-]+\s+){0,2}broadcast\b|\bread\s+out\s+(?:on|over)\b|\b(?:issued|released|published|put\s+out)\s+an?\s+(?!joint\b)(?:[\w-]+\s+){0,2}(?:statement|communiqu[eé]|press\s+release)|\bin\s+an?\s+(?!joint\b)(?:[\w-]+\s+){0,2}(?:statement|press\s+release|communiqu[eé])\b/i;
/**
 * A sentence that tells something of before the news: "since May", "two weeks ago", "the recently signed agreement", "annexed
 * in the 19th century", "Authorities had banned celebratory gunfire", "had said".
 */
const EARLIER_TOLD = /\b(?:since|ago|previously|recently|centur(?:y|ies)|decades?|last\s+(?:week|month|year)|in\s+recent\s+(?:days|weeks|months|years)|had\s+(?:also\s+|already\s+|earlier\s+)?(?:been\s+)?(?:\p{L}+(?:ed|en|wn)|met|sent|left|held|made|won|lost|fought|brought|begun|struck|led|fled|paid|said|told))\b/iu;

/**
 * "Pakistan fell into confusion Tuesday when the army took control … The army then … reportedly arrested Information Minister
 * Mushahid Hussein" in a report of that Tuesday: a report whose lead tells the news of its
 * publication day or the day before, with that day, goes on telling that day's happenings at the place of the news without
 * repeating the day. A happening of a kind told on one occasion (SCENE_TYPES), undated, at a place where the text dates
 * something to the lead's day, is of that day, unless its sentence tells of before (EARLIER_TOLD). So is a statement made on
 * the air or issued (`airedThatDay`), wherever it is placed: a story's statements and releases answer its news. Set after
 * `datedByLead`, on the events already grouped: a day read this way joins no event to another.
 * A report of older news (the lead's day more than a day before publication), or with no publication day, tells background
 * as much as news: left alone.
 */
function datedByScene(events: Draft[], context: EventsContext): void {
  const { publishedAt } = context;
  if (!publishedAt) return;
  const leadDay = leadSentences(context.document)
    .map((sentence) => eventDates(sentence, context).find((found) => found.precision === 'DAY'))
    .find(Boolean);
  if (!leadDay) return;
  const daysBefore = Math.floor(publishedAt.getTime() / 86_400_000) - Math.floor(leadDay.date.getTime() / 86_400_000);
  if (daysBefore < 0 || daysBefore > 1) return;
  const places = new Set(events.filter((draft) => draft.location && draft.date?.precision === 'DAY' && sameDay(draft.date, leadDay)).map((draft) => draft.location));
  for (const draft of events) {
    if (draft.date) continue;
    // (a headline's happening is `datedByLead`'s: left undated there when the body dates another of the headline's happenings)
    if (draft.sentences[0].end <= context.document.bodyStart) continue;
    const aired = airedThatDay(draft);
    if (!aired && (!draft.location || !places.has(draft.location) || !SCENE_TYPES.includes(draft.type))) continue;
    if (!aired && draft.sentences.some((sentence) => EARLIER_TOLD.test(sentence.text))) continue;
    draft.date = leadDay;
  }
}

/**
 * "L'11 September 1973 the Chilean military … overthrew President Allende. … At 14.45 he was told that La Moneda was conquered",
 * "January 29, 1979 was China's Spring Festival. … After the ceremony, President Carter and Deng Xiaoping began the first round
 * of meeting": a text without a publication date (a history, a retelling) tells a day's happenings in order after naming the
 * day once, as a report does under its publication date. An undated happening is of the day last written before its sentence
 * (in the body, in that paragraph or the one before), when that day dates a happening of the text (a scene, not a date in
 * passing) and no other time is written between: a date of another day, month or year ("democratically elected in 1970") ends
 * the scene. Not a happening its sentence sets in another time (`SCENE_LEFT`, `EARLIER_TOLD`) or writes a time of its own
 * (`WRITES_A_TIME`), nor a lasting one ("the civil war"), one named as known ("Russia's invasion", `namedAsKnown`), nor a
 * trip. Set last, on the events already kept: a day read this way joins no event to another. A text with a publication
 * date is `datedByScene`'s: its undated statements are the speakers' standing words as often as that day's.
 */
function datedByNarrative(events: Draft[], context: EventsContext): void {
  const { publishedAt, document } = context;
  if (publishedAt) return;
  const scenes = new Set(events.filter((draft) => draft.date?.precision === 'DAY').map((draft) => isoDay(draft.date!.date)));
  const opening = dayOfHeadline(document, context);
  if (opening) scenes.add(isoDay(opening.date));
  if (!scenes.size) return;
  const captions = captionParagraphs(document.text, document.sentences);
  // The last date written before each sentence of the body, and whether the sentence writes a time of its own (its own dates are
  // the rules' above: a happening they left undated there is another time's).
  const lastBefore = new Map<number, { day: FoundDate; paragraph: number } | null>();
  const ownDate = new Set<number>();
  const firstBody = document.sentences.find((sentence) => sentence.start >= document.bodyStart);
  let last: { day: FoundDate; paragraph: number } | null = opening && firstBody ? { day: opening, paragraph: firstBody.paragraph } : null;
  for (const sentence of document.sentences) {
    if (sentence.start < document.bodyStart || captions.has(sentence.paragraph)) continue;
    lastBefore.set(sentence.index, last);
    const written = eventDates(sentence, context).filter((found) => !found.told);
    if (written.length || WRITES_A_TIME.test(sentence.text)) ownDate.add(sentence.index);
    if (written.length) last = { day: written[written.length - 1], paragraph: sentence.paragraph };
  }
  for (const draft of events) {
    if (draft.date || draft.type === 'DIPLOMATIC_TRIP' || draft.ongoing || draft.planned) continue;
    const first = draft.sentences[0];
    if (draft.sentences.some((sentence) => ownDate.has(sentence.index))) continue;
    const scene = lastBefore.get(first.index);
    if (!scene || scene.day.precision !== 'DAY' || !scenes.has(isoDay(scene.day.date))) continue;
    // (a scene runs on into the next paragraph, not further: "From the time he took office, Libya was a significant concern …"
    // two paragraphs after the raid's day opens the background)
    if (first.paragraph - scene.paragraph > SCENE_PARAGRAPHS) continue;
    if (draft.sentences.some((sentence) => SCENE_LEFT.test(sentence.text) || EARLIER_TOLD.test(sentence.text))) continue;
    if ((draft.type === 'MILITARY_ACTION' && LASTING.test(draft.trigger ?? '')) || namedAsKnown(draft, document.text)) continue;
    draft.date = scene.day;
  }
}

/**
 * "May 16, 1989 – USSR and China End Their Thirty-Year Rift", "Saturday-Sunday, June 3-4, 1961: Kennedy and Khrushchev": a
 * history's page (an "on this day" entry, an archive's record) headed by the day it tells, with no publication date. The
 * headline's one day, written in full, opens the story's scene as a day written in its first paragraph would. Not a headline
 * remembering another time ("Remembering Sept. 21, 1972", "the 28th anniversary of …"), nor one writing two days.
 */
function dayOfHeadline(document: ArticleDocument, context: EventsContext): FoundDate | null {
  const headline = document.sentences.filter((sentence) => sentence.end <= document.bodyStart);
  if (!headline.length || HEADLINE_REMEMBERS.test(document.text.slice(0, document.bodyStart))) return null;
  const days = headline.flatMap((sentence) => eventDates(sentence, context)).filter((found) => found.precision === 'DAY' && !found.yearGuessed);
  return days.length && days.every((found) => sameDay(found, days[0])) ? days[0] : null;
}

/**
 * A happening named by a noun as a known one, with an article, a demonstrative or a possessive before it ("facilitating Russia's
 * invasion of Ukraine", "prolonged the negotiations", "The publication of all contracts"): a reference to it, told at no scene.
 * Not one told by its verb ("The news of the removal was then aired").
 */
function namedAsKnown(draft: Draft, text: string): boolean {
  if (draft.at === undefined || !draft.trigger || /\b(?:\p{L}+ed|was|were|is|are|held|took|began)\b/u.test(draft.trigger)) return false;
  const before = text.slice(Math.max(0, draft.at - 30), draft.at);
  // (a verb's infinitive is no noun: "were at the airport to receive the guests")
  return KNOWN_BEFORE_ANY_CASE.test(before) && !/\bto\s+$/.test(before);
}
const KNOWN_BEFORE_ANY_CASE = new RegExp(KNOWN_HAPPENING_BEFORE.source, 'iu');

/**
 * A time a sentence writes though no day is read from it without a publication date: a weekday ("Protesters rallied in Tokyo on
 * Friday"), a month ("In December 1985 19 people were killed"), a year, "yesterday". ("May" is a verb as often as a month.)
 */
const WRITES_A_TIME = /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|tomorrow|tonight|January|February|March|April|June|July|August|September|October|November|December|(?:1[89]|20)\d\d)\b/;

/** How many paragraphs after the one naming a day its scene may run. */
const SCENE_PARAGRAPHS = 1;
/**
 * A sentence set in another time than the day told before it: "will", "would", "years later", "Gorbachev later wrote", "in a
 * recent interview", "over the past several days", "an anniversary", "each year" (not "later that day", "later in the day").
 */
const SCENE_LEFT = /\b(?:will|would|shall|going\s+to|later(?!\s+(?:that|the\s+same|in\s+the)\s+(?:day|morning|afternoon|evening|night))|recent|past\s+(?:few|several|two|three)\s+(?:days|weeks)|(?:years?|months?|weeks?|decades?)\s+(?:later|after|before|earlier)|later\s+(?:years?|months?)|anniversar(?:y|ies)|every\s+year|annual(?:ly)?|each\s+year|until|today|now|nowadays|currently)\b/i;

/** "Previously, the two countries issued a statement", "had said in a statement", "a statement issued last week": an earlier one. */
const SAID_BEFORE = /\b(?:had|previously|earlier|ago|since|last\s+(?:week|month|year))\b[^.;]{0,50}$/i;
/** "A day later, the army chief said …", "the next day": a day counted from another happening, which the lead's day is not. */
const DAY_COUNTED = /\b(?:(?:a|one|two|three|four|\d+)\s+days?\s+(?:later|earlier|after|before)|the\s+(?:next|following|previous)\s+day|the\s+day\s+(?:before|after))\b/i;

/**
 * A statement told as made on the air or issued (`MEDIUM_TOLD`), each time not as an earlier one (`SAID_BEFORE`, read in the
 * words before the medium: what the statement says may tell of before — "said in a statement the US State Department had
 * notified it" — without making the statement older), and not dated from another happening (`DAY_COUNTED`).
 */
function airedThatDay(draft: Draft): boolean {
  if (draft.type !== 'STATEMENT' || draft.joint || draft.sentences.some((sentence) => DAY_COUNTED.test(sentence.text))) return false;
  const media = draft.sentences.map((sentence) => ({ sentence, medium: MEDIUM_TOLD.exec(sentence.text) })).filter(({ medium }) => medium);
  return media.length > 0 && media.every(({ sentence, medium }) => !SAID_BEFORE.test(sentence.text.slice(0, medium!.index)));
}

/**
 * A happening the headline tells first ("Coup Attempt In Burundi?", "Australia to buy 11 advanced warships from Japan"), with no
 * day of its own, is of the day of the news the lead tells (`headlineNewsDay`). Set last, on the events already kept: a day read
 * this way keeps no event the rules above would drop, and joins none to another.
 */
function datedByLead(events: Draft[], context: EventsContext): void {
  const { document } = context;
  const leadDay = headlineNewsDay(document.text.slice(0, document.bodyStart), leadSentences(document), (sentence) => eventDates(sentence, context));
  if (!leadDay) return;
  // (told first in the headline: the body may tell it again, with no day either — "Coup Attempt In Burundi?", then "his generals had
  // initiated a coup"; not a trip's stops: the corpus guide dates a stop only when the text dates that stop)
  const headlined = events.filter((draft) => draft.sentences[0].end <= document.bodyStart);
  // ("Peru's Congress impeaches President X; thousands march in Lima" over "Thousands of demonstrators marched … on Friday": a
  // headline telling several happenings, one of them dated by the body, gives the lead's day to that one; the others are news
  // the text does not date)
  if (headlined.some((draft) => draft.date)) return;
  for (const draft of headlined) draft.date = leadDay;
}

/**
 * A text that tells no visit but talks held at one place ("The leaders oversaw the signing of agreements in 15 areas" after
 * Lula's talks with Xi in Beijing; "They praised the signing of a package of agreements during the business forum and meetings"
 * after the presidents' talks in Astana): those talks stand for the stay, and an accord signed with no place of its own is signed
 * there, not in a signatory's home country (session 40). The meetings and summits the text places, when all are in one country.
 */
function talksAtOnePlace(events: Draft[]): Draft[] {
  const talks = events.filter((draft) => (draft.type === 'MEETING' || draft.type === 'SUMMIT') && draft.location);
  return new Set(talks.map((draft) => draft.location)).size === 1 ? talks : [];
}

/**
 * "will make a state visit to Finland on 17 to 19 September … On Wednesday 19 September, President Steinmeier will travel to
 * Oulu": a traveller's visit to a city of a country on a day inside that traveller's visit to the country is a leg of that
 * visit, not another visit. Its sentences join the visit. A visit told without its last day lasts up to `VISIT_DAYS` days.
 */
const VISIT_DAYS = 5;
function withoutLegsOfVisits(events: Draft[]): Draft[] {
  const legs = new Set<Draft>();
  for (const leg of events) {
    if (leg.type !== 'DIPLOMATIC_VISIT' || !leg.date || !leg.location || !leg.participants.length) continue;
    const whole = events.find(
      (visit) =>
        visit !== leg &&
        !legs.has(visit) &&
        visit.type === 'DIPLOMATIC_VISIT' &&
        visit.location === leg.location &&
        visit.date !== null &&
        visit.sentences[0].index < leg.sentences[0].index &&
        visit.date.date < leg.date!.date &&
        leg.date!.date.getTime() <= (visit.endDate && visit.endDate.date > visit.date.date ? visit.endDate.date.getTime() : visit.date.date.getTime() + VISIT_DAYS * 86_400_000) &&
        leg.participants.every(({ person }) => visit.participants.some((known) => known.person === person)),
    );
    if (!whole) continue;
    legs.add(leg);
    whole.sentences.push(...leg.sentences.filter((sentence) => !whole.sentences.includes(sentence)));
  }
  return legs.size ? events.filter((draft) => !legs.has(draft)) : events;
}

/** The fewest stops of a trip told as one itinerary. */
const ITINERARY_STOPS = 3;
/**
 * "will visit Kenya, Tanzania, Mozambique and South Africa": a trip of three or more stops is one itinerary (the guide's
 * single visit); a stop named only in that list (every sentence naming it names two other stops) with no day is not a visit
 * of its own. Stops told with their day ("will then visit Argentina on July 4") stay visits. The list counts the stops it names, not only those still told
 * as visits: a stop with no day that the text names only inside lists of the trip's stops, one of three or more, is a leg of
 * the one itinerary too ("departs for UAE, Germany and UK" above "left Ghana on Sunday for a visit to the United Arab
 * Emirates, Germany, and the United Kingdom", where the first stop's meeting leaves two visits; "Chinese FM Wang Yi to visit
 * Egypt, Tunisia" above "visit Egypt, Tunisia, Togo and Cote d'Ivoire").
 * (session 41) Any other stop with no day is a leg too unless the text puts the traveller there (`toldAtStop`: "In Tokyo,
 * Blinken will …", "will wrap up his trip in Paris"): "will visit Malaysia and Indonesia", "Later on Wednesday, Xi will visit
 * Hungary", "the tour will also take him to Rwanda" name destinations of the one itinerary, two stops or more (of the 40 such
 * stops on the development sets 11 matched a gold visit, most of them another visit the trip had taken in; 21 documents of
 * 15 sets lost a wrong visit, 6 a right one).
 * The trip keeps what a dropped stop told: its country among the trip's hosts, its people among the trip's participants,
 * its sentences among the trip's mentions.
 */
function withoutUndatedStops(trip: Draft, countries: CountryMention[], text: string): void {
  const visits = trip.children.filter((stop) => stop.type === 'DIPLOMATIC_VISIT');
  if (!visits.length) return;
  // (a stop told in a sentence of its own, "In Seoul, he will meet …", is a visit the text tells, dated or not)
  const listedOnly = (stop: Draft) =>
    visits.length >= ITINERARY_STOPS &&
    stop.sentences.every((sentence) => visits.filter((other) => other !== stop && other.sentences.includes(sentence)).length >= ITINERARY_STOPS - 1);
  const stops = new Set([...trip.countries.filter(({ role }) => role === 'HOST').map(({ country }) => country), ...visits.map((stop) => stop.location)]);
  const dropped = visits.filter((stop) => stop.date === null && (listedOnly(stop) || onlyInListOfStops(stop, stops, countries, text) || !toldAtStop(stop, countries, text)));
  if (!dropped.length) return;
  trip.children = trip.children.filter((stop) => !dropped.includes(stop));
  for (const stop of dropped) {
    if (stop.location && !trip.countries.some((role) => role.country === stop.location)) trip.countries.push({ country: stop.location, role: 'HOST' });
    for (const participant of stop.participants) if (!trip.participants.some((other) => other.person === participant.person)) trip.participants.push(participant);
    for (const sentence of stop.sentences) if (!trip.sentences.includes(sentence)) trip.sentences.push(sentence);
  }
}

/**
 * What puts the traveller at a stop in the words before its place: a clause headed by the place ("In Tokyo, Blinken will
 * review …", "In South Korea, …, Blinken intends to …") or the trip ended there ("will wrap up his trip in Paris", "ends his
 * tour in Rome").
 */
const AT_STOP_BEFORE = /(?:(?:[.;:]\s+|\n)In\s+(?:the\s+)?|\b(?:wrap(?:s|ped|ping)?\s+up|end(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|finish(?:es|ed|ing)?|clos(?:e|es|ed|ing))\s+(?:his|her|their|the|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:trip|tour|visit|journey|travels?)\s+in\s+(?:the\s+)?)$/u;

/**
 * Whether a stop told without a day is told as a stop of its own: a sentence puts the traveller there (AT_STOP_BEFORE). The
 * corpus guide annotates an itinerary as one visit: a destination only named ("will visit Hungary", "the tour will take him to
 * Rwanda and Mauritius", "Xi arrived in Belgrade after a two-day visit to France") is a leg of it, not a visit of its own, while
 * a stop the text tells what the traveller does at, place first ("In Tokyo, …"), stays one.
 */
function toldAtStop(stop: Draft, countries: CountryMention[], text: string): boolean {
  return stop.sentences.some((sentence) =>
    countries.some((mention) => mention.code === stop.location && mention.start >= sentence.start && mention.end <= sentence.end && AT_STOP_BEFORE.test(text.slice(Math.max(sentence.start, mention.start - 80), mention.start)) || (mention.start - sentence.start < 4 && /^In\s+(?:the\s+)?$/.test(text.slice(sentence.start, mention.start)))),
  );
}

/** Between two places of one list: a comma, "and", "and then" ("Malaysia and Indonesia", "UAE, Germany, and UK", "the UAE and then Egypt"). */
const LIST_JOINT = /^\s*(?:,|,?\s*and(?:\s+then)?|&)\s*(?:the\s+)?$/i;

/**
 * Whether every sentence of the stop that names its place names it inside a list of the trip's stops ("Egypt, Tunisia",
 * "UAE, Germany, and UK"), one of them a list of three or more stops (the itinerary's list). Two legs told as lists of two
 * ("will travel to Ghana and Togo from 10-14 March … will also visit Chile and Peru from 16-20 March") are no such list.
 */
function onlyInListOfStops(stop: Draft, stops: Set<string | null>, countries: CountryMention[], text: string): boolean {
  if (!stop.location) return false;
  let longest = 0;
  for (const sentence of stop.sentences) {
    const named = countries.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end && mention.kind !== 'demonym');
    const joined = (left: CountryMention, right: CountryMention) => left.code !== right.code && LIST_JOINT.test(text.slice(left.end, right.start));
    // (the run of stops joined to each other around each mention of the stop's place: its list)
    const lists = named.flatMap((mention, index) => {
      if (mention.code !== stop.location) return [];
      let first = index;
      while (first > 0 && stops.has(named[first - 1].code) && joined(named[first - 1], named[first])) first--;
      let last = index;
      while (last < named.length - 1 && stops.has(named[last + 1].code) && joined(named[last], named[last + 1])) last++;
      return [new Set(named.slice(first, last + 1).map(({ code }) => code)).size];
    });
    if (!lists.length) continue;
    if (lists.some((size) => size < 2)) return false;
    longest = Math.max(longest, ...lists);
  }
  return longest >= ITINERARY_STOPS;
}

/** A vote named by its weekday ("Sunday's votes", "Monday’s presidential election", "Saturday's polls"). */
const WEEKDAY_VOTE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:votes?|polls?|elections?|ballots?|run-?offs?|referendum)\b/u;

/** The one day a text's votes named by their weekday fall on (none when they name two days). */
function votingDay(sentences: Sentence[], context: EventsContext): FoundDate | null {
  let day: FoundDate | null = null;
  for (const sentence of sentences) {
    const vote = WEEKDAY_VOTE.exec(sentence.text);
    if (!vote) continue;
    const found = eventDates(sentence, context).find((each) => each.start === sentence.start + vote.index && each.precision === 'DAY');
    if (!found) continue;
    if (day && !sameDay(day, found)) return null;
    day = found;
  }
  return day;
}

/** Each finished event's own facts: two events can share a slug until `finished` keeps them apart. */
type OwnFacts = Map<ExtractedEvent, ExtractedFact[]>;

/** The extracted events, their slugs kept apart, with the sales' events. */
function finished(context: EventsContext & { sales: FoundSale[] }, events: Draft[]): ExtractedEvent[] {
  const { facts } = context;
  const own: OwnFacts = new Map();
  const result = events.map((draft) => finish(draft, null, facts, own, context.publishedAt));
  // Two events of one kind about the same person on the same day keep apart: the second gets "-2".
  const taken = new Set<string>();
  for (const event of result.flatMap((event) => [event, ...event.children])) {
    let slug = event.slug;
    for (let suffix = 2; taken.has(slug); suffix++) slug = `${event.slug.slice(0, 96).replace(/-+$/, '')}-${suffix}`;
    if (slug !== event.slug) renamed(event, slug, own);
    taken.add(slug);
  }
  for (const sale of context.sales) result.push(sale.event);
  result.sort((a, b) => a.firstOffset - b.firstOffset);
  return result;
}

/**
 * An event given a slug of its own: its facts go with it, and its stops' parent facts name it. The
 * facts are the event's own, not those under its old slug: two events read in one sentence ("At a
 * meeting with X in Sochi, Y demanded …") share a slug and a first offset, and each keeps its type,
 * date, place and participants.
 */
function renamed(event: ExtractedEvent, slug: string, own: OwnFacts): void {
  for (const fact of own.get(event) ?? []) fact.subject = { kind: 'EVENT', slug };
  for (const child of event.children) for (const fact of own.get(child) ?? []) if (fact.fact === 'parent') fact.value = slug;
  event.slug = slug;
}

/**
 * "The Prime Minister hosted German Chancellor Olaf Scholz at Chequers": a host's meeting with a
 * foreign guest at a written place is also the guest's visit there (CAMEO's host/visit pair; the
 * corpus guide annotates both). Summits with several guests are left alone: they absorb the meeting.
 */
/**
 * A visit told by its noun alone, with its traveller and no place: "the Brazilian president's visit", "HH the Emir's visit
 * will enhance cooperation", "This state visit marked …", "the agreements reached during the visit of Minister X". It is a
 * visit to the story's host: the dateline's country, else the place of a happening the traveller takes part in, else the
 * country the text names most after the traveller's own. Made only when no visit of the traveller, nor any to the host,
 * is told already, and not for a last or previous visit.
 */
const PLACELESS_VISIT = /(?:(?<=\p{L}['’]s\s)(?:(?:official|state|working|current|ongoing|[\w]+-day|historic|recent)\s+){0,2}visit\b|\b[Tt]his\s+(?:(?:official|state|working|[\w]+-day)\s+){1,2}visit\b|\bthe\s+visit\s+of\s+(?=\p{Lu}))(?!\s+(?:to|here|in)\b)/u;
const PLACELESS_OWNER = /(?:(?<demonym>\p{Lu}[\p{L}-]+)\s+)?(?:[\p{L}.-]+)['’]s\s+$/u;
function placelessVisits(events: Draft[], context: EventsContext): Draft[] {
  const { document, people, countries, datelineCountry } = context;
  const visits = events.flatMap((draft) => [draft, ...draft.children]).filter((draft) => draft.type === 'DIPLOMATIC_VISIT' || draft.type === 'DIPLOMATIC_TRIP');
  for (const sentence of document.sentences) {
    if (!sentence.text.includes('isit')) continue;
    const match = PLACELESS_VISIT.exec(sentence.text);
    if (!match || EARLIER_VISIT.test(sentence.text.slice(Math.max(0, match.index - 30), match.index + match[0].length))) continue;
    const at = sentence.start + match.index;
    const inSentence = peopleIn(people, sentence);
    let visitor: FoundPerson | undefined;
    let home: string | null = null;
    if (/^the\s+visit\s+of/.test(match[0])) {
      // "the visit of Minister X": the person named right after, with no destination written after the name
      visitor = inSentence.find((person) => mentionsIn(person, sentence).some((mention) => mention.start >= at + match[0].length && mention.start <= at + match[0].length + 25 && !/^,?\s+(?:(?:[\p{L}-]+\s+){0,4})?to\s+(?:the\s+)?\p{Lu}/u.test(sentence.text.slice(mention.end - sentence.start))));
      if (!visitor) continue;
    } else if (!/^[Tt]his/.test(match[0])) {
      // "X's visit": the person whose mention ends at the possessive, else the office's country ("the Brazilian president's visit")
      visitor = inSentence.find((person) => mentionsIn(person, sentence).some((mention) => mention.end <= at && at - mention.end <= 3));
      if (!visitor) {
        const owner = PLACELESS_OWNER.exec(sentence.text.slice(Math.max(0, match.index - 60), match.index));
        const demonym = owner?.groups?.demonym ? countries.find((mention) => mention.kind === 'demonym' && mention.start >= sentence.start + match.index - owner[0].length - 1 && mention.end <= at) : undefined;
        home = demonym?.code ?? null;
        // ("HH the Emir's visit", "the Tánaiste's visit": the one person of the text holding that office)
        const office = /(\p{L}+)['’]s\s+$/u.exec(sentence.text.slice(0, match.index))?.[1].toLowerCase();
        const holders = !home && office ? people.filter((person) => person.title !== null && person.title.toLowerCase().split(/\s+/).includes(office)) : [];
        if (holders.length === 1) home = holders[0].country;
        if (!home) continue;
        const ranked = holders.length === 1 ? holders : people.filter((person) => person.country === home && person.title).sort((a, b) => b.mentions.length - a.mentions.length);
        visitor = ranked[0];
      }
    }
    home = visitor?.country ?? home;
    // (a visit with no traveller named is placed by the dateline alone)
    let host: string | null = datelineCountry && datelineCountry !== home ? datelineCountry : null;
    if (!host && (visitor || home)) {
      const joined = events.find((draft) => draft.location && draft.location !== home && ['MEETING', 'SUMMIT'].includes(draft.type) && visitor !== undefined && draft.participants.some(({ person }) => person === visitor));
      host = joined?.location ?? null;
      if (!host) {
        const counts = new Map<string, number>();
        for (const mention of countries) if (mention.code !== home) counts.set(mention.code, (counts.get(mention.code) ?? 0) + 1);
        const ranked = [...counts].sort((a, b) => b[1] - a[1]);
        host = ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
      }
    }
    if (!host || host === home) continue;
    if (visits.some((draft) => draft.location === host || (visitor !== undefined && draft.participants.some(({ person }) => person === visitor)))) continue;
    return [
      {
        type: 'DIPLOMATIC_VISIT',
        title: '',
        date: null,
        endDate: null,
        location: host,
        participants: visitor ? [{ person: visitor, role: 'SUBJECT' }] : [],
        countries: [...(home ? [{ country: home, role: 'PARTICIPANT' as const }] : []), { country: host, role: 'HOST' as const }],
        sentences: [sentence],
        children: [],
        placed: true,
        trigger: match[0].toLowerCase(),
      },
    ];
  }
  return [];
}

/**
 * "this will be the first state visit since Jacques Chirac in 2000" (no destination: the visit the story tells is where it
 * went) and "… since 2013 and the first to Singapore since 2004" (a list's later item): each tells the visit made in that
 * year, apart from the one told, undated by a day. A sentence whose first visit a wording read already adds none for that place.
 */
const FIRST_PLACELESS = /\bfirst\s+(?:(?!to\b)[\w-]+\s+){0,3}?(?:visit|trip)\b(?!\s+(?:to|of)\b)(?=(?:(?!\bsince\b)[^.;:!?]){0,60}\bsince\b)/u;
const FIRST_TO_LATER = /\b(?:and|while)\s+the\s+first\s+to\s+(?=(?:the\s+)?\p{Lu})/gu;
function visitsBeforeFirst(events: Draft[], context: EventsContext): Draft[] {
  const { document, countries } = context;
  const found: Draft[] = [];
  const visits = events.filter((draft) => (draft.type === 'DIPLOMATIC_VISIT' || draft.type === 'DIPLOMATIC_TRIP') && !draft.earlier);
  const earlierAt = (sentence: Sentence, code: string) => events.some((draft) => draft.earlier && draft.location === code && draft.sentences.includes(sentence));
  const make = (sentence: Sentence, code: string): Draft => ({
    type: 'DIPLOMATIC_VISIT', title: '', date: null, endDate: null, location: code, participants: [],
    countries: [{ country: code, role: 'HOST' as const }], sentences: [sentence], children: [], placed: true, trigger: 'first visit since', earlier: true,
  });
  for (const sentence of document.sentences) {
    if (!sentence.text.includes('since') || !/\bfirst\b/.test(sentence.text)) continue;
    const placeless = FIRST_PLACELESS.exec(sentence.text);
    if (placeless && FIRST_SINCE_YEAR.test(sentence.text.slice(placeless.index + placeless[0].length))) {
      const hosts = [...new Set(visits.map((draft) => draft.location).filter((code): code is string => code !== null))];
      if (hosts.length === 1 && !earlierAt(sentence, hosts[0])) found.push(make(sentence, hosts[0]));
    }
    // (the list's later item after a first visit read with its place: "the first to Singapore since 2004")
    if (!events.some((draft) => draft.earlier && draft.sentences.includes(sentence))) continue;
    for (const later of sentence.text.matchAll(FIRST_TO_LATER)) {
      const from = sentence.start + later.index! + later[0].length;
      const place = countries.find((mention) => mention.kind !== 'demonym' && mention.start >= from && mention.start <= from + 4);
      if (!place || earlierAt(sentence, place.code) || !FIRST_SINCE_YEAR.test(document.text.slice(place.end, sentence.end))) continue;
      found.push(make(sentence, place.code));
    }
  }
  return found;
}

/**
 * A foreign guest's meeting with the host in the host's country, in a text that tells the guest coming ("Petro arrived
 * accompanied by his Foreign Minister", "has received King Charles III", "during Rabuka's trip", "the first president to visit
 * Milei"): the meeting and the guest's visit there are two happenings (the corpus guide annotates both). Not on a summit's
 * sidelines (the summit is the occasion), not for an envoy posted there, and not when the text tells a visit there or of the guest.
 */
const COMING_TOLD = /\b(?:visit(?:s|ed|ing)?|trip|arriv(?:al|ed|es|ing)|landed|welcomed|received)\b/i;
const POSTED_THERE = /\b(?:ambassador|envoy|high\s+commissioner|charg[eé])\b/i;
function visitsOfMeetingGuests(events: Draft[], context: EventsContext): Draft[] {
  const { document, countries } = context;
  const all = events.flatMap((draft) => [draft, ...draft.children]);
  const journeys = all.filter((draft) => draft.type === 'DIPLOMATIC_VISIT' || draft.type === 'DIPLOMATIC_TRIP');
  const visits: Draft[] = [];
  for (const meeting of events) {
    const host = meeting.location;
    if (meeting.type !== 'MEETING' || !host || all.some((draft) => draft.type === 'SUMMIT' && draft.location === host)) continue;
    const guests = meeting.participants.filter(({ person }) => person.country && person.country !== host && !POSTED_THERE.test(person.title ?? ''));
    const homes = new Set(guests.map(({ person }) => person.country));
    if (!guests.length || homes.size !== 1 || !meeting.participants.some(({ person }) => person.country === host)) continue;
    const guestPeople = guests.map(({ person }) => person);
    if ([...journeys, ...visits].some((draft) => draft.location === host || draft.participants.some(({ person }) => guestPeople.includes(person)))) continue;
    // The guest's coming, told of someone of the meeting and to the host's country or person ("arrived in Caracas", "his
    // Venezuelan counterpart", "to visit Milei"; quotes left out: a speaker's "this visit" may be any visit).
    const hostPeople = meeting.participants.filter(({ person }) => person.country === host).map(({ person }) => person);
    const told = document.sentences.find((sentence) => {
      if (!meeting.participants.some(({ person }) => mentionsIn(person, sentence).length)) return false;
      const unquoted = sentence.text.replace(/["“][^"”]*["”]/g, (quote) => ' '.repeat(quote.length));
      const cue = COMING_TOLD.exec(unquoted);
      if (!cue || earlierVisitTold(unquoted, cue.index, cue[0].length)) return false;
      const cueEnd = sentence.start + cue.index + cue[0].length;
      const toHostPerson = hostPeople.some((person) => mentionsIn(person, sentence).some((mention) => mention.start >= cueEnd && mention.start - cueEnd <= 2));
      return toHostPerson || countries.some((mention) => mention.code === host && mention.start >= sentence.start && mention.end <= sentence.end);
    });
    if (!told) continue;
    const ownDay = eventDates(told, context).find((found) => found.precision === 'DAY') ?? null;
    const home = guests[0].person.country!;
    visits.push({
      type: 'DIPLOMATIC_VISIT',
      title: '',
      date: ownDay ?? meeting.date,
      endDate: null,
      location: host,
      participants: guests.map(({ person }) => ({ person, role: 'SUBJECT' as const })),
      countries: [{ country: home, role: 'PARTICIPANT' }, { country: host, role: 'HOST' }],
      sentences: [told],
      children: [],
      city: meeting.city,
      placed: true,
      trigger: 'guest coming',
    });
  }
  return visits;
}

function guestVisits(events: Draft[], text: string): Draft[] {
  const visits: Draft[] = [];
  for (const meeting of events) {
    if (meeting.type !== 'MEETING' || !meeting.location) continue;
    // The sentence that tells the hosting (a merged meeting may start at the headline's "meeting with"):
    // "hosted X", or "met with X" said of someone of the place's own country ("Secretary Y met with
    // Austrian Minister X today at the Pentagon").
    const hostingIn = (each: Sentence): RegExpExecArray | null => {
      // "welcomed Polish Defense Minister X to the Pentagon": a welcome to a place is a hosting there.
      const hosted = /\bhost(?:ed|s) (?=\p{Lu})|\bwelcome[sd]? (?=\p{Lu}[^.]*?\bto (?:the )?\p{Lu})/u.exec(each.text);
      if (hosted) return hosted;
      // ("The Prime Minister met Italian Prime Minister X in Downing Street": a host named by office alone, as its own
      // government's release names it, before "met")
      const met = /\bmet (?:with )?(?=\p{Lu})/u.exec(each.text);
      const atHome =
        met &&
        ((/^met with/.test(met[0]) && meeting.participants.some(({ person }) => person.country === meeting.location && mentionsIn(person, each).some((mention) => mention.end <= each.start + met.index))) ||
          /^(?:[\p{Lu}][\p{L}]*,?\s+)?[Tt]he (?:Prime Minister|President|Chancellor|Premier|Foreign Secretary|Foreign Minister|Defence Secretary|Defense Secretary|Secretary of State|King|Queen|Emir)\s+(?:(?:also|today|then|later)\s+)?$/u.test(each.text.slice(0, met.index)));
      if (atHome) return met;
      // "Prime Minister X of New Zealand and Vice President Y met at the White House": the guest and the host named
      // together before "met at/in" the host's place (the guest named first or second).
      const metAt = /\bmet (?=(?:at|in) (?:the )?\p{Lu})/u.exec(each.text);
      const before = metAt ? meeting.participants.filter(({ person }) => mentionsIn(person, each).some((mention) => mention.end <= each.start + metAt.index)) : [];
      return metAt && before.length === 2 && before.some(({ person }) => person.country === meeting.location) ? { ...metAt, index: 0 } as RegExpExecArray : null;
    };
    const sentence = meeting.sentences.find((each) => hostingIn(each) !== null);
    const hosted = sentence && hostingIn(sentence);
    // The place is written after the hosting ("at Chequers"), not inferred from the dateline.
    if (!sentence || !hosted || !/\b(?:at|in|to) (?:the )?\p{Lu}/u.test(sentence.text.slice(hosted.index))) continue;
    const after = sentence.start + hosted.index;
    const guests = meeting.participants.filter(({ person }) => person.country && person.country !== meeting.location && mentionsIn(person, sentence).some((mention) => mention.start >= after));
    // (an "and" inside the guest's title is no second guest: "hosted … Director of the Commission and Foreign Minister Wang Yi")
    if (guests.length !== 1 || /\band\b(?!\s+(?:[\p{Lu}][\p{L}-]+\s+){0,2}(?:Minister|Secretary|Director|Commissioner|Chair(?:man|woman)?)\b)/u.test(text.slice(after, mentionsIn(guests[0].person, sentence)[0].start))) continue;
    // A visit of the guest told already ("Rubio, who is visiting Japan") is that visit.
    if (events.some((other) => other.type === 'DIPLOMATIC_VISIT' && other.location === meeting.location && other.participants.some(({ person }) => person === guests[0].person))) continue;
    visits.push({
      type: 'DIPLOMATIC_VISIT',
      title: '',
      date: meeting.date,
      endDate: meeting.endDate,
      location: meeting.location,
      participants: [{ person: guests[0].person, role: 'SUBJECT' }],
      countries: [{ country: guests[0].person.country!, role: 'PARTICIPANT' }, { country: meeting.location, role: 'HOST' }],
      sentences: [sentence],
      children: [],
      city: meeting.city,
      placed: true,
      trigger: 'hosted',
    });
  }
  return visits;
}

/**
 * "I'm pleased to announce that…", "Today we are announcing…": remarks or a release announcing in the
 * first person, present tense, announce on the day they are published (when that day is known); the
 * speaker is the text's own voice, often unnamed ("THE PRESIDENT:").
 */
const FIRST_PERSON_ANNOUNCEMENT = /\b(?:I|[Ww]e)(?:['’]m|['’]re| am| are)? (?:(?:very |so )?(?:pleased|proud|happy|glad|delighted) to announce|announcing)\b|\b(?:I|[Ww]e) (?:hereby )?announce (?:that|today|a |an |the )/u;
const FIRST_PERSON_TRIGGER = 'first-person announcement';
/** "The Pentagon announced on Monday", "Japan's government announced": a state organ's announcement on a written day. */
const ORGAN_ANNOUNCEMENT = 'organ announcement';

function firstPersonAnnouncements({ document, publishedAt }: EventsContext): Draft[] {
  if (!publishedAt) return [];
  const sentence = document.sentences.find((each) => each.start >= document.bodyStart && FIRST_PERSON_ANNOUNCEMENT.test(each.text.replace(/["“][^"”]*["”]/g, '')));
  if (!sentence) return [];
  const date: FoundDate = { date: publishedAt, precision: 'DAY', start: sentence.start, end: sentence.start, text: '' };
  return [{ type: 'ANNOUNCEMENT', title: '', date, endDate: null, location: null, participants: [], countries: [], sentences: [sentence], children: [], trigger: FIRST_PERSON_TRIGGER }];
}

/**
 * "I just spoke with the prime ministers of Israel and Lebanon", "Earlier today I met with …": the
 * speaker of remarks or a release tells a call or meeting in the first person, often naming the
 * counterparts by office only. Dated by its sentence, else by the publication day when told as just
 * done ("just", "today", "this morning").
 */
const FIRST_PERSON_MEETING = /\b(?:I|[Ww]e)\s+(?:just\s+|also\s+|have\s+|had\s+|today\s+|this\s+\w+\s+)*(?:spoke|spoken|met|talked|held\s+(?:a\s+)?(?:\w+\s+)?(?:call|talks|meeting))\s+(?:by\s+phone\s+|again\s+)?(?:with|to)\s+(?:the\s+|my\s+|our\s+)?(?:\p{Lu}|prime\s+minister|president|chancellor|king|leaders?|counterparts?|foreign\s+minister)/u;

function firstPersonMeetings(context: EventsContext): Draft[] {
  const { document, publishedAt } = context;
  const drafts: Draft[] = [];
  for (const sentence of document.sentences) {
    const unquoted = sentence.text.replace(/["“][^"”]*["”]/g, (quote) => ' '.repeat(quote.length));
    if (sentence.start < document.bodyStart || !FIRST_PERSON_MEETING.test(unquoted)) continue;
    const written = eventDates(sentence, context)[0] ?? null;
    const justDone = publishedAt && /\b(?:just|today|this (?:morning|afternoon|evening))\b/i.test(unquoted);
    const date: FoundDate | null = written ?? (justDone ? { date: publishedAt, precision: 'DAY', start: sentence.start, end: sentence.start, text: '' } : null);
    drafts.push({ type: 'MEETING', title: '', date, endDate: null, location: null, participants: [], countries: [], sentences: [sentence], children: [], trigger: 'first-person meeting' });
  }
  return drafts;
}

/**
 * A host greeting a guest in dated remarks ("Mr. Prime Minister, welcome to the White House", "Madam President, welcome
 * back to Canberra"): the guest's visit there on the day of the remarks (CAMEO 042/043: the visit the remarks mark).
 * The guest is addressed by office (a vocative), so a welcome to an audience ("welcome to this conference") is none.
 */
const GUEST_WELCOME = /\b(?:Mr\.?|Madam|Madame)\s+(?:President|Prime\s+Minister|Chancellor|Premier|Vice\s+President|(?:Foreign\s+|Defen[cs]e\s+)?Minister|Secretary(?:-General)?),\s+(?:and\s+[^,]{1,40},\s+)?(?:a\s+)?(?:warm\s+)?welcome\s+(?:back\s+)?to\s+/u;

/** Remarks telling talks just held, in the first person plural. */
const TALKS_TOLD = /\b(?:[Ww]e (?:have |had |just |also )*(?:discussed|talked about|had (?:a|an) (?:[\w-]+ ){0,2}(?:discussion|conversation|talks?|meeting))|[Oo]ur (?:discussions?|talks|meeting) (?:today|this morning|this afternoon|covered|focused))\b/;

function welcomedGuests(context: EventsContext): Draft[] {
  const { document, countries, publishedAt } = context;
  if (!publishedAt) return [];
  for (const sentence of document.sentences) {
    if (sentence.start < document.bodyStart) continue;
    const welcome = GUEST_WELCOME.exec(sentence.text);
    if (!welcome) continue;
    const after = sentence.start + welcome.index + welcome[0].length;
    const rest = document.text.slice(after - 3, Math.min(sentence.end, after + 40));
    const code = seatIn(rest) ?? countries.find((mention) => mention.start >= after && mention.start - after <= 4 && mention.end <= sentence.end)?.code ?? null;
    if (!code) continue;
    const date: FoundDate = { date: publishedAt, precision: 'DAY', start: sentence.start, end: sentence.start, text: '' };
    // One such visit a text: the remarks of one day greet one guest.
    const visit: Draft = { type: 'DIPLOMATIC_VISIT', title: '', date, endDate: null, location: code, participants: [], countries: [{ country: code, role: 'HOST' }], sentences: [sentence], children: [], trigger: 'guest welcomed' };
    // "We discussed North Korea …", "our talks": the host and the guest held talks there that day (the meeting the remarks follow).
    const talks = document.sentences.find((each) => each.start > sentence.start && TALKS_TOLD.test(each.text));
    if (!talks) return [visit];
    return [visit, { type: 'MEETING', title: '', date, endDate: null, location: code, participants: [], countries: [{ country: code, role: 'HOST' }], sentences: [talks], children: [], trigger: 'guest welcomed', placed: true, verbTold: true, officeMet: true }];
  }
  return [];
}

/**
 * A legislature's record prints each speech after its speaker's name in capitals and the address to
 * the chair ("Mr. SMITH. Madam President, …"): a statement by that member, on the day of the record
 * (the publication date), in the country of the legislature the record names (Congress → US).
 */
// Online copies run the heading and the speech into one line ("ARMS SALES NOTIFICATION Mr. RISCH. Madam President, …").
const FLOOR_SPEECH = /(?<=^|\s)(?:Mr|Ms|Mrs|Miss)\.\s+([\p{Lu}][\p{Lu}'-]{2,})(?:\s+of\s+[\p{Lu}][\p{L} ]+)?\.\s+(?:Mr\.|Madam)\s+(?:President|Speaker|Chairman|Chair)\b/gmu;
const LEGISLATURES: [RegExp, string][] = [
  [/\b(Congressional Record|United States Senate|U\.S\. Senate|House of Representatives)\b/, 'US'],
  [/\b(House of Commons|House of Lords|Hansard)\b/, 'GB'],
];

/** The legislature whose record the text is, and the speeches it prints (read once for all the parts of a long text). */
const floorSpeeches = oncePerText((text) => {
  const legislature = LEGISLATURES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
  return { legislature, speeches: legislature ? [...text.matchAll(FLOOR_SPEECH)] : [] };
});

function floorStatements({ document, people, publishedAt }: EventsContext): Draft[] {
  const { legislature, speeches } = floorSpeeches(document.text);
  if (!legislature) return [];
  const drafts: Draft[] = [];
  for (const match of speeches) {
    const surname = match[1].toLowerCase();
    const speaker = people.find((person) => person.name.split(' ').pop()!.toLowerCase() === surname) ?? null;
    const sentence = document.sentences.find((each) => each.start <= match.index && each.end > match.index) ?? document.sentences.find((each) => each.start >= match.index);
    if (!sentence) continue;
    const date: FoundDate | null = publishedAt ? { date: publishedAt, precision: 'DAY', start: sentence.start, end: sentence.start, text: '' } : null;
    const draft: Draft = {
      type: 'STATEMENT',
      title: '',
      date,
      endDate: null,
      location: legislature,
      participants: [],
      countries: [{ country: legislature, role: 'HOST' }],
      sentences: [sentence],
      children: [],
      placed: true,
    };
    if (speaker) addParticipant(draft, speaker, 'SPEAKER');
    drafts.push(draft);
  }
  return drafts;
}

const TYPE_LABELS: Record<EventType, string> = {
  DIPLOMATIC_TRIP: 'Trip',
  DIPLOMATIC_VISIT: 'Visit',
  MEETING: 'Meeting',
  SUMMIT: 'Summit',
  ANNOUNCEMENT: 'Announcement',
  STATEMENT: 'Statement',
  ARMS_SALE: 'Arms sale',
  FUNERAL: 'Funeral',
  IMPEACHMENT: 'Impeachment',
  MARTIAL_LAW: 'Martial law',
  ELECTION: 'Election',
  PROTEST: 'Protest',
  MILITARY_ACTION: 'Military action',
  OTHER: 'Event',
};

/**
 * The participants, the one an event is named after first: a statement's speaker (whose words it is: two
 * statements about one person by two speakers are two events), any other event's subject.
 */
function byLead(draft: Draft): Draft['participants'] {
  const lead = draft.type === 'STATEMENT' && draft.participants.some(({ role }) => role === 'SPEAKER') ? 'SPEAKER' : 'SUBJECT';
  return [...draft.participants].sort((a, b) => Number(b.role === lead) - Number(a.role === lead));
}

/** A title in our own words: the type, who it is about, where. */
function titleOf(draft: Draft): string {
  const people = byLead(draft).slice(0, 2).map((participant) => participant.person.name);
  const actor = draft.countries.find((role) => role.role === 'PARTICIPANT')?.country;
  const who = people.length ? people.join(' and ') : actor ? countryName(actor) : null;
  const where = draft.city ?? (draft.location ? countryName(draft.location) : null);
  return [TYPE_LABELS[draft.type], who ? `: ${who}` : '', where ? ` (${where})` : ''].join('');
}

/**
 * The day an undated event is known by in its slug: none ("undated"), except for a statement, whose speaker
 * says many things on many days — undated words are known by the day of the report that tells them
 * ("statement-joe-biden-reported-2023-08-18"), so that two reports of a speaker's undated words on two days
 * are not one event under one slug, each report rewriting the other's reading.
 */
function undatedKey(draft: Draft, publishedAt: Date | null): string {
  return draft.type === 'STATEMENT' && publishedAt ? `reported-${isoDay(publishedAt)}` : 'undated';
}

/** States lying inside another's capital or land: an event there may be told by the capital around it (the Vatican in Rome). */
const ENCLAVED = new Set(['VA', 'SM']);

/**
 * The country of the city an event was held in, when a later reading gave the event another country ("wide-ranging talks
 * between Modi and visiting Russian President Putin" in New Delhi placed at the country of "American sanctions"; an
 * agreement headlined by its parties' demonym and told signed in Pretoria): the capital written in the event's own words is
 * where it happened (the guide's location), and its country wins. Only a capital (a site or town may be another happening's);
 * not an election (held across its country) nor words said (the speaker's home unless "said in", as the written-here
 * gold places them), not a state inside the capital's land (the Vatican in Rome), and not over the event's country written
 * as its place in its own words ("joined other world leaders in Germany …, which follows the meeting … in Brussels").
 */
function cityCountry(draft: Draft): string | null {
  if (!draft.city || !draft.location || ['ELECTION', 'STATEMENT'].includes(draft.type) || ENCLAVED.has(draft.location)) return null;
  const city = draft.city;
  const place = placeNamed(city);
  if (!place || place.kind !== 'capital' || place.code === draft.location || place.namesakes?.length || !draft.sentences.some((sentence) => sentence.text.includes(city))) return null;
  const countryWritten = new RegExp(String.raw`\b(?:in|at)\s+(?:the\s+)?${escapeRegExp(countryName(draft.location))}(?![\p{L}])`, 'u');
  return draft.sentences.some((sentence) => countryWritten.test(sentence.text)) ? null : place.code;
}

function finish(draft: Draft, parentSlug: string | null, facts: ExtractedFact[], own: OwnFacts, publishedAt: Date | null = null): ExtractedEvent {
  draft.location = cityCountry(draft) ?? draft.location;
  if (!draft.title) draft.title = titleOf(draft);
  const startDate = draft.date?.date ?? null;
  const endDate = draft.endDate?.date ?? startDate;
  const key = byLead(draft)[0]?.person.name ?? (draft.location ? countryName(draft.location) : null) ?? draft.countries[0]?.country ?? null;
  const slug = parentSlug
    ? slugOf(parentSlug, draft.city ?? (draft.location ? countryName(draft.location) : 'stop'))
    : slugOf(draft.type.replace(/_/g, '-'), key, isoDay(startDate) ?? undatedKey(draft, publishedAt));
  const subject = { kind: 'EVENT' as const, slug };
  const ownFrom = facts.length;
  const firstSentence = [...draft.sentences].sort((a, b) => a.start - b.start)[0];
  const whole = (sentence: Sentence) => ({ sentence: sentence.text, start: sentence.start, end: sentence.end });
  for (const sentence of draft.sentences) facts.push({ subject, fact: 'mention', value: null, ...whole(sentence), confidence: 0.7 });
  facts.push({ subject, fact: 'type', value: draft.type, ...whole(firstSentence), confidence: 0.75 });
  if (draft.date) {
    const { start, end } = draft.date;
    // The evidence is the date itself in its sentence; a date read outside the event's sentences
    // (a lead's day lent to an undated gathering) points at the event's first sentence whole.
    const dated = draft.sentences.find((sentence) => sentence.start <= start && end <= sentence.end);
    facts.push({
      subject,
      fact: 'date',
      value: `${isoDay(startDate)}/${isoDay(endDate)} ${draft.date.precision}`,
      ...(dated ? { sentence: dated.text, start, end } : whole(firstSentence)),
      confidence: 0.75,
    });
  }
  if (draft.location) facts.push({ subject, fact: 'location', value: draft.location, ...whole(firstSentence), confidence: 0.65 });
  for (const participant of draft.participants) {
    const mention = participant.person.mentions.find((candidate) => draft.sentences.includes(candidate.sentence)) ?? participant.person.mentions[0];
    facts.push({ subject, fact: 'participant', value: `${participant.role} ${participant.person.name}`, sentence: mention.sentence.text, start: mention.start, end: mention.end, confidence: 0.65 });
  }
  for (const role of draft.countries) facts.push({ subject, fact: 'country', value: `${role.role} ${role.country}`, ...whole(firstSentence), confidence: 0.6 });
  if (parentSlug) facts.push({ subject, fact: 'parent', value: parentSlug, ...whole(firstSentence), confidence: 0.7 });
  const event: ExtractedEvent = {
    slug,
    title: draft.title,
    type: draft.type,
    summary: null,
    startDate,
    endDate,
    datePrecision: draft.date?.precision ?? 'UNKNOWN',
    location: draft.location,
    participants: draft.participants.map((participant) => ({ person: participant.person.slug, role: participant.role })),
    countries: draft.countries,
    mentionCount: draft.sentences.length,
    firstOffset: firstSentence.start,
    children: [],
  };
  own.set(event, facts.slice(ownFrom));
  event.children = draft.children.map((child) => finish(child, slug, facts, own));
  return event;
}

