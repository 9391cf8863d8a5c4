// Official-release sentences written here (test/extraction-events-releases.cases.ts): each gives an event
// of the expected type family, day and place (null: not checked); the non-events give none of their family.
import { eventFamily } from '../src/extraction/score';
import { RELEASE_CASES, RELEASE_NON_EVENTS } from './extraction-events-releases.cases';
import { eventsOfSentence, findSentenceEvent } from './support/sentence-events';

describe('official-release sentences', () => {
  test.each(RELEASE_CASES.map((each) => [each.type, each.text, each] as const))('%s: %s', (_type, _text, expected) => {
    const { matches, found } = findSentenceEvent(expected, 'Release');
    expect({ matches, found }).toEqual({ matches: true, found });
  });

  test.each(RELEASE_NON_EVENTS.map((each) => [each.family, each.text] as const))('no %s: %s', (family, text) => {
    const found = eventsOfSentence(text, 'Release').filter((event) => eventFamily(event.type) === eventFamily(family)).map((event) => event.title);
    expect(found).toEqual([]);
  });
});
