import { useEffect, useState } from 'react';
import { plural } from '../../lib/i18n/format';
import { StorageStatus } from '../../lib/model/stored';
import { storageStatusItem } from '../../lib/protocol/storage';
import { useI18n } from '../hooks/i18n';

/** Says so when the disk quota ran out and the oldest history was pruned to make room. */
export function StorageNotice() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<StorageStatus | undefined>();
  useEffect(() => {
    const read = (value: unknown) => {
      const parsed = StorageStatus.safeParse(value);
      setStatus(parsed.success && parsed.data.full ? parsed.data : undefined);
    };
    void storageStatusItem.getValue().then(read);
    return storageStatusItem.watch(read);
  }, []);
  if (!status) return null;
  return (
    <div role="alert" data-testid="storage-full" className="mx-3 mt-2 rounded border border-amber-400 bg-amber-50 p-2 text-xs text-amber-950 dark:bg-amber-950 dark:text-amber-100">
      {t('storage.full', { posts: plural(t, lang, 'plural.posts', status.pruned) })}
      <button className="ml-2 underline" onClick={() => void storageStatusItem.removeValue()}>
        {t('storage.dismiss')}
      </button>
    </div>
  );
}
