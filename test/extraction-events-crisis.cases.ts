// Sentences written here for the crisis families (issue 10, session 9): each happening told in several
// styles (wire report, ministry readout, government release, think-tank summary), active, passive and
// nominal, so the rules are verb and noun classes (src/extraction/crisis-lexicon.ts), not one wording.
// Published Wednesday 2025-03-05 like the other case tables; type family, start day and place (null: not checked).
import type { WireCase } from './extraction-events-wire.cases';

export const CRISIS_CASES: WireCase[] = [
  // attack / strike / shell / bomb on a military target (CAMEO 19–20)
  { text: 'Russian forces shelled residential buildings in Kherson on Tuesday, regional officials said.', type: 'MILITARY_ACTION', date: '2025-03-04', location: 'UA' },
  { text: 'Coalition aircraft are pounding militant positions near Mosul, the ministry said.', type: 'MILITARY_ACTION', date: null, location: null },
  { text: 'Two hospitals were hit by artillery fire overnight, according to the health ministry.', type: 'MILITARY_ACTION', date: null, location: null },
  { text: 'The drone targeted a fuel depot outside the port city on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: null },
  { text: 'Soldiers opened fire on marchers in Nairobi, Kenya, on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'KE' },
  // a target that is no country's ground or people (a vessel, a person, a building): placed at the attacker's (session 26)
  { text: 'A Venezuelan patrol boat opened fire on a fishing trawler on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'VE' },
  // launch / fire / test-fire munitions, and the nominal launch
  { text: 'North Korea test-fired two cruise missiles off its west coast on Sunday.', type: 'MILITARY_ACTION', date: '2025-03-02', location: 'KP' },
  { text: 'Pyongyang is launching more ballistic missiles than in any previous year, the think tank found.', type: 'MILITARY_ACTION', date: null, location: null },
  // (session 35) a bare "war with" names the war where "its war with" puts it: the side named after it
  { text: 'Belgrade has voiced quiet sympathy for Russia in its war with Ukraine.', type: 'MILITARY_ACTION', date: null, location: 'UA' },
  // (session 48) "the war with/against" a foe is fought on the ground of the side the sentence names before it, not the foe's
  { text: 'Finland pledged more shells to help Estonia in the war against Belarus.', type: 'MILITARY_ACTION', date: null, location: 'EE' },
  { text: 'Armenia has not held a census since the conflict with Azerbaijan began.', type: 'MILITARY_ACTION', date: null, location: 'AM' },
  { text: 'The Kenyan president said the accord would end the war with Somalia.', type: 'MILITARY_ACTION', date: null, location: 'KE' },
  // (…"against" a foe only right after the side: the foe of the regime's war is where it is fought)
  { text: 'The sanctions target Belarus for its support for the war against Ukraine.', type: 'MILITARY_ACTION', date: null, location: 'UA' },
  // (session 38) "the Gaza Strip" is a place of its city's country, not a name the city's word goes on into
  { text: 'Jets struck targets in the Gaza Strip on Monday, medics said.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'PS' },
  // (session 39) strikes beside workers' words stay armed when the sentence names arms
  { text: 'Air strikes in Syria killed four workers at a factory on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'SY' },
  // (session 39) strike action is a stoppage told as action
  { text: 'Nurses in Leeds, England, began strike action on Monday over pay.', type: 'PROTEST', date: '2025-03-03', location: 'GB' },
  { text: 'Dockers took industrial action on Tuesday in Rotterdam, the Netherlands.', type: 'PROTEST', date: '2025-03-04', location: 'NL' },
  // (session 47) a stoppage told by its reach, length or caller ("a statewide strike", "an indefinite strike") is no armed strike
  { text: 'Teachers in Lagos, Nigeria, began an indefinite strike on Monday.', type: 'PROTEST', date: '2025-03-03', location: 'NG' },
  { text: 'A statewide strike against the judicial reform closed schools in Israel on Tuesday.', type: 'PROTEST', date: '2025-03-04', location: 'IL' },
  // (session 38) a coup is in the country whose government it overthrows, not where its leader happened to be
  { text: "Soldiers overthrew Mali's government on Tuesday while the president was at a summit in Ethiopia.", type: 'MILITARY_ACTION', date: '2025-03-04', location: 'ML' },
  { text: "Togo's president, while on a visit to Japan, was ousted on Monday in an army coup.", type: 'MILITARY_ACTION', date: '2025-03-03', location: 'TG' },
  // (session 41) a day written with an action named as the known one is still its day
  { text: 'Israel closed the crossing after the rocket attack on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: null },
  // (session 44) and so is a day written with an action someone reacts to
  { text: 'On Wednesday, the Security Council condemned the mutiny on Monday at a military camp in Mali.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'ML' },
  // (session 39) a place words were given at ("told reporters in Lisbon on Thursday") is no stop of the trip told beside them
  { text: 'Secretary-General Ana Duarte will travel to Ghana next week. While in Ghana, she will meet President Kofi Mensah, her spokesman told reporters in Lisbon on Thursday.', type: 'DIPLOMATIC_VISIT', date: null, location: 'GH' },
  { text: "The coup was staged on Monday while Bolivia's president was in Spain for talks.", type: 'MILITARY_ACTION', date: '2025-03-03', location: 'BO' },
  // (session 41) a country's martial law is not where its leader happened to be while it was declared
  { text: "Thailand's army declared martial law on Tuesday while the prime minister was in New York.", type: 'MARTIAL_LAW', date: '2025-03-04', location: 'TH' },
  { text: 'The generals declared martial law on Tuesday while Prime Minister Aroon Chai was in London, Thai media reported.', type: 'MARTIAL_LAW', date: '2025-03-04', location: 'TH' },
  // (session 43) a crowd at home is not where its leader fled or landed, nor soldiers at home where a leader was when they moved
  { text: 'Ghana: President Kofi Mensah resigns amid protests, lands in Togo', type: 'PROTEST', date: null, location: 'GH' },
  { text: 'Striking when the prime minister was in New York, Thai army commander Sondhi Pradit sent tanks and troops into the streets of Bangkok on Tuesday.', type: 'MILITARY_ACTION', date: '2025-03-04', location: 'TH' },
  { text: 'Striking when the prime minister was in New York on Tuesday, Thai troops opened fire on the palace guards.', type: 'MILITARY_ACTION', date: '2025-03-04', location: 'TH' },
  // (session 41) munitions fired against a country, and a campaign launched or waged against it, are aimed at its ground
  { text: 'Iran launched dozens of drones against Israel on Monday, the army said.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'IL' },
  { text: 'Armenia fired rockets towards Azerbaijan overnight, the ministry said.', type: 'MILITARY_ACTION', date: null, location: 'AZ' },
  { text: 'The offensive that Russia launched against Ukraine three years ago goes on.', type: 'MILITARY_ACTION', date: null, location: 'UA' },
  // (session 38) a compass word between a place word and a town leaves the town a place ("in northern Gaza", "the eastern Kharkiv region")
  { text: 'Troops shelled villages in northern Gaza on Monday, medics said.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'PS' },
  { text: 'Drones struck the eastern Kharkiv region on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'UA' },
  // (session 35) a fight against armed men or a named side is one
  { text: 'The northern army keeps up its fight against jihadist militants in the desert.', type: 'MILITARY_ACTION', date: null, location: null },
  { text: 'The Government condemns the DPRK’s ICBM launch of 18 December.', type: 'MILITARY_ACTION', date: null, location: null },
  { text: 'The launch of three short-range missiles on Monday violated Security Council resolutions.', type: 'MILITARY_ACTION', date: '2025-03-03', location: null },
  // (session 30) "Earlier in the day", "Later in the day" opening the next sentence: the day the sentence before named
  { text: 'Ukrainian drones struck a refinery in Russia on Sunday. Later in the day, Russian missiles hit a power station in Ukraine.', type: 'MILITARY_ACTION', date: '2025-03-02', location: 'UA' },
  // "later that day": the day the sentence already named
  { text: 'Ukrainian drones struck a refinery in Russia on Sunday; later that day, Russian missiles hit a power station in Ukraine.', type: 'MILITARY_ACTION', date: '2025-03-02', location: 'UA' },
  // shoot down, capture ground, clashes
  { text: 'Air defences shot down 40 drones over the Kyiv region overnight, the air force said.', type: 'MILITARY_ACTION', date: null, location: 'UA' },
  { text: 'Rebels captured the town of Walikale on Wednesday after days of fighting.', type: 'MILITARY_ACTION', date: '2025-03-05', location: null },
  { text: 'The seizure of the port by the militia was confirmed by satellite images.', type: 'MILITARY_ACTION', date: null, location: null },
  { text: 'Armed clashes on the border left a dozen soldiers dead, the army said.', type: 'MILITARY_ACTION', date: null, location: null },
  // a declaration of martial law named as a thing takes the day written with its words, not its sentence's other days (session 23)
  { text: 'Prosecutors on Monday indicted two colonels tied to the Jan. 9 martial law episode.', type: 'MARTIAL_LAW', date: '2025-01-09', location: null },
  { text: 'The army chief resigned on Monday, two months after last January’s martial law declaration.', type: 'MARTIAL_LAW', date: null, location: null },
  { text: 'The ministry said on Monday that it had suspended three generals over the martial law declaration. The president declared martial law on Jan. 9.', type: 'MARTIAL_LAW', date: '2025-01-09', location: null },
  // a culprit is no duty, and a happening named against the aim's words goes on (session 27)
  { text: 'The cell responsible for the bombing of the market on Monday was dismantled.', type: 'MILITARY_ACTION', date: '2025-03-03', location: null },
  { text: 'The army must be able to hold out against the invasion of the north.', type: 'MILITARY_ACTION', date: null, location: null },
  // a war named in passing by where or whom it is fought, placed by its own words (session 28)
  { text: 'Grain prices have doubled since the war in Sudan began, the agency said.', type: 'MILITARY_ACTION', date: null, location: 'SD' },
  { text: 'Canadian exporters lost two markets to the Armenia-Azerbaijan war, the report found.', type: 'MILITARY_ACTION', date: null, location: 'AZ' },
  { text: 'Shipping insurers in Norway raised their rates during the Yemen conflict.', type: 'MILITARY_ACTION', date: null, location: 'YE' },
  { text: 'Kenya hosted talks on the conflict between Ethiopia and Eritrea last year.', type: 'MILITARY_ACTION', date: null, location: 'ER' },
  // session 31: soldiers acting during protests still make an armed action
  { text: 'The army staged a coup in Mali on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'ML' },
  { text: 'During the protests, soldiers opened fire on the crowd in Bamako, Mali, on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'ML' },
  // session 31: a war named at the head of its sentence ("The …")
  { text: 'The ongoing armed conflict between Ethiopia and Eritrea has not slowed the port’s traffic.', type: 'MILITARY_ACTION', date: null, location: 'ER' },
  { text: 'The Yemen conflict has doubled shipping insurance rates.', type: 'MILITARY_ACTION', date: null, location: 'YE' },
  // session 29: an action aimed at towns or people its words leave unnamed hits the other country of its sentence; a country's
  // name right before "invasion" is the ground invaded; a time of the day and hours apart keep the clause's day; a day written
  // for an accord's or a delivery's participle is not the action's
  { text: 'The Georgian interior ministry said on Monday that shortly after midnight separatist fighters had fired mortars at the villages of Ergneti and Nikozi.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'GE' },
  // (session 37) the ground named after an action's noun and "of" is its place, over the attacker's ground named before it
  { text: 'Senior managers in Russia’s arms companies have been sanctioned for helping Russia’s invasion of Ukraine.', type: 'MILITARY_ACTION', date: null, location: 'UA' },
  { text: 'The Israeli bombing of Lebanon went on for two months.', type: 'MILITARY_ACTION', date: null, location: 'LB' },
  { text: 'The Sudan invasion, which the neighbouring government calls a police operation, has emptied the border towns.', type: 'MILITARY_ACTION', date: null, location: 'SD' },
  { text: 'The minister of defence resigned late Monday night, hours after he was detained by mutinous soldiers in Bamako, Mali.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'ML' },
  { text: 'Eritrea began the offensive accusing Ethiopia of breaking the peace agreement signed in 2018.', type: 'MILITARY_ACTION', date: null, location: null },
  { text: 'The coast guard captured three fishing vessels off the island on Sunday.', type: 'MILITARY_ACTION', date: '2025-03-02', location: null },
  // a year written as the action's modifier is its year ("the 1991 coup"), over the story's day
  { text: 'The barracks are the same ones where the 1991 coup that toppled the president began, the colonel said on Monday.', type: 'MILITARY_ACTION', date: '1991-01-01', location: null },
  // two sides told as at war, a crowd clashing with the police (session 29)
  // an assault named by the lives it took in a relative clause keeps its own day (session 29)
  { text: 'The vigil remembered the market attack which claimed 14 lives on February 12.', type: 'MILITARY_ACTION', date: '2025-02-12', location: null },
  { text: 'Government forces and insurgents in northern Mozambique, at war since 2017, agreed to a truce on Monday.', type: 'MILITARY_ACTION', date: null, location: 'MZ' },
  { text: 'Opposition supporters clashed with the police in Lusaka, Zambia, on Tuesday.', type: 'PROTEST', date: '2025-03-04', location: 'ZM' },
  { text: 'Kenya is bracing for more unrest. Soldiers and police clashed with protesters outside the parliament building.', type: 'PROTEST', date: null, location: 'KE' },
  // a protest placed where it happens, not in a country its sentence names as a war's name
  { text: 'Farmers in Ireland protested for a third day as the Iran war drove diesel prices up.', type: 'PROTEST', date: null, location: 'IE' },
  // session 30: a coup's seizures of the seats of power and the airwaves by soldiers; a bomb thrown or gone off; mass shootings
  { text: 'Within an hour the national radio building in Bamako, Mali, had been taken over by mutinous soldiers.', type: 'MILITARY_ACTION', date: null, location: 'ML' },
  { text: 'By dawn on Tuesday the presidential guard had taken full control of the presidency in Niamey, Niger.', type: 'MILITARY_ACTION', date: '2025-03-04', location: 'NE' },
  { text: 'A grenade was hurled into a crowded bus station in Kampala, Uganda, on Sunday evening.', type: 'MILITARY_ACTION', date: '2025-03-02', location: 'UG' },
  { text: 'The device went off outside the barracks gate, the police said. A second bomb exploded near the market in Quetta, Pakistan, on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'PK' },
  { text: 'The senators spoke about the mass shootings in Texas and in the United States this year.', type: 'MILITARY_ACTION', date: null, location: 'US' },
  // session 30: a vote told as someone's win is in the winner's country, not at a place the sentence goes on to
  { text: 'Kenyan President Amina Odero, who won re-election last year, flew to Germany on Monday.', type: 'ELECTION', date: null, location: 'KE' },
  { text: 'The chancellor phoned Prime Minister Narendra Modi to congratulate him on his election victory before the summit in Brazil.', type: 'ELECTION', date: null, location: 'IN' },
  // session 47: a win told of a pronoun before anyone is named is the win of the one the sentence goes on to name; a presidential
  // vote its sentence does not place is in the country of the president named last before it
  { text: 'Noting that it was his first state visit to Brazil since he was re-elected president in May, South African President Cyril Ramaphosa said ties had deepened.', type: 'ELECTION', date: null, location: 'ZA' },
  { text: 'French President Emmanuel Macron toured India and Japan this week, drawing large crowds in New Delhi.\n\nBack home, commentators were asking how the tour would play in the coming presidential election.', type: 'ELECTION', date: null, location: 'FR' },
  // session 42: a vote is held in the country of the person named nearest its words whose country the sentence names, not in an
  // onlooker's; a crowd in the country named nearest its words, not in the home of a person the crowd cheers
  { text: 'Nepalese Prime Minister Ram Kumar Thapa thanked Portuguese Prime Minister Rui Tavares Lopes for the call a week before the Assembly of the Republic elections.', type: 'ELECTION', date: null, location: 'PT' },
  { text: 'Mexican President Ana Ruiz Ortega praised Bolivian opposition leader Carla Rojas, the winner of elections disputed by Luis Arce.', type: 'ELECTION', date: null, location: 'BO' },
  { text: 'The rallies worried the Chinese leaders because of the warmth the protesters showed to the visiting President Vladimir Putin.', type: 'PROTEST', date: null, location: 'CN' },
  // session 46: a vote named by its place is held there, whoever the sentence says won it or spoke of it
  { text: "Ankara claims victory in the Northern Cyprus 'referendum', observers say.", type: 'ELECTION', date: null, location: 'CY' },
  { text: 'Brazilian President Lula praised Colombia’s presidential election, held on Sunday.', type: 'ELECTION', date: '2025-03-02', location: 'CO' },
  { text: 'Moscow welcomed the result of the Moldovan referendum on Monday.', type: 'ELECTION', date: null, location: 'MD' },
  // session 30: a coup whose sentence names no country is in the country of the leader it is aimed at, not at a place told before
  { text: 'The army chief had just returned from a visit to Sri Lanka. That night, officers launched a coup against the government of Prime Minister Shehbaz Sharif.', type: 'MILITARY_ACTION', date: null, location: 'PK' },
  // session 30: a crowd rallying to a seat of power or a public place
  { text: 'Hundreds of opposition supporters rallied outside the electoral commission offices in Lusaka, Zambia, on Tuesday.', type: 'PROTEST', date: '2025-03-04', location: 'ZM' },
  // sanctions, frozen assets (CAMEO 16/17)
  { text: 'The Treasury sanctioned six Iranian officials on Friday for their role in the crackdown.', type: 'OTHER', date: '2025-02-28', location: null },
  { text: 'The European Union adopted a new package of sanctions targeting Russia’s shadow fleet on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'Britain announced fresh sanctions against Myanmar’s military leaders on Tuesday.', type: 'OTHER', date: '2025-03-04', location: null },
  { text: 'Canada has frozen the overseas assets of the former president and his family.', type: 'OTHER', date: null, location: null },
  // session 33: partners' unnamed joint exercises (OTHER); a named exercise is a military action
  { text: 'Chile and Peru have held joint naval exercises off their coasts in recent years.', type: 'OTHER', date: null, location: null },
  { text: 'Thousands of soldiers from both armies joined the annual Southern Shield exercises on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: null },
  // accords concluded, ceasefires agreed (CAMEO 05–06)
  { text: 'The two governments concluded a defence cooperation agreement in Canberra on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'Both sides agreed to a prisoner exchange on Tuesday, mediators said.', type: 'OTHER', date: '2025-03-04', location: null },
  { text: 'The rebels and the government inked a peace pact in Doha on Sunday.', type: 'OTHER', date: '2025-03-02', location: null },
  // detentions and resignations
  { text: 'Security forces detained opposition leader Ousmane Sonko on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'The former prime minister was placed under house arrest on Tuesday.', type: 'OTHER', date: '2025-03-04', location: null },
  { text: 'The defence minister stepped down on Monday after the scandal.', type: 'OTHER', date: '2025-03-03', location: null },
  // courts, warrants, captives taken
  { text: 'The Constitutional Court upheld the president’s removal from office on Friday.', type: 'OTHER', date: '2025-02-28', location: null },
  { text: 'A Seoul court approved an arrest warrant for the former president on Sunday.', type: 'OTHER', date: '2025-03-02', location: null },
  { text: 'Gunmen kidnapped 20 students from a boarding school in Nigeria on Thursday.', type: 'OTHER', date: '2025-02-27', location: null },
  // protests (CAMEO 14)
  { text: 'Hundreds of thousands of people poured into the streets of Belgrade on Saturday.', type: 'PROTEST', date: '2025-03-01', location: 'RS' },
  { text: 'Unions called a general strike on Tuesday against the pension reform.', type: 'PROTEST', date: '2025-03-04', location: null },
  { text: 'Thousands of teachers demonstrated outside parliament in Nairobi on Tuesday.', type: 'PROTEST', date: '2025-03-04', location: 'KE' },
  { text: 'Opposition supporters held a rally in Caracas on Sunday.', type: 'PROTEST', date: '2025-03-02', location: 'VE' },
  { text: 'Riots broke out in the capital on Monday after the verdict.', type: 'PROTEST', date: '2025-03-03', location: null },
  // protests named in passing, without a day or a place of their own, are referenced happenings (session 28)
  { text: 'The cabinet fell after weeks of anti-government protests.', type: 'PROTEST', date: null, location: null },
  { text: 'A demonstration outside the embassy in Tbilisi drew several hundred people on Monday.', type: 'PROTEST', date: '2025-03-03', location: 'GE' },
  // elections told by the office won or the kind of vote
  { text: 'Lee Jae-myung won the presidency on Tuesday with 49 percent of the vote.', type: 'ELECTION', date: '2025-03-04', location: null },
  { text: 'Voters went to polling stations across Senegal on Sunday.', type: 'ELECTION', date: '2025-03-02', location: 'SN' },
  { text: 'The ruling party lost its majority in the parliamentary vote on Sunday.', type: 'ELECTION', date: '2025-03-02', location: null },
  // Session 11: the classes widened by verb, noun and voice (crisis-lexicon.ts): passives ("was hit by a barrage of
  // missiles"), munitions as subjects, nominal assaults ("the downing of", "air raids", "a putsch"), workers'
  // strikes as protests, captives exchanged or freed, accords initialled, adopted, in force; sentences of our own.
  { text: 'Kyiv was hit by a barrage of missiles early on Tuesday.', type: 'MILITARY_ACTION', date: '2025-03-04', location: 'UA' },
  { text: 'A suicide bomber blew himself up at a checkpoint in Mogadishu on Sunday.', type: 'MILITARY_ACTION', date: '2025-03-02', location: 'SO' },
  { text: 'Iran’s Revolutionary Guards seized an oil tanker in the Strait of Hormuz on Friday.', type: 'MILITARY_ACTION', date: '2025-02-28', location: null },
  { text: 'Missiles were launched from Yemen toward Israel on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: null },
  { text: 'A rocket attack on the U.S. embassy in Baghdad on Sunday caused no casualties.', type: 'MILITARY_ACTION', date: '2025-03-02', location: 'IQ' },
  { text: 'Azerbaijan began a military operation in Nagorno-Karabakh on Tuesday.', type: 'MILITARY_ACTION', date: '2025-03-04', location: null },
  { text: 'Israeli tanks pushed into Rafah on Saturday, residents said.', type: 'MILITARY_ACTION', date: '2025-03-01', location: null },
  { text: 'The army said it had killed 30 militants in an operation on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: null },
  { text: 'Soldiers opened fire on the crowd on Tuesday, witnesses said.', type: 'MILITARY_ACTION', date: '2025-03-04', location: null },
  { text: 'Farmers blocked roads across France on Monday to protest low prices.', type: 'PROTEST', date: '2025-03-03', location: 'FR' },
  // session 22: "last Wednesday" written on a Wednesday is a week before, never the day itself
  { text: 'The president conceded defeat in last Wednesday’s election in Chile.', type: 'ELECTION', date: '2025-02-26', location: null },
  // a vote the text names by its weekday dates the election told without a day, or with only the day of another happening (session 28)
  { text: 'The ruling party lost its majority in the parliamentary elections in Malawi, officials said. It took 41 percent of Sunday’s votes.', type: 'ELECTION', date: '2025-03-02', location: 'MW' },
  {
    text: 'Two protesters were shot dead in Lilongwe on Tuesday as police fired on crowds demanding the release of the presidential election results. Observers said Saturday’s ballot in Malawi had been calm.',
    type: 'ELECTION',
    date: '2025-03-01',
    location: 'MW',
  },
  // session 22: a crowd that demonstrates or rallies on a day or somewhere is a protest
  { text: 'Students rallied on Sunday in Dhaka, Bangladesh.', type: 'PROTEST', date: '2025-03-02', location: 'BD' },
  { text: 'Pensioners demonstrated again on Monday in Lisbon, Portugal.', type: 'PROTEST', date: '2025-03-03', location: 'PT' },
  { text: 'A march against the war drew 50,000 people in London on Saturday.', type: 'PROTEST', date: '2025-03-01', location: 'GB' },
  { text: 'Workers at the Hyundai plant staged a strike on Tuesday.', type: 'PROTEST', date: '2025-03-04', location: null },
  { text: 'Thousands of nurses walked off the job across Kenya on Monday.', type: 'PROTEST', date: '2025-03-03', location: 'KE' },
  { text: 'Crowds gathered outside the presidential palace on Tuesday chanting slogans against the junta.', type: 'PROTEST', date: '2025-03-04', location: null },
  { text: 'Teachers will stage a nationwide walkout on Sunday.', type: 'PROTEST', date: '2025-03-09', location: null },
  { text: 'Romania will hold a presidential run-off in May.', type: 'ELECTION', date: null, location: 'RO' },
  { text: 'The opposition candidate defeated the incumbent in Sunday’s vote.', type: 'ELECTION', date: '2025-03-02', location: null },
  { text: 'The incumbent conceded defeat on Monday after losing the vote.', type: 'ELECTION', date: '2025-03-03', location: null },
  { text: 'Lawmakers removed the prime minister from office in a no-confidence vote on Tuesday.', type: 'OTHER', date: '2025-03-04', location: null },
  { text: 'Negotiators initialled the accord in Brussels, Belgium, on Monday.', type: 'OTHER', date: '2025-03-03', location: 'BE' },
  { text: 'The memorandum of understanding was signed on Friday in Nairobi.', type: 'OTHER', date: '2025-02-28', location: 'KE' },
  { text: 'Russia and Ukraine exchanged 150 prisoners of war on Friday.', type: 'OTHER', date: '2025-02-28', location: null },
  { text: 'EU governments decided on Tuesday to extend sanctions for six months.', type: 'OTHER', date: '2025-03-04', location: null },
  { text: 'Leaders adopted the Kazan Declaration on Wednesday.', type: 'OTHER', date: '2025-03-05', location: null },
  { text: 'Iran freed a French national on Tuesday.', type: 'OTHER', date: '2025-03-04', location: null },
  { text: 'The two sides struck a deal on grain exports on Sunday.', type: 'OTHER', date: '2025-03-02', location: null },
  { text: 'The agreement, signed in Riyadh on Sunday, ends months of fighting.', type: 'OTHER', date: '2025-03-02', location: 'SA' },
  { text: 'The two presidents witnessed the signing of eight memorandums of understanding on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'The parties agreed on a roadmap for elections on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'The hostages were handed over to the Red Cross on Sunday.', type: 'OTHER', date: '2025-03-02', location: null },
  { text: 'Ministers endorsed the joint declaration on Friday.', type: 'OTHER', date: '2025-02-28', location: null },
  { text: 'Washington announced new export controls on chip equipment on Tuesday.', type: 'OTHER', date: '2025-03-04', location: null },
  { text: 'The downing of Malaysia Airlines Flight MH17 on 17 July 2014 killed 298 people.', type: 'MILITARY_ACTION', date: '2014-07-17', location: null },
  { text: 'Israel intercepted drones launched from Yemen, the military said.', type: 'MILITARY_ACTION', date: null, location: null },
  { text: 'Air raids killed at least 30 people in Khartoum on Sunday.', type: 'MILITARY_ACTION', date: '2025-03-02', location: null },
  { text: 'The sinking of the corvette Cheonan killed 46 sailors.', type: 'MILITARY_ACTION', date: null, location: null },
  { text: 'Mutinous soldiers took over the state broadcaster on Tuesday.', type: 'MILITARY_ACTION', date: '2025-03-04', location: null },
  { text: 'The massacre of villagers on Monday drew international condemnation.', type: 'MILITARY_ACTION', date: '2025-03-03', location: null },
  { text: 'The putsch on Monday was led by the presidential guard.', type: 'MILITARY_ACTION', date: '2025-03-03', location: null },
  { text: 'Troops mutinied at a barracks outside the capital on Tuesday.', type: 'MILITARY_ACTION', date: '2025-03-04', location: null },
  { text: 'A Russian missile hit an apartment block in Dnipro on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: null },
  { text: 'An Israeli drone targeted a car in southern Lebanon on Saturday, killing two people.', type: 'MILITARY_ACTION', date: '2025-03-01', location: null },
  { text: 'OFAC today designated five individuals and two entities linked to the network.', type: 'OTHER', date: '2025-03-05', location: null },
  { text: 'The two ministers attended a signing ceremony in Tokyo on Tuesday.', type: 'OTHER', date: '2025-03-04', location: 'JP' },
  { text: 'The agreement entered into force on 1 January 2025.', type: 'OTHER', date: '2025-01-01', location: null },
  { text: 'The release of 50 hostages began on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'Resolution 2728 was adopted on Tuesday with 14 votes in favour.', type: 'OTHER', date: '2025-03-04', location: null },
  { text: 'The deployment is under resolution 2790, adopted on Tuesday by the Council.', type: 'OTHER', date: '2025-03-04', location: null },
  { text: 'We welcome the normalization of relations between the two countries.', type: 'OTHER', date: null, location: null },
  { text: 'The two countries exchanged instruments of ratification on Tuesday.', type: 'OTHER', date: '2025-03-04', location: null },
  // (session 46) the other verbs of CAMEO's "sign formal agreement" in general English: finalised, agreed (British, transitive),
  // forged, entered into, renewed or extended, acceded to, a signatory made, pen put to paper, a signature; inked or sealed in the passive
  { text: 'The two governments finalised a fisheries agreement on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'Ministers agreed a new trade deal in Geneva, Switzerland, on Tuesday.', type: 'OTHER', date: '2025-03-04', location: 'CH' },
  { text: 'The neighbours forged a water-sharing pact on Sunday.', type: 'OTHER', date: '2025-03-02', location: null },
  { text: 'The two navies entered into a logistics agreement on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'The warring sides renewed the truce for two more months on Tuesday.', type: 'OTHER', date: '2025-03-04', location: null },
  { text: 'Angola acceded to the arms trade treaty on Monday.', type: 'OTHER', date: '2025-03-03', location: 'AO' },
  { text: 'Fiji became the latest signatory to the convention on Tuesday.', type: 'OTHER', date: '2025-03-04', location: 'FJ' },
  { text: 'The two mayors put pen to paper on a twinning charter on Friday.', type: 'OTHER', date: '2025-02-28', location: null },
  { text: 'The signature of the protocol took place in Lisbon, Portugal, on Monday.', type: 'OTHER', date: '2025-03-03', location: 'PT' },
  { text: 'The pact was inked between the two neighbours on Sunday.', type: 'OTHER', date: '2025-03-02', location: null },
  // a war lasts: the day and place of the talks about it are not its own; "the following day", "two days later" count from the day named before
  { text: 'The Foreign Secretary will attend talks in Vienna on Friday on ending the civil war in Syria.', type: 'MILITARY_ACTION', date: null, location: 'SY' },
  { text: 'Armenia and Azerbaijan initialled a peace treaty on March 3. The following day, the two foreign ministers signed a separate memorandum in Almaty.', type: 'OTHER', date: '2025-03-04', location: 'KZ' },
  { text: 'Protesters gathered outside parliament in Tbilisi on Saturday. Two days later, thousands marched again through the capital.', type: 'PROTEST', date: '2025-03-03', location: null },
  // an assault as the subject of what it did; "the night of 4 March" is 4 March; "near Damascus, Syria" places a strike
  { text: 'The attack took place late on Sunday near the border.', type: 'MILITARY_ACTION', date: '2025-03-02', location: null },
  { text: 'On the night of 4 March, militants attacked an army post in Borno State, Nigeria.', type: 'MILITARY_ACTION', date: '2025-03-04', location: null },
  { text: 'On the night of 4 March, militants attacked an army post in Nigeria.', type: 'MILITARY_ACTION', date: '2025-03-04', location: 'NG' },
  { text: 'Israel carried out airstrikes on targets near Damascus, Syria, on Tuesday.', type: 'MILITARY_ACTION', date: '2025-03-04', location: 'SY' },
  // (session 32) a strike written as one word with its means ("airstrikes", "drone strikes") or a raid or offensive, aimed "on" or
  // "against" a country or its city, is on that ground as "strikes on" is, not on the striker's
  { text: 'Israeli airstrikes on Lebanon killed twelve people on Monday, the health ministry said.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'LB' },
  { text: 'The truce followed the heaviest airstrikes on Beirut in weeks.', type: 'MILITARY_ACTION', date: null, location: 'LB' },
  { text: 'The army launched a new offensive against Ukraine on Tuesday.', type: 'MILITARY_ACTION', date: '2025-03-04', location: 'UA' },
  // …and munitions fired "on" a city are on its country, so an action answered later in the sentence keeps its own ground
  { text: 'Militants fired rockets on Haifa on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'IL' },
  { text: 'Protests continued in Georgia for a fourth day on Sunday.', type: 'PROTEST', date: '2025-03-02', location: 'GE' },
  { text: 'Saturday’s release of three hostages went ahead as planned.', type: 'OTHER', date: '2025-03-01', location: null },
  { text: 'A car bomb exploded outside a hotel in Mogadishu on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: null },
  // tests and shows of force, a crowd as the subject of a protest verb, parties banned, states suspended, embassies closed; a coup is where the leader it removes governs
  { text: 'Russian military aircraft violated Estonian airspace on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: null },
  { text: 'Japan scrambled fighter jets on Tuesday after Chinese bombers flew near Okinawa.', type: 'MILITARY_ACTION', date: '2025-03-04', location: null },
  { text: 'ECOWAS suspended Niger from the bloc on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'The junta banned the main opposition party on Tuesday.', type: 'OTHER', date: '2025-03-04', location: null },
  { text: 'The United States closed its embassy in Kabul on Sunday.', type: 'OTHER', date: '2025-03-02', location: null },
  { text: 'The court granted asylum to the former minister on Saturday.', type: 'OTHER', date: '2025-03-01', location: null },
  { text: 'Military officers deposed the president of Gabon on Wednesday.', type: 'MILITARY_ACTION', date: '2025-03-05', location: 'GA' },
  // Session 12, happenings missed in unseen documents (CAMEO 03–08, 16, 18–20 by verb class, every voice): accords of
  // more kinds and their signing told as a noun, notes exchanged, an agreement told by what was agreed, partnerships raised
  { text: 'The signing of the Pacific Security Compact took place in Suva on Tuesday.', type: 'OTHER', date: '2025-03-04', location: 'FJ' },
  { text: 'The leaders witnessed the exchange of seven memoranda of understanding.', type: 'OTHER', date: null, location: null },
  { text: 'The foreign ministers exchanged notes on the loan agreement in Tokyo on Monday.', type: 'OTHER', date: '2025-03-03', location: 'JP' },
  { text: 'The two sides agreed to establish a joint working group on maritime security.', type: 'OTHER', date: null, location: null },
  { text: 'Kenya and Ethiopia agreed on Monday to restore direct flights.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'The two governments announced a comprehensive strategic partnership on Tuesday.', type: 'OTHER', date: '2025-03-04', location: null },
  { text: 'Relations were upgraded to a Comprehensive Strategic Partnership during the visit.', type: 'OTHER', date: null, location: null },
  // offices filled and emptied, a cabinet sworn in, pardons
  { text: 'President William Ruto appointed Musalia Mudavadi as foreign minister on Tuesday.', type: 'OTHER', date: '2025-03-04', location: 'KE' },
  { text: 'General Abdourahamane Tiani was named head of state on Friday.', type: 'OTHER', date: '2025-02-28', location: null },
  { text: 'Prime Minister Keir Starmer sacked his defence secretary on Monday.', type: 'OTHER', date: '2025-03-03', location: 'GB' },
  { text: 'The president dismissed the army chief on Friday.', type: 'OTHER', date: '2025-02-28', location: null },
  { text: 'The president relieved the army chief of his duties on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'President Bola Tinubu swore in the new ministers on Monday.', type: 'OTHER', date: '2025-03-03', location: 'NG' },
  { text: 'The junta pardoned the jailed journalist on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  // …and with other ordinary verbs (session 35): an office holder fired, an appointment told by its time, a confirmation by a legislature
  { text: 'The president fired vice president Ana Torres on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'On Tuesday the prime minister decided to fire General Omar Salah.', type: 'OTHER', date: '2025-03-04', location: null },
  { text: 'Ana Torres, who was appointed on Monday, chaired her first cabinet meeting.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'Envoys congratulated the prime minister on his confirmation by Parliament on Tuesday.', type: 'OTHER', date: '2025-03-04', location: null },
  { text: 'Omar Salah was confirmed by the Senate as defence secretary on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  // …and in more shapes of English (session 47): the office a title, the appointee described between commas, a new holder with no
  // name, a post or an appointer before the office, the appointment a noun, the dismissed office capitalized, a dismissal a noun
  { text: 'The president appointed Colonel Ana Ruiz as the Chief Border Administrator on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'The premier had appointed Omar Salah, who had a name as a tough negotiator, as head of the port authority.', type: 'OTHER', date: null, location: null },
  { text: 'The ruling party settled the crisis on Tuesday by appointing a new Secretary General.', type: 'OTHER', date: '2025-03-04', location: null },
  { text: 'Luis Vega was appointed to the navy’s top post last year.', type: 'OTHER', date: null, location: null },
  { text: 'Ines Pardo was appointed by Prime Minister Omar Salah to be the official trade representative in Lima.', type: 'OTHER', date: null, location: null },
  { text: 'The king secured the appointment of Tomas Berin as Prime Minister on Friday.', type: 'OTHER', date: '2025-02-28', location: null },
  { text: 'The prime minister decided on Sunday to fire his Defense Minister Luis Vega.', type: 'OTHER', date: '2025-03-02', location: null },
  { text: 'The dockers walked out after the dismissal of Marta Lind from the shipyard on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  // communications and power cut, told in the passive (session 35)
  { text: 'Communication between the two governments was cut off on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'Electricity and phone lines in the capital were cut on Tuesday, residents said.', type: 'OTHER', date: '2025-03-04', location: null },
  { text: 'The national grid has also been shut down in Nigeria.', type: 'OTHER', date: null, location: 'NG' },
  // aid in any currency, pledged, provided or committed
  { text: 'The United Kingdom pledged £50 million in humanitarian aid to Sudan on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'The European Union will provide 20 million euros in humanitarian aid to Gaza.', type: 'OTHER', date: null, location: null },
  // talks suspended, taken up again or broken down (negotiations, not one meeting)
  { text: 'Turkey suspended talks with the European Union on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'The two Koreas resumed talks on Friday after a two-year pause.', type: 'OTHER', date: '2025-02-28', location: null },
  { text: 'Talks between the two sides broke down on Friday.', type: 'OTHER', date: '2025-02-28', location: null },
  // armed men as the doers of a killing or an assault, troops taking ground
  { text: 'Gunmen killed 20 villagers in northern Burkina Faso on Sunday.', type: 'MILITARY_ACTION', date: '2025-03-02', location: 'BF' },
  { text: 'Jihadists overran an army post in northern Mali on Sunday.', type: 'MILITARY_ACTION', date: '2025-03-02', location: 'ML' },
  { text: 'Russian troops entered the town of Avdiivka on Saturday.', type: 'MILITARY_ACTION', date: '2025-03-01', location: null },
  { text: 'Ukrainian forces recaptured the village of Robotyne on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: null },
  { text: 'The Houthis targeted commercial shipping in the Gulf of Aden.', type: 'MILITARY_ACTION', date: null, location: null },
  // inquiries opened, states recognized, blocs joined, missions opened, vetoes, mandates renewed, envoys withdrawn, bodies set up
  { text: 'The government launched an investigation into the shooting on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'Spain recognized the State of Palestine on Tuesday.', type: 'OTHER', date: '2025-03-04', location: null },
  { text: 'Finland formally joined NATO on Tuesday.', type: 'OTHER', date: '2025-03-04', location: 'FI' },
  { text: 'Australia opened a new embassy in Tallinn on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'Russia vetoed the draft resolution on Friday.', type: 'OTHER', date: '2025-02-28', location: null },
  { text: 'The Security Council extended the mandate of the peacekeeping mission on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'Niger withdrew its ambassador from Abidjan on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'The two militaries set up a hotline on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  // session 25: fire opened with a word of its kind between
  { text: 'Rebel units opened intense fire on Tuesday near the village, the army said.', type: 'MILITARY_ACTION', date: '2025-03-04', location: null },
  // (session 32) a count of several days reaches back to the last day the text named, and a day across "and" opening another
  // verb is that verb's: "impeached 11 days later and removed from office on April 4" was impeached on the counted day
  {
    text: 'The president declared martial law on Jan. 9, 2024.\n\nTroops surrounded the assembly.\n\nLawmakers voted the order down within hours.\n\nHe lifted it before dawn.\n\nHe was impeached 12 days later and removed from office on May 2, 2024.',
    type: 'IMPEACHMENT',
    date: '2024-01-21',
    location: null,
  },
  // (session 32) a firing told as a noun; a war told by how long it has lasted
  { text: 'The leader oversaw the test-firing of new long-range anti-air missiles on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: null },
  { text: 'The accord is a first step towards ending the devastating three-year old conflict that has killed thousands of Sudanese.', type: 'MILITARY_ACTION', date: null, location: 'SD' },
  { text: 'The guerrillas and the government of Peru took a step toward peace in their decades-long conflict.', type: 'MILITARY_ACTION', date: null, location: null },
  // (session 32) a vote told as its winner's new term or by the winner's epithet
  { text: 'The tour comes after President Lula secured reelection in late October.', type: 'ELECTION', date: null, location: 'BR' },
  { text: 'Messages poured in for Chile’s newly-elected President Gabriel Boric.', type: 'ELECTION', date: null, location: 'CL' },
  // (session 36) a vote told by its outcome ("electoral victory") or as the people's votes
  { text: 'Japan’s prime minister thanked supporters after her landslide electoral victory.', type: 'ELECTION', date: null, location: 'JP' },
  { text: 'The Danish leader met the press a week after his narrow electoral win.', type: 'ELECTION', date: null, location: 'DK' },
  { text: 'Two popular votes in Switzerland have rejected the plan.', type: 'ELECTION', date: null, location: 'CH' },
  // (session 34) an attack on a country's armed men, fleet or ships is on that country's ground, not the attacker's
  { text: 'The Russian attack on Syrian rebels killed 20 fighters on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'SY' },
  { text: 'The Japanese raid on the American fleet sank four battleships on Monday.', type: 'MILITARY_ACTION', date: '2025-03-03', location: 'US' },
  // (session 34) an action someone is asked to end goes on: the day of the demand is not its day
  { text: 'On Tuesday the council passed a resolution demanding the rebels end attacks on shipping.', type: 'MILITARY_ACTION', date: null, location: null },
  { text: 'The ministers on Monday called on the army to halt its shelling of the city.', type: 'MILITARY_ACTION', date: null, location: null },
  // (session 37) unrest told by its own verb or cause, a people's rising, strikers' pickets, roads and campuses blocked
  { text: 'The unrest following the disputed count left at least ten people dead in Chad.', type: 'PROTEST', date: null, location: 'TD' },
  { text: 'Opposition figures recalled the popular uprising against the military ruler in Sudan.', type: 'PROTEST', date: null, location: 'SD' },
  // (session 48) a people's revolution known by its name is a protest; an uprising told with its time before "against"
  { text: "Georgia's Rose Revolution brought a new president to power.", type: 'PROTEST', date: null, location: 'GE' },
  { text: 'The Tulip Revolution began in Bishkek, Kyrgyzstan, in 2005.', type: 'PROTEST', date: null, location: 'KG' },
  { text: 'The new leaders in Kyrgyzstan were brought to power by an uprising last month against the president.', type: 'PROTEST', date: null, location: 'KG' },
  { text: 'Pickets gathered outside the steelworks in Wales on Monday.', type: 'PROTEST', date: '2025-03-03', location: 'GB' },
  { text: 'Students kept up road blockades across Serbia on Tuesday.', type: 'PROTEST', date: '2025-03-04', location: 'RS' },
  // (session 40) in a protest story an act told with arms or armed men named stays armed; a trade's strike is a stoppage
  { text: 'Protesters marched in Yangon on Monday, and the protests spread. Rallies were banned. Soldiers stormed a monastery in Mandalay, Myanmar, on Tuesday.', type: 'MILITARY_ACTION', date: '2025-03-04', location: 'MM' },
  { text: 'A coal strike in Wales closed every pit on Monday.', type: 'PROTEST', date: '2025-03-03', location: 'GB' },
  // (session 45) a repression by force: armed men put down a crowd or a rising, a crackdown told as violent on a people or the
  // regime's opponents; placed where the crowd was, not at the armed men's home
  { text: 'The strikers in Leipzig, East Germany, were put down by Soviet tanks within a day.', type: 'MILITARY_ACTION', date: null, location: 'DE' },
  { text: 'The garrison mutinied in the north of Bolivia, and the revolt was crushed by loyal troops.', type: 'MILITARY_ACTION', date: null, location: 'BO' },
  { text: 'The workers’ protests in Gdansk, Poland, were bloodily suppressed in the winter.', type: 'MILITARY_ACTION', date: null, location: 'PL' },
  { text: 'The union recalled the army crushing the miners’ uprising in Bolivia.', type: 'MILITARY_ACTION', date: null, location: 'BO' },
  { text: 'The bloc froze the assets of officials in Belarus over the violent crackdown on pro-democracy marchers.', type: 'MILITARY_ACTION', date: null, location: null },
  // (session 45) a war told as fought or waged, or by its outbreak; a country held by foreign arms
  { text: 'Peru and Ecuador fought two border wars over the disputed strip of jungle.', type: 'MILITARY_ACTION', date: null, location: null },
  { text: 'The dispute goes back to a short war the two neighbours fought over the river.', type: 'MILITARY_ACTION', date: null, location: null },
  { text: 'Heavy fighting broke out on Monday near the border town, the ministry said.', type: 'MILITARY_ACTION', date: '2025-03-03', location: null },
  { text: 'The museum tells of life under the German occupation of Norway.', type: 'MILITARY_ACTION', date: null, location: 'NO' },
  // (session 47) courts' verdicts with an adverb or day before the verb, verdicts in the passive, a court's order; laws and
  // founding texts made; measures in the passive; inquiries dropped; a text going into effect or operation
  { text: 'An appeals court on Monday blocked the deportation of the two journalists.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'The High Court eventually declared the dockers’ stoppage unlawful.', type: 'OTHER', date: null, location: null },
  { text: 'An arbitration tribunal has settled the fishing dispute between the two coastal states.', type: 'OTHER', date: null, location: null },
  { text: 'The union’s treasurer was found guilty of fraud on Friday.', type: 'OTHER', date: '2025-02-28', location: null },
  { text: 'A district judge found the mayor in contempt and fined him heavily.', type: 'OTHER', date: null, location: null },
  { text: 'The party’s assets were frozen by order of the Supreme Court.', type: 'OTHER', date: null, location: null },
  { text: 'Kenya adopted a new constitution in 2010 after a referendum.', type: 'OTHER', date: null, location: 'KE' },
  { text: 'Last spring the assembly passed a Cybersecurity Act that widens police powers.', type: 'OTHER', date: null, location: null },
  { text: 'The cabinet adopted three principles on the export of surveillance technology.', type: 'OTHER', date: null, location: null },
  { text: 'The 2026 budget was finally adopted by the chamber on Tuesday.', type: 'OTHER', date: '2025-03-04', location: null },
  { text: 'The king issued a royal decree dissolving the cabinet.', type: 'OTHER', date: null, location: null },
  { text: 'The oil embargo on the island was lifted on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'Sweeping sanctions were imposed on the central bank on Sunday.', type: 'OTHER', date: '2025-03-02', location: null },
  { text: 'Prosecutors dropped their corruption inquiry into the minister on Friday.', type: 'OTHER', date: '2025-02-28', location: null },
  { text: 'The new duties on imported steel will go into effect on Monday.', type: 'OTHER', date: '2025-03-10', location: null },
  { text: 'The charter came into operation when the flag was raised at midnight.', type: 'OTHER', date: null, location: null },
];

/** Sentences that tell no happening of the given family (a capability, a complaint, a deal "struck", a call for action). */
export const CRISIS_NON_EVENTS: { text: string; family: string }[] = [
  // session 45: a crackdown the police launch or one on a vice, a war only feared or sworn off, a building occupied by a crowd
  { text: 'Riot police launched a violent crackdown on the marchers outside parliament.', family: 'MILITARY_ACTION' },
  { text: 'The government announced a brutal crackdown on corruption and smuggling.', family: 'MILITARY_ACTION' },
  { text: 'Neither side wants to fight a war over the islands, the minister said.', family: 'MILITARY_ACTION' },
  { text: 'The students’ occupation of the rector’s office lasted a week.', family: 'MILITARY_ACTION' },
  { text: 'The power supply of the new radar was cut in half by the redesign.', family: 'OTHER' },
  // session 35: shots fired at an office holder, a munition fired, a document confirmed, a date fixed are no office filled or emptied
  { text: 'Gunmen fired at the president’s convoy near the airport.', family: 'OTHER' },
  { text: 'The cruiser fired two missiles at the general headquarters of the rebels.', family: 'OTHER' },
  { text: 'The figures were confirmed by the ministry on Monday.', family: 'OTHER' },
  { text: 'The date of the vote was appointed in advance by decree.', family: 'OTHER' },
  // session 47: an appointed official named by an adjective, a claim dismissed, a salvo's firing are no office filled or emptied
  { text: 'The newly appointed Minister of Trade met the delegation in Lima.', family: 'OTHER' },
  { text: 'The government dismissed the opposition’s figures as exaggerated.', family: 'OTHER' },
  { text: 'The navy announced the firing of Harpoon Block missiles from the cruiser.', family: 'OTHER' },
  // session 30: rallying to someone's defence names no place
  { text: 'His supporters rallied to his defence after the court ruling on Monday.', family: 'PROTEST' },
  // session 30: a vote demanded is no election
  { text: 'Protesters gathered in Tbilisi, Georgia, on Sunday to demand a new parliamentary election.', family: 'ELECTION' },
  { text: 'The opposition has been calling for early elections since the budget vote, its leader said.', family: 'ELECTION' },
  // session 30: a firm or a crowd taking a building over is no coup's seizure
  { text: 'The broadcaster was taken over by a rival media group in 2019, the report said.', family: 'MILITARY_ACTION' },
  { text: 'Students took control of the university headquarters on Monday to protest the fees.', family: 'MILITARY_ACTION' },
  // fire opened by police on a crowd is police crowd control, an OTHER happening (session 26; soldiers' fire stays a military action)
  { text: 'Police opened fire on marchers in Nairobi, Kenya, on Monday.', family: 'MILITARY_ACTION' },
  // session 29: the police firing into a crowd, a crowd storming a building, a toll over weeks, an office's name, equipment, a party's rally
  { text: 'Riot police fired rubber bullets and live rounds into the crowd outside parliament in Lusaka on Tuesday.', family: 'MILITARY_ACTION' },
  { text: 'Riot police officers began firing on the crowd at the main square, a witness said.', family: 'MILITARY_ACTION' },
  { text: 'Thousands of protesters stormed the presidential palace in Colombo on Saturday.', family: 'MILITARY_ACTION' },
  { text: 'Rallies against the count have turned violent, with 40 people reportedly killed in recent weeks.', family: 'MILITARY_ACTION' },
  // session 31: a coup stirred up or schemed is none carried out
  { text: 'The minister accused the former president of trying to incite a coup with foreign help.', family: 'MILITARY_ACTION' },
  { text: 'Prosecutors said the three colonels had been plotting a coup since January.', family: 'MILITARY_ACTION' },
  // session 31: violence told within a protest, and what people are detained for, are no armed action
  { text: 'During the protests, shops were vandalized and burned and other buildings were attacked.', family: 'MILITARY_ACTION' },
  { text: 'Over 80 people were detained for stoning police, attacking troops and burning cars, the minister said.', family: 'MILITARY_ACTION' },
  { text: 'The Directors General of Military Operations of the two armies spoke over the hotline.', family: 'MILITARY_ACTION' },
  { text: 'The contract covers launchers, radars, fire control centres and missiles for the army.', family: 'MILITARY_ACTION' },
  { text: 'The prime minister addressed a campaign rally in a football stadium in Debrecen on Sunday.', family: 'PROTEST' },
  // session 22: with an object the verbs mean "showed" and "mobilized", no crowd in the street
  { text: 'The voters of Malawi demonstrated once again their attachment to democracy on Sunday.', family: 'PROTEST' },
  { text: 'The drills were held on Sunday, demonstrating “the full readiness” of the fleet.', family: 'PROTEST' },
  { text: 'Canada has rallied the world to stand with Haiti.', family: 'PROTEST' },
  { text: 'The missile can strike targets at a range of about 500 km.', family: 'MILITARY_ACTION' },
  // (session 47) a worldwide or union-called stoppage is no armed strike
  { text: 'Embassies joined a worldwide strike against the judicial overhaul on Monday.', family: 'MILITARY_ACTION' },
  { text: 'The federation-called strike against the reform shut the ports on Monday.', family: 'MILITARY_ACTION' },
  // session 33: partners' unnamed joint exercises are an OTHER happening, no military action (a named exercise stays one)
  { text: 'Chile and Peru have held joint naval exercises off their coasts in recent years.', family: 'MILITARY_ACTION' },
  { text: 'The two ministers agreed to expand defence cooperation through joint drills.', family: 'MILITARY_ACTION' },
  // (session 46) forged papers are fakes; a deadline extended, talks entered into and a finalising named as a topic sign nothing
  { text: 'The firm used forged documents to win the tender, prosecutors said.', family: 'OTHER' },
  { text: 'The ministry extended the deadline for the deal by a month.', family: 'OTHER' },
  { text: 'The two sides agreed to enter into negotiations on an agreement on readmission.', family: 'OTHER' },
  { text: 'No timeline has been given for finalising the second agreement.', family: 'OTHER' },
  // session 24: a deal struck and a law struck down are no strike; tear gas fired at a crowd is no armed action
  { text: 'The envoy warned that sanctions would follow unless a deal is struck by Friday.', family: 'MILITARY_ACTION' },
  { text: 'The Supreme Court struck down the new tariffs on Friday.', family: 'MILITARY_ACTION' },
  { text: 'Riot police fired tear gas at students marching on the parliament on Tuesday.', family: 'MILITARY_ACTION' },
  { text: 'The system is capable of firing rockets at a range of 70 km.', family: 'MILITARY_ACTION' },
  // a war of trade or prices, and a conflict with no side named, are no armed action (session 28)
  { text: 'Brazil and Argentina are locked in the trade war with Mexico over beef.', family: 'MILITARY_ACTION' },
  { text: 'The conflict in the coalition over the budget deepened on Monday.', family: 'MILITARY_ACTION' },
  // session 27: a capacity, a readiness, an intention or a duty is no happening, in every crisis family
  { text: 'The assembly, which has the ability to impose sanctions, meets twice a year.', family: 'OTHER' },
  { text: 'We are ready to explore new sanctions against the regime.', family: 'OTHER' },
  { text: 'The two leaders announced their intent to sign a memorandum on energy.', family: 'OTHER' },
  { text: 'The general had the intention to silence the assembly by deploying troops around it.', family: 'MILITARY_ACTION' },
  { text: 'The brigade is responsible for conducting airstrikes in the northern provinces.', family: 'MILITARY_ACTION' },
  // (session 46) an armed action ahead, intended, prepared, threatened or feared, is none done; "would" only as a future reported
  { text: 'The rebels are preparing to launch an offensive on the northern city.', family: 'MILITARY_ACTION' },
  { text: 'Officials in the capital fear an invasion by their larger neighbour.', family: 'MILITARY_ACTION' },
  { text: 'The colonel announced on the radio that the army will take power.', family: 'MILITARY_ACTION' },
  { text: 'The defence minister warned that the army would invade the island.', family: 'MILITARY_ACTION' },
  // …and what a weapon can do with a few words between ("can destroy ballistic missiles fired from ships")
  { text: 'The interceptor can destroy ballistic missiles fired from ships at sea.', family: 'MILITARY_ACTION' },
  { text: 'Tokyo lodged a protest over the remarks with the Chinese embassy.', family: 'PROTEST' },
  // session 41: an assault's verb in a weapon's list of abilities, a disaster's blow, an ouster in a story with no arms
  { text: 'Built to track submarines, strike surface vessels and guard convoys, the frigates enter service next year.', family: 'MILITARY_ACTION' },
  { text: 'The province, struck by a severe earthquake last spring, asked for more aid.', family: 'MILITARY_ACTION' },
  { text: 'The typhoon that hit the northern coast left thousands homeless.', family: 'MILITARY_ACTION' },
  { text: 'Premier ousted after losing the confidence vote in parliament', family: 'MILITARY_ACTION' },
  { text: 'The company plans to launch a new satellite internet service next year.', family: 'MILITARY_ACTION' },
  { text: 'Inflation hit a record high in January, the statistics office said.', family: 'MILITARY_ACTION' },
  { text: 'Policy clashes with the finance ministry delayed the budget.', family: 'MILITARY_ACTION' },
  { text: 'The minister was sanctioned by the party for missing the vote.', family: 'OTHER' },
  { text: 'Thousands gathered in the stadium in Seoul on Saturday for the concert.', family: 'PROTEST' },
  { text: 'The court will hear the appeal in the spring.', family: 'OTHER' },
  { text: 'The cyberattack hit the bank’s payment servers for a second day.', family: 'MILITARY_ACTION' },
  // session 25: an action a force is made able to do, a fight against an -ism, a fire station opened
  { text: 'The new frigates will strengthen the navy’s ability to conduct anti-submarine and strike missions.', family: 'MILITARY_ACTION' },
  { text: 'The leaders pledged to deepen cooperation in their joint fight against terrorism.', family: 'MILITARY_ACTION' },
  { text: 'The mayor opened a new fire station in the suburb on Monday.', family: 'MILITARY_ACTION' },
  // Session 11: words of the classes used of other things (a tone or a deal struck, a spokesman fired, a proposal attacked, workers' strikes, markets rallying, a state's protest)
  { text: 'The minister struck a conciliatory tone at the press conference on Monday.', family: 'MILITARY_ACTION' },
  { text: 'Dock workers will strike on Monday over pay.', family: 'MILITARY_ACTION' },
  // (session 40) in a protest story, clashes, a storming, a raid, a "battle of" told with no arms or armed men named are the
  // crowd's or the police's; a strike named by its trade is a stoppage
  { text: 'Protesters marched on parliament in Dhaka on Monday, and the protests spread. Rallies were held in Chittagong. The prime minister fled after fierce clashes in the capital left 30 dead.', family: 'MILITARY_ACTION' },
  { text: 'Thousands of demonstrators rallied in Colombo on Saturday. The protests were peaceful. The president agreed to resign after his residence was stormed.', family: 'MILITARY_ACTION' },
  { text: 'Doctors kept up their protest on Monday, and rallies went on. The protests grew. The government raided the offices of the medical association.', family: 'MILITARY_ACTION' },
  { text: 'Striking miners faced police at the coking plant, with pickets at every gate and more strikers arriving. The confrontation, dubbed the Battle of Ashby, was filmed.', family: 'MILITARY_ACTION' },
  { text: 'A dockers’ strike in 1972 had brought down the government.', family: 'MILITARY_ACTION' },
  // (session 39) strikes told among work's things and no word of arms are stoppages, not attacks
  { text: 'Strikes in Italy halted trains and buses on Friday as unions fought the pension plan.', family: 'MILITARY_ACTION' },
  { text: 'Strikes against the wage freeze shut factories across Portugal on Monday.', family: 'MILITARY_ACTION' },
  // (session 39) a ballot that calls strike action is the union's, no election
  { text: 'Strike action began on Monday following a local ballot of union members.', family: 'ELECTION' },
  // (session 39) a salute fired in the passive is a ceremony's, no shot
  { text: 'A 21-gun salute was fired as the two presidents reviewed the guard of honour.', family: 'MILITARY_ACTION' },
  // (session 39) a body named after a war is no war told
  { text: 'Members of the Israeli war cabinet approved the truce on Tuesday.', family: 'MILITARY_ACTION' },
  { text: 'Opposition lawmakers attacked the budget proposal on Monday.', family: 'MILITARY_ACTION' },
  { text: 'The two sides struck a deal on grain exports on Sunday.', family: 'MILITARY_ACTION' },
  { text: 'The ministry fired its spokesman on Monday.', family: 'MILITARY_ACTION' },
  { text: 'China protested to Japan over the remarks on Monday.', family: 'PROTEST' },
  { text: 'Stocks rallied on Tuesday after the rate cut.', family: 'PROTEST' },
  { text: 'The president rallied support for the plan among lawmakers on Monday.', family: 'PROTEST' },
  { text: 'The company will launch a new rocket engine design next year.', family: 'MILITARY_ACTION' },
  { text: 'Officials discussed missile defence cooperation on Monday.', family: 'MILITARY_ACTION' },
  { text: 'The football fans chanted throughout the match on Saturday.', family: 'PROTEST' },
  { text: 'The spokesman declined to comment on the release of the report.', family: 'OTHER' },
  { text: 'A poll published on Monday showed the ruling party ahead.', family: 'ELECTION' },
  { text: 'She agreed with the reporter’s question on Tuesday.', family: 'OTHER' },
  { text: 'He signed autographs for fans after the match on Sunday.', family: 'OTHER' },
  { text: 'Japan lodged strong protests with China over the incursions.', family: 'PROTEST' },
  { text: 'The shop closed its doors at six on Tuesday.', family: 'OTHER' },
  { text: 'The airline scrambled to rebook passengers on Tuesday.', family: 'MILITARY_ACTION' },
  { text: 'Workers march in step with the new rules.', family: 'PROTEST' },
  // Session 12: an accord only supposed or wished for, talks that may resume, a name given, an oath of another kind, a
  // capability's purpose, troops that could move
  { text: 'The two countries could sign an agreement next year if the talks go well.', family: 'OTHER' },
  { text: 'He said he hoped to sign a deal soon.', family: 'OTHER' },
  { text: 'The agreement may be signed next week.', family: 'OTHER' },
  { text: 'Talks are expected to resume next month if both sides agree.', family: 'OTHER' },
  { text: 'The team named after the general won the cup.', family: 'OTHER' },
  { text: 'The king swore revenge.', family: 'OTHER' },
  { text: 'The proposed sale will improve the navy’s capability to provide humanitarian aid in the region.', family: 'OTHER' },
  { text: 'Troops could enter the town within days, the minister said.', family: 'MILITARY_ACTION' },
  { text: 'The leaders recognized the importance of the partnership.', family: 'OTHER' },
  { text: 'The minister called for an investigation into the shooting.', family: 'OTHER' },
  { text: 'Sweden wants to join NATO.', family: 'OTHER' },
  // (session 32) a war's name in capitals, a trade war: no war told by its length
  { text: 'The president hailed the end of what he called the 9-Day War.', family: 'MILITARY_ACTION' },
  { text: 'Exporters are bracing for the two-year trade war to drag on.', family: 'MILITARY_ACTION' },
  // (session 34) a salute fired by guns is a ceremony, no armed action
  { text: 'As guns fired a 21-gun salute on Monday, the president inspected the guard of honour.', family: 'MILITARY_ACTION' },
  // (session 35) a fight against a cause or a vice, operations as a purpose, forces as the deployer: no armed action
  { text: 'Both leaders pledged to lead the fight against the climate emergency.', family: 'MILITARY_ACTION' },
  { text: 'The ministers agreed to step up the fight against insecurity and smuggling.', family: 'MILITARY_ACTION' },
  { text: 'Frigates are of great value for military operations in the northern seas.', family: 'MILITARY_ACTION' },
  { text: 'The island airstrip has been kept ready for military activities since the treaty.', family: 'MILITARY_ACTION' },
  { text: 'Such launchers are currently deployed mostly by NATO forces.', family: 'MILITARY_ACTION' },
  // (session 37) a vote's commission or officials speak on their own day: no election told; unrest feared, a naval blockade, a rising against troops are no crowd's protest
  { text: 'The election commission of Ghana said on Monday that the count was complete.', family: 'ELECTION' },
  { text: 'Election officials in Peru said on Tuesday that turnout was high.', family: 'ELECTION' },
  { text: 'Officials in Mali warned of further unrest.', family: 'PROTEST' },
  { text: 'The navy kept its blockade of the port in Yemen.', family: 'PROTEST' },
  { text: 'The uprising against the occupation troops in Algeria lasted years.', family: 'PROTEST' },
  // (session 47) a law only hoped for or to come, a verdict only feared, martial law enacted (the declaration's own rules)
  { text: 'The opposition hopes the chamber will adopt a new constitution before the vote.', family: 'OTHER' },
  { text: 'The minister fears the courts could rule the strike unlawful.', family: 'OTHER' },
  { text: 'Parliament enacted martial law in ten regions on Monday.', family: 'OTHER' },
];

/** Short texts and how many events of a family they tell: distinct happenings apart, one told twice is one. */
export const CRISIS_COUNTS: { text: string; family: string; count: number }[] = [
  // session 47: a sentence handed down after a verdict is one happening, the verdict told as its reason ("after being found guilty")
  { text: 'The former governor was sentenced to ten years in prison on Thursday after being found guilty of taking bribes.', family: 'OTHER', count: 1 },
  // session 41: an action named as the one a clause refers to ("the officers behind the coup") takes no day of that clause
  { text: 'Soldiers seized power in Niger on Monday. On Wednesday, the regional bloc condemned the officers behind the coup.', family: 'MILITARY_ACTION', count: 1 },
  // session 44: an action or protest named as the known one after a verb of reaction takes no day of the reaction
  { text: 'Soldiers seized power in Mali on Tuesday. On Wednesday, the Security Council condemned the mutiny.', family: 'MILITARY_ACTION', count: 1 },
  { text: 'Farmers protested in Dublin on Monday against fuel prices. Ministers will meet union leaders on Friday, but the minister confirmed that those protesting have not been invited.', family: 'PROTEST', count: 1 },
  // session 41: a day right after a verb of saying is the telling's; the fighting it reports, on its own day, is one action
  { text: "The army's high command said today troops killed 300 rebels in routing a column to capture the rebels' main air base in northern Chad on Sunday.", family: 'MILITARY_ACTION', count: 1 },
  // (session 37) a crowd in a town the gazetteer leaves out for its name's sake ("Niš", under four letters) is there, apart from the capital's
  { text: 'Serbian students rallied in Belgrade on Sunday.\n\nSmaller rallies were also held in the cities of Niš and Kragujevac.', family: 'PROTEST', count: 2 },
  { text: 'Mexican voters went to the polls on Sunday.\n\nIn Oaxaca, masked protesters burned ballot boxes.', family: 'PROTEST', count: 1 },
  // session 33: "invading" troops and the invasion are one war told twice, words of one kind
  { text: 'The guns will be deployed in southern Ukraine, where Russia’s invading troops are concentrated. In response to Russia’s invasion of Ukraine, Poland has raised its own defence spending.', family: 'MILITARY_ACTION', count: 1 },
  // session 33: a text naming an exercise tells it again as "joint exercises"; one exercise, a military action, no OTHER beside it
  { text: 'Some 9,000 troops will take part in the Southern Shield exercises this spring. Marines will test new rocket launchers during joint exercises next month.', family: 'MILITARY_ACTION', count: 1 },
  { text: 'Some 9,000 troops will take part in the Southern Shield exercises this spring. Marines will test new rocket launchers during joint exercises next month.', family: 'OTHER', count: 0 },
  // two targets, two actors, two places: two happenings
  { text: 'The ministry condemned Israeli strikes in Lebanon and Iranian missile attacks on Israel.', family: 'MILITARY_ACTION', count: 2 },
  { text: 'Russian missiles struck Kharkiv on Monday and drones attacked Odesa.', family: 'MILITARY_ACTION', count: 2 },
  { text: 'The statement condemned the attack on a hospital in Gaza and the shelling of Zaporizhzhia in Ukraine.', family: 'MILITARY_ACTION', count: 2 },
  { text: 'Protests in Egypt turned violent. Separately, protesters in Tunisia marched on parliament.', family: 'PROTEST', count: 2 },
  // session 31: crowds in two cities of one country are two protests, undated too; one city told twice is one
  { text: 'Thousands of protesters marched in Lyon against the pension reform. In Marseille, masked protesters burned cars in the main square.', family: 'PROTEST', count: 2 },
  { text: 'Thousands of protesters marched in Lyon against the pension reform. In Lyon, masked protesters later burned cars in the main square.', family: 'PROTEST', count: 1 },
  // actions two sides made are two, undated in one place too; a country that only tells one is no side of it (session 27)
  { text: 'Israeli jets struck Hezbollah positions in Lebanon. Syrian forces struck rebel positions in Lebanon.', family: 'MILITARY_ACTION', count: 2 },
  { text: 'Indian troops opened fire across the line of control. Pakistani troops also opened fire across the line of control.', family: 'MILITARY_ACTION', count: 2 },
  { text: 'Russian drones attacked a hospital in Kharkiv. Ukraine said the attack on the hospital killed three people.', family: 'MILITARY_ACTION', count: 1 },
  // a strike told as the answer to an earlier attack, named by the lives that attack took: two (session 29)
  { text: 'Jordanian jets struck camps in Syria on Monday. The strikes follow the border attack that killed six guards on February 20.', family: 'MILITARY_ACTION', count: 2 },
  // two kinds of target in one city: two strikes; the first told again is still one
  { text: 'Russian drones attacked a hospital in Kharkiv. A separate strike hit a fuel depot outside the city. The attack on the hospital killed three people.', family: 'MILITARY_ACTION', count: 2 },
  // another kind of action in a clause of its own, its actor named after a passive
  { text: 'U.S. forces carried out a strike in Syria on Friday with drones that had been harassed by Russian jets earlier that day.', family: 'MILITARY_ACTION', count: 2 },
  // one happening told again, or in two wordings
  { text: 'Militants attacked a police station in Peshawar, Pakistan. The attack killed five officers.', family: 'MILITARY_ACTION', count: 1 },
  { text: 'Russia launched missiles at Kyiv, striking an apartment block in the city.', family: 'MILITARY_ACTION', count: 1 },
  // session 31: an action told after another of its own kind, nothing else setting them apart, is one (a coup after a vote, a
  // coup told again by its verb)
  { text: 'Coup in Ruritania after the president’s disputed re-election: the army seizes power.', family: 'MILITARY_ACTION', count: 1 },
  { text: 'Officers said the government had been overthrown on Monday, following a coup that left the president under arrest.', family: 'MILITARY_ACTION', count: 1 },
  // a winner elected "following" the vote was elected by it; a runoff after a first round is another vote
  { text: 'Smith was elected president of Ruritania in May following the country’s first free election.', family: 'ELECTION', count: 1 },
  { text: 'Smith won the runoff in Ruritania on Sunday after the first-round election in May.', family: 'ELECTION', count: 2 },
  // session 47: one vote at one place told with another happening's day (a proclamation, an arrest before it) is still one vote;
  // a referendum beside it is another
  { text: 'Ghana held its presidential election on Saturday, December 7.\n\nThe electoral commission on December 10 proclaimed the opposition leader the winner of the election.', family: 'ELECTION', count: 1 },
  { text: 'Ghana held its presidential election on Saturday, December 7.\n\nA rival candidate, who was barred from the election, was detained in September.', family: 'ELECTION', count: 1 },
  { text: 'Ghana held its presidential election on Saturday, December 7.\n\nGhana held a referendum on Saturday, December 28.', family: 'ELECTION', count: 2 },
  { text: 'The Treasury imposed sanctions on three Iranian banks on Tuesday. The sanctions freeze their assets in the United States.', family: 'OTHER', count: 1 },
  // one person impeached, another impeached later: two impeachments
  {
    text: 'South Korea’s National Assembly impeached President Yoon Suk Yeol on Dec. 14, 2024. Lawmakers then impeached acting President Han Duck-soo on Dec. 27, 2024.',
    family: 'IMPEACHMENT',
    count: 2,
  },
  // a strike by workers and a strike by jets on one day: one protest, one military action
  { text: 'Dock workers in Antwerp went on strike on Monday. Israeli jets carried out a strike on Beirut on Monday.', family: 'MILITARY_ACTION', count: 1 },
  { text: 'Dock workers in Antwerp went on strike on Monday. Israeli jets carried out a strike on Beirut on Monday.', family: 'PROTEST', count: 1 },
  // two days, two launches
  { text: 'Russia launched 80 drones at Ukraine on Monday, the air force said. On Tuesday, a missile strike on Odesa killed four people.', family: 'MILITARY_ACTION', count: 2 },
  // an action and the one it answers, in one sentence: two, by one rule's words or by two rules' (session 25)
  { text: 'Militants fired rockets at the town on Friday in retaliation for an air strike that killed their commander, the army said.', family: 'MILITARY_ACTION', count: 2 },
  { text: 'The ministry said the jets struck targets in the north in response to rocket attacks on border villages.', family: 'MILITARY_ACTION', count: 2 },
  { text: 'The group broadened its attacks to energy infrastructure sites in response to strikes on its fuel depots.', family: 'MILITARY_ACTION', count: 2 },
  // one side's action told twice before the words of reprisal is one
  { text: 'Militias fired rockets at the base and attacked army positions in response to the arrest of their leader.', family: 'MILITARY_ACTION', count: 1 },
  // seizures of power told in the plural over a list of countries: one in each; over no list, a trend (session 25)
  { text: 'The bloc suspended the three states after coups in Mali, Guinea and Niger.', family: 'MILITARY_ACTION', count: 3 },
  { text: 'The ministers said military takeovers in the region threaten its stability.', family: 'MILITARY_ACTION', count: 0 },
  // an earlier coup named by its year is another coup than the one the story tells (session 29)
  { text: 'Mutinous soldiers arrested the president in Bamako, Mali, on Tuesday. The camp is the one where the 2012 coup that overthrew his predecessor began.', family: 'MILITARY_ACTION', count: 2 },
  // session 38: in a story of a coup whose arrests the soldiers made, the arrests are the coup's act, however often told again;
  // an arrest in a coup story that names no soldier as its doer stays a happening of its own
  { text: 'The army seized power in Ruritania in a coup on Monday. The president resigned hours after he was arrested by mutinous soldiers. The arrests of the president and his ministers were condemned abroad.', family: 'OTHER', count: 1 },
  { text: 'A group of soldiers detained the prime minister of Ruritania in a coup on Monday. His wife said he was arrested for refusing to back the junta.', family: 'OTHER', count: 0 },
  { text: 'The army seized power in Ruritania in a coup on Monday. The opposition leader was arrested in the capital on Tuesday.', family: 'OTHER', count: 1 },
  // one declaration of martial law, however many sentences name it and whatever else they date (session 23)
  {
    text: 'The president declared martial law on Jan. 9. On Monday the ministry dismissed the general who led the martial law command. Lawmakers said on Tuesday that the martial law decree had no legal basis.',
    family: 'MARTIAL_LAW',
    count: 1,
  },
  { text: 'The ministry said on Monday that it had suspended three generals over the martial law declaration. Prosecutors charged two colonels tied to the Jan. 9 martial law episode.', family: 'MARTIAL_LAW', count: 1 },
  // (session 32) an action told without place or country refers back to one of its own kind, not to a placed one of another kind
  { text: 'The rebels launched missiles at two ships on the route, the group said.\n\nThe rebels and the navy have been trading fire for weeks, since the navy joined allies to strike several rebel targets in Yemen.', family: 'MILITARY_ACTION', count: 2 },
  // (session 32) a coup's soldiers taking a broadcaster or a palace: an action of its own beside the coup
  { text: 'Gunfire rang out in Harare, Zimbabwe, overnight. The events had the marks of a coup, with armoured cars on the streets and the army taking over the state broadcaster.', family: 'MILITARY_ACTION', count: 2 },
  { text: 'Officers in Bolivia staged a coup against the president.\n\nThe presidential palace was taken over by soldiers.', family: 'MILITARY_ACTION', count: 2 },
  // (session 33) two words of one action in one sentence at one place are one action; at two places or by two sides, two
  { text: 'Relations soured over the raid on a convoy that tried to run the navy’s blockade of the Kerch Strait in Ukraine in 2015.', family: 'MILITARY_ACTION', count: 1 },
  { text: 'The rebel leader was killed in a drone strike in Somalia last year, the group said.', family: 'MILITARY_ACTION', count: 1 },
  { text: 'The allies pledged support for Ukraine against continued Russian aggression and its deadly attacks on Ukrainian towns.', family: 'MILITARY_ACTION', count: 1 },
  { text: 'Israeli jets struck targets in Lebanon on Monday and rockets hit northern Israel.', family: 'MILITARY_ACTION', count: 2 },
  // (session 39) where a leader merely was when a coup struck is no visit of theirs; (and below, where words were given is no stop of a trip)
  { text: 'The coup was launched as Prime Minister Somchai Wattana was in New York to address the United Nations. He travelled home on Friday.', family: 'DIPLOMATIC_VISIT', count: 0 },
  // (session 33) a war named without a day is the fighting the text tells at its place
  { text: 'The ministers will discuss aid to Ukraine amid continued attacks by Russia.\n\nThey will also address the effects of Russia’s war in Ukraine on grain prices.', family: 'MILITARY_ACTION', count: 1 },
  { text: 'The summit was put off because of the Iran war.\n\nThe war began on March 3 when Israel launched strikes against Iran.', family: 'MILITARY_ACTION', count: 1 },
  { text: 'Israel launched strikes against Iran on March 3.\n\nThe war in Sudan has displaced millions.', family: 'MILITARY_ACTION', count: 2 },
  { text: 'A deadly conflict raged across the border, a conflict that began the day after the rebel attack on the town of Abeche in Chad.', family: 'MILITARY_ACTION', count: 2 },
  // (session 37) a war, strike or coup told with an earlier year, after the story's own told without a day, is a past one
  { text: 'Army officers ousted the prime minister of Lesotho and declared themselves in control. Their commander had ended the last coup there in 2000.', family: 'MILITARY_ACTION', count: 2 },
  { text: 'The leader of the militant group was killed in an American air strike in Yemen. He had planned the attack on the embassy in Sanaa in 2008.', family: 'MILITARY_ACTION', count: 2 },
  { text: 'The 2012 coup toppled the president. Officers who took part in the coup were promoted.', family: 'MILITARY_ACTION', count: 1 },
  // (session 46) a narrative's "would" tells what came next, and an action named after the words of a threat is one done
  { text: 'Years later the general would lead the coup that toppled the king.', family: 'MILITARY_ACTION', count: 1 },
  { text: 'The militia vowed to hit back after the rocket attack on its camp on Monday.', family: 'MILITARY_ACTION', count: 1 },
  // (session 36) fighting told by how long it lasted is fighting done; a span of talks or of calm is none
  { text: 'The two neighbours agreed to a truce on Monday after four days of fighting along their mountain border.', family: 'MILITARY_ACTION', count: 1 },
  { text: 'Aid reached the port town after nine days of shelling, officials said.', family: 'MILITARY_ACTION', count: 1 },
  { text: 'The delegates signed the accord after three days of talks in the capital.', family: 'MILITARY_ACTION', count: 0 },
  // (session 48) a vote or a protest told with an earlier year, after the story's own told without a day, is a past one
  { text: "Ghana's presidential election passed off calmly, observers said. Its first multiparty election in 1992 was boycotted by the opposition.", family: 'ELECTION', count: 2 },
  { text: 'Protesters marched through Santiago, Chile, against fare rises. The student protests in 2011 had drawn larger crowds.', family: 'PROTEST', count: 2 },
  // (session 48) a revolution known by its name, recalled beside the crowd the story tells, is another protest
  { text: 'Thousands rallied in Tbilisi, Georgia, on Monday, the largest crowd since the Rose Revolution.', family: 'PROTEST', count: 2 },
  { text: 'Opposition supporters held a rally in Kyiv, Ukraine. It was the biggest protest there since the Orange Revolution.', family: 'PROTEST', count: 2 },
  { text: 'The Orange Revolution began in Kyiv, Ukraine, in 2004. Its leaders recalled how the Orange Revolution ended.', family: 'PROTEST', count: 1 },
];
