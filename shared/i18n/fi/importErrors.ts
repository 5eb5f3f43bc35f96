import type { importErrorsEn } from '../en/importErrors';

export const importErrorsFi: Record<keyof typeof importErrorsEn, string> = {
  'importError.missingFields':
    'Kentälle {fields} ei ole valittu saraketta, ja {shape} tarvitsee sen. Valitse sarake kohdassa Sarakkeet tai vaihda tiedoston sisältö.',
  'importError.shape.customerList': 'asiakasluettelo',
  'importError.shape.periodTable': 'jaksotaulukko',
  'importError.mixedDateOrder':
    '{file}: päivämäärät on kirjoitettu kahdella tavalla: sarakkeen "{dayFirstColumn}" rivillä {dayFirstRow} on "{dayFirstValue}", jonka voi lukea vain päivä edellä, ja sarakkeen "{monthFirstColumn}" rivillä {monthFirstRow} on "{monthFirstValue}", jonka voi lukea vain kuukausi edellä. Kirjoita päivämäärät yhdellä tavalla ja tuo uudelleen.',
  'importError.readDayFirstButMonthFirst':
    '{file}: sarakkeen "{column}" rivillä {row} on "{value}", jonka voi lukea vain kuukausi edellä, mutta päivämäärät luettiin päivä edellä. Valitse kuukausi edellä ja tuo uudelleen.',
  'importError.readMonthFirstButDayFirst':
    '{file}: sarakkeen "{column}" rivillä {row} on "{value}", jonka voi lukea vain päivä edellä, mutta päivämäärät luettiin kuukausi edellä. Valitse päivä edellä ja tuo uudelleen.',
};
