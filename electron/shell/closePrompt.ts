/** The native Save / Don't save / Cancel message box of the close prompt (closeGuard.ts). */
import { dialog, type BrowserWindow } from 'electron';
import type { UiLanguage } from '../../shared/document';
import { translate } from '../../shared/i18n';
import type { CloseChoice } from './closeGuard';

const CHOICES: readonly CloseChoice[] = ['save', 'discard', 'cancel'];

export async function askToSaveChanges(window: BrowserWindow, language: UiLanguage): Promise<CloseChoice> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    buttons: [
      translate(language, 'menu.closePrompt.save'),
      translate(language, 'menu.closePrompt.discard'),
      translate(language, 'menu.closePrompt.cancel'),
    ],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    message: translate(language, 'menu.closePrompt.message'),
    detail: translate(language, 'menu.closePrompt.detail'),
  });
  return CHOICES[response] ?? 'cancel';
}
