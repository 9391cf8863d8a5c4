// Where the events a document tells and the extractor under-counts are lost: for each gold event
// `npm run eval` counts as "fewer of its family found than the gold has", which step of findEvents
// held fewer of its family than the gold has — no trigger matched, the trigger matched but made no
// candidate, candidates were gathered into one group, or a group was dropped afterwards (a trip's
// stop, a summit's meeting, background without date or place).
//
//   node dist-bench/bench/event-stages.js dev            per document, then the counts (dev/)
//   node dist-bench/bench/event-stages.js test           the counts only (measured on, never read)
//   node dist-bench/bench/event-stages.js --corpus <dir> per document, then the counts (a development set)
//   … --counts                                           the counts only
import path from 'node:path';
import { extractArticle } from '../src/extraction';
import { readCorpusFolder, readRealCorpus, type LabelledArticle } from '../src/extraction/corpus';
import { onEventStages, type EventStages, type StagedEvent } from '../src/extraction/events';
import { eventFamily, eventMissCauses, flatten, scoreArticle } from '../src/extraction/score';

const STEPS = ['no trigger matched', 'matched, no candidate made', 'gathered into one group', 'dropped after grouping', 'other'] as const;
type Step = (typeof STEPS)[number];

const describe = (event: StagedEvent, group?: number) =>
  `${event.type} ${event.day ?? 'undated'} ${event.location ?? 'nowhere'} «${event.trigger ?? ''}» s${event.sentence}${group === undefined ? '' : ` → g${group}`} [${event.participants.join(', ')}]`;

/** Why a candidate joined the group of the one before it: how their days, places and words compare. */
function joinsOf(stage: EventStages, family: string): string[] {
  return stage.drafted.flatMap((event, index) => {
    const first = stage.drafted[stage.drafted.findIndex((_, other) => stage.groupOf[other] === stage.groupOf[index])];
    if (first === event || eventFamily(event.type) !== family) return [];
    const days = first.day && event.day ? 'same day' : first.day || event.day ? 'one dated' : 'both undated';
    const places = first.location && event.location ? (first.location === event.location ? 'same place' : 'two places') : first.location || event.location ? 'one placed' : 'both unplaced';
    const words = first.trigger === event.trigger ? 'same words' : 'other words';
    const people = first.participants.length && event.participants.length ? (first.participants.some((name) => event.participants.includes(name)) ? 'shared person' : 'other people') : 'a side without people';
    return [`${event.type}: ${days}, ${places}, ${words}, ${people}`];
  });
}

const joins: string[] = [];
const unmade: string[] = [];

/** Why trigger matches of a family made no candidate: a repeat in its sentence, another wording beside one of the type, or a filter. */
function unmadeOf(stage: EventStages, family: string): string[] {
  return stage.triggered
    .filter((match) => eventFamily(match.type) === family && !stage.drafted.some((event) => event.sentence === match.sentence && event.trigger === match.words.toLowerCase()))
    .map((match) => {
      const beside = stage.drafted.some((event) => event.sentence === match.sentence && eventFamily(event.type) === family);
      const why = match.repeat ? 'a repeat of its trigger in the sentence' : match.another ? 'a wording added only beside the type\'s others' : 'a filter';
      return `${match.type}: ${why}${beside ? ', beside a candidate of its family in the sentence' : ''}`;
    });
}

/** The steps one document's under-counted families were lost at, with a listing when `detail`. */
function lossesOf(article: LabelledArticle, detail: boolean): Step[] {
  const steps: EventStages[] = [];
  onEventStages((stage) => steps.push(stage));
  const { graph } = extractArticle(article.source);
  onEventStages(null);
  const score = scoreArticle(article.name, graph, article.gold, 'corpus');
  const extracted = flatten(graph.events);
  const causes = eventMissCauses(score, extracted.map((event) => event.type));
  const missedFamilies = score.misses.events.map((key) => eventFamily(key.split(' ')[0]));
  const families = new Set(missedFamilies.filter((_, index) => causes.misses[index] === 'fewer of its family found than the gold has'));
  const losses: Step[] = [];
  const ofFamily = <T extends { type: string }>(family: string, list: T[]) => list.filter((event) => eventFamily(event.type) === family);
  for (const family of families) {
    const gold = ofFamily(family, flatten(article.gold.events ?? [])).length;
    const missed = missedFamilies.filter((each) => each === family).length;
    const capped = (count: number) => Math.min(count, gold);
    const found = capped(ofFamily(family, extracted).length);
    const grouped = capped(steps.reduce((sum, stage) => sum + ofFamily(family, stage.grouped).length, 0));
    const drafted = capped(steps.reduce((sum, stage) => sum + ofFamily(family, stage.drafted).length, 0));
    const triggered = capped(steps.reduce((sum, stage) => sum + ofFamily(family, stage.triggered).length, 0));
    const lost: [Step, number][] = [
      ['dropped after grouping', Math.max(0, grouped - found)],
      ['gathered into one group', Math.max(0, drafted - Math.max(grouped, found))],
      ['matched, no candidate made', Math.max(0, triggered - Math.max(drafted, grouped, found))],
      ['no trigger matched', Math.max(0, gold - Math.max(triggered, drafted, grouped, found))],
    ];
    const told = lost.reduce((sum, [, count]) => sum + count, 0);
    lost.push(['other', Math.max(0, missed - told)]);
    let left = missed;
    for (const [step, count] of lost) {
      const taken = Math.min(count, left);
      for (let index = 0; index < taken; index++) losses.push(step);
      left -= taken;
    }
    if (lost[2][1] > 0) unmade.push(...steps.flatMap((stage) => unmadeOf(stage, family)));
    if (lost[1][1] > 0) joins.push(...steps.flatMap((stage) => joinsOf(stage, family)));
    if (!detail) continue;
    console.log(`\n${article.name} ${family}: gold ${gold}, triggered ${triggered}, drafted ${drafted}, grouped ${grouped}, found ${found}, missed ${missed}`);
    for (const event of ofFamily(family, flatten(article.gold.events ?? []))) console.log(`  gold     ${event.type} ${(event as { date?: string }).date ?? 'undated'} ${event.location ?? 'nowhere'}  ${(event as { title?: string }).title ?? ''}`);
    for (const key of score.misses.events.filter((miss) => eventFamily(miss.split(' ')[0]) === family)) console.log(`  missed   ${key}`);
    for (const stage of steps) {
      for (const match of ofFamily(family, stage.triggered)) console.log(`  trigger  ${match.type} s${match.sentence} «${match.words}»`);
      stage.drafted.forEach((event, index) => eventFamily(event.type) === family && console.log(`  drafted  ${describe(event, stage.groupOf[index])}`));
      stage.grouped.forEach((event, index) => eventFamily(event.type) === family && console.log(`  group g${index} ${describe(event)}`));
    }
    for (const event of ofFamily(family, extracted)) console.log(`  found    ${event.type} ${event.startDate?.toISOString().slice(0, 10) ?? 'undated'} ${event.location ?? 'nowhere'}`);
  }
  return losses;
}

function main(args: string[]): void {
  const corpusAt = args.indexOf('--corpus');
  const part = args.find((arg, index) => !arg.startsWith('--') && (corpusAt < 0 || index !== corpusAt + 1)) ?? 'dev';
  const measuredOn = corpusAt < 0 && part === 'test';
  const articles = corpusAt >= 0 ? readCorpusFolder(path.resolve(args[corpusAt + 1])) : readRealCorpus(part === 'test' ? 'test' : 'dev');
  if (!articles) throw new Error(`no corpus part ${part}`);
  // test/ is measured on: its documents are never listed, only counted.
  const detail = !measuredOn && !args.includes('--counts');
  const losses = articles.flatMap((article) => lossesOf(article, detail));
  console.log(`\n${articles.length} documents, ${losses.length} gold events under-counted ("fewer of its family found"), lost at:`);
  for (const step of STEPS) console.log(`${String(losses.filter((loss) => loss === step).length).padStart(4)}  ${step}`);
  console.log('\ntrigger matches that made no candidate in the documents whose family lost some there:');
  for (const each of [...new Set(unmade)].sort()) console.log(`${String(unmade.filter((other) => other === each).length).padStart(4)}  ${each}`);
  console.log('\ncandidates joined to another in the documents whose family lost some at grouping:');
  for (const join of [...new Set(joins)].sort()) console.log(`${String(joins.filter((each) => each === join).length).padStart(4)}  ${join}`);
}

main(process.argv.slice(2));
