/**
 * The few pieces of XML the reader needs, written by hand for speed: entity and character
 * references, Excel's `_xHHHH_` escapes, attributes of one start tag, and the text runs of
 * a string item. Callers hand in a complete element; nothing here sees a chunk boundary.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g;
/** Excel writes characters XML cannot hold (control characters) as `_x000D_`; `_x005F_` escapes the underscore. */
const EXCEL_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

function codePoint(value: number, whole: string): string {
  return value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : whole;
}

/** Entity and character references to characters; an unknown entity stays as written. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, name: string) => {
    if (name.startsWith('#x')) return codePoint(parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return codePoint(parseInt(name.slice(1), 10), whole);
    return ENTITIES[name] ?? whole;
  });
}

/** The text of a `<t>` element as Excel means it: references decoded, then `_xHHHH_` escapes. */
export function decodeCellText(raw: string): string {
  const text = decodeXml(raw);
  if (!text.includes('_x')) return text;
  return text.replace(EXCEL_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const SPACE = 32;
const EQUALS = 61;

function isSpace(code: number): boolean {
  return code === SPACE || code === 9 || code === 10 || code === 13;
}

/** True when the character after an element name ends the name (so `<c` is not `<col`). */
export function isNameEnd(code: number): boolean {
  return code === 62 || code === 47 || isSpace(code);
}

/**
 * Calls `found(name, value)` for each attribute of the start tag whose name ends at `from`,
 * and returns the index of the tag's closing `>` (or -1 when the tag does not end in `text`).
 * Values are raw: the caller decodes only those it keeps. Quotes are honoured, so a `>`
 * inside a value does not end the tag.
 */
export function scanAttributes(text: string, from: number, found?: (name: string, value: string) => void): number {
  let at = from;
  for (;;) {
    let code = text.charCodeAt(at);
    while (isSpace(code)) code = text.charCodeAt(++at);
    if (code === 62) return at; // '>'
    if (code === 47) return text.charCodeAt(at + 1) === 62 ? at + 1 : -1; // '/>'
    if (Number.isNaN(code)) return -1;
    const nameStart = at;
    while (!isSpace(code) && code !== EQUALS && code !== 62 && code !== 47 && !Number.isNaN(code)) {
      code = text.charCodeAt(++at);
    }
    const name = text.slice(nameStart, at);
    while (isSpace(code)) code = text.charCodeAt(++at);
    if (code !== EQUALS || name === '') return -1; // XML attributes always have a value
    code = text.charCodeAt(++at);
    while (isSpace(code)) code = text.charCodeAt(++at);
    if (code !== 34 && code !== 39) return -1; // a value must be quoted
    const close = text.indexOf(code === 34 ? '"' : "'", at + 1);
    if (close < 0) return -1;
    found?.(name, text.slice(at + 1, close));
    at = close + 1;
  }
}

/** The attributes of every `<prefix:name …>` start tag in a small part, by local name (`r:id` → `id`), decoded. */
export function startTags(xml: string, name: string): Map<string, string>[] {
  const tags: Map<string, string>[] = [];
  for (const match of xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])`, 'g'))) {
    const attributes = new Map<string, string>();
    const end = scanAttributes(xml, (match.index ?? 0) + match[0].length, (key, value) => {
      attributes.set(key.slice(key.indexOf(':') + 1), decodeXml(value));
    });
    if (end >= 0) tags.push(attributes);
  }
  return tags;
}

/**
 * The text of a string item (`<si>`) or inline string (`<is>`): its `<t>` element or the
 * `<t>` of each rich-text run, in order. Phonetic guides (`<rPh>`) are not part of the text.
 */
export function runsText(xml: string, start: number, end: number, prefix: string): string {
  const text = `${prefix}t`;
  const close = `</${prefix}t>`;
  const phonetic = `${prefix}rPh`;
  let found = '';
  // Tag by tag, so every search stays inside the item.
  for (let at = xml.indexOf('<', start); at >= 0 && at < end; at = xml.indexOf('<', at + 1)) {
    if (xml.startsWith(text, at + 1) && isNameEnd(xml.charCodeAt(at + 1 + text.length))) {
      const tagEnd = scanAttributes(xml, at + 1 + text.length);
      if (tagEnd < 0 || tagEnd >= end) return found;
      if (xml.charCodeAt(tagEnd - 1) === 47) continue; // <t/>
      const closeAt = xml.indexOf(close, tagEnd);
      if (closeAt < 0 || closeAt > end) return found;
      found += decodeCellText(xml.slice(tagEnd + 1, closeAt));
      at = closeAt;
    } else if (xml.startsWith(phonetic, at + 1) && isNameEnd(xml.charCodeAt(at + 1 + phonetic.length))) {
      // A phonetic guide's own <t> is not the cell's text; guides come after the text runs.
      return found;
    }
  }
  return found;
}
