// Texts written here for issue 10's meeting round (session 16): readouts and itineraries that tell several
// meetings, each a meeting of its own as the corpus guide counts them (one per counterpart group, per stop).
// Read as a short document published Wednesday 2025-03-05, as a government's release when `release` is set;
// `meetings` lists every MEETING-family event as `<day or -> <country or ->`.

export const MEETING_ROUND_TEXTS: { text: string; release?: boolean; meetings: string[] }[] = [
  // (session 48) an office-holder's official residence or seat places the meeting held there (a lexicon of residences, or the
  // residence named after an office the sentence's person holds); a later leg of the journey ("before heading to …") does not
  // place the meeting of the leg the sentence tells; in a one-stop visit's story a meeting a host of that country takes part
  // in is held there
  { text: 'President Amara Keita met Prime Minister Lena Varga at the Casa Rosada on Tuesday.', meetings: ['2025-03-04 AR'] },
  { text: 'President Jonas Dahl held talks with Chancellor Karl Ozols at Malacañang Palace on Monday.', meetings: ['2025-03-03 PH'] },
  { text: 'President Jonas Dahl met Prime Minister Lena Varga at the Union Buildings on Monday.', meetings: ['2025-03-03 ZA'] },
  {
    text: 'On Monday, Japanese Prime Minister Lena Varga met Chinese Vice Premier Jonas Dahl in the dining room of the Prime Minister’s Official Residence.',
    meetings: ['2025-03-03 JP'],
  },
  {
    text: 'Prime Minister Lena Varga arrived in Indonesia on Monday for a two-day visit.\n\nOn Tuesday she held talks with Indonesian President Jonas Dahl on trade and security, before heading to Malaysia.',
    meetings: ['2025-03-04 ID'],
  },
  // (session 46) a call to a person named by name, told with what calls are made for ("to concede", "to congratulate"), held
  // nowhere; a meeting phrase opening the sentence ends at the comma before its clause's subject ("At a meeting with X in Oslo,
  // the Danish minister said"): the subject is no second counterpart
  { text: 'President Lena Varga won the vote. Her rival Jonas Dahl called Varga on Monday to concede defeat.', meetings: ['2025-03-03 -'] },
  { text: 'President Lena Varga called her challenger Jonas Dahl on Monday to congratulate him on the result.', meetings: ['2025-03-03 -'] },
  { text: 'At a meeting with Prime Minister Jonas Dahl in Oslo on Monday, the Danish Foreign Minister Lena Varga said trade would grow.', meetings: ['2025-03-03 NO'] },
  // (session 45) a meeting told again by its noun with a definite word ("The meeting was attended by …", "The discussions between
  // the two ministers …") is the meeting told before, whoever it names; a council deciding as an organ holds no meeting
  {
    text: 'Foreign Minister Lena Varga met Foreign Minister Jonas Dahl in Oslo on Monday.\n\nDahl said the two countries would deepen trade.\n\nThe meeting was attended by Ambassador Karl Ozols and Deputy Minister Tomas Berg.',
    meetings: ['2025-03-03 NO'],
  },
  {
    text: 'Foreign Minister Lena Varga met Foreign Minister Jonas Dahl in Oslo on Monday.\n\nThe discussions between the Norwegian minister and the visiting minister of Ghana focused on trade.',
    meetings: ['2025-03-03 NO'],
  },
  { text: 'The National Council for the Defence of the Homeland (Conseil national pour la défense de la patrie, CNDP) has lifted the curfew on Monday.', meetings: [] },
  { text: 'In April 2024 the Defence Procurement Council (DPC) had also cleared the purchase of 12 helicopters.', meetings: [] },
  // (session 44) a call and a sitting at a place are two meetings, whatever people they share: the call held nowhere on its
  // day, the sitting at its place without the call's day
  {
    text: 'Foreign Minister Jonas Dahl held telephone talks with Foreign Minister Lena Varga on Monday.\nDahl said that the meeting between President Tomas Berg and President Karl Ozols in Riga is very important.',
    meetings: ['2025-03-03 -', '- LV'],
  },
  {
    text: 'Prime Minister Jonas Dahl met President Karl Ozols in Riga on Monday.\nOn Tuesday, Dahl had a telephone conversation with Ozols about the floods.',
    meetings: ['2025-03-03 LV', '2025-03-04 -'],
  },
  // (session 40) talks told after a round of calls are those calls: held nowhere, on the round's day, one per counterpart
  // listed; the call's medium written after talk words makes them a call too; a place written with the talks keeps them there
  {
    text: 'President Tomas Berg took part in a round of telephone calls on Sunday 2 March 2025 with fellow leaders.\n\nBerg had discussions with Prime Minister Jonas Gahr Støre of Norway, President Lena Varga of Latvia and King Carl Gustaf of Sweden.',
    meetings: ['2025-03-02 -', '2025-03-02 -', '2025-03-02 -'],
  },
  { text: 'President Tomas Berg spoke with Prime Minister Jonas Gahr Støre, President Lena Varga and King Carl Gustaf on Monday via telephone.', meetings: ['2025-03-03 -', '2025-03-03 -', '2025-03-03 -'] },
  {
    text: 'President Tomas Berg took several phone calls on Sunday 2 March 2025.\n\nOn Monday, Berg held discussions with President Lena Varga in Accra.',
    meetings: ['2025-03-03 GH'],
  },
  // (session 38) a meeting told by its noun alone, placed by it and dated in its sentence, no one named, is a meeting there;
  // not a press conference, and not a second one where the text has one already
  { text: 'The two-day meeting in Tromsø, Norway, on October 11-12, 2029, broke with the usual practice.', meetings: ['2029-10-11 NO'] },
  { text: 'A ministerial meeting on the crisis will be held in Accra on October 11, 2029.', meetings: ['2029-10-11 GH'] },
  { text: 'There was a press conference in Accra on October 11, 2029.', meetings: [] },
  {
    text: 'President Tomas Berg met Foreign Minister Lena Varga in Accra on October 11, 2029. Officials called it a useful, private meeting in Accra on October 11, 2029.',
    meetings: ['2029-10-11 GH'],
  },
  // (session 36) a place after a topic's words is what a gathering is about ("peace efforts in X"); meeting a state's requirements is no meeting; a gathering named by its weekday and told as still to come is the
  // coming day, whatever the tense of the saying
  { text: 'President Tomas Berg met Foreign Minister Lena Varga of Norway to discuss peace efforts in Somalia.', meetings: ['- -'] },
  { text: "The minister said the jets would be modified to meet Chile's requirements.", meetings: [] },
  { text: "In a statement on Sunday, Foreign Minister Lena Varga said Thursday's summit in Accra coincides with the harvest festival.", meetings: ['2025-03-06 GH'] },
  // (session 35) a stop's engagement told again in another sentence is one meeting: the same counterpart named, or named by the
  // same office ("her counterpart"); the day its own clause tells beats the stop's day
  {
    text: 'President Lena Varga of Norway arrived in Accra on Monday for a visit to Ghana where she is scheduled to meet with President John Mahama on Wednesday.\n\nDuring her meeting with Mahama on Wednesday in Accra, she is expected to discuss the cocoa trade.',
    meetings: ['2025-03-05 GH'],
  },
  {
    text: 'Foreign Minister Lena Varga will pay a two-day visit to Ghana beginning Friday, during which she will hold talks with her counterpart there on trade.\n\nVarga will visit Ghana on March 7-8 at the invitation of the Foreign Minister of Ghana Sam Ablakwa, the ministry said.\n\nDuring the visit, Varga will have a bilateral meeting with her counterpart covering trade and security, it said.\n\nVarga is on a three-day visit to Togo which started Monday.',
    meetings: ['2025-03-07 GH'],
  },
  // (session 35) a meeting told right after a one-day visit of the same person is held on the visit's day (not the lead's);
  // after a visit of several days it stays undated
  {
    text: "The company reported on Wednesday that the order was worth 2 billion euros.\n\nThe announcement came two days after a visit to Oslo by Ghana's Prime Minister Lena Varga. She met Norwegian Prime Minister Jonas Gahr Støre, whose government must approve the sale.",
    meetings: ['2025-03-03 NO'],
  },
  {
    text: "The company reported on Wednesday that the order was worth 2 billion euros.\n\nThe announcement came a week after a three-day visit to Oslo by Ghana's Prime Minister Lena Varga from February 24 to February 26. She met Norwegian Prime Minister Jonas Gahr Støre, whose government must approve the sale.",
    meetings: ['- NO'],
  },
  // (session 36) …a one-day visit is one day (the test of a visit of several days took "one-day" for a span)
  {
    text: "The company reported on Wednesday that the order was worth 2 billion euros.\n\nThe announcement came two days after a one-day visit to Oslo by Ghana's Prime Minister Lena Varga. She met Norwegian Prime Minister Jonas Gahr Støre, whose government must approve the sale.",
    meetings: ['2025-03-03 NO'],
  },
  // (session 34) talks told as a noun whose two sides are states are a meeting of theirs, undated and unplaced unless the
  // sentence says; talks with a side that is no state, or between "the two sides", are none
  { text: 'Reports of the talks between Norway and Chile on the frigates first appeared last year.', meetings: ['- -'] },
  { text: 'Sino-Chilean talks on the purchase had stalled over the price of the spare parts.', meetings: ['- -'] },
  { text: 'Oslo is also engaged in talks with Ghana about a second coastal radar.', meetings: ['- -'] },
  { text: 'Analysts said Norway was negotiating with Chile for the patrol boats.', meetings: ['- -'] },
  { text: 'Analysts said Norway was negotiating with Kongsberg for the patrol boats.', meetings: [] },
  { text: 'Reports of the talks between the two sides on the frigates first appeared last year.', meetings: [] },
  // (session 32) an engagement told in a paragraph of its own without a place is at the stop the paragraphs before were at;
  // with a day of its own (not the stop's), one counterpart named by office is a meeting there, not the stop's visit itself
  {
    text: 'Foreign Minister Lena Varga left Norway on Sunday for visits to Ghana, Togo and Benin.\n\nVarga is in Accra for an official visit, the ministry said.\n\nOn Monday, March 10, Varga will hold talks with the President.',
    meetings: ['2025-03-10 GH'],
  },
  {
    text: 'Foreign Minister Lena Varga will travel to Ghana, Togo and Benin from March 9 to March 14.\n\nIn Ghana, Varga will meet business leaders.\n\nOn March 10, Varga will hold talks with the President on trade.',
    meetings: ['- GH', '2025-03-10 GH'],
  },
  // (no stop told before it: the engagement stays unplaced, no stop's meeting)
  {
    text: 'Foreign Minister Lena Varga will travel to Ghana, Togo and Benin from March 9 to March 14.\n\nVarga will hold talks with the President on trade.\n\nIn Togo, she will open an embassy.',
    meetings: [],
  },
  // (session 33) a council of states or ministers still meets as a gathering; only an electoral, constitutional or legislative one does not
  {
    text: 'Ministers discussed sanctions at the Foreign Affairs Council in Brussels on Tuesday.',
    meetings: ['2025-03-04 BE'],
  },
  // (session 33) one sentence telling a gathering twice with no one named (the body and its verb; leaders meeting at a
  // summit's margins) is one meeting; defence chiefs "from" three countries are still one meeting each
  {
    text: 'The EU Council met in Brussels on Tuesday to discuss sanctions.',
    meetings: ['2025-03-04 BE'],
  },
  {
    text: 'On Tuesday, the leaders of Norway, Ghana and Chile met on the margins of the Commonwealth Summit in Kigali.',
    meetings: ['2025-03-04 RW', '2025-03-04 RW'],
  },
  {
    text: 'Defence Minister Lena Varga met with defence leaders from Japan, Vietnam and Chile on the sidelines of the security forum in Singapore on Tuesday.',
    meetings: ['2025-03-04 SG', '2025-03-04 SG', '2025-03-04 SG'],
  },
  // (session 32) talks held "at State House" are at the home of the one holding them; a guest told as "visiting" gives no place
  {
    text: 'Kenyan President Amara Keita held talks with Norwegian Prime Minister Lena Varga at State House on Tuesday.',
    meetings: ['2025-03-04 KE'],
  },
  {
    text: 'Visiting Norwegian Prime Minister Lena Varga held talks with Kenyan President Amara Keita at State House on Tuesday.',
    meetings: ['2025-03-04 -'],
  },
  // (session 32) counterparts "from" countries none of which is a stop tell no place: one meeting at the stop the paragraphs before were at
  {
    text: 'Foreign Minister Lena Varga will travel to Ghana, Togo and Benin from March 9 to March 14.\n\nWhile in Accra, Ghana, Varga will attend the regional forum from March 10 to 11.\n\nAt the forum, Varga will also meet with her counterparts from Niger, Mali and Chad to discuss security.',
    meetings: ['- GH'],
  },
  {
    text: 'Foreign Minister Lena Varga will travel to Ghana, Togo and Benin from March 9 to March 14.\n\nIn Lomé, Togo, she will open an embassy.\n\nShe will also meet with officials from Niger and Chad on border security.',
    meetings: ['- TG'],
  },
  // (session 32) a well-known state venue places the talks held there in its state, with no country named in the sentence
  {
    text: 'Premier Chen Wei held talks with Norwegian Prime Minister Lena Varga at the Great Hall of the People on Tuesday.',
    meetings: ['2025-03-04 CN'],
  },
  {
    text: 'Prime Minister Arjun Mehta met Norwegian Foreign Minister Lena Varga at Hyderabad House on Monday.',
    meetings: ['2025-03-03 IN'],
  },
  {
    text: 'President Tom Reed hosted Prime Minister Lena Varga of Norway in the Oval Office on Monday.',
    meetings: ['2025-03-03 US'],
  },
  // (session 32) on a one-stop visit the traveller's meeting told without a place is held at that stop
  {
    text: 'Prime Minister Lena Varga arrived in Beijing on Monday for a three-day visit to China.\n\nPresident Chen Wei met with Varga at the Great Hall of the People on Tuesday.',
    meetings: ['2025-03-04 CN'],
  },
  // a meeting told without a place after the text's one visit is held in the visited country (a minister's first-person report);
  // told before the visit, or by phone, it is not
  {
    text: 'I travelled to Canada from 2 to 4 March for engagements in Ottawa.\n\nAdditionally, I had the opportunity to meet with UN Special Envoy Paul Tremblay to discuss Middle East issues.',
    meetings: ['- CA'],
  },
  {
    text: 'Last autumn I had the opportunity to meet with UN Special Envoy Paul Tremblay to discuss Middle East issues.\n\nI travelled to Canada from 2 to 4 March for engagements in Ottawa.',
    meetings: ['- -'],
  },
  {
    text: 'I travelled to Canada from 2 to 4 March for engagements in Ottawa.\n\nAdditionally, I spoke by phone with UN Special Envoy Paul Tremblay to discuss Middle East issues.',
    meetings: ['- -'],
  },
  // a summit named by its body is a gathering of its own: the meeting whose topic it is stays a meeting beside it
  {
    text: 'Visiting Oslo on Tuesday, NATO Secretary General Mark Rutte met with Prime Minister Jonas Gahr Støre to discuss the decisions taken at the NATO Summit in June.',
    meetings: ['2025-03-04 NO', '- NO'],
  },
  // two leaders' summit talks held beside a named summit: two happenings
  {
    text: 'President Amara Keita and Prime Minister Lena Varga held their first summit talks on Monday on the sidelines of the African Union summit in Addis Ababa.',
    meetings: ['2025-03-03 ET', '2025-03-03 ET'],
  },
  // a person's meeting told without a place, a paragraph after the same person's placed meeting, is held where that person
  // was, not in the country the story names most
  {
    text: "Secretary General Tomas Brandt met Prime Minister Jonas Gahr Støre in Oslo on Monday to discuss aid to Ukraine.\nUkraine needs air defence for its cities, and the reconstruction of Ukraine will take years. Ukraine's army is short of shells.\nOn Tuesday, Brandt met Foreign Minister Espen Barth Eide to discuss Ukraine.",
    meetings: ['2025-03-03 NO', '2025-03-04 NO'],
  },
  // (session 34) a summit named after a town is held in the town's country, the town's name being no place elsewhere
  {
    text: 'The two ministers discussed preparations for the G20 Hangzhou Summit, which China will host.',
    meetings: ['- CN'],
  },
  // a named summit told again as "the summit" is one
  {
    text: 'Gulf leaders will gather at the Camp David summit on Friday. At the summit, they will discuss maritime security.',
    meetings: ['2025-03-07 US'],
  },
  // a meeting told by a verb after a named gathering's "Meeting" is its own, and so is the gathering it was held beside
  {
    text: 'On the margins of the G20 Foreign Ministers’ Meeting in Johannesburg on February 20, Secretary Rubio met with Foreign Minister Mauro Vieira of Brazil. He also held a bilateral meeting with External Affairs Minister Subrahmanyam Jaishankar of India.',
    release: true,
    meetings: ['2025-02-20 ZA', '2025-02-20 ZA', '2025-02-20 ZA'],
  },
  // a second call on "the same day", its doer named by office: another call, that day
  {
    text: 'Secretary Rubio spoke by phone with Foreign Minister Annalena Baerbock of Germany on March 3. The same day, the Secretary also spoke with Foreign Minister Radosław Sikorski of Poland.',
    release: true,
    meetings: ['2025-03-03 -', '2025-03-03 -'],
  },
  // "met separately with A and with B": a meeting with each
  {
    text: 'In Munich on February 14, Secretary Rubio met separately with President Volodymyr Zelensky and with Prime Minister Donald Tusk.',
    release: true,
    meetings: ['2025-02-14 DE', '2025-02-14 DE'],
  },
  {
    text: 'Prime Minister Anthony Albanese held separate meetings with President Prabowo Subianto and Prime Minister Anwar Ibrahim in Kuala Lumpur on Monday.',
    meetings: ['2025-03-03 MY', '2025-03-03 MY'],
  },
  // (session 30) a telephone call told of three or more people listed after its words: a call with each; a style read as a
  // name right before a name ("Mr. Dasho (Dr.) Karma Wangdi") is no person of its own in the list
  {
    text: 'To mark the New Year, Prime Minister Ravi Kumar today had a telephone conversation with Mr. Harald Olsen, the King, Mr. Dasho (Dr.) Karma Wangdi, Prime Minister, and Ms. Mette Lund, President.',
    meetings: ['2025-03-05 -', '2025-03-05 -', '2025-03-05 -'],
  },
  // …not a video conference, which may join them all at once, nor a call with two (perhaps one trilateral call)
  {
    text: 'Prime Minister Ravi Kumar today held a video conference with King Harald Olsen, President Lars Holm and Prime Minister Jonas Dahl.',
    meetings: ['2025-03-05 -'],
  },
  {
    text: 'Prime Minister Ravi Kumar today had a phone call with President Lars Holm and Prime Minister Jonas Dahl.',
    meetings: ['2025-03-05 -'],
  },
  // (session 30) a leader "called up" by another, a call held nowhere; a call to someone named with an honorific
  {
    text: 'Former Prime Minister Arjun Thapa also called up Prime Minister Ravi Kumar to offer his congratulations, the statement said.',
    meetings: ['- -'],
  },
  {
    text: 'Shortly after the results were declared, President Omar Sanneh of Gambia is reported to have called Mr Ebrima Touray and conceded defeat.',
    meetings: ['- GM'],
  },
  // (session 31) a meeting told as one more ("also met") with someone the one before lacks is another, however the first was told;
  // one more with the same counterpart is the same meeting
  {
    text: 'During their meeting in Helsinki on Monday, President Tomas Brandt and Prime Minister Mikko Rantanen discussed trade. Brandt also met Foreign Minister Elina Valtonen in Helsinki on Monday.',
    meetings: ['2025-03-03 FI', '2025-03-03 FI'],
  },
  {
    text: "During their meeting in Helsinki on Monday, President Tomas Brandt and Prime Minister Mikko Rantanen discussed trade. Brandt also met Rantanen's deputy in Helsinki on Monday.",
    meetings: ['2025-03-03 FI'],
  },
  // (session 31) a meeting noun naming whom it was held with ("During his meeting with X") is a meeting of its own beside one with
  // another counterpart; "During the meeting" naming no one new refers back
  {
    text: 'President Tomas Brandt met Prime Minister Mikko Rantanen in Helsinki on Monday. During his meeting with Foreign Minister Elina Valtonen in Helsinki on Monday, Brandt discussed the Arctic.',
    meetings: ['2025-03-03 FI', '2025-03-03 FI'],
  },
  {
    text: 'President Tomas Brandt met Prime Minister Mikko Rantanen in Helsinki on Monday. During the meeting in Helsinki on Monday, Brandt discussed the Arctic with Rantanen.',
    meetings: ['2025-03-03 FI'],
  },
  // (session 30) "With X, she discussed …" opens with the other side: "she" in the next sentence is still the one who met
  // them all, and her meeting takes the day of her meeting before it
  {
    text: 'On Monday, Foreign Minister Lena Varga met President Aino Lehto in Helsinki. With Prime Minister Mikko Rantanen, she discussed trade and energy. She also met Speaker Jussi Halla to discuss the Arctic.',
    meetings: ['2025-03-03 FI', '2025-03-03 FI'],
  },
  // (session 30) the host's office holders listed in an itinerary whose sentence places nothing ("Speaker of the Finnish
  // Parliament"): one meeting each, held in their one country
  {
    text: 'President Anna Berg of Norway will make a state visit to Finland from 10 to 12 March. On Tuesday 11 March, President Anna Berg will also meet Speaker of the Finnish Parliament Aino Lehto and Prime Minister Mikko Rantanen.',
    meetings: ['2025-03-11 FI', '2025-03-11 FI'],
  },
  // (session 29) an itinerary's calls on the host's office holders, each named with an office in one list: one each
  {
    text: 'Foreign Minister Lena Varga will pay an official visit to Sri Lanka on Friday. She will meet with Foreign Minister Nuwan Perera, as well as Trade Minister Dilani Silva.',
    meetings: ['2025-03-07 LK', '2025-03-07 LK'],
  },
  {
    text: 'During her visit to Finland on Tuesday, Foreign Minister Lena Varga will meet President Aino Lehto and Prime Minister Mikko Rantanen.',
    meetings: ['2025-03-11 FI', '2025-03-11 FI'],
  },
  // …and a guest who "will be received by" them, told in the passive (a list closed by ", and")
  {
    text: 'Foreign Minister Lena Varga will pay an official visit to Norway next week.\nDuring her visit, Varga will be received by Prime Minister Jonas Gahr Støre, Foreign Minister Espen Barth Eide, and President of the Storting Masud Gharahkhani.',
    meetings: ['- NO', '- NO', '- NO'],
  },
  // …not a past report of one sitting, nor officials of two institutions
  {
    text: 'During her visit to Finland on Tuesday, Foreign Minister Lena Varga met President Aino Lehto and Prime Minister Mikko Rantanen.',
    meetings: ['2025-03-04 FI'],
  },
  {
    text: 'During her visit to Finland on Tuesday, Foreign Minister Lena Varga was received by President Aino Lehto and Prime Minister Mikko Rantanen.',
    meetings: ['2025-03-04 FI'],
  },
  // a readout's office never named ("The Prime Minister") speaking with a named leader is a call with one named side
  {
    text: 'The Prime Minister welcomed Chancellor Friedrich Merz to Downing Street on 4 March. Later, the Prime Minister spoke to President Emmanuel Macron by phone.',
    release: true,
    meetings: ['2025-03-04 GB', '- -'],
  },
  // hosting one guest a day at home: two meetings
  {
    text: 'On March 3, Secretary Rubio hosted Foreign Minister Sugiono of Indonesia at the Department of State. On March 4, the Secretary received Foreign Minister Vivian Balakrishnan of Singapore.',
    release: true,
    meetings: ['2025-03-03 US', '2025-03-04 US'],
  },
  // two meeting verbs in one sentence, each with a counterpart of its own: two meetings
  {
    text: 'In Lagos on 3 March, the Foreign Secretary Yvette Cooper held talks with Foreign Minister Yusuf Tuggar and met President Bola Tinubu.',
    meetings: ['2025-03-03 NG', '2025-03-03 NG'],
  },
  {
    text: 'In Panama City on February 2, Secretary Rubio met with President José Raúl Mulino and then had a working lunch with Foreign Minister Javier Martínez-Acha.',
    release: true,
    meetings: ['2025-02-02 PA', '2025-02-02 PA'],
  },
  // courtesy calls received from two ambassadors: two meetings, at the receiver's home
  {
    text: 'On March 4, Mr. Takeshi Iwaya, Minister for Foreign Affairs, received a courtesy call from H.E. Mr. Rahm Emanuel, Ambassador of the United States to Japan. Subsequently, Minister Iwaya received a courtesy call from the Ambassador of India to Japan, H.E. Mr. Sibi George.',
    release: true,
    meetings: ['2025-03-04 JP', '2025-03-04 JP'],
  },
  // "he" after a sentence led by an office ("the Secretary") is the office's holder, not the guest it names; still in the same city
  {
    text: 'Secretary Rubio arrived in Riyadh on February 17.\n\nOn February 18, the Secretary sat down with Crown Prince Mohammed bin Salman. He then held talks with Foreign Minister Faisal bin Farhan.',
    release: true,
    meetings: ['2025-02-18 SA', '2025-02-18 SA'],
  },
  // a summit meeting with a guest "who is visiting Japan" is held in Japan
  {
    text: 'On March 3, Mr. Shigeru Ishiba, Prime Minister of Japan, held a summit meeting with the Hon. Anthony Albanese, Prime Minister of Australia, who is visiting Japan.',
    release: true,
    meetings: ['2025-03-03 JP'],
  },
  // an itinerary's stop: "met with A and with B" is two meetings there; "took part in talks with" is an engagement
  {
    text: 'Secretary Rubio traveled to Israel, Saudi Arabia and the United Arab Emirates from February 15 to 19.\n\nIn Jerusalem on February 16, the Secretary met with Prime Minister Benjamin Netanyahu and with President Isaac Herzog.\n\nIn Riyadh on February 18, Secretary Rubio took part in talks with Russian officials.\n\nIn Abu Dhabi on February 19, he met President Mohamed bin Zayed.',
    release: true,
    meetings: ['2025-02-16 IL', '2025-02-16 IL', '2025-02-18 SA', '2025-02-19 AE'],
  },
  // "later called on" a leader after a meeting on a one-stop visit: a second meeting there
  {
    text: 'Defense Secretary Pete Hegseth arrived in Tokyo on Sunday, where he met Defense Minister Gen Nakatani and later called on Prime Minister Shigeru Ishiba.',
    meetings: ['2025-03-02 JP', '2025-03-02 JP'],
  },
  // "earlier that day" dates a meeting whose doer is an office never named
  {
    text: 'The Prime Minister gave a lecture in London on 2 March. Earlier that day he held a bilateral meeting with President Volodymyr Zelensky at Downing Street.',
    release: true,
    meetings: ['2025-03-02 GB'],
  },
  // "In a separate meeting" with another counterpart: another meeting, the paragraph's day
  {
    text: 'Secretary Rubio met today with Foreign Minister Sugiono of Indonesia. In a separate meeting, the Secretary met with Foreign Minister Vivian Balakrishnan of Singapore.',
    release: true,
    meetings: ['2025-03-05 -', '2025-03-05 -'],
  },
  // "Following that call, the President spoke with …": the office's holder's second call
  {
    text: 'President Trump spoke with President Volodymyr Zelensky of Ukraine on March 4. Following that call, the President spoke with President Vladimir Putin of Russia.',
    release: true,
    meetings: ['2025-03-04 -', '2025-03-04 -'],
  },
  // bilateral meetings with the ministers of three countries on the margins of the General Assembly: one with each, and the Assembly
  {
    text: 'On the margins of the UN General Assembly in New York on September 23, Secretary Rubio held bilateral meetings with the foreign ministers of Japan, India and Brazil.',
    release: true,
    meetings: ['2024-09-23 US', '2024-09-23 US', '2024-09-23 US', '2024-09-23 US'],
  },
  // a first-person meeting read by another rule too is one meeting
  {
    text: 'Today I met with Foreign Minister Winston Peters of New Zealand in Wellington.',
    release: true,
    meetings: ['2025-03-05 NZ'],
  },
  // a bilateral beside a meeting of four is another meeting; hosting people "for the" gathering is that gathering
  {
    text: 'Secretary Rubio took part in a Quad Foreign Ministers’ Meeting in Washington on March 4 with Foreign Minister Penny Wong, External Affairs Minister S. Jaishankar and Foreign Minister Takeshi Iwaya. He also held a bilateral meeting with Foreign Minister Wong.',
    release: true,
    meetings: ['2025-03-04 US', '2025-03-04 US'],
  },
  {
    text: 'Secretary Rubio and Secretary Hegseth hosted Foreign Minister Penny Wong and Defence Minister Richard Marles for the Australia-U.S. Ministerial Consultations in Washington on March 4. Secretary Rubio also held a bilateral meeting with Foreign Minister Wong.',
    release: true,
    meetings: ['2025-03-04 US', '2025-03-04 US'],
  },
  // a meeting is not held in the wars it was about ("the conflicts in Sudan and Yemen")
  {
    text: 'Foreign Minister Anna Berg met Foreign Minister Tomas Varga of Hungary on Monday to discuss the conflicts in Sudan and Yemen.',
    meetings: ['2025-03-03 -'],
  },
  // a dash opens another clause with its own tense: the Sunday of a meeting built on is past, not the future's of the clause before
  {
    text: 'The team will continue close consultations with partners — building on the trilateral meeting on Sunday between Prime Minister Anna Berg, Prime Minister Tomas Varga and President Lina Haddad.',
    meetings: ['2025-03-02 -'],
  },
  // talks held on a one-stop visit are a meeting beside the visit, told in the visit's sentence or apart from it
  {
    text: 'Chancellor Ulrich Brand visited Madrid on Monday, where he held talks with President Marta Ruiz.',
    meetings: ['2025-03-03 ES'],
  },
  // one meeting told from either side, each naming the other by country and office: one meeting
  {
    text: "Prime Minister Elena Marsh of Canada meets with U.S. President Joe Harper in the Oval Office on March 3. At the Oval Office on Monday, President Joe Harper praised trade ties in his first meeting with Canada's Prime Minister Elena Marsh.",
    meetings: ['2025-03-03 US'],
  },
  // two people named together who spoke on a written day spoke with each other
  {
    text: 'President Anna Berg and Prime Minister Tomas Varga spoke on Monday to discuss trade and energy.',
    meetings: ['2025-03-03 -'],
  },  // a meeting with a named side is news undated and unplaced too: told as a noun, with one side named, or as a call
  { text: "The envoy's talks with President Omar Haddad focused on the ceasefire.", meetings: ['- -'] },
  { text: 'Special envoy Mina Cho met senior defence officials to discuss the tank deal.', meetings: ['- -'] },
  { text: 'In a telephone conversation, Chancellor Hans Vogel offered his condolences.', meetings: ['- -'] },
  // … but the meeting named again by a noun is the meeting told before ("described the meeting as productive")
  {
    text: 'Prime Minister Lena Ortiz met President Omar Haddad in Cairo on Monday. Ortiz and Haddad discussed trade. A spokesperson, Tom Reed, described the meeting as productive.',
    meetings: ['2025-03-03 EG'],
  },
  // sides written as a body or a group, no one named: a meeting all the same
  {
    text: 'The 12-member council met behind closed doors on Monday to discuss the border clashes.',
    meetings: ['2025-03-03 -'],
  },
  {
    text: 'The ruling party says it will meet on Friday to choose a new chairman.',
    meetings: ['2025-03-07 -'],
  },
  {
    text: 'On March 4, the first consultations between the Ministries of Foreign Affairs of Chile and Norway were held by video link.',
    meetings: ['2025-03-04 -'],
  },
  {
    text: 'At their meeting on 3 March, the agriculture ministers of the member states agreed on new quotas.',
    meetings: ['2025-03-03 -'],
  },
  // (session 41) …or named after the meeting word as the body whose meeting or session it is
  { text: 'The purchase was approved at a meeting of the national security committee on Monday.', meetings: ['2025-03-03 -'] },
  { text: 'The 4th session of the Joint Commission between Chile and Norway was held on Monday.', meetings: ['2025-03-03 -'] },
  { text: 'The ministers of Chile and Norway co-chaired the 4th session of the Joint Commission in Oslo on Monday.', meetings: ['2025-03-03 NO'] },
  // (session 28) a host told by a pronoun hosts at home: the meeting is in the subject's country
  {
    text: 'Ghana and Nigeria will hold elections this year. Kenyan President Amani Kiprop spoke at a church on Sunday. Later that day, he hosted Ghana’s Foreign Minister Kofi Boateng at State House.',
    meetings: ['2025-03-02 KE'],
  },
  // (session 27) a visit to a council is to its sitting: a meeting (a letter to it is not: NO_MEETING_TEXTS)
  {
    text: 'The leaders also discussed the Prime Minister’s visit to the European Council tomorrow.',
    meetings: ['2025-03-06 -'],
  },
  // (session 27) sides written as representatives or member states, or met as a counterpart named by office alone
  {
    text: 'Today, representatives of the Baltic Council – Estonia, Latvia and Lithuania – met in Vilnius and agreed on a joint statement.',
    meetings: ['2025-03-05 LT'],
  },
  {
    text: 'The member states of the monitoring commission exchanged views with the army’s liaison office on Monday.',
    meetings: ['2025-03-03 -'],
  },
  {
    text: 'Chile and Peru signed the grain accord on Monday at a meeting with their Bolivian counterpart in La Paz.',
    meetings: ['2025-03-03 BO'],
  },
  // (session 26) an older rule's words that a gate rules out tell no meeting: the newer wording beside them still does
  {
    text: 'The ministers did not hold a meeting on Monday, but on Tuesday Foreign Minister Ana Duarte will host President Lars Holm in Lisbon.',
    meetings: ['2025-03-11 PT'],
  },
  // undated meetings at two written places are two
  {
    text: 'Foreign Minister Ana Duarte of Portugal held talks in Helsinki. She later held discussions in Stockholm.',
    meetings: ['- FI', '- SE'],
  },
  // a guest received, told from the guest's side: a meeting at the host's home
  {
    text: 'Foreign Minister Ana Duarte was received on Tuesday by President Lars Holm of Finland.',
    meetings: ['2025-03-04 FI'],
  },
  // session 28: a sentence's opening place holds its meetings, not the place told after them ("before flying to …") nor the
  // place a spokesman reported them from
  {
    text: 'In Lusaka, the Secretary-General will meet with President Amara Keita before flying to Nairobi.',
    meetings: ['- ZM'],
  },
  {
    text: 'While in Ghana, Foreign Minister Ana Duarte will meet with President Kofi Mensah, her spokesman told reporters in Lisbon.',
    meetings: ['- GH'],
  },
  // session 28: a meeting told without a place, far from the visit, with a person of the one country the text visits, is held
  // there, not in the country the story names most
  {
    text: "Portugal's Foreign Minister Ana Duarte is leaving Portugal for Africa. Duarte's visit to Kenya is her second to the region.\n\nPortugal wants closer ties with East Africa. Portugal will also help with climate change.\n\nPortugal's aid budget will grow.\n\nOfficials said the delegation will meet with President William Ruto.",
    meetings: ['- KE'],
  },
  // (session 30) talks or negotiations told as held, hosted, resumed or begun are a gathering, whatever their kind, where written
  {
    text: 'The foreign ministry thanked Kenya for hosting the peace talks between the two parties.',
    meetings: ['- KE'],
  },
  {
    text: 'On Monday, the two governments resumed exploratory talks in Oslo on their maritime border.',
    meetings: ['2025-03-03 NO'],
  },
  {
    text: 'Border officials of the two countries have held negotiations to end the clashes, the border service said on Tuesday.',
    meetings: ['2025-03-04 -'],
  },
  {
    text: 'The rebels and the army signed a truce in Nairobi, where the peace talks between the two sides began on 20 February.',
    meetings: ['2025-02-20 KE'],
  },
  {
    text: 'The two sides agreed to a three-day truce, the mediators said in a joint statement after talks in Doha.',
    meetings: ['- QA'],
  },
  // (session 30) a call told by the adjective or in the plural: "telephonic conversation", "telephone conversations"
  {
    text: 'President Omar Sanneh said in a telephonic conversation with Prime Minister Lena Varga on Monday that the border would stay open.',
    meetings: ['2025-03-03 -'],
  },
  {
    text: 'Prime Minister Ravi Kumar held telephone conversations with President Lars Holm and Chancellor Maria Weber on Tuesday.',
    meetings: ['2025-03-04 -'],
  },
  // (session 40) the people listed after "between" are one call's sides, not counterparts called one by one
  {
    text: 'A telephone conversation took place on 4 March between Prime Minister Ravi Kumar, President Lars Holm and Chancellor Maria Weber.',
    meetings: ['2025-03-04 -'],
  },
];

/** A guest met "who is visiting" a country: that guest's visit there. */
export const GUEST_VISIT_TEXTS: { text: string; visits: string[] }[] = [
  {
    text: 'On March 3, Mr. Shigeru Ishiba, Prime Minister of Japan, held a summit meeting with the Hon. Anthony Albanese, Prime Minister of Australia, who is visiting Japan.',
    visits: ['JP'],
  },
  // two visit wordings reading one phrase ("who was on a … visit to", "a … visit to") are one visit
  {
    text: 'Foreign Minister Tomas Brandt, who was on a one-day official visit to Ghana, met his Ghanaian counterpart in Accra.',
    visits: ['GH'],
  },
  {
    text: 'The ministers discussed President Elena Marsh’s official visit to Kenya taking place from Friday.',
    visits: ['KE'],
  },
  // a host named with the visit is no second visitor: one visit
  {
    text: 'Foreign Minister Tomas Brandt will pay an official visit to Ghana on 14 June. During his visit to Ghana, he will be received by President Kofi Mensah.',
    visits: ['GH'],
  },
  // (session 34) a visit told as someone's noun is that person's alone: two travellers' visits to one country stay two
  {
    text: 'Prime Minister Lena Varga was in Kenya for an official visit, marking the 40th anniversary of former Prime Minister Tomas Brandt’s visit to Kenya.',
    visits: ['KE', 'KE'],
  },
  // each "visit of/by <traveller> to" names its own traveller
  {
    text: 'The talks followed a visit by Foreign Minister Lena Varga to Nairobi on 3 March 2031 and a visit by Defence Minister Tomas Brandt to Nairobi on 9 April 2031.',
    visits: ['KE', 'KE'],
  },
];

/** Sentences that must give no meeting: a greeting said at a meeting, relations in the past. */
export const NO_MEETING_TEXTS: string[] = [
  // (session 41) a meeting of minds is no body's meeting
  'It was a meeting of minds on trade, the minister said on Monday.',
  // (session 35) "ministerial" naming a statement, a visit or a level, not a gathering ("the NATO ministerial")
  'Defence Secretary Tomas Brandt said in a written ministerial statement that the strike on 26 February killed a civilian.',
  'It was the first Prime Ministerial visit from Norway to Chile in thirty years, the ministry said.',
  // (session 35) a thing met is no meeting: a target, a requirement, a reaction ("was met with criticism")
  'The proposal by President Lena Varga was met with criticism from the opposition on Monday.',
  'Norway met its defence spending target of 2 percent last year, Prime Minister Jonas Gahr Støre said on Monday.',
  'The frigate met the requirements of the navy, Defence Minister Tomas Brandt said on Monday.',
  // (session 28) a council acting as an organ: its decisions and words, no sitting told
  'The EU Council expanded sanctions against Belarus, listing twelve more entities.',
  'The Council pointed out that the regime keeps supplying drones to its neighbour.',
  // (session 42) …also after an adverb of manner
  'The Nordic Council firmly condemned the seizure of the ferry in Tallinn on 12 June.',
  'Foreign Minister Penny Wong said she was delighted to meet Foreign Minister Winston Peters again.',
  'The two countries have met regularly since establishing diplomatic relations in 1975, and their leaders have held many summits.',
  // one speaker who spoke on a written day gave a speech
  'President Anna Berg spoke on Monday at a rally in the capital.',
  // a council acting as an organ decides, it does not meet
  'The UN Security Council approved a resolution on Tuesday calling for a ceasefire.',
  'Yemen rejected it. In 2019, the UN Security Council named the group a threat to peace in Yemen.',
  // …says, urges or must (its word or its duty, no sitting), and is no gathering as an addressee or in an office's name
  'The UN Security Council expressed serious concern on Tuesday about the detention of the president.',
  'The Council urged both sides to return to the ceasefire line.',
  'The Transitional Military Council (TMC) must hand power to civilians, the opposition said.',
  'In a letter to the UN Security Council, the government asked for an inquiry into the shelling.',
  'Secretary of the National Security Council Karen Voss said on Thursday that the border was calm.',
  // a group named in another clause is no side of a meeting told as a thing
  'The party, which lost the vote, said the meeting had been a mistake.',
  // a thing received by a body is no guest received
  'The proposal was received by the Senate on Monday.',
  // (session 30) troops called up, and someone called something, are no calls
  'The army called up thousands of reservists on Monday.',
  'President Omar Sanneh called Mr Ebrima Touray a traitor on Monday.',
  // (session 46) someone called somewhere or to something, not to a purpose a call has, is no call
  'The judge called Jonas Dahl to the stand on Monday.',
  // (session 30) talks wished for, called for or put off are none held, nor is "the talks" told again
  'The envoy urged the warring sides to launch direct talks without delay.',
  'Both governments must release the prisoners before negotiations begin, the minister wrote.',
  'The foreign ministry called for peace talks between the two sides.',
  'The ministry added that the talks were held at the request of the other side.',
  // …and a telephone's conversations overheard are no call between leaders
  'Telephone conversations of ordinary citizens were recorded by the police, the report said.',
  // (session 33) a council standing for elections, the constitution or legislation decides, counts or is stormed: no gathering
  'The Constitutional Council has declared Amara Keita the winner of the October presidential election.',
  'Norland’s National Electoral Council certified the results of Sunday’s vote on Tuesday.',
  'According to the Electoral Council, early results show Keita won 51% of the vote.',
  'Protesters stormed the Legislative Council on Monday and occupied its chamber.',
  // …nor is a building named after a gathering: the results were read there
  'The electoral commission chairman announced the results on Wednesday at the International Conference Center in Abuja.',
];

/**
 * Texts without a publication date (session 29): a day and month written without a year take the year of the full date
 * the text writes before them (else after them); `meetings` as in `MEETING_ROUND_TEXTS`.
 */
export const UNDATED_TEXT_MEETINGS: { text: string; meetings: string[] }[] = [
  {
    text: 'Foreign Minister Lena Varga will visit Norway from March 3 to March 6, 2031. She will meet Prime Minister Jonas Gahr Støre on March 4. On 5 March, she will meet Foreign Minister Espen Barth Eide.',
    meetings: ['2031-03-04 NO', '2031-03-05 NO'],
  },
  {
    text: 'Secretary General Tomas Brandt arrived in Munich on Friday (12 February 2027) for the security conference. On Saturday (13 February), the Secretary General met Chancellor Friedrich Merz.',
    meetings: ['2027-02-13 DE'],
  },
  // (session 41) "On Friday," opening the sentence is that day too, and the paragraph's next meeting of the same person keeps it
  {
    text: 'Secretary General Tomas Brandt joined other leaders in Germany on Friday (12 February 2027) to take part in the security conference.\nOn Friday, the Secretary General met Chancellor Friedrich Merz to discuss the alliance. He also met Prime Minister Jonas Gahr Støre to discuss the Arctic.',
    meetings: ['2027-02-12 DE', '2027-02-12 DE'],
  },
  // (session 31) a summit the traveller attends in a country the itinerary does not stop in, undated, is no stop's meeting: it stays
  {
    text: 'President Lena Varga will travel to Africa later this month for a series of meetings in Ghana and Togo.\nVarga will attend the Commonwealth Summit between 22 and 24 August, in South Africa.\nAfter the summit, Varga will head to Togo for talks.',
    meetings: ['- ZA'],
  },
  // no year written anywhere: the day stays unread
  {
    text: 'Foreign Minister Lena Varga will meet Prime Minister Jonas Gahr Støre in Oslo on March 4.',
    meetings: ['- NO'],
  },
];

/**
 * A meeting told again by its noun (session 46): its sentence adds the people it says took part ("attended by", "joined by",
 * "present", "with X", "between X and Y", the subject after "During the meeting,") and not those it only mentions ("The meeting
 * took place a day after X was killed"). `participants`: the slugs of the one meeting's people, in any order.
 */
export const RETOLD_MEETING_PARTAKERS: { text: string; participants: string[] }[] = [
  // (session 48) a meeting told as a named person's noun ("Dahl's meeting with Ozols") is that person's and the one named after
  // it, not the meeting of the one who speaks of it by a pronoun
  {
    text: 'Former President Lena Varga spoke in Oslo on Monday. She hailed President Jonas Dahl’s meeting with President Karl Ozols as a step forward.',
    participants: ['jonas-dahl', 'karl-ozols'],
  },
  {
    text: 'Foreign Minister Lena Varga met Foreign Minister Jonas Dahl in Oslo on Monday.\n\nThe meeting took place a day after rebel commander Amadou Sall was killed in a drone strike.',
    participants: ['lena-varga', 'jonas-dahl'],
  },
  {
    text: 'Foreign Minister Lena Varga met Foreign Minister Jonas Dahl in Oslo on Monday.\n\nThe meeting came as President Karl Ozols prepared his budget.',
    participants: ['lena-varga', 'jonas-dahl'],
  },
  {
    text: 'Foreign Minister Lena Varga met Foreign Minister Jonas Dahl in Oslo on Monday.\n\nThe meeting was attended by Ambassador Karl Ozols and Deputy Minister Tomas Berg.',
    participants: ['lena-varga', 'jonas-dahl', 'karl-ozols', 'tomas-berg'],
  },
  {
    text: 'Foreign Minister Lena Varga met Foreign Minister Jonas Dahl in Oslo on Monday.\n\nAlso present at the meeting were Ambassador Karl Ozols and Deputy Minister Tomas Berg, who briefed them on the case of Amadou Sall.',
    participants: ['lena-varga', 'jonas-dahl', 'karl-ozols', 'tomas-berg'],
  },
  {
    text: 'Foreign Minister Lena Varga met Foreign Minister Jonas Dahl in Oslo on Monday.\n\nAmbassador Karl Ozols and Deputy Minister Tomas Berg were also present at the meeting, which discussed the arrest of Amadou Sall.',
    participants: ['lena-varga', 'jonas-dahl', 'karl-ozols', 'tomas-berg'],
  },
  {
    text: 'Foreign Minister Lena Varga met Foreign Minister Jonas Dahl in Oslo on Monday.\n\nDuring the meeting, Ambassador Karl Ozols presented a plan for the release of Amadou Sall.',
    participants: ['lena-varga', 'jonas-dahl', 'karl-ozols'],
  },
  {
    text: 'Foreign Minister Lena Varga met Foreign Minister Jonas Dahl in Oslo on Monday.\n\nAmbassador Karl Ozols said during the meeting that trade with the country of President Amadou Sall had doubled.',
    participants: ['lena-varga', 'jonas-dahl', 'karl-ozols'],
  },
  {
    text: 'Foreign Minister Lena Varga met Foreign Minister Jonas Dahl in Oslo on Monday.\n\nThe meeting, which was joined by Ambassador Karl Ozols, Minister of State for Trade Tomas Berg and the mayor of Oslo, Eva Holm, came a week after President Amadou Sall resigned.',
    participants: ['lena-varga', 'jonas-dahl', 'karl-ozols', 'tomas-berg', 'eva-holm'],
  },
];
