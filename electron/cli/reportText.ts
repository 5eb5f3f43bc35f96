/**
 * The CLI's readable answer: a table of the periods and their range, what the range is, then
 * the import report (rows, the mapping, the date order, the issues), figures rounded for
 * reading only.
 */
import type { PitoDocument } from '../../shared/document';
import type { RangeBasis } from '../../shared/documentRange';
import { translate } from '../../shared/i18n';
import type { ImportReport } from '../../shared/importModel';
import type { FigureId, RowFigures } from '../../shared/figures/figureTypes';
import { FIGURES, FIGURE_IDS } from '../../shared/figures/registry';
import { computeRowMetrics } from '../../shared/figures/rowFigures';
import { FLOW_FIGURES, rangeNoteFor, type RangeNote } from '../../shared/figures/tableRange';
import { dateOrderLine, mappingLines } from './mappingText';
import type { ReportRange } from './reportRange';

/** The registry's figures with a CLI heading, in its order. */
const TABLE_FIGURES: readonly FigureId[] = FIGURE_IDS.filter((id) => FIGURES[id].cliHeading !== null);
const COLUMNS = ['Period', ...TABLE_FIGURES.map((id) => FIGURES[id].cliHeading ?? '')];
const MAX_ISSUES_SHOWN = 20;

function figure(value: number | null, decimals: number): string {
  return value === null ? '—' : value.toFixed(decimals);
}

/** A row of the table: its label, then its figures at their display decimals. */
function tableRow(label: string, figures: RowFigures): string[] {
  return [label, ...TABLE_FIGURES.map((id) => figure(figures[id], FIGURES[id].decimals))];
}

/** `Lost, CRR %, Simple % and Churn %`: the table's headings of the figures. */
function headingList(ids: readonly FigureId[]): string {
  const headings = ids.map((id) => FIGURES[id].cliHeading ?? id);
  return headings.length <= 1 ? (headings[0] ?? '') : `${headings.slice(0, -1).join(', ')} and ${headings.at(-1)}`;
}

const RANGE_BASIS: Record<RangeBasis, string> = {
  customerList: 'counted from the customer list as one period',
  periodRows: "from the periods' rows: S of the first, the new customers of all, E of the last",
};

/** The table's figures that are rates over S, so blank when S is 0. */
const OVER_START = FIGURE_IDS.filter(
  (id) => FIGURES[id].cliHeading !== null && rangeNoteFor(id, ['noCustomersAtStart']),
);

const RANGE_NOTES: Record<RangeNote, string> = {
  periodsDoNotChain: `${headingList(FLOW_FIGURES)} are blank: the periods do not chain (a period's customers at start differ from the customers at end of the one before)`,
  npsCountedPerPeriod:
    "NPS is blank: the periods' answers come from a customer list, and adding them up would count a customer's answer in every period",
  noCustomersAtStart: `${headingList(OVER_START)} are blank: nobody was a customer at the start of the range (a list's first period); choose a range that starts later`,
};

/** What the table's Range row is, and why a figure of it is blank. */
function rangeLines(range: ReportRange | null): string[] {
  if (range === null) {
    return [
      'Range: — (the periods have no trailing twelve months; choose one with --range FIRST..LAST or --range all)',
    ];
  }
  const days = range.firstDay === null ? '' : ` (${range.firstDay} to ${range.lastDay})`;
  return [
    `Range ${range.from}..${range.to}${days}: ${RANGE_BASIS[range.basis]}.`,
    ...range.notes.map((note) => `  ${RANGE_NOTES[note]}.`),
  ];
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

export function reportText(document: PitoDocument, report: ImportReport, range: ReportRange | null): string {
  const rows = document.periods.map((row) =>
    tableRow(row.label, { ...row, ...computeRowMetrics(row, document.settings.defaultProfitMarginPct) }),
  );
  const source = report.sheet === null ? report.fileName : `${report.fileName}, sheet "${report.sheet}"`;
  const lines = [
    table([COLUMNS, ...rows, ...(range === null ? [] : [tableRow('Range', range.figures)])]),
    ...rangeLines(range),
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
