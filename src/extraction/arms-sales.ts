// Arms sales in wire-report phrasing: a sale word with weapons or a dollar value, the supplier and
// recipient from how the sentence places them ("X will deliver … to Y", "sale to Y of …", "Y signed
// a contract to buy … from X", "from an Israeli manufacturer"), the exact value ("some $3.64 billion
// dollars", "worth $850 million"), the items, the status and the countries objecting.
import { slugOf } from '../db/natural-keys';
import type { ArmsSaleStatus, DatePrecision } from '../generated/prisma/enums';
import type { CountryMention } from './countries';
import { countryName } from './countries';
import { datesIn, isoDay } from './dates';
import type { ArticleDocument, Sentence } from './document';
import type { FoundPerson } from './people';
import type { ExtractedArmsSale, ExtractedEvent, ExtractedFact } from './types';

const SALE_WORDS = /\b(sales?|deal|contract|package|purchases?|order|deliver(?:ed|s|y|ies)?|handover|supply|supplied|acquisition|buy|bought|export|received|took delivery)\b/i;
const WEAPONS =
  /\b(arms|weapons?|missiles?|bombs?|tanks?|drones?|jets?|aircraft|fighters?|howitzers?|rockets?|munitions|ammunition|artillery|helicopters?|submarines?|frigates?|warships?|air[- ]defen[cs]e|launchers?|radars?|F-\d+|Patriot|HIMARS|NASAMS)\b/i;
/** US dollars: "$850 million", "US$1.2 billion"; not "A$10 billion" or "HK$5 million". */
const VALUE =
  /(?:US)?(?<![A-Za-z])\$\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(trillion|billion|million|bn|m)?\b(?:\s+(?:US\s+)?dollars)?/i;

const SCALE: Record<string, bigint> = { trillion: 10n ** 12n, billion: 10n ** 9n, bn: 10n ** 9n, million: 10n ** 6n, m: 10n ** 6n };

/** "$3.64 billion" → "3640000000", exactly (decimal arithmetic on the digits, no floats). */
export function dollars(amount: string, scale: string | undefined): string {
  const digits = amount.replace(/,/g, '');
  const [whole, fraction = ''] = digits.split('.');
  const multiplier = SCALE[(scale ?? '').toLowerCase()] ?? 1n;
  const fractionDigits = BigInt(10 ** fraction.length);
  return ((BigInt(whole + fraction) * multiplier) / fractionDigits).toString();
}

const STATUS_RULES: { status: ArmsSaleStatus; pattern: RegExp }[] = [
  { status: 'CANCELLED', pattern: /\b(cancel(?:led|ed|s)?|cancellation|scrapped|terminated|withdrew from)\b/i },
  { status: 'DELIVERED', pattern: /\b(delivered|handed over|handover|took delivery|received|arrived|landed)\b/i },
  { status: 'CONTRACTED', pattern: /\b(signed (?:a |the )?(?:contract|deal|agreement)|contract (?:was )?signed|(?:signs|signed|inks|inked) .{0,40}\b(?:contract|deal))\b/i },
  { status: 'NOTIFIED', pattern: /\bnotif(?:ied|ies|y|ication)\b/i },
  { status: 'PROPOSED', pattern: /\b(yet to be (?:formally )?approved|not yet approved|awaiting approval|pending approval)\b/i },
  { status: 'APPROVED', pattern: /\b(approv(?:ed|al|es))\b/i },
  { status: 'PROPOSED', pattern: /\b(propos(?:ed|al)|possible|potential|plans? to (?:buy|sell)|seeks? to (?:buy|sell)|wants? to buy|considering)\b/i },
];

/** Organizations that act for one government in arms sales. */
const SELLING_AGENCIES: [RegExp, string][] = [
  [/\b(State Department|Pentagon|Defense Security Cooperation Agency|Congress)\b/, 'US'],
];

const OBJECTION = /\b(complain(?:ed|s)?|object(?:ed|s)?|oppos(?:ed|es)|condemn(?:ed|s)?|denounc(?:ed|es)|protest(?:ed|s)|criticiz(?:ed|es)|criticis(?:ed|es)|countermeasures|angry response|stern representations|warned against)\b/i;

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "180 K2 Black Panther tanks, 81 support vehicles…" → 180; "three National Advanced…" → 3. */
function quantityOf(items: string): number | null {
  const first = /^(\d{1,3}(?:,\d{3})*|\d+|[a-z]+)\s/i.exec(items)?.[1]?.toLowerCase();
  if (!first) return null;
  if (/^\d/.test(first)) return Number(first.replace(/,/g, ''));
  const index = NUMBER_WORDS.indexOf(first);
  return index >= 0 ? index + 1 : null;
}

export interface FoundSale {
  sale: ExtractedArmsSale;
  event: ExtractedEvent;
  sentences: Sentence[];
}

interface SaleMention {
  sentence: Sentence;
  supplier: CountryMention | null;
  recipient: CountryMention | null;
  supplierCode: string | null;
  value: string | null;
  valueSpan: { start: number; end: number } | null;
  items: string | null;
  status: ArmsSaleStatus;
  date: { date: Date; precision: DatePrecision; start: number; end: number } | null;
}

const tail = (text: string, length = 40) => text.slice(Math.max(0, text.length - length));

/** Supplier and recipient among the countries of a sale sentence, by the words around each. */
function partiesOf(sentence: Sentence, countries: CountryMention[], text: string) {
  let supplier: CountryMention | null = null;
  let recipient: CountryMention | null = null;
  for (const mention of countries) {
    const before = tail(text.slice(sentence.start, mention.start));
    const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 60));
    if (!recipient && (/\b(to|for)\s+(the\s+)?$/i.test(before) && SALE_WORDS.test(text.slice(sentence.start, mention.start)) || /^['’]s\s+(purchase|order|acquisition|request)\b/.test(after))) {
      recipient = mention;
    } else if (
      !supplier &&
      ((/\bfrom\s+(an?\s+|the\s+)?$/i.test(before) && /\b(buy|bought|purchas\w*|order\w*|import\w*|acquir\w*|receiv\w*|took delivery)\b/i.test(text.slice(sentence.start, mention.start))) ||
        (mention.kind === 'demonym' && /^\s*(-made|manufacturer|firm|company|maker|defen[cs]e contractor)/.test(after)) ||
        (mention.kind !== 'demonym' && /^\s+(?:[\w-]+\s+){0,2}(sale|deal|package)\s+to\b/.test(after)))
    ) {
      supplier = mention;
    } else if (!recipient && /^\s+(has |have |had )?(signed|cancel(?:led|ed)|bought|ordered|agreed to buy|purchased|will buy|is buying|to buy|took delivery)\b/.test(after)) {
      recipient = mention;
    } else if (!supplier && /^\s+(has |have |had |will |would )?(approved|deliver(?:ed|s)?|notified|sell|sold|supply|supplied|export(?:ed)?|agreed to sell)\b/.test(after)) {
      supplier = mention;
    } else if (!supplier && mention.kind !== 'demonym' && /^\s+[^,.;]{0,40}?\b(to sell|selling|to supply|to deliver|to export)\b/.test(after)) {
      // "France is expected to sign a contract to sell … to Indonesia".
      supplier = mention;
    } else if (!recipient && mention.kind !== 'demonym' && /^\s+[^,.;]{0,40}?\b(to buy|buying|to purchase|to acquire|to order|selected|chose|picked|received|took delivery)\b/.test(after)) {
      recipient = mention;
    } else if (!supplier && /^['’]s\s+(?:[\p{Lu}][\p{L}&-]*\s+){1,4}(?:to build|to supply|to deliver|will build|will supply)\b/u.test(after)) {
      // "selected Japan's Mitsubishi Heavy Industries to build 11 frigates": the maker's country sells.
      supplier = mention;
    } else if (!supplier && /^['’]s\s+(State Department|Pentagon|defen[cs]e ministry|government)/i.test(after) && /\b(approv|notif)/i.test(after)) {
      supplier = mention;
    } else if (!supplier && /^(['’]s)?\s+(government|cabinet|defen[cs]e ministry|parliament|security council)\b[^,.;]{0,30}?\b(approved|cleared|notified|agreed to sell|authori[sz]ed)\b/i.test(after)) {
      // "The German government on Wednesday approved the sale of … to Turkey".
      supplier = mention;
    }
  }
  if (supplier && recipient && supplier.code === recipient.code) recipient = null;
  return { supplier, recipient };
}

function itemsOf(sentence: Sentence, text: string, valueEnd: number | null): string | null {
  const body = text.slice(sentence.start, sentence.end);
  const from = valueEnd !== null ? valueEnd - sentence.start : 0;
  const patterns = [
    /^\s*(?:dollars\s+)?(?:in|of|for)\s+(.+?)(?=\s+to\s+(?:the\s+)?\p{Lu}|,\s+(?:the|a|an)\s|,\s+\p{Ll}+ing\b|,?\s+valued|\s+worth\b|\s+at\s+(?:an?\s+)?(?:estimated\s+|total\s+)?cost\b|\s+(?:for|at)\s+(?:about\s+|some\s+)?(?:US)?\$|\s+from\s|[.;]|$)/u,
    /\b(?:sale|sales|delivery|batch|purchase|order|package)\s+(?:to\s+(?:the\s+)?[\p{Lu}][\p{L} ]+?\s+)?of\s+(?!a\s|an\s|the\s+sale)(.+?)(?=\s+to\s+(?:the\s+)?\p{Lu}|,\s+(?:the|a|an)\s|,\s+\p{Ll}+ing\b|,?\s+valued|\s+worth\b|\s+at\s+(?:an?\s+)?(?:estimated\s+|total\s+)?cost\b|\s+(?:for|at)\s+(?:about\s+|some\s+)?(?:US)?\$|\s+from\s|\s+(?:on|in)\s+\p{Lu}\p{Ll}+day|[.;]|$)/u,
    /\b(?:to buy|buy|bought|ordered|covered|covers)\s+(.+?)(?=\s+from\s|\s+in a deal|,\s+(?:the|a|an)\s|[.;]|$)/u,
    /\b(?:to sell|sell|sold|to supply|supplied|to deliver|to build)\s+(.+?)(?=\s+to\s+(?:the\s+)?\p{Lu}|\s+worth\b|\s+in a deal|,\s+(?:the|a|an)\s|[.;]|$)/u,
  ];
  for (const [index, pattern] of patterns.entries()) {
    const match = pattern.exec(index === 0 ? body.slice(from) : body);
    if (match && WEAPONS.test(match[1]) && match[1].length < 200) return match[1].replace(/^(?:the\s+first\s+batch\s+of\s+)/i, '').trim();
  }
  return null;
}

function mentionIn(sentence: Sentence, countries: CountryMention[], document: ArticleDocument, publishedAt: Date | null): SaleMention | null {
  const { text } = document;
  const body = sentence.text;
  const value = VALUE.exec(body);
  if (!SALE_WORDS.test(body) || !(WEAPONS.test(body) || (value && /\b(deal|contract|package|sale)\b/i.test(body)))) return null;
  const saleWords = [...body.matchAll(/\b(sales?|deal|contract|package|purchases?|deliver(?:ed|y|ies)?|handover|approv\w*|notif\w*|to buy|bought|order(?:ed)?|received|took delivery)\b/gi)].map((match) => match[1].toLowerCase());
  if (!saleWords.length) return null;
  // "a ban on arms sales and purchases": sales in general, no one sale.
  if (!value && saleWords.every((word) => word === 'sales' || word === 'purchases' || word === 'package')) return null;
  const inSentence = countries.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end && mention.kind !== 'city');
  const { supplier, recipient } = partiesOf(sentence, inSentence, text);
  let supplierCode = supplier?.code ?? null;
  if (!supplierCode) for (const [pattern, code] of SELLING_AGENCIES) if (pattern.test(body) && /\b(approv|notif|sale)/i.test(body)) supplierCode = code;
  // Generic statements ("arms sales and purchases") name no sale: a sale has a party or a value.
  if (!recipient && !supplierCode && !value) return null;
  const status = STATUS_RULES.find((rule) => rule.pattern.test(body))?.status ?? 'PROPOSED';
  const dates = datesIn(body, sentence.start, publishedAt).filter((found) => !/\b(since|from)\s*$/.test(text.slice(found.start - 8, found.start)));
  const valueStart = value ? sentence.start + value.index : null;
  return {
    sentence,
    supplier,
    recipient,
    supplierCode,
    value: value ? dollars(value[1], value[2]) : null,
    valueSpan: value ? { start: valueStart!, end: valueStart! + value[0].length } : null,
    items: itemsOf(sentence, text, value ? valueStart! + value[0].length : null),
    status,
    date: dates[0] ?? null,
  };
}

const STATUS_STRENGTH: ArmsSaleStatus[] = ['PROPOSED', 'APPROVED', 'NOTIFIED', 'CONTRACTED', 'DELIVERED', 'CANCELLED'];

export interface SalesContext {
  document: ArticleDocument;
  countries: CountryMention[];
  people: FoundPerson[];
  publishedAt: Date | null;
  facts: ExtractedFact[];
}

/** The article's arms sales, each with the ARMS_SALE event that reports it. */
export function findArmsSales({ document, countries, people, publishedAt, facts }: SalesContext): FoundSale[] {
  const mentions = document.sentences
    .map((sentence) => mentionIn(sentence, countries, document, publishedAt))
    .filter((mention): mention is SaleMention => mention !== null);
  interface Draft {
    supplier: string | null;
    recipient: string | null;
    mentions: SaleMention[];
  }
  const drafts: Draft[] = [];
  // Sentences naming both parties make the sales; the others add to the sale they continue.
  const complete = mentions.filter((mention) => mention.recipient && (mention.supplier || mention.supplierCode));
  for (const mention of complete) {
    const supplier = mention.supplier?.code ?? mention.supplierCode!;
    const recipient = mention.recipient!.code;
    const sameParties = drafts.find((draft) => draft.supplier === supplier && draft.recipient === recipient);
    const conflictingValue = sameParties?.mentions.some((other) => other.value && mention.value && other.value !== mention.value);
    if (sameParties && !conflictingValue) sameParties.mentions.push(mention);
    else drafts.push({ supplier, recipient, mentions: [mention] });
  }
  for (const mention of mentions.filter((mention) => !complete.includes(mention))) {
    const party = mention.recipient?.code ?? mention.supplier?.code ?? mention.supplierCode;
    const fits = (draft: Draft) =>
      (!party || party === draft.recipient || party === draft.supplier) &&
      (!mention.value || draft.mentions.every((other) => !other.value || other.value === mention.value));
    const target =
      drafts.filter(fits).sort((a, b) => Math.abs(a.mentions[0].sentence.index - mention.sentence.index) - Math.abs(b.mentions[0].sentence.index - mention.sentence.index))[0];
    if (target) target.mentions.push(mention);
    else if (mention.recipient && !mention.supplier && !mention.supplierCode && !drafts.length) {
      // "Poland signed a contract to buy tanks" with the seller only in the next sentence: kept open.
      drafts.push({ supplier: null, recipient: mention.recipient.code, mentions: [mention] });
    }
  }

  const found: FoundSale[] = [];
  for (const draft of drafts) {
    if (!draft.supplier || !draft.recipient) continue;
    const byOrder = [...draft.mentions].sort((a, b) => a.sentence.start - b.sentence.start);
    const bodyFirst = [...byOrder].sort((a, b) => Number(a.sentence.start < document.bodyStart) - Number(b.sentence.start < document.bodyStart));
    const value = bodyFirst.find((mention) => mention.value)?.value ?? null;
    const items = bodyFirst.find((mention) => mention.items)?.items ?? 'arms';
    const status = byOrder.map((mention) => mention.status).reduce((strongest, status) => (STATUS_STRENGTH.indexOf(status) > STATUS_STRENGTH.indexOf(strongest) ? status : strongest), 'PROPOSED' as ArmsSaleStatus);
    const statusMention = bodyFirst.find((mention) => mention.status === status) ?? bodyFirst[0];
    const dated = statusMention.date ? statusMention : bodyFirst.find((mention) => mention.date && mention.date.precision !== 'YEAR');
    const date = dated?.date ?? null;
    const announcedDate = date?.date ?? null;
    const supplierName = countryName(draft.supplier);
    const recipientName = countryName(draft.recipient);
    const slug = slugOf(draft.supplier, draft.recipient, isoDay(announcedDate) ?? 'undated', items).slice(0, 100).replace(/-+$/, '');
    const eventSlug = slugOf('arms-sale', draft.supplier, draft.recipient, isoDay(announcedDate) ?? 'undated', items).slice(0, 100).replace(/-+$/, '');
    const sentences = [...new Set(byOrder.map((mention) => mention.sentence))];

    // Objectors: countries (or people speaking for them) protesting the sale near where it is reported.
    const objectors = new Map<string, { start: number; end: number; sentence: Sentence }>();
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
      if (actor) objectors.set(actor.code, { start: actor.start, end: actor.end, sentence });
      else {
        const speaker = people.find((person) => person.country && person.country !== draft.supplier && person.country !== draft.recipient && person.mentions.some((mention) => mention.sentence === sentence && mention.start < objectionAt));
        if (speaker) objectors.set(speaker.country!, { start: speaker.mentions.find((mention) => mention.sentence === sentence)!.start, end: objectionAt + objection[0].length, sentence });
      }
    }

    const location = ['DELIVERED', 'CONTRACTED', 'CANCELLED'].includes(status) ? draft.recipient : draft.supplier;
    const first = byOrder[0];
    const event: ExtractedEvent = {
      slug: eventSlug,
      title: `${supplierName} ${status === 'PROPOSED' ? 'proposes' : status.toLowerCase()} arms sale to ${recipientName}`.replace(/ (approved|notified|contracted|delivered|cancelled) /, (_, verb: string) => ` ${{ approved: 'approves', notified: 'notifies', contracted: 'signs', delivered: 'delivers', cancelled: 'cancels' }[verb]} `),
      type: 'ARMS_SALE',
      summary: `${supplierName} → ${recipientName}: ${items}${value ? `, $${Number(value).toLocaleString('en-US')}` : ''} (${status.toLowerCase()}).`,
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
      items,
      quantity: quantityOf(items),
      status,
      announcedDate,
      event: eventSlug,
      mentionCount: sentences.length,
      firstOffset: first.sentence.start,
    };
    found.push({ sale, event, sentences });

    const saleSubject = { kind: 'ARMS_SALE' as const, slug };
    const eventSubject = { kind: 'EVENT' as const, slug: eventSlug };
    const whole = (sentence: Sentence) => ({ sentence: sentence.text, start: sentence.start, end: sentence.end });
    for (const sentence of sentences) {
      facts.push({ subject: saleSubject, fact: 'mention', value: null, ...whole(sentence), confidence: 0.8 });
      facts.push({ subject: eventSubject, fact: 'mention', value: null, ...whole(sentence), confidence: 0.8 });
    }
    facts.push({ subject: eventSubject, fact: 'type', value: 'ARMS_SALE', ...whole(first.sentence), confidence: 0.85 });
    const supplierMention = byOrder.find((mention) => mention.supplier)?.supplier;
    const recipientMention = byOrder.find((mention) => mention.recipient)?.recipient;
    facts.push({ subject: saleSubject, fact: 'supplier', value: draft.supplier, ...(supplierMention ? { sentence: first.sentence.text, start: supplierMention.start, end: supplierMention.end } : whole(first.sentence)), confidence: supplierMention ? 0.85 : 0.7 });
    facts.push({ subject: saleSubject, fact: 'recipient', value: draft.recipient, ...(recipientMention ? { sentence: first.sentence.text, start: recipientMention.start, end: recipientMention.end } : whole(first.sentence)), confidence: 0.85 });
    const valued = bodyFirst.find((mention) => mention.value);
    if (valued?.valueSpan) facts.push({ subject: saleSubject, fact: 'value', value: value, sentence: valued.sentence.text, ...valued.valueSpan, confidence: 0.95 });
    facts.push({ subject: saleSubject, fact: 'items', value: items, ...whole((bodyFirst.find((mention) => mention.items) ?? first).sentence), confidence: items === 'arms' ? 0.3 : 0.75 });
    facts.push({ subject: saleSubject, fact: 'status', value: status, ...whole(statusMention.sentence), confidence: 0.8 });
    if (date && dated) {
      facts.push({ subject: saleSubject, fact: 'date', value: `${isoDay(date.date)} ${date.precision}`, sentence: dated.sentence.text, start: date.start, end: date.end, confidence: 0.8 });
      facts.push({ subject: eventSubject, fact: 'date', value: `${isoDay(date.date)}/${isoDay(date.date)} ${date.precision}`, sentence: dated.sentence.text, start: date.start, end: date.end, confidence: 0.8 });
    }
    facts.push({ subject: eventSubject, fact: 'location', value: location, ...whole(statusMention.sentence), confidence: 0.6 });
    for (const [country, evidence] of objectors) {
      facts.push({ subject: eventSubject, fact: 'country', value: `OBJECTOR ${country}`, sentence: evidence.sentence.text, start: evidence.start, end: evidence.end, confidence: 0.7 });
    }
  }
  return found;
}
