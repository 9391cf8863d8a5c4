// Contexts that make a run of capitalized words someone's name when nothing else does: the words
// the language puts around people (verbs of saying and doing that take a human subject, relations
// and fates "of" a person, a person's possessions, an age or a "who" clause, an apposition headed by
// a noun for a person). Read only for runs whose words no lexicon knows as common words, so that a
// given name outside compromise's lexicon ("Tendai", "Daniyar", "Wanjiru") is found from its context.
import nlp from 'compromise/two';
import defenceCompanies from '../../prisma/reference/defence-companies.json';

const { conjugate } = (nlp.methods() as unknown as { two: { transform: { verb: { conjugate: (verb: string, model: unknown) => Record<string, string> } } } }).two.transform.verb;

/** Every written form of a verb: "say" → say, says, said, saying (compromise conjugates them). */
function inflections(infinitives: string[]): string[] {
  const forms = new Set<string>();
  for (const infinitive of infinitives) {
    forms.add(infinitive);
    for (const form of Object.values(conjugate(infinitive, nlp.model()))) if (/^[a-z-]+$/.test(form)) forms.add(form);
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

/**
 * Verbs whose subject is a person: saying and arguing, meeting and travelling, deciding and
 * conceding, living and dying (not flying, nor claiming an attack). Organizations and places do some
 * of these too ("Hamas said"), which is why they are read only after a run shaped like a personal name.
 */
const HUMAN_VERBS = inflections([
  'say', 'tell', 'add', 'describe', 'denounce', 'condemn', 'criticize', 'criticise', 'reject', 'dismiss', 'argue',
  'confirm', 'acknowledge', 'admit', 'deny', 'demand', 'urge', 'appeal', 'insist', 'promise', 'pledge', 'vow', 'warn',
  'accuse', 'blame', 'praise', 'thank', 'welcome', 'congratulate', 'meet', 'visit', 'travel', 'arrive', 'return',
  'speak', 'write', 'tweet', 'post', 'announce', 'declare', 'concede', 'resign', 'refuse', 'decide', 'hope', 'believe',
  'flee', 'die', 'campaign', 'telephone', 'phone', 'discuss', 'reiterate', 'assert', 'reply', 'respond', 'answer',
  'express', 'stress', 'emphasize', 'emphasise', 'note', 'recall', 'explain', 'suggest', 'predict', 'question', 'ask',
  'survive', 'testify', 'plead', 'apologize', 'apologise', 'step', 'succeed', 'inherit', 'marry', 'address',
  'lead', 'head', 'chair', 'attend', 'join', 'sign', 'vote', 'oppose', 'endorse', 'boycott', 'concede', 'lose', 'win', 'sit', 'found', 'fund',
  'inspect', 'tour', 'lament', 'mourn', 'recount', 'complain', 'shout', 'pray', 'weep', 'interrupt', 'serve',
]);
/** Phrases a person does that are no single verb ("held talks", "claimed victory", "took office"). */
const HUMAN_PHRASES = [
  '(?:hold|holds|held|holding) (?:talks|a meeting|a call|a phone call|a press conference|a news conference)',
  'claim(?:s|ed)? (?:victory|the presidency|to have won)',
  '(?:take|takes|took|taken) office',
  '(?:was|were) born',
  '(?:take|takes|took|taken|taking) the oath',
  // "declared himself the winner", "presented herself as …": a reflexive pronoun after the verb is a person's.
  '[a-z]+ (?:himself|herself)',
  '(?:face|faces|faced|facing) (?:charges|trial|prosecution|prison|jail|life in prison|death|execution|arrest|extradition|impeachment)',
  // "secured 52 percent of the vote": a candidate's share (a party's name has words the lexicon knows).
  '(?:won|wins|secured|secures|received|receives|got|took|takes|garnered|obtained|polled) (?:about |around |nearly |almost |over |more than |just over |just under )?\\d[\\d.,]* ?(?:percent|per cent|%)',
];
/** What is done only to people, as a participle. */
const PERSON_FATES =
  'arrested|detained|impeached|extradited|sentenced|jailed|imprisoned|convicted|acquitted|indicted|charged|killed|assassinated|executed|kidnapped|abducted|released|freed|pardoned|elected|re-elected|sworn in|appointed|nominated|inaugurated|ousted|deposed|exiled|deported|tortured|wounded|injured|hospitali[sz]ed|buried|born|married|questioned|interrogated|poisoned|shot|stabbed|hanged';
/** "Blessing Chebundo was arrested", "Park Geun-hye was impeached": what is done only to people, in the passive. */
export const PERSON_PASSIVE_AFTER = new RegExp(`^\\s+(?:(?:,\\s*)?and\\s+(?:\\p{Ll}+\\s+)?others\\s+)?(?:was|were|has been|had been|have been|is|will be|would be|(?:is|are|was|were) (?:expected|set|due|scheduled|likely|about) to be)\\s+(?:\\p{Ll}+ly\\s+)?(?:${PERSON_FATES})\\b`, 'u');
/** "Ales Bialik Sentenced to Ten Years", "Mzia Kobalia Detained in Batumi": a headline's passive, its copula left out, in Title Case. */
const TITLE_CASE_FATES = PERSON_FATES.split('|').map((fate) => `${fate[0].toUpperCase()}${fate.slice(1)}`);
export const HEADLINE_PASSIVE_AFTER = new RegExp(`^\\s+(?:${TITLE_CASE_FATES.join('|')})\\b`, 'u');
const FATE_PARTICIPLE = new RegExp(`^(?:${TITLE_CASE_FATES.join('|')})$`, 'u');
/** "Detained", "Sentenced": a participle of what is done to people, capitalized in a headline, is never a word of a name. */
export const isFateParticiple = (word: string) => FATE_PARTICIPLE.test(word);
/** A run after a preposition is no subject ("Residents of Deir al-Balah fled"): the verb after it is someone else's. */
export const PREPOSITION_BEFORE = /\b(?:of|in|from|at|to|near|on|into|across|around|outside|inside|for|with|by|over|under)\s+$/i;
/** "Tendai Mukwevho said", "Wanjiru Kamau-Otieno has described …", "Daniyar Sadykov, 41, told …". */
export const HUMAN_VERB_AFTER = new RegExp(
  `^\\s*(?:,\\s*\\d{1,3},\\s*)?(?:(?:has|had|have|also|then|later|again|once|reportedly|previously|recently|himself|herself|was|were|is|will|would|could|can|may|might|must|should|did|does|not|never|is (?:set|expected|due|scheduled) to|(?:plans|wants|hopes|intends|refused|agreed|tried) to)\\s+)*(?:${[...HUMAN_PHRASES, ...HUMAN_VERBS].join('|')})\\b`,
);

/**
 * Before a run: a phrase that takes a person as its complement — a source ("according to"), a party to
 * talks ("talks with", "spoke with", "the rivalry between … and"), the agent of a passive ("was
 * drafted by", "attended by"), the object of a verb done to people ("urged", "nominated", "chose"), an
 * example ("such as"). Organizations and places take most of these too, which is why they
 * are read only before a run shaped like a personal name (every word unknown to the lexicon).
 */
export const PERSON_COMPLEMENT_BEFORE =
  /(?:\baccording to|\b(?:talks|meetings?|interviews?|conversations?|call|discussions?|negotiations|dialogue|consultations|rivalry|feud|race|runoff|contest|showdown|tensions|alliance|split)\s+(?:with|between)|\bbetween|\bboth|\b(?:spoke|speaks|talked|talks|met|negotiated|sided|clashed|argued|disagreed|conferred|dined|consulted|campaigned|allied|split|broke|teamed up|sat down|travell?ed|travels|travell?ing|flew|posed|shook hands)(?:\s+by\s+(?:phone|telephone|video link))?\s+with|\b\p{Ll}{3,}(?:ed|en)\s+by|\b(?:ordered|urged|asked|told|invited|nominated|chose|elected|appointed|interviewed|endorsed|quoted|cited|summoned|sacked|fired|dismissed|questioned|replaced|succeeded|challenged|beat|unseated|criticized|criticised|accused|blamed)|\b(?:case|charges|allegations|accusations|lawsuit|protests?|campaign|warrant|verdict) against|\bsuch as|\b(?:letter|message|call|phone call|e-?mail|note|statement|remarks|speech|address|interview|testimony|tweet|post|video|visit|invitation|appeal|plea|request|warning|decree) (?:from|by)|\b(?:release|free|freeing|praised|honou?red|mourned|remembered|brought together|congratulates?|commends?|commended|thanks|installed|impeach(?:ed|es)?|remove[sd]?)|\b(?:heard from|on behalf of|(?:paid |pays |pay )?tributes? to|condolences to)|\b(?:identified|named|described)(?:\s+(?:him|her|them|the\s+\p{Ll}+))?\s+as|\b(?:letter|message|note|appeal|invitation|open letter) to|\b(?:named after|in (?:honou?r|memory) of)|\b(?:percent|per cent|%|votes?|ballots?) for|\b(?:plane|aircraft|jet|helicopter|motorcade|convoy|car|vehicle|boat)\s+carrying|\b[Tt]he\s+late)\s+$/iu;
/**
 * "QUESTION: Hi, this is Nike Chingwe from …", "my name is …", "By Kafui Nyamekye", "(Photo by …)": a
 * speaker introducing themselves in a transcript, and a byline or credit.
 */
/**
 * "QUESTION: Humeyra Okan with Anadolu.", "QUESTION: Hi. Tolga Aydin, Reuters.": a reporter opening their question
 * in a briefing's transcript with their name and their outlet.
 */
const QUESTION_TURN_BEFORE = /(?:^|\s)(?:QUESTION|Q)\s*:\s*(?:(?:Hi|Hello|Yes|Thank you|Thanks)\b[^.?!]{0,20}[.,!]\s*)?$/;
const OUTLET_AFTER = /^(?:\s+(?:with|from)\s+(?:the\s+)?|,\s+)\p{Lu}/u;
export function reporterIntroduced(before: string, after: string): boolean {
  return QUESTION_TURN_BEFORE.test(before) && OUTLET_AFTER.test(after);
}
export const INTRODUCED_BEFORE = /(?:\b(?:[Tt]his is|[Mm]y name is|I['’]m|I am)|(?:^|\()\s*(?:(?:Photo|Photos|Video|Story|Reporting|Text|Words|Edited|Written|Compiled|Translated)\s+)?[Bb]y)\s+$/;
/**
 * ‘"We will not back down," said Ahmadou Diallo.’, ‘…, wrote Kwame Mensah on social media’: a verb of
 * saying after a quotation or a clause, its subject set after it, as wire copy and readouts write.
 */
export const SPEECH_BEFORE = /(?:[,"”’:]|—|--)\s*(?:said|says|added|adds|wrote|writes|asked|asks|explained|explains|noted|notes|recalled|recalls|argued|argues|insisted|insists|warned|warns|continued|continues|replied|replies|stressed|stresses|concluded|concludes|according to)\s+$/;
/**
 * "the extreme-right group Pravy Sektor, who …", "the newspaper Rossiyskaya Gazeta said": a common noun
 * right before a run says what kind of thing it names, and no context around it makes it someone.
 */
export const KIND_NOUN_BEFORE =
  /\b(?:group|groups|organi[sz]ation|movement|party|faction|militia|network|outfit|coalition|alliance|bloc|company|firm|conglomerate|maker|manufacturer|newspaper|daily|agency|broadcaster|channel|magazine|website|outlet|brand|ship|vessel|tanker|exercise|operation|drill|region|province|district|village|town|city|camp|base|port|airport|festival|summit)\s+$/i;
/** ", who chairs the committee,": a relative clause of a person after the run. */
export const WHO_AFTER = /^,?\s+who(?:se)?\s/;

/** Nouns of a person's relations and fate that take "of" before the person ("supporters of …", "the resignation of …"). */
const RELATIONS =
  'supporters?|followers?|loyalists?|allies|ally|rivals?|critics?|opponents?|family|relatives?|wife|husband|widow|son|daughter|brother|sister|mother|father|lawyers?|attorneys?|spokes(?:man|woman|person)|aides?|bodyguards?|deputy|successor|predecessor|' +
  'resignation|ouster|removal|impeachment|re-?election|election|victory|inauguration|swearing-in|candidacy|nomination|appointment|dismissal|' +
  'overthrow|return|exile|imprisonment|conviction|sentencing|acquittal|pardon|jailing|abduction|kidnapping|disappearance|poisoning|health|legacy|memory|burial|body|' +
  'release|arrest|detention|killing|assassination|death|execution|extradition|trial|funeral|murder|' +
  'cases?|fate|whereabouts|grave|tomb|statues?|busts?|portraits?|photographs?|pictures?|posters?|safety|plight|persecution|harassment|prosecution|sentencing|home|house|residence|visit|remarks|words|passing|condition';
/**
 * Before a run: a relation or fate "of" it, an allegiance ("loyal to", "in support of"), or the
 * agent of a passive verb of succession, contest and leadership ("replaced by", "defeated by").
 */
export const PERSON_RELATION_BEFORE = new RegExp(
  `\\b(?:(?:${RELATIONS})\\s+of|(?:ruling|verdict|judgment|sanctions) against|loyal to|close to|allied (?:with|to)|in (?:support|favou?r) of|rall(?:y|ied|ies) (?:for|behind)|voted? for|(?:replaced|succeeded|defeated|beaten|ousted|overthrown|elected|nominated|appointed|named|founded|interviewed|challenged|opposed|endorsed|backed|pardoned|praised|criticized|criticised|accused|sued|won) by)\\s+$`,
  'i',
);

/** After a run: something of a person's own ("Olusegun Badmus's party", "Lindiwe Mokoena's death"). */
export const PERSON_POSSESSION_AFTER = new RegExp(
  `^['’]s?\\s+(?:(?:former|late|longtime|estranged|eldest|youngest|new|first|second|ruling|own)\\s+|\\p{Ll}+ly\\s+)?(?:(?:wrongful|unjust|arbitrary|continued|ongoing|illegal|unlawful|immediate|sudden|untimely|tragic|recent|planned)\\s+)?(?:party|government|administration|cabinet|presidency|premiership|rule|regime|term|mandate|coalition|campaign|candidacy|election|victory|win|defeat|supporters|followers|loyalists|allies|rivals|critics|opponents|family|wife|husband|widow|son|daughter|brother|sister|mother|father|lawyers?|spokes(?:man|woman|person)|aides?|office|residence|home|death|funeral|arrest|release|detention|imprisonment|trial|conviction|sentencing|killing|murder|assassination|disappearance|resignation|ouster|remarks|comments|speech|statement|decision|visit|trip|health|life|body)\\b`,
  'u',
);

/**
 * After a run: what is said of a person with a copula ("is a former minister", "became the first woman to …",
 * "was among those killed", "remains in custody"), and a photograph's caption ("(left)").
 */
const AMONG_AFTER = /^\s+(?:was|were|is|are)\s+among\s+(?:those|the)\s/;
const HELD_AFTER = /^\s+(?:remains?|remained|is|was|are|were)\s+(?:still\s+)?(?:in|under)\s+(?:custody|detention|prison|jail|hiding|exile|house arrest|a coma)\b/;
/** "has been missing since 2012", "remains imprisoned", "is on hunger strike": a captive's or a missing person's state. */
const CAPTIVE_AFTER =
  /^\s+(?:remains?|remained|(?:is|was|are|were|has been|had been|have been))\s+(?:still\s+)?(?:missing|imprisoned|jailed|detained|incarcerated|behind bars|on (?:a\s+)?hunger strike|unaccounted for|held (?:hostage|captive|incommunicado|without charge))\b/;
/** "… and her husband were detained": a person named with their kin. */
const WITH_KIN_AFTER = /^\s+and\s+(?:his|her|their)\s+(?:wife|husband|widow|sons?|daughters?|children|family|brothers?|sisters?|mother|father|parents|lawyers?|partner|fianc[ée]e?)\b/;
const CAPTION_AFTER = /^\s*\((?:left|right|centre|center|L|R|C|second from (?:left|right)|front|back|pictured|pictured (?:left|right|above|below)|above|below|file photo)\)/;
const COPULA_AFTER = /^\s+(?:is|was|has been|had been|became|becomes|remains|remained)(?=\s+(?:the|a|an)\s)/;
export function personPredicateAfter(after: string): boolean {
  if (AMONG_AFTER.test(after) || HELD_AFTER.test(after) || CAPTIVE_AFTER.test(after) || WITH_KIN_AFTER.test(after) || CAPTION_AFTER.test(after)) return true;
  const copula = COPULA_AFTER.exec(after);
  return copula !== null && personAppositionAfter(`,${after.slice(copula[0].length)}`);
}

/** ", 54,": an age set off by commas after the run. (", who" follows places and groups as well, and is left to the surname rules.) */
export const AGE_AFTER = /^,\s+\d{1,3},/;

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
/**
 * Nouns for people compromise's lexicon does not tag as actors. The later groups, by meaning, are the nouns a report
 * sets after a quoted or named bystander (", a Soweto resident,", ", a nurse at the hospital,", ", a senior aide,"),
 * chosen from the language's words for where one lives, one's kin, trade and public part, not from any document. Words
 * that are as often adjectives ("local", "general", "relative", "official") stay out: they stand before other nouns.
 */
const MORE_PERSON_NOUNS = new Set([
  ...'rector spokesman spokeswoman spokesperson correspondent commentator strategist adviser candidate imam protester demonstrator victim student head chief deputy lawmaker legislator envoy ambassador negotiator opposition figure veteran detainee prisoner hostage suspect defendant survivor defender laureate national incumbent challenger frontrunner front-runner runner-up nominee contender delegate'.split(' '),
  // where one lives or goes
  ...'resident villager townsman voter pensioner retiree commuter passenger shopper traveller migrant evacuee settler homeowner neighbour neighbor'.split(' '),
  // kin and mourners
  ...'widow widower cousin fiancee fiancée mourner housewife homemaker'.split(' '),
  // trades
  ...'nurse midwife paramedic medic engineer mechanic electrician miner fisherman labourer laborer vendor hawker shopkeeper porter tailor baker lecturer'.split(' '),
  // public parts
  ...'aide judge prosecutor magistrate senator governor councillor councilor parliamentarian unionist campaigner organiser eyewitness volunteer rescuer inmate convict fugitive plaintiff petitioner novelist chieftain elder footballer cricketer'.split(' '),
]);
/** Words for people together that compromise does not tag as actors ("the delegation included …", "signatories such as …"). */
const PERSON_GROUP_NOUNS = new Set(
  'delegation delegations signatories signatory members member figures figure dissidents dissident defenders participants speakers guests attendees panelists defendants founders rebels generals officials experts rivals opponents critics politicians people men women children victims detainees prisoners hostages candidates lawmakers legislators senators governors ministers leaders activists journalists'.split(' '),
);
/**
 * "Political prisoners, including …", "The delegation comprised …", "Those detained were …": a list of
 * people opened by a noun for people (or "those" and a participle) and a verb or phrase of inclusion.
 */
const GROUP_INCLUSION_BEFORE = /\b(?:those\s+\p{Ll}+(?:ed|en)\s+(?:were|are|included|include)|(\p{Ll}+)\s*,?\s+(?:including|included|includes|include|comprised|comprising|comprises|such as|among them))\s*:?\s+$/u;
/** "Present were …", "Attending the ceremony were …", "Among them were …": who was there, the verb before its subjects. */
const PRESENT_BEFORE = /(?:^|\b)(?:[Pp]resent|[Aa]ttending(?:\s+\p{Ll}+){0,3}|in attendance|[Jj]oining (?:him|her|them)|[Aa]mong (?:them|those \p{Ll}+))\s+(?:were|was|are|is)\s*:?\s+$/u;
/** A noun for a person or people, in the singular or the plural ("journalists", "opposition leaders", "hostages"). */
export function personNounOrPlural(noun: string): boolean {
  return PERSON_GROUP_NOUNS.has(noun) || isPersonNoun(noun) || (/s$/.test(noun) && (isPersonNoun(noun.slice(0, -1)) || (/es$/.test(noun) && isPersonNoun(noun.slice(0, -2)))));
}
export function personGroupBefore(before: string): boolean {
  if (PRESENT_BEFORE.test(before)) return true;
  const match = GROUP_INCLUSION_BEFORE.exec(before);
  if (!match) return false;
  return !match[1] || personNounOrPlural(match[1]);
}
/**
 * "the Briton …", "Frenchman …", "Spaniard …": nouns for a person of a nation, always capitalized, that no
 * country's adjective spells. They are no word of the name after them, and say it is someone's.
 */
export const NATIONALITY_NOUNS = new Set(
  'Briton Britons Englishman Englishwoman Scotsman Scotswoman Welshman Welshwoman Irishman Irishwoman Frenchman Frenchwoman Dutchman Dutchwoman Spaniard Spaniards Swede Swedes Filipina'.split(' '),
);
/**
 * "journalist …", "activists … and …", "Candidates … and … filed", "the Briton …": a noun for people right
 * before the run (capitalized only when it opens the sentence or names a nation's person) says whom it names.
 */
export function personNounBefore(before: string): boolean {
  const match = /(?:^|\s)(\p{Ll}[\p{Ll}-]+|^\s*\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+)\s+$/u.exec(before);
  if (!match) return false;
  const noun = match[1].trim();
  return NATIONALITY_NOUNS.has(noun) || ((/^\p{Ll}/u.test(noun) || /^\s*$/.test(before.slice(0, match.index))) && personNounOrPlural(noun.toLowerCase()));
}

/**
 * "the country's new foreign minister (Nomvula Dlamini) arrived", "given by the head of the delegation – Oyelaran
 * Bakare.": a noun for a person, then the name set off in brackets or after a dash, as an apposition naming them.
 * The noun is the last word before the mark or the head of its "of" phrase ("the head of the delegation").
 */
const NOUN_BEFORE_BRACKET = /(\p{Ll}[\p{Ll}-]+)\s*\(\s*$/u;
const NOUN_BEFORE_DASH = /\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s+(?:[\p{L}'’-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]+)(?:\s+(?:of|for|at|in|from)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}?)?\s*[—–]\s*$/u;
export function personSetOffAfterNoun(before: string, after: string): boolean {
  const bracket = NOUN_BEFORE_BRACKET.exec(before);
  if (bracket) return /^\s*\)/.test(after) && personNounOrPlural(bracket[1]);
  const dash = NOUN_BEFORE_DASH.exec(before);
  if (!dash || !/^\s*(?:[.,;)—–]|$)/.test(after)) return false;
  const last = /(\p{Ll}[\p{Ll}-]+)\s*[—–]\s*$/u.exec(before)?.[1] ?? '';
  return personNounOrPlural(dash[1]) || personNounOrPlural(last);
}

/** A noun for a person: compromise's actors ("journalist", "farmer", "bishop") and a few it does not tag. */
export function isPersonNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (MORE_PERSON_NOUNS.has(lower)) return true;
  const tags = LEXICON[lower];
  return (Array.isArray(tags) ? tags : tags ? [tags] : []).includes('Actor');
}

/**
 * ", the rector of the university,", ", a former finance minister,", ", a Chinese national,": an apposition whose head noun
 * (the last word before "of", a preposition, a comma or the end) is a noun for a person. "Wad
 * Madani, the capital of …" has a head that names a place, and is no person.
 */
const APPOSITION_HEAD = /^,\s+(?:the|a|an|his|her|their|both|all|each|two|three|four)\s+((?:[\p{L}'’.-]+\s+){0,3}?)([\p{Ll}-]+)(?=\s+(?:of|for|at|in|to|from|on|with|who|and)\b|\s*[,;.)]|$)/u;
/** Roles a company or a state plays as well as a person ("Krauss-Maffei Wegmann, the maker of …"). */
const TRADE_ROLES = new Set('maker manufacturer builder supplier producer contractor operator developer owner exporter importer provider seller buyer sponsor host backer partner customer client'.split(' '));
export function personAppositionAfter(after: string): boolean {
  const match = APPOSITION_HEAD.exec(after);
  return match !== null && !TRADE_ROLES.has(match[2]) && personNounOrPlural(match[2]);
}

/**
 * ", eminent industrialist and former chairman of …", ", veteran farmer, said": an apposition without an article, as
 * Indian and wire copy write it, whose head (the last lower-case word before "and", "of", a comma …) is a noun for one
 * person: a noun the lexicon gives as a person's, or one in "-ist" ("industrialist", "novelist"). Plurals stay out (",
 * analysts said" reports others' words, and names no one before it).
 */
const BARE_APPOSITION_HEAD = /^,\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}?)(\p{Ll}[\p{Ll}-]+)(?=\s+(?:and|of|for|at|who|with|from)\b|\s*[,;)]|\s*\.(?:\s|$))/u;
const AGENT_IN_IST = /^\p{Ll}{5,}ist$/u;
export function personAppositionWithoutArticle(after: string): boolean {
  const match = BARE_APPOSITION_HEAD.exec(after);
  if (!match) return false;
  const head = match[2];
  const plural = head.endsWith('s') && isPersonNoun(head.slice(0, -1));
  return !TRADE_ROLES.has(head) && !plural && (isPersonNoun(head) || AGENT_IN_IST.test(head));
}

const GIVEN_NAMES_TOO = new Set('Akash Tejas Bharat Caesar Barak Arrow Spike Hawk Iron General Black Bell Garden Huntington Mistral Boxer Puma Patriot'.split(' '));
const isLexiconName = (word: string) => {
  const tags = LEXICON[word.toLowerCase()];
  return (Array.isArray(tags) ? tags : tags ? [tags] : []).some((tag) => /Name$|^Person$/.test(tag));
};

/**
 * First words of defence makers' and weapons' names (prisma/reference/defence-companies.json), and
 * words armed groups' names are made of: "Kongsberg Gruppen said", "Bayraktar Akinci", "Jaish
 * al-Adl claimed", "Ansar Allah denounced" are no one, whatever the verb after them.
 */
const NOT_PERSON_OPENERS = new Set([
  ...[...Object.values(defenceCompanies.companies as Record<string, string[]>), ...Object.values(defenceCompanies.platforms as Record<string, string[]>)]
    .flat()
    .map((name) => name.split(' ')[0])
    // Words that open personal names as well ("Akash", "Caesar", "General …" is a title) stay out.
    .filter((word) => word.length > 2 && !GIVEN_NAMES_TOO.has(word) && !isLexiconName(word)),
  ...'Ansar Jaish Jabhat Harakat Hizb Hezb Kataib Kata’ib Liwa Saraya Asaib Tahrir Tehreek Lashkar Jamaat Jama’at Majlis Fatah Hamas Amal Hashd Tanzim Daesh Ahrar'.split(' '),
  // Arabic words for a palace, spring, gate, mountain, valley, hill, cape, well, house, monastery or village opening a place's name ("Qasr al-Watan", "Ain al-Asad").
  ...'Qasr Ain Bab Jabal Jebel Wadi Tel Tell Ras Bir Beit Deir Dayr Kafr Jisr'.split(' '),
]);
const NOT_PERSON_WORDS = new Set([
  ...'al-Sham Tahrir Allah Hawks Brigades Brigade Battalion Battalions Tigers Lions Martyrs Mujahideen Gruppen Werft Konzern Holding AG GmbH PLC SA Tanks Missiles Drones'.split(' '),
  // Regions of other languages' states ("Zaporizhzhia Oblast", "Krasnodar Krai"), the words of firms and newspapers in them ("Gazprom Neft", "Rossiyskaya Gazeta").
  ...'Oblast Oblasts Oblys Krai Kray Raion Rayon Okrug Governorate Wilaya Vilayet Pradesh Neft Gaz Gazeta Ilbo Zeitung Allgemeine Shinbun'.split(' '),
  // English nouns of an area, a route or a system that end a place's or a scheme's name, never a person's ("Kurdistan Region",
  // "the Lachin Corridor", "Marxist Regime", "the Framework Nation Concept").
  ...'Region Regions Corridor Regime Concept Peninsula Plateau Strait Straits Canal Basin Highway Expressway'.split(' '),
  // English newspapers' nouns that are no family names ("Dhaka Tribune reported", "Sri Lanka Guardian", "the Deccan Herald").
  ...'Tribune Gazette Herald Chronicle Telegraph Inquirer Guardian'.split(' '),
]);
/** Firms' names made with a trade's word ("Sberbank", "Gazprom", "Rosneft", "Rostec", "Aeroflot"): no one's name ends so. */
const FIRM_WORD = /^\p{Lu}\p{L}+(?:bank|prom|neft|gaz|tech|corp|energo|stroy|flot)$/u;
/** Weapons' full names ("Iron Dome", "Black Hawk", "Wing Loong"): no one's, even where their first word opens personal names too. */
const PLATFORM_NAMES = new Set(Object.values(defenceCompanies.platforms as Record<string, string[]>).flat());
/** A run that opens like a maker's, a weapon's or an armed group's name, or has one of their words, or a firm's, or is a weapon's name. */
export function namesNoPerson(words: string[]): boolean {
  return NOT_PERSON_OPENERS.has(words[0]) || PLATFORM_NAMES.has(words.join(' ')) || words.some((word) => NOT_PERSON_WORDS.has(word.replace(/['’]s$/, '')) || FIRM_WORD.test(word.replace(/['’]s$/, '')));
}
