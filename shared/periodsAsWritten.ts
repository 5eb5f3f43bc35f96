/**
 * Period labels as people write them, read as the calendar periods they name: `Jan 2024`,
 * `Tammikuu 2024`, `1/2024`, `Q1 2024`, `2024-K1`, `1. neljännes 2024`, `Year 2024`
 * (docs/import.md, "Period labels"). The period-table import (electron/import/periodRows.ts)
 * saves such a row under Pito's own label (`2024-01`, `2024-Q1`, `2024`), so the range presets,
 * regrouping, the workbook and the CLI read it as any other, and the report says which labels
 * were read so.
 *
 * A function of its own beside `parsePeriodLabel` (shared/periods.ts), which stays strict: the
 * grid, the ranges and the workbook read only Pito's own labels, which is all a document holds
 * once imported. It is in shared/ so the mapping step's preview can show a label as the import
 * will save it. Each form is anchored at both ends, so a date is never a period: `1/2/2024`,
 * `2024-01-15`, `Jan 1, 2024` and `24-Feb` (Excel's day-month) stay unread, as do labels
 * without a year (`Tammikuu`, `Q4`) and fiscal years (`FY2024`), whose months Pito cannot know.
 *
 * A two-digit year is read only after a month's name or a quarter, with `-`, `/` or `'`
 * between them (`Feb-24`, `Q1'24`, `1Q24`; a quarter also with a space, `Q1 24`), where no
 * date reads the text; `Feb 24` may be the 24th of February and is not read. It is read as
 * Excel reads two-digit years, 00-29 as 2000-2029 and 30-99 as 1930-1999, and the reading says
 * so (`twoDigitYear`), for the report to say it too.
 */
import { parsePeriodLabel, periodAt, type Period } from './periods';

export interface PeriodLabelReading {
  period: Period;
  /** False for a label in Pito's own form, which is kept as written; true for one read by the forms below. */
  lenient: boolean;
  /** True when the label's year was written with two digits. */
  twoDigitYear: boolean;
}

/** Month names after normalising (lower case, no diacritics): English, then Finnish with its cases and short forms. */
const MONTH_NAMES: ReadonlyMap<string, number> = (() => {
  const names = new Map<string, number>();
  const english = [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ];
  // The Finnish stems: `tammi` is the short form, `tammikuu` the name, `tammik` its abbreviation.
  const finnish = [
    'tammi',
    'helmi',
    'maalis',
    'huhti',
    'touko',
    'kesa',
    'heina',
    'elo',
    'syys',
    'loka',
    'marras',
    'joulu',
  ];
  english.forEach((forms, index) => forms.forEach((form) => names.set(form, index + 1)));
  finnish.forEach((stem, index) => {
    // The name, its genitive (`tammikuun`) and partitive (`tammikuuta`), the abbreviation and the short form.
    // `kesä` alone is summer as often as June: only its month forms name June (a season stays unread).
    const short = stem === 'kesa' ? [] : [stem];
    for (const form of [...short, `${stem}k`, `${stem}kuu`, `${stem}kuun`, `${stem}kuuta`]) names.set(form, index + 1);
  });
  return names;
})();

/** Between a name or quarter and a four-digit year: nothing, a space, or `-`, `/`, `.`, `,` with spaces or not. */
const SEP = String.raw`\s*[-/.,]?\s*`;
/** Between a name or quarter and a two-digit year: `-`, `/` or an apostrophe (`Feb-24`, `Q1'24`). */
const SHORT_SEP = String.raw`\s*[-/']\s*`;
const NAME = String.raw`([a-z]+)\.?`;

interface Form {
  pattern: RegExp;
  /** The period the match names; null when its numbers name none (month 13). */
  read: (match: RegExpExecArray) => { kind: 'month' | 'quarter' | 'year'; year: number; ordinal: number } | null;
  twoDigitYear: boolean;
}

const form = (source: string, read: Form['read'], twoDigitYear = false): Form => ({
  pattern: new RegExp(`^${source}$`),
  read,
  twoDigitYear,
});

/** Excel's two-digit years: 00-29 are 2000-2029, 30-99 are 1930-1999 (as shared/parse/date.ts reads `1.2.24`). */
function fullYear(text: string): number {
  const year = Number(text);
  return text.length !== 2 ? year : year < 30 ? 2000 + year : 1900 + year;
}

function month(name: string | number | undefined, year: string | undefined) {
  const number = typeof name === 'string' ? MONTH_NAMES.get(name) : name;
  if (number === undefined || year === undefined || number < 1 || number > 12) return null;
  return { kind: 'month' as const, year: fullYear(year), ordinal: number - 1 };
}

function quarter(number: string | undefined, year: string | undefined) {
  return number === undefined || year === undefined
    ? null
    : { kind: 'quarter' as const, year: fullYear(year), ordinal: Number(number) - 1 };
}

/** `Q` in English and Finnish, `K` (kvartaali) in Finnish. */
const Q = '[qk]';
/** A quarter written out: `neljännes`, `vuosineljännes`, `kvartaali`, `nelj.` (without diacritics). */
const FI_QUARTER = String.raw`(?:vuosi)?(?:neljannes|kvartaali|nelj\.?)`;
const EN_QUARTER = '(?:quarter|qtr)';

const FORMS: readonly Form[] = [
  // Months by name: `Jan 2024`, `tammikuu 2024`, `2024 Jan`, `Feb-24`.
  form(`${NAME}${SEP}(\\d{4})`, (m) => month(m[1], m[2])),
  form(`(\\d{4})${SEP}${NAME}`, (m) => month(m[2], m[1])),
  form(`${NAME}${SHORT_SEP}(\\d{2})`, (m) => month(m[1], m[2]), true),
  // Months by number: `1/2024`, `01.2024`, `1-2024`, `2024/01`, `2024-1`, `2024M01` (Statistics Finland's).
  form(String.raw`(\d{1,2})\s*[/.-]\s*(\d{4})`, (m) => month(Number(m[1]), m[2])),
  form(String.raw`(\d{4})\s*[/-]\s*(\d{1,2})`, (m) => month(Number(m[2]), m[1])),
  form(String.raw`(\d{4})\s*m\s*(\d{1,2})`, (m) => month(Number(m[2]), m[1])),
  // Quarters: `Q1 2024`, `Q1/2024`, `K1-2024`, `2024 Q1`, `2024-K1`, `1Q 2024`, and with two-digit years.
  form(`${Q}([1-4])${SEP}(\\d{4})`, (m) => quarter(m[1], m[2])),
  form(`(\\d{4})${SEP}${Q}([1-4])`, (m) => quarter(m[2], m[1])),
  form(`([1-4])\\s*${Q}${SEP}(\\d{4})`, (m) => quarter(m[1], m[2])),
  form(`${Q}([1-4])(?:${SHORT_SEP}|\\s+)(\\d{2})`, (m) => quarter(m[1], m[2]), true),
  form(`([1-4])${Q}(?:${SHORT_SEP}|\\s*)(\\d{2})`, (m) => quarter(m[1], m[2]), true),
  // Quarters written out: `1. neljännes 2024`, `2024 1. kvartaali`, `Quarter 1 2024`, `1st quarter 2024`.
  form(`([1-4])\\.?\\s*${FI_QUARTER}${SEP}(\\d{4})`, (m) => quarter(m[1], m[2])),
  form(`(\\d{4})${SEP}([1-4])\\.?\\s*${FI_QUARTER}`, (m) => quarter(m[2], m[1])),
  form(`${EN_QUARTER}\\s*([1-4])${SEP}(\\d{4})`, (m) => quarter(m[1], m[2])),
  form(`([1-4])(?:st|nd|rd|th)?\\s*${EN_QUARTER}${SEP}(\\d{4})`, (m) => quarter(m[1], m[2])),
  // Years: `Year 2024`, `Vuosi 2024`, `v. 2024`, `CY2024` (a calendar year; a fiscal year `FY2024` is not read).
  form(String.raw`(?:year|vuosi|v\.?|cy)\s*(\d{4})`, (m) => ({ kind: 'year', year: Number(m[1]), ordinal: 0 })),
];

/**
 * Lower case, without diacritics (`Kesäkuu` → `kesakuu`), one space for any run of spaces,
 * typographic dashes and apostrophes plain (`Q1–24`, `Q1’24`).
 */
function normalised(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Period labels longer than this are no label any form reads (the longest, `1. vuosineljännes, 2024`, is far shorter). */
const MAX_READ_LENGTH = 40;

/**
 * The period a label names: Pito's own form as `parsePeriodLabel` reads it, else one of the
 * forms above when `readOtherForms` (a text cell; a number cell is read only in Pito's form,
 * since Excel keeps `10.2020` typed into a cell as the number 10.202). Null for anything else.
 */
export function readPeriodLabel(label: string, readOtherForms = true): PeriodLabelReading | null {
  const own = parsePeriodLabel(label);
  if (own) return { period: own, lenient: false, twoDigitYear: false };
  if (!readOtherForms || label.length > MAX_READ_LENGTH) return null;
  const text = normalised(label);
  for (const { pattern, read, twoDigitYear } of FORMS) {
    const match = pattern.exec(text);
    const named = match && read(match);
    if (!named) continue;
    const perYear = named.kind === 'month' ? 12 : named.kind === 'quarter' ? 4 : 1;
    return { period: periodAt(named.year * perYear + named.ordinal, named.kind), lenient: true, twoDigitYear };
  }
  return null;
}
