#!/usr/bin/env node
/**
 * `npm run bench -- export`: time and peak memory of exporting the retention workbook,
 * and of opening it again, for documents built from 200 000 and 1 000 000 customers.
 *
 * The export and the reopening each run in a child process of their own (with tsx, so it
 * runs the TypeScript sources as they are), so each peak resident memory (maxRSS) is that
 * step's alone. The export child generates the customers in memory, aggregates them with
 * shared/aggregate into monthly periods and cohorts, then writes the workbook with the
 * streaming writer; the reopen child reads that file with readRetentionWorkbook.
 * Files go to bench/data/ (git-ignored). `node scripts/bench/export.mjs 200000` runs one size.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SIZES = [200_000, 1_000_000];
const MB = 1024 * 1024;

const pathFor = (count) => join('bench', 'data', `export-${count}.xlsx`);
const peakRss = () => process.resourceUsage().maxRSS * 1024;

async function benchDocument(count) {
  const { aggregateCustomers } = await import('../../shared/aggregate/index.ts');
  const { createEmptyDocument, defaultSettings } = await import('../../shared/document.ts');
  const base = 19_000; // 2022-01-08 as a day number
  const customers = Array.from({ length: count }, (_, index) => {
    const start = base + ((index * 7919) % 1095);
    return {
      row: index + 2,
      id: `C${String(index).padStart(7, '0')}`,
      start,
      end: index % 3 === 0 ? start + 30 + (index % 400) : null,
      purchases: 1 + (index % 6),
      revenue: 24.9 * (1 + (index % 6)),
      npsScore: index % 4 === 0 ? index % 11 : null,
      npsDate: null,
      segment: index % 2 === 0 ? 'retail' : 'online',
    };
  });
  const aggregated = aggregateCustomers(customers, 'month');
  const document = {
    ...createEmptyDocument({ ...defaultSettings('fi'), defaultProfitMarginPct: 30 }),
    ...aggregated,
    source: 'customerList',
  };
  return { document, customers };
}

async function exportChild(count) {
  const { writeRetentionWorkbook } = await import('../../electron/workbook/writeWorkbook.ts');
  const { document, customers } = await benchDocument(count);
  const path = pathFor(count);
  rmSync(path, { force: true });
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  await writeRetentionWorkbook(path, document, customers);
  return {
    periods: document.periods.length,
    seconds: (performance.now() - started) / 1000,
    fileBytes: statSync(path).size,
    rssBefore,
    peakRss: peakRss(),
  };
}

async function reopenChild(count) {
  const { readRetentionWorkbook } = await import('../../electron/workbook/readWorkbook.ts');
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const opened = await readRetentionWorkbook(pathFor(count));
  const seconds = (performance.now() - started) / 1000;
  if (opened.customers?.length !== count) throw new Error(`opened ${opened.customers?.length} customers of ${count}`);
  return { seconds, rssBefore, peakRss: peakRss() };
}

function runChild(step, count) {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--max-old-space-size=4096', 'scripts/bench/export.mjs', '--child', step, String(count)],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) {
    console.error(child.stderr || child.stdout);
    process.exit(1);
  }
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

if (process.argv[2] === '--child') {
  const step = process.argv[3] === 'export' ? exportChild : reopenChild;
  console.log(JSON.stringify(await step(Number(process.argv[4]))));
} else {
  mkdirSync(join('bench', 'data'), { recursive: true });
  const sizes = process.argv[2] ? [Number(process.argv[2])] : SIZES;
  const mb = (bytes, width) => (bytes / MB).toFixed(0).padStart(width);
  console.log(
    'customers  periods  export s  file MB  export RSS before MB  export peak RSS MB  reopen s  reopen RSS before MB  reopen peak RSS MB',
  );
  for (const count of sizes) {
    const exported = runChild('export', count);
    const reopened = runChild('reopen', count);
    console.log(
      [
        String(count).padStart(9),
        String(exported.periods).padStart(8),
        exported.seconds.toFixed(1).padStart(9),
        (exported.fileBytes / MB).toFixed(1).padStart(8),
        mb(exported.rssBefore, 20),
        mb(exported.peakRss, 19),
        reopened.seconds.toFixed(1).padStart(9),
        mb(reopened.rssBefore, 21),
        mb(reopened.peakRss, 19),
      ].join(' '),
    );
  }
}
