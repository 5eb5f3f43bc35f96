/**
 * The window's size, position and maximized state, remembered in the app's data
 * folder between runs. A remembered position is used only while its title bar is
 * still on one of the displays (a monitor unplugged since must not leave the window
 * off screen); otherwise the window opens centred at its remembered size.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { readSettingsFile, writeSettingsFile } from './settingsFile';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

/** Where and how big to open: no x/y means "let the OS centre it". */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 800, height: 560 };
/** How much of the title bar must be on a display to grab and move the window. */
const VISIBLE_TITLE_BAR = { width: 120, height: 32 };

const dimension = z.number().int().min(0).max(100_000);
const stateSchema = z.object({
  bounds: z.object({ x: z.number().int(), y: z.number().int(), width: dimension, height: dimension }),
  maximized: z.boolean(),
});

export const windowStatePath = (userDataDir: string): string => join(userDataDir, 'window-state.json');

export function readWindowState(userDataDir: string): WindowState | null {
  return readSettingsFile(windowStatePath(userDataDir), stateSchema);
}

export function writeWindowState(userDataDir: string, state: WindowState): void {
  writeSettingsFile(windowStatePath(userDataDir), state);
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** The placement for a new window, given what was remembered and the displays' work areas now. */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rectangle[]): WindowPlacement {
  const largest = workAreas.reduce<Rectangle | null>(
    (best, area) => (best && best.width * best.height >= area.width * area.height ? best : area),
    null,
  );
  const fit = (size: number, min: number, max: number | undefined) => Math.max(min, Math.min(size, max ?? size));
  const width = fit(saved?.bounds.width ?? DEFAULT_SIZE.width, MIN_SIZE.width, largest?.width);
  const height = fit(saved?.bounds.height ?? DEFAULT_SIZE.height, MIN_SIZE.height, largest?.height);
  const maximized = saved?.maximized ?? false;
  if (!saved) return { width, height, maximized };
  const titleBar = { x: saved.bounds.x, y: saved.bounds.y, width, height: VISIBLE_TITLE_BAR.height };
  const reachable = workAreas.some((area) => {
    const shared = overlap(titleBar, area);
    return shared.width >= VISIBLE_TITLE_BAR.width && shared.height >= VISIBLE_TITLE_BAR.height;
  });
  return reachable ? { x: saved.bounds.x, y: saved.bounds.y, width, height, maximized } : { width, height, maximized };
}
