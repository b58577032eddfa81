import { useI18n } from '../hooks/i18n';

/** Progress of long work (export, import, re-analysis) with a way to stop it. */
export function ProgressBar({ label, done, total, onCancel }: { label: string; done: number; total: number; onCancel?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="mt-2 flex items-center gap-2 text-xs" data-testid="progress">
      <progress className="h-2 flex-1" aria-label={label} value={done} max={Math.max(1, total)} />
      <span aria-live="polite">{t('common.progress', { done, total })}</span>
      {onCancel && (
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
    </div>
  );
}
