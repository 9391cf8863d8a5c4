// A country's page: its event timeline (by type and date range), its arms sales as supplier and as
// recipient by year, the sales themselves, and the people of the country most involved in events.
import * as Plot from '@observablehq/plot';
import { useLocation, useRoute } from 'preact-iso';
import { useMemo } from 'preact/hooks';
import COUNTRY from '../operations/Country.graphql';
import { Chart } from '../Chart';
import { CountryLink, EventList, EventSummary, Failure, Loading, NotFound, Section } from '../components';
import { day, EVENT_TYPES, eventTypeName, titleCase, usd } from '../format';
import { useQuery } from '../graphql';

interface Sale {
  id: string;
  items: string;
  status: string;
  valueUsd: number | null;
  announcedDate: string | null;
  supplier?: { code: string; name: string };
  recipient?: { code: string; name: string };
}
interface YearRow { year: number | null; count: number; totalValueUsd: number | null }
interface CountryData {
  country: null | {
    code: string;
    name: string;
    officialName: string;
    region: string;
    subregion: string | null;
    firstEventDate: string | null;
    lastEventDate: string | null;
    eventCountsByType: { type: string; count: number }[];
    armsSalesAsSupplier: { count: number; totalValueUsd: number | null };
    armsSalesAsRecipient: { count: number; totalValueUsd: number | null };
    events: { totalCount: number; edges: { node: EventSummary }[] };
    supplied: { totalCount: number; edges: { node: Sale }[] };
    received: { totalCount: number; edges: { node: Sale }[] };
    people: { edges: { node: { id: string; name: string; title: string | null; eventCountsByType: { count: number }[] } }[] };
  };
  asSupplier: YearRow[];
  asRecipient: YearRow[];
}

function SalesByYear({ supplied, received, name }: { supplied: YearRow[]; received: YearRow[]; name: string }) {
  const rows = useMemo(
    () => [
      ...supplied.filter((row) => row.year !== null).map((row) => ({ ...row, side: `${name} sells` })),
      ...received.filter((row) => row.year !== null).map((row) => ({ ...row, side: `${name} buys` })),
    ],
    [supplied, received, name],
  );
  const options = useMemo<Plot.PlotOptions>(
    () => ({
      height: 240,
      marginLeft: 60,
      x: { label: 'Year announced', tickFormat: 'd', type: 'band' },
      y: { label: 'US$ billion', grid: true },
      color: { legend: true, domain: [`${name} sells`, `${name} buys`], range: ['#3b6fb6', '#d9822b'] },
      marks: [
        Plot.barY(rows, { x: 'year', y: (row: YearRow) => (row.totalValueUsd ?? 0) / 1e9, fill: 'side', fx: undefined, tip: true }),
        Plot.ruleY([0]),
      ],
    }),
    [rows, name],
  );
  if (!rows.length) return <p class="muted">No dated arms sale of {name} is recorded.</p>;
  return <Chart options={options} label={`Arms sales of ${name} by year, as supplier and as recipient`} />;
}

function SalesTable({ sales, other }: { sales: Sale[]; other: 'supplier' | 'recipient' }) {
  if (!sales.length) return <p class="muted">None recorded.</p>;
  return (
    <table>
      <thead>
        <tr><th scope="col">{other === 'supplier' ? 'From' : 'To'}</th><th scope="col">Items</th><th scope="col">Value</th><th scope="col">Status</th><th scope="col">Announced</th></tr>
      </thead>
      <tbody>
        {sales.map((sale) => (
          <tr key={sale.id}>
            <td><CountryLink country={sale[other]} /></td>
            <td>{sale.items}</td>
            <td class="number">{usd(sale.valueUsd)}</td>
            <td>{titleCase(sale.status)}</td>
            <td>{day(sale.announcedDate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CountryPage() {
  const { params } = useRoute();
  const { query, path, route } = useLocation();
  const types = query.types ? query.types.split(',').filter((type) => EVENT_TYPES.includes(type)) : [];
  const from = query.from || undefined;
  const to = query.to || undefined;
  const events = { types: types.length ? types : undefined, date: from || to ? { from, to } : undefined };
  const { data, error, loading } = useQuery<CountryData>(COUNTRY, { code: params.code, events, first: 50 });
  if (error) return <Failure message={error} />;
  if (!data) return <Loading />;
  const country = data.country;
  if (!country) return <NotFound what={`country with the code ${params.code}`} />;

  const setFilter = (form: HTMLFormElement) => {
    const values = new FormData(form);
    const search = new URLSearchParams();
    const chosen = values.getAll('types').map(String);
    if (chosen.length) search.set('types', chosen.join(','));
    for (const key of ['from', 'to']) if (values.get(key)) search.set(key, String(values.get(key)));
    route(`${path}${search.size ? `?${search}` : ''}`);
  };
  const people = country.people.edges
    .map(({ node }) => ({ ...node, events: node.eventCountsByType.reduce((sum, row) => sum + row.count, 0) }))
    .filter((person) => person.events > 0)
    .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name))
    .slice(0, 10);

  return (
    <article aria-busy={loading}>
      <h1>{country.name}</h1>
      <p class="muted">
        {country.officialName} · {[country.subregion, country.region].filter(Boolean).join(', ')} · events from{' '}
        {day(country.firstEventDate)} to {day(country.lastEventDate)}
      </p>
      <dl class="figures">
        <div><dt>Events</dt><dd>{country.eventCountsByType.reduce((sum, row) => sum + row.count, 0)}</dd></div>
        <div><dt>Arms sales as supplier</dt><dd>{country.armsSalesAsSupplier.count} · {usd(country.armsSalesAsSupplier.totalValueUsd)}</dd></div>
        <div><dt>Arms sales as recipient</dt><dd>{country.armsSalesAsRecipient.count} · {usd(country.armsSalesAsRecipient.totalValueUsd)}</dd></div>
      </dl>

      <Section title="Arms sales by year">
        <SalesByYear supplied={data.asSupplier} received={data.asRecipient} name={country.name} />
        <h3>Bought by {country.name} ({country.received.totalCount})</h3>
        <SalesTable sales={country.received.edges.map((edge) => edge.node)} other="supplier" />
        <h3>Sold by {country.name} ({country.supplied.totalCount})</h3>
        <SalesTable sales={country.supplied.edges.map((edge) => edge.node)} other="recipient" />
      </Section>

      <Section title="Timeline">
        <form class="filters" key={`${types}|${from}|${to}`} onSubmit={(event) => { event.preventDefault(); setFilter(event.currentTarget); }}>
          <fieldset>
            <legend>Types</legend>
            {country.eventCountsByType.map((row) => (
              <label key={row.type}>
                <input type="checkbox" name="types" value={row.type} defaultChecked={types.includes(row.type)} /> {eventTypeName(row.type)} ({row.count})
              </label>
            ))}
          </fieldset>
          <label>From <input type="date" name="from" defaultValue={from ?? ''} /></label>
          <label>To <input type="date" name="to" defaultValue={to ?? ''} /></label>
          <button type="submit">Apply</button>
        </form>
        <p class="muted">{country.events.totalCount} events, newest first{country.events.totalCount > 50 ? ' (the 50 newest shown)' : ''}</p>
        <EventList events={country.events.edges.map((edge) => edge.node)} empty="No event matches." />
      </Section>

      <Section title="People most involved">
        {people.length ? (
          <ol class="people">
            {people.map((person) => (
              <li key={person.id}>{person.name}{person.title && <span class="muted"> · {person.title}</span>} <span class="muted">({person.events} events)</span></li>
            ))}
          </ol>
        ) : <p class="muted">No person of {country.name} takes part in a recorded event.</p>}
      </Section>
    </article>
  );
}
