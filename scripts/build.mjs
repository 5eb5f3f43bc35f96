#!/usr/bin/env node
/**
 * One build for the whole app: esbuild bundles the main side (Electron main, preload,
 * the import worker and the CLI) into dist/electron as CommonJS; Vite builds the
 * renderer into dist/renderer. `--node-only` skips the renderer (the CLI needs none of
 * it); `--quiet` prints nothing unless something fails, so `npm run -s cli` output
 * stays pure JSON.
 */
import { build as esbuild } from 'esbuild';

const args = new Set(process.argv.slice(2));
const quiet = args.has('--quiet');
const log = (message) => quiet || console.log(message);

/** Main-side entry points: source → dist/electron/<name>.cjs. */
const nodeEntries = {
  main: 'electron/main.ts',
  preload: 'electron/preload.ts',
  cli: 'electron/cli/main.ts',
  importWorker: 'electron/import/worker.ts',
};

await esbuild({
  entryPoints: nodeEntries,
  outdir: 'dist/electron',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  // Electron is provided by the runtime; exceljs stays a real dependency for the packaged app.
  external: ['electron', 'exceljs'],
  logLevel: quiet ? 'error' : 'info',
});

if (!args.has('--node-only')) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: 'vite.config.ts', logLevel: quiet ? 'error' : 'info' });
}
log('build: done');
