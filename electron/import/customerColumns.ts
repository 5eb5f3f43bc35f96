/**
 * A customer list stored by column in typed arrays: compact while a million rows are
 * read, and moved from the worker to the main thread without copying (the arrays'
 * buffers are transferred). Null numbers and dates are NaN inside the arrays only.
 */
import type { CustomerRecord } from '../../shared/customers';

const NUMERIC_COLUMNS = ['row', 'start', 'end', 'purchases', 'revenue', 'npsScore', 'npsDate'] as const;
type NumericColumn = (typeof NUMERIC_COLUMNS)[number];

export type CustomerColumns = Record<NumericColumn, Float64Array> & {
  count: number;
  ids: (string | null)[];
  segments: (string | null)[];
};

const toStored = (value: number | null) => (value === null ? Number.NaN : value);
const fromStored = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? null : value);

export class CustomerColumnsBuilder {
  private capacity = 1024;
  private count = 0;
  private arrays = Object.fromEntries(NUMERIC_COLUMNS.map((name) => [name, new Float64Array(1024)])) as Record<
    NumericColumn,
    Float64Array
  >;
  private readonly ids: (string | null)[] = [];
  private readonly segments: (string | null)[] = [];

  get size(): number {
    return this.count;
  }

  push(record: CustomerRecord): void {
    if (this.count === this.capacity) this.grow();
    const at = this.count++;
    const { arrays } = this;
    arrays.row[at] = record.row;
    arrays.start[at] = record.start;
    arrays.end[at] = toStored(record.end);
    arrays.purchases[at] = toStored(record.purchases);
    arrays.revenue[at] = toStored(record.revenue);
    arrays.npsScore[at] = toStored(record.npsScore);
    arrays.npsDate[at] = toStored(record.npsDate);
    this.ids.push(record.id);
    this.segments.push(record.segment);
  }

  private grow(): void {
    this.capacity *= 2;
    for (const name of NUMERIC_COLUMNS) {
      const larger = new Float64Array(this.capacity);
      larger.set(this.arrays[name]);
      this.arrays[name] = larger;
    }
  }

  /** The columns trimmed to the rows pushed. */
  finish(): CustomerColumns {
    const trimmed = Object.fromEntries(NUMERIC_COLUMNS.map((name) => [name, this.arrays[name].slice(0, this.count)]));
    return {
      ...(trimmed as Record<NumericColumn, Float64Array>),
      count: this.count,
      ids: this.ids,
      segments: this.segments,
    };
  }
}

/** The buffers to transfer with postMessage. */
export function transferablesOf(columns: CustomerColumns): ArrayBuffer[] {
  return NUMERIC_COLUMNS.map((name) => columns[name].buffer as ArrayBuffer);
}

export function customerRecordsOf(columns: CustomerColumns): CustomerRecord[] {
  const records: CustomerRecord[] = new Array(columns.count);
  for (let i = 0; i < columns.count; i++) {
    records[i] = {
      row: columns.row[i] ?? 0,
      id: columns.ids[i] ?? null,
      start: columns.start[i] ?? 0,
      end: fromStored(columns.end[i]),
      purchases: fromStored(columns.purchases[i]),
      revenue: fromStored(columns.revenue[i]),
      npsScore: fromStored(columns.npsScore[i]),
      npsDate: fromStored(columns.npsDate[i]),
      segment: columns.segments[i] ?? null,
    };
  }
  return records;
}
