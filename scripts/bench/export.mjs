#!/usr/bin/env node
/**
 * `npm run bench -- export`: time and peak memory of exporting the retention workbook
 * (and of opening it again) for documents built from 200 000 and 1 000 000 customers.
 *
 * Each size runs in a child process of its own (with tsx, so it runs the TypeScript
 * sources as they are), so its peak resident memory (maxRSS) is its own. The child
 * generates the customers in memory, aggregates them with shared/aggregate into monthly
 * periods and cohorts, then writes the workbook with the streaming writer.
 * Files go to bench/data/ (git-ignored).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SIZES = [200_000, 1_000_000];
const MB = 1024 * 1024;

async function runChild(count) {
  const { aggregateCustomers } = await import('../../shared/aggregate/index.ts');
  const { createEmptyDocument } = await import('../../shared/document.ts');
  const { writeRetentionWorkbook } = await import('../../electron/workbook/writeWorkbook.ts');
  const { readRetentionWorkbook } = await import('../../electron/workbook/readWorkbook.ts');

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
    ...createEmptyDocument({ periodKind: 'month', currency: 'EUR', defaultProfitMarginPct: 30, language: 'fi' }),
    ...aggregated,
    source: 'customerList',
  };
  const rssBefore = process.memoryUsage().rss;
  const path = join('bench', 'data', `export-${count}.xlsx`);
  rmSync(path, { force: true });
  let started = performance.now();
  await writeRetentionWorkbook(path, document, customers);
  const exportSeconds = (performance.now() - started) / 1000;
  const exportPeakRss = process.resourceUsage().maxRSS * 1024;
  started = performance.now();
  const opened = await readRetentionWorkbook(path);
  const openSeconds = (performance.now() - started) / 1000;
  if (opened.customers?.length !== count) throw new Error(`opened ${opened.customers?.length} customers of ${count}`);
  console.log(
    JSON.stringify({
      periods: document.periods.length,
      cohorts: document.cohorts?.rows.length ?? 0,
      exportSeconds,
      openSeconds,
      fileBytes: statSync(path).size,
      rssBeforeExport: rssBefore,
      exportPeakRss,
      peakRss: process.resourceUsage().maxRSS * 1024,
    }),
  );
}

if (process.argv[2] === '--child') {
  await runChild(Number(process.argv[3]));
} else {
  mkdirSync(join('bench', 'data'), { recursive: true });
  console.log(
    'customers  periods  export s  file MB  RSS before export MB  peak RSS after export MB  open s  peak RSS MB',
  );
  for (const count of SIZES) {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--max-old-space-size=4096', 'scripts/bench/export.mjs', '--child', String(count)],
      { encoding: 'utf8' },
    );
    if (child.status !== 0) {
      console.error(child.stderr || child.stdout);
      process.exit(1);
    }
    const figures = JSON.parse(child.stdout.trim().split('\n').pop());
    console.log(
      [
        String(count).padStart(9),
        String(figures.periods).padStart(8),
        figures.exportSeconds.toFixed(1).padStart(9),
        (figures.fileBytes / MB).toFixed(1).padStart(8),
        (figures.rssBeforeExport / MB).toFixed(0).padStart(20),
        (figures.exportPeakRss / MB).toFixed(0).padStart(25),
        figures.openSeconds.toFixed(1).padStart(7),
        (figures.peakRss / MB).toFixed(0).padStart(12),
      ].join(' '),
    );
  }
}
