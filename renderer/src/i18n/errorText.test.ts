import { describe, expect, it } from 'vitest';
import type { IpcError, IpcErrorReason } from '../../../shared/ipc/result';
import { errorText } from './errorText';

describe('refusal text', () => {
  it('names missing fields and the shape in the UI language', () => {
    const error: IpcError = {
      code: 'invalidRequest',
      message: 'periods.xlsx: no column is chosen for "Customers at end", which a period table needs.',
      reason: {
        key: 'importError.missingFields',
        params: { fields: 'customersAtStart, customersAtEnd', shape: 'periodTable' },
      },
    };
    expect(errorText(error, 'en')).toContain(
      'No column is chosen for "Customers at start", "Customers at end", which a period table needs.',
    );
    expect(errorText(error, 'fi')).toContain('"Asiakkaat jakson alussa", "Asiakkaat jakson lopussa"');
    expect(errorText(error, 'fi')).toContain('jaksotaulukko');
  });

  it('fill any other reason with its own params', () => {
    const reason = {
      key: 'importError.readMonthFirstButDayFirst' as const,
      params: { file: 'us.csv', row: 4, column: 'Start', value: '13/04/2024' },
    };
    expect(errorText({ code: 'badFile', message: 'x', reason }, 'en')).toBe(
      'us.csv: row 4 of column "Start" has "13/04/2024", which only day first reads, but the dates were being read month first. Choose day first and import again.',
    );
  });

  it('names an error without a reason (a bug) by its code in the UI language, its English quoted after it', () => {
    expect(errorText({ code: 'badFile', message: 'The file is broken.' }, 'fi')).toBe(
      'Tiedostoa ei voitu lukea: The file is broken.',
    );
    expect(errorText({ code: 'internal', message: 'x is undefined.' }, 'en')).toBe(
      'Pito ran into an internal error: x is undefined.',
    );
  });

  it('words the main side’s own refusals in Finnish: the router’s, the sender check’s, the preload’s', () => {
    const refusal = (key: IpcErrorReason['key'], params: IpcErrorReason['params'] = {}): IpcError => ({
      code: 'invalidRequest',
      message: 'English',
      reason: { key, params },
    });
    expect(errorText(refusal('ipcError.internal', { channel: 'document:save' }), 'fi')).toBe(
      'Pito ei voinut suorittaa pyyntöä document:save sisäisen virheen vuoksi.',
    );
    expect(errorText(refusal('ipcError.unknownChannel', { channel: 'shell:exec' }), 'fi')).toBe(
      'Tuntematon IPC-kanava "shell:exec".',
    );
    expect(errorText(refusal('ipcError.sender.notAppPage'), 'fi')).toBe(
      'Vain sovelluksen omat sivut saavat lähettää IPC-viestejä.',
    );
    expect(errorText(refusal('ipcError.drop.notAFile'), 'fi')).toBe(
      'Pudotettu kohde ei ole tämän tietokoneen tiedosto.',
    );
  });

  it('writes the numbers of a reason as the UI language writes them', () => {
    const reason = {
      key: 'importError.tooManyPeriods' as const,
      params: { file: 'a.csv', periods: 12345, first: '1000-01', last: '2028-09', max: 10000 },
    };
    expect(errorText({ code: 'badFile', message: 'x', reason }, 'fi').replace(/\u00a0/g, ' ')).toContain(
      'kattavat 12 345 jaksoa, 1000-01–2028-09; Pito käsittelee enintään 10 000.',
    );
    expect(errorText({ code: 'badFile', message: 'x', reason }, 'en')).toContain(
      'span 12,345 periods, from 1000-01 to 2028-09; Pito handles at most 10,000.',
    );
  });

  it('words a reader error in Finnish from its reason, not from the English message', () => {
    const error: IpcError = {
      code: 'badFile',
      message: 'secret.xlsx is a password-protected workbook. Open it in Excel, remove the password.',
      file: 'secret.xlsx',
      reason: { key: 'importError.passwordProtected', params: { file: 'secret.xlsx' } },
    };
    expect(errorText(error, 'fi')).toBe(
      'secret.xlsx on salasanalla suojattu työkirja. Avaa se Excelissä, poista salasana (Tiedosto > Tiedot > Suojaa työkirja) ja tuo se uudelleen.',
    );
  });

  it('fills a damaged-workbook reason with its place in Finnish', () => {
    const reason = {
      key: 'readerError.xlsx.cutShort' as const,
      params: { file: 'cut.xlsx', part: 'xl/worksheets/sheet1.xml' },
    };
    expect(errorText({ code: 'badFile', message: 'cut.xlsx is damaged.', reason }, 'fi')).toBe(
      'cut.xlsx on vioittunut: osan xl/worksheets/sheet1.xml XML katkeaa kesken.',
    );
  });
});
