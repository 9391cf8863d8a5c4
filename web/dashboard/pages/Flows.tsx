// Arms-sale flows: supplier → recipient totals over a range of announcement dates, as a chart.
import * as Plot from '@observablehq/plot';
import { useLocation } from 'preact-iso';
import { useMemo } from 'preact/hooks';
import FLOWS from '../operations/Flows.graphql';
import { Chart } from '../Chart';
import { CountryLink, Failure, Loading } from '../components';
import { usd } from '../format';
import { useQuery } from '../graphql';

interface Flow {
  supplier: { code: string; name: string };
  recipient: { code: string; name: string };
  count: number;
  countWithKnownValue: number;
  totalValueUsd: number | null;
}

export function FlowsPage() {
  const { query, path, route } = useLocation();
  const from = query.from || undefined;
  const to = query.to || undefined;
  const { data, error } = useQuery<{ armsSaleStats: Flow[] }>(FLOWS, { announced: from || to ? { from, to } : null });
  const flows = useMemo(
    () => (data?.armsSaleStats ?? []).filter((flow) => flow.totalValueUsd).sort((a, b) => b.totalValueUsd! - a.totalValueUsd!).slice(0, 25),
    [data],
  );
  const options = useMemo<Plot.PlotOptions>(
    () => ({
      height: Math.max(120, flows.length * 26 + 40),
      marginLeft: 200,
      x: { label: 'US$ billion', grid: true },
      y: { label: null },
      marks: [
        Plot.barX(flows, {
          y: (flow: Flow) => `${flow.supplier.name} → ${flow.recipient.name}`,
          x: (flow: Flow) => flow.totalValueUsd! / 1e9,
          fill: '#3b6fb6',
          sort: { y: '-x' },
          tip: true,
        }),
        Plot.ruleX([0]),
      ],
    }),
    [flows],
  );
  return (
    <section>
      <h1>Arms-sale flows</h1>
      <form
        class="filters"
        key={`${from}|${to}`}
        onSubmit={(event) => {
          event.preventDefault();
          const values = new FormData(event.currentTarget);
          const search = new URLSearchParams();
          for (const key of ['from', 'to']) if (values.get(key)) search.set(key, String(values.get(key)));
          route(`${path}${search.size ? `?${search}` : ''}`);
        }}
      >
        <label>Announced from <input type="date" name="from" defaultValue={from ?? ''} /></label>
        <label>to <input type="date" name="to" defaultValue={to ?? ''} /></label>
        <button type="submit">Apply</button>
      </form>
      {error && <Failure message={error} />}
      {!data && !error && <Loading />}
      {data && (flows.length ? (
        <>
          <Chart options={options} label="Arms sales by supplier and recipient, total value" />
          <table>
            <thead><tr><th scope="col">Supplier</th><th scope="col">Recipient</th><th scope="col">Sales</th><th scope="col">Total value</th></tr></thead>
            <tbody>
              {flows.map((flow) => (
                <tr key={`${flow.supplier.code}-${flow.recipient.code}`}>
                  <td><CountryLink country={flow.supplier} /></td>
                  <td><CountryLink country={flow.recipient} /></td>
                  <td class="number">{flow.count}{flow.countWithKnownValue < flow.count ? ` (${flow.countWithKnownValue} valued)` : ''}</td>
                  <td class="number">{usd(flow.totalValueUsd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : <p class="muted">No valued arms sale announced in this range.</p>)}
    </section>
  );
}
