/**
 * Runs the built CLI's `report FILE --json` under /usr/bin/time (for the peak memory), in its
 * own process group so a hang can be killed with everything it started.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { CliRun } from './classify';

const TIME = '/usr/bin/time';
export const TIMEOUT_MS = 10_000;

/** Parses /usr/bin/time's output file: "Command terminated by signal N" lines, then the kB figure. */
function readTimeFile(path: string): { peakKb: number | null; signal: string | null } {
  if (!existsSync(path)) return { peakKb: null, signal: null };
  const text = readFileSync(path, 'utf8');
  rmSync(path, { force: true });
  const kb = text.trim().split('\n').pop();
  const signal = /terminated by signal (\d+)/.exec(text)?.[1];
  return { peakKb: kb && /^\d+$/.test(kb) ? Number(kb) : null, signal: signal ? `signal ${signal}` : null };
}

export function runCli(cli: string, file: string): Promise<CliRun> {
  const timeFile = `${file}.time`;
  const command = [process.execPath, cli, 'report', file, '--json'];
  const measured = existsSync(TIME);
  const [program, ...args] = measured ? [TIME, '-f', '%M', '-o', timeFile, ...command] : command;
  return new Promise((resolve) => {
    const child = spawn(program as string, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, TIMEOUT_MS);
    const finish = (status: number | null, signal: string | null) => {
      clearTimeout(timer);
      const time = readTimeFile(timeFile);
      resolve({ status, signal: signal ?? time.signal, stdout, stderr, timedOut, peakKb: time.peakKb });
    };
    child.on('error', (error) => {
      stderr += `spawn failed: ${error.message}`;
      finish(null, null);
    });
    child.on('close', (status, signal) => finish(status, signal));
  });
}
