// Crisis happenings told by verb and noun classes (CAMEO-like: 14 protest, 17 coerce, 18–20 assault and
// fight, sanctions and accords), each verb with all its inflections from compromise's conjugation, so a
// rule names a meaning ("launch a missile") rather than one document's wording ("launched two missiles").
import nlp from 'compromise/two';

interface Conjugation {
  Infinitive?: string;
  PastTense?: string;
  PresentTense?: string;
  Gerund?: string;
  Participle?: string;
}

/** Every written form of the verbs ("strike" → strike|struck|strikes|striking), longest first so the alternation takes the whole word (a hyphen is literal outside a class). */
export function verbForms(...verbs: string[]): string {
  const world = nlp.world() as unknown as { model: unknown; methods: { two: { transform: { verb: { conjugate: (verb: string, model: unknown) => Conjugation } } } } };
  const forms = new Set<string>();
  for (const verb of verbs) {
    const conjugated = world.methods.two.transform.verb.conjugate(verb, world.model);
    for (const form of [verb, conjugated.PastTense, conjugated.PresentTense, conjugated.Gerund, conjugated.Participle]) if (form) forms.add(form);
  }
  return [...forms].sort((a, b) => b.length - a.length).join('|');
}

/** What an assault verb is aimed at when it is a military one ("struck a fuel depot", "attacked army positions"), not a deal or a record. */
const MILITARY_TARGETS =
  '(?:city|town|villages?|port|(?:air|naval|military|army)?\\s*bases?|airports?|airfields?|refiner(?:y|ies)|depots?|convoys?|positions|targets?|infrastructure|facilit(?:y|ies)|hospitals?|schools?|ships?|vessels?|tankers?|bridges?|(?:power|nuclear) (?:plants?|stations?)|grid|camps?|headquarters|compounds?|buildings?|homes|civilians|troops|soldiers|militants|outposts?|checkpoints?|barracks)';
/** The target an assault is aimed at, by its kind ("the hospital", "a fuel depot"), singular: two strikes on different kinds of target are two strikes. */
const TARGET_AHEAD = new RegExp(`^[^.;]{0,40}?\\b(?:on|against|at|struck|hit|attacked|targeted|shelled|bombed)\\s+(?:the\\s+|an?\\s+|its\\s+|their\\s+)?(?:[\\w’'-]+\\s+){0,2}?${MILITARY_TARGETS}\\b`, 'iu');

export function targetKind(after: string): string | null {
  const found = TARGET_AHEAD.exec(after);
  if (!found) return null;
  const noun = /(\w+)$/.exec(found[0])![1].toLowerCase();
  return noun.replace(/(?:ies)$/, 'y').replace(/(?<=[^s])s$/, '');
}

/** What is launched or fired in a military action. */
const MUNITIONS = '(?:missiles?|rockets?|drones?|projectiles?|ICBMs?|shells|artillery|rounds|salvos?|barrages?|torpedo(?:es)?|mortars?|warheads?)';
/** Ground whose capture or seizure is a military action ("captured the town of", "seized the port"). */
const GROUND = '(?:town|city|village|port|airport|region|province|(?:air|naval|military)?\\s*base|capital|territory|district|settlement)';

/** More wordings of a military action: assault verbs with a military target, munitions launched or fired, aircraft shot down, ground captured, clashes. */
export const MILITARY_WORDINGS = new RegExp(
  [
    `\\b(?:${verbForms('attack', 'strike', 'shell', 'bomb', 'raid', 'target', 'pound', 'hit')})\\s+(?:the\\s+|an?\\s+|its\\s+|their\\s+|several\\s+|two\\s+|three\\s+|\\d+\\s+)?(?:[\\w’'-]+\\s+){0,3}?${MILITARY_TARGETS}\\b`,
    `\\b(?:${verbForms('launch', 'fire', 'test-fire')})\\s+(?:(?:an?|the|its|their|two|three|four|several|multiple|more|\\d+)\\s+)?(?:[\\w-]+\\s+){0,3}?${MUNITIONS}\\b`,
    `\\b(?:missile|rocket|ICBM|satellite)\\s+launch(?:es)?\\b`,
    `\\blaunch(?:es)?\\s+of\\s+(?:(?:an?|the|its|two|three|several|\\d+)\\s+)?(?:[\\w-]+\\s+){0,3}?(?:missiles?|rockets?|ICBMs?|satellites?)\\b`,
    `\\b(?:${verbForms('shoot')})\\s+down\\b|\\bdowned\\s+(?:an?\\s+|the\\s+|two\\s+|\\d+\\s+)?(?:[\\w-]+\\s+){0,2}(?:drones?|jets?|planes?|aircraft|helicopters?|missiles?)\\b`,
    `\\b(?:${verbForms('seize', 'capture', 'take')})\\s+(?:full\\s+)?(?:control\\s+of\\s+)?(?:the\\s+)?(?:(?:strategic|key|eastern|northern|southern|western|frontline|border)\\s+)?${GROUND}\\b`,
    `\\b(?:capture|seizure|fall)\\s+of\\s+(?:the\\s+)?(?:(?:strategic|key|eastern|northern|southern|western|frontline|border)\\s+)?${GROUND}\\b`,
    `\\b(?:raids?|strikes?)\\s+(?:on|against|targeting)\\b`,
    // Clashes of armed forces, not of crowds with police or of policies.
    `\\b(?:armed|border|deadly|heavy|fierce)\\s+clashes\\b|\\bclash(?:es|ed)?\\s+between\\s+(?:[\\w-]+\\s+){0,2}?(?:troops|forces|soldiers|militants|rebels|armies|army|militias?)\\b`,
    `\\binvading\\b`,
  ].join('|'),
  'iu',
);

/** More OTHER happenings: sanctions imposed by their verb or as new measures, assets frozen, accords concluded, people detained or stepping down. */
export const OTHER_WORDINGS = new RegExp(
  [
    `\\b(?:sanctioned|sanctioning|blacklisted|blacklisting)\\s+(?!by\\b)(?:[\\w-]+\\s+){0,4}?(?:individuals|entities|companies|firms|officials|banks|people|persons|vessels|ships|networks|oligarchs|(?=\\p{Lu}))`,
    `\\b(?:new|fresh|additional|further|sweeping|targeted|tougher|more)\\s+(?:[\\w-]+\\s+)?sanctions\\b|\\bsanctions\\s+package\\b|\\b(?:package|round)\\s+of\\s+sanctions\\b`,
    // Past or ongoing ("froze", "has frozen", "freezing"): "the sanctions freeze their assets" tells what a measure does.
    `\\b(?:froze|frozen|freezing)\\s+(?:the\\s+)?(?:[\\w’'-]+\\s+){0,4}?assets\\b`,
    `\\b(?:${verbForms('sign', 'conclude', 'seal', 'clinch', 'ink')})\\s+(?:an?\\s+|the\\s+)?(?:[\\w.’'-]+\\s+){0,5}?(?:[Aa]greement|[Aa]ccord|deal|[Tt]reaty|[Pp]act|[Mm]emorandum|armistice|ceasefire|truce|[Dd]eclaration|[Pp]rotocol|[Cc]harter|[Cc]onvention|[Aa]ction\\s+[Pp]lan)\\b`,
    // the accord first, then its signing ("the Abuja Accord signed in January", "a pact was concluded on Monday")
    `\\b(?:[Aa]greement|[Aa]ccord|[Tt]reaty|[Pp]act|[Dd]eclaration|[Mm]emorandum|[Aa]rmistice)\\s+(?:(?:was|were|had\\s+been|has\\s+been)\\s+)?(?:signed|concluded|sealed|initialled|initialed|ratified)\\s+(?:in|on|at|by|last|this|earlier|\\d)`,
    `\\b(?:${verbForms('agree')})\\s+(?:to|on)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:ceasefire|truce|deal|agreement|accord|framework|exchange|swap|pause)\\b`,
    `\\b(?:${verbForms('arrest', 'detain', 'jail', 'imprison')})\\s+(?:former\\s+|opposition\\s+|ousted\\s+)?(?=(?:President|Prime\\s+Minister|Minister|General|Gen\\.|leader\\s+)?\\s*\\p{Lu}\\p{Ll})`,
    `\\b(?:taken|placed|put)\\s+(?:into\\s+custody|under\\s+(?:house\\s+)?arrest)\\b|\\bhouse\\s+arrest\\b`,
    `\\b(?:stepped|steps|stepping)\\s+down\\b|\\bquit\\s+as\\b`,
    // courts and removals: rulings, warrants, removal from office, a legislature dissolved
    `\\b(?:[Cc]ourt|[Tt]ribunal|judges?)\\s+(?:has\\s+|have\\s+)?(?:ruled|upheld|overturned|annulled|ordered|dismissed|removed|struck\\s+down)\\b`,
    `\\b(?:removed|removal)\\s+from\\s+office\\b|\\barrest\\s+warrants?\\s+(?:for|against)\\b|\\b(?:issued|issues|sought|seeks|approved)\\s+(?:an?\\s+)?arrest\\s+warrants?\\b`,
    `\\bdissolution\\s+of\\s+(?:the\\s+)?(?:parliament|[Nn]ational\\s+[Aa]ssembly|legislature|government)\\b`,
    // captives taken
    `\\b(?:took|taken|seized)\\s+(?:\\w+\\s+){0,2}hostages?\\b|\\b(?:kidnapped|abducted)\\s+(?!by\\b)`,
  ].join('|'),
  'u',
);

/** More wordings of a protest: the verbs with where or against what, a protest or rally held or joined, riots. */
export const PROTEST_WORDINGS = new RegExp(
  [
    // Not "protest" itself: a state protests to another (a complaint lodged), a crowd rallies or demonstrates.
    `\\b(?:${verbForms('rally', 'demonstrate')})\\s+(?:against|over|outside|near|in\\s+front\\s+of)\\b`,
    `\\b(?:marched|marching)\\s+(?:through|to|on|in|against)\\b`,
    `(?<!\\b(?:lodged|lodge|lodges|filed|file|registered|made|issued|delivered|sent|conveyed)\\s+)\\b(?:an?|the)\\s+(?:[\\w-]+\\s+)?(?:protest|rally|demonstration|march)\\s+(?:in|outside|at|near)\\b`,
    `\\b(?:${verbForms('join', 'hold', 'organize', 'organise', 'stage', 'lead')})\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?:protests?|rall(?:y|ies)|demonstrations?|marches|sit-ins?|vigils?)\\b`,
    `\\briots?\\s+(?:in|broke\\s+out|erupted)\\b|\\brioters\\b|\\brioting\\b`,
    // a crowd told by its size or kind marching or rallying (not "gathered": a concert or a funeral gathers crowds too)
    `\\b(?:crowds?|thousands|hundreds|tens\\s+of\\s+thousands|hundreds\\s+of\\s+thousands)\\s+(?:of\\s+(?:[\\w-]+\\s+)?(?:people|students|workers|citizens|supporters|residents|women|farmers|opposition\\s+supporters)\\s+)?(?:marched|rallied|poured\\s+into\\s+the\\s+streets|took\\s+to)\\b`,
    // workers' strikes and vigils
    `\\b(?:general|nationwide|national)\\s+strike\\b|\\bwent\\s+on\\s+strike\\b|\\bcandlelight\\s+vigils?\\b`,
  ].join('|'),
  'iu',
);

/** More wordings of an election: an office or seats won, a vote told by its kind, voters at the polls. */
export const ELECTION_WORDINGS = new RegExp(
  [
    `\\bwon\\s+(?:the\\s+|a\\s+)?(?:[\\w-]+\\s+)?(?:presidency|term|majority|seats|mandate|race)\\b`,
    `\\b(?:presidential|parliamentary|general|legislative|snap|national|local|regional|municipal)\\s+(?:vote|polls|ballot|race)\\b`,
    `\\bby-elections?\\b|\\bpolling\\s+(?:day|stations?)\\b|\\bvoters\\s+(?:went|go|chose|elected|cast)\\b`,
  ].join('|'),
  'iu',
);
