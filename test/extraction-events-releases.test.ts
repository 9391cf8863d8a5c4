// Official-release sentences written here (test/extraction-events-releases.cases.ts): each gives an event
// of the expected type family, day and place (null: not checked); the non-events give none of their family.
import { RELEASE_CASES, RELEASE_NON_EVENTS } from './extraction-events-releases.cases';
import { testSentenceCases } from './support/sentence-events';

describe('official-release sentences', () => {
  testSentenceCases(RELEASE_CASES, RELEASE_NON_EVENTS, 'Release');
});
