/**
 * The CLI's command line:
 * `report <file> [--period …] [--range …] [--sheet NAME] [--map FIELD=COLUMN]… [--mapping FILE.json] [--date-order …] [--out FILE] [--json]`
 * and `inspect <file> [--sheet NAME] [--json]`.
 */
import { parseArgs as tokenize, type ParseArgsConfig } from 'node:util';
import { CUSTOMER_FIELDS, PERIOD_TABLE_FIELDS, type DateOrder } from '../../shared/importModel';
import { PERIOD_KINDS, type PeriodKind } from '../../shared/periods';
import type { RangeChoice, RangePreset } from '../../shared/ranges';

export const USAGE = [
  'usage: npm run -s cli -- report <file.xlsx|file.csv> [--period month|quarter|year] [--range FIRST..LAST|ttm|this-year|last-year|all] [--sheet NAME] [--map FIELD=COLUMN]... [--mapping FILE.json] [--date-order day-first|month-first] [--out retention.xlsx] [--json]',
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

/** One `--range`: the range it names, and how it was written, for messages (`--range 2024-01..2024-12`). */
export interface RangeOption {
  choice: RangeChoice;
  source: string;
}

export interface ReportArgs {
  command: 'report';
  file: string;
  /** Null without --period: an import groups by month, a workbook Pito saved keeps its own periods. */
  periodKind: PeriodKind | null;
  /** Null without --range: the default range, the trailing twelve months, where the periods have one. */
  range: RangeOption | null;
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

/** Every option, as node:util's parseArgs reads it; `multiple`: may be given again, each time adding a value. */
const OPTIONS = {
  period: { type: 'string' },
  range: { type: 'string' },
  sheet: { type: 'string' },
  out: { type: 'string' },
  mapping: { type: 'string' },
  'date-order': { type: 'string' },
  map: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  help: { type: 'boolean' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** The option named `name` (`period`); undefined for one the CLI does not have. */
function optionNamed(name: string): { type: 'string' | 'boolean'; multiple?: boolean } | undefined {
  return Object.hasOwn(OPTIONS, name) ? OPTIONS[name as keyof typeof OPTIONS] : undefined;
}

/** What `inspect` accepts; it reads no mapping and writes nothing. */
const INSPECT_OPTIONS = new Set(['--sheet', '--json']);

const DATE_ORDER_NAMES: Record<string, DateOrder> = { 'day-first': 'dayFirst', 'month-first': 'monthFirst' };

const RANGE_PRESET_NAMES: Record<string, RangePreset> = {
  ttm: 'trailingTwelveMonths',
  'this-year': 'thisYear',
  'last-year': 'lastYear',
  all: 'allPeriods',
};

/** What a name written on the command line stands for; undefined for any other text, `toString` too. */
function named<T>(names: Record<string, T>, name: string): T | undefined {
  return Object.hasOwn(names, name) ? names[name] : undefined;
}

/** The options given, by their written names (`--period`). */
interface SplitArgs {
  positional: string[];
  values: Map<string, string>;
  repeated: Map<string, string[]>;
  flags: Set<string>;
}

/**
 * Splits the command line with node:util's parseArgs (`--name=value`, `--name value`, `--`
 * before arguments that start with a dash) and checks it in order, with the CLI's own
 * messages: parseArgs's strict mode words its errors differently, so it is not used.
 */
function options(argv: readonly string[]): SplitArgs {
  const { tokens } = tokenize({
    args: [...argv],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const split: SplitArgs = { positional: [], values: new Map(), repeated: new Map(), flags: new Set() };
  for (const token of tokens) {
    if (token.kind === 'positional') split.positional.push(token.value);
    if (token.kind !== 'option') continue;
    const option = optionNamed(token.name);
    const name = token.rawName;
    if (option?.type !== 'string') {
      if (option === undefined || token.inlineValue) throw new UsageError(`unknown option ${argv[token.index]}`);
      split.flags.add(name);
    } else if (token.value === undefined || token.value === '') {
      throw new UsageError(`${name} needs a value`);
    } else if (option.multiple) {
      split.repeated.set(name, [...(split.repeated.get(name) ?? []), token.value]);
    } else {
      if (split.values.has(name)) throw new UsageError(`${name} is given twice`);
      split.values.set(name, token.value);
    }
  }
  return split;
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
 * `FIRST..LAST` (period labels) or a preset's name. Only the form is checked here: whether the
 * periods have the labels is the file's answer (exit 1, naming its first and last period).
 */
function rangeOption(value: string): RangeOption {
  const source = `--range ${value}`;
  const preset = named(RANGE_PRESET_NAMES, value);
  if (preset !== undefined) return { choice: { preset }, source };
  const [first = '', last = '', ...more] = value.split('..').map((label) => label.trim());
  if (first === '' || last === '' || more.length > 0) {
    throw new UsageError(
      `--range must be FIRST..LAST (for example 2024-01..2024-12), ttm, this-year, last-year or all, not ${value}`,
    );
  }
  return { choice: { first, last }, source };
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
  const rangeText = values.get('--range');
  const range = rangeText === undefined ? null : rangeOption(rangeText);
  const order = values.get('--date-order');
  const dateOrder = order === undefined ? null : named(DATE_ORDER_NAMES, order);
  if (dateOrder === undefined) {
    throw new UsageError(`--date-order must be day-first or month-first, not ${order}`);
  }
  const map = (repeated.get('--map') ?? []).map(assignment);
  checkMapEntries(map);
  return {
    command: 'report',
    file,
    periodKind: (period ?? null) as PeriodKind | null,
    range,
    sheet: values.get('--sheet') ?? null,
    out: values.get('--out') ?? null,
    json: flags.has('--json'),
    overrides: {
      map,
      mappingFile: values.get('--mapping') ?? null,
      dateOrder,
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
