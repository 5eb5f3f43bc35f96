/** Excel number formats of the workbook's figures; the document's currency picks the currency format. */
import type { NumberStyle } from './periodsLayout';

const PREFIX_SYMBOLS: Record<string, string> = { USD: '$', GBP: '£', JPY: '¥', CNY: '¥' };
const SUFFIX_SYMBOLS: Record<string, string> = { EUR: '€', SEK: 'kr', NOK: 'kr', DKK: 'kr', CHF: 'CHF', PLN: 'zł' };

/** `#,##0.00 "€"` for EUR, `"$"#,##0.00` for USD, the ISO code itself for others. */
export function currencyFormat(currency: string): string {
  const code = currency.replace(/"/g, '');
  const prefix = PREFIX_SYMBOLS[code];
  if (prefix) return `"${prefix}"#,##0.00`;
  return `#,##0.00 "${SUFFIX_SYMBOLS[code] ?? code}"`;
}

export const DATE_FORMAT = 'yyyy-mm-dd';

export function numberFormatOf(style: NumberStyle, currency: string): string | undefined {
  switch (style) {
    case 'text':
      return undefined;
    case 'count':
      return '#,##0';
    case 'currency':
      return currencyFormat(currency);
    case 'decimal':
      return '#,##0.00';
    case 'percent':
      return '0.0%';
    case 'score':
      return '0.0';
  }
}
