// Wire-style sentences written here (Reuters/AP/AFP reports, readouts, releases), one happening each,
// with the type, start date and place the extractor should give it; published Wednesday 2025-03-05.
export interface WireCase {
  text: string;
  type: string;
  date: string | null;
  location: string | null;
}

export const PUBLISHED = new Date('2025-03-05T12:00:00Z');

export const WIRE_CASES: WireCase[] = [
  // meetings, talks, calls (CAMEO 04)
  { text: 'President Emmanuel Macron held talks with German Chancellor Olaf Scholz in Paris on Tuesday.', type: 'MEETING', date: '2025-03-04', location: 'FR' },
  { text: 'Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in Tokyo on Monday.', type: 'MEETING', date: '2025-03-03', location: 'JP' },
  { text: 'Secretary of State Marco Rubio spoke by phone with Saudi Foreign Minister Faisal bin Farhan on Tuesday.', type: 'MEETING', date: '2025-03-04', location: null },
  { text: 'Chinese President Xi Jinping received visiting Brazilian President Luiz Inacio Lula da Silva in Beijing on Monday.', type: 'MEETING', date: '2025-03-03', location: 'CN' },
  { text: 'Turkish Foreign Minister Hakan Fidan met his Russian counterpart Sergei Lavrov in Ankara on March 3.', type: 'MEETING', date: '2025-03-03', location: 'TR' },
  { text: 'Indonesian President Prabowo Subianto held a phone call with Australian Prime Minister Anthony Albanese on Tuesday.', type: 'MEETING', date: '2025-03-04', location: null },
  { text: 'Defence Minister Richard Marles met with his Philippine counterpart Gilberto Teodoro in Manila on Tuesday to discuss maritime security.', type: 'MEETING', date: '2025-03-04', location: 'PH' },
  { text: 'The two leaders met on the sidelines of the conference in Munich on Feb. 14.', type: 'MEETING', date: '2025-02-14', location: 'DE' },
  { text: 'Polish Prime Minister Donald Tusk hosted Ukrainian President Volodymyr Zelenskiy in Warsaw on Monday.', type: 'MEETING', date: '2025-03-03', location: 'PL' },
  { text: 'King Abdullah received U.S. Secretary of Defense Pete Hegseth in Amman on March 2.', type: 'MEETING', date: '2025-03-02', location: 'JO' },
  { text: 'Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held bilateral talks in Nairobi on Tuesday.', type: 'MEETING', date: '2025-03-04', location: 'KE' },
  { text: 'Foreign ministers of Japan and South Korea met in Tokyo on Sunday, the ministry said.', type: 'MEETING', date: '2025-03-02', location: 'JP' },
  { text: 'Vietnamese Prime Minister Pham Minh Chinh had talks with Singaporean Prime Minister Lawrence Wong in Hanoi on Monday.', type: 'MEETING', date: '2025-03-03', location: 'VN' },
  { text: 'British Foreign Secretary David Lammy met Chinese Foreign Minister Wang Yi in Beijing on March 1.', type: 'MEETING', date: '2025-03-01', location: 'CN' },
  { text: 'President Joe Biden spoke with Israeli Prime Minister Benjamin Netanyahu by telephone on Monday.', type: 'MEETING', date: '2025-03-03', location: null },
  { text: 'Egyptian President Abdel Fattah al-Sisi welcomed Qatari Emir Sheikh Tamim bin Hamad Al Thani in Cairo on Tuesday.', type: 'MEETING', date: '2025-03-04', location: 'EG' },
  { text: 'Officials from Armenia and Azerbaijan held a round of talks in Geneva on Monday, Swiss diplomats said.', type: 'MEETING', date: '2025-03-03', location: 'CH' },
  { text: 'Russian and Ukrainian delegations met in Istanbul on March 4 for the first direct talks in three years.', type: 'MEETING', date: '2025-03-04', location: 'TR' },
  // visits and trips
  { text: 'Japanese Prime Minister Shigeru Ishiba arrived in Washington on Monday for his first visit since taking office.', type: 'DIPLOMATIC_VISIT', date: '2025-03-03', location: 'US' },
  { text: 'German Chancellor Olaf Scholz paid a state visit to India on March 3.', type: 'DIPLOMATIC_VISIT', date: '2025-03-03', location: 'IN' },
  { text: 'Indian Prime Minister Narendra Modi visited Kuwait on Sunday, the first visit by an Indian premier in 43 years.', type: 'DIPLOMATIC_VISIT', date: '2025-03-02', location: 'KW' },
  { text: 'French President Emmanuel Macron wrapped up a three-day visit to Morocco on Tuesday.', type: 'DIPLOMATIC_VISIT', date: null, location: 'MA' },
  { text: 'Australian Prime Minister Anthony Albanese landed in Beijing on Monday for a four-day official visit.', type: 'DIPLOMATIC_VISIT', date: '2025-03-03', location: 'CN' },
  { text: 'South African President Cyril Ramaphosa began a state visit to Nigeria on Tuesday.', type: 'DIPLOMATIC_VISIT', date: '2025-03-04', location: 'NG' },
  { text: 'U.S. Secretary of State Antony Blinken travelled to Cairo on Monday.', type: 'DIPLOMATIC_VISIT', date: '2025-03-03', location: 'EG' },
  { text: 'Brazilian President Luiz Inacio Lula da Silva is on a visit to Japan, where he met Emperor Naruhito on Tuesday.', type: 'DIPLOMATIC_VISIT', date: null, location: 'JP' },
  { text: 'Canadian Prime Minister Justin Trudeau made an unannounced visit to Kyiv on Monday.', type: 'DIPLOMATIC_VISIT', date: '2025-03-03', location: 'UA' },
  { text: 'Chinese Premier Li Qiang arrived in Canberra on Sunday for a three-day visit.', type: 'DIPLOMATIC_VISIT', date: '2025-03-02', location: 'AU' },
  { text: 'Italian Prime Minister Giorgia Meloni will travel to Tokyo on March 10, her office said.', type: 'DIPLOMATIC_VISIT', date: '2025-03-10', location: 'JP' },
  // summits
  { text: 'Leaders of the Group of Seven gathered in Kananaskis, Canada, on Monday for a summit dominated by trade.', type: 'SUMMIT', date: '2025-03-03', location: 'CA' },
  { text: 'Prime Minister Keir Starmer hosted a summit of European leaders in London on Sunday.', type: 'SUMMIT', date: '2025-03-02', location: 'GB' },
  { text: 'The African Union summit opened in Addis Ababa, Ethiopia, on Tuesday.', type: 'SUMMIT', date: '2025-03-04', location: 'ET' },
  { text: 'NATO leaders will hold a summit in The Hague on June 24.', type: 'SUMMIT', date: '2025-06-24', location: 'NL' },
  { text: 'Arab leaders met at an emergency summit in Cairo on Tuesday to discuss Gaza reconstruction.', type: 'SUMMIT', date: '2025-03-04', location: 'EG' },
  // statements and announcements
  { text: 'China\'s foreign ministry said in a statement on Tuesday that it firmly opposed the sanctions.', type: 'STATEMENT', date: '2025-03-04', location: 'CN' },
  { text: 'The Russian Defence Ministry said on Monday that its forces had captured the village.', type: 'STATEMENT', date: '2025-03-03', location: 'RU' },
  { text: 'Iran\'s foreign ministry spokesman Esmaeil Baghaei told reporters on Monday that talks were possible.', type: 'STATEMENT', date: '2025-03-03', location: 'IR' },
  { text: 'The White House announced on Tuesday that President Donald Trump would travel to Saudi Arabia in May.', type: 'ANNOUNCEMENT', date: '2025-03-04', location: 'US' },
  { text: 'Japan\'s government announced on Monday a new package of sanctions against Russia.', type: 'ANNOUNCEMENT', date: '2025-03-03', location: 'JP' },
  { text: 'The Kremlin said on Tuesday that Putin had no plans to meet Zelenskiy.', type: 'STATEMENT', date: '2025-03-04', location: 'RU' },
  { text: 'In a statement issued on Monday, the Indian foreign ministry condemned the attack.', type: 'STATEMENT', date: '2025-03-03', location: 'IN' },
  { text: 'The Israeli military said on Sunday it had killed a senior Hamas commander.', type: 'STATEMENT', date: '2025-03-02', location: 'IL' },
  { text: 'Ukrainian President Volodymyr Zelenskiy said in his nightly video address on Monday that the front was holding.', type: 'STATEMENT', date: '2025-03-03', location: 'UA' },
  { text: 'The Pentagon announced on Monday that it would send another aircraft carrier to the region.', type: 'ANNOUNCEMENT', date: '2025-03-03', location: 'US' },
  { text: 'South Korea\'s Joint Chiefs of Staff said on Tuesday that the North had fired artillery rounds.', type: 'STATEMENT', date: '2025-03-04', location: 'KR' },
  { text: 'German Defence Minister Boris Pistorius announced on Tuesday that Germany would station a brigade in Lithuania.', type: 'ANNOUNCEMENT', date: '2025-03-04', location: 'DE' },
  // funerals
  { text: 'World leaders attended the funeral of Pope Francis in Vatican City on Saturday.', type: 'FUNERAL', date: '2025-03-01', location: 'VA' },
  { text: 'Thousands of mourners attended the state funeral of former Prime Minister Shinzo Abe in Tokyo on Sept. 27, 2022.', type: 'FUNERAL', date: '2022-09-27', location: 'JP' },
  { text: 'Former President Jimmy Carter was laid to rest in Plains, Georgia, on Jan. 9, 2025, after a state funeral in Washington.', type: 'FUNERAL', date: '2025-01-09', location: 'US' },
  // impeachment and martial law
  { text: 'South Korea\'s parliament voted on Dec. 14, 2024, to impeach President Yoon Suk Yeol.', type: 'IMPEACHMENT', date: '2024-12-14', location: 'KR' },
  { text: 'Peru\'s Congress impeached President Pedro Castillo on Dec. 7, 2022.', type: 'IMPEACHMENT', date: '2022-12-07', location: 'PE' },
  { text: 'South Korean President Yoon Suk Yeol declared martial law on Dec. 3, 2024.', type: 'MARTIAL_LAW', date: '2024-12-03', location: 'KR' },
  { text: 'The Philippine president imposed martial law on Mindanao on May 23, 2017.', type: 'MARTIAL_LAW', date: '2017-05-23', location: 'PH' },
  // elections
  { text: 'The army took power in Thailand on Tuesday. The statement voiced support for upcoming elections.', type: 'ELECTION', date: null, location: 'TH' },
  { text: 'Germans voted in a snap federal election on Feb. 23.', type: 'ELECTION', date: '2025-02-23', location: 'DE' },
  { text: 'Ecuador\'s President Daniel Noboa won the election on Sunday, the electoral council said.', type: 'ELECTION', date: '2025-03-02', location: 'EC' },
  { text: 'Voters in Ghana went to the polls on Saturday to choose a new president.', type: 'ELECTION', date: '2025-03-01', location: 'GH' },
  { text: 'Namibia held presidential and parliamentary elections on Nov. 27, 2024.', type: 'ELECTION', date: '2024-11-27', location: 'NA' },
  { text: 'Sri Lankan President Anura Kumara Dissanayake was sworn in on Sept. 23, 2024, after winning the presidential vote.', type: 'ELECTION', date: null, location: 'LK' },
  { text: 'Romanians cast ballots on Sunday in a presidential runoff.', type: 'ELECTION', date: '2025-03-02', location: 'RO' },
  // protests
  { text: 'Two people were killed during protests in Yemen on Monday, witnesses said.', type: 'PROTEST', date: '2025-03-03', location: 'YE' },
  { text: 'Thousands marched in Belgrade on Saturday to protest against corruption.', type: 'PROTEST', date: '2025-03-01', location: 'RS' },
  { text: 'Tens of thousands of demonstrators gathered in Tbilisi on Sunday.', type: 'PROTEST', date: '2025-03-02', location: 'GE' },
  { text: 'Police fired tear gas at protesters in Nairobi on Tuesday.', type: 'PROTEST', date: '2025-03-04', location: 'KE' },
  { text: 'Hundreds of people rallied outside parliament in Bratislava on Monday.', type: 'PROTEST', date: '2025-03-03', location: 'SK' },
  { text: 'Students staged a sit-in at the university in Dhaka on Monday.', type: 'PROTEST', date: '2025-03-03', location: 'BD' },
  { text: 'Anti-government protests erupted in Istanbul on March 1 after the mayor was detained.', type: 'PROTEST', date: '2025-03-01', location: 'TR' },
  { text: 'Farmers blocked roads with tractors in Brussels on Monday in a protest over EU trade policy.', type: 'PROTEST', date: '2025-03-03', location: 'BE' },
  // military actions
  { text: 'Russia launched a massive missile and drone attack on Ukraine overnight on Sunday.', type: 'MILITARY_ACTION', date: '2025-03-02', location: 'UA' },
  { text: 'Israeli warplanes struck targets in southern Lebanon on Tuesday.', type: 'MILITARY_ACTION', date: '2025-03-04', location: 'LB' },
  { text: 'North Korea fired several short-range ballistic missiles into the sea on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'KP' },
  { text: 'Indian and Pakistani troops exchanged fire along the Line of Control in Kashmir on Sunday.', type: 'MILITARY_ACTION', date: '2025-03-02', location: null },
  { text: 'Sudan\'s army shelled positions of the Rapid Support Forces in Khartoum on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'SD' },
  { text: 'U.S. forces carried out airstrikes against Houthi targets in Yemen on Saturday.', type: 'MILITARY_ACTION', date: '2025-03-01', location: 'YE' },
  { text: 'Thai and Cambodian troops clashed on the border on Tuesday.', type: 'MILITARY_ACTION', date: '2025-03-04', location: null },
  { text: 'China began large-scale military drills around Taiwan on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'TW' },
  { text: 'Ukrainian drones hit an oil refinery in Russia on Tuesday.', type: 'MILITARY_ACTION', date: '2025-03-04', location: 'RU' },
  { text: 'Militants killed 12 soldiers in an ambush in northern Burkina Faso on Sunday.', type: 'MILITARY_ACTION', date: '2025-03-02', location: 'BF' },
  { text: 'Soldiers seized power in Niger on July 26, 2023, and detained President Mohamed Bazoum.', type: 'MILITARY_ACTION', date: '2023-07-26', location: 'NE' },
  { text: 'Pakistan carried out air strikes in Afghanistan on Tuesday, killing eight people.', type: 'MILITARY_ACTION', date: '2025-03-04', location: 'AF' },
  { text: 'Israel launched a ground operation in Gaza on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'PS' },
  { text: 'Iran fired ballistic missiles at Israel on Oct. 1, 2024.', type: 'MILITARY_ACTION', date: '2024-10-01', location: 'IL' },
  { text: 'A drone strike hit a convoy in Somalia on Monday, killing a senior al Shabaab leader.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'SO' },
  { text: 'The Philippine coast guard said Chinese vessels fired water cannon at its ship near Scarborough Shoal on Sunday.', type: 'MILITARY_ACTION', date: '2025-03-02', location: null },
  // datelines
  { text: 'SEOUL, March 3 (Reuters) - North Korea fired a ballistic missile off its east coast, South Korea\'s military said.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'KP' },
  { text: 'NAIROBI, March 4 (Reuters) - Thousands of protesters took to the streets on Tuesday.', type: 'PROTEST', date: '2025-03-04', location: 'KE' },
  { text: 'BEIJING (AP) — Chinese leader Xi Jinping met Vietnamese President Luong Cuong on Monday.', type: 'MEETING', date: '2025-03-03', location: 'CN' },
  { text: 'PARIS, March 4 (AFP) - French and British defence ministers met on Tuesday to discuss a peacekeeping force.', type: 'MEETING', date: '2025-03-04', location: 'FR' },
  { text: 'MANILA, March 2 (Reuters) - Thousands of Filipinos rallied on Sunday against corruption.', type: 'PROTEST', date: '2025-03-02', location: 'PH' },
  { text: 'KYIV, March 4 (Reuters) - Russia attacked Ukraine\'s energy grid with drones overnight, officials said on Tuesday.', type: 'MILITARY_ACTION', date: null, location: 'UA' },
  // other happenings: accords, ceasefires
  { text: 'Israel and Hamas agreed to a ceasefire on Jan. 15, 2025.', type: 'OTHER', date: '2025-01-15', location: null },
  { text: 'Armenia and Azerbaijan signed a peace agreement in Washington on Monday.', type: 'OTHER', date: '2025-03-03', location: 'US' },
  { text: 'The two countries signed a memorandum of understanding on defence cooperation in Seoul on Tuesday.', type: 'OTHER', date: '2025-03-04', location: 'KR' },
];
