/**
 * Unsaved work survives a crash: every edit is written to the app's data folder shortly
 * after it is made (debounced, so typing does not write on every key), and on start the
 * user is offered what was found there.
 */
import { useEffect, useState } from 'react';
import type { PitoDocument } from '../../../shared/document';
import type { RecoveredDocument } from '../../../shared/ipc/documentChannels';
import { useBridge } from '../bridge/BridgeContext';

export const AUTOSAVE_DELAY_MS = 1500;

export function useAutosave(document: PitoDocument, dirty: boolean): void {
  const bridge = useBridge();
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => void bridge['recovery:write']({ document }), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [bridge, document, dirty]);
}

/** What recovery:check found on start, until the user restores or discards it. */
export function useRecoveryOffer(): { offer: RecoveredDocument | null; settle: (restore: boolean) => void } {
  const bridge = useBridge();
  const [offer, setOffer] = useState<RecoveredDocument | null>(null);
  useEffect(() => {
    let current = true;
    void bridge['recovery:check']({}).then((result) => {
      if (current && result.ok && result.value) setOffer(result.value);
    });
    return () => {
      current = false;
    };
  }, [bridge]);
  return {
    offer,
    settle: (restore) => {
      if (!restore) void bridge['recovery:discard']({});
      setOffer(null);
    },
  };
}
