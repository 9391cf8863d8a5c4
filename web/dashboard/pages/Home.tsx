// The start page: search, the countries with the most events, and arms sales by year.
import * as Plot from '@observablehq/plot';
import { useMemo } from 'preact/hooks';
import HOME from '../operations/Home.graphql';
import { Chart } from '../Chart';
import { CountryLink, Failure, Loading, Section } from '../components';
import { useQuery } from '../graphql';
import { SearchBox } from './Search';

interface HomeData {
  eventStats: { country: { code: string; name: string } | null; count: number }[];
  armsSaleStats: { year: number | null; count: number; totalValueUsd: number | null }[];
}

export function HomePage() {
  const { data, error } = useQuery<HomeData>(HOME, {});
  const years = useMemo(() => (data?.armsSaleStats ?? []).filter((row) => row.year !== null), [data]);
  const options = useMemo<Plot.PlotOptions>(() => ({
    height: 200,
    x: { label: 'Year announced', tickFormat: 'd', type: 'band' },
    y: { label: 'US$ billion', grid: true },
    marks: [Plot.barY(years, { x: 'year', y: (row: HomeData['armsSaleStats'][number]) => (row.totalValueUsd ?? 0) / 1e9, fill: '#3b6fb6', tip: true }), Plot.ruleY([0])],
  }), [years]);
  return (
    <section>
      <h1>Newsgraph</h1>
      <p>Articles, events, people, countries and arms sales read from news coverage, each fact traced to the articles that report it.</p>
      <SearchBox />
      {error && <Failure message={error} />}
      {!data && !error && <Loading />}
      {data && (
        <div class="columns">
          <Section title="Countries with the most events">
            <ol class="people">
              {data.eventStats.filter((row) => row.country).slice(0, 15).map((row) => (
                <li key={row.country!.code}><CountryLink country={row.country} /> <span class="muted">({row.count})</span></li>
              ))}
            </ol>
          </Section>
          <Section title="Arms sales by year">
            {years.length ? <Chart options={options} label="Value of arms sales announced each year" /> : <p class="muted">No dated arms sale yet.</p>}
            <p><a href="/flows">Who sells to whom →</a></p>
          </Section>
        </div>
      )}
    </section>
  );
}
