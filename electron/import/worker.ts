/**
 * The import worker (bundled to dist/electron/importWorker.cjs): opens the file, reads it
 * and posts one answer. It runs in a worker thread with a memory cap, so a hostile file
 * that makes a reader allocate without end kills this thread, never the app.
 */
import { basename } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { PitoError } from '../errors';
import { transferablesOf } from './customerColumns';
import { openSource } from './openSource';
import { previewBook } from './preview';
import { readTable } from './readTable';
import type { WorkerMessage, WorkerRequest } from './workerProtocol';

/** Progress is posted at most this often: a message per batch would flood the main thread. */
const PROGRESS_INTERVAL_MS = 200;

function post(message: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

async function run(request: WorkerRequest): Promise<void> {
  const fileName = basename(request.path);
  const book = await openSource(request.path, request.limits);
  if (request.kind === 'preview') {
    post({ type: 'preview', preview: await previewBook(book, fileName, request.sheet) });
    return;
  }
  let lastPost = 0;
  const table = await readTable(book, fileName, request, (rowsRead, totalRows) => {
    const now = Date.now();
    if (now - lastPost < PROGRESS_INTERVAL_MS) return;
    lastPost = now;
    post({ type: 'progress', rowsRead, totalRows });
  });
  post({ type: 'table', table }, table.shape === 'customerList' ? transferablesOf(table.customers) : []);
}

run(workerData as WorkerRequest).catch((error: unknown) => {
  const ipcError =
    error instanceof PitoError
      ? error.toIpcError()
      : { code: 'internal' as const, message: error instanceof Error ? error.message : String(error) };
  post({ type: 'error', error: ipcError });
});
