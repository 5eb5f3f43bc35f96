/**
 * Files the OS asks Pito to open: on Windows and Linux as command-line arguments (a
 * double-click on a file associated with Pito, "Open with", a second launch), on
 * macOS as 'open-file' events. Only existing .xlsx, .csv and .txt files count; switches
 * (`--foo`) and Electron's own arguments are skipped.
 */
import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';

/** What the import reads (electron/import/handlers.ts); .xlsx may also be a Pito workbook. */
const OPENABLE = new Set(['.xlsx', '.csv', '.txt']);

export function isOpenableFile(path: string): boolean {
  if (!OPENABLE.has(extname(path).toLowerCase())) return false;
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The last openable file among the arguments, resolved against the launch folder. */
export function fileFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  const files = argv
    .slice(1) // the executable itself
    .filter((arg) => !arg.startsWith('-'))
    .map((arg) => resolve(workingDirectory, arg))
    .filter(isOpenableFile);
  return files.at(-1) ?? null;
}
