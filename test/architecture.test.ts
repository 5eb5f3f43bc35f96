/**
 * The folder says where code may run: shared/ is pure, the renderer reaches the main
 * side only through window.pito, the main-side features never import their composition.
 * These tests prove the lint rules that enforce it bite.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    "import { app } from 'electron';",
    "import { readFile } from 'node:fs/promises';",
    "import fs from 'fs';",
    "import { useState } from 'react';",
    "import { AgGridReact } from 'ag-grid-react';",
    "import ExcelJS from 'exceljs';",
  ])('rejects in shared/: %s', async (line) => {
    expect(await restrictedImports(`${line}\nexport const x = 1;\n`, 'shared/example.ts')).not.toEqual([]);
  });

  it('allows shared/ to import shared/', async () => {
    expect(
      await restrictedImports(
        "import { periodAt } from './periods';\nexport const x = periodAt;\n",
        'shared/example.ts',
      ),
    ).toEqual([]);
  });

  it.each([
    "import { ipcRenderer } from 'electron';",
    "import { readFile } from 'node:fs';",
    "import { x } from '../../electron/session';",
  ])('rejects in renderer/: %s', async (line) => {
    expect(await restrictedImports(`${line}\nexport const y = 1;\n`, 'renderer/src/example.ts')).not.toEqual([]);
  });

  it('rejects electron outside the shell, main and preload', async () => {
    const line = "import { app } from 'electron';\nexport const z = app;\n";
    expect(await restrictedImports(line, 'electron/import/example.ts')).not.toEqual([]);
    expect(await restrictedImports(line, 'electron/cli/example.ts')).not.toEqual([]);
    expect(await restrictedImports(line, 'electron/shell/example.ts')).toEqual([]);
    expect(await restrictedImports(line, 'electron/main.ts')).toEqual([]);
  });

  it('rejects the composition in the features: only its hosts import createMainHandlers', async () => {
    const rejected = [expect.stringContaining('Features do not import the composition')];
    const composition =
      "import { createMainHandlers } from '../app/createMainHandlers';\nexport const c = createMainHandlers;\n";
    expect(await restrictedImports(composition, 'electron/import/example.ts')).toEqual(rejected);
    expect(await restrictedImports(composition, 'electron/workbook/example.ts')).toEqual(rejected);
    const sibling =
      "import { createMainHandlers } from './createMainHandlers';\nexport const c = createMainHandlers;\n";
    expect(await restrictedImports(sibling, 'electron/app/example.ts')).toEqual(rejected);
    expect(await restrictedImports(composition, 'electron/shell/example.ts')).toEqual([]);
  });
});
