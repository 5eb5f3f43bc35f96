/** What the preload puts on the page, as the specs' page.evaluate callbacks see it. */
import type { PitoBridge } from '../../shared/ipc/bridge';

declare global {
  interface Window {
    pito?: PitoBridge;
  }
}

export {};
