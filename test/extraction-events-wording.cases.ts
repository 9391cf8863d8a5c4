// Sentences written here for issue 10's wire-wording round of events (session 15): how news agencies and
// ministries word a state's dated reaction ("The Kremlin on Tuesday denounced …"), an office named without its
// holder, meetings of delegates, rammings and salvos, sentences and mourning, majorities and votes in a
// legislature. Read as a short report published Wednesday 2025-03-05; type family, start day and place as the
// extractor should give them (null: not checked). The non-events must give no event of their family.
import type { SentenceEvent, SentenceNonEvent } from './support/sentence-events';

export const WORDING_CASES: SentenceEvent[] = [
  // a state or an organ speaking, the day written between it and its verb (wire order)
  { text: 'The Kremlin on Tuesday denounced the latest export controls as economic warfare.', type: 'STATEMENT', date: '2025-03-04', location: 'RU' },
  { text: 'Britain on Tuesday condemned the rocket launch as reckless.', type: 'STATEMENT', date: '2025-03-04', location: 'GB' },
  { text: 'Canada late on Monday urged both governments to resume dialogue.', type: 'STATEMENT', date: '2025-03-03', location: 'CA' },
  // a state's "said"/"announced" only with its day written beside the verb
  { text: 'Indonesia said on Monday that it would send a medical team to the region.', type: 'STATEMENT', date: '2025-03-03', location: 'ID' },
  { text: 'Norway on Tuesday announced a fresh contribution to the reconstruction fund.', type: 'STATEMENT', date: '2025-03-04', location: 'NO' },
  // an organ "of" its country
  { text: 'The foreign ministry of Peru rejected the accusations on Tuesday.', type: 'STATEMENT', date: '2025-03-04', location: 'PE' },
  // an office without its holder's name, dated
  { text: 'The Prime Minister on Monday urged calm after the floods.', type: 'STATEMENT', date: '2025-03-03', location: null },
  { text: 'The UN Secretary-General warned on Tuesday that the cholera outbreak was spreading.', type: 'STATEMENT', date: '2025-03-04', location: null },
  // a press release issued; a commitment voiced by an office holder on a day
  { text: 'The Ministry of Foreign Affairs of Chile issued a press release on Monday regretting the decision.', type: 'STATEMENT', date: '2025-03-03', location: 'CL' },
  { text: 'President Gustavo Petro vowed on Tuesday to restore order in the province.', type: 'STATEMENT', date: '2025-03-04', location: null },
  // the meet class: delegates gathering or convening
  { text: 'EU foreign ministers gathered in Luxembourg on Monday.', type: 'MEETING', date: '2025-03-03', location: 'LU' },
  { text: 'Leaders of the bloc convened in Addis Ababa on Tuesday.', type: 'MEETING', date: '2025-03-04', location: 'ET' },
  // military action: vessels rammed, salvos by their size, reprisals
  { text: 'Vietnamese fishing boats were chased and a coast guard cutter rammed a trawler off the Paracels on Monday, Hanoi said.', type: 'MILITARY_ACTION', date: '2025-03-03', location: null },
  { text: 'Militias in Iraq fired a volley of rockets at the airport on Tuesday.', type: 'MILITARY_ACTION', date: '2025-03-04', location: 'IQ' },
  { text: 'Israel carried out retaliatory strikes in Syria on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'SY' },
  // OTHER: sentences handed down, national mourning declared
  { text: 'A court in Lima sentenced the former minister to twelve years in prison on Tuesday.', type: 'OTHER', date: '2025-03-04', location: 'PE' },
  { text: 'Ghana declared three days of national mourning on Monday.', type: 'OTHER', date: '2025-03-03', location: 'GH' },
  // elections: a majority taken in a vote, an office holder chosen by a legislature
  { text: 'The governing coalition lost its majority in the regional elections in Austria.', type: 'ELECTION', date: null, location: 'AT' },
  { text: 'The Estonian parliament elected Kristen Michal as prime minister on Tuesday.', type: 'ELECTION', date: '2025-03-04', location: 'EE' },
];

export const WORDING_NON_EVENTS: SentenceNonEvent[] = [
  // undated, "said" is any quote's attribution; a day inside what was said is no statement's day
  { family: 'STATEMENT', text: 'Mexico said the new bridge would open to traffic in 2027.' },
  { family: 'STATEMENT', text: 'The Prime Minister said the economy had grown faster than forecast.' },
  // people in a place are no state speaking
  { family: 'STATEMENT', text: 'Shopkeepers in Lagos on Monday complained about the power cuts.' },
  // a pledge of money is aid, not words
  { family: 'STATEMENT', text: 'A charity pledged $2 million to the relief effort on Tuesday.' },
  // crowds and mourners gather; no delegates meeting
  { family: 'MEETING', text: 'Crowds gathered in Accra on Monday to watch the final.' },
  { family: 'MEETING', text: 'World leaders gathered in Rome on Saturday for the funeral of the former president.' },
  // a boat hitting a pier, a tariff in reprisal
  { family: 'MILITARY_ACTION', text: 'A ferry rammed the pier in Rotterdam on Monday, injuring two passengers.' },
  { family: 'MILITARY_ACTION', text: 'Beijing imposed retaliatory tariffs on Canadian canola on Tuesday.' },
  // a sentence of a text, a mourning told as a feeling
  { family: 'OTHER', text: 'The speech ran to forty sentences on Tuesday.' },
  // a company's majority, a parliament electing nothing
  { family: 'ELECTION', text: 'The fund secured a majority stake in the port operator on Monday.' },
];

/** More of the meet class (session 15): engagements worded as diplomats' routine, with what must not be one. */
export const WORDING_MEETINGS: SentenceEvent[] = [
  { text: 'On Monday, the Defence Secretary held a bilateral with his Italian counterpart in Rome.', type: 'MEETING', date: '2025-03-03', location: 'IT' },
  { text: 'Prime Minister Mark Carney and President Claudia Sheinbaum held a working lunch in Mexico City on Tuesday.', type: 'MEETING', date: '2025-03-04', location: 'MX' },
  { text: 'The Foreign Minister had an audience with His Majesty the Sultan in Muscat on Monday.', type: 'MEETING', date: '2025-03-03', location: 'OM' },
  { text: 'Foreign Minister Penny Wong paid a call on President Prabowo Subianto in Jakarta on Tuesday.', type: 'MEETING', date: '2025-03-04', location: 'ID' },
  { text: 'The new ambassador presented her credentials to the Governor-General in Wellington on Monday.', type: 'MEETING', date: '2025-03-03', location: 'NZ' },
  { text: 'Korean and Japanese officials held consultations in Seoul on Tuesday.', type: 'MEETING', date: '2025-03-04', location: 'KR' },
  { text: 'The Prime Minister welcomed the Emir of Qatar to Downing Street on Monday.', type: 'MEETING', date: '2025-03-03', location: 'GB' },
  // a thing welcomed, even a leader's, is still a word of comment
  { text: 'Japan on Tuesday welcomed the President’s decision to extend the truce.', type: 'STATEMENT', date: '2025-03-04', location: 'JP' },
];

export const WORDING_MEETING_NON_EVENTS: SentenceNonEvent[] = [
  // a guest welcomed by office is hosted: no comment
  { family: 'STATEMENT', text: 'The Prime Minister welcomed the Emir of Qatar to Downing Street on Monday.' },
  // credentials checked, a bilateral trade figure, an audience of listeners
  { family: 'MEETING', text: 'The bank checked the credentials of every applicant in Sydney on Monday.' },
  { family: 'MEETING', text: 'The band played to an audience of 5,000 in Dublin on Monday.' },
];

/** Visits told by a host's greeting in dated remarks, by a tour of several states, by an office travelling (session 15). */
export const WORDING_VISITS: SentenceEvent[] = [
  { text: 'Mr. Prime Minister, welcome to the White House.', type: 'DIPLOMATIC_VISIT', date: '2025-03-05', location: 'US' },
  { text: 'Madam President, welcome back to Canberra.', type: 'DIPLOMATIC_VISIT', date: '2025-03-05', location: 'AU' },
  { text: 'President Lula began a four-country tour of Africa on Tuesday.', type: 'DIPLOMATIC_VISIT', date: '2025-03-04', location: null },
  { text: 'The Foreign Minister is in the Gulf today at the start of a three-nation tour.', type: 'DIPLOMATIC_VISIT', date: '2025-03-05', location: null },
  // (session 38) the traveller's noun with the words of a visit told after "his" and the year it was made
  { text: 'Prime Minister Erik Sand’s historic 1998 visit to Iceland is still remembered in Reykjavik.', type: 'DIPLOMATIC_VISIT', date: null, location: 'IS' },
  { text: 'The cardinal recalled Pope Benedict’s 2011 pilgrimage to Spain.', type: 'DIPLOMATIC_VISIT', date: null, location: 'ES' },
  { text: 'During the Chancellor’s three-day stay in Portugal, two agreements were signed.', type: 'DIPLOMATIC_VISIT', date: null, location: 'PT' },
  // (session 38) an arrival told by the airport landed at, placed by the town the airport's name holds
  { text: 'Prime Minister Lena Holm arrived at Oslo International Airport on Monday.', type: 'DIPLOMATIC_VISIT', date: '2025-03-03', location: 'NO' },
  { text: 'President Amara Diallo, who arrived at the Presidential Wing of the Nairobi International Airport on Tuesday, was met by the foreign minister.', type: 'DIPLOMATIC_VISIT', date: '2025-03-04', location: 'KE' },
  { text: 'Chancellor Petra Weiss touched down at Lisbon’s Humberto Delgado airport on Monday.', type: 'DIPLOMATIC_VISIT', date: '2025-03-03', location: 'PT' },
  // (session 38) a delegation or envoys sent somewhere by a state
  { text: 'Indonesia will send a high-level delegation to Canberra on Monday.', type: 'DIPLOMATIC_VISIT', date: null, location: 'AU' },
  { text: 'Ghana dispatched two envoys to Lome on Monday.', type: 'DIPLOMATIC_VISIT', date: '2025-03-03', location: 'TG' },
  // (session 38) a region told by its country's adjective is in that country
  { text: 'Foreign Minister Ivan Sorin’s visit to the Russian Far East ended on Tuesday.', type: 'DIPLOMATIC_VISIT', date: '2025-03-04', location: 'RU' },
  { text: 'The premier recalled President Ana Ruiz’s state visit to the Canadian Arctic.', type: 'DIPLOMATIC_VISIT', date: null, location: 'CA' },
];

export const WORDING_VISIT_NON_EVENTS: SentenceNonEvent[] = [
  // a welcome to an audience or a debate, a band's tour
  { family: 'VISIT', text: 'Ladies and gentlemen, welcome to this conference.' },
  { family: 'VISIT', text: 'Mr. President, welcome to the debate.' },
  { family: 'VISIT', text: 'The band announced a four-nation tour of Europe on Monday.' },
  // a journey refused, a stay in a hospital (session 38)
  { family: 'VISIT', text: 'The minister’s refusal to travel to Chile angered the opposition.' },
  { family: 'VISIT', text: 'The patient’s two-day stay in Mercy Hospital ended on Monday.' },
  // an airport named by no word of its own, a plane landing, a team sent by a firm (session 38)
  { family: 'VISIT', text: 'The minister arrived at the airport on Monday.' },
  { family: 'VISIT', text: 'The airline’s first plane landed at Dublin Airport on Monday.' },
  { family: 'VISIT', text: 'The firm sent a delegation of engineers to the trade fair.' },
  { family: 'VISIT', text: 'Rescuers sent a team to Valparaiso on Monday.' },
  // a team of no state's kind travels on no diplomacy (session 44)
  { family: 'VISIT', text: 'The football team visited Spain on Monday for a friendly match.' },
  // a trailing attribution of the news told before it is no statement of its own
  { family: 'STATEMENT', text: 'Chile has cancelled an order for Swedish trucks, the government said on Tuesday.' },
];

/** Statements told by where the words were given (session 15): a written statement, an interview, a regular briefing, a dated reiteration. */
export const WORDING_STATEMENTS: SentenceEvent[] = [
  { text: 'Kenya’s foreign ministry said in a written statement that it regretted the decision.', type: 'STATEMENT', date: null, location: null },
  { text: 'In an interview with a Tokyo broadcaster, Foreign Minister Takeshi Iwaya said the alliance was strong.', type: 'STATEMENT', date: null, location: null },
  { text: 'Spokesperson Lin Jian told a regular press conference on Tuesday that Beijing opposed the visit.', type: 'STATEMENT', date: '2025-03-04', location: null },
  { text: 'Defence Minister Richard Marles reiterated on Monday that the submarine plan was on track.', type: 'STATEMENT', date: '2025-03-03', location: null },
  { text: 'President William Ruto’s address to the nation on Monday urged calm.', type: 'STATEMENT', date: '2025-03-03', location: null },
];

/**
 * Announcements dated by a day closing the clause of "announced" (session 40): wire copy puts the day after the object and
 * where it was said, and a passive names its announcer after "by".
 */
export const WORDING_ANNOUNCEMENTS: SentenceEvent[] = [
  { text: 'President Amara Diallo announced his resignation in a televised address late Monday, hours after the army seized the broadcaster.', type: 'ANNOUNCEMENT', date: '2025-03-03', location: null },
  { text: 'Prime Minister Erik Sand announced new subsidies for farmers at a rally in Bergen on Monday.', type: 'ANNOUNCEMENT', date: '2025-03-03', location: null },
  { text: 'The truce was announced by Foreign Minister Lena Holm early Tuesday.', type: 'ANNOUNCEMENT', date: '2025-03-04', location: null },
];

export const WORDING_ANNOUNCEMENT_NON_EVENTS: SentenceNonEvent[] = [
  // no one official announcing: a band's album
  { family: 'STATEMENT', text: 'The band announced its new album at a concert in Oslo late Monday.' },
];

/** A day the thing announced runs to, or one after another clause, is not the day of the announcement. */
export const ANNOUNCED_THING_DAYS: { text: string; notDay: string }[] = [
  { text: 'President Amara Diallo announced a nationwide curfew across all of the northern provinces until Sunday.', notDay: '2025-03-02' },
  { text: 'Prime Minister Erik Sand announced the closure of the old border crossing near the lake and reopened it on Monday.', notDay: '2025-03-03' },
];

export const WORDING_STATEMENT_NON_EVENTS: SentenceNonEvent[] = [
  // one speaker on one day is one statement, however many rules read it
  { family: 'MEETING', text: 'The regulator issued a warning to lenders on Monday.' },
];

/** One speaker's dated word read by two rules is still one statement. */
export const ONE_STATEMENT = 'The Interior Ministry’s spokesman said on Tuesday that the curfew would be lifted.';

/** OTHER happenings that cut ties (CAMEO 16, session 15): accords ended or suspended, memberships frozen, envoys ordered out, airspace closed, cases filed. */
export const WORDING_OTHER: SentenceEvent[] = [
  { text: 'Niger revoked its defence cooperation agreement with Germany on Monday.', type: 'OTHER', date: '2025-03-03', location: 'NE' },
  { text: 'Pakistan suspended the Simla Agreement on Tuesday.', type: 'OTHER', date: '2025-03-04', location: 'PK' },
  { text: 'Azerbaijan froze its membership in the organization on Monday.', type: 'OTHER', date: '2025-03-03', location: 'AZ' },
  { text: 'Russia announced its withdrawal from the Grain Initiative on Monday.', type: 'OTHER', date: '2025-03-03', location: 'RU' },
  { text: 'Mali ordered the Swedish ambassador to leave the country on Tuesday.', type: 'OTHER', date: '2025-03-04', location: 'ML' },
  { text: 'India closed its airspace to Pakistani aircraft on Monday.', type: 'OTHER', date: '2025-03-03', location: 'IN' },
  { text: 'Nicaragua filed a case against Germany at the International Court of Justice on Tuesday.', type: 'OTHER', date: '2025-03-04', location: null },
];

export const WORDING_OTHER_NON_EVENTS: SentenceNonEvent[] = [
  // a resolution cited as a yardstick, its adoption not told (session 31)
  { family: 'OTHER', text: 'Any settlement must be in line with resolution 2254.' },
  { family: 'OTHER', text: 'The minister said the test was a violation of resolution 1718.' },
  // talks ending without an accord, a company's partnership, a shop closing
  { family: 'OTHER', text: 'The talks in Geneva ended without an agreement on Monday.' },
  { family: 'OTHER', text: 'The retailer ended its marketing partnership with the football club in Madrid on Monday.' },
  { family: 'OTHER', text: 'The bakery in Lyon closed its doors on Tuesday.' },
];
