// Sentences written here for the transaction-frame round of issue 10: one sale told from either side
// ("X sells to Y", "Y buys from X", "Y orders from <X's company>", "a contract awarded to <company> by Y",
// "<company> will supply Y", the passive), by many suppliers, in many currencies, with parts of the frame
// in a neighbouring sentence; and sentences of aid, loans and exercises that are no sale. Read as a short
// document published 2024-06-01, as test/extraction-arms-sales.cases.ts reads its cases.
import type { SaleCase } from './extraction-arms-sales.cases';

export const FRAME_CASES: SaleCase[] = [
  // the seller as subject
  { text: 'Sweden has agreed to sell four Visby-class corvettes to Thailand for 6.5 billion Swedish kronor.', sales: [{ supplier: 'SE', recipient: 'TH', currency: 'SEK', valueOriginal: '6500000000' }] },
  { text: 'South Korea will supply Romania with 54 K9 self-propelled howitzers in a deal worth 1.3 trillion won.', sales: [{ supplier: 'KR', recipient: 'RO', currency: 'KRW', valueOriginal: '1300000000000' }] },
  { text: 'Norway is to deliver 12 NASAMS launchers to Lithuania under a NOK 2 billion contract.', sales: [{ supplier: 'NO', recipient: 'LT', currency: 'NOK', valueOriginal: '2000000000' }] },
  { text: 'Italy sold two FREMM frigates to Egypt for €1.2 billion.', sales: [{ supplier: 'IT', recipient: 'EG', currency: 'EUR', valueOriginal: '1200000000' }] },
  { text: 'Israel will export the Arrow 3 missile defence system to Germany in a €3.5 billion deal.', sales: [{ supplier: 'IL', recipient: 'DE', currency: 'EUR', valueOriginal: '3500000000' }] },
  // the buyer as subject
  { text: 'Thailand signed a deal to buy a submarine from China for 13.5 billion baht.', sales: [{ supplier: 'CN', recipient: 'TH', currency: 'THB', valueOriginal: '13500000000' }] },
  { text: 'The Philippines ordered 12 FA-50 light combat aircraft from South Korea for $700 million.', sales: [{ supplier: 'KR', recipient: 'PH', valueUsd: '700000000' }] },
  { text: 'Indonesia has agreed to purchase 42 Rafale fighters from France in a deal worth $8.1 billion.', sales: [{ supplier: 'FR', recipient: 'ID', valueUsd: '8100000000' }] },
  { text: 'Brazil bought 36 Gripen E fighters from Sweden for 39.3 billion Swedish crowns.', sales: [{ supplier: 'SE', recipient: 'BR', currency: 'SEK', valueOriginal: '39300000000' }] },
  { text: 'Greece is acquiring three frigates from France for about €3 billion.', sales: [{ supplier: 'FR', recipient: 'GR', currency: 'EUR', valueOriginal: '3000000000' }] },
  { text: 'The Czech Republic will purchase 24 F-35 jets from the United States for 150 billion koruna.', sales: [{ supplier: 'US', recipient: 'CZ', currency: 'CZK', valueOriginal: '150000000000' }] },
  { text: 'India will buy 26 Rafale Marine jets from France for Rs 63,000 crore.', sales: [{ supplier: 'FR', recipient: 'IN', currency: 'INR', valueOriginal: '630000000000' }] },
  // the buyer orders from the seller's company
  { text: 'The Norwegian government ordered 24 K9 howitzers from Hanwha Aerospace for NOK 2.5 billion.', sales: [{ supplier: 'KR', recipient: 'NO', currency: 'NOK', valueOriginal: '2500000000' }] },
  { text: 'Estonia has placed an order with Nexter for 12 CAESAR howitzers worth €70 million.', sales: [{ supplier: 'FR', recipient: 'EE', currency: 'EUR', valueOriginal: '70000000' }] },
  { text: 'Lithuania orders Leopard 2 tanks from Krauss-Maffei Wegmann in a €950 million deal.', sales: [{ supplier: 'DE', recipient: 'LT', currency: 'EUR', valueOriginal: '950000000' }] },
  { text: 'Vietnam signed a contract with Rosoboronexport for 12 Su-30 fighters worth $600 million.', sales: [{ supplier: 'RU', recipient: 'VN', valueUsd: '600000000' }] },
  // a contract awarded to the seller's company by the buyer
  { text: 'A €1.1 billion contract for four frigates was awarded to Fincantieri by Indonesia.', sales: [{ supplier: 'IT', recipient: 'ID', currency: 'EUR', valueOriginal: '1100000000' }] },
  { text: 'The Dutch defence ministry awarded Saab a contract worth SEK 1 billion for anti-tank weapons.', sales: [{ supplier: 'SE', recipient: 'NL', currency: 'SEK', valueOriginal: '1000000000' }] },
  // the seller's company will supply the buyer
  { text: 'Elbit Systems will supply Romania with air defence radars under a $300 million contract.', sales: [{ supplier: 'IL', recipient: 'RO', valueUsd: '300000000' }] },
  { text: 'Hanwha Aerospace will deliver 18 K9 howitzers to Egypt under a $1.7 billion contract.', sales: [{ supplier: 'KR', recipient: 'EG', valueUsd: '1700000000' }] },
  { text: 'Embraer has signed a contract to supply Portugal with five KC-390 aircraft worth €827 million.', sales: [{ supplier: 'BR', recipient: 'PT', currency: 'EUR', valueOriginal: '827000000' }] },
  { text: 'Korea Aerospace Industries signed a $3 billion contract with Poland for 48 FA-50 light fighters.', sales: [{ supplier: 'KR', recipient: 'PL', valueUsd: '3000000000' }] },
  { text: 'Naval Group and the Philippines signed a contract for two submarines worth €1.7 billion.', sales: [{ supplier: 'FR', recipient: 'PH', currency: 'EUR', valueOriginal: '1700000000' }] },
  // signing verbs that either side may use ("closed", "clinched", "sealed" a deal) make the subject the buyer as "signed" does, the
  // partner's side then told by the weapon's maker or the exporter; a deal signed by two states in the passive; a maker that "will build"
  // weapons for a state sells them; a won order's amount with a decimal point
  { text: 'Argentina closed a deal with Denmark for 24 used F-16 fighters worth $300 million.', sales: [{ supplier: 'DK', recipient: 'AR', valueUsd: '300000000', status: 'CONTRACTED' }] },
  { text: 'Peru clinched a deal with Spain for four patrol vessels worth 400 million euros.', sales: [{ supplier: 'ES', recipient: 'PE', currency: 'EUR', valueOriginal: '400000000', status: 'CONTRACTED' }] },
  { text: 'Ghana sealed a deal with France for six armoured vehicles worth $50 million.', sales: [{ supplier: 'FR', recipient: 'GH', valueUsd: '50000000' }] },
  { text: 'The UK has clinched a £2 billion export deal with Norway for frigates.', sales: [{ supplier: 'GB', recipient: 'NO', currency: 'GBP', valueOriginal: '2000000000' }] },
  { text: 'A contract for 12 howitzers worth $120 million was signed by Kenya and France on Monday.', sales: [{ supplier: 'FR', recipient: 'KE', valueUsd: '120000000', status: 'CONTRACTED' }] },
  { text: 'Fincantieri will build two corvettes for Qatar for about 900 million euros.', sales: [{ supplier: 'IT', recipient: 'QA', currency: 'EUR', valueOriginal: '900000000' }] },
  { text: 'Saab has won an order worth $1.5 billion from Poland for anti-tank weapons.', sales: [{ supplier: 'SE', recipient: 'PL', valueUsd: '1500000000' }] },
  // the passive
  { text: 'Thirty-six J-10C fighters will be sold to Egypt by China for $1.5 billion.', sales: [{ supplier: 'CN', recipient: 'EG', valueUsd: '1500000000' }] },
  { text: 'Ten patrol vessels will be supplied to Senegal by France under a €250 million deal.', sales: [{ supplier: 'FR', recipient: 'SN', currency: 'EUR', valueOriginal: '250000000' }] },
  { text: 'Six submarines were bought by India from France for $3.5 billion.', sales: [{ supplier: 'FR', recipient: 'IN', valueUsd: '3500000000' }] },
  // approvals and notices of governments other than the US
  { text: 'Germany’s Federal Security Council approved the export of 24 Eurofighter jets to Saudi Arabia.', sales: [{ supplier: 'DE', recipient: 'SA' }] },
  { text: 'The French government has authorised the sale of 12 Caesar howitzers to Armenia.', sales: [{ supplier: 'FR', recipient: 'AM' }] },
  // the deal's value, or a party, in the next sentence
  { text: 'Thailand will buy a frigate from South Korea. The 17 billion baht deal was signed in Bangkok on Monday.', sales: [{ supplier: 'KR', recipient: 'TH', currency: 'THB', valueOriginal: '17000000000' }] },
  { text: 'Poland’s Armament Agency signed a deal with Hanwha Aerospace on Monday. The contract covers 72 Chunmoo launchers and is worth $3.5 billion.', sales: [{ supplier: 'KR', recipient: 'PL', valueUsd: '3500000000' }] },
  { text: 'Under the agreement, Turkey will buy 40 F-16 fighters. The United States approved the $23 billion sale on Friday.', sales: [{ supplier: 'US', recipient: 'TR', valueUsd: '23000000000' }] },
  { text: 'Kongsberg signed a contract with Latvia on Tuesday. It covers Naval Strike Missile coastal batteries worth 1.1 billion Norwegian kroner.', sales: [{ supplier: 'NO', recipient: 'LV', currency: 'NOK', valueOriginal: '1100000000' }] },
  { text: 'Poland signed a contract on Monday for 72 Chunmoo rocket launchers from South Korea. The deal is worth 5.6 trillion won.', sales: [{ supplier: 'KR', recipient: 'PL', currency: 'KRW', valueOriginal: '5600000000000' }] },
  // session 36: the deal's cost or value as the subject of a later sentence, words between it and its amount
  { text: 'Spain has approved the possible sale of 20 Leopard tanks to Peru. The estimated total cost including spare parts and training is 450 million euros.', sales: [{ supplier: 'ES', recipient: 'PE', currency: 'EUR', valueOriginal: '450000000' }] },
  { text: 'Russia agreed to sell 12 Su-35 fighters to Algeria. The value of the contract was put at about $1.2 billion.', sales: [{ supplier: 'RU', recipient: 'DZ', valueUsd: '1200000000' }] },
  { text: 'Peru agreed to buy 12 KF-21 fighters from South Korea. The price of each jet is $80 million.', sales: [{ supplier: 'KR', recipient: 'PE' }] },
  { text: 'Japan approved the export of six patrol aircraft to Vietnam.\n\nThe total price for the aircraft and their support will be 60 billion yen.', sales: [{ supplier: 'JP', recipient: 'VN', currency: 'JPY', valueOriginal: '60000000000' }] },
  // a buying verb in the infinitive after "plans"; a second sale verb of the same subject with its own deal
  { text: 'Hungary announced plans to procure $700 million worth of HIMARS launchers.', sales: [{ supplier: 'US', recipient: 'HU', valueUsd: '700000000' }] },
  {
    text: 'Denmark agreed to buy $300 million in Patriot missiles from the United States and take delivery of eight F-35 jets in a separate $900 million deal.',
    sales: [{ supplier: 'US', recipient: 'DK', valueUsd: '300000000' }, { supplier: 'US', recipient: 'DK', valueUsd: '900000000' }],
  },
  // one deal's value in two currencies is one sale; a sum of several deals is no sale's value
  {
    text: 'Hanwha racks up another $4 billion in rocket launcher sales to Poland. Hanwha Aerospace has signed a 5.6 trillion won ($4 billion) contract with Poland to supply more Chunmoo launchers.',
    sales: [{ supplier: 'KR', recipient: 'PL', valueUsd: '4000000000', currency: 'KRW', valueOriginal: '5600000000000' }],
  },
  {
    text: 'Saab has signed a SEK 2 billion contract with Thailand for Gripen fighters, bringing the total value of its deals with the Thai air force to SEK 9 billion.',
    sales: [{ supplier: 'SE', recipient: 'TH', currency: 'SEK', valueOriginal: '2000000000' }],
  },
  // session 19: the won as agencies and Seoul's papers write it; a headline's amount rounded, or told again with its dollars
  {
    text: 'Hanwha signs 3.2 tln-won howitzer export deal with Romania. Hanwha Aerospace said it has signed a 3.2 trillion-won (US$2.3 billion) contract with Romania to supply K9 howitzers.',
    sales: [{ supplier: 'KR', recipient: 'RO', valueUsd: '2300000000', currency: 'KRW', valueOriginal: '3200000000000' }],
  },
  {
    text: 'Hyundai Rotem wins W845b tank deal from Peru. Hyundai Rotem has signed a contract with Peru to supply K2 tanks. The contract is valued at 844.7 billion won ($585.6 million).',
    sales: [{ supplier: 'KR', recipient: 'PE', valueUsd: '585600000', currency: 'KRW', valueOriginal: '844700000000' }],
  },
  // two states signing together with a day or "yesterday" between them and the verb; "from" inside a relative clause names no seller
  { text: 'Kuwait and Italy yesterday signed a contract for 28 Eurofighter warplanes.', sales: [{ supplier: 'IT', recipient: 'KW' }] },
  { text: 'Vietnam and Russia on Monday concluded a $1.8 billion deal for six submarines that could draw sanctions from the United States.', sales: [{ supplier: 'RU', recipient: 'VN', valueUsd: '1800000000' }] },
  // earlier deals of a series told again with their own values, after the sale of the same parties
  {
    text: 'Hanwha Aerospace has signed a 1.1 trillion won contract with Norway to supply K9 howitzers. The first-stage deal in 2021 was valued at 800 billion won, while the second-stage deal in 2023 totaled 600 billion won.',
    sales: [
      { supplier: 'KR', recipient: 'NO', currency: 'KRW', valueOriginal: '1100000000000' },
      { supplier: 'KR', recipient: 'NO', currency: 'KRW', valueOriginal: '800000000000' },
      { supplier: 'KR', recipient: 'NO', currency: 'KRW', valueOriginal: '600000000000' },
    ],
  },
  {
    text: 'Romania signed a 2 trillion won deal with South Korea for 54 K9 howitzers. The first K9 contract, signed in 2022, covered 18 units valued at 900 billion won.',
    sales: [{ supplier: 'KR', recipient: 'RO', currency: 'KRW', valueOriginal: '2000000000000' }, { supplier: 'KR', recipient: 'RO', currency: 'KRW', valueOriginal: '900000000000' }],
  },
  // the price in a later sentence that counts the named type in the plural
  {
    text: 'Serbia signed a contract with France to buy 12 Rafale jets. Its president said nine single-seat Rafales and three two-seaters will be delivered by 2028, with a price tag of €2.7 billion ($2.99 billion).',
    sales: [{ supplier: 'FR', recipient: 'RS', valueUsd: '2990000000', currency: 'EUR', valueOriginal: '2700000000' }],
  },
  // a state's adjective before its own purchase
  { text: 'The President welcomed the Czech decision earlier this year to purchase 24 F-35 jets, a $4.5 billion deal.', sales: [{ supplier: 'US', recipient: 'CZ', valueUsd: '4500000000' }] },
  // a probe of 30 phrasings written before the rules (session 19) gave 24 right; these six are now read: a headline's two states set
  // off by a comma, a state's approval, "said it would buy", "will build … for", the indirect object before an amount
  { text: 'Greece, France sign deal for three frigates worth 3 billion euros', sales: [{ supplier: 'FR', recipient: 'GR', currency: 'EUR', valueOriginal: '3000000000' }] },
  { text: 'Morocco, Israel ink $500 million drone deal', sales: [{ supplier: 'IL', recipient: 'MA', valueUsd: '500000000' }] },
  { text: 'Japan gets U.S. approval to buy 400 Tomahawk missiles for $2.35 billion', sales: [{ supplier: 'US', recipient: 'JP', valueUsd: '2350000000' }] },
  { text: 'The deal, under which Spain will build five corvettes for Saudi Arabia, is worth 1.8 billion euros.', sales: [{ supplier: 'ES', recipient: 'SA', currency: 'EUR', valueOriginal: '1800000000' }] },
  { text: 'Taiwan said it would buy 108 M1A2 Abrams tanks from the United States for about $2 billion.', sales: [{ supplier: 'US', recipient: 'TW', valueUsd: '2000000000' }] },
  { text: 'Israel sold Azerbaijan $1.6 billion worth of drones and missile systems.', sales: [{ supplier: 'IL', recipient: 'AZ', valueUsd: '1600000000' }] },
  // a second probe of 30 (frames over two sentences, capitals for states, passives) gave 25 right; four of the five are now read: a
  // purchase confirmed, a demonym after "a", a sale approved by its seller in the passive, a deal signed by the buyer once the seller is known
  { text: 'Switzerland confirmed the purchase of 36 F-35A jets from the US for 6 billion Swiss francs ($6.5 billion).', sales: [{ supplier: 'US', recipient: 'CH', valueUsd: '6500000000', currency: 'CHF', valueOriginal: '6000000000' }] },
  { text: 'Thailand will acquire a Chinese submarine for 13.5 billion baht.', sales: [{ supplier: 'CN', recipient: 'TH', currency: 'THB', valueOriginal: '13500000000' }] },
  { text: 'The sale of 40 Eurofighter jets to Turkey, worth about $5.6 billion, was approved by Germany on Friday.', sales: [{ supplier: 'DE', recipient: 'TR', valueUsd: '5600000000' }] },
  { text: 'A $2.5 billion deal for 24 Chinese J-10 fighters was signed by Egypt last week.', sales: [{ supplier: 'CN', recipient: 'EG', valueUsd: '2500000000' }] },
  // session 23: second-hand weapons are sold by the state whose forces own them, whoever made them
  { text: 'Peru signed a deal worth $210 million to buy 12 of Norway’s ageing F-16 fighter jets.', sales: [{ supplier: 'NO', recipient: 'PE', valueUsd: '210000000' }] },
  { text: 'The Kenyan Air Force has agreed to buy Oman’s fleet of British-built Hawk trainer jets for $95 million.', sales: [{ supplier: 'OM', recipient: 'KE', valueUsd: '95000000' }] },
  { text: 'Ghana will acquire 8 of the Netherlands’ used patrol boats for €60 million.', sales: [{ supplier: 'NL', recipient: 'GH', currency: 'EUR', valueOriginal: '60000000' }] },
  // a state's procurement agency and the maker signing together, the day between them and the verb; an ISO code after the figure;
  // the dollars in brackets left as a sentence of their own after a code's full stop
  { text: 'The Estonian Defence Materiel Agency and Hanwha Aerospace yesterday signed a contract for 36 K9 howitzers worth 140 million EUR.', sales: [{ supplier: 'KR', recipient: 'EE', currency: 'EUR', valueOriginal: '140000000' }] },
  { text: 'Kenya signed a contract with Norway for 20 armoured vehicles. The total worth of the package is about 2.1 Billion NOK. (US$190 million).', sales: [{ supplier: 'NO', recipient: 'KE', valueUsd: '190000000', currency: 'NOK', valueOriginal: '2100000000' }] },
  // session 24: the value two sentences after the sale, the one paying named after "cost"; a sale told without an amount
  // beside one the text prices is no sale of the graph (the corpus guide lists sales with a value), its event stays
  { text: 'Spain is close to selling four patrol boats to Ghana. Talks on the vessels have gone on for a year, officials said. The deal will cost Ghana around €300 million.', sales: [{ supplier: 'ES', recipient: 'GH', currency: 'EUR', valueOriginal: '300000000' }] },
  { text: 'Peru signed a deal worth $300 million to buy 24 used F-16 jets from Norway. Norway has ordered 52 F-35A fighter jets.', sales: [{ supplier: 'NO', recipient: 'PE', valueUsd: '300000000' }] },
  // the buyer in one sentence, the seller with the value in the next
  { text: 'Officials approved the delivery of another frigate to the Kenyan Navy. The German firm is being paid €900 million for all three frigates.', sales: [{ supplier: 'DE', recipient: 'KE', currency: 'EUR', valueOriginal: '900000000' }] },
  // session 26: the home press's cabinet buying from a named seller; two states that had signed together; a deal priced in a letter for the currency
  { text: 'The Cabinet has approved a Navy proposal to buy two patrol boats from South Korea for Bt4.2 billion, a government source said.', source: 'Thailand Daily News', sales: [{ supplier: 'KR', recipient: 'TH', currency: 'THB', valueOriginal: '4200000000' }] },
  { text: 'Cabinet approves purchase of P2.5-billion patrol boats from Japan', source: 'Philippines Daily News', sales: [{ supplier: 'JP', recipient: 'PH', currency: 'PHP', valueOriginal: '2500000000' }] },
  { text: 'Last month, Vietnam and Russia had signed a $900 million deal for the supply of Russian air defence missile systems.', sales: [{ supplier: 'RU', recipient: 'VN', valueUsd: '900000000' }] },
  // a service with its short name in brackets confirming its purchase; the state whose forces will use the goods buys from the maker's country
  { text: 'The Kenyan Air Force (KAF) has confirmed that it has agreed to buy Oman’s fleet of Hawk trainer jets for $95 million.', sales: [{ supplier: 'OM', recipient: 'KE', valueUsd: '95000000' }] },
  { text: 'The ministry has signed a $120 million contract with Avia Works, a Czech aircraft manufacturer, to procure six trainer jets for the use of the Ghanaian Air Force.', sales: [{ supplier: 'CZ', recipient: 'GH', valueUsd: '120000000' }] },
  // a service by its adjective buying; a state signing a deal whose purpose is a purchase
  { text: 'The Peruvian Air Force is on the cusp of acquiring 12 used F-16 jets from Norway. The $240 million contract has not yet been signed.', sales: [{ supplier: 'NO', recipient: 'PE', valueUsd: '240000000' }] },
  { text: 'Ghana will sign a government-to-government deal to purchase 40 CV90 infantry fighting vehicles for €400 million.', sales: [{ supplier: 'SE', recipient: 'GH', currency: 'EUR', valueOriginal: '400000000' }] },
  // one amount to one buyer is one deal: a third state clearing it joins the sale of the state whose maker builds the weapon
  {
    text: 'Israel said the United States approved the sale of a missile defence system to Poland, worth $2.1 billion. The Israeli Ministry of Defence and Israel Aerospace Industries will sign the $2.1 billion agreement with Poland.',
    sales: [{ supplier: 'IL', recipient: 'PL', valueUsd: '2100000000', status: 'APPROVED' }],
  },
  // a state's legislators approving its own purchase buy for it
  { text: 'Romanian lawmakers on Wednesday approved the acquisition of 18 howitzers from South Korea for 300 million euros.', sales: [{ supplier: 'KR', recipient: 'RO', currency: 'EUR', valueOriginal: '300000000', status: 'APPROVED' }] },
  { text: 'Chilean legislators approved the purchase of eight patrol boats from the Netherlands worth $420 million.', sales: [{ supplier: 'NL', recipient: 'CL', valueUsd: '420000000' }] },
  // a buyer choosing a state's weapon: the one choosing buys, the state whose adjective the weapon carries sells
  { text: 'Canada picks Swedish submarines in $9 billion deal', sales: [{ supplier: 'SE', recipient: 'CA', valueUsd: '9000000000' }] },
  { text: 'Peru on Friday said it selected the upgraded Italian corvette for its $2 billion naval deal.', sales: [{ supplier: 'IT', recipient: 'PE', valueUsd: '2000000000' }] },
  // a buyer with no seller written: the maker named in one of the next two sentences sells
  {
    text: 'Austria has signed a $600 million deal to acquire six air defence systems. The systems, made by Diehl Defence, will be delivered from 2027.',
    sales: [{ supplier: 'DE', recipient: 'AT', valueUsd: '600000000' }],
  },
  // session 28: an amount told as worth one more on top of the deal's ("worth another …", "valued at a further …") is another deal of the same parties
  {
    text: 'Kenya ordered 12 howitzers from France for €90 million. The order also covers contracts for the gun maker’s shells, worth another 15 million euros.',
    sales: [{ supplier: 'FR', recipient: 'KE', currency: 'EUR', valueOriginal: '90000000' }, { supplier: 'FR', recipient: 'KE', currency: 'EUR', valueOriginal: '15000000' }],
  },
  {
    text: 'Ghana signed a $200 million contract to buy six patrol boats from Turkey. The deal also includes contracts for spare parts, valued at a further $40 million.',
    sales: [{ supplier: 'TR', recipient: 'GH', valueUsd: '200000000' }, { supplier: 'TR', recipient: 'GH', valueUsd: '40000000' }],
  },
  // the seller written only as its organ ("The Ministry of Defence … will supply Ghana"): the one other state of the deal with the buyer told just before sells
  {
    text: 'New patrol boats will be based at Takoradi under a deal signed between Spain and Ghana. The Ministry of Defence has confirmed it will supply Ghana with six patrol boats in a package worth around €300 million.',
    sales: [{ supplier: 'ES', recipient: 'GH', currency: 'EUR', valueOriginal: '300000000' }],
  },
  // a sale drafted without a value: the amount a later sentence writes as its cost or budget
  {
    text: 'Ghana will sign a deal to purchase 40 armoured vehicles from Finland, the ministry announced. The vehicles will replace older ones. The ministry said it has budgeted some €400 million to procure the vehicles.',
    sales: [{ supplier: 'FI', recipient: 'GH', currency: 'EUR', valueOriginal: '400000000' }],
  },
  // a state's adjective before the cancellation of its own project to buy or build, and a demonym with a maker's participle before the weapons
  {
    text: 'Kenya ordered 12 howitzers from France for €90 million. The order comes after the Ghanaian cancellation of a project to build six Spanish designed offshore patrol vessels. That vessel deal would have been worth some €400 million.',
    sales: [{ supplier: 'FR', recipient: 'KE', currency: 'EUR', valueOriginal: '90000000' }, { supplier: 'ES', recipient: 'GH', currency: 'EUR', valueOriginal: '400000000' }],
  },
  // a deal of one side of a sale made by "the two countries", with an amount of its own: another deal of the same parties
  {
    text: 'Peru signed a $300 million contract to buy two corvettes from Spain. It came a month after the two countries signed a $500 million deal to import two other frigates from Spain.',
    sales: [{ supplier: 'ES', recipient: 'PE', valueUsd: '300000000' }, { supplier: 'ES', recipient: 'PE', valueUsd: '500000000' }],
  },
  // (a budget of something else prices nothing bought)
  { text: 'Ghana will buy six patrol boats from Spain. The navy’s annual fuel budget is $20 million.', sales: [{ supplier: 'ES', recipient: 'GH' }] },
  // session 29: a state signing to send its own goods sells (an economy gaining is no buyer); the home press's army signing with a
  // partner to buy, its cabinet in capitals with the day, a government asking its parliament to approve a purchase whose maker is
  // told three sentences on; a contract signed with a state's own factory is with the seller
  {
    text: 'Canada has signed an agreement to send 40 armoured vehicles to Chile. The deal, worth $600 million to the Canadian economy, was approved last week.',
    sales: [{ supplier: 'CA', recipient: 'CL', valueUsd: '600000000' }],
  },
  {
    text: 'THE CABINET yesterday approved the purchase of six patrol boats from South Korea for Bt3 billion. The Navy signed an agreement with South Korea to procure the boats last year.',
    source: 'Thailand Daily News',
    sales: [{ supplier: 'KR', recipient: 'TH', currency: 'THB', valueOriginal: '3000000000' }],
  },
  {
    text: 'The Government asks the Parliament to approve the purchase of two frigates with a total cost of NOK 12 billion. The price had earlier been put lower. The cost includes training. The frigates will be built by Naval Group in France.',
    source: 'Norway Daily News',
    sales: [{ supplier: 'FR', recipient: 'NO', currency: 'NOK', valueOriginal: '12000000000' }],
  },
  // the amount told again sentences on with its dollars beside it; goods named only by their maker
  {
    text: 'The defence secretary has signed a P2.5-billion contract with a South Korean shipbuilder for two corvettes for the Philippine Navy. The navy said the signing opens the project. An award of $52,100,000 or P2,504,000,000 was approved last month.',
    source: 'Philippines Daily News',
    sales: [{ supplier: 'KR', recipient: 'PH', valueUsd: '52100000', currency: 'PHP', valueOriginal: '2500000000' }],
  },
  { text: 'The State Department has approved the $120 million sale of six Embraer EMB-314 planes to Kenya.', sales: [{ supplier: 'US', recipient: 'KE', valueUsd: '120000000' }] },
  // an agency's own name in lower case after it, the day without "on"
  { text: 'Austrian military procurement agency heeresbeschaffung announced Monday that it had signed a contract for the purchase of 12 F-16 jets worth $900 million.', sales: [{ supplier: 'US', recipient: 'AT', valueUsd: '900000000' }] },
  { text: 'Kenya cancelled the $200 million contract it signed with Poland’s state-owned Bumar Factory for 20 tanks.', sales: [{ supplier: 'PL', recipient: 'KE', valueUsd: '200000000' }] },
  // a buyer told by a description opening its sentence: the last state named before that the sentence does not name
  { text: 'Romania and France launched a frigate programme. The Balkan nation signed a $900 million deal with France for four corvettes.', sales: [{ supplier: 'FR', recipient: 'RO', valueUsd: '900000000' }] },
  // a buyer ending its own contract, and a seller scrapping its own sale, with verbs other than "cancelled"
  { text: 'Peru terminated the $150 million contract it signed with Spain’s state-owned Navantia shipyard for two patrol boats.', sales: [{ supplier: 'ES', recipient: 'PE', valueUsd: '150000000', status: 'CANCELLED' }] },
  { text: 'Germany scrapped a planned $300 million sale of 20 tanks to Qatar.', sales: [{ supplier: 'DE', recipient: 'QA', valueUsd: '300000000', status: 'CANCELLED' }] },
  // one deal told again in dollars after its own currency, with no conversion beside it, is one sale with those dollars
  {
    text: 'Chile has signed a contract with Sweden for 14 Gripen fighters worth 20 billion Swedish crowns. The deal, worth about $1.9 billion, includes training.',
    sales: [{ supplier: 'SE', recipient: 'CL', valueUsd: '1900000000', currency: 'SEK', valueOriginal: '20000000000' }],
  },
  // … but a second deal of the two in another currency, its amount far from the first one's, is a sale of its own
  {
    text: 'Chile has signed a contract with Sweden for 14 Gripen fighters worth 20 billion Swedish crowns. Separately, Chile signed a $700 million deal with Sweden for two corvettes.',
    sales: [{ supplier: 'SE', recipient: 'CL', currency: 'SEK', valueOriginal: '20000000000' }, { supplier: 'SE', recipient: 'CL', valueUsd: '700000000' }],
  },
  // session 32: a person's own country told by a pronoun before its purchase ("her country's"), whatever state the sentence visits
  {
    text: 'Chilean President Ana Torres was in Sweden on Tuesday to discuss her country’s purchase of 40 CV90 combat vehicles for 4 billion Swedish kronor.',
    sales: [{ supplier: 'SE', recipient: 'CL', currency: 'SEK', valueOriginal: '4000000000' }],
  },
  {
    text: 'Kenyan Defence Minister Paul Otieno flew to Paris on Monday to sign his nation’s order of 20 Caesar howitzers worth €200 million.',
    sales: [{ supplier: 'FR', recipient: 'KE', currency: 'EUR', valueOriginal: '200000000' }],
  },
  // session 32: the sale told again later with its amount in fewer digits, rounded or cut short, is the same sale
  {
    text: 'The State Department has approved a possible Foreign Military Sale to the Government of Chile of 20 F-16 jets for an estimated cost of $2.48 billion. The embassy said the price listed for the F-16 sale to Chile, $2.4 billion, is not the final cost.',
    sales: [{ supplier: 'US', recipient: 'CL', valueUsd: '2480000000' }],
  },
  {
    text: 'Peru signed a contract with Sweden for 10 Gripen fighters worth $1.37 billion. The deal, put at $1.4 billion by local papers, includes training.',
    sales: [{ supplier: 'SE', recipient: 'PE', valueUsd: '1370000000' }],
  },
  // … but another deal of the two with a close amount of its own stays a sale
  {
    text: 'Peru signed a contract with Sweden for 10 Gripen fighters worth $1.37 billion. Peru also signed another deal with Sweden for two corvettes worth $1.3 billion.',
    sales: [{ supplier: 'SE', recipient: 'PE', valueUsd: '1370000000' }, { supplier: 'SE', recipient: 'PE', valueUsd: '1300000000' }],
  },
  // session 32: the seller's counter-purchase from its buyer under the deal is no sale of its own
  {
    text: 'Chile has signed a $900 million deal to buy 12 Spanish patrol boats from Spain. Under the deal, Spain has committed to purchase $400 million worth of military equipment from Chilean defence firms.',
    sales: [{ supplier: 'ES', recipient: 'CL', valueUsd: '900000000' }],
  },
  // session 32: a priced deal of another seller with the buyer's own organ named without its state ("the Army", "the military
  // government") is a deal of the state the text's sales are bought by
  {
    text: 'Kenya has signed a $90 million contract to buy 12 howitzers from France. The military government last year decided to cancel the $50 million contract it signed with Spain’s state-owned Navantia shipyard for two patrol boats.',
    sales: [{ supplier: 'FR', recipient: 'KE', valueUsd: '90000000' }, { supplier: 'ES', recipient: 'KE', valueUsd: '50000000' }],
  },
  // session 32: one deal told twice at the same amount (a lead paragraph printed again) is one sale
  {
    text: 'A Kenyan ministerial committee approved a deal to procure Italian helicopters for the Kenyan Air Force. The air force will receive 10 AW139 helicopters, made by Italy’s Leonardo, in a deal valued at $300 million. A Kenyan ministerial committee approved a deal to procure Italian helicopters for the Kenyan Air Force. The air force will receive 10 AW139 helicopters, made by Italy’s Leonardo, in a deal valued at $300 million.',
    sales: [{ supplier: 'IT', recipient: 'KE', valueUsd: '300000000' }],
  },
  // session 37 (arms20): a demonym standing as a noun after "the" is the state as a party ("the French jets" stays the maker's)
  { text: 'Turkey agreed to sell the Emiratis 40 armored vehicles in a $400 million deal.', sales: [{ supplier: 'TR', recipient: 'AE', valueUsd: '400000000' }] },
  { text: 'Chile bought 30 patrol boats from the Americans for $500 million.', sales: [{ supplier: 'US', recipient: 'CL', valueUsd: '500000000' }] },
  { text: 'The Germans will sell four submarines to Egypt in a deal worth 2 billion euros.', sales: [{ supplier: 'DE', recipient: 'EG', currency: 'EUR', valueOriginal: '2000000000' }] },
  // session 37: a sale told without its value takes the deal's price told a few sentences on, or between its sentences
  {
    text: 'Spain could sell two of its corvettes to Peru, the two navies confirmed. The ships were built for the Spanish Navy. According to reports, the corvettes could be sold at a price of $600 million.',
    sales: [{ supplier: 'ES', recipient: 'PE', valueUsd: '600000000' }],
  },
  {
    text: 'Indra will sell three air defence radars to Peru, sources said. The radars are used by the Spanish Air Force. Indra expects to receive the formal order by June, for a total amount of about 300 million euros. The Spanish cabinet approved the export of the radars to Peru.',
    sales: [{ supplier: 'ES', recipient: 'PE', currency: 'EUR', valueOriginal: '300000000' }],
  },
  // session 37: a value told with no party speaks of the deal told before it, not of a later one
  {
    text: 'Kenya has agreed to buy 12 Mi-17 helicopters from Russia. The Russian minister said the value of the contract was about $400 million. Kenya is also considering plans to buy Black Hawk helicopters from the United States.',
    sales: [{ supplier: 'RU', recipient: 'KE', valueUsd: '400000000' }],
  },
  // session 37: the words after "follows" tell an earlier deal with an amount of its own, however near the two amounts are
  {
    text: 'Hanwha signed a 500 billion won deal to export K9 howitzers to Vietnam. This agreement follows a 2019 contract under which Hanwha supplied 502 billion won worth of K9 howitzers to Vietnam.',
    sales: [{ supplier: 'KR', recipient: 'VN', currency: 'KRW', valueOriginal: '500000000000' }, { supplier: 'KR', recipient: 'VN', currency: 'KRW', valueOriginal: '502000000000' }],
  },
  // session 38: the state weapons were made in ("manufactured in Canada") sells them, as "Canadian-made" says; a part still to be
  // built in the buyer's own state names no seller
  {
    text: 'Chile will buy 40 armoured vehicles manufactured in Canada for $300 million.',
    sales: [{ supplier: 'CA', recipient: 'CL', valueUsd: '300000000' }],
  },
  {
    text: 'Peru signed a $90 million contract for eight patrol boats made in South Korea.',
    sales: [{ supplier: 'KR', recipient: 'PE', valueUsd: '90000000' }],
  },
  {
    text: 'Romania agreed to buy 54 howitzers from South Korea for $1 billion, and 18 of the guns will be produced in Romania.',
    sales: [{ supplier: 'KR', recipient: 'RO', valueUsd: '1000000000' }],
  },
  // session 41: two states' adjectives before the officials signing for them sign together; a state one is at odds with ("a war
  // with", "tensions with") is no partner or buyer of the deal
  {
    text: 'Swedish and Chilean officials signed a $400 million deal for 12 Gripen fighters.',
    sales: [{ supplier: 'SE', recipient: 'CL', valueUsd: '400000000' }],
  },
  {
    text: 'Chilean and Swedish defence ministers signed a $400 million deal for 12 Gripen fighters amid fears of a new war with Argentina.',
    sales: [{ supplier: 'SE', recipient: 'CL', valueUsd: '400000000' }],
  },
  // session 41: a state's organ approving a purchase clears its own state's buying; approving a sale or an export, its selling
  {
    text: "Kenya's cabinet approved on Monday plans for the purchase of a $300 million radar system from Swedish firms.",
    sales: [{ supplier: 'SE', recipient: 'KE', valueUsd: '300000000' }],
  },
  {
    text: "Sweden's government approved on Monday the export of a $300 million radar system to Kenya.",
    sales: [{ supplier: 'SE', recipient: 'KE', valueUsd: '300000000' }],
  },
  // session 42: an approval told by its idiom ("gave the go-ahead for", "gave the green light to", "green-lit") clears the giver's
  // own sale or export, as "approved" does; a figure converted after the sign "≈" or "~" is the deal's dollars
  {
    text: 'Spain gave the go-ahead for the sale of four patrol boats to Peru for 300 million euros on Tuesday.',
    sales: [{ supplier: 'ES', recipient: 'PE', currency: 'EUR', valueOriginal: '300000000', status: 'APPROVED' }],
  },
  {
    text: 'Norway has given the green light to the export of 20 armoured vehicles to Chile.',
    sales: [{ supplier: 'NO', recipient: 'CL', status: 'APPROVED' }],
  },
  {
    text: 'South Korea will sell six frigates to Vietnam for 1.2 trillion won (≈$900 million).',
    sales: [{ supplier: 'KR', recipient: 'VN', valueUsd: '900000000', currency: 'KRW', valueOriginal: '1200000000000' }],
  },
  // session 43: another deal of the parties just named, with an amount of its own, told as the one the sale follows on from or as
  // the whole (or a part) the sale belongs to
  {
    text: 'France has agreed a €2bn air defence deal with Ghana. The agreement follows on from a €500m deal for short-range missiles agreed in March as part of Ghana’s naval programme.',
    sales: [{ supplier: 'FR', recipient: 'GH', currency: 'EUR', valueOriginal: '2000000000' }, { supplier: 'FR', recipient: 'GH', currency: 'EUR', valueOriginal: '500000000' }],
  },
  {
    text: 'Spain approved the sale of two patrol boats to Ghana for €300 million. The sale of the boats is part of a far larger arms deal between Ghana and Spain, still under negotiation and valued at up to €2 billion.',
    sales: [{ supplier: 'ES', recipient: 'GH', currency: 'EUR', valueOriginal: '300000000' }, { supplier: 'ES', recipient: 'GH', currency: 'EUR', valueOriginal: '2000000000' }],
  },
  {
    text: 'The Pentagon notified Congress of plans to sell Kenya 40 armoured vehicles for $200 million. Lawmakers object to part of the sale, which would give the Kenyans $60 million in spare parts for their helicopters.',
    sales: [{ supplier: 'US', recipient: 'KE', valueUsd: '200000000' }, { supplier: 'US', recipient: 'KE', valueUsd: '60000000' }],
  },
  // (terms of the deal just named, "as part of the deal", are no deal of their own)
  {
    text: 'Ghana signed a $500 million contract to buy six patrol boats from Spain. As part of the deal, the Spanish yard will invest $50 million in a Ghanaian shipyard.',
    sales: [{ supplier: 'ES', recipient: 'GH', valueUsd: '500000000' }],
  },
  // session 48 (arms36): an adverb of time or addition, or a time told as a phrase, between a party and its verb ("also",
  // "recently", "in March", "in 2021"); the seller then told by the weapon's maker, or written after "to"/"with"
  { text: 'Vietnam in March also bought 12 Gripen fighters for $1.1 billion.', sales: [{ supplier: 'SE', recipient: 'VN', valueUsd: '1100000000' }] },
  { text: 'Morocco recently ordered 24 Rafale jets for $2.9 billion.', sales: [{ supplier: 'FR', recipient: 'MA', valueUsd: '2900000000' }] },
  { text: 'Kenya has already purchased ten K9 howitzers for $180 million.', sales: [{ supplier: 'KR', recipient: 'KE', valueUsd: '180000000' }] },
  { text: 'Spain in 2021 delivered four patrol boats to Senegal worth €120 million.', sales: [{ supplier: 'ES', recipient: 'SN', currency: 'EUR', valueOriginal: '120000000' }] },
  { text: 'Sweden has also secured a SEK 4 billion deal with Latvia for air defence radars.', sales: [{ supplier: 'SE', recipient: 'LV', currency: 'SEK', valueOriginal: '4000000000' }] },
  // session 48 (arms36): a deal told in the past perfect with an amount of its own, naming no state, is an earlier deal of the parties
  {
    text: 'Kenya signed a deal with France for 12 howitzers worth $150 million. Back in 2016 the army had ordered six patrol boats for $40 million.',
    sales: [{ supplier: 'FR', recipient: 'KE', valueUsd: '150000000' }, { supplier: 'FR', recipient: 'KE', valueUsd: '40000000' }],
  },
  // session 48 (arms36): a maker's income ("$2.4 billion in revenue") is no deal's value, even beside a purchase told in the next sentence
  { text: 'Hanwha reported $2.4 billion in revenue from export contracts signed in 2023. Estonia purchased six K9 howitzers.', sales: [{ supplier: 'KR', recipient: 'EE' }] },
];

/**
 * A headline and the body telling one deal, the headline's amount rounded or in other money (each text read with its first
 * line as the headline); a body's second deal of the same two states stays its own sale.
 */
export const HEADLINE_CASES: SaleCase[] = [
  {
    text: 'Sweden signs $1.9 billion deal to sell jets to Chile\n\nChile has signed a contract with Sweden for 14 Gripen fighters worth 20 billion Swedish crowns.',
    sales: [{ supplier: 'SE', recipient: 'CL', valueUsd: '1900000000', currency: 'SEK', valueOriginal: '20000000000' }],
  },
  { text: 'Chile signs $10bn deal for Swedish jets\n\nChile has signed a contract with Sweden for 14 Gripen fighters worth $9.6 billion.', sales: [{ supplier: 'SE', recipient: 'CL', valueUsd: '9600000000' }] },
  { text: 'Sweden to sell jets worth $3 billion to Chile\n\nChile signed a contract with Sweden for 14 Gripen fighters worth $2.1 billion.', sales: [{ supplier: 'SE', recipient: 'CL', valueUsd: '2100000000' }] },
  {
    text: 'Chile signs $10bn deal for Swedish jets\n\nChile has signed a contract with Sweden for 14 Gripen fighters worth $9.6 billion. Chile bought two frigates from Sweden in 2015 for $8.5 billion.',
    sales: [{ supplier: 'SE', recipient: 'CL', valueUsd: '9600000000' }, { supplier: 'SE', recipient: 'CL', valueUsd: '8500000000' }],
  },
  // session 37: a sale told without its value in headline and body takes the price a later sentence gives it ("could be sold at a price of")
  {
    text: 'Spain to sell two corvettes to Peru\n\nSpain could sell the last two of its corvettes to Peru, the minister confirmed. Talks had gone on for months. The two ships were built for the Spanish Navy. According to reports, the ships could be sold at a price of $600 million and would leave the Spanish Navy short of escorts.',
    sales: [{ supplier: 'ES', recipient: 'PE', valueUsd: '600000000' }],
  },
  // session 37: the headline's amount differs from the body's, the body's mentions without an amount having joined the headline's sale
  {
    text: 'US approves Chile’s $75 million request for 20 missiles\n\nThe State Department has approved Chile’s request to purchase 20 air launched missiles for an estimated cost of $72 million. The agency added that Chile requested to buy 20 Harpoon missiles.',
    sales: [{ supplier: 'US', recipient: 'CL', valueUsd: '72000000' }],
  },
];

/** Aid, loans, exercises and makers' own business: no sale. */
export const FRAME_NON_CASES: { text: string; source?: string }[] = [
  // a description of a state that buys nothing
  { text: 'France hosted Romania’s defence minister on Monday. The Balkan nation is weighing new corvettes worth $900 million.' },
  { text: 'Germany will donate 20 Leopard 1 tanks to Ukraine.' },
  { text: 'Japan extended a ¥40 billion loan to the Philippines to build coast guard patrol vessels.' },
  { text: 'South Korean and Polish troops held joint exercises with K2 tanks and K9 howitzers.' },
  { text: 'India and France conducted the Varuna naval exercise with Rafale jets and two frigates.' },
  { text: 'France will lend Egypt €3 billion to finance its purchases of military equipment.' },
  { text: 'Thailand received a loan from Japan. The loan covers two patrol vessels worth 5 billion yen.' },
  { text: 'Poland has signed more than $10 billion worth of defence contracts with South Korea since the new government took office.' },
  { text: 'Hanwha Aerospace reported an operating profit of 1.2 trillion won on strong sales of howitzers.' },
  { text: 'Brazil and France yesterday signed an agreement on defence cooperation and joint training of their navies.' },
  { text: 'The first contract for the new metro line was valued at 1 trillion won.' },
  { text: 'The purchase of 20 new trains was approved by Germany on Friday.' },
  // a total bought so far or to date is no one deal
  { text: 'Chile has so far purchased Dutch-built frigates and aircraft totaling approximately $3 billion.' },
];

/**
 * Transfers a text reporting a sale refers to beside it, each an ARMS_SALE event with no sale of its own: the events'
 * parties as `SUPPLIER:XX RECIPIENT:YY`, one string an event, the text's own sale first.
 */
export const TRANSFER_CASES: { text: string; events: string[] }[] = [
  { text: 'Kenya ordered 12 howitzers from France for €90 million. France completed the delivery of 20 armoured vehicles to Ghana last year.', events: ['SUPPLIER:FR RECIPIENT:KE', 'SUPPLIER:FR RECIPIENT:GH'] },
  // two buyers named are two orders, a longer list one background fact
  { text: 'Vietnam signed a $500 million deal for eight patrol boats from India. Malaysia and Indonesia, which have ordered the same boats, expect deliveries next year.', events: ['SUPPLIER:IN RECIPIENT:VN', 'RECIPIENT:MY', 'RECIPIENT:ID'] },
  { text: 'Vietnam signed a $500 million deal for eight patrol boats from India. The radar on the boats has previously been purchased by customers including Brazil, Kenya, Peru and Chile.', events: ['SUPPLIER:IN RECIPIENT:VN', 'RECIPIENT:BR RECIPIENT:KE RECIPIENT:PE RECIPIENT:CL'] },
  // other states that chose the same weapon, or its buyers named as such: theirs; a rank among buyers is none
  { text: 'Vietnam signed a $500 million deal for eight patrol boats from India. Kenya and Ghana have also selected the patrol boats.', events: ['SUPPLIER:IN RECIPIENT:VN', 'RECIPIENT:KE', 'RECIPIENT:GH'] },
  { text: 'Vietnam signed a $500 million deal for eight patrol boats from India. Vietnam now joins Kenya and Ghana as buyers of the patrol boats from India.', events: ['SUPPLIER:IN RECIPIENT:VN', 'SUPPLIER:IN RECIPIENT:KE', 'SUPPLIER:IN RECIPIENT:GH'] },
  { text: 'Vietnam signed a $500 million deal for eight patrol boats from India. Vietnam has become one of the biggest buyers of Indian patrol boats.', events: ['SUPPLIER:IN RECIPIENT:VN'] },
  // other states buying the weapon now, its users after a passive (examples given are one fact), a buyer ranked after those
  // before it; not a state describing the user, nor a rank among buyers of a seller's arms
  { text: 'Peru signed a $600 million contract with South Korea for 20 K9 howitzers. Chile and Ecuador are also procuring the howitzers.', events: ['SUPPLIER:KR RECIPIENT:PE', 'RECIPIENT:CL', 'RECIPIENT:EC'] },
  { text: 'Peru signed a $600 million contract with South Korea for 20 K9 howitzers. The K9 has already been adopted by countries such as Norway and Egypt.', events: ['SUPPLIER:KR RECIPIENT:PE', 'SUPPLIER:KR RECIPIENT:NO RECIPIENT:EG'] },
  { text: 'Peru signed a $600 million contract with South Korea for 20 K9 howitzers. It is the first time the howitzer was adopted by a country with close ties to the Russian industry.', events: ['SUPPLIER:KR RECIPIENT:PE'] },
  { text: 'Kenya signed a $400 million contract to buy 12 Gripen fighters from Sweden. Kenya is the fourth nation to order the Gripen, joining Hungary, Thailand and Brazil.', events: ['SUPPLIER:SE RECIPIENT:KE', 'SUPPLIER:SE RECIPIENT:HU RECIPIENT:TH RECIPIENT:BR'] },
  { text: 'Kenya signed a $400 million contract to buy 12 Gripen fighters from Sweden. Kenya is the second country in Africa after Ghana to buy the fighter.', events: ['SUPPLIER:SE RECIPIENT:KE', 'RECIPIENT:GH'] },
  { text: 'Kenya signed a $400 million contract to buy 12 Gripen fighters from Sweden. Kenya is the second largest buyer of Swedish arms after Norway.', events: ['SUPPLIER:SE RECIPIENT:KE'] },
  // a buyer's choice told in the past is a step of its own, the sale's buyer's too when the deal is signed; the chosen weapon's maker
  // sells (not a rival it beat), and a type is the same written with or without its hyphen ("K9", "K-9"); a choice still to come or
  // in the passive is none
  { text: 'Peru signed a $600 million contract with South Korea for 20 K9 howitzers. In March 2021 Chile selected the K-9 after trials.', events: ['SUPPLIER:KR RECIPIENT:PE', 'SUPPLIER:KR RECIPIENT:CL'] },
  { text: 'Peru signed a $600 million contract with Sweden for 12 Gripen fighters. Peru chose the Gripen over the Rafale in 2019.', events: ['SUPPLIER:SE RECIPIENT:PE', 'SUPPLIER:SE RECIPIENT:PE'] },
  { text: 'Peru signed a $600 million contract with Sweden for 12 Gripen fighters. The Gripen was selected by a panel of pilots.', events: ['SUPPLIER:SE RECIPIENT:PE'] },
  { text: 'Peru signed a $600 million contract with Sweden for 12 Gripen fighters. Chile will select a fighter next year.', events: ['SUPPLIER:SE RECIPIENT:PE'] },
  // the sale's own delivery, a state's exports in a year, a gift, and a text reporting no sale: no event of their own
  { text: 'Chile signed a $400 million contract to buy six frigates from the Netherlands. Chile will take delivery of the frigates in 2027.', events: ['SUPPLIER:NL RECIPIENT:CL'] },
  { text: 'Chile signed a $400 million contract to buy six frigates from the Netherlands. South Korea exported $15 billion worth of weapons last year.', events: ['SUPPLIER:NL RECIPIENT:CL'] },
  { text: 'Chile signed a $400 million contract to buy six frigates from the Netherlands. Germany donated 10 patrol boats to Chile.', events: ['SUPPLIER:NL RECIPIENT:CL'] },
  { text: 'Iran has test-fired its newly acquired anti-ship missiles. Iran had acquired the missiles from China.', events: [] },
  // session 40: a state naming the goods' origin or an industry receives nothing ("the Swedish jets", "the French defence
  // industry's customers"); "A and B, which has" has B alone for subject; "the first frigates" are the sale's own; "also inked
  // an order for" is a second order of the same buyer
  { text: "Chile signed a $400 million contract to buy six Gripen fighters from Sweden. The fighters will be acquired under the Halcon programme, with the Swedish jets set to replace the air force's F-5 fighters.", events: ['SUPPLIER:SE RECIPIENT:CL'] },
  { text: 'Peru signed a $600 million contract with South Korea for 20 K9 howitzers. Peru borders Chile and Bolivia, which has already begun getting delivery of the same howitzers.', events: ['SUPPLIER:KR RECIPIENT:PE', 'RECIPIENT:BO'] },
  { text: 'Chile signed a $400 million contract to buy six frigates from France. The deal, which will also see Naval Group refit two Chilean ships, ensures the delivery of the first frigates in 2027.', events: ['SUPPLIER:FR RECIPIENT:CL'] },
  { text: 'Kenya signed a $900 million contract to buy 12 Rafale jets from France. Kenya, one of the French defence industry’s biggest customers, also inked an order for 10 patrol boats.', events: ['SUPPLIER:FR RECIPIENT:KE', 'RECIPIENT:KE'] },
  // a sale told without an amount beside the priced one: its event, no sale of its own
  { text: 'Peru signed a deal worth $300 million to buy 24 used F-16 jets from Norway. Norway has ordered 52 F-35A fighter jets.', events: ['SUPPLIER:NO RECIPIENT:PE', 'SUPPLIER:US RECIPIENT:NO'] },
  // an earlier deal told in a later sentence of the sale, or naming no state: the sale's buyer's event beside it
  { text: "Vietnam signed a $500 million contract with Hanwha to buy eight frigates. The latest deal follows Hanwha's earlier contracts with Vietnam, which include ten patrol vessels.", events: ['SUPPLIER:KR RECIPIENT:VN', 'SUPPLIER:KR RECIPIENT:VN'] },
  { text: 'Peru signed a deal worth $300 million to buy 24 used F-16 jets from Norway. Peru earlier planned to acquire Russian MiG-29 fighters, but turned to Norway and bought the F-16 jets.', events: ['SUPPLIER:NO RECIPIENT:PE', 'SUPPLIER:RU RECIPIENT:PE'] },
  { text: 'Egypt has bought 12 helicopters from Italy for €800 million. The purchase follows another order in May for four frigates.', events: ['SUPPLIER:IT RECIPIENT:EG', 'SUPPLIER:IT RECIPIENT:EG'] },
  { text: 'Vietnam signed a $700 million agreement with KAI to buy 12 FA-50 jets. The new deal is the second FA-50 contract between the two nations, following an earlier agreement in 2014 for the delivery of 12 jets.', events: ['SUPPLIER:KR RECIPIENT:VN', 'SUPPLIER:KR RECIPIENT:VN'] },
  // session 28: a deal of a year named after "follows", in a sentence speaking again of the sale before: that sale's parties' earlier deal
  { text: 'Kenya ordered 12 howitzers from France for €90 million. The order, which follows the 2019 purchase of 20 armoured vehicles, will be paid over ten years.', events: ['SUPPLIER:FR RECIPIENT:KE', 'SUPPLIER:FR RECIPIENT:KE'] },
  // the deal itself told again as the first of a series, words said earlier, a delivery of the sale: no event of their own
  { text: 'Vietnam has ordered 12 Rafale jets from France for €3 billion. The first signed deal covers four of the jets, to be followed by eight others.', events: ['SUPPLIER:FR RECIPIENT:VN'] },
  { text: 'Russia will supply India with S-400 systems in a $5 billion deal. India had earlier said that it would go ahead with the acquisition of the missiles from Russia.', events: ['SUPPLIER:RU RECIPIENT:IN'] },
  { text: 'Chile signed a $400 million contract to buy six frigates from the Netherlands. The first frigate will be delivered to Chile in 2027.', events: ['SUPPLIER:NL RECIPIENT:CL'] },
  // session 31: the buyer's clearing of the deal told as a step before the signing, its own event; not one still to come, nor another state's
  { text: 'Kenya signed a contract with France on Monday for 12 howitzers worth €90 million. The deal, which was approved by the Kenyan parliament earlier this month, was sealed during a visit to Nairobi.', events: ['SUPPLIER:FR RECIPIENT:KE', 'SUPPLIER:FR RECIPIENT:KE'] },
  { text: 'Peru signed a $300 million deal for 24 used F-16 jets from Norway. The defence council had cleared the purchase last week.', events: ['SUPPLIER:NO RECIPIENT:PE', 'SUPPLIER:NO RECIPIENT:PE'] },
  { text: 'Peru signed a $300 million deal for 24 used F-16 jets from Norway. The deal must still be approved by the Peruvian congress.', events: ['SUPPLIER:NO RECIPIENT:PE'] },
  { text: 'Finland signed a $300 million deal for air defence systems from Israel. The deal had been approved by the United States in August.', events: ['SUPPLIER:IL RECIPIENT:FI'] },
  // session 40: the seller's own clearing is a step of its own too, and a clearing told as given ("following approval from",
  // "gave the go-ahead", "has given the government authority") needs no other word of time; a third state named outside the
  // clearing's clause does not make it another's
  { text: 'Peru signed a $300 million deal for 24 used F-16 jets from Norway. Norway had cleared the deal earlier this month.', events: ['SUPPLIER:NO RECIPIENT:PE', 'SUPPLIER:NO RECIPIENT:PE'] },
  { text: 'Peru signed a $300 million deal for 24 used F-16 jets from Norway. Following approval from the Norwegian parliament in May, the contract was signed in Lima.', events: ['SUPPLIER:NO RECIPIENT:PE', 'SUPPLIER:NO RECIPIENT:PE'] },
  { text: 'Kenya signed a contract with France for 12 howitzers worth €90 million. The minister flew to Paris to sign it, after the cabinet gave the go-ahead.', events: ['SUPPLIER:FR RECIPIENT:KE', 'SUPPLIER:FR RECIPIENT:KE'] },
  { text: 'Chile signed a $400 million contract to buy six frigates from the Netherlands. The Dutch parliament has given the government authority to sell two more.', events: ['SUPPLIER:NL RECIPIENT:CL', 'SUPPLIER:NL RECIPIENT:CL'] },
  { text: 'Kenya signed a contract with France for 12 howitzers worth €90 million. The deal was cleared last week by the defence council, amid tension between Kenya and Somalia.', events: ['SUPPLIER:FR RECIPIENT:KE', 'SUPPLIER:FR RECIPIENT:KE'] },
  { text: 'Kenya signed a contract with France for 12 howitzers worth €90 million. The deal will go to the cabinet after the parliament gives its approval.', events: ['SUPPLIER:FR RECIPIENT:KE'] },
  // session 47: the clearing told with "earlier" or "previously" before its participle ("was earlier cleared by the cabinet")
  { text: 'Peru signed a $300 million deal for 24 used F-16 jets from Norway. The purchase was earlier cleared by the defence council.', events: ['SUPPLIER:NO RECIPIENT:PE', 'SUPPLIER:NO RECIPIENT:PE'] },
  { text: 'Kenya signed a contract with France for 12 howitzers worth €90 million. The acquisition was previously approved by the cabinet.', events: ['SUPPLIER:FR RECIPIENT:KE', 'SUPPLIER:FR RECIPIENT:KE'] },
  // session 47 (arms35): a day between the participle and its agent; a clearing told beside a deal not yet concluded (proposed,
  // approved, cancelled) in a later sentence with a time before the news, by the seller's organ or as its notice to Congress, or
  // named as a previous one; not the sale's own approval told again with its amount or on its own day
  { text: 'Kenya signed a contract with France for 12 howitzers worth €90 million. The acquisition was approved on 3 March of this year by the defence committee.', events: ['SUPPLIER:FR RECIPIENT:KE', 'SUPPLIER:FR RECIPIENT:KE'] },
  { text: 'Peru will cancel its planned $900 million purchase of eight helicopters from the United States. The State Department approved the sale of the helicopters in April.', events: ['SUPPLIER:US RECIPIENT:PE', 'SUPPLIER:US RECIPIENT:PE'] },
  { text: 'Peru will buy 40 tanks from the United States for $2 billion. The State Department notified Congress of the sale on Tuesday, officials said.', events: ['SUPPLIER:US RECIPIENT:PE', 'SUPPLIER:US RECIPIENT:PE'] },
  { text: "Chile's senate approved the $300 million purchase of six drones from Israel on Monday, confirming the lower chamber's previous authorisation of the deal.", events: ['SUPPLIER:IL RECIPIENT:CL', 'SUPPLIER:IL RECIPIENT:CL'] },
  { text: 'Chile is set to buy six air-defence systems from Israel for $500 million, the minister said on Wednesday. The purchase was approved by the government on Wednesday.', events: ['SUPPLIER:IL RECIPIENT:CL'] },
  { text: 'Peru will buy 20 F-16 jets from the United States. In March, President Smith announced that he had approved the $2 billion sale of the F-16 jets to Peru.', events: ['SUPPLIER:US RECIPIENT:PE'] },
  // session 31: weapons bought "from" another seller, naming no buyer, are the text's one buyer's earlier purchase; not the sale's own seller again
  { text: 'Kenya ordered 12 howitzers from France for €90 million. The howitzers replace the old guns the army bought from Russia in 1985.', events: ['SUPPLIER:FR RECIPIENT:KE', 'SUPPLIER:RU RECIPIENT:KE'] },
  { text: 'Kenya ordered 12 howitzers from France for €90 million. The army received two patrol boats from Germany as a donation last year.', events: ['SUPPLIER:FR RECIPIENT:KE'] },
  // session 41: an earlier signing of the deal told with a time of its own (a letter of intent, the first contract, documents signed
  // as part of the deal) is a step of its own; not the deal's own day told again, a signing still to come, nor a deadline
  { text: 'Peru signed a $300 million deal on Tuesday to buy 24 used F-16 jets from Norway. In March, the Norwegian minister visited Peru and signed a letter of intent to sell the jets.', events: ['SUPPLIER:NO RECIPIENT:PE', 'SUPPLIER:NO RECIPIENT:PE'] },
  { text: 'Kenya has finalised a $900 million deal for 12 Gripen fighters from Sweden. Saab then signed a contract with the Kenyan government in October 2023, but some details were left open.', events: ['SUPPLIER:SE RECIPIENT:KE', 'SUPPLIER:SE RECIPIENT:KE'] },
  { text: 'Chile signed a $400 million contract with Sweden on Friday for six Visby corvettes. The contract, signed in Santiago on Friday, also covers training.', events: ['SUPPLIER:SE RECIPIENT:CL'] },
  { text: 'Chile signed a $400 million contract to buy six frigates from the Netherlands. The two sides will sign a support contract in May.', events: ['SUPPLIER:NL RECIPIENT:CL'] },
  { text: 'Chile signed a $400 million contract to buy six frigates from the Netherlands. The shipyard said it had signed the contract to deliver them by 2027.', events: ['SUPPLIER:NL RECIPIENT:CL'] },
  // session 46: a further deal of the sale's buyer told in a later sentence of the sale (more goods, a further deal, an interest
  // in buying), and a second deal "followed by" the first in one sentence, are deals of their own; not an option the deal holds,
  // nor other states' interest
  { text: 'Kenya signed a $400 million contract to buy 12 Gripen fighters from Sweden. Kenya could buy 12 more Gripen fighters from Sweden next year.', events: ['SUPPLIER:SE RECIPIENT:KE', 'SUPPLIER:SE RECIPIENT:KE'] },
  { text: 'Peru signed a $600 million contract with South Korea for 20 K9 howitzers. Hanwha also expects to win a deal to supply another 18 howitzers to Peru.', events: ['SUPPLIER:KR RECIPIENT:PE', 'SUPPLIER:KR RECIPIENT:PE'] },
  { text: 'Chile signed a $400 million contract to buy four Gripen jets from Sweden. Chile has expressed interest in buying eight new Gripen jets from Sweden, but the first contract covers four jets.', events: ['SUPPLIER:SE RECIPIENT:CL', 'SUPPLIER:SE RECIPIENT:CL'] },
  { text: 'Chile signed a $400 million contract to buy six frigates from the Netherlands. Chile signed a further deal for two more frigates.', events: ['SUPPLIER:NL RECIPIENT:CL', 'RECIPIENT:CL'] },
  { text: 'Norway signed a $500 million contract with Hanwha for 24 K9 howitzers. Hanwha previously secured a $170 million contract with Norway for 24 howitzers, followed by a smaller 2022 order for four more systems.', events: ['SUPPLIER:KR RECIPIENT:NO', 'SUPPLIER:KR RECIPIENT:NO', 'SUPPLIER:KR RECIPIENT:NO'] },
  { text: 'Kenya signed a $400 million contract to buy 12 Gripen fighters from Sweden. The contract includes an option for 6 more Gripen fighters.', events: ['SUPPLIER:SE RECIPIENT:KE'] },
  { text: 'Vietnam signed a $500 million deal for eight patrol boats from India. Several other nations have expressed interest in buying the boats from India, including Kenya and Ghana.', events: ['SUPPLIER:IN RECIPIENT:VN'] },
];

/**
 * Where a sale's event happens when no sentence places it: the seller's own clearing at the seller, a plan to buy, an
 * agreement, a signing or a delivery at the buyer.
 */
export const PLACE_CASES: { text: string; place: string }[] = [
  { text: 'Germany has approved the sale of 54 Leopard 2 tanks to Qatar for 1.9 billion euros.', place: 'DE' },
  { text: 'The State Department has approved a possible Foreign Military Sale to the Government of Chile of 20 AIM-120 missiles for an estimated cost of $80 million.', place: 'US' },
  { text: 'Vietnam will buy four patrol boats from India for $300 million.', place: 'VN' },
  { text: 'France has reached an agreement to export 12 Rafale jets to Serbia in a €2.7 billion deal.', place: 'RS' },
  { text: 'Kenya signed a $90 million contract to buy 12 howitzers from France.', place: 'KE' },
  // session 29: a purchase approved is the buyer's clearing; a signing's place the text writes
  { text: 'Peruvian lawmakers on Monday approved the acquisition of 20 rocket launchers from Israel for roughly $300 million.', place: 'PE' },
  { text: 'Kenya signed a $90 million contract to buy 12 howitzers from France. The deal was signed in Paris by the two defence ministers.', place: 'FR' },
  { text: 'Chile signed a $400 million contract to buy six frigates from the Netherlands. Friday’s deal was signed at a Dutch naval base.', place: 'NL' },
  // session 45: an amount with a decimal point ends no pattern's words ("approved a €1.25 billion purchase" is the buyer's clearing)
  { text: 'Greece’s parliament approved a €1.25 billion purchase of three frigates from France.', place: 'GR' },
  // session 46: a signing's place written after the occasion it was held at; a state's embassy is in the town named after it
  { text: 'Kenya signed a $90 million contract to buy 12 howitzers from France. The contract was signed at a ceremony at the Hilton hotel in Paris.', place: 'FR' },
  { text: 'Kenya signed a $90 million contract to buy 12 howitzers from France during a signing ceremony held at the French Embassy in Nairobi.', place: 'KE' },
];

/**
 * Session 42: a sale's day is none of the dates its sentence gives an earlier deal it follows ("a follow-up order to the contract
 * signed in 2019") or a deadline ("to be delivered by the end of 2023"); with no other date the sale stays undated.
 */
export const DEAL_DAY_CASES: { text: string; day: string | null }[] = [
  { text: 'Kenya signed a $90 million contract to buy 12 howitzers from France in a follow-up order to the contract signed in 2019.', day: null },
  { text: 'Kenya signed a $90 million contract to buy 12 howitzers from France, which are to be delivered by the end of 2023.', day: null },
  { text: 'Kenya signed a $90 million contract on Monday to buy 12 howitzers from France, which are to be delivered by the end of 2023.', day: '2024-06-03' },
];

/**
 * Session 32: in a report of a notification, the sentence telling the day Congress was notified of the sale dates the sale's
 * event (the day the report was filed or the agency's notice posted is not it).
 */
export const NOTIFIED_DAY_CASES: { text: string; day: string }[] = [
  {
    text: 'The State Department has approved a possible Foreign Military Sale to the Government of Chile of 20 F-16 jets for an estimated cost of $2.48 billion, the agency said in a notice on June 3. The agency delivered the required certification notifying Congress of this possible sale on May 30 2024, the statement said.',
    day: '2024-05-30',
  },
  {
    text: 'The Defense Security Cooperation Agency said on Friday that the State Department approved the sale of 12 AH-64E helicopters to Kenya for $900 million. It notified Congress of the sale on May 21, 2024.',
    day: '2024-05-21',
  },
];
