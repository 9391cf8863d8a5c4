// Sentences written here for the rules of issue 10's fourth events round (general language patterns,
// not any document's wording): statements reported by their verb, more OTHER happenings, distinct
// happenings of one family in one text, and places of meetings. Published Wednesday 2025-03-05 like the
// wire and release cases; type family, start day and place as the extractor should give them (null: not checked).
import type { WireCase } from './extraction-events-wire.cases';

export const GENERAL_CASES: WireCase[] = [
  // statements reported by a verb of comment, appeal, rejection, accusation, approval or promise (CAMEO 01–02, 11–13)
  { text: 'Foreign Minister Takeshi Iwaya condemned the launch as a grave threat to regional security.', type: 'STATEMENT', date: null, location: null },
  { text: 'The Kremlin denied the report on Tuesday.', type: 'STATEMENT', date: '2025-03-04', location: null },
  { text: 'China’s foreign ministry rejected the accusations as groundless.', type: 'STATEMENT', date: null, location: null },
  { text: 'The United Nations Secretary-General António Guterres urged both sides to exercise maximum restraint.', type: 'STATEMENT', date: null, location: null },
  { text: 'President Bola Tinubu called on all parties to refrain from violence.', type: 'STATEMENT', date: null, location: null },
  { text: 'Defence Secretary John Healey welcomed the agreement as a milestone for European security.', type: 'STATEMENT', date: null, location: null },
  { text: 'Prime Minister Mark Carney expressed deep concern over the escalation in the region.', type: 'STATEMENT', date: null, location: null },
  { text: 'The Ministry of Foreign Affairs of Vietnam accused the coast guard of violating its sovereignty.', type: 'STATEMENT', date: null, location: null },
  { text: 'Chancellor Friedrich Merz vowed to keep supporting Ukraine for as long as it takes.', type: 'STATEMENT', date: null, location: null },
  { text: 'Australia’s Foreign Minister Penny Wong told a news conference in Canberra that the decision was disappointing.', type: 'STATEMENT', date: null, location: null },
  { text: 'The army spokesman said at a press conference on Monday that the operation was over.', type: 'STATEMENT', date: '2025-03-03', location: null },
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
];

/** Sentences that tell no happening of the given family. */
export const GENERAL_NON_EVENTS: { text: string; family: string }[] = [
  // the document's own voice in the present is the statement the document is
  { text: 'The United States condemns in the strongest terms the attack on the convoy.', family: 'STATEMENT' },
  { text: 'We urge all parties to return to the negotiating table.', family: 'STATEMENT' },
  // a standing position in the perfect is no happening
  { text: 'Iran has warned against any change to regional borders.', family: 'STATEMENT' },
  { text: 'Beijing has denied seeking a military base in the region.', family: 'STATEMENT' },
  // a private voice, a company or a crowd is no state's
  { text: 'Local residents condemned the decision to close the hospital.', family: 'STATEMENT' },
  { text: 'Lockheed Martin welcomed the contract.', family: 'STATEMENT' },
  // welcoming a guest, a courtesy call and a declared measure are not statements
  { text: 'President Emmanuel Macron welcomed Prime Minister Narendra Modi to the Élysée.', family: 'STATEMENT' },
  { text: 'President Yoon Suk Yeol declared emergency martial law on Tuesday night.', family: 'STATEMENT' },
  // a report released, a vote called for, a capability described: no OTHER happening
  { text: 'The annual report was released on Monday.', family: 'OTHER' },
  { text: 'The opposition is calling for a vote on the budget.', family: 'OTHER' },
  { text: 'The ship can carry aircraft and deploy troops ashore.', family: 'MILITARY_ACTION' },
];

/** Short texts and how many events of one family they tell (distinct happenings stay apart, one told twice is one). */
export const GENERAL_COUNTS: { text: string; family: string; count: number; location?: string }[] = [
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
  // in a trip's story, the traveller's meeting without a place of its own is at a stop, not a meeting elsewhere
  {
    text: 'Secretary of State Marco Rubio will travel to Saudi Arabia and Qatar next week. In Riyadh, Rubio will meet Crown Prince Mohammed bin Salman. Rubio is also scheduled to meet Emir Tamim bin Hamad Al Thani.',
    family: 'MEETING',
    count: 0,
  },
  // what a participant says in a readout is the meeting's content
  {
    text: 'Foreign Minister Takeshi Iwaya held a meeting with Secretary of State Marco Rubio in Washington on Monday. Minister Iwaya welcomed the progress in bilateral cooperation. Secretary Rubio praised Japan’s leadership in the region.',
    family: 'STATEMENT',
    count: 0,
  },
  // warships deployed for drills are part of the drills
  {
    text: 'China held large-scale military drills around Taiwan on Monday, deploying warships and fighter jets.',
    family: 'MILITARY_ACTION',
    count: 1,
  },
  // a joint statement at a summit is the summit's text
  {
    text: 'The leaders of Japan, South Korea and the United States held a summit at Camp David on Friday. In a joint statement, the leaders said they would meet every year.',
    family: 'STATEMENT',
    count: 0,
  },
];
