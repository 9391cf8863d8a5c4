// Wire-style sentences written here (test/extraction-events-wire.cases.ts): each gives an event of the
// expected type family, on the expected day, at the expected place (null: not checked).
import { WIRE_CASES } from './extraction-events-wire.cases';
import { findSentenceEvent } from './support/sentence-events';

describe('wire-style sentences', () => {
  test.each(WIRE_CASES.map((each) => [each.type, each.text, each] as const))('%s: %s', (_type, _text, expected) => {
    const { matches, found } = findSentenceEvent(expected, 'Report');
    expect({ matches, found }).toEqual({ matches: true, found });
  });
});
