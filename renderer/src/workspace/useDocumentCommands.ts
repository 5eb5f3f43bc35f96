/**
 * New, Open, Save and Save As. Replacing a document with unsaved edits asks first; the
 * main side gets told whether there are unsaved edits (for its close prompt); saving
 * clears the autosave, which would otherwise offer edits that are already in the file.
 */
import { useCallback, useEffect, useState } from 'react';
import { createEmptyDocument, defaultSettings, type PitoDocument } from '../../../shared/document';
import { useBridge } from '../bridge/BridgeContext';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/I18nContext';
import type { StatusMessage } from './StatusBar';
import type { Workspace } from './useWorkspace';

export function useDocumentCommands(workspace: Workspace, say: (message: StatusMessage) => void) {
  const bridge = useBridge();
  const { t, language } = useI18n();
  const { dispatch, document, dirty } = workspace;
  /** The action waiting for the user to confirm that unsaved edits may go. */
  const [pendingDiscard, setPendingDiscard] = useState<(() => void) | null>(null);

  useEffect(() => {
    void bridge['document:setDirty']({ dirty });
  }, [bridge, dirty]);

  const unlessDirty = useCallback(
    (action: () => void) => {
      if (dirty) setPendingDiscard(() => action);
      else action();
    },
    [dirty],
  );

  const save = useCallback(
    async (saveAs: boolean) => {
      // The workbook's texts (sheet names, definitions) follow the UI language of the save.
      const saved: PitoDocument = { ...document, settings: { ...document.settings, language } };
      const result = await bridge['document:save']({ document: saved, saveAs });
      if (!result.ok)
        return say({
          kind: 'error',
          text: t('ui.document.saveFailed', { message: errorText(result.error, language) }),
        });
      if (!result.value) return;
      dispatch({ type: 'saved', document, fileName: result.value.fileName });
      void bridge['recovery:discard']({});
      say({ kind: 'info', text: t('ui.document.saved', { file: result.value.fileName }) });
    },
    [bridge, dispatch, document, language, say, t],
  );

  return {
    pendingDiscard,
    settleDiscard: (discard: boolean) => {
      const action = pendingDiscard;
      setPendingDiscard(null);
      if (discard) action?.();
    },
    newDocument: () =>
      unlessDirty(() => {
        dispatch({
          type: 'load',
          document: createEmptyDocument(defaultSettings(language)),
          fileName: null,
          saved: true,
        });
        void bridge['recovery:discard']({});
      }),
    open: () =>
      unlessDirty(() => {
        void bridge['document:open']({}).then((result) => {
          if (!result.ok)
            say({ kind: 'error', text: t('ui.document.openFailed', { message: errorText(result.error, language) }) });
          else if (result.value) {
            dispatch({ type: 'load', document: result.value.document, fileName: result.value.fileName, saved: true });
            say({ kind: 'info', text: t('ui.document.opened', { file: result.value.fileName }) });
          }
        });
      }),
    save: () => void save(false),
    saveAs: () => void save(true),
  };
}
