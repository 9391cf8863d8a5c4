// Happenings of the OTHER family named in passing, by class of meaning (the ACE event classes CAMEO leaves out:
// personnel, justice, disasters and accidents, materiel handed over, occasions, decisions with a day of their own),
// each class one list of wordings, so that a rule names a kind of happening and not one document's phrase. The
// corpus guide annotates "planned events and referenced past events" alike; a bare topic or situation ("the
// pandemic", "tensions in the Aegean") is none, so every wording here tells something that happened or will.
import type { CountryMention } from './countries';
import { WEAPONS } from './arms-sales';
import { verbForms } from './crisis-lexicon';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** What opens a day, month or year written right after a verb ("adopted in 2014", "founded on 8 June", "adopted last year"). */
const DAY_AHEAD = `(?=(?:early\\s+|late\\s+|mid-?)?(?:\\d|${MONTH}\\b|(?:last|this|next|earlier\\s+this)\\s+(?:year|month|week)\\b))`;

/** Who takes a place or power by force or in a crowd: what they take over is a coup's or a protest's, not an office. */
const TAKERS_BY_FORCE =
  '[Mm]ilitary|[Aa]rmy|[Aa]rmed\\s+[Ff]orces|[Ff]orces|[Jj]unta|[Ss]oldiers|[Tt]roops|[Oo]fficers|[Rr]ebels|[Mm]ilitants|[Ii]nsurgents|[Ff]ighters|[Gg]enerals?|[Pp]utschists|[Mm]utineers|[Tt]aliban|[Pp]rotesters|[Dd]emonstrators|[Ss]tudents|[Cc]rowds?|[Ss]trikers|[Ww]orkers|[Gg]angs?';
/** The leader's office a successor takes over ("took over the presidency", "took over as prime minister"). */
const OFFICE_HELD =
  '(?:presidency|premiership|chancellorship|throne|leadership|[Pp]resident|[Pp]rime\\s+[Mm]inister|[Pp]remier|[Cc]hancellor|[Kk]ing|[Qq]ueen|[Ll]eader|[Hh]ead\\s+of\\s+(?:[Ss]tate|[Gg]overnment))\\b';

/** Offices taken (ACE Personnel.Start-Position): "took office in June", "assumed power", "since being sworn in as Foreign Minister". */
const OFFICE_TAKEN = [
  `\\b(?:${verbForms('take')})\\s+office\\b`,
  `\\b(?:${verbForms('assume')})\\s+(?:office|power|the\\s+(?:presidency|premiership|throne|leadership))\\b`,
  `\\b(?:came|comes|coming)\\s+to\\s+power\\b`,
  `\\b(?:ascension|accession)\\s+to\\s+the\\s+throne\\b|\\bascended\\s+the\\s+throne\\b`,
  `\\bbeing\\s+sworn\\s+in\\b|\\btook\\s+the\\s+oath\\s+of\\s+office\\b`,
  // a government changed or a regime fallen ("Poland's change of government", "the fall of Assad's regime")
  `\\bchange\\s+of\\s+government\\b|\\bfall\\s+of\\s+(?:the\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?regime\\b`,
  // a term of office to come (session 32: "will begin her six-year term on October 1", "is to start his second term"; not a prison term)
  `\\b(?:will|to|shall)\\s+(?:begin|start|commence)\\s+(?:his|her|their|a|the)\\s+(?:new\\s+|first\\s+|second\\s+|third\\s+|[\\w-]+-year\\s+)*term\\b(?!\\s+(?:in|of)\\s+(?:prison|jail))`,
  // a deputy to stand in for a leader away (session 32: "the deputy prime minister will serve as acting prime minister")
  `\\b(?:will|to|shall)\\s+serve\\s+as\\s+(?:the\\s+)?(?:[Aa]cting|[Ii]nterim|[Cc]aretaker)\\s+(?:[Pp]rime\\s+[Mm]inister|[Pp]resident|[Hh]ead\\s+of\\s+[Ss]tate|[Pp]remier|[Cc]hancellor|[Ll]eader)\\b`,
  // a leader's office taken over, told with whom it came from, what it is or when (session 45: "who took over from his father in
  // 2009", "took over the presidency in 2014", "took over as prime minister", "Lula took over in January"); a crowd's or an
  // army's taking ("protesters took over the streets", "rebels took over the capital", "the army took over the running of the
  // country": the military rules' coup) is no office taken, nor a bare "will take over" with no office, predecessor or time
  `(?<!\\b(?:${TAKERS_BY_FORCE})\\s+(?:[\\p{L}-]+\\s+)?)\\b(?:${verbForms('take')})\\s+over\\s+(?=from\\s+(?:(?:his|her|their)\\s+(?:[\\p{L}-]+\\s+)?|the\\s+(?:late\\s+|outgoing\\s+|former\\s+)?)?(?:\\p{Lu}|(?:father|mother|brother|sister|husband|wife|predecessor)\\b)|(?:as\\s+(?:the\\s+)?(?:new\\s+|interim\\s+|acting\\s+)?|the\\s+)(?:[\\p{L}-]+\\s+){0,2}?${OFFICE_HELD}|(?:in|on)\\s+${DAY_AHEAD})`,
  // …or power taken from a predecessor or in a year, outside a sentence of arms ("Hassan, who took power in 2021", "since Petro
  // took power from Ivan Duque"); power taken by soldiers or by force is a coup, which the military rules read
  `(?<!\\b(?:${TAKERS_BY_FORCE})\\b[^.;]{0,40})\\b(?:${verbForms('take')})\\s+power\\s+(?=from\\s+(?:(?:his|her|their)\\s+)?(?:\\p{Lu}|(?:father|mother|brother|predecessor)\\b)|(?:in|on)\\s+${DAY_AHEAD})`,
  // …or charge taken, a successor named, a position assumed, power or office regained ("four days after taking charge as 45th
  // President", "will become the successor of the current President", "who had assumed the position since July 1974", "since
  // Trump returned to the White House"); a leader back at the White House from a trip ("returned to the White House on Sunday")
  // is a journey, so the White House counts only after "since"
  `\\b(?:${verbForms('take')})\\s+charge\\s+as\\b|\\b(?:${verbForms('become')})\\s+(?:the\\s+|his\\s+|her\\s+)?successor\\s+(?:of|to)\\b`,
  `\\b(?:${verbForms('assume')})\\s+the\\s+(?:position|post|reins)\\b|\\b(?:returned|returns|returning)\\s+to\\s+(?:power|office)\\b|(?<=\\bsince\\s+(?:\\p{Lu}[\\p{L}’'-]+\\s+){1,3})returned\\s+to\\s+the\\s+White\\s+House\\b`,
];

/** Officers disciplined (ACE Personnel.End-Position): "decided to dismiss General X", "was removed from service", "were demoted". */
const OFFICE_LOST = [
  `\\b(?:decided|voted|moved)\\s+to\\s+(?:dismiss|sack|demote|discharge)\\b`,
  `\\b(?:was|were|been|being)\\s+(?:dismissed|sacked|demoted|discharged|removed\\s+from\\s+(?:service|(?:his|her|their)\\s+posts?))\\b`,
  // a leader's departure on a schedule (session 32: "with the president scheduled to leave office on April 2"); a time clause
  // ("before he leaves office in 1989") dates something else and is none
  `\\b(?:scheduled|due|set|expected|slated)\\s+to\\s+(?:leave|step\\s+down\\s+from|relinquish)\\s+(?:office|power|the\\s+presidency|the\\s+premiership)\\b`,
];

/**
 * A named person's death (session 32: "Jane Doe, a 30-year-old teacher, died in a hospital on Friday", "the former president
 * died on Monday"): the subject a name or an office, not a count ("47 people had died", "Hundreds have died": a toll, the
 * attack's or the crowd's); happeningHolds keeps out a toll and a death in a sentence of arms; a death told as a time
 * ("after his brother died") dates another happening.
 */
const DEATHS = [
  `(?<=\\p{Lu}[\\p{L}’'.-]*(?:,\\s+(?:a|an|the)(?:\\s+[\\p{L}\\d’'-]+){1,5},?)?\\s+)died\\b(?!\\s+(?:down|out)\\b)`,
  // …told as a noun (session 45: "following the death of his predecessor Ebrahim Raisi in May", "after the death of his father,
  // Omar Bongo", "after Mao Zedong's death"): the corpus sets annotate such a death as a referenced happening even in a time
  // clause, where the verb "after X died" only dates another. The dead a name, a kin or a predecessor, not a count ("the death
  // of seven people": the toll) nor someone undescribed ("the death of a woman"); a death in a strike is the attack's (happeningHolds)
  `\\bdeath\\s+(?:in\\s+office\\s+)?of\\s+(?:(?:his|her|their|the)\\s+)?(?:(?:late|former)\\s+)?(?:(?:father|mother|brother|sister|son|husband|wife|predecessor)\\b|(?=\\p{Lu}))`,
  `(?<=\\p{Lu}[\\p{L}’'.-]*\\s+\\p{Lu}[\\p{L}’'.-]*['’]s\\s+)death\\b(?!\\s+(?:toll|penalty|sentence|squads?|threats?|row|certificate))`,
];

/**
 * A named person's flight (ACE Movement, the flight of a leader or an opposition figure: "President X fled the capital on his
 * plane", "after President X fled,", "opposition leader X fled the country to Lithuania"): the subject a name right before the
 * verb; a crowd's or refugees' flight ("thousands have fled the fighting", "refugees who have fled persecution", "Syrians
 * fled to Turkey") is none, nor "he fled", which a longer story tells of someone it has named (the flight told by name is the one kept).
 */
const FLIGHTS = [
  `(?<=\\p{Lu}[\\p{L}’'.-]*\\s+)(?<!\\b\\p{Lu}[\\p{L}’'-]*(?:ans|ese|is|ers|ees|ns)\\s+)(?:fled|flees)\\b(?!\\s+(?:the\\s+)?(?:fighting|violence|persecution|war|conflict|clashes|bombing|shelling|area|region|city|town|village)\\b)`,
];

/**
 * People taken out of a country in danger (ACE Movement.Transport, CAMEO 0233; session 45): "evacuated 177 of its soldiers from
 * Sudan", "had begun the evacuation of around 300 citizens", "have also carried out evacuations", "issued an evacuation warning
 * to residents", "announced rescue operations starting Monday". An evacuation only planned or asked for as a topic ("evacuation
 * plans", "evacuation routes", "an evacuation centre") is none; where it is, is the country left (evacuationPlace).
 */
// (session 47: also a people named by its demonym's plural, "evacuated 83 Libyans", "to rescue nearly 400 Indians")
const EVACUEES = '(?:citizens|nationals|civilians|residents|staff|personnel|diplomats|soldiers|troops|people|foreigners|families|employees|workers|tourists|students|Americans|Britons|\\p{Lu}\\p{Ll}+(?:ians|ans|ese|is))';
/** A count or an amount before those taken out ("nearly 400", "at least twenty thousand", "over 4,000"). */
const HOW_MANY = '(?:(?:nearly|about|around|over|some|almost|roughly|more\\s+than|at\\s+least|up\\s+to|its|their|our|the)\\s+){0,3}(?:[\\d,]+\\s+|(?:[\\p{Ll}-]+\\s+)?(?:hundred|thousand)\\s+)?';
const EVACUATIONS = [
  `\\b(?:${verbForms('evacuate')})\\s+(?!by\\b)(?:[\\p{L}\\d,’'-]+\\s+){0,5}?${EVACUEES}\\b`,
  // (session 47) the evacuation told by its noun with those taken out, by the passive with them as the subject, or as a rescue of a
  // people: "for the evacuation of nearly 400 Indians from the port city", "when at least twenty thousand
  // Indian nationals had to be evacuated from several Ukrainian cities", "was diverted … to rescue nearly 400 Indians in the port
  // city"; the words of the class CAMEO 0233 (humanitarian aid: evacuation) and ACE
  // Movement.Transport name; the wounded taken to hospital ("evacuated to hospital") are the attack's toll, no evacuation
  `\\bevacuations?\\s+of\\s+${HOW_MANY}(?:[\\p{L}-]+\\s+)?${EVACUEES}\\b`,
  `\\b${EVACUEES}\\s+(?:(?:who|that)\\s+)?(?:had\\s+to\\s+be|have\\s+been|has\\s+been|had\\s+been|were|was|are\\s+being|were\\s+being|will\\s+be|to\\s+be)\\s+(?:safely\\s+|successfully\\s+|quickly\\s+)?evacuated\\b(?!\\s+to\\s+(?:a\\s+|the\\s+)?(?:[\\p{L}-]+\\s+)?hospitals?\\b)`,
  `\\b(?:${verbForms('rescue')})\\s+${HOW_MANY}(?:stranded\\s+|trapped\\s+)?${EVACUEES}\\b`,
  `\\b(?:carried\\s+out|carry\\s+out|carries\\s+out|began|begun|begin|started|start|conducted|led|completed|ended|halted|suspended)\\s+(?:the\\s+|its\\s+|their\\s+|an?\\s+)?(?:(?:first|successful|reported|further|more)\\s+){0,3}?(?:evacuations?|evacuation\\s+(?:efforts|operations?|flights?|missions?))\\b`,
  `\\bevacuation\\s+(?:warnings?|orders?)\\b|\\b(?:rescue|evacuation)\\s+(?:operations|flights|missions)\\b`,
];
/** An evacuation's words, these wordings' or the older OTHER rule's ("the evacuation of residents"), for evacuationPlace. */
export const EVACUATION = /\bevacuat|\b(?:rescue|evacuation)\s+(?:operations|flights|missions)\b|\brescu(?:e|es|ed|ing)\s/i;

/** Places a demonym can qualify as the places an evacuation left ("Ukrainian cities", "Sudanese ports"). */
const PLACES_AFTER_DEMONYM = /^\s+(?:cities|towns|villages|ports|regions|provinces|territory)\b/;

/**
 * Where an evacuation took place: the country named after its words as the place left or the place of those taken out ("from
 * Sudan", "residents in a district of Tehran"), else null (the story's country decides: the state that evacuates its citizens,
 * "Jordan … had begun the evacuation", is never the place).
 */
export function evacuationPlace(mentions: CountryMention[], text: string, wordsEnd: number): CountryMention | null {
  // (session 47: a demonym before the places left names their country, "evacuated from several Ukrainian cities")
  const placeOf = (mention: CountryMention) => mention.kind !== 'demonym' || PLACES_AFTER_DEMONYM.test(text.slice(mention.end, mention.end + 20));
  return mentions.find((mention) => placeOf(mention) && mention.start >= wordsEnd && mention.start - wordsEnd <= 80 && /\b(?:from|in|of|out\s+of)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.test(text.slice(wordsEnd, mention.start)) && !/[;:]/.test(text.slice(wordsEnd, mention.start))) ?? null;
}

/**
 * Forces withdrawn (CAMEO 0874, retreat militarily; session 47): "the army had begun withdrawing troops from south Lebanon", "U.S.
 * armed forces are expected to withdraw from Afghanistan in 2014", "calls for Israeli forces to withdraw from the area", "pulled
 * out its troops". The corpus sets annotate a withdrawal as OTHER, done or planned (three sets); the older OTHER rule read only
 * "withdrew its troops" and "the withdrawal of troops". Forces told to withdraw with no place left ("demanded that the troops
 * withdraw immediately") are a demand, the statement's; a force pulled back in a fight is the fight's.
 */
const FORCES = '(?:troops|forces|soldiers|peacekeepers|contingents?|units)';
const FORCES_WITHDRAWN = [
  `\\b(?:${verbForms('withdraw')}|(?:pull|pulls|pulled|pulling)\\s+out)\\s+(?:its\\s+|their\\s+|the\\s+|all\\s+|some\\s+)?(?:[\\p{L}\\d,-]+\\s+){0,3}?${FORCES}\\b(?=[^.;]{0,12}?\\b(?:from|out\\s+of)\\b)`,
  `(?<=\\b${FORCES}\\s+(?:(?:are|is|were|was|will|would|to|have|has|had|be|been|begun|began|expected|due|set|scheduled|agreed|started|also|then|now|finally|fully)\\s+){0,4})(?:withdraw|withdraws|withdrew|withdrawn|withdrawing|(?:pull|pulls|pulled|pulling)\\s+out)\\s+(?=from\\b|of\\b)`,
];

/**
 * A ban a government or its organs impose (CAMEO 123/ACE: restrictions on a people's acts, "the authorities had banned
 * celebratory gunfire", "the government sent police onto the streets and banned live TV transmissions", "the government has
 * issued a back-to-work order …, and banned some members from leaving the country"): the organ the subject, before the verb
 * or before a list of its acts; a ban told as a thing ("travel bans", "the export ban") or a rule that "had banned" something
 * is none.
 */
const STATE = '(?:[Aa]uthorities|[Gg]overnment|[Jj]unta|[Mm]ilitary|[Pp]olice|[Mm]inistry|[Cc]ourt|[Rr]egime|[Cc]abinet|[Pp]arliament|[Cc]ouncil)';
const BANS = [
  `(?<=\\b${STATE}\\s+(?:(?:in|of)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*\\s+)?(?:(?:has|have|had|also|then|later|officially|formally|temporarily|swiftly|immediately)\\s+)*(?:[^.;]{0,100}?(?:,\\s+|\\band\\s+))?)(?:banned|bans)\\s+(?!the\\s+(?:export|exports|import|imports|sale|sales)\\s+of\\b)`,
];

/** Justice (ACE Justice): trials, sentences, deportations, crimes against a person, imprisonment, a prisoner moved. */
const JUSTICE = [
  `\\b[Tt]rials?\\s+(?:of|for|against)\\s+(?=\\p{Lu}|the\\s|former\\s|\\d)|\\b(?:stood|stand|stands|standing|went\\s+on|go\\s+on|goes\\s+on)\\s+trial\\b`,
  `\\b(?:death|prison|jail)\\s+sentences?\\b`,
  // a term handed down, told by its length or as a term (session 31: "was given a four-year prison term", "received a nine-year
  // sentence", "jail terms for the organisers"); a term of office ("a five-year term") is none
  `\\b(?:prison|jail)\\s+terms?\\b|\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)-year\\s+(?:prison\\s+|jail\\s+)?sentences?\\b`,
  `\\b(?:${verbForms('deport', 'extradite')})\\s+(?!by\\b)|\\b(?:deportation|extradition|expulsion)\\s+of\\s+(?!(?:the\\s+)?(?:ambassador|envoy|diplomats?)\\b)`,
  // a crime against a person told as a noun ("the murder of Giulio Regeni", "the gang-rape of a schoolgirl", "the disappearance of 43 students")
  `\\b(?:murder|rape|kidnapping|disappearance)\\s+of\\s+(?=\\p{Lu}|an?\\s|the\\s|\\d|two\\s|three\\s|several\\s|dozens\\s)|\\b(?:students|activists|journalists|people|men|women)\\s+who\\s+(?:disappeared|went\\s+missing|vanished)\\b`,
  `\\bimprisonment\\s+of\\b`,
  `\\btransferred\\s+(?:from\\s+(?:[\\p{L}’'-]+\\s+){1,4}?)?to\\s+(?:a\\s+|the\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?(?:hospital|prison|jail|[Cc]ourt)\\b`,
  // proceedings at law (ACE Justice.Trial-Hearing, Charge-Indict, Sue; session 48): someone on trial, indicted, a case brought to
  // court or a challenge at law ("is currently on trial in three cases", "recommended that the aides be indicted", "are set to
  // launch court action against the result", "called off the deal after a legal challenge from a rival"); legal action named as a
  // topic or a choice ("urged political solutions over further legal action") is none
  `\\b(?:is|are|was|were|be|been|being|remains?|remained)\\s+(?:currently\\s+|now\\s+|still\\s+|already\\s+)?on\\s+trial\\b|\\b(?:be|been|was|were|being)\\s+(?:formally\\s+)?indicted\\b|\\bindictment\\s+of\\s+(?=\\p{Lu}|the\\s|former\\s|\\d)`,
  `\\b(?:${verbForms('launch', 'file', 'bring', 'lodge', 'mount', 'take')})\\s+(?:an?\\s+)?(?:new\\s+|formal\\s+)?(?:court\\s+action|legal\\s+action|legal\\s+challenge|court\\s+challenge|lawsuits?)\\b|\\b(?:legal|court)\\s+challenge\\s+(?:from|by)\\s+(?=\\p{Lu}|(?:a|an|the|its|their)\\s)`,
  // someone let out of custody (ACE Justice.Release-Parole; session 48): "after he was released from prison", "had been freed from
  // house arrest", "was released on bail", "was granted parole"; a release only asked for ("demanded that X be released from
  // detention") is the demand's (events.ts keeps a happening asked for out)
  `\\b(?:released|freed)\\s+(?:on\\s+bail\\s+|early\\s+)?from\\s+(?:(?:a|the|his|her|their)\\s+)?(?:[\\p{L}-]+\\s+)?(?:jail|prison|custody|detention|house\\s+arrest|captivity)\\b|\\b(?:was|were|been)\\s+(?:released|freed)\\s+on\\s+(?:bail|parole)\\b|\\b(?:was|were|been)\\s+granted\\s+(?:bail|parole)\\b`,
  // someone held captive (CAMEO 181 abduct, take hostage): "are being held prisoner by soldiers", "was taken hostage at a villa",
  // "two engineers were kidnapped"; a count of captives in a toll of piracy told as a threat ("threatened or taken hostage") is one too
  `\\b(?:held|taken)\\s+(?:as\\s+)?(?:prisoners?|hostages?|captives?)\\b|\\b(?:was|were|been|being)\\s+(?:kidnapped|abducted)\\b`,
];

/** Disasters and accidents (EM-DAT's kinds, not CAMEO's): quakes, eruptions, floods, storms, an explosion, a crash, a capsizing. */
// (storms in lower case: "Typhoon" capitalized is also a warplane's name)
const DISASTER = '(?:earthquakes?|quakes?|tsunamis?|(?:volcanic\\s+)?eruptions?|floods|flooding|wildfires?|bushfires?|landslides?|mudslides?|avalanches?|typhoon|hurricane|cyclone)';
const DISASTERS = [
  // one that struck somewhere or on a day, or killed ("January's volcanic eruption and tsunami in Tonga", "a major earthquake on March 5",
  // "the earthquake that killed up to 1,000 people"); a hazard named as a topic ("flood defences", "earthquake-prone") is none
  `(?<=\\b(?:${MONTH}|[Ll]ast\\s+\\w+|[Tt]his\\s+\\w+)['’]s\\s+(?:[\\w-]+\\s+){0,2}?)${DISASTER}\\b|\\b${DISASTER}\\b(?=[^.;]{0,60}?(?:\\bin\\s+(?:the\\s+)?\\p{Lu}|\\bon\\s+(?:\\d|${MONTH})|\\b(?:killed|killing|struck|hit|destroyed|devastated|swept)\\b))`,
  // one known by its name ("the Tohoku earthquake", "the 2011 Great Hanshin earthquake"): a happening however little else is told of it
  // (not a hazard planned for: "the Tokyo earthquake drill", "the Kanto earthquake insurance")
  `\\bthe\\s+(?:\\d{4}\\s+)?\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?\\s+(?:earthquake|quake|tsunami|(?:volcanic\\s+)?eruption|floods|cyclone|hurricane|typhoon)\\b(?![-\\s]+(?:drills?|exercises?|insurance|risks?|zones?|preparedness|defen[cs]es|proof|prone|seasons?|warnings?)\\b)`,
  // an explosion told by itself (an attack's bomb is the military rules': happeningHolds drops it in a sentence of arms)
  `\\bexplosions?\\b`,
  `\\b(?:plane|air|helicopter|train|bus)\\s+crash(?:es)?\\b|\\bcrashed\\s+(?:in|into|near|shortly|on|after)\\b|\\b(?:capsized|derailed|derailment)\\b`,
];

/** Materiel handed over or made ready, not sold (CAMEO 07 provide military aid), by the platforms it names. */
const PLATFORMS = '(?:frigates?|corvettes?|submarines?|destroyers?|warships?|ships?|vessels?|patrol\\s+boats?|aircraft|jets|fighters|helicopters|tanks|drones|planes|batter(?:y|ies)|systems?|launchers)';
/** …handed over: received, delivered, arriving, crews trained on it, flown for a buyer (in a sale's sentence, the sale's own). */
const MATERIEL_HANDED = [
  `\\b(?:${verbForms('receive')}|(?:${verbForms('take')})\\s+delivery\\s+of)\\s+(?:its\\s+|their\\s+|the\\s+)?(?:first\\s+)?(?:\\d+\\s+|two\\s+|three\\s+|four\\s+|five\\s+|six\\s+|eight\\s+|ten\\s+|twelve\\s+)?(?:[\\p{L}\\d’'-]+\\s+){0,3}?${PLATFORMS}\\b`,
  `\\b(?:will|would|to)\\s+be\\s+delivered\\s+to\\s+(?=\\p{Lu}|the\\s+\\p{Lu})`,
  `\\barrival\\s+of\\s+(?:the\\s+)?first\\b|\\bfirst\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?${PLATFORMS}\\s+(?:to\\s+be\\s+on\\s+the\\s+water|to\\s+enter\\s+service|(?:will|is\\s+expected\\s+to|are\\s+expected\\s+to)\\s+arrive)\\b`,
  // crews trained on what was bought ("pilot and technician training to commence in Sweden", "engineers travel to Sweden for assembly training")
  `\\b(?:pilots?|crews?|aircrews?|technicians?|engineers?|mechanics)\\s+(?:and\\s+[\\w-]+\\s+)?training\\b|\\btraining\\s+(?:of|for)\\s+(?:[\\w-]+\\s+){0,2}?(?:pilots|crews|aircrews|technicians|engineers|personnel)\\b|\\bfor\\s+(?:[\\w-]+\\s+)?training\\s+in\\s+(?=\\p{Lu})|\\b[Tt]raining\\s+on\\s+the\\s+use\\s+of\\b`,
  `\\b(?:demo(?:nstration)?|maiden|first)\\s+(?:test\\s+)?flights?\\b(?!\\s+(?:test|of\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+)?missile))`,
  // the first units come ("the first self-propelled artillery units of this type arrived in Estonia in 2020")
  `\\bfirst\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(?:units|howitzers|vehicles|${PLATFORMS})\\s+(?:of\\s+this\\s+type\\s+)?arrived\\s+in\\b`,
  // a delivery on a schedule, told in a sentence of its own (in a sale's sentence it is the sale's: happeningHolds): "the first of
  // the vehicles will be delivered by early 2027", "ensures the delivery of the first ships in 2022", "deliveries are scheduled to
  // start in 2028", "the shipyard is likely to deliver the first frigate in 2026", "expects to deliver the four aircraft"; the
  // corpus sets annotate it as a planned happening in twelve of the seventeen development reports that tell one
  `(?<!\\b(?:expected|due|scheduled|set)\\s+)\\b(?:will|would|to)\\s+be\\s+delivered\\s+(?=(?:in|by|from|starting|between|before|during)\\s+(?:early\\s+|late\\s+|mid-?)?(?:\\d|${MONTH}\\b|the\\s+end\\b|next\\b|this\\b))`,
  `\\bdeliver(?:y|ies)\\s+of\\s+the\\s+first\\b|\\bfirst\\s+deliver(?:y|ies)\\s+(?:is\\s+|are\\s+)?(?:expected|scheduled|due|set|planned)\\b|\\b[Dd]eliveries\\s+(?:are\\s+|were\\s+|will\\s+)?(?:(?:scheduled|set|expected|due|planned)\\s+to\\s+)?(?:start|begin|commence)\\s+(?=in\\s|by\\s|from\\s|next\\b|this\\b)`,
  `\\b(?:expects?|expected|likely|scheduled|set|due)\\s+to\\s+deliver\\s+(?:the\\s+|its\\s+|their\\s+)?(?:first\\s+|\\d+\\s+|two\\s+|three\\s+|four\\s+|five\\s+|six\\s+|eight\\s+|ten\\s+|twelve\\s+)(?:[\\p{L}\\d’'-]+\\s+){0,3}?(?:units|howitzers|vehicles|${PLATFORMS})\\b`,
];

/**
 * When a delivery is told to take or to have taken place: a year, a month, a season or a span ahead or behind, written within its
 * clause after the words ("will be delivered to Lithuania as soon as 2026", "is to deliver the first six fighters to Croatia in
 * 2024", "with deliveries expected to begin around 2030", "over the next five years", "between 37 and 65 months from now").
 */
const DELIVERY_TIME = `(?=[^.;:]{0,120}?(?:\\b(?:19|20)\\d{2}\\b|\\b${MONTH}\\b|\\b(?:next|this|last|the\\s+following|the\\s+coming)\\s+(?:year|month|spring|summer|autumn|fall|winter)\\b|\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|[\\w-]+-year)\\s+(?:years?|months?|period)\\b))`;
/** What is delivered when a delivery is told by its active verb: materiel counted or named ("54 units of its K9 howitzers", "the vehicles"). */
const MATERIEL_DELIVERED = `(?:units|vehicles|howitzers|guns|missiles|rockets|systems|tanks|boats|${PLATFORMS}|${WEAPONS.source.slice(2, -2)})`;

/**
 * Materiel delivered on a schedule or on a written time, in any of the ways English tells it (session 45): the passive with a
 * modal or "is to" ("the first batch will be delivered to the Polish Army this year", "all 26 jets are to be delivered by 2031",
 * "should be delivered between 2024 and 2026"), the active with a future or an obligation and materiel after ("France is to
 * deliver the first six fighters to Croatia in 2024", "Hanwha will deliver 54 units of its K9 howitzers … from 2027"), the
 * noun with its schedule ("with deliveries set to begin in 2028", "deliveries scheduled for completion by 2027", "Deliveries of
 * the tanks are planned for 2028–2030", "expected the first delivery in 2030"), and the perfect or the past told with its
 * receiver or its time ("133 units have been delivered to Poland", "The launchers were delivered to Ukraine in November"). The
 * later corpus sets (s35 on) annotate each as a planned or referenced happening of its own beside the sale it fulfils, even in
 * the sale's own sentence, where a delivery told without its time stays the sale's (happeningHolds). A speech delivered has no
 * time or materiel here, and a deal's clock is a term of the deal (termOfDeal).
 */
const DELIVERIES_TIMED = [
  `(?<!\\b(?:expected|due|scheduled|set)\\s+)\\b(?:will|would|should|shall|is\\s+to|are\\s+to|was\\s+to|were\\s+to|to)\\s+(?:all\\s+|also\\s+|then\\s+|now\\s+|only\\s+|first\\s+)?be\\s+delivered\\b${DELIVERY_TIME}`,
  `\\b(?:will|is\\s+to|are\\s+to|was\\s+to|were\\s+to)\\s+deliver\\s+(?:[\\p{L}\\d’'-]+\\s+){0,6}?${MATERIEL_DELIVERED}\\b${DELIVERY_TIME}`,
  `\\b[Dd]eliver(?:y|ies)\\s+(?:of\\s+(?:[\\p{L}\\d’'-]+\\s+){1,5}?)?(?:(?:is|are|was|were|will\\s+be)\\s+)?(?:scheduled|set|expected|due|planned|anticipated|slated|projected|(?:will|to)\\s+(?:begin|start|commence|take\\s+place|occur))\\b${DELIVERY_TIME}`,
  `\\b(?:${verbForms('expect')})\\s+(?:the\\s+)?(?:first\\s+|initial\\s+)?deliver(?:y|ies)\\b${DELIVERY_TIME}`,
  `\\b(?:have|has|had)\\s+(?:all\\s+|already\\s+|now\\s+)?been\\s+delivered\\s+(?=to\\s+(?:the\\s+)?\\p{Lu})|\\b(?:was|were)\\s+delivered\\s+(?=(?:to\\s+(?:the\\s+)?\\p{Lu}[^.;:]{0,40}?\\s+)?(?:(?:in|on)\\s+)?${DAY_AHEAD})`,
];
/** A timed delivery's wording where a match starts (happeningHolds: it holds even in a sale's sentence). */
const DELIVERY_TIMED_AT = new RegExp(`^(?:${DELIVERIES_TIMED.join('|')})`, 'u');

/** …or made ready or shown: a ship launched, a type unveiled, squadrons retired or commissioned, a parade (another happening than a sale it is told with). */
/** Ships a yard builds and a navy takes into its fleet (the words of a ship's milestones below). */
const SHIPS = '(?:corvettes?|frigates?|warships?|submarines?|destroyers?|minehunters?|minesweepers?|patrol\\s+(?:vessels?|boats?)|carriers?|vessels?|ships?)';
/** Munitions or attacks told near "launch": a launch of arms, which the military rules read ("launched a missile from a submarine"). */
const ARMS_LAUNCHED = '(?:missiles?|rockets?|torpedo(?:es)?|drones?|satellites?|attacks?|strikes?|raids?|assaults?|offensives?|ICBMs?)';
const MATERIEL_MILESTONES = [
  // a ship launched on a written day ("the vessels …, launched in January 2019 and January 2020"); a missile's launch is the military rules'
  `\\b(?:vessels?|ships?|frigates?|corvettes?|submarines?|destroyers?|carriers?)\\b[^.;]{0,80}?\\blaunched\\s+(?:in|on)\\s+${DAY_AHEAD}`,
  // a ship's milestones, by the words of shipbuilding (session 47; the development sets annotate each launch, keel-laying and
  // commissioning as a happening of its own in six sets): a ship launched by its builders or guests ("will jointly launch the fourth
  // MILGEM Class Corvette", "two Corvettes … were launched in Karachi"), its keel laid ("a steel-cutting and keel-laying ceremony",
  // "the solemn laying of two frigates", "were laid down"), taken into a navy ("was introduced into the Navy of Vietnam", "will be
  // inducted into the squadron", "planning to put into commission in 2022", "a former Royal Navy minehunter joined the Romanian
  // Navy"). Arms launched ("launched a missile from a submarine", "launched attacks on vessels") are the military rules'.
  `(?<!\\b${ARMS_LAUNCHED}\\b[^.;]{0,60})\\b(?:${verbForms('launch')})\\s+(?!from\\b|at\\b|against\\b|on\\b|by\\b)(?![^.;]{0,50}?\\b${ARMS_LAUNCHED}\\b)(?:of\\s+)?(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|lead|new)\\s+)?(?:[\\p{L}\\d-]+\\s+){0,3}?${SHIPS}\\b`,
  `\\b${SHIPS}\\b(?:(?!\\b${ARMS_LAUNCHED}\\b)[^.;]){0,80}?\\b(?:was|were)\\s+launched\\b`,
  `\\bkeel[-\\s]laying\\b|\\b(?:${verbForms('lay')})\\s+(?:the\\s+)?keels?\\b|\\bsteel[-\\s]cutting\\b(?![^.;]*\\bkeel)|\\blaying\\s+of\\s+(?:the\\s+)?(?:\\d+\\s+|two\\s+|three\\s+|four\\s+|first\\s+)?(?:[\\p{L}\\d-]+\\s+){0,2}?${SHIPS}\\b|\\b${SHIPS}\\b[^.;]{0,80}?\\b(?:was|were|been)\\s+laid\\s+down\\b`,
  `\\b(?:commissioned|inducted|introduced)\\s+(?:in)?to\\s+(?:the\\s+)?(?:[\\p{L}'’"“”-]+\\s+){0,4}?(?:[Nn]avy|[Ff]leet|[Aa]ir\\s+[Ff]orce|[Ss]quadron)\\b|\\b(?:put|puts|putting)\\s+(?:it\\s+|them\\s+)?into\\s+(?:commission|naval\\s+service)\\b`,
  `\\b${SHIPS}\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:joined|joins|will\\s+join)\\s+the\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:[Nn]avy|[Ff]leet)\\b`,
  // a type shown, flown or retired for good ("was first publicly unveiled in 2023", "unveiled the hull of a submarine", "retired two squadrons of MiG-21 fighters")
  `\\b(?:unveiled|rolled\\s+out)\\s+(?:in|on)\\s+${DAY_AHEAD}|\\bunveil(?:s|ed|ing)?\\s+(?:the\\s+|its\\s+|a\\s+)?(?:hull|prototype)\\b`,
  `\\b(?:retired|decommissioned|commissioned)\\s+(?:its\\s+|their\\s+|the\\s+)?(?:last\\s+|first\\s+)?(?:\\d+\\s+|two\\s+|three\\s+|four\\s+)?(?:squadrons?\\s+of\\s+)?(?:[\\p{L}\\d’'-]+\\s+){0,3}?${PLATFORMS}\\b`,
  // a parade of arms and its rehearsal ("a rehearsal for the annual Bastille Day military parade"; not a bomb on a "parade ground")
  `\\b(?:military|victory|annual|(?:National|Independence|Bastille|Victory)\\s+Day)\\s+(?:[\\w-]+\\s+){0,2}?parades?\\b(?!\\s+grounds?\\b)`,
];

/**
 * Crowds dispersed by police (the corpus annotates police crowd control as OTHER, soldiers firing on protesters as a
 * military action): tear gas, water cannon, stun grenades or rubber bullets used, fire opened by police, a crowd broken up or dispersed. Only
 * in a sentence of crowds or police (happeningHolds): "coast guard vessels fired water cannon at a supply boat" is no crowd's.
 */
const CROWD_CONTROL = [
  `\\b(?:${verbForms('fire', 'use', 'deploy', 'shoot', 'lob')})\\s+(?:[\\w-]+\\s+){0,2}?(?:tear\\s?gas|teargas|water\\s+cannons?|stun\\s+grenades?|rubber\\s+bullets|pepper\\s+spray)\\b|\\bteargass(?:ed|ing)\\b|\\bbaton\\s+charges?\\b`,
  // police opening fire (soldiers' fire is the military rules')
  `\\b(?:[Pp]olice|[Pp]olicemen|[Pp]olice\\s+officers)\\s+(?:[\\w-]+\\s+){0,2}?(?:${verbForms('open')})\\s+(?:[\\w-]+\\s+)?fire\\b`,
  `\\b(?:${verbForms('disperse')}|(?:break|breaks|broke|broken|breaking)\\s+up)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:crowds?|protesters|demonstrators|protests?|rall(?:y|ies)|gatherings?|sit-ins?)\\b`,
];

/**
 * Occasions a guest attends (OCCASIONS): a business forum, a service or a liturgy, celebrations, a show or a game, a formal meal (a
 * state banquet has its own wording above; a ceremony attended is most often a signing's or an opening the sets leave out).
 */
const OCCASION_ATTENDED =
  "(?:(?:[Bb]usiness|[Ii]nvestment|[Ee]conomic|[Tt]rade)\\s+(?:[Ff]orums?|[Ss]eminars?|[Cc]onferences?)|liturgy|[Mm]ass|(?:[Ii]nter-?[Ff]aith|[Cc]hurch|[Pp]rayer|[Mm]emorial|[Rr]eligious|[Tt]hanksgiving)\\s+[Ss]ervices?|service\\s+at\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:[Cc]hurch|[Cc]athedral|[Mm]osque|[Tt]emple|[Cc]hapel)|(?:Day\\s+)?celebrations|festival|concert|(?:exhibition|football|baseball|cricket|rugby)\\s+(?:game|match)|formal\\s+(?:banquet|dinner|luncheon|lunch))\\b";

/**
 * Occasions of a visit or a state (ceremonies, banquets, a guest received, a mission opened, a show opened or visited, a press
 * conference held, a party congress, games a country hosts). The corpus guide annotates each as a happening of its own beside
 * the visit's meetings; a press conference only spoken at ("told a press conference") is the statement's place, not one.
 */
const OCCASIONS = [
  `\\bstate\\s+(?:banquet|dinner|luncheon)\\b|\\bbanquet\\s+(?:at|in|for|hosted)\\b|\\b(?:welcoming|welcome|arrival|state|inauguration|handover|hand-over|commissioning)\\s+ceremon(?:y|ies)\\b`,
  // a meal given for a guest ("hosted a dinner in his guest's honour", "A dinner in honor of Lula was also hosted", "a dinner in his Kenyan guest’s honour")
  // (session 35: also with the giving told between, "the formal dinner thrown in his honour", "a lunch given in honour of the King")
  `\\b(?:dinner|lunch|luncheon|banquet|reception)\\s+(?:(?:was\\s+|were\\s+|will\\s+be\\s+)?(?:thrown|given|hosted|held|offered|organi[sz]ed)\\s+)?in\\s+(?:[\\p{L}’'-]+\\s+){0,4}?hono(?:u)?r\\b`,
  // (a meal hosted for a guest, or a welcoming or gala one on a programme: "President Soeharto hosted a dinner for his guest",
  // "will host a state dinner for Macron", "followed by a welcoming banquet", "The day will conclude with a gala dinner")
  `\\b(?:${verbForms('host')})\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:dinner|banquet|luncheon|lunch|breakfast)\\s+for\\b|\\b(?:welcoming|welcome|gala)\\s+(?:dinner|banquet|luncheon)\\b`,
  // a guest received at the airport or on arrival ("was received on arrival at the … Airport by …", "was received by … at the … International Airport",
  // "was greeted upon arrival by the vice foreign minister", "was received at the airport on arrival by the minister of state")
  `\\b(?:received|greeted|welcomed)\\s+(?:at\\s+the\\s+airport\\s+)?(?:on|upon)\\s+(?:(?:his|her|their)\\s+)?arrival\\b|\\breceived\\s+by\\s+(?:[\\p{L}.-]+\\s+){1,6}?at\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,4}?[Aa]irport\\b`,
  // …or received when arriving, the arrival told first (session 32: "touched down at the airport at 4pm and was received by a
  // team of officials", "Arriving on a private plane, the president was greeted by the foreign minister", "arrived with his
  // minister, who were received by the vice president")
  `\\b(?:arrived|[Aa]rriving|touched\\s+down|landed)\\b[^.;]{0,160}?\\b(?:was|were)\\s+(?:[\\p{Ll}]+ly\\s+)?(?:received|greeted|welcomed)\\s+(?:[\\p{L}-]+\\s+){0,2}?by\\b`,
  // …or greeted or welcomed at an airport (session 31: "was greeted at Jorge Chávez International Airport by the deputy minister",
  // "the minister welcomed the prime minister at Auckland Airport")
  `\\b(?:${verbForms('greet', 'welcome')})\\s+(?:[\\p{L}.’'-]+\\s+){0,10}?at\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,4}?[Aa]irport\\b`,
  // …and seen off on leaving, the mirror of a welcome (a farewell at the airport, "came to see PM X off at Paro International
  // Airport", "proceeded to the airport, where the leaders said goodbye to each other", "an official farewell and send-off")
  `\\b(?:official\\s+)?farewell\\s+(?:ceremony|and\\s+send-off)\\b|\\b[Aa]irport\\b[^.;]{0,120}?\\b(?:said|say|says|bade|bid|bids)\\s+(?:goodbye|farewell)\\b|\\b(?:see|sees|saw|seen|seeing)\\s+(?:[\\p{L}.-]+\\s+){1,4}?off\\s+at\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,4}?[Aa]irport\\b`,
  // a mission opened ("will officially inaugurate the Turkish Consulate General in Cape Town", "the opening of the Mexican Consulate")
  `\\b(?:${verbForms('inaugurate', 'open')})\\s+(?:the\\s+|a\\s+|its\\s+)?(?:new\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:Consulate|Embassy|consulate|embassy)\\b|\\b(?:opening|inauguration)\\s+of\\s+(?:the\\s+|a\\s+|an\\s+)?(?:new\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:Consulate|Embassy|consulate|embassy)\\b`,
  // a show opened or visited, an arms fair ("launch an Aboriginal art exhibition", "visits an exhibition of the navy's capabilities", "the largest defense industry expo")
  `\\b(?:${verbForms('launch', 'open', 'visit', 'tour')})\\s+(?:an?\\s+|the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?exhibition\\b|\\b(?:defen[cs]e|arms|aerospace)\\s+(?:industry\\s+)?(?:expo|exhibition|fair)\\b`,
  // a press conference held by the sides ("the sides held a joint press conference", "are expected to hold a joint virtual press conference")
  `\\b(?:held|hold|holds|holding|gave|give)\\s+(?:a\\s+)?(?:joint\\s+)?(?:virtual\\s+)?(?:press|news)\\s+conference\\b`,
  // an anniversary celebrated ("the 60th anniversary of Samoa's independence being celebrated this week"), not one marked in a plan
  `\\banniversary\\s+of\\s+(?:[\\p{L}’'-]+\\s+){1,4}?(?:being\\s+)?celebrated\\b`,
  // a statue, plaque or memorial unveiled, an office or a centre inaugurated (session 30: "will unveil the newly installed statue of Gandhi",
  // "inaugurate the one UN Office in Zanzibar")
  // an undertaking launched (session 47): a project, a centre, a report, a mechanism, a fund or a named Year begun by a guest or a
  // government ("will launch a report dubbed …", "launching the International Industrial Cooperation Center and several joint
  // projects", "jointly launch of a project for the construction of …", "the launch of the new 2+2 dialogue mechanism", "will also
  // launch the India-France Year of Innovation"); the development sets annotate each as a happening of its own (seven sets). A plan or
  // a strategy launched is an announcement (diplomacy-lexicon's PLAN_WORDS), arms launched the military rules', and "a space
  // launch center" names a place (a determiner must come before the thing launched)
  `\\b(?:${verbForms('launch')})\\s+(?![^.;]{0,60}?\\b${ARMS_LAUNCHED}\\b)(?:of\\s+)?(?:an?|the|its|their)\\s+(?:[\\p{L}\\d+’'"“”-]+\\s+){0,5}?(?:projects?|[Cc]ent(?:er|re)s?|reports?|mechanisms?|funds?|Fund|Year)\\b`,
  `\\b(?:${verbForms('unveil')})\\s+(?:a|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:statue|plaque|monument|bust|memorial)\\b|\\b(?:${verbForms('inaugurate')})\\s+(?:the|a|an)\\s+(?:new\\s+)?(?:[\\p{L}-]+\\s+){0,4}?(?:Office|Centre|Center|House|Institute|Hospital|School|Bridge|Museum|Memorial|office|centre|center|hospital|school|bridge|museum|memorial|plant|factory)\\b`,
  // honours paid on a visit (session 31: "she laid a wreath at the war memorial", "was accorded a guard of honour", "a 21-gun salute
  // greeted him"); a wreath or a guard named without being laid or given ("the honour guard's uniforms") is none
  `\\b(?:${verbForms('lay')}|placed)\\s+(?:a\\s+|the\\s+)?(?:[\\p{L}-]+\\s+)?(?:wreaths?|flowers)\\b|\\bwreath[-\\s]laying\\b|\\bguard\\s+of\\s+hono(?:u)?r\\b|\\b(?:\\d+|twenty-one)-gun\\s+salute\\b`,
  // …and homage paid to the dead, the wreath's companion ("paid his respects to the late Grand Chief", "paid respect to President X
  // at his mausoleum", "paid tribute to the martyrs at the Monument of Heroes"); a tribute paid to the living or to a deed ("paid
  // tribute to the courage of the negotiators") is praise, a statement, so "tribute" counts only with the dead or a memorial after it
  `\\b(?:${verbForms('pay')})\\s+(?:(?:his|her|their|its)\\s+)?(?:last\\s+)?(?:respects?|homage)\\b|\\b(?:${verbForms('pay')})\\s+(?:(?:a|his|her|their|its)\\s+)?(?:warm\\s+|solemn\\s+)?tribute\\s+(?=to\\b[^.;]{0,80}?\\b(?:late|martyrs|victims|fallen|dead|heroes|memorial|monument|mausoleum|graves?|tomb|cemetery)\\b)`,
  // honours conferred (the corpus sets annotate a decoration, a prize or an honorary degree given to a guest or a leader as a
  // happening of its own: "was conferred the Order of the Druk Gyalpo", "was awarded the Nobel Peace Prize in 1971", "to bestow
  // honorary degrees on Mandela"); a contract awarded names none of these nouns, and an order in lower case is a purchase
  `\\b(?:${verbForms('confer', 'bestow', 'award')})\\s+(?:(?:on|upon)\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,3}|(?:him|her|them)\\s+)?(?:with\\s+)?(?:the\\s+|an?\\s+|its\\s+|their\\s+)?(?:[\\p{L}\\d’'-]+\\s+){0,3}?(?:Order|Medal|Prize|Legion\\s+of\\s+Honou?r|[Hh]onorary\\s+(?:degrees?|doctorates?|citizenship)|[Hh]ighest\\s+(?:civilian\\s+|state\\s+)?(?:honou?r|award|decoration))\\b`,
  // a named site a guest tours (session 31: "will visit the University of Tartu", "toured Kibera Hospital", "visited the Mugunga camp for
  // displaced people"): a place of study, care, faith, memory, refuge or justice written with its name; a country or a city visited is a visit
  `\\b(?:${verbForms('visit', 'tour')})\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}’'-]*\\s+){1,4}?(?:University|Hospital|Museum|Cathedral|Church|Mosque|Temple|Tribunal|[Cc]amp|Memorial|Mausoleum|Cemetery|Shipyard|Institute)\\b|\\b(?:${verbForms('visit', 'tour')})\\s+the\\s+(?:University|Hospital|Museum|Cathedral|Tribunal|Memorial|Mausoleum|Cemetery|Shipyard|Institute)\\s+of\\s+\\p{Lu}`,
  // a guest's signature in a visitors' or condolence book (session 36: "signed a visitors book at the airport", "will later sign
  // a historic visitors’ book"): a courtesy of the visit, told as a happening of its own
  `\\b(?:${verbForms('sign')})\\s+(?:a|the|an)\\s+(?:[\\p{L}-]+\\s+)?(?:visitors['’]?|guest|condolence|golden)\\s+book\\b`,
  // an occasion a guest or a leader attends, addresses, presides at or joins others for, or a visit's programme includes (session 42:
  // "will attend the first Indonesia-Papua New Guinea business forum", "presided at an open-air liturgy", "joined other leaders for a
  // service at the Global Cathedral church", "will attend three inaugural ceremonies", "the visit will also include a business
  // forum", "before joining the President for an exhibition game"); the corpus sets annotate each as a happening of its own beside
  // the visit's talks. A press or news conference, a body's conference ("the UN Conference on Trade") or a security forum is a
  // statement's or a meeting's occasion, and a signing ceremony the accord's, so only these kinds of occasion are read.
  // ("will address a business forum", not the noun: "a keynote address to the … Business Forum" is the speaker's statement)
  `(?<!\\b(?:an?|the|keynote|his|her|their|opening|closing)\\s+)\\b(?:${verbForms('attend', 'address')}|(?:${verbForms('officiate', 'preside')})\\s+(?:at|over)|(?:${verbForms('join')})\\s+(?:[\\p{L}’'.-]+\\s+){1,3}?for|(?:will\\s+also\\s+)?(?:include|includes|included))\\s+(?:an?\\s+|the\\s+|two\\s+|three\\s+|several\\s+)?(?:[\\p{L}’'-]+\\s+){0,5}?${OCCASION_ATTENDED}`,
  `\\b(?:party|Party)\\s+[Cc]ongress\\b`,
  `\\bWorld\\s+Cup\\b|\\bOlympic\\s+Games\\b|\\b(?:Winter\\s+|Summer\\s+|Beijing\\s+|Tokyo\\s+|Paris\\s+)?Olympics\\b`,
];

/**
 * Crowds celebrating in public (session 41): a result, a fall or a win greeted in the streets ("Thousands of supporters celebrated
 * the unofficial results", "residents poured onto the streets to celebrate news of the president's removal", "sparking wild
 * celebrations in the capital"). The corpus sets annotate such a crowd as a happening of its own beside the vote or the coup it
 * greets; a leader or a party celebrating a success ("X celebrated his government's success"), an anniversary or a national day
 * celebrated, and celebratory gunfire are none: the crowd, the streets or the crowd's mood must be told.
 */
const CROWD_CELEBRATING = '(?:[Tt]housands|[Hh]undreds|[Ss]upporters|[Rr]esidents|[Cc]rowds|[Pp]rotesters|[Dd]emonstrators|[Pp]eople|[Ff]ans|[Vv]oters)';
const CELEBRATIONS = [
  `\\b(?:wild|jubilant|joyous|spontaneous|street)\\s+celebrations?\\b|\\bcelebrations?\\s+(?:erupted|broke\\s+out)\\b`,
  `\\b(?:poured|pour|pours|pouring|took|taken|take|takes|went|go|goes|trooped|flooded|thronged|filled|spilled)\\s+(?:out\\s+)?(?:on|onto|into|to)\\s+the\\s+streets\\b[^.;]{0,60}?\\b(?:to\\s+celebrate|in\\s+celebration|celebrating|for\\s+(?:[\\w-]+\\s+)?celebrations?)\\b`,
  `\\b${CROWD_CELEBRATING}\\s+(?:[\\p{L}’'-]+\\s+){0,10}?(?:celebrated|celebrate|celebrating)\\s+(?:the\\s+|their\\s+|a\\s+|his\\s+|her\\s+)?(?:[\\w-]+\\s+){0,2}?(?:results?|victory|win|news|removal|ouster|fall|resignation|departure)\\b`,
];

/**
 * Decisions told with ordinary verbs of deciding on a purchase, a law or a policy (session 30): "approved the purchase of",
 * "cancelled the procurement of 108 vehicles", "passed a Homeland Defence Act", "approved an Africa Strategy", "put the sale
 * on hold". Past forms only: a headline's "approves" retells its story's own decision. In a sentence a sale is read from, an
 * approval is that sale's (happeningHolds); one told beside another story ("the US approved the sale in August") is its own.
 */
const DECIDED = [
  `\\b(?:approved|cancell?ed|scrapped|passed)\\s+(?:an?\\s+|the\\s+|its\\s+|their\\s+)?(?:[\\p{L}\\d$’'.-]+\\s+){0,3}?(?:purchase|procurement|sale|deal|[Bb]ill|Act|[Ss]trategy|spending\\s+package)\\b`,
  `\\b(?:put|puts|putting)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\p{L}\\d’'-]+\\s+){0,3}?(?:sale|deal|purchase|procurement|contract|order|programme|program|project)\\s+on\\s+hold\\b`,
];
const DECIDED_WORDS = new RegExp(DECIDED.join('|'), 'u');

/**
 * Decisions named in passing with a day of their own (ACE Business/Justice, CAMEO 03): a text adopted, a body founded,
 * a law enacted "in 2014", "on March 5"; rules introduced, prices capped, troops put on standby, a mission approved.
 */
const DECISIONS = [
  `\\b(?:adopted|founded|established|enacted|ratified|inaugurated|instituted|promulgated)\\s+(?:(?:on|in)\\s+)?${DAY_AHEAD}`,
  `\\b(?:${verbForms('introduce', 'impose')})\\s+(?:new\\s+|tougher\\s+|stricter\\s+)?(?:rules|regulations|price\\s+caps?|curbs|quotas)\\b|\\b(?:${verbForms('cap', 'freeze')})\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:prices|margins|rents|fees|tariffs)\\b`,
  `\\b(?:army|military|troops|forces|police|soldiers)\\s+(?:[\\w-]+\\s+){0,2}?on\\s+(?:standby|(?:high|full|maximum)\\s+alert)\\b`,
  `\\b(?:approved|authori[sz]ed|endorsed)\\s+(?:the\\s+)?(?:establishment|creation|deployment|expansion|extension)\\s+of\\b`,
  ...DECIDED,
];

/**
 * People and bodies put under sanctions by number (the prose of sanctions notices and of the news on them): "designated six
 * government officials", "amended the Regulations to add 33 individuals", "decided to list eight individuals and seven
 * entities", "designate an additional 38 individuals". Each such round is a happening of its own on its day; only in a
 * sentence of sanctions (SANCTIONS_CONTEXT, happeningHolds): "added two officials to the delegation" is none.
 */
const SANCTIONS_LISTED = [
  `\\b(?:designat(?:e|es|ed|ing)|add(?:s|ed|ing)?|list(?:s|ed|ing)?)\\s+(?:an?\\s+)?(?:additional\\s+|further\\s+|another\\s+)?(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\\s+of)\\s+(?:more\\s+|additional\\s+|new\\s+|other\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:individuals|persons|entities|officials|companies|firms|oligarchs)\\b`,
];
const SANCTIONS_LISTED_WORDS = new RegExp(`^(?:${SANCTIONS_LISTED.join('|')})`, 'u');
/** Words of sanctions in a sentence: a list, a freeze of assets, restrictive or economic measures, a sanctions office or regime. */
const SANCTIONS_CONTEXT = /\b(?:sanction\w*|restrictive\s+measures|[Ee]conomic\s+[Mm]easures|blacklist\w*|asset\s+freez\w*|freez\w*\s+(?:of\s+)?(?:the\s+)?assets|[Ff]oreign\s+[Aa]ssets\s+[Cc]ontrol|OFAC|Magnitsky)\b/;

/**
 * Exercises partners hold together, told without a name (session 33: "Greece and Israel have held joint military exercises
 * in recent years", "agreed to deepen defence ties through joint exercises"): the corpus sets annotate them as OTHER, an
 * activity of two armies side by side and no action against anyone. A named exercise ("their annual Ulchi Freedom Shield
 * joint military exercises", "the US-Philippine joint drills") stays a military action, as the written-here articles have it.
 */
const PARTNERS_EXERCISES = [`(?<!\\p{Lu}[\\p{L}-]*\\s+)\\b[Jj]oint\\s+(?:military\\s+|naval\\s+|air\\s+|defen[cs]e\\s+|army\\s+)?(?:exercises?|drills?)\\b`];
const PARTNERS_EXERCISES_ALL = new RegExp(PARTNERS_EXERCISES.join('|'), 'gu');

/** Whether the words at `at` to `end` of a sentence lie inside an unnamed joint exercise (PARTNERS_EXERCISES), which is no military action. */
export function partnersExercise(sentence: string, at: number, end: number): boolean {
  for (const match of sentence.matchAll(PARTNERS_EXERCISES_ALL)) if (match.index < end && match.index + match[0].length >= end && match.index <= at + 6) return true;
  return false;
}

/**
 * History told in passing with its year or its agent (session 30): a country's independence, founding or creation in a year
 * ("since Guinea gained independence from France in 1958", "its ruling party since independence in 1975", "since Israel's
 * founding in 1948"), a land annexed by a state ("a kingdom that was annexed by Japan"). The corpus sets annotate each as a
 * referenced happening; an ideal named as a value ("sovereignty and independence of Ukraine") or a time with no year ("since
 * gaining independence") is none.
 */
const HISTORY = [
  `\\b(?:independence|founding|creation)\\s+(?:from\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)?\\s+)?in\\s+(?:\\d{4}|${MONTH}\\s+\\d{4})\\b`,
  // (session 36: a rule ended rather than a state left, "led the country to independence from white minority rule in 1980")
  `\\bindependence\\s+from\\s+(?:[\\p{Ll}-]+\\s+){1,3}?rule\\s+in\\s+(?:\\d{4}|${MONTH}\\s+\\d{4})\\b`,
  `\\b(?:was|were|been|being)\\s+annexed\\s+by\\s+(?=\\p{Lu})`,
  // (session 46: the state told as the subject, "since the country became independent in 1991")
  `\\b(?:became|becomes|become)\\s+independent\\s+(?:from\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)?\\s+)?in\\s+(?:\\d{4}|${MONTH}\\s+\\d{4})\\b`,
];

/**
 * A state's own rules or ties set aside (session 46), by three classes of CAMEO's verb codes, so that a government's reversal
 * is read by its kind and not by one story's phrase: coercion of the state's institutions (CAMEO 17: "the coup leaders revoked
 * the constitution", "suspended Fiji's 17-year-old constitution", "Marcos abolishes Congress"), restrictions eased (CAMEO 081:
 * "lifted martial law", "martial law was lifted in 1987", a curfew or a state of emergency ended), cooperation reduced (CAMEO
 * 16: "the US Air Force called off the deal", "Australia will suspend defence co-operation", "Ankara first suspended a
 * migration deal", "their sale to Russia was canceled last August"), and recognition granted (CAMEO 054: "Washington recognised
 * Morocco's claim to the disputed territory", "recognized Venezuela’s self-proclaimed president Juan Guaido"). The corpus sets
 * annotate each as a happening of its own; a visit or a speech cancelled ("had to cancel his visit") is a change of plan they
 * leave out, a land "recognised as" someone's (the passive, with no one granting it) is a status, and a bill withdrawn is none.
 */
const INSTITUTIONS = '(?:[Cc]onstitution|Congress|[Pp]arliament|[Ll]egislature|National\\s+Assembly|Senate)';
const EMERGENCY_RULE = '(?:martial\\s+law|curfew|state\\s+of\\s+(?:emergency|siege))';
const COOPERATION_HALTED = '(?:deal|contract|agreement|accord|treaty|purchase|sale|order|cooperation|co-operation|talks)';
/** An attempt or an aim before the verb ("after he tried to dissolve Congress and suspend the constitution", "the road to lifting martial law"): nothing set aside yet. */
const AIMED_AT = `(?<!\\b(?:tried|trying|tries|attempted|attempting|attempts|sought|seeking|seeks|bid|threatened|threatening|planned|planning|wanted|wanting|road|step|steps|move|moves)\\s+to\\s+(?:[^.;]{0,40}?\\s)?)`;
const MEASURES_SET_ASIDE = [
  `${AIMED_AT}\\b(?:${verbForms('suspend', 'revoke', 'abrogate', 'abolish', 'annul')})\\s+(?:the\\s+|its\\s+|\\p{Lu}[\\p{L}’'-]*['’]s\\s+)?(?:[\\p{L}\\d-]+\\s+){0,2}?${INSTITUTIONS}\\b`,
  `${AIMED_AT}\\b(?:${verbForms('lift', 'end', 'revoke', 'rescind')})\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${EMERGENCY_RULE}\\b|\\b${EMERGENCY_RULE}\\s+(?:was|were|has\\s+been|had\\s+been)\\s+(?:formally\\s+|officially\\s+|finally\\s+)?(?:lifted|ended|revoked|rescinded)\\b`,
  `${AIMED_AT}\\b(?:${verbForms('cancel', 'suspend', 'scrap')}|(?:call|calls|called|calling)\\s+off)\\s+(?:the\\s+|its\\s+|their\\s+|an?\\s+|all\\s+)?(?:[\\p{L}\\d-]+\\s+){0,3}?${COOPERATION_HALTED}s?\\b`,
  `\\b(?:deal|contract|agreement|purchase|sale)s?\\s+(?:(?:to|with)\\s+(?:\\p{Lu}[\\p{L}’'-]*\\s+){1,3}?)?(?:was|were|has\\s+been|had\\s+been)\\s+(?:cancell?ed|scrapped|called\\s+off)\\b`,
  `(?<!\\b(?:is|was|were|are|been|being|be|internationally|officially|widely|long|generally)[\\s-])\\brecogni[sz]ed\\s+(?=(?:[\\p{L}’'.-]+\\s+){0,6}?(?:as\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:president|leader|government|head\\s+of\\s+state)\\b|(?:claim|sovereignty|independence|annexation)\\b|self-proclaimed\\b))`,
];

/**
 * Diplomatic relations established, broken, downgraded or restored between two states (CAMEO 064/161, session 40): "Venezuela
 * severed diplomatic relations with its neighbor in 2019", "the official resumption of diplomatic ties a month later", "the
 * first trip … after the establishment of diplomatic relations", "diplomatic relations with Syria, broken off by London last
 * October", "leading to the downgrading of diplomatic ties". The corpus sets annotate each as a happening of its own; an
 * anniversary of the establishment ("the 70th anniversary of the establishment of diplomatic relations") is an occasion the
 * sets leave out, relations named as a state ("maintain strong diplomatic relations") are none, and the -ing form of the verb,
 * which tells an aim or a fear more often than a deed ("would go as far as severing diplomatic ties", "restoring its diplomatic
 * relations in the world"), is left out.
 */
const TIES = '(?:(?:[Ff]ull|[Ff]ormal|[Oo]fficial|[Nn]ormal|[Aa]ll)\\s+)?[Dd]iplomatic\\s+(?:relations|ties)\\b';
const TIES_CHANGED = '(?:established|establishes|establish|severed|severs|sever|restored|restores|restore|resumed|resumes|resume|downgraded|downgrades|downgrade|re-established|re-establish|reestablished|normali[sz]ed|broke\\s+off|broke|breaks\\s+off|cut\\s+off)';
const DIPLOMATIC_TIES = [
  // (not what an accord is to do, "reached an agreement to re-establish diplomatic relations": the accord is the happening)
  `(?<!\\b(?:agreement|agreed|deal|accord)\\s+to\\s+)(?<![\\p{L}-])${TIES_CHANGED}\\s+(?:(?:its|their)\\s+)?${TIES}`,
  `(?<!\\banniversary\\s+of\\s+(?:the\\s+)?|\\byears?\\s+of\\s+(?:the\\s+)?)\\b(?:establishment|restoration|resumption|severing|severance|breaking\\s+off|downgrading|normali[sz]ation|re-establishment|rupture)\\s+of\\s+${TIES}`,
  `\\b${TIES}\\s+(?:with\\s+\\p{Lu}[\\p{L}’'-]*,?\\s+)?(?:(?:were|was|had\\s+been|have\\s+been)\\s+)?(?:broken\\s+off|severed|restored|re-established)\\b`,
];

/**
 * An office taken or lost, by these classes' words or the older OTHER rule's ("was sworn in", "resigned"): it changes
 * hands in its holder's country ("since President Lee took office in June"), not in the sentence's other places.
 */
export const OFFICE_CHANGE = new RegExp([...OFFICE_TAKEN, ...OFFICE_LOST, `\\bsworn\\s+in\\b|\\bresign(?:s|ed|ing|ation)?\\b`].join('|'), 'u');

/** An occasion's wordings on their own: it takes place at its host's (occasionPlace). */
export const OCCASION = new RegExp(OCCASIONS.join('|'), 'u');

/**
 * Where an occasion of a visit took place: where the visit went ("Jaishankar was received on arrival at the airport by the
 * Foreign Secretary", "the sides held a joint press conference" in a report of a visit to Armenia), else the place its sentence
 * names ("In Madrid I will launch an Aboriginal art exhibition"), never the guest's own country, whose people the sentence names.
 */
export function occasionPlace(mentions: CountryMention[], visitDestination: string | null): string | null {
  // a city the sentence names is where the occasion is, before the visit told last (which may be an earlier trip the text recalls)
  // and before a country named as a person's: "On the second day, the President of Chile will visit the memorial complex in Lima,
  // where he will lay a wreath" is in Peru
  const city = mentions.find((mention) => mention.kind === 'capital' || mention.kind === 'city');
  return city?.code ?? visitDestination ?? mentions.find((mention) => mention.kind !== 'demonym')?.code ?? null;
}

/** A wording of materiel handed over where a match starts (happeningHolds). */
const HANDED_AT = new RegExp(`^(?:${MATERIEL_HANDED.join('|')})`, 'u');

/** Every wording of the classes above, for findEvents' OTHER trigger (events.ts). */
export const HAPPENING_WORDINGS = new RegExp([...OFFICE_TAKEN, ...OFFICE_LOST, ...JUSTICE, ...DISASTERS, ...MATERIEL_HANDED, ...DELIVERIES_TIMED, ...MATERIEL_MILESTONES, ...CROWD_CONTROL, ...CELEBRATIONS, ...EVACUATIONS, ...FORCES_WITHDRAWN, ...OCCASIONS, ...DECISIONS, ...HISTORY, ...DIPLOMATIC_TIES, ...MEASURES_SET_ASIDE, ...DEATHS, ...FLIGHTS, ...BANS, ...PARTNERS_EXERCISES, ...SANCTIONS_LISTED].join('|'), 'u');

/** The crowd-control wordings on their own, and the crowds or police a sentence must name for them to be crowd control. */
const CROWD_CONTROL_WORDS = new RegExp(CROWD_CONTROL.join('|'), 'u');
const CROWD = /\b(?:police|policemen|riot|crowds?|protest(?:s|ers)?|demonstrat(?:ors|ions?)|rall(?:y|ies)|marchers|gatherings?)\b/i;

/** Words of arms in a sentence: an explosion there is an attack's (a bomb, a missile, a strike), which the military rules read. */
const ARMED_BLAST = /\b(?:bombs?|bombing|bomber|missiles?|rockets?|shells?|shelling|drones?|strikes?|airstrikes?|attacks?|attacked|grenades?|explosives|IEDs?|suicide|mortars?|artillery)\b/i;

/** Someone held captive (the JUSTICE wording above), for happeningHolds. */
const CAPTIVES_TAKEN = /^(?:held|taken|was|were|been|being)\s+(?:as\s+)?(?:prisoners?|hostages?|captives?|kidnapped|abducted)\b/;
/** A fight's toll or its field told in a sentence: "killed", "wounded", "casualty list", "the battle for". */
const FIGHT_TOLL = /\b(?:killed|wounded|casualt(?:y|ies)|battles?|fighting|clashes)\b/i;

/** Before "died": a count of the dead or a time clause ("after his brother … died"), in the death's own clause. */
const DEATH_NOT_TOLD = /(?:\b(?:\d[\d,]*(?![\d,]*-)|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|scores|several|many|some|more)\b|\b(?:after|before|since|when|until|once)\b)[^,;:]*$/i;

/** A munition named before a crash (its subject, or the thing a relative clause tells of). */
const FALLING_MUNITION = /\b(?:missiles?|rockets?|drones?|projectiles?|ICBMs?|warheads?|shells?)\b[^.;]*$/i;

/**
 * An accord brought in by an indefinite article ("signed an MOU", "signed a framework agreement"): each such wording in
 * another sentence introduces another accord (a release listing the memoranda its visit saw signed), where "the
 * agreement" refers back to one told already.
 */
// (a signing of bare plural accords, "X and Y signed MOUs", brings in new ones too, as "signed an MOU" does; not "signed the agreements")
export const NEW_ACCORD = /^(?:[\p{L}-]+\s+)*?(?:an?|another|two|three|four|five|several|\d+)\s+(?:[\p{L}.’'-]+\s+){0,6}?(?:agreements?|accords?|deals?|treat(?:y|ies)|pacts?|memorand(?:um|a|ums)|mous?|letters?\s+of\s+intent|declarations?|protocols?|frameworks?)\b|^(?:[\p{L}-]+\s+)*?signed\s+(?!(?:the|these|those|this|that|its|their|his|her|both)\b)(?:[\p{L}-]+\s+){0,2}?(?:agreements|accords|deals|treaties|pacts|memoranda|memorandums|mous)\b/u;

/** A deal, a contract or an accord, or a signing ceremony (lower case: not a named accord such as "the Paris Agreement"). */
const ACCORD_WORDS = /\b(?:deals?|contracts?|agreements?|accords?)\b|\bsigning\s+ceremon/;
/** Words of a sale anywhere in a sentence ("signed a formal agreement with France to buy 36 jets"; "the deal … implements an agreement reached last month"). */
const SALE_WORDS = /\b(?:buy|buys|bought|buying|sell|sells|sold|selling|sale|purchas\w*|export\w*|suppl(?:y|ies|ied|ying)|procur\w*|acquir\w*|acquisition)\b/i;
/**
 * Accords that go beside a purchase and are never the purchase itself: a memorandum of understanding, a letter of intent, an offset
 * agreement (the seller's industrial return); and (session 48) a cooperation, collaboration or exploratory accord, or one told as
 * separate from the sale ("signed a cooperation accord with Airbus", "signed a collaboration agreement paving the way to the
 * contract", "signed an exploratory agreement for the possible purchase", "has signed a separate agreement with the air force").
 */
const SIDE_ACCORD = /\b(?:memorand(?:um|a|ums)|MOUs?|letters?\s+of\s+intent|offsets?|(?:co-?operation|collaboration|exploratory|separate)\s+(?:accords?|agreements?|contracts?))\b/i;

/**
 * Whether an accord told in a report of an arms sale is the sale's own event (`tellsSale`: its sentence is one the sale
 * was read from). A deal, a contract or an agreement is the sale's when its sentence speaks of the sale ("India signed a
 * deal with France to buy 36 jets"; "tensions that broke out after a deal between Ankara and Tripoli" is an accord of its
 * own). An accord beside a purchase (SIDE_ACCORD) never is, whatever its sentence says of the sale: "Alongside the principal
 * contract, the maker and the government signed two offset agreements", "visited Morocco and signed a memorandum of
 * understanding on defence collaboration", "signed a letter of intent for research with a view to ordering two submarines".
 */
export function accordOfSale(words: string, sentence: string, tellsSale: boolean, after = ''): boolean {
  if (!ACCORD_WORDS.test(words) || SIDE_ACCORD.test(words)) return false;
  // "told journalists following the signing ceremony", "said after signing the accord with her Qatari counterpart", "The agreement
  // was signed in-principle when …": the one accord the report tells, referred back to, is the sale's signing, whatever else the
  // sentence says; not a ceremony for another accord ("a signing ceremony for memorandums of understanding").
  // (a ceremony "for" or "of" something names what it signs: the sale's when that is a deal or materiel counted, "the signing
  // ceremony for 28 Eurofighter warplanes", not "a signing ceremony for a cultural exchange programme")
  // "The signing of the submarines agreement strengthens …": an accord named by the materiel it buys is the sale's, told back.
  if (WEAPONS_ACCORD_TOLD_BACK.test(words)) return true;
  if (ACCORD_TOLD_BACK.test(words) && !OTHER_ACCORD_AFTER.test(after)) {
    const signedThing = /^\s*(?:for|of)\s+([^.;,]{0,60})/.exec(after)?.[1];
    if (signedThing === undefined || SALE_THING.test(signedThing)) return true;
  }
  return tellsSale || SALE_WORDS.test(sentence) || /\b(?:deals?|contracts?)\b/.test(sentence);
}

/** An accord referred back to: its signing ceremony, "signing the accord", "the signed agreement", "the agreement was signed". */
const ACCORD_TOLD_BACK = /^(?:signing\s+ceremon\w*|sign(?:ed|ing)?\s+(?:of\s+)?the\s+(?:agreement|accord|deal|contract)|signed\s+(?:agreement|accord|deal|contract)|(?:the\s+)?(?:agreement|accord|deal|contract)\s+was\s+signed(?:\s+in)?)$/i;
/** The signing of an accord named by materiel ("signing of the submarines agreement", "signed the fighter jet deal"). */
const WEAPONS_ACCORD_TOLD_BACK = new RegExp(String.raw`^sign(?:ed|ing)?\s+(?:of\s+)?the\s+(?:[\p{L}\d-]+\s+)?${WEAPONS.source.slice(2, -2)}\s+(?:agreement|accord|deal|contract)s?$`, 'iu');
/** What a signing ceremony is for when it is a sale's: a deal, or materiel counted ("28 Eurofighter warplanes"). */
const SALE_THING = /^(?:the\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|dozens?)\s|\b(?:deals?|contracts?|agreements?|accords?|purchases?|sales?|acquisitions?|orders?)\b/i;
/** Another kind of accord named right after a signing's words ("signing ceremony for memorandums of understanding"). */
const OTHER_ACCORD_AFTER = /^[^.;]{0,40}?\b(?:memorand(?:um|a|ums)|MOUs?|letters?\s+of\s+intent|declarations?|frameworks?|protocols?|offsets?)\b/i;

/**
 * An accord signed, inked, concluded or to be signed, by the words that tell it ("signed an MOU", "the signing by the two
 * leaders of the Moscow Declaration", "sign 15 partnership agreements", "an agreement … is expected to be signed").
 */
export const ACCORD_SIGNED = /\b(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|conclu(?:de|des|ded|ding|sion))\b[^.;]*?\b(?:agreements?|accords?|deals?|treat(?:y|ies)|pacts?|memorand(?:um|a|ums)|mous?|declarations?|communiqu[eé]s?|protocols?|frameworks?|letters?\s+of\s+(?:intent|interest|commitment)|documents)\b|\b(?:agreements?|accords?|deals?|treat(?:y|ies)|memorand(?:um|a|ums)|mous?|declarations?)\b[^.;]*?\b(?:signed|inked|concluded)\b/i;

/** The words of an accord or its signing, in a trigger that may tell it (ACCORD_SIGNED then reads its sentence). */
export const ACCORD_WORD = /\b(?:agreements?|accords?|deals?|treat(?:y|ies)|pacts?|memorand(?:um|a|ums)|mous?|declarations?|communiqu[eé]s?|protocols?|sign(?:s|ed|ing)?|ink(?:s|ed|ing)?)\b/i;

/**
 * A deal's clock: a delivery or an entry into force counted from the contract's signing or taking effect, or from a contract
 * still to be signed ("delivered within two years after the contract comes into force", "within 72 months of signing the
 * contract", "expected by mid-2025, based on the timeline of the signed contract", "The contract will be sealed later this
 * year, with the aircraft expected to be delivered from mid-2006"): a term of the deal, no happening of its own.
 */
const DEAL_CLOCK = /\b(?:within|after|of|from|following|upon)\s+(?:the\s+)?(?:signing|signature|conclusion|entry\s+into\s+force)\s+(?:of\s+)?(?:the\s+|a\s+)?(?:[\p{L}-]+\s+)?(?:contract|deal|agreement)s?\b|\b(?:after|once|when|until|before|upon|as\s+soon\s+as)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+)?(?:contract|deal|agreement)\s+(?:comes|enters|takes|is\s+signed|has\s+been\s+signed)\b|\b(?:timeline|timetable|schedule|terms)\s+of\s+the\s+(?:signed\s+)?(?:[\p{L}-]+\s+)?(?:contract|deal|agreement)\b|\b(?:contract|deal)\s+(?:will|would|is\s+to|is\s+expected\s+to)\s+be\s+(?:sealed|signed|finali[sz]ed|concluded|inked)\b/iu;
/** The words of a delivery or of an accord taking effect, which a deal's clock (DEAL_CLOCK) may set. */
const CLOCKED_WORDS = /deliver|\barriv|\binto\s+(?:force|effect)\b|\beffect\b/i;

/** Whether a delivery or an entry into force is only a term of a deal, timed by its contract (DEAL_CLOCK). */
export function termOfDeal(words: string, sentence: string): boolean {
  return CLOCKED_WORDS.test(words) && DEAL_CLOCK.test(sentence);
}

/** What a deal or a package covers, listed up to the words ("includes logistics and support, as well as", "covering"). */
const DEAL_CONTENT = /\b(?:includ(?:es|ed|ing|e)|cover(?:s|ed|ing)?|compris(?:es|ed|ing|e))\b[^.;:]*$/i;

/**
 * Whether a match of HAPPENING_WORDINGS in its sentence is a happening of its own: not an explosion in a sentence of
 * arms (the attack's), not what a deal is said to include, and not in a sentence that tells a sale (the sale's own event).
 */
export function happeningHolds(words: string, at: number, sentence: string, tellsSale: boolean): boolean {
  if (CROWD_CONTROL_WORDS.test(words) && !CROWD.test(sentence)) return false;
  if (SANCTIONS_LISTED_WORDS.test(words) && !SANCTIONS_CONTEXT.test(sentence)) return false;
  if (/^explosion/i.test(words) && ARMED_BLAST.test(sentence)) return false;
  // "Three Palestinians died", "after his brother King Abdullah died", a death in a strike: a toll, a time or the attack's, no death of its own.
  if (/^died/.test(words) && (ARMED_BLAST.test(sentence) || DEATH_NOT_TOLD.test(sentence.slice(Math.max(0, at - 80), at)))) return false;
  // "the death of the commander in the strike": a death told as a noun in a sentence of arms is the attack's too.
  if (/^death\b/.test(words) && ARMED_BLAST.test(sentence)) return false;
  // "438 soldiers were taken prisoner, while 29 were killed": captives counted with a fight's dead and wounded are its toll, no captivity of their own.
  if (CAPTIVES_TAKEN.test(words) && FIGHT_TOLL.test(sentence)) return false;
  // "launched a missile that … crashed into the sea": a munition's fall is its launch's, no accident.
  if (/^crash/i.test(words) && FALLING_MUNITION.test(sentence.slice(Math.max(0, at - 120), at))) return false;
  // "The contract includes logistics … as well as training of aircrews": what a deal covers is its content, no happening.
  if (DEAL_CONTENT.test(sentence.slice(Math.max(0, at - 80), at))) return false;
  // "the Cabinet approved the purchase of 10 tanks": in a sentence a sale is read from, the approval is that sale's own.
  if (tellsSale && DECIDED_WORDS.test(words)) return false;
  // A sale's sentence keeps out the sale's own wording (its materiel handed over), not another happening it tells:
  // "the vessels …, launched in January 2019", "was first unveiled in 2023" beside the deal.
  // (a delivery told with its time is a happening of its own even there: "finalized a deal …, with deliveries set to begin in 2028")
  return !tellsSale || !HANDED_AT.test(sentence.slice(at)) || DELIVERY_TIMED_AT.test(sentence.slice(at));
}

/**
 * Where a happening told by these wordings took place, from its own phrase: the country named right after its words in
 * their clause ("the cyclone that struck Vanuatu", "the murder of a journalist in Malta"), not the one the sentence opens
 * with ("Australia led the response to …"); null when none is written there (the sentence's other cues decide).
 */
export function happeningPlace(mentions: CountryMention[], text: string, wordsEnd: number): CountryMention | null {
  return mentions.find((mention) => mention.kind !== 'demonym' && mention.start >= wordsEnd && mention.start - wordsEnd <= 60 && !/[,;:]|\b(?:and|but|while|whereas|after|before|since)\b/.test(text.slice(wordsEnd, mention.start))) ?? null;
}

/**
 * Kinds of OTHER happening that a story tells again in other words ("resigns" in the headline, "announced his
 * resignation" below; "was arrested", "the arrests of", "his detention"; "the release of hostages", "releasing 33
 * hostages"; "the ceasefire", "the truce"; a headline's "Council adds 11 individuals … to EU sanctions lists" over "The Council
 * decided today to impose additional restrictive measures"; "tear gas", "to disperse the crowd"): a text names one such
 * happening of a kind again, so its words match by kind (two rounds of sanctions on two written days still stay two).
 * Accords and the rest keep their own words (two accords told undated are common).
 */
const HAPPENING_KINDS: [RegExp, string][] = [
  [/\b[Jj]oint\s+(?:[\w-]+\s+)?(?:exercises?|drills?)\b/, 'exercise'],
  [/\b(?:ceasefire|cease-fire|truce|cessation of hostilities|armistice)\b/i, 'ceasefire'],
  [/\bresign|\bstep(?:s|ped|ping)? down\b/i, 'resignation'],
  // (session 48: a release from custody, "released from house arrest", is a release, not the arrest its words name)
  [/\b(?:released|freed)\s+(?:on\s+bail\s+|early\s+)?from\b/i, 'release'],
  [/\barrest|\bdetain|\bdetention|\bjailed\b|\bimprison/i, 'arrest'],
  [/\b(?:releas\w*|freed|free)\b(?=.*\b(?:hostages|prisoners|detainees|captives)\b)|\brelease of\b/i, 'release'],
  // (a leader inaugurated, not a building: "will inaugurate the new UN Office" is an occasion of its own)
  [/\bsworn in\b|\binaugurat\w*\b(?!\s+(?:the|a|an)\s)|\b(?:took|take|takes|taking|assum(?:e|es|ed|ing))\s+office\b/i, 'inauguration'],
  [/\bsanction|\brestrictive\s+measures\b/i, 'sanctions'],
  [/^(?:fled|flees)\b/, 'flight'],
  // (session 47: one withdrawal of forces told again, "began withdrawing troops", "the troops will withdraw from")
  [/^(?:withdr\w*|pull\w*\s+out)\b/, 'withdrawal'],
  [/^(?:banned|bans)\b/, 'ban'],
  // (session 46: one martial law lifted, told again in other words: "announced the lifting of martial law", "martial law was lifted")
  [/\b(?:lift|end|revok|rescind)\w*\s+(?:the\s+)?(?:of\s+)?martial\s+law\b|\bmartial\s+law\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:lifted|ended|revoked|rescinded)\b/, 'martial law lifted'],
  // (session 48: one welcome of a guest told in several wordings, "The welcoming ceremony was moved to the airport", "he was greeted by
  // President X as he reviewed an honor guard", "A 21-gun salute boomed")
  [/\b(?:greeted|welcomed)\s+(?:[^.;]{0,40}?\s)?by\b|\b(?:welcoming|welcome|arrival)\s+ceremon|\bred[-\s]carpet\b|\bhono(?:u)?r\s+guard\b|\b(?:\d+|twenty-one)-gun\s+salute\b/i, 'welcome'],
  [/\b(?:tear\s?gas|teargas|water\s+cannons?|stun\s+grenades?|rubber\s+bullets|pepper\s+spray|baton\s+charges?|dispers|break\w*\s+up|broke\s+up)/i, 'crowd control'],
];

/**
 * Sanctions told as imposed before the news's own round, or counted since a war began ("The EU has already imposed sanctions on
 * around 150 firms", "Since the start of the war, Australia has imposed over 460 sanctions", "earlier sanctions"): an earlier
 * round, which the corpus sets annotate beside the new one (session 32). A total the new round brings ("87 persons will now be
 * under sanctions") is the new round's.
 */
const EARLIER_ROUND = /\b(?:already|previously)\s+(?:imposed|sanctioned|adopted|introduced)\b|\b[Ss]ince\s+the\s+(?:start|beginning|outbreak)\s+of\b[^.;]*?\b(?:imposed|sanctioned)\b|\b(?:earlier|previous|prior)\s+(?:rounds?\s+of\s+|packages?\s+of\s+)?sanctions\b/;

/** Whether two sentences telling sanctions tell two rounds: one told as earlier (EARLIER_ROUND), the other not. */
export function otherRounds(words: string | undefined, sentence: string, otherSentence: string): boolean {
  return happeningKind(words) === 'sanctions' && EARLIER_ROUND.test(sentence) !== EARLIER_ROUND.test(otherSentence);
}

/** The kind of an OTHER happening its words tell, when they name one above. */
export function namedHappeningKind(words: string | undefined): string | undefined {
  return HAPPENING_KINDS.find(([pattern]) => pattern.test(words ?? ''))?.[1];
}

/** The kind of an OTHER happening its words tell, or the words themselves when they name no kind above. */
export function happeningKind(words: string | undefined): string {
  return HAPPENING_KINDS.find(([pattern]) => pattern.test(words ?? ''))?.[1] ?? words ?? '';
}
