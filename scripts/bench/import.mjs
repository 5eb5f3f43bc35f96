#!/usr/bin/env node
/**
 * Import benchmark: generates customer lists of 10 000, 200 000 and 1 000 000 rows into
 * bench/data/ (xlsx with exceljs's streaming writer, and csv; kept between runs) and
 * prints, for each file, the wall time and peak memory (max RSS of a child process, from
 * /usr/bin/time) of the import pipeline — `pito report --json`: read → periods — next to
 * a plain `new ExcelJS.Workbook().xlsx.readFile` of the same file, measured in the same run.
 *
 * `node scripts/bench/import.mjs 10000,200000` measures only the sizes given.
 */
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { seededRandom } from '../../test/support/seededRandom.mjs';
import { measureChild, prepareBench } from './measureChild.mjs';

const SIZES = (process.argv[2] ?? '10000,200000,1000000').split(',').map(Number);
const DATA = 'bench/data';
const TIMEOUT_MS = 15 * 60_000;

function* customers(count) {
  const next = seededRandom(count);
  const first = Date.UTC(2015, 0, 1);
  for (let i = 0; i < count; i++) {
    const start = new Date(first + Math.floor(next() * 3650) * 86_400_000);
    const end = next() < 0.4 ? new Date(start.getTime() + Math.floor(next() * 900) * 86_400_000) : null;
    yield [
      `C${i + 1}`,
      start,
      end,
      Math.floor(next() * 12),
      Math.round(next() * 200_000) / 100,
      Math.floor(next() * 11),
    ];
  }
}

const HEADER = ['Customer ID', 'Start date', 'End date', 'Orders', 'Revenue', 'NPS'];

async function writeXlsx(path, count) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: `${path}.part`,
    useStyles: true,
    useSharedStrings: true,
  });
  const sheet = workbook.addWorksheet('Customers');
  sheet.getColumn(2).numFmt = 'yyyy-mm-dd';
  sheet.getColumn(3).numFmt = 'yyyy-mm-dd';
  sheet.addRow(HEADER).commit();
  for (const row of customers(count)) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
  renameSync(`${path}.part`, path);
}

async function writeCsv(path, count) {
  const out = createWriteStream(`${path}.part`);
  const iso = (date) => (date ? date.toISOString().slice(0, 10) : '');
  out.write(`${HEADER.join(',')}\n`);
  for (const [id, start, end, orders, revenue, nps] of customers(count)) {
    if (!out.write(`${id},${iso(start)},${iso(end)},${orders},${revenue},${nps}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  renameSync(`${path}.part`, path);
}

/** Wall seconds and peak RSS (MB) of a child process, or why it failed. */
function measure(args) {
  const { status, wall, rssMb, error } = measureChild(args, TIMEOUT_MS);
  return status === 0 ? { wall, rssMb } : { failed: (error || `exit ${status}`).slice(0, 80), wall, rssMb };
}

const format = (m) =>
  m.failed ? `failed after ${m.wall?.toFixed(1)} s (${m.failed})` : `${m.wall.toFixed(2)} s, ${m.rssMb.toFixed(0)} MB`;

prepareBench();
mkdirSync(DATA, { recursive: true });
console.log('rows       file   size      pipeline (read → periods)   exceljs readFile');
for (const count of SIZES) {
  for (const kind of ['xlsx', 'csv']) {
    const path = `${DATA}/customers-${count}.${kind}`;
    if (!existsSync(path)) await (kind === 'xlsx' ? writeXlsx(path, count) : writeCsv(path, count));
    const sizeMb = (statSync(path).size / 1024 ** 2).toFixed(1);
    const pipeline = measure(['dist/electron/cli.cjs', 'report', path, '--json']);
    const baseline =
      kind === 'xlsx'
        ? format(measure(['-e', `new (require('exceljs').Workbook)().xlsx.readFile(${JSON.stringify(path)})`]))
        : '—';
    console.log(
      `${String(count).padStart(9)}  ${kind.padEnd(5)} ${`${sizeMb} MB`.padStart(8)}   ${format(pipeline).padEnd(28)}${baseline}`,
    );
  }
}
