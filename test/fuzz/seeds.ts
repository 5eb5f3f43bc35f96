/**
 * The seed files, generated afresh on each run (no binaries in git): an openpyxl
 * workbook, Pito's own export, an exceljs workbook, a workbook LibreOffice wrote and a `;`
 * CSV with d.m.yyyy dates and decimal commas, each a list of 50 customers.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCustomers, type GeneratedCustomer } from '../support/customerListGenerator';
import { findSoffice, recalculateWithLibreOffice } from '../libreoffice/soffice';
import { writeXlsx } from '../support/workbooks';

export const SEED_KINDS = ['openpyxl', 'own export', 'exceljs', 'libreoffice', 'csv'] as const;
export type SeedKind = (typeof SEED_KINDS)[number];

export interface Seed {
  kind: SeedKind;
  path: string;
  extension: '.xlsx' | '.csv';
  data: Buffer;
}

const HEADER = ['Customer ID', 'Start date', 'End date', 'Revenue'];
const PYTHON = '/usr/bin/python3';
const iso = (date: Date) => date.toISOString().slice(0, 10);
const dmy = (date: Date) => `${date.getUTCDate()}.${date.getUTCMonth() + 1}.${date.getUTCFullYear()}`;

function writeOpenpyxl(path: string, customers: readonly GeneratedCustomer[]): void {
  const rows = [
    HEADER,
    ...customers.map((c) => [c.id, { date: iso(c.start) }, c.end ? { date: iso(c.end) } : null, c.revenue]),
  ];
  const books = [{ path, sheet: 'Customers', dateFormat: 'yyyy-mm-dd', rows }];
  execFileSync(PYTHON, ['test/support/openpyxlWriter.py'], { input: JSON.stringify(books) });
}

function writeOwnExport(cli: string, dir: string, path: string, customers: readonly GeneratedCustomer[]): void {
  const csv = join(dir, 'own-source.csv');
  const lines = customers.map((c) => [c.id, iso(c.start), c.end ? iso(c.end) : '', c.revenue.toFixed(2)].join(','));
  writeFileSync(csv, [HEADER.join(','), ...lines, ''].join('\n'));
  execFileSync(process.execPath, [cli, 'report', csv, '--out', path], { stdio: 'ignore' });
}

/** The exceljs workbook opened and saved again by LibreOffice Calc: its own XML, styles and shared strings. */
async function writeLibreOffice(dir: string, path: string, customers: readonly GeneratedCustomer[]): Promise<void> {
  const soffice = findSoffice();
  if (!soffice) throw new Error('the LibreOffice seed needs soffice (apt-get install libreoffice-calc-nogui)');
  const sourceDir = join(dir, 'lo-source');
  mkdirSync(sourceDir, { recursive: true });
  const source = join(sourceDir, 'seed-libreoffice.xlsx');
  await writeExceljs(source, customers);
  const [written] = recalculateWithLibreOffice(soffice, [source], dir);
  if (written !== path) throw new Error(`LibreOffice wrote ${written}, not ${path}`);
}

async function writeExceljs(path: string, customers: readonly GeneratedCustomer[]): Promise<void> {
  const rows = customers.map((c) => [c.id, c.start, c.end, c.revenue]);
  await writeXlsx(path, [{ name: 'Customers', rows: [HEADER, ...rows] }]);
}

function semicolonCsv(customers: readonly GeneratedCustomer[]): string {
  const lines = customers.map((c) =>
    [`"${c.id}"`, dmy(c.start), c.end ? dmy(c.end) : '', `"${c.revenue.toFixed(2).replace('.', ',')}"`].join(';'),
  );
  return [HEADER.map((h) => `"${h}"`).join(';'), ...lines, ''].join('\r\n');
}

export async function writeSeeds(cli: string, dir: string, seed: number): Promise<Seed[]> {
  const seeds: Seed[] = [];
  for (const [i, kind] of SEED_KINDS.entries()) {
    const customers = generateCustomers(50, seed * 10 + i);
    const extension = kind === 'csv' ? '.csv' : '.xlsx';
    const path = join(dir, `seed-${kind.replace(' ', '-')}${extension}`);
    if (kind === 'openpyxl') writeOpenpyxl(path, customers);
    if (kind === 'own export') writeOwnExport(cli, dir, path, customers);
    if (kind === 'exceljs') await writeExceljs(path, customers);
    if (kind === 'libreoffice') await writeLibreOffice(dir, path, customers);
    if (kind === 'csv') writeFileSync(path, semicolonCsv(customers));
    seeds.push({ kind, path, extension, data: readFileSync(path) });
  }
  return seeds;
}
