import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, placeWindow, readWindowState, windowStatePath, writeWindowState } from './windowState';

const laptop = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1410 };

describe('placeWindow', () => {
  it('opens centred at the default size the first time', () => {
    expect(placeWindow(null, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('reopens where it was while that place is on a display', () => {
    const saved = { bounds: { x: 2100, y: 40, width: 1400, height: 900 }, maximized: true };
    expect(placeWindow(saved, [laptop, rightMonitor])).toEqual({ ...saved.bounds, maximized: true });
  });

  it('centres a window whose display is gone, keeping its size', () => {
    const saved = { bounds: { x: 2100, y: 40, width: 1400, height: 900 }, maximized: false };
    expect(placeWindow(saved, [laptop])).toEqual({ width: 1400, height: 900, maximized: false });
  });

  it('centres a window whose title bar is above the top of the screen', () => {
    const saved = { bounds: { x: 100, y: -500, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(saved, [laptop])).toEqual({ width: 1000, height: 700, maximized: false });
  });

  it('shrinks a window larger than the largest display and grows one below the minimum', () => {
    expect(placeWindow({ bounds: { x: 0, y: 0, width: 5000, height: 3000 }, maximized: false }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1050,
      maximized: false,
    });
    expect(placeWindow({ bounds: { x: 10, y: 10, width: 20, height: 20 }, maximized: false }, [laptop])).toEqual({
      x: 10,
      y: 10,
      ...MIN_SIZE,
      maximized: false,
    });
  });
});

describe('window state file', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips through the data folder', () => {
    dir = mkdtempSync(join(tmpdir(), 'pito-window-'));
    expect(readWindowState(dir)).toBeNull();
    const state = { bounds: { x: -1200, y: 30, width: 1100, height: 760 }, maximized: false };
    writeWindowState(dir, state);
    expect(readWindowState(dir)).toEqual(state);
  });

  it.each(['not json', '{"bounds":{"x":0},"maximized":false}', '[]', '{"bounds":null,"maximized":"yes"}'])(
    'reads the damaged file %s as nothing remembered',
    (content) => {
      dir = mkdtempSync(join(tmpdir(), 'pito-window-'));
      writeFileSync(windowStatePath(dir), content);
      expect(readWindowState(dir)).toBeNull();
    },
  );
});
