// Sentences written here for issue 10's session-23 dates round: the dates a sentence states, read against a
// publication day, as `<words> <day> <PRECISION>` (the words as written, the first day of a month or year).

export interface DatedSentence {
  text: string;
  /** The publication day (ISO) the sentence is read against. */
  published: string;
  dates: string[];
}

/** A counted span is a duration: no year or month it falls in. */
export const DURATION_SENTENCES: DatedSentence[] = [
  { text: 'The two armies agreed on Monday to a truce after four days of shelling.', published: '2025-03-05', dates: ['on Monday 2025-03-03 DAY'] },
  { text: 'Foreign troops must leave the island within ten days, the council said.', published: '2025-03-05', dates: [] },
  { text: 'It was the first curfew in the country in 31 years, imposed on March 2.', published: '2025-03-05', dates: ['March 2 2025-03-02 DAY'] },
  { text: 'The navy will pay for the ships over the next 12 years.', published: '2025-03-05', dates: [] },
  { text: 'The deal comes less than three months before the general election.', published: '2025-03-05', dates: [] },
  { text: 'The ministers met in 2019 and again last year.', published: '2025-03-05', dates: ['in 2019 2019-01-01 YEAR', 'last year 2024-01-01 YEAR'] },
  // (session 44) "a second" is an ordinal, no second of time from now
  { text: 'The navy signed an order for a second batch of frigates on March 2.', published: '2025-03-05', dates: ['March 2 2025-03-02 DAY'] },
  { text: 'The two candidates meet again in a second round.', published: '2025-03-05', dates: [] },
  // (session 47) "the past year", "the last month": the span up to the publication, not the calendar year or month before it
  { text: "The past year's riots left the capital's centre in ruins.", published: '2025-03-05', dates: [] },
  { text: 'Over the past year, rebels have raided three border posts.', published: '2025-03-05', dates: [] },
  { text: 'Fuel prices rose in the last month and again last year.', published: '2025-03-05', dates: ['last year 2024-01-01 YEAR'] },
];

/** A date set off by dashes after "this day" or a time of day is the day (session 44): chrono read them as a span of no day. */
export const DASHED_DATE_SENTENCES: DatedSentence[] = [
  { text: 'On this day – March 3, 1958 – the prime minister landed in Colombo.', published: '2025-03-05', dates: ['March 3, 1958 1958-03-03 DAY'] },
  { text: '9:40 AM – Tuesday, March 4, 2025 The council voted to dissolve itself.', published: '2025-03-05', dates: ['Tuesday, March 4, 2025 2025-03-04 DAY'] },
];

/**
 * A period owning a happening ("this month's", "last year's", "next week's") dates it in that period (session 46): "after"
 * before "this month's" governs the happening, not the period, so it is no month later. "after this month" alone still is.
 */
export const POSSESSIVE_PERIOD_SENTENCES: DatedSentence[] = [
  { text: "After this month's riots in the capital, the opposition called for new elections.", published: '2024-05-20', dates: ['this month 2024-05-01 MONTH'] },
  { text: "After this year's vote the ruling party split in two.", published: '2024-05-20', dates: ['this year 2024-01-01 YEAR'] },
  { text: "after this week's talks the envoys flew home.", published: '2024-05-20', dates: ['this week 2024-05-01 MONTH'] },
  { text: "This month's strikes closed the ports.", published: '2024-05-20', dates: ['This month 2024-05-01 MONTH'] },
  { text: "Since last year's election the coalition has held.", published: '2024-05-20', dates: ['last year 2023-01-01 YEAR'] },
  { text: "Ahead of next month's summit, the envoys met in Vienna.", published: '2024-05-20', dates: ['next month 2024-06-01 MONTH'] },
  { text: "After last month's attack the army withdrew.", published: '2024-05-20', dates: ['last month 2024-04-01 MONTH'] },
  { text: 'The talks will resume after this month.', published: '2024-05-20', dates: ['after this month 2024-06-01 MONTH'] },
];

/** A month's name alone after a capitalized word that is no preposition or time word is a surname (session 40). */
export const MONTH_SURNAME_SENTENCES: DatedSentence[] = [
  { text: 'Prime Minister Theresa May of the United Kingdom spoke to the President.', published: '2018-02-19', dates: [] },
  { text: 'The talks with Theresa May ended in May.', published: '2018-07-19', dates: ['May 2018-05-01 MONTH'] },
  { text: 'In May, the envoys met again.', published: '2018-07-19', dates: ['May, 2018-05-01 MONTH'] },
];

/** "tonight" is the publication day, "last night" and "last evening" the evening before it. */
export const NIGHT_SENTENCES: DatedSentence[] = [
  { text: 'A fuel depot near the port caught fire last night, the police said today.', published: '2025-03-05', dates: ['last night 2025-03-04 DAY', 'today 2025-03-05 DAY'] },
  { text: 'The council announced tonight that the vote would be held again.', published: '2025-03-01', dates: ['tonight 2025-03-01 DAY'] },
  { text: 'The two ministers spoke by telephone last evening about the border.', published: '2025-03-05', dates: ['last evening 2025-03-04 DAY'] },
  { text: 'The result was announced late last evening, the commission said.', published: '2025-03-05', dates: ['last evening 2025-03-04 DAY'] },
  { text: 'Talks resumed this evening after a short break.', published: '2025-03-05', dates: ['this evening 2025-03-05 DAY'] },
];

/** A day and month followed by "last year", "this year" or "next year" is in that year. */
export const TOLD_YEAR_SENTENCES: DatedSentence[] = [
  { text: 'The inquiry looked into the blackout on Nov. 14 last year.', published: '2025-01-10', dates: ['Nov. 14 2024-11-14 DAY'] },
  { text: 'The two leaders first met on 2 February this year.', published: '2025-11-20', dates: ['on 2 February 2025-02-02 DAY'] },
  // a fixed holiday written with its year is that day (session 39)
  { text: 'The two countries opened embassies on New Year’s Day, 1979.', published: '2025-03-05', dates: ['New Year’s Day, 1979 1979-01-01 DAY'] },
  { text: 'The general fled on Christmas Eve 1989 with his wife.', published: '2025-03-05', dates: ['Christmas Eve 1989 1989-12-24 DAY'] },
  { text: 'The summit will open on January 8 next year.', published: '2025-03-05', dates: ['January 8 2026-01-08 DAY'] },
];

/** A day of the month without its month after "on" ("on the 4th", "on 4 th"): the nearest such day the tense points to. */
export const ORDINAL_DAY_SENTENCES: DatedSentence[] = [
  { text: 'The ministers held talks at the foreign ministry on 4 th .', published: '2025-03-05', dates: ['on 4 th 2025-03-04 DAY'] },
  { text: 'The ministers met on the 20th and signed two agreements.', published: '2025-03-05', dates: ['on the 20th 2025-02-20 DAY'] },
  { text: 'The ministers will meet again on the 2nd.', published: '2025-03-05', dates: ['on the 2nd 2025-04-02 DAY'] },
  { text: 'The ministers met on the 31st.', published: '2025-03-05', dates: ['on the 31st 2025-01-31 DAY'] },
  { text: 'The ministers met on the 4th floor of the embassy.', published: '2025-03-05', dates: [] },
];

/** A weekday naming a happening ("Monday's vote") is the last such day unless a future word is told before it. */
export const POSSESSIVE_WEEKDAY_SENTENCES: DatedSentence[] = [
  { text: 'Observers are still waiting for the count from Monday’s vote.', published: '2025-03-05', dates: ['Monday 2025-03-03 DAY'] },
  { text: "It is not clear how Saturday's clashes began.", published: '2025-03-05', dates: ['Saturday 2025-03-01 DAY'] },
  { text: 'Campaigning will close ahead of Sunday’s runoff.', published: '2025-03-05', dates: ['Sunday 2025-03-09 DAY'] },
  { text: "The minister said he expected Friday's talks to go well.", published: '2025-03-05', dates: ['Friday 2025-03-07 DAY'] },
  { text: 'The delegation arrives in the capital on Friday.', published: '2025-03-05', dates: ['on Friday 2025-03-07 DAY'] },
  // (session 33) "starting"/"beginning" after a past verb tell a past start; after a future one, or alone, a coming one
  { text: 'The ministers signed the accord amid the President’s visit starting from Monday evening.', published: '2025-03-05', dates: ['Monday evening 2025-03-03 DAY'] },
  { text: 'The President will pay a visit to the region beginning Monday.', published: '2025-03-05', dates: ['Monday 2025-03-10 DAY'] },
  { text: 'The President is on a visit to the region starting Monday.', published: '2025-03-05', dates: ['Monday 2025-03-10 DAY'] },
  // (session 34) a participle after a bare "be" is a passive of no tense of its own: the auxiliary before it tells the time
  { text: 'The summit will be held in the capital on Thursday.', published: '2025-03-05', dates: ['on Thursday 2025-03-06 DAY'] },
  { text: 'The accord is expected to be signed on Friday.', published: '2025-03-05', dates: ['on Friday 2025-03-07 DAY'] },
  { text: 'The accord was signed on Friday.', published: '2025-03-05', dates: ['on Friday 2025-02-28 DAY'] },
  { text: 'The accord has been signed on Friday.', published: '2025-03-05', dates: ['on Friday 2025-02-28 DAY'] },
  // (session 36) the happening's own verb, or "ahead of" before it, tells it is still to come, whatever the saying's tense
  { text: "The minister said Thursday's summit coincides with a truce in the north.", published: '2025-03-02', dates: ['Thursday 2025-03-06 DAY'] },
  { text: 'Officials said Sunday’s talks will take place at the border.', published: '2025-03-05', dates: ['Sunday 2025-03-09 DAY'] },
  { text: 'Parties held rallies in the run-up to Sunday’s vote.', published: '2025-03-05', dates: ['Sunday 2025-03-09 DAY'] },
  { text: 'The ministry said Monday’s vote will be recounted.', published: '2025-03-05', dates: ['Monday 2025-03-03 DAY'] },
  { text: 'Monday’s deal represents the end of long talks.', published: '2025-03-05', dates: ['Monday 2025-03-03 DAY'] },
];

/** A span whose end writes its year gives its start that year (the year before when the start's month is later). */
export const SPAN_YEAR_SENTENCES: DatedSentence[] = [
  { text: 'The minister will tour the region from November 28 to December 2, 2022.', published: '2025-03-05', dates: ['November 28 to December 2, 2022 2022-11-28 DAY'] },
  { text: 'The talks ran from December 29 to January 3, 2024, the ministry said.', published: '2025-03-05', dates: ['December 29 to January 3, 2024 2023-12-29 DAY'] },
];

/** A span of days before an abbreviated month ("from 4-9 Feb."), and a two-figure number after a day that is no year. */
export const DAY_SPAN_MONTH_SENTENCES: DatedSentence[] = [
  { text: 'The envoy will tour the Gulf from 4-9 Feb., the ministry said.', published: '2025-01-28', dates: ['4-9 Feb. 2025-02-04 DAY'] },
  { text: 'The envoy will tour the Gulf from 4-9 Feb. 4-9, the ministry said.', published: '2025-01-28', dates: ['4-9 Feb. 2025-02-04 DAY'] },
  { text: 'The accord was signed on 3/2/21 in the capital.', published: '2025-01-28', dates: ['3/2/21 2021-03-02 DAY'] },
  // (session 34) a month glued to its day, as hurried copy writes it
  { text: 'The forum will be held in the capital from May19 to 21.', published: '2025-01-28', dates: ['May19 to 21 2025-05-19 DAY'] },
  { text: 'The envoys met on Feb.3 and again on March 9.', published: '2025-03-28', dates: ['Feb.3 2025-02-03 DAY', 'March 9 2025-03-09 DAY'] },
];

/**
 * Whether a sentence tells a happening lasting several days (`tellsSeveralDays`): a visit told so has no one day for its
 * meetings and accords (session 36). A one-day or day-long visit is one day; a day counted from another happening is no span.
 */
export const SEVERAL_DAYS_SENTENCES: { text: string; severalDays: boolean }[] = [
  { text: 'Minister Ana Torres arrived in Lima for a three-day official visit.', severalDays: true },
  { text: 'The president is on a 2-day trip to the Gulf.', severalDays: true },
  { text: 'The delegation stayed in Accra for several days.', severalDays: true },
  { text: 'The envoy ended a days-long stay in the capital.', severalDays: true },
  { text: 'The minister visits Norway from 3 to 5 March.', severalDays: true },
  { text: 'The king will stay in Oslo until Friday.', severalDays: true },
  { text: 'The talks in Geneva run through Sunday.', severalDays: true },
  { text: 'The forum meets in Lima on 24-26 May.', severalDays: true },
  { text: 'The minister was on a one-day visit to Estonia.', severalDays: false },
  { text: 'The chancellor paid a day-long visit to Warsaw on Monday.', severalDays: false },
  { text: 'The order came two days after a visit to Oslo by the prime minister.', severalDays: false },
  { text: 'Three days before the vote, the president visited the border.', severalDays: false },
];

/** "last Friday" looks back and "next Friday" ahead, whatever the tense of the clause around it (session 36). */
export const LAST_NEXT_WEEKDAY_SENTENCES: DatedSentence[] = [
  { text: 'This is the first reply to the raid on the depot last Friday.', published: '2025-03-05', dates: ['last Friday 2025-02-28 DAY'] },
  { text: 'The ministers are in talks that were planned to close next Friday.', published: '2025-03-05', dates: ['next Friday 2025-03-07 DAY'] },
];

/**
 * A day and month without a year is the one nearest the publication day, but the year before when it would fall after the
 * publication and a past verb right before it governs it (session 37); an infinitive, a "be" participle or a future word
 * between keeps the coming day.
 */
export const PAST_YEARLESS_DAY_SENTENCES: DatedSentence[] = [
  { text: 'The border treaty entered into force on April 2.', published: '2025-03-05', dates: ['April 2 2024-04-02 DAY'] },
  { text: 'The mayor was arrested on 20 March outside his office.', published: '2025-03-05', dates: ['on 20 March 2024-03-20 DAY'] },
  { text: 'The minister accepted an invitation to speak in Vienna on April 2.', published: '2025-03-05', dates: ['April 2 2025-04-02 DAY'] },
  { text: 'The summit is set to be hosted in the capital from April 2.', published: '2025-03-05', dates: ['April 2 2025-04-02 DAY'] },
  { text: 'The two sides signed the accord on March 6.', published: '2025-03-05', dates: ['March 6 2025-03-06 DAY'] },
  { text: 'The ministers will meet on April 2.', published: '2025-03-05', dates: ['April 2 2025-04-02 DAY'] },
];

/**
 * A text without a publication date that dates itself by a full date with its weekday, or as "today <date>": its bare
 * weekdays are of that day's week (session 36); without such a day they give no date. Sentences of one text, in order.
 */
export const TEXT_DAY_TEXTS: { sentences: string[]; dates: string[] }[] = [
  { sentences: ['Rockets hit the northern port early on Wednesday, March 5, 2025.', 'It was the second attack since the raid on the airfield last Friday.'], dates: ['last Friday 2025-02-28 DAY'] },
  { sentences: ['The envoy announced on Thursday that the truce would be extended.', 'The extension begins when the current truce ends, today 6 March 2025.'], dates: ['on Thursday 2025-03-06 DAY'] },
  { sentences: ['The envoy announced on Thursday that the truce would be extended.', 'The first truce was agreed on 6 March 2025.'], dates: [] },
  { sentences: ['Rockets hit the northern port on Monday, March 5, 2025.', 'The envoy spoke on Thursday.'], dates: [] },
  // (session 41) a weekday opening its sentence keeps its comma in chrono's words: still a weekday told alone
  { sentences: ['The envoy reached Geneva on Tuesday (4 March 2025) for the talks.', 'On Tuesday, he met the mediators of both sides.'], dates: ['on Tuesday 2025-03-04 DAY', 'On Tuesday, 2025-03-04 DAY'] },
];

/**
 * A text without a publication date or a full date whose day is written with its weekday and no year ("The runoff on Sunday,
 * March 9, …"): the year the text writes elsewhere in which that day falls on that weekday (session 44); none when no year
 * written agrees, or when two do. Sentences of one text, in order; the days read with the text's years.
 */
export const WEEKDAY_YEAR_TEXTS: { sentences: string[]; dates: string[] }[] = [
  { sentences: ['Who won the 2025 runoff?', 'The runoff on Sunday, March 9, drew long queues.', 'The count ended on March 11.'], dates: ['on Sunday, March 9 2025-03-09 DAY', 'March 11 2025-03-11 DAY'] },
  { sentences: ['Who won the 2025 runoff?', 'The runoff on Monday, March 9, drew long queues.'], dates: [] },
  { sentences: ['The 2014 and 2025 runoffs compared.', 'The runoff on Sunday, March 9, drew long queues.'], dates: [] },
];
