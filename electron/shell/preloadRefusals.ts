/**
 * The preload's own refusals, as every error the UI shows: a catalog reason the renderer
 * words in its language (`ipcError.drop.*`), its English as the message. The English is
 * written out here rather than read from the catalogs, so the sandboxed preload does not
 * carry every catalog; preloadRefusals.test.ts checks it is the catalog's text.
 */
import type { MessageKey } from '../../shared/i18n';
import type { IpcErrorCode, IpcResult } from '../../shared/ipc/result';

const REFUSALS = {
  pageNamedPath: {
    code: 'forbidden',
    key: 'ipcError.drop.pageNamedPath',
    english: 'A dropped file is imported with pito.importDroppedFile(file); the page cannot name a path.',
  },
  notAFile: {
    code: 'badFile',
    key: 'ipcError.drop.notAFile',
    english: 'The dropped item is not a file on this computer.',
  },
} as const satisfies Record<string, { code: IpcErrorCode; key: MessageKey; english: string }>;

export type PreloadRefusal = keyof typeof REFUSALS;

export function preloadRefusal(which: PreloadRefusal): IpcResult<never> {
  const { code, key, english } = REFUSALS[which];
  return { ok: false, error: { code, message: english, reason: { key, params: {} } } };
}
