/**
 * The cells of one complete `<row>` element, as plain values: numbers, text (shared,
 * inline, or a formula's text result), truth values; a formula cell gives its cached
 * `<v>`. The sheet parser hands in whole rows, so no tag here is split across chunks.
 */
import type { CellValue } from '../../shared/parse';
import { columnNumber } from './cellReference';
import { MalformedPartError } from './errors';
import { decodeCellText, decodeXml, isNameEnd, runsText, scanAttributes } from './xmlText';

export interface SheetRow {
  /** 1-based row number as Excel shows it. */
  number: number;
  /** Cells by 0-based column; a missing or empty cell is null. */
  cells: CellValue[];
  /** 0-based columns whose cells are formulas (read by their cached result); absent when none are. */
  formulas?: number[];
}

export interface CellOptions {
  sharedStrings: readonly string[];
  /** An error cell (`#DIV/0!`) as its text; otherwise as null. */
  errorsAsText: boolean;
}

/** The element names of a sheet, with the namespace prefix its writer chose (`x:` in some .NET writers). */
export class SheetTags {
  readonly cell: string;
  readonly cellEnd: string;
  readonly value: string;
  readonly valueEnd: string;
  readonly formula: string;
  constructor(readonly prefix: string) {
    this.cell = `<${prefix}c`;
    this.cellEnd = `</${prefix}c>`;
    this.value = `<${prefix}v`;
    this.valueEnd = `</${prefix}v>`;
    this.formula = `<${prefix}f`;
  }
}

const ISO_DATE = /^\d{4}-\d\d-\d\d(?:T|$)/;

export class RowCellReader {
  private reference: string | null = null;
  private type: string | null = null;
  private readonly onAttribute = (name: string, value: string): void => {
    if (name === 'r') this.reference = value;
    else if (name === 't') this.type = value;
  };

  constructor(
    private readonly tags: SheetTags,
    private readonly options: CellOptions,
    private readonly part: string,
  ) {}

  /** Reads the cells between `start` and `end` (the row's content) into `row`. */
  read(xml: string, start: number, end: number, row: SheetRow): void {
    const { tags } = this;
    const cells = row.cells;
    let column = 0;
    let at = start;
    for (;;) {
      const open = xml.indexOf(tags.cell, at);
      if (open < 0 || open >= end) return;
      at = open + tags.cell.length;
      if (!isNameEnd(xml.charCodeAt(at))) continue; // another element, such as an extension list
      this.reference = null;
      this.type = null;
      const tagEnd = scanAttributes(xml, at, this.onAttribute);
      if (tagEnd < 0 || tagEnd >= end) throw new MalformedPartError(this.part, `a cell of row ${row.number} is cut`);
      column = this.reference === null ? column + 1 : columnNumber(this.reference, this.part);
      let value: CellValue = null;
      if (xml.charCodeAt(tagEnd - 1) === 47) {
        at = tagEnd + 1; // <c r="B2" s="1"/>: a formatted empty cell
      } else {
        const close = xml.indexOf(tags.cellEnd, tagEnd);
        if (close < 0 || close >= end)
          throw new MalformedPartError(this.part, `a cell of row ${row.number} never ends`);
        if (xml.startsWith(tags.formula, tagEnd + 1)) (row.formulas ??= []).push(column - 1);
        value = this.value(xml, tagEnd + 1, close);
        at = close + tags.cellEnd.length;
      }
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = value;
    }
  }

  /** Where the cell's `<v>` starts, or -1: its children are `<f>`, `<v>`, `<is>` and extensions, in that order. */
  private valueTag(xml: string, start: number, end: number): number {
    const { tags } = this;
    let at = start;
    if (xml.startsWith(tags.formula, at)) {
      const formulaEnd = xml.indexOf('>', at); // <f …/> or <f …>text</f>: the text holds no '<'
      const selfClosing = xml.charCodeAt(formulaEnd - 1) === 47;
      at = selfClosing ? formulaEnd + 1 : xml.indexOf('>', xml.indexOf('<', formulaEnd)) + 1;
      if (at <= 0 || at >= end) return -1;
    }
    at = xml.indexOf('<', at);
    return at >= 0 && at < end && xml.startsWith(tags.value, at) && isNameEnd(xml.charCodeAt(at + tags.value.length))
      ? at
      : -1;
  }

  private value(xml: string, start: number, end: number): CellValue {
    const { tags, type } = this;
    if (type === 'inlineStr') return runsText(xml, start, end, this.tags.prefix);
    const open = this.valueTag(xml, start, end);
    if (open < 0) return null; // a formula never calculated, or no value
    const tagEnd = scanAttributes(xml, open + tags.value.length);
    if (tagEnd < 0 || tagEnd >= end || xml.charCodeAt(tagEnd - 1) === 47) return null; // <v/>
    const close = xml.indexOf(tags.valueEnd, tagEnd);
    if (close < 0 || close > end) throw new MalformedPartError(this.part, 'a cell value never ends');
    const raw = xml.slice(tagEnd + 1, close);
    switch (type) {
      case null:
      case 'n': {
        const number = raw.length === 0 ? NaN : Number(raw);
        return Number.isFinite(number) ? number : null;
      }
      case 's':
        return this.options.sharedStrings[Number(raw)] ?? null;
      case 'str':
        return decodeCellText(raw);
      case 'b':
        return raw === '1' || raw === 'true';
      case 'e':
        return this.options.errorsAsText ? decodeXml(raw) : null;
      case 'd': {
        // An ISO 8601 date: the day is what matters, whatever time it carries.
        const text = decodeXml(raw).trim();
        return ISO_DATE.test(text) ? text.slice(0, 10) : text;
      }
      default:
        throw new MalformedPartError(this.part, `a cell has the unknown type "${type}"`);
    }
  }
}
