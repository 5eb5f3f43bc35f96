/**
 * Runs one import request in the import worker and answers with its result, never
 * hanging and never taking the app down: the worker has a memory cap, a watchdog ends
 * it when it stops making progress (exceljs can wait forever on a damaged archive), an
 * abort signal cancels it, and a worker that dies without answering is an error too.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PitoError } from '../errors';
import type { WorkerMessage, WorkerRequest } from './workerProtocol';

export interface WorkerOptions {
  /** The bundled worker; by default next to the bundle that runs this code. */
  workerPath?: string;
  /** How long the worker may go without a message before it is ended. */
  stallMs?: number;
  /** The worker's heap cap in MB. */
  memoryLimitMb?: number;
  signal?: AbortSignal;
  onProgress?: (rowsRead: number, totalRows: number | null) => void;
}

export type WorkerAnswer = Exclude<WorkerMessage, { type: 'progress' } | { type: 'error' }>;

const DEFAULT_STALL_MS = 60_000;
const DEFAULT_MEMORY_LIMIT_MB = 1024;

/**
 * dist/electron/importWorker.cjs sits beside the bundled main, CLI and tests' build; from
 * the sources (vitest) it is two folders up, where the tests' global setup builds it.
 */
export function defaultWorkerPath(): string {
  const beside = join(__dirname, 'importWorker.cjs');
  return existsSync(beside) ? beside : join(__dirname, '..', '..', 'dist', 'electron', 'importWorker.cjs');
}

export function runInWorker(request: WorkerRequest, options: WorkerOptions = {}): Promise<WorkerAnswer> {
  const fileName = basename(request.path);
  const memoryLimitMb = options.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB;
  return new Promise<WorkerAnswer>((resolve, reject) => {
    if (options.signal?.aborted) return reject(new PitoError('cancelled', `The import of ${fileName} was cancelled.`));
    const worker = new Worker(options.workerPath ?? defaultWorkerPath(), {
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb, maxYoungGenerationSizeMb: 64 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    let watchdog: NodeJS.Timeout | undefined;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      options.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const fail = (message: string, code: 'badFile' | 'cancelled' | 'internal' = 'badFile') =>
      finish(() => reject(new PitoError(code, message, { file: fileName })));
    const armWatchdog = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(
        () => fail(`${fileName} could not be read: reading it stopped making progress (the file may be damaged).`),
        options.stallMs ?? DEFAULT_STALL_MS,
      );
    };
    const onAbort = () => fail(`The import of ${fileName} was cancelled.`, 'cancelled');
    options.signal?.addEventListener('abort', onAbort);
    armWatchdog();
    worker.on('message', (message: WorkerMessage) => {
      armWatchdog();
      if (message.type === 'progress') options.onProgress?.(message.rowsRead, message.totalRows);
      else if (message.type === 'error') {
        const { code, message: text, row, column, reason } = message.error;
        finish(() => reject(new PitoError(code, text, { file: fileName, row, column, reason })));
      } else finish(() => resolve(message));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        fail(`${fileName} needs more memory than an import may use (${memoryLimitMb} MB): it is too large or damaged.`);
      } else fail(`${fileName} could not be read: ${error.message}`, 'internal');
    });
    worker.on('exit', () =>
      fail(`${fileName} could not be read: the reader ended without an answer (the file may be damaged).`),
    );
  });
}
