// Verb-class sentences written here (test/extraction-events-classes.cases.ts): each gives an event of the
// expected type family, day and place (null: not checked); the non-events give none of their family.
import { CLASS_CASES, CLASS_NON_EVENTS } from './extraction-events-classes.cases';
import { testSentenceCases } from './support/sentence-events';

describe('verb-class sentences', () => {
  testSentenceCases(CLASS_CASES, CLASS_NON_EVENTS, 'Report');
});
