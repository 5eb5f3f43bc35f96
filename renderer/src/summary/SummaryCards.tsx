/** Cards for the latest period (retention, churn, NPS with its margin, CLV) and the whole range's retention. */
import { memo, useMemo } from 'react';
import type { PeriodRow } from '../../../shared/document';
import { computeRowMetrics } from '../../../shared/metrics';
import { summarizeRange } from '../../../shared/summary';
import type { Formatters } from '../format/formatters';
import { useI18n } from '../i18n/I18nContext';

interface SummaryCardsProps {
  periods: readonly PeriodRow[];
  defaultProfitMarginPct: number | null;
  formatters: Formatters;
}

function Card(props: { testId: string; name: string; definition: string; value: string }) {
  return (
    <div className="pito-card" data-testid={props.testId} title={props.definition}>
      <div className="pito-card-name">{props.name}</div>
      <div className="pito-card-value" data-testid={`${props.testId}-value`}>
        {props.value}
      </div>
    </div>
  );
}

/** Memoised: the workspace renders on every edit, the cards only when the settled periods change. */
export const SummaryCards = memo(function SummaryCards({
  periods,
  defaultProfitMarginPct,
  formatters,
}: SummaryCardsProps) {
  const { t } = useI18n();
  const latest = periods[periods.length - 1];
  const metrics = useMemo(
    () => (latest ? computeRowMetrics(latest, defaultProfitMarginPct) : null),
    [latest, defaultProfitMarginPct],
  );
  const range = useMemo(() => summarizeRange(periods), [periods]);
  return (
    <section className="pito-summary" data-testid="summary" aria-label={t('ui.summary.label')}>
      <h2 className="pito-summary-title">
        {latest ? t('ui.summary.latest', { label: latest.label }) : t('ui.summary.none')}
      </h2>
      <div className="pito-cards">
        <Card
          testId="card-retention"
          name={t('metric.retentionRate.name')}
          definition={t('metric.retentionRate.definition')}
          value={formatters.percent(metrics?.retentionRate ?? null)}
        />
        <Card
          testId="card-churn"
          name={t('metric.churnRate.name')}
          definition={t('metric.churnRate.definition')}
          value={formatters.percent(metrics?.churnRate ?? null)}
        />
        <Card
          testId="card-nps"
          name={t('metric.nps.name')}
          definition={t('metric.npsMarginOfError.definition')}
          value={
            metrics?.nps == null
              ? formatters.score(null)
              : t('ui.summary.npsMargin', {
                  nps: formatters.score(metrics.nps),
                  margin: formatters.margin(metrics.npsMarginOfError),
                })
          }
        />
        <Card
          testId="card-clv"
          name={t('metric.clv.name')}
          definition={t('metric.clv.definition')}
          value={formatters.money(metrics?.clv ?? null)}
        />
        <Card
          testId="card-range-retention"
          name={t('metric.rangeRetention.name')}
          definition={t('metric.rangeRetention.definition')}
          value={formatters.percent(range.metrics.retentionRate)}
        />
      </div>
    </section>
  );
});
