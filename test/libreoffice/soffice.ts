/**
 * LibreOffice headless, as the independent check of the workbook's formulas. Each run
 * gets a fresh user profile whose only setting makes Calc recalculate every formula of
 * an .xlsx on load (OOXMLRecalcMode 0 = always): by default LibreOffice may keep the
 * cached results, which would prove nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'];

/** The soffice binary, or null where LibreOffice is not installed. */
export function findSoffice(): string | null {
  const fromPath = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  const found = fromPath.status === 0 ? fromPath.stdout.trim() : '';
  return found || CANDIDATES.find((candidate) => existsSync(candidate)) || null;
}

const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Opens each workbook in LibreOffice, recalculates it and saves it as .xlsx in `outDir`
 * (same base names). One soffice run converts them all: a run costs several seconds.
 */
export function recalculateWithLibreOffice(soffice: string, inputs: readonly string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'pito-soffice-profile-'));
  try {
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), ALWAYS_RECALCULATE);
    mkdirSync(outDir, { recursive: true });
    const result = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        outDir,
        ...inputs,
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    const outputs = inputs.map((input) => join(outDir, basename(input)));
    const missing = outputs.filter((output) => !existsSync(output));
    if (result.status !== 0 || missing.length > 0) {
      throw new Error(
        `soffice failed (status ${result.status}): ${result.stderr || result.stdout}; missing ${missing.join(', ')}`,
      );
    }
    return outputs;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
