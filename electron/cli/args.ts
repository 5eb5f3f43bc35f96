/** The CLI's command line: `report <file> [--period month|quarter|year] [--sheet NAME] [--out FILE] [--json]`. */
import { PERIOD_KINDS, type PeriodKind } from '../../shared/periods';

export const USAGE =
  'usage: npm run -s cli -- report <file.xlsx|file.csv> [--period month|quarter|year] [--sheet NAME] [--out retention.xlsx] [--json]';

export interface ReportArgs {
  command: 'report';
  file: string;
  periodKind: PeriodKind;
  sheet: string | null;
  out: string | null;
  json: boolean;
}

export type ParsedArgs = ReportArgs | { command: 'help' };

export class UsageError extends Error {}

const VALUE_OPTIONS = new Set(['--period', '--sheet', '--out']);

/** Splits `--name=value` and `--name value`; everything else is a positional argument or a flag. */
function options(argv: readonly string[]): { positional: string[]; values: Map<string, string>; flags: Set<string> } {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.split(/=(.*)/s, 2);
    if (!VALUE_OPTIONS.has(name)) {
      if (inline !== undefined || !['--json', '--help'].includes(name)) throw new UsageError(`unknown option ${arg}`);
      flags.add(name);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
    if (values.has(name)) throw new UsageError(`${name} is given twice`);
    values.set(name, value);
  }
  return { positional, values, flags };
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const { positional, values, flags } = options(argv);
  if (flags.has('--help') || (argv.length === 1 && argv[0] === 'help')) return { command: 'help' };
  const [command, file, ...extra] = positional;
  if (command !== 'report')
    throw new UsageError(command === undefined ? 'no command given' : `unknown command ${command}`);
  if (file === undefined) throw new UsageError('report needs a file');
  if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`);
  const period = values.get('--period') ?? 'month';
  if (!(PERIOD_KINDS as readonly string[]).includes(period)) {
    throw new UsageError(`--period must be month, quarter or year, not ${period}`);
  }
  return {
    command: 'report',
    file,
    periodKind: period as PeriodKind,
    sheet: values.get('--sheet') ?? null,
    out: values.get('--out') ?? null,
    json: flags.has('--json'),
  };
}
