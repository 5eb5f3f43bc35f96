/**
 * One customer of an imported customer list, as the readers produce it and the
 * aggregation counts it. Lives on the main side only: the renderer gets periods.
 */
import type { DayNumber } from './calendar';

export interface CustomerRecord {
  /** 1-based row number in the source sheet, for messages. */
  row: number;
  id: string | null;
  /** The day the customer relationship began. */
  start: DayNumber;
  /** The day it ended; null while still a customer. */
  end: DayNumber | null;
  purchases: number | null;
  revenue: number | null;
  /** A whole number 0-10, or null. */
  npsScore: number | null;
  /** The date of the NPS response, where the list has one. */
  npsDate: DayNumber | null;
  segment: string | null;
}
