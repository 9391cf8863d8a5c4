// One person's name spelt two ways in one text (src/extraction/name-spellings.ts): which names are one, and which spelling names the person.
import { mostWrittenSpelling, spelledAlike } from '../src/extraction/name-spellings';

describe('spelledAlike', () => {
  it.each([
    ['Shambhu Kumaran', 'Sambhu Kumaran'],
    ['Francois Mitterand', 'Francois Mitterrand'],
    // accents aside
    ['Tomáš Kadlecík', 'Tomas Kadlecek'],
  ])('%s and %s are one name', (a, b) => expect(spelledAlike(a, b)).toBe(true));

  it.each([
    // short words differ by a letter as different names do
    ['Kim Jong Un', 'Kim Jong Il'],
    ['Jon Smith', 'John Smith'],
    // two words apart, or another number of words
    ['Daniel Okoro', 'Daniela Okore'],
    ['John Mahama', 'John Dramani Mahama'],
    // two letters apart
    ['Rajesh Kumaran', 'Rajesh Kumaraswamy'],
  ])('%s and %s are two', (a, b) => expect(spelledAlike(a, b)).toBe(false));
});

describe('mostWrittenSpelling', () => {
  it('takes the spelling written most, a surname alone counted', () => {
    expect(mostWrittenSpelling(['Rajesh Kumaraswami', 'Rajesh Kumaraswamy'], ['Rajesh Kumaraswami', 'Rajesh Kumaraswamy', 'Kumaraswamy’s'])).toBe('Rajesh Kumaraswamy');
  });

  it('keeps the first spelling when each is written as often', () => {
    expect(mostWrittenSpelling(['Shambhu Kumaran', 'Sambhu Kumaran'], ['Shambhu Kumaran', 'Sambhu Kumaran', 'Kumaran'])).toBe('Shambhu Kumaran');
  });
});
