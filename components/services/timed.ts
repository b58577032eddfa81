/**
 * Runs one of the panel's queries under a performance measure named "rapport query: <name>". Costs nothing
 * worth counting; `npm run bench` reads the measures to print each query's time with 100,000 posts stored.
 */
export async function timed<T>(name: string, query: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await query();
  } finally {
    // Only the latest of each: live queries re-run all day, and the timeline keeps every measure until cleared.
    performance.clearMeasures(`rapport query: ${name}`);
    performance.measure(`rapport query: ${name}`, { start });
  }
}
