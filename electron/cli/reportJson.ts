/** The CLI's `--json` answer: periods with every figure, cohorts and the import report. */
import type { PitoDocument } from '../../shared/document';
import type { ImportReport } from '../../shared/importModel';
import { computeRowMetrics } from '../../shared/metrics';

export function reportJson(document: PitoDocument, report: ImportReport): object {
  const { defaultProfitMarginPct } = document.settings;
  return {
    periodKind: document.settings.periodKind,
    periods: document.periods.map((row) => {
      const metrics = computeRowMetrics(row, defaultProfitMarginPct);
      return {
        label: row.label,
        firstDay: row.firstDay,
        lastDay: row.lastDay,
        customersAtStart: row.customersAtStart,
        newCustomers: row.newCustomers,
        customersAtEnd: row.customersAtEnd,
        lostCustomers: metrics.lostCustomers,
        retentionRate: metrics.retentionRate,
        simpleRetentionRate: metrics.simpleRetentionRate,
        churnRate: metrics.churnRate,
        promoters: row.promoters,
        passives: row.passives,
        detractors: row.detractors,
        nps: metrics.nps,
        npsMarginOfError: metrics.npsMarginOfError,
        clv: metrics.clv,
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
