// Sentences written here for issue 10's session-17 round of statements, announcements and OTHER happenings: words given to
// a named outlet, a statement told as a thing with its day, statements of others referred to, announcements told as a
// noun or in the passive, accords coming into force, deaths referred to, disarmament, forces drawn down, deliveries due;
// and what must not fire (a happening asked for, a removal that is a coup, a deal that is an arms sale). Read as a short
// report published Wednesday 2025-03-05; type family, start day and place as the extractor should give them (null: not
// checked). The non-events must give no event of their family.
import type { SentenceEvent, SentenceNonEvent } from './support/sentence-events';

/** A government's own publication, whose reports of its officials' words are news undated too. */
export const RELEASE_SOURCE = 'U.S. Department of State';

export const STATEMENT_CASES: SentenceEvent[] = [
  // session 20, reported speech (the corpus guide: every speech act a text reports): a named speaker and a verb of saying,
  // dated or not, in a news story too — an office holder's or anyone's words, a quote signed before or after it, an organ
  // with its state, the speaker's first predicate between, a day in the speaker's own clause
  { text: 'Foreign Minister Takeshi Iwaya said Japan would respond firmly.', type: 'STATEMENT', date: null, location: 'JP' },
  { text: 'Foreign Minister Penny Wong condemned the attack.', type: 'STATEMENT', date: null, location: 'AU' },
  { text: 'Chancellor Olaf Scholz warned that the fighting could spread.', type: 'STATEMENT', date: null, location: 'DE' },
  { text: 'Prime Minister Sanae Takaichi told lawmakers on Friday that the situation could threaten Japan’s survival.', type: 'STATEMENT', date: '2025-02-28', location: 'JP' },
  { text: 'Shopkeeper Anna Berg told a local newspaper that prices had doubled.', type: 'STATEMENT', date: null, location: null },
  { text: '“We will not give in,” Mayor Tomas Rivera said.', type: 'STATEMENT', date: null, location: null },
  { text: "Norway's foreign ministry said the talks had been useful.", type: 'STATEMENT', date: null, location: 'NO' },
  // session 39: an organ written without its state before the words is the state the text named last with an organ (not the dateline's)
  { text: 'TOKYO — China’s defence ministry has held drills near Taiwan for a week.\n\nForeign ministry spokesperson Wei Lan said the blame lay entirely with Japan.', type: 'STATEMENT', date: null, location: 'CN' },
  { text: 'The South Korean army said the drill had ended.\n\nAccording to Unification Ministry spokesman Park Min-ho, the shooting hurt the peace with North Korea.', type: 'STATEMENT', date: null, location: 'KR' },
  { text: 'President Lula congratulated Chancellor Friedrich Merz on Sunday night, saying the two would work together.', type: 'STATEMENT', date: '2025-03-02', location: 'BR' },
  { text: 'Mayor Tomas Rivera, speaking late on Saturday, thanked the police but said the curfew would stay.', type: 'STATEMENT', date: '2025-03-01', location: null },
  { text: 'Cardinal Paolo Ricci led the service and praised Francis as a pope of the poor.', type: 'STATEMENT', date: null, location: null },
  // session 40: a vote's outcome conceded, claimed or congratulated on, thanks given and feelings voiced are words a named person
  // reports (undated: the corpus guide annotates every reported speech act); words told after a comma by another participle than "saying"
  { text: 'Opposition leader Tomas Rivera conceded defeat to Ana Duarte on Monday.', type: 'STATEMENT', date: '2025-03-03', location: null },
  { text: 'Former Prime Minister Ana Duarte has congratulated Tomas Rivera on his victory.', type: 'STATEMENT', date: null, location: null },
  { text: 'Defence Minister Ana Lind also thanked the volunteers for their help.', type: 'STATEMENT', date: null, location: null },
  { text: 'Governor Ana Duarte expressed hope that the talks would resume.', type: 'STATEMENT', date: null, location: null },
  { text: 'Mayor Tomas Rivera confirmed the closure on social media, stating, “The bridge is unsafe.”', type: 'STATEMENT', date: null, location: null },
  // session 40 (evstmt29): "indicated that" reports words as "noted that" does; two speakers joined by "and" with "have" before the verb
  { text: 'Under Secretary Tomas Rivera indicated that the new sanctions were meant as a warning.', type: 'STATEMENT', date: null, location: null },
  { text: 'Opposition leader Ana Duarte and Norway’s Tomas Rivera have expressed support for the strikers.', type: 'STATEMENT', date: null, location: null },
  // session 48 (evplace3): words given at a gathering or on a visit told before are said where it was held, not at the speaker's
  // home
  { text: 'Chilean President Ana Duarte and Norwegian Prime Minister Tomas Berg held talks in Oslo on Monday.\n\nDuarte told a joint press conference with Berg that trade between the two countries would double.', type: 'STATEMENT', date: null, location: 'NO' },
  { text: 'Leaders of twelve nations gathered in Nairobi on Monday for a two-day summit on climate finance.\n\nIn his address to the summit, French President Marc Duval said rich countries must pay more.', type: 'STATEMENT', date: null, location: 'KE' },
  // session 38: a company or group named as the one who says still speaks (only a news outlet is kept out)
  { text: 'Saab said on Monday that it had signed a contract with Brazil.', type: 'STATEMENT', date: '2025-03-03', location: null },
  // session 21: the day of a phrase heading the speaker's clause (chrono reads "On Tuesday," with its comma), or after where the words were given
  { text: 'On Tuesday, Mayor Tomas Rivera said the curfew would stay.', type: 'STATEMENT', date: '2025-03-04', location: null },
  { text: 'In a video posted online on Monday, General Omar Haddad said the group had a new leader.', type: 'STATEMENT', date: '2025-03-03', location: null },
  { text: 'Mayor Anna Berg noted that at the council on Monday, Governor Tomas Rivera had said the bridge would be rebuilt.', type: 'STATEMENT', date: '2025-03-03', location: null },
  { text: 'Mayor Tomas Rivera said in an interview broadcast by a local station on Monday that the curfew would stay.', type: 'STATEMENT', date: '2025-03-03', location: null },
  // session 26: a statement told as issued, in the passive too
  { text: 'The following statement was issued today by the spokesman for Secretary-General Ana Duarte.', type: 'STATEMENT', date: '2025-03-05', location: null },
  { text: 'A statement has been issued by the Tarvik Port Authority on Monday.', type: 'STATEMENT', date: '2025-03-03', location: null },
  // session 26: a weekday naming a happening ("Thursday’s summit") is no day of saying
  { text: 'In a statement on Sunday, Foreign Minister Ana Duarte said Thursday’s summit would be brief.', type: 'STATEMENT', date: '2025-03-02', location: null },
  // session 30: a source named after "according to" with its office set off by commas, or closing the sentence
  { text: 'Trade will grow, according to the Minister of Commerce, Ana Duarte (Liberal).', type: 'STATEMENT', date: null, location: null },
  // session 30: a visitor's words told by their occasion ("delivered an address to the National Congress", no verb of saying) are
  // given where the one visit is, as a visitor's said words are
  { text: 'Peruvian President Tomas Berg arrived in Chile on Monday for a two-day state visit. He also delivered an address to the National Congress, calling for closer trade.', type: 'STATEMENT', date: null, location: 'CL' },
  // session 32: a relative clause the writer closed with a comma only, between the speaker and the verb
  { text: 'The opposition has rejected the plan.\n\nPresident Ana Duarte who is attending a meeting of the regional bloc abroad, said that the plan had failed.', type: 'STATEMENT', date: null, location: null },
  // session 32: words given in the act of a signing or an announcement the text tells with its day and the speaker are of that day
  { text: 'Finance Minister Tom Berg and Trade Minister Ana Lind signed the agreement with Norway in Oslo on Monday.\n\nThe deal cuts tariffs on fish.\n\n“This is a good day for both countries,” Berg told reporters while signing the agreement.', type: 'STATEMENT', date: '2025-03-03', location: null },
  { text: 'Finance Minister Tom Berg and Trade Minister Ana Lind signed the agreement with Norway in Oslo on Monday.\n\nThe deal cuts tariffs on fish.\n\nSigning the agreement, Berg said the two countries had waited too long.', type: 'STATEMENT', date: '2025-03-03', location: null },
  // session 25: a statement is made where its speaker is, not at a place its words name; a day naming a thing in the words is theirs
  { text: 'Peru’s mayors met in Lima. Mayor Tomas Rivera said the prices in Yemen had doubled.', type: 'STATEMENT', date: null, location: 'PE' },
  { text: 'Mayor Tomas Rivera said in Quito on Monday that the talks would resume.', type: 'STATEMENT', date: '2025-03-03', location: 'EC' },
  // session 29: a quote an outlet passes on, its speaker named between ("quoted X as saying"), with the day written after it
  { text: 'Both sides were ready, the Daily Courier quoted Turkish President Ahmet Kaya as saying Tuesday.', type: 'STATEMENT', date: '2025-03-04', location: 'TR' },
  { text: 'The state news agency quoted Foreign Minister Ahmet Kaya as saying that the talks had failed.', type: 'STATEMENT', date: null, location: null },
  // session 29: the day of saying before the speaker's first predicate, and words a message introduces after a colon ("a post saying: …")
  { text: 'French President Jean Morel yesterday defended the decision, saying the move was needed.', type: 'STATEMENT', date: '2025-03-04', location: 'FR' },
  { text: 'Mayor Tomas Rivera on Monday replied with a short message saying: “The bridge will stay open.”', type: 'STATEMENT', date: '2025-03-03', location: null },
  // session 32: words posted ("tweeted that …", "in a tweet") are a statement undated and unplaced too, given on an occasion of their own
  { text: 'Governor Tomas Rivera tweeted that the bridge would reopen.', type: 'STATEMENT', date: null, location: null },
  { text: 'Governor Tomas Rivera answered the charges in a tweet.', type: 'STATEMENT', date: null, location: null },
  { text: 'Mayor Anna Berg thanked the firefighters in a series of tweets.', type: 'STATEMENT', date: null, location: null },
  // session 33: a speech told by "address" with an audience or a gathering in lower case, held or planned, is its speaker's
  // statement, placed and dated by its own sentence
  { text: 'Chilean President Tomas Berg addressed a joint press conference in Santiago on Monday.', type: 'STATEMENT', date: '2025-03-03', location: 'CL' },
  { text: 'Peruvian President Ana Duarte is expected to address the media in Lima on Wednesday morning.', type: 'STATEMENT', date: '2025-03-05', location: 'PE' },
  { text: 'Cardinal Paolo Ricci met the mayor before addressing a crowd of about 2,000 people in Kigali on Tuesday.', type: 'STATEMENT', date: '2025-03-04', location: 'RW' },
  // session 37: an audience told by its determiner or by a community, a public, supporters ("address both Houses of Parliament",
  // "address the Chilean community"); an unnamed aide or adviser with a day of saying speaks as an unnamed official does
  { text: 'President Ana Duarte will address both Houses of Parliament on Thursday.', type: 'STATEMENT', date: '2025-03-06', location: null },
  { text: 'Peruvian President Tomas Berg addressed the Peruvian community in Santiago on Monday.', type: 'STATEMENT', date: '2025-03-03', location: null },
  { text: 'Governor Tomas Rivera addressed his supporters in the town square on Sunday.', type: 'STATEMENT', date: '2025-03-02', location: null },
  // session 43 (evstmt35): a speech is given where its audience is, a state's legislature or people it is addressed to or a place
  // written "in"/"at" after its words, over its speaker's home; not a people its words speak of
  { text: "Chilean President Tomas Berg delivered an address to Kenya's National Assembly on Monday.", type: 'STATEMENT', date: '2025-03-03', location: 'KE' },
  { text: 'Chilean President Ana Duarte will address the Parliament of Peru on Thursday.', type: 'STATEMENT', date: '2025-03-06', location: 'PE' },
  { text: 'Chilean President Tomas Berg said in a television address to the Argentine people on Tuesday that the border would stay open.', type: 'STATEMENT', date: '2025-03-04', location: 'AR' },
  { text: 'During his departure speech at the airport in Lima, Chilean President Tomas Berg said the two countries were friends.', type: 'STATEMENT', date: null, location: 'PE' },
  { text: 'Chilean President Tomas Berg said in a speech on Monday that the Peruvian people deserved peace.', type: 'STATEMENT', date: '2025-03-03', location: 'CL' },
  { text: 'The summit will be held in June, a senior Chilean aide said on Tuesday.', type: 'STATEMENT', date: '2025-03-04', location: 'CL' },
  // a joint statement told in a story of the summit it came from is a statement too
  { text: 'The leaders of Japan, South Korea and the United States met at Camp David on Friday. In a joint statement, the leaders said they would hold summits every year.', type: 'STATEMENT', date: null, location: 'US' },
  // words given to a named outlet: a radio, a news agency, state television
  { text: 'Defence Minister Carlos Mendes told Radio Nacional on Tuesday that the talks were close to a deal.', type: 'STATEMENT', date: '2025-03-04', location: null },
  { text: 'Foreign Minister Anna Berg told AFP that the border would stay closed.', type: 'STATEMENT', date: null, location: null },
  { text: 'Interior Minister Omar Haddad told state television on Monday that the curfew would be lifted.', type: 'STATEMENT', date: '2025-03-03', location: null },
  // a statement told as a thing, with its own day
  { text: 'In a press statement issued on Monday, the foreign ministry of Peru said the vote had been fair.', type: 'STATEMENT', date: '2025-03-03', location: null },
  // session 23: a person's words by other verbs of saying, with what was said after them or a quote before them; a speaker
  // written after the verb with an office in lower case; a quote passed on; a source named with its office; a time word between
  { text: 'Foreign Minister Ana Duarte stressed that the border would stay open.', type: 'STATEMENT', date: null, location: null },
  { text: 'Interior Minister Omar Haddad denied that the army had fired on the crowd.', type: 'STATEMENT', date: null, location: null },
  { text: '“The bridge will be rebuilt,” Mayor Tomas Rivera noted.', type: 'STATEMENT', date: null, location: null },
  // (a title naming a coup is no coup of its own: the words are the statement)
  { text: 'The coup leader, General Omar Haddad, said on Monday that the border would reopen.', type: 'STATEMENT', date: '2025-03-03', location: null },
  { text: '“The talks were useful,” said the Chilean foreign minister, Ana Duarte.', type: 'STATEMENT', date: null, location: null },
  { text: '“The frigates are ready,” says chief executive Lena Okafor.', type: 'STATEMENT', date: null, location: null },
  { text: 'Interior Minister Omar Haddad was quoted by a local newspaper as saying that the curfew would stay.', type: 'STATEMENT', date: null, location: null },
  { text: 'According to Interior Minister Omar Haddad, the curfew will stay until the end of the month.', type: 'STATEMENT', date: null, location: null },
  { text: 'Mayor Tomas Rivera reportedly said on Monday that the curfew would stay.', type: 'STATEMENT', date: '2025-03-03', location: null },
  { text: 'Governor Anna Berg last month insisted that the bridge would be rebuilt.', type: 'STATEMENT', date: null, location: null },
  // where the words were given between the verb and what was said; a threat (CAMEO 13); a denial of a claim, by a person or a state
  { text: 'Governor Anna Berg claimed in a post on social media Monday that the bridge would be rebuilt.', type: 'STATEMENT', date: '2025-03-03', location: null },
  { text: 'President Tomas Rivera threatened late Tuesday to close the border.', type: 'STATEMENT', date: '2025-03-04', location: null },
  { text: 'Interior Minister Omar Haddad denied any wrongdoing.', type: 'STATEMENT', date: null, location: null },
  { text: 'Peru denied on Monday that its troops had crossed the border.', type: 'STATEMENT', date: '2025-03-03', location: 'PE' },
  // statements of others referred to
  { text: 'The minister welcomed the firm statements issued by the African Union and the Arab League.', type: 'STATEMENT', date: null, location: null },
  // announcements told as a thing, by whom, or in the passive
  { text: 'Yesterday’s announcement of a truce between the two armies was welcomed in both capitals.', type: 'ANNOUNCEMENT', date: '2025-03-04', location: null },
  { text: 'The minister praised Canada for the recent announcement of a new aid package for refugees.', type: 'ANNOUNCEMENT', date: null, location: null },
  { text: 'Opposition leaders in Malawi accepted the results announced by the National Electoral Board.', type: 'ANNOUNCEMENT', date: null, location: null },
  { text: 'The plan builds on the Regional Water Strategy, which was launched last month by the two governments.', type: 'ANNOUNCEMENT', date: null, location: null },
  // session 22, a speaker written by a name no person is (a company, an agency, a body) or by "he"/"she" for the one named
  // just before: their words are statements too, undated as well
  { text: 'Norsk Marine said the frigates would be delivered by 2028.', type: 'STATEMENT', date: null, location: null },
  { text: 'The Harbour Authority of Tarvik says all cranes will be replaced next year.', type: 'STATEMENT', date: null, location: null },
  { text: 'General Omar Haddad met the mayor. “We are ready,” he said.', type: 'STATEMENT', date: null, location: null },
  // an office holder's announcement of a thing, undated
  { text: 'Brazilian President Maria Costa had announced the new curfew.', type: 'ANNOUNCEMENT', date: null, location: 'BR' },
  // session 31: a vote's outcome made public by the body or officer counting it (a winner declared or confirmed, results
  // confirmed or announced), dated by its own day, not by the vote's
  { text: 'The electoral board of Peru declared Ana Duarte the winner of the presidential election on Monday.', type: 'ANNOUNCEMENT', date: '2025-03-03', location: 'PE' },
  { text: 'After a week of counting, the national electoral commission confirmed the final results of the runoff early Friday.', type: 'ANNOUNCEMENT', date: '2025-02-28', location: null },
  { text: 'The Constitutional Court confirmed Tomas Rivera as the country’s president on Tuesday, weeks after the disputed vote.', type: 'ANNOUNCEMENT', date: '2025-03-04', location: null },
  // session 24: a state's organ by any head noun of its bodies (its forces and services, an agency, an office), its name
  // going on with "of …", placed at its state, not at a state its words name; words sourcing a happening but given on an
  // occasion of their own (a written statement, a post) are a statement
  { text: 'The Peruvian Coast Guard said the missing boat had been found.', type: 'STATEMENT', date: null, location: 'PE' },
  { text: "Chile's Ministry of Foreign Affairs said the visit would deepen ties.", type: 'STATEMENT', date: null, location: 'CL' },
  { text: 'The Chilean Defence Procurement Agency said the frigates were ready.', type: 'STATEMENT', date: null, location: 'CL' },
  { text: "The Chilean Foreign Ministry stated that the talks were held at Peru's request.", type: 'STATEMENT', date: null, location: 'CL' },
  { text: 'Rebels shelled the town of Kario, Defence Minister Ana Duarte has said in a post on social media.', type: 'STATEMENT', date: null, location: null },
  // session 27: an office written without its holder's name before the verb is the holder named before, on the day of its own clause
  { text: 'President Tomas Rivera opened the session. Peru’s president on Tuesday said that the curfew would stay.', type: 'STATEMENT', date: '2025-03-04', location: null },
  { text: 'Prime Minister Ana Duarte met the mayors. The interim prime minister said on Monday that the talks were useful.', type: 'STATEMENT', date: '2025-03-03', location: null },
  // session 27: a state's organ written right after a verb closing a quote or a clause, and missions and agencies named "… Commission", "… Administration"
  { text: '“The frigates are ready,” said the Chilean Ministry of Defence.', type: 'STATEMENT', date: null, location: 'CL' },
  { text: 'The talks were useful, said the Peruvian Ministry of Foreign Affairs in a statement.', type: 'STATEMENT', date: null, location: 'PE' },
  { text: 'The Chilean High Commission in Lima said the talks were useful.', type: 'STATEMENT', date: null, location: 'CL' },
  { text: "Chile's Defence Procurement Administration said the frigates were ready.", type: 'STATEMENT', date: null, location: 'CL' },
  // session 28: an unnamed official's or source's words with a day of saying of their own
  { text: 'A senior navy official said on Monday that the frigates would be ready in June.', type: 'STATEMENT', date: '2025-03-03', location: null },
  { text: '“The talks will resume next week,” the source told Radio Tarvik on Tuesday.', type: 'STATEMENT', date: '2025-03-04', location: null },
  // session 42: undated, an unnamed source counted among several ("one of the", "a second") or giving its words to a named outlet
  { text: 'The frigates would be ready in June, a senior navy official told Radio Tarvik.', type: 'STATEMENT', date: null, location: null },
  { text: 'One of the shipyard officials told the radio that the hulls were finished.', type: 'STATEMENT', date: null, location: null },
  { text: 'A second official confirmed the approval, noting that the cost would be higher.', type: 'STATEMENT', date: null, location: null },
  // session 28: a named speaker's words told to reporters, undated and with no country known, are a statement (words given to the press)
  { text: 'General Omar Haddad told reporters that the army was taking control of the capital.', type: 'STATEMENT', date: null, location: null },
  { text: 'Foreign Minister Ana Duarte told reporters in the afternoon that the talks were useful.', type: 'STATEMENT', date: null, location: null },
  // session 28: a verb of the reporting class closing a quote, its speaker named after it
  { text: '“The bridge will be rebuilt by the spring,” noted Mayor Tomas Rivera, who visited the site.', type: 'STATEMENT', date: null, location: null },
  // session 28: words said abroad, after the sentence's opening place, are said there, not at the speaker's home; the
  // briefing that reports them from elsewhere is where it says it was given
  { text: 'While in Ghana, Portuguese Foreign Minister Ana Duarte told students that the talks had been useful.', type: 'STATEMENT', date: null, location: 'GH' },
  { text: 'In Accra, Portuguese Foreign Minister Ana Duarte said the talks had been useful.', type: 'STATEMENT', date: null, location: 'GH' },
  { text: 'While in Ghana, Foreign Minister Ana Duarte will meet with President Kofi Mensah, her spokesman told reporters in Lisbon.', type: 'STATEMENT', date: null, location: 'PT' },
  // session 35: words given at a place written with the verb were given there, not at the speaker's home; a place the words
  // name stays the topic's
  { text: 'Portuguese Foreign Minister Ana Duarte said in Accra that the talks had been useful.', type: 'STATEMENT', date: null, location: 'GH' },
  { text: 'Portuguese Foreign Minister Ana Duarte said at a news conference in Accra that the talks had been useful.', type: 'STATEMENT', date: null, location: 'GH' },
  { text: 'Portuguese Foreign Minister Ana Duarte told reporters at the airport in Accra that the talks had been useful.', type: 'STATEMENT', date: null, location: 'GH' },
  { text: 'Portuguese Foreign Minister Ana Duarte said the talks in Accra had been useful.', type: 'STATEMENT', date: null, location: 'PT' },
  // session 35: an embedded post's signature, its author's words on the day it gives
  { text: 'The count was a disgrace and must be redone.\n— Ana Duarte (@anaduarte) March 3, 2025', type: 'STATEMENT', date: '2025-03-03', location: null },
  { text: 'We signed four agreements with our partners today.\n— Tomas Rivera (@TomasRiveraMFA) 4 March 2025', type: 'STATEMENT', date: '2025-03-04', location: null },
  // session 29: a body of states or a state's organ written as the speaker of a word of comment, undated, in a news story
  { text: 'The Security Council has condemned the attack on the peacekeepers near the border.', type: 'STATEMENT', date: null, location: null },
  { text: 'Several marchers were hurt in the capital, though the interior ministry denied any deaths.', type: 'STATEMENT', date: null, location: null },
  // session 29: words of comment in the present of news style, of a speaker named before the verb
  { text: 'Secretary-General Ana Duarte is calling for the immediate release of the detained ministers.', type: 'STATEMENT', date: null, location: null },
  { text: 'A commission spokesman says Chairperson Tomas Rivera strongly condemns the arrests of the ministers.', type: 'STATEMENT', date: null, location: null },
  // session 29: a body the lead reports by what it is, with its day of saying, goes on speaking below on that day
  { text: 'Norsk Marine has signed a deal to build seven ships for the navy, the state-controlled shipbuilder said on Tuesday. Norsk Marine will also train the crews for ten years, the company said in a statement.', type: 'STATEMENT', date: '2025-03-04', location: null },
  // session 36: a trailing attribution with its day of saying written right after the verb is a statement of that day beside the
  // happening it sources; a state's word on a written date; a passive announcement on a written day; the announcer named nearest the verb
  { text: "Troops arrested 40 people in the capital, Norway's interior ministry said on Monday.", type: 'STATEMENT', date: '2025-03-03', location: 'NO' },
  { text: 'Iceland announced on February 20 that it would close its embassy.', type: 'STATEMENT', date: '2025-02-20', location: 'IS' },
  { text: 'The new embassy in Lima will open in June, it was announced on Monday.', type: 'ANNOUNCEMENT', date: '2025-03-03', location: null },
  { text: 'Saudi Crown Prince Tomas Berg will visit Pakistan in May, Pakistani Information Minister Ana Duarte announced on Monday.', type: 'ANNOUNCEMENT', date: '2025-03-03', location: 'PK' },
  // session 37: a press service speaks for its leader or government, as a ministry does; an organ's dated "reported" is its word of that day
  { text: "Norway's press service said on Monday that the king would open the new bridge in May.", type: 'STATEMENT', date: '2025-03-03', location: 'NO' },
  { text: "The Finnish defence ministry reported on Tuesday that two drones had crossed the border.", type: 'STATEMENT', date: '2025-03-04', location: 'FI' },
  // (made at the organ's state, not at the place its words name before it)
  { text: 'The new ferry line to Tallinn will open in May, the Finnish transport ministry reported on Monday.', type: 'STATEMENT', date: '2025-03-03', location: 'FI' },
  // session 42: words made known on air are an announcement (a coup leader's broadcast, a statement read out on national radio)
  { text: 'Colonel Ibrahim Sanou appeared on state television on Tuesday to announce the dissolution of the government of Burkina Faso.', type: 'ANNOUNCEMENT', date: '2025-03-04', location: 'BF' },
  { text: 'A statement of the officers was then broadcast on national radio in Gabon.', type: 'ANNOUNCEMENT', date: null, location: 'GA' },
  // session 44 (evann4): the same words opening a sentence, an occasion told as before another, words recorded and put out
  { text: 'In a television address, the army of Chile announced that power had passed to its commander.', type: 'ANNOUNCEMENT', date: null, location: 'CL' },
  { text: 'In an earlier broadcast, the junta of Mali offered an amnesty to the mutineers.', type: 'ANNOUNCEMENT', date: null, location: 'ML' },
  { text: 'Statement No. 2 was then broadcast on radio in Niger.', type: 'ANNOUNCEMENT', date: null, location: 'NE' },
  { text: 'The officers of Gabon released a new video claiming that the president was under arrest.', type: 'ANNOUNCEMENT', date: null, location: 'GA' },
  // session 43 (evann2): a deal made public in its own sentence by the one who announces it, a maker, an agency or an organ, is an
  // announcement beside the sale
  { text: 'The Dutch procurement agency Dmo announced on Tuesday that it had ordered 24 Caesar howitzers from France.', type: 'ANNOUNCEMENT', date: '2025-03-04', location: null },
  { text: "Chile will buy six C-390 transport aircraft from Brazil for $600 million, Chile's defence ministry announced Monday.", type: 'ANNOUNCEMENT', date: '2025-03-03', location: null },
  { text: 'Defence group Kongsberg announced on Monday that it had won an order worth $300 million from Poland for NASAMS air defence systems.', type: 'ANNOUNCEMENT', date: '2025-03-03', location: null },
  // session 45 (evstmt38): a state reacting in the simple past, undated ("accused", "denied"), several states reacting together in
  // the perfect ("have all condemned"), a reaction told as a noun a happening drew from its speakers (placed at theirs, not at the
  // trip's), and posts on platforms named by name or "took to social media"
  { text: 'Chile accused Peru of arming the rebels.', type: 'STATEMENT', date: null, location: 'CL' },
  { text: 'Norway denied any role in the sale.', type: 'STATEMENT', date: null, location: 'NO' },
  { text: 'Spain, Italy and Portugal have all condemned the blockade.', type: 'STATEMENT', date: null, location: null },
  { text: 'The vote sparked condemnation from Canada.', type: 'STATEMENT', date: null, location: 'CA' },
  { text: 'The Chilean leader’s trip to Caracas drew sharp criticism from the United States and its allies.', type: 'STATEMENT', date: null, location: 'US' },
  { text: 'Mayor Ana Duarte posted on Bluesky that the bridge would reopen.', type: 'STATEMENT', date: null, location: null },
  { text: 'Opposition leader Ana Duarte took to social media, urging calm.', type: 'STATEMENT', date: null, location: null },
  // session 46 (evstmt40): a denial of a claim named after a determiner or a possessive, or dismissed; a denial in the present of
  // news style, a state named alone (or by its capital) too
  { text: 'Chile denied the allegations of arming the rebels.', type: 'STATEMENT', date: null, location: 'CL' },
  { text: "Peru, Bolivia and Chile denied Ecuador's charges.", type: 'STATEMENT', date: null, location: null },
  { text: 'Interior Minister Omar Haddad dismissed the reports as rumours.', type: 'STATEMENT', date: null, location: null },
  { text: 'Lima denies any role in the attack.', type: 'STATEMENT', date: null, location: 'PE' },
  { text: 'Norway rejects the accusations.', type: 'STATEMENT', date: null, location: 'NO' },
  // session 47 (evstmt41): words told without quotation marks before an inverted verb of saying, its speaker named after it
  // (the day after the name is the day of saying)
  { text: 'The ferry will resume its service in May, said Transport Minister Ana Lind.', type: 'STATEMENT', date: null, location: null },
  { text: '– The new radars will protect the whole coast, says Defence Minister Tomas Rivera.', type: 'STATEMENT', date: null, location: null },
  { text: 'The first ships should arrive next year, said Defence Minister Tomas Rivera (Labour) on Monday, adding that crews were in training.', type: 'STATEMENT', date: '2025-03-03', location: null },  // session 47 (evstmt42): a comment verb's speaker named by name without an office written (a legislator's or a protester's
  // words are reported speech as an office holder's are)
  { text: 'Activist Ana Duarte urged the government to free the prisoners.', type: 'STATEMENT', date: null, location: null },
  { text: 'Ana Duarte has conceded defeat to Tomas Rivera.', type: 'STATEMENT', date: null, location: null },  // session 47 (evstmt42): an adverb of manner or of time, or a date, between the speaker and the verb
  { text: 'President Ana Duarte sternly warned the rebels against any new attack.', type: 'STATEMENT', date: null, location: null },
  { text: 'Opposition leader Tomas Rivera has already conceded defeat to Ana Duarte.', type: 'STATEMENT', date: null, location: null },
  { text: 'President Ana Duarte on March 3 urged that the talks resume.', type: 'STATEMENT', date: null, location: null },  // session 47 (evstmt42): words reported as a clause without its "that", and verbs of alleging, assuring and announcing
  { text: 'Prime Minister Tomas Berg maintained he would stay in office until the vote.', type: 'STATEMENT', date: null, location: null },
  { text: 'Defence Minister Ana Lind admitted the report was written in haste.', type: 'STATEMENT', date: null, location: null },
  { text: 'Senator Ana Duarte charged that the army had hidden the losses.', type: 'STATEMENT', date: null, location: null },
  { text: 'Governor Tomas Rivera assured that the bridge would reopen in May.', type: 'STATEMENT', date: null, location: null },
];

/** Read as a government's own release: its officials' praise of a thing named by a pronoun. */
export const RELEASE_STATEMENTS: SentenceEvent[] = [
  { text: 'Prime Minister Ana Reyes has hailed it as a turning point for the region.', type: 'STATEMENT', date: null, location: null },
];

export const OTHER_CASES: SentenceEvent[] = [
  // accords coming into force, in any tense
  { text: 'The agreement on a Cessation of Hostilities in Yemen is to come into force on Saturday.', type: 'OTHER', date: '2025-03-08', location: 'YE' },
  { text: 'The border agreement took effect on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  // a death referred to
  { text: 'The President sent his condolences on the passing of former Prime Minister Tomas Varga.', type: 'OTHER', date: null, location: null },
  { text: 'The veteran diplomat Maria Lindqvist passed away in Stockholm on Sunday.', type: 'OTHER', date: '2025-03-02', location: 'SE' },
  // disarmament: weapons destroyed, facilities dismantled
  { text: 'Inspectors confirmed the destruction of the remaining chemical weapons stockpile in Libya.', type: 'OTHER', date: null, location: 'LY' },
  { text: 'The reactors at the site are being dismantled under international supervision.', type: 'OTHER', date: null, location: null },
  // forces drawn down; weapons due to be delivered
  { text: 'As the drawdown of foreign troops continues, the Malian army is taking over the bases.', type: 'OTHER', date: null, location: 'ML' },
  { text: 'The first frigates are expected to be delivered to the navy in 2027.', type: 'OTHER', date: null, location: null },
  // in a report of an arms sale, an accord of another kind is still one; a happening after a demand's clause, told by its own verb
  { text: 'Poland signed a deal with South Korea to buy 180 K2 tanks for $3.4 billion. The two defence ministers also signed a memorandum on training cooperation.', type: 'OTHER', date: null, location: null },
  { text: 'The minister called on Russia to pull back its troops and condemned the arrests of journalists in Moscow.', type: 'OTHER', date: null, location: 'RU' },
  // a happening told without a place in a paragraph that opens with one is there
  { text: 'In Nairobi, the envoy will meet ministers and aid groups. She will also join the celebration of the national day.', type: 'OTHER', date: null, location: 'KE' },
];

export const NON_EVENTS: SentenceNonEvent[] = [
  // session 43 (evann2): a sale made public by the press is the sale's news, no announcement of its own
  { family: 'STATEMENT', text: 'Chile has ordered six C-390 transport aircraft from Brazil, newspapers announced on Monday.' },
  // session 38: a news outlet named as the one who says is where the news comes from, no speaker of a statement (not a state's either)
  { family: 'STATEMENT', text: 'Reuters said on Monday that the Chinese president would visit France.' },
  { family: 'STATEMENT', text: 'The Associated Press said Thursday that the border talks had ended.' },
  { family: 'STATEMENT', text: 'Kyodo News said on Monday that the prime minister would travel to Brazil.' },
  { family: 'STATEMENT', text: 'The Daily Herald said: “The decision appeared to be a signal of displeasure.”' },
  // session 37: an outlet's report is where news comes from, not a state's word ("reported" is an organ's only)
  { family: 'STATEMENT', text: 'A local newspaper reported on Monday that the bridge would open in May.' },
  // session 33: a speech is its speaker's, named before its verb: an office addressing the press names no one's words; an issue
  // addressed is no speech
  { family: 'STATEMENT', text: 'A ministry spokesperson addressed the press conference on Monday and explained President Tomas Berg’s plans.' },
  { family: 'STATEMENT', text: 'Mayor Tomas Rivera wants the new plan to address the community’s concerns about the bridge.' },
  { family: 'STATEMENT', text: 'Governor Tomas Rivera addressed his concerns about the bridge to the council.' },
  { family: 'STATEMENT', text: 'The new plan will address the public’s fear of floods.' },
  // session 31: a winner declared or results confirmed where no vote is told (a prize, a test) are no announcement
  { family: 'STATEMENT', text: 'The jury declared Ana Duarte the winner of the poetry prize on Monday.' },
  { family: 'STATEMENT', text: 'The laboratory confirmed the results of the water test on Tuesday.' },
  // session 30: a person named after the comma closing a source, the clause going on, is the news's subject, no source speaking
  { family: 'STATEMENT', text: "According to the port authority's records, Captain Tomas Rivera has sailed for Lisbon." },
  // a happening asked for is not one that happened
  { family: 'OTHER', text: 'The minister called for an end to the shelling, an immediate ceasefire and the return of refugees.' },
  { family: 'OTHER', text: 'We urge the presidential guard to release the president from detention.' },
  // a happening wished for
  { family: 'OTHER', text: 'I hope that the truce will allow negotiations to restart soon.' },
  // a round of negotiations is a meeting
  { family: 'OTHER', text: 'The envoy will lead the delegation to the eighth round of negotiations on the treaty.' },
  // the removal a coup made is the coup
  { family: 'OTHER', text: 'The coup that removed the president from power was condemned across the region.' },
  // a death a strike caused is the strike's
  { family: 'OTHER', text: 'The strike resulted in the death of Commander Abu Karim.' },
  // a deal in a report of an arms sale is the sale
  { family: 'OTHER', text: 'Poland signed a deal with South Korea to buy 180 K2 tanks for $3.4 billion.' },
  // an announcement of a sale is the sale's
  { family: 'STATEMENT', text: 'The announcement of the proposed sale of eight Black Hawk helicopters to Chile for $250 million follows a request from its government.' },
  // an announcement with no official announcer
  { family: 'STATEMENT', text: 'The company announced the results of its survey.' },
  // session 20, reported speech: unnamed speakers, a state named alone and undated (a standing position), the source of
  // a happening the sentence tells, a passive
  { family: 'STATEMENT', text: 'Analysts said the approval was partly commercial.' },
  { family: 'STATEMENT', text: 'Officials said the talks would continue.' },
  { family: 'STATEMENT', text: 'Beijing has said it opposes the visit.' },
  // session 22: an office named without its holder, a state named alone, a month before the verb are no named speaker
  { family: 'STATEMENT', text: 'The Prime Minister said the economy had grown faster than forecast.' },
  { family: 'STATEMENT', text: 'Peru said the bridge would open in 2027.' },
  { family: 'STATEMENT', text: 'The harvest of last December added six weeks to the season.' },
  { family: 'STATEMENT', text: 'The Pentagon said the sale would help Chile meet current and future threats.' },
  { family: 'STATEMENT', text: 'Rebels shelled the town of Kario on Monday, the Malian army said.' },
  { family: 'STATEMENT', text: 'Farmer Lena Okafor was told the results on Monday.' },
  // session 23: a verb of saying beyond "said" with no words after it, a body's or a pronoun's, a source named without an
  // office (an outlet's report), a speaker after the verb in a clause of its own
  { family: 'STATEMENT', text: 'Foreign Minister Ana Duarte confirmed the date of the vote.' },
  { family: 'STATEMENT', text: 'Norsk Marine confirmed that the frigates were ready.' },
  { family: 'STATEMENT', text: 'The junta denied the will of the voters and dissolved the parliament.' },
  { family: 'STATEMENT', text: 'The ships were delayed by a storm, according to Radio Tarvik.' },
  { family: 'STATEMENT', text: 'The ships were delayed by a storm, according to the report, which Mayor Tomas Rivera ordered.' },
  // session 24: a news agency is no organ of its state
  { family: 'STATEMENT', text: "Chile's Andes news agency said the ships had been delayed by a storm." },
  // session 40: a defeat conceded by no named speaker; a participle after a comma with no words after it
  { family: 'STATEMENT', text: 'The home team conceded defeat in the final on Sunday.' },
  { family: 'STATEMENT', text: 'Mayor Tomas Rivera opened the bridge, noting the cost.' },
  // session 28: an unnamed official's words without a day of their own source the news (session 42: unless counted among
  // several or given to a named outlet)
  { family: 'STATEMENT', text: 'The frigates would be ready in June, a senior navy official said.' },
  { family: 'STATEMENT', text: 'A government spokesperson said the order was cancelled.' },
  { family: 'STATEMENT', text: 'The frigates would be ready in June, the navy official told Radio Tarvik.' },
  { family: 'STATEMENT', text: 'Officials said the talks would resume next week.' },
  // session 42: a station seized, a ruling shown live: nothing made known on air by anyone
  { family: 'STATEMENT', text: 'Soldiers took control of state television in Niamey on Wednesday.' },
  { family: 'STATEMENT', text: 'The verdict was aired live on national television.' },
  // session 44 (evann4): a scene a video shows, a video no one speaks in
  { family: 'STATEMENT', text: 'Soldiers were seen in a video firing at protesters in Niamey.' },
  { family: 'STATEMENT', text: 'Activists posted a video showing tanks on the streets of Niamey.' },
  // session 45 (evstmt38): one state's word in the perfect is a standing position; a reaction withheld; a crowd's reaction is a protest
  { family: 'STATEMENT', text: 'Chile has criticised the blockade as unlawful.' },
  { family: 'STATEMENT', text: 'Chile warned that the blockade would fail.' },
  { family: 'STATEMENT', text: 'The sale drew no objections from Congress.' },
  { family: 'STATEMENT', text: 'The decision sparked protests from students in Santiago.' },
  // session 46 (evstmt40): a state's present position is no reply to a charge; what is denied must be a claim
  { family: 'STATEMENT', text: 'Chile rejects the use of force in the region.' },
  { family: 'STATEMENT', text: 'Peru denies the will of the voters.' },
  // session 47 (evstmt41): a state named alone after words told without quotation marks is no named speaker either
  { family: 'STATEMENT', text: 'The frigates will be delivered in 2027, said Chile.' },
  // session 47 (evstmt42): a verb of reporting with an object and no clause after it tells no words
  { family: 'STATEMENT', text: 'Prime Minister Tomas Berg confirmed the appointment.' },
  { family: 'STATEMENT', text: 'Prime Minister Tomas Berg noted the importance of the talks.' },
];

/** Session 20: one statement per speaker and day — two speakers in one sentence are two, one speaker's words over sentences one. */
/**
 * session 43 (evstmt34): the words a speaker gives in announcing something are the announcement, told once: a spokesperson's
 * briefing that announced a visit, a leader's own name for what he announced ("marking what he called …"), undated or of the day.
 */
export const ANNOUNCED_WORDS: string[] = [
  'Foreign Minister Ana Lind will pay official visits to Chile and Peru from March 10 to 14.\n\nLind is visiting at the invitation of Chilean Foreign Minister Tomas Berg and Peruvian Foreign Minister Jorge Salas, Foreign Ministry spokesperson Maria Costa announced Tuesday at a press briefing.',
  'President Tomas Berg announced Monday that Norway and Chile had reached a formal agreement to end the fighting, marking what he called the end of the war.',
];

/**
 * Session 44 (evann4): words on air told as another occasion than those told before ("who later appeared", "another video", "an
 * earlier broadcast") are another announcement; the same appearance told again is one.
 */
export const BROADCAST_COUNTS: { text: string; announcements: number }[] = [
  { text: 'Colonel Ana Duarte appeared on state television in Bolivia on Friday. A group of soldiers who later appeared on state television said they had dissolved the parliament.', announcements: 2 },
  { text: 'Officers announced the coup on national television in Gabon. Hours after that, the officers released another video claiming they had detained the president.', announcements: 2 },
  { text: 'Colonel Ana Duarte appeared on state television in Bolivia on Friday. She appeared on state television in uniform.', announcements: 1 },
];

export const SPEECH_COUNTS: { text: string; statements: number }[] = [
  { text: 'Spokesman Tom Reyes described the talks as “useful,” while Foreign Minister Ana Duarte said they had “a long way to go.”', statements: 2 },
  { text: 'Foreign Minister Ana Duarte said the talks were useful. Duarte added that a deal was close.', statements: 1 },
  { text: 'Foreign Minister Ana Duarte said the talks were useful. Interior Minister Paulo Reis said the border would reopen.', statements: 2 },
  // session 22: two named bodies' words are two statements, a body's words over sentences one, "he" the one named before him
  { text: 'Norsk Marine said the frigates were ready. The Tarvik Port Authority said the berths were not.', statements: 2 },
  { text: 'Norsk Marine said the frigates were ready. Norsk Marine added that the crews were trained.', statements: 1 },
  // session 29: an outlet that quotes an official as saying is no speaker of its own; the official named by name speaks
  { text: 'General Omar Haddad said the talks would resume. The Daily Courier quoted the general as saying that both sides were ready.', statements: 1 },
  { text: 'Foreign Minister Ana Duarte said the talks were useful. She added that a deal was close.', statements: 1 },
  { text: '“We are ready,” Foreign Minister Ana Duarte said. He added that Interior Minister Paulo Reis agreed.', statements: 1 },
  // session 29: a pronoun going on with reported words is the speaker of the words just before, not someone those words name;
  // else the one named last before it whose given name fits the pronoun
  { text: 'Mayor Tomas Rivera said the bridge would be rebuilt. “I look forward to working with Governor Paulo Reis on it,” he said.', statements: 1 },
  { text: 'Foreign Minister Catherine Holt said the talks were useful. Later in the day President Tomas Rivera arrived in the city. “We will meet again in June,” she said.', statements: 1 },
  // the organ's words are not its minister's
  { text: "Chile's foreign ministry said the talks had been useful. Foreign Minister Ana Duarte said a deal was close.", statements: 2 },
  // session 25: one speaker's words on two occasions of a day are two statements (a post and an interview), on one occasion or
  // two spoken ones one; a readout posted by another is no post of the speaker's
  { text: 'Governor Tomas Rivera told Radio Nacional on Monday that the bridge would reopen. Rivera also claimed in a post on social media Monday that the repairs were done.', statements: 2 },
  { text: 'Governor Tomas Rivera said in a statement on Monday that the bridge would reopen. Rivera told reporters on Monday that the repairs were done.', statements: 2 },
  { text: 'Governor Tomas Rivera said on state television on Monday that the bridge would reopen. At a press conference on Monday, Rivera added that the repairs were done.', statements: 1 },
  { text: 'Governor Tomas Rivera said on Monday that the bridge would reopen, according to a readout posted on social media by his office. At a press conference on Monday, Rivera added that the repairs were done.', statements: 1 },
  { text: 'Governor Tomas Rivera told reporters on Monday that the bridge would reopen. Rivera added that the repairs were done.', statements: 1 },
  // session 32: another person's undated words beside an announcement are a statement of their own, not the announcement quoted
  { text: 'General Omar Haddad announced the dissolution of the government on Wednesday. However, President Tomas Berg tweeted that the situation was under control.', statements: 1 },
  { text: 'General Omar Haddad announced the dissolution of the government on Wednesday. However, President Tomas Berg said that the situation was under control.', statements: 1 },
  // session 26: one speaker's words in one sentence are one statement, whatever day its words name
  { text: "In a statement on Sunday, Foreign Minister Ana Duarte said Thursday's summit would be brief.", statements: 1 },
  // session 27: an office holder's words on another day are another statement of theirs; another office ("the vice president") is no one named
  { text: 'President Tomas Rivera said on Monday that the talks were useful. The president on Tuesday said the curfew would stay.', statements: 2 },
  // session 40: a release that names a person and the words it quotes of them are one statement (the corpus annotates the release,
  // not each quote in it); a speaker's later words placed by no place written and given on no other occasion join the words before
  // them whatever country they are read in; an announcement naming a person is no release of that person's words
  { text: 'The presidency said in a statement that Foreign Minister Ana Duarte had spoken with her Chilean counterpart on the telephone. She added that a visit was planned.', statements: 1 },
  { text: 'Peruvian President Tomas Berg told reporters in Quito that trade would grow. “Our ties are strong,” Berg added.', statements: 1 },
  { text: 'The electoral board declared President Tomas Berg the winner of the election over opposition leader Ana Duarte on Sunday. Duarte accused the board of fraud.', statements: 1 },
  { text: 'President Tomas Rivera said on Monday that the talks were useful. The vice president on Tuesday said the curfew would stay.', statements: 1 },
  // session 40 (evstmt29): a second speaker in a clause of its own is a statement of its own, a comment verb's as a verb of saying's;
  // words told before in another subject's clause are not taken over by the later speaker; one speaker's two verbs stay one statement
  { text: 'Prime Minister Ana Duarte urged an end to the strike, while Interior Minister Paulo Reis warned of fines for those who stay out.', statements: 2 },
  { text: 'Mayor Tomas Rivera condemned the attack, but Governor Ana Duarte called for calm.', statements: 2 },
  { text: 'Senator Ana Duarte later tweeted that the vote had been rigged, but police commander Paulo Reis told local radio that was not the case.', statements: 2 },
  { text: 'Mayor Tomas Rivera condemned the attack and urged calm.', statements: 1 },
  { text: 'Mayor Tomas Rivera condemned the attack, and he urged calm.', statements: 1 },
  { text: 'In a statement, Mayor Tomas Rivera said the bridge would reopen.', statements: 1 },
  // session 40: a body named in full and then by its acronym is one speaker (a voice's name with its "of", an organ with its
  // state); one body's later unplaced words join its words before whatever country they are read in; two bodies stay two
  { text: 'The Ministry of Foreign Trade said the minister would visit Lima. The MFT said the talks would cover fisheries.', statements: 1 },
  { text: "Norway's Coast Guard said Thursday that it had seized the trawler. The NCG said the crew was safe.", statements: 1 },
  { text: "NPA said North Korean leader Pak Chol-su had welcomed his guest warmly. NPA said Russian President Ivan Sorokin's visit was of great importance.", statements: 1 },
  { text: 'The Ministry of Foreign Trade said the minister would visit Lima. The Maritime Fisheries Trust said the talks would cover fisheries.', statements: 2 },
  // session 41: a company's words and its chief officer's, written as its officer in the words' sentence, are one statement
  // (a release quoting its chief executive); another person's words beside the company's stay a statement of their own
  { text: 'Norsk Marine said the frigates would be delivered by 2028. “This order shows the trust of our customers,” said Lars Dahl, chief executive of Norsk Marine.', statements: 1 },
  { text: 'Norsk Marine said the frigates would be delivered by 2028. “It is a milestone,” says Norsk Marine CEO Lars Dahl.', statements: 1 },
  { text: 'Norsk Marine said the frigates would be delivered by 2028. Defence Minister Ana Duarte said the navy needed them.', statements: 2 },
];

/** Session 20: the day of a clause about the speaker is not the day of the words. */
export const UNDATED_WORDS: string[] = [
  // session 48 (evplace3): a visit named inside the reported words is theirs, not the occasion of the saying
  'Indian Prime Minister Ravi Kumar arrived in Tokyo on Monday for talks with Japanese leaders.\n\nKumar said that during his visit the two countries will sign a defence pact.',
  'Prime Minister Ana Duarte, who took office in May, has said she wants closer ties with Chile.',
  // (a day in the words before their attribution is not a phrase heading the speaker's clause)
  'This is the tenth year since 2015 that the fair has been held in the town, Mayor Tomas Rivera said.',
  // session 22: a day after a clause of the words is theirs
  'Foreign Minister Ana Duarte said the talks were useful. She said she would travel to Lima on Monday.',
  // session 26: a weekday naming a happening is no day of saying
  'Foreign Minister Ana Duarte said Thursday’s summit would be brief.',
  "The Chilean foreign ministry said Monday's vote was fair.",
  // session 37: a day inside closed quotation marks after the verb is the words' own, not the day of saying
  'Foreign Minister Ana Duarte said: “On Monday we will answer them.”',
  'Governor Tomas Rivera said the tolls raised “last Friday” were unlawful.',
  // session 32: words given while announcing something the text never dates, or dates without the speaker, take no day from it
  'Finance Minister Tom Berg told reporters while announcing the sanctions that the measure was overdue.',
  'The government announced the sanctions on Monday.\n\nThe measure freezes assets.\n\n“We are acting,” Finance Minister Tom Berg said while announcing the sanctions.',
];

/**
 * Session 28: words the lead reports with their day, told on below by the same speaker without a day, were said that day; another
 * speaker's undated words below take no day from the lead. Each text's statements and their days (null: undated), in the order of the text.
 */
export const LEAD_SAID_DAYS: { text: string; statements: { speaker: string; date: string | null }[] }[] = [
  {
    text: 'The first frigates should reach the port of Tarvik in late 2026, said Defence Minister Ana Duarte on Tuesday, adding that the crews would train abroad. The minister said in this vein that local shipyards would build the hulls.',
    statements: [{ speaker: 'ana-duarte', date: '2025-03-04' }],
  },
  {
    text: 'Mayor Tomas Rivera said on Monday that the bridge would reopen in June. Governor Anna Berg said the road would stay closed.',
    statements: [
      { speaker: 'tomas-rivera', date: '2025-03-03' },
      { speaker: 'anna-berg', date: null },
    ],
  },
  // session 43 (evstmt35): a lead telling one person's news on a day, then that person's speech told without a day, tells how the
  // news was made (the speech given that day); another person's speech takes no day from it
  {
    text: 'Peruvian President Tomas Berg resigned on Sunday after weeks of protests.\n\n“I leave my post with a clear conscience,” Berg said in a televised address.',
    statements: [{ speaker: 'tomas-berg', date: '2025-03-02' }],
  },
  {
    text: 'Peruvian President Tomas Berg resigned on Sunday after weeks of protests.\n\nOpposition leader Ana Duarte said in a televised address that elections must follow.',
    statements: [{ speaker: 'ana-duarte', date: null }],
  },
];

/**
 * Session 34: a comment verb after "he"/"she" ("On Monday, she called on the army to …", "He accused …") is the words of the
 * office holder the pronoun stands for: the subject of its own sentence, the speaker of the statement just before, or the person
 * named first (outside quotes) in the nearest sentence before that names one, passing over sentences that open with the pronoun;
 * never a name inside quoted words or an object named last. Each text's statements and their days, in the order of the text.
 */
export const PRONOUN_SPEAKERS: { text: string; statements: { speaker: string; date: string | null }[] }[] = [
  {
    text: 'Opposition leader Ana Duarte returned from exile last year. On Monday, she called on the army to arrest the president.',
    statements: [{ speaker: 'ana-duarte', date: '2025-03-03' }],
  },
  {
    text: 'Prime Minister Tomas Berg has argued with opposition leader Marta Ruiz for months.\n\nHe accused the opposition of stoking unrest.',
    statements: [{ speaker: 'tomas-berg', date: null }],
  },
  {
    text: '“We will speak with President Tomas Berg now,” the army chief said on Monday.\n\nGeneral Omar Haddad leads the army.\n\nHe called for calm across the country.',
    statements: [{ speaker: 'omar-haddad', date: null }],
  },
  {
    text: 'According to Vice President Ana Duarte, foreign leaders come because they trust the government.\n\nShe noted that the world had recognised the victory, unlike opposition leader Marta Ruiz.\n\nShe urged voters to ignore the critics.',
    statements: [{ speaker: 'ana-duarte', date: null }],
  },
  // session 48 (evstmt43): an office written with a state is that state's holder ("the Chilean president" is not the Peruvian one named
  // last), and a leader named by their state ("the Chilean leader") is that state's head of state or government named before
  {
    text: 'Chilean President Tomas Berg arrived in Lima on Monday, where Peruvian President Ana Duarte greeted him.\n\nThe Chilean president said the visit would deepen ties.',
    statements: [{ speaker: 'tomas-berg', date: null }],
  },
  {
    text: 'Chilean President Tomas Berg arrived in Lima on Monday, where Peruvian President Ana Duarte greeted him.\n\nThe Chilean leader said the visit would deepen ties.',
    statements: [{ speaker: 'tomas-berg', date: null }],
  },
  {
    text: 'Chilean President Tomas Berg arrived in Lima on Monday, where Peruvian President Ana Duarte greeted him.\n\n“Our ties are deep,” said the Peruvian leader.',
    statements: [{ speaker: 'ana-duarte', date: null }],
  },
];

/**
 * Session 39: a verb closing a quote speaks for the one named after it, never for a person named inside the quoted words (whose
 * blanked-out rest once read as nothing between); "said the President" after the quote is the President named before.
 */
export const QUOTE_SPEAKERS: { text: string; speakers: string[] }[] = [
  {
    text: 'President Ana Duarte left for Lima on Monday.\n\n“Apart from Prime Minister Tomas Berg, I will also meet business leaders,” said the President.',
    speakers: ['ana-duarte'],
  },
  {
    text: 'Foreign Minister Ana Duarte arrived in Oslo on Monday.\n\n“Governor Tomas Rivera will join us tomorrow,” said the minister.',
    speakers: ['ana-duarte'],
  },
];
