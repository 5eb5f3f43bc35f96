/**
 * The CLI's readable answer: a table of the periods, then the import report (rows, the
 * mapping, the date order, the issues), figures rounded for reading only.
 */
import type { PitoDocument } from '../../shared/document';
import { translate } from '../../shared/i18n';
import type { ImportReport } from '../../shared/importModel';
import type { FigureId, RowFigures } from '../../shared/figures/figureTypes';
import { FIGURES, FIGURE_IDS } from '../../shared/figures/registry';
import { computeRowMetrics } from '../../shared/figures/rowFigures';
import { dateOrderLine, mappingLines } from './mappingText';

/** The registry's figures with a CLI heading, in its order. */
const TABLE_FIGURES: readonly FigureId[] = FIGURE_IDS.filter((id) => FIGURES[id].cliHeading !== null);
const COLUMNS = ['Period', ...TABLE_FIGURES.map((id) => FIGURES[id].cliHeading ?? '')];
const MAX_ISSUES_SHOWN = 20;

function figure(value: number | null, decimals: number): string {
  return value === null ? '—' : value.toFixed(decimals);
}

function table(rows: string[][]): string {
  const widths = COLUMNS.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0)))
        .join('  '),
    )
    .join('\n');
}

export function reportText(document: PitoDocument, report: ImportReport): string {
  const rows = document.periods.map((row) => {
    const figures: RowFigures = { ...row, ...computeRowMetrics(row, document.settings.defaultProfitMarginPct) };
    return [row.label, ...TABLE_FIGURES.map((id) => figure(figures[id], FIGURES[id].decimals))];
  });
  const source = report.sheet === null ? report.fileName : `${report.fileName}, sheet "${report.sheet}"`;
  const lines = [
    table([COLUMNS, ...rows]),
    '',
    translate('en', 'ui.report.summary', {
      file: source,
      read: report.rowsRead,
      used: report.rowsUsed,
      rejected: report.rowsRejected,
    }),
    // What was read from where, before the issues: a wrong column shows here first.
    ...mappingLines(report.shape, report.mapping, '  '),
    `  ${dateOrderLine(report.dateOrder)}`,
    ...report.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => `  ${issue.severity}: ${issue.message}`),
  ];
  const more = report.issues.length - MAX_ISSUES_SHOWN + report.issuesOmitted;
  if (more > 0) lines.push(`  … and ${more} more issues (--json lists the first ${report.issues.length}).`);
  // Every line ends with a newline, the last one too, so a shell prompt or a pipe never joins it.
  return lines.map((line) => `${line}\n`).join('');
}
