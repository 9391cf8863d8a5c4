// Word lists for synthetic coverage: name pools by naming tradition, offices, publishers, weapon
// systems and story topics. Names are plain ASCII so slugs stay readable.

const words = (text: string): string[] => text.trim().split(/\s+/);

export interface NamePool {
  given: string[];
  family: string[];
  /** The press writes the family name first (Xi Jinping, Kim Jong-un). */
  familyFirst?: boolean;
}

export const NAME_POOLS = {
  anglo: {
    given: words('James John Robert Michael David Richard Thomas Mark Paul Andrew Peter Stephen Mary Elizabeth Sarah Karen Susan Margaret Helen Anne Rachel Catherine Emily Laura Julia Grace Daniel Simon Jonathan Patrick Kevin'),
    family: words('Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Clark Lewis Walker Hall Young Allen Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Cooper Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray Hughes Price Sanders Fletcher Harrington Lockwood Ashford Whitmore'),
  },
  hispanic: {
    given: words('Jose Luis Carlos Juan Miguel Javier Alejandro Fernando Ricardo Eduardo Sergio Andres Gabriel Maria Carmen Ana Laura Lucia Isabel Patricia Gabriela Claudia Veronica Marcela Daniela Rosa Elena Diego Pablo Ramon'),
    family: words('Garcia Rodriguez Martinez Lopez Gonzalez Hernandez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Morales Ortiz Castillo Romero Alvarez Ruiz Mendoza Vargas Castro Guerrero Rojas Medina Aguilar Herrera Navarro Salazar Cabrera Fuentes Delgado Pena Vega Cortes Campos Rios Sandoval Ibarra'),
  },
  lusophone: {
    given: words('Joao Antonio Francisco Paulo Pedro Luiz Marcos Rui Tiago Rafael Fernanda Beatriz Mariana Ines Luisa Carla Renata Helena Joana Sofia'),
    family: words('Silva Santos Oliveira Souza Costa Pereira Ferreira Rodrigues Almeida Carvalho Gomes Martins Araujo Ribeiro Barbosa Cardoso Teixeira Moreira Correia Pinto Lima Nunes Mendes Barros Freitas'),
  },
  french: {
    given: words('Jean Pierre Michel Philippe Alain Nicolas Francois Laurent Olivier Julien Thomas Antoine Marie Sophie Isabelle Catherine Nathalie Claire Camille Helene Christine Valerie Amelie Emmanuel Bruno'),
    family: words('Martin Bernard Dubois Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard Andre Mercier Dupont Lambert Bonnet Francois Martinez Legrand Garnier Faure Rousseau Blanc Guerin Muller Henry Roussel Perrin Chevalier'),
  },
  german: {
    given: words('Thomas Michael Andreas Stefan Wolfgang Klaus Jurgen Frank Markus Christian Matthias Olaf Peter Sabine Ursula Petra Monika Katrin Annalena Julia Birgit Heike Claudia Karin Johannes Lukas Maximilian Hendrik'),
    family: words('Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Bauer Klein Wolf Schroder Neumann Schwarz Zimmermann Braun Kruger Hofmann Hartmann Lange Werner Krause Lehmann Kohler Maier Vogel Jansen Bakker Visser Smit Dekker Peeters Janssens'),
  },
  italian: {
    given: words('Giuseppe Giovanni Antonio Mario Luigi Francesco Paolo Marco Andrea Stefano Roberto Alessandro Matteo Giorgia Maria Anna Francesca Chiara Elena Laura Silvia Valentina Federica Sergio Enrico'),
    family: words('Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti DeLuca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone'),
  },
  greek: {
    given: words('Georgios Dimitrios Konstantinos Ioannis Nikolaos Panagiotis Kyriakos Alexis Andreas Christos Maria Eleni Katerina Dora Sofia Anna Vasiliki Despina'),
    family: words('Papadopoulos Papageorgiou Oikonomou Georgiou Karamanlis Dimitriou Nikolaidis Vlachos Christodoulides Anastasiades Mitsotakis Kostopoulos Angelopoulos Makris Pappas Antoniou Alexiou Stavrou'),
  },
  nordic: {
    given: words('Lars Anders Erik Johan Per Magnus Nils Henrik Olof Jonas Mikael Bjorn Anna Kristina Ingrid Karin Eva Maria Sanna Mette Ulf Jens Stefan Sauli'),
    family: words('Johansson Andersson Karlsson Nilsson Eriksson Larsson Olsen Hansen Pedersen Nielsen Jensen Kristiansen Lindberg Lindqvist Berg Haugen Virtanen Korhonen Niinisto Stoltenberg Frederiksen Rasmussen Solberg Lofven Kristersson Haavisto'),
  },
  slavic: {
    given: words('Sergei Vladimir Dmitry Andrei Alexei Nikolai Mikhail Pavel Oleksandr Volodymyr Petro Dmytro Tomasz Piotr Marek Jan Milan Aleksandar Ivan Olga Natalia Tatiana Irina Elena Anna Katarzyna Agnieszka Yulia Svetlana Zoran'),
    family: words('Ivanov Petrov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Kowalski Nowak Wisniewski Wojcik Kaminski Lewandowski Novak Horvat Petrovic Jovanovic Nikolic Dimitrov Georgiev Popescu Ionescu Kovacs Nagy Szabo Toth'),
  },
  arabic: {
    given: words('Mohammed Ahmed Ali Omar Khalid Abdullah Hassan Hussein Youssef Ibrahim Mahmoud Faisal Tariq Saeed Nasser Karim Walid Sami Fatima Aisha Layla Mariam Noura Huda Rania Salma Amina'),
    family: words('Al-Saud Al-Thani Al-Nahyan Al-Sabah Haddad Khalil Nasser Mansour Saleh Hamdan Aziz Karimi Rahman Farouk Suleiman Jaber Darwish Bakr Othman Qasim Mahfouz Hariri Mikati Abbas Shoukry Safadi Zayed Ghanem Barakat Sabri Taha Yousef'),
  },
  persian: {
    given: words('Ali Hassan Mohammad Javad Hossein Reza Mahmoud Abbas Mehdi Ebrahim Masoud Ahmad Zahra Fatemeh Maryam Narges Shirin Parisa Ashraf Hamid'),
    family: words('Rouhani Zarif Raisi Amirabdollahian Araghchi Hosseini Ahmadi Mohammadi Rezaei Karimi Moradi Jafari Ghani Rahimi Sadeghi Ebrahimi Najafi Kazemi Mousavi Tehrani Sharifi Zaheri'),
  },
  turkic: {
    given: words('Mehmet Mustafa Ahmet Ali Hakan Mevlut Recep Kemal Murat Emre Ilham Nursultan Kassym Shavkat Emomali Serdar Ayse Fatma Zeynep Elif Aigul Dinara Bakhtiyar'),
    family: words('Yilmaz Kaya Demir Sahin Celik Yildiz Yildirim Ozturk Aydin Ozdemir Arslan Dogan Kilic Aslan Cavusoglu Fidan Aliyev Bayramov Tokayev Nazarbayev Berdimuhamedov Karimov Rakhmonov Japarov Erdogan Akar Guler'),
  },
  hebrew: {
    given: words('David Yosef Moshe Avraham Yaakov Daniel Benjamin Yair Naftali Isaac Gideon Eli Ayelet Tzipi Miri Shira Michal Noa Yael Orit'),
    family: words('Cohen Levi Mizrahi Peretz Biton Friedman Katz Shapiro Golan Ben-David Gantz Lapid Bennett Herzog Gallant Shaked Barkat Sa-ar Eisenkot Amsalem Danon Erdan'),
  },
  chinese: {
    given: words('Wei Jian Ming Hua Qiang Jun Lei Tao Yong Jie Hong Ping Gang Bin Li Na Fang Yan Xiu Ling Jing Yi Yuhang Jinping Keqiang Xiaoming'),
    family: words('Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu'),
    familyFirst: true,
  },
  japanese: {
    given: words('Hiroshi Takeshi Kenji Yoshihide Fumio Shigeru Taro Yoko Yoshimasa Toshimitsu Nobuo Minoru Katsunobu Kiyoshi Akira Haruki Yuko Sanae Kyoko Noriko Mariko Keiko Tomomi Shinjiro'),
    family: words('Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Ishiba Kishida Motegi Kamikawa Iwaya Nakatani'),
  },
  korean: {
    given: words('Min-jun Seo-jun Ji-hoon Sung-ho Jae-in Suk-yeol Jin Kang-il Dong-hyun Young-soo Jong-un Yo-jong Hye-jin Ji-young Eun-ji Soo-yeon Kyung-wha Chung-hyun Hak-jae Sang-woo'),
    family: words('Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon Yang Son Bae Baek Heo Chung Ri Choe'),
    familyFirst: true,
  },
  southAsian: {
    given: words('Rahul Amit Vijay Sanjay Rajesh Narendra Subrahmanyam Rajnath Nirmala Priya Anjali Sunita Kavita Meera Imran Shehbaz Bilawal Asif Nawaz Sheikh Mahinda Ranil Pushpa Arjun Vikram Ashok Deepak'),
    family: words('Sharma Verma Gupta Singh Kumar Patel Shah Reddy Rao Iyer Nair Menon Jaishankar Sitharaman Modi Khan Sharif Bhutto Zardari Qureshi Hasina Rahman Chowdhury Rajapaksa Wickremesinghe Dahal Deuba Mehta Joshi Das Bose'),
  },
  southeastAsian: {
    given: words('Nguyen Anh Minh Thanh Joko Prabowo Retno Sugiono Ferdinand Enrique Manuel Rodrigo Anwar Mahathir Lee Vivian Hun Prayut Srettha Paetongtarn Aung Min Thein Maria Siti Dewi Arief'),
    family: words('Nguyen Tran Le Pham Hoang Vu Dang Bui Widodo Subianto Marsudi Sudarsono Santoso Hidayat Marcos Manalo Duterte Ibrahim Mohamad Loong Balakrishnan Sen Manet Chan-o-cha Thavisin Shinawatra Sangiampongsa Hlaing Kyi Sukarno Wibowo'),
  },
  african: {
    given: words('Kwame Kofi Ama Abena Chidi Ngozi Emeka Oluwaseun Bola Yemi Tinubu Amina Fatou Moussa Ibrahima Abdoulaye Mamadou Cheikh Aliou Jomo William Uhuru Raila Samia Abiy Cyril Naledi Thabo Sipho Nomvula Paul Yoweri Felix Hakainde Emmerson Ruto Hage Nana'),
    family: words('Mensah Owusu Boateng Asante Okafor Adeyemi Okonkwo Obi Balogun Adebayo Diallo Traore Keita Sow Ndiaye Diop Toure Kamara Kenyatta Odinga Ruto Mwangi Otieno Kimani Hassan Ahmed Tesfaye Bekele Ramaphosa Mbeki Zuma Dlamini Nkosi Kagame Museveni Tshisekedi Hichilema Mnangagwa Akufo-Addo Mahama Geingob Masisi'),
  },
} satisfies Record<string, NamePool>;

export type NameCulture = keyof typeof NAME_POOLS;

/** Naming tradition by country code; other countries fall back on their region (see world.ts). */
export const CULTURE_BY_COUNTRY: Record<string, NameCulture> = {
  US: 'anglo', GB: 'anglo', IE: 'anglo', CA: 'anglo', AU: 'anglo', NZ: 'anglo', JM: 'anglo', TT: 'anglo', BS: 'anglo',
  BB: 'anglo', BZ: 'anglo', GY: 'anglo', MT: 'italian', ES: 'hispanic', PT: 'lusophone', BR: 'lusophone',
  AO: 'lusophone', MZ: 'lusophone', CV: 'lusophone', GW: 'lusophone', ST: 'lusophone', TL: 'lusophone',
  FR: 'french', BE: 'french', LU: 'french', MC: 'french', HT: 'french', CH: 'german', DE: 'german', AT: 'german',
  LI: 'german', NL: 'german', IT: 'italian', SM: 'italian', VA: 'italian', GR: 'greek', CY: 'greek',
  SE: 'nordic', NO: 'nordic', DK: 'nordic', FI: 'nordic', IS: 'nordic', EE: 'nordic',
  IL: 'hebrew', TR: 'turkic', AZ: 'turkic', KZ: 'turkic', UZ: 'turkic', TM: 'turkic', KG: 'turkic', TJ: 'persian',
  IR: 'persian', AF: 'persian', MN: 'turkic', CN: 'chinese', TW: 'chinese', HK: 'chinese', MO: 'chinese', SG: 'chinese',
  JP: 'japanese', KR: 'korean', KP: 'korean', IN: 'southAsian', PK: 'southAsian', BD: 'southAsian', LK: 'southAsian',
  NP: 'southAsian', BT: 'southAsian', MV: 'southAsian', PH: 'southeastAsian', AM: 'slavic', GE: 'slavic',
};

/** Offices a person can hold. `weight` is how much the press covers the office. */
export type OfficeKey =
  | 'headOfState'
  | 'headOfGovernment'
  | 'foreign'
  | 'defence'
  | 'finance'
  | 'trade'
  | 'interior'
  | 'security'
  | 'military'
  | 'ambassador'
  | 'opposition'
  | 'spokesperson';

export interface Office {
  key: OfficeKey;
  title: string;
  weight: number;
  /** Term length in years, [min, max]. */
  term: [number, number];
  /** How many hold it at once (ambassadors, spokespeople). */
  concurrent: number;
}

export const OFFICES: Record<OfficeKey, Office> = {
  headOfState: { key: 'headOfState', title: 'President', weight: 10, term: [4, 9], concurrent: 1 },
  headOfGovernment: { key: 'headOfGovernment', title: 'Prime Minister', weight: 9, term: [1, 7], concurrent: 1 },
  foreign: { key: 'foreign', title: 'Foreign Minister', weight: 8, term: [1, 6], concurrent: 1 },
  defence: { key: 'defence', title: 'Defence Minister', weight: 5, term: [1, 5], concurrent: 1 },
  finance: { key: 'finance', title: 'Finance Minister', weight: 2, term: [1, 5], concurrent: 1 },
  trade: { key: 'trade', title: 'Trade Minister', weight: 1.5, term: [1, 4], concurrent: 1 },
  interior: { key: 'interior', title: 'Interior Minister', weight: 1, term: [1, 4], concurrent: 1 },
  security: { key: 'security', title: 'National Security Adviser', weight: 2, term: [1, 4], concurrent: 1 },
  military: { key: 'military', title: 'Chief of the General Staff', weight: 1.5, term: [2, 5], concurrent: 1 },
  ambassador: { key: 'ambassador', title: 'Ambassador', weight: 1, term: [2, 4], concurrent: 3 },
  opposition: { key: 'opposition', title: 'Opposition Leader', weight: 2, term: [2, 8], concurrent: 1 },
  spokesperson: { key: 'spokesperson', title: 'Foreign Ministry Spokesperson', weight: 1.5, term: [1, 4], concurrent: 2 },
};

/** Country-specific names of offices. */
export const OFFICE_TITLES: Record<string, Partial<Record<OfficeKey, string>>> = {
  US: {
    foreign: 'Secretary of State',
    defence: 'Secretary of Defense',
    finance: 'Treasury Secretary',
    trade: 'Commerce Secretary',
    interior: 'Homeland Security Secretary',
    ambassador: 'Ambassador to the United Nations',
    opposition: 'Senate Minority Leader',
    spokesperson: 'State Department Spokesperson',
  },
  GB: {
    foreign: 'Foreign Secretary',
    defence: 'Defence Secretary',
    finance: 'Chancellor of the Exchequer',
    trade: 'Business and Trade Secretary',
    interior: 'Home Secretary',
    military: 'Chief of the Defence Staff',
  },
  DE: { headOfGovernment: 'Chancellor' },
  AT: { headOfGovernment: 'Chancellor' },
  CN: { headOfGovernment: 'Premier', opposition: 'Vice President' },
  RU: { opposition: 'Kremlin Spokesperson' },
  IN: { foreign: 'External Affairs Minister' },
  AU: { foreign: 'Foreign Minister', defence: 'Defence Minister' },
};

/** No separate head of government: the president leads the government. */
export const PRESIDENTIAL_ONLY = new Set(
  words('US MX BR AR CL CO VE EC BO UY PY CR PA GT HN SV NI DO ID PH NG KE GH ZA CY AF IR SS LR SL MW ZM ZW AO BJ'),
);

/** Monarchies: the press covers the head of government, so no elected head of state. */
export const MONARCHIES = new Set(
  words('GB ES NL BE SE NO DK JP TH MY SA JO MA KW QA AE BH OM BN CA AU NZ LU LI MC AD BT KH LS SZ TO JM BS BB BZ'),
);

/** Where the head of government, not the head of state, is the leader the press follows. */
export const PARLIAMENTARY = new Set(
  words('DE IT IN IL GR PT IE AT FI PL CZ SK HU EE LV LT SI HR BG RO RS PK BD NP LK IQ LB ET MT IS AL ME MK AM GE SG'),
);

/** Countries in the order of how much world news covers them (the rest follow, shuffled per seed). */
export const PROMINENT_COUNTRIES = words(
  'US CN RU UA GB FR DE IL IN JP IR KR TR SA PS BR CA AU IT PL KP TW EG SY PK ES MX QA AE NL SE FI NO ID VE ZA NG AF IQ ' +
    'LB YE JO GR HU RO BY AZ AM GE KZ VN PH TH MY SG NZ AR CL CO ET KE SD MA DZ LY BE DK AT CH CZ PT RS',
);

/** Offices a country's coverage needs, by how prominent the country is (rank in PROMINENT_COUNTRIES order). */
export function officesFor(rank: number): OfficeKey[] {
  if (rank < 25) return Object.keys(OFFICES) as OfficeKey[];
  if (rank < 70) return ['headOfState', 'headOfGovernment', 'foreign', 'defence', 'finance', 'ambassador', 'opposition'];
  return ['headOfState', 'headOfGovernment', 'foreign', 'defence'];
}

export interface Publisher {
  name: string;
  domain: string;
  weight: number;
}

/** Fictional publishers (the .example top-level domain is reserved for examples). */
export const PUBLISHERS: Publisher[] = [
  { name: 'Global Wire', domain: 'www.globalwire.example', weight: 10 },
  { name: 'The Daily Dispatch', domain: 'www.dailydispatch.example', weight: 6 },
  { name: 'World Affairs Review', domain: 'worldaffairs.example', weight: 4 },
  { name: 'Capital Herald', domain: 'www.capitalherald.example', weight: 5 },
  { name: 'Defence Monitor', domain: 'defencemonitor.example', weight: 3 },
  { name: 'The Continental', domain: 'www.continental.example', weight: 3 },
  { name: 'Asia Pacific Times', domain: 'www.aptimes.example', weight: 3 },
  { name: 'Evening Courier', domain: 'eveningcourier.example', weight: 2 },
];

export const SUMMIT_TOPICS = [
  'security',
  'climate finance',
  'trade',
  'migration',
  'energy',
  'food security',
  'nuclear non-proliferation',
  'maritime security',
  'Ukraine',
  'the Middle East',
  'artificial intelligence',
  'global health',
  'development',
  'counter-terrorism',
  'critical minerals',
];

export const MEETING_TOPICS = [
  'trade',
  'security cooperation',
  'energy',
  'the war in Ukraine',
  'the Middle East',
  'migration',
  'climate',
  'investment',
  'defence ties',
  'regional stability',
  'sanctions',
  'nuclear talks',
  'maritime disputes',
  'grain exports',
];

export const PROTEST_ISSUES = [
  'fuel prices',
  'pension reform',
  'election results',
  'corruption',
  'the cost of living',
  'a new security law',
  'police violence',
  'water shortages',
  'media restrictions',
  'tax increases',
];

/** Who takes military action against whom (actor, target, weight): real-world flashpoints. */
export const CONFLICTS: [string, string, number][] = [
  ['RU', 'UA', 20], ['UA', 'RU', 8], ['IL', 'PS', 12], ['IL', 'LB', 6], ['IL', 'SY', 5], ['IL', 'IR', 3],
  ['IR', 'IL', 2], ['IN', 'PK', 3], ['PK', 'IN', 2], ['PK', 'AF', 2], ['CN', 'TW', 4], ['KP', 'KR', 4],
  ['KP', 'JP', 2], ['AZ', 'AM', 3], ['SA', 'YE', 5], ['US', 'YE', 3], ['US', 'SY', 3], ['US', 'IQ', 3],
  ['US', 'IR', 1], ['GB', 'YE', 1], ['TR', 'SY', 4], ['TR', 'IQ', 3], ['IR', 'IQ', 1], ['SD', 'SS', 1],
  ['RW', 'CD', 2], ['ET', 'ER', 1], ['TH', 'KH', 1], ['FR', 'ML', 2], ['RU', 'SY', 3], ['CN', 'PH', 2],
  ['EG', 'LY', 1], ['AE', 'YE', 1], ['AM', 'AZ', 1], ['CN', 'IN', 1], ['IN', 'CN', 1], ['VE', 'GY', 1],
];

export interface WeaponSystem {
  items: string;
  designation: string;
  /** Unit price in USD, [min, max]. */
  unitPrice: [number, number];
  quantity: [number, number];
}

const system = (items: string, designation: string, unitPrice: [number, number], quantity: [number, number]): WeaponSystem => ({
  items,
  designation,
  unitPrice,
  quantity,
});

/** The big exporters (weights roughly follow SIPRI shares) and systems they sell. */
export const EXPORTERS: { code: string; weight: number; systems: WeaponSystem[] }[] = [
  {
    code: 'US',
    weight: 40,
    systems: [
      system('F-16 Block 70 fighter aircraft', 'F-16V', [60e6, 90e6], [8, 40]),
      system('F-35A Lightning II fighter aircraft', 'F-35A', [80e6, 110e6], [12, 48]),
      system('AH-64E Apache attack helicopters', 'AH-64E', [30e6, 50e6], [6, 36]),
      system('Patriot air and missile defence batteries', 'MIM-104 PAC-3', [400e6, 1.1e9], [1, 8]),
      system('M142 HIMARS rocket launchers', 'M142', [5e6, 9e6], [6, 100]),
      system('M1A2 Abrams main battle tanks', 'M1A2 SEPv3', [8e6, 12e6], [30, 250]),
      system('Javelin anti-tank missiles', 'FGM-148', [150e3, 250e3], [100, 2000]),
      system('AIM-120 AMRAAM air-to-air missiles', 'AIM-120C-8', [1e6, 1.8e6], [20, 400]),
      system('Harpoon coastal defence systems', 'RGM-84L', [1.5e6, 3e6], [20, 400]),
      system('MQ-9B SkyGuardian drones', 'MQ-9B', [30e6, 60e6], [4, 31]),
      system('medium-range missiles, related equipment and training', 'SM-6', [4e6, 6e6], [50, 400]),
    ],
  },
  {
    code: 'FR',
    weight: 11,
    systems: [
      system('Rafale multirole fighter aircraft', 'Rafale F4', [90e6, 130e6], [6, 80]),
      system('CAESAR self-propelled howitzers', 'CAESAR Mk II', [4e6, 7e6], [6, 60]),
      system('Scorpene-class submarines', 'Scorpene', [500e6, 1.1e9], [2, 6]),
      system('Exocet anti-ship missiles', 'MM40 Block 3', [2e6, 4e6], [20, 120]),
      system('SAMP/T air defence systems', 'SAMP/T NG', [600e6, 900e6], [1, 4]),
    ],
  },
  {
    code: 'RU',
    weight: 11,
    systems: [
      system('Su-30 multirole fighter aircraft', 'Su-30MKI', [40e6, 60e6], [6, 36]),
      system('S-400 air defence systems', 'S-400 Triumf', [500e6, 1.2e9], [1, 5]),
      system('T-90 main battle tanks', 'T-90S', [3e6, 5e6], [50, 400]),
      system('Mi-17 transport helicopters', 'Mi-17V-5', [15e6, 20e6], [6, 48]),
    ],
  },
  {
    code: 'CN',
    weight: 6,
    systems: [
      system('J-10C fighter aircraft', 'J-10CE', [40e6, 60e6], [12, 36]),
      system('JF-17 Thunder fighter aircraft', 'JF-17 Block III', [25e6, 35e6], [8, 50]),
      system('Wing Loong II armed drones', 'Wing Loong II', [2e6, 4e6], [6, 60]),
      system('VT4 main battle tanks', 'VT4', [4e6, 6e6], [30, 200]),
      system('Type 054A frigates', 'Type 054A/P', [300e6, 400e6], [2, 4]),
    ],
  },
  {
    code: 'DE',
    weight: 6,
    systems: [
      system('Leopard 2 main battle tanks', 'Leopard 2A8', [12e6, 18e6], [18, 120]),
      system('IRIS-T SLM air defence systems', 'IRIS-T SLM', [140e6, 200e6], [1, 12]),
      system('Type 214 submarines', 'Type 214', [450e6, 700e6], [2, 6]),
      system('Boxer armoured vehicles', 'Boxer', [4e6, 7e6], [20, 200]),
    ],
  },
  {
    code: 'IT',
    weight: 4,
    systems: [
      system('M-346 advanced jet trainers', 'M-346', [20e6, 30e6], [6, 24]),
      system('FREMM multipurpose frigates', 'FREMM', [500e6, 800e6], [2, 6]),
      system('AW149 utility helicopters', 'AW149', [18e6, 30e6], [4, 32]),
    ],
  },
  {
    code: 'GB',
    weight: 4,
    systems: [
      system('Eurofighter Typhoon fighter aircraft', 'Typhoon Tranche 3', [90e6, 130e6], [6, 48]),
      system('Storm Shadow cruise missiles', 'Storm Shadow', [2.5e6, 3.5e6], [20, 200]),
      system('Wildcat maritime helicopters', 'AW159', [30e6, 45e6], [4, 16]),
      system('Starstreak air defence missiles', 'Starstreak HVM', [200e3, 400e3], [100, 1000]),
    ],
  },
  {
    code: 'KR',
    weight: 3,
    systems: [
      system('K2 Black Panther main battle tanks', 'K2', [8e6, 10e6], [50, 400]),
      system('K9 Thunder self-propelled howitzers', 'K9A1', [3.5e6, 5e6], [24, 300]),
      system('FA-50 light combat aircraft', 'FA-50', [30e6, 40e6], [12, 48]),
      system('Chunmoo multiple rocket launchers', 'K239', [5e6, 8e6], [12, 290]),
    ],
  },
  {
    code: 'IL',
    weight: 3,
    systems: [
      system('Arrow 3 missile defence systems', 'Arrow 3', [1e9, 3.5e9], [1, 2]),
      system('Barak 8 air defence systems', 'Barak MX', [150e6, 400e6], [1, 6]),
      system('Spike anti-tank missiles', 'Spike LR2', [150e3, 250e3], [200, 3000]),
      system('Heron surveillance drones', 'Heron TP', [20e6, 35e6], [2, 12]),
    ],
  },
  {
    code: 'ES',
    weight: 2,
    systems: [
      system('Avante 2200 corvettes', 'Avante 2200', [300e6, 450e6], [2, 5]),
      system('A400M transport aircraft', 'A400M', [150e6, 200e6], [2, 10]),
    ],
  },
  {
    code: 'TR',
    weight: 2,
    systems: [
      system('Bayraktar TB2 armed drones', 'Bayraktar TB2', [4e6, 6e6], [6, 40]),
      system('Akinci combat drones', 'Bayraktar Akinci', [25e6, 35e6], [2, 12]),
      system('Kirpi mine-resistant vehicles', 'Kirpi II', [500e3, 800e3], [20, 300]),
    ],
  },
  {
    code: 'SE',
    weight: 2,
    systems: [
      system('Gripen E fighter aircraft', 'JAS 39E', [85e6, 110e6], [10, 36]),
      system('Carl-Gustaf recoilless rifles', 'M4', [20e3, 40e3], [200, 3000]),
    ],
  },
];

/** Big importers, weighted; any other country buys too, rarely. */
export const IMPORTERS: Record<string, number> = {
  IN: 10, SA: 9, QA: 6, UA: 8, PK: 4, JP: 5, AU: 5, EG: 5, KR: 4, PL: 7, AE: 4, CN: 2, DZ: 3, TW: 4,
  IL: 3, GR: 3, ID: 3, PH: 3, VN: 2, TH: 2, MA: 2, KW: 2, BR: 2, SG: 2, NO: 2, RO: 2, CZ: 2, IQ: 2, NG: 1,
};

export const SALE_STATUSES = [
  { status: 'PROPOSED', weight: 2 },
  { status: 'APPROVED', weight: 5 },
  { status: 'NOTIFIED', weight: 3 },
  { status: 'CONTRACTED', weight: 4 },
  { status: 'DELIVERED', weight: 2 },
] as const;
