// Sentences written here for issue 10's session-21 round of OTHER happenings named in passing (src/extraction/happenings.ts):
// one case or more per class of meaning — offices taken or lost, justice, disasters and accidents, materiel handed over,
// occasions, decisions with a day of their own — and the guards that keep a topic, an attack's blast or a deal's content
// from being one. Read as a short report published Wednesday 2025-03-05; type family, start day and place as the
// extractor should give them (null: not checked). The non-events must give no OTHER event.
import type { SentenceEvent, SentenceNonEvent } from './support/sentence-events';

export const HAPPENINGS: SentenceEvent[] = [
  // offices taken: the holder's own country when no place is written
  { text: 'Trade has grown since President Amara Kone of Ghana took office in June.', type: 'OTHER', date: null, location: 'GH' },
  { text: 'King Tomas, who assumed power in 2019, has never travelled abroad.', type: 'OTHER', date: null, location: null },
  { text: 'The minister has visited Fiji twice since being sworn in last month.', type: 'OTHER', date: null, location: null },
  { text: 'Relations cooled after the fall of the military regime in Sudan.', type: 'OTHER', date: null, location: 'SD' },
  // …and the holder's country even when the sentence names other places (session 23)
  { text: 'Peru has signed three trade deals with Chile since Chilean President Ana Torres took office in March.', type: 'OTHER', date: null, location: 'CL' },
  { text: 'Exports to Brazil have risen since Argentine President Pablo Ruiz was sworn in as head of state.', type: 'OTHER', date: null, location: 'AR' },
  { text: 'Brazil criticised the vote after Argentine President Pablo Ruiz resigned on Monday.', type: 'OTHER', date: '2025-03-03', location: 'AR' },
  // offices to come and a death (session 32): a term to begin, a deputy to stand in, a departure on a schedule, a named person died
  { text: 'Chilean President-elect Ana Torres will begin her four-year term on March 11.', type: 'OTHER', date: '2025-03-11', location: 'CL' },
  { text: 'While Prime Minister Omar Salah is abroad, Deputy Prime Minister Ines Pardo of Peru will serve as Acting Prime Minister.', type: 'OTHER', date: null, location: 'PE' },
  { text: 'Argentine President Pablo Ruiz is scheduled to leave office on March 20.', type: 'OTHER', date: '2025-03-20', location: 'AR' },
  { text: 'Lena Duarte, a 40-year-old teacher, died in a hospital in Quito, Ecuador on Monday.', type: 'OTHER', date: '2025-03-03', location: 'EC' },
  // an office taken over or power taken, told with its predecessor, office or time, and a named person's death told as a noun (session 45)
  { text: 'Trade with Chile has grown since Ana Torres took over the presidency of Peru in 2019.', type: 'OTHER', date: null, location: 'PE' },
  { text: 'Tomas Berin, who took over from his father in 2011, rarely travels abroad.', type: 'OTHER', date: null, location: null },
  { text: 'Peruvian President Ana Torres, who took power in 2021, won a second term on Sunday.', type: 'OTHER', date: null, location: 'PE' },
  { text: 'Luis Vega took charge as Prime Minister of Peru four days ago.', type: 'OTHER', date: null, location: 'PE' },
  { text: 'Exports have doubled since Omar Salah returned to power in Chile.', type: 'OTHER', date: null, location: 'CL' },
  { text: 'The minister of Peru was appointed in May, following the death of his predecessor Luis Vega.', type: 'OTHER', date: null, location: null },
  // an evacuation, in the country left, never at the state that evacuates its people (session 45)
  { text: 'Chile evacuated 120 of its nationals from Peru on Monday.', type: 'OTHER', date: '2025-03-03', location: 'PE' },
  { text: 'The army of Peru issued an evacuation warning to residents of a coastal district of Chile.', type: 'OTHER', date: null, location: 'CL' },
  // …told by its noun with the people taken out, by the passive, as a rescue of a people named by its demonym (session 47)
  { text: 'A navy ship docked at the port for the evacuation of nearly 300 Peruvians from Chile.', type: 'OTHER', date: null, location: 'CL' },
  { text: 'Last year about ten thousand Chilean nationals had to be evacuated from several Peruvian towns.', type: 'OTHER', date: null, location: 'PE' },
  { text: 'A frigate was sent to Chile on Monday to rescue over 200 stranded Bolivians.', type: 'OTHER', date: '2025-03-03', location: null },
  // forces withdrawn, done or expected (session 47)
  { text: 'Officials said the army had begun withdrawing troops from northern Chile.', type: 'OTHER', date: null, location: 'CL' },
  { text: 'Peruvian forces are expected to withdraw from Bolivia in 2027.', type: 'OTHER', date: null, location: 'BO' },
  // a named person's flight, at the place fled when written (session 39)
  { text: 'Aravian President Tomas Berin fled Lima on a military plane on Monday.', type: 'OTHER', date: '2025-03-03', location: 'PE' },
  { text: 'Protests went on after opposition leader Ana Torres fled the country to Chile.', type: 'OTHER', date: null, location: 'CL' },
  // a ban a government or its organs impose, the organ the subject or the ban one of its listed acts (session 39)
  { text: 'Authorities in Chad had banned public gatherings ahead of the vote.', type: 'OTHER', date: null, location: 'TD' },
  { text: 'The government deployed troops in the capital of Peru and banned radio broadcasts on Monday.', type: 'OTHER', date: '2025-03-03', location: 'PE' },
  // officers disciplined
  { text: 'The disciplinary committee decided to dismiss two generals of the Chilean army.', type: 'OTHER', date: null, location: null },
  { text: 'A colonel was removed from service for the same violations.', type: 'OTHER', date: null, location: null },
  // justice
  { text: 'The trial of Olu Bankole opened in Lagos, Nigeria.', type: 'OTHER', date: null, location: 'NG' },
  { text: 'The court upheld a death sentence for a protester in Iran.', type: 'OTHER', date: null, location: 'IR' },
  // a term handed down, by its length or as a term (session 31)
  { text: 'Former interior minister Omar Salah was given a six-year prison term on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'Former governor Ines Pardo received a nine-year sentence for bribery.', type: 'OTHER', date: null, location: null },
  // an appointment told without "was", or to a titled office (session 31)
  { text: 'Lindqvist appointed Foreign Minister in Tuesday reshuffle', type: 'OTHER', date: null, location: null },
  { text: 'The junta nominated Ana Ruiz, a retired judge, to be interim prime minister on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'The president relieved General Omar Salah of his command on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'Marta Ruiz was appointed to Minister for Foreign Affairs of Spain on Monday.', type: 'OTHER', date: '2025-03-03', location: 'ES' },
  { text: 'Relations were strained by the deportation of 20 Filipino workers from Kuwait.', type: 'OTHER', date: null, location: null },
  { text: 'Critics of the sale recalled the murder of a Danish journalist in Malta in 2017.', type: 'OTHER', date: null, location: 'MT' },
  { text: 'Thousands marched for the 12 students who disappeared last year.', type: 'OTHER', date: null, location: null },
  // proceedings at law: on trial, indicted, a case brought or a challenge at law (session 48: ACE Justice.Trial-Hearing, Charge-Indict, Sue)
  { text: 'Former premier Omar Salah of Peru is currently on trial in three corruption cases.', type: 'OTHER', date: null, location: 'PE' },
  { text: 'Prosecutors said in January that two aides of the governor of Chile would be indicted.', type: 'OTHER', date: null, location: 'CL' },
  { text: 'Two losing candidates in Chile are set to launch court action against the result.', type: 'OTHER', date: null, location: 'CL' },
  // someone let out of custody or held captive (session 48: ACE Justice.Release-Parole, CAMEO 181)
  { text: 'Opposition leader Ana Torres of Peru was released from prison on Monday.', type: 'OTHER', date: '2025-03-03', location: 'PE' },
  { text: 'Omar Salah, who was freed from house arrest last month, will run for president of Chad.', type: 'OTHER', date: null, location: 'TD' },
  { text: 'President Tomas Berin of Chad and his ministers are being held prisoner by mutinous soldiers.', type: 'OTHER', date: null, location: 'TD' },
  // crowds dispersed by police (session 24): police crowd control is OTHER, whatever words tell it
  { text: 'Riot police used water cannon and stun grenades against marchers in Tbilisi, Georgia on Monday.', type: 'OTHER', date: '2025-03-03', location: 'GE' },
  { text: 'Police lobbed tear gas to disperse a crowd gathered outside the electoral commission in Lusaka, Zambia.', type: 'OTHER', date: null, location: 'ZM' },
  { text: 'Police opened fire on marchers in Nairobi, Kenya, on Monday.', type: 'OTHER', date: '2025-03-03', location: 'KE' },
  // measures imposed by the words of their authorities, and accords counted or told as a noun (session 24)
  { text: 'The Council decided today to impose additional restrictive measures against four firms linked to the militia.', type: 'OTHER', date: '2025-03-05', location: null },
  { text: 'The ministry added nine shipping firms to its sanctions list on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'Ministers adopted reinforced sanctions against the junta on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'The navy has imposed a fuel blockade on the island since January.', type: 'OTHER', date: null, location: null },
  { text: 'Within hours the president moved to impose a 12% import tariff on steel.', type: 'OTHER', date: null, location: null },
  { text: 'The governor will sign an Executive Order on Monday to widen the export bans.', type: 'OTHER', date: null, location: null },
  { text: 'Officials said five agreements were signed between the two governments.', type: 'OTHER', date: null, location: null },
  // …the count opening the sentence, an adverb before the verb, "MoU" in mixed case, an accord signed "between" its parties (session 31)
  { text: 'Several MoUs were also signed by the two ministers.', type: 'OTHER', date: null, location: null },
  { text: 'The two presidents signed an MoU on fisheries in Lima on Monday.', type: 'OTHER', date: '2025-03-03', location: 'PE' },
  { text: 'An agreement on water management was signed between Peru and Chile.', type: 'OTHER', date: null, location: 'PE' },
  { text: 'The visit ended with the signing by the two presidents of the Lisbon Declaration.', type: 'OTHER', date: null, location: null },
  { text: 'The recent conclusion of a fisheries agreement was welcomed by both coasts.', type: 'OTHER', date: null, location: null },
  // an accord named first and its signing told after what it is about, done or to come (session 34)
  { text: 'The ministers reviewed the fisheries agreements that will be signed on Thursday in Lima, Peru.', type: 'OTHER', date: '2025-03-06', location: 'PE' },
  { text: 'At the close of the forum, a Memorandum of Understanding on Water Management, and a Letter of Intent on Forestry were signed.', type: 'OTHER', date: null, location: null },
  { text: 'During the visit, transport and energy partnership agreements were signed between the two sides.', type: 'OTHER', date: null, location: null },
  { text: 'The leaders made this pledge in a joint communique signed by them at the end of the summit.', type: 'OTHER', date: null, location: null },
  // disasters and accidents: struck somewhere, on a day, or deadly
  { text: 'Peru declared three days of mourning after a major earthquake on March 2.', type: 'OTHER', date: '2025-03-02', location: 'PE' },
  { text: 'Australia led the response to the cyclone that struck Vanuatu.', type: 'OTHER', date: null, location: 'VU' },
  { text: 'The ministers discussed the explosion near the border with Belarus.', type: 'OTHER', date: null, location: null },
  // …or known by its name, however little else is told of it (session 29)
  { text: 'The envoy will be briefed on the rebuilding that followed the Hokuriku earthquake.', type: 'OTHER', date: null, location: null },
  // materiel handed over or made ready
  { text: 'The Greek Navy received two ex-French frigates in April 2024.', type: 'OTHER', date: null, location: null },
  { text: 'All the equipment will be delivered to Chile by the end of next year.', type: 'OTHER', date: null, location: 'CL' },
  { text: 'Pilot and technician training will begin in Sweden next spring.', type: 'OTHER', date: null, location: 'SE' },
  // a delivery on a schedule, in a sentence of its own (session 28)
  { text: 'The first of the patrol boats will be delivered by late 2027, the navy of Ghana said.', type: 'OTHER', date: null, location: 'GH' },
  { text: 'Deliveries are scheduled to start in 2029 for the Chilean air force.', type: 'OTHER', date: null, location: 'CL' },
  { text: 'The yard in Peru is likely to deliver the first corvette in 2028.', type: 'OTHER', date: null, location: 'PE' },
  // negotiations completed, suspended or failed (session 45)
  { text: 'The two ministers welcomed the completion of negotiations on a fisheries accord in Lima.', type: 'OTHER', date: null, location: 'PE' },
  { text: 'The government of Peru decided on Monday to suspend negotiations on the trade pact.', type: 'OTHER', date: '2025-03-03', location: 'PE' },
  // …told by a modal or "is to", the active verb with materiel, the noun with its schedule, or the perfect with its receiver (session 45)
  { text: 'Italy is to deliver the first four helicopters to Peru in 2027.', type: 'OTHER', date: null, location: 'PE' },
  { text: 'The remaining corvettes should be delivered to the Chilean navy between 2028 and 2030.', type: 'OTHER', date: null, location: null },
  { text: 'The Spanish yard will deliver eight patrol boats to the coast guard over the next four years.', type: 'OTHER', date: null, location: null },
  { text: 'The navy of Peru ordered two tankers last year, with deliveries expected to begin around 2029.', type: 'OTHER', date: null, location: null },
  { text: 'Deliveries of the armoured vehicles are planned for 2027–2029.', type: 'OTHER', date: null, location: null },
  { text: 'So far 40 of the trucks have been delivered to Chile.', type: 'OTHER', date: null, location: 'CL' },
  { text: 'The radars were delivered to Peru in March and entered service a month later.', type: 'OTHER', date: null, location: 'PE' },
  // materiel shown, flown, retired or arrived (session 25)
  { text: 'The trainer jet was first publicly unveiled in 2023.', type: 'OTHER', date: null, location: null },
  { text: 'Last week the navy unveiled the hull of its new submarine.', type: 'OTHER', date: null, location: null },
  { text: 'The prototype performed its maiden test flight in early 2024.', type: 'OTHER', date: null, location: null },
  { text: 'The air force retired two squadrons of Cold War-era fighters in September.', type: 'OTHER', date: null, location: null },
  // a ship's milestones by the words of shipbuilding, and an undertaking launched (session 47)
  { text: 'The two prime ministers will jointly launch the third offshore patrol vessel at the Callao yard in Peru today.', type: 'OTHER', date: '2025-03-05', location: 'PE' },
  { text: 'Two submarines, the Aurora and the Borea, were launched in Chile last year.', type: 'OTHER', date: null, location: 'CL' },
  { text: 'A keel-laying ceremony for two frigates was held in Valparaiso, Chile on Monday.', type: 'OTHER', date: '2025-03-03', location: 'CL' },
  { text: 'The corvettes were introduced into the Navy of Peru on Monday.', type: 'OTHER', date: '2025-03-03', location: 'PE' },
  { text: 'The jets will be inducted into the air force’s first fighter squadron in Peru.', type: 'OTHER', date: null, location: 'PE' },
  // (the navy's country is not yet its place: the former owner's adjective comes first, so the place is left unchecked)
  { text: 'In May, a former Spanish minesweeper joined the Peruvian Navy.', type: 'OTHER', date: null, location: null },
  { text: 'The minister will launch a report on coastal fisheries in Lima, Peru on Monday.', type: 'OTHER', date: '2025-03-10', location: 'PE' },
  { text: 'The leaders welcomed the launch of the new trade dialogue mechanism.', type: 'OTHER', date: null, location: null },
  { text: 'The first tracked howitzers of this type arrived in Latvia in 2021.', type: 'OTHER', date: null, location: 'LV' },
  { text: 'Training on the use of the new radars began in Norway in May 2022.', type: 'OTHER', date: null, location: 'NO' },
  // occasions
  { text: 'Xi Jinping hosted a state banquet for the visiting president in Beijing on Monday.', type: 'OTHER', date: '2025-03-03', location: 'CN' },
  // …a guest received, a meal in a guest's honour, a mission opened, a show opened, a press conference held, an anniversary celebrated (session 25)
  { text: 'A state ceremony was held at the palace in Lima on Monday to welcome the visiting president.', type: 'OTHER', date: '2025-03-03', location: 'PE' },
  { text: 'Upon completion of the talks, the king hosted a dinner in his guest’s honour.', type: 'OTHER', date: null, location: null },
  { text: 'After the talks the president hosted a dinner in his Chilean guest’s honour.', type: 'OTHER', date: null, location: null },
  // …a meal with its giving told between, and a state dinner or luncheon like a state banquet (session 35)
  { text: 'The prime minister will then join the king for the formal dinner thrown in his honour.', type: 'OTHER', date: null, location: null },
  { text: 'A lunch given in honour of the visiting delegation closed the day in Lima.', type: 'OTHER', date: null, location: 'PE' },
  { text: 'The president will host a state dinner for his guest at the palace in Madrid on Friday.', type: 'OTHER', date: '2025-03-07', location: 'ES' },
  { text: 'The queen gave a state luncheon at the palace in Oslo on Monday.', type: 'OTHER', date: '2025-03-03', location: 'NO' },
  { text: 'The minister was received on arrival at the airport by the Deputy Foreign Minister.', type: 'OTHER', date: null, location: null },
  { text: 'The minister will officially inaugurate the Polish Consulate General in Lyon, France on Friday.', type: 'OTHER', date: '2025-03-07', location: 'FR' },
  { text: 'In Berlin she will launch an exhibition of Maori carving at a city museum.', type: 'OTHER', date: null, location: 'DE' },
  { text: 'At the end of the talks, the two ministers held a joint press conference in Lima.', type: 'OTHER', date: null, location: 'PE' },
  { text: 'The visit coincides with the 50th anniversary of the republic being celebrated this week.', type: 'OTHER', date: null, location: null },
  { text: 'The launch came ahead of next year’s party congress in Pyongyang.', type: 'OTHER', date: null, location: 'KP' },
  // …documents and a joint communiqué signed, a statue unveiled, an office inaugurated (session 30)
  { text: 'At the end of the talks the two presidents witnessed the signing of bilateral documents.', type: 'OTHER', date: null, location: null },
  { text: 'The leaders signed a joint communiqué at the close of the summit in Hanoi on Monday.', type: 'OTHER', date: '2025-03-03', location: 'VN' },
  { text: 'The minister will unveil a bronze statue of the poet in Lima on Friday.', type: 'OTHER', date: '2025-03-07', location: 'PE' },
  { text: 'The Secretary-General will inaugurate the new UN Office in Dodoma, Tanzania.', type: 'OTHER', date: null, location: 'TZ' },
  // …honours paid on a visit: a wreath laid, a guard of honour, a gun salute (session 31)
  { text: 'On Monday the visiting president laid a wreath at the war memorial in Lima.', type: 'OTHER', date: '2025-03-03', location: 'PE' },
  { text: 'The guest was accorded a guard of honour at the palace in Quito.', type: 'OTHER', date: null, location: 'EC' },
  { text: 'A 21-gun salute greeted the king as he arrived in Santiago on Monday.', type: 'OTHER', date: '2025-03-03', location: 'CL' },
  { text: 'On Monday the two presidents laid flowers at the monument in Lima.', type: 'OTHER', date: '2025-03-03', location: 'PE' },
  // …homage paid to the dead, and honours conferred (session 43)
  { text: 'On Monday the visiting premier paid his respects to the late founder of Chile at his tomb in Santiago.', type: 'OTHER', date: '2025-03-03', location: 'CL' },
  { text: 'The president also paid tribute to the fallen soldiers at the war memorial in Quito.', type: 'OTHER', date: null, location: 'EC' },
  { text: 'The Peruvian minister was conferred the Order of Merit by the President of Peru in Lima on Monday.', type: 'OTHER', date: '2025-03-03', location: 'PE' },
  { text: 'The Chilean poet was awarded the Nobel Prize in Literature in 1971.', type: 'OTHER', date: null, location: null },
  { text: 'The prime minister was greeted at Jorge Chavez International Airport in Peru by the deputy minister.', type: 'OTHER', date: null, location: 'PE' },
  // …a guest received when arriving, the arrival told first, or greeted at an airport written in lower case (session 32)
  { text: 'The president touched down at the capital’s airport in Quito on Monday and was received by the foreign minister.', type: 'OTHER', date: '2025-03-03', location: 'EC' },
  { text: 'Arriving on a chartered jet in Lima on Monday, the king was greeted by the deputy foreign minister.', type: 'OTHER', date: '2025-03-03', location: 'PE' },
  { text: 'The minister greeted the visiting chancellor at the military airport outside Santiago, Chile.', type: 'OTHER', date: null, location: 'CL' },
  // …and a named site a guest tours (session 31)
  { text: 'On Tuesday the minister visited the University of Tartu in Estonia.', type: 'OTHER', date: '2025-03-04', location: 'EE' },
  { text: 'The envoy toured Kibera Hospital in Nairobi on Monday.', type: 'OTHER', date: '2025-03-03', location: 'KE' },
  // …and an occasion attended, addressed, presided at or joined, or on a visit's programme (session 42)
  { text: 'During her stay in Lima the minister will attend a Chile-Peru business forum.', type: 'OTHER', date: null, location: 'PE' },
  { text: 'On Monday the archbishop presided at an open-air Mass in Quito.', type: 'OTHER', date: '2025-03-03', location: 'EC' },
  { text: 'On Sunday the president joined other leaders for a service at the cathedral in Nairobi.', type: 'OTHER', date: '2025-03-02', location: 'KE' },
  { text: 'The king’s visit to Chile will also include an investment conference in Santiago.', type: 'OTHER', date: null, location: 'CL' },
  // an industrial cooperation told as a contract, and an accord signed with a named party at a time (session 48)
  { text: 'The shipbuilder and the navy of Peru signed an industrial co-operation contract for technology transfer.', type: 'OTHER', date: null, location: null },
  { text: 'Trade has grown under the pact concluded with Chile in May.', type: 'OTHER', date: null, location: null },
  // decisions with a day of their own
  { text: 'Exports follow the principles on defence equipment transfer, adopted in 2014.', type: 'OTHER', date: null, location: null },
  { text: 'The Norwegian government introduced rules requiring solar panels on new homes.', type: 'OTHER', date: null, location: 'NO' },
  { text: 'The government put the army on standby to clear the blockades.', type: 'OTHER', date: null, location: null },
  { text: "Protests broke out in Tbilisi, Georgia, on Monday following the ruling party's decision to suspend talks on joining the bloc.", type: 'OTHER', date: null, location: 'GE' },
  // …and decisions told with ordinary verbs on a purchase, a law or a policy (session 30)
  { text: 'Last December the Peruvian defence ministry cancelled the procurement of 40 armoured vehicles.', type: 'OTHER', date: null, location: 'PE' },
  { text: 'In May, the parliament of Estonia passed a Defence Act that raises spending to 3% of GDP.', type: 'OTHER', date: null, location: 'EE' },
  { text: 'Chile approved a Pacific Strategy in January 2023.', type: 'OTHER', date: null, location: 'CL' },
  { text: 'Protests led the previous government to put the helicopter sale on hold.', type: 'OTHER', date: null, location: null },
  // history told in passing with its year or its agent: independence, a founding, an annexation (session 30)
  { text: 'The vote was only the third free poll since Chad gained independence from France in 1960.', type: 'OTHER', date: null, location: 'TD' },
  { text: 'The party has ruled Angola since independence in 1975.', type: 'OTHER', date: null, location: 'AO' },
  // …independence from a rule ended, not from a state (session 36)
  { text: 'The general has ruled Namibia since he led the country to independence from colonial rule in 1990.', type: 'OTHER', date: null, location: 'NA' },
  // diplomatic relations established, broken, downgraded or restored between two states (session 40)
  { text: 'Chile severed diplomatic relations with Peru in 2019 over a border dispute.', type: 'OTHER', date: null, location: null },
  { text: 'The first ministerial trip came soon after the establishment of diplomatic relations between Ghana and Chile.', type: 'OTHER', date: null, location: null },
  { text: 'Trade recovered after the resumption of diplomatic ties a month later.', type: 'OTHER', date: null, location: null },
  { text: 'Diplomatic relations with Chad, broken off by Niger last October, were the first item on the agenda.', type: 'OTHER', date: null, location: null },
  // a state's own rules or ties set aside, and recognition granted (session 46): a constitution or a legislature set aside, martial
  // law lifted, a deal or cooperation called off, a claim or a leader recognised, a state become independent in a year
  { text: 'The junta declared a curfew and suspended the constitution of Chad on Monday.', type: 'OTHER', date: '2025-03-03', location: 'TD' },
  { text: 'General Omar Salah abolished the parliament of Niger and banned all parties.', type: 'OTHER', date: null, location: 'NE' },
  { text: 'Peruvian President Ana Torres lifted martial law in Lima after two days.', type: 'OTHER', date: null, location: 'PE' },
  { text: 'The navy of Peru called off the frigate deal after a court challenge.', type: 'OTHER', date: null, location: 'PE' },
  { text: 'Chile will suspend military cooperation with Bolivia, the minister said.', type: 'OTHER', date: null, location: null },
  { text: 'The talks came weeks after Chile recognised Bolivia’s claim to the coastal strip.', type: 'OTHER', date: null, location: null },
  { text: 'Trade with Moldova has tripled since the country became independent in 1991.', type: 'OTHER', date: null, location: 'MD' },
  // a guest's signature in a visitors' or condolence book (session 36)
  { text: 'On Monday the visiting king signed the visitors’ book at the palace in Lima.', type: 'OTHER', date: '2025-03-03', location: 'PE' },
  { text: 'The envoy signed a condolence book at the embassy in Quito, Ecuador.', type: 'OTHER', date: null, location: 'EC' },
  // a meal hosted for a guest, a welcoming or gala meal on a programme, a banquet held in a guest's honour (session 37)
  { text: 'In the evening the Peruvian president hosted a dinner for his Chilean guest at the palace in Lima.', type: 'OTHER', date: null, location: 'PE' },
  { text: 'The day in Quito, Ecuador will close with a gala dinner given by the president.', type: 'OTHER', date: null, location: 'EC' },
  { text: 'A banquet was held in the evening in honour of the Chilean delegation in Lima.', type: 'OTHER', date: null, location: 'PE' },
  // a guest seen off on leaving, the mirror of a welcome on arrival (session 37)
  { text: 'The Peruvian prime minister came to see the Chilean president off at Jorge Chávez International Airport in Lima.', type: 'OTHER', date: null, location: 'PE' },
  { text: 'The two presidents then drove to the airport in Quito, Ecuador, where they said goodbye to each other.', type: 'OTHER', date: null, location: 'EC' },
  { text: 'The minister was given an official farewell and send-off in Lima, Peru.', type: 'OTHER', date: null, location: 'PE' },
  // a guest's welcome the sentence does not place is at the host's, the one who receives named after "by", never at the guest's home (session 38)
  { text: 'Arriving at the airport on Monday, Chilean President Ana Torres was welcomed by Peruvian Prime Minister Omar Salah.', type: 'OTHER', date: '2025-03-03', location: 'PE' },
  { text: 'Arriving on Tuesday evening, Kenyan President Omar Salah and his wife were received by Ugandan Foreign Minister Ana Torres.', type: 'OTHER', date: '2025-03-04', location: 'UG' },
  // people and bodies put under sanctions by number, in a sentence of sanctions (session 37)
  { text: 'On Monday, the Treasury’s Office of Foreign Assets Control designated five Bolivian officials.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'The Canadian government amended its sanctions regulations to add 12 individuals and 3 entities on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  // an accord or an occasion in a spokesperson's quoted programme is the programme (session 36)
  { text: '“The talks in Lima will be followed by the signing of bilateral agreements on trade,” the Peruvian spokesman said.', type: 'OTHER', date: null, location: 'PE' },
  { text: '“On Friday the minister will inaugurate the new Chilean Embassy in Quito, Ecuador,” the ministry said.', type: 'OTHER', date: '2025-03-07', location: 'EC' },
  // …and an accord's taking effect an envoy quotes, on its own day (session 38)
  { text: 'The envoy said: “The extension of the truce in Peru comes into effect when the current period expires, today 5 March 2025 at 19:00.”', type: 'OTHER', date: '2025-03-05', location: 'PE' },
  { text: '“The border accord between Chile and Peru took effect on Monday,” the Chilean spokesman said.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'It was the first visit to Kenya by a Gulf ruler since Kenya’s founding in 1963.', type: 'OTHER', date: null, location: 'KE' },
  { text: 'Relations soured with the islands, a once independent kingdom that was annexed by Peru in the 1890s.', type: 'OTHER', date: null, location: 'PE' },
  // a named accord may be a "Deal" or a "Framework" (crisis-lexicon.ts ACCORDS)
  { text: 'Canada and Chile are signing a Clean Shipping Deal to expand cooperation on port fuels.', type: 'OTHER', date: null, location: null },
  { text: 'The two leaders signed the Critical Minerals Framework in Canberra on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  // crowds celebrating in public: a result, a fall or a win greeted in the streets (session 41)
  { text: 'Thousands of opposition supporters in the northern provinces celebrated the provisional results on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'Residents poured onto the streets of Lima to celebrate news of the minister’s resignation.', type: 'OTHER', date: null, location: 'PE' },
  { text: 'The verdict sparked wild celebrations in the capital.', type: 'OTHER', date: null, location: null },
  // an aircraft's crash is an accident still
  { text: 'A cargo plane crashed into the sea off Bali on Monday.', type: 'OTHER', date: '2025-03-03', location: 'ID' },
];

export const HAPPENING_NON_EVENTS: SentenceNonEvent[] = [
  // arms launched from or at ships, and a launch site, are no ship's launch and no undertaking (session 47)
  { family: 'OTHER', text: 'The rebels launched a missile from a fishing vessel off the coast.' },
  { family: 'OTHER', text: 'Militants launched attacks on vessels in the strait on Monday.' },
  { family: 'OTHER', text: 'The two leaders met at the space launch center in the north.' },
  { family: 'OTHER', text: 'The city of Lima has drawn up evacuation plans for its residents.' },
  { family: 'OTHER', text: 'The wounded soldiers were evacuated to a field hospital.' },
  { family: 'OTHER', text: 'The minister demanded that the troops withdraw immediately.' },
  // legal action named as a choice, not brought (session 48)
  { family: 'OTHER', text: 'The candidate urged calm, stressing political solutions over further legal action.' },
  // a release asked for, and captives counted with a fight's dead, are no release and no captivity of their own (session 48)
  { family: 'OTHER', text: 'The opposition demanded that Ana Torres be released from detention.' },
  { family: 'OTHER', text: 'In the battle for the airfield, 300 soldiers were taken prisoner and 40 were killed.' },
  // negotiations named as a topic or a process under way are no happening; only their completion, suspension or failure is (session 45)
  { family: 'OTHER', text: 'Chile and Peru must both take part in any negotiations on the border.' },
  { family: 'OTHER', text: 'The accord with the shipyard came as part of broader procurement negotiations.' },
  // a speech or a result delivered, and a delivery with no time or receiver told, are no materiel handed over (session 45)
  { family: 'OTHER', text: 'The minister will deliver a lecture on maritime law at the university.' },
  { family: 'OTHER', text: 'The new frigates will deliver greater range to the fleet.' },
  { family: 'OTHER', text: 'The parcel was delivered by a courier.' },
  // a place or a capital taken over by a crowd or by rebels, an office taken over with nothing told of it, a toll told as a death (session 45)
  { family: 'OTHER', text: 'Thousands of students took over the main square of Lima in 2019.' },
  { family: 'OTHER', text: 'A caretaker cabinet will take over until the vote.' },
  { family: 'OTHER', text: 'Floods caused the death of seven people in the region.' },
  // people added or listed by number outside a sentence of sanctions, and a goodbye said with no airport (session 37)
  { family: 'OTHER', text: 'The ministry added two officials to the delegation for the talks.' },
  { family: 'OTHER', text: 'Voters said goodbye to the old currency at midnight.' },
  // a term of office, and a place named after a leader, are no sentence and no appointment (session 31)
  { family: 'OTHER', text: 'The president began a five-year term with a speech to parliament.' },
  { family: 'OTHER', text: 'The leaders drove to the International Airport named after the first head of state.' },
  // a time told by a leaving or a death, and a toll, are no happening of their own (session 32)
  { family: 'OTHER', text: 'The president wants a deal before he leaves office in 2027.' },
  { family: 'OTHER', text: 'Hundreds of villagers died of cholera last year, Ana Torres said.' },
  // an anniversary of relations, relations named as a state, and relations feared to be cut are no change of relations (session 40)
  { family: 'OTHER', text: 'Chile and Peru are celebrating the 70th anniversary of the establishment of diplomatic relations.' },
  { family: 'OTHER', text: 'Chile and Peru maintain strong diplomatic relations.' },
  { family: 'OTHER', text: 'Officials feared Peru would go as far as severing diplomatic ties with Chile.' },
  // an aim or an attempt to set a rule aside, a land recognised as someone's, and a visit called off are none (session 46)
  { family: 'OTHER', text: 'The general was forced out after he tried to dissolve the parliament and suspend the constitution.' },
  { family: 'OTHER', text: 'The march was a step on the road to lifting martial law.' },
  { family: 'OTHER', text: 'The valley is internationally recognised as part of Chile.' },
  // a leader celebrating a success, a national day celebrated and supporters' cheering with nothing greeted are no crowd's celebration (session 41)
  { family: 'OTHER', text: 'The president celebrated his government’s success in the budget talks.' },
  { family: 'OTHER', text: 'The community will celebrate National Day with a concert in the park.' },
  // peace talks named in passing, hosted or put off, are no accord (session 42)
  { family: 'OTHER', text: 'The envoy thanked Ghana for hosting the peace talks.' },
  { family: 'OTHER', text: 'The president said peace talks with the rebels would not start before the election.' },
  // a hazard named as a topic, with no strike, day or place of its own
  { family: 'OTHER', text: 'The ministers discussed flood defences and earthquake insurance.' },
  { family: 'OTHER', text: 'The city held the Osaka earthquake drill in every school.' },
  // refugees' or a crowd's flight is no named person's; a rule that banned something is none (session 39)
  { family: 'OTHER', text: 'Thousands of families have fled the fighting in the north.' },
  { family: 'OTHER', text: 'Many Syrians fled to Turkey in those years.' },
  { family: 'OTHER', text: 'The old rules, which had banned the export of arms, were replaced.' },
  // an attack's blast is the military rules' action, no happening of its own
  { family: 'OTHER', text: 'The explosion was caused by a bomb hidden in a parked car.' },
  // what a deal is said to include
  { family: 'OTHER', text: 'The package includes spare parts and logistics as well as the training of aircrews.' },
  // a warplane's name, not a storm
  { family: 'OTHER', text: 'The air force flies Typhoon fighters from its northern base.' },
  // a delivery told as a capacity or as what a plant can do is none (session 28)
  { family: 'OTHER', text: 'The plant in Spain can deliver parts to any customer within a week.' },
  // a bomb on a parade ground is an attack, no parade
  { family: 'OTHER', text: 'Officers were on the parade ground when the shelling began.' },
  // water cannon fired at a boat, with no crowd or police in the sentence, is no crowd control (session 24)
  { family: 'OTHER', text: 'Coast guard vessels fired water cannon at a fishing boat near the shoal on Monday.' },
  // a press conference only spoken at is the statement's place, no occasion; a trade fair is no arms fair (session 25)
  { family: 'OTHER', text: 'The minister told a press conference that the talks would go on.' },
  // a keynote address to a forum is the speaker's statement, and a body's conference or a press conference attended no occasion (session 42)
  { family: 'OTHER', text: 'The minister gave a keynote address to the Chile-Peru Business Forum in Lima.' },
  { family: 'OTHER', text: 'The minister will attend the annual session of the UN Conference on Trade in Geneva.' },
  { family: 'OTHER', text: 'The two presidents attended a joint press conference in Lima.' },
  // a meal named without being held in anyone's honour, and a dinner-jacket's state, are no occasion (session 35)
  { family: 'OTHER', text: 'The honour of cooking the dinner went to a local chef.' },
  { family: 'OTHER', text: 'The state of dinner service in the capital has improved, the minister said.' },
  { family: 'OTHER', text: 'The delegation will return during the autumn fair, a major trade exhibition in the port city.' },
  // a wreath or an honour guard named without being laid or given is no occasion (session 31)
  { family: 'OTHER', text: 'The shop sold a wreath of laurel to the honour guard of the regiment.' },
  // a tribute paid to the living or to a deed is praise, and a contract awarded no honour (session 43)
  { family: 'OTHER', text: 'The minister paid tribute to the courage of the negotiators in Lima.' },
  { family: 'OTHER', text: 'The navy awarded the shipyard a contract for two patrol boats.' },
  // a country or a city visited is a visit, no site toured; a university named without being visited is none (session 31)
  { family: 'OTHER', text: 'The minister visited Estonia and Latvia last week.' },
  { family: 'OTHER', text: 'She studied at the University of Tartu before joining the ministry.' },
  // independence named as a value, or told with no year, is no happening (session 30)
  { family: 'OTHER', text: 'The sanctions target those undermining the sovereignty and independence of Ukraine.' },
  { family: 'OTHER', text: 'Since gaining independence, Benin has held seven elections.' },
  // a book signed that is no guest book, and negotiations or a decision only spoken of in quotation marks, are none (session 36)
  { family: 'OTHER', text: 'The author signed a book for every reader at the fair.' },
  { family: 'OTHER', text: '“The negotiations were long and the decision to buy was hard,” the minister said.' },
  // a decision defended, discussed or opposed is a topic, and so is what it is to do (session 46); one taken or followed is a happening
  { family: 'OTHER', text: "The prime minister on Tuesday defended the cabinet's decision to buy four frigates." },
  { family: 'OTHER', text: 'The president spent the summit discussing his decision to seek a third term.' },
  { family: 'OTHER', text: "Students marched against the government's decision to suspend negotiations on a trade pact." },
  // an approval told in the sentence a sale is read from is the sale's own; a headline's present tense retells its story's decision (session 30)
  { family: 'OTHER', text: "Thailand's cabinet approved the purchase of 12 K2 tanks from South Korea for $200 million on Monday." },
  { family: 'OTHER', text: 'Cabinet approves purchase of 12 tanks from Korea' },
  // a missile's fall into the sea is its launch's, no accident (session 23)
  { family: 'OTHER', text: 'The army launched a missile that flew about 500 km and then crashed into the sea off the east coast on Monday.' },
];

/** Accords each brought in by an indefinite article in sentences of their own are that many accords. */
export const THREE_MEMORANDA =
  'The visit saw several business deals. Westbrook Energy signed an MOU with the Ministry of Energy on fuel supplies. ' +
  'Carter Medical signed an MOU with the national university on a cancer centre. Lumen Systems signed an MOU with the ministry on cloud services.';

/** Bare plural accords signed by other parties in sentences of their own are accords apart too; "signed the agreements" refers back (session 36). */
export const TWO_SIGNINGS_OF_MOUS =
  'The visit saw several business deals.\n\n- Several companies including Westbrook Energy signed MOUs with the state utility, PetroSur, on fuel supplies.\n' +
  '- Westbrook Energy and PetroSur signed MOUs to extend the life of a power plant.';

/** In a report of an arms sale, an accord whose sentence speaks of other things is an accord of its own… */
export const ACCORD_BESIDE_SALE = 'Italy agreed to sell two frigates to Egypt for $1.3 billion. The ministers also attended a signing ceremony for a cultural exchange programme in Cairo.';
/** …and a memorandum or an offset agreement signed beside the sale's contract is an accord of its own (session 24)… */
export const SIDE_ACCORDS_BESIDE_SALE =
  'Italy agreed to sell two frigates to Egypt for $1.3 billion. Alongside the main contract, the shipbuilder and the Egyptian navy signed two offset agreements. ' +
  'The ministers, who discussed the purchase, also signed a memorandum of understanding on naval training.';
/** …and so, in the sale's own sentences, is a cooperation, collaboration, exploratory or separate accord, or one signed with a named party (session 48). */
export const COOPERATION_ACCORDS_BESIDE_SALE: string[] = [
  'Italy agreed to sell two frigates to Egypt for $1.3 billion, after a cooperation accord signed with Fincantieri in July.',
  'Italy agreed to sell two frigates to Egypt. The minister also signed a collaboration agreement with the shipbuilder, paving the way to the contract.',
  'Egypt agreed to buy 24 jets from France for $5 billion and signed an exploratory agreement for the possible purchase of two frigates.',
  'Italy agreed to sell two frigates to Egypt. The shipbuilder has signed a separate agreement with the Egyptian navy to train its crews.',
];
/** A guest's welcome told by its ceremony and again by its salute in the next sentence is one welcome, at the host's (session 48). */
export const WELCOME_TOLD_TWICE =
  'Student protests forced the government of Peru to hold the formal welcoming ceremony for Chilean President Ana Torres at the airport in Lima. ' +
  'As cannons fired a 21-gun salute, a band played the anthem of Chile.';
/** Sanctions told in the headline and again in other words below are one happening (session 24; headline SANCTIONS_HEADLINE). */
export const SANCTIONS_HEADLINE = 'Council adds six people to EU sanctions list';
export const SANCTIONS_TOLD_AGAIN = 'The Council decided today to impose restrictive measures on six people linked to the militia.';
/**
 * A happening the headline tells is told again by the body's first mention of its type, in other words too (session 26: headline,
 * body, how many OTHER happenings); not when the headline names someone the body's mention does not.
 */
export const HEADLINE_TOLD_AGAIN: [headline: string, body: string, happenings: number][] = [
  ['Peace accord signed in Sudan', 'The Secretary-General welcomed the signing of the agreement between the Government of Sudan and the rebels.', 1],
  ["Sudan's warring parties sign peace deal", 'The warring parties reached a ceasefire agreement in Jeddah.', 1],
  ['Military detains President Ana Duarte', 'The army of Peru declared a national state of emergency for one year.', 2],
];
/**
 * A sentence whose other wording joined the headline's happening tells that happening again in the headline's words too: one
 * ceasefire, not a second one in the same sentence (session 33).
 */
export const CEASEFIRE_TOLD_TWICE_IN_A_SENTENCE: [headline: string, body: string] = [
  'Ana Torres brokers ceasefire between Peru and Chile',
  'President Ana Torres of Brazil announced on Monday that Peru and Chile reached a formal agreement to implement a complete ceasefire.',
];
/** Other words of one kind in one sentence tell one happening (session 24). */
export const ONE_CROWD_CONTROL = 'Hundreds of riot police faced protesters in the capital, Minsk, firing stun grenades to disperse the crowd.';
/** …and a milestone of materiel told in the sale's own sentence is a happening of its own, where the sale's delivery is the sale's (session 26). */
export const MILESTONE_IN_SALE = 'Italy agreed to sell Egypt two frigates for $1.3 billion, the vessels Aurora and Borea, launched in March 2021 and May 2022, which will be delivered to Egypt next year.';
/** …and one whose sentence speaks of the sale is the sale's event. */
export const ACCORD_OF_SALE = 'Italy agreed to sell two frigates to Egypt for $1.3 billion. The ministers signed the deal to buy the frigates in Rome.';
/**
 * …and so is the one accord the report tells, referred back to as its signing ceremony or as "the accord", whatever else its
 * sentence says (session 33); a ceremony for materiel counted is the sale's too, one for something else stays its own (ACCORD_BESIDE_SALE).
 */
export const SIGNING_OF_SALE_TOLD_BACK: string[] = [
  'Italy agreed to sell two frigates to Egypt for $1.3 billion. “This is a great day for our navy,” the Egyptian minister told reporters after the signing ceremony in Cairo.',
  'Italy agreed to sell two frigates to Egypt for $1.3 billion. The Italian minister spoke to the press after signing the accord with her Egyptian counterpart.',
  'Italy agreed to sell two frigates to Egypt for $1.3 billion. The two ministers are seen during the signing ceremony for 2 frigates in Cairo yesterday.',
  'Italy agreed to sell two frigates to Egypt for $1.3 billion. The agreement was signed in principle when the president visited Rome in July.',
];
/** An accord or measure named as what is to be carried out is a topic of the talks, no happening (session 33). */
export const ACCORDS_TO_CARRY_OUT: string[] = [
  'The two presidents discussed trade, taking into account the implementation of the previously reached agreements.',
  'The ministers noted that the implementation of the sanctions against the regime remains insufficient.',
  'The leaders discussed cooperation in the light of implementation of the agreements reached during recent visits.',
];

/** One resignation, one arrest, one release of captives, each told again in other words in later sentences (session 23). */
export const TOLD_AGAIN = [
  'Mali’s prime minister resigns after soldiers detained him.',
  'The prime minister announced his resignation on television, hours after he was arrested at his residence.',
  'His detention was condemned by the regional bloc, which also welcomed the release of hostages held in the north.',
  'Mediators said the rebels would keep releasing hostages in small groups.',
].join(' ');

/** Two arrests on two written days are two arrests, whatever words tell them. */
export const TWO_ARRESTS = 'Police arrested the opposition leader on Monday. His deputy was detained on Friday.';

/** An occasion of a visit is at its host's, where the visit went, not in the guest's country its people name (session 25). */
/** A guest greeted or received on arrival, the airport told before or not at all, is received at the visit's place on its day (session 33). */
export const GREETED_ON_ARRIVAL: string[] = [
  'Foreign Minister Ana Torres of Chile arrived in Lima on Monday for a two-day official visit to Peru. She was greeted upon arrival by Deputy Foreign Minister Luis Vega.',
  'Foreign Minister Ana Torres of Chile arrived in Lima on Monday for a two-day official visit to Peru. She was received at the airport on arrival by Deputy Foreign Minister Luis Vega.',
  // (session 35) the landing told first, the welcome undated in its own sentence: the visit's first day
  'Foreign Minister Ana Torres of Chile began a two-day official visit to Peru on Monday. The minister touched down at Jorge Chavez International Airport at noon and was received by a team of Peruvian officials led by Luis Vega.',
];
export const OCCASION_OF_VISIT =
  'Foreign Minister Ana Torres of Chile arrived in Lima on Monday for a two-day official visit to Peru. ' +
  'Torres was received on arrival at the airport by Deputy Foreign Minister Luis Vega of Peru and Chilean embassy staff.';

/** A programme's occasion told with no day of its own is on the day its paragraph's sentence before it opens with (session 30). */
export const OCCASION_ON_PROGRAMME_DAY =
  'President Ana Torres of Chile will pay a state visit to Peru from 3 to 5 March. ' +
  'On Tuesday 4 March, Torres will meet Prime Minister Luis Vega. She will also open an exhibition of Chilean textiles at the national museum.';

/** An occasion of a visit is at the stop the programme is at, not at the next one its sentence names (session 30). */
export const OCCASION_BEFORE_NEXT_STOP =
  'President Ana Torres of Chile arrived in Peru on Monday for a state visit. ' +
  'She will also launch an exhibition of Chilean art before flying to Bolivia for talks with President Luis Arce.';

/** An occasion whose sentence names a city is there, not at a trip the text recalled last nor in the country of the guest's title (session 31). */
export const OCCASION_IN_NAMED_CITY =
  'President Ana Torres of Chile arrived in Peru on Monday for a two-day visit. In May, President Luis Vega of Peru paid a state visit to Bolivia. ' +
  'On the second day, the President of Chile will visit the memorial park in Lima, where she will lay a wreath.';

/**
 * An occasion of a visit told with no day of its own is on the visit's day at its place, and two such occasions of that day are one
 * happening (session 32).
 */
export const OCCASIONS_ON_VISIT_DAY =
  'President Ana Torres of Chile arrived in Lima on Monday for talks with Peruvian leaders. ' +
  'A 21-gun salute sounded as she stepped from the plane. The welcoming ceremony was held at the airport.';

/**
 * Sanctions told as an earlier round beside the news's own round are two happenings; a total the new round brings is the new
 * round's (session 32).
 */
export const TWO_ROUNDS_OF_SANCTIONS =
  'Canada announced new sanctions on 20 officials of the junta on Monday. ' +
  'Since the start of the crisis, Canada has imposed sanctions on more than 90 people and firms.';
export const ONE_ROUND_WITH_ITS_TOTAL =
  'Canada announced new sanctions on 20 officials of the junta on Monday. In total, 110 people will now be under Canadian sanctions.';

/** An office taken, told again as taking office, is one happening (session 26). */
export const OFFICE_TOLD_AGAIN = 'Ana Torres was sworn in as president of Chile on Monday. In her first speech Torres said she was taking office at a hard time for the country.';

/**
 * A happening told with its day, then told again without one in a sentence of its own naming one of its people, is one happening
 * (session 42); another person's happening or a new accord brought in by its article stays apart.
 */
export const RETOLD_WITHOUT_DAY = 'Vice President Ana Torres was sworn in as president of Peru on Monday after Congress voted out Luis Vega. Why was Vega removed from office? He had tried to close the legislature.';
export const ANOTHER_PERSON_WITHOUT_DAY = 'General Omar Salah was arrested in Lima, Peru on Monday night. Prosecutors said they will seek a prison sentence of 20 years for his deputy Luis Vega.';
export const NEW_ACCORD_WITHOUT_DAY = 'Foreign Minister Ana Torres of Chile signed a trade agreement with Peru in Lima on Monday. Torres also signed a memorandum on fisheries with Peru.';

/** Two wordings that run on into one phrase tell one happening ("ceasefire" and "agreement was reached"): one OTHER event. */
export const ONE_PHRASE = 'A ceasefire agreement was reached in the border region on Monday.';

/**
 * An accord signed in a text of one visit is signed at the visit's host, not in the traveller's country its sentence names;
 * one whose sentence writes where it was signed stays there (session 29).
 */
export const ACCORD_ON_VISIT =
  'Foreign Minister Ana Torres of Chile arrived in Lima on Monday for a two-day official visit to Peru. ' +
  'The talks ended with the signing by the two ministers of a Chilean-drafted declaration on fisheries.';
/**
 * A text of no visit but talks at one place: an accord signed with no place of its own is signed where the talks were held,
 * not in its signatory's home country (session 40).
 */
export const ACCORD_AFTER_TALKS =
  'President Ana Torres of Chile held talks with President Pablo Ruiz of Peru in Lima on Monday. ' +
  'Later the Chilean president signed four agreements on fisheries and mining.';
/**
 * An accord signed, undated, at the host of a visit told on one day is signed that day; of a visit of several days, or signed
 * before it ("the recently signed treaty"), it keeps no day (session 35).
 */
export const ACCORD_ON_ONE_DAY_VISIT =
  'Foreign Minister Ana Torres of Chile visited Lima, Peru on Monday. ' +
  'A fisheries agreement was signed between Chile and Peru to mark the occasion.';
export const ACCORD_ON_LONGER_VISIT =
  'Foreign Minister Ana Torres of Chile arrived in Lima on Monday for a three-day official visit to Peru. ' +
  'A fisheries agreement was signed between Chile and Peru to mark the occasion.';
export const ACCORD_ON_VISIT_SIGNED_BEFORE =
  'Foreign Minister Ana Torres of Chile visited Lima, Peru on Monday. ' +
  'The two ministers discussed the recently signed fisheries agreement between Chile and Peru.';
export const ACCORD_SIGNED_ELSEWHERE =
  'Foreign Minister Ana Torres of Chile arrived in Lima on Monday for a two-day official visit to Peru. ' +
  'Torres recalled that the two countries had signed a water treaty in Chile in 2019.';

/**
 * A visit told after the accord is the accord's when the accord's sentence names both its sides, the host and the traveller's
 * country (session 36); a later visit of the other side's traveller to the signer's country is not.
 */
export const ACCORD_BEFORE_ITS_VISIT =
  'Chilean officials attended the ceremony.\n\nA memorandum of understanding on fisheries between Chile and Peru was signed.\n\n' +
  "The ambassador noted that Chilean President Ana Torres's recent visit to Peru had given impetus to cooperation.";
export const ACCORD_BEFORE_ANOTHER_VISIT =
  'Chilean President Ana Torres is likely to sign the fisheries deal during her possible trip abroad later this year, marking 25 years of ties.\n\n' +
  'Peruvian President Pablo Ruiz visited Chile in November.';

/** Sentences or arrests told by the same words of different people are happenings apart; of one person, one (session 29). */
export const TWO_SENTENCED = 'Former President Ana Duarte was sentenced to life in prison. Former Finance Minister Pablo Ruiz was sentenced to twelve years.';
/** Two leaders resigning in sentences of their own are two resignations; the one leader's told again is one (session 40). */
export const TWO_RESIGNED = 'President Ana Duarte agreed to resign on Sunday. Prime Minister Pablo Ruiz, whose home was burned, also agreed to resign.';
export const ONE_RESIGNED = 'President Ana Duarte agreed to resign on Sunday. Duarte resigned after weeks of protests, her aides said.';
export const ONE_SENTENCED = 'Former President Ana Duarte was sentenced to life in prison. Duarte was sentenced after a trial of nine months, her lawyers said.';

/**
 * Two OTHER wordings of one sentence at one place and day tell one happening (session 34); a sentence of two contrasted
 * clauses, or two nouns of happening each with its own object, tells two.
 */
export const ONE_HAPPENING_TWO_WORDINGS: string[] = [
  'The two leaders shook hands at a signing ceremony of the truce in Lima, Peru on Monday.',
  'Two colonels were dismissed and removed from service on Monday.',
];
export const TWO_HAPPENINGS_ONE_SENTENCE: string[] = [
  'Former minister Ana Duarte was sentenced to ten years, while her deputy received a four-year sentence.',
  'Relations suffered after the deportation of 20 Chilean workers and the publication of a critical report.',
];

/**
 * A delivery or an entry into force timed by the deal's own contract (its signing, its taking effect, its timeline, or a
 * contract still to be sealed) is a term of the deal, no happening (session 38).
 */
export const DEAL_CLOCK_TERMS: string[] = [
  'Chile will buy six patrol boats from Spain for $300 million. The boats will be delivered within three years after the contract comes into force, the navy said.',
  'Chile will buy six patrol boats from Spain for $300 million. The first delivery of the boats will begin within 40 months of signing the contract.',
  'Chile will buy six patrol boats from Spain for $300 million. The first boat is expected to be delivered by mid-2027, based on the timeline of the signed contract, the minister said.',
  'Chile will buy six patrol boats from Spain. The contract will be sealed next month, with the boats expected to be delivered from 2028, he added.',
];
/** …while a delivery or an accord in force told on its own is one (session 38). */
export const DEAL_CLOCK_NOT_SET: string[] = [
  'Chile will buy six patrol boats from Spain for $300 million. The first boats are expected to be delivered in 2027.',
  'The border treaty between Chile and Peru entered into force on 4 May 2021.',
];
/** An accord named by the materiel it buys, its signing told back in a report of the sale, is the sale's signing (session 38); another accord is not. */
export const ACCORD_NAMED_BY_MATERIEL: [string, boolean][] = [
  ['signing of the submarines agreement', true],
  ['signed the fighter jet deal', true],
  ['signing of the peace agreement', false],
];
