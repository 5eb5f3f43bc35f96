/**
 * Run by atomicWrite.test.ts as a separate process that the test kills with SIGKILL in
 * the middle of a save: `node --import tsx saveWorkbook.child.ts <target> <document.json> <customers>`.
 * It saves a workbook with that many generated customers, slow enough to be caught mid-write.
 */
import { readFileSync } from 'node:fs';
import type { CustomerRecord } from '../../shared/customers';
import type { PitoDocument } from '../../shared/document';
import { writeRetentionWorkbook } from '../../electron/workbook/writeWorkbook';

const [target, documentPath, count] = process.argv.slice(2);
const document = JSON.parse(readFileSync(documentPath as string, 'utf8')) as PitoDocument;
const customers: CustomerRecord[] = Array.from({ length: Number(count) }, (_, index) => ({
  row: index + 2,
  id: `C${index}`,
  start: 19000 + (index % 700),
  end: index % 3 === 0 ? 19800 : null,
  purchases: index % 5,
  revenue: 12.5 * (index % 5),
  npsScore: index % 11,
  npsDate: null,
  segment: index % 2 === 0 ? 'retail' : 'online',
}));
await writeRetentionWorkbook(target as string, document, customers);
console.log('saved');
