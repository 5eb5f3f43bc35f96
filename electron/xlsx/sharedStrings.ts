/**
 * The shared string table (`xl/sharedStrings.xml`), parsed as it is unpacked: each `<si>`
 * item is its `<t>` text or the text of its rich-text runs. Items are parsed only when
 * whole, so a chunk may end anywhere; the search for an item's end resumes where it
 * stopped, and an item longer than Excel lets a cell be is refused at once.
 */
import { MalformedPartError, MAX_CELL_TEXT, SharedStringTooLongError, TruncatedPartError } from './errors';
import { isNameEnd, runsText, scanAttributes } from './xmlText';

const ROOT = /<(?![?!])([\w.-]+:)?sst(?=[\s>/])/;
/** The most XML one item may take (2 MiB), as for a cell: 64 characters of markup for every character of text. */
const MAX_ITEM_XML = 64 * (MAX_CELL_TEXT + 1);
/** The most text before the table's root element or in one start tag. */
const MAX_TAG = 64 * 1024;

export class SharedStringsParser {
  readonly strings: string[] = [];
  private pending = '';
  /** Where in `pending` the search for the unfinished item's end may resume. */
  private resume = 0;
  private prefix: string | null = null;
  private done = false;

  constructor(private readonly part: string) {}

  push(text: string): void {
    if (this.done) return;
    const xml = this.pending.length === 0 ? text : this.pending + text;
    let at = 0;
    if (this.prefix === null) {
      const root = ROOT.exec(xml);
      if (!root) {
        if (xml.length > MAX_TAG) throw new MalformedPartError(this.part, 'it has no sst element');
        this.pending = xml;
        return;
      }
      this.prefix = root[1] ?? '';
      at = root.index + root[0].length;
    }
    const resumeAt = { at: 0 };
    const rest = this.items(xml, at, this.prefix, resumeAt);
    this.pending = xml.slice(rest);
    this.resume = Math.max(0, resumeAt.at - rest);
  }

  /** The strings, once the XML has ended whole. */
  end(): string[] {
    if (!this.done) throw new TruncatedPartError(this.part);
    return this.strings;
  }

  /** Parses every whole item from `from` on; returns where the unparsed text begins, and sets where its search may resume. */
  private items(xml: string, from: number, prefix: string, resumeAt: { at: number }): number {
    const open = `<${prefix}si`;
    const close = `</${prefix}si>`;
    const rootClose = `</${prefix}sst>`;
    let at = from;
    for (;;) {
      const item = xml.indexOf(open, at);
      if (item < 0) {
        if (xml.includes(rootClose, at)) {
          this.done = true;
          return xml.length;
        }
        return Math.max(at, xml.length - rootClose.length);
      }
      if (item + open.length >= xml.length) return item;
      if (!isNameEnd(xml.charCodeAt(item + open.length))) throw new MalformedPartError(this.part, 'unexpected XML');
      const tagEnd = scanAttributes(xml, item + open.length);
      if (tagEnd < 0) {
        if (xml.length - item > MAX_TAG) throw new MalformedPartError(this.part, 'a string item tag never ends');
        return item;
      }
      if (xml.charCodeAt(tagEnd - 1) === 47) {
        this.strings.push(''); // <si/>
        at = tagEnd + 1;
        continue;
      }
      const end = xml.indexOf(close, item === 0 ? Math.max(tagEnd, this.resume) : tagEnd);
      if (end < 0 || end - item > MAX_ITEM_XML) {
        if (xml.length - item <= MAX_ITEM_XML) {
          resumeAt.at = Math.max(tagEnd, xml.length - close.length + 1);
          return item;
        }
        this.checkItem(xml, tagEnd, end < 0 ? xml.length : end, open);
        throw new SharedStringTooLongError(this.part, this.strings.length);
      }
      this.checkItem(xml, tagEnd, end, open);
      const text = runsText(xml, tagEnd + 1, end, prefix);
      if (text.length > MAX_CELL_TEXT) throw new SharedStringTooLongError(this.part, this.strings.length);
      this.strings.push(text);
      at = end + close.length;
    }
  }

  /** An item holding another item's start tag lacks its `</si>`: two strings would be read as one, and every index after shift. */
  private checkItem(xml: string, start: number, end: number, open: string): void {
    for (let at = xml.indexOf('<', start); at >= 0 && at < end; at = xml.indexOf('<', at + 1)) {
      if (xml.startsWith(open, at) && isNameEnd(xml.charCodeAt(at + open.length))) {
        throw new MalformedPartError(this.part, `string item ${this.strings.length} never ends`);
      }
    }
  }
}
