/**
 * The import's refusal of a mapping without a field its shape needs, said for the command
 * line: which field no column was placed in, the columns there are (those holding dates
 * marked) and the `--map` that places it.
 */
import { columnLetter, type ColumnMapping, type ImportPreview, type MappingField } from '../../shared/importModel';
import { fieldName } from '../../shared/i18n/fieldNames';
import { PitoError } from '../errors';
import { columnList } from './columnList';

export function isMissingFieldsError(error: unknown): error is PitoError {
  return error instanceof PitoError && error.reason?.key === 'importError.missingFields';
}

/** `Start date` → `start date`; `NPS score` keeps its capitals. */
function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name[0]?.toLowerCase() + name.slice(1) : name;
}

function either(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/**
 * A start date goes to a date column nothing else reads, if the file has one; any other
 * field is left for the user to name, as its column cannot be told from its values alone.
 */
function suggestedColumn(field: MappingField, preview: ImportPreview, mapped: ReadonlySet<number>): string {
  if (field !== 'startDate') return 'COLUMN';
  const dates = preview.profiles.filter((profile) => profile.kind === 'date');
  const free = dates.find((profile) => !mapped.has(profile.column)) ?? dates[0];
  return free === undefined ? 'COLUMN' : columnLetter(free.column);
}

/**
 * `mapping`: the one the import refused. `mappedByUser`: it came from the command line, so
 * the field was not left out by the detection alone and the sentence does not blame it.
 */
export function missingFieldsMessage(
  error: PitoError,
  preview: ImportPreview,
  mapping: ColumnMapping,
  mappedByUser: boolean,
): string {
  const fields = String(error.reason?.params?.fields ?? '')
    .split(',')
    .map((field) => field.trim())
    .filter((field) => field !== '') as MappingField[];
  const names = either(fields.map((field) => `the ${inSentence(fieldName(field, 'en'))}`));
  const placed = mappedByUser ? `no column is mapped to ${names}` : `no column was recognised as ${names}`;
  const header = preview.headerFound ? '' : ` (row ${preview.headerRow} was not recognised as a header row)`;
  const mapped = new Set<number>(Object.values(mapping.columns));
  const fix = fields.map((field) => `--map ${field}=${suggestedColumn(field, preview, mapped)}`).join(' ');
  const it = fields.length > 1 ? 'them' : 'it';
  return `${preview.fileName}: ${placed}${header}. Columns: ${columnList(preview.headers, preview.profiles)}. Map ${it} with ${fix}.`;
}
