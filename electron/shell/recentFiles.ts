/**
 * The File › Recent list: the last files the user picked in a native dialog or
 * opened from the OS, newest first, kept in the app's data folder. A file is listed
 * once (by path); files that no longer exist drop out when the list is read.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readSettingsFile, writeSettingsFile } from './settingsFile';

/** A workbook opens as a document (File › Open); anything else goes through the import. */
export type RecentKind = 'workbook' | 'import';

export interface RecentFile {
  path: string;
  kind: RecentKind;
}

export const MAX_RECENT_FILES = 10;

const listSchema = z.array(z.object({ path: z.string().min(1), kind: z.enum(['workbook', 'import']) }));

export const recentFilesPath = (userDataDir: string): string => join(userDataDir, 'recent-files.json');

/** The list with `file` in front; an earlier entry for the same path is replaced. */
export function withRecentFile(list: readonly RecentFile[], file: RecentFile): RecentFile[] {
  return [file, ...list.filter((entry) => entry.path !== file.path)].slice(0, MAX_RECENT_FILES);
}

export function readRecentFiles(userDataDir: string, exists: (path: string) => boolean = existsSync): RecentFile[] {
  const list = readSettingsFile(recentFilesPath(userDataDir), listSchema) ?? [];
  return list.filter((entry) => exists(entry.path)).slice(0, MAX_RECENT_FILES);
}

/** Adds the file and returns the new list. */
export function addRecentFile(userDataDir: string, file: RecentFile): RecentFile[] {
  const list = withRecentFile(readRecentFiles(userDataDir), file);
  writeSettingsFile(recentFilesPath(userDataDir), list);
  return list;
}

export function clearRecentFiles(userDataDir: string): void {
  writeSettingsFile(recentFilesPath(userDataDir), []);
}
