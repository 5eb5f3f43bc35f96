/**
 * The cohort table as a heatmap: one row per cohort, one column per age, each cell
 * shaded by the share still customers. ag-charts' heatmap series is enterprise-only, so
 * this is a plain table, which also reads well with a screen reader.
 */
import type { CohortTable } from '../../../shared/document';
import type { Formatters } from '../format/formatters';
import { useI18n } from '../i18n/I18nContext';

/** The latest cohorts only: a decade of monthly cohorts would be too wide to read. */
const MAX_COHORTS = 36;

function shade(share: number | null): string | undefined {
  if (share === null) return undefined;
  const lightness = 96 - (Math.max(0, Math.min(100, share)) / 100) * 56;
  return `hsl(205 70% ${lightness}%)`;
}

export function CohortHeatmap({ cohorts, formatters }: { cohorts: CohortTable | null; formatters: Formatters }) {
  const { t } = useI18n();
  if (!cohorts || cohorts.rows.length === 0) {
    return (
      <figure className="pito-chart pito-heatmap" data-testid="cohort-heatmap">
        <figcaption>{t('ui.charts.cohortTitle')}</figcaption>
        <p className="pito-muted">{t('ui.charts.cohortNone')}</p>
      </figure>
    );
  }
  const rows = cohorts.rows.slice(-MAX_COHORTS);
  const ages = Math.max(...rows.map((row) => row.retainedPct.length));
  return (
    <figure className="pito-chart pito-heatmap" data-testid="cohort-heatmap">
      <figcaption>{t('ui.charts.cohortTitle')}</figcaption>
      <div className="pito-heatmap-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('ui.charts.cohortLabel')}</th>
              <th scope="col">{t('ui.charts.cohortSize')}</th>
              {Array.from({ length: ages }, (_, age) => (
                <th scope="col" key={age}>
                  {t('ui.charts.cohortAge', { age })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{formatters.count(row.size)}</td>
                {Array.from({ length: ages }, (_, age) => {
                  const share = row.retainedPct[age] ?? null;
                  return (
                    <td
                      key={age}
                      style={{ background: shade(share) }}
                      className={share !== null && share > 60 ? 'pito-heat-dark' : ''}
                    >
                      {age < row.retainedPct.length ? formatters.percent(share) : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
