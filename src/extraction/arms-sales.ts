// Arms sales in wire-report phrasing: a sale word with weapons or a dollar value, the supplier and
// recipient from how the sentence places them ("X will deliver … to Y", "sale to Y of …", "Y signed
// a contract to buy … from X", "from an Israeli manufacturer"), the exact value ("some $3.64 billion
// dollars", "worth $850 million"), the items, the status and the countries objecting.
import nlp from 'compromise/two';
import { slugOf } from '../domain/natural-keys';
import type { ArmsSaleStatus, DatePrecision } from '../generated/prisma/enums';
import type { CountryMention } from './countries';
import { countryName, placeNamed } from './countries';
import { datesIn, headlineNewsDay, isoDay } from './dates';
import { leadSentences, matchesInDocument, type ArticleDocument, type Sentence } from './document';
import type { FoundPerson } from './people';
import { convertedBy, moneyIn, roughlyConverted, type Money } from './money';
import { escapeRegExp, oncePerText } from './regexp';
import stateOrganizations from '../../prisma/reference/state-organizations.json';
import defenceCompanies from '../../prisma/reference/defence-companies.json';
import type { ExtractedArmsSale, ExtractedEvent, ExtractedFact } from './types';

/** The verbs of a deal: the patterns below take their alternations from here, so a verb added to a group is read by every rule that names the group. */
const DEAL_VERBS = ['buy', 'purchase', 'acquire', 'procure', 'order', 'sell', 'supply', 'deliver', 'provide', 'export', 'sign', 'ink'] as const;
type DealVerb = (typeof DEAL_VERBS)[number];
/** Each deal verb's forms (base, third person, past, -ing), from compromise's conjugation ("buy" → buys, bought, buying). */
const VERB_FORMS = ((): Record<DealVerb, string[]> => {
  const world = nlp.world() as unknown as { model: unknown; methods: { two: { transform: { verb: { conjugate: (verb: string, model: unknown) => Record<string, string> } } } } };
  const { conjugate } = world.methods.two.transform.verb;
  return Object.fromEntries(
    DEAL_VERBS.map((verb) => {
      const forms = conjugate(verb, world.model);
      return [verb, [verb, forms.PresentTense, forms.PastTense, forms.Gerund]];
    }),
  ) as Record<DealVerb, string[]>;
})();
type VerbForm = 'base' | 'third' | 'past' | 'ing';
const VERB_FORM_ORDER: VerbForm[] = ['base', 'third', 'past', 'ing'];
/** The buyer's verbs ("Poland will buy", "the purchase"). */
const BUYING: DealVerb[] = ['buy', 'purchase', 'acquire', 'procure'];
/** The seller's verbs ("the UK will supply", "agreed to sell"). */
const SELLING: DealVerb[] = ['sell', 'supply', 'deliver', 'provide', 'export'];
/** One alternation (no group) of the forms asked of the verbs: `verbForms(BUYING, 'base')` is "buy|purchase|acquire|procure"; no form named, all four. */
function verbForms(verbs: readonly DealVerb[], ...forms: VerbForm[]): string {
  const wanted = forms.length ? forms : VERB_FORM_ORDER;
  return verbs.flatMap((verb) => wanted.map((form) => VERB_FORMS[verb][VERB_FORM_ORDER.indexOf(form)])).join('|');
}
/** The verbs of trade that make a sentence a sale's candidate: buying, ordering, selling, supplying, delivering, exporting. */
const TRADING: DealVerb[] = [...BUYING, 'order', 'sell', 'supply', 'deliver', 'export'];
/** The verbs' infinitives: "to buy|to purchase|…". */
const infinitives = (verbs: readonly DealVerb[]): string => verbs.map((verb) => `to ${VERB_FORMS[verb][0]}`).join('|');
/** The buyer's verbs, base form: "buy|purchase|acquire|procure". */
const BUY = verbForms(BUYING, 'base');
/** The seller's verbs and a maker's, base form: "sell|supply|deliver|provide|export|build". */
const SELL_OR_BUILD = `${verbForms(SELLING, 'base')}|build`;
/** A buyer's verbs of taking the goods: "buy|…|receive|get|obtain|take delivery". */
const TAKE = `${BUY}|receive|get|obtain|take delivery`;
/** The auxiliaries of a deal still to come, firm or hedged, as news reports write them ("will sell", "could sell", "may buy", "is to receive"). */
const TO_COME = 'will|would|could|may|might|shall|should|can|is to|are to|(?:is|are) (?:set|expected|due|poised|likely|about) to';
/** A dateline's agency and dash right after a date ("SEOUL, Dec. 30 (Yonhap) --"): the day of the report, like a told one. */
const DATELINE_AFTER = /^\s*(?:\([^)\n]{1,30}\)\s*)?(?:--|—|–)/;
/** A verb of saying right before a date: that date is the day something was told ("the company said on Tuesday"). */
const TOLD_ON_BEFORE = /\b(?:said|says|told\s+(?:\p{L}+\s+){0,2}?|stated|added|reported)\s+(?:on\s+|late\s+|early\s+)?$/u;
/**
 * A deadline's word right before a date ("to deliver the howitzers by September 2030", "by the end of 2024", whose date may be
 * read from "of 2024"): a time due, no day of a deal.
 */
const DEADLINE_BEFORE = /\b(?:by|until|from|before|through)\s+(?:the\s+(?:end|middle|start)\s+(?:of\s+)?)?$/i;
/**
 * Where a sentence turns from the deal it tells to an earlier one ("… in a follow-up order to the contract signed in 2017", "… and
 * follows on from a £1.9bn deal agreed in April"): a date after it is that deal's, not the one told first.
 */
const EARLIER_DEAL_TURN = /\b(?:follow-up\s+(?:order|contract|deal|purchase)\s+to|follows?(?:\s+on)?(?:\s+from)?|following|comes\s+after|came\s+after)\s+(?:an?|the|its|their)\s+(?:[\w$£€₩¥₹.,-]+\s+){0,4}?(?:agreements?|deals?|contracts?|orders?|purchases?|sales?)\b/i;
/** Reported speech between a party and its verb: "Taiwan said it would buy", "Spain announced on Monday that it will supply". */
const SAID_IT = String.raw`(?:(?:said|says|announced|confirmed)\s+(?:on\s+\p{L}+\s+)?(?:that\s+)?(?:it|they)\s+)?`;
/**
 * Adverbs of time or addition and a time told as a phrase, which English puts between a party and its verb ("Indonesia in
 * February also bought 42 Rafale jets", "Poland has already ordered", "The UK has also secured", "Germany in 2021 delivered").
 */
const ADVERBS_BEFORE_VERB = String.raw`(?:(?:also|recently|already|previously|earlier|later|subsequently|eventually|finally|officially|formally|reportedly|then|now|too)\s+|(?:in |on )?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2})?(?:,? (?:19|20)\d\d)?,?\s+|in (?:19|20)\d\d,?\s+)*`;
/** The buyer's part in a programme notice: "has requested to buy", "has requested a possible sale". */
const REQUESTED_TO_BUY = 'requested (?:to buy|to purchase|a possible (?:sale|purchase))';
/** A party's own purchase after it: "signed", "ordered", "agreed to buy", "will acquire". */
const BUYER_DID = `signed|ordered|bought|purchased|(?:agreed to|will) (?:${BUY})`;

const SALE_WORDS = new RegExp(String.raw`\b(sales?|${verbForms(TRADING)}|deals?|contracts?|package|procurement|inked|spen(?:d|ds|t)|deliver(?:y|ies)|handover|offer(?:s|ed|ing)?|acquisition|import(?:ed|ing)?|paid|pays?|received|receives?|gets?|took delivery|agreements?|Letters?(?:\(s\))? of (?:Offer|Intent|Acceptance)|LOAs?|signed for|(?:selected|chosen|chose|picked)\b(?:[^.;]|\.(?=\d)){0,60}\bto (?:build|supply|deliver|provide)|(?:will|would|to|is to|are to) build(?=(?:[^.;]|\.(?=\d)){0,80}\bfor (?:the )?[A-Z]))\b`, 'i');
/**
 * The US government-to-government programme: its own names say the seller is the United States
 * ("a possible Foreign Military Sale to …", "Letter(s) of Offer and Acceptance to the Government of …",
 * notices under the Arms Export Control Act, FMS cases, and the licensed exports it calls Direct Commercial Sales).
 */
const US_PROGRAMME = /\b(Foreign Military Sales?|Direct Commercial Sales?|Letters?(?:\(s\))? of Offer|Arms Export Control Act|AECA|FMS|Defense Security Cooperation Agency|DSCA|Transmittal No|Prospective Purchaser|Major Defense Equipment)\b/;
/** "X has requested to buy", "have requested a possible sale": a buyer's request in a programme notice. */
const PROGRAMME_REQUESTED = new RegExp(String.raw`\bha(?:s|ve) ${REQUESTED_TO_BUY}\b`, 'i');
/** A DSCA release's own formula without the programme's name: "The Government of X has requested to buy … The estimated total cost is $N". */
const PROGRAMME_REQUEST = new RegExp(
  String.raw`\bhas ${REQUESTED_TO_BUY}\b[\s\S]{0,2000}?\bestimated (?:total )?(?:program |case )?(?:cost|value)\b|\bestimated (?:total )?(?:program |case )?(?:cost|value)\b[\s\S]{0,200}?\bhas ${REQUESTED_TO_BUY}\b`,
  'i',
);
/**
 * A formal notification to Congress (Congressional Record and Federal Register transmittals, DSCA's
 * "delivered the required certification notifying Congress"): every programme sale it reports is NOTIFIED.
 */
const CONGRESS_NOTIFICATION = /\b(Transmittal No|Section 36\(b\)|36\(b\)\(1\)|forwarding herewith|Notice of Proposed Issuance|certification notifying Congress|notified Congress|notification to Congress|Congressional notification)\b/i;
/** Defence manufacturers by their home country (prisma/reference/defence-companies.json), longest first. */
const COMPANY_NAMES = Object.entries(defenceCompanies.companies as Record<string, string[]>)
  .flatMap(([code, names]) => names.map((name) => [name, code] as const))
  .sort((a, b) => b[0].length - a[0].length);
const COMPANIES: [RegExp, string][] = COMPANY_NAMES.map(([name, code]) => [new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u'), code]);
/** Whether any of COMPANIES is written: one pass over a sentence, which most sale sentences fail, before a pass per maker. */
const ANY_COMPANY = new RegExp(`(?<![\\p{L}])(?:${COMPANY_NAMES.map(([name]) => escapeRegExp(name)).join('|')})(?![\\p{L}])`, 'u');
/** The sentence speaks of the deal just named again ("The deal is worth …", "The sale, worth up to …", "The contract is valued at …"). */
// ("Valued at about 9 trillion won, it would become the largest export contract": the value told first, the deal again after it.)
const DEAL_AGAIN = /^\W*(?:(?:The|This|That|It|Its)\b(?:\s+(?:[\w-]+\s+){0,2}?(?:deal|sale|contract|agreement|order|package|purchase)s?\b)?(?:[^.;]|\.(?=\d)){0,40}?\b(?:worth|valued|value|cost|costs|price|priced)\b|(?:Valued|Priced|Worth)\s+(?:at\s+)?(?:[^.;,]|[.,](?=\d)){1,40},\s+(?:it|the\s+(?:[\w-]+\s+){0,2}?(?:deal|sale|contract|agreement|order|package|purchase))\b)/;
/** A deal two states made together, "a deal signed between Britain and Qatar", "an agreement with Qatar". */
const DEAL_BETWEEN = /\b(?:deals?|contracts?|agreements?)\b(?:[^.;]|\.(?=\d)){0,40}?\b(?:between|with)\s+(?:the\s+)?\p{Lu}/u;
/** A sentence about a seller's side of a deal: its exports, its approval, its makers' order. */
const SELLING_BEFORE = /\b(?:export(?:s|ed|ing)?|sell(?:s|ing)?|sold|suppl(?:y|ies|ied|ier|iers)|approv(?:ed|es|al)|cleared|won|wins|makers?|manufacturers?)\b/i;
/** A sentence speaking of a deal already named: "The contract covers …", "the $23 billion sale", "It is worth …". */
const DEAL_REFERRED = /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:[\w$£€₩¥₹₱.,-]+\s+){0,4}?(?:deal|agreement|contract|order|sale|purchase|package)\b|^\W*It\b/;
/** A deal made in so many words: a sale, purchase, order or contract verb (not "received" or "offer" alone). */
const SALE_VERB = new RegExp(
  String.raw`\b(?:${verbForms(['sell', ...BUYING])}|${verbForms(['order', 'sign', 'ink'], 'third', 'past')}|${verbForms(['export', 'supply', 'deliver'], 'base', 'third', 'past')})\b`,
  'i',
);
/** The deal just named, signed: "The order was inked on Tuesday", "The contract was signed on 3 May", "… signed the third-stage deal in Warsaw on Monday". */
const DEAL_SIGNED_AGAIN =
  /^\W*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:deal|sale|contract|agreement|order)s?\s+(?:was|were|had been|has been)\s+(?:signed|inked|sealed|concluded|finali[sz]ed)\b|\b(?:signed|inked|sealed|concluded|finali[sz]ed)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:deal|contract|agreement|order)\b/i;
/** "… Representative Office in the", "Embassy in": a mission's host country follows. */
const MISSION_HOST_BEFORE = /\b(?:Office|Embassy|Mission|Consulate(?:[- ]General)?|Delegation|Liaison Office)\s+in\s+(?:the\s+)?$/;
/** An estimate or total a notice gives the value with ("estimated cost of", "estimated to cost", "TOTAL"). */
// ("Valued at about 9 trillion won, it …": a sentence may open with the cue; "The cost is expected to be between $5 billion and
// $7 billion", "the value was estimated at": an estimate in the passive, a range read as its upper figure.)
const VALUE_CUE = /(?:\bcost(?:s|ing)?|\b[Vv]alued?|\b[Ww]orth|\bTOTAL|\bTotal|\btotal(?:ing|led)?|\bfor)[\s.:]*(?:is|of|at|about|around|roughly|nearly|almost|some|approximately|an estimated|up to|(?:is|was|are|were)\s+(?:expected|estimated|likely|set)\s+(?:to\s+be|at)|between|:|\s)*$/;
/**
 * A cost or value as the subject, its amount after a verb of being, words between them ("The estimated total cost including
 * the related equipment is 2.35 billion dollars", "the value of the contract was tentatively 900 million dollars"); not the
 * price of one ("The price of each jet is $80 million").
 */
const COST_IS_BEFORE = /\b(?:[Cc]ost|[Vv]alue|[Pp]rice)\s+(?:of|for|including)\b(?!\s+(?:each|every|one|a single|a unit|per)\b)[^.;$€£¥]{0,70}?\s(?:is|was|will be|would be|stands at|amounts to)\s+\W*(?:(?:tentatively|estimated at|put at|about|around|roughly|nearly|almost|some|approximately|up to|over|more than)\s+)*$/;
/** The one paying named after "cost" ("The deal will cost Egypt around €1.2 billion"): read past it to the amount. */
const PAYER_AFTER_COST = /\b(cost|costs)\s+(?:\p{Lu}\p{L}+\s+){1,2}(?=(?:about|around|roughly|nearly|almost|some|approximately|an estimated|up to)?\s*$)/u;
/** Organizations that act for one state (prisma/reference/state-organizations.json), longest first. */
const STATE_ORGANIZATIONS: [RegExp, string][] = Object.entries(stateOrganizations.organizations as Record<string, string[]>)
  .flatMap(([code, names]) => names.map((name) => [name, code] as const))
  .sort((a, b) => b[0].length - a[0].length)
  .map(([name, code]) => [new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u'), code]);
export const WEAPONS =
  /\b(arms|weapons?|missiles?|bombs?|tanks?|drones?|jets?|aircraft|fighters?|howitzers?|rockets?|munitions|ammunition|artillery|helicopters?|submarines?|frigates?|corvettes?|destroyers?|warships?|patrol (?:boats?|vessels?)|naval vessels?|armou?red vehicles?|(?:infantry )?(?:fighting|combat) vehicles?|interceptors?|torpedoes|rifles|air[- ]defen[cs]e|(?:missile|air defen[cs]e|Patriot|Iron Dome) batter(?:y|ies)|defen[cs]e systems?|launchers?|radars?|F-\d+[A-Z]?s?|Patriot|HIMARS|NASAMS|Rafales?|Gripens?|Typhoons?|Eurofighters?|S-400|(?:jet )?trainers?|warplanes?|bombers?|gunships?|UAVs?|artillery shells|shells|mortars|grenades|JDAMs?|(?:guidance|bomb|guided bomb) kits|sonobuoys|(?:military|armou?red|tactical) (?:vehicles|trucks)|personnel carriers)\b/i;
/** Buying in so many words: an order placed, a purchase, a contract signed. */
const ORDERED = new RegExp(String.raw`\b(?:${verbForms(['order'], 'base', 'third', 'past')}|${verbForms(BUYING)}|signed)\b`, 'i');
/** A span of years or a rate: what a total of many sales is counted over. */
const AGGREGATE_PERIOD = /\b(?:between \d{4} and \d{4}|from \d{4} (?:to|until) \d{4}|since \d{4}|over the (?:past|last|previous|next) (?:\w+ )?(?:years?|decades?)|in the (?:past|last) (?:\w+ )?(?:years?|decades?)|in total|so far|to date|a year|per year|annually|each year|every year)\b/i;
/** One deal named as such ("a $1.2 billion agreement", "the contract"). */
const ONE_DEAL = /\b(?:a|an|the|one|this)\s+(?:[\w$£€₩¥₹₱.,-]+\s+){0,4}?(?:deal|contract|agreement|order|sale|purchase)\b/i;
/** A deal after one already reported ("a second contract", "another order", "a separate deal"). */
// "another possible Foreign Military Sale": up to three words between.
// An earlier deal told again by its place in a series counts too ("The first K2 tank contract … valued at 4.5 trillion won", "the
// second-stage deal in 2024 totaled 2.2 trillion won"): with a value of its own, it is another sale of the parties just named.
// ("… also covers contracts for its missile maker, worth another 200 million euros", "valued at a further $300 million": an amount
// told as the worth of one more on top of the deal's is another deal of the same parties.)
const ANOTHER_DEAL = /\b(?:worth|valued at|totall?ing|amounting to)\s+(?:another|a further|an additional|an extra)\s+(?:(?:US|A|C|NZ)?[$£€₩¥₹₱]\s?\d|\d[\d.,]*\s*-?\s*(?:trillion|billion|million|bn)\b)|\b(?:[Aa]|[Tt]he)\s+(?:(?:first|second|third|fourth|fifth|initial|earlier|previous|prior|original)(?:-(?:stage|phase|batch|tranche|round))?|further|separate|follow-on|follow-up)\s+(?:[\w$£€₩¥₹₱.,-]+\s+){0,3}?(?:contract|deal|agreement|order|sale|purchase)\b|\b[Aa]nother\s+(?:[\w$£€₩¥₹₱.,-]+\s+){0,3}?(?:contract|deal|agreement|order|sale|purchase)\b/i;
/** The two parties of a deal named together: "the two countries", "both nations". */
const PAIR_NAMED = /\b(?:the|both)\s+(?:two\s+)?(?:countries|nations|governments)\b/i;
/** A number of weapons ("46 F-35A aircraft", "218 Lynx infantry fighting vehicles"). */
const COUNTED_WEAPONS = new RegExp(`\\b(?:\\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\\s+(?:[^.;,]{0,40}?\\s)?${WEAPONS.source.slice(2)}`, 'i');
export { dollars } from './amounts';

const STATUS_RULES: { status: ArmsSaleStatus; pattern: RegExp }[] = [
  { status: 'CANCELLED', pattern: /\b(cancel(?:led|ed|s)?|cancellation|scrapped|terminated|withdrew from)\b/i },
  // "delivered the required certification notifying Congress" is the notice itself, no delivery.
  { status: 'DELIVERED', pattern: /\b((?<!\b(?:will|would|to|could|may|might|shall|should|must|be)\s+(?:be\s+)?)delivered(?!\s+(?:the\s+)?(?:required\s+)?(?:certification|notification|letter))|handed over|handover|took delivery|received(?!\s+(?:a|an|the)\s+(?:\S+\s+){0,4}?(?:contract|order|request))|arrived|landed)\b/i },
  { status: 'CONTRACTED', pattern: /\b(signed (?:a |the |two |three |several )?(?:contracts?|deals?|agreements?)|signed for|contracts? (?:was |were )?signed|(?:signs|signed|inks|inked|finali[sz]ed|conclude[ds]|seal(?:s|ed)|struck|clinch(?:es|ed)|(?<!\b(?:not|never|be)\s+)closed) .{0,40}\b(?:contract|deal|agreement|acquisition|purchase|letters? of (?:offer and )?acceptance))\b/i },
  // "A contract for 18 Rafale jets was signed between …": the deal signed in the passive.
  { status: 'CONTRACTED', pattern: /\b(?:contracts?|deals?|agreements?)\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:was|were|has been|have been) signed\b/i },
  // "Poland ordered 96 Apache helicopters", "Greece bought 24 Rafale jets", "Naval Group won a contract from Greece": an order placed is a contract.
  {
    status: 'CONTRACTED',
    pattern: new RegExp(
      String.raw`\b(?:(?<!(?:will|would|to|could|may|might|not|never)\s+(?:have\s+)?)(?:${verbForms(['order', 'buy', 'purchase'], 'past')})(?!\s+by\b)|(?:won|wins|secured|secures|landed|clinched|was awarded|has been awarded|were awarded)\s+(?:an?\s+|the\s+)?(?:[\w$£€₩¥₹₱.,-]+\s+){0,4}?(?:orders?|contracts?))\b`,
      'i',
    ),
  },
  { status: 'NOTIFIED', pattern: /\bnotif(?:ied|ies|y|ying|ications?)\b/i },
  { status: 'PROPOSED', pattern: /\b(yet to be (?:formally )?approved|not yet approved|awaiting approval|pending approval)\b/i },
  // "cleared the sale", "authorized the sale", "gave the green light", "gave the go-ahead": approval in other words.
  { status: 'APPROVED', pattern: /\b(approv(?:ed|al|es|ing)|cleared|authori[sz]ed|green[- ]?light(?:ed)?|green-?lit|go-ahead)\b/i },
  { status: 'PROPOSED', pattern: /\b(propos(?:ed|al)|possible|potential|plans? to (?:buy|sell)|seeks? to (?:buy|sell)|wants? to buy|considering)\b/i },
];

/** Organizations that act for one government in arms sales. */
const SELLING_AGENCIES: [RegExp, string][] = [[/\b(Congress)\b/, 'US'], [US_PROGRAMME, 'US'], ...STATE_ORGANIZATIONS];

const OBJECTION = /\b(complain(?:ed|s)?|object(?:ed|s)?|oppos(?:ed|es)|condemn(?:ed|s)?|denounc(?:ed|es)|protest(?:ed|s)|criticiz(?:ed|es)|criticis(?:ed|es)|countermeasures|angry response|stern representations|warned against)\b/i;

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "180 K2 Black Panther tanks, 81 support vehicles…" → 180; "three National Advanced…" → 3. */
function quantityOf(items: string): number | null {
  // "at least five Type 26 frigates", "up to 100 AIM-120 missiles": the number after the qualifier.
  const counted = items.replace(/^(?:at least|up to|some|about|around|approximately|more than|over|nearly|an additional|additional|a further|another)\s+/i, '');
  const first = /^(\d{1,3}(?:,\d{3})*|\d+|[a-z]+)\s/i.exec(counted)?.[1]?.toLowerCase();
  if (!first) return null;
  if (/^\d/.test(first)) return Number(first.replace(/,/g, ''));
  const index = NUMBER_WORDS.indexOf(first);
  return index >= 0 ? index + 1 : null;
}

/** What joins two states of one list ("Brazil, Greece and the Philippines"). */
const LIST_JOIN = /^\s*(?:,|,?\s+and)\s+(?:the\s+)?$/;

export interface FoundSale {
  /** Null for a transfer the text only refers to (an earlier order, a delivery, another state's purchase): its event alone. */
  sale: ExtractedArmsSale | null;
  /** Whether the sale is one of the graph's arms sales: only one with a value is (its event is the graph's either way). */
  listed: boolean;
  event: ExtractedEvent;
  sentences: Sentence[];
}

interface SaleMention {
  sentence: Sentence;
  supplier: CountryMention | null;
  recipient: CountryMention | null;
  supplierCode: string | null;
  /** Exact USD value, only when the text writes one. */
  value: string | null;
  money: Money | null;
  valueSpan: { start: number; end: number } | null;
  items: string | null;
  status: ArmsSaleStatus;
  date: { date: Date; precision: DatePrecision; start: number; end: number } | null;
  /** The date is only the day the sale was told ("Hanwha said Tuesday it has signed …", a dateline's day), no day of the deal's own. */
  dateTold?: boolean;
  /** Two states signing together, the sentence not saying which sells: a later sentence may. */
  open?: boolean;
  /** Read from the headline (whose amounts are often rounded: `amountsDiffer`). */
  headline?: boolean;
  /** Read from the words after "follows a 2017 contract …": an earlier deal with an amount of its own (`FOLLOWS_DEAL`). */
  earlier?: boolean;
}

const tail = (text: string, length = 40) => text.slice(Math.max(0, text.length - length));

/** "India's Defence Minister Rajnath Singh signed …": an office of the state, its holder's name, then the signing. */
const OFFICIAL_SIGNS =
  /^['’]s\s+(?:(?:Defen[cs]e|Foreign|Prime|Deputy Prime|Finance|Vice)\s+)?(?:Minister|President|Premier|Chancellor|King|Crown Prince|Emir|Sultan|Secretary)(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}\p{L}+)?(?:\s+\p{Lu}[\p{L}.'’-]*){0,4},?\s+(?:has\s+|have\s+|on\s+\p{Lu}\p{L}+\s+)?(?:signed|inked|ordered|sealed|concluded|finali[sz]ed)\b/u;
/**
 * "X announced the sale of 100 Boxer vehicles to Germany": announcing, confirming or approving one's own sale to a named buyer. An
 * approval is often told by its idiom ("Italy gave the go-ahead for the sale of two frigates to Egypt", "gave the green light to the
 * export of", "green-lit the sale of"): the one giving it clears its own export as "approved" does.
 */
const APPROVAL_IDIOM = String.raw`(?:gave|gives|give|has\s+given|have\s+given|granted|accorded)\s+(?:its\s+|their\s+|the\s+|a\s+)?(?:final\s+|formal\s+)?(?:go-ahead|green[- ]?light|nod)\s+(?:for|to)|green-?lit|green-?lighted`;
const ANNOUNCES_SALE_TO = new RegExp(
  String.raw`^\s+(?:has\s+|have\s+|today\s+|on\s+\p{L}+\s+)*(?:announced|confirmed|approved|authori[sz]ed|${APPROVAL_IDIOM})\s+(?:the|a|an)\s+(?:[\w$£€₩¥₹₱.,-]+\s+){0,4}?(?:sale|export)s?\s+of\b(?:[^.;]|\.(?=\d)){0,100}?\bto\s+(?:the\s+)?\p{Lu}`,
  'u',
);
/** "Denmark's planned sale of 24 F-16s to Argentina", "Norway's $100 million export of tanks to Brazil": a state's own sale to a buyer. */
const POSSESSIVE_SALE_TO =
  /^['’]s\s+(?:(?:US|A|C|NZ)?[$£€₩¥]\s?[\d.,]+\s*(?:billion|million|bn|m)?\s+|(?:planned|proposed|possible|potential|first|latest|new|record)\s+)*(?:arms\s+|weapons?\s+)?(?:sale|export|transfer|delivery)s?\s+(?:of\s+(?:[^.;]|\.(?=\d)){1,100}?\s+)?to\s+(?:the\s+)?\p{Lu}/u;
/**
 * "The Philippine Navy signed …", "the Indonesian defence ministry ordered …", "The Indonesian Air Force (TNI-AU) has confirmed that it
 * has agreed to buy …": a state's service or ministry buying, its short name in brackets after it.
 * (An agency's own name written in lower case after it, the day without "on": "Swiss military procurement agency armasuisse announced
 * Monday that it had signed a contract for …".)
 */
const SERVICE_BUYS = new RegExp(
  String.raw`^(?:['’]s)?\s+(?:defen[cs]e ministry|ministry of (?:national )?defen[cs]e|department of (?:national )?defen[cs]e|armament agency|government|navy|army|air force|armed forces|military|coast guard|marines?|procurement agency|(?:(?:defen[cs]e|military)\s+)?(?:materiel|procurement|armament|acquisition|logistics)\s+(?:agency|organi[sz]ation|administration|command)(?:\s+\p{Ll}[\p{Ll}-]+(?=\s+(?:said|says|announced|confirmed|has|had|signed)\b))?)\s+(?:\([^()]{1,12}\)\s+)?(?:and\s+(?:[\p{L}-]+\s+){1,4}?)?(?:has\s+|have\s+|had\s+|yesterday\s+|today\s+|on\s+\p{L}+\s+)?(?:(?:said|says|announced|confirmed)\s+(?:(?:on\s+)?\p{L}+\s+)?(?:that\s+)?it\s+(?:would|will|had|has|is to|plans to|was to)\s+)?(?:inked|placed|awarded|${BUY}|${BUYER_DID}|will (?:${TAKE})|is to (?:${TAKE})|is (?:${verbForms(BUYING, 'ing')})|took delivery|taken delivery)\b`,
  'iu',
);
/** A state's service after its adjective ("the Philippine Army", "the Indian Navy"): the state itself as a party. */
const SERVICE_AFTER = /^\s+(?:Army|Navy|Air Force|Armed Forces|armed forces|military|Coast Guard|Marines|Defen[cs]e Forces?)\b/;

/**
 * A seller's verb right after a party, the party optionally followed by its government ("The Albanese
 * Government will sell", "Australia is to export", "will build and export", "The UK will provide"; a
 * state passing on weapons it owns: "Copenhagen will transfer 24 F-16 jets", "hand over", "re-export").
 */
const SELLER_VERB_AFTER = new RegExp(
  String.raw`^\s+(?:(?:Government|government|Administration|administration)\s+)?${SAID_IT}${ADVERBS_BEFORE_VERB}(has |have |had |(?:${TO_COME}) )?${ADVERBS_BEFORE_VERB}(?:(?:build|manufacture|produce|make)\s+and\s+)?(approved|notified|${verbForms(SELLING, 'base', 'third', 'past')}|build|builds|built|re-?export(?:ed|s)?|agreed to sell|transfer(?:red|s)?|send|sends|sent|hand(?:ed|s)? over|pass(?:ed|es)? on)\b`,
);
/** "Poland's Armament Agency", "Greece's Ministry of National Defence": a state's own purchasing organ. */
const STATE_ORGAN = /^['’]s\s+(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:Agency|Ministry|Inspectorate|Administration|Department|Navy|Army|Air Force|Armed Forces|Defen[cs]e Forces?|Government)\b/u;

/** Aid rather than trade: security assistance, military aid, drawdowns, donations and gifts. */
const GIFT = /\b(?:(?:security|military|humanitarian|defen[cs]e) (?:assistance|aid)|aid package|assistance package|drawdown|donat(?:e|es|ed|ion|ions)|gift(?:s|ed)?|grant(?:s|ed)? aid)\b/i;

/** Up to three words, then a weapon ("Israeli drones", "Indian artillery systems", "Russian Su-35 jets"). */
/** "French designed Barracuda Shortfin attack submarines": a maker's participle after a demonym, the weapons a few words on. */
const MAKER_PARTICIPLE_AFTER = new RegExp(`^\\s+(?:designed|built|made|manufactured)\\s+(?:[\\w-]+\\s+){0,5}?${WEAPONS.source.slice(2)}`, 'i');
const DEMONYM_WEAPONS_AFTER = new RegExp(`^\\s+(?:[\\w-]+\\s+){0,3}?${WEAPONS.source.slice(2)}`, 'i');
/**
 * "to buy 24 of Denmark’s ageing F-16 fighter jets", "agreed to buy Qatar’s fleet of Mirage 2000s", "to acquire the Qatar Emiri Air
 * Force’s fleet": a state owning the weapons bought (its forces' own, second-hand) sells them, whoever made them. The possessive
 * after the state and up to three words of its service's name; then the weapons or the fleet.
 */
const OWNER_POSSESSIVE_AFTER = /^(?:\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)?['’]s?\s+(?:\([^)]{1,12}\)\s+)?/u;
const OWNED_GOODS_AFTER = new RegExp(`^(?:(?:[\\w-]+\\s+){0,3}?${WEAPONS.source.slice(2)}|(?:[\\w-]+\\s+){0,2}?(?:fleet|stocks?|inventory)\\b)`, 'i');
/** A buying verb right before the owner, a share of its stock between ("24 of", "some of", "part of"). */
const OWNER_BOUGHT_BEFORE = /\b(?:buy|buys|buying|bought|purchas\w*|acquir\w*|acquisition of|procur\w*|take over|took over|taking over)\s+(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|all|most|part|several|dozens|a number)\s+of\s+)?(?:the\s+)?$/i;
function ownerOfGoodsBought(before: string, after: string): boolean {
  const possessive = OWNER_POSSESSIVE_AFTER.exec(after);
  return possessive !== null && OWNER_BOUGHT_BEFORE.test(before) && OWNED_GOODS_AFTER.test(after.slice(possessive[0].length));
}

/** A buying verb or noun, and a number or a quantity word, right before the demonym. */
/** "selected the upgraded Japanese Mogami-class frigate", "picks Swedish submarines": a demonym before the weapons a buyer chooses says whose they are. */
const CHOSEN_BEFORE_DEMONYM = /\b(?:select(?:s|ed)?|chooses|chose|chosen|picks|picked|opt(?:s|ed) for)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;
// ("to buy eight new American fighter jets", "ordered 12 used French jets": a number, then a word of the goods' age or kind.)
const BOUGHT_BEFORE_DEMONYM = /\b(?:of|buy\w*|bought|purchas\w*|acquir\w*|acquisition of|order\w*|procur\w*|import\w*|receiv\w*|(?:contracts?|deals?|agreements?) for)\s+(?:(?:\d[\d,]*|an?|two|three|four|five|six|seven|eight|nine|ten|twelve|dozens of|hundreds of|several|more|additional|new|\$[\d.,]+\s*(?:billion|million)\s+(?:worth\s+)?of)\s+)?(?:(?:new|used|additional|more|modern|advanced|second-hand|refurbished|brand-new|upgraded)\s+)?$/i;

/**
 * After a party: it signs, wins or agrees a deal, then a supply verb whose doer is that party — no other subject in
 * between ("signed a contract with Ukraine to supply", "a deal under which it will supply"), or the party's own firms
 * ("… that will see British firms supply"). A supply verb of a relative clause ("with Korea, which will supply") is the partner's.
 * A state sending or transferring its own goods is one supplying ("has signed an agreement to send armoured vehicles to Germany").
 */
const SIGNS_THEN_SUPPLIES = new RegExp(
  String.raw`^\s+(?:and\s|has\s|have\s|had\s|on\s|last\s|this\s|today\s)?(?:[^,.;]|[.,](?=\d)){0,20}?\b(?:sign(?:ed|s)?|secur(?:ed|es)|won|wins|clinch(?:ed|es)|seal(?:ed|s)|struck|strikes|landed|agreed|agrees|concluded|concludes|inked|inks|finali[sz]ed|reached)\b(?:[^.;]|\.(?=\d)){0,90}?(?:\bto|\b(?:it|they|we)\s+(?:will|would|is to|are to)|\bsee\s+(\p{Lu}[\p{L}]+)\s+(?:firms|companies|industry|manufacturers|makers|shipyards|shipbuilders))\s+(?:also\s+)?(?:${SELL_OR_BUILD}|send|transfer)\b`,
  'u',
);
function signerSupplies(clause: string, code: string): boolean {
  const match = SIGNS_THEN_SUPPLIES.exec(clause);
  if (!match) return false;
  return !match[1] || placeNamed(match[1])?.code === code;
}

/** "… for the UK to supply", "chosen the UK to build": the party that a deal has supplying. */
const TO_SELL_AFTER = new RegExp(String.raw`^\s+to (?:${SELL_OR_BUILD})\b`);
/** "… for India to acquire": the party that a deal has buying. */
const TO_BUY_AFTER = new RegExp(String.raw`^\s+to (?:${BUY}|receive|obtain|order)\b`);
/** "with South Korea to buy …", "with France for the purchase of …": the buyer's partner, a deal's purpose after it. */
const PARTNER_OF_BUYER_AFTER = new RegExp(String.raw`^\s+(?:[^,.;]{0,30}?\bto (?:${BUY}|order)\b|for the (?:purchase|acquisition|supply) of\b)`);
/** Words up to a deal's noun, an amount's decimal point or thousands comma among them ("won a $1.2 billion order", "a 1,200 crore deal"). */
const WORDS_TO_DEAL = String.raw`(?:[^,.;]|[.,](?=\d)){0,50}?`;
/** An exporter winning orders ("has secured a £10 billion deal with Norway"), not one won "to buy". */
const WINS_DEAL_AFTER = new RegExp(String.raw`^\s+${ADVERBS_BEFORE_VERB}(?:has\s+|have\s+)?${ADVERBS_BEFORE_VERB}(?:secured|won|landed)\s+(?:an?\s+|its\s+|the\s+)?${WORDS_TO_DEAL}\b(?:export\s+)?(?:deal|contract|order)\b(?!(?:[^.;]|\.(?=\d)){0,40}\bto (?:${BUY}))`);
/** A state signing its own export ("has inked its largest defence equipment export deal with …"), not one signed "to buy". */
const EXPORT_DEAL_SIGNED_AFTER = new RegExp(String.raw`^\s+${ADVERBS_BEFORE_VERB}(?:has\s+|have\s+|had\s+)?${ADVERBS_BEFORE_VERB}(?:signed|inked|signs|inks|sealed|seals|struck|concluded|clinched|clinches|closed|closes)\s+(?:an?\s+|its\s+|the\s+)?(?:[^,.;]|[.,](?=\d)){0,50}?\bexport\s+(?:deal|contract|order|agreement)\b(?!(?:[^.;]|\.(?=\d)){0,40}\bto (?:${BUY}))`);
/** "see Türkiye receive …": the one seen taking the goods. */
const TAKES_AFTER = new RegExp(String.raw`^\s+(?:${TAKE})\b`);
/** "see the UK supply …": the one seen supplying. */
const SELLS_OR_BUILDS_AFTER = new RegExp(String.raw`^\s+(?:${SELL_OR_BUILD})\b`);
/**
 * "Taiwan's defence ministry said it had signed …": a state's ministry or service buying for it. So is one writing to the seller
 * ("Ruritania's defence ministry sent a letter to the embassy with the details of the deal"): the buyer asks, the seller offers
 * (a "letter of offer" is the seller's).
 */
const MINISTRY_BUYS_AFTER = new RegExp(String.raw`^['’]s\s+(?:defen[cs]e ministry|ministry of defen[cs]e|government|military|armed forces|army|navy|air force)\b(?:[^.;]|\.(?=\d)){0,50}?\b(?:${BUYER_DID}|to (?:${BUY})|sent (?:a |an )?(?:formal |official )?(?:letter|request)(?! of offer))\b`, 'i');
/** "24 Rafale jets ordered by Greece": the one ordering buys. */
// ("the acquisition by Belgium of nine howitzers": the noun of buying, its buyer after "by".)
const ORDERED_BY_BEFORE = new RegExp(String.raw`\b(${verbForms(['order', 'buy', 'purchase', 'acquire'], 'past')}|requested|commissioned|acquisition|purchase|procurement)(?:\s+from\s+(?:the\s+)?\p{Lu}(?:[^,.;]|[.,](?=\d)){0,40}?)?\s+by\s+(the\s+)?$`, 'u');
/** "agreed to sell India …": a seller's verb before its indirect object. */
const SELL_TO_BEFORE = new RegExp(String.raw`\b(${verbForms(['sell', 'supply', 'deliver', 'provide'], 'base', 'past')}|selling|providing|offer|offered)\s+(the\s+)?$`, 'i');
/** A buyer's verb after it ("Poland signed …", "India ordered …", "Egypt will buy …", "Turkey is buying …", "Peru terminated the contract it signed with …"). */
const BUYER_VERB_AFTER = new RegExp(
  String.raw`^\s+(?:(?:on|last|this) \p{L}+day\s+|today\s+|yesterday\s+|on \p{Lu}\p{Ll}+ \d{1,2}\s+)?${SAID_IT}${ADVERBS_BEFORE_VERB}(has |have |had )?${ADVERBS_BEFORE_VERB}(signed|inked|signs|inks|seals|sealed|concluded|struck|clinched|clinches|(?:closed|closes|finali[sz]ed|finali[sz]es) (?:a|an|the)\b|agreed (?:a|an|the)|${verbForms(['order', 'buy', 'purchase', 'acquire'], 'third')}|cancel(?:led|ed)|terminated|scrapped|rescinded|(?:decided|moved|voted) to (?:cancel|terminate|scrap)|${verbForms(['buy', 'order', 'acquire', 'procure'], 'past')}|agreed (?:on \p{L}+day\s+|last week\s+|today\s+)?to (?:${BUY}|pay)|purchased|contracted|gets|(?:${TO_COME}|plans to) (?:${BUY}|receive|get|obtain|take delivery of|spend|pay|import)|spent|spends|paid|pays|imported|imports|is (?:${verbForms(BUYING, 'ing')})|to buy|to procure|took delivery|placed (?:an? |the )?(?:\S+\s+){0,4}?orders?|receives|(?:completed|finali[sz]ed|concluded) (?:a |an |the )?(?:[\w$£€₩¥₹₱.,-]+\s+){0,3}?(?:purchase|acquisition|procurement|deal|contract|agreement)|(?:confirmed|announced) (?:a |an |the |its )?(?:[\w$£€₩¥₹₱.,-]+\s+){0,3}?(?:purchase|acquisition|procurement))\b`,
  'u',
);
/**
 * "… to buy", "… selected", "… picks", "… took delivery" within a few words after a party: its purchase, unless it is made "for" another
 * state. A full stop inside the words is no sentence's end when a word in lower case follows ("Japan gets U.S. approval to buy").
 */
const BUYER_PURPOSE_AFTER = new RegExp(
  String.raw`^\s+(?!(?:[^,.;]|[.,](?=\d)){0,40}?\bfor\s+(?:the\s+)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?\s+to\s)(?:[^,.;]|\.(?=\S|\s+\p{Ll})){0,40}?\b(${infinitives([...BUYING, 'order'])}|to (?:receive|get|obtain)|(?:${TO_COME})\s+(?:also\s+)?(?:${BUY}|order|receive|get|obtain)|${verbForms([...BUYING, 'order'], 'ing')}|selected|selects|chose|chosen|chooses|picked|picks|opted for|opts for|awarded|received|took delivery)\b`,
  'u',
);
/**
 * A party's purchase told after it (BUYER_PURPOSE_AFTER). A state's service by its adjective stands for the state ("The Chilean Air
 * Force is on the cusp of acquiring …"), but what it received is a delivery, a happening of its own ("The Egyptian Navy received two
 * frigates"), not told as a purchase.
 */
function buyerPurposeAfter(mention: CountryMention, after: string): boolean {
  if (mention.kind !== 'demonym') return BUYER_PURPOSE_AFTER.test(after);
  const purpose = SERVICE_AFTER.test(after) ? BUYER_PURPOSE_AFTER.exec(after) : null;
  return purpose !== null && !/^(?:received|took delivery)$/.test(purpose[1]);
}
/** A party signing a deal whose purpose is a purchase ("will sign a government-to-government deal to purchase"), its verb the party's own. */
const SIGNS_TO_BUY_AFTER = new RegExp(
  String.raw`^\s+(?:will\s+|would\s+|is to\s+|plans to\s+|has\s+|have\s+|had\s+)?(?:sign(?:ed|s)?|inked|inks|concluded|agreed)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,4}?(?:deal|contract|agreement)\s+to\s+(?:${BUY})\b`,
  'u',
);
/** A state's organ buying ("Poland's Armament Agency signed …"). */
const ORGAN_BUYS_AFTER = new RegExp(String.raw`^(?:[^,.;]|[.,](?=\d)){0,80}?\b(?:${BUYER_DID})\b`);

/** A buying verb or a deal's noun that "from <party>" may complete ("bought … from", "a contract … from"). */
const TAKEN_FROM = /\b(buy\w*|bought|purchas\w*|order\w*|import\w*|acquir\w*|acquisition|procur\w*|receiv\w*|gets?|getting|obtain\w*|spen[dt]\w*|took delivery|deals?|contracts?|agreements?|covers?)\b/gi;
/**
 * "… bought 12 jets from", "a contract … from": the text before "from <party>" has a purchase that "from" completes — not one
 * a relative clause has closed ("a $5 billion missile deal that could invite sanctions from the United States").
 */
function boughtFrom(before: string): boolean {
  const last = [...before.matchAll(TAKEN_FROM)].pop();
  return Boolean(last) && !/\b(?:that|which|who)\s/.test(before.slice(last!.index! + last![0].length));
}
/**
 * What may stand between two states and their signing: "have", "had", a day, "today", "yesterday", "officially", and after two
 * states' adjectives the people or bodies signing for them ("Israeli and German officials signed", "French and Indian defence
 * ministers inked").
 */
const SIGNING_LEAD = String.raw`(?:(?:(?:defen[cs]e|foreign|government|senior|top)\s+)?(?:officials|ministers|ministries|governments|representatives|delegations|negotiators|leaders)\s+)?(?:(?:have|has|had|officially|formally|finally|also|today|yesterday)\s+|(?:on|last|this)\s+\p{L}+\s+|on\s+\p{Lu}\p{Ll}+\s+\d{1,2}\s+)*`;
/** "… and Norway have agreed", "… and Italy yesterday signed", "UK and Ukraine sign": two states signing together. */
const JOINT_SIGNING_AFTER = new RegExp(String.raw`^\s+${SIGNING_LEAD}(?:signed|agreed|concluded|sealed|struck|finali[sz]ed|inked|sign|signs|agree|agrees|seal|seals|strike|strikes|ink|inks)\b`, 'u');
/** After a state's adjective, its own purchase: "Czech decision … to purchase", "Polish plans to buy", "Indian purchase of". */
/** "the Australian cancellation of a project to build 12 submarines": a state cancelling its own project to buy or build (not an export licence). */
const CANCELLED_OWN_PROJECT = String.raw`cancell?ation\s+of\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?(?:project|plan|programme|program|contract|deal|order|purchase)\s+(?:to\s+(?:${BUY}|build)|for)\b`;
const DEMONYM_BUYS_AFTER = new RegExp(
  String.raw`^\s+(?:government['’]s\s+|government\s+)?(?:(?:decision|plans?|move|bid|intention|choice)\s+(?:[\w-]+\s+){0,4}?to\s+(?:${BUY}|order)\b|(?:purchase|acquisition|procurement|order)\s+of\b|${CANCELLED_OWN_PROJECT})`,
);
/** "… and Poland on Monday signed": the buyer signing beside its partner. */
const JOINT_SIGNED_AFTER = new RegExp(String.raw`^\s+${SIGNING_LEAD}(?:signed|agreed|concluded)\b`, 'u');

/** What `partiesOf` reads of one sale sentence, and the sides its countries were given so far (each country read in turn may take one). */
interface PartyReading {
  sentence: Sentence;
  countries: CountryMention[];
  text: string;
  supplier: CountryMention | null;
  recipient: CountryMention | null;
  /** Set when the seller is only the signer's partner ("X signed a deal … with Y"): which side sells is then the weapon's to say. */
  signedWith: boolean;
  /** Set when two states signing together were given their sides by the words (`pairSigningTogether`), an exporter or a maker: which sells is then theirs to say. */
  jointPair: boolean;
  /** "The US Navy signed a contract … for Japan": a state named as the one the purchase is for buys, not the signer. */
  beneficiary: boolean;
}

/** One country of a sale sentence and the words around it. */
interface PartyWords {
  mention: CountryMention;
  before: string;
  after: string;
  clause: string;
}

type Side = 'supplier' | 'recipient';

/** Supplier and recipient among the countries of a sale sentence, by the words around each. */
function partiesOf(sentence: Sentence, countries: CountryMention[], text: string) {
  const beneficiary = countries.some((mention) => /\bfor\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?$/i.test(tail(text.slice(sentence.start, mention.start))));
  const reading: PartyReading = { sentence, countries, text, supplier: null, recipient: null, signedWith: false, jointPair: false, beneficiary };
  for (const mention of countries) {
    // A state already holding one side of the deal is not its other side too ("delivered … to the Philippine Navy …
    // signed a contract with the Philippine Department of National Defense": the Philippines buys twice, never sells).
    if (mention.code === reading.supplier?.code || mention.code === reading.recipient?.code) continue;
    const before = tail(text.slice(sentence.start, mention.start));
    const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 60));
    const clause = text.slice(mention.end, Math.min(sentence.end, mention.end + 120));
    const side = sideOf(reading, { mention, before, after, clause });
    if (side) reading[side] = mention;
  }
  if (reading.recipient && !reading.supplier) reading.supplier = partnerSelling(reading, reading.recipient);
  if (reading.supplier && !reading.recipient) reading.recipient = buyerBeforeSeller(reading, reading.supplier);
  if (!reading.supplier && !reading.recipient) pairSigningTogether(reading);
  return sidesByMaker(reading);
}

/** The side the words around one country give it: the first rule that speaks wins, in this order. */
function sideOf(reading: PartyReading, words: PartyWords): Side | null {
  return sideByDeal(reading, words) ?? sideByStateDoing(reading, words) ?? recipientByWording(reading, words) ?? supplierByWording(reading, words) ?? sideByVerbAfter(reading, words);
}

/** A state one is at odds with ("amid fears of a new cold war with Russia", "tensions with China"): no partner in a deal. */
const RIVALRY_WITH_BEFORE = /\b(?:wars?|conflicts?|tensions?|confrontation|rivalry|stand-?off|disputes?|clash(?:es)?|fighting|hostilities)\s+with\s+(?:the\s+)?$/i;

/** A side by the deal: one the agreement has supplying or buying, one signing to supply, the buyer's partner, one winning or chosen, one cancelling its sale, one whose maker is awarded. */
function sideByDeal(reading: PartyReading, words: PartyWords): Side | null {
  const { text, supplier, recipient } = reading;
  const { mention, before, after, clause } = words;
  if (!supplier && /\bfor\s+(?:the\s+)?$/i.test(before) && TO_SELL_AFTER.test(after)) {
    // "an agreement for the UK to supply Poland with …": the one the agreement has supplying sells.
    return 'supplier';
  }
  if (!supplier && signerSupplies(clause, mention.code)) {
    // "Britain signed a contract with Ukraine to supply …", "Britain has won a contract to build warships for Norway",
    // "… a deal with Ukraine under which it will supply …", "… that will see British firms supply …": the one signing to supply sells.
    return 'supplier';
  }
  if (!recipient && /\bfor\s+(?:the\s+)?$/i.test(before) && TO_BUY_AFTER.test(after)) {
    // "an agreement between Russia and India for India to acquire four frigates": the one the agreement has buying buys.
    return 'recipient';
  }
  if (
    recipient &&
    !supplier &&
    /\bwith\s+(the\s+)?$/i.test(before) &&
    !RIVALRY_WITH_BEFORE.test(before) &&
    (PARTNER_OF_BUYER_AFTER.test(after) || /\b(deals?|contracts?|agreements?|orders?|letters? of (?:offer|intent)|memorand(?:um|a))\b/i.test(text.slice(recipient.end, mention.start)))
  ) {
    // "Poland signed a deal with South Korea to buy …", "the UAE signed a deal for 80 Rafale with France":
    // the buyer's partner in the deal sells.
    reading.signedWith = true;
    return 'supplier';
  }
  if (!supplier && !recipient && mention.kind !== 'demonym' && /\b(?:signed|inked|concluded|reached|struck|sealed)\b(?:[^.;]|\.(?=\d)){0,40}?\b(?:deals?|contracts?|agreements?)\s+with\s+(?:the\s+)?$/i.test(before) && /^\s+to (?:buy|purchase|acquire|procure|order)\b/.test(after)) {
    // "The Army signed an agreement with China to procure …": the buyer left unnamed (the home press's own army or
    // cabinet), the partner its deal is signed with to buy from sells.
    reading.signedWith = true;
    return 'supplier';
  }
  if (!supplier && mention.kind !== 'demonym' && EXPORT_DEAL_SIGNED_AFTER.test(clause) && !/\band\s+(?:the\s+)?$/.test(before)) {
    // "Ruritania has inked its largest defence export deal with Freedonia": the one signing an export deal sells. ("Britain and
    // Norway have signed a £1.5 billion export agreement": the second of two signers together is no subject of its own; which of
    // them exports is for the other words to say.)
    return 'supplier';
  }
  if (!supplier && mention.kind !== 'demonym' && WINS_DEAL_AFTER.test(clause)) {
    // "The UK has secured a £10 billion deal with Norway": an exporter wins orders. ("clinched" and "sealed" a deal are the buyer's
    // too, "Indonesia sealed a deal to order 42 Rafale jets": they are read as signing, the partner's side then told by the weapon or exporter.)
    return 'supplier';
  }
  if (!supplier && /\b(chosen|selected|chose|picked|picks|selects|chooses)\s+(the\s+)?$/.test(before) && TO_SELL_AFTER.test(after)) {
    // "Norway has chosen the UK to supply … frigates": the one chosen to supply sells.
    return 'supplier';
  }
  if (!supplier && /^\s+(?:has |have |had )?(?:cancel(?:led|ed|s)?|terminated|scrapped|halted|suspended|blocked|froze|frozen|stopped)\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:sales?|exports?|deliver(?:y|ies)|shipments?)\b(?:[^.;]|\.(?=\d)){0,80}?\bto\s+(?:the\s+)?\p{Lu}/u.test(clause)) {
    // "Germany cancelled a planned sale of … to Saudi Arabia": the one stopping its own sale sells.
    return 'supplier';
  }
  if (!supplier && /\b(awarded|selected|chose|picked)\s+$/.test(before) && /^['’]s\s+\p{Lu}/u.test(after)) {
    // "Australia awarded South Korea's Hanwha a contract": the chosen maker's country sells.
    return 'supplier';
  }
  return null;
}

/**
 * A state, its government or its legislature approving its own purchase (`sideByStateDoing`), told by the purchase's noun or by
 * the deal, plan or proposal that makes it: "approved the purchase of …", "has approved a $6 billion purchase of …", "approved a
 * €3.12 billion agreement for the acquisition of …", "approved a plan to buy …" (the deal's nouns and the buying verbs of the
 * language; not a request, which may be another state's: "approved Poland's request to buy"). Read over the clause, as an amount
 * and a deal's noun may run past the 60 characters after the state.
 */
const APPROVES_PURCHASE_AFTER = new RegExp(
  String.raw`^(['’]s)?\s+(?:(?:government|cabinet|defen[cs]e ministry|parliament|legislature|lawmakers|legislators|parliamentarians|MPs|deputies|senators)\b(?:[^,.;]|[.,](?=\d)){0,30}?|(?:has\s+|have\s+)?(?:(?:on|last|this)\s+\p{L}+day\s+|today\s+)?)\b(?:approved|cleared|authori[sz]ed)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w$£€₩¥₹₱.,-]+\s+){0,3}?` +
    String.raw`(?:(?:purchase|acquisition|procurement|buying)\b|(?:deal|agreement|contract|plans?|proposal)\s+(?:for\s+(?:the\s+)?(?:purchase|acquisition|procurement)\b|to\s+(?:${BUY})\b))`,
  'iu',
);
/** A side by what a state or its organs do: one seen receiving or supplying, a ministry, service or government buying, one whose approval is needed, the other side of a deal "between". */
function sideByStateDoing(reading: PartyReading, words: PartyWords): Side | null {
  const { sentence, text, supplier, recipient, beneficiary } = reading;
  const { mention, before, after, clause } = words;
  if (!recipient && /\b(?:see|sees|seeing|allow|allows|enable|enables|let|lets)\s+(?:the\s+)?$/.test(before) && TAKES_AFTER.test(after)) {
    // "The deal will see Türkiye receive 20 Typhoon jets": the one seen receiving buys.
    return 'recipient';
  }
  if (!supplier && /\b(?:see|sees|seeing|allow|allows|enable|enables|let|lets)\s+(?:the\s+)?$/.test(before) && SELLS_OR_BUILDS_AFTER.test(after)) {
    // "The export deal will see the UK supply 12 Typhoon jets to Saudi Arabia".
    return 'supplier';
  }
  if (!recipient && MINISTRY_BUYS_AFTER.test(after)) {
    // "Taiwan's defence ministry said it had signed a contract with the U.S.": the ministry buys for its state.
    return 'recipient';
  }
  if (!supplier && /^\s+(?:approval|clearance|authori[sz]ation|go-ahead)\b/.test(after)) {
    // "Japan gets U.S. approval to buy 400 Tomahawk missiles": the state whose approval the sale needs sells.
    return 'supplier';
  }
  if (!recipient && mention.kind === 'demonym' && DEMONYM_BUYS_AFTER.test(after)) {
    // "welcomed the Czech decision earlier this year to purchase 24 F-35s", "the Polish purchase of K2 tanks": a state's adjective before its own purchase.
    return 'recipient';
  }
  if (!recipient && !beneficiary && SERVICE_BUYS.test(clause)) {
    // "The Philippine Navy signed a contract with Hyundai Heavy Industries", "the Indonesian defence ministry ordered …": a state's service buys for it
    // ("The Norwegian Defence Materiel Agency and Hanwha Land Systems yesterday signed …": also with its partner named before the verb).
    return 'recipient';
  }
  if (!recipient && APPROVES_PURCHASE_AFTER.test(clause)) {
    // "The Czech government approved the purchase of 24 F-35 jets", "The Czech Republic has approved a $6 billion purchase
    // of …", "Czech lawmakers approved the acquisition of …": a government, legislature or state approving its own purchase buys.
    return 'recipient';
  }
  const makerBefore = /\bbetween\s+((?:[^.;]|\.(?=\d)){1,60}?)\s+and\s+(?:the\s+)?$/.exec(before);
  if (!recipient && !supplier && makerBefore && !reading.countries.some((other) => other.end <= mention.start && other.start >= mention.start - before.length + makerBefore.index) && companyCountry(makerBefore[1], mention.code)) {
    // "The second export contract between Hyundai Rotem and Poland": a deal between a foreign maker and a state, the state buys.
    return 'recipient';
  }
  if (!recipient && supplier && /\bbetween\s+(?:[^.;]|\.(?=\d)){0,60}?\s+and\s+(?:the\s+)?$/.test(before) && /\bbetween\b/.test(text.slice(sentence.start, supplier.start))) {
    // "The £1.6 billion deal between UK firm Thales and Ukraine": the seller's partner in the deal buys.
    return 'recipient';
  }
  return null;
}

/** A buyer by the wordings of buying: "to"/"for" after a sale word, "Purchaser:", "X's purchase", "ordered by", the passive, "awarded by", "won an order from", the indirect object, "supply X with". */
function recipientByWording(reading: PartyReading, words: PartyWords): Side | null {
  const { sentence, text, supplier, recipient } = reading;
  const { mention, before, after } = words;
  if (
    !recipient &&
    // ("a deal for British tanks": a demonym before the weapons is their maker's, no buyer.)
    // ("… to procure six aircraft for the use of the Philippine Air Force": the state whose forces will use the goods buys.)
    // ("worth $1 billion to the Australian economy": an economy, its industry or its jobs gain, no buyer.)
    ((/\b(to|for|with)\s+(the\s+)?(Government\s+of\s+(the\s+)?|use\s+of\s+(the\s+)?)?$/i.test(before) && !RIVALRY_WITH_BEFORE.test(before) && !MAKER_OF_STATE_AFTER.test(after) && !COMPANY_AFTER_POSSESSIVE.test(after) && !(mention.kind === 'demonym' && (DEMONYM_WEAPONS_AFTER.test(after) || MAKER_AFTER.test(after) || /^\s+(?:economy|industry|industries|workers|jobs|taxpayers)\b/.test(after))) && (SALE_WORDS.test(text.slice(sentence.start, mention.start)) || /\b(build|builds|building|built|transfer(?:s|red|ring)?|send|sends|sent|sending|hand(?:s|ed|ing)? over|re-?export(?:s|ed|ing)?)\b/.test(text.slice(sentence.start, mention.start)))) ||
      /\bPurchaser\s*:\s*(the\s+)?(Government\s+of\s+(the\s+)?)?$/i.test(before) ||
      // "clinched a deal to build Australia's next-generation warships", "will deliver Australia's new frigate programme": the state
      // whose goods a seller builds or delivers buys.
      (mention.kind !== 'demonym' && SELLER_BUILDS_BEFORE.test(before) && /^['’]s?\s/.test(after)) ||
      // "The first is to the Government of Egypt for …": in a sale sentence the Government named after "to" buys.
      /\b(?:to|for)\s+(?:the\s+)?Government\s+of\s+(?:the\s+)?$/i.test(before) ||
      // "Australia's purchase", "Australia's $3.5 billion purchase of …".
      // ("Jakarta's earlier $8.1 billion purchase of …", "Chile's 2006 acquisition of …": a word or year of when between.)
      /^['’]s\s+(?:(?:earlier|recent|previous|planned|proposed|latest|first|initial|\d{4})\s+)?(?:(?:US|A|C)?[$£€]\s?[\d.,]+\s*(?:billion|million|bn|m)?\s+)?(purchase|order|acquisition|request)\b/.test(after) ||
      /^\s+(has |have )?requested (?:to buy|to purchase|(a |the )?(possible )?(sale|purchase))\b/.test(after) ||
      // "24 Rafale jets ordered by Greece": the one ordering buys; "a deal … was signed by India with the United States": so does the one
      // signing with a partner, as in the active voice.
      ORDERED_BY_BEFORE.test(before) ||
      // "Egypt will be sold two frigates by Italy", "Egypt is to be supplied with …": the one a sale is made to, in the passive.
      (mention.kind !== 'demonym' && /^\s+(?:(?:will|would|is to|are to|could|may)\s+be|(?:has|have)\s+been|was|were|is|are)\s+(?:sold|supplied|offered|provided)\b(?!\s+(?:to|by)\b)/.test(after)) ||
      // ("A $2.5 billion deal for 24 Chinese J-10 fighters was signed by Egypt": with the seller known, the one signing in the passive is the other side.)
      (/\b(?:was|were|has been|have been) (?:signed|inked|sealed|concluded) by\s+(?:the\s+)?$/.test(before) && (/^\s+with\s/.test(after) || Boolean(supplier))) ||
      // "The contract … was awarded to Saab by Thailand": the one awarding buys.
      // ("Naval Group was awarded a €2 billion contract by the Netherlands".)
      /\bawarded\s+(?:to\s+(?:[^,.;]|[.,](?=\d)){1,40}?\s+|(?:an?\s+|the\s+)?(?:[\w$£€₩¥₹₱.,-]+\s+){0,4}?(?:orders?|contracts?)\s+)?by\s+(?:the\s+)?$/.test(before) ||
      // "Saab was awarded a $300 million contract in May, but the Thai Navy called off the deal": a maker awarded a contract that a state
      // (or its service) later calls off or cancels was awarded it by that state, the buyer.
      ((mention.kind !== 'demonym' || SERVICE_AFTER.test(after)) &&
        /^\s+(?:(?:Army|Navy|Air Force|Armed Forces|military|Coast Guard|Marines|Defen[cs]e Forces?|government|Government)\s+)?(?:later\s+|subsequently\s+)?(?:called off|cancell?ed|scrapped|terminated|rescinded)\s+(?:the|its|that)\s+(?:deal|contract|order|award)\b/.test(after) &&
        /\b(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?awarded\b/.test(text.slice(sentence.start, mention.start))) ||
      // "Rheinmetall has won an order from Hungary", "won a contract worth €3 billion from Greece": a maker's order or contract comes from the buyer.
      /\b(?:won|wins|received|receives|secured|secures|landed|got|bagged)\s+(?:an?\s+|the\s+)?(?:[\w$£€₩¥₹₱.,-]+\s+){0,4}?(?:orders?|contracts?)(?:\s+(?:worth|valued at)\s+(?:[^,.;]|[.,](?=\d)){1,30}?)?\s+from\s+(?:the\s+)?$/.test(tail(text.slice(sentence.start, mention.start), 90)) ||
      // "agreed to sell India 26 Rafale jets": the buyer as the verb's indirect object.
      (mention.kind !== 'demonym' && SELL_TO_BEFORE.test(before) && /^\s+(?:[\d$£€₩¥₹]|[a-z]|(?:US|A|C)\$)/.test(after)) ||
      // "Germany will supply Saudi Arabia with Eurofighter jets", "… will supply the Philippine Army with light tanks": the one supplied with weapons buys.
      ((mention.kind !== 'demonym' || SERVICE_AFTER.test(after)) && /\b(supply|supplies|supplied|supplying|equip|equips|equipped|arm|arms|armed|provide|provides|provided|providing)\s+(the\s+)?$/i.test(before) && /^\s+(?:(?:Army|Navy|Air Force|Armed Forces|armed forces|military|Coast Guard|Marines|Defen[cs]e Forces?)\s+)?with\b/.test(after)))
  ) {
    return 'recipient';
  }
  return null;
}

/** A maker of the list named after a state's possessive ("France's Thales", "Japan’s Mitsubishi Heavy Industries"). */
const COMPANY_AFTER_POSSESSIVE = new RegExp(`^['’]s\\s+(?:${COMPANY_NAMES.map(([name]) => escapeRegExp(name)).join('|')})(?![\\p{L}])`, 'u');
/** A name in capitals before "of" and the state, after "with", "from" or "by" ("with Airbus Defence and Space of ", "from Saab of "). */
const NAME_OF_BEFORE = /\b(?:with|from|by)\s+(?:the\s+)?((?:\p{Lu}[\p{L}&-]*\s+(?:(?:and|&)\s+)?){1,5})of\s+(?:the\s+)?$/u;
/** The words of a state's own institutions or offices, which "of" and the state name as the state's, no maker ("the Ministry of Defence of India"). */
const INSTITUTION_WORDS = /\b(?:Government|Ministry|Minister|Department|Republic|Kingdom|Embassy|Office|Council|Navy|Army|Air|Forces|Parliament|President|Prime|People|State|States|Crown|Prince|King|Queen|Emir|Sultan|Union|Bank|University|Chamber)\b/u;
/** A maker named with its state after "of" ("a deal with Airbus Defence and Space of Spain"): a name in capitals that is no state's institution nor a person's office. */
function makerOfState(before: string): boolean {
  const name = NAME_OF_BEFORE.exec(before);
  return name !== null && !INSTITUTION_WORDS.test(name[1]);
}
/** A seller's verb right before a state's possessive ("to build Australia's warships", "will deliver Poland's new tanks"). */
const SELLER_BUILDS_BEFORE = /\b(?:build|builds|building|supply|supplies|supplying|deliver|delivers|delivering)\s+$/;
/** A state's own maker after it ("Ukraine’s state-owned Malyshev Factory", "Israel's Elbit Systems company"): the maker's state is its goods' seller. */
const MAKER_OF_STATE_AFTER = /^['’]s\s+(?:[\p{L}-]+\s+){0,4}?(?:[Ff]actory|[Cc]ompany|firm|manufacturer|maker|[Ss]hipyards?|[Pp]lant|[Ww]orks|Industries|Corporation)\b/u;

/**
 * A maker's words after a state ("a Brazilian aircraft manufacturer", "the Swedish defence group", "Israeli-based Elbit Systems",
 * "British-made"): the maker's line of business may come between.
 */
const MAKER_AFTER = /^\s*(?:(?:aircraft|aerospace|arms|defen[cs]e|naval|weapons?|helicopter|missile|vehicle)\s+)?(?:-made|manufacturer|firm|company|maker|group|defen[cs]e contractor|contractor|-designed|-built|-based|shipbuilder|shipyard|boat builder)\b/;
/** Weapons (or their type, a few words on) made in a state: "LAV armoured vehicles manufactured in ", "the vehicle is the LAV made in ". */
const MADE_IN_BEFORE = new RegExp(String.raw`${WEAPONS.source.slice(2)}(?:\s+(?!(?:be|been|being|will|would|to|could|can|may|might|shall)\b)[\w-]+){0,3}?\s+(?:manufactured|made|produced)\s+in\s+(?:the\s+)?$`, 'i');
/** A seller by the wordings of selling: "from", a maker's words ("-made", "firm"), whose weapons, "built by", the passive, "paid X", "X's sale to". */
function supplierByWording(reading: PartyReading, words: PartyWords): Side | null {
  const { sentence, text, supplier, recipient } = reading;
  const { mention, before, after, clause } = words;
  if (
    !supplier &&
    ((/\bfrom\s+(?:an?\s+|the\s+)?(?:(?:\p{Lu}[\p{L}&-]*|\p{Lu}{2,})\s+){0,3}$/u.test(before) && boughtFrom(text.slice(sentence.start, mention.start))) ||
      // ("a Brazilian aircraft manufacturer", "the Swedish defence group": the maker's line of business may come between.)
      MAKER_AFTER.test(after) ||
      // "12 French designed Barracuda submarines": a demonym and a maker's participle without the hyphen, before the weapons.
      (mention.kind === 'demonym' && MAKER_PARTICIPLE_AFTER.test(after)) ||
      // "$110 billion of American weapons", "fighter jets built by Turkish Aerospace": whose weapons or maker.
      (mention.kind === 'demonym' && /^\s+(weapons|arms|military equipment|defen[cs]e equipment|fighters?|jets|missiles|tanks|aircraft)\b/.test(after) && /\b(of|buy\w*|purchas\w*|acquir\w*|order\w*)\s+$/.test(before)) ||
      // "Morocco has purchased 150 Israeli drones", "a purchase of Russian Su-35 jets", "selected the Japanese frigate": the demonym before the
      // weapons bought or chosen says whose they are.
      (mention.kind === 'demonym' && DEMONYM_WEAPONS_AFTER.test(after) && (BOUGHT_BEFORE_DEMONYM.test(before) || CHOSEN_BEFORE_DEMONYM.test(before))) ||
      /\b(built|made|manufactured|produced|developed|designed) by\s+(the\s+)?$/.test(before) ||
      // "105 armoured vehicles manufactured in Canada", "fighter jets made in Russia": the state the weapons bought were made in, as
      // "Canadian-made" says (not a building still to come, "will be built in Hungary", which is often the buyer's own share).
      (mention.kind !== 'demonym' && recipient?.code !== mention.code && MADE_IN_BEFORE.test(before)) ||
      // "the contract it signed with Ukraine’s state-owned Malyshev Factory": a deal with a state's maker is with the seller.
      // ("a contract with France's Thales", "bought from Israel's Elbit": a maker the list knows after the state's possessive.)
      (/\b(?:with|from)\s+$/.test(before) && (MAKER_OF_STATE_AFTER.test(after) || COMPANY_AFTER_POSSESSIVE.test(after))) ||
      // "signed a deal with Airbus Defence and Space of Spain to procure …": a maker named with its state after "of".
      (mention.kind !== 'demonym' && makerOfState(before) && boughtFrom(text.slice(sentence.start, mention.start))) ||
      (mention.kind !== 'demonym' && ownerOfGoodsBought(before, clause)) ||
      // "Two frigates will be sold to Egypt by Italy", "… delivered to the Philippines by South Korea": the seller in the passive.
      (recipient && /\b(?:be|been|being|was|were|is|are)\s+(?:sold|supplied|delivered|provided|exported|offered|built)\b(?:[^.;]|\.(?=\d)){0,80}?\bby\s+(?:the\s+)?$/.test(before)) ||
      // "The sale of 40 Eurofighter jets to Turkey … was approved by Germany": the one approving a sale or export in the passive sells (a purchase approved so is the buyer's).
      (recipient && /\b(?:sale|export)s?\b(?:[^.;]|\.(?=\d)){0,120}?\b(?:was|were|has been|have been|is|are)\s+(?:approved|cleared|authori[sz]ed)\s+by\s+(?:the\s+)?$/.test(text.slice(sentence.start, mention.start))) ||
      // "Vietnam paid Russia $1.8 billion for six submarines": the one paid for the weapons sells.
      (mention.kind !== 'demonym' && /\b(?:paid|pays|pay|paying)\s+(?:the\s+)?$/.test(before) && /^\s+(?:about\s+|some\s+|nearly\s+|over\s+)?(?:US)?[$£€]/.test(after)) ||
      (mention.kind !== 'demonym' && /^\s+(?!(?:has |have |had )?sign)(?:[\w-]+\s+){0,2}(sale|deal|package)\s+to\s+(?:the\s+)?\p{Lu}/u.test(after)))
  ) {
    return 'supplier';
  }
  return null;
}

/** A side by the verb after a state, its official or its organ, or a state's own announcing, approving or sale. */
function sideByVerbAfter(reading: PartyReading, words: PartyWords): Side | null {
  const { supplier, recipient, beneficiary } = reading;
  const { mention, after, clause } = words;
  if (!recipient && BUYER_VERB_AFTER.test(after)) {
    return 'recipient';
  }
  if (!supplier && SELLER_VERB_AFTER.test(after)) {
    // "The UK will provide Ukraine with …", "The Albanese Government will sell …", "… will build and export … to Germany".
    return 'supplier';
  }
  if (!supplier && mention.kind !== 'demonym' && /^\s+(?!(?:[^,.;]|[.,](?=\d)){0,25}?\b(?:chosen|selected|chose|picked|asked|invited)\b)(?:[^,.;]|\.(?=\d)){0,45}?\b(to sell|selling|to supply|to deliver|to export)\b/.test(after)) {
    // "France is expected to sign a contract to sell … to Indonesia".
    return 'supplier';
  }
  // ("The Army signed an agreement with China to procure …": the state after "with" is the signer's partner, not the one buying.)
  if (!recipient && !/\bwith\s+(?:the\s+)?$/i.test(words.before) && buyerPurposeAfter(mention, after)) {
    return 'recipient';
  }
  if (!recipient && SIGNS_TO_BUY_AFTER.test(after)) {
    // "Slovakia will sign a government-to-government deal to purchase 152 CV90 vehicles": the one signing a deal to buy buys.
    return 'recipient';
  }
  if (!recipient && !beneficiary && OFFICIAL_SIGNS.test(after) && !/\b(?:to sell|to supply|to deliver|to export)\b/.test(clause)) {
    // "India's Defence Minister Rajnath Singh signed the deal … with France": a state's official signing buys for it.
    return 'recipient';
  }
  if (!recipient && STATE_ORGAN.test(after) && ORGAN_BUYS_AFTER.test(after) && !/\bto (?:supply|sell|deliver|export)\b/.test(clause)) {
    // "Poland's Armament Agency signed a contract with the U.S. government for 250 Abrams tanks": the state's organ buys for it.
    return 'recipient';
  }
  if (!supplier && !STATE_ORGAN.test(after) && /^['’]s\s+(?:[\p{Lu}][\p{L}&-]*\s+){1,4}(?:to build|to supply|to deliver|will build|will supply|(?:has |have )?(?:signed|won|agreed|secured))\b/u.test(after)) {
    // "selected Japan's Mitsubishi Heavy Industries to build 11 frigates": the maker's country sells.
    return 'supplier';
  }
  if (!supplier && ANNOUNCES_SALE_TO.test(clause)) {
    // "Defence Minister Richard Marles announced the sale of 100 Boxer vehicles to Germany": the one announcing its own sale to a buyer sells.
    return 'supplier';
  }
  if (!supplier && mention.kind !== 'demonym' && POSSESSIVE_SALE_TO.test(after)) {
    // "Denmark's $300 million sale of 24 used F-16s to Argentina": the state whose sale to a buyer it is sells
    // (whoever made the weapons; "Australia's purchase" is the buyer's).
    return 'supplier';
  }
  const organClears = /^['’]s\s+(?:State Department|Pentagon|defen[cs]e ministry|government|cabinet|(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:Council|Cabinet|Government|Ministry|Committee|Office))\b(?:[^.;]|\.(?=\d)){0,30}?\b(?:approv|notif|clear|authori[sz])/iu.test(after);
  // "Pakistan’s cabinet approved on May 24 plans for the purchase of … from Swedish firms": a state's organ clearing a purchase
  // clears its own state's buying.
  if (!recipient && organClears && PURCHASE_APPROVED.test(clause)) return 'recipient';
  if (!supplier && organClears && !PURCHASE_APPROVED.test(clause)) {
    // "Germany’s Federal Security Council approved the export of …": a state's organ clearing its own export sells.
    return 'supplier';
  }
  if (!supplier && /^(['’]s)?\s+(government|cabinet|defen[cs]e ministry|parliament|security council)\b(?:[^,.;]|[.,](?=\d)){0,30}?\b(approved|cleared|notified|agreed to sell|authori[sz]ed)\b/i.test(after) && !PURCHASE_APPROVED.test(clause)) {
    // "The German government on Wednesday approved the sale of … to Turkey".
    return 'supplier';
  }
  return null;
}

/** With the buyer placed and no seller: the buyer's partner signing beside it, or the other state of an agreement between the two. */
function partnerSelling({ sentence, countries, text }: PartyReading, recipient: CountryMention): CountryMention | null {
  // "The UK and Poland signed a £4 billion agreement … to the Polish armed forces": of two states
  // signing together, the one that is not the buyer sells.
  const joint =
    countries.find(
      (mention) =>
        mention.code !== recipient.code &&
        mention.end <= recipient.start &&
        /^\s+and\s+(the\s+)?$/.test(text.slice(mention.end, recipient.start)) &&
        JOINT_SIGNED_AFTER.test(text.slice(recipient.end, recipient.end + 60)),
    ) ?? null;
  if (joint) return joint;
  // "An agreement between Russia and India for India to acquire …": of the two the agreement is between, the other one sells.
  const pair = countries.find((mention, index) => {
    const next = countries[index + 1];
    return next && /\bbetween\s+(?:the\s+)?$/.test(tail(text.slice(sentence.start, mention.start))) && /^\s+and\s+(?:the\s+)?$/.test(text.slice(mention.end, next.start)) && (mention.code === recipient.code || next.code === recipient.code) && mention.code !== next.code;
  });
  if (!pair) return null;
  const next = countries[countries.indexOf(pair) + 1];
  return pair.code === recipient.code ? next : pair;
}

/** A word of buying, of a deal or of a buyer's choice ("to buy", "purchase of", "a deal", "the selection of an offer"). */
const BUYING_OR_DEAL = new RegExp(String.raw`\b(?:${verbForms([...BUYING, 'order'])}|acquisition|procurement|imports?|imported|importing|deals?|contracts?|agreements?|selection|selected|chose|chosen|picked)\b`, 'i');
/**
 * With the seller placed and no buyer: the one other state the sentence names, written before the seller with a word of buying or
 * of a deal between them, buys — English tells a purchase buyer first ("Greece approves purchase of 36 Israeli rocket systems",
 * "Malaysia has embarked on an arms procurement spree, including a deal last year to buy three French submarines", "Qatar agreed on
 * deals to buy F-15s built by US firm Boeing"). Not a state named after the seller (where its goods are built, a partner), nor one
 * of several, nor one after the seller's own name, nor one whose words before the seller speak of no purchase ("the Croatian Air Force
 * to replace its outdated Soviet jets").
 */
function buyerBeforeSeller({ countries, text }: PartyReading, supplier: CountryMention): CountryMention | null {
  const others = countries.filter((mention) => mention.code !== supplier.code);
  if (!others.length || others.some((mention) => mention.code !== others[0].code || mention.start > supplier.start)) return null;
  const buyer = others[others.length - 1];
  // ("Seoul and Washington are still negotiating … how South Korea will deliver …": the seller named before the other state too is
  // a partner of it, which the words do not make a buyer.)
  if (countries.some((mention) => mention.code === supplier.code && mention.start < buyer.start)) return null;
  return BUYING_OR_DEAL.test(text.slice(buyer.end, supplier.start)) ? buyer : null;
}

/** Neither side placed: two states signing together, the seller by the weapon's maker, the deal's currency, or (then `jointPair`) the sentence's words or which of the two exports. */
function pairSigningTogether(reading: PartyReading): void {
  const { sentence, countries, text } = reading;
  // "The UK and Norway have agreed a £10 billion deal for Type 26 frigates", "a contract … signed between France and
  // Indonesia": two states agreeing together, neither placed by the words; the one that makes the weapon (or whose maker builds it) sells.
  for (const [index, first] of countries.entries()) {
    const second = countries[index + 1];
    if (!second) break;
    // "The UK and Norway signed …", "UK and Ukraine sign £1.6 billion missile deal", "Record £10 billion UK-Norway warship deal".
    const joint = text.slice(first.end, second.start);
    // "Greece, France sign deal for three frigates": a headline's two states set off by a comma, signing in the present tense.
    const headlinePair = /^\s*,\s+$/.test(joint) && first.kind !== 'demonym' && second.kind !== 'demonym' && /^\W*$/.test(text.slice(sentence.start, first.start)) && /^\s+(?:sign|signs|ink|inks|seal|seals|agree|agrees|strike|strikes)\b/.test(text.slice(second.end, second.end + 20));
    const hyphenated = /^[-–]$/.test(joint) && first.kind !== 'demonym' && /^(?:[^.;]|\.(?=\d)){0,60}?\b(?:deals?|contracts?|agreements?|orders?)\b/i.test(text.slice(second.end, sentence.end));
    if (second.code === first.code || (!/^\s+and\s+(?:the\s+)?$/.test(joint) && !hyphenated && !headlinePair)) continue;
    const signedAfter = hyphenated || JOINT_SIGNING_AFTER.test(text.slice(second.end, second.end + 60));
    // "A contract for 18 Rafale jets was signed between France and Indonesia".
    const signedBetween = /\bbetween\s+(?:the\s+)?$/.test(tail(text.slice(sentence.start, first.start))) && /\b(?:signed|agreed|concluded|sealed|struck|finali[sz]ed)\b/.test(text.slice(sentence.start, sentence.end));
    // "A contract for 12 howitzers was signed by Kenya and France on Monday": the passive of two states signing together.
    const signedByBoth = /\b(?:was|were|has been|have been|had been|will be|is to be)\s+(?:(?:formally|officially|finally|jointly)\s+)?(?:signed|inked|sealed|concluded|finali[sz]ed)\s+(?:(?:on|last|this)\s+\p{L}+\s+|today\s+|yesterday\s+)?by\s+(?:the\s+)?(?:(?:governments?|defen[cs]e ministries|ministries)\s+of\s+(?:the\s+)?)?$/u.test(tail(text.slice(sentence.start, first.start), 80));
    if (!signedAfter && !signedBetween && !signedByBoth) continue;
    const body = text.slice(sentence.start, sentence.end);
    // Else a deal priced in one party's own money is that party's sale.
    const maker = platformCountry(body, '') ?? companyCountry(body, '') ?? ownCurrencyOf(body, [first.code, second.code]);
    if (maker === first.code || maker === second.code) [reading.supplier, reading.recipient] = maker === first.code ? [first, second] : [second, first];
    else if (!hyphenated && (COUNTED_WEAPONS.test(body) || moneyIn(body).length > 0) && (directionIn(sentence.start, sentence.end, countries, text, [first.code, second.code]) || LEADING_EXPORTERS.has(first.code) !== LEADING_EXPORTERS.has(second.code) || MAKER_STATES.has(first.code) !== MAKER_STATES.has(second.code))) {
      // "Kuwait and Italy yesterday signed a contract for 28 Eurofighter warplanes": no maker or weapon of one country, but the
      // sentence's words, or one of the two being a leading exporter or a state with makers, tell which sells (below).
      [reading.supplier, reading.recipient] = [first, second];
      reading.jointPair = true;
    }
    break;
  }
}

/** The two sides as read, the same state never both, turned round when the pair signed together and the sentence's words, the weapon's maker, the deal's currency or which of the two exports say the other sells. */
function sidesByMaker(reading: PartyReading) {
  let { supplier, recipient } = reading;
  const { sentence, countries, text, signedWith, jointPair } = reading;
  if (supplier && recipient && supplier.code === recipient.code) recipient = null;
  // "Greece and France signed a deal for three Belharra frigates", "Biden signed a deal for F-16 jets with Erdoğan":
  // of two states signing together, the one that makes the weapon sells.
  const together = signedWith || jointPair || (supplier && recipient && /^\s+and\s+(?:the\s+)?$/.test(text.slice(supplier.end, recipient.start)));
  const told = supplier && recipient && together ? directionIn(sentence.start, sentence.end, countries, text, [supplier.code, recipient.code]) : null;
  if (supplier && recipient && told) {
    // "The UK signed a deal with Ukraine to help Kyiv buy …", "… for British-made missiles": a verb or maker's word in the sentence tells who sells.
    if (told === recipient.code) [supplier, recipient] = [recipient, supplier];
  } else if (supplier && recipient && together && platformCountry(sentence.text, '') === recipient.code) {
    [supplier, recipient] = [recipient, supplier];
  } else if (supplier && recipient && together && !signedWith && !platformCountry(sentence.text, '') && !companyCountry(sentence.text, '') && ownCurrencyOf(sentence.text, [supplier.code, recipient.code])) {
    // "Turkey and Britain signed a £5.4 billion deal for Eurofighter jets": two states signing together, no maker or
    // weapon of one country written; a deal priced in one party's own currency is that party's sale. ("India signed …
    // worth Rs 5,000 crore with Russia" already says who buys: a buyer's press prices in its own money too.)
    if (ownCurrencyOf(sentence.text, [supplier.code, recipient.code]) === recipient.code) [supplier, recipient] = [recipient, supplier];
  } else if (supplier && recipient && together && !platformCountry(sentence.text, '') && !companyCountry(sentence.text, '') && LEADING_EXPORTERS.has(supplier.code) !== LEADING_EXPORTERS.has(recipient.code)) {
    // "The UK has signed a £650 million deal with Ukraine for air defence missiles", "India and Russia signed a $3 billion
    // agreement for fighter jets": nothing written says who sells; of two states, exactly one a leading exporter, that one does.
    if (LEADING_EXPORTERS.has(recipient.code)) [supplier, recipient] = [recipient, supplier];
  } else if (supplier && recipient && together && !platformCountry(sentence.text, '') && !companyCountry(sentence.text, '') && MAKER_STATES.has(recipient.code) && !MAKER_STATES.has(supplier.code)) {
    // "Pakistan and China signed a $5 billion agreement for eight submarines": no maker or weapon of known origin
    // is written; of two states signing together, the one with an arms industry on record sells.
    [supplier, recipient] = [recipient, supplier];
  }
  // Two states signing together with nothing in the sentence saying who sells: a later sentence may ("The agreement will provide Kyiv with …").
  const open = Boolean(supplier && recipient && together && !told && !platformCountry(sentence.text, '') && !companyCountry(sentence.text, ''));
  return { supplier, recipient, open };
}

/** A party's own words of selling after it ("British-made", "British industry will supply", "the UK will provide"). */
const SELLS_AFTER = new RegExp(
  String.raw`^(?:\s*-(?:made|built|designed|manufactured)\b|\s+(?:(?:defen[cs]e\s+)?(?:industry|firms|companies|manufacturers|makers|shipyards|shipbuilders|government|Government)\s+)?(?:${TO_COME})\s+(?:also\s+)?(?:${SELL_OR_BUILD}|manufacture)\b)`,
);
/** A party's words of buying after it ("Ukraine will receive", "Kyiv is to buy"). */
const BUYS_AFTER = new RegExp(String.raw`^\s+(?:${TO_COME})\s+(?:also\s+)?(?:${TAKE})\b`);
/** A party made the one who buys: "help Kyiv buy", "see Ukraine receive", "provide Kyiv with", "equip the Ukrainian army with". */
const MADE_TO_BUY_BEFORE = /\b(?:help|helps|helping|enable|enables|allow|allows|see|sees|let|lets)\s+(?:the\s+)?$/;
/** … the verb the one made to buy does ("help Kyiv buy", "see Ukraine receive"). */
const MADE_TO_BUY_AFTER = new RegExp(String.raw`^\s+(?:to\s+)?(?:${TAKE})\b`);
const SUPPLIED_BEFORE = /\b(?:provide|provides|supply|supplies|equip|equips|arm|arms)\s+(?:the\s+)?$/;

/**
 * Which of two parties a stretch of text says sells, by the verbs and words around each (in any order): its
 * country code, or null when it says nothing or both.
 */
function directionIn(start: number, end: number, countries: CountryMention[], text: string, parties: string[]): string | null {
  const sellers = new Set<string>();
  for (const mention of countries) {
    if (mention.start < start || mention.end > end || !parties.includes(mention.code)) continue;
    const other = parties.find((code) => code !== mention.code)!;
    const after = text.slice(mention.end, Math.min(end, mention.end + 80));
    const before = tail(text.slice(start, mention.start), 60);
    const service = SERVICE_AFTER.test(after);
    if (SELLS_AFTER.test(after) && (mention.kind !== 'demonym' || /^\s*-|^\s+(?:defen[cs]e\s+)?(?:industry|firms|companies|manufacturers|makers|shipyards|shipbuilders)\b/.test(after))) sellers.add(mention.code);
    else if (mention.kind !== 'demonym' && BUYS_AFTER.test(after)) sellers.add(other);
    else if (MADE_TO_BUY_BEFORE.test(before) && MADE_TO_BUY_AFTER.test(after)) sellers.add(other);
    else if ((mention.kind !== 'demonym' || service) && SUPPLIED_BEFORE.test(before) && /^\s+(?:(?:Army|Navy|Air Force|Armed Forces|armed forces|military)\s+)?with\b/.test(after)) sellers.add(other);
  }
  return sellers.size === 1 ? [...sellers][0] : null;
}

/**
 * "a possible Foreign Military Sale to the Taipei Economic and Cultural Representative Office in the
 * United States (TECRO)": an organization standing for a state (state-organizations.json) in the
 * buyer's place is that state buying; it is no country mention, so it is read here.
 */
function organizationBuying(sentence: Sentence, text: string, supplier: string | null): CountryMention | null {
  for (const [pattern, code] of STATE_ORGANIZATIONS) {
    if (code === supplier) continue;
    const match = pattern.exec(sentence.text);
    if (!match) continue;
    const start = sentence.start + match.index;
    const before = tail(text.slice(sentence.start, start));
    if (/\b(to|for)\s+(the\s+)?$/i.test(before) && SALE_WORDS.test(text.slice(sentence.start, start))) {
      return { code, kind: 'name', city: null, start, end: start + match[0].length, text: match[0] };
    }
  }
  return null;
}

/**
 * "The Taipei Economic and Cultural Representative Office in the United States (TECRO) has requested to buy …": an
 * organization standing for a state, as the subject of a programme request, is that state buying.
 */
function organizationRequesting(sentence: Sentence): CountryMention | null {
  const request = PROGRAMME_REQUESTED.exec(sentence.text);
  if (!request) return null;
  for (const [pattern, code] of STATE_ORGANIZATIONS) {
    const match = pattern.exec(sentence.text.slice(0, request.index));
    // Only the sentence's subject: "The Pentagon said Poland has requested …" names no buyer here.
    if (match && /^\W*(?:the\s+)?$/i.test(sentence.text.slice(0, match.index))) return { code, kind: 'name', city: null, start: sentence.start + match.index, end: sentence.start + match.index + match[0].length, text: match[0] };
  }
  return null;
}

/**
 * Weapons made by one country only (prisma/reference/defence-companies.json "platforms"): the F-16 is
 * American, the Rafale French, the K2 Korean. Jointly built types (Typhoon, NASAMS, JF-17) are left out.
 */
/** The states whose own currency a sale is priced in (a shared one, the euro, or the dollar every state uses, tells no side). */
const CURRENCY_STATES: Record<string, string> = {
  GBP: 'GB', KRW: 'KR', INR: 'IN', JPY: 'JP', SEK: 'SE', NOK: 'NO', DKK: 'DK', CZK: 'CZ', PLN: 'PL', CHF: 'CH', ILS: 'IL', TRY: 'TR',
  RUB: 'RU', CNY: 'CN', AUD: 'AU', CAD: 'CA', BRL: 'BR', ZAR: 'ZA', SAR: 'SA', AED: 'AE',
};
/** Of two parties, the one whose own currency the sentence's first amount is written in, if any. */
function ownCurrencyOf(body: string, parties: string[]): string | null {
  const state = moneyIn(body).map((amount) => CURRENCY_STATES[amount.currency]).find(Boolean);
  return state && parties.includes(state) ? state : null;
}

/** The ten largest exporters (defence-companies.json "leadingExporters", SIPRI 2019-2023): of two states signing together, one on the list sells when nothing else tells. */
const LEADING_EXPORTERS = new Set<string>(defenceCompanies.leadingExporters.codes);
/** States with defence makers on record (defence-companies.json): the likelier seller of two signing together when nothing else tells. */
const MAKER_STATES = new Set(Object.keys(defenceCompanies.companies));
// A type ending in a number takes its variant letters ("F-16V", "F-35A", "K2PL", "AH-64E").
// A plural is the type too ("24 used F-16s", "Rafales").
// A type's letters and number are written with or without a hyphen between them ("K9" and "K-9", "F-16" and "F16").
const platformWritten = (name: string): string => `${escapeRegExp(name).replace(/(?<=[A-Z])-?(?=\d)/g, '-?')}${/\d$/.test(name) ? '(?:[A-Z]{1,2}\\b)?' : ''}s?`;
const PLATFORM_NAMES = Object.entries(defenceCompanies.platforms as Record<string, string[]>).flatMap(([code, names]) => names.map((name) => [name, code] as const));
const PLATFORMS: [RegExp, string][] = PLATFORM_NAMES.map(([name, code]) => [new RegExp(`(?<![\\p{L}\\d-])${platformWritten(name)}(?![\\p{L}])`, 'u'), code]);
/** Whether any of PLATFORMS is written (one pass, as ANY_COMPANY). */
const ANY_PLATFORM = new RegExp(`(?<![\\p{L}\\d-])(?:${PLATFORM_NAMES.map(([name]) => platformWritten(name)).join('|')})(?![\\p{L}])`, 'u');
function platformCountry(body: string, buyer: string): string | null {
  if (!ANY_PLATFORM.test(body)) return null;
  const written = PLATFORMS.flatMap(([pattern, code]) => (pattern.test(body) ? [...body.matchAll(new RegExp(pattern.source, 'gu'))].map((match) => ({ start: match.index!, end: match.index! + match[0].length, code })) : []));
  // "Black Hawk" is American whatever the British "Hawk" inside it: a type written inside a longer one is no type of its own.
  const inside = (one: { start: number; end: number }) => written.some((other) => other !== one && other.start <= one.start && one.end <= other.end && other.end - other.start > one.end - one.start);
  const makers = new Set(written.filter((one) => !inside(one)).map(({ code }) => code));
  makers.delete(buyer);
  return makers.size === 1 ? [...makers][0] : null;
}

/**
 * "Thales UK", "BAE Systems Australia", "Rheinmetall Defence Australia": a maker's name followed by a
 * country (after a word of its line of business) is its subsidiary there, which builds in that country.
 */
const SUBSIDIARY = /^\s+(?:(?:Defen[cs]e|Systems|Land|Maritime|Aerospace|Electronics|Vehicles)\s+){0,2}(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)/u;
function makerCountry(body: string, match: RegExpExecArray, code: string): string {
  const next = SUBSIDIARY.exec(body.slice(match.index + match[0].length));
  if (!next) return code;
  const words = next[1].split(/\s+/);
  for (let length = words.length; length >= 1; length--) {
    const place = placeNamed(words.slice(0, length).join(' '));
    if (place && place.kind !== 'city' && place.kind !== 'demonym') return place.code;
  }
  return code;
}

/** The home country of the first defence maker a sale sentence names (its subsidiary's country), unless it is the buyer's own. */
function companyCountry(body: string, buyer: string): string | null {
  let first: { index: number; code: string } | null = null;
  for (const [pattern, home] of ANY_COMPANY.test(body) ? COMPANIES : []) {
    const match = pattern.exec(body);
    const code = match ? makerCountry(body, match, home) : home;
    if (match && code !== buyer && (!first || match.index < first.index)) first = { index: match.index, code };
  }
  return first?.code ?? firmNameCountry(body, buyer);
}

/** "Munitions India Limited has signed a contract …": a firm the list lacks, named after its country ("<Country or demonym> … Limited"). */
const FIRM_NAME = /(?<![\p{L}])((?:\p{Lu}[\p{L}-]*\s+){1,4})(?:Limited|Ltd\.?|Industries|Corporation|Corp\.|Company|plc|PLC|Inc\.|LLC|GmbH)(?![\p{L}])/gu;
function firmNameCountry(body: string, buyer: string): string | null {
  for (const match of body.matchAll(FIRM_NAME)) {
    for (const word of match[1].trim().split(/\s+/)) {
      const place = placeNamed(word);
      if (place && (place.kind === 'name' || place.kind === 'demonym') && place.code !== buyer) return place.code;
    }
  }
  return null;
}

/** What a sale sentence says is sold; it ends at the price, a passive verb or the sentence's end (the full stop inside "$2.2 billion" is none). */
function itemsOf(sentence: Sentence, text: string, valueEnd: number | null): string | null {
  const body = text.slice(sentence.start, sentence.end);
  const from = valueEnd !== null ? valueEnd - sentence.start : 0;
  const patterns = [
    /^\s*(?:dollars\s+)?(?:in|of|for)\s+(.+?)(?=\s+to\s+(?:the\s+)?\p{Lu}|,\s+(?:the|a|an)\s|,\s+\p{Ll}+ing\b|,?\s+valued|\s+worth\b|\s+at\s+(?:an?\s+)?(?:estimated\s+|total\s+)?cost\b|\s+(?:for|at)\s+(?:about\s+|some\s+)?(?:US)?\$|\s+from\s|\s+(?:for|at)\s+(?:an?\s+)?(?:estimated\s+|about\s+|some\s+|up to\s+|cost of\s+)*(?:US|A|C)?[$£€]|\s+(?:was|were|has been|have been)\s|[.;](?!\d)|$)/u,
    /\b(?:sale|sales|delivery|batch|purchase|order|package)\s+(?:to\s+(?:the\s+)?[\p{Lu}][\p{L} ]+?\s+)?of\s+(?!a\s|an\s|the\s+sale)(.+?)(?=\s+to\s+(?:the\s+)?\p{Lu}|,\s+(?:the|a|an)\s|,\s+\p{Ll}+ing\b|,?\s+valued|\s+worth\b|\s+at\s+(?:an?\s+)?(?:estimated\s+|total\s+)?cost\b|\s+(?:for|at)\s+(?:about\s+|some\s+)?(?:US)?\$|\s+from\s|\s+(?:on|in)\s+\p{Lu}\p{Ll}+day|\s+(?:for|at)\s+(?:an?\s+)?(?:estimated\s+|about\s+|some\s+|up to\s+|cost of\s+)*(?:US|A|C)?[$£€]|\s+(?:was|were|has been|have been)\s|[.;](?!\d)|$)/u,
    /\b(?:to buy|buy|buying|bought|ordered|purchasing|acquiring|procuring|to acquire|to procure|covered|covers)\s+(.+?)(?=\s+from\s|\s+in a deal|\s+worth\b|,\s+(?:the|a|an)\s|\s+(?:for|at)\s+(?:an?\s+)?(?:estimated\s+|about\s+|some\s+|up to\s+|cost of\s+)*(?:US|A|C)?[$£€]|\s+(?:was|were|has been|have been)\s|[.;](?!\d)|$)/u,
    /\b(?:to sell|sell|sold|to supply|supplied|to deliver|to build)\s+(.+?)(?=\s+to\s+(?:the\s+)?\p{Lu}|\s+worth\b|\s+in a deal|\s+for\s+(?:about\s+|some\s+)?(?:US)?[$£€]|,\s+(?:the|a|an)\s|\s+(?:for|at)\s+(?:an?\s+)?(?:estimated\s+|about\s+|some\s+|up to\s+|cost of\s+)*(?:US|A|C)?[$£€]|\s+(?:was|were|has been|have been)\s|[.;](?!\d)|$)/u,
  ];
  for (const [index, pattern] of patterns.entries()) {
    const match = pattern.exec(index === 0 ? body.slice(from) : body);
    if (match && WEAPONS.test(match[1]) && match[1].length < 200) return match[1].replace(/^(?:the\s+first\s+batch\s+of\s+)/i, '').replace(/^\p{Lu}[\p{L}.]+\s+(?=\d)/u, '').trim();
  }
  return null;
}

/** Words after an amount that make it a price per piece ("$80 million each", "€4m apiece", "$144 million per aircraft"). */
const PER_UNIT_AFTER = /^\s*(?:each|apiece|a piece|a unit|per (?:unit|piece|copy|aircraft|airframe|jet|plane|fighter|helicopter|tank|vehicle|ship|vessel|missile|round|shell|system|launcher|drone|gun|howitzer|boat|submarine)|an? (?:aircraft|jet|plane|tank|vehicle|ship|missile|round|shell|system|launcher|drone|helicopter)\b)/i;
/** Words before an amount that make it a price per piece ("a unit cost of", "each costing", "each worth"). */
const PER_UNIT_BEFORE = /\b(?:unit (?:cost|price)s?|(?:cost|price)s? per (?:unit|piece|aircraft|jet|tank|vehicle|ship|missile|round|system)|(?:each|apiece)\s+(?:costing|costs|cost|worth|valued at|priced at)|costing\s+each|per-unit (?:cost|price))\s*(?:of|at|is|was|:)?\s*(?:about|around|some|roughly|nearly|almost|over|more than|an estimated)?\s*$/i;
function perUnit(body: string, amount: Money): boolean {
  return PER_UNIT_AFTER.test(body.slice(amount.index + amount.length, amount.index + amount.length + 24)) || PER_UNIT_BEFORE.test(body.slice(Math.max(0, amount.index - 50), amount.index));
}

/**
 * An amount told as the sum of several deals, no one sale's value: "bringing the total value of deals for the system to
 * over 12.6 trillion won", "has signed more than $10 billion worth of defense contracts with South Korea".
 */
const TOTAL_OF_DEALS_BEFORE = /\b(?:total|combined|cumulative|overall)\b(?:\s+value)?\s+of\s+(?:[\w-]+\s+){0,3}?(?:deals|contracts|orders|sales|exports|purchases)\b[^.;$£€₩¥₹]{0,50}$/i;
const TOTAL_OF_DEALS_AFTER = /^\s*(?:worth\s+of|in)\s+(?:[\w-]+\s+){0,2}?(?:deals|contracts|orders)\b/i;
function totalOfDeals(body: string, amount: Money): boolean {
  return TOTAL_OF_DEALS_BEFORE.test(body.slice(Math.max(0, amount.index - 100), amount.index)) || TOTAL_OF_DEALS_AFTER.test(body.slice(amount.index + amount.length, amount.index + amount.length + 40));
}

/**
 * An amount told as a firm's or a trade's income, no deal's value: "reported $1.18 billion in revenue", "revenues of $2 billion",
 * "a turnover of €900 million", "earned $3 billion in export sales".
 */
const INCOME_AFTER = /^\s*(?:in|of)\s+(?:(?:annual|total|net|export|defen[cs]e|its)\s+)*(?:revenues?|earnings|turnover|profits?|income|export sales)\b/i;
const INCOME_BEFORE = /\b(?:revenues?|earnings|turnover|profits?|income)\s+(?:of|at|reached|rose to|grew to|to|was|were|totall?ing|topped)\s+(?:about|around|some|roughly|nearly|almost|over|more than)?\s*$/i;
function income(body: string, amount: Money): boolean {
  return INCOME_AFTER.test(body.slice(amount.index + amount.length, amount.index + amount.length + 40)) || INCOME_BEFORE.test(body.slice(Math.max(0, amount.index - 40), amount.index));
}

/** Words that put a deal in defence: its ministry, forces or trade ("a $5 billion agreement for power plants" has none). */
const DEFENCE_WORDS = /\b(?:defen[cs]es?|military|armed forces|army|navy|naval|air force|marines|arms|weapons?|security|warfare|combat|Pentagon|armament|ordnance)\b/i;
/** A deal with a value and no weapon named is a sale only in defence words, or with a maker or a weapon of one country named. */
function defenceDeal(context: string): boolean {
  return DEFENCE_WORDS.test(context) || companyCountry(context, '') !== null || platformCountry(context, '') !== null;
}

/**
 * The sale a sentence (or one clause of it) reports. A clause is read with its whole sentence as
 * context: "approved the sale of F-16 jets to Turkey for $23 billion and of F-35 jets to Greece for
 * $8.6 billion" has the sale word and the seller once, for both clauses.
 */
function mentionIn(sentence: Sentence, countries: CountryMention[], document: ArticleDocument, publishedAt: Date | null, programme: boolean, dollar: string, whole: Sentence = sentence): SaleMention | null {
  const { text } = document;
  const body = sentence.text;
  const context = whole.text;
  // "at $80 million each", "a unit cost of $85 million": a price per piece is no sale's value (nor is it multiplied out).
  const amounts = moneyIn(body, dollar).filter((amount) => !perUnit(body, amount) && !totalOfDeals(body, amount) && !income(body, amount));
  // The sale's amount: one written as a cost or total when the sentence has several ("MDE $0 million … TOTAL $188 million").
  const money = amounts.find((amount) => VALUE_CUE.test(body.slice(Math.max(0, amount.index - 30), amount.index)) && amount.amount !== '0') ?? amounts.find((amount) => amount.amount !== '0') ?? null;
  // "285 million euros ($335 million)": the text's own USD figure beside another currency.
  // ("5.6 tln-won … signed a 5.6 trillion-won (US$4 billion) contract": the dollars may follow the amount written again.)
  // ("… is about 1.8 Billion NOK. (US$287 million).": a sentence the splitter ended at a code's full stop, its dollars in brackets alone after it.)
  const next = document.sentences[whole.index + 1];
  const usd =
    money && money.currency !== 'USD'
      ? (amounts.find((amount) => amount.currency === 'USD' && amounts.some((other) => sameAmount(other, money) && convertedBy(body, other, amount))) ??
        (next && /^[\s.]*$/.test(body.slice(money.index + money.length)) && /^\s*\([^()]{1,40}\)[.\s]*$/.test(next.text) ? moneyIn(next.text, dollar).find((amount) => amount.currency === 'USD') : undefined))
      : money;
  const value = money ? { index: money.index, length: money.length } : null;
  // In a programme notice, "The first is to the Government of Egypt for 555 Hellfire missiles at an
  // estimated cost of $90 million" is a case of the sales the notice announces, without a sale word of its own.
  const programmeCase = programme && /\b(?:to|for) (?:the )?Government of\b/i.test(body) && /\bestimated (?:total )?(?:program |case )?(?:cost|value)\b/i.test(body);
  const purchaserLine = /\bPurchaser\s*:/i.test(body) || programmeCase || (programme && PROGRAMME_REQUESTED.test(body));
  // "The UK has signed a £650 million deal with Ukraine. The agreement will provide Kyiv with air defence missiles.": a deal
  // with a value whose next sentence, speaking of it again, says it is for weapons.
  const dealNamed = value && /\b(deals?|contracts?|package|sale|agreements?|order|Letters?(?:\(s\))? of Offer)\b/i.test(context);
  // One deal told over two sentences, as its frame's parts fall: the next sentence, speaking of the deal again, gives its
  // goods or value ("Poland's Armament Agency signed a deal with Hanwha Aerospace. The contract covers 72 Chunmoo
  // launchers …", "Thailand will buy a frigate from South Korea. The 17 billion baht deal was signed …"), or this one
  // speaks again of the deal the one before sold weapons in ("… will buy 40 F-16 fighters. The United States approved the $23 billion sale").
  const previous = document.sentences[whole.index - 1];
  const nextTells = Boolean(next && DEAL_REFERRED.test(next.text) && (dealNamed || SALE_VERB.test(context)));
  const weaponsNext = nextTells && (WEAPONS.test(next.text) || defenceDeal(next.text));
  const valueNext = nextTells && moneyIn(next.text, dollar).some((amount) => amount.amount !== '0');
  const weaponsBefore = Boolean(previous && value && DEAL_REFERRED.test(context) && SALE_VERB.test(previous.text) && WEAPONS.test(previous.text));
  // ("The first-stage deal in 2022 was valued at 5.03 trillion won": a deal of a series with its own value needs no weapon of its own.)
  const seriesDeal = Boolean(value && ANOTHER_DEAL.test(context));
  // ("approved the sale of 12 Embraer A-29 Super Tucanos to Nigeria": goods named by a defence maker's name or a type of one country's
  // make are weapons, whatever the word for them.)
  const madeGoods = () => companyCountry(context, '') !== null || platformCountry(context, '') !== null;
  if (!purchaserLine && (!SALE_WORDS.test(context) || !(WEAPONS.test(context) || (dealNamed && defenceDeal(context)) || weaponsNext || weaponsBefore || seriesDeal || US_PROGRAMME.test(context) || madeGoods()))) return null;
  const saleWords = [...context.matchAll(/\b(sales?|sell(?:s|ing)?|sold|deals?|contracts?|package|purchases?|purchas(?:ed|ing|e)|purchaser|deliver(?:ed|y|ies)?|handover|offer(?:ed|s)?|approv\w*|notif\w*|to buy|buy(?:s|ing)?|bought|order(?:ed|s)?|inks|signs|suppl(?:y|ies|ied|ying)|export(?:s|ed|ing)?|receive[sd]?|acquir(?:e|es|ed|ing)|acquisition|procur(?:e|es|ed|ing|ement)|inked|spen(?:d|ds|t)|import(?:ed|ing)|paid|pays?|gets?|took delivery|agreements?|letters?(?:\(s\))? of (?:offer|intent|acceptance)|LOAs?|signed for|(?:selected|chosen|chose|picked)\b(?:[^.;]|\.(?=\d)){0,60}\bto (?:build|supply|deliver|provide)|(?:will|would|to|is to|are to) build(?=(?:[^.;]|\.(?=\d)){0,80}\bfor (?:the )?[A-Z]))\b/gi)].map((match) => match[1].toLowerCase());
  if (!saleWords.length && !purchaserLine) return null;
  // "will provide Ukraine with a $2 billion security assistance package": aid given is no sale unless a sale or contract is named.
  if (GIFT.test(context) && !/\b(?:sales?|sell|sold|contracts?|purchas\w+|buy|bought|deals?|orders?|ordered)\b/i.test(context)) return null;
  // "a ban on arms sales and purchases": sales in general, no one sale.
  if (!value && saleWords.every((word) => word === 'sales' || word === 'purchases' || word === 'deals' || word === 'package')) return null;
  // "the system Washington has supplied to Ukraine": a supply or purchase verb alone, without an amount, is no one sale.
  // A counted order ("will acquire 46 F-35A aircraft") is one sale even before its value is written.
  const counted = COUNTED_WEAPONS.test(body);
  // "bought weapons worth $10 billion since 2014", "imported arms worth $60 billion between 2000 and 2020": a total over
  // a period, with no counted weapons and no one deal named, is an aggregate, not a sale.
  if (AGGREGATE_PERIOD.test(body) && !counted && !ONE_DEAL.test(body)) return null;
  // "Ukraine will receive 31 tanks", "gets new jets": what a state is to receive is a sale only at a price ("will receive two corvettes for $500 million").
  if (!value && !valueNext && saleWords.every((word) => /^(?:receives?|gets?)$/.test(word))) return null;
  if (!value && !counted && !purchaserLine && !valueNext && saleWords.every((word) => /^(buy|buys|buying|purchase|purchased|purchasing|supply|supplies|supplied|supplying|acquire|acquires|acquired|acquiring|acquisition|procure|procures|procured|procuring|procurement|spend|spends|spent|imported|importing|paid|pay|pays)$/.test(word))) return null;
  // "the Taipei Economic and Cultural Representative Office in the United States": the host of a mission is no party to its purchase.
  const inSentence = countries.filter(
    (mention) => mention.start >= sentence.start && mention.end <= sentence.end && mention.kind !== 'city' && !MISSION_HOST_BEFORE.test(text.slice(Math.max(sentence.start, mention.start - 30), mention.start)),
  );
  // The words before a clause's parties are read from the start of its sentence ("… sale of … to Turkey …, and of … to Greece").
  const parties = partiesOf({ ...sentence, start: whole.start }, inSentence, text);
  let { supplier } = parties;
  const recipient = parties.recipient ?? organizationBuying(sentence, text, supplier?.code ?? null) ?? organizationRequesting(sentence) ?? (SERVICE_CONTRACT.test(context) ? null : buyerByCurrency(body, sentence, money, supplier?.code ?? null, companyCountry(context, '')));
  // "The Taipei Economic and Cultural Representative Office … has requested to buy": the capital in its name is the buyer, no seller.
  if (supplier && recipient && supplier.code === recipient.code) supplier = null;
  let supplierCode = supplier?.code ?? null;
  if (!supplierCode) for (const [pattern, code] of SELLING_AGENCIES) if (!supplierCode && code !== recipient?.code && pattern.test(context) && /\b(approv|notif|sale|offer)/i.test(context)) supplierCode = code;
  // "Lockheed Martin was awarded a contract … for the Government of Poland": the maker's country sells.
  if (!supplierCode && recipient) supplierCode = companyCountry(context, recipient.code);
  // "The $20 billion F-16 sale to Turkey": with a value and no seller named, the one country that makes the weapon sells;
  // so it does for a counted order or purchase ("Estonia has ordered six HIMARS launchers"), not a delivery (a gift arrives too).
  if (!supplierCode && recipient && (value || (counted && ORDERED.test(body)))) supplierCode = platformCountry(context, recipient.code);
  // A notice of the US programme (DSCA release, Federal Register, Congressional Record): the buyer's line sells from the US.
  if (!supplierCode && recipient && programme && recipient.code !== 'US') supplierCode = 'US';
  // Generic statements ("arms sales and purchases") name no sale: a sale has a party or a value.
  if (!recipient && !supplierCode && !value) return null;
  const status = (STATUS_RULES.find((rule) => rule.pattern.test(body)) ?? STATUS_RULES.find((rule) => rule.pattern.test(context)))?.status ?? 'PROPOSED';
  const turn = EARLIER_DEAL_TURN.exec(body);
  const earlierDealFrom = turn && turn.index > 0 ? sentence.start + turn.index : Infinity;
  const dates = datesIn(body, sentence.start, publishedAt).filter(
    (found) => !/\b(since|from)\s*$/.test(text.slice(found.start - 8, found.start)) && !DEADLINE_BEFORE.test(text.slice(Math.max(sentence.start, found.start - 24), found.start)) && found.start < earlierDealFrom,
  );
  const dealDates = dates.filter((found) => !TOLD_ON_BEFORE.test(text.slice(Math.max(0, found.start - 24), found.start)) && !DATELINE_AFTER.test(text.slice(found.end, found.end + 40)));
  const valueStart = value ? sentence.start + value.index : null;
  return {
    sentence,
    supplier,
    recipient,
    supplierCode,
    value: usd ? usd.amount : null,
    money,
    valueSpan: value ? { start: valueStart!, end: valueStart! + value.length } : null,
    items: itemsOf(sentence, text, value ? valueStart! + value.length : null),
    status,
    date: dealDates[0] ?? dates[0] ?? null,
    dateTold: dates.length > 0 && !dealDates.length,
    open: parties.open,
  };
}

/** A contract for a service to the goods, no sale of them ("a contract to provide technical support for the radars", "a maintenance contract"). */
const SERVICE_CONTRACT = /\bto provide (?:technical |logistic(?:al)? |maintenance )?(?:support|maintenance|training|services)\b|\bmaintenance\b/i;
/**
 * A seller placed and no buyer named, the deal priced in one state's own money that is not the seller's: that state buys — a buyer's
 * press and its budget write its own money ("The defence ministry signed a Rs 20,000-crore deal with Airbus Defence and Space of Spain",
 * "400 pieces were purchased from Swedish company AB Bofors for Rs 1,500 crore", "A Dh407 million contract with the French company
 * Naval Group"); a seller's own money, or a named maker's ("Saab won a SEK 5 billion order") or a shared one (the euro, the dollar) tells no buyer. The
 * buyer stands at the amount, which names it.
 */
function buyerByCurrency(body: string, sentence: Sentence, money: Money | null, placedSeller: string | null, maker: string | null): CountryMention | null {
  const state = money ? CURRENCY_STATES[money.currency] : undefined;
  const seller = placedSeller ?? maker;
  // ("Hyundai Rotem wins W845b tank deal from Peru": the money of the maker named is the seller's, whatever the words placed.)
  if (!money || !state || !seller || seller === state || maker === state) return null;
  const start = sentence.start + money.index;
  return { code: state, kind: 'name', city: null, start, end: start + money.length, text: body.slice(money.index, money.index + money.length) };
}

/**
 * A fact sheet's list of programme cases, "Japan – F-35 Joint Strike Fighter aircraft ($23.11B);
 * Morocco – AH-64E helicopters ($4.25B)": one sale per item, sold by the US (the programme's seller).
 * The caller keeps an item only inside a list: two in a sentence, or one on each of neighbouring lines.
 */
function listedSales(sentence: Sentence, countries: CountryMention[], document: ArticleDocument, dollar: string): SaleMention[] {
  const found: SaleMention[] = [];
  // "Major implemented cases": an implemented case is a signed Letter of Offer and Acceptance.
  // The list's introduction ("Notable FMS notifications included:") is the nearest line before it that is no item.
  let intro = sentence.index - 1;
  while (intro > 0 && intro > sentence.index - 20 && /[–—:-]\s*[^;]*\$/.test(document.sentences[intro].text) && !/\b(?:included|include|includes|following)\b/.test(document.sentences[intro].text)) intro -= 1;
  const context = `${document.sentences[intro]?.text ?? ''} ${sentence.text}`;
  const status: ArmsSaleStatus = /\bimplemented\b/i.test(context) ? 'CONTRACTED' : (STATUS_RULES.find((rule) => rule.pattern.test(context))?.status ?? 'PROPOSED');
  // Three ways a list writes an item: "Japan – F-35 aircraft ($23.11B)", "Israel – $3.4 billion for
  // CH-53K helicopters", "Australia: air defense systems, $3.5 billion" (one item a line).
  const amount = '((?:US)?\\$\\s?[\\d.,]+\\s?(?:[BMK]\\b|billion|million)?)';
  // Each shape has a cheap mark (an amount in brackets, an amount after a dash): the shape's pattern,
  // which tries every place an item could open, runs only on a sentence that has its mark.
  const shapes: { mark: RegExp; pattern: RegExp; items: (match: RegExpMatchArray) => string; value: (match: RegExpMatchArray) => string }[] = [
    { mark: /\(\s*(?:US)?\$/u, pattern: new RegExp(`([^;:()]{2,160}?)\\s*\\(\\s*${amount}\\s*\\)`, 'gu'), items: (match) => match[1], value: (match) => match[2] },
    { mark: /[–—-]\s*(?:US)?\$/u, pattern: new RegExp(`([^;:()$]{2,60}?[–—-]\\s*)${amount}\\s+(?:for|in)\\s+([^;]+)`, 'gu'), items: (match) => match[3], value: (match) => match[2] },
    { mark: /:/u, pattern: new RegExp(`^([^;:()$]{2,40}:\\s*)([^;$]+?),\\s*${amount}\\s*[.;]?$`, 'gu'), items: (match) => match[2], value: (match) => match[3] },
  ];
  for (const shape of shapes)
  for (const match of shape.mark.test(sentence.text) ? sentence.text.matchAll(shape.pattern) : []) {
    const at = sentence.start + match.index!;
    // The country opens the item, after a bullet, a comma, "and" or "the".
    const recipient = countries.find(
      (mention) => mention.start >= at && /^[\s,;•·*-]*(?:and\s+)?(?:the\s+)?$/u.test(document.text.slice(at, mention.start)) && mention.kind !== 'city' && mention.kind !== 'demonym',
    );
    if (!recipient || recipient.code === 'US' || found.some((other) => other.recipient === recipient)) continue;
    if (!/^\s*[–—:-]/u.test(document.text.slice(recipient.end, recipient.end + 3))) continue;
    const written = shape.value(match);
    const money = moneyIn(written, dollar)[0];
    if (!money) continue;
    const items = shape.items(match).replace(/^[^–—:-]*[–—:-]\s*/u, '').replace(/\s*[–—-]\s*$/u, '').trim();
    const valueStart = at + match[0].indexOf(written);
    found.push({
      sentence,
      supplier: null,
      recipient,
      supplierCode: 'US',
      value: money.currency === 'USD' ? money.amount : null,
      money,
      valueSpan: { start: valueStart, end: valueStart + written.length },
      items: items || 'arms',
      status,
      date: null,
    });
  }
  return found;
}

/**
 * A fact sheet's cases of one buyer, "Significant FMS cases with Japan include the F-35 ($23 billion),
 * E-2D Advanced Hawkeye ($3.1 billion), and SM-3 missiles ($1.5 billion)", or "Poland has … Recent
 * sales include 250 Abrams tanks ($4.75 billion) and 96 Apache helicopters ($12 billion)": two amounts
 * or more in brackets, the buyer the one state (not the seller) named in the sentence, else in the one
 * before; one sale an amount, sold by the US (the programme's seller).
 */
function casesOfOneBuyer(sentence: Sentence, countries: CountryMention[], document: ArticleDocument, dollar: string): SaleMention[] {
  // "€5 billion ($5.4 billion)": a bracket right after another amount is its conversion, no case of its own.
  const bracketed = [...sentence.text.matchAll(/\(\s*((?:US)?\$\s?[\d.,]+\s?(?:[BMK]\b|billion|million)?)\s*\)/gu)].filter(
    (match) => !moneyIn(sentence.text.slice(Math.max(0, match.index! - 30), match.index), dollar).some((amount) => /^\s*$/.test(sentence.text.slice(Math.max(0, match.index! - 30), match.index).slice(amount.index + amount.length))),
  );
  if (bracketed.length < 2) return [];
  const buyerIn = (from: number, to: number) => {
    const codes = new Set(countries.filter((mention) => mention.start >= from && mention.end <= to && mention.kind !== 'city' && mention.code !== 'US').map((mention) => mention.code));
    return codes.size === 1 ? countries.find((mention) => mention.start >= from && mention.end <= to && mention.code === [...codes][0])! : null;
  };
  const previous = document.sentences[sentence.index - 1];
  const recipient = buyerIn(sentence.start, sentence.end) ?? (previous ? buyerIn(previous.start, previous.end) : null);
  if (!recipient) return [];
  const context = `${previous?.text ?? ''} ${sentence.text}`;
  const status: ArmsSaleStatus = /\bimplemented\b/i.test(context) ? 'CONTRACTED' : (STATUS_RULES.find((rule) => rule.pattern.test(sentence.text))?.status ?? 'PROPOSED');
  let itemStart = 0;
  return bracketed.flatMap((match) => {
    const money = moneyIn(match[1], dollar)[0];
    const before = sentence.text.slice(itemStart, match.index);
    itemStart = match.index! + match[0].length;
    if (!money) return [];
    // The item is what comes after the list's verb or the previous item's comma or "and".
    const items = before.replace(/^.*\b(?:include|includes|included|including)\s+/s, '').replace(/^[\s,;]*(?:and\s+)?(?:the\s+)?/, '').trim();
    const valueStart = sentence.start + match.index! + match[0].indexOf(match[1]);
    return [{ sentence, supplier: null, recipient, supplierCode: 'US', value: money.currency === 'USD' ? money.amount : null, money, valueSpan: { start: valueStart, end: valueStart + match[1].length }, items: items || 'arms', status, date: null }];
  });
}

/**
 * "… included Australia's $3.5 billion purchase of …, and a $2.42 billion sale of P-8I aircraft to
 * India": a sentence with two amounts (not one amount and its conversion in brackets) reports one
 * sale a clause; its clauses are read one by one.
 */
function clausesOf(sentence: Sentence): Sentence[] {
  const written = moneyIn(sentence.text);
  const amounts = written.filter((amount, index) => amount.amount !== '0' && !(index > 0 && convertedBy(sentence.text, written[index - 1], amount)));
  if (amounts.length < 2) return [sentence];
  const clauses: Sentence[] = [];
  let from = 0;
  // "…, and of 40 F-35 jets to Greece", "… and to Greece for $8.6 billion": a second object of the same sale verb.
  // "… agreed to purchase $1.2 billion in drones and take delivery of helicopters in a separate $2.6 billion deal": a second sale verb of the same subject.
  const boundary = new RegExp(
    String.raw`;\s+|,\s+(?:and|while|whereas|as well as)\s+|\s+and\s+(?=(?:to\s+)?(?:take|took|${verbForms([...BUYING, 'order', 'sign', 'sell', 'supply'], 'base', 'past')})\b)|\s+and\s+(?=(?:an?|the)\s+(?:\S+\s+){0,2}?(?:US|A|C)?[$£€])|,?\s+and\s+(?=(?:of|to)\s)|(?:,\s+(?:and\s+)?|\s+and\s+)(?=(?:the\s+)?\p{Lu}[\p{L}. ]{1,30}?['’]s\s+(?:(?:US|A|C)?[$£€]|request|purchase|order|acquisition)\b)`,
    'gu',
  );
  for (const match of sentence.text.matchAll(boundary)) {
    clauses.push({ ...sentence, text: sentence.text.slice(from, match.index), start: sentence.start + from, end: sentence.start + match.index! });
    from = match.index! + match[0].length;
  }
  clauses.push({ ...sentence, text: sentence.text.slice(from), start: sentence.start + from, end: sentence.end });
  return clauses.filter((clause) => clause.text.trim().length > 0);
}

/** One amount written twice, or rounded in a headline ("W845b" for "844.7 billion won"): the same currency, within 1%. */
function sameAmount(one: Money, other: Money): boolean {
  if (one.currency !== other.currency) return false;
  const [a, b] = [BigInt(one.amount), BigInt(other.amount)];
  const difference = a > b ? a - b : b - a;
  return difference * 100n <= (a > b ? a : b);
}
/**
 * Two mentions' amounts differ: neither written the same nor the same in dollars ("another $4 billion in rocket launcher
 * sales" and "a 5.6 trillion won ($4 billion) contract" are one deal's value, told in two currencies), nor, written in two
 * currencies with no conversion beside either, near enough to be one value converted ("a £10 billion deal" and "the $13
 * billion order" of the same two states).
 */
const amountsDiffer = (one: SaleMention, other: SaleMention): boolean =>
  Boolean(one.money && other.money && Boolean(one.earlier) !== Boolean(other.earlier)) ||
  Boolean(
    one.money && other.money && !sameAmount(one.money, other.money) && !(one.value && one.value === other.value) &&
    !(!(one.value && other.value) && roughlyConverted(one.money, other.money)) &&
    !(one.headline && !other.headline && roundedFrom(one.money, other.money)) && !(other.headline && !one.headline && roundedFrom(other.money, one.money)) &&
    !(fewerDigitsToldAgain(one, other) || fewerDigitsToldAgain(other, one)),
  );

/**
 * "… a possible sale … for an estimated cost of $1.673 billion. … The notification for the F-16 sale to Bulgaria lists the cost at
 * $1.6 billion": a later sentence speaking of the sale again ("the F-16 sale", "the deal") with the amount in fewer digits, rounded
 * or cut short, tells the same value, not a second deal.
 */
function fewerDigitsToldAgain(rounded: SaleMention, exact: SaleMention): boolean {
  if (!rounded.money || !exact.money || rounded.sentence.index <= exact.sentence.index || rounded.headline || exact.headline) return false;
  if (!DEAL_REFERRED.test(rounded.sentence.text) || ANOTHER_DEAL.test(rounded.sentence.text)) return false;
  return roundedFrom(rounded.money, exact.money) || cutFrom(rounded.money, exact.money);
}

/** "$10bn" in a headline for "$9.6 billion" in the body: the exact amount rounded to the digits the other writes is it. */
function roundedFrom(rounded: Money, exact: Money): boolean {
  if (rounded.currency !== exact.currency) return false;
  const digits = rounded.amount.replace(/0+$/, '').length;
  if (!digits || digits > 3) return false;
  const [value, written] = [Number(exact.amount), Number(rounded.amount)];
  return Number(value.toPrecision(digits)) === written;
}

/** "$1.6 billion" for "$1.673 billion": the exact amount cut short to the digits the other writes (fewer digits than the exact one's). */
function cutFrom(rounded: Money, exact: Money): boolean {
  if (rounded.currency !== exact.currency || exact.amount.length !== rounded.amount.length) return false;
  const digits = rounded.amount.replace(/0+$/, '').length;
  if (!digits || digits > 3 || exact.amount.replace(/0+$/, '').length <= digits) return false;
  return exact.amount.slice(0, digits) === rounded.amount.slice(0, digits);
}

/**
 * The words before a cost: "The estimated cost is", "TOTAL", "estimated to cost", and in wire style
 * "It would cost an estimated", "Its total value was put at", "valued at about".
 */
const COST_BEFORE =
  /(?:estimated|total|program)\b[^.$]{0,25}\b(?:cost|case value|value)(?:\s+of\s+(?:the|this)\s+(?:case|sale|package|deal|contract|program(?:me)?))?\s*(?:is|was|of|:)?\s*(?:approximately|about|some|up to)?\s*$|\bTOTAL[\s.:]*$|\bestimated to cost\s*$|\b(?:cost|costs|costing|worth|valued at|put at|estimated at)\s+(?:(?:an?\s+)?(?:estimated|approximately|about|around|some|up to|nearly|almost|roughly|more than)\s+)*$/i;
/** "The estimated cost is $81 million.", "TOTAL $188 million", "It would cost an estimated $5.58 billion": a value line continuing a sale named before it. */
function costLineAfter(document: ArticleDocument, after: Sentence, dollar: string): { sentence: Sentence; money: Money } | null {
  for (const sentence of document.sentences.slice(after.index + 1, after.index + 12)) {
    if (/\bPurchaser\s*:|\bto the Government of\b/i.test(sentence.text)) return null;
    const money = moneyIn(sentence.text, dollar).find((amount) => amount.amount !== '0' && COST_BEFORE.test(sentence.text.slice(Math.max(0, amount.index - 80), amount.index).replace(/\.{3,}/g, ' ')));
    if (money) return { sentence, money };
  }
  return null;
}

const STATUS_STRENGTH: ArmsSaleStatus[] = ['PROPOSED', 'APPROVED', 'NOTIFIED', 'CONTRACTED', 'DELIVERED', 'CANCELLED'];

export interface SalesContext {
  document: ArticleDocument;
  countries: CountryMention[];
  people: FoundPerson[];
  publishedAt: Date | null;
  facts: ExtractedFact[];
  /** The country the text is filed from or published for (dateline, government publisher), if known. */
  homeCountry?: string | null;
  /** The country of the government or publisher that writes the text (not its dateline): whose dollar a bare "$" is. */
  publisherCountry?: string | null;
}

/**
 * "The Prime Minister signed the £8 billion deal with Türkiye" in a UK release: the government speaking
 * signs as the seller, its country the publisher's.
 */
const HOME_GOVERNMENT_SIGNS =
  /^\W*(?:Today\s+|Earlier\s+)?(?:[Tt]he\s+)?(?:Prime Minister|Defen[cs]e Secretary|Foreign Secretary|Secretary of State|Chancellor|President|Minister(?:\s+for\s+[\p{L} ]{3,30}?)?|Government|We)\b(?:\s*\p{Lu}\p{L}+){0,3}\s+(?:has\s+|have\s+|today\s+)*(?:signed|agreed|secured|sealed|struck|inked|finali[sz]ed|clinched)\b/u;

/**
 * "The Defence Secretary has announced a £1 billion contract to supply Poland with …" in a UK release:
 * the government speaking announces its own country's supply (OWN_SUPPLY), not a purchase.
 */
const HOME_GOVERNMENT_ANNOUNCES =
  /^\W*(?:Today\s+|Earlier\s+)?(?:[Tt]he\s+)?(?:Prime Minister|Defen[cs]e Secretary|Foreign Secretary|Secretary of State|Chancellor|President|Minister(?:\s+for\s+[\p{L} ]{3,30}?)?|Government|We)\b(?:\s*\p{Lu}\p{L}+){0,3}\s+(?:has\s+|have\s+|today\s+)*(?:announced|confirmed|unveiled|welcomed)\b/u;
/**
 * "The Government has approved the acquisition of …", "We will purchase …", "Cabinet approves purchase of …", "The Cabinet has
 * approved a Navy proposal to buy …": the government speaking buys. The home press writes its own cabinet in capitals at a story's
 * head and with the day ("THE CABINET yesterday approved the purchase of …"), and a government asking its parliament to approve
 * a purchase buys too ("The Government asks the Parliament to approve the purchase of …").
 */
const HOME_GOVERNMENT_BUYS = new RegExp(
  String.raw`^\W*(?:Today\s+)?(?:[Tt]he\s+|THE\s+)?(?:Prime Minister|Defen[cs]e Secretary|Minister(?:\s+for\s+[\p{L} ]{3,30}?)?|Government|Cabinet|CABINET|We)\b(?:\s*\p{Lu}\p{L}+){0,3}\s+(?:has\s+|have\s+|will\s+|today\s+|yesterday\s+|(?:on|last|this)\s+\p{L}+\s+)*(?:(?:asks?|asked)\s+(?:the\s+)?\p{Lu}\p{L}+\s+to\s+)?(?:approve[sd]?\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,2}?(?:(?:acquisition|purchase|procurement)\s+of|proposal\s+to\s+(?:${BUY}))|${verbForms(BUYING, 'base', 'third', 'past')}|ordered)\b`,
  'u',
);
const OWN_SUPPLY = new RegExp(String.raw`\bto (?:${verbForms(SELLING, 'base')})\b|\bexport (?:deal|contract|order)\b`);
/**
 * An export in so many words ("Landmark £5.4 billion Typhoon export deal with Türkiye", "will be exported to
 * Germany"): in a text filed from or published by one country, a buyer with no seller written buys from that
 * country. (A price in that country's money alone is no such word: "Analysts said Turkey signed a deal … worth
 * £8 billion" names no seller.)
 */
const EXPORT = /\bexport(?:s|ed|ing)?\b/i;

/** How a person's country was read that makes it certain enough to stand for a party to a sale (people.ts's affiliation rules). */
const CERTAIN_AFFILIATION = new Set(['curated office holder', 'country written before the title or name', 'national title', 'national organization in the title']);
/** Titles written before a person's name: the stand-in starts at them, so "with President Erdoğan" reads as "with <party>". */
const TITLE_BEFORE = /(?:(?:President|Prime|Minister|Defen[cs]e|Foreign|Secretary|of|State|Chancellor|King|Queen|Crown|Prince|Emir|Sultan|Premier|Deputy|Vice|Ambassador|Mr\.|Ms\.|Mrs\.|Dr\.|Sheikh|Gen\.|General)\s+)+$/u;

/**
 * "Biden signed a deal … with President Erdoğan", "Defence Minister Rajnath Singh signed a contract with
 * the United States": a person whose country the text or the curated office holders make certain stands
 * for that country in a sale sentence. Not where a country is already written over the same words.
 */
function peopleAsParties(people: FoundPerson[], countries: CountryMention[], text: string): CountryMention[] {
  const parties: CountryMention[] = [];
  for (const person of people) {
    if (!person.country || !person.countryEvidence || !CERTAIN_AFFILIATION.has(person.countryEvidence.rule)) continue;
    for (const mention of person.mentions) {
      const title = TITLE_BEFORE.exec(text.slice(Math.max(mention.sentence.start, mention.start - 60), mention.start));
      const start = mention.start - (title?.[0].length ?? 0);
      if (countries.some((country) => country.start < mention.end && start < country.end)) continue;
      parties.push({ code: person.country, kind: 'name', city: null, start, end: mention.end, text: text.slice(start, mention.end) });
    }
  }
  return parties;
}

/**
 * "Ruritania and Freedonia launched a frigate programme. The Balkan nation signed a $900 million deal with Freedonia …": a state
 * told by a description ("the Gulf kingdom", "South Asian nation") opening a sentence where it buys is the last state named
 * in the two sentences before it that the sentence does not name itself.
 */
const DESCRIBED_BUYER = /^\W*(?:[Tt]he\s+(?:[\p{L}-]+\s+){0,3}?|(?:\p{Lu}[\p{L}-]*\s+){1,3})(?:country|kingdom|nation|republic|emirate|sultanate|city-state)\b/u;
function describedBuyers(document: ArticleDocument, countries: CountryMention[]): CountryMention[] {
  const parties: CountryMention[] = [];
  for (const sentence of document.sentences) {
    const described = DESCRIBED_BUYER.exec(sentence.text);
    if (!described || sentence.start < document.bodyStart || !BUYER_VERB_AFTER.test(sentence.text.slice(described[0].length))) continue;
    const named = new Set(countries.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end).map((mention) => mention.code));
    const before = document.sentences[Math.max(0, sentence.index - 2)].start;
    const candidate = countries.filter((mention) => mention.start >= before && mention.end <= sentence.start && !named.has(mention.code)).at(-1);
    if (!candidate) continue;
    const start = sentence.start + described[0].length - described[0].trimStart().length;
    parties.push({ code: candidate.code, kind: 'name', city: null, start, end: sentence.start + described[0].length, text: document.text.slice(start, sentence.start + described[0].length) });
  }
  return parties;
}

/**
 * "The President of Brazil, Dilma Rousseff, was in Sweden to discuss her country's purchase of 36 Gripen jets": a person's own
 * country told by a pronoun ("his country's", "her nation's", "their government's") before a purchase, order or acquisition
 * stands for the state of the person named last before it in the sentence (whatever other state the sentence names: the one
 * visited is not "her country").
 */
const OWN_COUNTRY_PURCHASE = /\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:own\s+)?(?:country|nation|government)(?=['’]s\s+(?:(?:planned|proposed|recent|latest|first|new)\s+)?(?:purchase|order|acquisition|request)\b)/g;
function ownCountriesOf(people: FoundPerson[], document: ArticleDocument): CountryMention[] {
  const parties: CountryMention[] = [];
  for (const match of matchesInDocument(document, OWN_COUNTRY_PURCHASE)) {
    const owner = people
      .filter((person) => person.country)
      .flatMap((person) => person.mentions.filter((mention) => mention.end <= match.index && match.index < mention.sentence.end).map((mention) => ({ person, mention })))
      .sort((a, b) => b.mention.end - a.mention.end)[0];
    if (!owner) continue;
    parties.push({ code: owner.person.country!, kind: 'name', city: null, start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return parties;
}

/** The dollars of governments that write "$" for their own currency. */
const OWN_DOLLARS: Record<string, string> = { AU: 'AUD', CA: 'CAD', NZ: 'NZD', SG: 'SGD', HK: 'HKD', TW: 'TWD' };

/** Whether the text is a notice of the US programme, and a notification to Congress (read once for all the parts of a long text). */
const programmeNotice = oncePerText((text) => {
  const programme = US_PROGRAMME.test(text) || PROGRAMME_REQUEST.test(text);
  return { programme, notification: programme && CONGRESS_NOTIFICATION.test(text) };
});

/**
 * Where a sale's event happens when no sentence places it: the seller's clearing (an approval, a notification to its
 * legislature) at the seller; everything else the buyer does or receives — a plan to buy, a signing, a delivery, a
 * cancellation — at the buyer. The corpus guide places an event where it happens, and the development sets' gold puts a
 * placed sale event at the buyer 15 times in 18 (the other three signed at the seller's, a place the text writes).
 */
function saleEventPlace(status: ArmsSaleStatus, supplier: string, recipient: string, approvalText = ''): string {
  // ("Greek lawmakers approved the acquisition of …", "The Cabinet has approved a Navy proposal to buy …": a purchase approved is the
  // buyer's own clearing, at the buyer; a sale or export approved is the seller's.)
  if (status === 'APPROVED' && PURCHASE_APPROVED.test(approvalText)) return recipient;
  return status === 'APPROVED' || status === 'NOTIFIED' ? supplier : recipient;
}

/** An approval of a purchase (the buyer's clearing), or of a plan or deal to buy, not of a sale or an export. */
const PURCHASE_APPROVED = new RegExp(
  String.raw`\b(?:approv\w*|cleared|authori[sz]ed|green[- ]?light\w*|go-ahead)\b(?:[^.;]|\.(?=\d)){0,40}?\b(?:purchas\w*|acquisition|procur\w*|(?:proposal|plans?|deal|agreement|contract) to (?:${BUY}))\b|\b(?:purchase|acquisition|procurement)\s+(?:was|were|has been|had been)\s+approved\b`,
  'i',
);

/**
 * "The deal was signed in Rome by …", "Tuesday’s deal was signed at a Danish air force base", "the signing ceremony held at the Israeli
 * Ministry of Defense Headquarters": a signing's place the text writes, a country's name, capital, city or adjective right after "in"
 * or "at" (an article between), in one of the sale's sentences or a sentence of signing up to four after one of them.
 */
const SIGNED_AT = /\b(?:(?:was|were|been|being)\s+signed|signing(?:\s+ceremony)?(?:\s+(?:was|took place|were))?(?:\s+held)?)\s+(?:(?:on|last)\s+\p{L}+\s+)?(?:in|at)\s+(?:an?\s+|the\s+|its\s+)?$/u;
/**
 * A signing's place written after the occasion it was held at ("The contract was signed at a ceremony at the Grand Hotel in
 * Stockholm", "signed the contract … at a meeting with their German counterpart in Nuremberg", "signed … at a ceremony at the
 * South Korean Embassy in New Delhi", "during a signing ceremony held at …"): English names the occasion (ceremony, meeting, event,
 * summit, visit, talks) and then the town or country it was held in; the town is where the event happens, whoever hosted it.
 */
/** A state's mission abroad ("at the South Korean Embassy"): the state hosts the signing, the town it stands in is the place. */
const MISSION_AFTER = /^\s+(?:[Ee]mbassy|[Cc]onsulate|[Hh]igh [Cc]ommission)\b/;
const SIGNED_AT_OCCASION = /(?:\b(?:signed|signing)\b(?:[^.;]|\.(?=\d)){0,120}?\b(?:at|during)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?|\b(?:at|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?signing\s+)(?:ceremony|meeting|event|summit|visit|talks)\b[^.;,]{0,60}?\bin\s+(?:the\s+)?$/i;
function signingPlace({ document, countries }: SaleScan, sentences: Sentence[]): string | null {
  const told = new Set(sentences.map((sentence) => sentence.index));
  for (const sentence of document.sentences) {
    if (!told.has(sentence.index) && !(/\bsign(?:ed|ing)\b/.test(sentence.text) && sentences.some((one) => one.index < sentence.index && sentence.index <= one.index + 4))) continue;
    for (const mention of countries) {
      if (mention.start < sentence.start || mention.end > sentence.end) continue;
      if (MISSION_AFTER.test(document.text.slice(mention.end, mention.end + 20))) continue;
      if (SIGNED_AT.test(document.text.slice(Math.max(sentence.start, mention.start - 60), mention.start))) return mention.code;
      if (SIGNED_AT_OCCASION.test(document.text.slice(Math.max(sentence.start, mention.start - 240), mention.start))) return mention.code;
    }
  }
  return null;
}

/** What finding a text's sales reads once; `findArmsSales`'s steps take it. */
interface SaleScan {
  document: ArticleDocument;
  countries: CountryMention[];
  people: FoundPerson[];
  publishedAt: Date | null;
  facts: ExtractedFact[];
  homeCountry: string | null;
  /** What a bare "$" is: the publishing government's own dollar (`OWN_DOLLARS`), else USD. */
  dollar: string;
  /** A notice of the US programme, and a notification to Congress (`programmeNotice`). */
  programme: boolean;
  notification: boolean;
}

/** One sale being put together: its parties (either may still be unknown) and the mentions that tell it. */
interface Draft {
  supplier: string | null;
  recipient: string | null;
  mentions: SaleMention[];
  /** The buyer's counter-purchase from the seller under a deal (`offsetsOf`): an ARMS_SALE event, no sale of the graph. */
  offset?: boolean;
}

/** A draft with both parties: a sale. */
type SaleDraft = Draft & { supplier: string; recipient: string };
const partiesKnown = (draft: Draft): draft is SaleDraft => Boolean(draft.supplier && draft.recipient);

/** The article's arms sales, each with the ARMS_SALE event that reports it. */
/**
 * "The Americans sold …", "bought from the French", "the Israelis' request": a demonym standing as a noun after "the" — a
 * verb, an auxiliary, a preposition, a conjunction, a possessive or punctuation after it, never a noun — is the state as a
 * party of a sale, as its name is; "the French jets", "the Russian armed forces" stay adjectives (the weapons' maker, a service).
 */
const NOUN_DEMONYM_BEFORE = /\b[Tt]he\s+$/;
const NOUN_DEMONYM_AFTER = /^(?:['’]s?(?!\p{L})|\s*[,.;:)!?"”]|\s*$|\s+\d|\s+(?:an?|the|some|more|two|three|four|five|six|seven|eight|nine|ten|twelve|dozens|hundreds|and|or|but|who|which|that|to|for|from|with|in|on|at|of|over|by|as|after|before|because|since|under|into|themselves|also|already|still|then|now|reportedly|finally|eventually|later|once|would|will|could|can|may|might|must|should|shall|did|do|does|have|has|had|are|were|is|was|sold|sell|sells|selling|bought|buy|buys|buying|signed|sign|signs|agreed|agree|agrees|offered|offer|offers|supplied|supply|supplies|delivered|deliver|delivers|ordered|order|orders|purchased|purchase|acquired|acquire|won|paid|pay|pays|wanted|want|plan|planned|plans|approved|approve|insisted|refused|rejected|declined|chose|picked|selected)\b)/u;
/** "the Malaysian purchase of British hardware", "the Polish order for tanks": the noun of a state's own purchase, its adjective before it. */
const PURCHASE_NOUN_AFTER = /^\s+(?:purchase|order|acquisition)\s+(?:of|for)\b/;
function nounDemonymsAsNames(countries: CountryMention[], text: string): CountryMention[] {
  return countries.map((mention) =>
    mention.kind === 'demonym' && NOUN_DEMONYM_BEFORE.test(text.slice(Math.max(0, mention.start - 8), mention.start)) && NOUN_DEMONYM_AFTER.test(text.slice(mention.end, mention.end + 20)) && !PURCHASE_NOUN_AFTER.test(text.slice(mention.end, mention.end + 20))
      ? { ...mention, kind: 'name' }
      : mention,
  );
}

export function findArmsSales(context: SalesContext): FoundSale[] {
  const { document, people, publishedAt, facts, homeCountry = null, publisherCountry = null } = context;
  const countries = nounDemonymsAsNames(context.countries, document.text);
  const scan: SaleScan = { document, countries, people, publishedAt, facts, homeCountry, dollar: OWN_DOLLARS[publisherCountry ?? ''] ?? 'USD', ...programmeNotice(document.text) };
  const mentions = saleMentionsOf(scan);
  pricedDealsWithOtherGoods(mentions);
  dealsToldAgain(scan, mentions);
  notificationDays(scan, mentions);
  for (const mention of mentions) mention.headline = mention.sentence.start < document.bodyStart;
  mentions.sort((a, b) => a.sentence.start - b.sentence.start);
  const drafts = draftsOf(scan, mentions);
  sellerToldNext(scan, drafts);
  homeSeller(scan, drafts);
  sellerOfSentenceBefore(scan, drafts);
  makerNamedNext(scan, drafts);
  oneAmountOneSale(drafts);
  headlineToldInBody(scan, drafts);
  headlineTurnedAround(scan, drafts);
  costToldLater(scan, drafts);
  offsetsOf(drafts);
  samePricedOnce(drafts);
  const found: FoundSale[] = [];
  const anyPriced = drafts.some((draft) => draft.supplier && draft.recipient && draft.mentions.some((mention) => mention.money));
  const taken = new Set<string>();
  for (const draft of drafts.filter(partiesKnown)) found.push(saleOf(scan, draft, anyPriced, taken));
  const transfers = referencedTransfers(document, countries, publishedAt, found, facts);
  const approvals = earlierApprovals(document, countries, publishedAt, found, facts);
  return [...found, ...transfers, ...approvals, ...earlierSignings(document, countries, publishedAt, found, [...transfers, ...approvals], facts)];
}

const FOLLOWS_DEAL = /\b(?:(?:follows|followed)(?:\s+on)?(?:\s+from)?|comes after|came after)\s+(?:an?|the|its|their)\s+(?:[\w$£€₩¥₹.,-]+\s+){0,4}?(?:agreements?|deals?|contracts?|orders?|purchases?|sales?)\b/;
/** Each sentence's mentions of a sale: a fact sheet's listed cases, a programme's cases of one buyer, a sentence's clauses with amounts of their own, else the sentence as one. */
function saleMentionsOf({ document, countries, people, publishedAt, dollar, programme }: SaleScan): SaleMention[] {
  // Countries and the people standing for them, in text order, as the parties a sale sentence may name.
  const parties = [...countries, ...peopleAsParties(people, countries, document.text), ...describedBuyers(document, countries), ...ownCountriesOf(people, document)].sort((a, b) => a.start - b.start);
  const listedBySentence = document.sentences.map((sentence) => (programme ? listedSales(sentence, countries, document, dollar) : []));
  const inList = (index: number) =>
    listedBySentence[index].length >= 2 || (listedBySentence[index].length === 1 && ((listedBySentence[index - 1]?.length ?? 0) > 0 || (listedBySentence[index + 1]?.length ?? 0) > 0));
  return document.sentences
    .flatMap((sentence, index) => {
      if (inList(index)) return listedBySentence[index];
      // "This agreement follows a 2017 contract under which Hanwha supplied 372.7 billion won worth of K9 howitzers to India": the
      // words after "follows" tell an earlier deal with its own amount, the words before the deal just told.
      const follows = FOLLOWS_DEAL.exec(sentence.text);
      if (follows && follows.index > 0 && moneyIn(sentence.text.slice(follows.index), dollar).length && !moneyIn(sentence.text.slice(0, follows.index), dollar).length) {
        const clause = { ...sentence, text: sentence.text.slice(follows.index), start: sentence.start + follows.index };
        const earlier = mentionIn(clause, parties, document, publishedAt, programme, dollar, sentence);
        if (earlier?.money) return [{ ...earlier, sentence, earlier: true }];
      }
      const oneBuyer = programme ? casesOfOneBuyer(sentence, countries, document, dollar) : [];
      if (oneBuyer.length >= 2) return oneBuyer;
      const clauses = clausesOf(sentence);
      if (clauses.length > 1) {
        const found = clauses.flatMap((clause) => mentionIn(clause, parties, document, publishedAt, programme, dollar, sentence) ?? []).map((mention) => ({ ...mention, sentence }));
        if (found.filter((mention) => mention.money).length > 1) return found;
      }
      const mention = mentionIn(sentence, parties, document, publishedAt, programme, dollar);
      return mention ? [mention] : [];
    });
}

/**
 * "The €200 million contract was signed this week.": the deal just named told again with its price before the noun, as the
 * sentence's subject (the match ends where the amount begins).
 */
const PRICED_DEAL_AGAIN = /^\W*(?:The|This|That)\s+(?:(?:estimated|reported|planned|proposed|new)\s+)?(?=(?:(?:US|A|C|NZ)?[$£€₩¥₹₱]\s?\d|\d)(?:[^.;]|\.(?=\d)){0,30}?\b(?:deal|contract|sale|agreement|order|purchase)s?\b)/;
/**
 * "Mitsubishi Electric has signed a contract with the Philippines … Mitsubishi Electric will transfer four radars … for about
 * $100 million": a sentence naming again the maker of the sale told just before, with a price and no deal of its own, tells
 * that sale's value (the verb of a transfer need not be a sale word). Not a part or a total of deals, nor another deal.
 */
function makerToldAgain(body: string, before: string[]): boolean {
  if (!ANY_COMPANY.test(body) || ANOTHER_DEAL.test(body) || PART_OF_DEAL.test(body) || AGGREGATE_PERIOD.test(body)) return false;
  const makers = COMPANIES.filter(([pattern]) => pattern.test(body));
  return makers.some(([pattern]) => before.some((told) => pattern.test(told)));
}

/**
 * "Chile will buy three frigates from Britain. The $348 million deal, with the recent purchase of four used Dutch frigates,
 * gives …": a sentence opening with the deal just told and its price (`PRICED_DEAL_AGAIN`) gives that deal's value; a
 * demonym later in it, other than the parties told, says only where other goods came from, so the mention keeps no parties
 * and its amount joins the deal told in one of the two sentences before.
 */
function pricedDealsWithOtherGoods(mentions: SaleMention[]): void {
  for (const mention of mentions) {
    if (!mention.money || !PRICED_DEAL_AGAIN.test(mention.sentence.text)) continue;
    const sides = [mention.supplier, mention.recipient].filter((side): side is CountryMention => side !== null);
    if (!sides.length || sides.some((side) => side.kind !== 'demonym')) continue;
    const told = mentions.find(
      (other) => other.sentence.index < mention.sentence.index && other.sentence.index >= mention.sentence.index - 2 && !other.money && other.recipient && (other.supplier || other.supplierCode),
    );
    if (!told || sides.some((side) => side.code === told.recipient!.code || side.code === (told.supplier?.code ?? told.supplierCode))) continue;
    mention.supplier = null;
    mention.recipient = null;
    mention.supplierCode = null;
  }
}

/**
 * "… signed a deal to supply K2 tanks to Poland. The deal is worth a combined $5.7 billion.": the value of the deal
 * just named, told in the next sentence or the one after (a sentence of talks or parties between them) without a weapon
 * or a party of its own ("Italy is on the verge of selling two frigates to Egypt. The talks … The deal will cost Egypt
 * around €1.2 billion"). The deal may be told again by its price before the noun ("The €200 million contract was signed
 * this week", `PRICED_DEAL_AGAIN`) or by its maker named again with a price (`makerToldAgain`).
 * The mentions found in such a sentence are added to `mentions`.
 */
function dealsToldAgain({ document, publishedAt, dollar }: SaleScan, mentions: SaleMention[]): void {
  const told = new Set(mentions.map((mention) => mention.sentence.index));
  for (const sentence of document.sentences) {
    if (told.has(sentence.index) || !(told.has(sentence.index - 1) || told.has(sentence.index - 2))) continue;
    // "The order was inked on Tuesday in the presence of …": the day the deal just named was signed.
    if (told.has(sentence.index - 1) && DEAL_SIGNED_AGAIN.test(sentence.text) && !moneyIn(sentence.text, dollar).length) {
      const date = datesIn(sentence.text, sentence.start, publishedAt).find((found) => found.precision === 'DAY') ?? null;
      if (date) mentions.push({ sentence, supplier: null, recipient: null, supplierCode: null, value: null, money: null, valueSpan: null, items: null, status: STATUS_RULES.find((rule) => rule.pattern.test(sentence.text))?.status ?? 'PROPOSED', date });
      continue;
    }
    const before = mentions.filter((mention) => mention.sentence.index === sentence.index - 1 || mention.sentence.index === sentence.index - 2).map((mention) => mention.sentence.text);
    const priced = PRICED_DEAL_AGAIN.exec(sentence.text);
    if (!priced && !DEAL_AGAIN.test(sentence.text) && !makerToldAgain(sentence.text, before)) continue;
    const money = moneyIn(sentence.text, dollar).find(
      (amount) =>
        amount.amount !== '0' && !perUnit(sentence.text, amount) &&
        ((priced && amount.index === priced[0].length) || VALUE_CUE.test(sentence.text.slice(Math.max(0, amount.index - 40), amount.index).replace(/\s+(?:a\s+)?(?:combined|total|further)\s+$/i, ' ').replace(PAYER_AFTER_COST, '$1 ')) || COST_IS_BEFORE.test(sentence.text.slice(Math.max(0, amount.index - 100), amount.index))),
    );
    if (!money) continue;
    const usd = money.currency === 'USD' ? money : moneyIn(sentence.text, dollar).find((amount) => amount.currency === 'USD' && convertedBy(sentence.text, money, amount));
    const start = sentence.start + money.index;
    mentions.push({
      sentence, supplier: null, recipient: null, supplierCode: null, value: usd ? usd.amount : null, money, valueSpan: { start, end: start + money.length },
      items: null, status: STATUS_RULES.find((rule) => rule.pattern.test(sentence.text))?.status ?? 'PROPOSED', date: null,
    });
  }
}

/**
 * "The agency delivered the required certification notifying Congress of this possible sale on May 30 2019": in a report of a
 * notification, the sentence telling the day Congress was notified of the sale (with no goods or value of its own, so no mention
 * yet) dates the notified sale; it joins the sale it speaks of.
 */
const NOTIFIED_CONGRESS_OF_SALE = /\b(?:notif(?:y|ying|ied)\s+(?:the\s+)?(?:U\.?S\.?\s+)?Congress|notification\s+to\s+(?:the\s+)?(?:U\.?S\.?\s+)?Congress)\s+(?:of|about|on)\s+(?:this|the|that|a)\s+(?:possible\s+|proposed\s+|potential\s+)?(?:sale|transfer|purchase)\b/i;
function notificationDays({ document, publishedAt, notification }: SaleScan, mentions: SaleMention[]): void {
  if (!notification || !mentions.length) return;
  const told = new Set(mentions.map((mention) => mention.sentence.index));
  for (const sentence of document.sentences) {
    if (told.has(sentence.index) || !NOTIFIED_CONGRESS_OF_SALE.test(sentence.text)) continue;
    const date = datesIn(sentence.text, sentence.start, publishedAt).find((found) => found.precision === 'DAY');
    if (!date) continue;
    mentions.push({ sentence, supplier: null, recipient: null, supplierCode: null, value: null, money: null, valueSpan: null, items: null, status: 'NOTIFIED', date });
  }
}

/** The sales drafted from the mentions: sentences naming both parties make the sales; the others add to the sale they continue (`joinDraft`). */
function draftsOf({ document, homeCountry }: SaleScan, mentions: SaleMention[]): Draft[] {
  const drafts: Draft[] = [];
  const complete = mentions.filter((mention) => mention.recipient && (mention.supplier || mention.supplierCode));
  // "… the deal for 180 K2 tanks is close to completion. Valued at about 9 trillion won, it would …": the amount told in the
  // sentence right after a sale sentence without one (or the one after), naming no party, is that sale's; it goes with it before a later deal
  // of the same parties with an amount of its own ("In 2022 Poland signed a framework agreement … worth 30 trillion won") can join it.
  const valueNext = new Map<SaleMention, SaleMention>();
  for (const mention of complete) {
    if (mention.money) continue;
    // (One sentence of the deal may stand between them: "… is close to completion.", as `dealsToldAgain` reads.)
    // (The next may name one side again, the same: "… a deal sending eight jets to Vietnam. Vietnam could buy 12 more, worth $600 million".)
    const sameSideOnly = (other: SaleMention) =>
      !complete.includes(other) && (!other.recipient || other.recipient.code === mention.recipient!.code) && (!(other.supplier || other.supplierCode) || (other.supplier?.code ?? other.supplierCode) === (mention.supplier?.code ?? mention.supplierCode));
    const next = mentions.find((other) => other.sentence.index > mention.sentence.index && other.sentence.index <= mention.sentence.index + 2 && other.money && sameSideOnly(other));
    // (Not a headline's, nor a clause of a sentence that names parties of its own: "… for $8.7bn (7.8bn euros; £6.7bn)".)
    if (!next || mention.sentence.start < document.bodyStart || mentions.some((other) => other !== mention && other !== next && other.sentence.index > mention.sentence.index && other.sentence.index <= next.sentence.index && (other.money || other.recipient || other.supplier || other.supplierCode))) continue;
    if (![...valueNext.values()].includes(next)) valueNext.set(mention, next);
  }
  for (const mention of complete) {
    const supplier = mention.supplier?.code ?? mention.supplierCode!;
    const recipient = mention.recipient!.code;
    const told = valueNext.has(mention) ? [mention, valueNext.get(mention)!] : [mention];
    const sameParties = drafts.find((draft) => draft.supplier === supplier && draft.recipient === recipient);
    const conflictingValue = sameParties?.mentions.some((other) => told.some((one) => amountsDiffer(other, one)));
    if (sameParties && !conflictingValue) sameParties.mentions.push(...told);
    else drafts.push({ supplier, recipient, mentions: told });
  }
  const valuesTaken = new Set(valueNext.values());
  const incomplete = mentions.filter((mention) => !complete.includes(mention) && !valuesTaken.has(mention));
  const paired = pairedAcrossSentences(incomplete, drafts);
  for (const mention of incomplete.filter((mention) => !paired.has(mention))) joinDraft(drafts, mention, homeCountry);
  return drafts;
}

/**
 * "The Federal Security Council approved the delivery of another submarine to the Egyptian navy. … the German firm is
 * being paid €1 billion for all four submarines": one deal told over neighbouring sentences, the buyer in one and the
 * seller in the other, one of them with the value, is one sale of the two.
 * Such pairs are drafted; the mentions paired are returned.
 */
function pairedAcrossSentences(incomplete: SaleMention[], drafts: Draft[]): Set<SaleMention> {
  const sellerOf = (mention: SaleMention) => mention.supplier?.code ?? mention.supplierCode;
  const paired = new Set<SaleMention>();
  for (const buying of incomplete) {
    if (!buying.recipient || sellerOf(buying)) continue;
    const selling = incomplete.find(
      (other) =>
        !paired.has(other) && !other.recipient && sellerOf(other) && sellerOf(other) !== buying.recipient!.code &&
        Math.abs(other.sentence.index - buying.sentence.index) <= 2 && Boolean(other.money || buying.money),
    );
    if (!selling) continue;
    paired.add(buying).add(selling);
    drafts.push({ supplier: sellerOf(selling)!, recipient: buying.recipient.code, mentions: [buying, selling] });
  }
  return paired;
}

/** A state's own organ named without the state, as the home press names it, signing or holding a deal ("the Army signed", "the contract it signed"). */
const HOME_ORGAN_SIGNED = /^(?:The|the)\s+(?:military\s+|previous\s+|then\s+)?(?:government|Government|Army|Navy|Air Force|cabinet|Cabinet|junta|military)\b(?:[^.;]|\.(?=\d)){0,120}?\b(?:signed|inked|it\s+signed|had\s+signed|ordered|awarded)\b/;
/** A mention naming one party or none: added to the nearest draft it fits, else a draft of the home government's, of another deal of the parties just named, or kept open. */
function joinDraft(drafts: Draft[], mention: SaleMention, homeCountry: string | null): void {
  const party = mention.recipient?.code ?? mention.supplier?.code ?? mention.supplierCode;
  const fits = (draft: Draft) =>
    (!party || party === draft.recipient || party === draft.supplier) &&
    draft.mentions.every((other) => !amountsDiffer(other, mention));
  // A draft where the party keeps its side before a nearer one where it has the other ("manufactured by Italy's Alenia Aermacchi"
  // sells: it joins Italy's sale to Israel, not Italy's counter-purchase from Israel told nearer).
  const seller = mention.supplier?.code ?? mention.supplierCode;
  const sideTurned = (draft: Draft) => Number(Boolean(seller && !mention.recipient && seller === draft.recipient && draft.supplier));
  // A mention naming no party ("Ivanov said the value of the contract was …") speaks of a deal told before it: a draft told
  // earlier goes before a later one nearer to it ("… also considering plans to buy the F/A-18F from the United States").
  const toldAfter = (draft: Draft) => Number(!party && draft.mentions.every((other) => other.sentence.index > mention.sentence.index));
  const target =
    drafts.filter(fits).sort((a, b) => sideTurned(a) - sideTurned(b) || toldAfter(a) - toldAfter(b) || Math.abs(a.mentions[0].sentence.index - mention.sentence.index) - Math.abs(b.mentions[0].sentence.index - mention.sentence.index))[0];
  if (target) target.mentions.push(mention);
  else if (!mention.recipient && homeCountry && (mention.supplier?.code ?? mention.supplierCode) !== homeCountry && (mention.supplier || mention.supplierCode) && HOME_GOVERNMENT_BUYS.test(mention.sentence.text)) {
    // "The Government has approved the acquisition of 20 HIMARS launchers from the United States" in an Australian release: the home government buys.
    drafts.push({ supplier: mention.supplier?.code ?? mention.supplierCode, recipient: homeCountry, mentions: [mention] });
  } else if (!party && homeCountry && mention.money && HOME_GOVERNMENT_BUYS.test(mention.sentence.text)) {
    // "The Government asks the Parliament to approve the purchase of four new submarines with a total cost of NOK 41.37 billion" in a
    // Norwegian paper: the home government buys, priced; its seller may be told after it (`makerNamedNext`).
    drafts.push({ supplier: null, recipient: homeCountry, mentions: [mention] });
  } else if (mention.money && ANOTHER_DEAL.test(mention.sentence.text)) {
    // "A second contract covers 180 K2 tanks for $3.37 billion", "… and take delivery of … in a separate $2.6 billion deal":
    // another deal of the parties just named (in a sentence before or a clause before), with its own value.
    // (The seller's agency may be named again: "the State Department approved another possible sale … for $98 million".)
    const nearest = drafts
      .filter((draft) => draft.supplier && draft.recipient && (!party || party === draft.supplier || party === draft.recipient) && draft.mentions.some((other) => other.sentence.index <= mention.sentence.index))
      .sort((a, b) => Math.abs(a.mentions[0].sentence.index - mention.sentence.index) - Math.abs(b.mentions[0].sentence.index - mention.sentence.index))[0];
    if (nearest) drafts.push({ supplier: nearest.supplier, recipient: nearest.recipient, mentions: [mention] });
  } else if (mention.money && party && PAIR_NAMED.test(mention.sentence.text)) {
    // "… just two weeks after the two countries signed a nearly $1 billion deal to import two other such warships from Russia":
    // a deal of one side of a sale, made by "the two countries", with an amount of its own, is another deal of the same parties.
    const same = drafts.filter((draft) => draft.supplier && draft.recipient && (party === draft.supplier || party === draft.recipient));
    if (same.length && same.every((draft) => draft.supplier === same[0].supplier && draft.recipient === same[0].recipient)) drafts.push({ supplier: same[0].supplier, recipient: same[0].recipient, mentions: [mention] });
  } else if (mention.money && !mention.recipient && (mention.supplier || mention.supplierCode) && HOME_ORGAN_SIGNED.test(mention.sentence.text)) {
    // "The military government decided to terminate the US$241-million contract it signed with Ukraine's Malyshev Factory": a priced deal
    // of a seller with the buyer's own organ named without its state ("the Army", "the military government") is a deal of the one state
    // the text's sales are bought by, with a seller of its own.
    const seller = mention.supplier?.code ?? mention.supplierCode!;
    const buyers = new Set(drafts.flatMap((draft) => (draft.recipient ? [draft.recipient] : [])));
    const [buyer] = [...buyers];
    if (buyers.size === 1 && buyer !== seller && !drafts.some((draft) => draft.supplier === seller)) drafts.push({ supplier: seller, recipient: buyer, mentions: [mention] });
  } else if (mention.recipient && !mention.supplier && !mention.supplierCode && !drafts.length) {
    // "Poland signed a contract to buy tanks" with the seller only in the next sentence: kept open.
    drafts.push({ supplier: null, recipient: mention.recipient.code, mentions: [mention] });
  } else if (mention.money && (mention.earlier || PART_OF_DEAL.test(mention.sentence.text) || PLUPERFECT_DEAL.test(mention.sentence.text))) {
    // "… follows on from a £1.9bn deal for shorter-range missiles", "part of a much larger arms deal … valued between 9 and 10
    // billion euros", "in 2014 the ministry had signed a contract to acquire the missiles for $120 million": another deal of the
    // states the text's sales are between, with an amount of its own.
    const pair = onePairOf(drafts, party);
    if (pair) drafts.push({ ...pair, mentions: [mention] });
  }
}

/**
 * A deal told in the past perfect, the tense English gives a step before the one reported ("the ministry had signed a contract",
 * "had ordered", "the council had also cleared the import of 100 missiles"): with an amount of its own, an earlier deal.
 */
const PLUPERFECT_DEAL = /\bhad\s+(?:(?:also|already|earlier|previously|first)\s+)?(?:signed|inked|concluded|ordered|bought|purchased|acquired|cleared|approved)\b/i;
/** A deal told as a part of another or the whole a sale is part of ("part of a much larger arms deal", "part of the sale, which would provide …"); "as part of the deal" tells terms of the deal just named. */
const PART_OF_DEAL = /(?<!\b(?:[Aa]s|[Ii]n)\s)\bpart\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:deal|sale|contract|agreement|package)\b/;

/**
 * A priced deal naming one party of the text's sales or none, its amount another than theirs (`PART_OF_DEAL`, or an earlier deal
 * the sale follows), is another deal of the same two states when the text's sales (those of that party) are all of one pair: that
 * pair, else null.
 */
function onePairOf(drafts: Draft[], party: string | null | undefined): { supplier: string; recipient: string } | null {
  const pairs = new Set(drafts.filter(partiesKnown).filter((draft) => !party || party === draft.supplier || party === draft.recipient).map((draft) => `${draft.supplier}→${draft.recipient}`));
  if (pairs.size !== 1) return null;
  const [supplier, recipient] = [...pairs][0].split('→');
  return { supplier, recipient };
}

/**
 * "The UK has signed a £650 million deal with Ukraine. The agreement will provide Kyiv with …": the next sentences say who sells.
 * A draft of two states signing together is turned round when they do.
 */
function sellerToldNext({ document, countries }: SaleScan, drafts: Draft[]): void {
  for (const draft of drafts) {
    if (!draft.supplier || !draft.recipient || !draft.mentions.every((mention) => mention.open || !mention.recipient || !(mention.supplier || mention.supplierCode))) continue;
    const at = draft.mentions[0].sentence.index;
    for (const next of document.sentences.slice(at + 1, at + 3)) {
      const told = directionIn(next.start, next.end, countries.filter((mention) => mention.kind !== 'city' || mention.code === draft.supplier || mention.code === draft.recipient), document.text, [draft.supplier, draft.recipient]);
      if (!told) continue;
      if (told === draft.recipient) [draft.supplier, draft.recipient] = [draft.recipient, draft.supplier];
      break;
    }
  }
}

/** A buyer with no seller written, in a text whose home government signs, announces its own supply or speaks of exports: the home country sells. */
function homeSeller({ homeCountry }: SaleScan, drafts: Draft[]): void {
  for (const draft of drafts) {
    if (
      !draft.supplier && draft.recipient && homeCountry && draft.recipient !== homeCountry &&
      draft.mentions.some((mention) => HOME_GOVERNMENT_SIGNS.test(mention.sentence.text) || (HOME_GOVERNMENT_ANNOUNCES.test(mention.sentence.text) && OWN_SUPPLY.test(mention.sentence.text)) || EXPORT.test(mention.sentence.text))
    ) draft.supplier = homeCountry;
  }
}

/**
 * "Germany approved new arms exports on Wednesday. Egypt signed a €500 million contract for four frigates.": the one
 * country of the sentence before, when it speaks of selling arms, sells.
 */
function sellerOfSentenceBefore({ document, countries }: SaleScan, drafts: Draft[]): void {
  for (const draft of drafts) {
    if (draft.supplier || !draft.recipient) continue;
    const previous = document.sentences[draft.mentions[0].sentence.index - 1];
    if (!previous || !(WEAPONS.test(previous.text) || DEFENCE_WORDS.test(previous.text) || /\bnaval\b|\bvessels?\b/i.test(previous.text))) continue;
    const inPrevious = countries.filter((mention) => mention.start >= previous.start && mention.end <= previous.end && mention.kind !== 'city');
    // "… as part of a multi-billion pound deal signed between Britain and Qatar. The Ministry of Defence has confirmed it will
    // supply Qatar with 24 Typhoons …": a deal of the buyer's with one other state, told just before, is the one that state sells.
    const dealWithBuyer = inPrevious.some((mention) => mention.code === draft.recipient) && DEAL_BETWEEN.test(previous.text);
    if (!SELLING_BEFORE.test(previous.text) && !dealWithBuyer) continue;
    const sellers = new Set(inPrevious.filter((mention) => mention.code !== draft.recipient).map((mention) => mention.code));
    if (sellers.size === 1) draft.supplier = [...sellers][0];
  }
}

/**
 * "Switzerland has signed a deal to acquire five air-defence systems. The systems, made by Germany's Diehl Defence, …": a buyer
 * with no seller yet, the maker (or a weapon made by one country only) named in one of the next two sentences: the maker's country sells.
 */
function makerNamedNext({ document }: SaleScan, drafts: Draft[]): void {
  for (const draft of drafts) {
    if (draft.supplier || !draft.recipient) continue;
    const at = draft.mentions[0].sentence.index;
    for (const next of document.sentences.slice(at + 1, at + 4)) {
      const maker = companyCountry(next.text, draft.recipient) ?? platformCountry(next.text, draft.recipient);
      if (!maker) continue;
      draft.supplier = maker;
      break;
    }
  }
}

/**
 * "Israel said the United States approved the sale of the Arrow 3 system to Germany … worth $3.5 billion. The Israeli Ministry of
 * Defence … and Israel Aerospace Industries will sign the $3.5 billion agreement": one amount to one buyer is one deal, however many
 * states its sentences make sellers; the state whose maker or weapon it is sells, the others' words (a clearing) join its sale.
 */
function oneAmountOneSale(drafts: Draft[]): void {
  for (const draft of drafts) {
    const amount = draft.mentions.find((mention) => mention.money)?.money;
    if (!draft.supplier || !draft.recipient || !amount) continue;
    for (const other of drafts) {
      const otherAmount = other.mentions.find((mention) => mention.money)?.money;
      if (other === draft || other.recipient !== draft.recipient || !other.supplier || other.supplier === draft.supplier || !otherAmount || !sameAmount(amount, otherAmount)) continue;
      const bodies = [...draft.mentions, ...other.mentions].map((mention) => mention.sentence.text).join(' ');
      if ((platformCountry(bodies, draft.recipient) ?? companyCountry(bodies, draft.recipient)) !== draft.supplier) continue;
      draft.mentions.push(...other.mentions);
      other.supplier = null;
    }
  }
}

/**
 * "Ruritania sells $2 billion of jets to Freedonia" over "Freedonia has signed a contract for 30 Ruritanian jets worth €1.8 billion":
 * a headline tells in a few words, often in dollars or rounded, the deal its body tells, so a sale read from the headline alone
 * whose amount matches none of the body's sales of the same two states is the first of them told again, not a deal of its own.
 * Its mentions join that sale (their dollars may be its value: `valueOf`).
 */
function headlineToldInBody({ document }: SaleScan, drafts: Draft[]): void {
  const inBody = (draft: Draft) => draft.mentions.some((mention) => mention.sentence.start >= document.bodyStart);
  // (Priced in the headline alone: the body's mentions without an amount may have joined it — "US approves Morocco's $68 million
  // purchase request" over "… approved Morocco's request … for an estimated cost of $62 million. … Morocco requested to buy …".)
  const pricedInBody = (draft: Draft) => draft.mentions.some((mention) => mention.money && mention.sentence.start >= document.bodyStart);
  for (const draft of drafts) {
    if (!draft.supplier || !draft.recipient || (inBody(draft) && (pricedInBody(draft) || !draft.mentions.some((mention) => mention.money)))) continue;
    const told = drafts
      .filter((other) => other !== draft && other.supplier === draft.supplier && other.recipient === draft.recipient && inBody(other))
      .sort((a, b) => a.mentions[0].sentence.start - b.mentions[0].sentence.start)[0];
    if (!told) continue;
    told.mentions.push(...draft.mentions);
    draft.supplier = null;
  }
}

/**
 * "Ruritania and Freedonia sign €2 billion deal for 30 jets" over "Freedonia has finalised a €2 billion deal to acquire 30 jets from
 * Ruritania": a headline names the two states in any order, so a sale read from the headline alone whose parties are those of a
 * sale the body tells, turned around, is that sale read the wrong way: it is dropped (its amount, if it writes one, the same).
 */
function headlineTurnedAround({ document }: SaleScan, drafts: Draft[]): void {
  const inBody = (draft: Draft) => draft.mentions.some((mention) => mention.sentence.start >= document.bodyStart);
  for (const draft of drafts) {
    if (!draft.supplier || !draft.recipient || inBody(draft)) continue;
    const amount = draft.mentions.find((mention) => mention.money)?.money;
    const told = drafts.find(
      (other) =>
        other.supplier === draft.recipient && other.recipient === draft.supplier && inBody(other) &&
        (!amount || other.mentions.some((mention) => mention.money && sameAmount(mention.money, amount))),
    );
    if (told) draft.supplier = null;
  }
}

/**
 * "… approved a deal to procure 30 Italian jets … in a deal valued at over one billion dollars." printed twice (a lead paragraph
 * repeated by the page, or the deal told again in other words further on): two drafts of the same two states at the same amount
 * are one sale.
 */
function samePricedOnce(drafts: Draft[]): void {
  const amountOf = (draft: Draft) => draft.mentions.find((mention) => mention.money)?.money ?? null;
  for (const [at, draft] of drafts.entries()) {
    const amount = amountOf(draft);
    if (!draft.supplier || !draft.recipient || !amount || draft.offset) continue;
    for (const other of drafts.slice(at + 1)) {
      const otherAmount = amountOf(other);
      if (other.supplier !== draft.supplier || other.recipient !== draft.recipient || other.offset || !otherAmount || !sameAmount(amount, otherAmount)) continue;
      if (other.mentions.some((mention) => draft.mentions.some((one) => amountsDiffer(one, mention)))) continue;
      draft.mentions.push(...other.mentions);
      other.supplier = null;
    }
  }
}

/**
 * "Israel approved a deal to procure 30 Italian training jets … Under the deal, Italy has committed to purchase over one billion
 * dollars worth of military hardware from Israeli defense contractors": the seller's purchase from its buyer, told as a term of the
 * deal ("under the deal", "as part of the agreement", "in return", an offset), is the deal's counter-purchase, not a sale of its
 * own: it keeps its ARMS_SALE event and is no sale of the graph.
 */
const UNDER_THE_DEAL = /\b(?:(?:[Uu]nder|[Aa]s part of|[Ii]n exchange for|[Ii]n return for)\s+(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|contract|accord)\b|[Ii]n return\b|offsets?\b|counter-?purchases?\b|reciprocal purchases?\b)/;
function offsetsOf(drafts: Draft[]): void {
  for (const draft of drafts) {
    if (!draft.supplier || !draft.recipient || !draft.mentions.every((mention) => UNDER_THE_DEAL.test(mention.sentence.text))) continue;
    const first = Math.min(...draft.mentions.map((mention) => mention.sentence.index));
    const turned = drafts.some(
      (other) => other !== draft && other.supplier === draft.recipient && other.recipient === draft.supplier && other.mentions.some((mention) => mention.sentence.index < first && !UNDER_THE_DEAL.test(mention.sentence.text)),
    );
    if (turned) draft.offset = true;
  }
}

/** The words right before an amount that make it a cost or a budget ("has budgeted some", "The total project cost is", "is worth some"). */
const COST_CUE_BEFORE =
  /\b(?:cost|costs|costing|worth|valued at|value (?:is|was|of)|budget(?:ed|s)?(?: (?:is|was|of))?|allocated|earmarked|set aside|priced at|price tag of|price (?:is|was|of)|total (?:amount|sum|value|price) of)\s*(?:(?:is|was|of|at|put at|estimated at|:)\s*)?(?:(?:some|about|around|approximately|an estimated|estimated|nearly|almost|roughly|up to|more than|over|just over|just under)\s+)?$/i;
const COST_OF_DEAL = /\b(?:deals?|contracts?|agreements?|orders?|purchases?|acquisitions?|procurement|project|programme|program|package|sales?|sold|procure|buy|purchase|acquire)\b/i;
/**
 * "Slovakia will sign a deal to purchase 152 CV90 vehicles from Sweden. … The ministry said it has budgeted some €1.7 billion to
 * procure the vehicles.": a sale drafted without a value takes the first amount a later sentence (up to four on) writes as a cost
 * or a budget, in a sentence naming no other state and no amount of another sale.
 */
function costToldLater({ document, countries, dollar }: SaleScan, drafts: Draft[]): void {
  const priced = drafts.flatMap((draft) => draft.mentions.flatMap((mention) => (mention.money ? [mention.money] : [])));
  const toldIn = new Set(drafts.flatMap((draft) => draft.mentions.map((mention) => mention.sentence.index)));
  for (const draft of drafts) {
    if (!partiesKnown(draft) || draft.mentions.some((mention) => mention.money)) continue;
    // (Between the sale's sentences too: "… will sell four radars to the Philippines. … The company is expected to receive the
    // formal order by May, for a total amount of about 10 billion yen. … The Council approved the export of the radars".)
    const first = Math.min(...draft.mentions.map((mention) => mention.sentence.index));
    const last = Math.max(...draft.mentions.map((mention) => mention.sentence.index));
    for (const next of document.sentences.slice(first + 1, last + 5)) {
      if (toldIn.has(next.index)) continue;
      const others = countries.some((mention) => mention.start >= next.start && mention.end <= next.end && mention.kind !== 'city' && mention.code !== draft.supplier && mention.code !== draft.recipient);
      // (The sentence speaks of the deal or the goods: "The navy's annual fuel budget is $20 million" prices nothing bought.)
      // ("According to Montevideo, the price of the two OPVs is $92.3 million": the price of something named speaks of the goods
      // just told, whatever the word for them.)
      const amounts = moneyIn(next.text, dollar);
      const pricedThing = (amount: Money) => COST_IS_BEFORE.test(next.text.slice(Math.max(0, amount.index - 90), amount.index));
      if (others || AGGREGATE_PERIOD.test(next.text) || !(COST_OF_DEAL.test(next.text) || WEAPONS.test(next.text) || amounts.some(pricedThing))) continue;
      const money = amounts.find((amount) => amount.amount !== '0' && !perUnit(next.text, amount) && !totalOfDeals(next.text, amount) && !income(next.text, amount) && (COST_CUE_BEFORE.test(next.text.slice(Math.max(0, amount.index - 60), amount.index)) || pricedThing(amount)));
      if (!money || priced.some((other) => sameAmount(other, money))) continue;
      const usd = money.currency === 'USD' ? money : amounts.find((amount) => amount.currency === 'USD' && convertedBy(next.text, money, amount));
      const start = next.start + money.index;
      draft.mentions.push({
        sentence: next, supplier: null, recipient: null, supplierCode: null, value: usd ? usd.amount : null, money, valueSpan: { start, end: start + money.length },
        items: null, status: draft.mentions[0].status, date: null,
      });
      break;
    }
  }
}

/** The objections near a sale: the states objecting (or people speaking for one), each with its evidence. */
type Objectors = Map<string, { start: number; end: number; sentence: Sentence }>;

/**
 * A slug no sale of the text has taken yet: two deals of one pair told without a day or goods of their own ("a $500 million
 * contract … and a nearly $1 billion deal", both "arms") would share one, and the graph keys sales and events by slug. The
 * later one takes its first sentence's index, as a further transfer does.
 */
function freeSlug(slug: string, sentenceIndex: number, taken: Set<string>): string {
  const free = taken.has(slug) ? `${slug.slice(0, 90)}-${sentenceIndex}` : slug;
  taken.add(free);
  return free;
}

/** One sale drafted with both parties, with its ARMS_SALE event; its facts recorded (`recordSale`). */
function saleOf(scan: SaleScan, draft: SaleDraft, anyPriced: boolean, taken: Set<string>): FoundSale {
  const { document, facts } = scan;
  const byOrder = [...draft.mentions].sort((a, b) => a.sentence.start - b.sentence.start);
  const bodyFirst = [...byOrder].sort((a, b) => Number(a.sentence.start < document.bodyStart) - Number(b.sentence.start < document.bodyStart));
  const { money, value } = valueOf(scan, byOrder, bodyFirst);
  const items = bodyFirst.find((mention) => mention.items)?.items ?? 'arms';
  const { status, statusMention, ...told } = statusAndDay(scan, draft, byOrder, bodyFirst);
  const { date, dated } = told.date ? told : (headlineDay(scan, byOrder[0]) ?? told);
  const announcedDate = date?.date ?? null;
  const supplierName = countryName(draft.supplier);
  const recipientName = countryName(draft.recipient);
  const firstIndex = Math.min(...draft.mentions.map((mention) => mention.sentence.index));
  const slug = freeSlug(slugOf(draft.supplier, draft.recipient, isoDay(announcedDate) ?? 'undated', items).slice(0, 100).replace(/-+$/, ''), firstIndex, taken);
  const eventSlug = freeSlug(slugOf('arms-sale', draft.supplier, draft.recipient, isoDay(announcedDate) ?? 'undated', items).slice(0, 100).replace(/-+$/, ''), firstIndex, taken);
  const sentences = [...new Set(byOrder.map((mention) => mention.sentence))];
  const objectors = objectorsOf(scan, draft, sentences);

  const signedIn = status === 'APPROVED' || status === 'NOTIFIED' ? null : signingPlace(scan, sentences);
  const location = signedIn ?? saleEventPlace(status, draft.supplier, draft.recipient, statusMention.sentence.text);
  const first = byOrder[0];
  const event: ExtractedEvent = {
    slug: eventSlug,
    title: `${supplierName} ${status === 'PROPOSED' ? 'proposes' : status.toLowerCase()} arms sale to ${recipientName}`.replace(/ (approved|notified|contracted|delivered|cancelled) /, (_, verb: string) => ` ${{ approved: 'approves', notified: 'notifies', contracted: 'signs', delivered: 'delivers', cancelled: 'cancels' }[verb]} `),
    type: 'ARMS_SALE',
    summary: `${supplierName} → ${recipientName}: ${items}${value ? `, $${Number(value).toLocaleString('en-US')}` : money ? `, ${money.currency} ${Number(money.amount).toLocaleString('en-US')}` : ''} (${status.toLowerCase()}).`,
    startDate: announcedDate,
    endDate: announcedDate,
    datePrecision: date?.precision ?? 'UNKNOWN',
    location,
    participants: [],
    countries: [
      { country: draft.supplier, role: 'SUPPLIER' },
      { country: draft.recipient, role: 'RECIPIENT' },
      ...[...objectors.keys()].map((country) => ({ country, role: 'OBJECTOR' as const })),
    ],
    mentionCount: sentences.length,
    firstOffset: first.sentence.start,
    children: [],
  };
  const sale: ExtractedArmsSale = {
    slug,
    supplier: draft.supplier,
    recipient: draft.recipient,
    valueUsd: value,
    ...(money && money.currency !== 'USD' ? { currency: money.currency, valueOriginal: money.amount } : {}),
    items,
    quantity: quantityOf(items),
    status,
    announcedDate,
    event: eventSlug,
    mentionCount: sentences.length,
    firstOffset: first.sentence.start,
  };
  // The corpus guide lists a sale only with a value (none of the 91 sales of the development sets, dev/ and the written-here
  // sets lacks one): a sale told without an amount beside one the text prices ("Argentina signed a 2.1 billion kroner deal
  // for 24 F-16s. Denmark has ordered 27 F-35A jets.") is an event of the text alone. A text's sales all told without
  // one stay listed: its value may be written where no rule reads it.
  const listed = !draft.offset && (money !== null || !anyPriced);
  recordSale(facts, { listed, slug, eventSlug, sentences, first, byOrder, draft, bodyFirst, money, value, items, status, statusMention, date, dated, location, objectors });
  return { sale, event, sentences, listed };
}

/** What the facts of one sale are read from. */
interface SaleEvidence {
  listed: boolean;
  slug: string;
  eventSlug: string;
  sentences: Sentence[];
  first: SaleMention;
  byOrder: SaleMention[];
  draft: SaleDraft;
  bodyFirst: SaleMention[];
  money: Money | null;
  value: string | null;
  items: string;
  status: ArmsSaleStatus;
  statusMention: SaleMention;
  date: SaleMention['date'];
  dated: SaleMention | undefined;
  location: string;
  objectors: Objectors;
}

/** The facts of one sale and its event, each with its evidence (a sale told without a value records its event's alone). */
function recordSale(facts: ExtractedFact[], { listed, slug, eventSlug, sentences, first, byOrder, draft, bodyFirst, money, value, items, status, statusMention, date, dated, location, objectors }: SaleEvidence): void {
  const record = (fact: ExtractedFact) => {
    if (listed || fact.subject.kind !== 'ARMS_SALE') facts.push(fact);
  };

  const saleSubject = { kind: 'ARMS_SALE' as const, slug };
  const eventSubject = { kind: 'EVENT' as const, slug: eventSlug };
  const whole = (sentence: Sentence) => ({ sentence: sentence.text, start: sentence.start, end: sentence.end });
  for (const sentence of sentences) {
    record({ subject: saleSubject, fact: 'mention', value: null, ...whole(sentence), confidence: 0.8 });
    record({ subject: eventSubject, fact: 'mention', value: null, ...whole(sentence), confidence: 0.8 });
  }
  record({ subject: eventSubject, fact: 'type', value: 'ARMS_SALE', ...whole(first.sentence), confidence: 0.85 });
  const supplierMention = byOrder.find((mention) => mention.supplier)?.supplier;
  const recipientMention = byOrder.find((mention) => mention.recipient)?.recipient;
  record({ subject: saleSubject, fact: 'supplier', value: draft.supplier, ...(supplierMention ? { sentence: first.sentence.text, start: supplierMention.start, end: supplierMention.end } : whole(first.sentence)), confidence: supplierMention ? 0.85 : 0.7 });
  record({ subject: saleSubject, fact: 'recipient', value: draft.recipient, ...(recipientMention ? { sentence: first.sentence.text, start: recipientMention.start, end: recipientMention.end } : whole(first.sentence)), confidence: 0.85 });
  const valued = bodyFirst.find((mention) => mention.money === money);
  if (valued?.valueSpan && money) record({ subject: saleSubject, fact: 'value', value: value ?? `${money.currency} ${money.amount}`, sentence: valued.sentence.text, ...valued.valueSpan, confidence: 0.95 });
  record({ subject: saleSubject, fact: 'items', value: items, ...whole((bodyFirst.find((mention) => mention.items) ?? first).sentence), confidence: items === 'arms' ? 0.3 : 0.75 });
  record({ subject: saleSubject, fact: 'status', value: status, ...whole(statusMention.sentence), confidence: 0.8 });
  if (date && dated) {
    record({ subject: saleSubject, fact: 'date', value: `${isoDay(date.date)} ${date.precision}`, sentence: dated.sentence.text, start: date.start, end: date.end, confidence: 0.8 });
    record({ subject: eventSubject, fact: 'date', value: `${isoDay(date.date)}/${isoDay(date.date)} ${date.precision}`, sentence: dated.sentence.text, start: date.start, end: date.end, confidence: 0.8 });
  }
  record({ subject: eventSubject, fact: 'location', value: location, ...whole(statusMention.sentence), confidence: 0.6 });
  for (const [country, evidence] of objectors) {
    record({ subject: eventSubject, fact: 'country', value: `OBJECTOR ${country}`, sentence: evidence.sentence.text, start: evidence.start, end: evidence.end, confidence: 0.7 });
  }
}

/**
 * "… signed a P15.7-billion contract …" and, sentences on, "A Notice of Award for $336,912,000 or P15,744,571,584 was approved": the
 * amount of another currency told again (the same within 1%) with its dollars beside it gives the sale its dollars.
 */
function dollarsToldAgain(document: ArticleDocument, money: Money, dollar: string): string | null {
  if (money.currency === 'USD') return null;
  for (const sentence of document.sentences) {
    const amounts = moneyIn(sentence.text, dollar);
    for (const [index, amount] of amounts.entries()) {
      if (!sameAmount(amount, money)) continue;
      const next = amounts[index + 1];
      const previous = amounts[index - 1];
      if (next && next.currency === 'USD' && convertedBy(sentence.text, amount, next)) return next.amount;
      if (previous && previous.currency === 'USD' && convertedBy(sentence.text, previous, amount)) return previous.amount;
    }
  }
  return null;
}

/** A sale's value: the one a mention writes (the original currency kept with its dollars), else the cost line after one of its sentences (added to the mentions). */
function valueOf({ document, dollar }: SaleScan, byOrder: SaleMention[], bodyFirst: SaleMention[]): { money: Money | null; value: string | null } {
  const withMoney = bodyFirst.filter((mention) => mention.money);
  // One value told in dollars and in another currency with its dollars ("$4 billion", "5.6 trillion won ($4 billion)"), or in a
  // headline's currency and again with its dollars ("5.6 tln-won deal", "5.6 trillion-won (US$4 billion)"): the original currency is kept, with the dollars.
  const chosen =
    withMoney.find((mention) => mention.money!.currency !== 'USD' && mention.value !== null && (mention.value === withMoney[0].value || sameAmount(mention.money!, withMoney[0].money!))) ?? withMoney[0];
  let money = chosen?.money ?? null;
  let value = chosen?.value ?? chosen?.money ? (chosen?.value ?? dollarsToldAgain(document, chosen!.money!, dollar)) : null;
  // "Sweden signs $1.9 billion jet deal with Chile" over "… fighters worth 20 billion Swedish crowns": the deal's mentions told
  // in two currencies, the one in dollars is its dollars.
  if (value === null && money) value = withMoney.find((mention) => mention.money!.currency === 'USD')?.money!.amount ?? null;
  if (!money) {
    const costLine = byOrder.map((mention) => costLineAfter(document, mention.sentence, dollar)).find(Boolean);
    if (costLine) {
      money = costLine.money;
      value = money.currency === 'USD' ? money.amount : null;
      byOrder.push({ ...byOrder[0], sentence: costLine.sentence, money, value, valueSpan: { start: costLine.sentence.start + money.index, end: costLine.sentence.start + money.index + money.length } });
      bodyFirst.push(byOrder[byOrder.length - 1]);
    }
  }
  return { money, value };
}

/** A sale's status, the strongest its mentions tell, the mention telling it, and the day of the deal. */
function statusAndDay({ publishedAt, notification }: SaleScan, draft: SaleDraft, byOrder: SaleMention[], bodyFirst: SaleMention[]) {
  const status = byOrder
    .map((mention) => mention.status)
    .reduce((strongest, status) => (STATUS_STRENGTH.indexOf(status) > STATUS_STRENGTH.indexOf(strongest) ? status : strongest), (notification && draft.supplier === 'US' ? 'NOTIFIED' : 'PROPOSED') as ArmsSaleStatus);
  const statusMention = bodyFirst.find((mention) => mention.status === status) ?? bodyFirst[0];
  // The day the deal was signed or approved, before the day a mention only says it was told ("said Tuesday it has signed …").
  // ("… to supply 12 jets by 2030", "deliveries set to begin in 2028": a year or month after the text was published is a delivery's, not the deal's.)
  const deliveryLater = (mention: SaleMention) => Boolean(publishedAt && mention.date && mention.date.precision !== 'DAY' && mention.date.date > publishedAt);
  const datedMentions = [...(statusMention.date && !deliveryLater(statusMention) ? [statusMention] : []), ...bodyFirst.filter((mention) => mention.date && mention.date.precision !== 'YEAR' && !deliveryLater(mention))];
  const dated = datedMentions.find((mention) => !mention.dateTold) ?? datedMentions[0];
  const date = dated?.date ?? null;
  return { status, statusMention, date, dated };
}

/**
 * "Australia to buy 11 advanced warships from Japan" over "…, Defence Minister Richard Marles said on Tuesday": a sale the headline
 * tells first, with no day in any sentence telling it, is of the day of the news the lead tells (`headlineNewsDay`), as the
 * headline's happenings are (`datedByLead` in events.ts).
 */
function headlineDay({ document, publishedAt }: SaleScan, first: SaleMention): { date: SaleMention['date']; dated: SaleMention } | null {
  if (first.sentence.end > document.bodyStart) return null;
  const lead = leadSentences(document);
  const date = headlineNewsDay(document.text.slice(0, document.bodyStart), lead, (sentence) => datesIn(sentence.text, sentence.start, publishedAt));
  const dated = date && lead.find((sentence) => sentence.start <= date.start && date.end <= sentence.end);
  return date && dated ? { date, dated: { ...first, sentence: dated, date } } : null;
}

/**
 * Objectors: countries (or people speaking for them) protesting the sale near where it is reported.
 * The sale's sentences gain those that speak of it again.
 */
function objectorsOf({ document, countries, people }: SaleScan, draft: SaleDraft, sentences: Sentence[]): Objectors {
  const objectors: Objectors = new Map();
  const saleIndexes = new Set(sentences.map((sentence) => sentence.index));
  for (const sentence of document.sentences) {
    const near = [...saleIndexes].some((index) => sentence.index >= index && sentence.index <= index + 2);
    if (!near || !OBJECTION.test(sentence.text)) continue;
    if (!/\b(sale|deal|arms|weapons|package|arming|contract|missiles?)\b/i.test(sentence.text) && !saleIndexes.has(sentence.index)) continue;
    const objection = OBJECTION.exec(sentence.text)!;
    const objectionAt = sentence.start + objection.index;
    const actors = countries.filter(
      (mention) => mention.start >= sentence.start && mention.end <= sentence.end && mention.kind !== 'city' && mention.code !== draft.supplier && mention.code !== draft.recipient,
    );
    // The one objecting is named next to the objection: "complaint from China", "China has complained".
    const actor =
      actors.find((mention) => Math.abs(mention.start - objectionAt) < 60 && (mention.start > objectionAt ? /^[\w\s]{0,25}\bfrom\s+$/.test(document.text.slice(objectionAt, mention.start)) : true)) ??
      null;
    if (actor || /\b(sale|deal|package|contract)\b/i.test(sentence.text)) {
      // "China has repeatedly complained about the potential sale": the sale is mentioned again.
      if (!sentences.includes(sentence)) sentences.push(sentence);
    }
    if (actor) {
      objectors.set(actor.code, { start: actor.start, end: actor.end, sentence });
      // "Israel and Saudi Arabia protested": every country listed with the one objecting objects too.
      let last = actor;
      for (const next of actors.filter((mention) => mention.start > actor.start).sort((a, b) => a.start - b.start)) {
        if (!LIST_JOIN.test(document.text.slice(last.end, next.start))) break;
        objectors.set(next.code, { start: next.start, end: next.end, sentence });
        last = next;
      }
    }
    else {
      const speaker = people.find((person) => person.country && person.country !== draft.supplier && person.country !== draft.recipient && person.mentions.some((mention) => mention.sentence === sentence && mention.start < objectionAt));
      if (speaker) objectors.set(speaker.country!, { start: speaker.mentions.find((mention) => mention.sentence === sentence)!.start, end: objectionAt + objection[0].length, sentence });
    }
  }
  return objectors;
}

/**
 * A transfer told as done or under way, of any weapons: a purchase, an order, a delivery, a handover ("Morocco had
 * bought counter-drone systems from Israel", "which have ordered 36 planes", "completed the delivery of the air defence
 * systems to Iran", "its planned transfer of … to Iran").
 */
// ("India and Finland have also selected the howitzer", "joins Peru and Chile as purchasers of the jets from Brazil", "had
// three customers for its fighter: Egypt, Qatar and India": other states' choice of the same weapon, and its buyers named as such;
// not "one of the biggest buyers of Korean weapons", a rank among buyers.)
const TRANSFERRED = new RegExp(
  String.raw`\b(?:${verbForms([...BUYING, 'order', 'sell', 'deliver', 'export'], 'past')}|(?:have|has|had)\s+(?:also\s+|already\s+)?(?:selected|chosen|picked|opted for)|(?<!(?:biggest|largest|major|top|main|key|leading)\s)(?:purchasers|buyers|customers) (?:of|for)|received|(?:took|take|takes|taking|completed(?: the)?|first) delivery|delivery of|deliveries|handover of|transfer(?:red)?\b|orders? (?:for|of)|(?:purchase|acquisition)s? of|export sales?` +
    // ("Peru and Colombia are also procuring the howitzers", "The frigate has been adopted by countries such as Greece and Egypt":
    // other states buying the same weapon now, or its users named after the passive.)
    String.raw`|(?:is|are|was|were)\s+(?:also\s+|likewise\s+|similarly\s+|now\s+|currently\s+)?(?:${verbForms([...BUYING, 'order'], 'ing')})|(?:been\s+)?adopted\s+by)\b`,
  'i',
);
/**
 * A buyer ranked among the weapon's buyers, with those before it ("the fifth nation to order the Gripen, joining Hungary and
 * Sweden", "the second country in the region after Greece to buy the Rafale"): the states named after "joining" or "after"
 * bought it before.
 */
const RANKED_BUYER = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|newest)\s+(?:country|nation|state|customer|export customer|operator|buyer)\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:after|joining|following|alongside)\s+(?:the\s+)?$/i;
const RANKED_BUYER_VERB = new RegExp(String.raw`\bto\s+(?:${verbForms([...BUYING, 'order'], 'base')}|operate|select|choose|field)\b`, 'i');

/** The states a sentence ranks a buyer after (`RANKED_BUYER`), listed from the first one after "joining" or "after". */
function rankedBefore(inSentence: CountryMention[], sentence: Sentence, text: string): CountryMention[] {
  if (!RANKED_BUYER_VERB.test(sentence.text)) return [];
  const first = inSentence.find((mention) => RANKED_BUYER.test(text.slice(sentence.start, mention.start)));
  if (!first) return [];
  const list = [first];
  for (const next of inSentence.filter((mention) => mention.start > first.start)) {
    if (!LIST_JOIN.test(text.slice(list[list.length - 1].end, next.start))) break;
    list.push(next);
  }
  return list;
}
/**
 * A deal told as one before the one the text reports, or beside it ("previously acquired", "had bought", "earlier contracts"); not words
 * said earlier ("India had earlier said"), nor the first goods of a batch ("ensures the delivery of the first ships in 2022").
 */
const EARLIER = /\b(?:previously|earlier(?!\s+(?:said|told|stated|announced|reported)\b)|already|formerly|before|(?<!\b(?:the|its|their)\s)first|had\s+(?:\w+\s+)?(?:bought|purchased|acquired|ordered|received|signed|sold|delivered|exported))\b/i;
/**
 * Another deal than the one a sentence speaks of again, named as earlier or another ("the initial contract involved
 * …", "follows HD Hyundai's earlier contracts with …", "another order in April for …", "first signed major arms deals
 * in 2022", "earlier planned to acquire"): a later mention of a sale holding it also refers to that deal.
 */
// ("The order, which follows the 2015 purchase of 24 Rafale jets, …": a purchase of a year named after "follows" is an earlier one;
// "It follows a 2024 agreement with WB Group … to establish a production base" tells no transfer.)
// ("The UAE also inked an order for 12 helicopters": a second order of the same buyer beside the one reported.)
const EARLIER_DEAL = /\balso\s+(?:inked|signed|placed)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:orders?|contracts?|deals?)\s+for\b|\b(?:follows?|following|after)\s+(?:the|a|an|its)\s+(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:orders?|purchases?|acquisitions?)\b|\b(?:earlier|previous|prior|initial|original|first|another)\s+(?:[\w-]+\s+){0,3}?(?:contracts?|deals?|agreements?|orders?|purchases?)\b|\b(?:earlier|previously|formerly|first)\s+(?:planned to\s+|agreed to\s+)?(?:signed|bought|purchased|acquired|ordered|acquire|buy|order)\b/i;

/**
 * A further deal of a sale's buyer told in one of the sale's later sentences, beside the one reported: more goods of the same
 * kind ("KAI expects to win a deal to provide another 18 FA-50s", "Vietnam could buy 12 more aircraft"), a batch or order
 * beyond it ("plans to order a follow-on batch of six Gripens", "a separate £2.5 billion deal"), or an interest shown in buying
 * ("Qatar was showing an interest in purchasing up to 200 tanks"). English marks such a deal by its determiner or its
 * quantifier of addition (another, further, separate, follow-on, N more) or by the buyer's stance (interest in buying).
 * Read only past the sale's own first sentences (the headline and the lead call the reported deal "another contract" or
 * "a further order" as often as not), and not for an option written into the deal ("an option for 12 more").
 */
const FURTHER_DEAL = new RegExp(
  String.raw`\b(?:another|a\s+further|a\s+separate|a\s+follow-on|follow-on)\s+(?:[\w$£€₩¥₹₱.,-]+\s+){0,4}?(?:orders?|contracts?|deals?|agreements?|batch(?:es)?|purchases?|tranches?)\b` +
    String.raw`|\banother\s+\d[\d,]*\s+(?!(?:per\s*cent|percent|years?|months?|days?)\b)|\b\d[\d,]*\s+more\s+(?!than\b|(?:years?|months?|days?)\b)` +
    String.raw`|\binterest\s+in\s+(?:buying|purchasing|acquiring|ordering|procuring)\b`,
  'i',
);
/** An option the deal holds ("with an option for 12 more", "options to acquire two further ships"): part of the deal, no deal of its own. */
const DEAL_OPTION = /\boptions?\s+(?:for|to|on)\b/i;
/**
 * A second deal told after the first in one sentence ("a ₩245 billion initial contract for 24 howitzers, followed by a smaller
 * 2022 order for four additional systems"): another transfer even in a sale's first sentence.
 */
const FOLLOWED_BY_DEAL = /\bfollowed\s+by\s+(?:an?|the|its)\s+(?:[\w$£€₩¥₹₱.,-]+\s+){0,4}?(?:orders?|contracts?|deals?|agreements?|purchases?)\b/i;

/** What a text reporting an arms sale calls the goods of another transfer ("its 24 planes", "10 vessels"). */
const ARMS_TEXT_GOODS = /\b(?:planes|aircraft|vessels|ships|boats|systems?)\b/i;
/** A verb or noun of the seller's side: its subject sells ("South Korea exported $15 billion worth of weapons"), so the one receiving is only the state it goes "to". */
const HANDED_OVER = new RegExp(String.raw`^(?!(?:took|take|takes|taking)\b).*\b(?:${verbForms(['sell', 'deliver', 'export'], 'past')}|delivery|deliveries|handover|transfer|transferred|export sales?)$`, 'i');
/** A weapon acquired only as its adjective says ("its newly acquired missile"): what a state holds, no transfer told. */
const NOT_A_TRANSFER = /\b(?:newly|recently) acquired\b/i;
/**
 * A buyer's choice of a weapon told in the past ("On 18 December 2013 Brazil selected the Gripen", "The Brazilian government
 * chose the K9 in 2019"): a step of its own before the contract, which the corpus guide counts as a happening, at the one choosing.
 * Not a choice still to come or in the passive ("was selected", "will select"), nor one made "to build" or "to supply" (a maker chosen).
 */
const SELECTED = /(?<!\b(?:be|been|being|was|were|is|are|has|have|had|will|would|to)\s+(?:also\s+|already\s+)?)\b(?:selected|chose|picked|opted for)\b(?!(?:[^.;]|\.(?=\d)){0,60}\bto (?:build|supply|deliver|provide|sell)\b)/i;
/** The weapon a choice names right after its verb: "the Gripen NG", "the upgraded K-9", "Swedish fighters". */
const WEAPON_CHOSEN_AFTER = new RegExp(String.raw`^\s+(?:the\s+|an?\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:${WEAPONS.source.slice(2, -2)}|\p{Lu}[\p{L}\d]*(?:-\d+[\p{L}\d]*)?)(?![\p{L}])`, 'u');

/**
 * A state written as the maker or origin of goods or of an industry ("the Swedish jets", "UK Typhoons", "American-made
 * F-16s", "the French defence industry's customers"): it tells where the goods come from, never who receives them.
 */
const ORIGIN_WORD = String.raw`(?:\p{Lu}[\p{L}\d/-]*|\d[\w/-]*|defen[cs]e|arms|military|fighter|combat|naval)\s+`;
/** The words between, none to two names or kinds of arms ("UK Eurofighter Typhoons", "French defence industry"), shortest first. */
const ORIGIN_WORDS_AFTER = [0, 1, 2].map((words) => new RegExp(String.raw`^(?:-(?:built|made|designed|supplied))?\s+(?:${ORIGIN_WORD}){${words}}`, 'u'));
const GOODS_OR_INDUSTRY = new RegExp(String.raw`^(?:${WEAPONS.source.slice(2, -2)}|(?:defen[cs]e |arms |aerospace )?(?:industry|industries|firms?|company|companies|manufacturers?|makers?))(?![\p{L}])`, 'iu');
function namesGoodsOrigin(mention: CountryMention, text: string): boolean {
  const after = text.slice(mention.end, mention.end + 60);
  return ORIGIN_WORDS_AFTER.some((words) => {
    const between = words.exec(after);
    return between !== null && GOODS_OR_INDUSTRY.test(after.slice(between[0].length));
  });
}

/**
 * Who receives in a transfer: the states after "to" following the verb ("the delivery of the S-300 systems to Iran"),
 * else the states listed right before the verb, its subject ("Doha and New Delhi, which have ordered"), else the states
 * listed after it ("purchased by customers including Brazil, Greece and Mexico"). A state naming the goods' origin
 * ("the Swedish jets") receives nothing.
 */
function transferRecipients(all: CountryMention[], verb: RegExpExecArray, sentenceStart: number, text: string): CountryMention[] {
  const mentions = all.filter((mention) => !namesGoodsOrigin(mention, text));
  const verbAt = sentenceStart + verb.index;
  const listFrom = (first: CountryMention) => {
    const list = [first];
    for (const next of mentions.filter((mention) => mention.start > first.start)) {
      if (!LIST_JOIN.test(text.slice(list[list.length - 1].end, next.start))) break;
      list.push(next);
    }
    return list;
  };
  const after = mentions.filter((mention) => mention.start > verbAt);
  // The users named after a passive ("adopted by countries such as Romania and Poland"), not a state named in a
  // description of the user ("adopted by a country with ties to the Russian industry").
  if (/\bby$/i.test(verb[0])) {
    const users = after.find((mention) => /^\s*(?:(?:countries|nations|states|customers|users|operators|armies|navies|air forces)\s+(?:such as|including|like)\s+)?(?:the\s+)?$/i.test(text.slice(verbAt + verb[0].length, mention.start)));
    return users ? listFrom(users) : [];
  }
  const to = after.find((mention) => /\bto\s+(?:the\s+)?$/.test(text.slice(mention.start - 8, mention.start)));
  if (to) return listFrom(to);
  if (HANDED_OVER.test(verb[0])) return [];
  const before = mentions.filter((mention) => mention.end <= verbAt);
  if (before.length) {
    let first = before[before.length - 1];
    for (const earlier of [...before].reverse()) {
      if (!LIST_JOIN.test(text.slice(earlier.end, first.start)) && earlier !== first) break;
      first = earlier;
    }
    // ("Pakistan and China, which has already begun getting delivery": a verb in the singular after "which" has the last state alone for its subject.)
    if (/^\s*,?\s*which\s+(?:has|is|was)\b/i.test(text.slice(before[before.length - 1].end, verbAt))) return [before[before.length - 1]];
    return listFrom(first).filter((mention) => mention.end <= verbAt);
  }
  // A state after "in" is where something happens ("technology transfer in Poland"), and an adjective after the verb describes
  // something else ("the first new order for the jets, helping support British jobs"): neither receives.
  const receiving = after.filter((mention) => mention.kind !== 'demonym' && !/\bin\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentenceStart, mention.start - 8), mention.start)));
  return receiving.length ? listFrom(receiving[0]) : [];
}

/** The unplaced ARMS_SALE event of a transfer the text refers to, dated only by a day its sentence writes. */
function transferEvent(slug: string, supplier: string | null, recipients: string[], date: Date | null, sentence: Sentence, location: string | null = null): ExtractedEvent {
  const recipientNames = recipients.map(countryName).join(', ');
  return {
    slug,
    title: `Arms transfer ${supplier ? `from ${countryName(supplier)} ` : ''}to ${recipientNames} (referenced)`,
    type: 'ARMS_SALE',
    summary: `Weapons bought, ordered or delivered${supplier ? ` from ${countryName(supplier)}` : ''} to ${recipientNames}, told beside the text's own news.`,
    startDate: date,
    endDate: date,
    datePrecision: date ? 'DAY' : 'UNKNOWN',
    location,
    participants: [],
    countries: [...(supplier ? [{ country: supplier, role: 'SUPPLIER' as const }] : []), ...recipients.map((country) => ({ country, role: 'RECIPIENT' as const }))],
    mentionCount: 1,
    firstOffset: sentence.start,
    children: [],
  };
}

/** What a step of a deal tells (its clearing, an earlier signing): its event's words, its day with where it is written, its place. */
interface DealStep {
  slug: string;
  title: string;
  summary: string;
  day: { date: Date; start: number; end: number } | null;
  location: string | null;
}

/** A step of a found deal told in `sentence`: an ARMS_SALE event of the deal's parties with the facts that source it, no sale. */
function dealStepFound(sale: ExtractedArmsSale, sentence: Sentence, step: DealStep, facts: ExtractedFact[]): FoundSale {
  const { slug, day, location } = step;
  const event: ExtractedEvent = {
    slug,
    title: step.title,
    type: 'ARMS_SALE',
    summary: step.summary,
    startDate: day?.date ?? null,
    endDate: day?.date ?? null,
    datePrecision: day ? 'DAY' : 'UNKNOWN',
    location,
    participants: [],
    countries: [
      { country: sale.supplier, role: 'SUPPLIER' },
      { country: sale.recipient, role: 'RECIPIENT' },
    ],
    mentionCount: 1,
    firstOffset: sentence.start,
    children: [],
  };
  const whole = { sentence: sentence.text, start: sentence.start, end: sentence.end };
  facts.push({ subject: { kind: 'EVENT', slug }, fact: 'mention', value: null, ...whole, confidence: 0.6 });
  facts.push({ subject: { kind: 'EVENT', slug }, fact: 'type', value: 'ARMS_SALE', ...whole, confidence: 0.6 });
  if (location) facts.push({ subject: { kind: 'EVENT', slug }, fact: 'location', value: location, ...whole, confidence: 0.6 });
  if (day) facts.push({ subject: { kind: 'EVENT', slug }, fact: 'date', value: `${isoDay(day.date)}/${isoDay(day.date)} DAY`, sentence: sentence.text, start: day.start, end: day.end, confidence: 0.6 });
  return { sale: null, listed: false, event, sentences: [sentence] };
}

/**
 * Arms transfers the text refers to without a sale of their own, each an ARMS_SALE event (the corpus guide counts
 * every distinct happening, a sale only when it has a value): a sentence telling weapons bought, ordered or delivered,
 * naming a state that is no party of a sale already found ("Egypt, Qatar and India ordered the fighter before"), or a
 * deal of a sale's own parties told as an earlier one ("Morocco has previously acquired drones from Israel"). One
 * event a buyer when a sentence names two, one for a longer list; aid, totals over years and the sale's own sentences give none.
 */
/** The sale of the text's one buyer of priced sales, if it has one buyer. */
function oneBuyersSale(sales: FoundSale[]): FoundSale | undefined {
  const listed = sales.filter((found) => found.listed && found.sale);
  return new Set(listed.map((found) => found.sale!.recipient)).size === 1 ? listed[0] : undefined;
}

function referencedTransfers(document: ArticleDocument, countries: CountryMention[], publishedAt: Date | null, sales: FoundSale[], facts: ExtractedFact[]): FoundSale[] {
  const saleSentences = new Set(sales.flatMap((found) => found.sentences.map((sentence) => sentence.index)));
  // A sale's own first sentence tells its deal; a later one it was read from may tell an earlier deal beside it.
  const firstSentences = new Set(sales.map((found) => Math.min(...found.sentences.map((sentence) => sentence.index))));
  // The sale's first sentence in the body too (its lead, when the headline told it first): a further deal is read past both.
  const leadSentences = new Set(sales.flatMap((found) => {
    const inBody = found.sentences.filter((sentence) => sentence.start >= document.bodyStart).map((sentence) => sentence.index);
    return inBody.length ? [Math.min(...inBody)] : [];
  }));
  const transfers: FoundSale[] = [];
  // Only a text that reports a sale of its own tells its readers of others as part of its news; elsewhere a weapon acquired is background.
  if (!sales.some((found) => found.sale)) return transfers;
  for (const sentence of document.sentences) {
    const body = sentence.text;
    if (sentence.start < document.bodyStart) continue;
    const toldAgain = saleSentences.has(sentence.index);
    const followedBy = toldAgain ? FOLLOWED_BY_DEAL.exec(body) : null;
    if (toldAgain && firstSentences.has(sentence.index) && !followedBy) continue;
    const furtherDeal = toldAgain && !firstSentences.has(sentence.index) && !leadSentences.has(sentence.index) && !DEAL_OPTION.test(body) ? FURTHER_DEAL.exec(body) : null;
    // In a sale told again only the earlier deal is another transfer; elsewhere any transfer, or a deal named as earlier.
    // (A sale's later sentence may tell the buyer's choice made before it: "Brazil selected the Gripen in December 2013.")
    const selection = toldAgain && firstSentences.has(sentence.index) ? null : SELECTED.exec(body);
    // A choice names the weapon chosen right after the verb ("selected the Gripen NG"), not "selected as the venue".
    const chosen = selection && WEAPON_CHOSEN_AFTER.test(body.slice(selection.index + selection[0].length)) ? selection : null;
    const inSentence = countries.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end && mention.kind !== 'city');
    const ranked = rankedBefore(inSentence, sentence, document.text);
    const verb = ranked.length ? RANKED_BUYER_VERB.exec(body) : toldAgain ? (followedBy ?? furtherDeal ?? EARLIER_DEAL.exec(body) ?? chosen) : (TRANSFERRED.exec(body) ?? EARLIER_DEAL.exec(body) ?? chosen);
    if (!verb || !(WEAPONS.test(body) || PLATFORMS.some(([pattern]) => pattern.test(body)) || ARMS_TEXT_GOODS.test(body))) continue;
    if (GIFT.test(body) || NOT_A_TRANSFER.test(body) || (AGGREGATE_PERIOD.test(body) && !COUNTED_WEAPONS.test(body))) continue;
    const from = inSentence.find((mention) => /\bfrom\s+(?:the\s+)?$/.test(document.text.slice(Math.max(sentence.start, mention.start - 12), mention.start)));
    // "France completed the delivery of … to Ghana": the subject of a verb of handing over sells.
    const handedOverBy = HANDED_OVER.test(verb[0]) ? inSentence.filter((mention) => mention.end <= sentence.start + verb.index).pop() : undefined;
    // What is chosen is named right after the choice, before the rivals it beat ("selected the Gripen over the Boeing Super Hornet").
    const choice = verb === chosen ? body.slice(verb.index + verb[0].length).split(/\b(?:over|ahead of|instead of|rather than|beating|against)\b|[,;]/)[0] : null;
    const written = from?.code ?? handedOverBy?.code ?? (choice !== null ? (platformCountry(choice, '') ?? companyCountry(choice, '')) : (platformCountry(body, '') ?? companyCountry(body, '')));
    const recipientMentions = ranked.length ? ranked : transferRecipients(inSentence, verb, sentence.start, document.text);
    const named = [...new Set(recipientMentions.map((mention) => mention.code))].filter((code) => code !== written);
    // An earlier deal told naming no state ("The purchase follows another order in May for …") is the buyer's of the sale told
    // in the sentence, else of the text's one buyer of a priced sale; "the first signed deal" with no state is the sale itself.
    const earlierDeal = followedBy ?? furtherDeal ?? EARLIER_DEAL.exec(body);
    const toldOf = named.length || !earlierDeal || /^first\b/i.test(earlierDeal[0])
      ? null
      : (sales.find((found) => found.sale && found.sentences.some((told) => told.index === sentence.index)) ??
          // ("Egypt ordered 30 Rafale jets from France. The order, which follows the 2015 purchase of 24 Rafale jets, …": the deal
          // the sentence speaks of again is the sale of the sentence before.)
          (DEAL_REFERRED.test(body) ? sales.find((found) => found.sale && found.sentences.some((told) => told.index === sentence.index - 1)) : undefined) ??
          oneBuyersSale(sales))?.sale;
    // ("Kenya ordered 12 howitzers from France. It replaces the guns it bought from Russia in 1985.": weapons bought "from" another
    // seller than the sale's, naming no buyer, are the text's one buyer's earlier purchase.)
    const buyers = new Set(sales.flatMap((found) => (found.sale ? [found.sale.recipient] : [])));
    const soleBuyer = buyers.size === 1 ? [...buyers][0] : null;
    const boughtElsewhere = !toldOf && !named.length && from && soleBuyer && from.code !== soleBuyer && !sales.some((found) => found.sale?.supplier === from.code) ? soleBuyer : null;
    const recipients = toldOf ? [toldOf.recipient] : boughtElsewhere ? [boughtElsewhere] : named;
    const supplier = written ?? toldOf?.supplier ?? null;
    if (!recipients.length) continue;
    // A further deal is one of a sale's own buyers ("other nations have expressed interest in buying it" names no buyer of the sale).
    const furtherOfBuyer = verb !== furtherDeal || recipients.every((code) => sales.some((found) => found.sale?.recipient === code));
    if (!furtherOfBuyer) continue;
    const ownParties = sales.some((found) => found.sale && recipients.every((code) => code === found.sale!.recipient) && (!supplier || supplier === found.sale.supplier));
    // The sale's own buyer choosing the weapon, in a sentence of its own, is the step before a deal signed or delivered.
    const ownChoice = verb === chosen && sales.some((found) => found.sale && (found.sale.status === 'CONTRACTED' || found.sale.status === 'DELIVERED') && recipients.every((code) => code === found.sale!.recipient));
    if (ownParties && !ownChoice && !earlierDeal && (toldAgain || !EARLIER.test(body))) continue;
    const date = datesIn(body, sentence.start, publishedAt).find((found) => found.precision === 'DAY') ?? null;
    // Two buyers named are two orders ("Doha and New Delhi, which have ordered 36 planes"); a longer list ("customers
    // including Brazil, Greece, Mexico and Pakistan") is told as one background fact.
    // (Buyers given as examples, "countries such as Romania and Poland", are one background fact too.)
    const examples = recipientMentions.length > 1 && /\b(?:such as|including|like)\s+(?:the\s+)?$/i.test(document.text.slice(Math.max(sentence.start, recipientMentions[0].start - 30), recipientMentions[0].start));
    for (const buyers of recipients.length <= 2 && !examples ? recipients.map((code) => [code]) : [recipients]) {
      const partiesSlug = slugOf('arms-transfer', supplier ?? 'unnamed', ...buyers, isoDay(date?.date ?? null) ?? 'undated').slice(0, 100).replace(/-+$/, '');
      // A further deal is one more of the same parties even when another sentence told an earlier one of theirs.
      const oneMore = verb === followedBy || verb === furtherDeal;
      const slug = oneMore && transfers.some((transfer) => transfer.event.slug === partiesSlug) ? `${partiesSlug.slice(0, 90)}-${sentence.index}` : partiesSlug;
      if (transfers.some((transfer) => transfer.event.slug === slug)) continue;
      // A choice is made at home: one chooser's selection is placed in its country.
      const place = verb === chosen && buyers.length === 1 ? buyers[0] : null;
      transfers.push({ sale: null, listed: false, event: transferEvent(slug, supplier, buyers, date?.date ?? null, sentence, place), sentences: [sentence] });
      const whole = { sentence: body, start: sentence.start, end: sentence.end };
      facts.push({ subject: { kind: 'EVENT', slug }, fact: 'mention', value: null, ...whole, confidence: 0.6 });
      facts.push({ subject: { kind: 'EVENT', slug }, fact: 'type', value: 'ARMS_SALE', ...whole, confidence: 0.6 });
      if (date) facts.push({ subject: { kind: 'EVENT', slug }, fact: 'date', value: `${isoDay(date.date)}/${isoDay(date.date)} DAY`, sentence: body, start: date.start, end: date.end, confidence: 0.6 });
    }
  }
  return transfers;
}

/**
 * The clearing of a deal by one of its parties, told as a step before the one the text reports ("The contract, which had been
 * approved by the Kenyan parliament earlier this month, was signed in Paris", "The defence council had cleared the deal last week",
 * "The deal was cleared earlier this month by the cabinet", "The purchase was earlier cleared by the cabinet"): a happening of
 * its own (the corpus guide counts each), at the buyer, or at the seller when the seller's own legislature or government clears its export. Not a deal still to be approved ("must be
 * approved by"), not a clearing by a third state ("The US, which helped develop the system, approved the sale"), not the text's
 * sale when it is itself an approval.
 */
const DEAL_CLEARED = new RegExp(
  String.raw`\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:deal|contract|purchase|agreement|acquisition|procurement)\b(?:,?\s+which)?\s+(?:was|had been|had already been|were)\s+(?:(?:formally|already|unanimously|earlier|previously)\s+)?(?:approved|cleared|ratified|endorsed|authori[sz]ed)(?:\s+(?:earlier|last|this|in|on)\b(?:\s+[\w-]+){0,5}?)?\s+by\b` +
    String.raw`|\bhad\s+(?:(?:formally|already|unanimously)\s+)?(?:approved|cleared|ratified|endorsed|authori[sz]ed)\s+the\s+(?:[\w-]+\s+){0,2}?(?:deal|contract|purchase|agreement|acquisition|procurement)\b`,
  'i',
);
/** The bodies that clear a state's arms deals: its legislature, its cabinet or government, a council or committee of them. */
const CLEARING_BODY = String.raw`(?:[Pp]arliament|[Ll]egislature|Congress|[Cc]abinet|[Gg]overnment|[Cc]ouncil|[Cc]ommittee|Bundestag|Riksdag(?:en)?|Knesset|Senate|Diet|National Assembly)`;
/**
 * A clearing told as given, its form saying it came first: "Following approval from the Swedish parliament in January, the
 * contract signing occurred …", "… to sign the deal, after the defence cabinet gave the go-ahead", "The Swedish parliament has
 * given the government authority to enter into an agreement with Thailand".
 */
const CLEARING_GIVEN = new RegExp(
  String.raw`\b(?:[Ff]ollowing|[Aa]fter|[Uu]pon|[Ww]ith)\s+(?:the\s+)?(?:(?:final|formal)\s+)?(?:approval|go-ahead|green light|clearance|authori[sz]ation|consent)\s+(?:from|by|of)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,4}?${CLEARING_BODY}\b` +
    String.raw`|\b${CLEARING_BODY}\b(?:[^.;]|\.(?=\d)){0,40}?\b(?:gave|has given|had given|granted|has granted|had granted)\s+(?:(?:its|the|a|final|formal)\s+)*(?:(?:government|ministry)\s+)?(?:go-ahead|green light|approval|clearance|authority|authori[sz]ation|consent)\b`,
  'u',
);
/** A clearing told as before the text's news: an "earlier", "last week", a pluperfect, a month or day named. */
const CLEARED_BEFORE = /\b(?:earlier|previously|already|last\s+(?:week|month|year)|had)\b|\b(?:in|on)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;
/**
 * A state's organ clearing the deal in the active voice ("The State Department approved the sale of the helicopters", "Pompeo had
 * signed a memo approving the sale", "the council had also cleared the import of 100 missiles"): English names what is cleared
 * with a definite article or a count, the act of a sale, an export, a purchase or an import. Read only with a time before the news.
 */
const ORGAN_CLEARED = /\b(?:approved|approving|cleared|clearing|authori[sz]ed|authori[sz]ing|endorsed)\s+(?:the|its|their|this|that)\s+(?:[\w$€£.,-]+\s+){0,3}?(?:sale|export|deal|purchase|acquisition|procurement|import)\b/i;
/** A clearing named as one before another ("confirming the lower chamber's previous authorisation of the deal"): told as given. */
const PRIOR_CLEARING = /\b(?:previous|earlier|prior|initial)\s+(?:approval|authori[sz]ation|clearance|consent|go-ahead|green light)\b/i;
/** An amount of money written in figures ("$6 billion", "€554 million", "Rs 1,500 crore"). */
const AMOUNT = /[$€£¥₩₹]\s?\d|\b\d[\d.,]*\s*(?:trillion|billion|million|bn|crore)\b/i;
/** The seller's notice to its legislature ("The State Department told Congress on Thursday", "notified Congress of the sale"): the seller's step. */
const TOLD_CONGRESS = /\b(?:told|tells|notified|notifies|informed|informs)\s+(?:the\s+)?(?:U\.?S\.?\s+)?Congress\b/;

/** The state whose organ (state-organizations.json) the clearing's clause names ("State Department approved the sale"), if any. */
function organOfClause(clause: string): string | null {
  for (const [pattern, code] of STATE_ORGANIZATIONS) if (pattern.test(clause)) return code;
  return null;
}

function earlierApprovals(document: ArticleDocument, countries: CountryMention[], publishedAt: Date | null, sales: FoundSale[], facts: ExtractedFact[]): FoundSale[] {
  // (The graph's sales, those with a value: a deal only mentioned beside them, "Thailand had acquired F-16s", is no deal cleared.)
  const priced = sales.filter((found) => found.sale && found.listed);
  // One deal of one buyer the clearing speaks of again; a sale itself told as an approval is that clearing already.
  if (!priced.length || new Set(priced.map((found) => `${found.sale!.supplier}>${found.sale!.recipient}`)).size !== 1) return [];
  const sale = priced[0].sale!;
  // The clearing is a step before a deal concluded ("signed", "delivered"); a text whose news is a proposal, an approval or a
  // cancellation tells its own step in the sale's sentences, and a clearing told in another sentence with a time before the news
  // ("The State Department approved the sale … in April", "told Congress … right after Pompeo had signed a memo approving the sale")
  // is a step of its own; a clearing named as a previous one is one even in the sale's sentence.
  const concluded = priced.every((found) => found.sale!.status === 'CONTRACTED' || found.sale!.status === 'DELIVERED');
  // (The sale's first sentences, in the headline and in the body, tell its own step; a later one it was also read from may tell another.)
  const saleSentences = new Set(priced.flatMap((found) => {
    const inBody = found.sentences.filter((sentence) => sentence.start >= document.bodyStart).map((sentence) => sentence.index);
    return [Math.min(...found.sentences.map((sentence) => sentence.index)), ...(inBody.length ? [Math.min(...inBody)] : [])];
  }));
  // (A sale's sentence telling its amount tells the sale again: "announced that he had approved the US$6 billion sale".)
  const pricedSentences = new Set(priced.flatMap((found) => found.sentences.map((sentence) => sentence.index)));
  const approvals: FoundSale[] = [];
  for (const sentence of document.sentences) {
    if (sentence.start < document.bodyStart) continue;
    const prior = PRIOR_CLEARING.exec(sentence.text);
    if (!concluded && !prior && (saleSentences.has(sentence.index) || (pricedSentences.has(sentence.index) && AMOUNT.test(sentence.text)))) continue;
    const given = CLEARING_GIVEN.exec(sentence.text) ?? prior;
    const told = sale.supplier === 'US' ? TOLD_CONGRESS.exec(sentence.text) : null;
    const cleared = given ?? DEAL_CLEARED.exec(sentence.text) ?? (concluded ? null : told ?? ORGAN_CLEARED.exec(sentence.text));
    if (!cleared || (!given && !CLEARED_BEFORE.test(sentence.text))) continue;
    // Still to come: "must be approved", "yet to be approved", "will be approved" read as no clearing told.
    if (/\b(?:must|will|would|needs? to|yet to|has to|have to)\s+(?:\w+\s+)?be\s+(?:approved|cleared|ratified)\b/i.test(sentence.text)) continue;
    const clearedAt = sentence.start + cleared.index;
    const clearedEnd = clearedAt + cleared[0].length;
    const rest = sentence.text.slice(clearedEnd - sentence.start);
    const clauseEnd = clearedEnd + (/[,;]/.exec(rest)?.index ?? rest.length);
    const others = countries.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end && mention.kind !== 'city' && mention.code !== sale.recipient);
    // A third state in the clearing's own clause clears it ("approved by the United States in August"); one named further on
    // ("…, amid tensions between India and Pakistan") does not.
    if (others.some((mention) => mention.code !== sale.supplier && mention.end > clearedAt - 40 && mention.start < clauseEnd)) continue;
    // The seller as the one clearing ("Norway had cleared the deal", "the deal was approved by Norway", "the Swedish parliament
    // gave its approval"): the seller's own clearing of its export, placed at home.
    const bySeller = others.some(
      (mention) =>
        mention.code === sale.supplier &&
        ((mention.start >= clearedAt && mention.end <= clearedEnd) ||
          (mention.start >= clearedEnd && /^\s*(?:the\s+)?$/.test(document.text.slice(clearedEnd, mention.start))) ||
          (mention.end <= clearedAt && /^(?:[^.;:]|\.(?=\d)){0,12}$/.test(document.text.slice(mention.end, clearedAt)))),
    ) ||
      // (The seller's organ in the clearing's clause, "The State Department approved the sale", or its notice to Congress.)
      cleared === told ||
      organOfClause(document.text.slice(Math.max(sentence.start, document.text.lastIndexOf(',', clearedAt) + 1), clauseEnd)) === sale.supplier;
    const clearer = bySeller ? sale.supplier : sale.recipient;
    // The clearing's own day, written in its clause ("Following approval … in January, the contract signing occurred on February 11": the day is the signing's).
    const date = datesIn(sentence.text, sentence.start, publishedAt).find((found) => found.precision === 'DAY' && (!given || (found.start >= clearedAt && found.start < clauseEnd))) ?? null;
    // A text whose news is not yet a concluded deal tells on the sale's own day its own step ("The purchase was approved by the
    // government on Wednesday"), no earlier one.
    if (!concluded && date && priced.some((found) => found.event.startDate && isoDay(found.event.startDate) === isoDay(date.date))) continue;
    const slug = slugOf('arms-sale-cleared', clearer, bySeller ? sale.recipient : sale.supplier, isoDay(date?.date ?? null) ?? 'undated').slice(0, 100).replace(/-+$/, '');
    // (Each clearing of its own: the buyer's and the seller's, or one day and another; one told twice is one.)
    if (approvals.some((approval) => approval.event.slug === slug)) continue;
    approvals.push(
      dealStepFound(sale, sentence, {
        slug,
        title: bySeller ? `${countryName(sale.supplier)} clears its arms sale to ${countryName(sale.recipient)}` : `${countryName(sale.recipient)} clears its arms purchase from ${countryName(sale.supplier)}`,
        summary: `The deal for arms from ${countryName(sale.supplier)} to ${countryName(sale.recipient)} cleared in ${countryName(clearer)} ${concluded ? 'before it was concluded' : "as a step of its own beside the text's news"}.`,
        day: date,
        location: clearer,
      }, facts),
    );
  }
  return approvals;
}

/**
 * A signing of a deal told with a time of its own before the deal the text reports ("In March, the minister signed a letter
 * of intent to sell the jets", "Saab then signed a contract with the government in October 2014", "an amendment to the contract
 * signed in December 2001", "Ankara and Moscow had signed 'certain documents' as part of the deal in July"): an earlier step of
 * the deal, a happening of its own (the corpus guide counts each), told with the deal's parties. Not the deal's own signing told
 * again ("The contract, signed in Poland on Friday, …": the same day), nor a signing still to come ("will sign", "to be signed").
 */
const SIGNED_STEP = /\b(?:(?:signed|inked|sealed|concluded)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w'‘’“”-]+\s+){0,3}?(?:letters?\s+of\s+(?:intent|commitment)|contracts?|deals?|documents|amendment)|(?:contract|deal)\s+(?:(?:was|had been)\s+)?signed\s+(?:in|on|last)\b)/i;
const STEP_PLACE_BEFORE = /\b(?:visited|in|at)\s+(?:the\s+)?$/;
const STEP_CLAUSE_ENDS = /\b(?:will|would|to be|shall|until|but|while|and then)\b|;/i;
const SIGNING_TO_COME = /\b(?:will|would|to|shall|is to|are to|expected to)\s+(?:\w+\s+)?(?:sign|be signed)\b/i;
function earlierSignings(document: ArticleDocument, countries: CountryMention[], publishedAt: Date | null, sales: FoundSale[], others: FoundSale[], facts: ExtractedFact[]): FoundSale[] {
  const deals = sales.filter((found) => found.sale);
  if (!deals.length) return [];
  // A deal's first sentences, in the headline and in the body, tell the deal itself.
  const firstSentences = new Set(deals.flatMap((found) => {
    const body = found.sentences.filter((sentence) => sentence.start >= document.bodyStart).map((sentence) => sentence.index);
    return [Math.min(...found.sentences.map((sentence) => sentence.index)), ...(body.length ? [Math.min(...body)] : [])];
  }));
  const taken = new Set(others.flatMap((found) => found.sentences.map((sentence) => sentence.index)));
  const steps: FoundSale[] = [];
  for (const sentence of document.sentences) {
    if (sentence.start < document.bodyStart || firstSentences.has(sentence.index) || taken.has(sentence.index)) continue;
    const signed = SIGNED_STEP.exec(sentence.text);
    if (!signed || SIGNING_TO_COME.test(sentence.text)) continue;
    const codes = new Set(countries.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end).map((mention) => mention.code));
    const maker = companyCountry(sentence.text, '');
    const deal = deals.find((found) => found.sentences.some((told) => told.index === sentence.index)) ??
      deals.find((found) => codes.has(found.sale!.recipient) || codes.has(found.sale!.supplier) || maker === found.sale!.supplier);
    if (!deal) continue;
    // The step's own time: the date written nearest the signing, in its clause ("While the contract was signed on Friday, the
    // Philippines had given a go ahead on December 31": Friday is the deal's), not one of a clause still to come ("and we will
    // complete the deliveries by the end of this year").
    const signedAt = sentence.start + signed.index;
    const time = datesIn(sentence.text, sentence.start, publishedAt)
      .filter((found) => Math.abs(found.start - signedAt) < 160 && !DEADLINE_BEFORE.test(document.text.slice(Math.max(sentence.start, found.start - 12), found.start)) && !(publishedAt && found.date > publishedAt) && !STEP_CLAUSE_ENDS.test(document.text.slice(Math.min(found.end, signedAt), Math.max(found.start, signedAt))))
      .sort((a, b) => Math.abs(a.start - signedAt) - Math.abs(b.start - signedAt))[0];
    if (!time) continue;
    const dealDated = facts.find((fact) => fact.subject.kind === 'EVENT' && fact.subject.slug === deal.event.slug && fact.fact === 'date');
    const datedHere = time.precision !== 'DAY' && dealDated !== undefined && dealDated.start >= sentence.start && dealDated.end <= sentence.end;
    const sale = deal.sale!;
    // A deal told by its price and its signing's participle ("part of a $375 million deal signed in January 2022") is the deal's own
    // signing, no step of it.
    if (/^(?:contract|deal)\s+signed\b/i.test(signed[0]) && /(?:[$€£¥₩]|\b(?:US|USD|EUR|Rs|INR)\s?)[\d.,]+\s*(?:million|billion|bn|m|crore|lakh)?(?:[\s-]+(?:dollars?|euros?|pounds?))?\s+$/i.test(sentence.text.slice(Math.max(0, signed.index - 40), signed.index))) continue;
    // The deal's own day told again is no step, nor a deal already found on that day; a deal dated only from this sentence ("had
    // signed … in July") took the step's date. Two deals of the same parties found already tell the earlier one ("a follow-up order
    // to the contract signed in 2017").
    if (deals.filter((found) => found.sale!.supplier === sale.supplier && found.sale!.recipient === sale.recipient).length > 1) continue;
    if ([...sales, ...others].some((found) => !(found === deal && datedHere) && found.event.startDate && isoDay(found.event.startDate) === isoDay(time.date) && found.event.countries.some((party) => party.country === sale.recipient))) continue;
    // Where the signer went to sign ("visited Argentina and signed a letter of intent"), or where it was signed ("signed … in Doha").
    const place = countries.find((mention) => mention.start >= sentence.start && mention.end <= sentence.end && mention.kind !== 'demonym' && STEP_PLACE_BEFORE.test(document.text.slice(Math.max(sentence.start, mention.start - 20), mention.start)))?.code ?? null;
    const slug = slugOf('arms-sale-signed', sale.supplier, sale.recipient, isoDay(time.date) ?? 'undated').slice(0, 100).replace(/-+$/, '');
    if (steps.some((step) => step.event.slug === slug)) continue;
    steps.push(
      dealStepFound(sale, sentence, {
        slug,
        title: `${countryName(sale.supplier)} and ${countryName(sale.recipient)} sign a step of their arms deal`,
        summary: `An earlier signing in the deal for arms from ${countryName(sale.supplier)} to ${countryName(sale.recipient)}.`,
        day: time.precision === 'DAY' ? { date: time.date, start: time.start, end: time.end } : null,
        location: place,
      }, facts),
    );
  }
  return steps;
}
