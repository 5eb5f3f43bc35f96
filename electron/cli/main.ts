/**
 * The headless CLI (bundled to dist/electron/cli.cjs): the same import, Open and figures as
 * the app, without a display or Electron, and `inspect` to see what the import makes of a
 * file. Exit 0 on success, 1 with one `error: …` line for a file it cannot read, 2 with the
 * usage line for a command line it does not understand.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PitoError } from '../errors';
import { previewImport } from '../import/importFile';
import { openKindOf } from '../shell/openKind';
import { parseArgs, USAGE, UsageError, type InspectArgs, type ReportArgs } from './args';
import { inspectJson, inspectText } from './inspect';
import { reportImport } from './reportImport';
import { reportJson } from './reportJson';
import { reportRange, withRangeOption } from './reportRange';
import { reportText } from './reportText';
import { reportWorkbook } from './reportWorkbook';

async function existingFile(file: string): Promise<string> {
  const path = resolve(file);
  const info = await stat(path).catch(() => null);
  if (info === null || !info.isFile()) throw new PitoError('badFile', `${file} does not exist or is not a file.`);
  return path;
}

async function report(args: ReportArgs): Promise<void> {
  const path = await existingFile(args.file);
  // A workbook Pito saved opens as the app opens it; any other file is imported.
  const opens = (await openKindOf(path)) === 'workbook';
  const result = withRangeOption(await (opens ? reportWorkbook(path, args) : reportImport(path, args)), args.range);
  // Before the workbook is written: a range the periods do not have stops the report with nothing written.
  const range = reportRange(result, args.range);
  if (args.out !== null) {
    // Loaded only for --out: the writer brings exceljs, which the report itself does not need on this thread.
    const { writeRetentionWorkbook } = await import('../workbook/writeWorkbook');
    await writeRetentionWorkbook(resolve(args.out), result.document, result.customers);
  }
  process.stdout.write(
    args.json
      ? `${JSON.stringify(reportJson(result.document, result.report, range), null, 2)}\n`
      : reportText(result.document, result.report, range),
  );
  if (args.out !== null && !args.json) process.stdout.write(`Workbook written to ${args.out}\n`);
}

async function inspect(args: InspectArgs): Promise<void> {
  const preview = await previewImport(await existingFile(args.file), args.sheet);
  process.stdout.write(args.json ? `${JSON.stringify(inspectJson(preview), null, 2)}\n` : inspectText(preview));
}

async function main(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`error: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (args.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    await (args.command === 'inspect' ? inspect(args) : report(args));
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: ${message.split('\n')[0]}\n`);
    return 1;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
