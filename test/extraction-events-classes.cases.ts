// Sentences written here for the verb-class rules of issue 10's fifth events round (diplomacy-lexicon.ts):
// each verb of a class in more than one tense, so the table checks the class, not one wording. Read as
// a short report published Wednesday 2025-03-05; type family, start day and place as the extractor
// should give them (null: not checked). The non-events must give no event of their family.
import type { SentenceEvent, SentenceNonEvent } from './support/sentence-events';

export const CLASS_CASES: SentenceEvent[] = [
  // the meet class: hosting and receiving (in the host's country), speaking or talking with, calling, welcoming to a place
  { text: 'Prime Minister Anthony Albanese will host President Joko Widodo in Canberra on Thursday.', type: 'MEETING', date: '2025-03-06', location: 'AU' },
  { text: 'Chancellor Olaf Scholz is hosting President Emmanuel Macron in Berlin this week.', type: 'MEETING', date: null, location: 'DE' },
  { text: 'President Luiz Inácio Lula da Silva receives Prime Minister Narendra Modi on Monday.', type: 'MEETING', date: '2025-03-03', location: 'BR' },
  { text: 'Secretary of State Marco Rubio will speak with Foreign Minister Wang Yi on Thursday.', type: 'MEETING', date: '2025-03-06', location: null },
  { text: 'President Donald Trump speaks with President Vladimir Putin by phone on Tuesday.', type: 'MEETING', date: null, location: null },
  { text: 'Foreign Secretary David Lammy called Secretary of State Marco Rubio on Monday.', type: 'MEETING', date: '2025-03-03', location: null },
  { text: 'Prime Minister Mark Carney welcomed President Emmanuel Macron to Ottawa on Monday.', type: 'MEETING', date: '2025-03-03', location: 'CA' },
  // talks between two people, a call by phone told of both, a meal given for a guest, talks at a level, catching up
  { text: 'Talks between Foreign Minister Takeshi Iwaya and Foreign Minister Cho Tae-yul were held in Seoul on Monday.', type: 'MEETING', date: '2025-03-03', location: 'KR' },
  { text: 'Secretary of State Marco Rubio and Foreign Minister Sergei Lavrov talked by phone on Monday.', type: 'MEETING', date: '2025-03-03', location: null },
  { text: 'President Luiz Inácio Lula da Silva hosted a dinner for Prime Minister Narendra Modi in Brasília on Monday.', type: 'MEETING', date: '2025-03-03', location: 'BR' },
  { text: 'President Emmanuel Macron and Prime Minister Narendra Modi held delegation-level talks in Marseille on Tuesday.', type: 'MEETING', date: '2025-03-04', location: 'FR' },
  { text: 'Foreign Minister Penny Wong caught up with Foreign Minister Winston Peters in Wellington on Monday.', type: 'MEETING', date: '2025-03-03', location: 'NZ' },
  // an envoy summoned or called in is a meeting, named by office only
  { text: 'The foreign ministry summoned the Chinese ambassador on Monday.', type: 'MEETING', date: '2025-03-03', location: null },
  { text: 'Today the Deputy Minister called in the Russian chargé d’affaires to protest the strikes.', type: 'MEETING', date: '2025-03-05', location: null },
  // a gathering at a trip's stop named with an abbreviation ("the U.S.-Japan … Dialogue") is a meeting there
  { text: 'Secretary of Defense Lloyd Austin will travel to Australia and Japan next week. In Tokyo, he will participate in the U.S.-Japan Extended Deterrence Dialogue on March 12.', type: 'MEETING', date: '2025-03-12', location: 'JP' },
  // the visit class in every tense: arriving, travelling, flying or heading to a place (its object, not where the speaker stood)
  { text: 'President Volodymyr Zelensky arrives in Washington on Friday.', type: 'DIPLOMATIC_VISIT', date: '2025-03-07', location: 'US' },
  { text: 'Foreign Minister Penny Wong travels to Fiji this week.', type: 'DIPLOMATIC_VISIT', date: null, location: 'FJ' },
  { text: 'Speaking to reporters in Istanbul, Foreign Minister Abbas Araghchi said he would fly to Moscow on Monday.', type: 'DIPLOMATIC_VISIT', date: null, location: 'RU' },
  // more movements of the visit class: a trip or journey to a place, stopping in, departing for, flying into, expected in
  { text: 'Chancellor Friedrich Merz made his first trip to Washington as chancellor on Thursday.', type: 'DIPLOMATIC_VISIT', date: '2025-02-27', location: 'US' },
  { text: 'President Lee Jae-myung embarked on a trip to Japan on Tuesday.', type: 'DIPLOMATIC_VISIT', date: '2025-03-04', location: 'JP' },
  { text: 'Foreign Minister Wang Yi will stop in Singapore on his way to Australia on Thursday.', type: 'DIPLOMATIC_VISIT', date: '2025-03-06', location: 'SG' },
  { text: 'Prime Minister Narendra Modi departed for Paris on Monday.', type: 'DIPLOMATIC_VISIT', date: '2025-03-03', location: 'FR' },
  { text: 'Prime Minister Anthony Albanese flew into Jakarta on Tuesday.', type: 'DIPLOMATIC_VISIT', date: '2025-03-04', location: 'ID' },
  { text: 'President Cyril Ramaphosa is expected in Washington on Wednesday.', type: 'DIPLOMATIC_VISIT', date: '2025-03-05', location: 'US' },
  // (session 30) a date heading its sentence after a part of the day ("On the evening of", "Early", "Late on") is the sentence's own
  { text: 'On the evening of February 27, President Aurelio Vance arrived at the airport for his first visit to Peru since taking office in 2021.', type: 'DIPLOMATIC_VISIT', date: '2025-02-27', location: 'PE' },
  { text: 'Early Tuesday, March 4, Foreign Minister Penny Wong arrived in Suva for a visit to Fiji.', type: 'DIPLOMATIC_VISIT', date: '2025-03-04', location: 'FJ' },
  // an arrival told by "reach" with a place as its object
  { text: 'Prime Minister Narendra Modi reached Hanoi on Tuesday for a two-day visit.', type: 'DIPLOMATIC_VISIT', date: '2025-03-04', location: 'VN' },
  // a visit told as past or to come by its adjective ("his last visit to", "the forthcoming visit to")
  { text: 'Prime Minister Christopher Luxon fondly recalled his last visit to Vietnam.', type: 'DIPLOMATIC_VISIT', date: null, location: 'VN' },
  // (session 33) a visit told as likely ("his possible visit to", "her expected visit to") is planned all the same
  { text: 'President Lena Varga may sign the accord during her possible visit to Chile later this year.', type: 'DIPLOMATIC_VISIT', date: null, location: 'CL' },
  // being in a place "on a four-day state visit", the subject two people ("are in"), the visit's kind written in two words
  { text: 'King Harald and Queen Sonja are in Ghana on a four-day State visit.', type: 'DIPLOMATIC_VISIT', date: null, location: 'GH' },
  // a destination told by a description of the country ("the Gulf kingdom", "the country") is the country named before it, not the visitor's own
  { text: 'Foreign Minister Penny Wong held talks with Foreign Minister Vivian Balakrishnan of Singapore on her first visit to the small island country.', type: 'DIPLOMATIC_VISIT', date: null, location: 'SG' },
  { text: 'President Javier Milei held talks in Buenos Aires with President Emmanuel Macron, who arrived in the country on Monday.', type: 'DIPLOMATIC_VISIT', date: null, location: 'AR' },
  { text: 'Oman signed the accord during a surprise visit by Chancellor Olaf Scholz. Scholz visited the Gulf kingdom on Tuesday.', type: 'DIPLOMATIC_VISIT', date: '2025-03-04', location: 'OM' },
  // the day written right after the destination is the visit's, not an earlier day of the sentence
  { text: 'Defence Secretary John Healey met Boris Pistorius in Berlin on Monday and travelled to Paris on Tuesday.', type: 'DIPLOMATIC_VISIT', date: '2025-03-04', location: 'FR' },
  // an office holder's comment or appeal on a written day, in any tense
  { text: 'Prime Minister Narendra Modi called for restraint on Tuesday.', type: 'STATEMENT', date: '2025-03-04', location: null },
  { text: 'Foreign Minister Penny Wong condemned the attack on Tuesday.', type: 'STATEMENT', date: '2025-03-04', location: null },
  { text: 'On Monday, Chancellor Friedrich Merz urges both sides to return to talks.', type: 'STATEMENT', date: '2025-03-03', location: null },
  { text: 'Secretary-General António Guterres expressed deep concern on Sunday about the fighting.', type: 'STATEMENT', date: '2025-03-02', location: null },
  // where an office holder's dated word was given: on social media, at a press conference; a statement published
  { text: 'Foreign Secretary David Lammy said on X on Monday that he was appalled by the attack.', type: 'STATEMENT', date: '2025-03-03', location: null },
  { text: 'Prime Minister Narendra Modi posted on X on Tuesday that the talks had gone well.', type: 'STATEMENT', date: '2025-03-04', location: null },
  { text: 'Foreign Minister Wang Yi said at a press conference in Beijing on Friday that China opposed the sale.', type: 'STATEMENT', date: '2025-02-28', location: 'CN' },
  { text: 'The Foreign Office published a statement on Monday welcoming the agreement.', type: 'STATEMENT', date: '2025-03-03', location: null },
  // plans and policies made public
  { text: 'The government unveiled a new national security strategy on Monday.', type: 'ANNOUNCEMENT', date: '2025-03-03', location: null },
  { text: 'The two prime ministers launched the Enhanced Economic Engagement Strategy in Hanoi on Tuesday.', type: 'ANNOUNCEMENT', date: '2025-03-04', location: null },
  // accords signed in any tense and by more kinds of document; the accord named before its signing; a proposal of someone's accepted
  { text: 'Foreign Minister Penny Wong will also attend a lunch after signing a Joint Declaration on maritime security with Foreign Minister Sugiono.', type: 'OTHER', date: null, location: null },
  { text: 'Both leaders recommitted to the Lomé Accord signed in February.', type: 'OTHER', date: null, location: null },
  { text: 'The two ministers are signing a protocol on energy cooperation in Baku on Tuesday.', type: 'OTHER', date: null, location: null },
  { text: 'Both governments have accepted Egypt’s proposal to reopen the crossing.', type: 'OTHER', date: null, location: null },
  // a weekday ahead of a future verb stays ahead across a proper name or adjective in -ed ("the United Kingdom", "armed forces")
  { text: 'Secretary of State Marco Rubio will travel to the United Kingdom on Sunday.', type: 'DIPLOMATIC_VISIT', date: '2025-03-09', location: 'GB' },
  { text: 'Prime Minister Keir Starmer will call President Mohammed bin Zayed and the armed forces chief on Friday.', type: 'MEETING', date: '2025-03-07', location: null },
  // a leader's office speaks for them on a written day; a statement is placed by its speaker, not by a destination it tells of
  { text: 'Foreign Minister Penny Wong will travel to Indonesia and Vietnam from Sunday, her office said on Wednesday.', type: 'STATEMENT', date: '2025-03-05', location: 'AU' },
  { text: 'Downing Street said on Monday that the talks had been constructive.', type: 'STATEMENT', date: '2025-03-03', location: null },
  // met by office; an organ's announcement whose country is not written
  { text: 'Prime Minister Keir Starmer will meet the United Nations chief in New York on Monday.', type: 'MEETING', date: '2025-03-10', location: 'US' },
  { text: 'The Ministry of Defence announced on Monday that it would buy twelve aircraft.', type: 'ANNOUNCEMENT', date: '2025-03-03', location: null },
  // a happening dated by its distance from the clause's day; a gathering held by the country hosting it
  { text: 'The President met the premier on Tuesday for a session on trade, a day after a Russian missile and drone attack on Kyiv killed at least 14 people.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'UA' },
  { text: 'Voters queued from dawn on Sunday, two days after a bomb attack in Quetta killed nine people.', type: 'MILITARY_ACTION', date: '2025-02-28', location: 'PK' },
  // a count of days back right after a happening's words, in a sentence naming no day, counts from the story's day (session 39)
  { text: 'Kenya strongly condemns the rocket attacks carried out the day before by rebels in Somalia.', type: 'MILITARY_ACTION', date: '2025-03-04', location: 'SO' },
  { text: 'Aid groups are asking for calm, a day after rebels in Somalia attacked a border post.', type: 'MILITARY_ACTION', date: '2025-03-04', location: 'SO' },
  // a year written out once: "January 28 of the same year" is in it, not the publication's; "placing … under martial law" tells the declaration
  { text: 'The two states opened ties in 1979. On January 28 of the same year, the premier of Ruritania set out on a visit to Canada.', type: 'DIPLOMATIC_VISIT', date: '1979-01-28', location: 'CA' },
  { text: 'The decree was signed by President Jorge Almeda on Sept. 21, 1972, placing the whole of Bolivia under martial law.', type: 'MARTIAL_LAW', date: '1972-09-21', location: 'BO' },
  { text: 'Japan will take over the rotating chair and host next year’s summit.', type: 'SUMMIT', date: null, location: 'JP' },
  // a gathering is held in or at a place, a settlement may be named by its country's adjective, and its topic is no venue
  { text: 'The leaders closed their summit in the Italian lakeside town on Friday, split over Ukraine.', type: 'SUMMIT', date: '2025-02-28', location: 'IT' },
  { text: 'President Emmanuel Macron hosted the Group of Seven for talks dominated by the war in Ukraine on Monday.', type: 'MEETING', date: '2025-03-03', location: 'FR' },
  // Session 12: a state or a body of states speaking on a written day (a country named right before the verb), a spokesperson
  // unnamed, "declared on", a press statement, a protest lodged by a government; speeches and remarks delivered
  { text: 'China strongly condemned the sale on Monday.', type: 'STATEMENT', date: '2025-03-03', location: 'CN' },
  { text: 'Beijing lodged a formal protest with Washington on Tuesday.', type: 'STATEMENT', date: '2025-03-04', location: 'CN' },
  { text: 'The European Union welcomed the agreement on Monday.', type: 'STATEMENT', date: '2025-03-03', location: null },
  { text: 'The African Union called for an immediate ceasefire on Sunday.', type: 'STATEMENT', date: '2025-03-02', location: null },
  { text: 'Japan’s government lodged a strong protest with Beijing on Monday.', type: 'STATEMENT', date: '2025-03-03', location: 'JP' },
  { text: 'A State Department spokesperson said on Tuesday that the United States was concerned.', type: 'STATEMENT', date: '2025-03-04', location: 'US' },
  { text: 'President Emmanuel Macron declared on Monday that France would not send troops.', type: 'STATEMENT', date: '2025-03-03', location: 'FR' },
  { text: 'The Security Council issued a press statement on Monday condemning the attack.', type: 'STATEMENT', date: '2025-03-03', location: null },
  { text: 'The Prime Minister delivered remarks at the embassy in Hanoi on Tuesday.', type: 'STATEMENT', date: '2025-03-04', location: 'VN' },
  { text: 'President Yoon Suk Yeol addressed the National Assembly on Monday.', type: 'STATEMENT', date: '2025-03-03', location: 'KR' },
  // (session 41) an occasion named by any few words between its article and its noun: a speech, an address, an interview given
  { text: 'On Monday, President Gabriel Boric delivered an arrival speech in Buenos Aires on trade ties.', type: 'STATEMENT', date: '2025-03-03', location: 'AR' },
  { text: 'President Gabriel Boric gave a radio interview on Tuesday.', type: 'STATEMENT', date: '2025-03-04', location: null },
  { text: 'Prime Minister Christopher Luxon gave the first ever address by a foreign leader to the Parliament of Fiji on Monday.', type: 'STATEMENT', date: '2025-03-03', location: 'FJ' },
  // accusations and demands on a written day; a statement or press release cited as the source
  { text: 'China accused the Philippines of provocation on Monday.', type: 'STATEMENT', date: '2025-03-03', location: 'CN' },
  { text: 'According to a statement from the ministry, two soldiers were wounded on Monday.', type: 'STATEMENT', date: '2025-03-03', location: null },
  { text: 'The embassy said in a press release on Monday that it would reopen.', type: 'STATEMENT', date: '2025-03-03', location: null },
  // a statement told as one is news undated too (the corpus guide annotates referenced statements without date or place)
  { text: 'The Pentagon said in a statement that two service members were wounded.', type: 'STATEMENT', date: null, location: null },
  { text: 'Foreign ministers of the G7 issued a joint statement condemning the launch.', type: 'STATEMENT', date: null, location: null },
  // a judgement passed on something by an official or an organ: "called … irresponsible / a violation of"
  { text: 'State Department spokesperson Ned Price called the launch a violation of Security Council resolutions on Monday.', type: 'STATEMENT', date: '2025-03-03', location: 'US' },
  { text: 'The foreign ministry called Tokyo’s remarks irresponsible on Tuesday.', type: 'STATEMENT', date: '2025-03-04', location: null },
  { text: 'The Chinese embassy in London called the remarks irresponsible on Monday.', type: 'STATEMENT', date: '2025-03-03', location: null },
];

export const CLASS_NON_EVENTS: SentenceNonEvent[] = [
  // "reached" an agreement or a people is no arrival
  { family: 'VISIT', text: 'Foreign Minister Penny Wong reached an agreement with Indonesian officials on Monday.' },
  // (session 41) no article before the noun: no speech given
  { family: 'STATEMENT', text: 'President Gabriel Boric made no remarks at the airport on Monday.' },
  // "called on" and "called for" are appeals, not calls; a guest welcomed is no comment; "was flown" is no journey
  { family: 'MEETING', text: 'Prime Minister Keir Starmer called on President Vladimir Putin to accept the ceasefire.' },
  { family: 'MEETING', text: 'The minister will speak to reporters later.' },
  // peace talks between two states are negotiations, not one meeting
  { family: 'MEETING', text: 'Peace talks between Russia and Ukraine resumed in Istanbul on Monday, Foreign Minister Hakan Fidan said.' },
  { family: 'STATEMENT', text: 'Prime Minister Mark Carney welcomed President Emmanuel Macron to Ottawa on Monday.' },
  { family: 'DIPLOMATIC_VISIT', text: 'The former president was arrested in Manila last month and flown to The Hague.' },
  // fighting that stopped, a plane that left, are no one's visit
  { family: 'DIPLOMATIC_VISIT', text: 'Fighting stopped in Gaza on Monday, Prime Minister Benjamin Netanyahu said.' },
  { family: 'DIPLOMATIC_VISIT', text: 'The cargo flight left for Kyiv on Monday with supplies, Defence Minister Rustem Umerov said.' },
  // a heading in capitals names the document itself, not a statement it tells of
  { family: 'STATEMENT', text: 'SECRETARY RUBIO’S REMARKS ON THE ELECTION RESULTS\n\nThe United States congratulates the people of Ghana on a peaceful vote.' },
  // an office told of, not speaking
  { family: 'STATEMENT', text: 'The office said to be behind the leak was closed.' },
  // a declaration of something is no declaration signed; an accord talked about is none signed
  { family: 'OTHER', text: 'The ministers discussed the declaration of principles drafted last year.' },
  // an indefinite action under a modal is a supposition, not a happening
  { family: 'MILITARY_ACTION', text: 'The minister told lawmakers on March 3 that a naval blockade or attack on Taiwan could amount to an emergency.' },
  { family: 'MILITARY_ACTION', text: 'Officials warned on Monday that an invasion of the island would trigger sanctions.' },
  // a missile launched is no policy launched
  { family: 'ANNOUNCEMENT', text: 'North Korea launched a ballistic missile on Monday.' },
  // Session 12: a guest welcomed by a state, a place the speakers are in, an issue addressed, an undated warning
  { family: 'STATEMENT', text: 'Japan welcomed Prime Minister Narendra Modi to Tokyo on Monday.' },
  { family: 'STATEMENT', text: 'Critics in Seoul condemned the decision on Monday.' },
  { family: 'STATEMENT', text: 'The minister will address the issue of tariffs at the meeting.' },
  { family: 'STATEMENT', text: 'Paris warned that the plan would fail.' },
  { family: 'STATEMENT', text: 'Critics accused the minister of lying.' },
  { family: 'STATEMENT', text: 'The embassy called the police on Monday.' },
  { family: 'STATEMENT', text: 'The government called the meeting on Monday to discuss the budget.' },
];

/** Texts whose events (a trip's stops included) must not be placed in `code`: a country written as a modifier of forces or officials is no destination. */
export const CLASS_NOT_PLACED: { text: string; code: string }[] = [
  // a pair's name ("Japan-Australia", "U.S.-Japan") is no place of the meeting it names
  { text: 'On March 4, Prime Minister Shigeru Ishiba held a Japan-Australia Summit Meeting with Prime Minister Anthony Albanese.', code: 'AU' },
  { text: 'Secretary of Defense Lloyd Austin will travel to Japan and the Philippines next week. In Manila, he will meet with President Ferdinand Marcos Jr. and visit U.S. forces at Camp Aguinaldo.', code: 'US' },
  { text: 'Foreign Secretary David Lammy will travel to Kenya and Nigeria this week. In Lagos he will visit British companies and meet Nigerian officials.', code: 'GB' },
];

/** Short texts giving `count` events of `family`: happenings of one sentence apart when each is told with its own actor. */
export const CLASS_COUNTS: { text: string; family: string; count: number }[] = [
  { text: 'The ministers discussed Chinese military activities and North Korean provocations.', family: 'MILITARY_ACTION', count: 2 },
  { text: 'Russian missile attacks and Russian drone strikes hit the city.', family: 'MILITARY_ACTION', count: 1 },
  { text: 'Israeli air strikes and the bombardment continued in Gaza on Monday.', family: 'MILITARY_ACTION', count: 1 },
];

/**
 * Short texts and every meeting they tell, as "day place" ("-" when not given), one per engagement:
 * each counterpart, place or day its own. `release`: read as a government's own release (a ministry's
 * itinerary lists each engagement of a stop as a meeting there); otherwise a news report, where a
 * stop's one meeting with one counterpart is the stop's visit (the seed's convention).
 */
export const MEETING_TEXTS: { text: string; release?: boolean; meetings: string[] }[] = [
  // an itinerary release: a meeting per engagement at each stop, each in its stop's country, with its own day when it has one
  {
    text: 'Secretary of State Marco Rubio will travel to Panama, Guatemala and Costa Rica from March 9 to 12.\n\nIn Panama City, the Secretary will meet with President José Raúl Mulino. He will also meet with Foreign Minister Javier Martínez-Acha.\n\nIn Guatemala City on March 11, Secretary Rubio will hold talks with President Bernardo Arévalo.\n\nThe Secretary will conclude his trip in San José, where he will meet with President Rodrigo Chaves.',
    release: true,
    meetings: ['- PA', '- PA', '2025-03-11 GT', '- CR'],
  },
  // the same text as a news report: the stops of one meeting with one counterpart are the stops' visits
  {
    text: 'Secretary of State Marco Rubio will travel to Panama, Guatemala and Costa Rica from March 9 to 12.\n\nIn Panama City, the Secretary will meet with President José Raúl Mulino. He will also meet with Foreign Minister Javier Martínez-Acha.\n\nIn Guatemala City on March 11, Secretary Rubio will hold talks with President Bernardo Arévalo.\n\nThe Secretary will conclude his trip in San José, where he will meet with President Rodrigo Chaves.',
    meetings: ['- PA', '- PA'],
  },
  // more verbs of the class at stops: talks, "call on" a leader, "to meet", "pay a courtesy call on", a named meeting held with someone
  {
    text: 'Foreign Secretary David Lammy will visit Japan and South Korea this week. He will begin in Tokyo, where he will hold talks with Foreign Minister Takeshi Iwaya and call on Prime Minister Shigeru Ishiba. He will then travel to Seoul to meet Foreign Minister Cho Tae-yul.',
    release: true,
    meetings: ['- JP', '- JP', '- KR'],
  },
  {
    text: 'Minister for Foreign Affairs Takeshi Iwaya will visit France and Germany from March 8 to 11. In Paris, Minister Iwaya will hold a Japan-France Foreign Ministers’ Meeting with Minister for Europe and Foreign Affairs Jean-Noël Barrot. In Berlin, he will pay a courtesy call on Chancellor Olaf Scholz.',
    release: true,
    meetings: ['- FR', '- DE'],
  },
  // engaging with officials, and a dialogue whose name has commas in it
  {
    text: 'Deputy Secretary Kurt Campbell will travel to Manila and Hanoi from March 10 to 13. While in Manila, the Deputy Secretary will meet senior Philippine officials. In Hanoi, he will engage with Vietnamese government leaders and participate in the U.S.-Vietnam Political, Security, and Defense Dialogue.',
    release: true,
    meetings: ['- PH', '- VN', '- VN'],
  },
  // a readout told day by day: an engagement without a place belongs to the last stop reached by its day
  {
    text: 'Minister for Foreign Affairs Takeshi Iwaya visited the Philippines and Vietnam from March 1 to 4.\n\nOn March 2, Minister Iwaya held a Foreign Ministers’ Meeting with Secretary of Foreign Affairs Enrique Manalo in Manila.\n\nOn March 3, Minister Iwaya paid a courtesy call on President Ferdinand Marcos Jr.\n\nOn March 4, in Hanoi, Minister Iwaya held a Foreign Ministers’ Meeting with Deputy Prime Minister Bui Thanh Son.',
    release: true,
    meetings: ['2025-03-02 PH', '2025-03-03 PH', '2025-03-04 VN'],
  },
  // a first-person release: the writer's engagements, stop by stop
  {
    text: 'I will travel to Fiji and Samoa this week. In Suva, I will meet Prime Minister Sitiveni Rabuka. In Apia, I will sit down with Prime Minister Fiamē Naomi Mataʻafa and attend the Pacific Islands Forum Foreign Ministers’ Meeting.',
    release: true,
    meetings: ['- FJ', '- WS', '- WS'],
  },
  // "The Secretary also met …": the office names the person named before; a second counterpart is a second meeting
  {
    text: 'Secretary of State Marco Rubio met with Saudi Foreign Minister Faisal bin Farhan in Riyadh on March 3. The Secretary also met with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani.',
    meetings: ['2025-03-03 SA', '2025-03-03 SA'],
  },
  {
    text: 'Secretary of State Marco Rubio met with Saudi Foreign Minister Faisal bin Farhan in Riyadh on March 3.\n\nLater, the Secretary met with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha on March 4.',
    meetings: ['2025-03-03 SA', '2025-03-04 QA'],
  },
  // someone else's meeting told in a trip's paragraph is no engagement of the traveller's
  {
    text: 'Foreign Minister Penny Wong will travel to Indonesia and Vietnam next week. In Jakarta, Wong will meet Foreign Minister Sugiono and President Prabowo Subianto. Prime Minister Anthony Albanese chose Indonesia for his first overseas visit last year, meeting President Prabowo Subianto in Bogor.',
    release: true,
    meetings: ['- ID'],
  },
  // an itinerary told by its order: begin in, continue on to, go on to, finish in, end the trip in, depart for, proceed to (its days are its stops')
  {
    text: 'Secretary of State Marco Rubio will travel to Europe next week. He will begin in Paris, where he will meet President Emmanuel Macron. He will then continue on to Berlin to meet Chancellor Friedrich Merz. He will end his trip in Warsaw, meeting President Andrzej Duda.',
    release: true,
    meetings: ['- FR', '- DE', '- PL'],
  },
  {
    text: 'Foreign Secretary David Lammy will travel to Africa this week. He will start in Lagos, meeting President Bola Tinubu, and then go on to Accra to meet President John Mahama. He will finish in Nairobi, where he will hold talks with President William Ruto.',
    release: true,
    meetings: ['- NG', '- GH', '- KE'],
  },
  {
    text: 'Prime Minister Shigeru Ishiba departed for Malaysia on Sunday and will proceed to Indonesia on Tuesday. In Kuala Lumpur, he will meet Prime Minister Anwar Ibrahim. In Jakarta, he will meet President Prabowo Subianto.',
    release: true,
    meetings: ['2025-03-02 MY', '2025-03-04 ID'],
  },
  {
    text: 'Deputy Prime Minister Richard Marles will visit Japan and South Korea from Monday. In Tokyo, he will hold talks with Defense Minister Gen Nakatani. Mr Marles will then travel to Seoul for talks with Defense Minister Kim Yong-hyun.',
    release: true,
    meetings: ['- JP', '- KR'],
  },
  // a day's meetings of different kinds: the bilateral and the trilateral are two
  {
    text: 'Secretary of State Marco Rubio met with Foreign Minister Takeshi Iwaya in Munich on February 15.\n\nSecretary Rubio also held a trilateral meeting with Foreign Minister Iwaya and Foreign Minister Cho Tae-yul on February 15.',
    meetings: ['2025-02-15 DE', '2025-02-15 DE'],
  },
  // one sentence, two meetings: the second after a movement, where the movement went and on its day
  {
    text: 'Defence Secretary John Healey met his German counterpart Boris Pistorius in Berlin on Monday and travelled to Paris on Tuesday to meet Armed Forces Minister Sébastien Lecornu.',
    meetings: ['2025-03-03 DE', '2025-03-04 FR'],
  },
  // one meeting verb, a counterpart per day: a meeting per day; a later day with no counterpart of its own is no meeting
  {
    text: 'Prime Minister Anthony Albanese met Prime Minister Shigeru Ishiba on Monday and Emperor Naruhito on Tuesday.',
    meetings: ['2025-03-03 -', '2025-03-04 -'],
  },
  {
    text: 'Prime Minister Anthony Albanese met Prime Minister Shigeru Ishiba on Monday to prepare the trade agreement due on Thursday.',
    meetings: ['2025-03-03 -'],
  },
  // a meeting on the margins of a summit is its own, beside the summit
  {
    text: 'On the margins of the NATO summit in The Hague on June 24, Prime Minister Keir Starmer met President Donald Trump.',
    meetings: ['2025-06-24 NL', '2025-06-24 NL'],
  },
  // "call on" a leader to do something is an appeal, not a courtesy call
  {
    text: 'Secretary of State Marco Rubio will travel to Kenya and Ethiopia next week. In Nairobi, the Secretary will call on President William Ruto to release the detained activists.',
    release: true,
    meetings: [],
  },
];

/**
 * Government releases and how many statements they tell: a release whose headline calls it a statement is
 * its minister's words ("… said:" opening them is the release itself); a release about something else
 * quoting its minister tells that statement.
 */
export const RELEASE_STATEMENTS: { heading: string; text: string; statements: number }[] = [
  {
    heading: 'Missile launch: Minister for Asia statement',
    text: 'Minister for Asia Catherine West said:\n\n“The United Kingdom condemns the launch of a ballistic missile by North Korea on 3 March.”',
    statements: 0,
  },
  {
    heading: 'UK and Norway sign frigate agreement',
    text: 'The United Kingdom and Norway signed an agreement on Monday for the joint operation of frigates.\n\nDefence Secretary John Healey said:\n\n“This agreement makes both our nations safer.”',
    statements: 1,
  },
];
