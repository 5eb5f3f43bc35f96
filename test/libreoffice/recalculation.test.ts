/**
 * The independent check of the exported formulas: LibreOffice opens each workbook,
 * recalculates every formula (forced by its profile, and proven by a workbook whose
 * cached results were deliberately written wrong), saves it, and every recalculated
 * result must equal the value Pito computed within 1e-9. One soffice run serves all.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRetentionWorkbook } from '../../electron/workbook/readWorkbook';
import { writeRetentionWorkbook } from '../../electron/workbook/writeWorkbook';
import { FORMULA_LIKE_TEXTS, editedDocument, sampleCustomers, sampleDocument } from './sampleDocuments';
import { findSoffice, recalculateWithLibreOffice } from './soffice';
import { cellsHolding, formulaCells, loadWorkbook, type FormulaCell } from './workbookCells';

const soffice = findSoffice();
if (!soffice) console.log('LibreOffice recalculation tests skipped: soffice is not installed (CI installs it).');

/**
 * What survives LibreOffice's own save: numbers at 15 significant digits, and text without
 * a leading tab or carriage return (exceljs writes them raw; an XML reader normalises them
 * away). Such text stays text, which is what the injection check is about.
 */
function asLibreOfficeSaves<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, item: unknown) =>
    typeof item === 'number'
      ? Number(item.toPrecision(15))
      : typeof item === 'string'
        ? item.replace(/^[\t\r]+/, '')
        : item,
  ) as T;
}

const isBlank = (value: unknown) => value === '' || value === null || value === undefined;

/** Differences between Pito's cached results and LibreOffice's recalculated ones, as readable lines. */
function mismatches(expected: Map<string, FormulaCell>, actual: Map<string, FormulaCell>): string[] {
  const problems: string[] = [];
  for (const [where, cell] of expected) {
    const recalculated = actual.get(where);
    if (!recalculated) {
      problems.push(`${where}: the formula is gone`);
      continue;
    }
    const [want, got] = [cell.result, recalculated.result];
    const same =
      isBlank(want) || isBlank(got)
        ? isBlank(want) && isBlank(got)
        : typeof want === 'number' && typeof got === 'number'
          ? Math.abs(want - got) <= 1e-9
          : want === got;
    if (!same) problems.push(`${where} =${cell.formula}: Pito ${String(want)}, LibreOffice ${String(got)}`);
  }
  return problems;
}

/** A copy of the workbook whose every cached formula result is wrong: only a real recalculation can fix it. */
async function writeWithWrongResults(source: string, target: string): Promise<number> {
  const workbook = await loadWorkbook(source);
  let changed = 0;
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        cell.value = { formula: cell.formula, result: -12345.678, date1904: false };
        changed++;
      }),
    ),
  );
  await workbook.xlsx.writeFile(target);
  return changed;
}

describe.skipIf(!soffice)('LibreOffice recalculates the exported workbook to Pito’s figures', () => {
  const folder = mkdtempSync(join(tmpdir(), 'pito-libreoffice-'));
  const out = join(folder, 'recalculated');
  const english = { document: sampleDocument('month', 'en', 8), customers: sampleCustomers(60) };
  const finnish = { document: editedDocument('fi'), customers: null };
  const paths = {
    english: join(folder, 'english.xlsx'),
    finnish: join(folder, 'finnish.xlsx'),
    wrong: join(folder, 'wrong.xlsx'),
  };
  let recalculated: { english: string; finnish: string; wrong: string };
  let wrongCount = 0;

  beforeAll(async () => {
    await writeRetentionWorkbook(paths.english, english.document, english.customers);
    await writeRetentionWorkbook(paths.finnish, finnish.document, finnish.customers);
    wrongCount = await writeWithWrongResults(paths.english, paths.wrong);
    const [a, b, c] = recalculateWithLibreOffice(soffice as string, [paths.english, paths.finnish, paths.wrong], out);
    recalculated = { english: a as string, finnish: b as string, wrong: c as string };
  }, 180_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('every formula of an English workbook with cohorts and a customer list', async () => {
    const expected = formulaCells(await loadWorkbook(paths.english));
    expect(expected.size).toBeGreaterThan(100);
    expect(mismatches(expected, formulaCells(await loadWorkbook(recalculated.english)))).toEqual([]);
  });

  it('every formula of an edited Finnish workbook: zeros, blanks, fractions, no default margin', async () => {
    const expected = formulaCells(await loadWorkbook(paths.finnish));
    expect(mismatches(expected, formulaCells(await loadWorkbook(recalculated.finnish)))).toEqual([]);
  });

  it('really recalculates: cached results written wrong come back right', async () => {
    const expected = formulaCells(await loadWorkbook(paths.english));
    expect(wrongCount).toBe(expected.size);
    expect(mismatches(expected, formulaCells(await loadWorkbook(recalculated.wrong)))).toEqual([]);
  });

  it('keeps formula-like ids, segments and labels as text', async () => {
    for (const path of [recalculated.english, recalculated.finnish]) {
      const found = cellsHolding(await loadWorkbook(path), FORMULA_LIKE_TEXTS);
      expect(found.length).toBeGreaterThan(0);
      expect(found.filter((cell) => cell.type !== 'String')).toEqual([]);
    }
  });

  it('opens LibreOffice’s save of the workbook as the same document', async () => {
    const opened = await readRetentionWorkbook(recalculated.english);
    expect(asLibreOfficeSaves(opened.document)).toEqual(
      asLibreOfficeSaves({ ...english.document, source: 'workbook' }),
    );
    expect(asLibreOfficeSaves(opened.customers)).toEqual(asLibreOfficeSaves(english.customers));
    const finnishOpened = await readRetentionWorkbook(recalculated.finnish);
    expect(asLibreOfficeSaves(finnishOpened.document)).toEqual(asLibreOfficeSaves(finnish.document));
  });
});
