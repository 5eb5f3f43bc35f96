/**
 * Runs Pito's built CLI (`report <file> --json`) on many files, at most `parallel` at a time:
 * each run is a Node process plus an import worker, and the build machine has two cores.
 */
import { spawn } from 'node:child_process';
import type { CliRun } from './corpusJudge';

/** A run that takes longer than this is stuck, not slow: the corpus files are small. */
const TIMEOUT_MS = 120_000;

export function runCli(cli: string, file: string): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'report', file, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ status: null, stdout, stderr: `${stderr}error: ${error.message}` });
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr: signal ? `${stderr}error: killed by ${signal}` : stderr });
    });
  });
}

export async function runCliOnAll(
  cli: string,
  files: readonly string[],
  options: { parallel?: number; onDone?: (index: number, run: CliRun) => void } = {},
): Promise<CliRun[]> {
  const runs: CliRun[] = new Array<CliRun>(files.length);
  let nextIndex = 0;
  const worker = async () => {
    for (let i = nextIndex++; i < files.length; i = nextIndex++) {
      const run = await runCli(cli, files[i] as string);
      runs[i] = run;
      options.onDone?.(i, run);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.parallel ?? 2, 2, files.length) }, worker));
  return runs;
}
