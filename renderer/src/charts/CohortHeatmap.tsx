/**
 * The cohort table as a heatmap: one row per cohort, one column per age (every age the
 * oldest cohort has reached), each cell shaded by the share still customers, and the
 * average of the retention curves as its last row. ag-charts' heatmap series is
 * enterprise-only, so this is a plain table, which also reads well with a screen reader.
 *
 * The ages scroll sideways (and the cohorts down) under a label column that stays put:
 * the cohort and its size are sticky on the left, the ages' header on top, the average at
 * the bottom. The size column sticks just right of the label column, whatever its width.
 */
import { useId, useLayoutEffect, useMemo, useRef } from 'react';
import type { CohortRow } from '../../../shared/document';
import type { Formatters } from '../format/formatters';
import { useI18n } from '../i18n/I18nContext';
import { cohortAges, cohortAverage } from './cohortData';

function shade(share: number | null): string | undefined {
  if (share === null) return undefined;
  const lightness = 96 - (Math.max(0, Math.min(100, share)) / 100) * 56;
  return `hsl(205 70% ${lightness}%)`;
}

const darkText = (share: number | null) => (share !== null && share > 60 ? 'pito-heat-dark' : undefined);

interface CohortHeatmapProps {
  /** The cohorts shown (the latest TABLE_COHORTS), oldest first; empty for none. */
  rows: readonly CohortRow[];
  /** How many cohorts the document has, shown or not. */
  cohortCount: number;
  formatters: Formatters;
}

export function CohortHeatmap({ rows, cohortCount, formatters }: CohortHeatmapProps) {
  const { t } = useI18n();
  const titleId = useId();
  const table = useRef<HTMLTableElement>(null);
  const label = useRef<HTMLTableCellElement>(null);
  const average = useMemo(() => cohortAverage(rows), [rows]);
  useLayoutEffect(() => {
    const width = label.current?.getBoundingClientRect().width ?? 0;
    table.current?.style.setProperty('--pito-cohort-label-width', `${width}px`);
  });
  if (rows.length === 0) {
    return (
      <figure className="pito-chart pito-heatmap" data-testid="cohort-heatmap">
        <figcaption>{t('ui.charts.cohortTitle')}</figcaption>
        <p className="pito-muted">{t('ui.charts.cohortNone')}</p>
      </figure>
    );
  }
  const ages = cohortAges(rows);
  const customersOf = (active: number, size: number) => t('ui.cohorts.customersOf', { active, size });
  return (
    <figure className="pito-chart pito-heatmap" data-testid="cohort-heatmap">
      <figcaption id={titleId}>{t('ui.charts.cohortTitle')}</figcaption>
      {rows.length < cohortCount && (
        <p className="pito-muted pito-cohort-note">
          {t('ui.cohorts.tableRecent', { shown: rows.length, count: cohortCount })}
        </p>
      )}
      {/* Focusable, so the keyboard can scroll it too. */}
      <div
        className="pito-heatmap-scroll"
        data-testid="cohort-heatmap-scroll"
        role="region"
        aria-labelledby={titleId}
        tabIndex={0}
      >
        <table ref={table}>
          <thead>
            <tr>
              <th scope="col" className="pito-heat-label" ref={label}>
                {t('ui.charts.cohortLabel')}
              </th>
              <th scope="col" className="pito-heat-size">
                {t('ui.charts.cohortSize')}
              </th>
              {Array.from({ length: ages }, (_, age) => (
                <th scope="col" key={age} data-age={age}>
                  {t('ui.charts.cohortAge', { age })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label} data-cohort={row.label}>
                <th scope="row" className="pito-heat-label">
                  {row.label}
                </th>
                <td className="pito-heat-size">{formatters.count(row.size)}</td>
                {Array.from({ length: ages }, (_, age) => {
                  if (age >= row.activeAtEnd.length) return <td key={age} />;
                  const share = row.retainedPct[age] ?? null;
                  return (
                    <td
                      key={age}
                      data-age={age}
                      style={{ background: shade(share) }}
                      className={darkText(share)}
                      title={customersOf(row.activeAtEnd[age]!, row.size)}
                    >
                      {formatters.percent(share)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="pito-heat-average" data-testid="cohort-average-row">
              <th scope="row" className="pito-heat-label">
                {t('ui.cohorts.average')}
              </th>
              <td className="pito-heat-size">{formatters.count(average[0]?.size ?? null)}</td>
              {average.map(({ age, share, active, size }) => (
                <td
                  key={age}
                  data-age={age}
                  style={{ background: shade(share) }}
                  className={darkText(share)}
                  title={customersOf(active, size)}
                >
                  {formatters.percent(share)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </figure>
  );
}
