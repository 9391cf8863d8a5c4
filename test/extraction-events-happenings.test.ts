// OTHER happenings named in passing (test/extraction-events-happenings.cases.ts): each sentence gives an OTHER event of
// the expected day and place (null: not checked), the non-events give none; accords each introduced by an indefinite
// article in a sentence of its own are apart.
import { HAPPENING_NON_EVENTS, HAPPENINGS, THREE_MEMORANDA } from './extraction-events-happenings.cases';
import { eventsOfSentence, testSentenceCases } from './support/sentence-events';

describe('OTHER happenings named in passing', () => {
  testSentenceCases(HAPPENINGS, HAPPENING_NON_EVENTS, 'Report');

  test('three memoranda, each signed "an MOU" in a sentence of its own, are three accords', () => {
    expect(eventsOfSentence(THREE_MEMORANDA, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(3);
  });
});
