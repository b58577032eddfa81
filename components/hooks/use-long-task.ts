import { useCallback, useRef, useState } from 'react';

export interface LongTask {
  running: boolean;
  done: number;
  total: number;
  message: string;
  start: (work: (report: (done: number, total: number) => void, signal: AbortSignal) => Promise<string>) => Promise<void>;
  cancel: () => void;
}

/** Long work with progress and cancellation: the work checks `signal` between chunks and reports as it goes. */
export function useLongTask(cancelledText: string): LongTask {
  const [state, setState] = useState({ running: false, done: 0, total: 0, message: '' });
  const ctrl = useRef<AbortController | undefined>(undefined);
  const start = useCallback<LongTask['start']>(async (work) => {
    ctrl.current?.abort();
    const c = (ctrl.current = new AbortController());
    setState({ running: true, done: 0, total: 0, message: '' });
    try {
      const message = await work((done, total) => setState((s) => ({ ...s, done, total })), c.signal);
      setState((s) => ({ ...s, running: false, message }));
    } catch (e) {
      const aborted = c.signal.aborted || (e as Error).name === 'AbortError';
      setState((s) => ({ ...s, running: false, message: aborted ? cancelledText : (e as Error).message }));
    }
  }, [cancelledText]);
  const cancel = useCallback(() => ctrl.current?.abort(), []);
  return { ...state, start, cancel };
}
