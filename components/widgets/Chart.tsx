import { useEffect, useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useI18n } from '../hooks/i18n';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  color: string;
  /** series on the right-hand axis (e.g. sentiment −1..1 beside counts) */
  right?: boolean;
  bars?: boolean;
}

/** Below this many points with data a chart says so instead of drawing a dot on an empty axis. */
const MIN_POINTS = 3;
const HALF_DAY = 43_200;

/**
 * A time chart drawn by uPlot (canvas), its x axis from the first to the last point of the data (never beyond),
 * both axes labelled, and a legend of its own that shows the values under the cursor in the panel's language. The
 * canvas is an image to assistive technology, so the same numbers are in a table under a disclosure after it.
 */
export function Chart({ title, x, series, height = 180, formatX }: { title: string; x: number[]; series: ChartSeries[]; height?: number; formatX: (ms: number) => string }) {
  const { t, lang } = useI18n();
  const el = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState<number | null>(null);
  // the points that carry a value: empty days are gaps, not data
  const filled = useMemo(() => x.map((_, i) => i).filter((i) => series.some((s) => s.values[i] !== null && s.values[i] !== 0)), [x, series]);
  const drawn = filled.length >= MIN_POINTS;
  const num = useMemo(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }), [lang]);
  useEffect(() => {
    const host = el.current;
    if (!host || !drawn) return;
    const dark = document.documentElement.classList.contains('dark');
    const axisColor = dark ? '#cbd5e1' : '#334155';
    const grid = { stroke: dark ? '#334155' : '#e2e8f0' };
    const hasRight = series.some((s) => s.right);
    const span = (x.at(-1)! - x[0]!) / 86_400_000;
    const tick = new Intl.DateTimeFormat(lang, span > 300 ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { month: 'short', day: 'numeric', timeZone: 'UTC' });
    const left = series.filter((s) => !s.right).map((s) => s.label).join(' · ');
    const right = series.filter((s) => s.right).map((s) => s.label).join(' · ');
    const opts: uPlot.Options = {
      width: Math.max(240, host.clientWidth),
      height,
      legend: { show: false },
      cursor: { points: { show: true } },
      scales: {
        // the data's own range, half a day either side so the first and last bars are whole
        x: { time: true, range: (_u, min, max) => [min - HALF_DAY, max + HALF_DAY] },
        y: { range: (_u, _min, max) => [0, Math.max(1, max)] },
        ...(hasRight ? { r: { range: [-1, 1] } } : {}),
      },
      axes: [
        // space: a date ("Okt. 2024") takes about 60 px; uPlot's default 50 px ran the labels together at 400 px
        { stroke: axisColor, grid, label: t('chart.date'), labelSize: 18, space: 80, values: (_u, splits) => splits.map((s) => tick.format(s * 1000)), font: '11px system-ui', labelFont: '11px system-ui' },
        { stroke: axisColor, grid, label: left, labelSize: 18, size: 36, font: '11px system-ui', labelFont: '11px system-ui' },
        ...(hasRight ? [{ scale: 'r', side: 1 as const, stroke: axisColor, grid: { show: false }, label: right, labelSize: 18, size: 36, font: '11px system-ui', labelFont: '11px system-ui' }] : []),
      ],
      series: [
        { label: t('chart.date') },
        ...series.map((s) => ({
          label: s.label,
          stroke: s.color,
          width: 2,
          scale: s.right ? 'r' : 'y',
          // a day without posts is a gap, not a line drawn across it; a lone day is a point
          points: { show: !s.bars, size: 5 },
          ...(s.bars ? { fill: `${s.color}88`, paths: uPlot.paths.bars!({ size: [0.6, 40, 3] }) } : {}),
        })),
      ],
      hooks: { setCursor: [(u) => setAt(u.cursor.idx ?? null)] },
    };
    const plot = new uPlot(opts, [x.map((ms) => ms / 1000), ...series.map((s) => s.values)] as uPlot.AlignedData, host);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(240, host.clientWidth), height }));
    resize.observe(host);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [x, series, height, drawn, lang, t]);
  return (
    <figure className="chart" data-testid="chart">
      {drawn ? (
        <>
          <div ref={el} role="img" aria-label={title} />
          <ul className="flex flex-wrap gap-x-3 text-xs" data-testid="chart-legend" aria-hidden="true">
            {at !== null && x[at] !== undefined && <li className="font-medium">{formatX(x[at]!)}</li>}
            {series.map((s) => (
              <li key={s.label} className="flex items-center gap-1">
                <span className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: s.color }} />
                {s.label}
                {at !== null && s.values[at] != null && <span className="tabular-nums">: {num.format(s.values[at]!)}</span>}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="text-xs text-slate-700 dark:text-slate-300" data-testid="chart-thin">{t('chart.thin')}</p>
      )}
      <details className="text-xs" open={!drawn && filled.length > 0}>
        <summary className="cursor-pointer">{title}</summary>
        <table className="mt-1 w-full text-left">
          <thead>
            <tr>
              <th scope="col">{t('chart.date')}</th>
              {series.map((s) => (
                <th key={s.label} scope="col">{s.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {/* the days with data; empty days are the gaps between them */}
            {filled.map((i) => (
              <tr key={x[i]}>
                <th scope="row" className="font-normal">{formatX(x[i]!)}</th>
                {series.map((s) => (
                  <td key={s.label}>{s.values[i] == null ? '–' : num.format(s.values[i]!)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
