// The fast constraint check of import lines (src/ingest/constraints.ts) never accepts what
// class-validator refuses: on generated articles both accept, and each kind of constraint broken in
// a nested object makes the fast check unsure, so articleInputOf reports class-validator's error.
import { generateCoverage } from '../src/generate/coverage';
import { surelySatisfiesConstraints } from '../src/ingest/constraints';
import { articleInputOf } from '../src/ingest/run';
import { inputUserErrors } from '../src/schema/validation';

type Json = Record<string, any>;

const articles = (): Json[] => [...generateCoverage({ articles: 40, seed: 7 })].map((article) => JSON.parse(JSON.stringify(article)));

async function instanceOf(json: Json) {
  const checked = await articleInputOf(json);
  if (!('input' in checked)) throw new Error(`not valid: ${checked.problems.join('; ')}`);
  return checked.input;
}

test('generated articles pass both checks', async () => {
  for (const json of articles()) {
    const input = await instanceOf(json);
    expect(surelySatisfiesConstraints(input)).toBe(true);
    expect(await inputUserErrors(input)).toEqual([]);
  }
});

/** One broken constraint each, as a change to a valid article, with the field class-validator names. */
const BROKEN: [string, (article: Json) => void, string][] = [
  ['a title too long', (a) => (a.title = 'x'.repeat(2_000)), 'input.title'],
  ['a person without a name', (a) => (a.people = [{ name: '' }]), 'input.people.0.name'],
  ['a bad person slug', (a) => (a.people = [{ name: 'Ann Lee', slug: 'Ann Lee' }]), 'input.people.0.slug'],
  ['an alias too long (each)', (a) => (a.people = [{ name: 'Ann Lee', aliases: ['ok', 'y'.repeat(300)] }]), 'input.people.0.aliases'],
  ['too many aliases', (a) => (a.people = [{ name: 'Ann Lee', aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) }]), 'input.people.0.aliases'],
  ['a mention count of 0', (a) => (a.countries = [{ country: 'FR', mentionCount: 0 }]), 'input.countries.0.mentionCount'],
  ['a nested child event position of 0', (a) => (a.events = [{ title: 'Trip', type: 'DIPLOMATIC_TRIP', children: [{ title: 'Stop', type: 'DIPLOMATIC_VISIT', position: 0 }] }]), 'input.events.0.children.0.position'],
  ['a participant without a person', (a) => (a.events = [{ title: 'Talks', type: 'MEETING', participants: [{ person: '', role: 'HOST' }] }]), 'input.events.0.participants.0.person'],
  ['a bad currency', (a) => (a.armsSales = [{ supplier: 'US', recipient: 'FR', items: 'jets', status: 'PROPOSED', currency: 'euros' }]), 'input.armsSales.0.currency'],
  ['a NUL character', (a) => (a.summary = 'bad \u0000 text'), 'input.summary'],
];

test.each(BROKEN)('%s is refused by class-validator, not accepted by the fast check', async (_name, breakIt, field) => {
  const json = articles()[0];
  breakIt(json);
  const checked = await articleInputOf(json);
  expect('problems' in checked && checked.problems.some((problem) => problem.startsWith(`${field}:`))).toBe(true);
});
