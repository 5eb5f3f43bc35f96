#!/usr/bin/env node
/**
 * `npm run bench -- countifs`: what it would cost to make S, N, E and R of a list's Periods
 * sheet live COUNTIFS formulas over its Customers sheet (issue 12), measured in LibreOffice.
 *
 * For each size a child process (with tsx, so it runs the TypeScript sources as they are)
 * generates a customer list (seeded: start dates over the months, about 40 % with an end
 * date inside them, the rest blank), aggregates it with shared/aggregate, and writes three
 * workbooks with exceljs's streaming writer:
 *   values   — the workbook exactly as Pito exports it today (writeWorkbookFile): S, N, E
 *              and R are values, the derived figures formulas over them;
 *   countifs — the same workbook from the same sheet writers, except that each period row
 *              also holds its first day F and last day T (two date cells after the figures)
 *              and its S, N, E and R are COUNTIFS over the Customers sheet's start and end
 *              columns, with no cached result, so only LibreOffice's calculation fills them:
 *                S = COUNTIFS(start,"<"&F, end,">="&F) + COUNTIFS(start,"<"&F, end,"")
 *                N = COUNTIFS(start,">="&F, start,"<="&T)
 *                E = COUNTIFS(start,"<="&T, end,">"&T) + COUNTIFS(start,"<="&T, end,"")
 *                R = COUNTIFS(start,"<"&F, end,">"&T) + COUNTIFS(start,"<"&F, end,"")
 *              ("" matches a blank cell in both Excel and LibreOffice): seven a period;
 *   chained  — as countifs, but counted as shared/aggregate/flow.ts does: S is the E of the
 *              period before (the rule above in the first period), and three COUNTIFS:
 *                N as above, E = S + N - COUNTIFS(end,">="&F, end,"<="&T),
 *                R = E - N + COUNTIFS(start,">="&F, start,"<="&T, end,"<="&T).
 *
 * Then LibreOffice headless, twice per workbook:
 *   1. with the profile of test/libreoffice/soffice.ts (every formula of an .xlsx
 *      recalculated on load), saving only the Periods sheet as CSV: wall time (start,
 *      load, recalculate, a few dozen lines saved) and peak memory. A COUNTIFS variant less
 *      values is the cost of its COUNTIFS. The CSV's S, N, E and R must equal Pito's aggregation.
 *   2. with LibreOffice's default settings, a Basic macro that times, inside one running
 *      LibreOffice: opening the file until the Periods sheet's S, N, E, R can be read (a
 *      formula with no cached result is calculated when first read); a full recalculation
 *      (calculateAll, Ctrl+Shift+F9); and the edit issue 12 is about — one customer's blank
 *      end date filled in — until the periods read again. After that edit the periods must
 *      equal Pito's aggregation of the edited list (COUNTIFS), or stay as they were (values).
 *
 * Sizes: 2 000, 20 000 and 200 000 customers over 36 months (about 2.5 minutes on two cores);
 * others with `node scripts/bench/countifsRecalc.mjs 200000x60,1000000` (customers x months,
 * 36 by default), or the same in PITO_BENCH_COUNTIFS for `npm run bench -- countifs`. Files
 * go to bench/data/ (git-ignored). Needs LibreOffice (soffice) and GNU time.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seededRandom } from '../../test/support/seededRandom.mjs';

const DEFAULT_CASES = '2000,20000,200000';
const DEFAULT_MONTHS = 36;
const DATA = join('bench', 'data');
const TIME = '/usr/bin/time';
const SOFFICE_TIMEOUT_MS = 30 * 60_000;
const MACRO_OUT = 'countifs-macro.txt';
const MB = 1024 * 1024;
const VARIANTS = ['values', 'countifs', 'chained'];
const FLOW = ['customersAtStart', 'newCustomers', 'customersAtEnd', 'customersRetained'];
const SHORT = { customersAtStart: 'S', newCustomers: 'N', customersAtEnd: 'E', customersRetained: 'R' };

/** 2022-01-01 as a day number (days since 1970-01-01). */
const FIRST_DAY = Date.UTC(2022, 0, 1) / 86_400_000;

const base = (count, months) => join(DATA, `countifs-${count}x${months}`);
const workbookPath = (count, months, variant) => `${base(count, months)}-${variant}.xlsx`;
const expectedPath = (count, months) => `${base(count, months)}-expected.json`;

/* ---------- the child: generate, aggregate, write both workbooks (runs under tsx) ---------- */

/** `count` customers over `months` months from 2022-01: every date inside them, so exactly `months` periods. */
function generateCustomers(count, months) {
  const next = seededRandom(count * 100 + months);
  const lastDay = Date.UTC(2022, months, 0) / 86_400_000;
  const span = lastDay - FIRST_DAY + 1;
  return Array.from({ length: count }, (_, index) => {
    // The first and last customers pin the range to the first and last month.
    const start = index === 0 ? FIRST_DAY : index === count - 1 ? lastDay : FIRST_DAY + Math.floor(next() * span);
    let end = null;
    if (next() < 0.4) {
      // About one end in six comes within four weeks: customers lost in their first period.
      const room = lastDay - start + 1;
      end = start + Math.floor(next() * (next() < 0.15 ? Math.min(room, 28) : room));
    }
    const purchases = 1 + Math.floor(next() * 9);
    return {
      row: index + 2,
      id: `C${String(index + 1).padStart(7, '0')}`,
      start,
      end,
      purchases,
      revenue: Math.round(purchases * next() * 12_000) / 100,
      npsScore: next() < 0.3 ? Math.floor(next() * 11) : null,
      npsDate: null,
      segment: index % 2 === 0 ? 'retail' : 'online',
    };
  });
}

/**
 * How the countifs workbook's Periods rows differ from Pito's: each period row gets F and T
 * after the figures and COUNTIFS in place of its S, N, E and R values, and the header the
 * two dates' names. Everything else on the sheet (formats, derived formulas, whole-range
 * row) is what Pito's own writer puts there.
 */
async function countifsRows(document, customerCount, kind) {
  const { columnLetter } = await import('../../shared/importModel.ts');
  const { CUSTOMER_COLUMNS, excelSerialOf } = await import('../../electron/workbook/customersLayout.ts');
  const { DATE_FORMAT } = await import('../../electron/workbook/numberFormats.ts');
  const { FIRST_PERIOD_ROW, PERIODS_COLUMNS, periodsColumn } = await import('../../electron/workbook/periodsLayout.ts');
  const { HEADER_FONT, sheetNamesFor, sheetRef } = await import('../../electron/workbook/sheetContext.ts');
  const { parseIsoDate } = await import('../../shared/calendar.ts');

  const customersSheet = sheetRef(sheetNamesFor(document.settings.language).customers);
  const customersColumn = (field) => {
    const letter = columnLetter(CUSTOMER_COLUMNS.findIndex((column) => column.field === field));
    return `${customersSheet}!$${letter}$2:$${letter}$${customerCount + 1}`;
  };
  const [start, end] = [customersColumn('start'), customersColumn('end')];
  const firstDayColumn = PERIODS_COLUMNS.length + 1;
  const [fLetter, tLetter] = [columnLetter(firstDayColumn - 1), columnLetter(firstDayColumn)];
  const cell = (id, row) => `${columnLetter(periodsColumn(id).index - 1)}${row}`;
  /** The rules of docs/metrics.md as they stand: seven COUNTIFS a period. */
  const direct = (row) => {
    const [F, T] = [`$${fLetter}${row}`, `$${tLetter}${row}`];
    return {
      customersAtStart: `COUNTIFS(${start},"<"&${F},${end},">="&${F})+COUNTIFS(${start},"<"&${F},${end},"")`,
      newCustomers: `COUNTIFS(${start},">="&${F},${start},"<="&${T})`,
      customersAtEnd: `COUNTIFS(${start},"<="&${T},${end},">"&${T})+COUNTIFS(${start},"<="&${T},${end},"")`,
      customersRetained: `COUNTIFS(${start},"<"&${F},${end},">"&${T})+COUNTIFS(${start},"<"&${F},${end},"")`,
    };
  };
  /**
   * As shared/aggregate/flow.ts counts: S is E of the period before, E = S + N - L, and
   * R = E - N + those who started and ended in the period: three COUNTIFS a period.
   */
  const chained = (row) => {
    const [F, T] = [`$${fLetter}${row}`, `$${tLetter}${row}`];
    const [S, N, E] = ['customersAtStart', 'newCustomers', 'customersAtEnd'].map((id) => cell(id, row));
    return {
      customersAtStart: row === FIRST_PERIOD_ROW ? direct(row).customersAtStart : cell('customersAtEnd', row - 1),
      newCustomers: `COUNTIFS(${start},">="&${F},${start},"<="&${T})`,
      customersAtEnd: `${S}+${N}-COUNTIFS(${end},">="&${F},${end},"<="&${T})`,
      customersRetained: `${E}-${N}+COUNTIFS(${start},">="&${F},${start},"<="&${T},${end},"<="&${T})`,
    };
  };
  const formulas = kind === 'chained' ? chained : direct;
  const dateStyle = { numFmt: DATE_FORMAT };

  /** Changes one row; true for a period row. */
  return (row) => {
    if (row.number === 1) {
      for (const [column, text] of [
        [firstDayColumn, 'First day'],
        [firstDayColumn + 1, 'Last day'],
      ]) {
        const cell = row.getCell(column);
        cell.value = text;
        cell.font = HEADER_FONT;
      }
      return false;
    }
    const period = document.periods[row.number - FIRST_PERIOD_ROW];
    if (!period) return false; // the whole-range row
    for (const [column, iso] of [
      [firstDayColumn, period.firstDay],
      [firstDayColumn + 1, period.lastDay],
    ]) {
      const cell = row.getCell(column);
      cell.value = excelSerialOf(parseIsoDate(iso));
      cell.style = dateStyle;
    }
    const byFigure = formulas(row.number);
    for (const id of FLOW) row.getCell(periodsColumn(id).index).value = { formula: byFigure[id], date1904: false };
    return true;
  };
}

/**
 * Pito's own writeWorkbookFile, with every row of its Periods sheet changed by
 * countifsRows just before the row is committed (streamed out): exceljs's streaming
 * writer is patched for this one call, so the rest of the workbook is exactly Pito's.
 */
async function writeCountifsWorkbook(path, document, customers, kind) {
  const ExcelJS = (await import('exceljs')).default;
  const { writeWorkbookFile } = await import('../../electron/workbook/writeWorkbook.ts');
  const { sheetNamesFor } = await import('../../electron/workbook/sheetContext.ts');
  const periodsName = sheetNamesFor(document.settings.language).periods;
  const decorate = await countifsRows(document, customers.length, kind);
  const prototype = ExcelJS.stream.xlsx.WorkbookWriter.prototype;
  const addWorksheet = prototype.addWorksheet;
  let changed = 0;
  prototype.addWorksheet = function (name, options) {
    const sheet = addWorksheet.call(this, name, options);
    if (name !== periodsName) return sheet;
    const getRow = sheet.getRow.bind(sheet);
    const patched = new Set();
    sheet.getRow = (number) => {
      const row = getRow(number);
      if (!patched.has(row)) {
        patched.add(row);
        const commit = row.commit.bind(row);
        row.commit = () => {
          if (decorate(row)) changed++;
          commit();
        };
      }
      return row;
    };
    return sheet;
  };
  try {
    await writeWorkbookFile(path, document, customers);
  } finally {
    prototype.addWorksheet = addWorksheet;
  }
  if (changed !== document.periods.length)
    throw new Error(`COUNTIFS in ${changed} of ${document.periods.length} periods`);
}

/** The customer whose blank end date the edit fills in, and its new end: ten days after its start, inside the range. */
function editOf(customers, months) {
  const lastDay = Date.UTC(2022, months, 0) / 86_400_000;
  const index = customers.findIndex((customer, position) => position > 0 && customer.end === null);
  const customer = customers[index];
  return { index, end: Math.min(customer.start + 10, lastDay) };
}

async function writeChild(count, months) {
  const { aggregateCustomers } = await import('../../shared/aggregate/index.ts');
  const { createEmptyDocument, defaultSettings } = await import('../../shared/document.ts');
  const { columnLetter } = await import('../../shared/importModel.ts');
  const { writeWorkbookFile } = await import('../../electron/workbook/writeWorkbook.ts');
  const { CUSTOMER_COLUMNS, excelSerialOf } = await import('../../electron/workbook/customersLayout.ts');
  const { FIRST_PERIOD_ROW, periodsColumn } = await import('../../electron/workbook/periodsLayout.ts');
  const { sheetNamesFor } = await import('../../electron/workbook/sheetContext.ts');
  const customers = generateCustomers(count, months);
  const settings = { ...defaultSettings('en'), currency: 'EUR', defaultProfitMarginPct: 30 };
  const document = {
    ...createEmptyDocument(settings),
    ...aggregateCustomers(customers, 'month'),
    source: 'customerList',
  };
  if (document.periods.length !== months) throw new Error(`${document.periods.length} periods, not ${months}`);
  const flowOf = (periods) => periods.map((period) => [period.label, ...FLOW.map((id) => period[id])]);

  const edit = editOf(customers, months);
  const edited = customers.map((customer, index) => (index === edit.index ? { ...customer, end: edit.end } : customer));
  const afterEdit = aggregateCustomers(edited, 'month').periods;
  if (JSON.stringify(flowOf(afterEdit)) === JSON.stringify(flowOf(document.periods)))
    throw new Error('the edit changes no period');
  const indexes = FLOW.map((id) => periodsColumn(id).index);
  if (indexes.some((index, k) => index !== indexes[0] + k)) throw new Error('S, N, E and R are not side by side');
  const endLetter = columnLetter(CUSTOMER_COLUMNS.findIndex((column) => column.field === 'end'));
  const names = sheetNamesFor(settings.language);
  const expected = {
    columns: Object.fromEntries(FLOW.map((id) => [id, periodsColumn(id).index - 1])),
    periods: flowOf(document.periods),
    afterEdit: flowOf(afterEdit),
    ended: customers.filter((customer) => customer.end !== null).length,
    periodsRange: `${columnLetter(indexes[0] - 1)}${FIRST_PERIOD_ROW}:${columnLetter(indexes.at(-1) - 1)}${FIRST_PERIOD_ROW + months - 1}`,
    customersSheet: names.customers,
    editCell: `${endLetter}${customers[edit.index].row}`,
    editValue: excelSerialOf(edit.end),
  };
  writeFileSync(expectedPath(count, months), JSON.stringify(expected));
  const written = {};
  for (const variant of VARIANTS) {
    const path = workbookPath(count, months, variant);
    rmSync(path, { force: true });
    const started = performance.now();
    if (variant === 'values') await writeWorkbookFile(path, document, customers);
    else await writeCountifsWorkbook(path, document, customers, variant);
    written[variant] = { seconds: (performance.now() - started) / 1000, bytes: statSync(path).size };
  }
  return { periods: document.periods.length, ended: expected.ended, written };
}

/* ---------- the parent: LibreOffice, the checks, the table (plain node) ---------- */

/** As test/libreoffice/soffice.ts: OOXMLRecalcMode 0 = recalculate every formula of an .xlsx on load. */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The first sheet (Periods) as UTF-8 CSV of the cells' values, not as they are shown ("1,234"). */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1';

/**
 * The timing macro, in LibreOffice Basic: milliseconds of the open (until S, N, E, R read),
 * of calculateAll, and of the edit until they read again, then the edited S N E R rows.
 * Any error is written to the output instead of a dialog, which headless would wait on forever.
 */
const MACRO = `Sub PitoBench(path As String, outPath As String, periodsRange As String, customersSheet As String, editCell As String, editValue As String)
  On Error GoTo Failed
  stage = "load"
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden"
  args(0).Value = True
  t0 = GetSystemTicks()
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(path), "_blank", 0, args())
  periods = doc.Sheets.getByIndex(0).getCellRangeByName(periodsRange)
  shown = periods.getDataArray()
  t1 = GetSystemTicks()
  stage = "calculateAll"
  doc.calculateAll()
  shown = periods.getDataArray()
  t2 = GetSystemTicks()
  stage = "edit"
  doc.Sheets.getByName(customersSheet).getCellRangeByName(editCell).getCellByPosition(0, 0).setValue(CDbl(editValue))
  doc.calculate()
  edited = periods.getDataArray()
  t3 = GetSystemTicks()
  Open outPath For Output As #1
  Print #1, (t1 - t0) & " " & (t2 - t1) & " " & (t3 - t2)
  For i = 0 To UBound(edited)
    text = ""
    For j = 0 To UBound(edited(i))
      text = text & edited(i)(j) & " "
    Next j
    Print #1, Trim(text)
  Next i
  Close #1
  doc.close(True)
  StarDesktop.terminate()
  Exit Sub
Failed:
  Open outPath For Output As #1
  Print #1, "error at " & stage & ": " & Error$
  Close #1
  StarDesktop.terminate()
End Sub
`;

const xmlText = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function findSoffice() {
  const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

const profileArg = (profile) => `-env:UserInstallation=${pathToFileURL(profile).href}`;

/**
 * A LibreOffice user profile, kept for all the runs of its kind. A first conversion creates
 * it (several seconds, part of no figure); the default one then gets the macro as its
 * Standard library's Module1, which that first run created.
 */
function makeProfile(soffice, kind) {
  const profile = mkdtempSync(join(tmpdir(), 'pito-bench-soffice-'));
  if (kind === 'recalculate') {
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), ALWAYS_RECALCULATE);
  }
  const warmUp = mkdtempSync(join(tmpdir(), 'pito-bench-warm-up-'));
  writeFileSync(join(warmUp, 'warm-up.csv'), 'a\n1\n');
  spawnSync(soffice, [
    profileArg(profile),
    '--headless',
    '--norestore',
    '--convert-to',
    'xlsx',
    '--outdir',
    warmUp,
    join(warmUp, 'warm-up.csv'),
  ]);
  rmSync(warmUp, { recursive: true, force: true });
  if (kind === 'default') {
    const module = join(profile, 'user', 'basic', 'Standard', 'Module1.xba');
    if (!existsSync(module)) throw new Error(`LibreOffice made no ${module}`);
    writeFileSync(
      module,
      `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">${xmlText(MACRO)}</script:module>
`,
    );
  }
  return profile;
}

/** Opens `input` with forced recalculation and saves its Periods sheet as CSV: wall seconds, peak RSS and the CSV's text. */
function recalculateToCsv(soffice, profile, input) {
  const outDir = mkdtempSync(join(tmpdir(), 'pito-bench-csv-'));
  try {
    const result = spawnSync(
      TIME,
      [
        '-f',
        '%e %M',
        soffice,
        profileArg(profile),
        '--headless',
        '--norestore',
        '--convert-to',
        CSV_FILTER,
        '--outdir',
        outDir,
        input,
      ],
      { encoding: 'utf8', timeout: SOFFICE_TIMEOUT_MS },
    );
    const [wall, rssKb] = (result.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
    // LibreOffice names a single sheet's CSV after the file and the sheet: name-Periods.csv.
    const csv = readdirSync(outDir).find((name) => name.endsWith('.csv'));
    if (result.status !== 0 || !csv) {
      throw new Error(`soffice failed on ${input} (status ${result.status}): ${result.stderr || result.stdout}`);
    }
    return { wall, rssMb: rssKb / 1024, csv: readFileSync(join(outDir, csv), 'utf8') };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Runs the timing macro on `input`: seconds of open, full recalculation and edit, and the S N E R rows after the edit. */
function timeInLibreOffice(soffice, profile, input, expected) {
  const out = join(tmpdir(), `pito-bench-${process.pid}-${MACRO_OUT}`);
  rmSync(out, { force: true });
  // A lock file left by a LibreOffice that was stopped would make the hidden load fail.
  rmSync(join(dirname(input), `.~lock.${basename(input)}#`), { force: true });
  const args = [
    resolve(input),
    out,
    expected.periodsRange,
    expected.customersSheet,
    expected.editCell,
    String(expected.editValue),
  ];
  const call = `macro:///Standard.Module1.PitoBench(${args.map((arg) => `"${arg}"`).join(',')})`;
  const result = spawnSync(soffice, [profileArg(profile), '--headless', '--norestore', call], {
    encoding: 'utf8',
    timeout: SOFFICE_TIMEOUT_MS,
  });
  const lines = existsSync(out) ? readFileSync(out, 'utf8').trim().split(/\r?\n/) : [];
  rmSync(out, { force: true });
  if (result.status !== 0 || lines.length === 0 || lines[0].startsWith('error')) {
    throw new Error(`the timing macro failed on ${input} (status ${result.status}): ${lines[0] ?? result.stderr}`);
  }
  const [open, recalculate, edit] = lines[0].split(' ').map((ms) => Number(ms) / 1000);
  return { open, recalculate, edit, rows: lines.slice(1).map((line) => line.split(' ').map(Number)) };
}

/** RFC 4180 rows. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') field += text[i++];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      [row, field] = [[], ''];
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** "match", or the first period whose S, N, E or R LibreOffice has differently from Pito. */
function compareRows(got, want) {
  for (const [position, [label, ...figures]] of want.entries()) {
    const cells = got[position];
    if (!cells) return `${label}: no row`;
    for (const [k, id] of FLOW.entries()) {
      if (cells[k] !== figures[k]) return `${label} ${SHORT[id]}: LibreOffice ${cells[k]}, Pito ${figures[k]}`;
    }
  }
  return 'match';
}

/** The CSV's S, N, E, R per period, after checking each row's label. */
function csvRows(csv, expected) {
  return parseCsv(csv)
    .slice(1) // the header
    .slice(0, expected.periods.length)
    .map((cells, position) => {
      if (cells[0] !== expected.periods[position][0]) throw new Error(`CSV row ${position + 2} is ${cells[0]}`);
      return FLOW.map((id) => (cells[expected.columns[id]] === '' ? NaN : Number(cells[expected.columns[id]])));
    });
}

function runWriteChild(count, months) {
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--max-old-space-size=4096',
      'scripts/bench/countifsRecalc.mjs',
      '--child',
      String(count),
      String(months),
    ],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) {
    console.error(child.stderr || child.stdout);
    process.exit(1);
  }
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

function parseCases(text) {
  return text.split(',').map((item) => {
    const [count, months = DEFAULT_MONTHS] = item.split('x').map(Number);
    if (!Number.isInteger(count) || count < 2 || !Number.isInteger(months) || months < 1) {
      throw new Error(`Not a size: ${item} (customers, or customers x months, e.g. 200000x60)`);
    }
    return { count, months };
  });
}

async function main() {
  const soffice = findSoffice();
  if (!soffice || !existsSync(TIME)) {
    // Not a failure of the code measured: `npm run bench` goes on with the other benchmarks.
    console.log(
      'countifs: skipped: needs LibreOffice (apt-get install libreoffice-calc-nogui) and GNU time (apt-get install time).',
    );
    return;
  }
  const cases = parseCases(process.argv[2] ?? process.env.PITO_BENCH_COUNTIFS ?? DEFAULT_CASES);
  mkdirSync(DATA, { recursive: true });
  const profiles = { recalculate: makeProfile(soffice, 'recalculate'), default: makeProfile(soffice, 'default') };
  const s = (seconds, width) => seconds.toFixed(1).padStart(width);
  try {
    console.log(
      'LO = LibreOffice ' + spawnSync(soffice, ['--version'], { encoding: 'utf8' }).stdout.trim().split(' ')[1],
    );
    console.log(
      '                                           recalculate on load  |  default settings, one LO running  |',
    );
    console.log(
      'customers  months  end   variant   write s  file MB     LO s  LO RSS MB  |  open s  full recalc s  edit s  | S/N/E/R vs Pito: on load; after the edit',
    );
    for (const { count, months } of cases) {
      const { periods, ended, written } = runWriteChild(count, months);
      const expected = JSON.parse(readFileSync(expectedPath(count, months), 'utf8'));
      const walls = {};
      for (const variant of VARIANTS) {
        const path = workbookPath(count, months, variant);
        const loaded = recalculateToCsv(soffice, profiles.recalculate, path);
        const timed = timeInLibreOffice(soffice, profiles.default, path, expected);
        walls[variant] = loaded.wall;
        // Values stay what they were after the edit; live COUNTIFS must follow it.
        const afterEdit = compareRows(timed.rows, variant === 'values' ? expected.periods : expected.afterEdit);
        console.log(
          [
            String(count).padStart(9),
            String(periods).padStart(7),
            `${Math.round((100 * ended) / count)}%`.padStart(4),
            ` ${variant.padEnd(9)}`,
            s(written[variant].seconds, 6),
            s(written[variant].bytes / MB, 8),
            s(loaded.wall, 8),
            loaded.rssMb.toFixed(0).padStart(10),
            ' |',
            s(timed.open, 6),
            s(timed.recalculate, 13),
            s(timed.edit, 7),
            ' |',
            `${compareRows(csvRows(loaded.csv, expected), expected.periods)}; ${afterEdit}${variant === 'values' ? ' (unchanged)' : ''}`,
          ].join(' '),
        );
      }
      console.log(
        `${''.padStart(9)} recalculation on load, less the values workbook's: countifs ${(walls.countifs - walls.values).toFixed(1)} s, chained ${(walls.chained - walls.values).toFixed(1)} s`,
      );
    }
  } finally {
    for (const profile of Object.values(profiles)) rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  console.log(JSON.stringify(await writeChild(Number(process.argv[3]), Number(process.argv[4]))));
} else {
  await main();
}
