/**
 * Builds what the browser harness and the grid benchmark run: the app (dist/renderer and
 * the import worker) when missing or older than its sources, the page's bridge script,
 * and the harness's main side bundled to CommonJS like the app's own main side.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../../..');
export const harnessDir = join(root, 'dist', 'e2e-harness');
export const initScriptPath = join(harnessDir, 'bridgeInit.js');
export const mainSidePath = join(harnessDir, 'mainSide.cjs');
export const rendererDir = join(root, 'dist', 'renderer');
const appOutputs = [join(rendererDir, 'index.html'), join(root, 'dist', 'electron', 'importWorker.cjs')];

function newestSource(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && !entry.name.endsWith('.test.ts')) {
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

function appIsStale() {
  if (!appOutputs.every(existsSync)) return true;
  const built = Math.min(...appOutputs.map((file) => statSync(file).mtimeMs));
  return ['renderer', 'shared', 'electron'].some((folder) => newestSource(join(root, folder)) > built);
}

export async function buildHarness() {
  if (appIsStale()) {
    const result = spawnSync('node', ['scripts/build.mjs', '--quiet'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('scripts/build.mjs failed; the harness needs the built app.');
  }
  const common = { bundle: true, logLevel: 'error', absWorkingDir: root };
  await build({
    ...common,
    entryPoints: ['test/e2e/harness/bridgeInit.ts'],
    outfile: initScriptPath,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  });
  await build({
    ...common,
    entryPoints: ['test/e2e/harness/mainSide.ts'],
    outfile: mainSidePath,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['electron', 'exceljs'],
    // The import handlers find the bundled worker beside the main-side bundle (dist/electron).
    define: { __dirname: JSON.stringify(join(root, 'dist', 'electron')) },
  });
}
