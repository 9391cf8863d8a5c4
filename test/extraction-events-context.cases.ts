// Texts written here for issue 10's session-19 events round: what a reader takes from the text around an event.
// Read as a short news document published Wednesday 2025-03-05 under the heading "Report"; `events` lists every
// event of the families named in `families` as `<FAMILY> <day or -> <country or ->`, sorted.

export interface ContextText {
  text: string;
  /** The headline the text is read under, when it is not "Report". */
  heading?: string;
  /** Read without a publication date (a history, a retelling), not as published on Wednesday 2025-03-05. */
  undated?: boolean;
  families: string[];
  events: string[];
}

/** A happening told without a place of its own is where the one told before it was, or in the story's country. */
export const CONTEXT_PLACE_TEXTS: ContextText[] = [
  // (session 29) a visitor's words told without a place, in the story of the one visit: said where the visit is
  {
    text: 'Vice President Dana Whitfield arrived in Budapest on Monday for a two-day visit. Whitfield said Hungary was a close friend of the United States.',
    families: ['STATEMENT'],
    events: ['STATEMENT - HU'],
  },
  // …not words of someone who is no visitor
  {
    text: 'Vice President Dana Whitfield arrived in Budapest on Monday for a two-day visit. In Washington, Senator Tom Reyes said the trip was a mistake.',
    families: ['STATEMENT'],
    events: ['STATEMENT - US'],
  },
  // (session 44) a traveller's words on a tour: said at the stop the text last put the traveller at, not at home
  {
    text: 'Brazilian President Marta Oliveira left Brasilia on Sunday for a tour of Kenya and Tanzania.\n\nShe arrived in Nairobi on Monday and met President William Ruto at State House.\n\n“Today my first visit to East Africa begins,” Oliveira said.\n\nOn Thursday she will travel to Dar es Salaam to meet President Samia Suluhu Hassan.',
    families: ['STATEMENT'],
    events: ['STATEMENT - KE'],
  },
  // …not words said before leaving, which tell where the traveller will go
  {
    text: 'Brazilian President Marta Oliveira will leave on Sunday for a tour of Kenya and Tanzania.\n\nBefore departing, Oliveira said she would first visit Kenya, where she will meet President William Ruto.\n\nOn Thursday she will travel to Dar es Salaam to meet President Samia Suluhu Hassan.',
    families: ['STATEMENT'],
    events: ['STATEMENT - BR'],
  },
  // …nor at a stop the text names only beside another ("in Nairobi on Tuesday and … in Dar es Salaam on Thursday" puts her at neither)
  {
    text: 'Brazilian President Marta Oliveira left Brasilia on Sunday for a tour of Kenya and Tanzania.\n\nShe will meet President William Ruto in Nairobi on Tuesday and President Samia Suluhu Hassan in Dar es Salaam on Thursday.\n\n“Africa is a partner of the first rank,” Oliveira said.',
    families: ['STATEMENT'],
    events: ['STATEMENT - BR'],
  },
  // …and the visitor's words in a text that also tells another traveller's trip: said on the visitor's own visit
  {
    text: 'British Prime Minister Tom Ashby arrived in Ankara on Monday for his first visit to Turkey.\n\nLast week, President Erdogan toured three Gulf nations and held talks in Qatar and Oman.\n\n“We are strong partners,” Ashby said.',
    families: ['STATEMENT'],
    events: ['STATEMENT - TR'],
  },
  // (session 33) a summit abroad in a text of no visit: the words of an attendee the text tells arriving are said there
  // (session 44: an arrival statement, issued on the day of the arrival the lead tells, takes that day)
  {
    text: 'NAIROBI -- Swedish Prime Minister Karl Lindqvist arrived in Nairobi today for the first Swedish-Kenyan summit in 30 years, ending a long rift.\n\nIn an arrival statement, Lindqvist said he hoped the summit would open a new era.',
    families: ['STATEMENT'],
    events: ['STATEMENT 2025-03-05 KE'],
  },
  // …not a guest the text tells only hosted, who may speak for home
  {
    text: 'President Anna Mwangi hosted Swedish Prime Minister Karl Lindqvist at a summit in Nairobi today, ending a long rift.\n\nLindqvist said he hoped the summit would open a new era.',
    families: ['STATEMENT'],
    events: ['STATEMENT - SE'],
  },
  // a military action told without a place in a story about one country: there (session 28)
  {
    text: 'Voters in Malawi queued from dawn, and turnout in Malawi was high. The fighting between the army and a rebel militia has displaced thousands.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION - MW'],
  },
  // …not one at a vessel
  {
    text: 'Voters in Malawi queued from dawn, and turnout in Malawi was high. Last month gunmen fired on a fishing boat near the border, wounding two crew.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION - -'],
  },
  // statements after talks in a city: made there
  {
    text: 'President Aurelio Vance held talks with Chancellor Mirela Dost in Vienna on Monday. After the talks, the two leaders made statements for the press.',
    families: ['STATEMENT'],
    events: ['STATEMENT - AT'],
  },
  // a meeting told in a story about one country, with no place written: in that country
  {
    text: 'Farmers blocked roads across Ireland for a third day on Tuesday in protest against fuel prices. Government officials are due to meet with haulage groups on Thursday to discuss the crisis, Irish ministers said.',
    families: ['MEETING'],
    events: ['MEETING 2025-03-06 IE'],
  },
  // a strike's ground told in the same sentence is where it was aimed, not where the people who met were
  {
    text: 'Crown Prince Karim Aziz of Jordan met Vice President Aurelio Vance on Monday after U.S. naval forces destroyed one Iranian oil platform in the Gulf and raided another.',
    families: ['MEETING', 'MILITARY_ACTION'],
    events: ['MEETING 2025-03-03 -', 'MILITARY_ACTION - IR'],
  },
  // a call is held in neither place, whatever was told before it
  {
    text: 'President Aurelio Vance met Prime Minister Tomasz Wrona in Warsaw on Monday. On Tuesday, Chancellor Mirela Dost had a phone call with Prime Minister Ines Halvorsen.',
    families: ['MEETING'],
    events: ['MEETING 2025-03-03 PL', 'MEETING 2025-03-04 -'],
  },
];

/** A weekday after a word that marks the future in a past form ("scheduled", "expected") is the coming one, unless told in the past. */
export const FUTURE_DAY_TEXTS: ContextText[] = [
  {
    text: 'President Aurelio Vance is scheduled to depart for Vienna on Sunday for talks with Chancellor Mirela Dost.',
    families: ['VISIT'],
    events: ['VISIT 2025-03-09 AT'],
  },
  {
    text: 'Chancellor Mirela Dost is expected to meet President Aurelio Vance in Vienna on Friday.',
    families: ['MEETING'],
    events: ['MEETING 2025-03-07 AT'],
  },
  {
    text: 'The talks between Chancellor Mirela Dost and President Aurelio Vance in Vienna, which were scheduled for Monday, went ahead.',
    families: ['MEETING'],
    events: ['MEETING 2025-03-03 AT'],
  },
];

/** A meeting verb whose object lists office holders of several countries: a meeting a country (at each one's home on a tour). */
export const LISTED_OFFICE_TEXTS: ContextText[] = [
  {
    text: 'On her Pacific tour, Foreign Minister Ines Halvorsen will meet with the acting Prime Minister in Fiji, Vanuatu Prime Minister Tomas Kalsakau and Samoa’s Head of State.',
    families: ['MEETING'],
    events: ['MEETING - FJ', 'MEETING - VU', 'MEETING - WS'],
  },
  {
    text: 'President Aurelio Vance met German Chancellor Mirela Dost and Polish Prime Minister Tomasz Wrona in Brussels on Monday.',
    families: ['MEETING'],
    events: ['MEETING 2025-03-03 BE', 'MEETING 2025-03-03 BE'],
  },
  // one country's office holders, or a country that is the topic: one meeting
  {
    text: 'President Aurelio Vance met German Chancellor Mirela Dost and German Foreign Minister Jonas Albrecht in Berlin on Monday.',
    families: ['MEETING'],
    events: ['MEETING 2025-03-03 DE'],
  },
  {
    text: 'President Aurelio Vance met German Chancellor Mirela Dost on Monday to discuss Ukraine and Poland.',
    families: ['MEETING'],
    events: ['MEETING 2025-03-03 -'],
  },
];

/** A guest named after "visiting" visits the host's country; a visit told as its traveller's noun may carry a length. */
export const GUEST_TEXTS: ContextText[] = [
  {
    text: 'German Chancellor Mirela Dost held talks in the afternoon with her visiting Polish counterpart, Tomasz Wrona.',
    families: ['VISIT'],
    events: ['VISIT - DE'],
  },
  // the host is the country named nearest before "visiting", not an earlier one the sentence names in passing ("American objections")
  {
    text: 'Despite American objections, Estonia and Latvia on Tuesday signed a gas deal after talks between Prime Minister Lena Varga and visiting Latvian President Aurelio Vance.',
    families: ['VISIT', 'MEETING'],
    events: ['VISIT 2025-03-04 EE', 'MEETING 2025-03-04 EE'],
  },
  {
    text: "Austria's Defence Minister Klara Weiss signed the agreement with visiting Czech counterpart Pavel Dvorak on Tuesday.",
    families: ['VISIT'],
    events: ['VISIT 2025-03-04 AT'],
  },
  // (session 39) the guest's visit and talks are in the city written with them, not at the country of a demonym before ("American objections")
  {
    text: 'Ignoring American objections, Portugal and Russia signed a trade deal in Lisbon after talks between Prime Minister Lucas Ferreira and visiting Russian President Ivan Sokolov.',
    families: ['VISIT', 'MEETING'],
    events: ['MEETING - PT', 'VISIT - PT'],
  },
  {
    text: "The accord was the main outcome of President Aurelio Vance's three-day visit to Vienna.",
    families: ['VISIT'],
    events: ['VISIT - AT'],
  },
  // a visiting delegation's sightseeing is no guest received; a visit told already is not told again
  {
    text: 'Visiting students toured the museum on Tuesday.',
    families: ['VISIT'],
    events: [],
  },
  // (session 44) a foreign guest's talks with the host at home, in a text telling the guest coming there (arrival, reception,
  // "to visit" the host), are the talks and the guest's visit; not at a summit held there, nor of an envoy posted there
  {
    text: 'President Lena Varga of Norway met President John Mahama of Ghana on Tuesday at the Jubilee House in Accra.\n\nThe arrival of Varga in the Ghanaian capital was confirmed by the embassy.',
    families: ['VISIT', 'MEETING'],
    events: ['MEETING 2025-03-04 GH', 'VISIT 2025-03-04 GH'],
  },
  {
    text: 'Ghanaian President John Mahama received Norwegian President Lena Varga at the Jubilee House in Accra on Tuesday for talks on the cocoa trade.',
    families: ['VISIT', 'MEETING'],
    events: ['MEETING 2025-03-04 GH', 'VISIT 2025-03-04 GH'],
  },
  {
    text: 'Norwegian President Lena Varga met Ghanaian President John Mahama in Accra on Tuesday. She became the first Nordic leader to visit Mahama since his election.',
    families: ['VISIT', 'MEETING'],
    events: ['MEETING 2025-03-04 GH', 'VISIT 2025-03-04 GH'],
  },
  {
    text: 'Norwegian President Lena Varga met Ghanaian President John Mahama in Accra on Tuesday on the sidelines of the African Union summit. The arrival of Varga in the Ghanaian capital went smoothly.',
    families: ['VISIT'],
    events: [],
  },
  {
    text: 'Norwegian Ambassador Kari Holm met Ghanaian President John Mahama in Accra on Tuesday. Holm welcomed the Ghanaian decision on cocoa prices.',
    families: ['VISIT'],
    events: [],
  },
];

/** A gathering held by a host named after "hosted by" or the noun "host" is at the host's home. */
export const NAMED_HOST_TEXTS: ContextText[] = [
  {
    text: 'Prime Minister Ravi Menon of India held bilateral talks with host President Ramon Castillo of the Philippines on Monday.',
    families: ['MEETING'],
    events: ['MEETING 2025-03-03 PH'],
  },
  {
    text: 'Polish President Tomasz Wrona met his host, German Chancellor Mirela Dost, on Monday. Poland and Germany signed a treaty.',
    families: ['MEETING'],
    events: ['MEETING 2025-03-03 DE'],
  },
  // the verb "host": the one named after it is the guest, whose home is not the place
  {
    text: 'Chancellor Mirela Dost of Germany will host Polish President Tomasz Wrona for talks on Monday.',
    families: ['MEETING'],
    events: ['MEETING 2025-03-10 -'],
  },
];

/** A day the text tells from another sentence: a month named before with its year, a count of days from the day named before. */
export const TOLD_DAY_TEXTS: ContextText[] = [
  // (session 38) a sentence opening by pointing back ("This was …") at what the sentence before told: that sentence's day
  {
    text: 'Estonian officials said on Monday that the border with Latvia would reopen. This was agreed between the two interior ministers, who signed a border accord in Tallinn.',
    families: ['OTHER'],
    events: ['OTHER 2025-03-03 EE'],
  },
  // …a call told only by pointing back, after a sentence telling no meeting; not the accord its "since" clause sets earlier
  {
    text: 'Prime Minister Lena Varga and President Aurelio Vance discussed the floods in Estonia on Monday. This was the first telephone call between the two leaders since a Norwegian-brokered accord was signed.',
    families: ['MEETING', 'OTHER'],
    events: ['MEETING 2025-03-03 -', 'OTHER 2025-03-03 EE', 'OTHER - NO'],
  },
  // …but a call the sentence before told already is that call told again, no second one
  {
    text: 'Prime Minister Lena Varga and President Aurelio Vance spoke by telephone on Monday about the floods. This was the first call between the two leaders since the election.',
    families: ['MEETING'],
    events: ['MEETING 2025-03-03 -'],
  },
  // "The announcement came two days after a visit": counted from the day the sentence before told the announcement on
  {
    text: 'A Norwegian shipyard said it would build four frigates for Hungary.\n\nThe shipyard reported on Thursday that planned deliveries of frigates to Hungary would be worth 2 billion euros. The announcement came two days after a visit to Oslo by Hungarian Prime Minister Lena Varga.',
    families: ['VISIT'],
    events: ['VISIT 2025-02-25 NO'],
  },
  // a day and month without a year, of a month told before with its year: that year, not the one nearest the publication
  {
    text: 'The crisis in Estonia began in November 2023. President Aurelio Vance imposed martial law in a late-night address on Nov. 20, citing unrest.',
    families: ['MARTIAL_LAW'],
    events: ['MARTIAL_LAW 2023-11-20 EE'],
  },
  // "12 days later" beside a later day of the same sentence: the count is the day of the happening it stands by
  {
    text: 'Rebels attacked an army base in northern Mali on February 10. Soldiers fired on the rebels in Mali 12 days later and withdrew on March 1.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION 2025-02-10 ML', 'MILITARY_ACTION 2025-02-22 ML'],
  },
  // a day and month told twice, once with its year ("on Feb. 20 last year"): the year told, not the one guessed first
  {
    text: 'The army dismissed three generals over the Feb. 20 martial law. President Aurelio Vance declared martial law in Estonia on Feb. 20 last year.',
    families: ['MARTIAL_LAW'],
    events: ['MARTIAL_LAW 2024-02-20 EE'],
  },
  // a day of the month alone after "on" is that day of the month the tense points to
  {
    text: 'Foreign Minister Tomasz Wrona, on a one-day visit to Estonia, met President Aurelio Vance for talks at the Foreign Ministry on 4 th .',
    families: ['VISIT', 'MEETING'],
    events: ['VISIT 2025-03-04 EE', 'MEETING 2025-03-04 EE'],
  },
  // a lead dating its subject's meetings: the meetings told after it without a day or a place of their own are on that day
  {
    text: 'Foreign Minister Tomasz Wrona held a series of bilateral meetings on Monday on the sidelines of the forum. Wrona also met Chancellor Mirela Dost. Later, Wrona met with President Aurelio Vance.',
    families: ['MEETING'],
    events: ['MEETING 2025-03-03 -', 'MEETING 2025-03-03 -'],
  },
  // "from" a country before a day is where goods come from, not the day a visit starts
  {
    text: 'Estonia ordered 12 patrol boats from Finland on Monday, ahead of President Aurelio Vance’s visit to Estonia.',
    families: ['VISIT'],
    events: ['VISIT - EE'],
  },
];

/** A happening told inside another the text named before ("During the visit", "At the end of the meeting") is on that one's day. */
export const WITHIN_DAY_TEXTS: ContextText[] = [
  // a press conference at the end of a meeting told before: that meeting's day and place
  {
    text: 'Foreign Minister Tomasz Wrona met President Aurelio Vance in Vienna on Monday. At the end of the meeting, the two ministers held a joint press conference.',
    families: ['OTHER'],
    events: ['OTHER 2025-03-03 AT'],
  },
  // an accord expected during a visit told before: the visit's day
  {
    text: 'President Aurelio Vance will pay a state visit to Estonia on March 10. During the visit, the two presidents will sign an agreement on energy cooperation.',
    families: ['OTHER'],
    events: ['OTHER 2025-03-10 EE'],
  },
  // a visit elsewhere is not the one the happening was told inside
  {
    text: 'President Aurelio Vance will visit Latvia on March 12. Estonia and Finland signed an agreement on energy cooperation in Tallinn during the visit of a Finnish delegation.',
    families: ['OTHER'],
    events: ['OTHER - EE'],
  },
];

/** A happening told inside a visit or a summit is where that visit or summit is, not at the home of the people it names. */
export const WITHIN_STAY_TEXTS: ContextText[] = [
  // inside the visit its possessor makes, to the stop of the trip the sentence names
  {
    text: "Austria's President Aurelio Vance will tour Kenya, Ghana and Senegal next month.\n\nOfficials said Austria and Ghana would sign an energy agreement during Vance's visit to the West African country.",
    families: ['OTHER'],
    events: ['OTHER - GH'],
  },
  // inside a summit, though the news came from the home of the one who acts
  {
    text: 'President William Ruto will attend the regional climate summit in Kigali on Friday.\n\nA statement from State House Nairobi said that during the Kigali summit, Ruto would launch a report on drought.',
    families: ['OTHER'],
    events: ['OTHER 2025-03-07 RW'],
  },
  // arrests during a visit: at the visit's host, not the visitor's home
  {
    text: "Swedish Prime Minister Maria Lind paid a three-day visit to Cuba last week.\n\nActivists said on Wednesday that 15 dissidents had been arrested during Lind's visit.",
    families: ['OTHER'],
    events: ['OTHER 2025-03-05 CU'],
  },
  // a place written with the happening keeps it
  {
    text: "Swedish Prime Minister Maria Lind paid a three-day visit to Cuba last week.\n\nActivists said on Wednesday that 15 dissidents had been arrested in Stockholm during Lind's visit.",
    families: ['OTHER'],
    events: ['OTHER 2025-03-05 SE'],
  },
];

/** A state's body meets at home, not where the story was filed. */
export const STATE_BODY_TEXTS: ContextText[] = [
  {
    text: 'VIENNA (Reuters) – Estonia’s cabinet held an extraordinary meeting on Tuesday after the border incident.',
    families: ['MEETING'],
    events: ['MEETING 2025-03-04 EE'],
  },
  // a meeting with no state's body named stays where the story was filed
  {
    text: 'VIENNA (Reuters) – The foreign ministers of Estonia and Latvia held a meeting on Tuesday after the border incident.',
    families: ['MEETING'],
    events: ['MEETING 2025-03-04 AT'],
  },
];

/** Whoever reacts to a happening (condemns, congratulates, responds to it) is neither its actor nor its place. */
export const REACTION_TEXTS: ContextText[] = [
  // a law passed by the state congratulated, not by the congratulating president's
  {
    text: 'U.S. President Aurelio Vance congratulated Estonia on the recent passage of legislation requiring it to spend 3 percent of its GDP on defence.',
    families: ['OTHER'],
    events: ['OTHER - EE'],
  },
  // a launch condemned with no launching state named: unplaced, not the condemning state's
  {
    text: 'Sweden condemns, in the strongest possible terms, yesterday’s missile launch.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION 2025-03-04 -'],
  },
  // the actor named after the verb of reacting still acts
  {
    text: 'Japan condemned North Korea’s missile launch on Monday.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION 2025-03-03 KP'],
  },
];

/**
 * A day of telling (a dateline's, one written right after a verb of reporting) a few days after a day the happening is
 * given elsewhere: one happening, of its own day (session 31).
 */
export const TELLING_DAY_TEXTS: ContextText[] = [
  // "reported Tuesday": the day of the report; the launch of Sunday told below is the same launch
  {
    text: 'North Korea has fired two cruise missiles into the sea, state media reported Tuesday. North Korea fired the missiles on Sunday off its west coast.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION 2025-03-02 KP'],
  },
  // …told alone, the day of the report is the only one the text gives
  {
    text: 'North Korea fired two cruise missiles into the sea, state media reported Tuesday.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION 2025-03-04 KP'],
  },
  // …and an action of a day more than a week before is another
  {
    text: 'Russian troops shelled Sumy in Ukraine, officials said on Tuesday. Russian troops had shelled Sumy in Ukraine on February 20.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION 2025-02-20 UA', 'MILITARY_ACTION 2025-03-04 UA'],
  },
  // a dateline's day dates the report: the vote of Sunday is the one the lead tells
  {
    text: 'LIMA, March 4 (Wire) - Voters in Peru cast ballots in a tense presidential election. Peru held a presidential election on Sunday.',
    families: ['ELECTION'],
    events: ['ELECTION 2025-03-02 PE'],
  },
  // …a photo's caption is no dateline: its day is the scene's
  {
    text: 'Protesters march in Lima, Peru, Tuesday, March 4, 2025. (Photo) Thousands of Peruvians protested in Lima on Sunday against the new tax.',
    families: ['PROTEST'],
    events: ['PROTEST 2025-03-02 PE', 'PROTEST 2025-03-04 PE'],
  },
];

/** (session 33) A photograph's caption dates its own scene: its year and day lend nothing to the story told after it. */
export const PHOTO_CAPTION_TEXTS: ContextText[] = [
  // a file photo's year is not the year of the story's "Feb. 28"
  {
    text: 'FILE PHOTO: President Lena Varga waves as she tours a naval base in Split, Croatia, Friday, Feb. 3, 2023.\n\nIsrael launched airstrikes on Syria on Feb. 28.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION 2025-02-28 SY'],
  },
  // …nor is that of a caption above its credit line
  {
    text: 'Soldiers parade in Kyiv, Ukraine, on Feb. 24, 2022.\nJane Doe | Reuters\n\nRussia launched missile strikes on Ukraine on Feb. 27.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION 2025-02-27 UA'],
  },
  // …or of one that ends with its agency's name
  {
    text: 'A woman stands in front of her damaged home in Rafah, on Feb. 10, 2021. AFP\nIsrael bombed Gaza on Feb. 11.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION 2025-02-11 PS'],
  },
  // …or with "(Photo by …)"
  {
    text: 'Delegates arrive for talks in Geneva, Switzerland, on Feb. 12, 2024. (Photo by Jane Doe/AFP via Getty Images)\n\nRussian forces shelled Kharkiv in Ukraine on Feb. 14.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION 2025-02-14 UA'],
  },
  // a month named with its year in the story itself still gives its year to a later day of that month
  {
    text: 'Israel struck Syria in February 2023. Israel launched airstrikes on Syria again on Feb. 28.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION 2023-02-28 SY'],
  },
];

/** (session 34) A protest called for, pledged or asked to be joined is another than the protests held, unless both name one day. */
export const PLANNED_PROTEST_TEXTS: ContextText[] = [
  // the protests held and the stoppage called for are two
  {
    text: 'Protests over the vote turned violent in Mozambique. The opposition leader has called for a nationwide shutdown.',
    families: ['PROTEST'],
    events: ['PROTEST - MZ', 'PROTEST - MZ'],
  },
  // …so are the crowd and the march it asks the public to join, in one sentence
  {
    text: "Students in Bangladesh took to the streets as protesters asked the public to join a 'Long March' to the capital.",
    families: ['PROTEST'],
    events: ['PROTEST - BD', 'PROTEST - BD'],
  },
  // a protest pledged and then called for again is one
  {
    text: 'The opposition in Guinea pledged protests over the result. Its leader called for protests across the country.',
    families: ['PROTEST'],
    events: ['PROTEST - GN'],
  },
  // protests called for a day and held that day are one
  {
    text: 'Unions in France called for protests on Tuesday. Thousands of workers marched through Paris on Tuesday.',
    families: ['PROTEST'],
    events: ['PROTEST 2025-03-04 FR'],
  },
  // one protest told twice is one
  {
    text: 'Thousands of protesters rallied in Nairobi, Kenya, on Tuesday. The protesters in Nairobi demanded that the bill be withdrawn.',
    families: ['PROTEST'],
    events: ['PROTEST 2025-03-04 KE'],
  },
  // a rival rally for the president beside the protest against him is another, on the same day in the same city
  {
    text: 'Thousands protested in Tbilisi, Georgia, on Tuesday, while the president held a rival demonstration nearby.',
    families: ['PROTEST'],
    events: ['PROTEST 2025-03-04 GE', 'PROTEST 2025-03-04 GE'],
  },
  // …told in another sentence too
  {
    text: 'Protesters marched through Caracas, Venezuela, on Tuesday. A pro-government rally in Caracas drew a smaller crowd on Tuesday.',
    families: ['PROTEST'],
    events: ['PROTEST 2025-03-04 VE', 'PROTEST 2025-03-04 VE'],
  },
  // …and rallies supporting the deposed leader are a protest
  {
    text: 'Protesters in Cairo, Egypt, celebrated the fall of the president. He sent a message to rallies supporting him.',
    families: ['PROTEST'],
    events: ['PROTEST - EG', 'PROTEST - EG'],
  },
];

/** (session 35) Ordinary wordings of a protest: a crowd gathering to demand, a protest held in the passive, a workers' strike breaking out. */
export const PROTEST_TOLD_TEXTS: ContextText[] = [
  // a crowd gathered to demand something protests
  {
    text: 'Thousands of residents gathered on Sunday in the main square of Tirana, Albania, to demand cleaner water.',
    families: ['PROTEST'],
    events: ['PROTEST 2025-03-02 AL'],
  },
  // …but leaders gathering to call for a truce hold no protest
  {
    text: 'Foreign ministers gathered in Oslo, Norway, on Sunday to call for a truce.',
    families: ['PROTEST'],
    events: [],
  },
  // …nor does a crowd gathered to mourn
  {
    text: 'Thousands of people gathered in Lisbon, Portugal, on Sunday to mourn the singer.',
    families: ['PROTEST'],
    events: [],
  },
  // rallies told as held, in the passive
  {
    text: 'Rallies were held in Zagreb, Croatia, on Sunday against the new tax.',
    families: ['PROTEST'],
    events: ['PROTEST 2025-03-02 HR'],
  },
  // a strike that broke out, and spontaneous strikes, are workers' protests, not strikes by arms
  {
    text: 'At a steel mill in Ostrava, Czech Republic, the strike broke out on 3 March 2025.',
    families: ['PROTEST', 'MILITARY_ACTION'],
    events: ['PROTEST 2025-03-03 CZ'],
  },
  {
    text: 'Price rises in February 2025 triggered a wave of spontaneous strikes across Slovakia.',
    families: ['PROTEST', 'MILITARY_ACTION'],
    events: ['PROTEST - SK'],
  },
];

/**
 * (session 35) A line that is only a date heads what is told under it: the first full sentence below it (a timeline's entry,
 * a page's "on this day" story) or the items of a list below it; the guide's "a timeline entry's date heading dates the
 * entry's main happening".
 */
export const DATE_HEADING_TEXTS: ContextText[] = [
  // the entry's happening, told with no day of its own, is of the heading's day (the line between is no sentence)
  {
    text: '12 October 1999\n\nGenerals seize power in Karachi\n\nThe elected government of Pakistan was overthrown in a military coup, ending a decade of civilian rule.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION 1999-10-12 PK'],
  },
  // each list's items are of the day (and at the place) its heading line names
  {
    text: 'Talks of the weekend\n\nThe list is below:\nSaturday 1st March at Lancaster House:\n- President Ana Petrovic of Serbia [phone call]\nSunday 2nd March at Downing Street:\n- Prime Minister Luis Ortega of Spain [phone call]',
    families: ['MEETING'],
    events: ['MEETING 2025-03-01 -', 'MEETING 2025-03-02 -'],
  },
  // …not the background a later clause of the sentence tells ("after months of street protests")
  {
    text: '1 March 2025\n\nThe army stormed the parliament in Lima, Peru, after months of street protests against the president.',
    families: ['MILITARY_ACTION', 'PROTEST'],
    events: ['MILITARY_ACTION 2025-03-01 PE', 'PROTEST - PE'],
  },
  // …nor "recent attacks" a release dated by such a line condemns
  {
    text: '3 March 2025\n\nThe Foreign Minister condemns recent attacks by rebels on two refugee camps in Chad.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION - TD'],
  },
  // …and a stamp with a time of day (a byline's, a related link's) is no heading
  {
    text: '4 March 2025, 10:15 GMT\n\nSoldiers seized the state broadcaster in Niamey, Niger.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION - NE'],
  },
];

/**
 * (session 41) A happening the headline tells first, with no day of its own, is of the day of the news the lead tells — a sale
 * too; not when the headline remembers a happening of another time, nor when the lead gives no day.
 */
export const HEADLINE_DAY_TEXTS: ContextText[] = [
  {
    heading: 'Coup attempt in Malawi?',
    text: 'A senior Malawian general, General Joseph Phiri, on Tuesday announced on the radio the removal of President Peter Banda.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION 2025-03-04 MW'],
  },
  {
    heading: 'Kenya to buy 6 advanced frigates from Turkey',
    text: 'Kenya will upgrade its navy with six frigates built by Turkey, Defence Minister Amina Odhiambo said on Tuesday.',
    families: ['ARMS_SALE'],
    events: ['ARMS_SALE 2025-03-04 KE'],
  },
  // …the lead then dates the remembering, not the happening remembered
  {
    heading: 'Poland marks the anniversary of martial law',
    text: 'WARSAW -- Thousands of people gathered in Warsaw on Friday to remember the victims of the crackdown.',
    families: ['MARTIAL_LAW'],
    events: ['MARTIAL_LAW - PL'],
  },
  {
    heading: 'Coup attempt in Malawi?',
    text: 'A senior Malawian general, General Joseph Phiri, announced on the radio the removal of President Peter Banda.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION - MW'],
  },
];

/**
 * (session 43) A report whose lead tells the news of its publication day or the day before goes on telling that day's acts at
 * the place of the news without repeating the day: they take the lead's day. Not an act the sentence tells as before the news,
 * nor one elsewhere, nor any when the lead's news is older than the day before publication.
 */
export const SCENE_DAY_TEXTS: ContextText[] = [
  {
    heading: 'Soldiers seize power in Mali',
    text: 'Soldiers seized the presidential palace in Bamako, Mali, on Tuesday and detained President Ibrahim Keita. The soldiers then arrested Finance Minister Oumar Traore and surrounded the home of Foreign Minister Aminata Diallo.',
    families: ['OTHER'],
    events: ['OTHER 2025-03-04 ML', 'OTHER 2025-03-04 ML'],
  },
  // …not an act told as before the news
  {
    heading: 'Soldiers seize power in Mali',
    text: 'Soldiers seized the presidential palace in Bamako, Mali, on Tuesday and detained President Ibrahim Keita. The soldiers had arrested Finance Minister Oumar Traore and surrounded the home of Foreign Minister Aminata Diallo.',
    families: ['OTHER'],
    events: ['OTHER 2025-03-04 ML', 'OTHER - ML'],
  },
  // …nor one at another place
  {
    heading: 'Soldiers seize power in Mali',
    text: 'Soldiers seized the presidential palace in Bamako, Mali, on Tuesday and detained President Ibrahim Keita. In Dakar, Senegal, police arrested opposition leader Moussa Ndiaye.',
    families: ['OTHER'],
    events: ['OTHER 2025-03-04 ML', 'OTHER - SN'],
  },
  // …nor in a report of older news (Monday, two days before publication)
  {
    heading: 'Soldiers seize power in Mali',
    text: 'Soldiers seized the presidential palace in Bamako, Mali, on Monday and detained President Ibrahim Keita. The soldiers then arrested Finance Minister Oumar Traore and surrounded the home of Foreign Minister Aminata Diallo.',
    families: ['OTHER'],
    events: ['OTHER 2025-03-03 ML', 'OTHER - ML'],
  },
  // (session 44) words put on the air or issued in such a report are of the lead's day, wherever they are said
  {
    heading: 'Soldiers seize power in Mali',
    text: 'Soldiers seized the presidential palace in Bamako, Mali, on Tuesday and detained President Ibrahim Keita. Colonel Moussa Sanogo said in a televised address that the junta would hold elections within a year.',
    families: ['STATEMENT'],
    events: ['STATEMENT 2025-03-04 ML'],
  },
  {
    heading: 'Soldiers seize power in Mali',
    text: 'Soldiers seized the presidential palace in Bamako, Mali, on Tuesday and detained President Ibrahim Keita. Senegalese Foreign Minister Awa Ndiaye said in a statement that the soldiers had broken the constitutional order.',
    families: ['STATEMENT'],
    events: ['STATEMENT 2025-03-04 SN'],
  },
  // …not words said in a televised debate, nor a statement told as earlier, nor a joint statement (a gathering's words)
  {
    heading: 'Conservatives win the vote in Austria',
    text: 'Austrians elected a new parliament on Tuesday, giving the conservatives a clear lead. Chancellor Karl Nehammer said in a televised debate that he would seek a coalition quickly.',
    families: ['STATEMENT'],
    events: ['STATEMENT - AT'],
  },
  {
    heading: 'Soldiers seize power in Mali',
    text: 'Soldiers seized the presidential palace in Bamako, Mali, on Tuesday and detained President Ibrahim Keita. Colonel Moussa Sanogo had said in a statement that the army would stay out of politics.',
    families: ['STATEMENT'],
    events: ['STATEMENT - ML'],
  },
  {
    heading: 'Soldiers seize power in Mali',
    text: 'Soldiers seized the presidential palace in Bamako, Mali, on Tuesday and detained President Ibrahim Keita. In a joint statement, Senegalese President Macky Sall and Ghanaian President Nana Akufo-Addo condemned the takeover.',
    families: ['STATEMENT'],
    events: ['STATEMENT - SN'],
  },
];

/**
 * (session 45) A text without a publication date tells a day's happenings in order after naming the day once: an undated
 * happening is of the day last written before it, when that day dates a happening of the text, until another time is written,
 * within the next paragraph. And "earlier that day", "that evening", told a few sentences after the day the text last named,
 * in a sentence naming no day of its own, are that day.
 */
export const NARRATIVE_DAY_TEXTS: ContextText[] = [
  {
    undated: true,
    heading: 'The night of the generals',
    text: 'On 12 October 1999, Prime Minister Omar Haidari dismissed the army chief, General Farid Basri, in Islamabad. Shortly after, the state television headquarters was taken over by soldiers of the Pakistan Army.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION 1999-10-12 PK'],
  },
  // …the scene runs into the next paragraph
  {
    undated: true,
    heading: 'The night of the generals',
    text: 'On 12 October 1999, Prime Minister Omar Haidari dismissed the army chief, General Farid Basri, in Islamabad.\n\nThe state television headquarters was taken over by soldiers of the Pakistan Army.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION 1999-10-12 PK'],
  },
  // …not further
  {
    undated: true,
    heading: 'The night of the generals',
    text: 'On 12 October 1999, Prime Minister Omar Haidari dismissed the army chief, General Farid Basri, in Islamabad.\n\nThe army chief was abroad at the time.\n\nThe state television headquarters was taken over by soldiers of the Pakistan Army.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION - PK'],
  },
  // …nor past a sentence that sets another time
  {
    undated: true,
    heading: 'The night of the generals',
    text: 'On 12 October 1999, Prime Minister Omar Haidari dismissed the army chief, General Farid Basri, in Islamabad. Years later, the state television headquarters was taken over by soldiers of the Pakistan Army.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION - PK'],
  },
  // …nor in a text with a publication date (its lead's day is `datedByScene`'s)
  {
    text: 'On 12 October 1999, Prime Minister Omar Haidari dismissed the army chief, General Farid Basri, in Islamabad. Shortly after, the state television headquarters was taken over by soldiers of the Pakistan Army.',
    families: ['MILITARY_ACTION'],
    events: ['MILITARY_ACTION - PK'],
  },
  // "Earlier that day" four sentences after the day: that day
  {
    heading: 'Ceasefire announced',
    text: 'On Monday, President Donald Trump announced a ceasefire between Israel and Iran. The truce would take effect within hours. Neither government confirmed it at first. The announcement followed a day of heavy fighting. Earlier that day, Israel had issued an evacuation warning to residents of a district of Tehran.',
    families: ['OTHER'],
    events: ['OTHER 2025-03-03 IR', 'OTHER 2025-03-03 US', 'OTHER - US'],
  },
  // …not in a sentence writing a day of its own
  {
    heading: 'Ceasefire announced',
    text: 'On Monday, President Donald Trump announced a ceasefire between Israel and Iran. The truce would take effect within hours. Neither government confirmed it at first. The announcement followed a day of heavy fighting. Earlier in the day, Israel issued an evacuation warning on Sunday to residents of a district of Tehran.',
    families: ['OTHER'],
    events: ['OTHER 2025-03-02 IR', 'OTHER 2025-03-03 US', 'OTHER - US'],
  },
  // (session 47) a history's page headed by its one day ("on this day" entries): the headline's day opens the scene
  {
    undated: true,
    heading: 'June 9, 1983: Lund and Koivisto in Geneva',
    text: 'Norwegian Prime Minister Erik Lund and Finnish President Matti Koivisto hold talks in Geneva. The two leaders met for three hours.',
    families: ['MEETING'],
    events: ['MEETING 1983-06-09 CH'],
  },
  // …not a headline remembering that day from another time
  {
    undated: true,
    heading: 'Remembering June 9, 1983',
    text: 'Norwegian Prime Minister Erik Lund and Finnish President Matti Koivisto hold talks in Geneva. The two leaders met for three hours.',
    families: ['MEETING'],
    events: ['MEETING - CH'],
  },
  // …nor a headline writing two days
  {
    undated: true,
    heading: 'June 9 and June 12, 1983: Lund and Koivisto in Geneva',
    text: 'Norwegian Prime Minister Erik Lund and Finnish President Matti Koivisto hold talks in Geneva. The two leaders met for three hours.',
    families: ['MEETING'],
    events: ['MEETING - CH'],
  },
];

