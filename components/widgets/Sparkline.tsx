/**
 * A line small enough for a card (96 × 24 px): a post's counts at each sighting, oldest on the left, spaced by
 * time. uPlot's Chart needs three points and 180 px; a post seen twice needs neither. The numbers are in its label.
 */
export function Sparkline({ points, label, width = 96, height = 24 }: { points: readonly { at: number; value: number }[]; label: string; width?: number; height?: number }) {
  if (points.length === 0) return null;
  const t0 = points[0]!.at;
  const span = points.at(-1)!.at - t0 || 1;
  const lo = Math.min(...points.map((p) => p.value));
  const hi = Math.max(...points.map((p) => p.value));
  const pad = 3;
  const x = (at: number) => (points.length === 1 ? width / 2 : pad + ((at - t0) / span) * (width - 2 * pad));
  const y = (v: number) => (hi === lo ? height / 2 : height - pad - ((v - lo) / (hi - lo)) * (height - 2 * pad));
  const xy = points.map((p) => `${x(p.at).toFixed(1)},${y(p.value).toFixed(1)}`);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} className="shrink-0 text-teal-700 dark:text-teal-300" data-testid="sparkline" data-points={points.length}>
      <title>{label}</title>
      {points.length > 1 && <polyline points={xy.join(' ')} fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinejoin="round" />}
      {points.map((p, i) => <circle key={i} cx={x(p.at)} cy={y(p.value)} r={2} fill="currentColor" />)}
    </svg>
  );
}
