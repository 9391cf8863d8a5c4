// Sentences in the voice of official releases and statements (readouts, press statements, itineraries),
// written here for the rules of issue 10's events round: one happening each, with the type family,
// start date and place the extractor should give it; published Wednesday 2025-03-05 like the wire cases.
import type { WireCase } from './extraction-events-wire.cases';

export const RELEASE_CASES: WireCase[] = [
  // protests told by the noun or a verb in -ing
  { text: 'Tens of thousands of people gathered in Tbilisi on Sunday to protest the government\'s decision.', type: 'PROTEST', date: '2025-03-02', location: 'GE' },
  { text: 'Students have been protesting in Belgrade for weeks against corruption.', type: 'PROTEST', date: null, location: 'RS' },
  { text: 'We are concerned by reports of violence against peaceful demonstrations in Caracas.', type: 'PROTEST', date: null, location: 'VE' },
  { text: 'Riot police fired tear gas at crowds demonstrating outside parliament in Nairobi on Tuesday.', type: 'PROTEST', date: '2025-03-04', location: 'KE' },
  // attacks and seizures of power told as nouns
  { text: 'The United States strongly condemns the missile attack carried out by Russia against Odesa on March 4.', type: 'MILITARY_ACTION', date: '2025-03-04', location: null },
  { text: 'We condemn the military\'s seizure of power in Mali on March 4.', type: 'MILITARY_ACTION', date: '2025-03-04', location: 'ML' },
  { text: 'Houthi militants launched drones and missiles at commercial shipping in the Red Sea.', type: 'MILITARY_ACTION', date: null, location: null },
  { text: 'We are alarmed by the ongoing fighting in Sudan between the army and the Rapid Support Forces.', type: 'MILITARY_ACTION', date: null, location: 'SD' },
  { text: 'The Secretary condemned the assassination of the opposition leader in Port-au-Prince.', type: 'MILITARY_ACTION', date: null, location: null },
  { text: 'North Korea conducted a nuclear test on Sunday, the sixth since 2006.', type: 'MILITARY_ACTION', date: '2025-03-02', location: 'KP' },
  { text: 'Armed men stormed the state broadcaster in Ouagadougou on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'BF' },
  { text: 'Dozens of civilians were killed when shells hit a market in Omdurman on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: null },
  // measures and other happenings (CAMEO's coerce and the rest)
  { text: 'The Treasury Department today imposed sanctions on six officials responsible for the crackdown.', type: 'OTHER', date: '2025-03-05', location: null },
  { text: 'The United States is imposing visa restrictions on officials undermining democracy in Georgia.', type: 'OTHER', date: null, location: null },
  { text: 'Authorities arrested opposition leader Omar Diallo on March 4.', type: 'OTHER', date: '2025-03-04', location: null },
  { text: 'The Prime Minister of Haiti resigned on Tuesday after weeks of unrest.', type: 'OTHER', date: '2025-03-04', location: null },
  { text: 'The two parties reached an agreement on power-sharing in Addis Ababa on Monday.', type: 'OTHER', date: '2025-03-03', location: 'ET' },
  { text: 'The Security Council adopted a resolution on Monday demanding an immediate halt to the fighting.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'The government declared a state of emergency in Addis Ababa on Monday.', type: 'OTHER', date: '2025-03-03', location: 'ET' },
  // written with capitals as a title (session 31)
  { text: 'The president declared a State of Emergency in Quito on Monday.', type: 'OTHER', date: '2025-03-03', location: 'EC' },
  { text: 'The Department of State designated the group as a Foreign Terrorist Organization on March 4.', type: 'OTHER', date: '2025-03-04', location: null },
  { text: 'President Nicolas Maduro was sworn in for a third term in Caracas on Friday.', type: 'OTHER', date: '2025-02-28', location: 'VE' },
  // calls and meetings told as talks, views or the speaker's own
  { text: 'On March 3, Foreign Minister Iwaya held a telephone talk with Ms. Annalena Baerbock, Federal Minister for Foreign Affairs of Germany.', type: 'MEETING', date: '2025-03-03', location: null },
  { text: 'The two foreign ministers exchanged views on the situation in the region on Monday.', type: 'MEETING', date: '2025-03-03', location: null },
  { text: 'I just spoke with the prime minister of Greece about the fires.', type: 'MEETING', date: '2025-03-05', location: null },
  { text: 'Earlier today we met with our counterparts from the Baltic states.', type: 'MEETING', date: '2025-03-05', location: null },
  // visits: a traveller named by office, travel verbs in -ing and past forms, a welcome to a place
  { text: 'The Minister will visit Japan from 10 to 12 March.', type: 'DIPLOMATIC_VISIT', date: '2025-03-10', location: 'JP' },
  { text: 'The Foreign Secretary is in Canberra today for talks with his Australian counterpart.', type: 'DIPLOMATIC_VISIT', date: '2025-03-05', location: 'AU' },
  { text: 'Secretary of State Antony Blinken is traveling to Nairobi, Kenya, on March 3.', type: 'DIPLOMATIC_VISIT', date: '2025-03-03', location: 'KE' },
  { text: 'Prime Minister Keir Starmer visited Paris on Tuesday.', type: 'DIPLOMATIC_VISIT', date: '2025-03-04', location: 'FR' },
  { text: 'Secretary of Defense Pete Hegseth welcomed Polish Defense Minister Wladyslaw Kosiniak-Kamysz to the Pentagon today.', type: 'DIPLOMATIC_VISIT', date: '2025-03-05', location: 'US' },
  // places from the gazetteer (prisma/reference/cities.json): cities of crises and visits beyond the capitals
  { text: 'Hundreds of protesters gathered in Sana’a on Monday.', type: 'PROTEST', date: '2025-03-03', location: 'YE' },
  { text: 'Leaders will meet at a summit in Pittsburgh on March 20.', type: 'SUMMIT', date: '2025-03-20', location: 'US' },
  { text: 'Drones struck a fuel depot in Port Sudan on Tuesday.', type: 'MILITARY_ACTION', date: '2025-03-04', location: 'SD' },
  // announcements by a department
  { text: 'The Department of Defense announced today a new package of security assistance for Ukraine.', type: 'ANNOUNCEMENT', date: '2025-03-05', location: 'US' },
];

/** Sentences that tell no happening of the given family. */
export const RELEASE_NON_EVENTS: { text: string; family: string }[] = [
  // a capability's purpose, not an attack that happened
  { text: 'The system will help Ukraine defend against Russian missile attacks.', family: 'MILITARY_ACTION' },
  { text: 'The radars protect the fleet against drone attacks.', family: 'MILITARY_ACTION' },
  // condolences for victims name no attack of their own
  { text: 'We extend our condolences to the families of all who were killed or injured.', family: 'MILITARY_ACTION' },
  // a demand is not the happening demanded
  { text: 'The opposition is calling for the resignation of the government.', family: 'OTHER' },
];
