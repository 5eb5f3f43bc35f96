/**
 * Mutations inside a workbook's zip: the seed is unzipped, one XML part is edited (rows
 * deleted, duplicated or swapped, cell references and values garbled, bytes flipped) or an
 * entry name is duplicated, and the parts are zipped again with buildZip.
 */
import { buildZip, type ZipPart } from '../support/zipWriter';
import { BYTE_MUTATIONS } from './byteMutations';
import type { Draw, Mutation } from './draw';
import { readZipEntries, type ZipEntry } from './zipEntries';

type XmlEdit = (xml: string, draw: Draw) => { xml: string; note: string } | null;

const ROW = /<row\b[^>]*\/>|<row\b[^>]*>[\s\S]*?<\/row>/g;
const CELL_REF = /(<c\b[^>]*?\br=")([A-Z]+)(\d+)(")/g;

function matches(xml: string, pattern: RegExp): RegExpExecArray[] {
  return [...xml.matchAll(new RegExp(pattern.source, 'g'))];
}

const splice = (xml: string, at: number, remove: number, insert: string) =>
  xml.slice(0, at) + insert + xml.slice(at + remove);

/** Mostly the first worksheet (the one the CLI reads), sometimes another one. */
function pickSheet(entries: readonly ZipEntry[], draw: Draw): ZipEntry | undefined {
  const sheets = entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name));
  const first = sheets.find((e) => e.name === 'xl/worksheets/sheet1.xml') ?? sheets[0];
  return draw.int(4) === 0 ? draw.pick(sheets) : first;
}

function sheetEdit(name: string, edit: XmlEdit): Mutation {
  return {
    name,
    apply(input, draw) {
      const entries = readZipEntries(input);
      const sheet = pickSheet(entries, draw);
      const edited = sheet ? edit(sheet.data.toString('utf8'), draw) : null;
      if (!sheet || !edited) return { data: input, note: 'nothing to edit' };
      const parts: ZipPart[] = entries.map((e) => (e === sheet ? { name: e.name, data: edited.xml } : e));
      return { data: buildZip(parts), note: `${sheet.name}: ${edited.note}` };
    },
  };
}

const garbleRef = (column: string, row: string, draw: Draw): string =>
  draw.pick([`${column} ${row}`, `${column}0${row}`, `${column}1`, `${column}${row}${row}`, `${column}`, row]);

export const XLSX_MUTATIONS: readonly Mutation[] = [
  ...BYTE_MUTATIONS,
  sheetEdit('delete a </row>', (xml, draw) => {
    const closes = matches(xml, /<\/row>/);
    if (closes.length === 0) return null;
    const at = draw.pick(closes).index;
    return { xml: splice(xml, at, 6, ''), note: `at ${at}` };
  }),
  sheetEdit('duplicate a <row>', (xml, draw) => {
    const rows = matches(xml, ROW);
    if (rows.length === 0) return null;
    const row = draw.pick(rows);
    return { xml: splice(xml, row.index + row[0].length, 0, row[0]), note: `row at ${row.index}` };
  }),
  sheetEdit('swap two rows', (xml, draw) => {
    const rows = matches(xml, ROW);
    if (rows.length < 2) return null;
    const [a, b] = [draw.pick(rows), draw.pick(rows)].sort((x, y) => x.index - y.index) as [
      RegExpExecArray,
      RegExpExecArray,
    ];
    if (a === b) return { xml, note: 'the same row' };
    const swapped =
      xml.slice(0, a.index) +
      b[0] +
      xml.slice(a.index + a[0].length, b.index) +
      a[0] +
      xml.slice(b.index + b[0].length);
    return { xml: swapped, note: `rows at ${a.index} and ${b.index}` };
  }),
  sheetEdit('change a cell ref', (xml, draw) => {
    const refs = matches(xml, CELL_REF).filter((m) => m[3] !== '1');
    if (refs.length === 0) return null;
    const m = draw.pick(refs);
    const ref = garbleRef(m[2] as string, m[3] as string, draw);
    const at = m.index + (m[1] as string).length;
    return {
      xml: splice(xml, at, (m[2] as string).length + (m[3] as string).length, ref),
      note: `${m[2]}${m[3]}→${ref}`,
    };
  }),
  sheetEdit('bad <v> value', (xml, draw) => {
    const values = matches(xml, /<v>([^<]*)<\/v>/);
    if (values.length === 0) return null;
    const m = draw.pick(values);
    const value = draw.pick(['NaN', 'abc', '0x10', '', '1e400', '-0', 'Infinity', '99999999999']);
    return { xml: splice(xml, m.index, m[0].length, `<v>${value}</v>`), note: `${m[1]}→"${value}"` };
  }),
  {
    name: 'XML byte flip',
    apply(input, draw) {
      const entries = readZipEntries(input);
      const target = draw.int(3) === 0 ? draw.pick(entries) : pickSheet(entries, draw);
      if (!target) return { data: input, note: 'nothing to edit' };
      const flipped = (BYTE_MUTATIONS[0] as Mutation).apply(target.data, draw);
      const parts = entries.map((e) => (e === target ? { name: e.name, data: flipped.data } : e));
      return { data: buildZip(parts), note: `${target.name} ${flipped.note}` };
    },
  },
  {
    name: 'duplicate an entry name',
    apply(input, draw) {
      const entries = readZipEntries(input);
      const original = draw.int(2) === 0 ? pickSheet(entries, draw) : draw.pick(entries);
      if (!original) return { data: input, note: 'nothing to edit' };
      const emptied = original.data.toString('utf8').replace(/<sheetData>[\s\S]*<\/sheetData>/, '<sheetData/>');
      const copy = { name: original.name, data: draw.int(2) === 0 ? original.data : emptied };
      const parts: ZipPart[] = [...entries];
      parts.splice(draw.int(parts.length + 1), 0, copy);
      return {
        data: buildZip(parts),
        note: `${original.name}${copy.data === original.data ? '' : ' (copy without rows)'}`,
      };
    },
  },
];
