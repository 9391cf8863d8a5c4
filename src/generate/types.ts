// The JSON shape of one generated article: an `IngestArticleInput` (src/ingest/article-input.ts)
// as a bulk-import line holds it, dates as strings. Absent optional fields are left out.
import type { ArmsSaleStatus, CountryRole, DatePrecision, EventType, ParticipantRole } from '../generated/prisma/enums';

export interface MentionJson {
  mentionCount: number;
  firstOffset: number;
}

export interface PersonJson extends MentionJson {
  name: string;
  slug: string;
  aliases: string[];
  title: string;
  country: string;
  description: string;
}

export interface CountryMentionJson extends MentionJson {
  country: string;
}

export interface ParticipantJson {
  person: string;
  role: ParticipantRole;
}

export interface EventCountryJson {
  country: string;
  role: CountryRole;
}

/** An event as the catalogue defines it: identical in every article that reports it. */
export interface EventDefinition {
  slug: string;
  title: string;
  type: EventType;
  summary: string;
  /** YYYY-MM-DD */
  startDate: string;
  /** YYYY-MM-DD */
  endDate: string;
  datePrecision: DatePrecision;
  location?: string;
  participants: ParticipantJson[];
  countries: EventCountryJson[];
  children?: EventDefinition[];
}

export interface EventJson extends Omit<EventDefinition, 'children'>, MentionJson {
  children?: (Omit<EventDefinition, 'children'> & MentionJson)[];
}

/** An arms sale as the catalogue defines it. */
export interface ArmsSaleDefinition {
  slug: string;
  supplier: string;
  recipient: string;
  /** Whole US dollars as a decimal string. */
  valueUsd: string;
  items: string;
  designation: string;
  quantity: number;
  status: ArmsSaleStatus;
  /** YYYY-MM-DD */
  announcedDate: string;
  /** Slug of the ARMS_SALE event that announced it. */
  event: string;
}

export interface ArmsSaleJson extends ArmsSaleDefinition, MentionJson {}

export interface CoverageArticle {
  url: string;
  title: string;
  subtitle?: string;
  summary: string;
  source: string;
  author: string;
  /** ISO 8601 instant, UTC, whole seconds. */
  publishedAt: string;
  language: string;
  people: PersonJson[];
  countries: CountryMentionJson[];
  events: EventJson[];
  armsSales: ArmsSaleJson[];
}
