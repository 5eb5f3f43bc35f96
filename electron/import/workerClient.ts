/**
 * Runs one import request in the import worker and answers with its result, never
 * hanging and never taking the app down: the worker has a memory cap, a watchdog ends
 * it when it stops making progress (the readers, electron/xlsx/ and the CSV parser, are
 * built to end in linear time; the watchdog is the net for a damaged file that would still
 * get one stuck), an abort signal cancels it, and a worker that dies without answering is
 * an error too.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { MessageKey } from '../../shared/i18n';
import type { IpcErrorCode } from '../../shared/ipc/result';
import { quoteValue } from '../../shared/quote';
import { PitoError } from '../errors';
import type { WorkerMessage, WorkerRequest } from './workerProtocol';

/** An import error whose message is the English of its catalog reason, so the CLI and the UI say the same. */
function importError(code: IpcErrorCode, key: MessageKey, params: Record<string, string | number>): PitoError {
  const file = typeof params.file === 'string' ? params.file : undefined;
  return PitoError.fromReason(code, key, params, file ? { file } : {});
}

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
    if (options.signal?.aborted) return reject(importError('cancelled', 'importError.cancelled', { file: fileName }));
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
    const fail = (key: MessageKey, params: Record<string, string | number> = {}, code: IpcErrorCode = 'badFile') =>
      finish(() => reject(importError(code, key, { file: fileName, ...params })));
    const armWatchdog = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => fail('importError.stalled'), options.stallMs ?? DEFAULT_STALL_MS);
    };
    const onAbort = () => fail('importError.cancelled', {}, 'cancelled');
    options.signal?.addEventListener('abort', onAbort);
    armWatchdog();
    worker.on('message', (message: WorkerMessage) => {
      armWatchdog();
      if (message.type === 'progress') options.onProgress?.(message.rowsRead, message.totalRows);
      else if (message.type === 'error') {
        const { code, message: text, row, column, reason } = message.error;
        // An error the reader did not expect (a bug) has no reason: it is named as a failed read, in the UI's language too.
        if (!reason && code === 'internal') return fail('importError.readerFailed', { detail: quoteValue(text) }, code);
        finish(() => reject(new PitoError(code, text, { file: fileName, row, column, reason })));
      } else finish(() => resolve(message));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        fail('importError.outOfMemory', { limit: memoryLimitMb });
      } else fail('importError.readerFailed', { detail: quoteValue(error.message) }, 'internal');
    });
    worker.on('exit', () => fail('importError.readerEnded'));
  });
}
