/** The one object the preload (or the browser harness) puts on the page; see shared/ipc/bridge.ts. */
import type { PitoBridge } from '../../shared/ipc/bridge';

declare global {
  interface Window {
    pito?: PitoBridge;
  }
}

export {};
