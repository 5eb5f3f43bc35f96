import type { importErrorsEn } from '../en/importErrors';

export const importErrorsFi: Record<keyof typeof importErrorsEn, string> = {
  'importError.missingFields':
    'Kentälle {fields} ei ole valittu saraketta, ja {shape} tarvitsee sen. Valitse sarake kohdassa Sarakkeet tai vaihda tiedoston sisältö.',
  'importError.periodLabelTooLong':
    '{file}: rivi {row}, sarake "{column}": jakson nimessä "{value}" on {length} merkkiä; nimessä voi olla enintään {limit}.',
  'importError.tooManyPeriodRows':
    '{file}: rivi {row}, sarake "{column}": taulukossa on yli {limit} jaksoa, enemmän kuin yhteen asiakirjaan mahtuu.',
  'importError.shape.customerList': 'asiakasluettelo',
  'importError.shape.periodTable': 'jaksotaulukko',
  'importError.mixedDateOrder':
    '{file}: päivämäärät on kirjoitettu kahdella tavalla: sarakkeen "{dayFirstColumn}" rivillä {dayFirstRow} on "{dayFirstValue}", jonka voi lukea vain päivä ensin, ja sarakkeen "{monthFirstColumn}" rivillä {monthFirstRow} on "{monthFirstValue}", jonka voi lukea vain kuukausi ensin. Kirjoita päivämäärät yhdellä tavalla ja tuo uudelleen.',
  'importError.readDayFirstButMonthFirst':
    '{file}: sarakkeen "{column}" rivillä {row} on "{value}", jonka voi lukea vain kuukausi ensin, mutta päivämäärät luettiin päivä ensin. Valitse kuukausi ensin ja tuo uudelleen.',
  'importError.readMonthFirstButDayFirst':
    '{file}: sarakkeen "{column}" rivillä {row} on "{value}", jonka voi lukea vain päivä ensin, mutta päivämäärät luettiin kuukausi ensin. Valitse päivä ensin ja tuo uudelleen.',
  'importError.emptyFile': '{file} on tyhjä.',
  'importError.emptyZip': '{file} on tyhjä zip-arkisto eikä Excel-työkirja.',
  'importError.passwordProtected':
    '{file} on salasanalla suojattu työkirja. Avaa se Excelissä, poista salasana (Tiedosto > Tiedot > Suojaa työkirja) ja tuo se uudelleen.',
  'importError.oldXls':
    '{file} on vanha Excel 97-2003 -työkirja (.xls). Tallenna se Excelissä .xlsx-työkirjana tai CSV-tiedostona ja tuo se.',
  'importError.notAZip': '{file} ei ole Excel-työkirja: .xlsx-tiedosto on zip-arkisto, eikä tämä ole.',
  'importError.notAFile': 'Tiedostoa {file} ei voi tuoda: sitä ei ole olemassa tiedostona.',
  'importError.unsupportedType':
    'Tiedostoa {file} ei voi tuoda: Pito lukee .xlsx-työkirjoja sekä .csv- ja .txt-tiedostoja.',
  'importError.fileGone': 'Tiedosto ei ole enää käytettävissä; valitse se uudelleen.',
  'importError.nothingToRegroup':
    'Pitolla ei ole enää asiakasluetteloa, josta nämä jaksot laskettiin: se pitää vain viimeksi tuodun tai avatun työkirjan luettelon. Tuo luettelo uudelleen, niin sen jaksot voi ryhmitellä uudelleen.',
  'importError.listGone':
    'Pitolla ei ole enää asiakasluetteloa, josta nämä jaksot laskettiin: se pitää vain viimeksi tuodun tai avatun työkirjan luettelon. Tuo luettelo uudelleen, niin aikavälin luvut voi laskea siitä.',
  'importError.noDataRows': 'Tiedostossa {file} on otsikkorivi, mutta sen alla ei ole tietorivejä.',
  'importError.noDataRowsInSheet': '{file}: taulukossa "{sheet}" on otsikkorivi, mutta sen alla ei ole tietorivejä.',
  'importError.emptyTable': '{file} on tyhjä: siinä ei ole tuotavia rivejä.',
  'importError.emptySheet': '{file}: taulukko "{sheet}" on tyhjä: siinä ei ole tuotavia rivejä.',
  'importError.noSuchSheet': 'Tiedostossa {file} ei ole taulukkoa nimeltä "{sheet}"; sen taulukot ovat {sheets}.',
  'importError.tooManyPeriods':
    '{file}: päivämäärät kattavat {periods} jaksoa, {first}–{last}; Pito käsittelee enintään {max}. Tarkista päivämäärät tai valitse pidempi jakso.',
  'importError.cancelled': 'Tiedoston {file} tuonti peruttiin.',
  'importError.stalled':
    'Tiedostoa {file} ei voitu lukea: lukeminen lakkasi etenemästä (tiedosto voi olla vioittunut).',
  'importError.outOfMemory':
    'Tiedoston {file} lukeminen tarvitsee enemmän muistia kuin tuonti saa käyttää ({limit} Mt): tiedosto on liian suuri tai vioittunut.',
  'importError.readerEnded':
    'Tiedostoa {file} ei voitu lukea: lukija päättyi vastaamatta (tiedosto voi olla vioittunut).',
  'importError.readerFailed': 'Tiedostoa {file} ei voitu lukea: {detail}',
};
