/** Files the specs import, generated in each test's own folder: a customer list (CSV) and a period table (xlsx). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

/**
 * Five customers over January-March 2024 and one row without a readable start date.
 * By docs/metrics.md: January S=0 N=2 E=2; February S=2 N=2 E=3 (CRR 50 %); March S=3 N=1 E=3 (CRR 66.7 %).
 */
export function writeCustomerListCsv(folder: string): string {
  const path = join(folder, 'customers.csv');
  const rows = [
    'Customer ID,Start date,End date,Purchases,Revenue',
    'C1,2024-01-05,,4,400',
    'C2,2024-01-10,2024-02-15,1,50',
    'C3,2024-02-01,,2,120',
    'C4,2024-02-20,2024-03-10,1,80',
    'C5,2024-03-01,,3,210',
    'C6,soon,,1,10',
  ];
  writeFileSync(path, `${rows.join('\r\n')}\r\n`);
  return path;
}

/**
 * A period table as a workbook: the worked examples of docs/metrics.md as two quarters, on the
 * second sheet, with NPS counts under headers Pito does not recognise (Fans, Neutral, Critics).
 */
export async function writePeriodTableXlsx(folder: string): Promise<string> {
  const path = join(folder, 'periods.xlsx');
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Notes').addRow(['Figures are on the next sheet']);
  const sheet = workbook.addWorksheet('Quarters');
  sheet.addRow(['Period', 'Customers at start', 'New customers', 'Customers at end', 'Fans', 'Neutral', 'Critics']);
  sheet.addRow(['2024-Q1', 107, 21, 120, 100, 60, 40]);
  sheet.addRow(['2024-Q2', 1000, 200, 900, 10, 0, 0]);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** Bytes that claim to be a workbook and are not. */
export function writeCorruptXlsx(folder: string): string {
  const path = join(folder, 'broken.xlsx');
  writeFileSync(path, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(2048, 0x5a)]));
  return path;
}

/**
 * A customer list under headers Pito does not recognise ("Kenttä 1" to "Kenttä 3"): ids,
 * start dates and end dates written d.m.yyyy. The same customers as writeCustomerListCsv:
 * January S=0 N=2 E=2; February S=2 N=2 E=3; March S=3 N=1 E=3.
 * `variant` 2 has other ids and a sixth customer starting in April.
 */
export function writeUnrecognisedCsv(folder: string, name = 'kentat.csv', variant: 1 | 2 = 1): string {
  const path = join(folder, name);
  const id = (n: number) => (variant === 1 ? `A${n}` : `B${n}`);
  const rows = [
    'Kenttä 1;Kenttä 2;Kenttä 3',
    `${id(1)};5.1.2024;`,
    `${id(2)};10.1.2024;15.2.2024`,
    `${id(3)};1.2.2024;`,
    `${id(4)};20.2.2024;10.3.2024`,
    `${id(5)};1.3.2024;`,
    ...(variant === 2 ? [`${id(6)};2.4.2024;`] : []),
  ];
  writeFileSync(path, `${rows.join('\r\n')}\r\n`);
  return path;
}

/**
 * A US-style customer list whose dates (03/04/2024) read either way, with a date column
 * ("Last order") Pito does not map. Read month first: C1 starts 4 March, C2 5 March and
 * leaves 6 April, C3 starts 1 April.
 */
export function writeUsDatesCsv(folder: string): string {
  const path = join(folder, 'us-customers.csv');
  const rows = [
    'Customer,Joined,Left,Last order',
    'C1,03/04/2024,,05/06/2024',
    'C2,03/05/2024,04/06/2024,04/06/2024',
    'C3,04/01/2024,,05/01/2024',
  ];
  writeFileSync(path, `${rows.join('\r\n')}\r\n`);
  return path;
}
