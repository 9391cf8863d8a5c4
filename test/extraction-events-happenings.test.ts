// OTHER happenings named in passing (test/extraction-events-happenings.cases.ts): each sentence gives an OTHER event of
// the expected day and place (null: not checked), the non-events give none; accords each introduced by an indefinite
// article in a sentence of its own are apart; in a report of an arms sale, an accord is the sale's only when its sentence
// speaks of the sale.
import { ONE_HAPPENING_TWO_WORDINGS, TWO_HAPPENINGS_ONE_SENTENCE, CEASEFIRE_TOLD_TWICE_IN_A_SENTENCE, ACCORD_BESIDE_SALE, ACCORD_OF_SALE, ACCORDS_TO_CARRY_OUT, GREETED_ON_ARRIVAL, SIGNING_OF_SALE_TOLD_BACK, ACCORD_ON_VISIT, ACCORD_AFTER_TALKS, ACCORD_ON_ONE_DAY_VISIT, ACCORD_ON_LONGER_VISIT, ACCORD_ON_VISIT_SIGNED_BEFORE, ACCORD_SIGNED_ELSEWHERE, ACCORD_BEFORE_ITS_VISIT, ACCORD_BEFORE_ANOTHER_VISIT, TWO_SIGNINGS_OF_MOUS, ONE_SENTENCED, TWO_SENTENCED, ONE_RESIGNED, TWO_RESIGNED, HAPPENING_NON_EVENTS, HAPPENINGS, HEADLINE_TOLD_AGAIN, MILESTONE_IN_SALE, OCCASION_BEFORE_NEXT_STOP, OCCASION_IN_NAMED_CITY, OCCASION_OF_VISIT, OCCASION_ON_PROGRAMME_DAY, OCCASIONS_ON_VISIT_DAY, OFFICE_TOLD_AGAIN, RETOLD_WITHOUT_DAY, ANOTHER_PERSON_WITHOUT_DAY, NEW_ACCORD_WITHOUT_DAY, ONE_ROUND_WITH_ITS_TOTAL, TWO_ROUNDS_OF_SANCTIONS, ONE_CROWD_CONTROL, ONE_PHRASE, SANCTIONS_HEADLINE, SANCTIONS_TOLD_AGAIN, SIDE_ACCORDS_BESIDE_SALE, COOPERATION_ACCORDS_BESIDE_SALE, WELCOME_TOLD_TWICE, THREE_MEMORANDA, TOLD_AGAIN, TWO_ARRESTS, DEAL_CLOCK_TERMS, DEAL_CLOCK_NOT_SET, ACCORD_NAMED_BY_MATERIEL } from './extraction-events-happenings.cases';
import { eventsOfSentence, testSentenceCases } from './support/sentence-events';
import { accordOfSale, NEW_ACCORD } from '../src/extraction/happenings';

describe('OTHER happenings named in passing', () => {
  testSentenceCases(HAPPENINGS, HAPPENING_NON_EVENTS, 'Report');

  test.each(ONE_HAPPENING_TWO_WORDINGS)('two wordings of one sentence at one place and day are one happening: %s', (sentence) => {
    expect(eventsOfSentence(sentence, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(1);
  });

  test.each(TWO_HAPPENINGS_ONE_SENTENCE)('two contrasted clauses or two nouns with their own objects are two happenings: %s', (sentence) => {
    expect(eventsOfSentence(sentence, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(2);
  });

  test('three memoranda, each signed "an MOU" in a sentence of its own, are three accords', () => {
    expect(eventsOfSentence(THREE_MEMORANDA, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(3);
  });

  test('bare plural accords signed by other parties in sentences of their own are accords apart; "signed the MOUs" refers back', () => {
    expect(eventsOfSentence(TWO_SIGNINGS_OF_MOUS, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(2);
    expect(NEW_ACCORD.test('signed mous on fuel supplies')).toBe(true);
    expect(NEW_ACCORD.test('signed the mous on fuel supplies')).toBe(false);
  });

  test('a visit told after an accord naming both its sides places the accord at the host; another side\'s later visit does not', () => {
    expect(eventsOfSentence(ACCORD_BEFORE_ITS_VISIT, 'Report').filter((event) => event.type === 'OTHER').map((event) => event.location)).toEqual(['PE']);
    expect(eventsOfSentence(ACCORD_BEFORE_ANOTHER_VISIT, 'Report').filter((event) => event.type === 'OTHER').map((event) => event.location)).not.toContain('PE');
  });

  test('in a report of an arms sale, an accord told in a sentence about other things is an OTHER event of its own', () => {
    expect(eventsOfSentence(ACCORD_BESIDE_SALE, 'Report').filter((event) => event.type === 'OTHER').map((event) => event.location)).toEqual(['EG']);
  });

  test('in a report of an arms sale, offset agreements and a memorandum signed beside the contract are accords of their own', () => {
    expect(eventsOfSentence(SIDE_ACCORDS_BESIDE_SALE, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(2);
  });

  test('a guest\'s welcome told by its ceremony and again by its salute is one welcome, at the host\'s', () => {
    expect(eventsOfSentence(WELCOME_TOLD_TWICE, 'Report').filter((event) => event.type === 'OTHER').map((event) => event.location)).toEqual(['PE']);
  });

  test.each(COOPERATION_ACCORDS_BESIDE_SALE)('in a report of an arms sale, a cooperation or separate accord signed beside it is an accord of its own: %s', (text) => {
    expect(eventsOfSentence(text, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(1);
  });

  test('in a report of an arms sale, ships launched in the sale\'s sentence are a happening of their own, their delivery the sale\'s', () => {
    expect(eventsOfSentence(MILESTONE_IN_SALE, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(1);
  });

  test('sanctions told in the headline and again in other words below are one happening', () => {
    expect(eventsOfSentence(SANCTIONS_TOLD_AGAIN, SANCTIONS_HEADLINE).filter((event) => event.type === 'OTHER')).toHaveLength(1);
  });

  test.each(HEADLINE_TOLD_AGAIN)('the headline "%s" told again below: %s (%i OTHER)', (headline, body, happenings) => {
    expect(eventsOfSentence(body, headline).filter((event) => event.type === 'OTHER')).toHaveLength(happenings);
  });

  test('a sentence whose agreement joined the headline\'s ceasefire names that ceasefire again, no second one', () => {
    const [headline, body] = CEASEFIRE_TOLD_TWICE_IN_A_SENTENCE;
    expect(eventsOfSentence(body, headline).filter((event) => event.type === 'OTHER')).toHaveLength(1);
  });

  test('crowd control told in two wordings of one sentence is one happening', () => {
    expect(eventsOfSentence(ONE_CROWD_CONTROL, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(1);
  });

  test('a resignation, an arrest and a release told again in other words are one happening each', () => {
    expect(eventsOfSentence(TOLD_AGAIN, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(3);
  });

  test('a ceasefire agreement reached is one happening, not a ceasefire and an agreement', () => {
    expect(eventsOfSentence(ONE_PHRASE, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(1);
  });

  test('two arrests on two written days stay two', () => {
    expect(eventsOfSentence(TWO_ARRESTS, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(2);
  });

  test('an occasion of a visit is at its host\'s, where the visit went, not in the guest\'s country', () => {
    expect(eventsOfSentence(OCCASION_OF_VISIT, 'Report').filter((event) => event.type === 'OTHER').map((event) => event.location)).toEqual(['PE']);
  });

  test('a programme\'s occasion told with no day of its own is on the day the sentence before it opens with', () => {
    expect(eventsOfSentence(OCCASION_ON_PROGRAMME_DAY, 'Report').filter((event) => event.type === 'OTHER').map((event) => [event.startDate?.toISOString().slice(0, 10), event.location])).toEqual([['2025-03-04', 'PE']]);
  });

  test('occasions of a visit told with no day of their own are one happening on the visit\'s day at its place', () => {
    expect(eventsOfSentence(OCCASIONS_ON_VISIT_DAY, 'Report').filter((event) => event.type === 'OTHER').map((event) => [event.startDate?.toISOString().slice(0, 10), event.location])).toEqual([['2025-03-03', 'PE']]);
  });

  test('sanctions told as an earlier round beside the new round are two happenings, a total the new round brings one', () => {
    expect(eventsOfSentence(TWO_ROUNDS_OF_SANCTIONS, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(2);
    expect(eventsOfSentence(ONE_ROUND_WITH_ITS_TOTAL, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(1);
  });

  test('an occasion of a visit is at the stop it is told at, not at the next stop its sentence names', () => {
    expect(eventsOfSentence(OCCASION_BEFORE_NEXT_STOP, 'Report').filter((event) => event.type === 'OTHER').map((event) => event.location)).toEqual(['PE']);
  });

  test('an occasion whose sentence names a city is there, not at the trip the text recalled last', () => {
    expect(eventsOfSentence(OCCASION_IN_NAMED_CITY, 'Report').filter((event) => event.type === 'OTHER').map((event) => event.location)).toEqual(['PE']);
  });

  test('an office taken, told again as taking office, is one happening', () => {
    expect(eventsOfSentence(OFFICE_TOLD_AGAIN, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(1);
  });

  test('a happening told with its day and again without one, naming one of its people, is one happening', () => {
    expect(eventsOfSentence(RETOLD_WITHOUT_DAY, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(1);
    expect(eventsOfSentence(ANOTHER_PERSON_WITHOUT_DAY, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(2);
    expect(eventsOfSentence(NEW_ACCORD_WITHOUT_DAY, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(2);
  });

  test('in a report of an arms sale, a deal told with the sale\'s words is the sale\'s event, no OTHER', () => {
    expect(eventsOfSentence(ACCORD_OF_SALE, 'Report').filter((event) => event.type === 'OTHER')).toEqual([]);
  });

  test.each(SIGNING_OF_SALE_TOLD_BACK)('in a report of an arms sale, the accord told back is the sale\'s signing: %s', (text) => {
    expect(eventsOfSentence(text, 'Report').filter((event) => event.type === 'OTHER')).toEqual([]);
  });

  test.each(DEAL_CLOCK_TERMS)('a delivery timed by the deal\'s contract is a term of the deal, no happening: %s', (text) => {
    expect(eventsOfSentence(text, 'Report').filter((event) => event.type === 'OTHER')).toEqual([]);
  });

  test.each(DEAL_CLOCK_NOT_SET)('a delivery or an accord in force told on its own is a happening: %s', (text) => {
    expect(eventsOfSentence(text, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(1);
  });

  test.each(ACCORD_NAMED_BY_MATERIEL)('in a report of an arms sale, "%s" told back with no word of the sale is the sale\'s signing: %s', (words, sales) => {
    expect(accordOfSale(words, 'It strengthens our security, the minister said.', false, '')).toBe(sales);
  });

  test.each(ACCORDS_TO_CARRY_OUT)('an accord or measure to be carried out is a topic, no happening: %s', (text) => {
    expect(eventsOfSentence(text, 'Report').filter((event) => event.type === 'OTHER')).toEqual([]);
  });

  test.each(GREETED_ON_ARRIVAL)('a guest greeted or received on arrival is received at the visit\'s place on its day: %s', (text) => {
    expect(eventsOfSentence(text, 'Report').filter((event) => event.type === 'OTHER').map((event) => [event.location, event.startDate?.toISOString().slice(0, 10)])).toEqual([['PE', '2025-03-03']]);
  });

  test('an accord signed in a text of one visit is signed at the visit\'s host, unless its sentence writes another place', () => {
    expect(eventsOfSentence(ACCORD_ON_VISIT, 'Report').filter((event) => event.type === 'OTHER').map((event) => event.location)).toEqual(['PE']);
    expect(eventsOfSentence(ACCORD_SIGNED_ELSEWHERE, 'Report').filter((event) => event.type === 'OTHER').map((event) => event.location)).toEqual(['CL']);
  });

  test('an accord signed in a text of no visit but talks at one place is signed where the talks were held', () => {
    expect(eventsOfSentence(ACCORD_AFTER_TALKS, 'Report').filter((event) => event.type === 'OTHER').map((event) => event.location)).toEqual(['PE']);
  });

  test('an accord signed at the host of a visit told on one day is signed that day; of a longer visit or signed before it, undated', () => {
    const days = (text: string) => eventsOfSentence(text, 'Report').filter((event) => event.type === 'OTHER').map((event) => [event.location, event.startDate?.toISOString().slice(0, 10) ?? null]);
    expect(days(ACCORD_ON_ONE_DAY_VISIT)).toEqual([['PE', '2025-03-03']]);
    expect(days(ACCORD_ON_LONGER_VISIT)).toEqual([['PE', null]]);
    expect(days(ACCORD_ON_VISIT_SIGNED_BEFORE).every(([, day]) => day === null)).toBe(true);
  });

  test('sentences told by the same words of two people are two happenings, of one person one', () => {
    expect(eventsOfSentence(TWO_SENTENCED, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(2);
    expect(eventsOfSentence(ONE_SENTENCED, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(1);
  });

  test('two leaders resigning in sentences of their own are two resignations; one leader told again is one', () => {
    expect(eventsOfSentence(TWO_RESIGNED, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(2);
    expect(eventsOfSentence(ONE_RESIGNED, 'Report').filter((event) => event.type === 'OTHER')).toHaveLength(1);
  });
});
