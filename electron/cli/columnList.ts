/**
 * The columns of a header row as the CLI's one-line errors list them: `A "Nimi", B "Pvm" (dates)`.
 * The list is cut to a length, so an error about a sheet of 300 columns stays one readable line.
 */
import { columnLetter, type ColumnProfile } from '../../shared/importModel';

/** The most characters the list takes in an error line; the rest is counted, not listed. */
export const COLUMN_LIST_BUDGET = 160;
/** A header longer than this is shortened with `…`: a pasted paragraph as a header should not fill the line. */
const HEADER_CHARS = 40;

function shortened(header: string): string {
  return header.length > HEADER_CHARS ? `${header.slice(0, HEADER_CHARS - 1)}…` : header;
}

export function columnList(
  headers: readonly string[],
  profiles: readonly ColumnProfile[] = [],
  budget = COLUMN_LIST_BUDGET,
): string {
  if (headers.length === 0) return 'the header row is empty';
  const dates = new Set(profiles.filter((profile) => profile.kind === 'date').map((profile) => profile.column));
  const names = headers.map(
    (header, column) => `${columnLetter(column)} "${shortened(header)}"${dates.has(column) ? ' (dates)' : ''}`,
  );
  const shown: string[] = [];
  let length = 0;
  for (const name of names) {
    // The first column is always listed, however long its header.
    if (shown.length > 0 && length + name.length + 2 > budget) break;
    shown.push(name);
    length += name.length + 2;
  }
  const rest = names.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
