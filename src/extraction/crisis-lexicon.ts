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

/** The flags of the patterns made of English words only: without "u", irregexp scans a case-insensitive pattern about five times faster. */
const CASE_INSENSITIVE = 'i';

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
  '(?:city|town|villages?|port|(?:air|naval|military|army)?\\s*bases?|airports?|airfields?|refiner(?:y|ies)|depots?|convoys?|positions|targets?|infrastructure|facilit(?:y|ies)|hospitals?|schools?|ships?|vessels?|tankers?|bridges?|(?:power|nuclear) (?:plants?|stations?)|grid|camps?|headquarters|compounds?|buildings?|homes|civilians|troops|soldiers|militants|outposts?|checkpoints?|barracks|apartment\\s+(?:blocks?|buildings?)|residential\\s+(?:areas?|buildings?|blocks?)|cars?|vehicles?|trains?|markets?|substations?|mosques?|churches?|(?:police|railway|train)\\s+stations?|energy\\s+(?:infrastructure|facilities)|shipping)';
/** The target an assault is aimed at, by its kind ("the hospital", "a fuel depot"), singular: two strikes on different kinds of target are two strikes. */
const TARGET_AHEAD = new RegExp(`^[^.;]{0,40}?\\b(?:on|against|at|struck|hit|attacked|targeted|shelled|bombed)\\s+(?:the\\s+|an?\\s+|its\\s+|their\\s+)?(?:[\\w’'-]+\\s+){0,2}?${MILITARY_TARGETS}\\b`, CASE_INSENSITIVE);

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
/** What may stand before the ground taken: its article or its holder, and a word of its rank or side ("the strategic town", "Tripoli's major air base"). */
const GROUND_HELD = "(?:the\\s+)?(?:[\\w-]+(?:['’]s|s['’])\\s+)?(?:(?:strategic|key|major|main|eastern|northern|southern|western|frontline|border)\\s+)?";
/** A count of people or things, with its thousands separated or not ("12", "1,269"). */
const COUNT = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)';

/**
 * A coup's seizure of a seat of power or of the airwaves by armed men (session 30: "the state broadcaster's headquarters was taken
 * over by soldiers", "the army had now taken control of the presidential palace", "troops seized the radio station"); not a firm's
 * takeover nor a crowd's, which names no soldiers. Each site taken is an action of its own beside the coup (session 32).
 */
const SEAT_SEIZED_WORDS =
  `\\b(?:taken|took)\\s+over\\s+by\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:soldiers|troops|army|military|officers|mutineers|putschists|junta|rebels)\\b|\\b(?:soldiers|troops|army|military|officers|mutineers|putschists|junta|battalions?|brigade|guards?)\\s+(?:[\\w-]+\\s+){0,3}?(?:took|taken|seized|seize|seizes|seizing|taking)\\s+(?:full\\s+|over\\s+)?(?:control\\s+of\\s+)?(?:the\\s+)?(?:[\\w’'-]+\\s+){0,3}?(?:palace|parliament|(?:state\\s+|national\\s+)?(?:radio|television|TV|broadcaster)|broadcasting|headquarters|residence|house|airport|ministry|presidency)\\b`;
export const SEAT_SEIZED = new RegExp(SEAT_SEIZED_WORDS, CASE_INSENSITIVE);

/** Men under arms, as the doers of a repression (not the police: its crowd control is an OTHER happening, happenings.ts). */
const ARMED_MEN = '(?:troops|soldiers|army|armies|military|tanks|armed\\s+forces|paratroopers)';
/** What a repression by force puts down: a rising, a crowd, dissent. */
const PUT_DOWN = '(?:uprisings?|rebellions?|revolts?|insurrections?|risings?|mutin(?:y|ies)|protests?|protesters|demonstrations?|demonstrators|strikes|strikers|dissent|opposition|opponents)';
/**
 * A repression by force (CAMEO 175, violent repression; the corpus guide counts a crackdown and a suppression by soldiers as
 * military actions, police crowd control as OTHER): armed men as its doers ("suppressed by Soviet troops", "the army crushed the
 * uprising"), a rising put down ("the revolt was crushed"), a crowd put down told as bloody ("bloodily suppressed"), or a violent
 * crackdown on a people or the regime's opponents ("the violent crackdown on antiregime opponents", "the brutal suppression of
 * pro-democracy protests"). A violent crackdown on protesters with no doer written was tried and left out (session 45: one more
 * false event on the check sets; the police are its doers as often as soldiers), and so is one the police launched.
 */
const REPRESSION_BY_FORCE = [
  `(?<!\\bpolice(?:men)?\\b[^.;]{0,40})\\b(?:violent|brutal|bloody|deadly|murderous)\\s+(?!police\\b)(?:[\\w-]+\\s+)?(?:crackdowns?|suppression|repression)\\s+(?:on|of|against)\\s+(?:ethnic|civilians|antiregime|anti-regime|pro-democracy)\\b`,
  `\\b(?:bloodily|brutally|violently|ruthlessly)\\s+(?:suppressed|crushed|repressed|put\\s+down|quashed)\\b`,
  `\\b(?:suppressed|crushed|repressed|put\\s+down|quelled)\\s+by\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?${ARMED_MEN}\\b`,
  `\\b${ARMED_MEN}\\s+(?:[\\w-]+\\s+){0,2}?(?:suppress|suppresses|suppressed|suppressing|crush|crushes|crushed|crushing|quelled|quelling|cracked\\s+down\\s+on)\\s+(?:the\\s+|an?\\s+)?(?:[\\w’'-]+\\s+){0,2}?${PUT_DOWN}\\b`,
  `\\b(?:uprising|rebellion|revolt|insurrection|mutiny)\\s+(?:[\\w-]+\\s+){0,4}?(?:was|were|had\\s+been)\\s+(?:(?:brutally|bloodily|violently|quickly|swiftly|soon)\\s+)?(?:crushed|suppressed|put\\s+down|quelled)\\b`,
].join('|');
/** A repression by force on its own (events.ts: placed where its crowd was, the story's country, not at the armed men's home). */
export const REPRESSION = new RegExp(REPRESSION_BY_FORCE, CASE_INSENSITIVE);

/**
 * A war told as fought, waged or gone to, or fighting told by its outbreak (CAMEO 19, fight): "India has fought three wars against
 * Pakistan", "a brief, bloody war the two nations fought in 1962", "the two countries went to war in 2020", "fighting flared last
 * month". Past forms only: "could go to war", "we do not want to fight a war" are risks, not wars. Not a fight with the police.
 */
const WAR_WAGED = [
  `\\b(?:fought|waged)\\s+(?:an?\\s+|the\\s+|two\\s+|three\\s+|four\\s+|five\\s+|several\\s+|many\\s+|\\d+\\s+)?(?:[\\w-]+\\s+){0,2}?(?:wars?|(?:border\\s+)?conflicts?|insurgenc(?:y|ies))\\b(?!\\s+(?:on|against)\\s+(?:drugs|crime|terror|poverty|corruption|inflation|disease))`,
  `\\bwars?\\s+(?:that\\s+|which\\s+)?(?:the\\s+two\\s+(?:countries|nations|sides|neighbou?rs|states)|they|both\\s+(?:sides|countries))\\s+(?:had\\s+)?fought\\b`,
  `\\b(?:went|had\\s+gone|have\\s+gone|has\\s+gone)\\s+to\\s+war\\b`,
  `\\b(?:fighting|hostilities|gun\\s+battles|firefights|skirmishes|shelling)\\s+(?:(?:had|has|have)\\s+)?(?:broke\\s+out|broken\\s+out|erupted|flared(?:\\s+up)?|raged|resumed)\\b`,
].join('|');

/** More wordings of a military action: assault verbs with a military target, munitions launched or fired, aircraft shot down, ground captured, clashes. */
export const MILITARY_WORDINGS = new RegExp(
  [
    `\\b(?:${verbForms('attack', 'strike', 'shell', 'bomb', 'raid', 'target', 'pound', 'hit')})\\s+(?:the\\s+|an?\\s+|its\\s+|their\\s+|several\\s+|two\\s+|three\\s+|${COUNT}\\s+)?(?:[\\w’'-]+\\s+){0,3}?${MILITARY_TARGETS}\\b`,
    // (not "launch a new rocket engine": a munition's industry; nor "a multiple launch rocket system": a weapon's name; nor
    // "launchers, radars, fire control centers and missiles": a fire-control system is equipment)
    `\\b(?!fire\\s+control\\b)(?:${verbForms('launch', 'fire', 'test-fire')})\\s+(?:(?:an?|the|its|their|two|three|four|several|multiple|more|${COUNT})\\s+)?(?:[\\w-]+\\s+){0,3}?${MUNITIONS}\\b(?!\\s+(?:engines?|programm?es?|compan(?:y|ies)|makers?|designs?|industry|technology|factor(?:y|ies)|plants?|systems?|launchers?)\\b)`,
    // the munition as the subject ("A Russian missile hit an apartment block"), or launched from somewhere and intercepted
    `\\b(?:missiles?|rockets?|drones?|shells|bombs?|projectiles?|mortars?)\\s+(?:${verbForms('hit', 'strike', 'target', 'slam')}|landed|exploded|fell)\\b`,
    `\\b${MUNITIONS}\\s+(?:launched|fired)\\s+(?:from|at|toward|towards|into|by)\\b|\\b(?:${verbForms('intercept')})\\s+(?:[\\w-]+\\s+){0,3}?${MUNITIONS}\\b`,
    // assaults told as nouns: aircraft downed, ships sunk, air raids, massacres, a putsch or mutiny
    `\\b(?:downing|shoot-?down|sinking)\\s+of\\b|\\bair\\s+raids?\\b|\\bmassacres?\\b|\\bputsch\\b|\\bmutin(?:y|ies|ied|ous|eers)\\b|\\btorpedoed\\b`,
    `\\b(?:missile|rocket|ICBM|satellite)\\s+launch(?:es)?\\b`,
    // operations told by their kind or as going on somewhere ("counter-ISIL operations", "ongoing operations in Iraq and Afghanistan")
    `\\bcounter-?(?:ISIS|ISIL|Daesh|terror(?:ism|ist)?|insurgency|piracy)\\s+(?:operations?|campaign|mission)\\b|\\b(?:ongoing|continuing|continued|military|combat|coalition)\\s+operations\\s+in\\s+(?!(?:the\\s+)?(?:past|last|coming|next|future|recent|early|late|order|support|response|years?|months?|weeks?|days?)\\b|\\d)`,
    // a test told as a noun ("North Korea's latest missile test"), not the place or a ban of tests
    `\\b(?:missile|ICBM)\\s+tests?\\b(?!\\s+(?:sites?|ranges?|bans?|moratori\\w+|facilit\\w+))`,
    // a coup told as its attempt ("any effort to detain or subvert the … government", "an attempt to topple the president")
    `\\b(?:efforts?|attempts?|bids?|plots?)\\s+to\\s+(?:detain|topple|overthrow|oust|depose|subvert)\\b(?=(?:\\s+(?:or|and)\\s+\\w+)?\\s+(?:the\\s+)?(?:[\\w’'-]+\\s+){0,6}?(?:president|government|prime\\s+minister|head\\s+of\\s+state|leader)\\b)`,
    // (also a firing told as a noun: "inspected the test-firing of new long-range anti-air missiles")
    `\\b(?:launch(?:es)?|(?:test-?)?firings?)\\s+of\\s+(?:(?:an?|the|its|two|three|several|${COUNT})\\s+)?(?:[\\w-]+\\s+){0,3}?(?:missiles?|rockets?|ICBMs?|satellites?)\\b`,
    `\\b(?:${verbForms('shoot')})\\s+down\\b|\\bdowned\\s+(?:an?\\s+|the\\s+|two\\s+|\\d+\\s+)?(?:[\\w-]+\\s+){0,2}(?:drones?|jets?|planes?|aircraft|helicopters?|missiles?)\\b`,
    `\\b(?:${verbForms('seize', 'capture', 'take')})\\s+(?:full\\s+)?(?:control\\s+of\\s+)?${GROUND_HELD}${GROUND}\\b`,
    `\\b(?:capture|seizure|fall)\\s+of\\s+${GROUND_HELD}${GROUND}\\b`,
    `\\b(?:raids?|strikes?)\\s+(?:on|against|targeting)\\b`,
    // a raid told by who made it or as where someone was killed ("a special forces raid", "killed in a raid in northwest Syria";
    // not a police raid), and forces clashing along a border ("clashed along their border")
    `\\b(?:military|commando|special[- ]forces|helicopter|cross-border|counter-?terror(?:ism)?)\\s+raids?\\b|\\bin\\s+an?\\s+(?!(?:police|FBI|drug|anti-drug|immigration|tax)\\s)(?:[\\w-]+\\s+){0,2}?raid\\s+(?:in|near)\\b`,
    // Clashes of armed forces, not of crowds with police or of policies.
    `\\bclashed\\s+(?:along|on|near|at|across)\\s+(?:the|their|its)\\s+(?:[\\w-]+\\s+)?(?:border|frontier|front\\s*line|line\\s+of\\s+control)\\b|\\b(?:armed|border|deadly|heavy|fierce)\\s+clashes\\b|\\bclash(?:es|ed)?\\s+between\\s+(?:[\\w-]+\\s+){0,2}?(?:troops|forces|soldiers|militants|rebels|armies|army|militias?)\\b`,
    `\\binvading\\b`,
    // A war told by how long its fighting lasted ("after five days of fighting along their frontier", "11 days of bombing and
    // rocket strikes", "three days of hostilities"): fighting that has lasted is fighting done (session 36)
    `\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\\s+(?:days|weeks|months)\\s+of\\s+(?:(?:heavy|fierce|intense|deadly|bloody|renewed|cross-border)\\s+)?(?:fighting|hostilities|bombing|bombardments?|shelling|clashes|combat)\\b`,
    // two sides told as at war ("rebels in the north, at war since 2020, have agreed to …", "the two countries have been at war for
    // decades"): the war they fight (session 29)
    `(?:\\b(?:been|are|were|is|was|remain|remains|remained)|,)\\s+at\\s+war\\s+(?:with|since|for)\\b`,
    // Seizures of power told in the plural over the countries they happened in ("a series of military takeovers in Myanmar, Mali
    // and Guinea"): each is its own (ONE_COUNTRY_EACH).
    `\\b(?:coups|putsches|(?:military\\s+)?takeovers|coup\\s+attempts)\\s+in\\b`,
    // vessels rammed at sea, salvos told by their size, strikes made in reprisal ("rammed a Philippine supply boat", "a barrage of
    // rockets", "retaliatory strikes"; not a tariff "retaliation")
    `\\b(?:ram|rams|rammed|ramming)\\s+(?:an?\\s+|the\\s+|two\\s+|\\d+\\s+)?(?:[\\w-]+\\s+){0,3}?(?:ships?|vessels?|boats?|patrol\\s+craft|frigates?|cutters?|trawlers?|tankers?)\\b|\\b(?:barrages?|salvos?|volleys?|waves?)\\s+of\\s+(?:[\\w-]+\\s+){0,2}?(?:missiles|rockets|drones|shells|artillery)\\b|\\b(?:retaliatory|reprisal)\\s+(?:air\\s*)?(?:strikes?|attacks?|raids?)\\b`,
    // The target or the munitions told first, in the passive ("Kyiv was hit by a barrage of missiles", "Missiles were launched from Yemen").
    `\\b(?:was|were|been|being|is|are)\\s+(?:hit|struck|targeted|pounded|shelled|bombed|raided|attacked)\\s+by\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:${MUNITIONS}|(?:air|drone|missile|rocket)\\s*strikes?|fire|shelling|bombs?|bombing|attacks?|jets|warplanes|aircraft|forces|troops)\\b`,
    `\\b${MUNITIONS}\\s+(?:were|was|have\\s+been|had\\s+been|are|is)\\s+(?:launched|fired)\\b`,
    // Bombings told by the bomber or the device.
    `\\bsuicide\\s+bomb(?:er|ing)s?\\b|\\bcar\\s+bombs?\\b|\\b(?:blew|blown)\\s+(?:himself|herself|themselves)\\s+up\\b|\\b(?:${verbForms('detonate')})\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:bombs?|explosives?|devices?|vests?)\\b`,
    // Vessels seized at sea ("seized an oil tanker in the Strait of Hormuz", "captured three naval ships").
    `\\b(?:${verbForms('seize', 'capture', 'hijack')})\\s+(?:an?\\s+|the\\s+|two\\s+|three\\s+|four\\s+|five\\s+|several\\s+|\\d+\\s+)?(?:[\\w-]+\\s+){0,2}?(?:tankers?|vessels?|ships?)\\b`,
    // Operations begun or carried out, fighters killed in them.
    `\\b(?:${verbForms('begin', 'launch', 'start', 'conduct', 'mount')}|carried\\s+out)\\s+(?:an?\\s+|the\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?(?:military|ground|air|counter-?terrorism|counter-?insurgency|special\\s+military)\\s+operations?\\b`,
    `\\b(?:${verbForms('kill')})\\s+(?:at\\s+least\\s+|more\\s+than\\s+|some\\s+|about\\s+|nearly\\s+)?(?:${COUNT}|two|three|four|five|six|seven|eight|nine|ten|a\\s+dozen|dozens\\s+of|scores\\s+of|several|hundreds\\s+of)\\s+(?:[\\w-]+\\s+)?(?:militants|insurgents|rebels|fighters|soldiers|troops|terrorists|gunmen|jihadists)\\b`,
    // Fire aimed at a military target or a crowd, a ceasefire broken by arms.
    `\\b(?:${verbForms('fire')})\\s+(?:on|at|upon)\\s+(?:the\\s+|an?\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?(?:${MILITARY_TARGETS}|posts|crowds?|protesters|demonstrators|aircraft|drones?|patrols?)\\b`,
    `\\b(?:${verbForms('violate', 'breach')})\\s+(?:the\\s+|a\\s+)?(?:[\\w-]+\\s+)?(?:ceasefire|cease-fire|truce|armistice)\\b|\\b(?:ceasefire|cease-fire|truce)\\s+(?:violations?|breach(?:es)?)\\b`,
    // Campaigns told by their kind of mission ("armed reconnaissance missions over Iraq", "the coalition against Daesh"; not a
    // "pressure campaign" or "the war against Ukraine" named in passing, which the written-here sets do not annotate)
    `\\b(?:combat|armed\\s+reconnaissance|bombing|strike)\\s+(?:missions?|sorties)\\b|\\bsorties\\b|\\b(?:military\\s+)?coalition\\s+against\\b`,
    // An assault as the subject of what it did ("The attack took place late on Sunday", "the strike killed 12"; not a gas explosion),
    // also in a relative clause and by the lives it took ("the attack which claimed 26 lives", "the raid that killed four")
    `\\b(?:attacks?|strikes?|airstrikes?|bombings?|shelling|raids?|ambush(?:es)?)\\s+(?:,?\\s*(?:which|that)\\s+)?(?:took\\s+place|happened|occurred|killed|left|wounded|injured|destroyed|damaged|claimed\\s+(?:[\\w-]+\\s+){1,2}?lives)\\b`,
    // Tests and shows of force: a test launch, war games, airspace violated, aircraft intercepted
    `\\btest[- ]launch(?:es|ed)?\\b|\\bflight[- ]tests?\\s+of\\b|\\bwar\\s+games\\b|\\b(?:${verbForms('violate')}|intruded\\s+into)\\s+(?:[\\w’'-]+\\s+){0,2}?airspace\\b|\\bairspace\\s+violations?\\b`,
    `\\b(?:${verbForms('intercept', 'scramble')})\\s+(?:[\\w-]+\\s+){0,3}?(?:jets|bombers|aircraft|planes|fighters|warplanes)\\b`,
    // Forces moving into ground, fire opened ("opened intense fire"; not a fire station opened, nor fire opened by police on a
    // crowd: police crowd control, happenings.ts), fights by their names.
    `\\b(?:troops|forces|tanks|soldiers|army|armou?red\\s+vehicles|fighters|militants|rebels)\\s+(?:[\\w-]+\\s+){0,2}?(?:${verbForms('push', 'advance', 'roll', 'pour', 'sweep', 'cross')})\\s+(?:into|across|toward|towards)\\b`,
    // armed men as the doers ("Gunmen killed 20 villagers", "Russian troops entered the town of", "jihadists overran an army post")
    `\\b(?:gunmen|militants|attackers|assailants|jihadists|insurgents|rebels|fighters|terrorists|bandits|militiamen|militias?)\\s+(?:(?!(?:can|could|might|may|would)\\b)[\\w-]+\\s+){0,3}?(?:killed|massacred|abducted|kidnapped|ambushed|stormed|torched|overran|attacked)\\s+(?!by\\b)`,
    `\\b(?:troops|forces|soldiers|army|rebels|militants|fighters|militias?)\\s+(?:(?!(?:can|could|might|may|would)\\b)[\\w-]+\\s+){0,2}?(?:${verbForms('enter', 'occupy', 'overrun', 'retake', 'recapture')})\\s+${GROUND_HELD}${GROUND}\\b`,
    SEAT_SEIZED_WORDS,
    // A bomb thrown, planted or gone off, a grenade attack, a mass shooting (session 30: "a bomb was lobbed onto a parade ground",
    // "the device went off outside the mess", "recent mass shootings"): attacks the corpus guide counts as armed actions.
    `\\b(?:bombs?|grenades?|explosive\\s+devices?|IEDs?|limpet\\s+mines?)\\s+(?:(?:was|were|had\\s+been|has\\s+been)\\s+)?(?:thrown|lobbed|hurled|planted|tossed|went\\s+off|detonated|exploded|ripped\\s+through)\\b|\\b(?:grenade|bomb)\\s+attacks?\\b|\\bmass\\s+shootings?\\b|\\bshooting\\s+(?:spree|rampage)\\b`,
    REPRESSION_BY_FORCE,
    WAR_WAGED,
    `(?<!\\b(?:[Pp]olice|[Pp]olicemen|[Pp]olice\\s+officers)\\s+(?:[\\w-]+\\s+){0,2})\\b(?:${verbForms('open')})\\s+(?:(?!(?:a|an|the|its|their|new)\\s)[\\w-]+\\s+)?fire\\b(?!\\s+(?:stations?|departments?|brigades?|services?|escapes?|exits?|alarms?|safety|trucks?|engines?)\\b)|\\b(?:fire|gun)fights?\\b|\\bgun\\s+battles?\\b|\\bskirmish(?:es|ed)?\\b|\\bcounter-?offensives?\\b|\\bassaults?\\s+(?:on|against)\\b|\\bsiege\\s+of\\b|\\bbesieg(?:ed|ing)\\b|\\b(?:naval\\s+)?blockade\\s+of\\b`,
  ].join('|'),
  CASE_INSENSITIVE,
);

/**
 * A war or an armed conflict named in passing by where or whom it is fought ("the war in Ukraine", "Russia's war against
 * Ukraine", "its 2025 conflict with Pakistan", "the Russia-Ukraine war", "the Iran war", "the armed conflict between Israel
 * and Hamas"): the corpus guide annotates it as a referenced military action. Only a definite one, by "the", "its" or a
 * possessive, and with a capitalized country, side or people ("a war with China would" is a risk, "the conflict in the
 * region" a topic); not a war of trade, prices, words or ideas, and not "the Cold War" or a war named with a capital.
 */
const NOT_ARMED = '(?:trade|tariff|price|currency|culture|cultural|cold|information|propaganda|cyber|class|political|legal|media|word|words|drug|drugs|chip|tech|technology|sanctions|economic|bidding|turf|civil|shadow|hybrid|interest|interests)';
/** A conflict named by "the" and a capitalized side or ground, or by two sides ("the Ukraine conflict", "Russia-Ukraine conflict"). */
const CONFLICT_NAMED = '(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\\s+)?(?:(?:ongoing|continuing|brutal|devastating)\\s+)?(?!(?:The|This|That|Its|Their|An?)\\s)\\p{Lu}\\p{Ll}+(?:[-–]\\p{Lu}\\p{Ll}+)?\\s+(?:(?:border|armed)\\s+)?conflict';
/** Words that tell a named conflict as the time of something else ("since the Ukraine conflict"). */
const CONFLICT_AS_FRAME = '(?:[Ss]ince|[Dd]uring|[Aa]mid|[Tt]hroughout|[Bb]efore|[Aa]fter|[Ff]ollowing|[Uu]ntil)';
/** Verbs that tell a named conflict as happening or as the doer of its sentence ("the Ukraine conflict broke out", "the Yemen conflict has doubled rates"). */
const CONFLICT_HAPPENS = '(?:broke\\s+out|began|begun|erupted|started|flared(?:\\s+up)?|escalated|raged|intensified|ended|killed|claimed|has|had|have|is|was|continues|continued|remains|remained|drags|dragged)';
export const WAR_NAMED = new RegExp(
  [
    `(?:\\b[Tt]he|\\b[Ii]ts|\\b[Tt]heir|\\p{L}['’]s)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(?<!\\b${NOT_ARMED}\\s)(?:war|conflict)\\s+(?:in|against|on|with|between)\\s+(?:the\\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b)\\p{Lu}`,
    `\\b\\p{Lu}\\p{Ll}+[-–]\\p{Lu}\\p{Ll}+\\s+(?:(?:border|armed)\\s+)?war\\b`,
    // a war told by how long it has lasted ("ending the devastating two-year old conflict", "peace in their decades-long conflict";
    // session 32): a duration is had only by a war fought, not by a risk or a topic; lower case, not a war's name ("the 12-Day War")
    `\\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:years?|months?|weeks?|days?|decades?)(?:[- ](?:old|long))?|(?:decades?|years?|months?)-(?:long|old)|decade-old)\\s+(?:(?:armed|civil|border|bloody|brutal)\\s+)?(?:war|conflict|insurgency)\\b`,
    // (not a body or a thing named after a war: "the Israeli war cabinet", "the Korean War Memorial")
    // a country held by foreign arms ("the Nazi occupation of Bohemia", "during the Soviet military occupation of Poland"): an
    // invasion that lasted; not a sit-in's occupation of a building, which names no country after it
    `(?!(?:The|This|That|Its|Their|An?)\\b)\\b(?:military|\\p{Lu}\\p{Ll}+)\\s+(?:military\\s+)?occupation\\s+of\\s+(?:the\\s+)?\\p{Lu}`,
    `\\b[Tt]he\\s+(?:(?:ongoing|continuing|brutal|devastating)\\s+)?\\p{Lu}\\p{Ll}+\\s+war\\b(?!\\s+(?:cabinet|council|crimes?|criminals?|room|chest|memorials?|museum|veterans?|games|college|office|ministry|powers|graves?|cemetery|widows?|correspondents?|bonds|tribunal)\\b)`,
    // a conflict named by its sides or ground ("the Ukraine conflict", "the Russia-Ukraine conflict") only as a time frame or as
    // a happening or its sentence's doer ("since the Russia-Ukraine conflict", "the Ukraine conflict broke out", "the Yemen conflict has
    // raised prices"); "sanctions over the Ukraine
    // conflict", "talks on the Ukraine conflict" name a topic, which the corpus guide leaves out (a war is named either way)
    `(?<=\\b${CONFLICT_AS_FRAME}\\s+)${CONFLICT_NAMED}\\b|${CONFLICT_NAMED}(?=\\s+(?:[\\p{Ll}]+ly\\s+)?${CONFLICT_HAPPENS}\\b)`,
  ].join('|'),
  'u',
);

/**
 * Words that tell one armed action as the answer to another ("launched rockets “in response” to a deadly strike",
 * "struck back in retaliation for the attack on the base"): what follows them is an earlier action, most often by
 * the other side, so the two are two happenings. Read over the sentence with its quotes, which may hold the words.
 */
export const REPRISAL = /\b(?:in\s+["“”‘’]?(?:response|retaliation|reprisal|revenge)["“”‘’]?\s+(?:to|for|against)|to\s+avenge|(?:retaliat(?:e|ed|es|ing)|hit\s+back|struck\s+back|strikes?\s+back)\s+(?:for|against))\b/i;

/**
 * What a happening is told as the ability, readiness, intention or duty of, not as done (the corpus guide annotates
 * planned and past happenings, not capacities): "the Air Force's ability to conduct air defense and tactical strike
 * missions", "a council that has the ability to impose sanctions", "we are ready to explore new sanctions", "had the
 * intention to paralyze the parliament by deploying troops", "forces responsible for executing the campaign". Right before
 * the happening's words. A culprit is no duty ("the group responsible for the attack" tells an attack done): "responsible
 * for" and "tasked with" count only before a verb's -ing form. Nor is a happening named after "against", "amid" … in the
 * aim's words ("must be able to prevail against Russia's war of aggression": the war goes on).
 */
export const ABILITY_OR_AIM = /\b(?:(?:ability|abilities|capabilit(?:y|ies)|capacity|readiness|preparedness|willingness|intention|intentions|intent|determination)\s+(?:to|for)|(?:able|ready|prepared|willing|determined)\s+to|capable\s+of|(?:responsible\s+for|tasked\s+with)(?=\s+\w+ing\b))\s+(?:(?!(?:against|amid|despite|after|since|following|during)\s)[\w’'-]+\s+){0,5}$/i;

/**
 * Words that tell an armed action as one ahead, not done: intended, planned, prepared, threatened, expected or feared
 * ("Russia plans to launch a new offensive", "vowed to strike back", "is set to invade", "considering a ground operation",
 * "fears of an invasion", "announced that they will take power"). The corpus guide annotates planned happenings, but its
 * sets hold no planned assault: a threat or a plan of arms is a statement's, and the strike may never come. Right before
 * the action's words, a few words between; not across a word that opens another happening or time ("vowed to hit back
 * after the attack": the attack was done).
 */
export const PROSPECT = new RegExp(
  String.raw`\b(?:` +
    // a verb of intention, plan, preparation, threat or expectation before "to": "plans to", "vowed to", "is set to", "about to"
    String.raw`(?:plan|plans|planned|planning|intend|intends|intended|intending|prepare|prepares|preparing|threaten|threatens|threatened|threatening|vow|vows|vowed|vowing|pledge|pledges|pledged|pledging|promise|promises|promised|promising|seek|seeks|seeking|sought|want|wants|wanted|aim|aims|aimed|aiming|expected|set|poised|likely|about|going|scheduled)\s+to` +
    // or before the action's noun: "considering a ground operation", "planning attacks", "threatened military action",
    // "fears of an invasion", "warned of war", "the threat of war", "the prospect of an attack", "plans for an offensive"
    String.raw`|considering|planning|preparing\s+for|threaten(?:s|ed|ing)?|fear(?:s|ing)?(?:\s+of)?|warn(?:s|ed|ing)?\s+of|risk(?:s|ed|ing)?(?:\s+of)?|threats?\s+of|prospects?\s+of|possibility\s+of|plans?\s+for|preparations?\s+for` +
    // or a modal of the future right before the action's verb ("will take power"), "would" only as a future reported ("said it
    // would invade", "speculated there would be a coup"): a narrative's "would" tells what came next ("he would narrowly escape
    // an attack")
    String.raw`|(?:(?:will|shall)|(?:said|says|say|saying|warned|warns|announced|declared|insisted|speculated|feared|fears|believed|believes|thought|think|thinks|expected|expects|predicted|predicts|claimed|claims)\s+(?:that\s+)?(?:[\w’'-]+\s+){0,3}?would)(?:\s+(?:not|never|also|soon|then|again|now|likely|probably))?` +
    String.raw`)\s+` +
    // then the action's own words, a verb that makes it, a determiner and a modifier or two ("to launch a new ground
    // offensive"), never another verb the prospect is of ("will also discuss the ongoing conflict", "vowed to end the war":
    // the conflict goes on) nor a word that opens another happening or time ("vowed to hit back after the attack")
    String.raw`(?:(?:launch|carry\s+out|conduct|stage|mount|begin|start|wage|resume|order|unleash|step\s+up|escalate|intensify|use|take)\s+)?` +
    String.raw`(?:(?:an?|the|its|their|his|her|new|more|further|fresh|another|any|possible|potential)\s+){0,2}` +
    String.raw`(?:(?!(?:against|amid|despite|after|since|following|during|by|in|on|over|and|but|the|an?|its|their|to|of|with|for|about|discuss\w*|address\w*|end|ends|ending|ended|halt\w*|stop\w*|resolv\w*|settl\w*|condemn\w*|support\w*|avoid\w*|prevent\w*|help\w*|deter\w*|defend\w*|counter\w*|resist\w*|repel\w*|investigat\w*|review\w*|raise|talk\w*|attend\w*|visit\w*|meet\w*)\b)[\w’'-]+\s+){0,2}$`,
  'i',
);

/**
 * Words that tell a coup as one stirred up or schemed, not carried out ("accused him of trying to incite a coup", "were
 * plotting a military takeover", "fomenting a putsch"): right before the coup's words.
 */
export const COUP_STIRRED = /\b(?:incit|plot|plott|foment|instigat|provok)\w*\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i;

/**
 * A leader's removal told by its outcome alone ("1998: Suharto ousted in Indonesia", "Kyrgyz government apparently overthrown"):
 * an armed action only in a story that tells a coup or armed men somewhere; without them the leader went by a resignation, a
 * vote or a crowd (the corpus sets annotate those as OTHER happenings and protests, session 41).
 */
export const OUSTER = /^(?:ous(?:ted|ter)|overthr(?:ew|own)|deposed?)$/i;
/** Words of a coup or of armed men anywhere in a story (what makes its ouster an armed one). */
export const COUP_OR_ARMS_TOLD = /\b(?:coups?|putsch\w*|junta|mutin\w*|soldiers|troops|army|military|generals?|tanks|armed|rebels|insurgents|guerrillas|militants|militias?|forces)\b/i;

/**
 * A natural disaster or an epidemic that struck or hit a place ("Pakistan, struck by a devastating earthquake", "the typhoon that
 * hit the coast"): the verbs of an assault without one. Read after the verb ("by …") or before it (the disaster as subject).
 */
const DISASTER = '(?:earthquakes?|quakes?|(?:tropical\\s+)?storms?|typhoons?|hurricanes?|cyclones?|floods?|flooding|droughts?|tsunamis?|landslides?|mudslides?|wildfires?|bushfires?|heat\\s*waves?|pandemic|epidemic|virus|lightning|tornado(?:es)?|blizzards?|famine|avalanches?)';
export const DISASTER_AFTER = new RegExp(`^\\s+by\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?${DISASTER}\\b`, CASE_INSENSITIVE);
export const DISASTER_BEFORE = new RegExp(`\\b${DISASTER}\\s+(?:that\\s+|which\\s+|has\\s+|had\\s+|have\\s+)?$`, CASE_INSENSITIVE);

/** Happenings of one country each told in the plural ("coups in Mali and Guinea"): a list of countries after them tells one per country. */
export const ONE_COUNTRY_EACH = /^(?:coups|putsches|(?:military\s+)?takeovers|coup\s+attempts)\b/i;

/**
 * A strike by workers, not by arms ("dock workers will strike on Monday", "staged a strike", "a general
 * strike", "went on strike", "walked off the job", "began strike action"): a protest, never a military action.
 */
export const LABOUR_STRIKE = new RegExp(
  [
    `\\b(?:workers|unions?|staff|employees|teachers|nurses|doctors|drivers|pilots|miners|dockers|dockworkers|civil\\s+servants|truckers)\\s+(?:will\\s+|would\\s+|to\\s+|plan\\s+to\\s+|threatened\\s+to\\s+|voted\\s+to\\s+)?(?:strike|strikes|striking|struck)\\b(?!\\s+(?:a|an|the)\\b)`,
    `\\b(?:general|nationwide|national|hunger|labou?r|rail|transport|warning|sit-down|wildcat|spontaneous|industrial|(?:\\d+|one|two|three)-(?:hour|day))\\s+strikes?\\b`,
    // a stoppage told by its reach, its length or its cause ("a statewide strike", "an indefinite strike", "a solidarity
    // strike", "a week-long student strike", "a union-called strike"): arms strike no state, for no term, in no one's support
    `\\b(?:statewide|countrywide|nation-wide|worldwide|indefinite|open-ended|solidarity|sympathy|token|student|university|public[- ]sector|(?:\\d+|one|two|three|four|five|six|seven)-(?:week|month)|week-long|month-long|[\\w]+-called)\\s+strikes?\\b`,
    // a strike called by or for its people ("the strike called by the unions", "a strike for higher wages")
    `\\bstrikes?\\s+(?:was\\s+|were\\s+|had\\s+been\\s+|has\\s+been\\s+)?called\\s+by\\b|\\bstrikes?\\s+(?:for|over)\\s+(?:higher\\s+|better\\s+|unpaid\\s+)?(?:wages|pay|pensions|salaries|working\\s+conditions)\\b`,
    // a trade's or a people's stoppage named by them ("a coal strike in 1974", "the Miners' Strike", "a doctors' strike")
    `\\b(?:coal|dock|port|postal|steel|bus|garment|textile|(?:miners|mineworkers|dockers|teachers|doctors|nurses|workers|truckers|farmers|students)['’]?)\\s+strikes?\\b`,
    // a strike that breaks out or spreads is a stoppage (arms strike, they do not break out: "the strike broke out at the shipyard")
    `\\bstrikes?\\s+(?:broke|break|breaks|breaking)\\s+out\\b`,
    `\\b(?:went|go|goes|going|gone|be)\\s+on\\s+(?:an?\\s+(?:[\\w-]+\\s+)?)?strike\\b`,
    `\\b(?:${verbForms('stage')}|called\\s+an?)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:strikes?|walkouts?|stoppages?)\\b`,
    `\\b(?:walked|walk|walks|walking)\\s+off\\s+the\\s+job\\b|\\bwalkouts?\\b`,
    // the stoppage told as action ("miners began strike action on March 5", "threatened industrial action over pay")
    `\\b(?:strike|industrial)\\s+action\\b`,
  ].join('|'),
  CASE_INSENSITIVE,
);

/**
 * A sentence that tells a strike among the things of work and no arms ("Strikes in France brought trains to a halt",
 * "the strike by unions over pensions"): its strikes are stoppages, not attacks.
 */
export const LABOUR_SETTING = /\b(?:workers|(?:trade\s+)?unions?|unionists|employees|staff|miners|dockers|pickets?|picketing|pensions?|retirement|wages?|pay\s+(?:rise|raise|dispute|deal|claim)|salar(?:y|ies)|trains|railways?|commuters|factories|shipyards?|collieries|pits)\b/i;
/** Words of arms that keep a sentence's strikes armed ("air strikes", "strikes on militant positions"). */
export const ARMED_SETTING = /\b(?:troops|soldiers|army|armed|military|forces|missiles?|drones?|rockets?|bombs?|bombing|warplanes|jets|aircraft|artillery|air|militants?|rebels|insurgents|fighters|targets?|positions|killed|killing)\b/i;

/**
 * Kinds of accord a signing concludes, in the singular or the plural ("the signing of eight memorandums"); a named one may be a
 * "Deal" or a "Framework" ("the Technology Prosperity Deal"). A joint communiqué and the documents of a visit are signed too ("the
 * talks ended with the signing of bilateral documents", "the leaders signed a joint communique"; session 30); the accented
 * spelling ends the match before its "é", where a word boundary still falls.
 */
const ACCORDS =
  "(?:[Cc]ommuniqu(?:es?(?!\\w)|(?=é))|documents|[Aa]greements?|[Aa]ccords?|deals?|Deals?|Frameworks?|[Tt]reat(?:y|ies)|[Pp]acts?|[Cc]ompacts?|[Mm]emorand(?:um|a|ums)|M[Oo][Uu]s?|[Ll]etters?\\s+of\\s+[Ii]ntent|[Aa]rrangements?|armistice|ceasefire|truce|[Dd]eclarations?|[Pp]rotocols?|[Cc]harters?|[Cc]onventions?|[Aa]ction\\s+[Pp]lans?)\\b";

/** The same offices written as titles ("appointed Foreign Minister", "was named Minister for Foreign Affairs"). */
const OFFICES_TITLED =
  '(?:Minister|President|Prime\\s+Minister|Premier|Chancellor|Chief|Head\\s+of\\s+(?:State|Government)|Commander|Ambassador|Envoy|Secretary|Director|Governor|Chair(?:man|woman)?|Leader|Spokes(?:man|woman|person)|Adviser|Advisor|Mayor|Judge)s?\\b';

/** Offices filled or emptied by an appointment or a dismissal ("as foreign minister", "his defence secretary", "the army chief"). */
const OFFICES =
  '(?:minister|president|prime\\s+minister|premier|chancellor|chief|head(?:\\s+of\\s+(?:state|government))?|commander|ambassador|envoy|secretary|director|governor|chair(?:man|woman)?|leader|spokes(?:man|woman|person)|cabinet|government|adviser|advisor|general|mayor|judge)s?\\b';

/** A vote put off or called off: a postponement, not an election ("postponed the elections", "the referendum was delayed until May"). */
export const ELECTION_PUT_OFF = new RegExp(
  `\\b(?:${verbForms('postpone', 'delay', 'defer', 'cancel', 'suspend')}|put\\s+off|called\\s+off)\\s+(?:the\\s+|its\\s+|their\\s+|this\\s+year['’]s\\s+|next\\s+\\w+['’]s\\s+)?(?:[\\w-]+\\s+){0,2}?(?:elections?|vote|polls|referendum|ballot)\\b|\\b(?:elections?|vote|polls|referendum|ballot)\\s+(?:(?:in|for|of)\\s+(?:the\\s+)?[A-Z][\\w’'-]*(?:\\s+[A-Z][\\w’'-]*)?\\s+)?(?:(?:was|were|has\\s+been|have\\s+been|had\\s+been|would\\s+be|will\\s+be)\\s+)?(?:postponed|delayed|deferred|cancell?ed|suspended|put\\s+off|called\\s+off)\\b|\\bpostponement\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:elections?|vote|polls|referendum)\\b`,
  CASE_INSENSITIVE,
);

/** More OTHER happenings: sanctions imposed by their verb or as new measures, assets frozen, accords concluded, people detained or stepping down. */
export const OTHER_WORDINGS = new RegExp(
  [
    `\\b(?:sanctioned|sanctioning|blacklisted|blacklisting)\\s+(?!by\\b)(?:[\\w-]+\\s+){0,4}?(?:individuals|entities|companies|firms|officials|banks|people|persons|vessels|ships|networks|oligarchs|(?=\\p{Lu}))`,
    `\\b(?:new|fresh|additional|further|sweeping|targeted|tougher|more)\\s+(?:[\\w-]+\\s+)?sanctions\\b|\\bsanctions\\s+package\\b|\\b(?:package|round)\\s+of\\s+sanctions\\b`,
    // Past or ongoing ("froze", "has frozen", "freezing"): "the sanctions freeze their assets" tells what a measure does.
    `\\b(?:froze|frozen|freezing)\\s+(?:the\\s+)?(?:[\\w’'-]+\\s+){0,4}?assets\\b`,
    // (session 46: an accord's name in quotation marks, "signed a “strategic partnership” treaty", is read across its marks)
    `\\b(?:${verbForms('sign', 'conclude', 'seal', 'clinch', 'ink')}|initialled|initialed|initialling|initialing)\\s+(?:an?\\s+|the\\s+)?(?:[\\w.’'"“”-]+\\s+){0,5}?${ACCORDS}`,
    // the other verbs of CAMEO's "sign formal agreement" (057) in general English (session 46): an accord finalised, forged,
    // agreed as a transitive verb (British "agreed a deal"), entered into, renewed or extended, acceded to, and a signatory made
    // ("finalised a trade agreement", "entered into a defence pact", "agreed a ceasefire", "renewed the truce for two months",
    // "acceded to the convention", "became a signatory to the treaty", "put pen to paper on a deal"); "forged" only before an
    // article or a possessive ("forged documents" are fakes), and a renewal only of the accord itself ("extended the deadline for
    // the deal" extends a deadline)
    // ("no timeline has been given for finalizing the second agreement": a finalising named after a preposition is a topic)
    `(?<!\\b(?:for|of|on|about|towards?|before|after)\\s+)\\b(?:${verbForms('finalize', 'finalise')})\\s+(?:an?\\s+|the\\s+|their\\s+|its\\s+)?(?:[\\w.’'"“”-]+\\s+){0,5}?${ACCORDS}`,
    `\\b(?:agreed|agrees)\\s+(?:an?|the|their|its)\\s+(?:[\\w.’'"“”-]+\\s+){0,3}?${ACCORDS}`,
    `\\b(?:${verbForms('forge')})\\s+(?:an?|the|their|its)\\s+(?:[\\w.’'"“”-]+\\s+){0,4}?${ACCORDS}`,
    `\\b(?:${verbForms('enter')})\\s+into\\s+(?:an?\\s+|the\\s+)?(?:(?!(?:negotiations?|talks|discussions|on|for|about)\\b)[\\w.’'"“”-]+\\s+){0,4}?${ACCORDS}`,
    `\\b(?:${verbForms('renew', 'extend', 'prolong')})\\s+(?:an?\\s+|the\\s+|their\\s+|its\\s+)?(?:(?!(?:for|of|on|to|with|deadline)\\b)[\\w.’'"“”-]+\\s+){0,4}?(?:[Aa]greements?|[Aa]ccords?|deals?|[Tt]reat(?:y|ies)|[Pp]acts?|armistice|ceasefire|truce)\\b`,
    `\\b(?:${verbForms('accede')}|accession)\\s+to\\s+(?:the\\s+)?(?:[\\w.’'"“”-]+\\s+){0,5}?(?:[Tt]reat(?:y|ies)|[Cc]onventions?|[Pp]rotocols?|[Aa]greements?|[Aa]ccords?|[Cc]harters?|[Pp]acts?)\\b`,
    `\\b(?:${verbForms('become')}|became)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+)?signator(?:y|ies)\\b|\\bput\\s+(?:pen\\s+to\\s+paper|(?:their|its|his|her)\\s+signatures?\\s+to)\\b`,
    // the accord first, then its signing ("the Abuja Accord signed in January", "a pact was concluded on Monday")
    // … with what it is about between ("the memorandum of understanding was signed on Friday", "The agreement, signed in Riyadh")
    `\\b(?:[Aa]greement|[Aa]ccord|[Tt]reaty|[Pp]act|[Dd]eclaration|[Mm]emorandum|[Aa]rmistice)s?(?:\\s+(?:of|on|for|between|with)(?:\\s+[\\w’'-]+){1,4}?)?,?\\s+(?:(?:was|were|had\\s+been|has\\s+been|have\\s+been|will\\s+be|is\\s+to\\s+be)\\s+)?(?:signed|concluded|sealed|initialled|initialed|ratified|reached)\\s+(?:in|on|at|by|between|last|this|earlier|\\d)`,
    // …or signed with a named party and then its time ("follows a cooperation accord signed with Airbus in July", "the pact
    // concluded with Tokyo last year"; session 48): the party between the verb and the time, not the place or the day
    // (the word before the accord kept with it, which tells a side accord of a sale: happenings.ts SIDE_ACCORD)
    `(?:\\b[Cc]o-?operation\\s+|\\b[Cc]ollaboration\\s+)?\\b(?:[Aa]greement|[Aa]ccord|[Tt]reaty|[Pp]act|[Dd]eclaration|[Mm]emorandum)s?\\s+(?:signed|concluded|sealed|inked)\\s+with\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}’'-]*\\s+){1,4}(?:in|on|last|earlier|this)\\b`,
    // an industrial cooperation told as a contract (session 48: "signed an Industrial Co-operation contract for technology transfer"):
    // the seller's return beside a sale, not the sale, which CAMEO's "sign formal agreement" (057) counts as an accord
    `\\b(?:${verbForms('sign', 'conclude', 'ink')})\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:[Cc]o-?operation|[Cc]ollaboration)\\s+contracts?\\b`,
    // accords counted and told in the passive ("four agreements were signed between both the countries"), and a signing or
    // conclusion told as a noun ("the signing by the two leaders of the Moscow Declaration", "the recent conclusion of a Space Cooperation Agreement")
    // (a count opening its sentence, "Several MoUs were also signed", "Six agreements will be signed", and an adverb before the verb; session 31)
    `\\b(?:\\d+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ss]everal|[Aa]n?)\\s+(?:[\\w-]+\\s+){0,3}?(?:agreements?|accords?|treat(?:y|ies)|memorand(?:um|a|ums)|M[Oo][Uu]s?|deals?|protocols?)\\s+(?:was|were|have\\s+been|had\\s+been|has\\s+been|will\\s+be|are\\s+to\\s+be)\\s+(?:also\\s+|then\\s+|later\\s+|jointly\\s+|formally\\s+)?signed\\b`,
    `\\b(?:signing|signature|conclusion)\\s+(?:by\\s+(?:[\\p{L}’'-]+\\s+){1,4}?)?of\\s+(?:an?\\s+|the\\s+)?(?:[\\p{L}.’'-]+\\s+){0,5}?${ACCORDS}`,
    // an accord named first and its signing told after what it is about, done or to come, in one clause (session 34: "the
    // various agreements that will be signed tomorrow", "a Memorandum of Understanding on Water Resources Management, and a
    // Letter of Intent on Climate Change were signed", "the interim trade agreement … would likely be signed in March", "trade
    // and economic partnership agreements were signed", "a joint communique signed by them"); a signing only hoped for or
    // asked for ("should be signed", "must be signed") is none, nor an accord "not" signed
    // (session 46: a pact too, and inked, sealed, clinched or initialled as signed is: "the pact was inked on Sunday")
    `\\b(?:[Aa]greements?|[Aa]ccords?|[Tt]reat(?:y|ies)|[Mm]emorand(?:um|a|ums)|M[Oo][Uu]s?|[Cc]ommuniqu(?:es?(?!\\w)|(?=é)é?)|[Ll]etters?\\s+of\\s+[Ii]ntent|[Dd]eclarations?|[Pp]rotocols?|[Pp]acts?)(?:\\s+(?!(?:not|never)\\b)[^\\s.;:!?()]+){0,14}?\\s+(?:(?:will|would|shall)\\s+(?:likely\\s+|also\\s+|soon\\s+|then\\s+)?be|(?:is|are|was|were)\\s+(?:(?:expected|scheduled|set|due|likely|slated)\\s+to|to)\\s+be|(?:was|were|have\\s+been|has\\s+been|had\\s+been))\\s+(?:also\\s+|formally\\s+|jointly\\s+|officially\\s+|finally\\s+)?(?:signed|inked|sealed|clinched|initiall?ed)\\b|\\b(?:[Cc]ommuniqu(?:es?(?!\\w)|(?=é)é?)|M[Oo][Uu]s?|[Mm]emorand(?:um|a|ums)|[Ll]etters?\\s+of\\s+[Ii]ntent)(?:\\s+(?:of|on|for|between|with)(?:\\s+[\\w’'-]+){1,6}?)?,?\\s+signed\\s+(?:by|on|in|at|between|during)\\b`,
    // a deal struck, reached or brokered (not "struck targets near the ceasefire line": the accord comes right after)
    `\\b(?:${verbForms('strike', 'reach', 'broker')}|hammered\\s+out)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:deal|agreement|accord|compromise|bargain|truce|ceasefire)s?\\b`,
    `\\b(?:${verbForms('agree')})\\s+(?:to|on)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:ceasefire|truce|deal|agreement|accord|framework|exchange|swap|pause|road\\s?map|timetable|terms|mechanism|package)\\b`,
    `\\b(?:${verbForms('arrest', 'detain', 'jail', 'imprison')})\\s+(?:former\\s+|opposition\\s+|ousted\\s+)?(?=(?:President|Prime\\s+Minister|Minister|General|Gen\\.|leader\\s+)?\\s*\\p{Lu}\\p{Ll})`,
    // (session 48: not a release from it, "freed from house arrest": happenings.ts reads the release)
    `\\b(?:taken|placed|put)\\s+(?:into\\s+custody|under\\s+(?:house\\s+)?arrest)\\b|(?<!\\bfrom\\s+(?:(?:his|her|their)\\s+)?)\\bhouse\\s+arrest\\b`,
    `\\b(?:stepped|steps|stepping)\\s+down\\b|\\bquit\\s+as\\b`,
    // courts and removals: rulings, warrants, removal from office, a legislature dissolved
    // (session 47, ACE Justice's acts of a court — acquit, convict, release, appeal decided — in general English: a court's verdict
    // told with an adverb or its day before the verb, "a Turkish court on Tuesday blocked his attempt", "the courts eventually
    // ruled the strike illegal", "the Supreme Court declared the poll illegal", "an international tribunal has settled the
    // disputes"; a court "confirmed" a result is the result's announcement, left to the statement rules)
    `\\b(?:[Cc]ourts?|[Tt]ribunals?|judges?)\\s+(?:has\\s+|have\\s+|had\\s+)?(?:(?:also|later|eventually|then|again|unanimously|formally|swiftly|today|yesterday|on\\s+\\p{Lu}\\p{Ll}+day)\\s+)?(?:ruled|upheld|overturned|annulled|ordered|dismissed|removed|struck\\s+down|blocked|declared|settled|acquitted|convicted|barred|halted|invalidated|disqualified|rejected)\\b`,
    // …a verdict in the passive ("was found guilty of espionage", "was found in contempt by a federal judge") and what a court's
    // order did ("ousted by a court order", "the funds were seized … by order of the High Court")
    `\\b(?:was|were)\\s+found\\s+(?:not\\s+)?(?:guilty|in\\s+contempt)\\b|\\b(?:[Cc]ourts?|[Tt]ribunals?|judges?)\\s+(?:has\\s+|have\\s+|had\\s+)?found\\s+(?:[\\p{L}.’'-]+\\s+){1,4}?(?:not\\s+)?(?:guilty|in\\s+contempt)\\b|\\bby\\s+(?:an?\\s+|the\\s+)?court\\s+order\\b|\\bby\\s+order\\s+of\\s+(?:the\\s+|an?\\s+)?(?:[\\p{L}-]+\\s+){0,2}?[Cc]ourt\\b`,
    // laws and founding texts made (session 47): a constitution, law, decree or budget adopted, enacted, promulgated or passed, by
    // its verb or in the passive ("Armenia adopted a new constitution", "it passed a Homeland Defence Act", "the government adopted
    // three principles on the transfer of defense equipment", "the defense budget proposal for 2025 was also adopted", "issued a
    // decree dissolving parliament"); only the done deed (the past), so that a text "to be adopted" or wished for is none, and not
    // martial law "enacted" (its declaration, the martial-law rules')
    `\\b(?:adopted|enacted|promulgated|passed)\\s+(?:an?\\s+|the\\s+|its\\s+|their\\s+|two\\s+|three\\s+|several\\s+)?(?:new\\s+|revised\\s+|amended\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:[Cc]onstitutions?|(?<!\\bmartial\\s)[Ll]aws?|[Dd]ecrees?|[Bb]udgets?|[Aa]mendments?|[Ll]egislation|[Pp]rinciples|Acts?)\\b`,
    `\\b(?:[Cc]onstitution|[Ll]aw|[Dd]ecree|[Bb]udget|[Aa]mendment|[Ll]egislation|Act)\\s+(?:[\\w-]+\\s+){0,5}?(?:was|were|has\\s+been|had\\s+been)\\s+(?:also\\s+|formally\\s+|officially\\s+|finally\\s+|unanimously\\s+)?(?:adopted|enacted|promulgated|passed)\\b`,
    `\\b(?:issued|issues|issuing)\\s+(?:an?\\s+|the\\s+)?(?:presidential\\s+|royal\\s+|emergency\\s+|new\\s+)?(?:decree|ordinance|proclamation)s?\\b`,
    // measures told in the passive (session 47: "the embargo was lifted in 2016", "sanctions were imposed on the bank", "tariffs
    // … would go into effect on Tuesday" below), the measure's own verbs of the active rule above
    `\\b(?:sanctions|embargo(?:es)?|tariffs|export\\s+controls|blockade|restrictive\\s+measures)\\s+(?:[\\w-]+\\s+){0,4}?(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:formally\\s+|officially\\s+|partially\\s+|fully\\s+|also\\s+|later\\s+)?(?:imposed|lifted|eased|tightened|extended|renewed|reimposed|expanded)\\b`,
    // inquiries dropped or closed (CAMEO 09 investigate, their end: "the Serious Fraud Office dropped an investigation into the claims")
    `\\b(?:dropped|drops|closed|closes|ended|ends|halted|concluded|reopened)\\s+(?:an?\\s+|the\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?(?:investigation|inquiry|probe)\\b`,
    `\\b(?:removed|removal)\\s+from\\s+office\\b|\\barrest\\s+warrants?\\s+(?:for|against)\\b|\\b(?:issued|issues|sought|seeks|approved)\\s+(?:an?\\s+)?arrest\\s+warrants?\\b`,
    `\\bdissolution\\s+of\\s+(?:the\\s+)?(?:parliament|[Nn]ational\\s+[Aa]ssembly|legislature|government)\\b`,
    // captives exchanged, freed or handed over ("exchanged 150 prisoners of war", "Iran freed a French national"; not "to release": asked for)
    `\\b(?:${verbForms('exchange', 'swap')})\\s+(?:[\\w-]+\\s+){0,3}?(?:prisoners|captives|detainees|hostages|POWs)\\b`,
    `\\b(?:freed|freeing|frees|released|releasing|releases)\\s+(?:an?|the|two|three|four|five|six|seven|eight|nine|ten|\\d+|dozens\\s+of|hundreds\\s+of|several|all)\\s+(?:[\\w-]+\\s+){0,2}?(?:nationals?|citizens?|hostages?|prisoners?|detainees?|captives?|journalists?|aid\\s+workers?|activists?|dissidents?|POWs|Americans?|Israelis?|Palestinians?|Britons?)\\b`,
    `\\b(?:hostages|prisoners|detainees|captives)\\s+(?:were\\s+|was\\s+|have\\s+been|had\\s+been|will\\s+be\\s+)?(?:handed\\s+over|set\\s+free|repatriated|returned\\s+home)\\b`,
    // measures imposed, extended or lifted in any tense ("decided to extend sanctions", "announced new export controls")
    // (restrictive measures: the EU's name for them; adopted: the EU Council's verb, "adopted reinforced EU sanctions")
    `\\b(?:${verbForms('impose', 'slap', 'levy', 'extend', 'renew', 'lift', 'ease', 'tighten', 'expand', 'adopt')})\\s+(?:the\\s+|its\\s+|their\\s+|all\\s+)?(?:new\\s+|fresh\\s+|additional\\s+|further\\s+|sweeping\\s+|reinforced\\s+)?(?:[\\w-]+\\s+){0,2}?(?:sanctions|tariffs|export\\s+controls|embargo|blockade|restrictive\\s+measures)\\b|\\b(?:new|fresh|additional|further|sweeping|tighter|tougher)\\s+export\\s+controls\\b`,
    // one measure brought in by an article ("imposed an oil blockade on the island", "to impose a 10% global import tariff")
    `\\b(?:${verbForms('impose', 'slap', 'levy')})\\s+an?\\s+(?:[\\w%-]+\\s+){0,3}?(?:tariff|embargo|blockade|levy|duty|ban)\\b`,
    // people and firms put on a sanctions list ("adds 11 individuals and 7 entities to EU sanctions lists", "added three banks to its blacklist")
    `\\b(?:${verbForms('add')})\\s+(?:[\\w-]+\\s+){1,6}?to\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?(?:(?:sanctions|entity)\\s+lists?|blacklist)\\b`,
    // an executive order signed or issued in any tense ("will sign an Executive Order to continue tightening the screws")
    `\\b(?:${verbForms('sign', 'issue')})\\s+(?:an?\\s+|the\\s+)?(?:new\\s+)?[Ee]xecutive\\s+[Oo]rders?\\b`,
    // texts adopted or endorsed ("Leaders adopted the Kazan Declaration", "endorsed the joint declaration")
    `\\b(?:${verbForms('adopt', 'endorse')})\\s+(?:an?\\s+|the\\s+)?(?:[\\w.’'-]+\\s+){0,4}?(?:[Dd]eclaration|[Cc]ommuniqu[ée]|[Rr]esolution|[Cc]harter|[Tt]reaty|[Cc]onvention|[Pp]rotocol|[Rr]oad\\s?map)s?\\b`,
    // a leader removed by a vote ("removed the prime minister from office in a no-confidence vote")
    `\\bremoved\\s+(?:[\\w.’'-]+\\s+){1,4}?from\\s+(?:office|power)\\b|\\bno-confidence\\s+(?:vote|motion)\\b|\\bvote\\s+of\\s+no\\s+confidence\\b`,
    // listed by a sanctions authority ("OFAC today designated five individuals and two entities")
    `\\b(?:designated|designating|designates)\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens\\s+of)\\s+(?:[\\w-]+\\s+){0,2}?(?:individuals|entities|persons|people|companies|firms|vessels|organi[sz]ations)\\b`,
    // accords signed at a ceremony, in force, ratified; ties normalized
    `\\bsigning\\s+ceremon(?:y|ies)\\b|\\b(?:entered|enters|entering|enter|came|comes|come|coming|went|goes|go|gone|going)\\s+into\\s+(?:force|effect|operation)\\b|\\b(?:took|takes|take|taking)\\s+effect\\b|\\binstruments?\\s+of\\s+ratification\\b|\\bnormali[sz]ation\\s+of\\s+(?:diplomatic\\s+)?(?:relations|ties)\\b`,
    // a resolution adopted or passed, told first ("Resolution 2728 was adopted on Tuesday")
    `\\b[Rr]esolutions?\\s+(?:[\\w/.-]+\\s+){0,2}?(?:was|were|has\\s+been|had\\s+been)\\s+(?:adopted|passed|approved)\\b`,
    // captives released, told as a noun ("the release of 50 hostages", "the release of detained Americans")
    `\\b(?:release|freeing)\\s+of\\s+(?:the\\s+|all\\s+|\\d+\\s+|two\\s+|three\\s+|remaining\\s+)?(?:[\\w-]+\\s+){0,2}?(?:hostages|prisoners|detainees|captives|nationals|citizens|Americans|journalists|political\\s+prisoners)\\b`,
    // parties banned, states suspended from a body, embassies closed or reopened, asylum or amnesty granted
    `\\b(?:banned|outlawed|dissolved|proscribed)\\s+(?:the\\s+)?(?:[\\w’'-]+\\s+){0,3}?(?:party|parties|group|movement|organi[sz]ation)\\b|\\b(?:suspended|expelled)\\s+(?:[\\w’'-]+\\s+){1,3}?from\\s+(?:the\\s+)?(?:\\p{Lu}|membership|bloc|union|alliance|organi[sz]ation)`,
    `\\b(?:closed|closes|closing|shut|reopened|reopens|reopening)\\s+(?:its|their|the)\\s+(?:[\\w’'-]+\\s+){0,2}?(?:embassy|embassies|consulates?|borders?)\\b|\\b(?:granted|grants|granting)\\s+(?:political\\s+)?(?:asylum|amnesty)\\b`,
    // captives taken
    `\\b(?:took|taken|seized)\\s+(?:\\w+\\s+){0,2}hostages?\\b|\\b(?:kidnapped|abducted)\\s+(?!by\\b)`,
    // offices filled and emptied (CAMEO 0871/1731): "appointed X as foreign minister", "was named head of state", "sacked his defence secretary"
    // (session 31: the one named may be described first, "nominated Ana Ruiz, a retired judge, to be interim prime minister")
    // (session 47: the office written as a title, "appointed General Ayub Khan as the Chief Martial Law Administrator"; the one named
    // described in a clause between commas, "had appointed Ian MacGregor, who had a reputation as a hatchet man, as head of")
    `\\b(?:${verbForms('appoint', 'reappoint', 'nominate', 'name')})\\s+(?:[\\p{L}.’'-]+,?\\s+){1,8}?(?:as|to\\s+be)\\s+(?:the\\s+|its\\s+|his\\s+|her\\s+|a\\s+)?(?:new\\s+|interim\\s+|acting\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${OFFICES}|${OFFICES_TITLED})`,
    `\\b(?:${verbForms('appoint', 'reappoint', 'nominate')})\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,4}?\\p{Lu}[\\p{L}.’'-]*,\\s+(?:who|whom|a|an|the)\\s+[^,;.]{0,100},\\s+(?:as|to\\s+be)\\s+(?:the\\s+|its\\s+|his\\s+|her\\s+|a\\s+)?(?:new\\s+|interim\\s+|acting\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${OFFICES}|${OFFICES_TITLED})`,
    // (session 47: a new holder appointed with no name, "appointing a new Secretary General"; an office given by its post, "was
    // appointed to the army's top post"; the appointer named before the office, "was appointed by Prime Minister X to be the official
    // representative"; the appointment told as a noun, "obtained the appointment of Constantine Kollias as Prime Minister")
    `\\b(?:${verbForms('appoint', 'nominate')})\\s+(?:a|the)\\s+new\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${OFFICES}|${OFFICES_TITLED})`,
    `\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:\\p{Ll}+ly\\s+)?(?:appointed|nominated)\\s+(?:to\\s+(?:the\\s+|his\\s+|her\\s+)?(?:[\\p{L}-]+['’]s\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:post|position|office|job|seat)\\b|by\\s+(?:[\\p{L}.’'-]+\\s+){1,6}?to\\s+be\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${OFFICES}|${OFFICES_TITLED}|representative|Representative))`,
    `\\b(?:appointment|nomination)\\s+of\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,4}as\\s+(?:the\\s+|its\\s+|a\\s+)?(?:new\\s+|interim\\s+|acting\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${OFFICES}|${OFFICES_TITLED})`,
    // (also told without "was" after a name, as headlines do: "Lindqvist appointed Foreign Minister"; and "appointed to the post of …")
    `(?:\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been|will\\s+be)\\s+|(?<=\\p{Lu}[\\p{L}’'-]+\\s))(?:appointed|named(?!\\s+(?:after|for)\\b)|nominated|installed)\\s+(?:as\\s+|to\\s+(?:the\\s+(?:post|position|office)\\s+of\\s+)?)?(?:the\\s+|its\\s+)?(?:new\\s+|interim\\s+|acting\\s+|transitional\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${OFFICES}|${OFFICES_TITLED})`,
    `\\b(?:${verbForms('dismiss', 'sack', 'relieve')})\\s+(?:the\\s+|his\\s+|her\\s+|its\\s+|their\\s+)(?:[\\p{L}-]+\\s+){0,3}?${OFFICES}|\\brelieved\\s+(?:[\\p{L}.’'-]+\\s+){0,4}?of\\s+(?:his|her|their)\\s+(?:duties|post|command)\\b`,
    // …and told with other ordinary verbs (session 35): an office holder fired ("fired vice president X", "decided to fire General
    // X"; not "fired at the president's convoy", not munitions), an appointment told with its time only ("the former president who
    // was appointed this week"), a confirmation by a legislature ("his confirmation by Parliament yesterday", "was confirmed by the
    // Senate")
    // (session 47: the office's words capitalized as a title, "to fire his Defense Minister Yoav Gallant"; a whole staff, "fired his top military brass")
    `\\b(?:fired|fires|firing|to\\s+fire)\\s+(?:the\\s+|his\\s+|her\\s+|its\\s+|their\\s+)?(?:(?:then|vice|deputy|defen[cs]e|foreign|finance|interior|army|military|intelligence|police|health|justice|chief|top|Vice|Deputy|Defen[cs]e|Foreign|Finance|Interior|Army|Intelligence|Police|Health|Justice)\\s+){0,2}(?:minister|president|prime\\s+minister|premier|chancellor|chief|head|commander|ambassador|envoy|secretary|director|governor|general|mayor|judge|brass|[Vv]ice\\s+[Pp]resident|General|Minister|Secretary|Chief|Commander)s?\\b(?!['’]s)`,
    // (session 47: the dismissal told as a noun with the one dismissed named, "the disciplinary dismissal of Anna Walentynowicz", "sparked by
    // the firing of Anna Walentynowicz"; not a weapon's firing, "the firing of Scud missiles")
    `\\b(?:dismissal|sacking|firing)\\s+of\\s+\\p{Lu}[\\p{L}’'-]+\\s+\\p{Lu}[\\p{L}’'-]+\\b(?!\\s+(?:[\\p{L}-]+\\s+)?(?:missiles?|rockets?|shells?|torpedo(?:es)?)\\b)`,
    `\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+appointed\\s+(?=(?:this|last|earlier|on|in)\\s+(?:week|month|year|January|February|March|April|May|June|July|August|September|October|November|December|\\d{4}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)`,
    `\\b(?:confirmation|confirmed)\\s+(?:as\\s+(?:[\\p{L}-]+\\s+){1,4})?by\\s+(?:the\\s+)?(?:[Pp]arliament|[Ss]enate|[Cc]ongress|[Ll]egislature|[Nn]ational\\s+[Aa]ssembly)\\b`,
    // a government sworn in by the head of state ("The king swore in the new cabinet")
    `\\b(?:swore|swears|swearing)\\s+in\\s+(?:the\\s+|a\\s+|his\\s+|her\\s+)?(?:new\\s+|interim\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${OFFICES}`,
    // sentences handed down ("sentenced the former president to 27 years in prison"), mourning declared
    `\\b(?:${verbForms('sentence')})\\s+(?!by\\b)(?:[\\p{L}.’'-]+\\s+){0,6}?to\\s+(?:[\\w-]+\\s+){0,3}?(?:years?|months?|life|death)\\b`,
    `\\b(?:days?|week|period)\\s+of\\s+(?:national\\s+)?mourning\\b`,
    // accords and memberships ended or put on hold (CAMEO 16 reduce relations): "ended its defence cooperation agreement",
    // "revoked the military agreements", "suspended the Indus Waters Treaty", "froze its participation in", "announced its
    // withdrawal from the Grain Initiative" (not a sale cancelled: deals and contracts are the arms-sale rules')
    `\\b(?:${verbForms('end', 'revoke', 'suspend', 'terminate', 'annul', 'scrap', 'abrogate', 'renounce', 'denounce')})\\s+(?:the\\s+|its\\s+|their\\s+|a\\s+|all\\s+)?(?:(?!(?:without|in|with|on|talks|negotiations)\\b)[\\p{L}’'-]+\\s+){0,5}?(?:[Aa]greements?|[Aa]ccords?|[Tt]reat(?:y|ies)|[Pp]acts?|[Mm]emorand(?:um|a|ums)|[Cc]onventions?|Initiative|Partnership)\\b`,
    `\\b(?:${verbForms('freeze', 'suspend')})\\s+(?:its|their|his|her)\\s+(?:participation|membership)\\s+in\\b|\\bwithdrawal\\s+from\\s+(?:the\\s+)?(?:[\\p{L}’'-]+\\s+){0,5}?(?:[Tt]reaty|[Aa]greement|[Aa]ccord|[Ii]nitiative|[Cc]onvention|[Oo]rgani[sz]ation|[Cc]ourt|[Aa]lliance|[Pp]act|ECOWAS|NATO|WHO)\\b`,
    // envoys or forces ordered out, airspace closed, a case brought before a court
    `\\b(?:${verbForms('order')})\\s+(?:the\\s+|its\\s+|all\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:ambassador|envoy|diplomats?|troops|forces|soldiers|peacekeepers)\\s+to\\s+(?:leave|withdraw|depart)\\b`,
    `\\b(?:${verbForms('close', 'shut')})\\s+(?:its|their|the)\\s+airspace\\b`,
    `\\b(?:${verbForms('file', 'bring', 'lodge', 'launch')})\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,2}?(?:case|lawsuit|suit|application)\\s+against\\b`,
    // pardons granted
    `\\b(?:pardoned|pardons|pardoning)\\s+(?=the\\s|former\\s|jailed\\s|\\d|two\\s|three\\s|\\p{Lu})|\\b(?:granted|grants|issued)\\s+(?:a\\s+)?(?:presidential\\s+|royal\\s+)?pardons?\\b`,
    // aid pledged or given in any currency ("pledged £50 million in humanitarian aid", "will provide 20 million euros in humanitarian aid")
    // (not a capability's purpose: "its capability to provide humanitarian aid")
    `\\b(?<!\\bto\\s)(?:${verbForms('pledge', 'commit', 'provide', 'allocate', 'donate', 'disburse', 'earmark')})\\s+(?![^.;]{0,60}?\\bsales?\\b)[^.;]{0,60}?\\b(?:humanitarian|emergency|development|reconstruction|food|medical|life-?saving|relief|economic|budget)\\s+(?:aid|assistance|support|funding|relief)\\b`,
    // talks broken off, suspended or taken up again ("suspended talks with", "the negotiations collapsed")
    `\\b(?:${verbForms('suspend', 'resume', 'halt', 'freeze', 'restart', 'abandon')}|(?:${verbForms('break')})\\s+off|(?:${verbForms('pull', 'walk')})\\s+(?:out\\s+of|away\\s+from))\\s+(?:the\\s+|a\\s+|their\\s+|its\\s+|all\\s+)?(?:[\\w-]+\\s+){0,2}?(?:talks|negotiations|dialogue)\\b`,
    `\\b(?:[Tt]alks|[Nn]egotiations)\\s+(?:[\\w-]+\\s+){0,5}?(?:collapsed|broke\\s+down|(?:were|was|have\\s+been|had\\s+been)\\s+(?:suspended|halted|called\\s+off|broken\\s+off))\\b`,
    // partnerships founded or relations raised ("elevated ties to a Comprehensive Strategic Partnership", "Relations were upgraded to …")
    `\\b(?:${verbForms('establish', 'elevate', 'upgrade', 'forge', 'launch', 'announce')})\\s+(?:[\\w’'-]+\\s+){0,5}?(?:[Ss]trategic|[Cc]omprehensive|[Gg]lobal|[Ss]pecial|[Ee]nhanced)\\s+(?:[\\w-]+\\s+){0,2}?[Pp]artnership\\b`,
    `\\b(?:[Rr]elations|[Rr]elationship|[Tt]ies)\\s+(?:(?:was|were|has\\s+been|have\\s+been|had\\s+been|will\\s+be)\\s+)?(?:elevated|upgraded|raised)\\s+to\\b`,
    // texts exchanged at a ceremony ("the exchange of seven memoranda of understanding", "exchanged notes on the loan")
    `\\b(?:exchange\\s+of|${verbForms('exchange')})\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:memorand(?:a|ums)|MO[Uu]s|notes|instruments|letters)\\b`,
    // inquiries opened (CAMEO 09 investigate: "launched an investigation into", "ordered an inquiry into"; not "called for an investigation": an appeal)
    `\\b(?:${verbForms('launch', 'open', 'order', 'begin', 'announce', 'establish')})\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:investigation|inquiry|probe)\\s+(?:into|of)\\b`,
    // states recognized, blocs joined, missions opened, vetoes cast, mandates renewed, ambassadors withdrawn
    `\\b(?:${verbForms('recognize', 'recognise')})\\s+(?:the\\s+)?(?:State\\s+of|independence\\s+of|sovereignty\\s+of|[Gg]overnment\\s+of)\\b`,
    `\\b(?:formally\\s+)?(?:joined|accession\\s+to|admitted\\s+to)\\s+(?:the\\s+)?(?:NATO|European\\s+Union|EU|ASEAN|WTO|BRICS|Commonwealth|African\\s+Union|United\\s+Nations)\\b`,
    `\\b(?:opened|opens|opening|will\\s+open)\\s+(?:an?\\s+|its\\s+|their\\s+|the\\s+)(?:new\\s+|first\\s+)?(?:embassy|consulate(?:-general)?|high\\s+commission)\\b`,
    `\\b(?:vetoed|vetoes|vetoing|cast\\s+(?:a|its|their)\\s+veto)\\b`,
    `\\b(?:${verbForms('extend', 'renew')})\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?mandate\\s+of\\b|\\b(?:withdrew|withdrawn|withdraws|withdrawing)\\s+(?:its|their)\\s+(?:[\\w-]+\\s+)?(?:ambassador|envoy|diplomats)\\b`,
    // bodies set up together ("agreed to set up a joint working group", "established a hotline between the two militaries")
    `\\b(?:${verbForms('establish', 'create', 'launch')}|set\\s+up|sets\\s+up|setting\\s+up)\\s+(?:an?\\s+|the\\s+)?(?:new\\s+|joint\\s+|bilateral\\s+|permanent\\s+)*(?:[\\w-]+\\s+){0,2}?(?:working\\s+group|task\\s+force|hotline|joint\\s+commission|mechanism)\\b`,
    // CAMEO 17/18 in custody: a death in detention ("died in police custody", "her death in the custody of the morality police")
    `\\b(?:died|death|deaths|killed|tortured)\\s+(?:while\\s+)?in\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?custody\\b`,
    // communications cut (CAMEO 17 coerce): "shut down the internet", "restricted access to social media", "an internet blackout"
    `\\b(?:shut|shuts|shutting)\\s+down\\s+(?:the\\s+)?(?:mobile\\s+)?(?:internet|networks?|social\\s+media)\\b|\\b(?:${verbForms('restrict', 'block', 'throttle', 'curb')}|cut\\s+off)\\s+(?:access\\s+to\\s+)?(?:the\\s+)?(?:mobile\\s+)?(?:internet|social\\s+media|messaging\\s+(?:apps|services)|mobile\\s+(?:networks?|data)|phone\\s+lines|communications)\\b|\\binternet\\s+(?:shutdowns?|blackouts?)\\b`,
    // …and told in the passive, power and phone lines too (session 35: "communication between the two sides was cut off in June",
    // "the national grid has also been shut down")
    `\\b(?:[Cc]ommunications?|[Ii]nternet|[Ee]lectricity|power\\s+supply|phone\\s+lines|telephones?|(?:national\\s+|power\\s+)grid)\\s+(?:[\\w-]+\\s+){0,4}?(?:was|were|(?:has|have|had)\\s+(?:also\\s+)?been)\\s+(?:cut(?:\\s+off)?|shut\\s+down|severed)\\b(?!\\s+(?:in\\s+half|by\\s+(?:\\d|half|a\\s+third)|back|short))`,
    // a vote put off (CAMEO 16 reduce): "postponed the elections", "the referendum was delayed" (not the vote itself: events.ts keeps it from ELECTION)
    ELECTION_PUT_OFF.source,
    // power handed over, a government formed: "handed power to a civilian government", "formed a transitional government"
    `\\b(?:handed|hands|handing)\\s+(?:over\\s+)?power\\b|\\btransferred\\s+power\\b|\\bformed\\s+(?:an?|the)\\s+(?:new\\s+|transitional\\s+|interim\\s+|unity\\s+|coalition\\s+)*government\\b|\\b(?:transitional|interim|unity)\\s+government\\s+(?:was|has\\s+been|had\\s+been)\\s+formed\\b`,
    // captives freed, told by who they are ("the two British nationals were released", "the kidnapped tourists have been freed")
    `\\b(?:nationals|citizens|tourists|journalists|workers|Americans|Britons|sailors|crew|activists|hostages?|captives?|detainees?|prisoners?|rangers?|missionaries|students)\\s+(?:[\\w-]+\\s+){0,4}?(?:were|was|have\\s+been|had\\s+been|has\\s+been)\\s+(?:safely\\s+)?(?:released|freed|rescued)\\b|\\b(?:safe\\s+)?release\\s+from\\s+captivity\\b|\\bsafe\\s+release\\s+of\\b`,
    // leaving office (CAMEO 08 yield): "was forced to resign", "agreed to step down"
    `\\b(?:forced|agreed|decided|announced|offered|refused)\\s+to\\s+(?:resign|step\\s+down)\\b|\\b(?:stepped|steps|stepping)\\s+down\\s+(?:as|from|after|on|in)\\b`,
    // money pledged or given for a purpose, and aid delivered (CAMEO 07 provide aid): "Donors pledged $2 billion for reconstruction", "delivered food aid"
    `\\b(?:${verbForms('pledge', 'donate', 'allocate', 'disburse')}|committed)\\s+(?:an?\\s+)?(?:additional\\s+|further\\s+|another\\s+)?(?:US|A|AU|C)?[$£€][\\d.,]+\\s*(?:million|billion|bn|m)?\\s+(?:in|for|to|towards?)\\b`,
    `\\b(?:${verbForms('deliver', 'distribute', 'airlift')}|sent|shipped|dispatched)\\s+(?:[\\w-]+\\s+){0,3}?(?:aid|relief\\s+(?:supplies|goods)|humanitarian\\s+supplies|food\\s+(?:supplies|parcels|assistance)|medical\\s+supplies)\\b`,
    // aid and cooperation cut off (CAMEO 16 reduce aid): "suspended its budget support", "halted disbursements", "froze aid to"
    `\\b(?:${verbForms('suspend', 'halt', 'withhold', 'pause')}|froze|cut\\s+off)\\s+(?:its\\s+|their\\s+|all\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:aid|assistance|budget\\s+support|funding|disbursements?|loans?|military\\s+cooperation)\\b`,
    // sanctions named by their grounds ("designated the morality police for serious human rights abuses")
    `\\b(?:designated|sanctioned)\\s+(?:[\\p{L}’'.-]+\\s+){1,8}?for\\s+(?:[\\w-]+\\s+){0,3}?(?:abuses|violations|violence|corruption|role|involvement|repression|crackdown|actions|activities|supporting|undermining)\\b`,
    // people held as a group (CAMEO 173 arrest): "detained human rights activists and journalists", "rounded up opposition supporters"
    `\\b(?:${verbForms('arrest', 'detain', 'jail', 'imprison')}|rounded\\s+up)\\s+(?:[\\w-]+\\s+){0,3}?(?:activists|journalists|protesters|demonstrators|dissidents|critics|lawyers|bloggers|students|opposition\\s+(?:members|leaders|figures|supporters|politicians))\\b`,
    // evacuations told as a noun ("evacuation flights", "an evacuation order for the city")
    `\\bevacuation\\s+(?:flights?|orders?|operations?|of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:embassy|city|town|area|region|villages?|hospital|camp))\\b`,
    // laws enacted, staff evacuated by order
    `\\bsigned\\s+into\\s+law\\b|\\b(?:ordered|authorized|authorised)\\s+the\\s+(?:departure|evacuation|withdrawal)\\s+of\\b|\\bordered\\s+departure\\b`,
    // a death told as a loss (CAMEO's other happenings; a referenced death is news of its own): "condolences on the passing of
    // former Premier X", "the death of President Y", "Z passed away" (not a killing's outcome: "resulted in the death of": a strike's)
    `(?<!\\b(?:in|to|caused)\\s+(?:the\\s+)?)\\b(?:passing|death)\\s+of\\s+(?:(?:the\\s+)?(?:former|late|his|her|their|our)\\s+)*(?=\\p{Lu})|\\bpassed\\s+away\\b`,
    // disarmament (CAMEO 0874 demilitarize): "the destruction of the regime's chemical weapons stockpile", "the facilities are being disabled"
    `\\b(?:destruction|dismantl(?:ing|ement)|disabling|decommissioning|elimination|removal)\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\p{L}’'-]+\\s+){0,4}?(?:weapons|stockpiles?|arsenals?|reactors?|(?:nuclear|missile|weapons)\\s+(?:programs?|programmes?|facilit(?:y|ies)|sites?))\\b|\\b(?:being|been|be)\\s+(?:disabled|dismantled|decommissioned)\\b`,
    // forces drawn down (CAMEO 0874): "as the drawdown of coalition forces continues"
    `\\bdrawdown\\s+of\\s+(?:[\\p{L}.-]+\\s+){0,2}?(?:troops|forces|personnel)\\b`,
    // weapons delivered or due (CAMEO 07 provide military aid, 062 materiel): "the first jets are expected to be delivered by 2019", "the first deliveries of"
    `\\b(?:expected|due|scheduled|set)\\s+to\\s+be\\s+delivered\\b|\\b(?:first|initial)\\s+deliver(?:y|ies)\\s+(?:of|to|is|are|will|began|begin|started)\\b`,
    // an agreement told by what was agreed ("agreed to restore direct flights", "agreed on Monday to set up a working group"; not "agreed to meet": a plan of talks)
    `\\b(?:${verbForms('agree')})\\s+(?:on\\s+\\p{Lu}\\p{Ll}+day\\s+|today\\s+|in\\s+principle\\s+)?to\\s+(?:establish|set\\s+up|create|restore|resume|reopen|launch|extend|exchange|release|withdraw|lift|normali[sz]e|form)\\b`,
  ].join('|'),
  'u',
);

/**
 * The names of popular revolutions, crowds that brought down a government without arms (the colour revolutions: Serbia's
 * Bulldozer, Georgia's Rose, Ukraine's Orange and EuroMaidan, Kyrgyzstan's Tulip, Lebanon's Cedar, Czechoslovakia's Velvet,
 * the Baltic Singing, Burma's Saffron, Tunisia's Jasmine), written before "Revolution".
 */
export const NAMED_POPULAR_REVOLUTIONS = ['Bulldozer', 'Rose', 'Orange', 'Euro-?[Mm]aidan', 'Maidan', 'Tulip', 'Cedar', 'Velvet', 'Singing', 'Saffron', 'Jasmine', 'Denim', 'Umbrella', 'Sunflower'];

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
    // a stoppage called for by its kind ("called for a nationwide “shutdown” starting Friday"), a march joined by its name ("join a 'Long March to the capital'")
    `\\b(?:call(?:s|ed|ing)?\\s+for|urg(?:e|es|ed|ing))\\s+(?:an?\\s+|the\\s+)?(?:nationwide|general|national)\\s+['‘“"]?shutdown\\b|\\b(?:${verbForms('join')})\\s+(?:an?|the)\\s+['‘“"](?:[\\w-]+\\s+)?march\\b`,
    `\\b(?:general|nationwide|national)\\s+strike\\b|\\bwent\\s+on\\s+strike\\b|\\bcandlelight\\s+vigils?\\b`,
    LABOUR_STRIKE.source,
    // a crowd acting "to protest" something ("Farmers blocked roads across France to protest low prices"; a state "summoned the envoy to protest" names no crowd)
    `\\b(?:protesters|demonstrators|farmers|workers|students|people|thousands|hundreds|crowds?|supporters|residents|activists|citizens|teachers|nurses|doctors|drivers|women|unions|villagers)\\b[^.;]{0,80}?\\b(?:to|and|in)\\s+protest\\b`,
    // a crowd as the subject of a protest verb in any tense ("Thousands protest in Tbilisi", "students demonstrate against")
    `\\b(?:protesters|demonstrators|farmers|workers|students|thousands|hundreds|crowds|supporters|residents|activists|teachers|nurses|doctors|villagers)\\s+(?:[\\w-]+\\s+){0,3}?(?:protest|protests|protested|demonstrate|demonstrates|rally|rallies|march|marches)\\s+(?:in|against|over|outside|near|across|through|on|for)\\b`,
    // a crowd gathering for a demand ("Tens of thousands of students gathered on Sunday in the main square to demand
    // accountability", "residents assembled outside the town hall to denounce the closure"; not leaders "gathered to call for
    // a ceasefire": a crowd is named before the verb, and a concert or a funeral gathers without a demand)
    `\\b(?:gathered|assembled|converged|massed|congregated)\\b(?<=\\b(?:crowds?|thousands|hundreds|people|protesters|protestors|demonstrators|students|supporters|residents|citizens|workers|farmers|activists|unions|women|villagers|opponents|youths|pensioners|teachers|doctors|nurses)\\b[^.;]{0,90})(?=[^.;]{0,90}?\\bto\\s+(?:demand|protest|denounce|oppose|press|pressure|voice\\s+(?:their\\s+)?(?:anger|opposition|discontent|outrage)|call\\s+for|condemn|decry|reject)\\b)`,
    // a protest told in the passive ("Smaller rallies were also held in two other cities", "a vigil was held outside the embassy")
    `\\b(?:rall(?:y|ies)|protests?|demonstrations?|march(?:es)?|vigils?|sit-ins?)\\s+(?:was|were|had\\s+been|have\\s+been|has\\s+been)\\s+(?:also\\s+)?held\\b`,
    // the protest told as a noun with its cause ("A march against the war drew 50,000 people")
    `\\b(?:march(?:es)?|rall(?:y|ies)|demonstrations?|sit-ins?|vigils?)\\s+(?:against|over|in\\s+support\\s+of|supporting|calling\\s+for|demanding)\\b`,
    `\\bchant(?:ed|ing)\\s+(?:[\\w-]+\\s+){0,2}?slogans\\b|\\btear\\s+gas\\b`,
    // protests and demonstrations in the plural are a crowd's (a state's complaint is lodged, diplomatic, formal, or made to someone)
    // (the word first, what is before it checked after: a lookbehind heading a pattern would run at every position)
    `\\b(?:protests|demonstrations)\\b(?<!\\b(?:lodged|lodge|lodges|filed|file|registered|made|issued|delivered|sent|conveyed|diplomatic|strong|strongest|formal|official|repeated|our|its|their)\\s+\\w+)(?!\\s+(?:to|with|from)\\b)|\\b(?:marchers|strikers)\\b`,
    `\\b(?:civil|social|political|post-election|violent|widespread|popular|student|labou?r)\\s+unrest\\b`,
    // unrest told as a happening by its own verb or cause ("the unrest erupted", "the unrest following the results", "the worst
    // unrest in the capital in years"; not "fears of further unrest": one feared)
    `(?<!\\b(?:of|further|more|new|fresh)\\s+)\\bunrest\\s+(?:erupted|broke\\s+out|spread|swept|flared|following|after|over|in)\\b`,
    // a people's rising against a ruler ("a successful uprising against a pro-Kremlin leader", "a popular revolt"; an armed
    // one is told by its arms, a mutiny by its soldiers)
    `\\b(?:popular|people['’]s|mass|peaceful|student|democratic)\\s+(?:uprising|revolt)\\b|\\b(?:uprising|revolt)\\s+(?:(?:last|this|that|in)\\s+\\w+\\s+)?against\\s+(?!(?:the\\s+)?(?:occupation|occupiers|invaders|troops|soldiers|forces|army)\\b)`,
    // a people's revolution known by its name, the colour revolutions and their kin ("the 2004 Orange Revolution", "the so-called
    // Tulip Revolution", "Ukraine's EuroMaidan Revolution", "the People Power revolt"; not an armed one or a coup: the Carnation
    // Revolution was the army's)
    `\\b(?:${NAMED_POPULAR_REVOLUTIONS.join('|')})\\s+[Rr]evolution\\b|\\bRevolution\\s+of\\s+Dignity\\b|\\bPeople\\s+Power\\s+(?:[Rr]evolution|[Rr]evolt|[Uu]prising)\\b`,
    // strikers' pickets ("pickets gathered outside the plant", "pickets appeared at pits", "crossed the picket lines")
    `\\bpickets\\s+(?:from\\s+(?:[\\w-]+\\s+){1,4}?)?(?:gathered|appeared|assembled|formed|blocked|stood|were\\s+set\\s+up)\\b|\\bpicket\\s+lines?\\b`,
    // roads and campuses blocked by a crowd ("road blockades", "blockades of universities and schools"; a naval or an economic
    // blockade is no crowd's)
    `\\b(?:road|roads|street|university|universities|campus|school|faculty|student|traffic)\\s+blockades?\\b|\\bblockades?\\s+of\\s+(?:the\\s+|their\\s+)?(?:roads|highways|streets|universities|faculties|schools|campuses)\\b`,
    // a crowd rallying to a seat of power or a public place ("supporters of the president rallied to his residence", "students
    // rallied outside the court"; not "rallied to his defence": a place is named) (session 30)
    `\\b(?:supporters|crowds?|thousands|hundreds|protesters|demonstrators|students|residents|opponents)\\s+(?:[\\w-]+\\s+){0,4}?rallied\\s+(?:to|at|outside|around|in\\s+front\\s+of)\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+|its\\s+)?(?:[\\w-]+\\s+){0,2}?(?:residence|palace|square|parliament|headquarters|offices?|building|house|embassy|court|streets?|compound)\\b`,
    // a crowd clashing with the police, or the police and soldiers with a crowd ("opposition supporters have clashed with the
    // police", "soldiers and police clashed with protesters outside the compound"): a protest and its policing (session 29)
    `\\b(?:protesters|protestors|demonstrators|supporters|students|crowds?|youths|rioters)\\s+(?:[\\w-]+\\s+){0,3}?(?:clashed|clash|clashes|clashing)\\s+with\\b|\\bclash(?:ed|es|ing)?\\s+with\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:protesters|protestors|demonstrators|crowds?)\\b`,
  ].join('|'),
  CASE_INSENSITIVE,
);

/** More wordings of an election: an office or seats won, a vote told by its kind, voters at the polls. */
export const ELECTION_WORDINGS = new RegExp(
  [
    `\\bwon\\s+(?:the\\s+|a\\s+)?(?:[\\w-]+\\s+)?(?:presidency|term|majority|seats|mandate|race)\\b`,
    // a majority or seats taken in a vote ("secured a two-thirds majority in the parliamentary elections")
    `\\b(?:${verbForms('secure', 'clinch', 'win', 'gain', 'take', 'lose')})\\s+(?:an?\\s+|the\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?(?:majority|seats|plurality)\\s+in\\s+(?:the\\s+|this\\s+|last\\s+)?(?:[\\w’'-]+\\s+){0,3}?(?:elections?|vote|polls?|ballot)\\b`,
    // an office holder chosen by a legislature ("Parliament elected Friedrich Merz as chancellor", "lawmakers voted in a new speaker")
    `\\b(?:[Pp]arliament|[Aa]ssembly|[Ll]awmakers|[Ll]egislators|[Dd]eputies|MPs|Bundestag|Congress|[Ss]enate|Knesset|Diet)\\s+(?:[\\w-]+\\s+){0,2}?(?:elected|re-elected|confirmed)\\s+(?:[\\w.’'-]+\\s+){1,4}?as\\s+(?:the\\s+)?(?:new\\s+)?(?:[\\w-]+\\s+){0,2}?(?:president|prime\\s+minister|chancellor|premier|speaker|head\\s+of\\s+state)\\b`,
    `\\b(?:presidential|parliamentary|general|legislative|snap|national|local|regional|municipal)\\s+(?:vote|polls|ballot|race)\\b`,
    // a vote told by its outcome or by the people's voting ("after her landslide electoral victory", "three recent popular votes")
    `\\belectoral\\s+(?:victory|win|triumph|landslide|defeat|rout)\\b|\\bpopular\\s+votes?\\b`,
    // a vote told as its winner's new term or as the winner's epithet ("secured reelection in late May", "clinched a third term",
    // "South Africa's newly-elected President"; "reelection" written solid has no word boundary before "election")
    `\\b(?:won|wins|win|winning|secured|secures|securing|clinched|clinches|clinching)\\s+(?:his\\s+|her\\s+|their\\s+|its\\s+)?(?:re-?election|an?\\s+(?:second|third|fourth|fifth|sixth|new)\\s+(?:term|mandate))\\b|\\bnewly[- ]elected\\b`,
    `\\bby-elections?\\b|\\bpolling\\s+(?:day|stations?)\\b|\\bvoters(?:\\s+in\\s+(?:the\\s+)?[\\w-]+(?:\\s+[\\w-]+)?)?\\s+(?:went|go|chose|choose|elected|elect|cast|picked|returned)\\b`,
    // an office filled by choice ("chose a new president", "elected a new parliament")
    `\\b(?:${verbForms('choose', 'elect', 'pick')})\\s+(?:a\\s+|their\\s+|its\\s+)?new\\s+(?:president|parliament|prime\\s+minister|leader|legislature|assembly|mayor|governor)\\b`,
    // a run-off, a defeat conceded, an incumbent beaten in a vote
    `\\brun-?offs?\\b|\\bsecond[- ]round\\s+(?:vote|ballot|of\\s+voting)\\b|\\bconceded\\s+(?:defeat|the\\s+(?:election|race|vote))\\b`,
    `\\b(?:defeated|beat|unseated)\\s+(?:[\\w.’'-]+\\s+){1,4}?in\\s+(?:the\\s+|a\\s+|[\\w’']+['’]s\\s+)(?:[\\w-]+\\s+)?(?:vote|election|polls?|ballot|race|run-?off)\\b`,
  ].join('|'),
  CASE_INSENSITIVE,
);

/** A vote told as someone's win: "won re-election", "his election victory", "was re-elected", "won the vote" (session 30: placed at the winner's country). */
export const WIN_TOLD = /\b(?:won|wins|win|winning|secured|secures|securing|clinched|clinches|clinching)\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:re-?)?elections?\b|\b(?:re-?)?elect(?:ion|oral)\s+(?:victory|win|triumph|landslide)\b|\b(?:was|were|been|being)\s+(?:re-?)?elected\b|\bwon\s+(?:the\s+)?(?:[\w-]+\s+)?(?:vote|poll|ballot|race|presidency)\b/i;

/** The past forms of the verbs ("condemn" → condemned; "call" → called), for words reported as said, not said in the document's own voice. */
export function pastForms(...verbs: string[]): string {
  const world = nlp.world() as unknown as { model: unknown; methods: { two: { transform: { verb: { conjugate: (verb: string, model: unknown) => Conjugation } } } } };
  const forms = new Set<string>();
  for (const verb of verbs) {
    const conjugated = world.methods.two.transform.verb.conjugate(verb, world.model);
    for (const form of [conjugated.PastTense, conjugated.Participle]) if (form) forms.add(form);
  }
  return [...forms].sort((a, b) => b.length - a.length).join('|');
}

/** A claim named by its noun, also after a determiner or a possessive ("the allegations", "these reports", "Botha's charges", "the Armenian claim of …"). */
const CLAIM_NAMED = `(?:(?:the|these|those|such|all|his|her|its|their|\\p{Lu}[\\p{L}-]*['’]s)\\s+(?:[\\p{L}-]+\\s+)?)?(?:reports?|claims?|allegations?|accusations?|charges?)\\b`;

/**
 * What a denial denies: a claim by its noun, or a clause ("that …", "it intended to …"); "denied the will of the people" withholds,
 * it says nothing.
 */
const CLAIM_DENIED = `(?:${CLAIM_NAMED}|(?:that|any|responsibility|involvement|wrongdoing|having|it|he|she|they)\\b)`;

/**
 * A denial (CAMEO 12 reject): "denied any wrongdoing", "denied last Sunday it intended to …", "denied the allegations of …",
 * "dismissed the reports as …".
 */
export const DENIED = `\\b(?:denied\\s+(?:(?:on\\s+|last\\s+)?\\p{Lu}\\p{Ll}+day\\s+)?${CLAIM_DENIED}|(?:dismissed|refuted)\\s+${CLAIM_NAMED})`;

/**
 * A denial told in the present of news style ("Islamabad denies involvement", "Qatar denies the allegations", "Moscow rejects the
 * accusations"): a reply to a charge, news whoever makes it, a state named alone too (events.ts), unlike a position a state is
 * said to hold ("Italy rejects the recruitment of …": what is rejected there is no claim).
 */
export const DENIES = `\\b(?:(?:denies|is\\s+denying)\\s+${CLAIM_DENIED}|(?:rejects|dismisses|refutes|is\\s+rejecting)\\s+${CLAIM_NAMED})`;

/**
 * Words an official is reported to have said, undated (CAMEO 01 make statement, 02 appeal, 10 demand, 11 disapprove,
 * 12 reject, 13 threaten, 05 express support): "Foreign Secretary X condemned the attack", "President Y called for
 * calm", "the Minister expressed deep concern", "Special Envoy Z tweeted". Past tense only: the document's own voice
 * speaks in the present ("The United States condemns …") and a document that is a statement is no event it tells of.
 * The speaker is checked in events.ts (a person or an organ named right before the verb); not the words of a meeting
 * (consult), which readouts tell with "reaffirmed", "welcomed the progress", "thanked" (events.ts reads no comment verb
 * in a paragraph that tells a meeting, nor of one of its participants).
 */
export const REPORTED_COMMENT = new RegExp(
  [
    // disapprove, accuse, demand, reject: with what it is aimed at
    `\\b(?:${pastForms('condemn', 'denounce', 'deplore', 'decry', 'criticise', 'criticize', 'slam', 'blame', 'accuse', 'urge', 'demand', 'reject', 'warn', 'caution')})\\s+(?!to\\b|by\\b|for\\b|in\\b|and\\b|or\\b)(?=[\\p{L}“"])`,
    DENIED,
    // appeal: "called for calm", "called on both sides to", "appealed to all parties"; not a call paid on someone ("called on the President")
    `\\b(?:called|calling)\\s+for\\s+(?!a\\s+(?:visit|meeting)\\b)|\\bcalled\\s+on\\s+[^.;:]{1,80}?\\bto\\s+(?!the\\b|a\\b)\\w|\\bappealed\\s+(?:to|for)\\b`,
    // express intent or feelings: concern, regret, condolences, solidarity; pledges, vows and threats (CAMEO 13: "threatened late Thursday to escalate")
    `\\b(?:expressed|voiced|conveyed|extended)\\s+(?:his|her|their|its|our\\s+)?(?:[\\w-]+\\s+){0,2}?(?:concern|regret|condolences|sympathy|sympathies|solidarity|alarm|outrage|shock|sadness|disappointment|dismay|support|hope|confidence|satisfaction|appreciation|gratitude|anger|frustration)\\b`,
    // concede, claim or congratulate on a vote's outcome ("conceded defeat", "claimed victory", "congratulated Faye on his win"), thank ("thanked Berlin for its help")
    `\\b(?:conceded|claimed)\\s+(?:(?:an?|the|his|her|their|its)\\s+)?(?:[\\w-]+\\s+)?(?:defeat|victory|win)\\b|\\b(?:congratulated|thanked)\\s+(?=\\p{Lu}|(?:the|his|her|their|all|everyone|him|them)\\b)`,
    `\\b(?:vowed|pledged|promised|threatened)\\s+(?:(?:late\\s+|early\\s+|on\\s+)?(?:\\p{Lu}\\p{Ll}+day\\s+)?to\\s+(?!the\\b|a\\b|an\\b)|that\\b|(?:his|her|its|their|full|continued|continuing|unwavering)\\s+(?:[\\w-]+\\s+)?support\\b|(?:an?\\s+)(?:thorough|full|swift|independent|transparent|credible|impartial)\\s+(?:investigation|inquiry|probe)\\b)`,
    // praise: "welcomed the release", "praised the courage" (not a guest welcomed: a hosting)
    // (a thing named by a pronoun and judged: "has hailed it as a mark of …")
    `\\b(?:praised|hailed|applauded|commended|welcomed)\\s+(?:it|them)\\s+as\\b`,
    // a person judged ("praised Francis as a pope among the people", "commended the King for …")
    `\\b(?:praised|hailed|lauded|applauded|commended)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,3}(?:as|for)\\b`,
    `\\b(?:welcomed|praised|hailed|applauded|commended)\\s+(?=(?:the|a|an|all|this|that|news|progress|steps)\\s)(?!(?:the|a|an)\\s+(?:[\\p{L}.’'-]+\\s+){0,3}?(?:President|Prime\\s+Minister|Premier|Chancellor|King|Queen|Prince|Emir|Minister|Secretary|[Dd]elegation|[Cc]ounterpart|[Vv]isitors?|[Gg]uests?)\\b(?!['’]s\\b))`,
    // a judgement passed on a thing: "called the agreement “a glorious victory”", "calling it a historic moment", "called the
    // situation “catastrophic”" (the quote is blanked out, so spaces); not a call paid or made ("called his counterpart from the
    // stage", "called the president a day later")
    `\\b(?:called|calls|calling)\\s+(?:it|this|that|them|(?:the|his|her|their|its|this|that)(?:\\s+(?!(?:from|on|to|at|in|by|with|for|after|before|during|over|and|off|up)\\b)[\\p{L}’'-]+){1,4})(?:\\s{3,}|\\s+(?:an?|the)\\s+(?!(?:day|week|month|year|night|morning|evening|hour|few|number|time|next|following|same)\\b)\\p{L})`,
    // words given in public: tweets and posts, a press conference, a televised address
    // (the platforms by name, as news names them: "posted on Truth Social", "wrote on Weibo", "took to social media, accepting …")
    `\\btweeted\\b|\\b(?:(?:wrote|posted|said)\\s+on|took\\s+to)\\s+(?:X|Twitter|Facebook|Telegram|Instagram|Truth\\s+Social|Weibo|WeChat|Threads|Bluesky|LinkedIn|YouTube|VKontakte|social\\s+media)\\b|\\b(?:said|declared|announced|warned)\\s+(?:at|in|during)\\s+(?:a|an|the|his|her)\\s+(?:[\\w-]+\\s+){0,2}?(?:press\\s+conference|news\\s+conference|briefing|address|speech|interview)\\b`,
  ].join('|'),
  'u',
);

/** The present forms of the verbs ("condemn" → condemns, is condemning): words reported in the present of news style. */
function presentForms(...verbs: string[]): string {
  const world = nlp.world() as unknown as { model: unknown; methods: { two: { transform: { verb: { conjugate: (verb: string, model: unknown) => Conjugation } } } } };
  const forms = new Set<string>();
  for (const verb of verbs) {
    const conjugated = world.methods.two.transform.verb.conjugate(verb, world.model);
    if (conjugated.PresentTense) forms.add(conjugated.PresentTense);
    if (conjugated.Gerund) forms.add(`(?:is|are)\\s+${conjugated.Gerund}`);
  }
  return [...forms].sort((a, b) => b.length - a.length).join('|');
}

/**
 * The same words of comment told in the present of news style, of a speaker the story names ("Secretary-General Ana Duarte is
 * calling for the restoration of constitutional order", "Chairperson Tomas Rivera strongly condemns the arrests", "the Security
 * Council urges calm"): disapproval, demand and appeal (CAMEO 02, 10, 11). events.ts reads them only outside a government's own
 * publication, whose present is its own voice ("The United States condemns …"), and only with the speaker written before the verb.
 */
export const REPORTED_COMMENT_NOW = new RegExp(
  [
    `\\b(?:${presentForms('condemn', 'denounce', 'deplore', 'decry', 'criticise', 'criticize', 'urge', 'demand', 'reject')})\\s+(?!to\\b|by\\b|for\\b|in\\b|and\\b|or\\b|that\\s+(?:the\\s+)?(?:way|kind)\\b)(?=[\\p{L}“"])`,
    `\\b(?:${presentForms('call')})\\s+for\\s+(?!a\\s+(?:visit|meeting)\\b)|\\b(?:${presentForms('appeal')})\\s+(?:to|for)\\b`,
    DENIES,
  ].join('|'),
  'u',
);

/**
 * A verb that tells a declaration of martial law itself, a few words before its name ("declared martial law", "imposed
 * South Korea's first instance of martial law", "lifted martial law"): the sentence's day is the declaration's (or its end's).
 */
export const DECLARATION_TOLD = new RegExp(
  `\\b(?:${verbForms('declare', 'impose', 'proclaim', 'lift', 'end', 'revoke', 'rescind', 'extend')})\\s+(?:[\\w’'-]+\\s+){0,5}$|\\b(?:plac(?:e|es|ed|ing)|put(?:s|ting)?)\\s+(?:[\\w’'-]+\\s+){0,5}under\\s+$`,
  CASE_INSENSITIVE,
);

/** What may stand between a day and the name of a declaration the day is written with: "Dec. 3 martial law", "last December's martial law", "martial law declaration on Dec. 3". */
const DAY_BEFORE_WORDS = /^(?:['’]s)?\s+(?:[\w-]+\s+)?$/;
const DAY_AFTER_WORDS = /^\s+(?:(?:declaration|decree|order|imposition|bid|attempt|episode|incident)\s+)?(?:(?:on|in|of)\s+)?$/i;

/**
 * The day of a declaration named as a thing ("the martial law declaration", "Yoon's martial law scheme"): only a day
 * written with its words counts ("the Dec. 3 martial law incident", "last December's martial law declaration",
 * "martial law in December 2024"); the other days of its sentence are other happenings' ("The ministry said Monday
 * that … over the martial law declaration", "Earlier this month, the ministry dismissed … the martial law command").
 */
export function dayWrittenWith<D extends { start: number; end: number }>(dates: D[], text: string, wordsStart: number, wordsEnd: number): D | null {
  return (
    dates.find((found) => (found.end <= wordsStart && DAY_BEFORE_WORDS.test(text.slice(found.end, wordsStart))) || (found.start >= wordsEnd && DAY_AFTER_WORDS.test(text.slice(wordsEnd, found.start)))) ?? null
  );
}
