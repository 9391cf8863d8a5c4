// Sentences written here for issue 10's session-16 round of crisis and statement events: the CAMEO verb classes an
// official publication reports (make a statement, appeal, disapprove, threaten, express support), OTHER happenings of
// the classes yield, coerce, reduce relations and provide aid, and a vote put off. Read as a short report published
// Wednesday 2025-03-05; type family, start day and place as the extractor should give them (null: not checked). The
// non-events must give no event of their family.
import type { SentenceEvent, SentenceNonEvent } from './support/sentence-events';

/** A government's own publication, whose reports of its and others' officials' words are news undated too. */
export const RELEASE_SOURCE = 'U.S. Department of State';

export const REPORTED_STATEMENTS: SentenceEvent[] = [
  // disapprove, appeal, demand, threaten, blame: an official or an organ right before a verb in the past tense
  { text: 'Foreign Secretary Jane Holt condemned the attack on the convoy.', type: 'STATEMENT', date: null, location: null },
  { text: 'President Joe Biden called for an immediate end to the violence.', type: 'STATEMENT', date: null, location: 'US' },
  { text: 'UN Secretary-General Antonio Guterres urged all sides to exercise restraint.', type: 'STATEMENT', date: null, location: null },
  { text: 'German Chancellor Olaf Scholz warned that the fighting could spread.', type: 'STATEMENT', date: null, location: 'DE' },
  { text: 'Iranian President Ebrahim Raisi blamed foreign enemies for the unrest.', type: 'STATEMENT', date: null, location: 'IR' },
  { text: 'The State Department deplored the killing of protesters.', type: 'STATEMENT', date: null, location: null },
  { text: 'The European Union called on the authorities to release all those detained.', type: 'STATEMENT', date: null, location: null },
  // express concern or support, praise
  { text: 'Prime Minister Keir Starmer expressed deep concern about the reports of mass arrests.', type: 'STATEMENT', date: null, location: 'GB' },
  { text: 'President Macron praised the courage of the rescue teams.', type: 'STATEMENT', date: null, location: 'FR' },
  // session 39: a judgement passed on a thing by "called"
  { text: 'President Macron called the deal “a great victory for both peoples”.', type: 'STATEMENT', date: null, location: 'FR' },
  { text: 'President Macron called it a historic moment for Europe.', type: 'STATEMENT', date: null, location: 'FR' },
  // the speaker's first predicate between ("conceded defeat and called for calm"); an inquiry vowed
  { text: 'President Amara Kone conceded defeat and called for calm.', type: 'STATEMENT', date: null, location: null },
  { text: 'The Iranian President vowed a thorough investigation into the death.', type: 'STATEMENT', date: null, location: null },
  // words given in public
  { text: 'The spokesperson said at a press conference that the talks would continue.', type: 'STATEMENT', date: null, location: null },
];

/** Two officials' words in one paragraph are two statements. */
export const TWO_SPEAKERS = 'Secretary Pompeo condemned the mutiny. Special Envoy Peter Pham tweeted that the United States opposes any unconstitutional change of government.';

/** A quotation closing a sentence ends it: the next official's words are another statement. */
export const QUOTE_THEN_SPEAKER = 'Secretary Pompeo condemned what he called "an assault on democracy." Special Envoy Peter Pham tweeted that the United States opposes any unconstitutional change of government.';

export const REPORTED_NON_STATEMENTS: SentenceNonEvent[] = [
  // the words exchanged in a meeting are the meeting's
  { family: 'STATEMENT', text: 'Secretary Blinken met Foreign Minister Wang Yi in Beijing. Secretary Blinken urged China to use its influence with Russia.' },
  // a sentence, a passive, a call paid, a guest welcomed, the document's own voice in the present
  { family: 'STATEMENT', text: 'The court condemned him to death.' },
  { family: 'STATEMENT', text: 'President Trump was condemned by critics for the remarks.' },
  { family: 'STATEMENT', text: 'Secretary Kerry called on President Ghani at the palace.' },
  { family: 'STATEMENT', text: 'Secretary Kerry called the president a day later.' },
  { family: 'STATEMENT', text: 'Prime Minister Mark Carney welcomed President Emmanuel Macron to Ottawa.' },
  { family: 'STATEMENT', text: 'The United States condemns the violence in the strongest terms.' },
];


export const CAMEO_OTHER: SentenceEvent[] = [
  // coerce: a death in detention, communications cut, people held as a group
  { text: 'The student died in police custody three days after her arrest.', type: 'OTHER', date: null, location: null },
  { text: 'The government shut down the internet across the country.', type: 'OTHER', date: null, location: null },
  { text: 'Authorities restricted access to social media platforms.', type: 'OTHER', date: null, location: null },
  { text: 'The government has detained human rights activists and journalists.', type: 'OTHER', date: null, location: null },
  // a vote put off
  { text: 'The junta postponed the elections until next year.', type: 'OTHER', date: null, location: null },
  { text: 'The referendum in Chad has been delayed until the autumn.', type: 'OTHER', date: null, location: 'TD' },
  // yield: power handed over, a government formed, office left
  { text: 'The military council handed power to a civilian government.', type: 'OTHER', date: null, location: null },
  { text: 'The parties formed a transitional government in Bamako on Monday.', type: 'OTHER', date: '2025-03-03', location: null },
  { text: 'The president was forced to resign.', type: 'OTHER', date: null, location: null },
  // captives freed, told by who they are
  { text: 'Two British nationals were released in Nigeria on Sunday.', type: 'OTHER', date: '2025-03-02', location: 'NG' },
  // provide aid, and aid cut off
  { text: 'Donors pledged $2 billion for reconstruction.', type: 'OTHER', date: null, location: null },
  { text: 'Aid agencies delivered food aid to the flooded villages.', type: 'OTHER', date: null, location: null },
  { text: 'The European Union suspended its budget support to Mali.', type: 'OTHER', date: null, location: null },
  // sanctions by their grounds, laws enacted, staff ordered out
  { text: 'The Treasury designated the morality police for serious human rights abuses.', type: 'OTHER', date: null, location: null },
  { text: 'The bill was signed into law.', type: 'OTHER', date: null, location: null },
  { text: 'The embassy ordered the departure of non-emergency staff.', type: 'OTHER', date: null, location: null },
  // two actions on two written days in one sentence are two
  { text: 'On Saturday the army fired two rockets at the border post, and on Monday it shelled the airport.', type: 'MILITARY_ACTION', date: '2025-03-01', location: null },
  { text: 'On Saturday the army fired two rockets at the border post, and on Monday it shelled the airport.', type: 'MILITARY_ACTION', date: '2025-03-03', location: null },
  // evacuations told as a noun; a burial told by its verb
  { text: 'The government began evacuation flights from the capital of Lebanon.', type: 'OTHER', date: null, location: null },
  { text: 'The former president of Ghana was laid to rest in Accra on Monday.', type: 'FUNERAL', date: '2025-03-03', location: 'GH' },
  // a crowd placed by the country named nearest its words, not by the state that reacts
  { text: "The United States imposed sanctions on Iran's officials for the violent suppression of protests.", type: 'PROTEST', date: null, location: 'IR' },
];

export const CAMEO_NON_EVENTS: SentenceNonEvent[] = [
  // a postponement is no election
  { family: 'ELECTION', text: 'The junta in Mali postponed the presidential election until next year.' },
  { family: 'ELECTION', text: 'The parliamentary elections in Chad were postponed on Monday.' },
  // what was not done or only might be
  { family: 'OTHER', text: 'The commission said the vote would not be postponed.' },
  { family: 'OTHER', text: 'The agency may suspend aid if the fighting goes on.' },
  // a vote to impeach is the impeachment, not another vote
  { family: 'OTHER', text: 'The National Assembly of Korea voted to impeach President Park Geun-hye on Friday.' },
];

/** A publication whose headline is an office's reaction is that statement: its minister's quoted words and its own "has issued a statement" are no event. */
export const SELF_STATEMENTS: { heading: string; text: string }[] = [
  { heading: 'Minister for the Pacific condemns attack on polling station', text: 'Minister for the Pacific Anna Reid said:\n\nThe UK is appalled by the attack and stands with the people of Fiji.' },
  { heading: 'Foreign Office statement on the election in Nepal', text: 'The Foreign Office has issued a statement following the elections in Nepal.' },
];
