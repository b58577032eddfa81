import { useEffect, useId, useState } from 'react';
import { analyserOf, flagKey, flagTarget } from '../../lib/analysis/review';
import { flagCategory } from '../../lib/i18n/findings';
import type { Analysis, SentimentLabel } from '../../lib/model/analysis';
import { useI18n } from '../hooks/i18n';
import { correctLabel } from '../services/panel-actions';
import { sensitivityScore } from '../../lib/analysis/sensitivity-score';
import { SensitivityScoreView } from './SensitivityScoreView';
import { useSettings } from '../hooks/use-settings';

const SENTIMENTS: readonly SentimentLabel[] = ['positive', 'neutral', 'negative'];

/**
 * A reviewer's verdicts on one post's labels: sentiment, toxicity and each sensitivity flag, each right or wrong
 * (a wrong sentiment names the right one). Radio groups, so the keyboard alone does it (Tab to a group, arrows to
 * choose); every choice is saved at once and wins over the analyser everywhere (lib/db/corrections.ts).
 */
export function ReviewControls({ postId, analysis }: { postId: string; analysis: Analysis }) {
  const { t } = useI18n();
  const [error, setError] = useState('');
  const [settings] = useSettings();
  const cssId = useId();
  const base = analyserOf(analysis);
  const review = analysis.review;
  const save = (target: string, label: string | null) => {
    setError('');
    return correctLabel(postId, target, label).catch((e: Error) => {
      setError(t('review.failed', { reason: e.message }));
      throw e;
    });
  };
  const toxic = !!base.toxicity?.flagged;
  const toxicLabel = (v: boolean) => (v ? t('review.toxic') : t('review.clean'));
  const sentimentChoice = review?.sentiment === undefined ? 'none' : review.sentiment === base.sentiment.label ? 'right' : review.sentiment;
  const toxicChoice = review?.toxic === undefined ? 'none' : review.toxic === toxic ? 'right' : 'wrong';
  return (
    <div className="mt-1 space-y-1 text-xs" data-testid="review-controls">
      <SensitivityScoreView result={sensitivityScore(analysis, { markets: settings?.targetMarkets })} id={`css-${cssId}`} />
      <Choices
        legend={t('review.sentiment', { label: t(`sentiment.${base.sentiment.label}`) })}
        testId="review-sentiment"
        value={sentimentChoice}
        options={[
          ['none', t('review.unreviewed')],
          ['right', t('review.right')],
          ...SENTIMENTS.filter((l) => l !== base.sentiment.label).map((l): [string, string] => [l, t('review.shouldBe', { label: t(`sentiment.${l}`) })]),
        ]}
        onChoose={(v) => save('sentiment', v === 'none' ? null : v === 'right' ? base.sentiment.label : v)}
      />
      {base.toxicity && (
        <Choices
          legend={t('review.toxicity', { label: toxicLabel(toxic) })}
          testId="review-toxicity"
          value={toxicChoice}
          options={[['none', t('review.unreviewed')], ['right', t('review.right')], ['wrong', t('review.shouldBe', { label: toxicLabel(!toxic) })]]}
          onChoose={(v) => save('toxicity', v === 'none' ? null : (v === 'right') === toxic ? 'toxic' : 'clean')}
        />
      )}
      {(base.sensitivity?.flags ?? []).map((f) => {
        const verdict = review?.flags?.[flagKey(f)];
        return (
          <Choices
            key={flagKey(f)}
            legend={t('review.flag', { term: f.text, category: flagCategory(f.category, t) })}
            testId="review-flag"
            value={verdict === undefined ? 'none' : verdict ? 'right' : 'wrong'}
            options={[['none', t('review.unreviewed')], ['right', t('review.right')], ['wrong', t('review.wrong')]]}
            onChoose={(v) => save(flagTarget(f), v === 'none' ? null : v)}
          />
        );
      })}
      {error && <p role="alert" className="text-rose-800 dark:text-rose-300">{error}</p>}
    </div>
  );
}

/** One radio group; the choice shows at once, until the stored verdict catches up (or the save fails). */
function Choices({ legend, value, options, onChoose, testId }: { legend: string; value: string; options: [string, string][]; onChoose: (v: string) => Promise<void>; testId: string }) {
  const name = useId();
  const [chosen, setChosen] = useState<string>();
  useEffect(() => {
    if (chosen === value) setChosen(undefined);
  }, [chosen, value]);
  const shown = chosen ?? value;
  const choose = (v: string) => {
    setChosen(v);
    onChoose(v).catch(() => setChosen(undefined));
  };
  return (
    <fieldset className="min-w-0" data-testid={testId} data-value={value}>
      <legend className="font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-3">
        {options.map(([v, label]) => (
          <label key={v} className="flex items-center gap-1">
            <input type="radio" name={name} value={v} checked={shown === v} onChange={() => choose(v)} />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
