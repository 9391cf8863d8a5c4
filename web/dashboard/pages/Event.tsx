// An event's page: what happened and when, its stops in order, who took part, the countries with
// their roles, the arms sales it announced and the articles that report it.
import { useRoute } from 'preact-iso';
import EVENT from '../operations/Event.graphql';
import { CountryLink, Failure, Loading, NotFound, Section } from '../components';
import { day, eventTypeName, titleCase } from '../format';
import { useQuery } from '../graphql';

type Place = { code: string; name: string } | null;
interface EventData {
  event: null | {
    id: string;
    title: string;
    type: string;
    summary: string | null;
    startDate: string | null;
    endDate: string | null;
    datePrecision: string;
    location: Place;
    parent: { id: string; title: string } | null;
    children: { id: string; position: number | null; title: string; type: string; startDate: string | null; location: Place }[];
    participants: { role: string; person: { id: string; name: string; title: string | null } }[];
    countries: { role: string; country: { code: string; name: string } }[];
    armsSales: { edges: { node: { id: string; items: string; status: string; valueFormatted: string | null; supplier: Place; recipient: Place } }[] };
    articles: { totalCount: number; edges: { node: { id: string; title: string; source: string | null; publishedAt: string | null; url: string | null } }[] };
  };
}

const eventHref = (id: string) => `/events/${encodeURIComponent(id)}`;

export function EventPage() {
  const { params } = useRoute();
  const { data, error } = useQuery<EventData>(EVENT, { id: decodeURIComponent(params.id) });
  if (error) return <Failure message={error} />;
  if (!data) return <Loading />;
  const event = data.event;
  if (!event) return <NotFound what="event with this ID" />;
  const dates = event.endDate && event.endDate !== event.startDate
    ? `${day(event.startDate, event.datePrecision)} – ${day(event.endDate, event.datePrecision)}`
    : day(event.startDate, event.datePrecision);
  return (
    <article>
      <p class="muted"><span class="badge">{eventTypeName(event.type)}</span> {dates}{event.location && <> · <CountryLink country={event.location} /></>}</p>
      <h1>{event.title}</h1>
      {event.parent && <p>Part of <a href={eventHref(event.parent.id)}>{event.parent.title}</a></p>}
      {event.summary && <p>{event.summary}</p>}

      {event.children.length > 0 && (
        <Section title="Stops">
          <ol class="stops">
            {event.children.map((stop) => (
              <li key={stop.id}>
                <a href={eventHref(stop.id)}>{stop.title}</a>
                <span class="muted"> · {stop.location?.name ?? 'place unknown'} · {day(stop.startDate)}</span>
              </li>
            ))}
          </ol>
        </Section>
      )}

      <div class="columns">
        <Section title="Participants">
          {event.participants.length ? (
            <ul>
              {event.participants.map(({ role, person }) => (
                <li key={`${person.id}-${role}`}>{person.name}{person.title && <span class="muted">, {person.title}</span>} <span class="badge">{titleCase(role)}</span></li>
              ))}
            </ul>
          ) : <p class="muted">No named participant.</p>}
        </Section>
        <Section title="Countries">
          {event.countries.length ? (
            <ul>
              {event.countries.map(({ role, country }) => (
                <li key={`${country.code}-${role}`}><CountryLink country={country} /> <span class="badge">{titleCase(role)}</span></li>
              ))}
            </ul>
          ) : <p class="muted">No country recorded.</p>}
        </Section>
      </div>

      {event.armsSales.edges.length > 0 && (
        <Section title="Arms sales announced">
          <ul>
            {event.armsSales.edges.map(({ node }) => (
              <li key={node.id}>
                <CountryLink country={node.supplier} /> → <CountryLink country={node.recipient} />: {node.items}
                {node.valueFormatted && <strong> {node.valueFormatted}</strong>} <span class="badge">{titleCase(node.status)}</span>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section title={`Reported by (${event.articles.totalCount})`}>
        {event.articles.edges.length ? (
          <ul>
            {event.articles.edges.map(({ node }) => (
              <li key={node.id}>
                <a href={`/articles/${encodeURIComponent(node.id)}`}>{node.title}</a>
                <span class="muted"> · {[node.source, node.publishedAt && day(node.publishedAt.slice(0, 10))].filter(Boolean).join(' · ')}</span>
              </li>
            ))}
          </ul>
        ) : <p class="muted">No article reports it.</p>}
      </Section>
    </article>
  );
}
