/**
 * The request schema of every channel of the contract. The router parses each
 * request with its schema before a handler runs, and hands the handler the parsed
 * value (never the raw one). The check at the bottom fails to compile when a
 * channel's request type in shared/ipc changes without its schema.
 */
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { CUSTOMER_FIELDS, DATE_ORDERS, PERIOD_TABLE_FIELDS } from '../../shared/importModel';
import type { ChannelName, RequestOf } from '../../shared/ipc/contract';
import { parseIsoDate } from '../../shared/calendar';
import { MAX_COLUMNS, MAX_ID_LENGTH, MAX_PATH_LENGTH } from '../../shared/limits';
import { documentSchema, periodKindSchema, uiLanguageSchema } from './documentSchema';

/** Ids the main side or the renderer made up (file ids, job ids, list ids). */
const id = z.string().min(1).max(MAX_ID_LENGTH);
/** A day of the calendar as `YYYY-MM-DD` (a date that does not exist, such as 2024-02-30, is refused). */
const calendarDay = z.string().refine((text) => parseIsoDate(text) !== null, 'Expected a date as YYYY-MM-DD.');
/** Excel's own limit is 31 characters; CSV files have no sheet (null). */
const sheetName = z.string().max(255).nullable();
/** Excel has 16 384 columns. */
const columnIndex = z
  .number()
  .int()
  .min(0)
  .max(MAX_COLUMNS - 1);
/** Requests that carry nothing. */
const empty = z.strictObject({});

const MAPPING_FIELDS = [...CUSTOMER_FIELDS, ...PERIOD_TABLE_FIELDS] as const;
const chosenFields = z.array(z.enum(MAPPING_FIELDS)).max(MAPPING_FIELDS.length).optional();

/** A column mapping as the renderer sends it; also how remembered mappings are read back (rememberedMappings.ts). */
export const columnMappingSchema = z.discriminatedUnion('shape', [
  z.strictObject({
    shape: z.literal('customerList'),
    columns: z.partialRecord(z.enum(CUSTOMER_FIELDS), columnIndex),
    dateOrder: z.enum(DATE_ORDERS),
    dateOrderChosen: z.boolean().optional(),
    chosenFields,
  }),
  z.strictObject({
    shape: z.literal('periodTable'),
    columns: z.partialRecord(z.enum(PERIOD_TABLE_FIELDS), columnIndex),
    dateOrder: z.enum(DATE_ORDERS),
    dateOrderChosen: z.boolean().optional(),
    chosenFields,
  }),
]);

export const requestSchemas = {
  'import:chooseFile': empty,
  'import:droppedFile': z.strictObject({
    path: z.string().max(MAX_PATH_LENGTH).refine(isAbsolute, 'Expected an absolute path from the operating system.'),
  }),
  'import:preview': z.strictObject({ fileId: id, sheet: sheetName }),
  'import:run': z.strictObject({
    fileId: id,
    jobId: id,
    sheet: sheetName,
    mapping: columnMappingSchema,
    periodKind: periodKindSchema,
  }),
  'import:cancel': z.strictObject({ jobId: id }),
  'import:reaggregate': z.strictObject({ listId: id, periodKind: periodKindSchema }),
  'import:listRange': z
    .strictObject({ listId: id, firstDay: calendarDay, lastDay: calendarDay })
    .refine(({ firstDay, lastDay }) => firstDay <= lastDay, 'Expected the first day on or before the last.'),
  'import:example': z.strictObject({ language: uiLanguageSchema, periodKind: periodKindSchema }),
  'document:open': empty,
  'document:save': z.strictObject({ document: documentSchema, saveAs: z.boolean() }),
  'document:setDirty': z.strictObject({ dirty: z.boolean() }),
  'recovery:write': z.strictObject({ document: documentSchema }),
  'recovery:check': empty,
  'recovery:discard': empty,
  'app:info': empty,
  'app:openExternal': z.strictObject({ url: z.string().max(2048) }),
  'app:setLanguage': z.strictObject({ language: uiLanguageSchema }),
} satisfies { [C in ChannelName]: z.ZodType };

/** True when each type is assignable to the other: a field added, dropped or retyped on one side breaks it. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type MismatchedChannel = {
  [C in ChannelName]: Same<z.output<(typeof requestSchemas)[C]>, RequestOf<C>> extends true ? never : C;
}[ChannelName];
/** Fails to compile, naming the channel, when a schema and the contract disagree. */
export const everySchemaMatchesContract: [MismatchedChannel] extends [never] ? true : MismatchedChannel = true;
