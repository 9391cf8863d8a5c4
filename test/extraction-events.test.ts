// Event rules added for real documents (issue 10), each on short texts written here: meetings at a
// trip's stops, military actions told without date or place, OTHER happenings, missile launches,
// dates of stops and of the trip, and which mentions merge.
import { extractArticle, type ExtractedEvent } from '../src/extraction';

const day = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : null);
const flat = (events: ExtractedEvent[]): ExtractedEvent[] => events.flatMap((event) => [event, ...flat(event.children)]);
const eventsOf = (text: string, publishedAt = new Date('2025-03-10T00:00:00Z')) => flat(extractArticle({ text, publishedAt }).graph.events);

describe('meetings at the stops of a trip', () => {
  test('each meeting phrase at a stop is a meeting there, and the stop told through them is no separate visit', () => {
    const events = eventsOf(
      'Itinerary\n\nBritish Foreign Secretary Jane Holloway will travel to Oslo, Norway and Helsinki, Finland next week. ' +
        'In Oslo, the Foreign Secretary will meet with Prime Minister Erik Dahl to discuss Arctic security. She will also have a courtesy call with King Harald. ' +
        'In Helsinki, she will have a series of meetings with senior Finnish officials.',
    );
    const meetings = events.filter((event) => event.type === 'MEETING');
    expect(meetings.map((event) => event.location)).toEqual(['NO', 'NO', 'FI']);
    expect(events.filter((event) => event.type === 'DIPLOMATIC_VISIT')).toEqual([]);
    expect(events.find((event) => event.type === 'DIPLOMATIC_TRIP')!.children).toHaveLength(3);
  });

  test('one meeting with one named host at a stop stays the visit, with that host', () => {
    const events = eventsOf(
      'Tour\n\nGerman Chancellor Greta Lindqvist will visit Lisbon on Monday and Madrid on Tuesday. In Madrid she will meet Prime Minister Pablo Ortega.',
      new Date('2025-03-07T00:00:00Z'),
    );
    expect(events.filter((event) => event.type === 'MEETING')).toEqual([]);
    expect(events.filter((event) => event.type === 'DIPLOMATIC_VISIT').map((event) => event.location)).toEqual(['PT', 'ES']);
  });

  test('"meet with the leaders of A, B and C" is one meeting in each', () => {
    const events = eventsOf(
      'Gulf tour\n\nBritish Defence Minister Tom Varga will visit Oman, Kuwait and Bahrain this week. During the tour, Tom Varga will meet with the leaders of Oman, Kuwait and Bahrain.',
    );
    expect(events.filter((event) => event.type === 'MEETING').map((event) => event.location)).toEqual(['OM', 'KW', 'BH']);
  });

  test('a named gathering the traveller takes part in is a meeting with its own date', () => {
    const events = eventsOf(
      'Travel\n\nU.S. Secretary Ana Ruiz will travel to Chile and Peru this month. In Peru, Secretary Ruiz will participate in the Pacific Defense Ministers Meeting on March 21.',
    );
    const meeting = events.find((event) => event.type === 'MEETING')!;
    expect([meeting.location, day(meeting.startDate)]).toEqual(['PE', '2025-03-21']);
  });
});

describe('dates of a trip and its stops', () => {
  test('a date heading the sentence dates its one stop, and the trip starts no later than its first dated stop', () => {
    const events = eventsOf(
      'Travel\n\nU.S. Secretary Paul Grant will travel to Accra, Ghana, on March 20. Secretary Grant will also visit Lagos, Nigeria, beginning on March 21. On March 23, Secretary Grant will travel to Dakar, Senegal.',
    );
    const trip = events.find((event) => event.type === 'DIPLOMATIC_TRIP')!;
    expect(day(trip.startDate)).toBe('2025-03-20');
    expect(trip.children.map((stop) => [stop.location, day(stop.startDate)])).toEqual([
      ['GH', '2025-03-20'],
      ['NG', '2025-03-21'],
      ['SN', '2025-03-23'],
    ]);
  });
});

describe('military actions and other happenings', () => {
  test('a war told without date or place is still an event; separate references stay apart', () => {
    const events = eventsOf('Statement\n\nThe minister condemned the aggression of the junta. He also denounced repeated provocations along the coast.');
    expect(events.filter((event) => event.type === 'MILITARY_ACTION')).toHaveLength(2);
  });

  test('"the launch of a ballistic missile" is the launcher\'s action on its own ground; a time after "at" is no target', () => {
    const events = eventsOf('Launch\n\nJapan condemns North Korea\'s launch of a ballistic missile on 8 March. Radar tracked a North Korean missile launch on Sunday at about 6 a.m.');
    const launches = events.filter((event) => event.type === 'MILITARY_ACTION');
    expect(launches.map((event) => event.location)).toEqual(['KP', 'KP']);
    expect(day(launches[0].startDate)).toBe('2025-03-08');
  });

  test('an attack "by X on <country>" and "attacked <country>" happen there', () => {
    const events = eventsOf('Attack\n\nThe minister recalled the attack by militants on Kenya. Rebel fighters attacked Mali last year.');
    expect(events.filter((event) => event.type === 'MILITARY_ACTION').map((event) => event.location)).toEqual(['KE', 'ML']);
  });

  test('a metaphorical or conditional war is none: "tariff war with", "if attacked"', () => {
    const events = eventsOf('Trade\n\nThe president sought a truce in his tariff war with Canada. The treaty commits each country to defend the other if attacked.');
    expect(events.filter((event) => event.type === 'MILITARY_ACTION')).toEqual([]);
  });

  test('ceasefires and signed accords are OTHER events', () => {
    const events = eventsOf('Accord\n\nThe two presidents signed the Lake Victoria Accord on Friday. A ceasefire took hold on the border.');
    expect(events.filter((event) => event.type === 'OTHER')).toHaveLength(2);
  });

  test('an OTHER happening is placed like an election: in the country its sentence names', () => {
    const events = eventsOf('Crackdown\n\nTogolese police carried out arrests of opposition leaders.');
    expect(events.filter((event) => event.type === 'OTHER').map((event) => event.location)).toEqual(['TG']);
  });

  test('"January 2025" and "7 January 2025" can be one election', () => {
    const events = eventsOf('Election in January 2025\n\nVoters in Ghana went to the polls in elections on 7 January 2025.', new Date('2025-01-09T00:00:00Z'));
    const elections = events.filter((event) => event.type === 'ELECTION');
    expect(elections.map((event) => day(event.startDate))).toEqual(['2025-01-07']);
  });
});

describe('places, dates and one gathering', () => {
  test('a seat of government is the meeting\'s place, and "this afternoon" the publication day', () => {
    const events = eventsOf('Readout\n\nDefense Secretary Mark Hale met with Austrian Defense Minister Karl Berger this afternoon at the Pentagon.');
    expect(events.map((event) => [event.type, event.location, day(event.startDate)])).toEqual([['MEETING', 'US', '2025-03-10']]);
  });

  test('without a publication date, "today" gives no date', () => {
    const { graph } = extractArticle({ text: 'Readout\n\nDefense Secretary Mark Hale met with Austrian Defense Minister Karl Berger today at the Pentagon.' });
    expect(graph.events.map((event) => [event.type, event.location, event.startDate])).toEqual([['MEETING', 'US', null]]);
  });

  test('a date heading the sentence is its main event\'s, not a later date in it', () => {
    const events = eventsOf('Talks\n\nOn Thursday, March 6, Foreign Minister Aiko Mori held a meeting with Indian Foreign Minister Ravi Menon (Friday, March 7, Tokyo time).');
    expect(events.filter((event) => event.type === 'MEETING').map((event) => day(event.startDate))).toEqual(['2025-03-06']);
  });

  test('"hosted <name>" is a meeting, and a meeting on a summit\'s day at its place is that summit', () => {
    const events = eventsOf(
      'Summit\n\nPresident Ana Silva hosted Argentine President Luis Romero at the Alvorada Palace in Brasília on Friday. The summit in Brasília on Friday ended with a joint declaration.',
    );
    expect(events.map((event) => event.type)).toEqual(['SUMMIT']);
    const hosting = eventsOf('Visit\n\nBritish Prime Minister Tom Reed hosted German Chancellor Olaf Scholz on Sunday.');
    expect(hosting.map((event) => [event.type, day(event.startDate)])).toEqual([['MEETING', '2025-03-09']]);
  });

  test('"her visit to Japan" is a visit there; a trip\'s own visits are its stops', () => {
    const events = eventsOf('Talks\n\nIndian Foreign Minister Ravi Menon recalled her visit to Japan in January 2025.');
    expect(events.filter((event) => event.type === 'DIPLOMATIC_VISIT').map((event) => event.location)).toEqual(['JP']);
  });
});

describe('a trip told in the first person', () => {
  test('"I will visit A, B and C": the writer\'s trip, with a meeting at each stop it names', () => {
    const events = eventsOf(
      'Media release\n\nI will visit Chile, Peru and Ecuador next week to deepen our partnerships. In Chile, I will meet with members of the Chilean Government. ' +
        'In Peru, I will co-chair the Annual Pacific Ministers Meeting. In Ecuador, I will meet with business leaders and civil society.',
    );
    const trip = events.find((event) => event.type === 'DIPLOMATIC_TRIP')!;
    expect(trip.participants).toEqual([]);
    expect(trip.children.map((child) => [child.type, child.location])).toEqual([
      ['MEETING', 'CL'],
      ['MEETING', 'PE'],
      ['MEETING', 'EC'],
    ]);
  });
});

describe('statements without the word "statement"', () => {
  test('an office holder\'s reported words are a statement, and so are a named speaker\'s opening a quote', () => {
    const statements = (text: string) => eventsOf(text).filter((event) => event.type === 'STATEMENT');
    expect(statements('Unrest in Lisbon\n\nThe United States notes Prime Minister Pablo Ortega’s call for an inquiry into the clashes in Spain.')).toHaveLength(1);
    expect(statements('Briefing\n\nU.S. State Department spokesperson Dana Whitfield noted that the attacks on journalists were unacceptable.')).toHaveLength(1);
    expect(statements('Strikes\n\nBritish Defence Secretary Tom Varga said: “Our forces acted to protect our allies.\n\nWe will do so again.”')).toHaveLength(1);
    expect(statements('Market day\n\nShopkeeper Anna Berg said: “The square was full by noon.\n\nWe sold out.”')).toHaveLength(1);
  });

  test('"will give a speech … in Bahrain" is a statement there, as "gave a speech" is', () => {
    const events = eventsOf('Gulf\n\nBritish Foreign Secretary Jane Holloway will give a speech on extremism at a security conference in Bahrain.');
    expect(events.filter((event) => event.type === 'STATEMENT').map((event) => event.location)).toEqual(['BH']);
  });

  test('undated statements made in different countries stay two', () => {
    const events = eventsOf(
      'Election\n\nThe United States welcomes President Samuel Okafor’s calls for calm in Nigeria. ' +
        'British Foreign Secretary Jane Holloway noted that the vote was peaceful.',
    );
    expect(events.filter((event) => event.type === 'STATEMENT').map((event) => event.location).sort()).toEqual(['GB', 'NG']);
  });
});

describe('relative dates', () => {
  test('"Two years ago, … of July 15" dates the day two years before the publication', () => {
    const events = eventsOf(
      'Anniversary\n\nTwo years ago, hundreds of soldiers were killed in the failed coup attempt of July 15 in Turkey.',
      new Date('2025-07-15T00:00:00Z'),
    );
    expect(events.filter((event) => event.type === 'MILITARY_ACTION').map((event) => day(event.startDate))).toEqual(['2023-07-15']);
  });

  test('"the 27th and 28th December" is one span from the 27th', () => {
    const events = eventsOf('Attacks\n\nOn the 27th and 28th December, militants conducted a number of attacks in Nigeria.', new Date('2015-12-29T00:00:00Z'));
    const attack = events.find((event) => event.type === 'MILITARY_ACTION')!;
    expect([day(attack.startDate), day(attack.endDate)]).toEqual(['2015-12-27', '2015-12-28']);
  });
});

describe('a hosted meeting', () => {
  test('"hosted German Chancellor X at Chequers" is the meeting and the guest\'s visit there', () => {
    const events = eventsOf('Press release\n\nThe Prime Minister hosted German Chancellor Olaf Scholz at Chequers this afternoon.', new Date('2025-02-02T00:00:00Z'));
    expect(events.map((event) => [event.type, event.location, day(event.startDate)])).toEqual([
      ['MEETING', 'GB', '2025-02-02'],
      ['DIPLOMATIC_VISIT', 'GB', '2025-02-02'],
    ]);
  });
});

describe('gatherings named as things', () => {
  test('a gathering someone takes part in, or one with a place, is a meeting of its own; a framework named in passing is not', () => {
    const events = eventsOf(
      'Readout\n\nPresident Ana Costa of Portugal spoke by phone today with Prime Minister Lars Berg of Sweden. ' +
        'The two leaders discussed preparations for the upcoming energy meeting in Lisbon. ' +
        'Prime Minister Berg thanked Portugal for hosting the Porto Conference on Ocean Security. ' +
        'They agreed to work within regional frameworks, including the Nordic Council.',
    );
    const meetings = events.filter((event) => event.type === 'MEETING');
    expect(meetings).toHaveLength(3);
    expect(meetings.map((event) => event.location)).toContain('PT');
  });

  test('"the six-party talks" told twice is one gathering, apart from the leaders\' own meeting', () => {
    const events = eventsOf(
      'Remarks\n\nPresident Tom Hale of the United States met with Prime Minister Ken Sato of Japan at the White House on Monday. ' +
        'We appreciate Japan’s participation in the six-party talks. The six-party talks must keep moving.',
    );
    expect(events.filter((event) => event.type === 'MEETING')).toHaveLength(2);
  });
});

describe('meetings with a list of counterparts', () => {
  test('"met with defence chiefs from A, B and C" outside a trip is one meeting with each, where the forum was', () => {
    const events = eventsOf(
      'Forum\n\nDefence Secretary Mark Olsen met with defence chiefs on the sidelines of the Halifax Security Forum in Canada on Saturday. ' +
        'The secretary met with defence chiefs from Norway, Chile and Kenya while attending the forum.',
    );
    const listed = events.filter((event) => event.type === 'MEETING' && event.countries.some((role) => ['NO', 'CL', 'KE'].includes(role.country)));
    expect(listed.map((event) => event.location)).toEqual(['CA', 'CA', 'CA']);
  });

  test('on a visit, each listed meeting is held in its counterpart\'s country', () => {
    const events = eventsOf('Tour\n\nDuring the visit, Foreign Secretary Jane Holloway will meet with the leaders of Oman, Kuwait and Bahrain.');
    expect(events.filter((event) => event.type === 'MEETING').map((event) => event.location)).toEqual(['OM', 'KW', 'BH']);
  });
});

describe('military actions of different kinds', () => {
  test('undated actions told as different kinds of action stay apart; one without a country merges', () => {
    const events = eventsOf(
      'Statement\n\nWe deplore the resort to violence in the northern region of Moldova. ' +
        'The introduction of additional forces into Moldova is a dangerous escalation. ' +
        'Nobody was killed in this strike.',
    );
    expect(events.filter((event) => event.type === 'MILITARY_ACTION').map((event) => event.location)).toEqual(['MD', 'MD']);
  });
});

describe('statements and announcements', () => {
  test('a statement is placed in the country whose organ speaks, not where the organ sits', () => {
    const events = eventsOf('Reaction\n\nIn a statement on Tuesday, Norway\'s embassy in Madrid said the decision was regrettable.');
    expect(events.filter((event) => event.type === 'STATEMENT').map((event) => event.location)).toEqual(['NO']);
  });

  test('"I\'m pleased to announce" in dated remarks is an announcement on the day they were given', () => {
    const events = eventsOf('Remarks\n\nGood afternoon. I just spoke with both leaders, and I’m pleased to announce that they have agreed to a truce.', new Date('2025-05-06T00:00:00Z'));
    expect(events.filter((event) => event.type === 'ANNOUNCEMENT').map((event) => day(event.startDate))).toEqual(['2025-05-06']);
  });
});

describe('visits told as nouns and by the host', () => {
  test('"a visit by the President to the UK" is a visit there', () => {
    const events = eventsOf('Readout\n\nThe leaders asked officials to prepare a visit by the President to the UK later this year.');
    expect(events.filter((event) => event.type === 'DIPLOMATIC_VISIT').map((event) => event.location)).toEqual(['GB']);
  });

  test('"<host> met with <foreign guest> at the Pentagon" is also the guest\'s visit', () => {
    const events = eventsOf('Readout\n\nSecretary of Defense Lloyd Austin met with Norwegian Defence Minister Erik Holm today at the Pentagon.', new Date('2023-05-10T00:00:00Z'));
    expect(events.filter((event) => event.type === 'DIPLOMATIC_VISIT').map((event) => event.location)).toEqual(['US']);
  });
});

describe('more places and kinds of happening', () => {
  test('a gathering named after its city is held there', () => {
    const events = eventsOf('Readout\n\nMinister Ana Costa thanked Japan for hosting the Tokyo Conference on Water Security.');
    expect(events.filter((event) => event.type === 'MEETING').map((event) => event.location)).toEqual(['JP']);
  });

  test('a spokesperson speaking of martial law elsewhere does not place it at home', () => {
    const events = eventsOf('Briefing\n\nState Department spokesperson Ned Price said the martial law imposed by the Thai army must be temporary.', new Date('2022-05-20T00:00:00Z'));
    expect(events.filter((event) => event.type === 'MARTIAL_LAW').map((event) => event.location)).toEqual(['TH']);
  });

  test('"I traveled personally to X and met with …" is a visit and a meeting there', () => {
    const events = eventsOf('Remarks\n\nIn March, I traveled personally to Ghana and met with President John Mahama.', new Date('2025-06-01T00:00:00Z'));
    expect(events.filter((event) => ['DIPLOMATIC_VISIT', 'MEETING'].includes(event.type)).map((event) => [event.type, event.location])).toEqual([
      ['DIPLOMATIC_VISIT', 'GH'],
      ['MEETING', 'GH'],
    ]);
  });

  test('an OTHER happening without a place of its own is placed in the country the story names most', () => {
    const events = eventsOf(
      'Statement\n\nThe elections in Zambia were held peacefully. Observers praised Zambia’s electoral commission. We are concerned at the arrests of opposition members before polling day.',
    );
    expect(events.filter((event) => event.type === 'OTHER').map((event) => event.location)).toEqual(['ZM']);
  });

  test('a rule or a condition reports nothing; a sale\'s purpose is no military action', () => {
    const events = eventsOf(
      'Notice\n\nThe State Department approved a possible Foreign Military Sale to Chile of radars for an estimated cost of $80 million. ' +
        'Any offset agreement will be defined in negotiations between the purchaser and the contractor. ' +
        'This proposed sale will support the fight against terrorism in the region.',
    );
    expect(events.filter((event) => ['OTHER', 'MILITARY_ACTION'].includes(event.type))).toEqual([]);
  });

  test('a floor speech run into its heading\'s line is the member\'s statement on the record\'s day', () => {
    const events = eventsOf(
      'Congressional Record\n\nARMS SALES NOTIFICATION Mr. SMITH. Madam President, I ask unanimous consent to have printed in the Record the notifications received.',
      new Date('2020-03-04T00:00:00Z'),
    );
    expect(events.filter((event) => event.type === 'STATEMENT').map((event) => [event.location, day(event.startDate)])).toEqual([['US', '2020-03-04']]);
  });

  test('a quote signed after it by an official is a statement, and so are an official\'s undated words', () => {
    const signed = eventsOf('Release\n\nWARSAW (Wire) — “We remain ready to defend our allies,” said Gen. Michael Brandt, commander of U.S. European Command.');
    expect(signed.filter((event) => event.type === 'STATEMENT')).toHaveLength(1);
    const plain = eventsOf('Report\n\nJapanese Prime Minister Shigeru Ishiba said Tokyo was watching closely.', new Date('2025-01-10T00:00:00Z'));
    expect(plain.filter((event) => event.type === 'STATEMENT')).toHaveLength(1);
  });
});

describe('a date before "for talks"', () => {
  test('"hosted X in Paris on 24 February 2020 for talks" is one meeting, not also a "February … talks" gathering', () => {
    const events = eventsOf('Summit 54\n\nFrench President Emmanuel Macron hosted German Chancellor Olaf Scholz in Paris on 24 February 2020 for talks on European defence.');
    expect(events.filter((event) => event.type === 'MEETING')).toHaveLength(1);
  });
});

describe('a visit written as an office\'s possession', () => {
  test('"the President\'s visit to Egypt", told by an ambassador: the visit is the office holder\'s, not the speaker\'s', () => {
    const events = eventsOf(
      "Ambassador Kofi Mensah told reporters in Accra on Tuesday that the President's visit to Egypt would deepen trade ties. The two countries signed a trade accord last year.",
      new Date('2025-03-06T00:00:00Z'),
    );
    const visit = events.find((event) => event.type === 'DIPLOMATIC_VISIT')!;
    expect(visit.location).toBe('EG');
    expect(visit.participants).toEqual([]);
  });
});
