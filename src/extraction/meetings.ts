// Where a meeting was held when none of its sentences places it with "in/at <place>": the place those sentences say its
// people were in ("after arriving in Moscow", "before leaving Rome"). events.ts asks after grouping, before a meeting
// without a place or a day is dropped as background; a call is held in neither place and never asks.
import type { CountryMention } from './countries';
import type { Sentence } from './document';

/**
 * Words that put people in a place, not a meeting's topic: arriving or landing there, staying or being there, leaving
 * it, or near a site of it ("after arriving in Moscow from Helsinki", "before leaving Rome", "during his stay in
 * Washington", "in a studio near the Vatican").
 */
const PRESENCE = /\b(?:(?:arriv|land)\w*\s+in|(?:before|after|on|upon)\s+leaving|while\s+in|(?:his|her|their)\s+stay\s+in|near)\s+(?:the\s+)?$/i;

/** The place a meeting's sentences say its people were in (the first such place), for a meeting no sentence of which places itself. */
export function presencePlace(sentences: Sentence[], countries: CountryMention[], text: string): CountryMention | null {
  for (const sentence of sentences) {
    const place = countries.find(
      (mention) =>
        mention.start >= sentence.start &&
        mention.end <= sentence.end &&
        mention.kind !== 'demonym' &&
        PRESENCE.test(text.slice(Math.max(sentence.start, mention.start - 30), mention.start)),
    );
    if (place) return place;
  }
  return null;
}

