import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  color: string;
  /** series on the right-hand axis (e.g. sentiment −1..1 beside counts) */
  right?: boolean;
  bars?: boolean;
}

/**
 * A time chart drawn by uPlot (canvas). The canvas is an image to assistive technology, so the same numbers are
 * in a table under a disclosure right after it.
 */
export function Chart({ title, x, series, height = 180, formatX }: { title: string; x: number[]; series: ChartSeries[]; height?: number; formatX: (ms: number) => string }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = el.current;
    if (!host || x.length === 0) return;
    const dark = document.documentElement.classList.contains('dark');
    const axisColor = dark ? '#cbd5e1' : '#334155';
    const grid = { stroke: dark ? '#334155' : '#e2e8f0' };
    const hasRight = series.some((s) => s.right);
    const opts: uPlot.Options = {
      width: Math.max(240, host.clientWidth),
      height,
      legend: { show: true },
      scales: { x: { time: true }, y: {}, ...(hasRight ? { r: { range: [-1, 1] } } : {}) },
      axes: [
        { stroke: axisColor, grid },
        { stroke: axisColor, grid },
        ...(hasRight ? [{ scale: 'r', side: 1 as const, stroke: axisColor, grid: { show: false } }] : []),
      ],
      series: [
        {},
        ...series.map((s) => ({
          label: s.label,
          stroke: s.color,
          width: 2,
          scale: s.right ? 'r' : 'y',
          ...(s.bars ? { fill: `${s.color}55`, paths: uPlot.paths.bars!({ size: [0.6, 40] }) } : {}),
        })),
      ],
    };
    const plot = new uPlot(opts, [x.map((ms) => ms / 1000), ...series.map((s) => s.values)] as uPlot.AlignedData, host);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(240, host.clientWidth), height }));
    resize.observe(host);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [x, series, height]);
  return (
    <figure className="chart" data-testid="chart">
      <div ref={el} role="img" aria-label={title} />
      <details className="text-xs">
        <summary className="cursor-pointer">{title}</summary>
        <table className="mt-1 w-full text-left">
          <thead>
            <tr>
              <th scope="col">date</th>
              {series.map((s) => (
                <th key={s.label} scope="col">{s.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {x.map((ms, i) => (
              <tr key={ms}>
                <th scope="row" className="font-normal">{formatX(ms)}</th>
                {series.map((s) => (
                  <td key={s.label}>{s.values[i] ?? '–'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
