import { Component, type ReactNode } from 'react';
import { useI18n } from '../hooks/i18n';

/** What a view shows instead of itself when it failed to render: what happened, and two ways on. */
function ViewError({ error, retry, toPage }: { error: Error; retry: () => void; toPage?: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="card space-y-2 text-sm" data-testid="view-error">
      <h2 className="h2">{t('error.title')}</h2>
      {/* The message is shown as text (React escapes it): it may quote stored page data. */}
      <p>{t('error.body', { reason: String(error.message || error.name).slice(0, 200) })}</p>
      <div className="flex gap-2">
        <button type="button" className="btn" onClick={retry} data-testid="view-error-retry">{t('error.retry')}</button>
        {toPage && <button type="button" className="btn" onClick={toPage} data-testid="view-error-page">{t('error.toPage')}</button>}
      </div>
    </div>
  );
}

/**
 * Around each panel view: a row the view cannot render (a date out of range, a field of an unexpected shape)
 * shows a readable message in place of that view, never a blank panel, and the tabs keep working.
 */
export class ViewBoundary extends Component<{ children: ReactNode; toPage?: () => void }, { error?: Error }> {
  state: { error?: Error } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown) {
    console.warn(`[rapport] a panel view failed: ${(error as Error)?.message ?? String(error)}`);
  }

  render() {
    const { error } = this.state;
    return error ? <ViewError error={error} retry={() => this.setState({ error: undefined })} toPage={this.props.toPage} /> : this.props.children;
  }
}
