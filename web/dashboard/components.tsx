// Pieces every page uses: loading and error states, links to entities, event lists.
import type { ComponentChildren } from 'preact';
import { day, eventTypeName } from './format';

export function Loading() {
  return <p class="muted" role="status">Loading…</p>;
}

export function Failure({ message }: { message: string }) {
  return <p class="error" role="alert">Could not load this page: {message}</p>;
}

export function NotFound({ what }: { what: string }) {
  return (
    <section>
      <h1>Not found</h1>
      <p>No {what} here. <a href="/">Back to the start</a>.</p>
    </section>
  );
}

export function CountryLink({ country }: { country?: { code: string; name: string } | null }) {
  if (!country) return <span class="muted">—</span>;
  return <a href={`/countries/${country.code}`}>{country.name}</a>;
}

export interface EventSummary {
  id: string;
  title: string;
  type: string;
  startDate?: string | null;
  datePrecision?: string;
  location?: { code: string; name: string } | null;
}

export function EventList({ events, empty }: { events: EventSummary[]; empty: string }) {
  if (!events.length) return <p class="muted">{empty}</p>;
  return (
    <ol class="timeline">
      {events.map((event) => (
        <li key={event.id}>
          <time>{day(event.startDate, event.datePrecision)}</time>
          <span class={`badge type-${event.type.toLowerCase()}`}>{eventTypeName(event.type)}</span>
          <a href={`/events/${encodeURIComponent(event.id)}`}>{event.title}</a>
          {event.location && <span class="muted"> · {event.location.name}</span>}
        </li>
      ))}
    </ol>
  );
}

export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
