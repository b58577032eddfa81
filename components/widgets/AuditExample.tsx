import { useState } from 'react';
import type { LanguageAudit } from '../../lib/insights/audit';
import { plural } from '../../lib/i18n/format';
import type { SentimentLabel } from '../../lib/model/analysis';
import { useI18n } from '../hooks/i18n';
import { ReviewControls } from './ReviewControls';

/** One example post of the Audit, with its labels and, on demand, the reviewer's controls to correct them. */
export function AuditExample({ e, code }: { e: LanguageAudit['examples'][number]; code: string }) {
  const { t, lang } = useI18n();
  const [reviewing, setReviewing] = useState(false);
  const was = e.analysis?.review?.analyser.sentiment;
  return (
    <li lang={code === 'und' ? undefined : code} data-testid="audit-example" data-post-id={e.id}>
      <span className="font-medium" title={was ? t('review.by', { label: t(`sentiment.${was.label}`) }) : undefined}>{was && '✎ '}{t(`sentiment.${e.sentiment as SentimentLabel}`)}</span>
      {e.toxic ? ` · ${t('audit.exampleToxic')}` : ''}
      {e.flags ? ` · ${plural(t, lang, 'plural.flags', e.flags)}` : ''}: {e.text.slice(0, 300)}{' '}
      {e.analysis && (
        <button type="button" className="btn print:hidden" onClick={() => setReviewing(!reviewing)} aria-expanded={reviewing} aria-label={t('review.openAria', { who: e.text.slice(0, 40) })} data-testid="review-example">
          {t('review.open')}
        </button>
      )}
      {reviewing && e.analysis && <ReviewControls postId={e.id} analysis={e.analysis} />}
    </li>
  );
}
