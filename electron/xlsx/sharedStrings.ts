/**
 * The shared string table (`xl/sharedStrings.xml`), parsed as it is unpacked: each `<si>`
 * item is its `<t>` text or the text of its rich-text runs. Items are parsed only when
 * whole, so a chunk may end anywhere.
 */
import { MalformedPartError, TruncatedPartError } from './errors';
import { isNameEnd, runsText, scanAttributes } from './xmlText';

const ROOT = /<(?![?!])([\w.-]+:)?sst(?=[\s>/])/;

export class SharedStringsParser {
  readonly strings: string[] = [];
  private pending = '';
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
        this.pending = xml;
        return;
      }
      this.prefix = root[1] ?? '';
      at = root.index + root[0].length;
    }
    this.pending = xml.slice(this.items(xml, at, this.prefix));
  }

  /** The strings, once the XML has ended whole. */
  end(): string[] {
    if (!this.done) throw new TruncatedPartError(this.part);
    return this.strings;
  }

  /** Parses every whole item from `from` on; returns where the unparsed text begins. */
  private items(xml: string, from: number, prefix: string): number {
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
      if (tagEnd < 0) return item;
      if (xml.charCodeAt(tagEnd - 1) === 47) {
        this.strings.push(''); // <si/>
        at = tagEnd + 1;
        continue;
      }
      const end = xml.indexOf(close, tagEnd);
      if (end < 0) return item;
      this.strings.push(runsText(xml, tagEnd + 1, end, prefix));
      at = end + close.length;
    }
  }
}
