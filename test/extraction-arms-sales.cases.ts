// Sentences in the styles of the corpus's arms-sale genres (DSCA releases, programme notices, UK and
// Australian government releases, wire reports), written here for issue 10's arms-sale round: each with
// the sales the extractor should give (supplier, recipient, USD value or the original currency and
// amount), read as a short document from the given publisher, published 2024-06-01.
export interface SaleCase {
  text: string;
  /** The publisher's name, as a release's `source` names it (whose government speaks, whose dollar "$" is). */
  source?: string;
  sales: { supplier: string; recipient: string; valueUsd?: string | null; currency?: string; valueOriginal?: string; status?: string }[];
}

const UK = 'UK Ministry of Defence press release, gov.uk';
const AU = 'Australian Minister for Defence Industry media release, defence.gov.au';

export const SALE_CASES: SaleCase[] = [
  // session 47: the price of the goods told in a later paragraph ("the price of the two OPVs is …")
  { text: 'Peru announced the selection of an offer by the South Korean shipyard Hanwha Ocean for two offshore patrol vessels (OPVs).\n\nAccording to Lima, the price of the two OPVs is $120 million.', sales: [{ supplier: 'KR', recipient: 'PE', valueUsd: '120000000' }] },
  // a state's government or purchasing organ as the party
  { text: 'Poland’s Armament Agency signed a contract with the U.S. government for 250 Abrams tanks worth $4.75 billion.', sales: [{ supplier: 'US', recipient: 'PL', valueUsd: '4750000000' }] },
  { text: 'The Ministry of National Defence of Greece signed a letter of offer and acceptance for 20 F-35 jets worth $8.6 billion.', sales: [{ supplier: 'US', recipient: 'GR', valueUsd: '8600000000' }] },
  { text: 'The government of Taiwan will pay $1.4 billion for 66 F-16V jets under the agreement.', sales: [{ supplier: 'US', recipient: 'TW', valueUsd: '1400000000' }] },
  // "for <state> to supply", provide and export verbs, a government named by its leader
  { text: 'The Prime Minister today announced a £1.7 billion agreement for the UK to supply Poland with air defence missiles.', source: UK, sales: [{ supplier: 'GB', recipient: 'PL', currency: 'GBP', valueOriginal: '1700000000' }] },
  { text: 'The UK will provide Ukraine with 5,000 air defence missiles under a £1.6 billion contract.', source: UK, sales: [{ supplier: 'GB', recipient: 'UA', currency: 'GBP', valueOriginal: '1600000000' }] },
  { text: 'The Albanese Government will sell 100 Boxer heavy weapon carriers to Germany in a defence export deal worth more than $1 billion.', source: AU, sales: [{ supplier: 'AU', recipient: 'DE', currency: 'AUD', valueOriginal: '1000000000' }] },
  // session 38: in an Australian release the bare "$" is the Australian dollar, "$US" the American one
  { text: 'The Government has approved the purchase of 20 HIMARS launchers from the United States for $US1.2 billion.', source: AU, sales: [{ supplier: 'US', recipient: 'AU', valueUsd: '1200000000' }] },
  { text: 'Rheinmetall Defence Australia will build and export 100 Boxer vehicles to Germany, a deal valued at more than $1 billion.', source: AU, sales: [{ supplier: 'AU', recipient: 'DE', currency: 'AUD', valueOriginal: '1000000000' }] },
  // the publishing government announcing its own supply
  { text: 'The Defence Secretary has announced a £1 billion contract to supply Poland with air defence systems.', source: UK, sales: [{ supplier: 'GB', recipient: 'PL', currency: 'GBP', valueOriginal: '1000000000' }] },
  // a maker's subsidiary builds in its own country
  { text: 'Ukraine is to receive more than 5,000 missiles in a £1.6 billion deal with Thales UK.', source: UK, sales: [{ supplier: 'GB', recipient: 'UA', currency: 'GBP', valueOriginal: '1600000000' }] },
  // a buyer named by its people in the plural ("the Saudis", "the Emiratis"); a maker by its common short name ("BAE")
  { text: 'The Saudis signed an agreement with BAE to buy 48 Typhoon jets.', sales: [{ supplier: 'GB', recipient: 'SA' }] },
  { text: 'The Emiratis signed a contract with Dassault to buy 80 Rafale jets worth $19 billion.', sales: [{ supplier: 'FR', recipient: 'AE', valueUsd: '19000000000' }] },
  { text: 'Kuwait signed a deal with BAE to buy new armoured vehicles worth $500 million.', sales: [{ supplier: 'GB', recipient: 'KW', valueUsd: '500000000' }] },
  // two states agreeing together: the one whose weapon it is sells
  { text: 'The UK and Norway have agreed a £10 billion deal for Type 26 frigates.', source: UK, sales: [{ supplier: 'GB', recipient: 'NO', currency: 'GBP', valueOriginal: '10000000000' }] },
  // approval in other words; values in words
  { text: 'The U.S. State Department cleared the sale of 40 F-16 fighter jets to Turkey, valued at about $23 billion.', sales: [{ supplier: 'US', recipient: 'TR', valueUsd: '23000000000' }] },
  { text: 'The sale, worth some two billion dollars, covers 50 F-16 jets for Egypt from the United States.', sales: [{ supplier: 'US', recipient: 'EG', valueUsd: '2000000000' }] },
  { text: 'The United States signed a three billion-dollar deal to sell 40 F-16 fighter jets to Egypt.', sales: [{ supplier: 'US', recipient: 'EG', valueUsd: '3000000000' }] },
  // several sales in one notice, one a sentence without a sale word of its own
  {
    text: 'The State Department has approved two possible Foreign Military Sales. The first is to the Government of Egypt for 555 Hellfire missiles at an estimated cost of $90 million. The second is to the Government of Morocco for Javelin missiles at an estimated cost of $260 million.',
    sales: [{ supplier: 'US', recipient: 'EG', valueUsd: '90000000' }, { supplier: 'US', recipient: 'MA', valueUsd: '260000000' }],
  },
  { text: 'Among the largest sales in 2023 were Poland’s $10 billion purchase of HIMARS and Germany’s $8.5 billion order of CH-47F Chinook helicopters.', sales: [{ supplier: 'US', recipient: 'PL', valueUsd: '10000000000' }, { supplier: 'US', recipient: 'DE', valueUsd: '8500000000' }] },
  // a fact sheet's list of requests in one sentence, items set off by commas
  {
    text: 'In Fiscal Year 2023, the State Department notified Congress of proposed sales including Poland’s request for 96 AH-64E Apache helicopters valued at $12 billion, Germany’s request for 60 CH-47F Chinook helicopters valued at $8.5 billion, and the Czech Republic’s request for 24 F-35 aircraft valued at $5.62 billion.',
    sales: [{ supplier: 'US', recipient: 'PL', valueUsd: '12000000000' }, { supplier: 'US', recipient: 'DE', valueUsd: '8500000000' }, { supplier: 'US', recipient: 'CZ', valueUsd: '5620000000' }],
  },
  // the publishing government buying; the value of "the case" in the next sentence
  { text: 'The Government has approved the acquisition of 20 HIMARS launchers from the United States at a cost of $1.2 billion.', source: AU, sales: [{ supplier: 'US', recipient: 'AU', currency: 'AUD', valueOriginal: '1200000000' }] },
  { text: 'WASHINGTON - The U.S. government has approved the possible sale to Denmark of AMRAAM missiles. The estimated value of the case is $200 million.', sales: [{ supplier: 'US', recipient: 'DK', valueUsd: '200000000' }] },
  // headline present tense: "inks", "orders"
  { text: 'Romania inks $7.2 billion deal for 32 F-35 stealth jets.', sales: [{ supplier: 'US', recipient: 'RO', valueUsd: '7200000000' }] },
  { text: 'Hungary orders 44 Leopard 2A7 tanks from Germany for 1.5 billion euros.', sales: [{ supplier: 'DE', recipient: 'HU', currency: 'EUR', valueOriginal: '1500000000' }] },
  // a fact sheet's cases of one buyer, the amounts in brackets, the buyer in the sentence or the one before
  {
    text: 'Significant FMS cases with Japan include the F-35 Joint Strike Fighter ($23 billion), E-2D Advanced Hawkeye ($3.1 billion), and SM-3 Block IIA missiles ($1.5 billion).',
    sales: [{ supplier: 'US', recipient: 'JP', valueUsd: '23000000000' }, { supplier: 'US', recipient: 'JP', valueUsd: '3100000000' }, { supplier: 'US', recipient: 'JP', valueUsd: '1500000000' }],
  },
  {
    text: 'Poland has $30 billion in active government-to-government cases under the Foreign Military Sales system. Recent sales include 250 M1A2 Abrams tanks ($4.75 billion) and 96 AH-64E Apache helicopters ($12 billion).',
    sales: [{ supplier: 'US', recipient: 'PL', valueUsd: '4750000000' }, { supplier: 'US', recipient: 'PL', valueUsd: '12000000000' }],
  },
  // the value in the next sentence, told in wire style
  { text: 'The State Department has approved a possible sale of F-16 sustainment to the Philippines. It would cost an estimated $5.58 billion.', sales: [{ supplier: 'US', recipient: 'PH', valueUsd: '5580000000' }] },
  { text: 'The U.S. approved the possible sale of 8 C-130J aircraft to New Zealand. Its total value was put at US$1.5 billion.', sales: [{ supplier: 'US', recipient: 'NZ', valueUsd: '1500000000' }] },
  // a ministry or department of a state (named by its adjective) buying from a maker
  { text: 'The Philippine Department of National Defense signed a contract with Korea Aerospace Industries for 12 FA-50 jets worth $700 million.', sales: [{ supplier: 'KR', recipient: 'PH', valueUsd: '700000000' }] },
  // sales between two states neither of them the US, valued in US dollars, no approval or notification stated
  { text: 'In 2017, Saudi Arabia signed agreements with Russia worth $3 billion, including S-400 systems.', sales: [{ supplier: 'RU', recipient: 'SA', valueUsd: '3000000000' }] },
  { text: 'Morocco has purchased 150 Israeli drones for $200 million.', sales: [{ supplier: 'IL', recipient: 'MA', valueUsd: '200000000' }] },
  { text: 'Armenia bought Indian artillery systems worth $250 million.', sales: [{ supplier: 'IN', recipient: 'AM', valueUsd: '250000000' }] },
  { text: 'Egypt’s $2 billion purchase of Russian Su-35 jets drew a warning from Washington.', sales: [{ supplier: 'RU', recipient: 'EG', valueUsd: '2000000000' }] },
  { text: 'India imported S-400 systems from Russia for $5.4 billion.', sales: [{ supplier: 'RU', recipient: 'IN', valueUsd: '5400000000' }] },
  { text: 'Vietnam paid Russia $1.8 billion for six Kilo-class submarines.', sales: [{ supplier: 'RU', recipient: 'VN', valueUsd: '1800000000' }] },
  { text: 'Italy’s Leonardo agreed to deliver 24 M-346 jet trainers to Nigeria for $500 million.', sales: [{ supplier: 'IT', recipient: 'NG', valueUsd: '500000000' }] },
  { text: 'Israel signed a $1.1 billion deal to supply air defence systems to Azerbaijan.', sales: [{ supplier: 'IL', recipient: 'AZ', valueUsd: '1100000000' }] },
  { text: 'South Korea’s Hanwha will deliver 212 K9 howitzers to Poland under a $2.4 billion contract.', sales: [{ supplier: 'KR', recipient: 'PL', valueUsd: '2400000000' }] },
  { text: 'Under a $1.2 billion agreement signed in 2019, China supplied Bangladesh with two submarines.', sales: [{ supplier: 'CN', recipient: 'BD', valueUsd: '1200000000' }] },
  // other currencies, the original amount kept
  { text: 'Serbia will buy 12 Rafale fighter jets from France for 2.7 billion euros.', sales: [{ supplier: 'FR', recipient: 'RS', currency: 'EUR', valueOriginal: '2700000000' }] },
  { text: 'Poland signed a contract worth 13.7 trillion won with South Korea for K2 tanks.', sales: [{ supplier: 'KR', recipient: 'PL', currency: 'KRW', valueOriginal: '13700000000000' }] },
  // issue 10, later round: two states signing together with no maker or weapon of known origin written: the one with
  // an arms industry on record sells, whichever is named first
  { text: 'Pakistan and China signed a $5 billion agreement for eight submarines.', sales: [{ supplier: 'CN', recipient: 'PK', valueUsd: '5000000000' }] },
  { text: 'China and Pakistan signed a $5 billion agreement for eight submarines.', sales: [{ supplier: 'CN', recipient: 'PK', valueUsd: '5000000000' }] },
  // a state approving its own purchase buys
  { text: 'The Czech Republic has approved a $6 billion purchase of 24 F-35 jets from the United States.', sales: [{ supplier: 'US', recipient: 'CZ', valueUsd: '6000000000' }] },
  // session 45: its approval of a deal, agreement or plan for the purchase, the amount with a decimal point
  { text: 'The Dutch government has approved a €2.45 billion agreement for the acquisition of 12 jet trainers from Italy.', sales: [{ supplier: 'IT', recipient: 'NL', currency: 'EUR', valueOriginal: '2450000000', status: 'APPROVED' }] },
  { text: 'Norway has approved a $1.35 billion plan to buy six submarines from Germany.', sales: [{ supplier: 'DE', recipient: 'NO', valueUsd: '1350000000', status: 'APPROVED' }] },
  // session 46: more patterns past a decimal point — a state's possessive sale "of … to", a deal signed in the passive, a sale cancelled
  { text: "Denmark's sale of 24 F-16 jets, worth $1.5 billion, to Argentina was confirmed on Monday.", sales: [{ supplier: 'DK', recipient: 'AR', valueUsd: '1500000000' }] },
  { text: 'A contract for 18 Rafale jets worth €2.7 billion was signed between France and Serbia.', sales: [{ supplier: 'FR', recipient: 'RS', currency: 'EUR', valueOriginal: '2700000000', status: 'CONTRACTED' }] },
  { text: 'Germany cancelled a planned €1.2 billion sale of 40 tanks to Saudi Arabia.', sales: [{ supplier: 'DE', recipient: 'SA', currency: 'EUR', valueOriginal: '1200000000', status: 'CANCELLED' }] },
  // two states signing an export deal together: the second is no exporter of its own (the weapon's origin says who sells)
  { text: 'Britain and Norway have signed a £1.5 billion export agreement to roll out a British air defence system across the Nordic nation.', sales: [{ supplier: 'GB', recipient: 'NO', currency: 'GBP', valueOriginal: '1500000000' }] },
  // non-US suppliers with dollar values, and the verbs of the issue: agree to sell, order, deliver, approve
  { text: 'South Korea agreed to sell 48 K9 howitzers to Egypt in a deal worth $1.7 billion, officials said.', sales: [{ supplier: 'KR', recipient: 'EG', valueUsd: '1700000000' }] },
  { text: 'Brazil ordered 36 Gripen fighters from Sweden’s Saab in a contract valued at $4.5 billion.', sales: [{ supplier: 'SE', recipient: 'BR', valueUsd: '4500000000' }] },
  { text: 'Turkey will deliver 20 Bayraktar drones to Ukraine under a $240 million agreement, the ministry said.', sales: [{ supplier: 'TR', recipient: 'UA', valueUsd: '240000000' }] },
  { text: 'Beijing sold Islamabad 36 J-10C jets for $1.5 billion.', sales: [{ supplier: 'CN', recipient: 'PK', valueUsd: '1500000000' }] },
  { text: 'Kuwait signed a $370 million contract with Turkish defence firm Baykar.', sales: [{ supplier: 'TR', recipient: 'KW', valueUsd: '370000000' }] },
  // other currencies kept as written
  { text: 'Poland signed a 5.8 trillion won contract with Hanwha Aerospace for 672 K9 howitzers.', sales: [{ supplier: 'KR', recipient: 'PL', currency: 'KRW', valueOriginal: '5800000000000' }] },
  { text: 'India signed a contract worth 26,000 crore rupees with Dassault for 26 Rafale Marine jets.', sales: [{ supplier: 'FR', recipient: 'IN', currency: 'INR', valueOriginal: '260000000000' }] },
  // an order placed or a purchase made is a contract; company-to-state and state-to-state deals in other currencies keep them
  { text: 'Romania ordered 54 Abrams tanks from the United States for $2.53 billion.', sales: [{ supplier: 'US', recipient: 'RO', valueUsd: '2530000000', status: 'CONTRACTED' }] },
  { text: 'Croatia bought 12 Rafale jets from France for 999 million euros.', sales: [{ supplier: 'FR', recipient: 'HR', currency: 'EUR', valueOriginal: '999000000', status: 'CONTRACTED' }] },
  { text: 'Estonia purchased six HIMARS launchers from the United States for 200 million dollars.', sales: [{ supplier: 'US', recipient: 'EE', valueUsd: '200000000', status: 'CONTRACTED' }] },
  { text: 'Colombia will buy 17 Gripen fighters from Sweden.', sales: [{ supplier: 'SE', recipient: 'CO', status: 'PROPOSED' }] },
  { text: 'Thailand signed a 5.2 billion kronor contract with Saab for four Gripen jets.', sales: [{ supplier: 'SE', recipient: 'TH', currency: 'SEK', valueOriginal: '5200000000', status: 'CONTRACTED' }] },
  { text: 'Slovakia bought 152 CV90 fighting vehicles from Sweden for 1.3 billion euros.', sales: [{ supplier: 'SE', recipient: 'SK', currency: 'EUR', valueOriginal: '1300000000', status: 'CONTRACTED' }] },
  { text: 'The Philippine Navy bought two corvettes from South Korea for 28 billion Philippine pesos.', sales: [{ supplier: 'KR', recipient: 'PH', currency: 'PHP', valueOriginal: '28000000000', status: 'CONTRACTED' }] },
  { text: 'Slovakia ordered 14 F-16 jets from the United States for 60 billion koruna.', sales: [{ supplier: 'US', recipient: 'SK', currency: 'CZK', valueOriginal: '60000000000', status: 'CONTRACTED' }] },
  { text: 'Egypt signed a contract with Germany for two MEKO frigates worth 1.9 billion euros.', sales: [{ supplier: 'DE', recipient: 'EG', currency: 'EUR', valueOriginal: '1900000000', status: 'CONTRACTED' }] },
  { text: 'Naval Group won a contract worth 2 billion euros from Greece for three frigates.', sales: [{ supplier: 'FR', recipient: 'GR', currency: 'EUR', valueOriginal: '2000000000', status: 'CONTRACTED' }] },
  { text: 'Norway and Britain signed a £9 billion deal for eight Eurofighter jets.', sales: [{ supplier: 'GB', recipient: 'NO', currency: 'GBP', valueOriginal: '9000000000', status: 'CONTRACTED' }] },
  { text: 'Egypt and India signed a 3,000 crore rupee agreement for Akash air defence missiles.', sales: [{ supplier: 'IN', recipient: 'EG', currency: 'INR', valueOriginal: '30000000000', status: 'CONTRACTED' }] },
  { text: 'Indonesia ordered 13 air defence radars from France for 600 million euros.', sales: [{ supplier: 'FR', recipient: 'ID', currency: 'EUR', valueOriginal: '600000000', status: 'CONTRACTED' }] },
  // a contract for weapons of a named origin; supplying a buyer "with" weapons; a contract signed "between" two states
  { text: 'Bolivia signed a contract for Chinese armoured vehicles in March.', sales: [{ supplier: 'CN', recipient: 'BO', status: 'CONTRACTED' }] },
  { text: 'Sweden has agreed to supply Colombia with 17 Gripen fighters worth 34 billion kronor.', sales: [{ supplier: 'SE', recipient: 'CO', currency: 'SEK', valueOriginal: '34000000000' }] },
  { text: 'A contract for 42 Rafale jets was signed between France and Indonesia on Thursday.', sales: [{ supplier: 'FR', recipient: 'ID', status: 'CONTRACTED' }] },
  // session 12: sales without a value — numbers in words, "signed for", a counted order of a weapon one country makes,
  // a maker's subsidiary named with its country, a maker chosen to build
  { text: 'Germany agreed to supply Ukraine with four IRIS-T air defence systems.', sales: [{ supplier: 'DE', recipient: 'UA' }] },
  { text: 'Estonia has ordered six HIMARS launchers.', sales: [{ supplier: 'US', recipient: 'EE', status: 'CONTRACTED' }] },
  { text: 'Poland signed for 96 Apache helicopters.', sales: [{ supplier: 'US', recipient: 'PL', status: 'CONTRACTED' }] },
  { text: 'Poland will buy more than 1,000 CAMM missiles from MBDA UK in a deal worth £4 billion.', source: UK, sales: [{ supplier: 'GB', recipient: 'PL', currency: 'GBP', valueOriginal: '4000000000' }] },
  { text: 'Australia has selected Japan’s Mitsubishi Heavy Industries to build 11 general purpose frigates.', source: AU, sales: [{ supplier: 'JP', recipient: 'AU' }] },
  // which amount is the sale's: a type written inside a longer one names no second maker ("Black Hawk", not the "Hawk"),
  // a converted figure after a hedge ("(about $8 billion)")
  { text: 'Poland will buy 12 Black Hawk helicopters for $2.3 billion.', sales: [{ supplier: 'US', recipient: 'PL', valueUsd: '2300000000' }] },
  { text: 'Japan will pay 1.2 trillion yen (about $8 billion) for 105 F-35 jets from the United States.', sales: [{ supplier: 'US', recipient: 'JP', valueUsd: '8000000000', currency: 'JPY', valueOriginal: '1200000000000' }] },
  // release headlines and their first lines: two states joined by a hyphen or signing in the present tense (the deal's own
  // money tells the seller), an export called so in the home government's release, the partner "between" a seller and it
  { text: 'Record £10 billion UK-Norway warship deal set to boost British shipbuilding', source: UK, sales: [{ supplier: 'GB', recipient: 'NO', currency: 'GBP', valueOriginal: '10000000000' }] },
  { text: 'UK and Ukraine sign £1.6 billion air defence missile deal', source: UK, sales: [{ supplier: 'GB', recipient: 'UA', currency: 'GBP', valueOriginal: '1600000000' }] },
  { text: 'Landmark £5.4 billion Typhoon export deal with Türkiye secured', source: UK, sales: [{ supplier: 'GB', recipient: 'TR', currency: 'GBP', valueOriginal: '5400000000' }] },
  { text: 'The export win, worth £8 billion, will see 20 Typhoon jets sold to Türkiye.', source: UK, sales: [{ supplier: 'GB', recipient: 'TR', currency: 'GBP', valueOriginal: '8000000000' }] },
  { text: 'The Boxer vehicles, built in Queensland, will be exported to Germany under a $5 billion contract.', source: AU, sales: [{ supplier: 'AU', recipient: 'DE', currency: 'AUD', valueOriginal: '5000000000' }] },
  { text: 'The £1.6 billion deal between UK firm Thales and Ukraine will see more than 5,000 missiles delivered.', source: UK, sales: [{ supplier: 'GB', recipient: 'UA', currency: 'GBP', valueOriginal: '1600000000' }] },
  // a demonym before the weapons after "a deal for" is their maker's, no buyer
  { text: 'A £1 billion deal for British Challenger 3 tanks has been agreed with Poland.', sales: [{ supplier: 'GB', recipient: 'PL', currency: 'GBP', valueOriginal: '1000000000' }] },  // session 14, a phrasing suite over any supplier: the verb classes (agree to sell, sign a deal to buy, order, contract,
  // approve, notify, deliver), government-to-government notices and company-to-state deals, values written "worth",
  // "valued at", "up to", "an estimated", with "bn"/"mn", in other currencies, in the sentence after the deal, or not at all,
  // and several sales in one text whose values stay with their own pairs
  { text: 'France has agreed to sell 26 Rafale Marine jets to India for 6.6 billion euros.', sales: [{ supplier: 'FR', recipient: 'IN', currency: 'EUR', valueOriginal: '6600000000' }] },
  { text: 'The Department of State has made a determination approving a possible Foreign Military Sale to the Government of Kenya of twelve AH-1Z helicopters for an estimated cost of $850 million.', sales: [{ supplier: 'US', recipient: 'KE', valueUsd: '850000000', status: 'APPROVED' }] },
  { text: 'The Defense Security Cooperation Agency delivered the required certification notifying Congress of this possible sale to Bahrain. The estimated total cost is $2.2 billion.', sales: [{ supplier: 'US', recipient: 'BH', valueUsd: '2200000000', status: 'NOTIFIED' }] },
  { text: 'Norway ordered 54 Leopard 2A8 tanks from Germany. The deal is worth about 19 billion Norwegian crowns.', sales: [{ supplier: 'DE', recipient: 'NO', currency: 'NOK', valueOriginal: '19000000000', status: 'CONTRACTED' }] },
  { text: 'Lithuania will buy 44 Leopard 2 tanks from Germany in a deal worth up to €950 million.', sales: [{ supplier: 'DE', recipient: 'LT', currency: 'EUR', valueOriginal: '950000000' }] },
  { text: 'Bahrain signed a deal with the United States for 50 Abrams tanks valued at an estimated $2.2 billion.', sales: [{ supplier: 'US', recipient: 'BH', valueUsd: '2200000000', status: 'CONTRACTED' }] },
  { text: 'Qatar signed a $6.7bn deal with Britain for 24 Typhoon jets.', sales: [{ supplier: 'GB', recipient: 'QA', valueUsd: '6700000000' }] },
  { text: 'Ghana signed a $45mn contract with Turkey’s Otokar for armoured vehicles.', sales: [{ supplier: 'TR', recipient: 'GH', valueUsd: '45000000' }] },
  { text: 'Romania will buy 54 K9 howitzers from South Korea for 1.3 trillion won.', sales: [{ supplier: 'KR', recipient: 'RO', currency: 'KRW', valueOriginal: '1300000000000' }] },
  { text: 'Armenia ordered Pinaka rocket launchers from India worth Rs 2,000 crore.', sales: [{ supplier: 'IN', recipient: 'AM', currency: 'INR', valueOriginal: '20000000000' }] },
  { text: 'Embraer signed a contract with Portugal for five KC-390 aircraft worth €827 million.', sales: [{ supplier: 'BR', recipient: 'PT', currency: 'EUR', valueOriginal: '827000000' }] },
  { text: 'The Philippines signed a deal with India to buy BrahMos cruise missiles.', sales: [{ supplier: 'IN', recipient: 'PH', status: 'CONTRACTED' }] },
  { text: 'Egypt took delivery of the first of 30 Rafale jets from France on Monday.', sales: [{ supplier: 'FR', recipient: 'EG', status: 'DELIVERED' }] },
  { text: 'Greece signed a contract with France for three FDI frigates. The contract, valued at €3 billion, includes training and spare parts.', sales: [{ supplier: 'FR', recipient: 'GR', currency: 'EUR', valueOriginal: '3000000000', status: 'CONTRACTED' }] },
  {
    text: 'Saudi Arabia signed a $1.5 billion contract with France for helicopters, while Qatar signed a $2 billion deal with Italy for corvettes.',
    sales: [{ supplier: 'FR', recipient: 'SA', valueUsd: '1500000000' }, { supplier: 'IT', recipient: 'QA', valueUsd: '2000000000' }],
  },
  {
    text: 'The United States approved the sale of Patriot missiles to Kuwait for $3 billion. It also approved the sale of Javelin missiles to Oman for $120 million.',
    sales: [{ supplier: 'US', recipient: 'KW', valueUsd: '3000000000' }, { supplier: 'US', recipient: 'OM', valueUsd: '120000000' }],
  },
  { text: 'Under the agreement, Italy will supply Qatar with four corvettes. The package is valued at US$4 billion.', sales: [{ supplier: 'IT', recipient: 'QA', valueUsd: '4000000000' }] },
  { text: 'The British government approved the export of 48 Hawk trainers to Saudi Arabia, valued at £1 billion.', source: UK, sales: [{ supplier: 'GB', recipient: 'SA', currency: 'GBP', valueOriginal: '1000000000', status: 'APPROVED' }] },
  { text: 'Indonesia has signed a contract to buy 42 Rafale jets from France for $8.1 billion.', sales: [{ supplier: 'FR', recipient: 'ID', valueUsd: '8100000000', status: 'CONTRACTED' }] },
  { text: 'Switzerland signed a contract to buy 36 F-35A jets from the United States for 6 billion Swiss francs.', sales: [{ supplier: 'US', recipient: 'CH', currency: 'CHF', valueOriginal: '6000000000', status: 'CONTRACTED' }] },  // symbols with "bn"/"m" and codes before the number; "approximately", "more than", "could be worth up to"
  { text: 'Finland will buy David’s Sling air defence systems from Israel for €317m.', sales: [{ supplier: 'IL', recipient: 'FI', currency: 'EUR', valueOriginal: '317000000' }] },
  { text: 'Estonia signed a USD 200 million contract with the United States for six HIMARS launchers.', sales: [{ supplier: 'US', recipient: 'EE', valueUsd: '200000000', status: 'CONTRACTED' }] },
  { text: 'The deal, which could be worth up to £5bn, will see Saudi Arabia buy 48 Typhoon jets from Britain.', sales: [{ supplier: 'GB', recipient: 'SA', currency: 'GBP', valueOriginal: '5000000000' }] },
  { text: 'Greece will acquire 24 Rafale jets from France at a cost of approximately €2.5 billion.', sales: [{ supplier: 'FR', recipient: 'GR', currency: 'EUR', valueOriginal: '2500000000' }] },
  // the value written first, the parties after
  { text: 'A $2.6 billion deal for 31 MQ-9B drones was signed by India with the United States on Tuesday.', sales: [{ supplier: 'US', recipient: 'IN', valueUsd: '2600000000', status: 'CONTRACTED' }] },
  { text: 'Worth $1.7 billion, the contract will see South Korea deliver 24 FA-50 jets to Malaysia.', sales: [{ supplier: 'KR', recipient: 'MY', valueUsd: '1700000000' }] },
  // two sales of one seller in two sentences, each with its value, and a value in the sentence after each
  {
    text: 'Germany agreed to sell 18 Leopard tanks to Czechia for €500 million. A second deal will see Germany sell IRIS-T systems to Slovenia for €150 million.',
    sales: [{ supplier: 'DE', recipient: 'CZ', currency: 'EUR', valueOriginal: '500000000' }, { supplier: 'DE', recipient: 'SI', currency: 'EUR', valueOriginal: '150000000' }],
  },
  {
    text: 'Poland signed a contract with South Korea for 180 K2 tanks. The deal is worth $3.4 billion. Separately, Poland ordered 96 Apache helicopters from the United States. That order is valued at $10 billion.',
    sales: [{ supplier: 'KR', recipient: 'PL', valueUsd: '3400000000' }, { supplier: 'US', recipient: 'PL', valueUsd: '10000000000' }],
  },
  // a sale with no value written anywhere
  { text: 'Vietnam has signed a contract with India for BrahMos missiles, officials said on Monday.', sales: [{ supplier: 'IN', recipient: 'VN', status: 'CONTRACTED' }] },
  { text: 'Serbia took delivery of Chinese FK-3 air defence systems last week.', sales: [{ supplier: 'CN', recipient: 'RS', status: 'DELIVERED' }] },  // a second deal of the same parties in the next sentence, its value its own
  {
    text: 'The contract, signed in Seoul, provides for 48 FA-50 jets for Poland and is worth $3 billion. A second contract covers 180 K2 tanks for $3.37 billion.',
    sales: [{ supplier: 'KR', recipient: 'PL', valueUsd: '3000000000' }, { supplier: 'KR', recipient: 'PL', valueUsd: '3370000000' }],
  },
  // session 15: who sells in a deal one state signs "with" another is told by the supply verb that follows, whatever the order
  // ("under which it will supply", "that will see British firms supply", "agreed a deal … to provide"); a relative clause's verb is the partner's
  { text: 'Britain signed a £650 million agreement with Ukraine on Thursday under which it will supply air defence systems.', sales: [{ supplier: 'GB', recipient: 'UA', currency: 'GBP', valueOriginal: '650000000' }] },
  { text: 'The UK has signed a £650 million deal with Ukraine that will see British firms supply thousands of missiles.', sales: [{ supplier: 'GB', recipient: 'UA', currency: 'GBP', valueOriginal: '650000000' }] },
  { text: 'Japan agreed a deal with the Philippines to provide five coastal radars worth $100 million.', sales: [{ supplier: 'JP', recipient: 'PH', valueUsd: '100000000' }] },
  { text: 'Poland agreed a deal with South Korea, which will supply 180 K2 tanks worth $5.8 billion.', sales: [{ supplier: 'KR', recipient: 'PL', valueUsd: '5800000000' }] },
  // the passive: sold, delivered or ordered "by" a state, a buyer "sold" something
  { text: 'Two frigates will be sold to Egypt by Italy for €1.2 billion.', sales: [{ supplier: 'IT', recipient: 'EG', currency: 'EUR', valueOriginal: '1200000000' }] },
  { text: 'Egypt will be sold two frigates by Italy for €1.2 billion.', sales: [{ supplier: 'IT', recipient: 'EG', currency: 'EUR', valueOriginal: '1200000000' }] },
  { text: 'Two frigates worth €1.2 billion will be delivered to Egypt by Italy.', sales: [{ supplier: 'IT', recipient: 'EG', currency: 'EUR', valueOriginal: '1200000000', status: 'PROPOSED' }] },
  { text: 'Twelve Rafale jets were ordered from France by Croatia for €999 million.', sales: [{ supplier: 'FR', recipient: 'HR', currency: 'EUR', valueOriginal: '999000000', status: 'CONTRACTED' }] },
  // the progressive ("is buying"), a maker after "from" for its home state, a service after its state's adjective
  { text: 'Morocco is buying 24 Apache helicopters from Boeing for $4.25 billion.', sales: [{ supplier: 'US', recipient: 'MA', valueUsd: '4250000000' }] },
  { text: 'Elbit Systems will supply the Philippine Army with light tanks under a $300 million contract.', sales: [{ supplier: 'IL', recipient: 'PH', valueUsd: '300000000' }] },
  { text: 'The Indian Navy will receive 26 Rafale M jets from France under a €6.6 billion deal.', sales: [{ supplier: 'FR', recipient: 'IN', currency: 'EUR', valueOriginal: '6600000000' }] },
  // an agreement "between" two states "for" one of them to buy: the other sells
  { text: 'An agreement between Russia and India for India to acquire four frigates worth $2.5 billion was signed in New Delhi.', sales: [{ supplier: 'RU', recipient: 'IN', valueUsd: '2500000000' }] },
  // a deal concluded is a contract
  { text: 'Serbia concluded a deal with France for 12 Rafale jets worth €2.7 billion.', sales: [{ supplier: 'FR', recipient: 'RS', currency: 'EUR', valueOriginal: '2700000000', status: 'CONTRACTED' }] },
  // ranges: the upper figure, as "up to" gives it
  { text: 'Vietnam has agreed to buy 12 Yak-130 trainer jets from Russia in a deal estimated at between $1 billion and $1.5 billion.', sales: [{ supplier: 'RU', recipient: 'VN', valueUsd: '1500000000' }] },
  { text: 'Egypt is in talks to buy 40 J-10C fighters from China in a deal worth $2–3 billion.', sales: [{ supplier: 'CN', recipient: 'EG', valueUsd: '3000000000' }] },
  { text: 'The deal is worth $10-12 billion and covers 48 Patriot launchers for Poland from the United States.', sales: [{ supplier: 'US', recipient: 'PL', valueUsd: '12000000000' }] },
  { text: 'Washington approved the sale of up to $1.2 billion in air-to-air missiles to Norway.', sales: [{ supplier: 'US', recipient: 'NO', valueUsd: '1200000000' }] },
  // who sells in a deal two states sign together, told by the sentence's own words or the next sentence's, in any order:
  // "help Kyiv buy", "British-made", "The agreement will provide Kyiv with …", "Under the deal, British industry will supply …",
  // "Ukraine will receive …"; a deal with no weapon named whose next sentence names them
  { text: 'The UK has signed a £650 million deal with Ukraine to help Kyiv buy air defence missiles.', sales: [{ supplier: 'GB', recipient: 'UA', currency: 'GBP', valueOriginal: '650000000' }] },
  { text: 'The UK has signed a £650 million deal with Ukraine for British-made air defence missiles.', sales: [{ supplier: 'GB', recipient: 'UA', currency: 'GBP', valueOriginal: '650000000' }] },
  { text: 'The UK has signed a £650 million deal with Ukraine. The agreement will provide Kyiv with air defence missiles.', sales: [{ supplier: 'GB', recipient: 'UA', currency: 'GBP', valueOriginal: '650000000' }] },
  { text: 'The UK has signed a £650 million deal with Ukraine for air defence systems. Under the deal, British industry will supply more than 100,000 drones.', sales: [{ supplier: 'GB', recipient: 'UA', currency: 'GBP', valueOriginal: '650000000' }] },
  { text: 'The UK has signed a £650 million deal with Ukraine for air defence systems. Ukraine will receive the first systems next year.', sales: [{ supplier: 'GB', recipient: 'UA', currency: 'GBP', valueOriginal: '650000000' }] },
  { text: 'Poland has signed a $5 billion deal with South Korea for tanks. South Korea will deliver the first 20 tanks this year.', sales: [{ supplier: 'KR', recipient: 'PL', valueUsd: '5000000000' }] },
  // an offer to a buyer, in the present perfect
  { text: 'The United States has offered Romania 54 Abrams tanks for $2.5 billion.', sales: [{ supplier: 'US', recipient: 'RO', valueUsd: '2500000000' }] },
  { text: 'The Greek navy has taken delivery of the first of three FDI frigates ordered from France for €3 billion.', sales: [{ supplier: 'FR', recipient: 'GR', currency: 'EUR', valueOriginal: '3000000000' }] },
  // two states signing together, nothing written saying who sells: the one of them among the ten leading exporters (SIPRI
  // 2019-2023) sells; both or neither on the list leaves the reading as before (the one signing "with" a partner buys)
  { text: 'The UK has signed a £650 million deal with Ukraine for air defence missiles.', sales: [{ supplier: 'GB', recipient: 'UA', currency: 'GBP', valueOriginal: '650000000' }] },
  { text: 'India and Russia signed a $3 billion agreement for fighter jets.', sales: [{ supplier: 'RU', recipient: 'IN', valueUsd: '3000000000' }] },
  { text: 'Germany signed a €4 billion contract with Israel for a missile defence system.', sales: [{ supplier: 'IL', recipient: 'DE', currency: 'EUR', valueOriginal: '4000000000' }] },
  // a ministry that "said it would purchase"; a Turkish trainer named among the weapons of one country
  { text: 'The Czech defence ministry said it would purchase 24 F-35 jets from the United States for $6.5 billion.', sales: [{ supplier: 'US', recipient: 'CZ', valueUsd: '6500000000' }] },
  { text: 'Spain and Turkey agreed a €3.1 billion deal for 45 Hürjet trainer jets.', sales: [{ supplier: 'TR', recipient: 'ES', currency: 'EUR', valueOriginal: '3100000000' }] },
  // a range of a purchase from a capital standing for its state
  { text: 'Algeria has bought 14 Su-57 fighters from Moscow in a deal estimated at $2 billion to $3 billion.', sales: [{ supplier: 'RU', recipient: 'DZ', valueUsd: '3000000000' }] },
  // session 16: a state passing on weapons another state made sells them; the maker's country is only the fallback
  { text: 'Under the $300 million deal, Copenhagen will transfer 24 used F-16 jets to Buenos Aires.', sales: [{ supplier: 'DK', recipient: 'AR', valueUsd: '300000000' }] },
  { text: 'Denmark’s $300 million sale of 24 used F-16s to Argentina was approved by Washington.', sales: [{ supplier: 'DK', recipient: 'AR', valueUsd: '300000000' }] },
  { text: 'Norway will transfer its NASAMS air defence systems to Ukraine under a $200 million contract.', sales: [{ supplier: 'NO', recipient: 'UA', valueUsd: '200000000' }] },
  { text: 'Argentina agreed on Tuesday to pay Denmark $300 million for 24 F-16 jets.', sales: [{ supplier: 'DK', recipient: 'AR', valueUsd: '300000000' }] },
  // a weapon type in the plural still names its maker's country when no seller is written
  { text: 'The $1.2 billion sale of 12 used F-16s to Slovakia was approved on Monday.', sales: [{ supplier: 'US', recipient: 'SK', valueUsd: '1200000000' }] },
  // guidance kits for bombs are weapons, and the type names its maker's country
  { text: 'The $735 million sale includes JDAM guidance kits for Israel.', sales: [{ supplier: 'US', recipient: 'IL', valueUsd: '735000000' }] },
  // a maker's order or contract from a buyer, priced in won or awarded in the passive; a state's materiel agency buying
  { text: 'Hanwha Aerospace won a ₩1.8 trillion order from Estonia for 36 K9 howitzers.', sales: [{ supplier: 'KR', recipient: 'EE', currency: 'KRW', valueOriginal: '1800000000000' }] },
  { text: 'Naval Group was awarded a €2 billion contract by Belgium for four minehunters and two submarines.', sales: [{ supplier: 'FR', recipient: 'BE', currency: 'EUR', valueOriginal: '2000000000' }] },
  { text: 'The Danish Defence Materiel Agency signed a DKK 4 billion contract for 20 Leopard 2 tanks.', sales: [{ supplier: 'DE', recipient: 'DK', currency: 'DKK', valueOriginal: '4000000000' }] },
  // a price per piece is no sale's value, nor multiplied out by the quantity
  { text: 'Poland will buy 32 F-35 jets from the United States at $80 million each.', sales: [{ supplier: 'US', recipient: 'PL', valueUsd: null }] },
  { text: 'Chile ordered 10 Leopard 2 tanks from Germany, each costing $9 million, for a total of $95 million.', sales: [{ supplier: 'DE', recipient: 'CL', valueUsd: '95000000' }] },
  // session 17: the deal just named, its value told in the next sentence
  { text: 'Romania signed a contract to buy 54 Abrams tanks from the United States. The deal is worth a combined $2.5 billion.', sales: [{ supplier: 'US', recipient: 'RO', valueUsd: '2500000000' }] },
  { text: 'The UK has signed a contract to supply Estonia with air defence missiles. The contract, worth about £300 million, covers launchers too.', source: UK, sales: [{ supplier: 'GB', recipient: 'EE', currency: 'GBP', valueOriginal: '300000000' }] },
  // a second sale the same agency approves in the next sentence, with its own value
  { text: 'The State Department approved a possible sale of radar spare parts to Morocco for an estimated $120 million. The department also approved another possible foreign military sale of training rounds, at an estimated cost of USD 45 million.', sales: [{ supplier: 'US', recipient: 'MA', valueUsd: '120000000' }, { supplier: 'US', recipient: 'MA', valueUsd: '45000000' }] },
  // session 44: the deal just named told again with its price before the noun, its maker named again with a price, or its cost
  // estimated as a range (the upper figure)
  { text: 'Chile signed a contract with Germany for ten Leopard tanks. The ministry confirmed the purchase. The €150 million contract was signed in Santiago.', sales: [{ supplier: 'DE', recipient: 'CL', currency: 'EUR', valueOriginal: '150000000' }] },
  { text: 'Hanwha Aerospace has signed a contract with Estonia to supply howitzers. Hanwha Aerospace will hand over twelve guns for about $90 million, the ministry said.', sales: [{ supplier: 'KR', recipient: 'EE', valueUsd: '90000000' }] },
  { text: 'Saab has won a contract to build patrol boats for Kenya. The cost is expected to be between $200 million and $300 million.', sales: [{ supplier: 'SE', recipient: 'KE', valueUsd: '300000000' }] },
  // session 48: the deal told again with its price, a demonym later in the sentence saying only where other goods came from
  { text: 'Peru will buy two corvettes from Spain. The $400 million deal, along with the earlier purchase of three used Italian patrol boats, doubles the fleet.', sales: [{ supplier: 'ES', recipient: 'PE', valueUsd: '400000000' }] },
  // (not a price per piece the maker names again)
  { text: 'Hanwha Aerospace has signed a contract with Estonia to supply 12 howitzers. Hanwha Aerospace will hand over the guns for $8 million each.', sales: [{ supplier: 'KR', recipient: 'EE', valueUsd: null }] },
  // session 30: the noun of buying, its buyer after "by"
  { text: 'The agreement includes the acquisition by Belgium of nine CAESAR howitzers from France for €62 million.', sales: [{ supplier: 'FR', recipient: 'BE', currency: 'EUR', valueOriginal: '62000000' }] },
  // session 30: a deal between a foreign maker and a state, the state buying; its value told first in the next sentence ("Valued at …,
  // it"), one sentence of the deal between them, kept apart from an earlier deal of the same parties with a value of its own
  {
    text: 'A new export contract for K9 howitzers between Hanwha Aerospace and Norway is expected this month. Officials said on Monday that the deal is nearly done. Valued at about 2 trillion won, it would be the largest for the firm. In 2021 Norway signed an agreement with South Korea to acquire howitzers worth 1 trillion won.',
    sales: [{ supplier: 'KR', recipient: 'NO', currency: 'KRW', valueOriginal: '2000000000000' }, { supplier: 'KR', recipient: 'NO', currency: 'KRW', valueOriginal: '1000000000000' }],
  },
  // a mission's host country is no party: the mission buys for the state it stands for
  { text: 'The Taipei Economic and Cultural Representative Office in the United States has requested to buy Foreign Military Sales radios. The estimated total cost is $60 million, the Defense Security Cooperation Agency said.', sales: [{ supplier: 'US', recipient: 'TW', valueUsd: '60000000' }] },
  // a firm the reference list lacks, named after its country, sells
  { text: 'State-owned Kenyan Ordnance Factories Limited has signed a contract worth $40 million for the supply of artillery shells to Uganda.', sales: [{ supplier: 'KE', recipient: 'UG', valueUsd: '40000000' }] },
  // the day the deal just named was signed, told in the next sentence
  { text: 'Poland has signed a contract worth $1.1 billion with South Korea to buy K9 howitzers. The contract was signed on 14 May in Warsaw.', sales: [{ supplier: 'KR', recipient: 'PL', valueUsd: '1100000000', status: 'CONTRACTED' }] },
  // the seller named in the sentence before, about its side of the deal
  { text: 'Italy’s cabinet approved the export of naval vessels on Wednesday. Indonesia signed a 600 million euro contract for two frigates, the ministry said.', sales: [{ supplier: 'IT', recipient: 'ID', currency: 'EUR', valueOriginal: '600000000' }] },
  // "U.S" without its last full stop is the United States
  { text: 'The U.S Army has awarded Saab a contract worth $300 million for 100 Carl-Gustaf launchers.', sales: [{ supplier: 'SE', recipient: 'US', valueUsd: '300000000' }] },
  // a maker awarded a contract a state's service later calls off: that state awarded it, and buys
  { text: 'Saab was awarded a $300 million contract for 12 patrol boats in May, but the Thai Navy called off the deal a month later.', sales: [{ supplier: 'SE', recipient: 'TH', valueUsd: '300000000' }] },
  // a headline's "$…Mln" is the body's amount
  { text: 'US OKs Possible $60Mln Sale of Missiles to Taiwan\nThe State Department has approved a possible sale of missiles to Taiwan estimated at $60 million.', sales: [{ supplier: 'US', recipient: 'TW', valueUsd: '60000000' }] },
  // session 33: a deal still to come told with any auxiliary, firm or hedged ("could sell", "may buy", "is expected to supply")
  { text: 'Spain could sell three patrol vessels to Ghana for $240 million.', sales: [{ supplier: 'ES', recipient: 'GH', valueUsd: '240000000' }] },
  { text: 'Chile may buy ten Leopard tanks from Germany for $150 million, officials said.', sales: [{ supplier: 'DE', recipient: 'CL', valueUsd: '150000000' }] },
  { text: 'Italy might deliver eight trainer jets to Nigeria under a $400 million contract.', sales: [{ supplier: 'IT', recipient: 'NG', valueUsd: '400000000' }] },
  { text: 'Turkey is expected to supply 20 drones to Pakistan in a deal worth $300 million.', sales: [{ supplier: 'TR', recipient: 'PK', valueUsd: '300000000' }] },
  { text: 'The Peruvian Navy could acquire two submarines from South Korea for $1.1 billion.', sales: [{ supplier: 'KR', recipient: 'PE', valueUsd: '1100000000' }] },
  // the buyer "gets", "will receive", "expects to receive", "has contracted": a sale when priced
  { text: 'Jordan gets 12 F-16 jets from the United States in a $1.4 billion deal.', sales: [{ supplier: 'US', recipient: 'JO', valueUsd: '1400000000' }] },
  { text: 'The Kenyan Army will receive 30 armoured vehicles from Turkey for $90 million.', sales: [{ supplier: 'TR', recipient: 'KE', valueUsd: '90000000' }] },
  { text: 'Oman expects to receive four corvettes from Britain under a $900 million contract.', sales: [{ supplier: 'GB', recipient: 'OM', valueUsd: '900000000' }] },
  { text: 'Ukraine has contracted Sweden for 16 Gripen jets under a deal worth 20 billion kronor.', sales: [{ supplier: 'SE', recipient: 'UA', currency: 'SEK', valueOriginal: '20000000000' }] },
  // a value told in words as a fraction, and in the buyer's home press's money
  { text: 'Estonia ordered 12 howitzers from South Korea for some half a billion dollars.', sales: [{ supplier: 'KR', recipient: 'EE', valueUsd: '500000000' }] },
  { text: 'Bangladesh signed a contract worth Tk 2,000 crore with China for two frigates.', sales: [{ supplier: 'CN', recipient: 'BD', currency: 'BDT', valueOriginal: '20000000000' }] },
  { text: 'Saudi Arabia will buy five corvettes from Spain for 7.5 billion Saudi riyals.', sales: [{ supplier: 'ES', recipient: 'SA', currency: 'SAR', valueOriginal: '7500000000' }] },
  // a state winning an order whose amount has a decimal point before the deal's noun
  { text: 'Israel won a $1.2 billion order from Romania for air defence systems.', sales: [{ supplier: 'IL', recipient: 'RO', valueUsd: '1200000000' }] },
  // one side named again with the next deal's value: a second sale of the same parties
  {
    text: 'Russia signed a $2 billion deal to sell six submarines to Vietnam. Russia also offered to sell eight Su-30 jets to Vietnam. Vietnam could buy 12 more jets, with a total value of about $600 million.',
    sales: [{ supplier: 'RU', recipient: 'VN', valueUsd: '2000000000' }, { supplier: 'RU', recipient: 'VN', valueUsd: '600000000' }],
  },
  // session 46 (arms33): the buyer told before the seller, a word of buying between ("approves purchase of … Israeli", "a deal …
  // to buy … French"), a number and an adjective before the seller's demonym, a time word in a state's possessive purchase, a
  // state's adjective before its own "purchase of", and the state whose goods a seller builds or delivers
  { text: 'Romania approves purchase of 40 Israeli rocket launchers.', sales: [{ supplier: 'IL', recipient: 'RO' }] },
  { text: 'Peru has embarked on a naval spending spree, including a $400 million deal last year to buy two Korean frigates.', sales: [{ supplier: 'KR', recipient: 'PE', valueUsd: '400000000' }] },
  { text: 'The Slovak parliament has sealed a deal to buy ten new Swedish fighter jets.', sales: [{ supplier: 'SE', recipient: 'SK' }] },
  { text: 'The order follows Manila’s earlier $600 million purchase of 12 Korean fighter jets.', sales: [{ supplier: 'KR', recipient: 'PH', valueUsd: '600000000' }] },
  { text: 'The committee asked to see the contract for the Hungarian purchase of 44 German tanks.', sales: [{ supplier: 'DE', recipient: 'HU' }] },
  { text: 'Korea won a $3 billion deal on Monday to build Norway’s new submarines.', sales: [{ supplier: 'KR', recipient: 'NO', valueUsd: '3000000000' }] },
  // session 46 (arms33): a seller placed and no buyer named, a price in a state's own money that is not the seller's: that state buys;
  // a maker named with its state after "of", or after the state's possessive, sells
  { text: 'The defence ministry signed a Rs 5,000-crore contract with Saab of Sweden to procure 12 Gripen fighter jets.', sales: [{ supplier: 'SE', recipient: 'IN', currency: 'INR', valueOriginal: '50000000000' }] },
  { text: 'In 1990, 200 howitzers were purchased from Swedish company Bofors for Rs 900 crore.', sales: [{ supplier: 'SE', recipient: 'IN', currency: 'INR', valueOriginal: '9000000000' }] },
  { text: 'A Dh300 million contract with France’s Naval Group to procure torpedoes was also signed.', sales: [{ supplier: 'FR', recipient: 'AE', currency: 'AED', valueOriginal: '300000000' }] },
];

/** Sentences that report no arms sale. */
export const SALE_NON_CASES: { text: string; source?: string }[] = [
  // session 33: what a state is to receive or gets, without a price, is no sale
  { text: 'Ukraine will receive 31 Abrams tanks from the United States.' },
  { text: 'Taiwan gets its first F-16V jets from the United States.' },
  // aid given is no sale
  { text: 'The United States will provide Ukraine with a $2 billion security assistance package.' },
  { text: 'The Government of Japan will provide $5 million in humanitarian aid to Gaza.' },
  // the home government announcing spending at home, or a joint programme, sells nothing
  { text: 'The Defence Secretary announced a £2 billion investment in British shipyards.', source: UK },
  { text: 'The Prime Minister announced £5 billion to supply the NHS with new equipment.', source: UK },
  { text: 'Germany and France agreed to build a new tank together, a programme worth 100 billion euros.' },
  // a cost line after a sentence that reports no sale
  { text: 'The minister visited the new barracks. It would cost an estimated $5 million to repair them.' },
  // executive orders and signatures on other things are no sale
  { text: 'The President signs executive orders on trade worth $2 billion in tariffs.' },
  // the home government buying nothing from anyone
  { text: 'The Government has approved the acquisition of new land for the army’s training area at a cost of $12 million.', source: AU },
  // amounts converted in brackets in a programme text are no cases
  { text: 'Under the Foreign Military Sales programme, allies spent €5 billion ($5.4 billion) and £2 billion ($2.5 billion) on training.' },
  // a count in words is no amount
  { text: 'The ministry said two million rounds of ammunition were in stock.' },
  // totals over a span of years are aggregates, not sales
  { text: 'India imported arms worth $60 billion from Russia between 2000 and 2020.' },
  { text: 'Since 2014, Egypt has bought weapons worth more than $10 billion from France.' },
  { text: 'Russia’s arms exports reached $15 billion last year, with India the largest buyer.' },
  // paying for something else is no purchase
  { text: 'Moscow paid $2 billion in compensation to the families.' },
  // a state approving a purchase with no weapons
  { text: 'The Czech Republic has approved a $6 billion purchase of trams from Germany.' },
  // deals with a value and no weapon, forces or defence maker named are no arms sale; "contracted with" a firm for a service neither
  { text: 'Egypt signed a $4 billion agreement with Germany for power plants.' },
  { text: 'China and Argentina signed a $9 billion deal for soybeans.' },
  { text: 'The ministry has contracted with Lockheed Martin for maintenance services at the airport.' },
  { text: 'India bought 4 million tonnes of Russian oil worth $2 billion.' },
  // counted weapons given, sent or fired are no sale
  { text: 'Ukraine received six HIMARS launchers from the United States as part of a security assistance package.' },
  { text: 'The Netherlands donated 24 F-16 jets to Ukraine.' },
  { text: 'Ukraine has received the first F-16 jets.' },
  { text: 'Russia selected 40 targets in Ukraine for its missile strikes.' },
  { text: 'The army has ordered four Patriot batteries to move to the border.' },
  { text: 'Poland will send two MiG-29 jets to Ukraine.' },
  // a deal "with" a partner priced in the home government's money names no seller; a state contracting at home sells to no one
  { text: 'The Albanese Government has secured a $7 billion deal with Japan for the Mogami frigates.', source: AU },
  { text: 'Australia has signed a contract worth $4 billion with Hanwha Defense Australia for 129 Redback vehicles.', source: AU },  // session 14: budgets, aid packages, loans, a maker's revenue and talks about buying are no sale
  { text: 'Poland’s defence budget will rise to $35 billion next year, much of it to be spent on tanks.' },
  { text: 'Germany announced a €500 million military aid package for Ukraine including IRIS-T air defence systems.' },
  { text: 'The European Investment Bank approved a €1 billion loan to Poland for the purchase of tanks.' },
  { text: 'Japan extended a $1 billion loan to the Philippines for coastal patrol vessels.' },
  { text: 'Lockheed Martin reported revenue of $18 billion in the quarter, driven by F-35 deliveries.' },
  { text: 'Rheinmetall’s sales rose to €9.8 billion last year on strong demand for ammunition.' },
  { text: 'Leaders of India and France discussed future arms purchases during the visit.' },
  { text: 'The United States pledged $300 million in security assistance to Ukraine, including artillery shells.' },  { text: 'Parliament approved a 2025 defence budget of 186 billion zlotys, including funds for new tanks.' },
  { text: 'The Pentagon awarded Lockheed Martin a $1.5 billion contract to produce missiles for the U.S. Army.' },
  { text: 'Analysts said a sale of F-35 jets to Turkey remained unlikely for now.' },
  // a deal "between" two states is no maker's with a buyer
  { text: 'The contract between Britain and Poland for new tanks is valued at $1 billion.' },
  // "another" deal with no sale before it
  { text: 'The ministry said another contract worth $40 million covers new uniforms and tanks of fuel.' },
  // session 15: a deal with a value whose next sentence is about something else than weapons
  { text: 'Egypt signed a $2 billion deal with China. The agreement covers a new railway line.' },
  { text: 'The UK has sold Ukraine’s grain to Egypt. The deal is worth £40 million.' },
  // a country selling something else in the sentence before is no seller of the arms deal after it
  // a contract for something else than weapons, called off
  { text: 'Siemens was awarded a $300 million contract for a railway line, but the Thai government cancelled the deal.' },
  { text: 'Farmers in France sold record wheat exports last year. Egypt signed a 500 million euro contract for four frigates, officials said.' },
  // session 46 (arms33): a seller named before the other state is its partner, no buyer; a state whose forces replace their old jets buys none
  { text: 'Seoul and Washington are still negotiating a separate trade deal, including how South Korea will deliver a $350 billion investment pledge.' },
  { text: 'The purchase will allow the Romanian Air Force to replace its outdated Soviet jets.' },
  // session 46 (arms33): a seller's own money names no buyer; a contract for a service to the goods is no sale
  { text: 'Saab won a SEK 5 billion order for Gripen fighter jets, the company said.' },
  { text: 'A Dh50 million contract with the French company Thales to provide technical support for the radars was signed.' },
];
