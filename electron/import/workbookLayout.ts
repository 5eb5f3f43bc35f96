/**
 * The sheets of a workbook in the order Excel shows them, with the part each lives in
 * and its row count, and the 1904 date system flag: read from xl/workbook.xml and its
 * relationships, which are small enough to read as text.
 */

export interface LayoutSheet {
  name: string;
  /** The zip part, for example `xl/worksheets/sheet1.xml`. */
  part: string | null;
  /** The relationship id that links the sheet to its part. */
  relId: string | null;
  rowCount: number | null;
}

export interface WorkbookLayout {
  sheets: LayoutSheet[];
  date1904: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    found.set(match[1] ?? '', decodeXmlText(match[2] ?? match[3] ?? ''));
  }
  return found;
}

function tags(xml: string, name: string): Map<string, string>[] {
  return [...xml.matchAll(new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>`, 'g'))].map((match) => attributes(match[0]));
}

/** `worksheets/sheet1.xml` or `/xl/worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

export function readWorkbookLayout(texts: Map<string, string>, rowCounts: Map<string, number>): WorkbookLayout {
  const workbook = texts.get('xl/workbook.xml') ?? '';
  const targets = new Map<string, string>();
  for (const rel of tags(texts.get('xl/_rels/workbook.xml.rels') ?? '', 'Relationship')) {
    targets.set(rel.get('Id') ?? '', partPath(rel.get('Target') ?? ''));
  }
  const sheets = tags(workbook, 'sheet').map((sheet) => {
    const relId = [...sheet.entries()].find(([key]) => key.endsWith(':id'))?.[1];
    const part = relId === undefined ? null : (targets.get(relId) ?? null);
    const rowCount = part === null ? null : (rowCounts.get(part) ?? null);
    return { name: sheet.get('name') ?? '', part, relId: relId ?? null, rowCount };
  });
  const flag = tags(workbook, 'workbookPr')[0]?.get('date1904');
  return { sheets, date1904: flag === '1' || flag === 'true' };
}
