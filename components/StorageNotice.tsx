import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { StorageStatus } from '../lib/model/stored';

/** Says so when the disk quota ran out and the oldest history was pruned to make room. */
export function StorageNotice() {
  const [status, setStatus] = useState<StorageStatus | undefined>();
  useEffect(() => {
    const read = (value: unknown) => {
      const parsed = StorageStatus.safeParse(value);
      setStatus(parsed.success && parsed.data.full ? parsed.data : undefined);
    };
    void browser.storage.local.get('storageStatus').then((r) => read(r.storageStatus));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && 'storageStatus' in changes) read(changes.storageStatus!.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  if (!status) return null;
  return (
    <div role="alert" data-testid="storage-full" className="mx-3 mt-2 rounded border border-amber-400 bg-amber-50 p-2 text-xs text-amber-950 dark:bg-amber-950 dark:text-amber-100">
      Storage is full. Rapport removed the {status.pruned.toLocaleString()} oldest posts of your history to make room
      (captures are kept); posts on open pages wait until there is room. Lower the retention period in Settings, or
      export and delete old data.
      <button className="ml-2 underline" onClick={() => void browser.storage.local.remove('storageStatus')}>
        Dismiss
      </button>
    </div>
  );
}
