/**
 * The structural check of a document crossing IPC (save, autosave). It checks shape
 * and bounds, not business rules: the renderer may hold a row the user has not
 * finished (a negative count, say) and saving it must still work. What it refuses is
 * what no renderer of ours sends: NaN or Infinity, strings where numbers belong,
 * unbounded arrays or strings. Keys the model does not know are dropped, not
 * refused, so display-only fields a row may carry never reach the workbook.
 */
import { z } from 'zod';
import { DOCUMENT_FORMAT_VERSION, INPUT_FIELDS, UI_LANGUAGES, type InputField } from '../../shared/document';
import { MAX_ID_LENGTH, MAX_PERIODS, MAX_TEXT_LENGTH } from '../../shared/limits';
import { PERIOD_KINDS } from '../../shared/periods';
import { RANGE_PRESETS } from '../../shared/ranges';

/**
 * The bounds are the document's own (shared/limits.ts), the very ones the import and the
 * grid keep: whatever imports or is typed in can be saved.
 */
export { MAX_ID_LENGTH, MAX_PERIODS, MAX_TEXT_LENGTH };

/** z.number() already refuses NaN and ±Infinity (zod 4). */
const figure = z.number().nullable();
const text = z.string().max(MAX_TEXT_LENGTH);
const rowId = z.string().min(1).max(MAX_ID_LENGTH);
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD.')
  .nullable();

const inputShape = Object.fromEntries(INPUT_FIELDS.map((field) => [field, figure])) as Record<
  InputField,
  typeof figure
>;

export const periodRowSchema = z.object({
  id: rowId,
  label: text,
  firstDay: isoDay,
  lastDay: isoDay,
  aggregated: z.boolean(),
  ...inputShape,
});

export const periodKindSchema = z.enum(PERIOD_KINDS);
export const uiLanguageSchema = z.enum(UI_LANGUAGES);

const cohortRowSchema = z.object({
  label: text,
  size: z.number(),
  activeAtEnd: z.array(z.number()).max(MAX_PERIODS),
  retainedPct: z.array(figure).max(MAX_PERIODS),
});

/** A preset, or the first and last period by label (shared/ranges.ts RangeChoice). */
export const rangeChoiceSchema = z.union([
  z.strictObject({ preset: z.enum(RANGE_PRESETS) }),
  z.strictObject({ first: text, last: text }),
]);

export const documentSchema = z.object({
  // Today's version only: what is read from disk is migrated to it first (shared/documentMigrations.ts).
  formatVersion: z.literal(DOCUMENT_FORMAT_VERSION),
  settings: z.object({
    periodKind: periodKindSchema,
    currency: z.string().regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 currency code such as EUR.'),
    defaultProfitMarginPct: figure,
    language: uiLanguageSchema,
    range: rangeChoiceSchema,
  }),
  periods: z.array(periodRowSchema).max(MAX_PERIODS),
  cohorts: z
    .object({
      periodKind: periodKindSchema,
      rows: z.array(cohortRowSchema).max(MAX_PERIODS),
    })
    .nullable(),
  listStats: z.object({ customers: z.number(), repeatPurchaseRate: figure }).nullable(),
  source: z.enum(['empty', 'customerList', 'periodTable', 'workbook']),
  // Kept, not dropped: Save writes the session's customer list only into the document that carries its id.
  listId: z.string().min(1).max(MAX_ID_LENGTH).optional(),
});
