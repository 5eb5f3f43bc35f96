#!/usr/bin/env node
/**
 * `node scripts/requireNode.mjs 22.12 "npm start"`: stops with one clear sentence when this
 * Node.js is older than the command needs. Electron 45 and its packaging tools need Node.js
 * 22.12 or newer; without this check an older Node fails somewhere inside Electron's download.
 */
const [wanted = '0', command = 'this command'] = process.argv.slice(2);
const parts = (version) => version.replace(/^v/, '').split('.').map(Number);
const [major = 0, minor = 0] = parts(process.version);
const [needMajor = 0, needMinor = 0] = parts(wanted);
if (major < needMajor || (major === needMajor && minor < needMinor)) {
  console.error(
    `${command} needs Node.js ${wanted} or newer (Electron 45 does); this is Node.js ${process.version.slice(1)}. ` +
      'Install a newer Node.js, or use the CLI and the tests, which run on Node.js 20.19 or newer.',
  );
  process.exit(1);
}
