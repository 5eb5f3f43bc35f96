/** The CLI's `--json` answer: periods with every figure, the range, cohorts and the import report. */
import type { PitoDocument } from '../../shared/document';
import type { ImportReport } from '../../shared/importModel';
import type { RowFigures } from '../../shared/figures/figureTypes';
import { FIGURE_IDS } from '../../shared/figures/registry';
import { computeRowMetrics } from '../../shared/figures/rowFigures';
import type { ReportRange } from './reportRange';

/** Every figure of the registry, inputs and derived, by its id. */
function byId(figures: RowFigures): Record<string, number | null> {
  return Object.fromEntries(FIGURE_IDS.map((id) => [id, figures[id]]));
}

export function reportJson(document: PitoDocument, report: ImportReport, range: ReportRange | null): object {
  const { defaultProfitMarginPct } = document.settings;
  return {
    periodKind: document.settings.periodKind,
    periods: document.periods.map((row) => ({
      label: row.label,
      firstDay: row.firstDay,
      lastDay: row.lastDay,
      ...byId({ ...row, ...computeRowMetrics(row, defaultProfitMarginPct) }),
    })),
    range: range && {
      from: range.from,
      to: range.to,
      firstDay: range.firstDay,
      lastDay: range.lastDay,
      basis: range.basis,
      notes: range.notes,
      ...byId(range.figures),
    },
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
