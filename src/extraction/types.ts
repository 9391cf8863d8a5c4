// The extractor's public shapes: what a caller gives (ArticleSource), what cleaning returns
// (CleanArticle) and what extraction returns (Extraction: the graph plus one fact per piece of evidence).
import type { ArmsSaleStatus, CountryRole, DatePrecision, EventType, ParticipantRole } from '../generated/prisma/enums';

export type ArticleFormat = 'text' | 'markdown' | 'html';

/** What a caller has: the raw text as submitted and whatever metadata it knows. */
export interface ArticleSource {
  /** Raw text as submitted (plain, markdown or html). */
  text: string;
  /** Default: 'html' if the text looks like html, else 'text'. */
  format?: ArticleFormat;
  title?: string | null;
  subtitle?: string | null;
  url?: string | null;
  source?: string | null;
  author?: string | null;
  /** Given values win over what the text or its front matter says. */
  publishedAt?: Date | null;
}

/** An article without its boilerplate, with what was dropped and why. */
export interface CleanArticle {
  title: string;
  subtitle: string | null;
  body: string;
  url: string | null;
  source: string | null;
  author: string | null;
  publishedAt: Date | null;
  removed: { reason: string; text: string }[];
}

export type FactSubject =
  | { kind: 'PERSON'; name: string }
  | { kind: 'COUNTRY'; code: string }
  | { kind: 'EVENT'; slug: string }
  | { kind: 'ARMS_SALE'; slug: string };

/**
 * What a fact says about its subject (the `value` format in brackets):
 * - `mention`: the subject is named here [the words, or "kind words" for countries];
 * - `title`, `country`: a person's office and affiliation [text, alpha-2 code];
 * - `type`, `date`, `location`, `parent`: an event's type, dates ["start/end PRECISION"], place, trip;
 * - `participant`: a person's part in an event ["ROLE name"]; `country` on an event: ["ROLE code"];
 * - `supplier`, `recipient`, `value` [exact USD], `items`, `status`, `date` ["day PRECISION"] of a sale.
 */
export const FACT_KINDS = ['mention', 'title', 'country', 'type', 'date', 'location', 'parent', 'participant', 'supplier', 'recipient', 'value', 'items', 'status'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** One piece of evidence: what was read, where, and how sure the extractor is. */
export interface ExtractedFact {
  subject: FactSubject;
  /** One of FACT_KINDS. */
  fact: FactKind | string;
  value: string | null;
  sentence: string;
  /** UTF-16 span of the evidence in articleText(article). */
  start: number;
  end: number;
  confidence: number;
}

export interface ExtractedPerson {
  name: string;
  slug: string;
  aliases: string[];
  title: string | null;
  country: string | null;
  mentionCount: number;
  firstOffset: number;
}

export interface ExtractedCountryMention {
  country: string;
  mentionCount: number;
  firstOffset: number;
}

export interface ExtractedEvent {
  slug: string;
  title: string;
  type: EventType;
  summary?: string | null;
  startDate: Date | null;
  endDate: Date | null;
  datePrecision: DatePrecision;
  location: string | null;
  participants: { person: string; role: ParticipantRole }[];
  countries: { country: string; role: CountryRole }[];
  mentionCount: number;
  firstOffset: number;
  children: ExtractedEvent[];
}

export interface ExtractedArmsSale {
  slug: string;
  supplier: string;
  recipient: string;
  valueUsd: string | null;
  /** ISO 4217 code of the amount as written, when it is not US dollars. */
  currency?: string;
  /** Exact decimal amount in `currency`, as written ("1900000000" for "£1.9 billion"). */
  valueOriginal?: string;
  items: string;
  quantity?: number | null;
  status: ArmsSaleStatus;
  announcedDate: Date | null;
  event: string | null;
  mentionCount: number;
  firstOffset: number;
}

/** The `people`, `countries`, `events` and `armsSales` fields of IngestArticleInput, as plain objects. */
export interface ExtractedGraph {
  people: ExtractedPerson[];
  countries: ExtractedCountryMention[];
  events: ExtractedEvent[];
  armsSales: ExtractedArmsSale[];
}

/** Something the caller should know about a reading that still succeeded. */
export interface ExtractionWarning {
  /** PUBLICATION_DATE_UNKNOWN: relative dates ("Friday") were left unresolved. */
  code: 'PUBLICATION_DATE_UNKNOWN';
  message: string;
}

export interface Extraction {
  version: string;
  article: CleanArticle;
  graph: ExtractedGraph;
  facts: ExtractedFact[];
  warnings: ExtractionWarning[];
}
