// The people rules of src/extraction/people.ts on short sentences written for these tests: titles with
// a surname only, office holders of the day (or of the years an undated text names), canonical forms,
// name order, family names that are also words, and runs that are no person.
import { extractArticle } from '../src/extraction';

const namesIn = (text: string, publishedAt?: string) =>
  extractArticle({ text, publishedAt: publishedAt ? new Date(`${publishedAt}T00:00:00Z`) : undefined }).graph.people.map((person) => person.name);

describe('people: titles with a surname only', () => {
  test('"Foreign Minister Logar" is the office holder of that day, even without accents', () => {
    expect(namesIn('Talks in Ljubljana\n\nThe envoy met President Pahor and Foreign Minister Logar on Tuesday.', '2021-03-02')).toEqual(['Borut Pahor', 'Anže Logar']);
  });

  test('an undated text takes the holders of the years its full names point to', () => {
    const text = 'Travel\n\nSecretary of State Michael R. Pompeo will travel to Warsaw, where he will meet Prime Minister Morawiecki.';
    expect(namesIn(text)).toEqual(['Mike Pompeo', 'Mateusz Morawiecki']);
  });

  test('"President-elect Buhari" is the holder whose term is about to begin', () => {
    expect(namesIn('Vote\n\nWe congratulate President-elect Buhari on his victory.', '2015-04-01')).toEqual(['Muhammadu Buhari']);
  });

  test('a title before a surname nobody curated keeps the surname as the name', () => {
    expect(namesIn('Statement\n\nChargé d’Affaires Robbins said the embassy was concerned.', '2011-10-10')).toEqual(['Robbins']);
  });

  test('surnames in capitals in transcripts are the person named before', () => {
    const text = 'Briefing\n\nSpokesperson Jane Holloway opened the briefing.\n\nMS. HOLLOWAY: Good afternoon.';
    expect(extractArticle({ text }).graph.people).toMatchObject([{ name: 'Jane Holloway', mentionCount: 2 }]);
  });

  test('"the Cameron Conservative government" and "Putin’s invasion" name the office holder of the day', () => {
    expect(namesIn('Policy\n\nThis was published under the Cameron Conservative government.', '2015-06-01')).toEqual(['David Cameron']);
    expect(namesIn('Aid\n\nThe package answers Putin’s invasion of Ukraine.', '2024-03-01')).toEqual(['Vladimir Putin']);
  });
});

describe('people: canonical forms and name order', () => {
  test('a formal name with initials and a press spelling are the curated holder', () => {
    expect(namesIn('Notice\n\nThe letter went to the Hon. James E. Risch, the chairman.', '2020-05-01')).toEqual(['Jim Risch']);
    expect(namesIn('Kyiv\n\nPresident Viktor Yanukovich refused to sign.', '2013-12-01')).toEqual(['Viktor Yanukovych']);
    expect(namesIn('Trip\n\nSecretary of Defense Lloyd J. Austin III will travel to Manila.', '2024-11-12')).toEqual(['Lloyd Austin']);
  });

  test('a Japanese name written family name first is the holder in given-name order', () => {
    expect(namesIn('Dialogue\n\nHagel and Japanese Defense Minister Onodera Itsunori discussed security.', '2014-05-31')).toContain('Itsunori Onodera');
  });

  test('a family name in capitals first, as Japanese and Korean releases write it', () => {
    const text = 'Talks\n\nMr. NAKAMURA Haruto, Minister for Foreign Affairs, met H.E. Mr. PARK Min-jun, Minister of Foreign Affairs of Korea.';
    expect(namesIn(text)).toEqual(['Haruto Nakamura', 'Park Min-jun']);
    expect(namesIn('Talks\n\nSUZUKI Aoi, Minister for Foreign Affairs, held talks in Tokyo.')).toEqual(['Aoi Suzuki']);
  });

  test('a nickname in quotes stays inside the name', () => {
    expect(namesIn('Strike\n\n“We will act,” said Gen. Michael “Erik” Kurilla, the commander.')).toEqual(['Michael Erik Kurilla']);
  });
});

describe('people: which capitalized words are names', () => {
  test('a family name that is also a word or a month, after a given name', () => {
    expect(namesIn('Contact\n\nFor information contact Pamela Young at the office.')).toEqual(['Pamela Young']);
    expect(namesIn('Davos\n\nTheresa May, the Prime Minister, met the president on Thursday.')).toEqual(['Theresa May']);
  });

  test('ranks and "the Hon" before a name', () => {
    expect(namesIn('Statement\n\nPentagon Press Secretary Maj. Gen. Pat Ryder provided the following statement.')).toEqual(['Pat Ryder']);
    expect(namesIn('Meeting\n\nThe minister held a meeting with Senator the Hon Bob Carr on Monday.')).toEqual(['Bob Carr']);
  });

  test('a verb ends a name in a Title Case headline', () => {
    expect(namesIn('Remarks by President Obama Announcing New Sanctions\n\nThe president spoke on Monday.', '2014-03-03')).toEqual(['Barack Obama']);
  });

  test('items of a capitalized list and armed groups are no people', () => {
    expect(namesIn('Sale\n\nThe package includes Engine Transport Trailers, Engine Platforms, Engine Trailers, and other support.')).toEqual([]);
    expect(namesIn('Attacks\n\nThe minister condemns Boko Haram attacks in the north.')).toEqual([]);
  });

  test('"met with" before and "stressed" after are evidence of a name no lexicon knows', () => {
    expect(namesIn('Visit\n\nThe delegation met with Oyelaran Adebayo in the capital.')).toEqual(['Oyelaran Adebayo']);
    expect(namesIn('Visit\n\nOyelaran Adebayo stressed the need for calm.')).toEqual(['Oyelaran Adebayo']);
  });

  test('a signature: the name, then the office on the next line', () => {
    expect(namesIn('Notice\n\nThe notice follows.\n\nSincerely,\nOyelaran Adebayo\nDirector.')).toEqual(['Oyelaran Adebayo']);
    expect(namesIn('Notice\n\nThe notice follows.\n\nTunde Bakare-Ojo,\nAlternate Liaison Officer, Department of Defense.')).toEqual(['Tunde Bakare-Ojo']);
  });

  test('an office across a comma, in either case, names the person after it', () => {
    expect(namesIn('Vote\n\nWe commend the election commission and its Chairman, Amara Obi, on the vote.')).toEqual(['Amara Obi']);
  });
});

/** Sentences written for these tests in the styles of wire reports, readouts and notices (issue 10). */
describe('people: generic recognition beyond the curated list', () => {
  test.each([
    ['Opposition leader Raila Odinga rejected the results, while President Mwai Kibaki was sworn in.', '2008-01-02', ['Raila Odinga', 'Mwai Kibaki']],
    ['The coup leader, Colonel Assimi Goita, said the transition would last two years.', '2021-05-30', ['Assimi Goïta']],
    ['The vote was held on Monday. Opposition leader Raila Odinga rejected the results.', '2008-01-02', ['Raila Odinga']],
    ['Presidents Biden and Yoon met at Camp David.', '2023-08-18', ['Joe Biden', 'Yoon Suk Yeol']],
    ['Prime Ministers Kishida and Albanese agreed to deepen cooperation.', '2023-06-01', ['Fumio Kishida', 'Anthony Albanese']],
    ['The Honorable James E. Risch, Chairman, Committee on Foreign Relations, U.S. Senate.', '2019-06-01', ['Jim Risch']],
    ['Chairman Menendez and Ranking Member Risch were notified.', '2022-06-01', ['Bob Menendez', 'Jim Risch']],
    ['The Biden Administration informally notified Congress in January.', '2023-02-16', ['Joe Biden']],
    ['Foreign Secretary David Lammy met Indian External Affairs Minister Dr S. Jaishankar in London.', '2024-11-01', ['David Lammy', 'S. Jaishankar']],
    ['The Hon Richard Marles MP, Deputy Prime Minister and Minister for Defence, welcomed the decision.', '2024-06-01', ['Richard Marles']],
    ['The Secretary also met with President William Ruto and Cabinet Secretary for Foreign Affairs Musalia Mudavadi.', '2024-06-01', ['William Ruto', 'Musalia Mudavadi']],
    ['U.S. Ambassador to Japan Rahm Emanuel and Japanese Defense Minister Minoru Kihara visited the base.', '2024-06-01', ['Rahm Emanuel', 'Minoru Kihara']],
    ['Defence Secretary John Healey met his Norwegian counterpart Tore O. Sandvik. Healey said the deal would support jobs.', '2025-09-01', ['John Healey', 'Tore O. Sandvik']],
    ['Prime Minister Narendra Modi and President Joe Biden held talks. PM Modi said the partnership was strong.', '2023-06-22', ['Narendra Modi', 'Joe Biden']],
  ])('%s', (sentence, publishedAt, names) => {
    expect(namesIn(`Story\n\n${sentence}`, publishedAt)).toEqual(names);
  });

  test('part of a holder\'s full name, or the formal name with initials and a suffix, is that holder', () => {
    expect(namesIn('Talks\n\nPresident Lula da Silva met Chancellor Scholz.', '2023-05-01')).toEqual(['Luiz Inácio Lula da Silva', 'Olaf Scholz']);
    expect(namesIn('Visit\n\nSheikh Mohamed bin Zayed received the minister.', '2023-05-01')).toEqual(['Mohamed bin Zayed Al Nahyan']);
    expect(namesIn('Ships\n\nPresident Ferdinand R. Marcos Jr. welcomed the ships.', '2023-05-01')).toEqual(['Ferdinand Marcos Jr.']);
  });

  test('a titled surname no holder of the day has is the holder whose term just ended', () => {
    expect(namesIn('Crisis\n\nThe council condemned the effort to depose President Zelaya of Honduras.', '2009-06-28')).toEqual(['Manuel Zelaya']);
  });

  test('ships, news agencies and armed groups are no people', () => {
    const text = 'Crisis\n\nThe aircraft carrier USS Ronald Reagan arrived in Busan. Al Jazeera reported that the strikes continued. The destroyer HMS Diamond shot down a drone.';
    expect(namesIn(text, '2024-01-10')).toEqual([]);
  });
});

/** Wire-report sentences written for these tests (issue 10, second round): speakers, appositions, particles, and runs that are no person. */
describe('people: wire-report speakers and appositions', () => {
  test.each([
    ['"We will not back down," said Wang Wenbin, a spokesman for the Chinese foreign ministry.', ['Wang Wenbin']],
    ['Wang Wenbin, a spokesman for the ministry, spoke to reporters.', ['Wang Wenbin']],
    ['Chinese foreign ministry spokesperson Mao Ning told a regular briefing that Beijing opposed the sale.', ['Mao Ning']],
    ['Ahmed Hassan, 54, a former army officer, was arrested in Cairo on Sunday.', ['Ahmed Hassan']],
    ['According to Maria Fernanda Espinosa, the assembly will vote next week.', ['Maria Fernanda Espinosa']],
    ['Lee Jae-myung told reporters in Seoul that the talks had stalled.', ['Lee Jae-myung']],
    ['Ms. Kowalczyk said the ministry had not been consulted. Kowalczyk declined to comment further.', ['Kowalczyk']],
    ['Abdullah bin Ahmed al-Thani, the minister of state, met the delegation in Doha.', ['Abdullah bin Ahmed al-Thani']],
    ['Anne-Marie Trevelyan, the trade minister, welcomed the deal. Trevelyan said it would create jobs.', ['Anne-Marie Trevelyan']],
    ['J.D. Morgan, a senior fellow at the institute, said the deal was risky.', ['J.D. Morgan']],
    ['"This is a historic day," Nguyen Van Thanh, deputy head of the agency, told reporters.', ['Nguyen Van Thanh']],
    ['Mohammed al-Rashid, who heads the council, said the plan was final.', ['Mohammed al-Rashid']],
    ['The minister, Carlos Alberto Díaz, told El País that the offer stood.', ['Carlos Alberto Díaz']],
    ['Spokeswoman Zhang Li said China would respond. Zhang added that the decision was wrong.', ['Zhang Li']],
    ['Kim Yo-jong, the sister of the North Korean leader, issued a statement.', ['Kim Yo-jong']],
    ['Fatima Zahra El Amrani, a lawyer for the family, said they would appeal.', ['Fatima Zahra El Amrani']],
    ['The plan was criticised by Sir Keir Starmer.', ['Keir Starmer']],
    ['"The risk is real," said Olena Kovalenko, an analyst at the Kyiv-based Razumkov Centre.', ['Olena Kovalenko']],
    ['The report, by Jean-Pierre Dupont of the Sorbonne, was published on Tuesday.', ['Jean-Pierre Dupont']],
    ['Retired general Tomasz Nowak told Polish radio that the army needed more tanks.', ['Tomasz Nowak']],
    ['Mrs. Oyelaran met Dr. Chen at the Hilton in Abuja.', ['Oyelaran', 'Chen']],
    ['Ana Paula Ferreira, who chairs the committee, told Reuters the bill would pass.', ['Ana Paula Ferreira']],
    ['Spokesman Kirby said the White House was watching. "We are concerned," Kirby said.', ['John Kirby']],
    ['Defence analyst Rahul Bedi told the BBC that the deal was overpriced.', ['Rahul Bedi']],
    ['Yasmin Abdel-Rahman, a researcher at Human Rights Watch, called for an inquiry.', ['Yasmin Abdel-Rahman']],
    ['Senior official Li Wei, speaking on condition of anonymity, said the visit was postponed.', ['Li Wei']],
    // Places, days, holidays, newspapers, weapons and streets are no people.
    ['The ship sailed from Portsmouth on Monday, a day after the Memorial Day parade.', []],
    ['Leaders met at Camp David and later on Pennsylvania Avenue.', []],
    ['The Washington Post and the Wall Street Journal reported the talks.', []],
    ['The George Washington carrier group left Yokosuka in May.', []],
    ['Protesters gathered on Rue de Rivoli and at the Place de la Concorde.', []],
    ['The Iskander and Kinzhal missiles struck Lviv.', []],
    ['Christmas and Easter services were cancelled across Bethlehem.', []],
    ['The Marshall Islands and Solomon Islands signed the pact.', []],
    ['Talks resumed on Martin Luther King Jr. Day in Washington.', []],
    ['The Charles de Gaulle aircraft carrier arrived in the Red Sea.', []],
    ['The Abraham Accords were signed in 2020.', []],
    ['The frigate Admiral Gorshkov entered the Mediterranean.', []],
    ['The Houthi-run Al Masirah TV said the strike hit Hodeidah.', []],
    ['He spoke at the Ronald Reagan Presidential Library.', []],
    ['Police in Hyde Park arrested two people on Victoria Day.', []],
    ['The Kennedy Center hosted the event, and the Lincoln Memorial was lit.', []],
    ['The attack came on Eid al-Adha, the Muslim holiday.', []],
    ['The Nimitz-class carrier USS Carl Vinson sailed into Busan.', []],
    // Surname-only mentions of the day's office holders, and objects of "met" and "called".
    ['Foreign Minister Penny Wong met Wang Yi. Wong said the talks were constructive.', ['Penny Wong', 'Wang Yi']],
    ['A statement from the Elysee said Macron had called Netanyahu.', ['Emmanuel Macron', 'Benjamin Netanyahu']],
    ['Maria Zakharova, the Russian foreign ministry spokeswoman, said Moscow would respond.', ['Maria Zakharova']],
    ['José Manuel Albares, the Spanish foreign minister, said Madrid backed the plan.', ['José Manuel Albares']],
    ['Gen. Charles Q. Brown Jr., chairman of the Joint Chiefs of Staff, said the exercise was routine.', ['Charles Q. Brown Jr.']],
    ['"No," said Lt. Col. Anna Brooks, a spokeswoman for the command.', ['Anna Brooks']],
    ['Hakan Fidan, Turkey’s foreign minister, told reporters in Ankara.', ['Hakan Fidan']],
    ['Hamad bin Isa Al Khalifa received the envoy at Sakhir Palace.', ['Hamad bin Isa Al Khalifa']],
    ['Poland received the first tanks, and Camp Humphreys hosted the drill.', []],
    // Two particles before a family name.
    ['The decision was announced by Pedro Sánchez de la Fuente, a regional official.', ['Pedro Sánchez de la Fuente']],
    ['Dutch defence analyst Pieter van der Berg said the purchase was overdue.', ['Pieter van der Berg']],
  ])('%s', (sentence, names) => {
    expect(namesIn(`Story\n\n${sentence}`, '2023-06-01')).toEqual(names);
  });
});

/** Third round (issue 10): names used to address someone, names broken over a line, more places and bodies that are no person. */
describe('people: addressed by given name, wrapped over a line, and more words that are no name', () => {
  test.each([
    // A given name set off by a comma at a sentence's end addresses someone: a person of that name,
    // or the person of that given name the text named before.
    ['MS. PSAKI: We are still gathering information, Matt. Our concerns remain.', '2014-05-20', ['Jen Psaki', 'Matt']],
    ['MS. PSAKI: Go ahead, Humeyra.\n\nQUESTION: Thank you. MS. PSAKI: Sure. Thanks, Shaun.', '2014-05-20', ['Jen Psaki', 'Humeyra', 'Shaun']],
    ['Secretary of State Antony Blinken took questions.\n\nQUESTION: Thank you, Mr. Secretary.\n\nSECRETARY BLINKEN: Thanks, Antony.', '2024-01-05', ['Antony Blinken']],
    ['Host Lara Brennan opened the interview. "Good to be here, Lara," the minister said.', '2024-01-05', ['Lara Brennan']],
    ['The minister said the talks were over, Jordan.', '2024-01-05', []],
    // Hard-wrapped notices break a name over a line.
    ['The committee met on Tuesday.\nIn a letter to the committee dated Monday, Secretary of State Antony\nBlinken said the Department would proceed with the notification.', '2023-06-01', ['Antony Blinken']],
    ['The committee met on Tuesday.\nThe chairman has written to the ranking member, Senator Robert\nMenendez, to say that the review was complete.', '2023-06-01', ['Bob Menendez']],
    ['Readout of the Meeting Between the Secretary and President Macron\nEmmanuel Macron said the talks were useful.', '2023-06-01', ['Emmanuel Macron']],
    // Elected and sworn in: a name the lexicon knows only in part.
    ['Anura Kumara Dissanayake was sworn in as president of Sri Lanka on Monday.', '2024-09-23', ['Anura Kumara Dissanayake']],
    // Air stations, parliaments and shipyards are no people.
    ['Marine Corps Air Station Iwakuni hosted the exercise.', '2023-06-01', []],
    ['The Verkhovna Rada and the Knesset passed the resolutions.', '2023-06-01', []],
  ])('%s', (sentence, publishedAt, names) => {
    expect(namesIn(`Story\n\n${sentence}`, publishedAt)).toEqual(names);
  });
});

describe('people: styles, winners, family names in capitals after a title, portfolios', () => {
  test.each([
    ['Foreign Minister KAMIKAWA Yoko held a meeting with the delegation.', '2023-11-01', ['Yoko Kamikawa']],
    ['Vice President JD Vance met the chancellor.', '2025-02-14', ['JD Vance']],
    ['Sheikh Hasina fled to India as protesters stormed her residence.', '2024-08-05', ['Sheikh Hasina']],
    ['Trump won the election on Tuesday.', '2024-11-06', ['Donald Trump']],
    ['The Hon Pat Conroy MP, Minister for Defence Industry, welcomed the decision.', '2023-11-01', ['Pat Conroy']],
    ['The Foreign Secretary met Saudi Crown Prince Mohammed bin Salman. Bin Salman welcomed the visit.', '2023-06-01', ['Mohammed bin Salman']],
    ['Ishiba, who took office on Tuesday, named his cabinet.', '2024-10-03', ['Shigeru Ishiba']],
    ['The Marshall Islands-flagged tanker Marlin Luanda was hit by a missile.', '2024-01-27', []],
    ['The Iranian-backed militia and Kyiv-based analysts disagreed.', '2024-01-27', []],
    ['Col. Oumar Diallo said the army had detained Alpha Condé.', '2021-09-06', ['Oumar Diallo', 'Alpha Condé']],
    ['Mahamat Idriss Déby took power after his father died.', '2021-04-21', ['Mahamat Idriss Déby']],
  ])('%s', (sentence, publishedAt, names) => {
    expect(namesIn(`Story\n\n${sentence}`, publishedAt)).toEqual(names);
  });
});

describe('people: a headline given apart from the text', () => {
  const body = 'We condemn the missile attacks on the port. The United States stands with its partners.';
  test('a name only the headline gives apart (a page label) is no one the text tells of', () => {
    expect(extractArticle({ title: 'Statement by National Security Advisor Dana Whitcombe on the Port Attacks', text: body }).graph.people).toEqual([]);
  });

  test('the same headline as the first line of the text is the text’s own', () => {
    expect(namesIn(`Statement by National Security Advisor Dana Whitcombe on the Port Attacks\n\n${body}`)).toEqual(['Dana Whitcombe']);
  });

  test('a name the headline and the body both give is kept', () => {
    expect(extractArticle({ title: 'Statement by National Security Advisor Dana Whitcombe', text: `National Security Advisor Dana Whitcombe said: ${body}` }).graph.people.map((person) => person.name)).toEqual(['Dana Whitcombe']);
  });
});
