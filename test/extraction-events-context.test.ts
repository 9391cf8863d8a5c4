// Texts written here for the session-19 events round (test/extraction-events-context.cases.ts): the events of the
// named families each text gives, with the day and the place a reader takes from the text around them, and the day
// a weekday names after a word of the future in a past form, and the meetings a list of office holders of several
// countries met makes, and the visit of a guest named after "visiting", the place of a gathering whose host is named
// ("with host President …") or a state's body meeting, the place of a happening someone reacts to, and a day told from
// another sentence or by the happening it was told inside, and the day a date line standing alone gives what is told under it,
// and the day of the lead's news a headline's happening takes, and the acts told after the lead at its place take.
import { CONTEXT_PLACE_TEXTS, DATE_HEADING_TEXTS, FUTURE_DAY_TEXTS, GUEST_TEXTS, HEADLINE_DAY_TEXTS, PHOTO_CAPTION_TEXTS, PLANNED_PROTEST_TEXTS, PROTEST_TOLD_TEXTS, LISTED_OFFICE_TEXTS, NARRATIVE_DAY_TEXTS, SCENE_DAY_TEXTS, NAMED_HOST_TEXTS, REACTION_TEXTS, STATE_BODY_TEXTS, TELLING_DAY_TEXTS, TOLD_DAY_TEXTS, WITHIN_DAY_TEXTS, WITHIN_STAY_TEXTS, type ContextText } from './extraction-events-context.cases';
import { eventFamily } from '../src/extraction/score';
import { extractArticle, type ExtractedEvent } from '../src/extraction';
import { eventsOfSentence } from './support/sentence-events';

const flat = (events: ExtractedEvent[]): ExtractedEvent[] => events.flatMap((event) => [event, ...flat(event.children)]);

const eventsOf = ({ text, heading, families, undated }: ContextText) =>
  (undated ? flat(extractArticle({ text: `${heading ?? 'Report'}\n\n${text}`, publishedAt: null }).graph.events) : eventsOfSentence(text, heading ?? 'Report'))
    .filter((event) => families.includes(eventFamily(event.type)))
    .map((event) => `${eventFamily(event.type)} ${event.datePrecision === 'DAY' ? event.startDate!.toISOString().slice(0, 10) : '-'} ${event.location ?? '-'}`)
    .sort();

describe.each([
  ['events placed by the text around them', CONTEXT_PLACE_TEXTS],
  ['weekdays after a future told in a past form', FUTURE_DAY_TEXTS],
  ['a meeting with office holders of several countries', LISTED_OFFICE_TEXTS],
  ['a guest received', GUEST_TEXTS],
  ['a host named after the gathering', NAMED_HOST_TEXTS],
  ['a day told from another sentence', TOLD_DAY_TEXTS],
  ['a day of telling after the happening\'s own', TELLING_DAY_TEXTS],
  ['a happening told inside another', WITHIN_DAY_TEXTS],
  ['a happening told inside a visit or a summit', WITHIN_STAY_TEXTS],
  ['a state body meeting', STATE_BODY_TEXTS],
  ['a happening reacted to', REACTION_TEXTS],
  ['a photograph\'s caption lends no year or day', PHOTO_CAPTION_TEXTS],
  ['a protest to come beside the protests held', PLANNED_PROTEST_TEXTS],
  ['ordinary wordings of a protest', PROTEST_TOLD_TEXTS],
  ['a date line heading what is told under it', DATE_HEADING_TEXTS],
  ['a headline\'s happening on the day of the lead\'s news', HEADLINE_DAY_TEXTS],
  ['the lead\'s day for the acts told after it at the place of its news', SCENE_DAY_TEXTS],
  ['a scene\'s day for the happenings told after it', NARRATIVE_DAY_TEXTS],
] as const)('%s', (_title, texts: readonly ContextText[]) => {
  test.each(texts.map((each) => [each.text, each] as const))('%s', (_text, expected) => {
    expect(eventsOf(expected)).toEqual([...expected.events].sort());
  });
});
