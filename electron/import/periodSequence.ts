/**
 * A period table's rows read as a sequence of periods (docs/metrics.md, "A range of periods").
 * A range's figures take S of its first row, E of its last and the N between, so they mean
 * something only when every label is a period Pito reads, all of one kind, in calendar order,
 * and each period starts with the customers the one before it ended with. The rows are taken
 * in the table's order, as the grid and the range figures take them.
 *
 * Each check reports its first offending row once: a table that breaks one usually breaks it
 * on many rows, and a line for each would bury the other issues among the 200 listed. The
 * rows are still imported (the checks are warnings): the user can correct them in the grid.
 */
import type { PeriodInputs } from '../../shared/document';
import type { ImportIssueCode } from '../../shared/importModel';
import type { Period } from '../../shared/periods';
import { chainsOn } from '../../shared/periodChain';

export type SequenceIssueCode = Extract<
  ImportIssueCode,
  'unreadablePeriodLabel' | 'mixedPeriodKinds' | 'periodsOutOfOrder' | 'periodsDoNotChain'
>;

/** One imported row as the checks read it. */
export interface SequenceRow extends Pick<PeriodInputs, 'customersAtStart' | 'customersAtEnd'> {
  /** The row's number as the spreadsheet shows it. */
  number: number;
  label: string;
  /** The label read as a period; null when Pito cannot read it. */
  period: Period | null;
}

/** The header text of each column an issue names. */
export interface SequenceColumns {
  period: string;
  customersAtStart: string;
  customersAtEnd: string;
}

export interface SequenceIssue {
  code: SequenceIssueCode;
  row: number;
  column: string;
  params: Record<string, string | number>;
}

/** A period as a readable row holds it. */
type ReadableRow = SequenceRow & { period: Period };

export class PeriodSequenceCheck {
  private readonly reported = new Set<SequenceIssueCode>();
  private previous: SequenceRow | null = null;
  /** The first and the latest row whose label Pito reads. */
  private firstReadable: ReadableRow | null = null;
  private lastReadable: ReadableRow | null = null;

  constructor(private readonly columns: SequenceColumns) {}

  /** The issues this row is the first to raise, in the order the report lists them. */
  check(row: SequenceRow): SequenceIssue[] {
    const issues = [this.labelIssue(row), this.orderIssue(row), this.chainIssue(row)].filter(
      (issue): issue is SequenceIssue => issue !== null && !this.reported.has(issue.code),
    );
    for (const issue of issues) this.reported.add(issue.code);
    this.previous = row;
    if (isReadable(row)) {
      this.firstReadable ??= row;
      this.lastReadable = row;
    }
    return issues;
  }

  /** A label Pito cannot read, or one of another kind than the table's first readable label. */
  private labelIssue(row: SequenceRow): SequenceIssue | null {
    if (!isReadable(row)) return this.periodIssue('unreadablePeriodLabel', row, {});
    const first = this.firstReadable;
    if (first === null || first.period.kind === row.period.kind) return null;
    return this.periodIssue('mixedPeriodKinds', row, { firstRow: first.number, firstValue: first.label });
  }

  /**
   * A period that starts before the readable one above it. Reported beside the chain break, not
   * instead of it: the range figures take the rows as they stand, so in file order they do not
   * chain whatever the cause; this names the likely cause (a table exported newest first) and
   * its fix, which the chain break alone would leave the user to guess.
   */
  private orderIssue(row: SequenceRow): SequenceIssue | null {
    const before = this.lastReadable;
    if (!isReadable(row) || before === null || row.period.firstDay >= before.period.firstDay) return null;
    return this.periodIssue('periodsOutOfOrder', row, { previousRow: before.number, previousValue: before.label });
  }

  /** S that differs from the row above's E, where both are there. */
  private chainIssue(row: SequenceRow): SequenceIssue | null {
    if (this.previous === null || chainsOn(this.previous, row)) return null;
    const [start, end] = [row.customersAtStart, this.previous.customersAtEnd];
    return {
      code: 'periodsDoNotChain',
      row: row.number,
      column: this.columns.customersAtStart,
      params: {
        value: String(start),
        previousRow: this.previous.number,
        previousValue: String(end),
        previousColumn: this.columns.customersAtEnd,
      },
    };
  }

  /** An issue about the row's label, quoted from its period column. */
  private periodIssue(
    code: SequenceIssueCode,
    row: SequenceRow,
    params: Record<string, string | number>,
  ): SequenceIssue {
    return { code, row: row.number, column: this.columns.period, params: { value: row.label, ...params } };
  }
}

function isReadable(row: SequenceRow): row is ReadableRow {
  return row.period !== null;
}
