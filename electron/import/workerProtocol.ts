/** The messages between the import worker and the thread that started it. */
import type { ImportPreview } from '../../shared/importModel';
import type { IpcError } from '../../shared/ipc/result';
import type { ReadLimits } from './openSource';
import type { ReadRequest, TableRead } from './readTable';

export type WorkerRequest =
  | { kind: 'preview'; path: string; sheet: string | null; limits: ReadLimits }
  | ({ kind: 'read'; path: string; limits: ReadLimits } & ReadRequest);

export type WorkerMessage =
  | { type: 'progress'; rowsRead: number; totalRows: number | null }
  | { type: 'preview'; preview: ImportPreview }
  | { type: 'table'; table: TableRead }
  | { type: 'error'; error: IpcError };
