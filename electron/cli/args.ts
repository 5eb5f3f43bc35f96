/**
 * The CLI's command line:
 * `report <file> [--period …] [--sheet NAME] [--map FIELD=COLUMN]… [--mapping FILE.json] [--date-order …] [--out FILE] [--json]`
 * and `inspect <file> [--sheet NAME] [--json]`.
 */
import { CUSTOMER_FIELDS, PERIOD_TABLE_FIELDS, type DateOrder } from '../../shared/importModel';
import { PERIOD_KINDS, type PeriodKind } from '../../shared/periods';

export const USAGE = [
  'usage: npm run -s cli -- report <file.xlsx|file.csv> [--period month|quarter|year] [--sheet NAME] [--map FIELD=COLUMN]... [--mapping FILE.json] [--date-order day-first|month-first] [--out retention.xlsx] [--json]',
  '       npm run -s cli -- inspect <file.xlsx|file.csv> [--sheet NAME] [--json]',
].join('\n');

/** One `--map FIELD=COLUMN`: COLUMN is a header text or a column letter; null unmaps the field. */
export interface FieldAssignment {
  field: string;
  column: string | null;
  /** How the assignment was written, for error messages: `--map endDate=C`. */
  source: string;
}

/** What the command line changes in the detected mapping; all empty: the detected mapping as it is. */
export interface MappingOverrides {
  map: FieldAssignment[];
  mappingFile: string | null;
  dateOrder: DateOrder | null;
}

export interface ReportArgs {
  command: 'report';
  file: string;
  /** Null without --period: an import groups by month, a workbook Pito saved keeps its own periods. */
  periodKind: PeriodKind | null;
  sheet: string | null;
  out: string | null;
  json: boolean;
  overrides: MappingOverrides;
}

export interface InspectArgs {
  command: 'inspect';
  file: string;
  sheet: string | null;
  json: boolean;
}

export type ParsedArgs = ReportArgs | InspectArgs | { command: 'help' };

export class UsageError extends Error {}

const VALUE_OPTIONS = new Set(['--period', '--sheet', '--out', '--mapping', '--date-order']);
/** Options that may be given more than once, each time adding a value. */
const REPEATED_OPTIONS = new Set(['--map']);
/** What `inspect` accepts; it reads no mapping and writes nothing. */
const INSPECT_OPTIONS = new Set(['--sheet', '--json']);

const DATE_ORDER_NAMES: Record<string, DateOrder> = { 'day-first': 'dayFirst', 'month-first': 'monthFirst' };

interface SplitArgs {
  positional: string[];
  values: Map<string, string>;
  repeated: Map<string, string[]>;
  flags: Set<string>;
}

/** Splits `--name=value` and `--name value`; everything else is a positional argument or a flag. */
function options(argv: readonly string[]): SplitArgs {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const repeated = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.split(/=(.*)/s, 2);
    if (!VALUE_OPTIONS.has(name) && !REPEATED_OPTIONS.has(name)) {
      if (inline !== undefined || !['--json', '--help'].includes(name)) throw new UsageError(`unknown option ${arg}`);
      flags.add(name);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
    if (REPEATED_OPTIONS.has(name)) {
      repeated.set(name, [...(repeated.get(name) ?? []), value]);
      continue;
    }
    if (values.has(name)) throw new UsageError(`${name} is given twice`);
    values.set(name, value);
  }
  return { positional, values, repeated, flags };
}

// Lower case, as mappingOverrides.ts matches field names in any case.
const CUSTOMER: ReadonlySet<string> = new Set(CUSTOMER_FIELDS.map((field) => field.toLowerCase()));
const PERIOD_TABLE: ReadonlySet<string> = new Set(PERIOD_TABLE_FIELDS.map((field) => field.toLowerCase()));

/**
 * `FIELD=COLUMN`, `FIELD=` or `FIELD=-`. Only the shape of the text is checked here: whether
 * the field exists and the column is in the file is the file's answer (exit 1, listing its columns).
 */
function assignment(value: string): FieldAssignment {
  const equals = value.indexOf('=');
  const field = equals < 0 ? '' : value.slice(0, equals).trim();
  if (field === '') throw new UsageError(`--map needs FIELD=COLUMN (for example --map endDate=C), not ${value}`);
  const column = value.slice(equals + 1).trim();
  return { field, column: column === '' || column === '-' ? null : column, source: `--map ${value}` };
}

/**
 * Slips the command line alone shows: a field given twice, or a customer-list field and a
 * period-table field together (one mapping is of one shape).
 */
function checkMapEntries(map: readonly FieldAssignment[]): void {
  const seen = new Set<string>();
  for (const { field } of map) {
    if (seen.has(field.toLowerCase())) throw new UsageError(`--map ${field} is given twice`);
    seen.add(field.toLowerCase());
  }
  const customer = map.find((entry) => entry.column !== null && CUSTOMER.has(entry.field.toLowerCase()));
  const period = map.find((entry) => entry.column !== null && PERIOD_TABLE.has(entry.field.toLowerCase()));
  if (customer && period) {
    throw new UsageError(
      `--map mixes a customer-list field (${customer.field}) with a period-table field (${period.field})`,
    );
  }
}

function reportArgs(file: string, { values, repeated, flags }: SplitArgs): ReportArgs {
  const period = values.get('--period');
  if (period !== undefined && !(PERIOD_KINDS as readonly string[]).includes(period)) {
    throw new UsageError(`--period must be month, quarter or year, not ${period}`);
  }
  const order = values.get('--date-order');
  if (order !== undefined && DATE_ORDER_NAMES[order] === undefined) {
    throw new UsageError(`--date-order must be day-first or month-first, not ${order}`);
  }
  const map = (repeated.get('--map') ?? []).map(assignment);
  checkMapEntries(map);
  return {
    command: 'report',
    file,
    periodKind: (period ?? null) as PeriodKind | null,
    sheet: values.get('--sheet') ?? null,
    out: values.get('--out') ?? null,
    json: flags.has('--json'),
    overrides: {
      map,
      mappingFile: values.get('--mapping') ?? null,
      dateOrder: order === undefined ? null : (DATE_ORDER_NAMES[order] ?? null),
    },
  };
}

function inspectArgs(file: string, { values, repeated, flags }: SplitArgs): InspectArgs {
  const given = [...values.keys(), ...repeated.keys(), ...flags];
  const refused = given.find((name) => !INSPECT_OPTIONS.has(name));
  if (refused !== undefined) throw new UsageError(`inspect does not take ${refused}`);
  return { command: 'inspect', file, sheet: values.get('--sheet') ?? null, json: flags.has('--json') };
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const split = options(argv);
  if (split.flags.has('--help') || (argv.length === 1 && argv[0] === 'help')) return { command: 'help' };
  const [command, file, ...extra] = split.positional;
  if (command !== 'report' && command !== 'inspect')
    throw new UsageError(command === undefined ? 'no command given' : `unknown command ${command}`);
  if (file === undefined) throw new UsageError(`${command} needs a file`);
  if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`);
  return command === 'report' ? reportArgs(file, split) : inspectArgs(file, split);
}
