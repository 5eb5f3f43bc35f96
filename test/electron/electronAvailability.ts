/**
 * Whether this machine can run the Electron suite, and if not, why. The Electron
 * binary is downloaded on first use (`npx electron --version`), not at `npm ci`; the
 * offline build machines never have it, so there every test reports itself skipped
 * with the reason below instead of failing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const MAIN_BUNDLE = join(ROOT, 'dist', 'electron', 'main.cjs');
export const PRELOAD_BUNDLE = join(ROOT, 'dist', 'electron', 'preload.cjs');
export const RENDERER_ENTRY = join(ROOT, 'dist', 'renderer', 'index.html');

const HOW_TO_RUN =
  'On a machine with internet access run `npx electron --version` once (it downloads the binary), ' +
  'then `npm run build` and `npx playwright test --config test/electron/playwright.config.ts`.';

/**
 * The path of the Electron executable, or null when it is not installed. Read the way
 * node_modules/electron/index.js does, but without its fallback: requiring that file
 * starts a download when the binary is missing, which must not happen inside a test run.
 */
export function electronExecutable(): string | null {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const executable = override ? join(override, relative || 'electron') : relative && join(packageDir, 'dist', relative);
  return executable && existsSync(executable) ? executable : null;
}

/** Null when the suite can run; otherwise the reason every test is skipped. */
export function electronSkipReason(): string | null {
  if (!electronExecutable()) return `The Electron binary is not installed. ${HOW_TO_RUN}`;
  for (const built of [MAIN_BUNDLE, PRELOAD_BUNDLE, RENDERER_ENTRY]) {
    if (!existsSync(built)) return `${built} is missing: run \`npm run build\` first.`;
  }
  if (process.platform === 'linux' && !process.env.DISPLAY) {
    return 'No X display: install Xvfb (the suite starts it itself) or run it under `xvfb-run`.';
  }
  return null;
}
