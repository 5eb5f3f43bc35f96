/**
 * Before the Electron suite: on Linux without a display, start a virtual one (Xvfb)
 * when the binary exists to use it; then say once, plainly, whether the suite runs.
 * Environment variables set here reach the test workers.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { electronExecutable, electronSkipReason } from './electronAvailability';

const VIRTUAL_DISPLAY = ':93';

function startVirtualDisplay(): ChildProcess | null {
  if (process.platform !== 'linux' || process.env.DISPLAY) return null;
  if (spawnSync('which', ['Xvfb']).status !== 0) return null;
  const xvfb = spawn('Xvfb', [VIRTUAL_DISPLAY, '-screen', '0', '1600x1000x24', '-nolisten', 'tcp'], {
    stdio: 'ignore',
  });
  process.env.DISPLAY = VIRTUAL_DISPLAY;
  return xvfb;
}

export default async function globalSetup(): Promise<() => void> {
  const xvfb = electronExecutable() ? startVirtualDisplay() : null;
  const reason = electronSkipReason();
  console.log(reason ? `Electron suite SKIPPED: ${reason}` : `Electron suite runs with ${electronExecutable()}`);
  return () => {
    xvfb?.kill();
  };
}
