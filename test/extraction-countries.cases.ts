// Sentences written here for the country mentions of issue 10's countries round (session 42): what names a
// country (its name, demonym or a capital standing for its government) and what only looks as if it did
// (a region's adjective, a place, a people or language, a currency, a publication), read as a short
// document; `countries` is the article's list of country codes, sorted.
export interface CountryCase {
  text: string;
  countries: string[];
}

export const COUNTRY_CASES: CountryCase[] = [
  // a region's adjective ending in "American" is no mention of the United States; "American" alone is
  { text: 'Brazil hopes to lead its South American neighbours, and Latin American buyers watched the Central American governments.', countries: ['BR'] },
  { text: 'Brazil signed the deal with American officials.', countries: ['BR', 'US'] },
  // "Washington" is a capital: a place after "in", the government where it acts
  { text: 'Kenya’s ambassador in Washington at the time backed the plan.', countries: ['KE'] },
  { text: 'Kenya said Washington has rejected the plan.', countries: ['KE', 'US'] },
  // "partners in" a capital deal with its government
  { text: 'Kenya should spend more time with partners in Washington and Tokyo.', countries: ['JP', 'KE', 'US'] },
  // after a place word a capital or city stays a place though a verb follows; its possessive still stands for the government
  { text: 'Rwanda said the summit in Tunis had agreed a truce, and a factory in Belfast is to supply the shells.', countries: ['RW'] },
  { text: 'Peru’s envoy said talks in Moscow’s favour would fail.', countries: ['PE', 'RU'] },
  // a place left, or a part of a place, is no government
  { text: 'The Secretary-General will leave New York on Thursday, and Ghana’s troops moved through the streets of Bangkok.', countries: ['GH'] },
  // a city whose clock is read or where something sits
  { text: 'Chile said the ceasefire began at 16:00 Moscow time, after a Paris-based court ruled.', countries: ['CL'] },
  // a people living elsewhere and a language are not the state
  { text: 'Serbia’s police met ethnic Albanians in the north.', countries: ['RS'] },
  { text: 'Angola hosted the Community of Portuguese-speaking Countries; the Pope spoke in Spanish, without interpreters.', countries: ['AO'] },
  { text: 'Cuba hosted the summit of the Community of Portuguese Language Countries.', countries: ['CU'] },
  // an adjective before a currency, and "US" after a dollar amount, say whose money it is
  { text: 'Brazil paid 3 billion Swiss francs, and Colombia won a $65.3-million US contract.', countries: ['BR', 'CO'] },
  // the People's Republic of China however its apostrophe is set
  { text: 'Fiji welcomed the Foreign Minister of the Peoples Republic of China and an envoy of the People`s Republic of China.', countries: ['CN', 'FJ'] },
  // a firm's name, an airline's included, and a publication's name hold no country
  { text: 'Ukraine mourned the downing of Malaysian Airlines Flight MH17, The Times of London reported.', countries: ['UA'] },
  { text: 'Source: The Philippine Daily Inquirer, 21 September 2005', countries: [] },
];
