#!/usr/bin/env node
/**
 * The readers' worst cases: hostile .xlsx files that once took the workbook reader
 * quadratic time, and CSV files with one 50 MB line. Builds them into bench/data/ (kept between runs) and prints, for each,
 * the wall time and peak memory (max RSS, from /usr/bin/time) of `pito report FILE --json`
 * and how it ended. Each must end within 5 s and 500 MB, with the outcome it expects;
 * the script exits 1 when one does not.
 *
 * - one 300 MB cell (a file of about 300 KB): refused as a bad file, the cell too long;
 * - one 600 MB inline string, the decompression bomb under the 1 GiB cap: refused the same way;
 * - 200 000 empty rows (`<row></row>`) between a header and one customer: read;
 * - a CSV line of one 50 MB field, and one of 25 million fields: refused at once.
 *
 * `npm run bench -- readers` runs only this benchmark.
 */
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { crc32, createDeflateRaw } from 'node:zlib';
import { measureChild, prepareBench } from './measureChild.mjs';

const DATA = 'bench/data';
const TIMEOUT_MS = 5 * 60_000;
const MAX_SECONDS = 5;
const MAX_RSS_MB = 500;

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const PKG = 'http://schemas.openxmlformats.org/package/2006';
const DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEADER_ROW =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Customer ID</t></is></c><c r="B1" t="inlineStr"><is><t>Start date</t></is></c></row>';
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${HEADER_ROW}`;
const SHEET_TAIL = '</sheetData></worksheet>';

/** The small parts of a one-sheet workbook. */
const FIXED_PARTS = [
  [
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${PKG}/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '</Types>',
  ],
  [
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ],
  [
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} ${REL}><workbookPr/>` +
      '<sheets><sheet name="Customers" sheetId="1" r:id="rId1"/></sheets></workbook>',
  ],
  [
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${DOC}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  ],
];

/**
 * Writes a zip whose parts are generators of text chunks, deflating as it goes so that a
 * 600 MB part never sits in memory. Sizes and checksums go in the central directory and
 * in a data descriptor after each part (general-purpose flag bit 3), as streaming writers do.
 */
async function writeZip(path, parts) {
  const out = createWriteStream(`${path}.part`);
  let offset = 0;
  const write = async (buffer) => {
    offset += buffer.length;
    if (!out.write(buffer)) await once(out, 'drain');
  };
  const central = [];
  for (const [name, chunks] of parts) {
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 6); // sizes in the data descriptor
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(nameBytes.length, 26);
    const headerOffset = offset;
    await write(Buffer.concat([local, nameBytes]));
    const deflate = createDeflateRaw({ level: 9 });
    let size = 0;
    let crc = 0;
    let compressed = 0;
    const drained = (async () => {
      for await (const chunk of deflate) {
        compressed += chunk.length;
        await write(chunk);
      }
    })();
    for (const text of typeof chunks === 'string' ? [chunks] : chunks) {
      const bytes = Buffer.from(text, 'utf8');
      size += bytes.length;
      crc = crc32(bytes, crc);
      if (!deflate.write(bytes)) await once(deflate, 'drain');
    }
    deflate.end();
    await drained;
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    await write(descriptor);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(compressed, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(headerOffset, 42);
    central.push(entry, nameBytes);
  }
  const directory = Buffer.concat(central);
  const directoryOffset = offset;
  await write(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  await write(end);
  out.end();
  await once(out, 'finish');
  renameSync(`${path}.part`, path);
}

/** A sheet whose row 2 holds one inline string of `megabytes` MB. */
function* longCellSheet(megabytes) {
  yield `${SHEET_HEAD}<row r="2"><c r="A2" t="inlineStr"><is><t>`;
  const block = 'a'.repeat(1 << 20);
  for (let i = 0; i < megabytes; i++) yield block;
  yield `</t></is></c></row>${SHEET_TAIL}`;
}

/** A header, `count` empty rows without numbers, then one customer. */
function* emptyRowsSheet(count) {
  yield SHEET_HEAD;
  const block = '<row></row>'.repeat(10_000);
  for (let i = 0; i < count / 10_000; i++) yield block;
  const last = count + 2;
  yield `<row r="${last}"><c r="A${last}" t="inlineStr"><is><t>C1</t></is></c><c r="B${last}"><v>45323</v></c></row>${SHEET_TAIL}`;
}

/** A CSV with a header and one line of `megabytes` MB, the `block` written again and again. */
async function writeLongLineCsv(path, megabytes, block) {
  const out = createWriteStream(`${path}.part`);
  out.write('Customer;Start date;End date\n');
  const chunk = block.repeat((1 << 20) / block.length);
  for (let i = 0; i < megabytes; i++) if (!out.write(chunk)) await once(out, 'drain');
  out.end('\n');
  await once(out, 'finish');
  renameSync(`${path}.part`, path);
}

const CASES = [
  {
    file: 'reader-long-cell-300mb.xlsx',
    what: 'one 300 MB cell',
    sheet: () => longCellSheet(300),
    expect: /cell A2 holds more than 32 767 characters/,
  },
  {
    file: 'reader-bomb-600mb-string.xlsx',
    what: 'one 600 MB inline string',
    sheet: () => longCellSheet(600),
    expect: /cell A2 holds more than 32 767 characters/,
  },
  {
    file: 'reader-empty-rows-200000.xlsx',
    what: '200 000 empty rows',
    sheet: () => emptyRowsSheet(200_000),
    expect: 'ok',
  },
  {
    file: 'reader-csv-50mb-field.csv',
    what: 'a CSV field of 50 MB',
    write: (path) => writeLongLineCsv(path, 50, 'a'),
    expect: /more than 32 767 characters/,
  },
  {
    file: 'reader-csv-50mb-fields.csv',
    what: 'a CSV line of 25 M fields',
    write: (path) => writeLongLineCsv(path, 50, 'a;'),
    expect: /fields/,
  },
];

prepareBench();
mkdirSync(DATA, { recursive: true });
console.log('case                          file       wall     peak RSS  outcome');
let failed = 0;
for (const { file, what, sheet, write, expect } of CASES) {
  const path = `${DATA}/${file}`;
  if (!existsSync(path))
    await (write ? write(path) : writeZip(path, [...FIXED_PARTS, ['xl/worksheets/sheet1.xml', sheet()]]));
  const sizeKb = (statSync(path).size / 1024).toFixed(0);
  const m = measureChild(['dist/electron/cli.cjs', 'report', path, '--json'], TIMEOUT_MS);
  const outcome = m.status === 0 ? 'ok' : m.error || `exit ${m.status}`;
  const expected = expect === 'ok' ? m.status === 0 : m.status !== 0 && expect.test(outcome);
  const pass = expected && m.wall < MAX_SECONDS && m.rssMb < MAX_RSS_MB;
  if (!pass) failed++;
  console.log(
    `${what.padEnd(28)}  ${`${sizeKb} KB`.padStart(7)}  ${`${m.wall?.toFixed(2)} s`.padStart(7)}  ` +
      `${`${m.rssMb.toFixed(0)} MB`.padStart(8)}  ${pass ? 'PASS' : 'FAIL'} ${outcome.slice(0, 140)}`,
  );
}
console.log(`(each must end within ${MAX_SECONDS} s and ${MAX_RSS_MB} MB, with the outcome it expects)`);
process.exit(failed > 0 ? 1 : 0);
