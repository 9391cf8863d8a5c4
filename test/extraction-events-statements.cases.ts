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
  // words given to a named outlet: a radio, a news agency, state television
  { text: 'Defence Minister Carlos Mendes told Radio Nacional on Tuesday that the talks were close to a deal.', type: 'STATEMENT', date: '2025-03-04', location: null },
  { text: 'Foreign Minister Anna Berg told AFP that the border would stay closed.', type: 'STATEMENT', date: null, location: null },
  { text: 'Interior Minister Omar Haddad told state television on Monday that the curfew would be lifted.', type: 'STATEMENT', date: '2025-03-03', location: null },
  // a statement told as a thing, with its own day
  { text: 'In a press statement issued on Monday, the foreign ministry of Peru said the vote had been fair.', type: 'STATEMENT', date: '2025-03-03', location: null },
  // statements of others referred to
  { text: 'The minister welcomed the firm statements issued by the African Union and the Arab League.', type: 'STATEMENT', date: null, location: null },
  // announcements told as a thing, by whom, or in the passive
  { text: 'Yesterday’s announcement of a truce between the two armies was welcomed in both capitals.', type: 'ANNOUNCEMENT', date: '2025-03-04', location: null },
  { text: 'The minister praised Canada for the recent announcement of a new aid package for refugees.', type: 'ANNOUNCEMENT', date: null, location: null },
  { text: 'Opposition leaders in Malawi accepted the results announced by the National Electoral Board.', type: 'ANNOUNCEMENT', date: null, location: null },
  { text: 'The plan builds on the Regional Water Strategy, which was launched last month by the two governments.', type: 'ANNOUNCEMENT', date: null, location: null },
  // an office holder's announcement of a thing, undated
  { text: 'Brazilian President Maria Costa had announced the new curfew.', type: 'ANNOUNCEMENT', date: null, location: 'BR' },
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
  // words to a newspaper by someone holding no office stay a quote's attribution
  { family: 'STATEMENT', text: 'Shopkeeper Anna Berg told a local newspaper that prices had doubled.' },
];
