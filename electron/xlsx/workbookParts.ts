/**
 * The sheets of a workbook in the order Excel shows them, with the part each lives in,
 * the shared string part and the 1904 date system flag: read from xl/workbook.xml and its
 * relationships, which are small enough to read as text.
 */
import { TruncatedPartError } from './errors';
import { startTags } from './xmlText';

export interface XlsxSheet {
  name: string;
  /** The zip part, for example `xl/worksheets/sheet1.xml`. */
  part: string;
  /** Hidden or very hidden in Excel. */
  hidden: boolean;
}

export interface WorkbookParts {
  sheets: XlsxSheet[];
  /** Serial numbers count from 1904-01-01 instead of 1900-01-00. */
  date1904: boolean;
  sharedStrings: string | null;
}

export const WORKBOOK_PART = 'xl/workbook.xml';
export const WORKBOOK_RELS_PART = 'xl/_rels/workbook.xml.rels';

/** `worksheets/sheet1.xml` or `/xl/worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Checks the closing tag: the layout must not come from XML cut short. */
function requireWhole(xml: string, root: string, part: string): void {
  if (!new RegExp(`</(?:[\\w.-]+:)?${root}>\\s*$`).test(xml)) throw new TruncatedPartError(part);
}

export function readWorkbookParts(workbook: string, rels: string): WorkbookParts {
  requireWhole(workbook, 'workbook', WORKBOOK_PART);
  requireWhole(rels, 'Relationships', WORKBOOK_RELS_PART);
  const targets = new Map<string, { part: string; type: string }>();
  for (const rel of startTags(rels, 'Relationship')) {
    if (rel.get('TargetMode') === 'External') continue;
    targets.set(rel.get('Id') ?? '', { part: partPath(rel.get('Target') ?? ''), type: rel.get('Type') ?? '' });
  }
  const sheets: XlsxSheet[] = [];
  for (const sheet of startTags(workbook, 'sheet')) {
    const target = targets.get(sheet.get('id') ?? '');
    if (!target?.type.endsWith('/worksheet')) continue; // a chart sheet or dialog sheet has no cells
    const state = sheet.get('state') ?? 'visible';
    sheets.push({ name: sheet.get('name') ?? '', part: target.part, hidden: state !== 'visible' });
  }
  const flag = startTags(workbook, 'workbookPr')[0]?.get('date1904');
  const strings = [...targets.values()].find((target) => target.type.endsWith('/sharedStrings'));
  return { sheets, date1904: flag === '1' || flag === 'true', sharedStrings: strings?.part ?? null };
}
