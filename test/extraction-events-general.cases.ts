// Sentences written here for the rules of issue 10's fourth events round (general language patterns,
// not any document's wording): more OTHER happenings, distinct happenings of one family in one text
// (two OTHER wordings in a sentence, an action told as hours or days after another),
// and places of meetings. Published Wednesday 2025-03-05 like the
// wire and release cases; type family, start day and place as the extractor should give them (null: not checked).
import type { WireCase } from './extraction-events-wire.cases';

export const GENERAL_CASES: WireCase[] = [
  // more OTHER happenings: aid, captives freed, votes, ties, envoys, measures, proposals, withdrawals, evacuations, courts
  { text: 'The Pentagon announced $500 million in military aid for Ukraine on Tuesday.', type: 'OTHER', date: '2025-03-04', location: null },
  { text: 'Three hostages were released in Gaza on Saturday under the truce deal.', type: 'OTHER', date: '2025-03-01', location: null },
  { text: 'The Security Council voted to extend the peacekeeping mission in Lebanon on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'Saudi Arabia and Iran restored diplomatic relations in March.', type: 'OTHER', date: null, location: null },
  { text: 'Niger expelled the French ambassador on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'The European Union lifted sanctions on Syria’s banking sector on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'Both governments accepted the U.S. ceasefire proposal.', type: 'OTHER', date: null, location: null },
  { text: 'Russia withdrew its troops from the Kherson region in November.', type: 'OTHER', date: null, location: null },
  { text: 'The government evacuated hundreds of citizens from Port-au-Prince on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'The former president was convicted of corruption in Brasília on Tuesday.', type: 'OTHER', date: '2025-03-04', location: null },
  // forces moved
  { text: 'The United States deployed two carrier strike groups to the eastern Mediterranean on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: null },
  // where a meeting is held: the host's country, a meeting beside a summit at the summit's place
  { text: 'President Emmanuel Macron hosted Prime Minister Narendra Modi on Monday.', type: 'MEETING', date: '2025-03-03', location: 'FR' },
  { text: 'Prime Minister Shigeru Ishiba received Vietnamese President Luong Cuong on Monday.', type: 'MEETING', date: '2025-03-03', location: 'JP' },
  { text: 'Foreign Minister Penny Wong met Chinese Foreign Minister Wang Yi on the sidelines of the G20 summit in Rio de Janeiro on Monday.', type: 'MEETING', date: '2025-03-03', location: 'BR' },
  // meetings and calls told by more verbs of the meet class (sit down, confer, phone, talk, a courtesy call, discuss … during a call)
  { text: 'Prime Minister Keir Starmer sat down with President Donald Trump at the White House on Monday.', type: 'MEETING', date: '2025-03-03', location: 'US' },
  { text: 'The President spoke by telephone with Chancellor Friedrich Merz on March 2 to discuss Ukraine.', type: 'MEETING', date: '2025-03-02', location: null },
  { text: 'Minister Takeshi Iwaya received a courtesy call from Ambassador George Glass on March 3.', type: 'MEETING', date: '2025-03-03', location: null },
  { text: 'Foreign Minister Penny Wong paid a courtesy call on President Prabowo Subianto in Jakarta on Tuesday.', type: 'MEETING', date: '2025-03-04', location: 'ID' },
  { text: 'President Emmanuel Macron phoned Prime Minister Narendra Modi on Tuesday.', type: 'MEETING', date: '2025-03-04', location: null },
  { text: 'In a telephone conversation on Monday, President Vladimir Putin and President Recep Tayyip Erdogan discussed the grain deal.', type: 'MEETING', date: '2025-03-03', location: null },
  { text: 'Prime Minister Shigeru Ishiba talked with President Donald Trump by phone on Tuesday.', type: 'MEETING', date: '2025-03-04', location: null },
  { text: 'Foreign Minister Wang Yi conferred with Secretary of State Marco Rubio on Tuesday.', type: 'MEETING', date: '2025-03-04', location: null },
  { text: 'Secretary of State Marco Rubio held discussions with Foreign Minister Wang Yi in Kuala Lumpur on Tuesday.', type: 'MEETING', date: '2025-03-04', location: 'MY' },
  // a call is held nowhere, whatever its subject's place
  { text: 'Chancellor Friedrich Merz discussed the war in Ukraine with President Emmanuel Macron during a call on Monday.', type: 'MEETING', date: '2025-03-03', location: null },
  // a meeting at a trip's stop, dated by its own clause ("In Tokyo on March 10, he will meet …")
  {
    text: 'Secretary of State Antony Blinken will travel to Japan, South Korea and the Philippines from March 10 to 14. In Tokyo on March 10, he will meet Prime Minister Shigeru Ishiba and Foreign Minister Takeshi Iwaya. On March 12 in Seoul, the Secretary will meet with Foreign Minister Cho Tae-yul.',
    type: 'MEETING',
    date: '2025-03-12',
    location: 'KR',
  },
  {
    text: 'Secretary of State Antony Blinken will travel to Japan, South Korea and the Philippines from March 10 to 14. In Tokyo on March 10, he will meet Prime Minister Shigeru Ishiba and Foreign Minister Takeshi Iwaya.',
    type: 'MEETING',
    date: '2025-03-10',
    location: 'JP',
  },
  // a state organ's word in a verb of the comment class, told in the past; the organ told again is the same state's
  { text: 'Japan\'s foreign ministry condemned the missile launch.', type: 'STATEMENT', date: null, location: 'JP' },
  { text: 'Thailand\'s army imposed martial law on Tuesday. The army has stated publicly that it would be a temporary action.', type: 'STATEMENT', date: null, location: 'TH' },
  { text: 'China\'s defence ministry warned Japan over its remarks. In a statement released on Sunday, the ministry said any Japanese attempt to interfere would fail.', type: 'STATEMENT', date: '2025-03-02', location: 'CN' },
  // a joint statement reported as such; an office holder's word on a written day
  { text: 'In a joint statement issued on Monday, the foreign ministers of Japan and South Korea reaffirmed their alliance.', type: 'STATEMENT', date: '2025-03-03', location: null },
  { text: 'Japan and Australia issued a joint statement on Tuesday condemning the launch.', type: 'STATEMENT', date: '2025-03-04', location: null },
  { text: 'Chief Cabinet Secretary Yoshimasa Hayashi told a news conference on Tuesday that the launch was unacceptable.', type: 'STATEMENT', date: '2025-03-04', location: 'JP' },
  { text: 'Prime Minister Keir Starmer warned on Sunday that Europe faced a generational moment.', type: 'STATEMENT', date: '2025-03-02', location: 'GB' },
  // a call between two named people is news without a date or place (a readout dated only in its header); an office names its holder
  { text: 'Secretary of State Marco Rubio spoke with Indian External Affairs Minister Subrahmanyam Jaishankar. The two discussed trade.', type: 'MEETING', date: null, location: null },
  { text: 'Prime Minister Shigeru Ishiba held a meeting with President Yoon Suk Yeol on the same day, following the trilateral summit on March 3.', type: 'MEETING', date: null, location: null },
  { text: 'The Defence Secretary met his French counterpart earlier today in Paris.', type: 'MEETING', date: '2025-03-05', location: 'FR' },
  // two gatherings in two clauses of one sentence: each placed in its own clause
  { text: 'Prime Minister Narendra Modi and President Emmanuel Macron held talks in Marseille on Wednesday after co-chairing the AI Action Summit in Paris on Tuesday.', type: 'SUMMIT', date: '2025-03-04', location: 'FR' },
  { text: 'Secretary of State Marco Rubio met with Saudi Foreign Minister Faisal bin Farhan in Riyadh on Monday, a day after meeting Israeli Prime Minister Benjamin Netanyahu in Jerusalem.', type: 'MEETING', date: null, location: 'IL' },
  // visits told by more movements of the visit class
  { text: 'President Emmanuel Macron toured Kenya on Monday.', type: 'DIPLOMATIC_VISIT', date: '2025-03-03', location: 'KE' },
  { text: 'U.S. Deputy Secretary of State Christopher Landau made a stop in Hanoi on Tuesday.', type: 'DIPLOMATIC_VISIT', date: '2025-03-04', location: 'VN' },
  { text: 'Japanese Prime Minister Shigeru Ishiba came to Washington on February 7 to meet President Donald Trump.', type: 'DIPLOMATIC_VISIT', date: '2025-02-07', location: 'US' },
  { text: 'Foreign Minister Penny Wong will be in Tokyo on Thursday for talks.', type: 'DIPLOMATIC_VISIT', date: '2025-03-06', location: 'JP' },
  { text: 'King Charles III will undertake a State Visit to Italy from 7 to 10 April.', type: 'DIPLOMATIC_VISIT', date: '2025-04-07', location: 'IT' },
  // a stop told with the pronoun after an opening phrase of time ("On Tuesday he travelled on to Ottawa")
  {
    text: 'Foreign Secretary David Lammy travelled to Washington on Monday, where he met Secretary of State Marco Rubio. On Tuesday he travelled on to Ottawa for talks with Foreign Minister Melanie Joly.',
    type: 'DIPLOMATIC_VISIT',
    date: '2025-03-04',
    location: 'CA',
  },
];

/** Sentences that tell no happening of the given family. */
export const GENERAL_NON_EVENTS: { text: string; family: string }[] = [
  // a report released, a vote called for, a capability described: no OTHER happening
  { text: 'The annual report was released on Monday.', family: 'OTHER' },
  { text: 'The opposition is calling for a vote on the budget.', family: 'OTHER' },
  { text: 'The ship can carry aircraft and deploy troops ashore.', family: 'MILITARY_ACTION' },
  // the document's own voice in the present is the statement the document is, not one it reports; an act declared is no statement
  { text: 'The United States condemns the attack in the strongest terms.', family: 'STATEMENT' },
  { text: 'Thailand\'s army declared martial law on Tuesday.', family: 'STATEMENT' },
  // coming home is no visit
  { text: 'Prime Minister Shigeru Ishiba arrived in Tokyo on Monday after his trip.', family: 'DIPLOMATIC_VISIT' },
  // (session 31) "of"/"and" inside a visitor only between capitalized words: collections on loan are no visitor
  { text: 'The museum marked the visit of Greek and Roman collections to Paris with a catalogue.', family: 'DIPLOMATIC_VISIT' },
  { text: 'Chief Cabinet Secretary Yoshimasa Hayashi told a news conference on Tuesday that the launch was unacceptable.', family: 'MEETING' },
  // a call denied or only planned is no meeting; "sat down" is no Saturday
  { text: 'The Prime Minister has never spoken by phone with President Vladimir Putin.', family: 'MEETING' },
  { text: 'The ministry said it had no plans for a phone conversation between the two leaders.', family: 'MEETING' },
];

/** Short texts and how many events of one family they tell (distinct happenings stay apart, one told twice is one). */
export const GENERAL_COUNTS: { text: string; family: string; count: number; location?: string }[] = [
  // a trip of three or more stops is one itinerary: a stop named only in its list, with no day, is not a visit; dated stops stay visits
  { text: 'President Luiz Inacio Lula da Silva will travel to Angola, Nigeria and Ghana later this month.', family: 'DIPLOMATIC_VISIT', count: 1 },
  { text: 'Prime Minister Mark Carney will visit Mexico on March 10 and then travel to Peru and Chile.', family: 'DIPLOMATIC_VISIT', count: 2 },
  { text: 'Chancellor Friedrich Merz will visit Brazil on Monday, Argentina on Wednesday and Chile on Friday.', family: 'DIPLOMATIC_VISIT', count: 4 },
  // …counted among the trip's hosts: a stop with no day named only inside lists of the stops is a leg of the one itinerary even
  // when a stop's meeting leaves only two stops told as visits (Austria and Hungary here)
  {
    text: 'President William Ruto departs for Germany, Austria and Hungary. President William Ruto left Nairobi on Sunday for a visit to Germany, Austria and Hungary. The meeting with Chancellor Friedrich Merz will be held in Berlin on Monday.',
    family: 'DIPLOMATIC_VISIT',
    count: 1,
  },
  // (session 41) an undated stop only named as a destination is a leg of the one itinerary, two stops or more; a stop the text
  // puts the traveller at ("In Nairobi, …", "will end his tour in Addis Ababa") stays a visit of its own
  { text: 'President Lula will visit Angola and Nigeria.', family: 'DIPLOMATIC_VISIT', count: 1 },
  { text: 'Foreign Minister Penny Wong will travel to Fiji and Tonga. Wong will also visit Samoa.', family: 'DIPLOMATIC_VISIT', count: 1 },
  {
    text: 'President Cyril Ramaphosa will travel to Kenya and Ethiopia. In Nairobi, Ramaphosa will address a business forum. He will end his tour in Addis Ababa.',
    family: 'DIPLOMATIC_VISIT',
    count: 3,
  },
  // OTHER gathers unlike happenings: two wordings of it in one sentence are two, the same wording twice is one
  { text: 'The foreign ministers welcomed the ceasefire in Sudan and the release of prisoners held by both sides.', family: 'OTHER', count: 2 },
  { text: 'Observers said the ceasefire in Sudan was fragile, though the ceasefire had held for a week.', family: 'OTHER', count: 1 },
  // a happening told as after another of its type ("Hours later", "The following day") is another; one told back ("The attack") is the same
  { text: 'Rebel fighters attacked Ukraine on Monday. Hours later, separatist militias attacked Ukraine again.', family: 'MILITARY_ACTION', count: 2, location: 'UA' },
  { text: 'Rebels attacked the town of Kindu in Congo on Monday. The attack killed twelve civilians.', family: 'MILITARY_ACTION', count: 1 },
  { text: 'The two foreign ministers met in Paris on Monday. Later that day, the meeting ended with a joint communiqué.', family: 'MEETING', count: 1, location: 'FR' },
  // calls with counterparts named by office and country: two countries, two calls; the call told again is the same
  { text: 'President Lula had a telephone conversation with the President of Chile. Lula also had a telephone conversation with the Prime Minister of Portugal.', family: 'MEETING', count: 2 },
  { text: 'President Lula had a telephone conversation with the President of Chile. The telephone conversation lasted an hour.', family: 'MEETING', count: 1 },
  // one person's meetings with different people are several meetings; one told without a place is where the person still is
  {
    text: 'Secretary of State Antony Blinken met with Egyptian Foreign Minister Sameh Shoukry in Cairo. Blinken also met with President Abdel Fattah al-Sisi.',
    family: 'MEETING',
    count: 2,
    location: 'EG',
  },
  {
    text: 'Prime Minister Keir Starmer met President Emmanuel Macron in Paris on Monday. Starmer then met Chancellor Friedrich Merz in Berlin on Monday.',
    family: 'MEETING',
    count: 2,
  },
  // a later sentence about who was already there, or a spokesperson telling of it, is the same meeting
  {
    text: 'Defence Minister Richard Marles met with Japanese Defense Minister Gen Nakatani in Tokyo on Monday. Marles and Nakatani discussed the Mogami frigate. A Defence spokesperson, Jane Holt, described the meeting as productive.',
    family: 'MEETING',
    count: 1,
  },
  // a one-stop visit keeps the meetings held on it, each with its own day, at the visit's place
  {
    text: 'Secretary of State Marco Rubio traveled to Brussels on Monday. On Tuesday he met NATO Secretary General Mark Rutte. On Wednesday he met Belgian Prime Minister Bart De Wever.',
    family: 'MEETING',
    count: 2,
    location: 'BE',
  },
  // two meetings told in sequence in one sentence ("met …, and later held talks with …")
  {
    text: 'Foreign Minister Penny Wong arrived in Beijing on Tuesday. She met Foreign Minister Wang Yi at the Diaoyutai State Guesthouse and later held talks with Vice President Han Zheng.',
    family: 'MEETING',
    count: 2,
    location: 'CN',
  },
  // in a trip's story, the traveller's meeting without a place of its own is at a stop, not a meeting elsewhere
  {
    text: 'Secretary of State Marco Rubio will travel to Saudi Arabia and Qatar next week. In Riyadh, Rubio will meet Crown Prince Mohammed bin Salman. Rubio is also scheduled to meet Emir Tamim bin Hamad Al Thani.',
    family: 'MEETING',
    count: 0,
  },
];
