import { useMemo } from 'react';

/** Day labels for charts ("Nov 29"), one formatter per language: toLocaleDateString builds a new one per call. */
export function useDateFormat(lang: string): (ms: number) => string {
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    return (ms: number) => format.format(ms);
  }, [lang]);
}
