/** Whether the page runs on macOS, where shortcuts take Cmd instead of Ctrl and are written ⌘. */
export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform || navigator.userAgent);
}
