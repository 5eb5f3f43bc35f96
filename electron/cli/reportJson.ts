/** The CLI's `--json` answer: periods with every figure, cohorts and the import report. */
import type { PitoDocument } from '../../shared/document';
import type { ImportReport } from '../../shared/importModel';
import type { RowFigures } from '../../shared/figures/figureTypes';
import { FIGURE_IDS } from '../../shared/figures/registry';
import { computeRowMetrics } from '../../shared/figures/rowFigures';

export function reportJson(document: PitoDocument, report: ImportReport): object {
  const { defaultProfitMarginPct } = document.settings;
  return {
    periodKind: document.settings.periodKind,
    // Every figure of the registry, inputs and derived, by its id.
    periods: document.periods.map((row) => {
      const figures: RowFigures = { ...row, ...computeRowMetrics(row, defaultProfitMarginPct) };
      return {
        label: row.label,
        firstDay: row.firstDay,
        lastDay: row.lastDay,
        ...Object.fromEntries(FIGURE_IDS.map((id) => [id, figures[id]])),
      };
    }),
    cohorts: (document.cohorts?.rows ?? []).map(({ label, size, activeAtEnd, retainedPct }) => ({
      label,
      size,
      activeAtEnd,
      retainedPct,
    })),
    import: {
      rowsRead: report.rowsRead,
      rowsUsed: report.rowsUsed,
      rowsRejected: report.rowsRejected,
      issues: report.issues,
      mapping: report.mapping,
      dateOrder: report.dateOrder,
    },
  };
}
