// An article with every extracted fact at its evidence: click a fact and its sentence lights up;
// click a highlighted sentence and its facts are listed. The check a journalist makes before
// trusting an automated fact.
import { useRoute } from 'preact-iso';
import { useEffect, useMemo, useState } from 'preact/hooks';
import ARTICLE from '../operations/Article.graphql';
import { Failure, Loading, NotFound } from '../components';
import { day } from '../format';
import { request } from '../graphql';

interface Fact {
  fact: string;
  value: string | null;
  confidence: number;
  sentence: string;
  spanStart: number;
  spanEnd: number;
  subject: { __typename: string; id: string; name?: string; code?: string; title?: string; items?: string; supplier?: { name: string }; recipient?: { name: string } };
}
interface ArticleData {
  id: string;
  title: string;
  subtitle: string | null;
  source: string | null;
  author: string | null;
  publishedAt: string | null;
  url: string | null;
  body: string | null;
  extractorVersion: string | null;
  extractedFacts: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Fact }[] };
}

/** A sentence of the text that facts were read from: its range in the text and those facts. */
interface Sentence {
  start: number;
  end: number;
  facts: number[];
}

/** The article and all its facts (pages of 100 until the last). */
function useArticle(id: string): { article?: ArticleData | null; facts: Fact[]; error?: string } {
  const [state, setState] = useState<{ article?: ArticleData | null; facts: Fact[]; error?: string }>({ facts: [] });
  useEffect(() => {
    const controller = new AbortController();
    (async () => {
      let after: string | null = null;
      let first: ArticleData | null | undefined;
      const facts: Fact[] = [];
      do {
        const data: { article: ArticleData | null } = await request(ARTICLE, { id, after }, controller.signal);
        first ??= data.article;
        if (!data.article?.extractedFacts) break;
        facts.push(...data.article.extractedFacts.edges.map((edge) => edge.node));
        after = data.article.extractedFacts.pageInfo.hasNextPage ? data.article.extractedFacts.pageInfo.endCursor : null;
      } while (after);
      setState({ article: first, facts });
    })().catch((error: Error) => {
      if (!controller.signal.aborted) setState({ facts: [], error: error.message });
    });
    return () => controller.abort();
  }, [id]);
  return state;
}

/**
 * The sentences facts were read from, located in the text: the occurrence of the fact's sentence
 * that contains its evidence span (a sentence can occur twice), else the span itself.
 */
function locateSentences(text: string, facts: Fact[]): Sentence[] {
  const byRange = new Map<string, Sentence>();
  facts.forEach((fact, index) => {
    let start = text.lastIndexOf(fact.sentence, fact.spanStart);
    if (start < 0 || start + fact.sentence.length < fact.spanEnd) start = text.indexOf(fact.sentence);
    const range = start >= 0 ? { start, end: start + fact.sentence.length } : { start: fact.spanStart, end: fact.spanEnd };
    const key = `${range.start}:${range.end}`;
    const sentence = byRange.get(key) ?? { ...range, facts: [] };
    sentence.facts.push(index);
    byRange.set(key, sentence);
  });
  // Overlapping ranges cannot both be drawn: the earlier (then longer) one keeps the text.
  const sentences = [...byRange.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Sentence[] = [];
  for (const sentence of sentences) {
    const last = kept[kept.length - 1];
    if (last && sentence.start < last.end) last.facts.push(...sentence.facts);
    else kept.push(sentence);
  }
  return kept;
}

function subjectName(subject: Fact['subject']): string {
  switch (subject.__typename) {
    case 'Person': return subject.name!;
    case 'Country': return subject.name!;
    case 'Event': return subject.title!;
    case 'ArmsSale': return `${subject.supplier?.name} → ${subject.recipient?.name}: ${subject.items}`;
    default: return subject.__typename;
  }
}

function factLabel(fact: Fact): string {
  return `${subjectName(fact.subject)} — ${fact.fact}${fact.value ? `: ${fact.value}` : ''}`;
}

export function ArticlePage() {
  const { params } = useRoute();
  const id = decodeURIComponent(params.id);
  const { article, facts, error } = useArticle(id);
  const [selectedFact, setSelectedFact] = useState<number | null>(null);
  const [selectedSentence, setSelectedSentence] = useState<number | null>(null);
  const text = article ? [article.title, article.subtitle, article.body].filter(Boolean).join('\n') : '';
  const sentences = useMemo(() => locateSentences(text, facts), [text, facts]);
  useEffect(() => {
    document.querySelector('.sentence.lit')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [selectedFact, selectedSentence]);
  if (error) return <Failure message={error} />;
  if (article === undefined) return <Loading />;
  if (!article) return <NotFound what="article with this ID" />;

  const litSentence = selectedFact !== null ? sentences.findIndex((sentence) => sentence.facts.includes(selectedFact)) : selectedSentence;
  const factsShown = selectedSentence !== null ? sentences[selectedSentence].facts : facts.map((_, index) => index);

  // The text as paragraphs of plain parts and clickable sentences.
  const pieces = [];
  let position = 0;
  sentences.forEach((sentence, index) => {
    if (sentence.start > position) pieces.push(text.slice(position, sentence.start));
    const fact = selectedFact !== null && litSentence === index ? facts[selectedFact] : undefined;
    const inner = fact && fact.spanStart >= sentence.start && fact.spanEnd <= sentence.end
      ? <>{text.slice(sentence.start, fact.spanStart)}<mark class="evidence">{text.slice(fact.spanStart, fact.spanEnd)}</mark>{text.slice(fact.spanEnd, sentence.end)}</>
      : text.slice(sentence.start, sentence.end);
    pieces.push(
      <button
        type="button"
        key={index}
        class={`sentence${litSentence === index ? ' lit' : ''}`}
        aria-pressed={litSentence === index}
        title={`${sentence.facts.length} facts read here`}
        onClick={() => { setSelectedFact(null); setSelectedSentence(selectedSentence === index ? null : index); }}
      >
        {inner}
      </button>,
    );
    position = sentence.end;
  });
  if (position < text.length) pieces.push(text.slice(position));

  return (
    <article class="with-facts">
      <div class="article-text">
        <p class="muted">
          {[article.source, article.author, article.publishedAt && day(article.publishedAt.slice(0, 10))].filter(Boolean).join(' · ')}
          {article.url && <> · <a href={article.url} rel="noreferrer">original</a></>}
        </p>
        <div class="text" aria-label="Article text">{pieces}</div>
      </div>
      <aside aria-label="Extracted facts">
        <h2>{selectedSentence !== null ? `Facts read in this sentence (${factsShown.length})` : `Extracted facts (${facts.length})`}</h2>
        {article.extractorVersion ? <p class="muted">Read by extractor {article.extractorVersion}. Click a fact to see its sentence, or a sentence to see its facts.</p>
          : <p class="muted">This article was recorded by hand: no fact was extracted from it.</p>}
        {selectedSentence !== null && <button type="button" onClick={() => setSelectedSentence(null)}>Show all facts</button>}
        <ul class="facts">
          {factsShown.map((index) => (
            <li key={index}>
              <button type="button" class={`fact${selectedFact === index ? ' selected' : ''}`} aria-pressed={selectedFact === index}
                onClick={() => { setSelectedSentence(null); setSelectedFact(selectedFact === index ? null : index); }}>
                {factLabel(facts[index])}
                <span class="muted"> · {Math.round(facts[index].confidence * 100)}%</span>
              </button>
            </li>
          ))}
        </ul>
      </aside>
    </article>
  );
}
