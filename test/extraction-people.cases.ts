// Sentences in the styles of the corpus's genres (State Department readouts, UK/Australian/Japanese
// releases, Congressional Record letters, wire reports), written here for the name forms of issue 10's
// people round: each with the canonical names the extractor should give, read as a short document
// published on the given day (office holders are those of that day).
export interface PeopleCase {
  text: string;
  published: string;
  names: string[];
}

export const PEOPLE_CASES: PeopleCase[] = [
  // two given names, then a family name that is a word of the language, with no title before them
  { text: 'Omar Ben Bella spoke at the rally in Oran on Sunday.', published: '2024-06-01', names: ['Omar Ben Bella'] },
  // a nickname in brackets between a given name and a family name, after an office written in initials
  { text: 'CEO Marek (Maro) Zelinski said the plant would reopen in March.', published: '2024-06-01', names: ['Marek Zelinski'] },
  // a family name that is a verb after a Western given name, the given words no lexicon knows carrying the name on
  { text: 'Chairman David Tan Keng Hwee opened the new terminal on Monday.', published: '2024-06-01', names: ['David Tan Keng Hwee'] },
  // a formal name longer than the holder's canonical one is the holder; a comma before "Jr." is no part of the name
  { text: 'Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud chaired the cabinet session in Riyadh.', published: '2024-06-01', names: ['Mohammed bin Salman'] },
  { text: 'President Joseph R. Biden, Jr. hosted the summit at the White House.', published: '2024-06-01', names: ['Joe Biden'] },
  // a region's name before an office ("Kurdistan Region President") takes nothing from the holder named after it
  { text: 'Kurdistan Region President Nechirvan Barzani met the delegation in Erbil on Monday.', published: '2024-06-01', names: ['Nechirvan Barzani'] },
  // two written forms of one name that open one another are one person
  { text: 'Sheikh Khalid bin Saif Al Mansouri arrived on Monday. Khalid bin Saif said the talks went well.', published: '2024-06-01', names: ['Khalid bin Saif Al Mansouri'] },
  // one plural title before several full names
  { text: 'The Secretary met with Foreign Ministers Penny Wong of Australia and Winston Peters of New Zealand.', published: '2024-06-01', names: ['Penny Wong', 'Winston Peters'] },
  { text: 'Defence Ministers Tomasz Kowalczyk and Anna Lindqvist signed the letter of intent.', published: '2024-06-01', names: ['Tomasz Kowalczyk', 'Anna Lindqvist'] },
  // post-nominal letters after an Australian or British minister's name are no person
  { text: 'The dialogue was co-chaired by Minister for Defence the Hon Richard Marles MP and Senator the Hon Penny Wong.', published: '2024-06-01', names: ['Richard Marles', 'Penny Wong'] },
  // a holder's name used attributively: regime, cabinet, administration
  { text: 'We condemn the Assad regime’s use of chemical weapons against civilians.', published: '2023-06-01', names: ['Bashar al-Assad'] },
  { text: 'The Kishida Cabinet approved the new export guidelines.', published: '2024-06-01', names: ['Fumio Kishida'] },
  // a surname after its office, or (no title) a head of government's alone in a person's context, whose holder left office
  // long before the day: the one holder of that surname the list gives; a holder named in full keeps that name
  { text: 'A new biography revisits former President Eisenhower’s warning about the arms industry.', published: '2024-06-01', names: ['Dwight D. Eisenhower'] },
  { text: 'Sadat’s journey to Jerusalem opened the way to the peace talks.', published: '', names: ['Anwar Sadat'] },
  { text: 'George W. Bush spoke at the opening of the new library.', published: '2024-06-01', names: ['George W. Bush'] },
  // an undated text: the years its other names point to do not bound a later holder's surname; "as the leader" is a person's cue
  { text: 'Richard Nixon opened the door to Beijing, and years later Reagan said the trip had changed the Cold War.', published: '', names: ['Richard Nixon', 'Ronald Reagan'] },
  { text: 'The failed coup ended with Yeltsin as the leader of the new Russia.', published: '', names: ['Boris Yeltsin'] },
  // a plural title before surnames set off by commas, the list going on in lower case after "and"
  { text: 'The Secretary spoke with Presidents Ochieng, Mutasa and most recently the new Ghanaian leader.', published: '2024-06-01', names: ['Ochieng', 'Mutasa'] },
  // a family name of two words written as one later ("Abdel Rahman", "Abdelrahman")
  { text: 'Gen. Karim Ould Abdel Rahman took power on Monday. General Abdelrahman promised elections within a year.', published: '2024-06-01', names: ['Karim Ould Abdel Rahman'] },
  // a holder's surname no lexicon knows as a word names the holder without a title
  { text: 'Blinken and Wang Yi discussed the situation in the Taiwan Strait.', published: '2024-06-01', names: ['Wang Yi', 'Antony Blinken'] },
  { text: 'Talks between Yoon and Kishida focused on North Korea’s missile launches.', published: '2023-06-01', names: ['Yoon Suk Yeol', 'Fumio Kishida'] },
  // a family name in capitals after a portfolio ("… for Foreign Affairs MATSUMOTO Hisashi"), read given name first
  { text: 'Parliamentary Vice-Minister for Foreign Affairs MATSUMOTO Hisashi met with the delegation.', published: '2024-06-01', names: ['Hisashi Matsumoto'] },
  // family names in capitals in Japanese releases: Chinese (pinyin), Vietnamese and Korean names keep the family name first,
  // Japanese names are given name first; an office after the name is no person
  { text: 'Minister KAMIKAWA met with Mr. DING Xuexiang, Vice Premier of the State Council of China, and Mr. ZHAO Leji.', published: '2024-06-01', names: ['Ding Xuexiang', 'Zhao Leji'] },
  { text: 'Mr. ONO Keiko held a meeting with H.E. Mr. PHAM Minh Chinh, Prime Minister of Viet Nam.', published: '2024-06-01', names: ['Keiko Ono', 'Pham Minh Chinh'] },
  { text: 'Mr. SUZUKI Keisuke, Parliamentary Vice-Minister, met Mr. CHOI Byung-hyuk.', published: '2024-06-01', names: ['Keisuke Suzuki', 'Choi Byung-hyuk'] },
  // a family name that is also a compass point or a colour, after a given name
  { text: 'Minister for the Indo-Pacific Catherine West travelled to Jakarta on Monday.', published: '2024-06-01', names: ['Catherine West'] },
  { text: 'Embassy spokeswoman Emma Green said the talks would resume.', published: '2024-06-01', names: ['Emma Green'] },
  // names no lexicon knows, placed by their country, by "joined/led by", by a list, or by a family relation
  { text: 'Participants included Ayman Safadi of Jordan and Sameh Shoukry of Egypt.', published: '2024-06-01', names: ['Ayman Safadi', 'Sameh Shoukry'] },
  { text: 'The Secretary was joined by Ayman Safadi and Sameh Shoukry.', published: '2024-06-01', names: ['Ayman Safadi', 'Sameh Shoukry'] },
  { text: 'The delegation was led by Mirzo Abdulloev.', published: '2024-06-01', names: ['Mirzo Abdulloev'] },
  { text: 'The court convicted the former leader and his wife Bushra Bibi.', published: '2024-06-01', names: ['Bushra Bibi'] },
  // the object of a release, arrest, killing or sentence is someone
  { text: 'Protesters demanded the release of Nnamdi Kanu on Monday.', published: '2024-06-01', names: ['Nnamdi Kanu'] },
  { text: 'A drone strike killed Ayman al-Zawahiri in Kabul.', published: '2022-08-02', names: ['Ayman al-Zawahiri'] },
  // untitled names whose given names no lexicon knows, found from a person's context: a verb with a human subject,
  // a relation or fate "of" them, an allegiance, a passive agent, a possession, an age, an apposition headed by a person noun
  { text: 'Wanjiru Kamau-Otieno described the strike as an act of war.', published: '2024-06-01', names: ['Wanjiru Kamau-Otieno'] },
  { text: 'Oyungerel Tsedevdamba denounced the arrests as politically motivated.', published: '2024-06-01', names: ['Oyungerel Tsedevdamba'] },
  { text: 'Supporters of Tendai Mukwevho clashed with police in the capital.', published: '2024-06-01', names: ['Tendai Mukwevho'] },
  { text: 'Demonstrators called for the resignation of Emeka Nwachukwu-Obi.', published: '2024-06-01', names: ['Emeka Nwachukwu-Obi'] },
  { text: 'Forces loyal to Idriss Mahamat Kaka attacked the town.', published: '2024-06-01', names: ['Idriss Mahamat Kaka'] },
  { text: 'Thousands rallied for Nasrin Ghorbani in front of the court.', published: '2024-06-01', names: ['Nasrin Ghorbani'] },
  { text: 'He was replaced by Radoslav Petkov-Dimov on Monday.', published: '2024-06-01', names: ['Radoslav Petkov-Dimov'] },
  { text: 'The runoff was won by Arnoldo Quispe Huanca, a former mayor of El Alto.', published: '2024-06-01', names: ['Arnoldo Quispe Huanca'] },
  { text: 'Olusegun Badmus’s party won 112 of the 240 seats.', published: '2024-06-01', names: ['Olusegun Badmus'] },
  { text: 'Lindiwe Mokoena’s death sparked protests across the country.', published: '2024-06-01', names: ['Lindiwe Mokoena'] },
  { text: 'Zhanna Kovalchuk, 54, was sentenced to six years in prison.', published: '2024-06-01', names: ['Zhanna Kovalchuk'] },
  { text: 'Tshilidzi Marwala, the rector of the university, welcomed the decision.', published: '2024-06-01', names: ['Tshilidzi Marwala'] },
  // a full name with no cue of its own, and its surname used later with an honorific or a speech verb: one person, the full name
  { text: 'Talks were held with Aigerim Bekova. Bekova told reporters that the talks had gone well.', published: '2024-06-01', names: ['Aigerim Bekova'] },
  { text: 'The delegation included Daniyar Sadykov. Mr. Sadykov thanked the hosts.', published: '2024-06-01', names: ['Daniyar Sadykov'] },
  // what is done only to people, in the passive; a Korean name's family name whatever it means as a word
  { text: 'Tsvetana Dimitrova-Kirova was arrested at the border on Monday.', published: '2024-06-01', names: ['Tsvetana Dimitrova-Kirova'] },
  { text: 'Oh Se-jin was detained on Monday, and Ri Chol-ho was sentenced in absentia.', published: '2024-06-01', names: ['Oh Se-jin', 'Ri Chol-ho'] },
  { text: 'Park Geun-hye was impeached by parliament.', published: '2016-12-10', names: ['Park Geun-hye'] },
  // an item of a list whose other item is someone's name
  { text: 'Aigerim Bekova and Daniyar Sadykov were detained. Bekova said she would appeal.', published: '2024-06-01', names: ['Aigerim Bekova', 'Daniyar Sadykov'] },
  // given names that are words or cities, in a person's context
  { text: 'Opposition figure Hope Mwangi was detained overnight, her lawyer said.', published: '2024-06-01', names: ['Hope Mwangi'] },
  { text: 'Will Harrington, a spokesman for the coalition, said the talks would resume.', published: '2024-06-01', names: ['Will Harrington'] },
  { text: 'Paris Okonkwo told reporters the ceasefire was holding.', published: '2024-06-01', names: ['Paris Okonkwo'] },
  { text: 'Grace Otieno and Faith Wanjiku led the march through the capital.', published: '2024-06-01', names: ['Grace Otieno', 'Faith Wanjiku'] },
  // a role noun opening the sentence; a portfolio's word before the name
  { text: 'Judge Amina Okafor ordered the release of the detainees.', published: '2024-06-01', names: ['Amina Okafor'] },
  { text: 'Candidate Tomas Rivaldo claimed victory in the vote.', published: '2024-06-01', names: ['Tomas Rivaldo'] },
  { text: 'Special Presidential Envoy for Climate Helen Marsh will travel to Nairobi.', published: '2024-06-01', names: ['Helen Marsh'] },
  // bare names with no title, from a phrase that takes a person as complement: a party to talks, a source,
  // the agent of a passive, the object of a verb done to people, an example; a future or modal verb after; ", who"
  { text: 'Talks between Kofi Asante-Mensah and Yaw Boateng-Ofori ended without a deal on Sunday.', published: '2024-06-01', names: ['Kofi Asante-Mensah', 'Yaw Boateng-Ofori'] },
  { text: 'The rivalry between Ulan Zhakenov and Bolat Myrzakhmetov has split the ruling bloc.', published: '2024-06-01', names: ['Ulan Zhakenov', 'Bolat Myrzakhmetov'] },
  { text: 'According to Thandeka Mahlangu, turnout was below forty percent.', published: '2024-06-01', names: ['Thandeka Mahlangu'] },
  { text: 'The count was delayed by a power cut, according to Bongani Zwane.', published: '2024-06-01', names: ['Bongani Zwane'] },
  { text: 'The envoy held talks with Cheikh Tidiane Ndiaye on the transition.', published: '2024-06-01', names: ['Cheikh Tidiane Ndiaye'] },
  { text: 'The foreign minister spoke by phone with Alassane Koulibaly on Tuesday.', published: '2024-06-01', names: ['Alassane Koulibaly'] },
  { text: 'The ceremony was attended by Rashida Chowdhury, Nusrat Jahan Mollah and Tanvir Hasnat.', published: '2024-06-01', names: ['Rashida Chowdhury', 'Nusrat Jahan Mollah', 'Tanvir Hasnat'] },
  { text: 'The draft was written by Lhakpa Tsering Dorji.', published: '2024-06-01', names: ['Lhakpa Tsering Dorji'] },
  { text: 'The council nominated Teodoro Mbasogo Nguema as interim leader.', published: '2024-06-01', names: ['Teodoro Mbasogo Nguema'] },
  { text: 'The court ordered Saidakbar Nurmatov to surrender his passport.', published: '2024-06-01', names: ['Saidakbar Nurmatov'] },
  { text: 'The charges against Tsegaye Woldemariam were dropped in March.', published: '2024-06-01', names: ['Tsegaye Woldemariam'] },
  { text: 'Veteran dissidents such as Tsedenbal Baatar signed the appeal.', published: '2024-06-01', names: ['Tsedenbal Baatar'] },
  { text: 'Yerlan Abenov will travel to Astana next week for the vote.', published: '2024-06-01', names: ['Yerlan Abenov'] },
  { text: 'Yerlan Abenov heads the electoral commission.', published: '2024-06-01', names: ['Yerlan Abenov'] },
  { text: 'Gulnara Sarsenova, who chairs the budget committee, called for a recount.', published: '2024-06-01', names: ['Gulnara Sarsenova'] },
  { text: 'Adeola Oyelaran-Bakare, the party’s presidential candidate, did not attend.', published: '2024-06-01', names: ['Adeola Oyelaran-Bakare'] },
  // a distinctive surname with no title, in a list with another person or a person's context, is a holder about to take office or lately out of it
  { text: 'Talks between Jonathan and Buhari on the handover were held in Abuja.', published: '2015-04-10', names: ['Muhammadu Buhari'] },
  { text: 'The summit was chaired by Nkosi Zulu-Mabena.', published: '2024-06-01', names: ['Nkosi Zulu-Mabena'] },
  { text: 'Tycoon Levan Gachechiladze-Abashidze founded the movement in 2012.', published: '2024-06-01', names: ['Levan Gachechiladze-Abashidze'] },
  // bare names, session 12: a verb of saying before its subject (wire copy and readouts), a list of people opened by a noun for
  // people or by "present were", item by item back along a list from the name a verb makes, a letter or call "from" someone,
  // the home or case "of" someone, a noun for people right before, a copula with a person noun, a byline, a speaker introducing
  // themselves, phrases a person does ("held talks", "claimed victory", "could face trial")
  { text: '“We will not back down,” said Ahmadou Diallo.', published: '2024-06-01', names: ['Ahmadou Diallo'] },
  { text: 'The vote was rigged, said Bakhyt Sultanov on Monday.', published: '2024-06-01', names: ['Bakhyt Sultanov'] },
  { text: '“It is a dark day,” wrote Kwame Mensah-Bonsu on social media.', published: '2024-06-01', names: ['Kwame Mensah-Bonsu'] },
  { text: '“We expect a decision soon,” added Siddharth Varadarajan, a researcher at the institute.', published: '2024-06-01', names: ['Siddharth Varadarajan'] },
  { text: 'The signatories included Ngozi Eze, Chidi Okonkwo and Amaka Nwosu.', published: '2024-06-01', names: ['Ngozi Eze', 'Chidi Okonkwo', 'Amaka Nwosu'] },
  { text: 'The delegation comprised Enkhbold Zandaakhuu, Oyun Batbayar and Ganbold Tserendorj.', published: '2024-06-01', names: ['Enkhbold Zandaakhuu', 'Oyun Batbayar', 'Ganbold Tserendorj'] },
  { text: 'Political prisoners, including Nursultan Abenov and Aliya Turusbekova, remain in jail.', published: '2024-06-01', names: ['Nursultan Abenov', 'Aliya Turusbekova'] },
  { text: 'Present were Tunde Bakare, Efosa Idahosa and Amaka Nwosu.', published: '2024-06-01', names: ['Tunde Bakare', 'Efosa Idahosa', 'Amaka Nwosu'] },
  { text: 'Attending the ceremony were Tunde Bakare and Efosa Idahosa.', published: '2024-06-01', names: ['Tunde Bakare', 'Efosa Idahosa'] },
  { text: 'Tunde Bakare, Efosa Idahosa, Chidi Okonkwo and Amaka Nwosu signed the letter.', published: '2024-06-01', names: ['Tunde Bakare', 'Efosa Idahosa', 'Chidi Okonkwo', 'Amaka Nwosu'] },
  { text: 'Tunde Bakare and Efosa Idahosa, both members of the committee, voted against.', published: '2024-06-01', names: ['Tunde Bakare', 'Efosa Idahosa'] },
  { text: 'Candidates Tunde Bakare and Efosa Idahosa filed their papers.', published: '2024-06-01', names: ['Tunde Bakare', 'Efosa Idahosa'] },
  { text: 'He received a letter from Hamid Karimov on Tuesday.', published: '2024-06-01', names: ['Hamid Karimov'] },
  { text: 'Police raided the home of Vusumuzi Ndlovu before dawn.', published: '2024-06-01', names: ['Vusumuzi Ndlovu'] },
  { text: 'We raised the cases of Ilham Tohtiyev and Gao Zhenbin.', published: '2024-06-01', names: ['Ilham Tohtiyev', 'Gao Zhenbin'] },
  { text: 'The minister praised Tunde Bakare for his courage.', published: '2024-06-01', names: ['Tunde Bakare'] },
  { text: 'The panel heard from Tunde Bakare and Efosa Idahosa.', published: '2024-06-01', names: ['Tunde Bakare', 'Efosa Idahosa'] },
  { text: 'Tunde Bakare is a former minister.', published: '2024-06-01', names: ['Tunde Bakare'] },
  { text: 'Tunde Bakare became the first woman to lead the party.', published: '2024-06-01', names: ['Tunde Bakare'] },
  { text: 'Tunde Bakare was among those killed.', published: '2024-06-01', names: ['Tunde Bakare'] },
  { text: 'Tunde Bakare remains in custody.', published: '2024-06-01', names: ['Tunde Bakare'] },
  { text: 'Tunde Bakare could face life in prison.', published: '2024-06-01', names: ['Tunde Bakare'] },
  { text: 'Edmundo Gonzalo Urrutia claimed victory.', published: '2024-06-01', names: ['Edmundo Gonzalo Urrutia'] },
  { text: 'Liu Jiancheng held talks with the delegation.', published: '2024-06-01', names: ['Liu Jiancheng'] },
  { text: 'By Kafui Nyamekye', published: '2024-06-01', names: ['Kafui Nyamekye'] },
  { text: 'QUESTION: Hi. I’m Tolga Yilmazer with a news agency.', published: '2024-06-01', names: ['Tolga Yilmazer'] },
  // a government's statements: verbs of praise and removal done to people, "the passing of", "the ruling against", a
  // fate qualified in the possessive ("… ’s wrongful detention"), the oath of office, a reflexive pronoun after the verb
  { text: 'The United States congratulates Bolat Ahmedov on his election as president.', published: '2024-06-01', names: ['Bolat Ahmedov'] },
  { text: 'We commend Thandeka Mahlangu for her leadership.', published: '2024-06-01', names: ['Thandeka Mahlangu'] },
  { text: 'We mourn the passing of Kwabena Owusu-Ansah.', published: '2024-06-01', names: ['Kwabena Owusu-Ansah'] },
  { text: 'The ruling against Kwabena Owusu-Ansah is a blow to democracy.', published: '2024-06-01', names: ['Kwabena Owusu-Ansah'] },
  { text: 'Kwabena Owusu-Ansah’s wrongful detention must end.', published: '2024-06-01', names: ['Kwabena Owusu-Ansah'] },
  { text: 'Kwabena Owusu-Ansah took the oath of office on Monday.', published: '2024-06-01', names: ['Kwabena Owusu-Ansah'] },
  { text: 'Kwabena Owusu-Ansah declared himself the winner.', published: '2024-06-01', names: ['Kwabena Owusu-Ansah'] },
  { text: 'The junta installed Kwabena Owusu-Ansah as interim president.', published: '2024-06-01', names: ['Kwabena Owusu-Ansah'] },
  { text: 'Parliament impeached Kwabena Owusu-Ansah on Friday.', published: '2024-06-01', names: ['Kwabena Owusu-Ansah'] },
  // session 13, names with no title in the shapes of wire reports, rights statements and briefing transcripts: a short word
  // the lexicon knows only as an abbreviation inside a name ("Min", "Ba", "Jan"), a plain noun opening the sentence before a
  // family name, a person named with their kin, a captive's state, travel "with", a grave or portrait "of", a reporter
  // introducing themselves, particles before a family name that is a word, an initial before a given name, capitals'
  // order in an apposition, a possessive met before the full name, names in parentheses or between dashes
  { text: 'Aung Kyaw Min was tortured in custody, his family said.', published: '2024-06-01', names: ['Aung Kyaw Min'] },
  { text: 'The family of Aung Kyaw Min said he had been beaten.', published: '2024-06-01', names: ['Aung Kyaw Min'] },
  { text: 'Amadou Ba conceded defeat on Monday.', published: '2024-06-01', names: ['Amadou Ba'] },
  { text: 'Jan van der Berg, a Dutch aid worker, was kidnapped in 2019.', published: '2024-06-01', names: ['Jan van der Berg'] },
  { text: 'Pieter van der Berg was kidnapped in 2019.', published: '2024-06-01', names: ['Pieter van der Berg'] },
  { text: 'Wang Yi met Jake Sullivan in Vienna.', published: '2024-06-01', names: ['Wang Yi', 'Jake Sullivan'] },
  { text: 'Ludmila Chebotar and her husband were detained at the border.', published: '2024-06-01', names: ['Ludmila Chebotar'] },
  { text: 'Dariusz Wolny has been missing since 2012.', published: '2024-06-01', names: ['Dariusz Wolny'] },
  { text: 'Kestutis Jonaitis remains imprisoned after the trial.', published: '2024-06-01', names: ['Kestutis Jonaitis'] },
  { text: 'Human rights defender Ales Bialik is on hunger strike.', published: '2024-06-01', names: ['Ales Bialik'] },
  { text: 'The minister travelled with Farouk Benali to the border.', published: '2024-06-01', names: ['Farouk Benali'] },
  { text: 'Mourners gathered at the grave of Zviad Kvaratskhelia.', published: '2024-06-01', names: ['Zviad Kvaratskhelia'] },
  { text: 'Protesters carried portraits of Mahsa Jinani.', published: '2024-06-01', names: ['Mahsa Jinani'] },
  { text: 'QUESTION: Humeyra Okan with Anadolu. Can you comment on the arrest?', published: '2024-06-01', names: ['Humeyra Okan'] },
  { text: 'J. Michael Harrow, the company’s founder, denied the allegations.', published: '2024-06-01', names: ['J. Michael Harrow'] },
  { text: 'ZHANG Wei, a Chinese national, was charged with espionage.', published: '2024-06-01', names: ['Zhang Wei'] },
  { text: 'Bialik’s arrest drew condemnation. Ales Bialik was detained in July.', published: '2024-06-01', names: ['Ales Bialik'] },
  { text: 'Leyla Mammadli was detained on Monday. Mammadli’s lawyer said she was beaten.', published: '2024-06-01', names: ['Leyla Mammadli'] },
  { text: 'The detainees (Farid Nasser and Omar Khalil) were released on Friday.', published: '2024-06-01', names: ['Farid Nasser', 'Omar Khalil'] },
  { text: 'Three activists — Zarina Tursunova, Aziz Kamolov and Dilnoza Rahimova — were detained.', published: '2024-06-01', names: ['Zarina Tursunova', 'Aziz Kamolov', 'Dilnoza Rahimova'] },
  { text: 'Gulnara Bekova, 63, and her son were detained.', published: '2024-06-01', names: ['Gulnara Bekova'] },
  { text: 'Kim Jong Un Oversees Missile Launch', published: '2024-06-01', names: ['Kim Jong Un'] },
  // a release's list of names joined by semicolons; the State Department's spellings of holders' names
  { text: 'Members of the delegation: Lena Harwick; Rahm Okonjo; Tomasz Wierzba.', published: '2024-06-01', names: ['Lena Harwick', 'Rahm Okonjo', 'Tomasz Wierzba'] },
  { text: 'We condemn the Asad regime’s use of chemical weapons.', published: '2017-06-01', names: ['Bashar al-Assad'] },
  { text: 'Qadhafi’s forces attacked Benghazi.', published: '2011-03-01', names: ['Muammar Gaddafi'] },
  { text: 'The Lukashenka regime forced the plane down.', published: '2021-06-01', names: ['Alexander Lukashenko'] },
  // headlines in Title Case: adverbs and participles are no names, a noun for a person before the name is none of it,
  // and a participle after the name is a headline's passive
  { text: 'Release of Wrongfully Detained U.S. Citizen Daniel Korvath', published: '2024-06-01', names: ['Daniel Korvath'] },
  { text: 'The Killing of Journalist Nadia Haddadin', published: '2024-06-01', names: ['Nadia Haddadin'] },
  { text: 'The Death of Iranian Protester Mohsen Kashani', published: '2024-06-01', names: ['Mohsen Kashani'] },
  { text: 'Belarus: Ales Bialik Sentenced', published: '2024-06-01', names: ['Ales Bialik'] },
  { text: 'Mzia Kobalia Detained in Batumi', published: '2024-06-01', names: ['Mzia Kobalia'] },
  // after "the", a full name is a person's when a person's word follows
  { text: 'The Kim Jong Un regime launched another missile.', published: '2024-06-01', names: ['Kim Jong Un'] },
  // a Korean family name and two syllables written apart, whatever the syllables mean as words; an office with its country after the name
  { text: 'The remarks by Ri Song Gwan were carried by state media.', published: '2024-06-01', names: ['Ri Song Gwan'] },
  { text: 'Choe Son Hye, the DPRK Vice Foreign Minister, issued a statement.', published: '2024-06-01', names: ['Choe Son Hye'] },  // session 14, untitled names beside a nationality noun ("the Briton …", "Dutch national …"), in wire-report credit lines and
  // photo captions, after a dash, in parentheses after an office, and surnames only after a plural office
  { text: 'The Briton Callum Hendry was released after two years in detention.', published: '2024-06-01', names: ['Callum Hendry'] },
  { text: 'Briton Callum Hendry and Frenchman Luc Aubertin were freed on Friday.', published: '2024-06-01', names: ['Callum Hendry', 'Luc Aubertin'] },
  { text: 'Dutch national Pieter Hoekstra-Vos was freed on Friday.', published: '2024-06-01', names: ['Pieter Hoekstra-Vos'] },
  { text: 'American citizen Darnell Okoro has been held since 2022.', published: '2024-06-01', names: ['Darnell Okoro'] },
  { text: 'The Australian Kieran Wolfe remains in custody in Tehran.', published: '2024-06-01', names: ['Kieran Wolfe'] },
  { text: 'Reporting by Lars Eklund; editing by Mira Solberg', published: '2024-06-01', names: ['Lars Eklund', 'Mira Solberg'] },
  { text: 'Additional reporting by Tomasz Wierzba in Warsaw.', published: '2024-06-01', names: ['Tomasz Wierzba'] },
  // session 26: a wire report's credit line lists names whatever their words are as words or places; a photographer in
  // capitals after an agency's slash; a correspondent or a commentator said of a run is someone's
  { text: '($1 = 0.91 euros) (Reporting by Conor Welsh and Ama Owusu in Accra; Writing by Dalia Haddad; Editing by Priya Sen-Gupta)', published: '2024-06-01', names: ['Conor Welsh', 'Ama Owusu', 'Dalia Haddad', 'Priya Sen-Gupta'] },
  { text: 'Rescue workers search the rubble. EPA-EFE/OLEG PETRENKO\n\nOfficials said the strike killed four.', published: '2024-06-01', names: ['Oleg Petrenko'] },
  { text: 'The talks ended on Friday.\n\nRadoslaw Wierzbicki is the Warsaw correspondent for Defence Weekly.', published: '2024-06-01', names: ['Radoslaw Wierzbicki'] },
  // a Vietnamese family name that is also a word, after a hyphenated office of a body set off by a comma; a given name no
  // lexicon knows after a long portfolio opens the name and is no word of the portfolio
  { text: 'The envoy paid a courtesy call on Secretary-General of the Mekong Council, Do Van Thanh.', published: '2024-06-01', names: ['Do Van Thanh'] },
  { text: 'Minister of Foreign Affairs and International Cooperation Kaddour Ali Farah arrived on Monday.', published: '2024-06-01', names: ['Kaddour Ali Farah'] },
  // an office's initials before the surname of a full name given earlier are no initials of the person's; initials that open it are
  { text: 'Cabinet Secretary Wanjiru Kamau received the delegation. CS Kamau said the talks went well.', published: '2024-06-01', names: ['Wanjiru Kamau'] },
  { text: 'Chief Minister Muthuvel Karunanidhi Stalin spoke. MK Stalin said it was good.', published: '2024-06-01', names: ['Muthuvel Karunanidhi Stalin', 'MK Stalin'] },
  // a rank's abbreviations joined by a hyphen ("Lt-Gen", "Maj-Gen", "Lt-General") are an office, no word of the name
  { text: 'Lt-Gen Somchai Rattanakul said the deal was signed, and Maj-Gen Ahmed Saleh agreed.', published: '2024-06-01', names: ['Somchai Rattanakul', 'Ahmed Saleh'] },
  { text: 'Government Spokesperson Lt-General Chaiwat Srisuk said he had no information.', published: '2024-06-01', names: ['Chaiwat Srisuk'] },
  { text: 'Lars Eklund and Mira Solberg contributed reporting.', published: '2024-06-01', names: ['Lars Eklund', 'Mira Solberg'] },
  { text: 'Photo: Ilse Vandermeer', published: '2024-06-01', names: ['Ilse Vandermeer'] },
  { text: 'Ilse Vandermeer (left) shakes hands with Tomas Brandt at the signing ceremony.', published: '2024-06-01', names: ['Ilse Vandermeer', 'Tomas Brandt'] },
  { text: 'The speech was given by the head of the delegation – Oyelaran Bakare.', published: '2024-06-01', names: ['Oyelaran Bakare'] },
  { text: 'The country’s new foreign minister (Nomvula Dlamini-Khoza) arrived in Geneva.', published: '2024-06-01', names: ['Nomvula Dlamini-Khoza'] },
  { text: 'The widow of Kestas Vaitkus laid flowers at the memorial.', published: '2024-06-01', names: ['Kestas Vaitkus'] },
  { text: 'The assembly elected Wiremu Tane as its speaker.', published: '2024-06-01', names: ['Wiremu Tane'] },
  { text: 'The murder of Anan Phromsiri shocked the country.', published: '2024-06-01', names: ['Anan Phromsiri'] },
  { text: 'Presidents Macron and Scholz met in Berlin.', published: '2024-06-01', names: ['Emmanuel Macron', 'Olaf Scholz'] },
  { text: 'Presidents Ruto and Tinubu signed the declaration.', published: '2024-06-01', names: ['William Ruto', 'Bola Tinubu'] },
  { text: 'Hendry was arrested in 2022. The Briton Callum Hendry was released on Friday.', published: '2024-06-01', names: ['Callum Hendry'] },  { text: 'A Spaniard, Iker Zubizarreta-Goñi, was among the hostages freed.', published: '2024-06-01', names: ['Iker Zubizarreta-Goñi'] },
  { text: 'The victim – Oyelaran Bakare, 34 – was a teacher.', published: '2024-06-01', names: ['Oyelaran Bakare'] },
  { text: 'The opposition’s candidate (Tsegaye Woldemariam) conceded on Monday.', published: '2024-06-01', names: ['Tsegaye Woldemariam'] },
  { text: 'Speakers at the rally included the mother of Aziz Kamolov.', published: '2024-06-01', names: ['Aziz Kamolov'] },
  { text: 'Defence Minister Nkosi Zulu-Mabena met his counterpart, Olusegun Badmus.', published: '2024-06-01', names: ['Nkosi Zulu-Mabena', 'Olusegun Badmus'] },  // the late, identified or named as, a letter to, named after, a plane carrying, shot dead, a candidate's share of the vote,
  // "and others" before a fate, "is expected to be sworn in", an electoral role in apposition, a photograph's "(pictured)"
  { text: 'We honour the memory of the late Chidera Okwuosa.', published: '2024-06-01', names: ['Chidera Okwuosa'] },
  { text: 'Relatives identified the dead as Chidera Okwuosa and Ifeanyi Nwankwo-Eze.', published: '2024-06-01', names: ['Chidera Okwuosa', 'Ifeanyi Nwankwo-Eze'] },
  { text: 'The minister sent a letter to Chidera Okwuosa on Friday.', published: '2024-06-01', names: ['Chidera Okwuosa'] },
  { text: 'The scholarship was named after Chidera Okwuosa.', published: '2024-06-01', names: ['Chidera Okwuosa'] },
  { text: 'The plane carrying Chidera Okwuosa landed in Accra.', published: '2024-06-01', names: ['Chidera Okwuosa'] },
  { text: 'Police shot dead Chidera Okwuosa during the protest.', published: '2024-06-01', names: ['Chidera Okwuosa'] },
  { text: 'Chidera Okwuosa secured 52 percent of the vote, against 45 percent for Ifeanyi Nwankwo-Eze.', published: '2024-06-01', names: ['Chidera Okwuosa', 'Ifeanyi Nwankwo-Eze'] },
  { text: 'Chidera Okwuosa, Ifeanyi Nwankwo-Eze and others were arrested.', published: '2024-06-01', names: ['Chidera Okwuosa', 'Ifeanyi Nwankwo-Eze'] },
  { text: 'Chidera Okwuosa is expected to be sworn in next week.', published: '2024-06-01', names: ['Chidera Okwuosa'] },
  { text: 'Chidera Okwuosa, the incumbent, conceded on Monday.', published: '2024-06-01', names: ['Chidera Okwuosa'] },
  { text: 'Chidera Okwuosa (pictured) was freed on Monday.', published: '2024-06-01', names: ['Chidera Okwuosa'] },
  // session 15: a second family name after one a particle opens, even a place's name ("… de Souza Lima"); a surname alone with
  // its office set off by commas after it; "chairperson" as an office in apposition
  { text: 'The statement was signed by Carlos Alberto de Souza Lima, secretary-general of the ministry.', published: '2024-06-01', names: ['Carlos Alberto de Souza Lima'] },
  { text: 'Maria da Silva Santos, a spokeswoman for the navy, confirmed the order.', published: '2024-06-01', names: ['Maria da Silva Santos'] },
  { text: 'Okonkwo, the defence minister, said the jets would arrive in March.', published: '2024-06-01', names: ['Okonkwo'] },
  { text: 'Mwangi, a spokesman for the ministry, declined to comment.', published: '2024-06-01', names: ['Mwangi'] },
  { text: 'Petrov, the Bulgarian foreign minister, told reporters the talks had failed.', published: '2024-06-01', names: ['Petrov'] },
  { text: 'Nkosazana Dlamini-Zuma, the former chairperson of the African Union Commission, led the mission.', published: '2024-06-01', names: ['Nkosazana Dlamini-Zuma'] },
  // a family name that is a country's name, after a title and one given word
  { text: 'Portuguese Prime Minister Luís Montenegro met the delegation in Lisbon.', published: '2024-06-01', names: ['Luís Montenegro'] },
  // election results: the one a rival concedes to, a winner declared
  { text: 'Incumbent Tafadzwa Moyo conceded defeat to Netumbo Kaapanda-Shilongo.', published: '2024-06-01', names: ['Tafadzwa Moyo', 'Netumbo Kaapanda-Shilongo'] },
  { text: 'The commission declared Tshepo Mokwena the winner.', published: '2024-06-01', names: ['Tshepo Mokwena'] },
  // session 16: one plural title before a list of three surnames or more
  { text: 'The Secretary spoke by phone with Presidents Ochieng, Mutasa and Banda.', published: '2024-06-01', names: ['Ochieng', 'Mutasa', 'Banda'] },
  { text: 'Prime Ministers Nowicki, Halvorsen, Lindgren and Aalto signed the declaration.', published: '2024-06-01', names: ['Nowicki', 'Halvorsen', 'Lindgren', 'Aalto'] },
  // a portfolio of several words ("for Arms Control") before a full name is no part of it
  { text: 'Under Secretary of State for Arms Control Miriam Oduya opened the conference.', published: '2024-06-01', names: ['Miriam Oduya'] },
  // a family name that is also a town's name elsewhere (GeoNames) is a place only where the text makes it one
  { text: 'Opposition leader Thandiwe Banda said the count was rigged.', published: '2024-06-01', names: ['Thandiwe Banda'] },
  { text: 'Former President Mwale told reporters in Lusaka that Mr. Banda had conceded.', published: '2024-06-01', names: ['Mwale', 'Banda'] },
  // a holder whose name is initials and a surname, named by title and surname
  { text: 'The Secretary spoke by phone with External Affairs Minister Jaishankar on Monday.', published: '2024-03-10', names: ['S. Jaishankar'] },
  // a country's name whose first word is no name word is no one's name after an office "of" it
  { text: 'Aroha Tawhiri, Prime Minister of New Zealand, opened the forum on Monday.', published: '2024-06-01', names: ['Aroha Tawhiri'] },
  { text: 'The Prime Minister of New Zealand arrived in Suva on Monday.', published: '2024-06-01', names: [] },
  // session 17: a possessive written with a bare apostrophe after a final s ends the name
  { text: 'Readout of Secretary Okonkwo-Harris’ Call with the Minister of Defence Lars Vinterberg', published: '2024-06-01', names: ['Okonkwo-Harris', 'Lars Vinterberg'] },
  { text: 'The two leaders praised Tobias Marchettis’ patient work on the border talks.', published: '2024-06-01', names: ['Tobias Marchettis'] },
  // a portfolio that lists its fields, commas and "and" included, before a full name; the surname later is that person
  { text: 'Assistant Secretary for Oceans, Environment, and Fisheries Talia Ngarimu will visit Suva. In Suva, Assistant Secretary Ngarimu will meet officials.', published: '2024-06-01', names: ['Talia Ngarimu'] },
  // a firm's and an office's initials before a name are no part of it
  { text: 'The contract was signed in the presence of HAL CMD Suresh Varadan and the ambassador.', published: '2024-06-01', names: ['Suresh Varadan'] },
  { text: 'Acme Aerospace CEO Dana Whitcombe said deliveries would start next year.', published: '2024-06-01', names: ['Dana Whitcombe'] },
  // a photographer credited after a news agency and a slash
  { text: 'A fighter jet on the tarmac. REUTERS/Marisol Quenteña/File Photo\nThe ministers met in Delhi on Monday.', published: '2024-06-01', names: ['Marisol Quenteña'] },
  // session 25: a photographer credited before a slash or a bar and the agency
  { text: 'The ministers met in Delhi on Monday. | Halvard Tønnesby/AFP via Getty Images', published: '2024-06-01', names: ['Halvard Tønnesby'] },
  { text: 'Crowds gathered outside the palace in Accra.  Efua Mensima | Reuters\nThe talks resumed on Tuesday.', published: '2024-06-01', names: ['Efua Mensima'] },
  // an office "of" a country with two words, then a name whose first word is a common word
  { text: 'Prime Minister of New Zealand Mere Tainui opened the forum on Monday.', published: '2024-06-01', names: ['Mere Tainui'] },
  // a former head of state named by title and surname (Ghana's presidents in the office-holder list)
  { text: 'We commend President Mahama for accepting the result of the vote.', published: '2016-12-10', names: ['John Mahama'] },
  // session 18: a name written again without its accents is the one written with them, surname or full name
  { text: 'Tomáš Kadlecík, the deputy minister, opened the talks. Later Mr. Kadlecik thanked the hosts.', published: '2024-06-01', names: ['Tomáš Kadlecík'] },
  // session 25: and a letter with a stroke is the letter without it ("Wróbłewski" after "Tadeusz Wroblewski")
  { text: 'Deputy Prime Minister Tadeusz Wroblewski approved the contracts on Monday. Minister Wróbłewski added that the tanks would arrive in May.', published: '2024-06-01', names: ['Tadeusz Wroblewski'] },
  { text: 'Deputy Minister Ignacy Wróbel opened the talks. Ignacy Wrobel later thanked the hosts.', published: '2024-06-01', names: ['Ignacy Wróbel'] },
  // items of a list of names, each with its country in brackets
  { text: 'Present were Halvard Ekeberg (Norway), Liisa Saarinen (Finland) and Jonas Berg (Sweden).', published: '2024-06-01', names: ['Halvard Ekeberg', 'Liisa Saarinen', 'Jonas Berg'] },
  { text: 'The declaration was signed by Halvard Ekeberg (Norway), Liisa Saarinen (Finland) and Jonas Berg (Sweden).', published: '2024-06-01', names: ['Halvard Ekeberg', 'Liisa Saarinen', 'Jonas Berg'] },
  // an apposition without an article: lower-case words closed by a role, with "of staff" or a second role
  { text: 'The talks went well. Bae Min-jae, presidential chief of staff, visited Warsaw as a special envoy.', published: '2024-06-01', names: ['Bae Min-jae'] },
  { text: '“The order is a milestone,” Tomasz Wierzbicki, CEO and president of the shipyard, said.', published: '2024-06-01', names: ['Tomasz Wierzbicki'] },
  { text: '“We will keep the border open,” Hwang Seorin, ministry spokesperson, told a briefing.', published: '2024-06-01', names: ['Hwang Seorin'] },
  // a holder's surname compromise knows only as a family name, or a short one it does not know, needs no other cue
  { text: 'Xi told Putin that the two countries would deepen their cooperation.', published: '2024-06-01', names: ['Xi Jinping', 'Vladimir Putin'] },
  { text: 'Putin and Xi signed a joint statement in Beijing.', published: '2024-06-01', names: ['Vladimir Putin', 'Xi Jinping'] },
  // a release's media contacts: a name shaped like a person's, then a telephone number
  { text: 'The talks will resume in March.\n\nMedia inquiries: Ottoline Trevaskis 02 6277 7500 or 0411 414 695', published: '2024-06-01', names: ['Ottoline Trevaskis'] },
  { text: 'The talks will resume in March.\n\nMedia contacts: (Departmental) Wirihana Pomare (02) 6261 1555', published: '2024-06-01', names: ['Wirihana Pomare'] },
  // a letterhead's or contact line's name in capitals, after an office, "BY HON." or "CONTACT", or alone on its line
  { text: 'MEDIA RELEASE MINISTER FOR FOREIGN AFFAIRS SIMON HARGREAVES\n\nI will visit Suva on Monday.', published: '2024-06-01', names: ['Simon Hargreaves'] },
  { text: 'MINISTER FOR TRADE\n\nMARGARET OYELARAN\n\nI will visit Suva on Monday.', published: '2024-06-01', names: ['Margaret Oyelaran'] },
  { text: 'PRESS RELEASE BY HON. PETER MACALLISTER, MP\n\nI will visit Suva on Monday.', published: '2024-06-01', names: ['Peter Macallister'] },
  { text: 'I will visit Suva on Monday.\n\nFOR FURTHER INFORMATION CONTACT DANIEL FITZWARREN ON (06) 277 4419', published: '2024-06-01', names: ['Daniel Fitzwarren'] },
  // session 19 (transcripts and White House releases): a transcript's "Q" opening a question is no initial; a word broken off
  // in speech is no name; offices of several words ("Ambassador Extraordinary and Plenipotentiary", "Speaker Emerita") and
  // an office joined by an ampersand give no one of their own
  { text: 'Q Netanyahu said on Sunday that the strikes would go on. Will the President call him?', published: '2023-11-01', names: ['Benjamin Netanyahu'] },
  { text: 'I want to thank Adaeze Okonk- — Adaeze Okonkwo-Bell, who could not be here today.', published: '2024-06-01', names: ['Adaeze Okonkwo-Bell'] },
  { text: 'Tobias Rendell, Nominee for Ambassador Extraordinary and Plenipotentiary to the Republic of Malta', published: '2024-06-01', names: ['Tobias Rendell'] },
  { text: 'The Honorable Marguerite Oduya, Speaker Emerita of the Assembly, attended the dinner.', published: '2024-06-01', names: ['Marguerite Oduya'] },
  { text: 'Stephen Okafor, Assistant to the President & Senior Advisor for Public Engagement, spoke first.', published: '2024-06-01', names: ['Stephen Okafor'] },
  // a spelling of the Prophet's name the reference does not keep is the holder's; a title is the office of the holder it
  // names, or of none ("Governor Carney" is no press secretary, "President Carter" no defense secretary)
  { text: 'Crown Prince Mohamed bin Salman received the delegation in Riyadh.', published: '2024-06-01', names: ['Mohammed bin Salman'] },
  { text: 'Governor Carney declared a state of emergency on Sunday.', published: '2014-06-01', names: ['Carney'] },
  // a noun of the language after a plain title stays a surname; two full names an ampersand joins are two people
  { text: 'Senator Carper told reporters the bill would pass this week.', published: '2022-06-01', names: ['Carper'] },
  { text: 'Guests: Ms. Anne Okonjo & Esther Okonjo, Mr. Tariq Bello & Ms. Halima Bello', published: '2024-06-01', names: ['Anne Okonjo', 'Esther Okonjo', 'Tariq Bello', 'Halima Bello'] },
  // a co-chair's apposition; a photographer credited in capitals before an agency; a firm's name, then an office's initials, then the person
  { text: '“We won the vote,” Aynur Kaplanoglu, the co-chairperson of the party, said on television.', published: '2024-06-01', names: ['Aynur Kaplanoglu'] },
  { text: 'Jets fly over the base on July 3. (Photo by MARTIN DELACROIX/AFP via Getty Images)', published: '2024-06-01', names: ['Martin Delacroix'] },
  { text: 'Vantorra CEO Mauro Bellandi and the minister signed the contract.', published: '2024-06-01', names: ['Mauro Bellandi'] },
  // session 20: holders before 2007 by title and surname on their day; a king by his canonical name, the title left out
  { text: 'Prime Minister Qarase and Foreign Minister Tavola received the delegation in Suva on Monday.', published: '2003-05-01', names: ['Laisenia Qarase', 'Kaliopate Tavola'] },
  { text: 'UN Secretary General Boutros-Ghali called the killings a tragedy.', published: '1994-05-01', names: ['Boutros Boutros-Ghali'] },
  { text: 'King Salman received the envoy in Jeddah.', published: '2016-06-01', names: ['Salman bin Abdulaziz Al Saud'] },
  // a surname alone is the one full name the text writes with it, where no rule read that name (after a long portfolio)
  {
    text: 'Assistant Secretary of Defense for Special Operations and Low-Intensity Conflict Greta Lindqvist traveled to Oslo. Later, Ms. Lindqvist met the troops.',
    published: '2024-06-01',
    names: ['Greta Lindqvist'],
  },
  // the Arabic article before a holder's family name, however the press writes it
  { text: 'Egyptian President Abdel Fattah El Sisi met the envoy in Cairo.', published: '2023-06-01', names: ['Abdel Fattah el-Sisi'] },
  // a holder's name is theirs only in texts of their time: years before the first term it is someone else's, or no holder's
  { text: 'Vice President George Bush met the delegation in Washington.', published: '1987-03-15', names: ['George H. W. Bush'] },
  { text: 'President George Bush met the delegation in Washington.', published: '2004-03-15', names: ['George W. Bush'] },
  { text: 'Congressman George Bush met the delegation in Washington.', published: '1968-03-15', names: ['George Bush'] },
  // kings, a crown prince and popes of before 2007 by the names the corpus guide gives them (no title)
  { text: 'King Fahd received President Reagan in Riyadh, with Crown Prince Abdullah bin Abdul Aziz beside him.', published: '1987-03-15', names: ['Fahd bin Abdulaziz Al Saud', 'Ronald Reagan', 'Abdullah bin Abdulaziz Al Saud'] },
  { text: 'The contract was first discussed under King Khaled and signed in the presence of Queen Elizabeth II.', published: '1987-03-15', names: ['Khalid bin Abdulaziz Al Saud', 'Elizabeth II'] },
  { text: 'The visit recalled John Paul’s pilgrimage to Cuba, and Benedict XVI later visited the island.', published: '2015-05-10', names: ['John Paul II', 'Benedict XVI'] },
  // a family name that is a word of the language, after a given name, before a verb of saying
  { text: 'Harbour commissioner Stefan Fell said the port would reopen.', published: '2024-06-01', names: ['Stefan Fell'] },
  // session 22: offices of the courts, of a Commonwealth mission and of China's State Council, the American spelling of the
  // adviser and a first lady's "Madame" before a name: the name after them is someone's, the office word no part of it
  { text: 'The verdict, read by District Court Judge Park Min-seo, was lighter than expected.', published: '2024-06-01', names: ['Park Min-seo'] },
  { text: 'Prosecutors working for special counsel Han Ji-woo said the order was unlawful.', published: '2024-06-01', names: ['Han Ji-woo'] },
  { text: 'The government recalled High Commissioner Tom Hadley from Suva for talks.', published: '2024-06-01', names: ['Tom Hadley'] },
  { text: 'State Councilor Liu Wenhai spoke with the minister by phone. State Councilor Liu thanked him.', published: '2024-06-01', names: ['Liu Wenhai'] },
  { text: 'National Security Advisor Erin Calloway met her counterpart. National Security Advisor Calloway then left.', published: '2024-06-01', names: ['Erin Calloway'] },
  { text: 'The president and Madame Zhou Meilan will host the dinner.', published: '2024-06-01', names: ['Zhou Meilan'] },
  // session 23: an office with the body or portfolio it heads, set off by a comma before a name shaped as a person's
  { text: 'A drone strike killed the head of the Coastal Guard Intelligence Directorate, Farhad Tavakkoli, on Monday.', published: '2024-06-01', names: ['Farhad Tavakkoli'] },
  { text: 'Present were the President and CEO of Northwind Aerospace Systems, Oren Bar-Lavi, and the ambassador.', published: '2024-06-01', names: ['Oren Bar-Lavi'] },
  // an office read across the style set between it and the name ("the Hon.", "His Highness")
  { text: 'In Apia, she will meet Prime Minister the Hon. Tualagi and the Head of State, His Highness Malietoa Sefo Tanumafili II.', published: '2024-06-01', names: ['Tualagi', 'Malietoa Sefo Tanumafili II'] },
  // a holder's initial written out is the name as written, the title and surname later that person
  { text: 'Indian External Affairs Minister Subrahmanyam Jaishankar met the minister on Monday. Jaishankar then left.', published: '2024-03-10', names: ['Subrahmanyam Jaishankar'] },
  // session 24: ranks joined by a hyphen, British ranks and a company's officers capitalized are offices, no part of the name
  { text: 'The junta’s spokesman, Colonel-Major Idrissa Maiga, read the statement on television.', published: '2024-06-01', names: ['Idrissa Maiga'] },
  { text: 'Major-General Kwame Asante led the parade.', published: '2024-06-01', names: ['Kwame Asante'] },
  { text: 'Brigadier Hamish Duncan briefed reporters in Kabul.', published: '2024-06-01', names: ['Hamish Duncan'] },
  { text: 'Helmar Defence Chief Executive Lars Eriksen signed the contract in Oslo.', published: '2024-06-01', names: ['Lars Eriksen'] },
  // an office written as initials ("EAM", "NSA") is that office; initials without their full stop name the holder too
  { text: 'NSA Ravi Menon met his counterpart in Delhi.', published: '2024-06-01', names: ['Ravi Menon'] },
  { text: 'EAM Jaishankar will travel to Moscow next week. External Affairs Minister S Jaishankar said the ties were strong.', published: '2024-06-01', names: ['S. Jaishankar'] },
  // an initial glued to the surname, and the surname later: one person
  { text: 'Foreign Minister B.Enkhtuya met the delegation. Minister Enkhtuya said cooperation would deepen.', published: '2024-06-01', names: ['B.Enkhtuya'] },
  // a Vietnamese name's bearer is called by the last given name
  { text: 'Deputy Foreign Minister Pham Thanh Binh received the envoy. Deputy Minister Binh stressed the partnership.', published: '2024-06-01', names: ['Pham Thanh Binh'] },
  // an embedded post's signature: its author's name before the handle
  { text: 'Productive talks on trade today. pic.twitter.com/abc123 — Tanvir Sodhi (@TanvirSodhi) March 3, 2024', published: '2024-06-01', names: ['Tanvir Sodhi'] },
  // one name spelt two ways is one person, named by the spelling written most
  { text: 'Ambassador Rajesh Kumaraswami attended the signing. Ambassador Rajesh Kumaraswamy said it was historic. Kumaraswamy thanked the hosts.', published: '2024-06-01', names: ['Rajesh Kumaraswamy'] },
  // session 27: an office's words joined by a hyphen or closed up are the office, no part of the name after it
  { text: 'Former Vice-President Tendai Moyo and Defence Undersecretary Ramon Castillo attended the signing.', published: '2024-06-01', names: ['Tendai Moyo', 'Ramon Castillo'] },
  // an office "of" the chamber it presides over, before the name
  { text: 'The delegation called on Speaker of the Parliament Nalin Perera in Colombo.', published: '2024-06-01', names: ['Nalin Perera'] },
  // session 28: "Prime" and "Field" are office words only before the office they qualify; elsewhere a name's
  { text: 'Army chief of staff General Prime Ndikumana said the mutiny had failed.', published: '2015-06-01', names: ['Prime Ndikumana'] },
  { text: 'Prime Minister Anwar Ibrahim met Field Marshal Tariq Mahmood in Kuala Lumpur.', published: '2025-06-01', names: ['Anwar Ibrahim', 'Tariq Mahmood'] },
  { text: 'Army chief Field Marshall Tariq Mahmood inspected the troops on Monday.', published: '2025-06-01', names: ['Tariq Mahmood'] },
  // a two-letter initial (a Russian letter written in two Latin ones) is an initial, and ends no sentence
  { text: 'The forum was opened by Deputy Minister Kh. T. Sadykov and chaired by Governor A. Sh. Temirov on Tuesday.', published: '2019-06-01', names: ['Kh. T. Sadykov', 'A. Sh. Temirov'] },
  // initials and a surname are the holder of the day whose given name the first initial opens
  { text: 'The summit brought together Kyrgyz President S. Sh. Jeenbekov, Tajik President E. Rahmon and Uzbek President Sh. M. Mirziyoyev.', published: '2019-06-01', names: ['Sooronbay Jeenbekov', 'Emomali Rahmon', 'Shavkat Mirziyoyev'] },
  // a word alone that opens one person's full name is that person; a clipped office and a bracket cut into a name
  { text: 'Prime Minister Anwar Ibrahim hosted the talks. The meeting at Anwar’s residence lasted three hours.', published: '2025-06-01', names: ['Anwar Ibrahim'] },
  { text: 'Prez Akufo-Addo left Accra on Sunday for the summit.', published: '2019-11-18', names: ['Nana Akufo-Addo'] },
  // two surnames joined by a hyphen before "administration" are the two holders of the day
  { text: 'The grants are the largest of the Biden-Harris Administration so far.', published: '2023-12-08', names: ['Joe Biden', 'Kamala Harris'] },
  // the heads of bodies written in lower case, set off by a comma before the names
  { text: 'The heads of the border services of Armenia and Georgia, Aram Vardanyan and Levan Beridze, signed the protocol.', published: '2024-06-01', names: ['Aram Vardanyan', 'Levan Beridze'] },
  { text: 'Secretary of State Mike Pompeo spoke first. "[Secretary Mike] Pompeo, we accept," the governor wrote.', published: '2020-07-20', names: ['Mike Pompeo'] },
  // session 29: religious and pilgrim's styles are no part of the name; a commodore's rank and a name in brackets inside
  // the name neither; dotted post-nominal letters end the name; an Icelandic patronymic's "Th." is an initial; an office
  // "of" the state or city it heads before the name; a Tongan glottal stop opens a family name
  { text: 'The delegation includes the Acting Minister for Trade, Haji Rahmatullah Noorzai, and senior officials.', published: '2024-06-01', names: ['Rahmatullah Noorzai'] },
  { text: 'The acting foreign minister, Mawlawi Abdul Karim Sadiqi, will visit Ankara next week.', published: '2024-06-01', names: ['Abdul Karim Sadiqi'] },
  { text: 'The navy chief, Commodore Jone (Ratu) Vakaloloma, seized power on Tuesday. Commodore Vakaloloma said the army was in control.', published: '2024-06-01', names: ['Jone Vakaloloma'] },
  { text: 'The Minister for Foreign Affairs, Declan Furlong T.D., will travel to Seoul tomorrow.', published: '2024-06-01', names: ['Declan Furlong'] },
  { text: 'President of Iceland Einar Th. Gunnarsson will pay a state visit to Norway in May.', published: '2024-06-01', names: ['Einar Th. Gunnarsson'] },
  { text: 'The minister met Foreign Minister the Hon. Sione ‘Akauola in Nuku’alofa.', published: '2024-06-01', names: ['Sione ‘Akauola'] },
  // a caption's credit in capitals with a space after the slash; the caption's agency opens no name with the next paragraph
  // a photograph's credit opened by "AP Photo/" or "Photo:" names the photographer, whatever the lexicon knows of the words
  { text: 'Riot police stand guard outside the court on Monday. (AP Photo/Behrouz Tavakkoli)', published: '2024-06-01', names: ['Behrouz Tavakkoli'] },
  // a name no lexicon knows set off before a firm's or an agency's manager, a bracket after the office
  { text: 'Priit Tamm, strategic category manager (radars and sensors) for the agency, said the deliveries were on time.', published: '2024-06-01', names: ['Priit Tamm'] },
  // an administration named in passing in an undated text: the one head of government of that surname
  { text: 'The raid led the Obama administration to put the sale on hold. The Trump Administration restarted it.', published: '', names: ['Barack Obama', 'Donald Trump'] },
  // session 30: Indian styles of courtesy and Malaysian honours (two-word ones too) are no part of the name; an honorific's
  // full stop closed up to the name ends it, after a country's name ending an office
  { text: 'Prime Minister Shri Ramesh Kothandaraman spoke by telephone with Smt. Leela Venkatesan on Sunday.', published: '2024-06-01', names: ['Ramesh Kothandaraman', 'Leela Venkatesan'] },
  { text: 'Datuk Seri Azhar Kamaluddin and Tan Sri Rahimah Sulaiman attended the signing in Putrajaya.', published: '2024-06-01', names: ['Azhar Kamaluddin', 'Rahimah Sulaiman'] },
  { text: 'The President of Sri Lanka Mr.Kumara Wijesekera thanked the delegation for the visit.', published: '2024-06-01', names: ['Kumara Wijesekera'] },
  // session 30: ranks abbreviated without full stops (the Thai police's too) are no part of the name; a curated holder whose
  // given name is a rank's abbreviation keeps it; "Pol Pot" is a name
  { text: 'The army chief, Gen Somsak Rattanawong, took power on Friday. Lt Gen Preecha Thongdee and Pol Gen Wichai Saenkham were held.', published: '2024-06-01', names: ['Somsak Rattanawong', 'Preecha Thongdee', 'Wichai Saenkham'] },
  { text: 'Defence Minister Gen Nakatani met Air Chief Marshal Narong Phasuk in Tokyo.', published: '2025-01-10', names: ['Gen Nakatani', 'Narong Phasuk'] },
  { text: 'The Khmer Rouge leader Pol Pot died in 1998.', published: '2024-06-01', names: ['Pol Pot'] },
  // session 30: a holder's full name after one more given name (and a Punjabi style) is the holder; a Fijian chiefly title
  // is no part of the name
  { text: 'Prime Minister Mian Muhammad Shehbaz Sharif chaired the meeting in Islamabad.', published: '2024-06-01', names: ['Shehbaz Sharif'] },
  { text: 'Ratu Josaia Vunivalu, the provincial council chairman, opened the meeting in Suva.', published: '2024-06-01', names: ['Josaia Vunivalu'] },
  // session 45: an emperor's or empress's title is no part of the name they are known by; the Khmer style "Samdech" with the
  // words of its honorific title, and Bhutan's styles of ministers and officials, are no part of the name either
  { text: 'Emperor Tomohito and Empress Sayako received the visiting president at the palace on Tuesday.', published: '2024-06-01', names: ['Tomohito', 'Sayako'] },
  { text: 'Samdech Akka Moha Sena Padei Techo Chea Sophal, President of the Senate, welcomed the delegation in Phnom Penh.', published: '2024-06-01', names: ['Chea Sophal'] },
  { text: 'Lyonpo Karma Dorji and Dasho Pema Wangdi received the delegation in Thimphu.', published: '2024-06-01', names: ['Karma Dorji', 'Pema Wangdi'] },
  // session 45 (ppl28): a modifier of time joined to the office by a hyphen ("Then-President", "ex-president") is read as
  // the office, opening the sentence too, and before an office "of" a state set off by a comma
  { text: 'Then-President Tendai Mukwevho lifted the curfew after the protests.', published: '2024-06-01', names: ['Tendai Mukwevho'] },
  { text: 'Under pressure, then-President of the Republic of Ghana, Kwabena Asante, lifted the curfew.', published: '2024-06-01', names: ['Kwabena Asante'] },
  { text: 'In 1979 ex-president Amara Koroma fled the capital.', published: '2024-06-01', names: ['Amara Koroma'] },
  // session 45 (ppl28): an apposition without an article whose head is a noun for one person names the run before it
  { text: 'The plant is a step forward, Devendra Kulkarni, eminent industrialist and former chairman of the group, said on Monday.', published: '2024-06-01', names: ['Devendra Kulkarni'] },
  { text: 'Tendai Mukwevho, veteran novelist, opened the book fair in Harare.', published: '2024-06-01', names: ['Tendai Mukwevho'] },
  // session 46 (ppl29): a bystander's apposition headed by a noun of where one lives, one's trade or public part names the run
  // before it
  { text: 'Tshepo Mokoena, a Soweto resident, said the police fired tear gas at the crowd.', published: '2024-06-01', names: ['Tshepo Mokoena'] },
  { text: 'Dauren Abaev, a senior presidential aide, denied the report on Monday.', published: '2024-06-01', names: ['Dauren Abaev'] },
  // session 46 (ppl29): styles of learning and religion of other languages before a name are no part of it
  { text: 'Mallam Umar Danladi and Mullah Abdul Rahim Zadran signed the accord; Ibu Siti Rahayu witnessed it.', published: '2024-06-01', names: ['Umar Danladi', 'Abdul Rahim Zadran', 'Siti Rahayu'] },
  { text: 'Barrister Adebayo Olumide filed the petition on behalf of Engr. Chinedu Eze.', published: '2024-06-01', names: ['Adebayo Olumide', 'Chinedu Eze'] },
  // session 45 (ppl28): "Chief" capitalized after a body's name is the office before the name
  { text: 'The delegation, led by Navy Chief Sutham Wongsakul, arrived in Stockholm on Monday.', published: '2024-06-01', names: ['Sutham Wongsakul'] },
  // session 30: "Bill" opening a name (after an office, or alone) is a given name
  { text: 'Defence Minister Bill Tranmere said the frigates would sail in May.', published: '2024-06-01', names: ['Bill Tranmere'] },
  { text: 'Bill Okonjo said the talks had gone well.', published: '2024-06-01', names: ['Bill Okonjo'] },
  // session 30: a family name that is a verb, after an office and a given name, ends the name
  { text: 'The envoy was received by Prime Minister Tomasz Stand, who thanked him.', published: '2024-06-01', names: ['Tomasz Stand'] },
  { text: 'The protests went on for a week.\n\nCrowds clash with riot police around the parliament on October 8 after days of protests against fuel prices. MARTIN OKELLO/ AFP/Getty\n\nMoreno accused the opposition of plotting a coup. President Lenin Moreno left the capital.', published: '2019-10-10', names: ['Martin Okello', 'Lenin Moreno'] },
  // session 31: a surname alone a letter apart from the full name the text writes is that person; an office "General"
  // closes, or a chief's, with the body it heads before the name; a body's plural last word before a one-word name
  { text: 'General Mbanda Nkosi announced the takeover on the radio. Gen. Nkosih earlier told reporters the officers had left.', published: '2024-06-01', names: ['Mbanda Nkosi'] },
  { text: 'The contract was signed by the Director General of the Norwegian Ministry of Defence Oyvind Strandberg and the agency.', published: '2024-06-01', names: ['Oyvind Strandberg'] },
  { text: 'Army Chief of the General Staff Tzvika Harel made the statement on Sunday.', published: '2024-06-01', names: ['Tzvika Harel'] },
  { text: 'The dinner was attended by Speaker of the House of Representatives Wahono and the ministers.', published: '1997-06-01', names: ['Wahono'] },
  // session 31: a party's candidate set off by a comma after the party's name and initials; a holder elected, whose name the
  // text writes with a middle name, is the holder
  { text: 'The commission declared the candidate of the ruling Unity Party (UP), Kwesi Adomako Boateng, the winner.', published: '2024-06-01', names: ['Kwesi Adomako Boateng'] },
  { text: 'The commission declared the candidate of the ruling party, Bola Ahmed Tinubu, the winner of the election.', published: '2023-03-01', names: ['Bola Tinubu'] },
  // session 31: an apposition headed by "delegate"; the statue of a person; a possessive surname before a place's name
  { text: 'The umbrella was held by Tevita Lagilagi, a Tongan delegate, during the talks.', published: '2024-06-01', names: ['Tevita Lagilagi'] },
  { text: 'The minister will unveil a statue of Mahatma Gandhi in the city park.', published: '2024-06-01', names: ['Mahatma Gandhi'] },
  // session 32: a monarch's or pope's name with its ordinal drops the title, holders too; the same name without the ordinal is theirs
  { text: 'King Tevita Fifita VI opened the new parliament in Nuku’alofa on Monday.', published: '2024-06-01', names: ['Tevita Fifita VI'] },
  { text: 'King Charles III hosted the state banquet at Windsor Castle.', published: '2024-06-01', names: ['Charles III'] },
  { text: 'Pope Leo XIV received the delegation at the Vatican.', published: '2025-09-01', names: ['Leo XIV'] },
  { text: 'His Majesty King Abdullah II received the envoy in Amman. King Abdullah stressed the need for a ceasefire.', published: '2025-06-01', names: ['Abdullah II'] },
  // the speaker set off after a verb of saying, before an office or "who", whatever a word of the name means
  { text: '“The contract is a milestone for us,” said Minho Song, President and CEO of the shipyard.', published: '2024-06-01', names: ['Minho Song'] },
  { text: '“The talks were hard,” said Christian Brunner, who led the delegation.', published: '2024-06-01', names: ['Christian Brunner'] },
  { text: 'Christian Lindqvist said the vote would be held in May.', published: '2024-06-01', names: ['Christian Lindqvist'] },
  // the country an ambassador is posted to, in initials or in full, is no part of the name after it
  { text: 'The guests were received by Ghana’s ambassador to the US Kwabena Osei Mensah.', published: '2024-06-01', names: ['Kwabena Osei Mensah'] },
  { text: 'The guests were received by Ghana’s ambassador to the United States Kwabena Osei Mensah.', published: '2024-06-01', names: ['Kwabena Osei Mensah'] },
  // the place an office is "of", written before the holder's name; a word written twice at a name's end
  { text: 'The minister also met the Governor of Lagos Babatunde Okafor and President Kagiso Molefe Molefe of Botswana.', published: '2024-06-01', names: ['Babatunde Okafor', 'Kagiso Molefe'] },
  // a photographer's name in capitals with a particle
  { text: 'Voters queued outside a polling station. (Photo by PAULO DA SILVEIRA/AFP via Getty Images)', published: '2024-06-01', names: ['Paulo da Silveira'] },
  // session 33: a given name of another language the lexicon lacks opens a run shaped like a personal name; a nickname in
  // quotes is no part of the name (a given name in quotes is the middle name the person goes by); a Vietnamese name's third
  // syllable, whatever it means as an English verb
  { text: 'The new sanctions target Oleg Varenikov and Gennaro Esposti.', published: '2024-06-01', names: ['Oleg Varenikov', 'Gennaro Esposti'] },
  { text: 'The new cabinet includes Mamadou Keitaye as defence minister and Aïssata Koumbaye as foreign minister.', published: '2024-06-01', names: ['Mamadou Keitaye', 'Aïssata Koumbaye'] },
  { text: 'The memorandum was signed by Vuk Drašković-Ilić for the ministry and Dragana Petrović for the agency.', published: '2024-06-01', names: ['Vuk Drašković-Ilić', 'Dragana Petrović'] },
  { text: 'The rebel commander Rodrigo “Chispa” Londoñez signed the accord on Tuesday.', published: '2024-06-01', names: ['Rodrigo Londoñez'] },
  { text: 'The president, accompanied by his wife Marisa “Janinha” da Costa, was greeted at the airport.', published: '2024-06-01', names: ['Marisa da Costa'] },
  { text: 'Gang leader Jimmy "Machete" Corvalan threatened the transitional council.', published: '2024-06-01', names: ['Jimmy Corvalan'] },
  { text: 'Tran Quoc Hung was sentenced to eight years in prison on Friday.', published: '2024-06-01', names: ['Tran Quoc Hung'] },
  // session 34: a nickname in single quotation marks, of one word or two, is no part of the name; a patriarch is named with
  // his title, as a pope is; a surname written before two full names that share it is no person of its own
  { text: "Militia commander Abdoulaye 'Tigre' Koumaré said the convoy had been attacked.", published: '2024-06-01', names: ['Abdoulaye Koumaré'] },
  { text: 'Militia commander Abdoulaye ‘Tigre’ Koumaré said the convoy had been attacked.', published: '2024-06-01', names: ['Abdoulaye Koumaré'] },
  { text: "Gang leader Ernesto 'El Toro' Valdivieso said the truce was over.", published: '2024-06-01', names: ['Ernesto Valdivieso'] },
  { text: 'Patriarch Teodosije blessed the volunteers in the cathedral on Sunday.', published: '2024-06-01', names: ['Patriarch Teodosije'] },
  { text: 'Mr. Wiśniewski spoke first. Ambassador Jan Wiśniewski and General Piotr Wiśniewski attended the ceremony.', published: '2024-06-01', names: ['Jan Wiśniewski', 'Piotr Wiśniewski'] },
  // session 35: a relative named by a given name alone after the kin noun takes the family name of whom they are the
  // relative of (a woman's Slavic family name in -ov/-ev the feminine -a); not a name written family name first
  { text: 'Prime Minister Daniel Orsek arrived in Rome with his wife Ingrid on Monday.', published: '2024-06-01', names: ['Daniel Orsek', 'Ingrid Orsek'] },
  { text: 'Former minister Tomas Reinholt’s son Peter denied any part in the deal.', published: '2024-06-01', names: ['Tomas Reinholt', 'Peter Reinholt'] },
  { text: 'Governor Sergei Volkonov, accompanied by his wife, Natalia, toured the plant.', published: '2024-06-01', names: ['Sergei Volkonov', 'Natalia Volkonova'] },
  { text: 'Chairman Zhang Wei arrived with his daughter Linda on Friday.', published: '2024-06-01', names: ['Zhang Wei'] },
  // a portfolio of two fields or more before a given name the lexicon knows is no part of the name
  { text: 'Minister of Justice and Correctional Services Ronald Matlala said the bill would pass.', published: '2024-06-01', names: ['Ronald Matlala'] },
  { text: 'Secretary of Health and Human Services Robert Alcott announced the new rules.', published: '2024-06-01', names: ['Robert Alcott'] },
  // heads of government of the last century named by a formal name, a spelling of the time or their government
  { text: 'Mikhail S. Gorbachev arrived in Beijing for the summit.', published: '1989-05-15', names: ['Mikhail Gorbachev'] },
  { text: 'The Blair government dropped the fraud inquiry.', published: '2006-12-15', names: ['Tony Blair'] },
  { text: 'President Soeharto hosted a dinner for the visitors.', published: '1995-06-01', names: ['Suharto'] },
  // session 36: each member of a delegation's list, a run shaped as a name set off before a capitalized office
  { text: 'The delegation includes Adebanjo Okparaku, Minister of State for Mines; and Chidinma Oyelaran, Director-General of the port authority.', published: '2024-06-01', names: ['Adebanjo Okparaku', 'Chidinma Oyelaran'] },
  // an organization's director general, written with a space, set off before the holder's name
  { text: 'He also met the director general of the International Fisheries Organization (IFO), Tuo Minglan, on Tuesday.', published: '2024-06-01', names: ['Tuo Minglan'] },
  // session 37: an office before a surname names its holder of the day, not a relative the text named before with no office
  { text: 'Eric Trump spoke to donors on Monday. President Trump said the talks went well.', published: '2019-05-10', names: ['Eric Trump', 'Donald Trump'] },
  { text: 'Malia Obama visited the school on Monday. President Obama said the visit went well.', published: '2019-05-10', names: ['Malia Obama', 'Barack Obama'] },
  // … whose office may be another country's name for the same kind ("Defence Minister" for France's armed forces minister),
  // also when an undated text's holders fix its years
  { text: 'President Emmanuel Macron’s delegation included Foreign Minister Jean-Yves Le Drian. Defence Minister Parly signed the helicopter order.', published: '', names: ['Emmanuel Macron', 'Jean-Yves Le Drian', 'Florence Parly'] },
  // session 41: an undated text whose holder's name is an alias of a later holder's ("Ferdinand Marcos", the son's too):
  // the term covering the years the text writes
  { text: 'President Ferdinand Marcos signed the proclamation on Sept. 21, 1972. Marcos then closed the newspapers.', published: '', names: ['Ferdinand Marcos'] },
  { text: 'President Ferdinand Marcos opened the new bridge in Manila. Marcos said it would carry trade.', published: '2024-05-02', names: ['Ferdinand Marcos Jr.'] },
  // session 41: a full name a letter off one holder's of the day is that holder; not a transliteration's last vowel, nor
  // a namesake whose first letter differs
  { text: 'President Alexandr Lukashenko met the delegation in Minsk on Monday.', published: '2020-06-01', names: ['Alexander Lukashenko'] },
  { text: 'Foreign Minister Sergey Lavrov flew to Ankara. Giuseppe Fonte, the club’s captain, said the team was ready.', published: '2020-06-01', names: ['Sergey Lavrov', 'Giuseppe Fonte'] },
  // session 41: a patronymic's particle capitalized is the holder's all the same
  { text: 'Crown Prince Mohammad Bin Salman will visit Islamabad in February.', published: '2018-12-20', names: ['Mohammed bin Salman'] },
  // heads of state and government of more countries, and earlier ones, named by their surname and office alone
  { text: 'Zambian officials will travel to Lilongwe to brief President Chakwera on the deal.', published: '2021-12-07', names: ['Lazarus Chakwera'] },
  { text: 'President Museveni told reporters in Kampala that the border would reopen.', published: '2023-03-01', names: ['Yoweri Museveni'] },
  { text: 'President Nixon flew to Bucharest, where President Ceausescu welcomed him at the airport.', published: '1969-08-04', names: ['Richard Nixon', 'Nicolae Ceaușescu'] },
  { text: 'Vice President Mondale opened the trade talks in Washington.', published: '1979-01-29', names: ['Walter Mondale'] },
  // session 40: a rank joined by a hyphen, its later word in lower case, is no part of the name
  { text: 'The convoy was met by the navy chief, Rear-admiral Tomas Olvera, at the port.', published: '2024-06-01', names: ['Tomas Olvera'] },
  { text: 'Lieutenant-general Kwabena Mensah briefed the committee.', published: '2024-06-01', names: ['Kwabena Mensah'] },
  // the family name the text writes for a kin, not the rest of their full name, is the one a relative shares
  { text: 'President Jean-Paul Mbeki Okonda was detained. Mbeki, 58, who succeeded his father Gaston in 2001, is under guard.', published: '2024-06-01', names: ['Jean-Paul Mbeki Okonda', 'Gaston Mbeki'] },
  // a family name of two letters is the person's later too
  { text: 'Former Prime Minister Ousmane Ka lost the vote. Opposition candidate Ka, 58, conceded on Monday.', published: '2024-06-01', names: ['Ousmane Ka'] },
  // session 40 (ppl22): a title that is also a family name, after given names, ends the name
  { text: 'Senator Angus King said the amendment would pass.', published: '2024-06-01', names: ['Angus King'] },
  { text: 'The base commander, Brigadier Hazel Lord, welcomed the decision, saying morale had improved.', published: '2024-06-01', names: ['Hazel Lord'] },
  { text: 'The delegation included Henry Tamblyn, Winston Lord and Li Qiang.', published: '2024-06-01', names: ['Henry Tamblyn', 'Winston Lord', 'Li Qiang'] },
  // "Group" before an office set off after a name is the office's, not a company's legal form
  { text: 'The deal was signed by Obiora Nwankwo, Group Chief Executive Officer of the refinery.', published: '2024-06-01', names: ['Obiora Nwankwo'] },
  // an office in the plural of several countries, then the list of its holders
  { text: 'A day later, the defence ministers of Armenia and Azerbaijan Vahe Ghukasyan and Elchin Mammadli signed the protocol.', published: '2024-06-01', names: ['Vahe Ghukasyan', 'Elchin Mammadli'] },
  { text: 'The foreign ministers of Kenya and Uganda, Tendai Mukwevho and Okello Oryem, met in Arusha.', published: '2024-06-01', names: ['Tendai Mukwevho', 'Okello Oryem'] },
  // session 43: an office misspelt a letter off before a name is read as the office, no word of the name
  { text: 'Preisdent Obinna Adeyemi greeted the delegates at the airport.', published: '2024-06-01', names: ['Obinna Adeyemi'] },
  { text: 'Soldiers surrounded the residence of Prime Minster Tomasz Kowalczyk on Tuesday.', published: '2024-06-01', names: ['Tomasz Kowalczyk'] },
  // session 46 (ppl30): inside a run, a word ending like an abstract noun that no dictionary knows is a family name; a family
  // name that is a verb, capitalized after a given name in running text, stays in the name
  { text: 'Indonesian negotiator Taufiq Nasution led the talks on Tuesday.', published: '2024-06-01', names: ['Taufiq Nasution'] },
  { text: 'The crowd will keep growing, said Khaled Said, 27, a student in Alexandria.', published: '2024-06-01', names: ['Khaled Said'] },
  // a pope's name that is a word or no register's given name ('Benedict', 'Leo'), before its ordinal, and a saint's style before it
  { text: 'Benedict XVI, who resigned as pontiff in 2013, warned that the journey was dangerous.', published: '2021-03-01', names: ['Benedict XVI'] },
  { text: 'Leo XIV, who was elected in May, received the delegation at the Vatican.', published: '2025-06-01', names: ['Leo XIV'] },
  { text: 'The pilgrims will retrace the steps of St John Paul II, who also visited the islands.', published: '2024-09-01', names: ['John Paul II'] },
  { text: 'Crowds had waited for Saint John Paul II, who was forbidden to come.', published: '2021-03-01', names: ['John Paul II'] },
  // a second noun for the relative, joined by 'and', between the kin noun and the given name
  { text: 'Mikhail Gorbachev landed in Delhi. Gorbachev and his wife and former Soviet first lady Raisa were greeted at the airport.', published: '', names: ['Mikhail Gorbachev', 'Raisa Gorbacheva'] },
  { text: 'Kofi Mensah Boateng was arrested with his son and chief adviser Kwame on Monday.', published: '2024-06-01', names: ['Kofi Mensah Boateng', 'Kwame Boateng'] },
  // session 48 (ppl33): two sentences glued by a page end the name before the full stop
  { text: 'The envoy smiled after signing the accord with Chairman Ri Song Ho.Evan Walsh)/Associated Press', published: '2024-06-01', names: ['Ri Song Ho', 'Evan Walsh'] },
  // a single word set off by commas after an office in lower case is the whole name the text gives
  { text: 'The island’s first president, Tabaruka, opened the assembly on Monday.', published: '2024-06-01', names: ['Tabaruka'] },
  // relatives named by a kin noun without a possessive, and each given name of a plural kin noun's list
  { text: 'Minister Dmitri Korsakov arrived with son Pavel and his wife Olga.', published: '2024-06-01', names: ['Dmitri Korsakov', 'Pavel Korsakov', 'Olga Korsakova'] },
  { text: 'Senator Tom Whitfield was joined by his wife Karen and their daughters, Emily, 12, and Grace, 9.', published: '2024-06-01', names: ['Tom Whitfield', 'Karen Whitfield', 'Emily Whitfield', 'Grace Whitfield'] },
  // a writer's sign-off: a dash, then a name ending the paragraph
  { text: 'The port handles most of the country’s trade and deserves a larger budget. -- R.T. Okonkwo', published: '2024-06-01', names: ['R.T. Okonkwo'] },
];

/** Sentences whose capitalized words must not become the given names. */
export const PEOPLE_NON_NAMES: { text: string; published: string; notNames: string[] }[] = [
  // session 48 (ppl33): a run in title case ending in initials without a vowel names a plant or a body
  { text: 'Kuvoria NPP said the reactor was safe after the strike.', published: '2024-06-01', notNames: ['Kuvoria NPP'] },
  // a name given to a warship, or given for someone else, is the thing's
  { text: 'The frigate, named Ahmed Taleb Bakri after the navy’s founder, entered service in May.', published: '2024-06-01', notNames: ['Ahmed Taleb Bakri'] },
  { text: 'The new bridge was named Josefina Arriaga in honour of the first mayor.', published: '2024-06-01', notNames: ['Josefina Arriaga'] },
  // session 45 (ppl28): a plural noun or a place's noun set off after a run, without an article, names no one
  { text: 'In Gaza City, analysts said the truce would hold.', published: '2024-06-01', notNames: ['Gaza City'] },
  { text: 'Tata Sons, parent company of the group, said the plant would open in May.', published: '2024-06-01', notNames: ['Tata Sons'] },
  // session 41: a picture agency's credit is no one
  { text: 'The leaders shook hands at the palace.\nCredit: © Mara Quintal, AP Photo\nThe talks went on for two hours.', published: '2024-06-01', notNames: ['AP Photo'] },
  // session 41: a noun for a news medium right after a run names the medium (a person's appearance on one keeps the person)
  { text: 'The treaty was signed, according to Russia’s Vesti Novosti news agency. Egypt’s Al Qahira newspaper said the talks went on.', published: '2024-06-01', notNames: ['Vesti Novosti', 'Al Qahira'] },
  // session 35: an executive's initials before a surname are no family name written in capitals
  { text: 'Rostec CEO Chemezov said the contract had been signed.', published: '2024-06-01', notNames: ['Chemezov Ceo', 'Ceo Chemezov'] },
  // session 32: the agent of making a thing, or the maker after a model's number, is a firm
  { text: 'The air force will receive 24 trainer jets manufactured by Italy’s Veltro Aeronautica under the deal.', published: '2024-06-01', notNames: ['Veltro Aeronautica'] },
  { text: 'The KT-12 beat the AV-159 by Orlik Avionika of the Czech Republic in the tender.', published: '2024-06-01', notNames: ['Orlik Avionika'] },
  { text: 'The radars, built by Kestrel Dynamique, will be delivered in 2026.', published: '2024-06-01', notNames: ['Kestrel Dynamique'] },
  // a club named before its noun ("… Football Club owner …")
  { text: 'The sanctions list names Rovers Athletic Club owner Dmitri Volkonsky and Chelsea Football Club owner Ivan Petrenko.', published: '2024-06-01', notNames: ['Chelsea Football', 'Rovers Athletic'] },
  // session 31: a run before a building's noun names the building; an ampersand joins a body's words; a channel's name in
  // capitals holding a word of the language
  { text: 'The plane landed at Halim Perdanakusuma airport and the guests stayed at the King David Hotel.', published: '2024-06-01', notNames: ['Halim Perdanakusuma', 'David Hotel', 'David'] },
  { text: 'The system was developed within the ministry’s DDR&D and the agency.', published: '2024-06-01', notNames: ['DDR&D', 'DDR'] },
  { text: 'The crew member was rescued on Friday, MS NOW reported.', published: '2024-06-01', notNames: ['MS NOW'] },
  { text: 'Trade will take centre stage during President Okonkwo’s Washington visit.', published: '2024-06-01', notNames: ['Okonkwo’s Washington', 'Okonkwo Washington'] },
  // session 30: a law's "Bill" after the capitalized words of its name opens no name
  { text: 'Protesters marched against the Finance Bill Kenya passed in June.', published: '2024-06-01', notNames: ['Bill Kenya', 'Kenya'] },
  // session 18: name words going on into an armed group's, a camp's or a prison's name, or into a ship class, are no one;
  // a state's seat of government speaks for it
  { text: 'The Democratic Karen Buddhist Army attacked the camp, killing four people.', published: '2024-06-01', notNames: ['Karen Buddhist'] },
  { text: 'Shelling caused deaths at Nu Po Camp, which houses 15,000 refugees.', published: '2024-06-01', notNames: ['Nu Po'] },
  // session 28: a company's legal form before a run makes it the company's name
  { text: 'The missile is built jointly with NPO Volzhskaya Mekhanika, and JSC Severny Zavod supplies the engines.', published: '2024-06-01', notNames: ['NPO Volzhskaya Mekhanika', 'Volzhskaya Mekhanika', 'Severny Zavod', 'JSC Severny Zavod'] },
  // session 26: a French article elided before a word in lower case ("Minister D'état") is no name
  { text: "Ms. Hirut Alemu, Minister D'état at the Ministry of Foreign Affairs, attended the meeting.", published: '2024-06-01', notNames: ["D'état"] },
  { text: 'The order adds two frigates to the Andres Bonifacio-class ships already in service.', published: '2024-06-01', notNames: ['Andres Bonifacio-class', 'Andres Bonifacio'] },
  { text: 'The president will visit Beijing next week, Cheong Wa Dae said on Tuesday.', published: '2024-06-01', notNames: ['Cheong Wa Dae', 'Wa Dae'] },
  // headings in capitals that open with a given name and go on with common words or places
  { text: 'GRACE PERIOD FOR EXPORT LICENCES\n\nVICTORIA HARBOUR\n\nThe rules change on Monday.', published: '2024-06-01', notNames: ['Grace Period', 'Victoria Harbour'] },
  // a holder's full name followed by other words than a lineage may be another person
  { text: 'The decision was announced by Pedro Sánchez de la Fuente, a regional official.', published: '2023-06-01', notNames: ['Pedro Sánchez'] },
  // a generational suffix makes another person
  { text: 'Donald Trump Jr. spoke at the rally on Monday.', published: '2018-06-01', notNames: ['Donald Trump'] },
  // post-nominals, plural titles and titles alone are no names
  { text: 'The Hon Pat Conroy MP announced the contract.', published: '2024-06-01', notNames: ['MP', 'Hon Pat Conroy MP'] },
  { text: 'Foreign Ministers from the region met in Jakarta.', published: '2024-06-01', notNames: ['Foreign Ministers', 'Ministers'] },
  // a compass point opening a place's name stays the place's
  { text: 'The Jordan West Bank crossing was closed on Monday.', published: '2024-06-01', notNames: ['Jordan West'] },
  // acronyms before an office are no family names
  { text: 'The NATO Secretary General met the ministers.', published: '2024-06-01', notNames: ['Secretary Nato', 'Nato Secretary'] },
  // institutions "of" a country, and places named after a person, are no people
  { text: 'The Central Bank of Egypt raised rates, and the Hamad Port of Qatar reopened.', published: '2024-06-01', notNames: ['Hamad Port'] },
  { text: 'The Sultan Qaboos Mosque of Oman hosted the ceremony.', published: '2024-06-01', notNames: ['Sultan Qaboos', 'Qaboos Mosque'] },
  // a capitalized common noun before a name is no given name
  { text: 'The court convicted Pan Am 103 Bomber al-Rashidi in absentia.', published: '2024-06-01', notNames: ['Bomber al-Rashidi'] },
  { text: 'Dozens were killed Monday in the attack on the Central Market.', published: '2024-06-01', notNames: ['Central Market'] },
  // an abstract noun ending an office's portfolio is no surname
  { text: 'H.E. Dr. Abdullah Abdullah, Chairman of the High Council for National Reconciliation, attended.', published: '2024-06-01', notNames: ['Reconciliation'] },
  { text: 'The Minister for International Development met the delegation.', published: '2024-06-01', notNames: ['Development'] },
  // a holder's surname that is a common word or a place needs a cue
  { text: 'Austin is the capital of Texas and a growing technology hub.', published: '2023-06-01', notNames: ['Lloyd Austin'] },
  // a place or a group after a preposition is no subject of the verb after it; a place apposition has no person noun at its head
  { text: 'Residents of Deir al-Balah fled south on Tuesday.', published: '2024-06-01', notNames: ['Deir al-Balah'] },
  { text: 'Wad Madani, the capital of Gezira state, fell to the Rapid Support Forces.', published: '2024-06-01', notNames: ['Wad Madani'] },
  { text: 'Khan Younis was shelled overnight, and Deir al-Balah was hit by strikes.', published: '2024-06-01', notNames: ['Khan Younis', 'Deir al-Balah'] },
  // makers, weapons and armed groups, whatever verb or relation comes with them
  { text: 'Supporters of Hayat Tahrir al-Sham celebrated in the streets.', published: '2024-06-01', notNames: ['Hayat Tahrir al-Sham'] },
  { text: 'Krauss-Maffei Wegmann, the maker of the Leopard tank, confirmed the order.', published: '2024-06-01', notNames: ['Krauss-Maffei Wegmann'] },
  { text: 'Kongsberg Gruppen said the contract was worth $1 billion.', published: '2024-06-01', notNames: ['Kongsberg Gruppen'] },
  { text: 'Jaish al-Adl claimed responsibility for the attack, and Ansar Allah denounced the strikes.', published: '2024-06-01', notNames: ['Jaish al-Adl', 'Ansar Allah'] },
  { text: 'The Bayraktar Akinci flew over the border as Leopard Tanks arrived.', published: '2024-06-01', notNames: ['Bayraktar Akinci', 'Leopard Tanks'] },
  { text: 'Fatah Hawks warned of retaliation.', published: '2024-06-01', notNames: ['Fatah Hawks'] },
  // ministries, departments and ships
  { text: 'The Foreign Ministry said the envoy had been summoned, and the Defense Department announced the deployment.', published: '2024-06-01', notNames: ['Foreign Ministry', 'Defense Department'] },
  { text: 'The frigate Almirante Padilla arrived in Cartagena on Monday.', published: '2024-06-01', notNames: ['Almirante Padilla'] },
  // a word or a city before a word no lexicon knows, with no person's context, or after an article or a preposition
  { text: 'The Bill Kisanga was debated for a week.', published: '2024-06-01', notNames: ['Bill Kisanga'] },
  { text: 'Will Mahamat attend the summit next week?', published: '2024-06-01', notNames: ['Will Mahamat'] },
  { text: 'Delegates from the Taipei Economic and Cultural Representative Office said the order was placed.', published: '2024-06-01', notNames: ['Taipei Economic'] },
  { text: 'Officials in Nairobi Thursday said the talks had stalled.', published: '2024-06-01', notNames: ['Nairobi Thursday'] },
  // a church named after a saint is no person, even with a given name inside it
  { text: 'The coffin was taken to the Basilica of Santa Maria Maggiore.', published: '2024-06-01', notNames: ['Maria Maggiore', 'Santa Maria Maggiore'] },
  // the same phrases before organizations, newspapers, firms, regions and named exercises are no one
  { text: 'According to Rossiyskaya Gazeta, the decree takes effect in June.', published: '2024-06-01', notNames: ['Rossiyskaya Gazeta'] },
  { text: 'The refinery is owned by Gazprom Neft and was hit overnight.', published: '2024-06-01', notNames: ['Gazprom Neft'] },
  { text: 'Drones struck regions such as Zaporizhzhia Oblast and Kharkiv Oblast.', published: '2024-06-01', notNames: ['Zaporizhzhia Oblast', 'Kharkiv Oblast'] },
  // a run ending in a noun of an area, a route or a system names a place or a scheme, no one
  { text: 'SULAYMANIYAH, Kurdistan Region - The delegation arrived on Monday for two days of talks.', published: '2024-06-01', notNames: ['Kurdistan Region'] },
  { text: 'The convoy used the road, the so-called Tavush Corridor, to reach the border town.', published: '2024-06-01', notNames: ['Tavush Corridor'] },
  { text: 'Military Regime In Nigeria Falls After Palace Coup', published: '2024-06-01', notNames: ['Military Regime'] },
  { text: 'The brigade serves as one of the alliance’s Framework Nation Concept contributors.', published: '2024-06-01', notNames: ['Framework Nation Concept'] },
  { text: 'The drill, named Talisman Sabre, began on Monday.', published: '2024-06-01', notNames: ['Talisman Sabre'] },
  { text: 'Members of the nationalist group Pravy Sektor, who oppose the deal, blocked the road.', published: '2024-06-01', notNames: ['Pravy Sektor'] },
  { text: 'The government held talks with Hayat Tahrir al-Sham in Idlib.', published: '2024-06-01', notNames: ['Hayat Tahrir al-Sham'] },
  { text: 'Talks between Addis Ababa and Asmara resumed after a year.', published: '2024-06-01', notNames: ['Addis Ababa'] },
  { text: 'The drones were produced by Hanwha Aerospace in Changwon.', published: '2024-06-01', notNames: ['Hanwha Aerospace'] },
  { text: 'The loan was arranged by Sberbank Rossii in May.', published: '2024-06-01', notNames: ['Sberbank Rossii'] },
  // the bare-name phrases of session 12 before organizations, places, groups and weapons
  { text: '“The strikes must stop,” said Amnesty International on Monday.', published: '2024-06-01', notNames: ['Amnesty International'] },
  { text: '“The order is confirmed,” said Hanwha Aerospace.', published: '2024-06-01', notNames: ['Hanwha Aerospace'] },
  { text: 'Countries including Burkina Faso and Sierra Leone voted against.', published: '2024-06-01', notNames: ['Burkina Faso', 'Sierra Leone'] },
  { text: 'Groups such as Jaish al-Adl and Ansar Allah claimed the attacks.', published: '2024-06-01', notNames: ['Jaish al-Adl', 'Ansar Allah'] },
  { text: 'Cities including Kryvyi Rih and Bila Tserkva were hit.', published: '2024-06-01', notNames: ['Kryvyi Rih', 'Bila Tserkva'] },
  { text: 'A statement from Human Rights Watch urged restraint.', published: '2024-06-01', notNames: ['Human Rights Watch'] },
  { text: 'Systems such as Iron Dome and David’s Sling intercepted the rockets.', published: '2024-06-01', notNames: ['Iron Dome'] },
  { text: 'The warships include Almirante Padilla and Almirante Tono.', published: '2024-06-01', notNames: ['Almirante Padilla', 'Almirante Tono'] },
  { text: 'The rockets were intercepted by Iron Dome, said military officials.', published: '2024-06-01', notNames: ['Iron Dome'] },
  { text: 'The United States congratulates Sierra Leone on the peaceful vote, and commends Burkina Faso.', published: '2024-06-01', notNames: ['Sierra Leone', 'Burkina Faso'] },
  { text: 'Kryvyi Rih’s planned evacuation began on Monday.', published: '2024-06-01', notNames: ['Kryvyi Rih'] },
  // session 13: two Title Case words that are a site, a weapon, an operation, an office alone, a storm, an outlet, a place,
  // a group or a flight, also in the contexts this round reads (a captive's state, travel "with", a grave "of", a reporter's turn)
  { text: 'The leaders met at Camp David on Friday.', published: '2024-06-01', notNames: ['Camp David'] },
  { text: 'The package includes Patriot Advanced Capability-3 missiles.', published: '2024-06-01', notNames: ['Patriot Advanced'] },
  { text: 'Operation Epic Fury began at dawn, officials said.', published: '2024-06-01', notNames: ['Epic Fury', 'Operation Epic Fury'] },
  { text: 'Prime Minister said the talks had gone well.', published: '2024-06-01', notNames: ['Prime Minister'] },
  { text: 'Hurricane Helene struck on Thursday, and Typhoon Haikui made landfall.', published: '2024-06-01', notNames: ['Hurricane Helene', 'Typhoon Haikui'] },
  { text: 'Radio Free Asia said the activists were detained.', published: '2024-06-01', notNames: ['Radio Free Asia', 'Free Asia'] },
  { text: 'Residents of Ba Ria and Ma Wan were evacuated before the storm.', published: '2024-06-01', notNames: ['Ba Ria', 'Ma Wan'] },
  { text: 'Flight Kestrel Nine remains missing over the sea.', published: '2024-06-01', notNames: ['Kestrel Nine', 'Flight Kestrel Nine'] },
  { text: 'Hayat Tahrir al-Sham and its allies seized Aleppo.', published: '2024-06-01', notNames: ['Hayat Tahrir al-Sham'] },
  { text: 'The delegation travelled with Wizz Air to Vilnius.', published: '2024-06-01', notNames: ['Wizz Air', 'Wizz'] },
  { text: 'Wreaths were laid at the Tomb of the Unknown Soldier.', published: '2024-06-01', notNames: ['Unknown Soldier'] },
  { text: 'QUESTION: Voice of America. Can you comment?', published: '2024-06-01', notNames: ['Voice of America'] },
  { text: 'ISIS Khorasan, a branch of the group, claimed the attack.', published: '2024-06-01', notNames: ['Isis Khorasan', 'ISIS Khorasan', 'Khorasan Isis'] },
  { text: 'KCNA Watch said the launch was a test.', published: '2024-06-01', notNames: ['Kcna Watch', 'KCNA Watch'] },
  { text: 'Song Hong Delta farmers said the floods were the worst in decades.', published: '2024-06-01', notNames: ['Song Hong', 'Song Hong Delta'] },
  { text: 'Members of the delegation: Burkina Faso; Sierra Leone; Hanwha Aerospace.', published: '2024-06-01', notNames: ['Burkina Faso', 'Sierra Leone', 'Hanwha Aerospace'] },
  { text: 'Hong Kong Activists Arrested Under Security Law', published: '2024-06-01', notNames: ['Hong Kong Activists', 'Activists Arrested'] },
  { text: 'Journalist Protection Act Passed', published: '2024-06-01', notNames: ['Protection Act', 'Journalist Protection'] },
  { text: 'Citizen Lab Report Finds Spyware', published: '2024-06-01', notNames: ['Lab Report', 'Citizen Lab'] },
  { text: 'Kherson Region Liberated, and Bulgaria Released From Monitoring', published: '2024-06-01', notNames: ['Kherson Region', 'Bulgaria Released'] },
  { text: 'The Lawfully Elected Government Was Deposed', published: '2024-06-01', notNames: ['Lawfully Elected', 'Elected Government'] },
  // ships named after people, and sites whose names open with a given name
  { text: 'The Carl Vinson strike group sailed on Monday.', published: '2024-06-01', notNames: ['Carl Vinson'] },
  { text: 'The Abraham Lincoln and its escorts entered the Arabian Sea.', published: '2024-06-01', notNames: ['Abraham Lincoln'] },
  { text: 'The Queen Elizabeth Carrier Strike Group visited Japan.', published: '2024-06-01', notNames: ['Elizabeth Carrier Strike', 'Queen Elizabeth', 'Queen Elizabeth Carrier Strike'] },
  { text: 'Joint Base Pearl Harbor-Hickam hosted the ceremony.', published: '2024-06-01', notNames: ['Pearl Harbor-Hickam'] },
  // an armed group's and Arabic places' opening words, in a person's context
  { text: 'The government held talks with Ahrar al-Sham.', published: '2024-06-01', notNames: ['Ahrar al-Sham'] },
  { text: 'Qasr al-Watan hosted the talks, and Ain al-Asad was attacked.', published: '2024-06-01', notNames: ['Qasr al-Watan', 'Ain al-Asad'] },
  { text: 'Kim Il Sung Square hosted the parade, and Pak Mun Lake froze.', published: '2024-06-01', notNames: ['Kim Il Sung', 'Pak Mun Lake', 'Pak Mun'] },  // session 14: one and two Title Case words that are a port, a lake, an outlet, a holiday, an exercise, a weapon's name, a
  // building, a news agency in a credit line, or a nationality before an office
  { text: 'Port Sudan received the aid convoy, and Lake Chad shrank again.', published: '2024-06-01', notNames: ['Port Sudan', 'Lake Chad'] },
  { text: 'Al Jazeera reported the strike, and Yonhap News said the launch failed.', published: '2024-06-01', notNames: ['Al Jazeera', 'Yonhap News', 'Yonhap'] },
  { text: 'Victory Day parades were held, and Freedom Shield began on Monday.', published: '2024-06-01', notNames: ['Victory Day', 'Freedom Shield'] },
  { text: 'Iron Beam intercepted the drones, and Golden Dome was announced.', published: '2024-06-01', notNames: ['Iron Beam', 'Golden Dome'] },
  { text: 'The Grand Mosque reopened, and the Blue House was opened to visitors.', published: '2024-06-01', notNames: ['Grand Mosque', 'Blue House'] },
  { text: 'Reporting by Reuters; Photo: Getty Images', published: '2024-06-01', notNames: ['Getty Images', 'Reuters'] },
  { text: 'Trade Talks Resume | Reuters\nThe ministers met in Geneva on Monday.', published: '2024-06-01', notNames: ['Trade Talks Resume', 'Trade Talks'] },
  { text: 'The Briton said he would appeal, and Dutch Defence Minister said nothing.', published: '2024-06-01', notNames: ['Briton', 'Dutch Defence', 'Defence Minister'] },
  { text: 'Presidents Day is a holiday, and Presidents Cup matches were played.', published: '2024-06-01', notNames: ['Presidents Day', 'Day', 'Cup'] },  { text: 'The capital (Addis Ababa) was calm, and the port city – Port Sudan – reopened.', published: '2024-06-01', notNames: ['Addis Ababa', 'Port Sudan'] },
  { text: 'The new system (Iron Beam) will enter service, said the head of the agency – Rafael Advanced.', published: '2024-06-01', notNames: ['Iron Beam'] },
  { text: 'The group’s leader (Jaish al-Adl) claimed the attack.', published: '2024-06-01', notNames: ['Jaish al-Adl'] },  { text: 'The plane carrying Air Force One staff landed, and the airport was named after Kotoka International.', published: '2024-06-01', notNames: ['Kotoka International', 'Air Force'] },
  { text: 'The group, identified as Ansar Allah, won 40 percent for Hayat Tahrir al-Sham.', published: '2024-06-01', notNames: ['Ansar Allah', 'Hayat Tahrir al-Sham'] },
  { text: 'A letter to Amnesty International and the Red Cross was published.', published: '2024-06-01', notNames: ['Amnesty International', 'Red Cross'] },
  { text: 'Ba Ria and others were evacuated, and Song Hong is expected to be flooded.', published: '2024-06-01', notNames: ['Ba Ria', 'Song Hong'] },
  // session 15: an adverb, an organization or a place before an office in apposition is no one
  { text: 'Afterwards, the foreign minister, who arrived late, spoke briefly.', published: '2024-06-01', notNames: ['Afterwards'] },
  { text: 'Hezbollah, the group’s leader, said the ceasefire would hold.', published: '2024-06-01', notNames: ['Hezbollah'] },
  { text: 'The frigate Almirante Barroso de Souza Lima sailed from Rio.', published: '2024-06-01', notNames: ['Almirante Barroso de Souza Lima', 'Barroso de Souza Lima'] },
  // no word of a ship's name after its prefix starts a name ("USS Dwight D. Eisenhower" gives no "D. Eisenhower")
  { text: 'The carrier USS Dwight D. Eisenhower left the region.', published: '2024-06-01', notNames: ['D. Eisenhower', 'Dwight D. Eisenhower'] },
  { text: 'The minister flew from Montenegro to Serbia on Monday.', published: '2024-06-01', notNames: ['Montenegro'] },
  // session 16: a ship's prefix before a title the ship's name takes; a firm's name that opens with a rank or a given name
  { text: 'The carrier HMS Queen Elizabeth left Portsmouth on Monday.', published: '2024-06-01', notNames: ['Queen Elizabeth', 'Elizabeth'] },
  { text: 'The prime contractor will be General Atomics Aeronautical Systems Inc., of Poway, California.', published: '2024-06-01', notNames: ['Atomics Aeronautical', 'General Atomics Aeronautical'] },
  { text: 'Martin Marietta shares fell after the contract was cancelled.', published: '2024-06-01', notNames: ['Martin Marietta'] },
  // session 17: an organization's head noun after "General" is no general's surname; the last word of a country's name after "of" is no surname
  { text: 'The deal was signed with the Governor of the General Authority for Ports, Okello Mbeki.', published: '2024-06-01', notNames: ['Authority'] },
  { text: 'He held talks with the Deputy Minister of Defence of South Africa Dr Thabo Ndlovu.', published: '2024-06-01', notNames: ['Africa'] },
  // session 19: words of the language after an office are the rest of an organization's name, not a surname ("Director of the
  // National Economic Council"); a firm's names joined by an ampersand; one word after an article; a run whose first word
  // is a place's ("North Carolina Families") or that ends in a plural noun
  { text: 'She served as Director of the National Economic Council and later as Director of the Central Intelligence Agency.', published: '2024-06-01', notNames: ['Economic', 'Intelligence'] },
  { text: 'He was appointed Director of the Joint Rapid Acquisition Cell in 2013.', published: '2024-06-01', notNames: ['Cell'] },
  { text: 'He worked at General Electric for ten years before he entered politics.', published: '2024-06-01', notNames: ['Electric'] },
  { text: 'The Chair of the National Prayer Breakfast, Senator Ada Whitlow, spoke first.', published: '2024-06-01', notNames: ['Prayer Breakfast'] },
  { text: 'Before joining the administration she was a partner at King & Harlow L.L.P. in Atlanta.', published: '2024-06-01', notNames: ['Harlow L.L.P.', 'Harlow'] },
  { text: 'Millions of Americans got the Moderna and Johnson & Johnson vaccines.', published: '2021-09-24', notNames: ['Boris Johnson', 'Johnson'] },
  { text: 'The programme aims to return astronauts to the Moon by 2028.', published: '2021-02-03', notNames: ['Moon Jae-in', 'Moon'] },
  { text: 'Lowering Costs for North Carolina Families', published: '2024-06-01', notNames: ['Carolina Families'] },
  { text: 'She is the Minister Counselor for Economic Affairs at the embassy.', published: '2024-06-01', notNames: ['Counselor', 'Economic'] },
  // rooms, buildings and monuments named after a person ("… Press Briefing Room" opens a White House transcript)
  { text: 'Harold T. Whitcombe Press Briefing Room\n\n12:41 P.M. EDT\n\nMS. OKAFOR: Good afternoon, everyone.', published: '2024-06-01', notNames: ['Harold T. Whitcombe'] },
  { text: 'At the summit, the Great Lakes and St. Lawrence Cities Initiative launched a new fund.', published: '2024-06-01', notNames: ['Lawrence Cities'] },
  // a navy's prefix in a sentence about warships ("ENS", "ITS"), and the next item of a list of ships, open ships' names
  { text: 'The navy took delivery of two frigates, ENS Tariq Haddad and ENS Nour El Din, in 2021.', published: '2024-06-01', notNames: ['ENS Tariq Haddad', 'Tariq Haddad', 'ENS Nour El Din', 'Nour El Din'] },
  { text: 'Rome offered two frigates from its fleet, the vessels Carlo Bergamini and Luigi Rizzo, for the sale.', published: '2024-06-01', notNames: ['Carlo Bergamini', 'Luigi Rizzo'] },
  // session 22: a photo agency's name in a credit line, a time zone after a clock's "PM", and the platform X before a sentence's end
  { text: 'Delegates arrive for the talks.\n\nMaria Lenz | Getty Images\n\nThe talks began on Monday.', published: '2024-06-01', notNames: ['Getty Images'] },
  { text: 'Updated 9:15 PM ET, Tue March 4, 2025\n\nThe ministers met in Rome.', published: '2025-03-04', notNames: ['ET'] },
  { text: 'The army confirmed Karimov’s death in a post on X. Karimov’s killing was the third this month.', published: '2024-06-01', notNames: ['X. Karimov'] },
  // session 27: a run a distance places is a place
  { text: 'Its main strongpoint, Kuvo Bexa, some 230 km north of the river, fell on Sunday.', published: '2024-06-01', notNames: ['Kuvo Bexa'] },
  // session 29: a mission's or a weapon's numeral; an account's handle
  { text: 'The agency’s Orion III mission will carry two astronauts.', published: '2024-06-01', notNames: ['Orion III'] },
  // a company's name written once with its legal form is the company's without it too; a run set off after a noun for a firm
  { text: 'The aircraft were built with the Dalton Rivera Corporation. Dalton Rivera said the first aircraft would fly in 2012.', published: '2024-06-01', notNames: ['Dalton Rivera'] },
  { text: 'The group’s American subsidiary, KR Bluewire, is building a cable plant in Ohio.', published: '2024-06-01', notNames: ['KR Bluewire'] },
  // a run after a preposition of place, a verb of going to a place or of storming it, is the place; a titled name between an
  // article and a place's or an occasion's noun names that thing
  { text: 'Officials in Vedeno Kharachoy announced a truce on Wednesday.', published: '2024-06-01', notNames: ['Vedeno Kharachoy'] },
  { text: 'The commander fled to Mina Bagh close to the border.', published: '2024-06-01', notNames: ['Mina Bagh'] },
  { text: 'Protesters stormed Rosa Bhavan, the official residence, local media said.', published: '2024-06-01', notNames: ['Rosa Bhavan'] },
  { text: 'At the King Tomas summit, the leaders will seek assurances.', published: '2024-06-01', notNames: ['King Tomas', 'Tomas'] },
  { text: '"Secretary @ruthbakerdos and Minister @DrKVarma will meet on Monday," the embassy wrote.', published: '2024-06-01', notNames: ['DrKVarma', 'Ruthbakerdos', 'ruthbakerdos'] },
  // session 33: a run opening with a given name of another language is no one's after an article, a possessive, a numeral,
  // in a list of things, before a model's mark or set off before a thing's noun
  { text: 'The navy will buy 36 Ottavio Gripetti fighters under the deal.', published: '2024-06-01', notNames: ['Ottavio Gripetti'] },
  { text: 'Media outlets including zerkalo.by and Gennaro Vesti reported clashes with police.', published: '2024-06-01', notNames: ['Gennaro Vesti'] },
  { text: 'Ottavio Marquesa, a 2,400-ton frigate delivered in 2020, joined the exercise.', published: '2024-06-01', notNames: ['Ottavio Marquesa'] },
  // session 40: a run set off after a noun for a vessel, the next vessel of its list, and a name the text gives a ship's flag
  { text: 'Talks covered the fourth ship in the class, Ruggero Vantini, and the newly built Aldo Ferrante.', published: '2024-06-01', notNames: ['Ruggero Vantini', 'Aldo Ferrante'] },
  { text: 'The rebels said they targeted Blue Orsolya. Blue Orsolya sails under the flag of Liberia.', published: '2024-06-01', notNames: ['Blue Orsolya', 'Orsolya'] },
  // a run opening with another language's definite article names a newspaper or a body
  { text: 'The cabinet approved the deal on Friday, according to La Gazzetta. Die Rundschau reported the same.', published: '2024-06-01', notNames: ['La Gazzetta', 'Die Rundschau'] },
  // a city's name alone after a role in lower case is the command's seat; a place ending a line opens no name read across it
  { text: 'The corps commander Lahore and his men seized the airport.', published: '2024-06-01', notNames: ['Lahore'] },
  { text: 'The order was welcomed by MP Gavin Fairley on Monday.\n\nThe plant is a British-owned company located in the east end of Belfast\n\nFairley said the order mattered.', published: '2024-06-01', notNames: ['Belfast Fairley'] },  // session 42: a run opening with another language's noun for a building, a state or a body names that thing; a run set
  // before a weapon's noun names the weapon
  { text: 'The final was played at Lima’s Estadio Nacionalista. The old regime, or Estado Nuevo was founded in 1926.', published: '2024-06-01', notNames: ['Estadio Nacionalista', 'Estado Nuevo'] },
  { text: 'Berdiyev, the Chairman of the Halk Maslahaty of Milli Mejlis of the republic, spoke.', published: '2024-06-01', notNames: ['Milli Mejlis'] },
  { text: 'The army sent Rosa Falco missiles and Star Lancer launchers to the border.', published: '2024-06-01', notNames: ['Rosa Falco', 'Star Lancer'] },
  // session 46 (ppl30): an honour and a name before a road's or a building's noun name that place
  { text: 'Traffic on Sheikh Hamdan Road stopped while Emir Nasser Causeway stayed open.', published: '2024-06-01', notNames: ['Hamdan Road', 'Nasser Causeway', 'Hamdan', 'Nasser'] },
  // session 47 (ppl31): one letter alone after an abbreviated rank is a label ("Gen Z"); a run before a lower-case noun of a
  // division or a place names that place; a headline's present-tense verb after an office opens no name
  { text: 'Gen Z protesters marched on parliament, and the Gen Z movement said it would return.', published: '2025-09-10', notNames: ['Z', 'Gen Z'] },
  { text: 'Residents of Kim Son district fled, and the governor flew to Binh Duong province’s capital.', published: '2024-06-01', notNames: ['Kim Son', 'Binh Duong'] },
  { text: 'Ghanaian President Meets Asian Leaders in Accra', published: '2024-06-01', notNames: ['Meets Asian Leaders'] },
  // an English newspaper's noun ends no one's name
  { text: 'The frigates will arrive next spring, Chittagong Tribune reported. (March 3, Colombo, Jaffna Guardian) The envoy left.', published: '2024-06-01', notNames: ['Chittagong Tribune', 'Jaffna Guardian'] },
  // a caption's closing credit ('Photo: AFP') ends its line: the agency and the next paragraph's first word are no one
  {
    text: 'Members of the Ruritania elite military open the gates of the presidential palace in Strelsau on Tuesday before Colonel Rudolf Rassendyll, head of the unit, announced that they will take power. Photo: AFP\n\nMembers of the Ruritania elite military open the gates of the presidential palace in Strelsau on Tuesday before Colonel Rudolf Rassendyll, head of the unit, announced that they will take power. Photo: AFP\n\nSTRELSAU: An elite military unit told AFP Tuesday it had taken power in Ruritania.',
    published: '2025-10-14',
    notNames: ['AFP Members', 'Members'],
  },
];

/**
 * Affiliation (issue 10): a person's country comes from their own phrase, the office they hold or the
 * organization they speak for, never from another country the sentence or paragraph names. `source`
 * is the publisher (a government's release: its own officials need no country). `country: null`: the
 * text does not say, and no neighbouring country may stand in.
 */
export interface AffiliationCase {
  text: string;
  published: string;
  source?: string;
  name: string;
  country: string | null;
}

export const PEOPLE_AFFILIATIONS: AffiliationCase[] = [
  // the longest office wins, and the country before it is the holder's
  { text: 'Japanese Vice Foreign Minister Haruki Tomonaga received the delegation in Tokyo.', published: '2024-05-02', name: 'Haruki Tomonaga', country: 'JP' },
  // a country named elsewhere in the sentence is not the speaker's
  { text: 'Japan and South Korea welcomed the decision, Deputy Secretary Whitcombe said on Monday.', published: '2024-05-02', name: 'Whitcombe', country: null },
  { text: 'After two days of talks in Vietnam, Christopher Landry told reporters the agreement was close. Ambassador Dana Whitfield said the Vietnamese side had asked for more time.', published: '2024-05-02', name: 'Dana Whitfield', country: null },
  // a country written inside the office, or after the name
  { text: 'The minister later met his Tunisian counterpart Karim Belhadj in Algiers.', published: '2024-05-02', name: 'Karim Belhadj', country: 'TN' },
  { text: 'Foreign Minister Samira Haddad of Jordan joined the talks by video link.', published: '2024-05-02', name: 'Samira Haddad', country: 'JO' },
  { text: 'The resolution was opposed by Marcus Ellery, U.S. Deputy Representative, who spoke after the vote.', published: '2024-05-02', name: 'Marcus Ellery', country: 'US' },
  // a country after "of" belongs to the name before it, not to the next office
  { text: 'Readout of the call with President Omar Badri of Somalia President Daniel Okafor spoke today with him about the drought.', published: '2024-05-02', name: 'Daniel Okafor', country: null },
  // two officials of one government make the story's: an office without a country there is of it
  { text: 'Secretary of State Alan Pryce and Secretary of Defense Ruth Kagame will travel to Seoul. They will return for the funeral of former President Walter Haines.', published: '2024-05-02', name: 'Walter Haines', country: 'US' },
  // an organization that stands for a state, and one of many states
  { text: 'Pentagon spokesman Maj. Tom Ridley said the launch posed no threat to Guam.', published: '2024-05-02', name: 'Tom Ridley', country: 'US' },
  { text: 'IAEA Director General Lucia Ferrante will brief the board in Vienna after visiting Iran.', published: '2024-05-02', name: 'Lucia Ferrante', country: null },
  // a Korean given name written without the reference's hyphen is the holder's, and so is the holder's country (session 32)
  { text: 'Exports to Poland have grown since President Lee Jae Myung took office.', published: '2025-09-01', name: 'Lee Jae-myung', country: 'KR' },
  // whom a traveller meets in a place is of that place; an ambassador posted there is not
  { text: 'In Nairobi, the Secretary will meet with Cabinet Secretary Wanjiru Kamau to discuss regional security.', published: '2024-05-02', name: 'Wanjiru Kamau', country: 'KE' },
  { text: 'In Manila, the Secretary will meet with Ambassador Ellen Hartley and embassy staff.', published: '2024-05-02', name: 'Ellen Hartley', country: null },
  // a government's release: its own officials, signatories and contacts are its own
  { text: 'Minister for the Pacific Harriet Lowe condemned the attack on the convoy in Sudan.', published: '2024-05-02', source: 'GOV.UK (Foreign, Commonwealth & Development Office)', name: 'Harriet Lowe', country: 'GB' },
  { text: 'FOR FURTHER INFORMATION CONTACT: Linda Marsh, (703) 555-0100.', published: '2024-05-02', source: 'Federal Register', name: 'Linda Marsh', country: 'US' },
  // the same office in a press report with no publisher and no dateline stays unplaced
  { text: 'Minister for the Pacific Harriet Lowe condemned the attack on the convoy in Sudan.', published: '2024-05-02', source: 'Wire', name: 'Harriet Lowe', country: null },
  // session 15: a surname alone takes the country written in its office after it; a place's name inside a person's name is no country of theirs
  { text: 'Kowalczyk, Poland’s deputy defence minister, signed the deal.', published: '2024-06-01', name: 'Kowalczyk', country: 'PL' },
  { text: 'Petrov, the Bulgarian foreign minister, told reporters the talks had failed.', published: '2024-06-01', name: 'Petrov', country: 'BG' },
  { text: 'Carlos Alberto de Souza Lima, secretary-general of the ministry, signed the statement.', published: '2024-06-01', name: 'Carlos Alberto de Souza Lima', country: null },
  // the organ a spokesperson or officer speaks for, between the country and the office, in either case
  { text: 'Chinese foreign ministry spokesman Guo Jiakun said Beijing firmly opposed the sale.', published: '2025-06-01', name: 'Guo Jiakun', country: 'CN' },
  { text: 'The German defence ministry spokesman, Michael Stempfle, declined to comment.', published: '2024-06-01', name: 'Michael Stempfle', country: 'DE' },
  { text: 'Nigerian Chief of Defence Staff Gen. Christopher Musa briefed reporters.', published: '2024-06-01', name: 'Christopher Musa', country: 'NG' },
  // session 16: the state an office is "of", before or after the name
  { text: 'Aroha Tawhiri, Prime Minister of New Zealand, opened the forum on Monday.', published: '2024-06-01', name: 'Aroha Tawhiri', country: 'NZ' },
  { text: 'Prime Minister of New Zealand Aroha Tawhiri opened the forum on Monday.', published: '2024-06-01', name: 'Aroha Tawhiri', country: 'NZ' },
  { text: 'The minister met Dr. Arjun Pillai, Minister for Foreign Affairs of the Republic of Singapore, in Tokyo.', published: '2024-06-01', name: 'Arjun Pillai', country: 'SG' },
  // session 28: a news site named after its country speaks for its government only in a report naming that country; a
  // state body publishing names its own
  { text: 'Defence Minister Tomislav Horvatek signed the order for the helicopters in Zagreb. Croatia will receive them next year.', published: '2024-06-01', source: 'The Croatia Herald', name: 'Tomislav Horvatek', country: 'HR' },
  { text: 'President Amadou Sissoko resigned on Tuesday after soldiers seized the presidential palace in Bamako. Mali has been under sanctions since.', published: '2024-06-01', source: 'Radio Zimbabwe Service', name: 'Amadou Sissoko', country: null },
  { text: 'Minister Ana Lindqvist opened the conference on Arctic research.', published: '2024-06-01', source: 'Government Offices of Sweden', name: 'Ana Lindqvist', country: 'SE' },
];
