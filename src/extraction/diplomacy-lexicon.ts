// Diplomatic happenings told by verb classes (CAMEO 01 statements, 02 appeals, 04 consult, 042/043 visits),
// each verb with all its inflections from compromise's conjugation (crisis-lexicon.ts verbForms), so a rule
// names a meaning ("host a leader", "speak with a counterpart") rather than the tense one document used.
import { DENIED, verbForms } from './crisis-lexicon';

/** Who a meeting verb is done to: a name or a title ("President Lula", "his counterpart", "Chinese Foreign Minister"). */
const COUNTERPART_AHEAD = '(?=(?:visiting\\s+)?(?:\\p{Lu}|his\\s|her\\s|their\\s|the\\s+(?:visiting\\s+)?(?:\\p{Lu}|prime|president|foreign|defen[cs]e|chancellor|king|queen|emir|premier)))';

/** The meet class past "met" and "meeting" (older rules): hosting, receiving or being received, speaking or talking with, calling, a welcome to a place. */
export const MEETING_WORDINGS = new RegExp(
  [
    // "will host President Widodo", "is hosting Chancellor Scholz", "receives Prime Minister Modi"
    `\\b(?:${verbForms('host', 'receive')})\\s+${COUNTERPART_AHEAD}`,
    // "was received today by Prime Minister Abiy", "will be greeted by the King": a guest received, told from the guest's side
    // (the host is named after "by": meetings.ts `namedHost`)
    `\\b(?:is|was|were|are|be|been|being)\\s+(?:\\w+\\s+)?(?:received|greeted)\\s+(?:\\w+\\s+){0,2}?by\\s+${COUNTERPART_AHEAD}`,
    // "will speak with Foreign Minister Wang", "speaks with President Putin by phone", "talking to his counterpart"
    `\\b(?:${verbForms('speak', 'talk')})\\s+(?:(?:by\\s+|over\\s+the\\s+|on\\s+the\\s+)(?:tele)?phone\\s+)?(?:with|to)\\s+${COUNTERPART_AHEAD}`,
    // "called President Macron", "phones his counterpart" (not "called on", "called for", "called it")
    `\\b(?:${verbForms('call', 'phone', 'telephone')})\\s+(?=(?:his|her|their|the)\\s+(?:\\w+\\s+)?counterparts?\\b|(?:President|Prime\\s+Minister|Chancellor|King|Emir|Premier|(?:Foreign|Defen[cs]e)\\s+(?:Minister|Secretary)|Secretary\\s+of\\s+State)\\s+\\p{Lu})`,
    // "called up Prime Minister Modi to congratulate him", "calls up his counterpart" (not "called up reservists"), and a call
    // to someone named with an honorific ("had called Mr Barrow and conceded defeat"; not "called Mr X a liar")
    `\\b(?:${verbForms('call')})\\s+up\\s+(?=\\p{Lu}|(?:his|her|their)\\s+(?:\\w+\\s+)?counterparts?\\b)|\\b(?:${verbForms('call', 'phone', 'telephone')})\\s+(?=(?:Mr|Mrs|Ms|Dr)\\.?\\s+\\p{L})(?!(?:Mr|Mrs|Ms|Dr)\\.?\\s+(?:[\\p{L}'’-]+\\s+){1,3}(?:a|an|the)\\s)`,
    // "called Buhari to congratulate him", "telephoned Begin early this morning to inform him", "called his challenger Muhammadu
    // Buhari on Tuesday to concede defeat": a call to a person named by name, told with what calls are made for (not "called
    // Mr X a traitor", "called Parliament into session": no such purpose)
    `\\b(?:${verbForms('call', 'phone', 'telephone')})\\s+(?=(?:(?:his|her|their)\\s+(?:[\\p{Ll}-]+\\s+){1,3})?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3}\\s+(?:[^.;,]{0,50}?\\s)?to\\s+(?:congratulate|concede|offer|express|convey|discuss|inform|thank|wish|brief|assure|extend|apologi[sz]e)\\b)`,
    // "will meet the Prime Minister", "meeting his Japanese counterpart": met by office (older rules: "meet with", "met")
    `\\b(?:meet|meets|meeting)\\s+(?:the|his|her|their)\\s+(?:[\\p{Lu}][\\p{L}.-]*\\s+){0,3}(?:counterparts?|[Pp]resident|[Pp]rime\\s+[Mm]inister|[Cc]hancellor|[Kk]ing|[Ee]mir|[Ff]oreign\\s+[Mm]inister|[Dd]efen[cs]e\\s+(?:[Mm]inister|[Ss]ecretary)|[Ss]ecretary-[Gg]eneral|chief|leaders?|delegation)\\b`,
    // "welcomes Prime Minister Modi to Paris": a welcome to a place is a hosting there
    `\\b(?:${verbForms('welcome')})\\s+(?=(?:the\\s+)?(?:[\\p{Lu}][\\p{L}.'’-]*\\s+|of\\s+(?:the\\s+)?){1,8}to\\s+(?:the\\s+)?\\p{Lu})`,
    // "Talks between Foreign Minister Iwaya and Foreign Minister Cho were held", "the call between the two leaders" (not peace or trade talks: negotiations)
    `(?<!\\b(?:[Pp]eace|[Tt]rade|[Cc]easefire|[Tt]ruce|[Cc]oalition|[Nn]uclear|[Bb]order)\\s)\\b(?:[Tt]alks|[Dd]iscussions|[Cc]onsultations|call)\\s+between\\s+(?=\\p{Lu}|the\\s)`,
    // "Rubio and Lavrov talked by phone", "spoke by video link"
    `\\b(?:${verbForms('talk', 'speak', 'confer')})\\s+(?:by\\s+(?:tele)?phone|over\\s+the\\s+(?:tele)?phone|on\\s+the\\s+(?:tele)?phone|by\\s+video(?:\\s+link)?)\\b`,
    // "hosted a dinner for Prime Minister Modi", "gave a lunch in honour of the King"
    `\\b(?:${verbForms('host', 'give', 'hold', 'offer')})\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:dinner|lunch|luncheon|banquet|breakfast|reception)\\s+(?:for|in\\s+honou?r\\s+of|with)\\s+(?=\\p{Lu}|the\\s|his\\s|her\\s)`,
    // "held delegation-level talks", "hold bilateral meetings" (older rules: "held talks", "talks with")
    `\\b(?:${verbForms('hold', 'have')})\\s+(?:(?:bilateral|delegation-level|[\\w]+-level|formal|informal|wide-ranging|in-depth|separate|further|extensive|lengthy|closed-door)\\s+)+(?:talks|meetings|discussions|consultations)\\b`,
    // "NATO defence ministers gathered in Brussels", "leaders of the bloc convened for an emergency summit" (not crowds: a
    // protest or a concert gathers people; not mourners at a funeral)
    `(?<=\\b(?:[Mm]inisters|[Ll]eaders|[Hh]eads\\s+of\\s+(?:state|government)|[Dd]elegates|[Dd]elegations|[Ee]nvoys|[Nn]egotiators|[Ff]oreign\\s+secretaries)\\s+(?:[\\p{L}\\d-]+\\s+){0,4}?)(?:gathered|convened|assembled|gather|convene)\\s+(?:in|at|for)\\s+(?![^.;]{0,80}?\\b(?:funeral|memorial|burial|wedding|coronation)s?\\b)`,
    // "held a bilateral with his counterpart", "had an audience with the King", "paid a call on Prime Minister Anwar"
    `\\b(?:${verbForms('hold', 'have')})\\s+(?:a|an)\\s+(?:short\\s+|brief\\s+|formal\\s+)?bilateral\\s+with\\b|\\b(?:an?\\s+)?(?:private\\s+|royal\\s+)?audience\\s+with\\s+${COUNTERPART_AHEAD}|\\b(?:${verbForms('pay')})\\s+(?:a\\s+)?(?:courtesy\\s+)?calls?\\s+on\\s+${COUNTERPART_AHEAD}`,
    // "held a working dinner", "had a working lunch at the Élysée": a meal of state between the people named
    `\\b(?:${verbForms('hold', 'have', 'host')})\\s+(?:a|an)\\s+(?:working|official|private|state|informal|bilateral)\\s+(?:dinner|lunch|luncheon|breakfast)\\b`,
    // an envoy's credentials presented or received ("presented her credentials to the Emperor", "received the credentials of new ambassadors")
    `\\b(?:${verbForms('present')})\\s+(?:his|her|their)\\s+(?:letters\\s+of\\s+)?credentials\\s+to\\b|\\b(?:${verbForms('receive', 'accept')})\\s+(?:the\\s+)?(?:letters\\s+of\\s+)?credentials\\s+(?:of|from)\\b`,
    // "officials held consultations in Beijing", "the delegations held meetings" (older rules: "held talks")
    `\\b(?:${verbForms('hold')})\\s+(?:(?:bilateral|separate|further|formal|informal|political|strategic|annual|regular)\\s+)*(?:consultations|discussions|meetings)\\b`,
    // "caught up with Foreign Minister Peters"
    `\\b(?:${verbForms('catch')})\\s+up\\s+with\\s+${COUNTERPART_AHEAD}`,
    // "later called on Prime Minister Ishiba" (a call paid in person; not "called on him to stop": an appeal)
    `\\b(?:${verbForms('call')})\\s+on\\s+(?:the\\s+)?(?:President|Prime\\s+Minister|Chancellor|King|Queen|Emir|Crown\\s+Prince|Sultan|Premier|Governor-General|Pope|Emperor)\\s+(?=\\p{Lu})(?![^.;]*?\\bto\\s+(?!discuss\\b|review\\b|exchange\\b)\\w)`,
    // "took part in talks with Russian officials", "joined discussions with the delegation"
    `\\b(?:${verbForms('participate')}\\s+in|(?:${verbForms('take')})\\s+part\\s+in|${verbForms('join')})\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:talks|discussions|consultations|meetings?)\\s+with\\s+${COUNTERPART_AHEAD}`,
  ].join('|'),
  'u',
);

/** Meeting wordings that are verbs (their subject written before them is no place; a named pair is news undated). */
// Not the nouns among the forms ("the meeting", "talks with", "a call with"): a noun refers back to a meeting already told.
const NOUN_FORMS = new Set(['meeting', 'talk', 'talks', 'call', 'calls']);
const VERB_FORMS = verbForms('meet', 'hold', 'host', 'receive', 'welcome', 'speak', 'talk', 'call', 'phone', 'telephone', 'confer')
  .split('|')
  .filter((form) => !NOUN_FORMS.has(form))
  .join('|');
export const MEETING_VERB = new RegExp(`^(?:${VERB_FORMS}|had|sat)\\b`, 'i');

/** Meeting verbs that host: the meeting is in the host's country. */
export const HOSTING_VERB = new RegExp(`^(?:${verbForms('host', 'receive')})\\b`);

/**
 * An envoy summoned or called in ("summoned the Chinese ambassador", "called in Russia's chargé
 * d'affaires"): a meeting at the summoning ministry, with a state organ as its only named side.
 */
export const SUMMONED_ENVOY = new RegExp(
  `\\b(?:${verbForms('summon')}|(?:${verbForms('call')})\\s+in)\\s+(?:the\\s+|a\\s+)?(?:[\\p{L}’'.-]+\\s+){0,3}?(?:ambassador|envoy|chargé|charge|diplomats?|head\\s+of\\s+mission)(?![\\p{L}])`,
  'iu',
);

/**
 * Talks told as a noun whose two sides are states, with no one named ("the talks between Russia and Turkey on the
 * deliveries", "Sino-Russian talks on the sale", "Athens is also engaged in talks with Israel", "Greece was negotiating
 * with Israel"): the two governments' negotiation is a meeting of theirs, undated and unplaced unless the sentence says.
 * Both sides must be countries (checked against the sentence's country mentions where the pattern runs: `stateSides`).
 * Not peace, trade, ceasefire or coalition talks: negotiations over time, not one gathering (as `GATHERING` reads them).
 */
const NAME_WORDS = String.raw`\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*){0,2}`;
export const STATE_TALKS = new RegExp(
  [
    // "talks between Russia and Turkey", "the continuing negotiations between China and the UK", "discussions between Turkey and Greece"
    String.raw`(?<!\b(?:[Pp]eace|[Tt]rade|[Cc]easefire|[Tt]ruce|[Cc]oalition)\s)\b(?:talks|negotiations|discussions)\s+between\s+(?:the\s+)?${NAME_WORDS}\s+and\s+(?:the\s+)?${NAME_WORDS}`,
    // "Sino-Russian talks", "Turkish-Greek talks", "U.S.-Iran nuclear negotiations"
    String.raw`\b(?:Sino|\p{Lu}[\p{L}.]*)-\p{Lu}[\p{L}.]*\s+(?!(?:peace|trade|ceasefire|truce|coalition)\s)(?:[\p{Ll}-]+\s+)?(?:talks|negotiations|discussions)\b`,
    // "Athens is also engaged in talks with Israel", "Greece was negotiating with Israel" (the side before is read by `stateSides`)
    String.raw`\b(?:is|was|are|were|been|remains|remained)\s+(?:also\s+|now\s+|still\s+|already\s+)?(?:(?:engaged|involved)\s+in\s+(?:[\p{Ll}-]+\s+)?(?:talks|negotiations|discussions)|negotiating)\s+with\s+(?:the\s+)?${NAME_WORDS}`,
  ].join('|'),
  'u',
);

/**
 * The words English names a kind of visit by, written before "visit", "trip" or "journey" ("an official goodwill visit to",
 * "his recent work visit to", "a brief visit to", "the papal visit to"): its protocol grade (state, official, working, private,
 * courtesy, goodwill …), who makes it (papal, royal, imperial, presidential, ministerial …), its length or haste (brief, short,
 * lightning, whirlwind, flying) and its standing (high-level, high-profile). Each still names a journey to the place after it.
 */
export const VISIT_KINDS = [
  'state', 'official', 'working', 'work', 'private', 'personal', 'unofficial', 'informal', 'formal', 'courtesy', 'goodwill', 'friendship', 'friendly', 'fact-finding', 'farewell', 'introductory', 'bilateral',
  'papal', 'pastoral', 'apostolic', 'royal', 'imperial', 'presidential', 'ministerial',
  'brief', 'short', 'lightning', 'whirlwind', 'flying',
  'high-level', 'high-profile',
].join('|');

/** Travel verbs in every tense (compromise gives only "travelled"; the American spelling is added). */
export const TRAVEL_FORMS = `${verbForms('travel')}|traveling|traveled`;

/** "arrives in Washington", "will land in Beijing": a visitor's arrival, any tense (older rule: "arrived", "landed"). */
export const ARRIVAL_WORDINGS = new RegExp(`\\b(?:${verbForms('arrive', 'land')})\\s+in\\s+(?=\\p{Lu})`, 'u');

/** "travels to Fiji", "is flying to Tokyo", "will head to Paris": a journey to a place, any tense (not one suffered: "was flown to The Hague"). */
// "flown" is left out: mostly a passive, also far from its "was" ("was arrested in Manila and flown to The Hague").
const FLY_FORMS = verbForms('fly', 'head').split('|').filter((form) => form !== 'flown').join('|');
export const JOURNEY_WORDINGS = new RegExp(`(?<!\\b(?:was|were|been|being|be)\\s+)\\b(?:${TRAVEL_FORMS}|${FLY_FORMS})\\s+(?:on\\s+)?to\\s+(?=(?:the\\s+)?\\p{Lu})`, 'u');

/**
 * More movements of the visit class (CAMEO 042/043), any tense: "made his first trip to Washington",
 * "embarked on a trip to Japan", "will stop in Singapore", "departed for Canberra", "flew into Jakarta",
 * "is expected in Washington on Wednesday". The destination is the place written right after.
 */
const STOP_FORMS = verbForms('stop').split('|').filter((form) => form !== 'stop' && form !== 'stopped').join('|');
export const VISIT_WORDINGS = new RegExp(
  [
    `\\b(?:his|her|their|its|a|an|the|first|official|working|state|planned|recent|maiden)\\s+(?:[\\w-]+\\s+){0,2}?(?:trip|journey)\\s+to\\s+(?=(?:the\\s+)?\\p{Lu})`,
    // "at the start of a four-nation tour", "on a three-country swing through the region": a tour of several states (no one place)
    `\\b(?:his|her|their|a|an|the)\\s+(?:[\\w-]+-day\\s+)?(?:two|three|four|five|six|seven|eight|\\d)-(?:nation|country|state|stop|leg)\\s+(?:tour|trip|swing|visit|journey)\\b`,
    // "will stop in Singapore", "is stopping over in Guam" (not "stopped in": an older rule; not "fighting stopped")
    `\\b(?:(?:will|to|also|then|briefly)\\s+stop|${STOP_FORMS})\\s+(?:over\\s+)?in\\s+(?=\\p{Lu})`,
    `\\b(?:${verbForms('depart', 'leave')})\\s+for\\s+(?=(?:the\\s+)?\\p{Lu})`,
    `\\b(?:${verbForms('fly')})\\s+into\\s+(?=\\p{Lu})`,
    `\\b(?:is|are|was|were)\\s+expected\\s+in\\s+(?=\\p{Lu})`,
  ].join('|'),
  'u',
);

/**
 * "visited Poland", "will visit Djibouti", "is visiting the Republic of Korea": the visit verb with its destination
 * as its object, any tense — a visit by whoever the sentence names before it, not only a trip's own traveller. The
 * object must be a place (`destination` in events.ts): "visiting Israeli President Herzog" is a guest's meeting,
 * "visited U.S. troops" no visit to a state.
 */
export const VISITED_PLACE = new RegExp(`\\b(?:${verbForms('visit')})\\s+(?=(?:the\\s+)?\\p{Lu})`, 'u');

/** A judgement passed on something ("called the remarks irresponsible", "calls the actions unacceptable", "called the launch a violation of"): disapproval (CAMEO 11). */
const CALLED_UNACCEPTABLE = `\\b(?:${verbForms('call')})\\s+(?:the|his|her|its|their|this|that|these|those|such|[\\p{Lu}][\\p{L}-]*['’]s)\\s+(?:[\\p{L}’'-]+\\s+){0,4}?(?:irresponsible|unacceptable|provocative|illegal|unlawful|dangerous|regrettable|baseless|groundless|reckless|absurd|outrageous|deplorable|(?:an?\\s+)?(?:[\\p{L}-]+\\s+)?(?:violation|provocation|breach)\\s+of)\\b`;

/** After "welcomed the …": a guest named by office is hosted, not a thing welcomed ("welcomed the Crown Prince of Saudi Arabia to Downing Street"). */
const NOT_A_GUEST = "(?!\\s*(?:the|a|an|its|their)\\s+(?:[\\p{L}.’'-]+\\s+){0,3}?(?:President|Prime\\s+Minister|Premier|Chancellor|King|Queen|Crown\\s+Prince|Emir|Sultan|Pope|Minister|Secretary|[Dd]elegation|[Cc]ounterpart|[Vv]isitors?|[Gg]uests?)\\b(?!['’]s\\b))";

/**
 * An office holder's public word, any tense, by the verbs of comment and appeal (CAMEO 01, 02, 11, 12):
 * "condemned the attack", "urges restraint", "called for calm", "expressed concern", "reiterated".
 * Not "said": a quote's attribution in every news story (older rules take it only dated right after).
 */
export const COMMENT_WORDINGS = new RegExp(
  [
    `\\b(?:${verbForms('condemn', 'denounce', 'deplore', 'criticise', 'criticize', 'urge', 'warn', 'reiterate', 'reaffirm', 'accuse', 'demand')})\\s+(?=(?:the|a|an|all|both|his|her|its|their|that|against|\\p{Lu}|restraint|calm|on\\s+\\p{Lu}\\p{Ll}+day|today|yesterday))`,
    // Welcoming or praising a thing, not a guest ("welcomed President Macron to Ottawa" is a hosting).
    // Commitments voiced ("vowed to restore order", "pledged to hold elections"; not aid pledged: "pledged $10 million")
    `\\b(?:${verbForms('vow', 'pledge', 'promise')})\\s+(?:(?:on\\s+)?(?:\\p{Lu}\\p{Ll}+day|today)\\s+)?to\\s+(?!the\\b|a\\b|an\\b)`,
    `\\b(?:${verbForms('welcome', 'praise')})\\s+(?=(?:the|a|an|all|both|its|their|that|this)\\s)${NOT_A_GUEST}`,
    `\\b(?:${verbForms('call', 'appeal')})\\s+(?:for|on)\\s+(?!\\w+\\s+(?:to\\s+)?(?:visit|meet)\\b)`,
    CALLED_UNACCEPTABLE,
    `\\b(?:${verbForms('express', 'voice')})\\s+(?:\\w+\\s+)?(?:concern|regret|condolences|support|solidarity|alarm|outrage|hope|opposition|disappointment)\\b`,
    `\\b(?:${verbForms('lodge', 'file', 'register')})\\s+(?:an?\\s+)?(?:strong\\s+|formal\\s+|stern\\s+|diplomatic\\s+|official\\s+)*(?:protest|complaint|démarche|demarche)\\b`,
    // Where the word was given to the public: "told journalists", "said at a press conference", "said on X", "posted on social media"
    // (not "told lawmakers": a leader's words in a legislature are the background of a story more often than its news).
    `\\b(?:${verbForms('tell')})\\s+(?:the\\s+)?(?:journalists|(?:the\\s+)?media|(?:a|the|his|her)\\s+(?:(?:regular|daily|weekly|joint|televised)\\s+)?(?:news|press)\\s+(?:conference|briefing))\\b`,
    // "Foreign Minister Wang Yi's statement on the strikes": the office holder's words as a thing (the speaker checked in events.ts)
    `(?<=['’]s\\s)(?:statement|remarks|address|speech)\\s+(?:on|about|at|to|in|after)\\b`,
    // a warning, an appeal or a proclamation issued on a written day
    `\\b(?:${verbForms('issue', 'release')})\\s+(?:a|an)\\s+(?:[\\w-]+\\s+)?(?:warning|appeal|proclamation)\\b`,
    `\\b(?:said|spoke|stated)\\s+(?:at|during)\\s+(?:a|the|his|her)\\s+(?:joint\\s+)?(?:news|press)\\s+(?:conference|briefing)\\b`,
    `\\b(?:said|wrote|posted|announced)\\s+(?:in\\s+a\\s+post\\s+)?on\\s+(?:X|Twitter|Facebook|Telegram|Instagram|Truth\\s+Social|social\\s+media)\\b`,
  ].join('|'),
  'u',
);

/**
 * A reaction told as a thing a happening drew from others (CAMEO 11 disapprove, 04 consult: praise and concern): "sparked
 * condemnation from the African Union", "triggered criticism from the US and its allies", "drew widespread condemnation from
 * governments in Latin America", "met with sharp rebukes from Beijing". News style turns the speakers' words into a noun of
 * reaction after a verb of causing; the corpus guide annotates each such reaction as its speakers' statement. The words: English
 * verbs of eliciting a response (draw, spark, trigger, prompt, provoke, earn, attract, elicit; "met with") and nouns of spoken
 * judgement, with someone named after "from" (a capitalized name, or governments, leaders, officials, allies). Not a crowd's
 * reaction ("sparked protests from students" is a protest), nor one withheld ("drew no objections from Congress").
 */
export const REACTION_DRAWN = new RegExp(
  `\\b(?:${verbForms('draw', 'spark', 'trigger', 'prompt', 'provoke', 'earn', 'attract', 'elicit')}|met\\s+with)\\s+(?:(?:an?|widespread|wide|strong|sharp|fierce|swift|quick|immediate|international|global|broad|harsh|stern|angry|rare|public|further|more)\\s+){0,3}(?:condemnation|criticism|censure|rebukes?|denunciations?|outrage|alarm|concern|praise|objections?)\\s+(?:[\\p{L}-]+\\s+){0,3}?from\\s+(?=(?:the\\s+)?(?:\\p{Lu}|(?:governments|leaders|officials|allies|neighbou?rs)\\b))`,
  'u',
);

/**
 * Words given in a speech or remarks (CAMEO 01 "make public statement"): "delivered remarks at the
 * embassy", "will give a keynote address", "addressed the National Assembly", "gave a lecture at the
 * university" (older rules: "gave a speech", "in a speech"). Not an issue addressed, nor remarks quoted.
 */
export const SPEECH_WORDINGS = new RegExp(
  [
    `\\b(?:${verbForms('deliver', 'give', 'make')})\\s+(?:a\\s+|an\\s+|his\\s+|her\\s+|their\\s+|the\\s+)?(?:(?:joint|keynote|brief|short|opening|closing|televised|public|policy|major|farewell|inaugural)\\s+)*(?:remarks|address|lecture|keynote)\\b`,
    // "delivered an arrival speech", "gave a television interview", "delivering the first ever address by …": the occasion named
    // by a few words of any kind between its article and its noun (the article written: "made no remarks" tells none)
    `\\b(?:${verbForms('deliver', 'give', 'make')})\\s+(?:a|an|his|her|their|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:speech|address|interview|remarks|lecture)\\b`,
    `\\b(?:${verbForms('address')})\\s+(?:a\\s+|the\\s+|an\\s+)?(?:joint\\s+session\\s+of\\s+(?:the\\s+)?)?(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,4}(?:[Pp]arliament|[Aa]ssembly|Congress|Senate|Diet|Knesset|Bundestag|Majlis|Council|Conference|Forum|Summit|Dialogue|[Uu]niversity|nation|students|audience|rally|troops|diaspora)\\b`,
    // "addressed a joint press conference", "will address the media", "addressing a crowd of 1,000", "addressed the conference on …",
    // "would address the Indian community": an audience or a gathering written in lower case, with a few words before a community
    `\\b(?:${verbForms('address')})\\s+(?:a\\s+|the\\s+|an\\s+)?(?:(?:joint|large|huge|packed|small|big|special|plenary|closing|opening)\\s+)*(?:(?:press|news|media)\\s+(?:conference|briefing)|media|reporters|journalists|crowds?|gathering|conference|forum|summit|plenary|rally)\\b`,
    // "will address both Houses of Parliament", "addressed the Indian community in Djibouti", "addressed his supporters": an
    // audience by its determiner or its noun, a house of a legislature, a community, the public
    `\\b(?:${verbForms('address')})\\s+(?:both|all|his|her|their|its)\\s+(?:[\\p{L}.'’-]+\\s+){0,3}(?:[Hh]ouses|[Pp]arliament|[Cc]hambers|supporters|followers|compatriots|citizens|people|nation|troops)\\b`,
    `\\b(?:${verbForms('address')})\\s+(?:a\\s+|the\\s+|an\\s+)(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}(?:community|diaspora|public|people|supporters|graduates|delegates)\\b`,
  ].join('|'),
  'u',
);

/**
 * A state or a body of states speaking on a written day, told in the past (CAMEO 01, 11, 12): "Japan
 * condemned the launch on Monday", "The European Union welcomed the agreement on Tuesday", "the African
 * Union urged calm on Friday". The speaker is checked in events.ts (a country named right before the verb,
 * or one of these bodies); the document's own voice speaks in the present ("The United States condemns").
 */
export const BODY_SPEAKERS = '(?:European\\s+Union|EU|United\\s+Nations|UN|Security\\s+Council|General\\s+Assembly|NATO|African\\s+Union|ASEAN|G7|G20|OAS|ECOWAS|Arab\\s+League|Commission)';
/** A day written as a date ("on October 16", "on 3 August", "October 16, 2016"), or the evening's words "tonight", "last night". */
const DATE_WORD = "(?:tonight|last\\s+night|(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2}\\b|\\d{1,2}\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)";
/** A day written right after a verb or right before it ("said on Tuesday", "on Monday said", "today announced"); not a weekday naming a happening ("said Thursday's summit …"). */
const DAY_WORD = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)(?!['’]s)";
export const STATE_COMMENT = new RegExp(
  // "China said on Tuesday", "The Kremlin on Monday said", "Australia today announced": a state's word on a written day
  // (undated, "X said" is every quote's attribution).
  `\\b(?:condemned|denounced|deplored|critici[sz]ed|accused|demanded|welcomed(?=\\s+(?:the|a|an|all|both|its|their|that|this)\\s)${NOT_A_GUEST}|warned|urged|(?:called|appealed)\\s+(?:for|on)|rejected|protested|expressed\\s+(?:\\w+\\s+)?(?:concern|regret|condolences|support|solidarity|alarm|outrage|hope|opposition|disappointment)|(?:lodged|filed)\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:protest|complaint))(?=\\s)|${CALLED_UNACCEPTABLE}|${DENIED}`,
  'u',
);

/**
 * "China said on Tuesday", "The Kremlin on Monday said", "Australia today announced": a state's word on a written
 * day, the day right beside the verb (undated, "X said" is every quote's attribution; events.ts checks the speaker).
 */
export const STATE_SAID = new RegExp(
  `\\b(?:said|stated|announced)(?=\\s+(?:on\\s+|late\\s+|early\\s+|earlier\\s+)*(?:${DAY_WORD}|${DATE_WORD})\\b)|(?<=\\b${DAY_WORD}(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+)(?:said|stated|announced)\\b`,
  'u',
);

/**
 * Words given to the press by name (CAMEO 01 make public statement): "told AFP news agency", "told Europe 1 radio on
 * Wednesday", "told Reuters", "told state television", "told a local newspaper". The speaker is checked in events.ts (an
 * office holder named right before the verb); "told reporters" and interviews are older rules'.
 */
export const MEDIA_TOLD = new RegExp(
  `\\b(?:${verbForms('tell')})\\s+(?:the\\s+)?(?:(?:AFP|Reuters|AP|Associated\\s+Press|BBC|CNN|Xinhua|TASS|Tass|Interfax|Kyodo|Yonhap|NHK|Al\\s+Jazeera|Bloomberg|Sky\\s+News|Fox\\s+News|NPR)\\b|(?:[\\p{Lu}\\d][\\p{L}\\d&.'’-]*\\s+){1,4}(?:news\\s+agency|radio|television|TV|newspaper|daily|broadcaster|channel|network|magazine)\\b|(?:Radio|Television|TV)\\s+\\p{Lu}|(?:state|local|national|public)\\s+(?:media|television|TV|radio|broadcaster)\\b|(?:an?\\s+)(?:[\\p{L}-]+\\s+)?(?:newspaper|news\\s+agency|broadcaster|radio\\s+station|television\\s+channel)\\b)`,
  'u',
);

/**
 * Something made public on a written day, told in the passive with no announcer ("it was announced on Friday", "The purchase was
 * first announced on October 20, 2016"): an announcement of that day, whoever made it (CAMEO 01).
 */
export const ANNOUNCED_ON = new RegExp(
  `\\b(?:was|were|has\\s+been|had\\s+been)\\s+(?:(?:first|officially|formally|publicly|jointly)\\s+)?announced(?=\\s+(?:on\\s+|late\\s+|early\\s+)?(?:${DAY_WORD}|${DATE_WORD}))`,
  'u',
);

/** Plans and policies made public ("unveiled a new defence strategy", "launched the Enhanced Economic Engagement Strategy"). */
const PLAN_WORDS = "(?:[Ss]trateg(?:y|ies)|[Pp]lan|[Ii]nitiative|[Pp]olicy|[Rr]eview|[Ff]ramework|[Rr]oadmap|[Pp]rogram(?:me)?|[Ww]hite\\s+[Pp]aper|[Dd]octrine|[Aa]genda)";
export const ANNOUNCEMENT_WORDINGS = new RegExp(
  [
    `\\b(?:${verbForms('unveil', 'launch', 'publish', 'announce')})\\s+(?:an?\\s+|the\\s+|its\\s+|their\\s+|his\\s+|her\\s+)?(?:(?:new|national|first|long-awaited|updated|revised)\\s+)*(?:[\\p{L}\\d’'-]+\\s+){0,5}?${PLAN_WORDS}\\b`,
    // the plan first, then its launch ("the Engagement Strategy, which was launched last week by the two Prime Ministers")
    `\\b${PLAN_WORDS},?\\s+(?:which\\s+|that\\s+)?(?:was|were|has\\s+been|had\\s+been)\\s+(?:launched|unveiled|announced|published)\\b`,
    // an announcement told as a thing, with what was announced or by whom ("Yesterday's announcement of a ceasefire agreement",
    // "the recent announcement of its largest increase in defence spending", "the results announced by the Electoral Commission")
    `\\b(?:(?:[Yy]esterday|[Tt]oday|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|[Ll]ast\\s+week)['’]s|[Tt]he|[Ii]ts|his|her|their)\\s+(?:(?:recent|surprise|formal|official|long-awaited)\\s+)?announcement\\s+(?:of|by)\\s+(?!the\\s+(?:proposed\\s+|possible\\s+)?(?:sale|purchase)\\b)`,
    `\\b(?:results|measures|decisions?|plans?|reforms?|sanctions|package)\\s+(?:officially\\s+)?announced\\s+by\\s+(?:the\\s+)?\\p{L}`,
  ].join('|'),
  'u',
);

/** Words that tell an occasion on air as one before or after another ("an earlier broadcast", "another video"). */
const OCCASION_TOLD = '(?:(?:earlier|later|second|new|separate)\\s+)?';
/** A broadcaster words go out on ("state television", "national TV", "state-run radio", "the national broadcaster"). */
const ON_AIR = '(?:the\\s+)?(?:(?:state|state-run|state-owned|national|public|official)\\s+)?(?:television|TV|radio|broadcaster)\\b';
/**
 * Words made known on air (CAMEO 01, as the corpus guide types a coup leader's or a resigning president's broadcast: an
 * ANNOUNCEMENT): "appeared on state television", "announced his resignation on national TV", "a statement read out over
 * national television", "in a televised address", "addressed the nation", "Statement No. 1 was broadcast". Not words told to a
 * broadcaster in an interview ("told state television": MEDIA_TOLD), nor a station seized ("took control of state TV").
 */
export const BROADCAST_WORDINGS = new RegExp(
  [
    `\\b(?:${verbForms('appear')})\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?on\\s+${ON_AIR}`,
    // (the verb's own words, "announced … on state television", are read from the air, not from the verb: announcementOf reads the verb;
    // the verb is looked back for only where "on" or "over" stands, not from every place of the sentence)
    `\\b(?:on|over)(?<=\\b(?:${verbForms('announce', 'declare', 'proclaim')}|read|read\\s+out)\\b[^.;:]{0,80}?\\b(?:on|over))\\s+${ON_AIR}`,
    // (a sentence may open with them, and an occasion before or after another be told so: "In an earlier broadcast, X offered …")
    `\\b[Ii]n\\s+an?\\s+${OCCASION_TOLD}(?:(?:nationally\\s+)?televised|television|TV|radio)\\s+(?:address|speech|statement|broadcast|announcement|appearance)\\b`,
    `\\b(?:${verbForms('address')})\\s+the\\s+nation\\b`,
    `\\b[Ii]n\\s+an?\\s+${OCCASION_TOLD}(?:radio\\s+|television\\s+|national\\s+)?broadcast\\b`,
    // words recorded and put out ("the officers released another video claiming …", "said a uniformed officer … in a video");
    // not a scene a video shows ("soldiers were seen in a video firing"): a verb of saying or announcing comes first
    `\\b(?:${verbForms('release', 'post', 'issue', 'publish')})\\s+(?:an?|another)\\s+(?:new\\s+|second\\s+|short\\s+)?video\\s+(?:claiming|saying|announcing|declaring|in\\s+which)\\b`,
    `\\bin(?<=\\b(?:said|says|announced|announces|declared|declares|proclaimed)\\b[^.;:]{0,80}?\\bin)\\s+an?\\s+(?:new\\s+|short\\s+)?video\\b`,
    // (words told as a thing, not a ruling or a match shown live: "The ruling was aired live")
    // (capitalized as a sentence's first word or a title, with its number: "“Statement No. 1” was duly broadcast")
    `\\b(?:[Ss]tatement|[Aa]nnouncement|[Nn]ews|[Aa]ddress|[Ss]peech|[Mm]essage|[Cc]ommuniqu[eé])\\b(?:[^.;:]|\\.(?=\\s*\\d)){0,60}?\\b(?:was|were)\\s+(?:duly\\s+|later\\s+|then\\s+)?(?:broadcast|aired|televised)\\b`,
  ].join('|'),
  'u',
);

/** Whom an engagement at a stop is with: a name, an office, or a body of officials ("President Tinubu", "his counterpart", "senior officials", "government leaders"). */
const ENGAGED_AHEAD =
  '(?=\\p{Lu}|(?:the|his|her|their|my|our)\\s|(?:senior|key|local|regional|provincial|state|federal|national|government|civil|business|community|opposition|religious|political|military|defen[cs]e|members|leaders|officials|counterparts|representatives|ministers|lawmakers|parliamentarians)\\b)';
/** Words that may open a named gathering before its name ("the second", "the annual", "the 14th"). */
const GATHERING_ORDINAL = '(?:(?:first|second|third|fourth|fifth|sixth|annual|inaugural|biannual|\\d+(?:st|nd|rd|th))\\s+)?';
/** A capitalized gathering's name, commas and "and" inside it ("the U.S.-Vietnam Political, Security, and Defense Dialogue"). */
const GATHERING_NAME = "(?:[\\p{Lu}\\d][\\p{L}\\d.'’()+-]*,?\\s+(?:and\\s+|&\\s+)?){1,10}?";

/**
 * The engagements an itinerary lists at a stop (CAMEO 04 consult, 043 "meet at a third location"), every
 * tense: "is due to meet Prime Minister Marape", "to meet Foreign Minister Cho", "will sit down with her
 * counterpart", "will hold a Japan-France Foreign Ministers' Meeting with", "hold bilateral talks",
 * "pay a courtesy call on", "call on Prime Minister Ishiba" (not "call on him to stop": an appeal), "engage
 * with government leaders", "participate in the U.S.-Vietnam Political, Security, and Defense Dialogue".
 * Not the bare "met" (events.ts: at a news story's multi-stop trip it tells the stop's visit).
 */
const MEET_FORMS = verbForms('meet').split('|').filter((form) => form !== 'met').join('|');
export const ENGAGEMENT_WORDINGS = new RegExp(
  [
    `\\b(?:${MEET_FORMS})\\s+(?:(?:again|separately|privately|jointly|also)\\s+)?(?:with\\s+)?${ENGAGED_AHEAD}`,
    `\\b(?:${verbForms('sit')})\\s+down\\s+with\\b`,
    `\\b(?:${verbForms('hold', 'have')})\\s+(?:a|an|the|their|his|her)\\s+(?:[\\p{L}\\d.'’()-]+,?\\s+){0,8}?(?:[Mm]eetings?|[Dd]ialogue|[Cc]onsultations|[Tt]alks?|bilateral|call|lunch|luncheon|dinner|breakfast)\\s+with\\b`,
    // ("conduct bilateral meetings in Zimbabwe on …": an itinerary's engagements at its stops)
    `\\b(?:${verbForms('hold', 'have', 'conduct')})\\s+(?:(?:bilateral|separate|further|formal|informal|official|delegation-level|high-level|in-depth|wide-ranging|\\w+-\\w+)\\s+)*(?:talks|meetings|discussions|consultations)\\b`,
    `\\b(?:${verbForms('pay')})\\s+(?:a\\s+)?courtesy\\s+calls?\\s+(?:on|to)\\b`,
    // "travel to Seoul for talks with Defense Minister Kim", "for bilateral meetings with" (not "in meetings with": a stop's framing)
    `\\bfor\\s+(?:(?:bilateral|further|separate|official|high-level)\\s+)?(?:talks|meetings|discussions|consultations)\\s+with\\b`,
    `\\b(?:${verbForms('call')})\\s+on\\s+(?:the\\s+)?(?:President|Prime\\s+Minister|Chancellor|King|Queen|Emir|Crown\\s+Prince|Sultan|Premier|Governor-General|Pope)\\b(?![^.;]*?\\bto\\s+(?!discuss\\b|review\\b|exchange\\b)\\w)`,
    `\\b(?:${verbForms('engage', 'consult', 'confer')})\\s+with\\s+${ENGAGED_AHEAD}`,
    // "will engage senior government officials, civil society and …": engaging a group of officials is meeting them.
    `\\b(?:${verbForms('engage')})\\s+(?=(?:senior|key|local|regional|government|civil|business|community|opposition|religious|political|members|leaders|officials|counterparts|representatives)\\b)`,
    // "took part in talks with Russian officials", "will join discussions with government leaders"
    `\\b(?:${verbForms('participate')}\\s+in|(?:${verbForms('take')})\\s+part\\s+in|${verbForms('join')})\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:talks|discussions|consultations|meetings?)\\s+with\\s+${ENGAGED_AHEAD}`,
    `\\b(?:${verbForms('participate')}\\s+in|(?:${verbForms('take')})\\s+part\\s+in|${verbForms('co-chair', 'cochair', 'co-host', 'attend', 'join')})\\s+the\\s+${GATHERING_ORDINAL}${GATHERING_NAME}(?:Meeting|Dialogue|Ministerial|Consultations)\\b`,
  ].join('|'),
  'gu',
);
