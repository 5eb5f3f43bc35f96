/**
 * Numbers as people type them into a spreadsheet or a CSV file: decimal comma or point,
 * spaces, non-breaking or thin spaces and apostrophes between thousands, currency signs
 * and codes, a percent sign, a leading minus (ASCII or Unicode) or accounting parentheses.
 *
 * A percent sign does not divide by 100: Pito keeps percentages on a 0-100 scale, so
 * "25 %" in a margin column means 25.
 */

export type NumberRejection = 'empty' | 'notANumber';

export type ParsedNumber = { value: number; reason: null } | { value: null; reason: NumberRejection };

/** Which way an ambiguous single separator reads: `1,234` is 1.234 in Finnish and 1234 in English. */
export type NumberLocale = 'fi' | 'en' | 'neutral';

const SPACES = /[\s\u00a0\u2007\u2009\u202f'’]/g;
/** The signs and codes a spreadsheet writes, and Pito's own (`US$1,234.50`, `CHF 1,234.50`), so a copied cell pastes back. */
const CURRENCY = /^(?:€|US\$|\$|£|EUR|USD|GBP|SEK|NOK|DKK|CHF)|(?:€|\$|£|EUR|USD|GBP|SEK|NOK|DKK|CHF|kpl|pcs)$/i;
const BODY = /^\d+(?:[.,]\d+)*[.,]?\d*$/;
const PLAIN = /^-?\d+(?:\.\d+)?$/;
/** Scientific notation as some exports write large or small numbers: 1.5E+3. */
const SCIENTIFIC = /^\d+(?:\.\d+)?e[-+]?\d+$/i;

function rejected(reason: NumberRejection): ParsedNumber {
  return { value: null, reason };
}

/** Where the decimal separator is in a body of digits, points and commas; -1 for none. */
function decimalIndex(body: string, locale: NumberLocale): number {
  const lastComma = body.lastIndexOf(',');
  const lastPoint = body.lastIndexOf('.');
  if (lastComma >= 0 && lastPoint >= 0) return Math.max(lastComma, lastPoint);
  const separator = lastComma >= 0 ? ',' : '.';
  const last = Math.max(lastComma, lastPoint);
  if (last < 0) return -1;
  // Repeated, the separator groups thousands (1.234.567); once, it is a decimal separator,
  // except for English `1,234` where a comma followed by exactly three digits groups thousands.
  if (body.indexOf(separator) !== last) return -1;
  if (separator === ',' && locale === 'en' && body.length - last - 1 === 3) return -1;
  return last;
}

/** True when every separator other than the decimal one sits between groups of exactly three digits. */
function groupsAreThousands(integerPart: string): boolean {
  const groups = integerPart.split(/[.,]/);
  return groups.slice(1).every((group) => group.length === 3) && (groups[0] ?? '').length > 0;
}

export function parseNumberText(input: string, locale: NumberLocale = 'neutral'): ParsedNumber {
  // The common case first: a plain number as a program writes it reads the same in every locale.
  if (PLAIN.test(input)) return signed(Number(input), false);
  let text = input.replace(SPACES, '');
  if (text === '') return rejected('empty');
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1);
  }
  text = text.replace(/%$/, '').replace(CURRENCY, '');
  if (/^[-\u2212+]/.test(text)) {
    negative = negative || text[0] !== '+';
    text = text.slice(1);
  }
  // A currency sign may also stand between the minus and the digits: -€12.
  text = text.replace(CURRENCY, '').replace(/%$/, '');
  if (/^[.,]\d/.test(text)) text = `0${text}`;
  if (SCIENTIFIC.test(text)) return signed(Number(text), negative);
  if (!BODY.test(text)) return rejected('notANumber');
  const decimalAt = decimalIndex(text, locale);
  const integerPart = decimalAt < 0 ? text : text.slice(0, decimalAt);
  if (/[.,]/.test(integerPart) && !groupsAreThousands(integerPart)) return rejected('notANumber');
  const digits = integerPart.replace(/[.,]/g, '') + (decimalAt < 0 ? '' : `.${text.slice(decimalAt + 1)}`);
  return signed(Number(digits), negative);
}

function signed(value: number, negative: boolean): ParsedNumber {
  if (!Number.isFinite(value)) return rejected('notANumber');
  if (value === 0) return { value: 0, reason: null }; // never -0
  return { value: negative ? -value : value, reason: null };
}

/** The number a user typed in the grid in the UI language, or null when it is not one. */
export function parseLocaleNumber(text: string, language: 'fi' | 'en'): number | null {
  return parseNumberText(text, language).value;
}
