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

/**
 * A period table (CSV, Pito's own headers) with money, decimals, margins and NPS counts, and
 * counts in the tens of thousands: the number formats of the grid and the cards. Average
 * purchases 155.5, 160.81 and 201 are issue 13's: shown with two decimals and a currency sign.
 */
export function writeFiguresTableCsv(folder: string): string {
  const path = join(folder, 'figures.csv');
  const rows = [
    'Period,Customers at start,New customers,Customers at end,Average purchase,Purchases per year,Lifespan (years),Margin %,Promoters,Passives,Detractors',
    '2024-01,30000,3500,32323,155.5,4,3.5,25,800,300,120',
    '2024-02,32323,2000,33000,160.81,4.25,3.25,25,1250,410,180',
    '2024-03,33000,1500,33500,201,4.5,3,27.5,1420,380,150',
  ];
  writeFileSync(path, `${rows.join('\r\n')}\r\n`);
  return path;
}

/** A customer list of `count` customers starting in 2024 (a few have left): the import's counts run into thousands. */
export function writeLargeCustomerListCsv(folder: string, count = 2500): string {
  const path = join(folder, 'many-customers.csv');
  const rows = ['Customer ID,Start date,End date'];
  for (let n = 1; n <= count; n++) {
    const start = `2024-${String((n % 3) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
    rows.push(`C${n},${start},${n % 10 === 0 ? '2024-04-15' : ''}`);
  }
  writeFileSync(path, `${rows.join('\r\n')}\r\n`);
  return path;
}

/**
 * A customer list of two years of monthly cohorts (2023-01 to 2024-12, 24 cohorts of 30-60
 * customers): each customer leaves in a given month with a chance that falls with age (12 %
 * in the first month down to 2 %), drawn from a fixed seed, so every run has the same
 * figures. A customer still there at the end of 2024-12 has no end date.
 */
export function writeTwoYearCustomerListCsv(folder: string): string {
  const path = join(folder, 'two-years.csv');
  const rows = ['Customer ID,Start date,End date'];
  let seed = 20240613;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const day = (month: number, date: number) =>
    `${2023 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
  let id = 0;
  for (let cohort = 0; cohort < 24; cohort++) {
    const size = 30 + ((cohort * 17) % 31);
    for (let n = 0; n < size; n++) {
      let left: number | null = null;
      for (let month = cohort; month < 24; month++) {
        const chance = Math.max(0.02, 0.12 - (month - cohort) * 0.01);
        if (random() < chance) {
          left = month;
          break;
        }
      }
      const start = 1 + (n % 28);
      const end = left === null ? '' : day(left, left === cohort ? 28 : 1 + Math.floor(random() * 28));
      rows.push(`C${++id},${day(cohort, start)},${end}`);
    }
  }
  writeFileSync(path, `${rows.join('\r\n')}\r\n`);
  return path;
}
