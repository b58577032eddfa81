import { useEffect, useState } from 'react';

/**
 * A module loaded after the first render. The analysis is most of the panel's code (lexicons, language
 * profiles): views that need it open at once and show its results when it arrives, a few hundred ms later.
 * `undefined` defers the load; once loaded, the module stays.
 */
export function useModule<T>(load: (() => Promise<T>) | undefined): T | undefined {
  const [mod, setMod] = useState<T>();
  useEffect(() => {
    if (!load || mod) return;
    let live = true;
    load().then(
      (m) => live && setMod(() => m),
      (e: unknown) => console.error('Rapport: could not load part of the panel', e),
    );
    return () => {
      live = false;
    };
  }, [load, mod]);
  return mod;
}
