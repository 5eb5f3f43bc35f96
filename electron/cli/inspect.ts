/**
 * `inspect FILE`: what the import would make of a file, without importing it: the sheet and
 * header row, the detected shape and mapping with confidences, each column's profile, the
 * columns left out that look like dates or scores, and the date order. It answers even
 * when nothing is recognised, since that is when it is needed.
 */
import { columnLetter, type ColumnProfile, type ImportPreview } from '../../shared/importModel';
import { unplacedColumns } from '../../shared/unplacedColumns';
import { dateOrderLine, mappingLines, previewMappedColumns } from './mappingText';

const SHAPE_NAMES = { customerList: 'customer list', periodTable: 'period table' } as const;

/** A profile with its column as the spreadsheet labels it (`C`), and its 0-based index beside. */
function columnJson(profile: ColumnProfile): object {
  const { column, ...rest } = profile;
  return { column: columnLetter(column), index: column, ...rest };
}

export function inspectJson(preview: ImportPreview): object {
  return {
    file: preview.fileName,
    sheet: preview.sheet,
    sheets: preview.sheets,
    headerRow: preview.headerRow,
    headerFound: preview.headerFound,
    shape: preview.mapping.shape,
    mapping: previewMappedColumns(preview),
    dateOrder: preview.dateOrder,
    dateConflict: preview.dateConflict,
    columns: preview.profiles.map(columnJson),
    unplaced: unplacedColumns(preview.mapping, preview.profiles).map(({ column, header, looksLike }) => ({
      column: columnLetter(column),
      header,
      looksLike,
    })),
  };
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Left-aligned text columns, right-aligned figures, as the report's period table. */
function aligned(rows: readonly string[][], numeric: ReadonlySet<number>): string[] {
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) =>
    row
      .map((cell, column) =>
        numeric.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  );
}

function profileTable(profiles: readonly ColumnProfile[]): string[] {
  const rows = profiles.map((profile) => [
    columnLetter(profile.column),
    `"${profile.header}"`,
    profile.kind,
    String(profile.filled),
    String(profile.blank),
    percent(profile.dateShare),
    percent(profile.numberShare),
    percent(profile.wholeShare),
    percent(profile.scoreShare),
    percent(profile.fractionShare),
  ]);
  const head = ['', 'header', 'kind', 'filled', 'blank', 'date', 'number', 'whole', '0-10', 'fraction'];
  return aligned([head, ...rows], new Set([3, 4, 5, 6, 7, 8, 9])).map((line) => `  ${line}`);
}

export function inspectText(preview: ImportPreview): string {
  const source = preview.sheet === null ? preview.fileName : `${preview.fileName}, sheet "${preview.sheet}"`;
  const sheets = preview.sheets.length > 1 ? ` (sheets: ${preview.sheets.map((name) => `"${name}"`).join(', ')})` : '';
  const header = preview.headerFound
    ? `header: row ${preview.headerRow}, recognised`
    : `header: not recognised; row ${preview.headerRow} is read as the header and nothing is mapped (use --map)`;
  const mapping = mappingLines(preview.mapping.shape, previewMappedColumns(preview), '  ');
  const unplaced = unplacedColumns(preview.mapping, preview.profiles);
  const conflict = preview.dateConflict;
  const lines = [
    `${source}${sheets}`,
    header,
    `shape: ${SHAPE_NAMES[preview.mapping.shape]}`,
    'mapping:',
    ...(mapping.length > 0 ? mapping : ['  (no column mapped)']),
    'columns:',
    ...profileTable(preview.profiles),
    ...(unplaced.length > 0
      ? [
          'not mapped, but looks like:',
          ...unplaced.map(
            ({ column, header, looksLike }) =>
              `  ${columnLetter(column)} "${header}": ${looksLike === 'date' ? 'dates' : '0-10 scores'}`,
          ),
        ]
      : []),
    // With a conflict there is no order to tell: the preview's is only a placeholder.
    ...(conflict === null
      ? [dateOrderLine(preview.dateOrder)]
      : [
          `date conflict: row ${conflict.dayFirst.row}, column "${conflict.dayFirst.column}", "${conflict.dayFirst.value}" reads only day first, but row ${conflict.monthFirst.row}, column "${conflict.monthFirst.column}", "${conflict.monthFirst.value}" only month first: the import will refuse the file`,
        ]),
  ];
  return lines.map((line) => `${line}\n`).join('');
}
