/** The bridge to the main side, handed down so tests can give components a bridge of their own. */
import { createContext, useContext } from 'react';
import type { PitoBridge } from '../../../shared/ipc/bridge';

export const BridgeContext = createContext<PitoBridge | null>(null);

export function useBridge(): PitoBridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useBridge needs a BridgeContext provider above it.');
  return bridge;
}
