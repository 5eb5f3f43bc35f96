/**
 * The exported workbook prints: every visible sheet is set to print one page wide (landscape,
 * the Customers list portrait) with its header row, and the label columns where it has them,
 * on every page. LibreOffice prints each workbook to a PDF and every sheet but Customers
 * takes one or two landscape pages: a 36-month customer list of 2,000 customers and a
 * 12-period table, in English and in Finnish.
 *
 * The pages of each sheet come from the PDF's outline, where LibreOffice puts one entry per
 * sheet at its first page; no PDF tool is needed beyond LibreOffice itself.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateCustomers } from '../../shared/aggregate';
import { dayNumberOf } from '../../shared/calendar';
import type { CustomerRecord } from '../../shared/customers';
import { createEmptyDocument, defaultSettings, type PitoDocument, type UiLanguage } from '../../shared/document';
import { figureNameKey } from '../../shared/figures/figureText';
import { catalogs } from '../../shared/i18n';
import { PERIODS_COLUMNS } from '../../electron/workbook/periodsLayout';
import { sheetNamesFor, type SheetNames } from '../../electron/workbook/sheetContext';
import { widthOfText } from '../../electron/workbook/textWidth';
import { writeRetentionWorkbook } from '../../electron/workbook/writeWorkbook';
import { ZipArchive } from '../../electron/xlsx/zipArchive';
import { sampleDocument } from './sampleDocuments';
import { findSoffice } from './soffice';

const soffice = findSoffice();
if (!soffice) console.log('LibreOffice printing tests skipped: soffice is not installed (CI installs it).');

const LANGUAGES: readonly UiLanguage[] = ['en', 'fi'];
const CUSTOMERS = 2_000;

/** 2,000 customers starting over 36 months (2022-01 … 2024-12), a third of them gone again. */
function customerList(): CustomerRecord[] {
  const first = dayNumberOf(2022, 1, 1);
  const last = dayNumberOf(2024, 12, 31);
  return Array.from({ length: CUSTOMERS }, (_, index) => {
    const start = first + ((index * 37) % (last - first));
    return {
      row: index + 2,
      id: `C${String(index).padStart(6, '0')}`,
      start,
      end: index % 3 === 0 ? Math.min(last, start + 120 + (index % 400)) : null,
      purchases: (index % 4) + 1,
      revenue: 19.95 * ((index % 4) + 1),
      npsScore: index % 2 === 0 ? index % 11 : null,
      npsDate: index % 2 === 0 ? start + 10 : null,
      segment: index % 2 === 0 ? 'retail' : 'wholesale',
    };
  });
}

interface Export {
  name: string;
  language: UiLanguage;
  document: PitoDocument;
  customers: CustomerRecord[] | null;
}

function exportsToPrint(): Export[] {
  const customers = customerList();
  return LANGUAGES.flatMap((language): Export[] => [
    {
      name: `list-${language}`,
      language,
      document: {
        ...createEmptyDocument({ ...defaultSettings(language), defaultProfitMarginPct: 30 }),
        ...aggregateCustomers(customers, 'month'),
        source: 'customerList',
      },
      customers,
    },
    { name: `table-${language}`, language, document: sampleDocument('month', language, 12), customers: null },
  ]);
}

/** Prints each workbook to a PDF in `outDir` with a fresh LibreOffice profile; one soffice run for all. */
function printWithLibreOffice(binary: string, inputs: readonly string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'pito-soffice-profile-'));
  try {
    mkdirSync(outDir, { recursive: true });
    const result = spawnSync(
      binary,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...inputs,
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    const outputs = inputs.map((input) => join(outDir, basename(input).replace(/\.xlsx$/, '.pdf')));
    const missing = outputs.filter((output) => !existsSync(output));
    if (result.status !== 0 || missing.length > 0) {
      throw new Error(
        `soffice failed (status ${result.status}): ${result.stderr || result.stdout}; missing ${missing}`,
      );
    }
    return outputs;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

interface PrintedSheet {
  name: string;
  pages: number;
  /** Whether each of its pages is wider than tall. */
  landscape: boolean[];
}

/** A PDF text string `<FEFF…>` (UTF-16BE, as LibreOffice writes outline titles). */
function pdfHexText(hex: string): string {
  const bytes = Buffer.from(hex.replace(/^FEFF/i, ''), 'hex');
  return bytes.swap16().toString('utf16le');
}

/** Each printed sheet in order with its pages, from the PDF's page tree and its outline. */
function printedSheets(pdfPath: string): PrintedSheet[] {
  const pdf = readFileSync(pdfPath).toString('latin1');
  const kids = /\/Type\/Pages[\s\S]*?\/Kids\[([^\]]*)\]/.exec(pdf)?.[1];
  if (!kids) throw new Error(`${pdfPath}: no page tree`);
  const pageObjects = [...kids.matchAll(/(\d+) 0 R/g)].map((match) => match[1] as string);
  const boxes = new Map(
    [...pdf.matchAll(/(\d+) 0 obj\s*<<\/Type\/Page\/[^>]*?\/MediaBox\[([^\]]*)\]/g)].map((match) => {
      const [, , width, height] = (match[2] as string).trim().split(/\s+/).map(Number);
      return [match[1] as string, (width as number) > (height as number)] as const;
    }),
  );
  const starts = [...pdf.matchAll(/\/Title<([0-9A-Fa-f]+)>\s*\/Dest\[(\d+) 0 R/g)].map((match) => ({
    name: pdfHexText(match[1] as string),
    first: pageObjects.indexOf(match[2] as string),
  }));
  return starts.map(({ name, first }, position) => {
    const end = starts[position + 1]?.first ?? pageObjects.length;
    const pages = pageObjects.slice(first, end);
    return { name, pages: pages.length, landscape: pages.map((page) => boxes.get(page) ?? false) };
  });
}

/** The visible sheets' names in their order, as the workbook has them. */
function visibleSheets(names: SheetNames, item: Export): string[] {
  return [
    names.periods,
    names.summary,
    ...(item.document.cohorts ? [names.cohorts] : []),
    ...(item.customers ? [names.customers] : []),
    names.definitions,
  ];
}

/** The workbook's sheets by name: the file each is in (exceljs names them by sheetId) and its position. */
async function sheetParts(
  path: string,
): Promise<{ archive: ZipArchive; workbook: string; sheets: Map<string, string> }> {
  const archive = await ZipArchive.open(path);
  const workbook = (await archive.text('xl/workbook.xml')) as string;
  const sheets = new Map(
    [...workbook.matchAll(/<sheet sheetId="(\d+)" name="([^"]+)"/g)].map(
      (match) => [match[2] as string, `xl/worksheets/sheet${match[1]}.xml`] as const,
    ),
  );
  return { archive, workbook, sheets };
}

const quoted = (sheet: string) => `&apos;${sheet}&apos;`;

describe('every Periods header wraps at its spaces only', () => {
  it('each column is as wide as the longest word of its header in either language', () => {
    for (const column of PERIODS_COLUMNS) {
      for (const language of LANGUAGES) {
        for (const word of catalogs[language][figureNameKey(column.field)].split(/\s+/)) {
          expect(column.width, `${column.field}: ${word}`).toBeGreaterThanOrEqual(widthOfText(word));
        }
      }
    }
  });
});

describe('the exported workbook prints', () => {
  const folder = mkdtempSync(join(tmpdir(), 'pito-printing-'));
  const items = exportsToPrint();
  const paths = new Map(items.map((item) => [item.name, join(folder, `${item.name}.xlsx`)]));

  beforeAll(async () => {
    for (const item of items)
      await writeRetentionWorkbook(paths.get(item.name) as string, item.document, item.customers);
  }, 60_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('sets every visible sheet to print one page wide, its titles on every page', async () => {
    for (const item of items) {
      const names = sheetNamesFor(item.language);
      const { archive, workbook, sheets } = await sheetParts(paths.get(item.name) as string);
      const visible = visibleSheets(names, item);
      for (const [position, name] of visible.entries()) {
        const xml = (await archive.text(sheets.get(name) as string)) as string;
        const where = `${item.name} ${name}`;
        expect(xml, where).toContain('<pageSetUpPr fitToPage="1"/>');
        const pageSetup = /<pageSetup [^>]*\/>/.exec(xml)?.[0] ?? '';
        const orientation = name === names.customers ? 'portrait' : 'landscape';
        expect(pageSetup, where).toContain(`orientation="${orientation}"`);
        expect(pageSetup, where).toContain('fitToWidth="1"');
        expect(pageSetup, where).toContain('fitToHeight="0"');
        expect(xml, where).toMatch(/<oddFooter>&amp;L&amp;A&amp;R&amp;P \/ &amp;N<\/oddFooter>/);
        const titles =
          {
            [names.periods]: `${quoted(name)}!$A:$A,${quoted(name)}!$1:$1`,
            [names.cohorts]: `${quoted(name)}!$A:$B,${quoted(name)}!$1:$2`,
          }[name] ?? `${quoted(name)}!$1:$1`;
        expect(workbook, where).toContain(
          `<definedName name="_xlnm.Print_Titles" localSheetId="${position}">${titles}</definedName>`,
        );
      }
      // The hidden data sheet prints nothing and is given nothing to print.
      expect(workbook).not.toMatch(new RegExp(`localSheetId="${visible.length}"`));
      if (item.customers) {
        const at = visible.indexOf(names.customers);
        expect(workbook).toContain(
          `<definedName name="_xlnm.Print_Area" localSheetId="${at}">${quoted(names.customers)}!$A$1:$I$${CUSTOMERS + 1}</definedName>`,
        );
      }
      if (item.document.cohorts) {
        // The shares only, absolute ($A$1, not exceljs's own $A1, which LibreOffice ignores).
        const at = visible.indexOf(names.cohorts);
        const lastRow = item.document.cohorts.rows.length + 2;
        expect(workbook).toMatch(
          new RegExp(
            `<definedName name="_xlnm.Print_Area" localSheetId="${at}">[^<]*!\\$A\\$1:\\$[A-Z]+\\$${lastRow}<`,
          ),
        );
      }
    }
  });

  describe.skipIf(!soffice)('in LibreOffice', () => {
    let printed: Map<string, PrintedSheet[]>;

    beforeAll(() => {
      const pdfs = printWithLibreOffice(soffice as string, [...paths.values()], join(folder, 'pdf'));
      printed = new Map(items.map((item, index) => [item.name, printedSheets(pdfs[index] as string)]));
    }, 180_000);

    it('on one or two landscape pages a sheet, but the customer list', () => {
      for (const item of items) {
        const names = sheetNamesFor(item.language);
        const sheets = printed.get(item.name) as PrintedSheet[];
        expect(
          sheets.map((sheet) => sheet.name),
          item.name,
        ).toEqual(visibleSheets(names, item));
        for (const sheet of sheets) {
          if (sheet.name === names.customers) continue;
          const where = `${item.name} ${sheet.name}: ${sheet.pages} pages`;
          expect(sheet.pages, where).toBeGreaterThanOrEqual(1);
          expect(sheet.pages, where).toBeLessThanOrEqual(2);
          expect(sheet.landscape, where).toEqual(sheet.landscape.map(() => true));
        }
      }
    });

    it('the customer list one page wide, in portrait', () => {
      for (const item of items.filter((candidate) => candidate.customers)) {
        const names = sheetNamesFor(item.language);
        const list = (printed.get(item.name) as PrintedSheet[]).find((sheet) => sheet.name === names.customers);
        // One page wide holds 50 or more customers a page; two pages wide would be over 60 pages.
        expect(list?.pages, item.name).toBeLessThanOrEqual(CUSTOMERS / 50);
        expect(
          list?.landscape.every((landscape) => !landscape),
          item.name,
        ).toBe(true);
      }
    });
  });
});
