// Where the article text is cut into sentences: an abbreviation's full stop ends its sentence too when the next word
// opens one, and goes on when the next word belongs to the abbreviation's phrase or name.
import { documentOf } from '../src/extraction/document';

const sentencesOf = (text: string): string[] => documentOf(text, 0).sentences.map((sentence) => sentence.text);

describe('sentences at an abbreviation', () => {
  test.each([
    ['The envoy flew back to the U.S. The talks resume next month.', ['The envoy flew back to the U.S.', 'The talks resume next month.']],
    ['The curfew began at 9 p.m. It was lifted at dawn.', ['The curfew began at 9 p.m.', 'It was lifted at dawn.']],
    ['The trucks are built by Northfield Motors Inc. Their first batch ships in May.', ['The trucks are built by Northfield Motors Inc.', 'Their first batch ships in May.']],
    ['The deal covers radars, spare parts, training, etc. There is also an option for more.', ['The deal covers radars, spare parts, training, etc.', 'There is also an option for more.']],
    ['The spokesman wrote in a post on X. "We will respond," he added.', ['The spokesman wrote in a post on X.', '"We will respond," he added.']],
    ['Is the crisis over? No. We still have work to do.', ['Is the crisis over?', 'No.', 'We still have work to do.']],
  ])('ends the sentence before an opener: %s', (text, sentences) => {
    expect(sentencesOf(text)).toEqual(sentences);
  });

  test.each([
    ['The missile has a range of 300 km. Its warhead weighs 200 kg. Deliveries start in 2027.', ['The missile has a range of 300 km.', 'Its warhead weighs 200 kg.', 'Deliveries start in 2027.']],
    ['The convoy stopped 12 mi. Outside the town a crowd waited.', ['The convoy stopped 12 mi.', 'Outside the town a crowd waited.']],
  ])('ends the sentence after a unit of measure: %s', (text, sentences) => {
    expect(sentencesOf(text)).toEqual(sentences);
  });

  test.each([
    'The U.S. Navy and U.K. officials met U.N. envoys in the port.',
    'Secretary of State John Q. Adams met Gen. Smith and Lt. Col. Brown at 10 a.m. Monday.',
    'The minister met Dr. The Hon. Ann Lee and Mr. A. B. Okafor.',
    'Proclamation No. 12 took effect after a 5 km. stretch of road was closed.',
    'The fee was Rs. 45 crore, officials said.',
  ])('goes on when the next word is not an opener: %s', (text) => {
    expect(sentencesOf(text)).toEqual([text]);
  });
});
