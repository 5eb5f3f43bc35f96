/**
 * Back-pressure for a sheet streamed through exceljs 4.4's WorkbookWriter, which has none
 * of its own: a worksheet's `stream` is exceljs's StreamBuf, which hands every 64 kB batch
 * to its pipe without looking at the answer. That pipe is the PassThrough archiver made for
 * the zip entry (archiver wraps a stream that is not a real Readable); behind it come the
 * entry's deflate stream, archiver and the file, all joined by real pipes, so when the disk
 * or the compression falls behind, the PassThrough is where it shows. A writer that waits
 * for that PassThrough's 'drain' keeps memory flat whatever the sheet's size; one that only
 * yields now and then lets the compression's backlog grow by hundreds of megabytes.
 */
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';

/** What a streaming worksheet has beyond its published type (exceljs 4.4 internals). */
interface StreamingSheet {
  stream?: { pipes?: Writable[] };
}

/** readable-stream 2 (archiver's) has no `writableNeedDrain`; its state says the same. */
type EntryStream = Writable & { _writableState?: { needDrain?: boolean } };

function needsDrain(target: EntryStream): boolean {
  return target.writableNeedDrain ?? target._writableState?.needDrain ?? false;
}

/**
 * The zip entry stream the sheet writes into. Throws when exceljs no longer looks as this
 * module expects, so an upgrade fails in the tests instead of silently losing the limit.
 */
export function sheetEntryStream(sheet: ExcelJS.Worksheet): EntryStream {
  const target = (sheet as unknown as StreamingSheet).stream?.pipes?.[0];
  if (!target || typeof target.once !== 'function') {
    throw new Error('exceljs streaming worksheet: no zip entry stream to wait for (has exceljs changed?)');
  }
  return target;
}

/**
 * Resolves at once while the entry stream has room, otherwise on its 'drain'. Also on its
 * 'error' or 'close': the failure itself reaches the caller through the file stream.
 */
export function roomInEntry(target: EntryStream): Promise<void> | undefined {
  if (!needsDrain(target)) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      for (const event of EVENTS) target.off(event, done);
      resolve();
    };
    for (const event of EVENTS) target.on(event, done);
  });
}

const EVENTS = ['drain', 'error', 'close'] as const;
