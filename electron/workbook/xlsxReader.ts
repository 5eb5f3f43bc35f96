/**
 * A small, streaming reader of .xlsx cell values. exceljs's streaming reader loses zip
 * entries that come after the worksheets (which is where exceljs's own streaming writer
 * puts workbook.xml), so it cannot name the sheets of Pito's workbooks reliably. This
 * reader opens the zip by its central directory (JSZip, compressed bytes in memory), reads
 * the sheet list first, and decompresses one sheet at a time as a stream of rows, so a
 * sheet of a million customers never becomes a million cell objects.
 *
 * It reads values only: numbers, text (shared, inline or a formula's text result), truth
 * values; a formula cell gives its cached result, an error value gives null.
 */
import { readFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import JSZip from 'jszip';
import type { PlainRow, PlainValue } from './cellValues';

export interface XlsxSheet {
  name: string;
  /** The sheet's part inside the zip, e.g. `xl/worksheets/sheet1.xml`. */
  part: string;
  hidden: boolean;
}

export interface XlsxBook {
  zip: JSZip;
  sheets: XlsxSheet[];
  sharedStrings: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** The attributes of one start tag, by local name (`r:id` → `id`). */
function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = (match[1] as string).replace(/^[\w.-]+:/, '');
    attributes.set(name, decodeXml(match[2] ?? match[3] ?? ''));
  }
  return attributes;
}

/** The text of every `<t>` inside a string item or inline string; phonetic runs are not text. */
function textOf(xml: string): string {
  const withoutPhonetics = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  for (const match of withoutPhonetics.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += decodeXml(match[1] ?? '');
  return text;
}

async function partText(zip: JSZip, part: string): Promise<string | null> {
  const file = zip.file(part);
  return file ? file.async('string') : null;
}

/** A relationship target as a zip path: relative to xl/, or absolute from the root. */
function partOf(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

export async function openXlsx(path: string): Promise<XlsxBook> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const workbook = await partText(zip, 'xl/workbook.xml');
  const rels = await partText(zip, 'xl/_rels/workbook.xml.rels');
  if (workbook === null || rels === null) throw new Error('it has no workbook part (xl/workbook.xml)');
  const targets = new Map<string, { target: string; type: string }>();
  for (const match of rels.matchAll(/<Relationship\b([^>]*)>/g)) {
    const attributes = attributesOf(match[1] ?? '');
    targets.set(attributes.get('Id') ?? '', {
      target: attributes.get('Target') ?? '',
      type: attributes.get('Type') ?? '',
    });
  }
  const sheets: XlsxSheet[] = [];
  for (const match of workbook.matchAll(/<sheet\b([^>]*)>/g)) {
    const attributes = attributesOf(match[1] ?? '');
    const target = targets.get(attributes.get('id') ?? '');
    if (!target) continue;
    const state = attributes.get('state') ?? 'visible';
    sheets.push({ name: attributes.get('name') ?? '', part: partOf(target.target), hidden: state !== 'visible' });
  }
  const stringsTarget = [...targets.values()].find((rel) => rel.type.endsWith('/sharedStrings'));
  const stringsXml = stringsTarget ? await partText(zip, partOf(stringsTarget.target)) : null;
  const sharedStrings = stringsXml
    ? [...stringsXml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => textOf(m[1] ?? ''))
    : [];
  return { zip, sheets, sharedStrings };
}

/** 1-based column number of a cell reference such as `AB12`. */
function columnOf(reference: string): number {
  let column = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column;
}

function cellValue(type: string | undefined, inner: string, sharedStrings: readonly string[]): PlainValue {
  if (type === 'inlineStr') return textOf(inner);
  const raw = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  if (raw === undefined) return null;
  switch (type) {
    case 's':
      return sharedStrings[Number(raw)] ?? null;
    case 'str':
    case 'd':
      return decodeXml(raw);
    case 'b':
      return raw.trim() === '1';
    case 'e':
      return null;
    default: {
      const number = Number(raw);
      return raw.trim() === '' || !Number.isFinite(number) ? null : number;
    }
  }
}

export interface XlsxRow {
  /** 1-based sheet row. */
  number: number;
  /** Values from column A (index 0); missing cells are null. */
  cells: PlainRow;
}

function parseRow(attributes: string, body: string, previous: number, sharedStrings: readonly string[]): XlsxRow {
  const number = Number(attributesOf(attributes).get('r') ?? previous + 1);
  const cells: PlainRow = [];
  let position = 0;
  for (const match of body.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const cellAttributes = attributesOf(match[1] ?? '');
    const reference = cellAttributes.get('r');
    position = reference ? columnOf(reference) : position + 1;
    while (cells.length < position - 1) cells.push(null);
    cells[position - 1] = cellValue(cellAttributes.get('t'), match[2] ?? '', sharedStrings);
  }
  return { number, cells };
}

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;

/** The sheet's rows in order, decompressed and parsed a chunk at a time. */
export async function* readSheetRows(book: XlsxBook, sheet: XlsxSheet): AsyncGenerator<XlsxRow> {
  const file = book.zip.file(sheet.part);
  if (!file) throw new Error(`the sheet "${sheet.name}" has no part ${sheet.part}`);
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let previous = 0;
  // JSZip hands out an old-style stream; piping it into a Node stream makes it async-iterable with back-pressure.
  const stream = file.nodeStream('nodebuffer').pipe(new PassThrough());
  for await (const chunk of stream) {
    pending += decoder.decode(chunk as Buffer, { stream: true });
    const end = Math.max(pending.lastIndexOf('</row>') + '</row>'.length, pending.lastIndexOf('/>') + 2);
    if (end < 2) continue;
    const complete = pending.slice(0, end);
    let consumed = 0;
    for (const match of complete.matchAll(ROW)) {
      const row = parseRow(match[1] ?? '', match[2] ?? '', previous, book.sharedStrings);
      previous = row.number;
      consumed = (match.index ?? 0) + match[0].length;
      yield row;
    }
    pending = pending.slice(consumed);
  }
  pending += decoder.decode();
  for (const match of pending.matchAll(ROW)) {
    const row = parseRow(match[1] ?? '', match[2] ?? '', previous, book.sharedStrings);
    previous = row.number;
    yield row;
  }
}
