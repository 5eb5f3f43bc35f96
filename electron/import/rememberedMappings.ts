/**
 * The mapping the user confirmed at the last successful import of a file with a given
 * header row, kept in the app's data folder and proposed again the next time a file
 * with the same headers is previewed. The key is the header texts, trimmed and
 * lower-cased; the newest entries are kept. A missing or damaged file, or an entry that
 * does not fit the headers it is proposed for, reads as nothing remembered: this is a
 * convenience and never keeps an import from running.
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { ColumnMapping, ImportPreview, MappingConfidence } from '../../shared/importModel';
import { columnMappingSchema } from '../ipc/schemas';
import { readSettingsFile, writeSettingsFile } from '../shell/settingsFile';

export const MAX_REMEMBERED_MAPPINGS = 50;

export const rememberedMappingsPath = (userDataDir: string): string => join(userDataDir, 'import-mappings.json');

const entrySchema = z.object({ key: z.string().min(1), mapping: columnMappingSchema });
type Entry = z.infer<typeof entrySchema>;

const fileSchema = z.object({ version: z.literal(1), entries: z.array(z.unknown()) });

/** The header row as the key: each header trimmed and lower-cased, joined by a character no header holds. */
export function headerKey(headers: readonly string[]): string | null {
  const texts = headers.map((header) => header.trim().toLowerCase());
  return texts.some((text) => text !== '') ? texts.join('\u001f') : null;
}

/** The entries that still read, newest first; an entry that does not is dropped, not the whole file. */
function readEntries(userDataDir: string): Entry[] {
  const file = readSettingsFile(rememberedMappingsPath(userDataDir), fileSchema);
  if (!file) return [];
  return file.entries.flatMap((entry) => {
    const parsed = entrySchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** A mapping fits a header row when every column it reads is one of the row's columns. */
function fits(mapping: ColumnMapping, headers: readonly string[]): boolean {
  return Object.values(mapping.columns).every((column) => column < headers.length);
}

/** The mapping last confirmed for these headers, or null. */
export function recallMapping(userDataDir: string, headers: readonly string[]): ColumnMapping | null {
  const key = headerKey(headers);
  if (key === null) return null;
  const entry = readEntries(userDataDir).find((candidate) => candidate.key === key);
  if (!entry) return null;
  const mapping = entry.mapping as ColumnMapping;
  return fits(mapping, headers) ? mapping : null;
}

/** Keeps `mapping` for these headers, newest first. A write that fails is ignored: the import has succeeded. */
export function rememberMapping(userDataDir: string, headers: readonly string[], mapping: ColumnMapping): void {
  const key = headerKey(headers);
  if (key === null || !fits(mapping, headers)) return;
  const entries = [{ key, mapping }, ...readEntries(userDataDir).filter((entry) => entry.key !== key)];
  try {
    writeSettingsFile(rememberedMappingsPath(userDataDir), {
      version: 1,
      entries: entries.slice(0, MAX_REMEMBERED_MAPPINGS),
    });
  } catch {
    // A data folder that cannot be written loses the convenience, nothing else.
  }
}

/**
 * The preview with the remembered mapping proposed: each of its fields as sure as the
 * user's own choice. The date order stays the detected one when a value in the file
 * decides it; otherwise the remembered order is used, as the user's choice.
 */
export function withRememberedMapping(preview: ImportPreview, remembered: ColumnMapping): ImportPreview {
  const fileDecides = preview.dateOrder.basis === 'values';
  const order = fileDecides ? preview.dateOrder.order : remembered.dateOrder;
  const dateOrder =
    order === preview.dateOrder.order ? preview.dateOrder : { ...preview.dateOrder, order, basis: 'user' as const };
  const confidence: MappingConfidence = Object.fromEntries(Object.keys(remembered.columns).map((field) => [field, 1]));
  return {
    ...preview,
    mapping: { ...remembered, dateOrder: order },
    remembered: true,
    confidence,
    dateOrder,
  };
}
