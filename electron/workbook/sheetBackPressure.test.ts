import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { roomInEntry, sheetEntryStream } from './sheetBackPressure';

const ROWS = 20_000;
const KB = 1024;

/** What the zip entry stream holds, written but not yet taken by the compression. */
function held(entry: Writable): number {
  const state = entry as unknown as { _writableState: { length: number }; _readableState: { length: number } };
  return state._writableState.length + state._readableState.length;
}

/** Streams ROWS rows of about 150 bytes of XML and reports the most the entry stream ever held. */
async function mostHeld(waitForRoom: boolean): Promise<number> {
  const sink = new Writable({ write: (_chunk, _encoding, callback) => setImmediate(callback) });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true });
  const sheet = workbook.addWorksheet('Rows');
  const entry = sheetEntryStream(sheet);
  let most = 0;
  for (let index = 0; index < ROWS; index++) {
    sheet.addRow([index, `customer ${index}`, index * 1.5, 'segment']).commit();
    most = Math.max(most, held(entry));
    const room = waitForRoom ? roomInEntry(entry) : undefined;
    if (room) await room;
  }
  sheet.commit();
  await workbook.commit();
  return most;
}

describe('waiting for room in a streamed sheet’s zip entry', () => {
  it('keeps what the entry holds to a few batches; without waiting it holds the whole sheet', async () => {
    expect(await mostHeld(true)).toBeLessThan(512 * KB);
    expect(await mostHeld(false)).toBeGreaterThan(2048 * KB);
  });

  it('refuses a sheet that does not stream (so an exceljs upgrade that moves the stream fails here)', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('In memory');
    expect(() => sheetEntryStream(sheet)).toThrow(/no zip entry stream/);
  });
});
