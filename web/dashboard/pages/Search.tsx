// Search across articles, events, people and countries, with the matched words highlighted.
import { useLocation } from 'preact-iso';
import SEARCH from '../operations/Search.graphql';
import { Failure, Loading } from '../components';
import { useQuery } from '../graphql';
import { day, eventTypeName } from '../format';

interface SearchData {
  search: {
    totalCount: number;
    totalCountIsExact: boolean;
    edges: { node: { score: number; type: string; snippet: string; result: Record<string, any> } }[];
  };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * The snippet with its matches in <mark>. The API sends an HTML fragment whose only tags are the
 * <b> marks around matches (the text is escaped): it is split on them, never given to innerHTML.
 */
function Snippet({ html }: { html: string }) {
  const parts = html.split(/(<\/?b>)/);
  let marked = false;
  const out = [];
  for (const [index, part] of parts.entries()) {
    if (part === '<b>') marked = true;
    else if (part === '</b>') marked = false;
    else if (part) {
      const text = part.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]);
      out.push(marked ? <mark key={index}>{text}</mark> : text);
    }
  }
  return <p class="snippet">{out}</p>;
}

function hitLink(result: Record<string, any>): { href?: string; label: string; detail: string } {
  switch (result.__typename) {
    case 'Country':
      return { href: `/countries/${result.code}`, label: result.name, detail: `Country · ${result.region}` };
    case 'Event':
      return { href: `/events/${encodeURIComponent(result.id)}`, label: result.title, detail: `${eventTypeName(result.type)} · ${day(result.startDate)}` };
    case 'Person':
      return { label: result.name, detail: [result.office, result.country?.name].filter(Boolean).join(' · ') || 'Person' };
    default:
      return { href: `/articles/${encodeURIComponent(result.id)}`, label: result.title, detail: [result.source, result.publishedAt && day(result.publishedAt.slice(0, 10))].filter(Boolean).join(' · ') };
  }
}

export function SearchBox({ initial = '' }: { initial?: string }) {
  const { route } = useLocation();
  return (
    <form
      role="search"
      class="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        const query = new FormData(event.currentTarget).get('q')?.toString().trim();
        if (query) route(`/search?q=${encodeURIComponent(query)}`);
      }}
    >
      <label for="q" class="visually-hidden">Search</label>
      <input id="q" name="q" type="search" placeholder="Search articles, events, people, countries" defaultValue={initial} />
      <button type="submit">Search</button>
    </form>
  );
}

export function SearchPage() {
  const { query } = useLocation();
  const words = query.q ?? '';
  const { data, error, loading } = useQuery<SearchData>(SEARCH, { query: words, first: 30 }, !words);
  return (
    <section>
      <h1>Search</h1>
      <SearchBox initial={words} key={words} />
      {loading && <Loading />}
      {error && <Failure message={error} />}
      {data && (
        <>
          <p class="muted">
            {data.search.totalCount}{data.search.totalCountIsExact ? '' : '+'} results for “{words}”
          </p>
          <ol class="hits">
            {data.search.edges.map(({ node }, index) => {
              const link = hitLink(node.result);
              return (
                <li key={index}>
                  <span class="badge">{node.type.toLowerCase()}</span>{' '}
                  {link.href ? <a href={link.href}>{link.label}</a> : <strong>{link.label}</strong>}
                  <span class="muted"> · {link.detail}</span>
                  <Snippet html={node.snippet} />
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
