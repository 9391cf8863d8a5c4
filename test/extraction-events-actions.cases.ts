// Texts written here for issue 10's session-17 round of military actions, visits and meetings, each a general
// wording of news or official writing that the 25 further development documents (x2-*) showed the extractor
// missing: a missile test or a coup attempt told as nouns, an attack aimed at a people named by demonym, a
// journey told as its traveller's noun, a delegation led to a named body, talks continued, a call with an
// office named by its country. Read as a short document published Wednesday 2025-03-05 (sentence cases) or as
// texts whose events of one family are listed as `<day or -> <country or ->`.
import type { SentenceEvent, SentenceNonEvent } from './support/sentence-events';

export const ACTION_EVENTS: SentenceEvent[] = [
  // (session 29) a mission undertaken or led to a place is a journey there
  { text: 'Last year I undertook a political and trade mission to Chile.', type: 'DIPLOMATIC_VISIT', date: null, location: 'CL' },
  { text: 'Trade Minister Ana Costa will lead a trade mission to Vietnam in June.', type: 'DIPLOMATIC_VISIT', date: null, location: 'VN' },
  // (session 29) a foreign guest met at the host's place by a host named by office or by name is the guest's visit there
  { text: 'The Prime Minister met Dutch Prime Minister Anna de Vries in Downing Street this morning.', type: 'DIPLOMATIC_VISIT', date: '2025-03-05', location: 'GB' },
  { text: 'Today, Prime Minister Sofia Lind of Sweden and Vice President Kamala Harris met at the White House.', type: 'DIPLOMATIC_VISIT', date: '2025-03-05', location: 'US' },
  // (session 29) a guest "who is in <place> to attend …" is there on a visit
  { text: 'Foreign Minister Ana Costa received Deputy Foreign Minister Ivan Petrov of Bulgaria, who is in Lisbon to attend the annual consultations.', type: 'DIPLOMATIC_VISIT', date: null, location: 'PT' },
  // (session 29) a journey told as the traveller's own noun after a possessive pronoun
  { text: 'On his historic trip to Warsaw, Vice President JD Vance announced new energy projects.', type: 'DIPLOMATIC_VISIT', date: null, location: 'PL' },
  // a test told as a noun is the launch; the actor named before it is where it happened
  { text: 'The ministers also discussed Iran’s most recent missile test and the threat it poses to shipping.', type: 'MILITARY_ACTION', date: null, location: 'IR' },
  // the actor written after the action noun, "by" a country, over the one named before it that reacts: the actor's ground
  { text: 'Estonia condemned the latest missile launch by Iran.', type: 'MILITARY_ACTION', date: null, location: 'IR' },
  // a coup told as an attempt on a government, placed in the country whose government it is
  { text: 'The African Union condemned the attempt to topple or subvert Mali’s transitional government.', type: 'MILITARY_ACTION', date: null, location: 'ML' },
  { text: 'We condemn the effort to detain the president of Guinea-Bissau.', type: 'MILITARY_ACTION', date: null, location: null },
  // attacks aimed at a people named by demonym happen in their country, not in the attacker's
  { text: 'Russia must stop its strikes against Ukrainian cities and ports.', type: 'MILITARY_ACTION', date: null, location: 'UA' },
  // …also through a relative clause naming the attacker
  { text: 'The ministers condemned the drone attacks that Russia launched on Ukrainian towns.', type: 'MILITARY_ACTION', date: null, location: 'UA' },
  // an invasion is on another state's ground: the other country the sentence names, never the invader's own
  { text: 'The allies pledged to stand with Georgia in response to Russia’s invasion.', type: 'MILITARY_ACTION', date: null, location: 'GE' },
  { text: 'The summit condemned the ongoing Armenian aggression.', type: 'MILITARY_ACTION', date: null, location: null },
  // operations told by their kind, or as going on in a named place
  { text: 'The minister thanked Canada for its support to counter-ISIS operations in the region.', type: 'MILITARY_ACTION', date: null, location: null },
  { text: 'The two generals reviewed ongoing operations in Somalia.', type: 'MILITARY_ACTION', date: null, location: 'SO' },
  // a named meeting someone travels to attend is a gathering of its own
  { text: 'Minister Lina Haddad flew to Bangkok to attend the ASEAN Regional Forum Ministerial Meeting.', type: 'MEETING', date: null, location: 'TH' },
  // a journey told as its traveller's noun
  { text: 'The talks came a month after the Chancellor’s trip to Brazil.', type: 'DIPLOMATIC_VISIT', date: null, location: 'BR' },
  { text: 'Her invitation followed the Foreign Minister’s travel to Nairobi last autumn.', type: 'DIPLOMATIC_VISIT', date: null, location: 'KE' },
  // a visit made to attend a gathering, placed where the sentence is
  { text: 'On Monday, Foreign Minister Kamala Osei met his Peruvian counterpart in Lima, during his visit to attend the Pacific Forum Ministerial Meeting.', type: 'DIPLOMATIC_VISIT', date: null, location: 'PE' },
  // a delegation led to a named body's session, and a numbered round of negotiations
  { text: 'Ambassador Laura Finch will lead the U.S. delegation to the Intergovernmental Negotiating Body in Geneva on March 10.', type: 'MEETING', date: '2025-03-10', location: 'CH' },
  { text: 'Envoy Tomas Lind attended the third round of talks in Doha on Monday.', type: 'MEETING', date: '2025-03-03', location: 'QA' },
  // (session 21) the visit verb with a place as its object, whoever makes it: the place visited
  { text: 'The deal also had the government’s backing: Deputy Minister Arun Patel visited Chile as a special envoy and attended the signing.', type: 'DIPLOMATIC_VISIT', date: null, location: 'CL' },
  { text: 'Two weeks later, Trade Minister Clara Voss is visiting the Republic of Korea to open the new consulate.', type: 'DIPLOMATIC_VISIT', date: null, location: 'KR' },
  // session 21: the object of a verb of striking named by its people is the place, over the striker's own ground
  { text: 'Pakistani troops shelled Indian positions on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'IN' },
  { text: 'The U.S. military said it struck an Iranian drone base on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'IR' },
  // (session 35) a headline's present tense strikes too, and a number may stand before the people or ground struck
  { text: 'Venezuela strikes three Colombian army bases', type: 'MILITARY_ACTION', date: null, location: 'CO' },
  { text: 'Serbia launched strikes on two Croatian towns on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'HR' },
  // (session 35) an action told as a noun aimed "on" or "of" another state's people or ground, after the attacker's possessive
  { text: "Iran's missile attack on several Iraqi bases drew condemnation.", type: 'MILITARY_ACTION', date: null, location: 'IQ' },
  { text: "Syria's shelling of Turkish border villages on Monday killed five.", type: 'MILITARY_ACTION', date: '2025-03-03', location: 'TR' },
  // bases abroad are where they stand, not the state whose bases they are
  { text: 'Iran fired a dozen missiles at U.S. bases in Iraq on Tuesday.', type: 'MILITARY_ACTION', date: '2025-03-04', location: 'IQ' },
  // a raid told as a noun, forces clashing along a border
  { text: 'Special forces killed the group’s leader in a raid in northwest Syria on Sunday.', type: 'MILITARY_ACTION', date: '2025-03-02', location: 'SY' },
  { text: 'Armenia and Azerbaijan clashed along their border on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: null },
  // power taken by an army or by force is a coup
  { text: 'The army took power in Gabon on Wednesday.', type: 'MILITARY_ACTION', date: '2025-03-05', location: 'GA' },
  { text: 'Colonel Ali Musa took power in a coup on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: null },
  // session 22: a count with its thousands separated is a count; ground taken may be named by its holder
  { text: 'Troops killed 1,250 militants near the border on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: null },
  { text: 'Government troops captured the rebels’ main air base on Sunday.', type: 'MILITARY_ACTION', date: '2025-03-02', location: null },
  // (session 45) a visit named by its kind (protocol grade, who makes it, its length), and a journey told as its traveller's noun
  { text: 'Last spring the President paid an official goodwill visit to Chile.', type: 'DIPLOMATIC_VISIT', date: null, location: 'CL' },
  { text: 'During his recent work visit to Ghana, Foreign Minister Ana Costa signed two accords.', type: 'DIPLOMATIC_VISIT', date: null, location: 'GH' },
  { text: 'The pact followed the Chancellor’s journey to Peru in the autumn.', type: 'DIPLOMATIC_VISIT', date: null, location: 'PE' },  // (session 48) a conflict named by its ground or sides, told as a time frame or as happening, is a referenced armed action
  { text: 'Grain exports have fallen since the Ukraine conflict.', type: 'MILITARY_ACTION', date: null, location: 'UA' },
  { text: 'Officials said the Armenia-Azerbaijan conflict flared again last year.', type: 'MILITARY_ACTION', date: null, location: 'AZ' },
];

export const ACTION_NON_EVENTS: SentenceNonEvent[] = [
  // (session 29) a mission led from a place is no journey to one
  { family: 'DIPLOMATIC_VISIT', text: 'The observer mission to the talks was led by a retired judge.' },
  // (session 29) someone "who is in charge" is in no place; a host meeting a guest abroad makes no visit of the guest
  { family: 'DIPLOMATIC_VISIT', text: 'Minister Ana Costa met Ivan Petrov of Bulgaria, who is in charge of the file.' },
  { family: 'DIPLOMATIC_VISIT', text: 'Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday.' },
  // a test site or a ban on tests is no test
  { family: 'MILITARY_ACTION', text: 'Inspectors visited the missile test site last year.' },
  { family: 'MILITARY_ACTION', text: 'The treaty extended the missile test moratorium.' },
  // operations of another kind, or in time, are no military action
  { family: 'MILITARY_ACTION', text: 'The airline expanded its operations in recent years.' },
  // attacks on the press or on protesters are repression, not armed action
  { family: 'MILITARY_ACTION', text: 'The embassy condemned the attacks against journalists and peaceful protesters in the capital.' },
  // a police raid is no military action
  { family: 'MILITARY_ACTION', text: 'Two suspects were arrested in a police raid in Chicago on Monday.' },
  // a ruler's accession is no seizure of power; offensive weapons, a fight against a disease, a weapon's name are no action
  { family: 'MILITARY_ACTION', text: 'King Omar, who took power in January after his brother died, has not travelled abroad since.' },
  { family: 'MILITARY_ACTION', text: 'The treaty limits strategic offensive weapons on both sides.' },
  { family: 'MILITARY_ACTION', text: 'The two presidents pledged a new fund for the worldwide fight against AIDS.' },
  { family: 'MILITARY_ACTION', text: 'The missiles will serve a multiple launch rocket system built in Poland.' },
  // (session 48) a named conflict as the topic of sanctions, talks or a settlement is no armed action told
  { family: 'MILITARY_ACTION', text: 'The allies imposed new sanctions over the Ukraine conflict.' },
  { family: 'MILITARY_ACTION', text: 'The two leaders discussed trade and the Armenia-Azerbaijan conflict.' },
  { family: 'MILITARY_ACTION', text: 'The envoy proposed a settlement to the Arab-Israeli conflict.' },
  // demonstrating a quality is no protest
  { family: 'PROTEST', text: 'We commend President Akufo for respecting the results, demonstrating the leadership for which Ghana is known.' },
  { family: 'PROTEST', text: 'The vote demonstrated the strength of the country’s institutions.' },
  // a visit to a gathering or an organ is no journey to a place
  { family: 'DIPLOMATIC_VISIT', text: 'The leaders discussed the Prime Minister’s visit to the European Council tomorrow.' },
  // (session 21) a visit verb whose object is a people or forces, not a place
  { family: 'DIPLOMATIC_VISIT', text: 'General Ana Ruiz visited American soldiers at the base.' },
  { family: 'DIPLOMATIC_VISIT', text: 'Defence Minister Tomas Lind visited U.S. troops stationed in the region.' },
  // (session 43) a visit of a building or a forum named after a region is no journey through the region
  { family: 'DIPLOMATIC_VISIT', text: 'The delegates took a tour of the European Parliament building.' },
  { family: 'DIPLOMATIC_VISIT', text: 'The minister made a trip to the Pacific Forum secretariat.' },
];

/** Texts and their events of one family. */
export const ACTION_TEXTS: { text: string; release?: boolean; family: 'MEETING' | 'VISIT' | 'MILITARY_ACTION'; events: string[] }[] = [
  // (session 33) a traveller arriving for a summit at the one stop makes a visit beside the summit; one told only as there attends it
  { text: 'President Lena Varga arrived in Hanoi on Monday for a summit with Vietnamese leaders.', family: 'VISIT', events: ['2025-03-03 VN'] },
  { text: 'President Lena Varga arrived in Hanoi on Monday for a summit with Vietnamese leaders.', family: 'MEETING', events: ['2025-03-03 VN'] },
  { text: 'President Lena Varga was in Hanoi on Monday at a summit of regional leaders.', family: 'VISIT', events: [] },
  // (session 33) a visit to a city on a day inside the traveller's visit to its country is a leg of that visit
  {
    text: 'President of Norway Anna Berg and her spouse Mr Jonas Holm will make a state visit to Finland on 10 to 12 March. The visit will be hosted by the President of Finland Aino Lehto together with Mr Pekka Lehto.\n\nOn Tuesday 11 March, President Berg will meet Prime Minister Mikko Rantanen.\n\nOn Wednesday 12 March, President Berg and Mr Holm will travel to Tampere, where they will visit for example the University of Tampere.',
    family: 'VISIT',
    events: ['2025-03-10 FI'],
  },
  // (session 33) a day with its year written, months before the report, is an earlier trip the text looks back on: it starts no trip
  {
    text: 'New Delhi, March 3: Kenyan President Amara Keita arrived here on a three-day state visit to India. "It follows the visit of Prime Minister Arjun Rao to Kenya for the summit from November 3 - November 5, 2024, and the talks he held with President Keita there," the ministry said.',
    family: 'VISIT',
    events: ['- IN'],
  },
  // (session 29) a traveller who "will pay visits to" several countries makes a trip; (session 39) the guide counts an
  // itinerary as one visit (location null, every destination among its countries): undated stops named only in its list are no visits
  {
    text: 'Foreign Minister Lena Varga will pay visits to Ghana, Togo and Benin, the ministry said.',
    family: 'VISIT',
    events: ['- -'],
  },
  // (session 29) a trip whose stops are all in one country is placed in that country
  {
    text: 'President Ana Costa will travel to Hanoi and Ho Chi Minh City next week.',
    family: 'VISIT',
    // (session 41: the undated stop only named as a destination is a leg of the one itinerary, no visit of its own)
    events: ['- VN', '- VN'],
  },
  // (session 29) "will leave <place> on <day> for <destination>" starts the trip that day and makes the destination a stop;
  // "will also take him to …" names further stops; (session 39) the guide counts an itinerary as one visit: its three undated
  // stops, named only in the sentence that lists them all, are no visits of their own
  {
    text: 'Secretary-General Tomas Berg will leave Geneva on Friday for Nairobi, Kenya, on a trip that will also take him to Uganda and Tanzania.',
    family: 'VISIT',
    events: ['2025-03-07 -'],
  },
  // (session 29) a stop's visit "which started Tuesday" is dated by its start
  {
    text: 'Foreign Minister Lena Varga is on a two-day visit to Ghana which started Tuesday. Varga will travel to Togo on Friday.',
    family: 'VISIT',
    events: ['2025-03-04 -', '2025-03-04 GH', '2025-03-07 TG'],
  },
  // (session 34) a later leg's span ("will also visit A and B from 18-22 March") starts at the leg's first stop; the span the
  // trip starts with dates the trip only
  {
    text: 'Foreign Minister Lena Varga will travel to Ghana and Togo from 10-14 March. Varga will also visit Chile and Peru from 16-20 March, the ministry said.',
    family: 'VISIT',
    // (session 41: the undated stops only named as destinations are legs of the one itinerary, no visits of their own)
    events: ['2025-03-10 -', '2025-03-16 CL'],
  },
  // (session 29) a trip "from November 28 to December 2, 2022" in a text of another year starts in the year its span writes
  {
    text: 'Foreign Minister Lena Varga will travel to Ghana and Togo from February 27 to March 2, 2026.',
    family: 'VISIT',
    // (session 41: its undated stops are legs of the one itinerary)
    events: ['2026-02-27 -'],
  },
  // a headline naming a traveller's Travel, an itinerary whose long title hides the full name, meetings at each stop
  {
    text: 'Assistant Secretary Ruiz’s Travel to Ghana and Togo\n\nAssistant Secretary of State for African Affairs, Economic Growth, and Democracy Marta Ruiz will travel to Accra, Ghana, and Lomé, Togo from March 10-14, 2025.\n\nIn Accra, Assistant Secretary Ruiz will meet with senior government officials.\n\nIn Lomé, Assistant Secretary Ruiz will engage senior government officials and civil society leaders.',
    release: true,
    family: 'MEETING',
    events: ['- GH', '- TG'],
  },
  {
    text: 'Assistant Secretary Ruiz’s Travel to Ghana and Togo\n\nAssistant Secretary of State for African Affairs, Economic Growth, and Democracy Marta Ruiz will travel to Accra, Ghana, and Lomé, Togo from March 10-14, 2025.',
    release: true,
    family: 'VISIT',
    // (the trip; session 41: its two undated stops, only named as destinations, are legs of it)
    events: ['2025-03-10 -'],
  },
  // (session 28) a trip of one stop where a summit is held is the summit the traveller attends there, not a visit
  {
    text: 'President Jean Okoro was in Kenya on Monday at a summit of East African leaders.',
    family: 'MEETING',
    events: ['2025-03-03 KE'],
  },
  {
    text: 'President Jean Okoro was in Kenya on Monday at a summit of East African leaders.',
    family: 'VISIT',
    events: [],
  },
  // (session 28) a leader back in or returned to his own country visits nowhere: only the summit he attended abroad stays
  {
    text: 'President Jean Okoro is back in Uganda, his office said. Okoro was in Kenya at a summit of East African leaders when officers seized the radio station. Okoro has returned to Uganda and was in Uganda on Friday, the army said.',
    family: 'VISIT',
    events: [],
  },
  {
    text: 'President Jean Okoro is back in Uganda, his office said. Okoro was in Kenya at a summit of East African leaders when officers seized the radio station. Okoro has returned to Uganda and was in Uganda on Friday, the army said.',
    family: 'MEETING',
    events: ['- KE'],
  },
  // (session 28) a traveller who "has embarked on" a tour travels: the trip and its stops
  {
    text: 'Foreign Minister Lena Varga has embarked on a trip to Ghana and Togo.',
    family: 'VISIT',
    // (session 41: the trip only; its undated stops are legs of it)
    events: ['- -'],
  },
  // (session 28) a trip "between" two days starts on the first; meetings listed each in a stop with its day are one in each
  {
    text: 'Foreign Minister Lena Varga has embarked on a three-nation tour of West Africa. She will visit these countries between March 10 and 14. Varga will conduct bilateral meetings in Ghana on March 10, in Togo on March 12, and in Benin on March 14.',
    family: 'MEETING',
    events: ['2025-03-10 GH', '2025-03-12 TG', '2025-03-14 BJ'],
  },
  {
    text: 'Foreign Minister Lena Varga has embarked on a three-nation tour of West Africa. She will visit these countries between March 10 and 14. Varga will conduct bilateral meetings in Ghana on March 10, in Togo on March 12, and in Benin on March 14.',
    family: 'VISIT',
    events: ['2025-03-10 -'],
  },
  // talks continued on another day are another meeting, where the same people met
  {
    text: 'Foreign Minister Anna Berg hosted Foreign Minister Pedro Alves of Portugal in Stockholm on Monday. The two ministers will continue their talks on Thursday.',
    release: true,
    family: 'MEETING',
    events: ['2025-03-03 SE', '2025-03-06 SE'],
  },
  // a guest hosted for an official visit, his title with an "and" in it: the meeting and the guest's visit
  {
    text: 'Secretary of State Marco Rubio hosted Director of the Office of the Central Commission and Foreign Minister Wang Yi for an official visit today in Washington.',
    release: true,
    family: 'VISIT',
    events: ['2025-03-05 US'],
  },
  // two people's visits to one country, years apart, are two visits
  {
    text: 'Senator Mark Daley arrived in Taiwan on Monday. Ties were strained in August 2022 after Speaker Nancy Pelosi traveled to Taiwan.',
    family: 'VISIT',
    events: ['2025-03-03 TW', '- TW'],
  },
  // the other side of a call named by office and country only, undated
  {
    text: 'Prime Minister Keir Starmer spoke with the French President about Ukraine and migration.',
    family: 'MEETING',
    events: ['- -'],
  },
  // a guest "who is visiting" and welcomed: one visit
  {
    text: 'On March 3, Foreign Minister Iwaya held a meeting with Foreign Minister Penny Wong of Australia, who is visiting Japan. At the outset, Minister Iwaya welcomed Foreign Minister Wong to Japan.',
    release: true,
    family: 'VISIT',
    events: ['2025-03-03 JP'],
  },
  // a meeting with a group of people beside the leaders' meeting is another meeting
  {
    text: 'On March 3, Foreign Minister Iwaya held a meeting with Foreign Minister Penny Wong of Australia, who is visiting Japan. Minister Iwaya thanked Foreign Minister Wong for her meeting with the families of the victims.',
    release: true,
    family: 'MEETING',
    // (the second dated by its paragraph's day)
    events: ['2025-03-03 JP', '2025-03-03 JP'],
  },
  // a host welcoming a guest in remarks that tell their talks: the guest's visit and the talks, that day
  {
    text: 'PRESIDENT: Madam Prime Minister, welcome to the White House. We discussed trade and the war in Ukraine, and I thank you for your friendship.',
    family: 'MEETING',
    events: ['2025-03-05 US'],
  },
  // a planned visit by a leader named after "by" is that leader's, not the visit of the minister who told it
  {
    text: 'Minister Ana Costa said she was glad to meet Minister Lee again after her visit to Brazil in January. She will prepare a visit to Brazil this year by President Kim Min-jae.',
    family: 'VISIT',
    events: ['- BR', '- BR'],
  },
  // North Korea's long official name with a curly apostrophe is North Korea
  {
    text: 'The Democratic People’s Republic of Korea’s Ballistic Missile Launch\n\nThe United States condemns the launch.',
    family: 'MILITARY_ACTION',
    events: ['- KP'],
  },
  // (session 21) a meeting whose sentences name no place of it is where they put its people: arrived in, about to leave, near
  {
    text: 'Foreign Minister Lena Holm held three hours of talks with Foreign Minister Ivo Maric today. Holm went straight into a closed-door meeting with Maric after arriving in Vienna from Prague.',
    family: 'MEETING',
    events: ['2025-03-05 AT'],
  },
  {
    text: 'President Ana Duarte was also due to meet Prime Minister Karl Weiss later on Sunday before leaving Berlin.',
    family: 'MEETING',
    events: ['2025-03-09 DE'],
  },
  {
    text: 'Prime Minister Karl Weiss met President Ana Duarte for an hour in a hall near the Vatican.',
    family: 'MEETING',
    events: ['- VA'],
  },
  // …but a call is held in neither place
  {
    text: 'Foreign Minister Lena Holm spoke by phone with Foreign Minister Ivo Maric on Monday, after arriving in Vienna.',
    family: 'MEETING',
    events: ['2025-03-03 -'],
  },  // a visit told without its day is on the day of its traveller's first dated meeting in the country visited
  {
    text: 'President Marc Lenoir became the first French president to visit Peru. He also on Monday held private talks with President Rosa Quispe in Lima.',
    family: 'VISIT',
    events: ['2025-03-03 PE'],
  },
  // a meeting with an envoy posted abroad is at the host's home, not in the envoy's country the text names most
  {
    text: 'President Kassym-Jomart Tokayev met the Russian Ambassador Pavel Orlov on Monday. Russia and Kazakhstan discussed Russia’s grain exports, and Russia offered more.',
    family: 'MEETING',
    events: ['2025-03-03 KZ'],
  },
  // (session 35) a visitor with no office whose country is only guessed from the story's most-named country is not coming home
  {
    text: "Poland has signed a deal for 300 rocket launchers, Poland's defence ministry said. Poland expects the first launchers in 2027. Marek Holt visited Poland on Monday and attended the signing ceremony.",
    family: 'VISIT',
    events: ['2025-03-03 PL'],
  },
  // the traveller's last visit, told in a relative clause beside the visit the story tells, is another visit
  {
    text: 'Prime Minister Ivo Maric, who last visited Hanoi back in July 2010, arrived in Vietnam on Monday for a two-day visit.',
    family: 'VISIT',
    events: ['2025-03-03 VN', '- VN'],
  },
  // …and so is "his last visit to", undated, in the sentence after the visit
  {
    text: "President Lena Holm arrived in Cairo on Wednesday.\n\nHolm's last visit to Egypt dates back to 2012, when she was foreign minister.",
    family: 'VISIT',
    events: ['2025-03-05 EG', '- EG'],
  },
  // (session 45) a trip's sentences tell no journey the text looks back on: "last visited Peru on …" is no stop of the visit
  // told now (no trip from Peru to Chile starting in January), and stays a visit of its own
  {
    text: 'Prime Minister Ivo Maric arrived in Chile on Monday for a three-day visit. Maric last visited Peru on Sunday, January 12, to open an embassy.',
    family: 'VISIT',
    events: ['2025-01-12 PE', '2025-03-03 CL'],
  },
  // …nor one dated years before the story's ("In 2019, he traveled to Peru"), which is no stop of the trip told now
  {
    text: 'Prime Minister Ivo Maric arrived in Chile on Monday for a three-day visit. In 2019, he traveled to Peru.',
    family: 'VISIT',
    events: ['- PE', '2025-03-03 CL'],
  },
  // (session 36) a first visit "since" a year tells the visit made that year, apart and undated by the day of the one told
  {
    text: 'President Lena Holm will visit Peru on Monday. It will be the first visit to Peru by a Danish head of state since 2011.',
    family: 'VISIT',
    events: ['2025-03-10 PE', '- PE'],
  },
  // …its year is the only date it takes: not a month the sentence gives another happening
  {
    text: 'Prime Minister Ivo Maric arrived in Chile on Monday. It is his first visit to Chile since taking office in June and the first official visit to Chile by a Croatian leader since 2009.',
    family: 'VISIT',
    events: ['2025-03-03 CL', '- CL'],
  },
  // …a list's later item, "and the first to <country> since <year>", tells the one made there (beside the trip and its stops)
  {
    text: 'President Lena Holm will visit Peru and Chile on Monday. It will be the first visit to Peru by a Danish head of state since 2011 and the first to Chile since 2004.',
    family: 'VISIT',
    // (session 41: the undated Peru stop is a leg of the itinerary; the first visits told stay)
    events: ['2025-03-10 -', '2025-03-10 CL', '- PE', '- CL'],
  },
  // …and a first visit with no destination written is one to where the visit told went
  {
    text: 'President Lena Holm arrived in Peru on Monday. It is the first state visit by a Danish head of state since Erik Lund in 1998.',
    family: 'VISIT',
    events: ['2025-03-03 PE', '- PE'],
  },
  // …not "the first leader to visit X since": no visit before it is told
  {
    text: 'President Lena Holm arrived in Peru on Monday, the first Danish leader to visit Peru since 1898.',
    family: 'VISIT',
    events: ['2025-03-03 PE'],
  },
  // …not a first visit since a happening, which tells no visit before it
  {
    text: 'Prime Minister Ivo Maric arrived in Chile on Monday, his first visit to Chile since the floods began.',
    family: 'VISIT',
    events: ['2025-03-03 CL'],
  },
  // a capital described by its country's adjective is in that country; "the capital Islamabad" is the city named
  {
    text: 'The Colombian president arrived in the Chilean capital for his first official visit.',
    family: 'VISIT',
    events: ['- CL'],
  },
  {
    text: 'The Iranian delegation led by Foreign Minister Abbas Araghchi arrived in the capital Islamabad late Friday.',
    family: 'VISIT',
    events: ['2025-02-28 PK'],
  },
  // (session 35) a visit told by its noun alone, with its traveller and no place, is a visit to the story's host: the country
  // the text names most after the traveller's own
  {
    text: "President Ana Ferreira of Brazil and Premier Tomas Lindqvist of Sweden signed nine agreements in Stockholm on Tuesday. Sweden buys Brazilian aircraft, and Sweden sells trucks to Brazil; Sweden and Brazil also agreed on research.\n\nDuring the Brazilian president's visit, firms from both countries announced joint ventures.",
    family: 'VISIT',
    events: ['- SE'],
  },
  // …the dateline's country, with the one holder of the office the possessive names
  {
    text: "DOHA — Kuwait's Emir Khalid bin Saud al-Nasr and Qatari officials signed a trade pact. Officials said the Emir's visit would deepen trade ties.",
    family: 'VISIT',
    events: ['- QA'],
  },
  // …and "the visit of <title> <Name>" with no destination after the name
  {
    text: 'Mongolia\'s Foreign Minister Bat-Erdene Gansukh met a Japanese delegation in Mongolia on Tuesday. The delegation conveyed the greetings of Japanese Foreign Minister Kenji Tanabe and said work is under way on the projects agreed during the visit of Minister Kenji Tanabe.',
    family: 'VISIT',
    events: ['- MN'],
  },
  // a visit of the traveller told with its place already is that visit; a last visit told by the noun makes none
  {
    text: "Chancellor Erik Vogel arrived in India on Monday. Vogel's visit will strengthen trade ties, officials said.",
    family: 'VISIT',
    events: ['2025-03-03 IN'],
  },
  // (session 36) the people travelling with a traveller travel on the traveller's visit, not on one of their own
  {
    text: 'Prime Minister Jonas Berg arrived in Accra on Monday. Berg was accompanied by Defence Minister Eva Lind on his visit to Ghana.',
    family: 'VISIT',
    events: ['2025-03-03 GH'],
  },
  {
    text: 'Prime Minister Jonas Berg arrived in Accra on Monday. Accompanying Berg on his visit to Ghana are his wife, Maria Berg, and Trade Minister Eva Lind.',
    family: 'VISIT',
    events: ['2025-03-03 GH'],
  },
  // (session 43) a journey through a region told without its countries is one trip, placed nowhere
  {
    text: 'President Tomas Weber began a European tour to promote trade.',
    family: 'VISIT',
    events: ['- -'],
  },
  {
    text: 'Last week, President Karim Nasser toured three Gulf nations to discuss energy deals.',
    family: 'VISIT',
    events: ['- -'],
  },
  // (session 43) …and the traveller's trip read from its countries, when the text gives them, is that journey told again
  {
    text: 'Chancellor Greta Lindqvist began a Gulf tour on Monday. She will visit Qatar, Oman and Kuwait.',
    family: 'VISIT',
    events: ['2025-03-03 -'],
  },
];
