// A chart drawn by Observable Plot into the page (Plot builds SVG; Preact only gives it a place).
import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'preact/hooks';

export function Chart({ options, label }: { options: Plot.PlotOptions; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = Plot.plot({ style: { fontSize: '13px', background: 'transparent' }, ...options });
    chart.setAttribute('aria-label', label);
    chart.setAttribute('role', 'img');
    container.current!.replaceChildren(chart);
    return () => chart.remove();
  }, [options, label]);
  return <div class="chart" ref={container} />;
}
