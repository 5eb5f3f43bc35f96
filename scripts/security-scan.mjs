#!/usr/bin/env node
/**
 * The security scan of `npm test`: @doyensec/electronegativity over the app's own
 * source (main side, preload and renderer, scanned together so its global checks see
 * the navigation limits and the CSP wherever they are), never tests or node_modules.
 *
 * Every finding fails the scan unless scripts/security-scan.accepted.json accepts it
 * by check id and file, with the reason it is acceptable. The scan prints the number
 * of findings, accepted and not.
 *
 * Offline: Electronegativity tries to download translations and Electron's release
 * list; both fail quietly here. Its AVAILABLE_SECURITY_FIXES check, which needs that
 * list, is excluded (Electron's version is kept current through dependency updates).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const require = createRequire(import.meta.url);
const root = process.cwd();
const SOURCES = ['electron', 'renderer'];
const SCANNED = /\.(ts|tsx|html)$/;
const NOT_SCANNED = /\.test\.tsx?$|\.d\.ts$/;
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];

/** Copies the scanned sources into a staging folder: the scanner walks whole folders and knows no ignore list. */
function stage(target) {
  const walk = (folder) => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (SCANNED.test(entry.name) && !NOT_SCANNED.test(entry.name)) {
        mkdirSync(dirname(join(target, path)), { recursive: true });
        copyFileSync(join(root, path), join(target, path));
      }
    }
  };
  SOURCES.forEach(walk);
}

function readAccepted() {
  const accepted = JSON.parse(readFileSync(join(root, 'scripts', 'security-scan.accepted.json'), 'utf8'));
  for (const entry of accepted) {
    if (!entry.check || !entry.file || !entry.reason?.trim()) {
      throw new Error(
        `security-scan.accepted.json: every entry needs check, file and reason: ${JSON.stringify(entry)}`,
      );
    }
  }
  return accepted;
}

const staging = mkdtempSync(join(tmpdir(), 'pito-security-scan-'));
let exitCode = 0;
try {
  stage(staging);
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const runModule = require('@doyensec/electronegativity');
  const run = runModule.default ?? runModule;
  process.env.LANG = 'en-US'; // its bundled translations; the download of newer ones fails offline
  const result = await run(
    {
      input: staging,
      isRelative: true,
      customScan: [],
      excludeFromScan: EXCLUDED_CHECKS,
      parserPlugins: [],
      electronVersionOverride: electronVersion,
    },
    false,
  );
  const accepted = readAccepted();
  const used = new Set();
  const unexplained = [];
  for (const issue of result.issues) {
    const file = issue.file === 'N/A' ? 'N/A' : relative(staging, join(staging, issue.file));
    const match = accepted.find((entry) => entry.check === issue.id && entry.file === file);
    const where = `${file}:${issue.location.line}:${issue.location.column}`;
    if (match) {
      used.add(match);
      console.log(`accepted  ${issue.id} at ${where} (${match.reason})`);
    } else {
      unexplained.push(issue);
      console.log(`FINDING   ${issue.id} at ${where}: ${issue.description}`);
    }
  }
  for (const error of result.errors) {
    console.log(`${error.tolerable ? 'warning' : 'ERROR'}   could not parse ${error.file}: ${error.message}`);
    if (!error.tolerable) exitCode = 1;
  }
  for (const entry of accepted.filter((candidate) => !used.has(candidate))) {
    console.log(`note      accepted ${entry.check} in ${entry.file} no longer occurs: remove it from the list`);
  }
  console.log(
    `security scan: ${result.issues.length} findings (${result.issues.length - unexplained.length} accepted, ` +
      `${unexplained.length} not accepted) from ${result.globalChecks + result.atomicChecks} checks ` +
      `for Electron ${electronVersion}`,
  );
  if (unexplained.length > 0) exitCode = 1;
} finally {
  rmSync(staging, { recursive: true, force: true });
}
process.exit(exitCode);
