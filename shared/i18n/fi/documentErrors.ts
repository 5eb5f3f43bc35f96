import type { documentErrorsEn } from '../en/documentErrors';

export const documentErrorsFi: Record<keyof typeof documentErrorsEn, string> = {
  'documentError.notFound': 'Tiedostoa {file} ei voitu avata: sitä ei ole olemassa.',
  'documentError.permissionDenied': 'Tiedostoa {file} ei voitu avata: lukuoikeus evättiin.',
  'documentError.isFolder': 'Tiedostoa {file} ei voitu avata: se on kansio eikä tiedosto.',
  'documentError.notAWorkbook': 'Tiedostoa {file} ei voi lukea Excel-työkirjana (.xlsx) (tarkemmin: {detail}).',
  'documentError.damaged': '{file} on vioittunut, eikä sitä voi lukea (tarkemmin: {detail}).',
  'documentError.notPitoWorkbook':
    '{file} ei ole Piton tallentama työkirja (siinä ei ole taulukkoa {sheet}). Asiakasluettelo tai jaksotaulukko analysoidaan tuomalla se.',
  'documentError.data.notPito':
    '{file}: taulukkoa {sheet} ei ole kirjoittanut Pito. Avaa Piton tallentama työkirja tai käytä tuontia.',
  'documentError.data.notOneOf':
    '{file}: taulukossa {sheet} kohdan {key} arvo on "{value}", kun sen pitäisi olla jokin näistä: {allowed}. Avaa Piton tallentama työkirja tai käytä tuontia.',
  'documentError.data.notANumber':
    '{file}: taulukossa {sheet} kohdan {key} arvo on "{value}", kun sen pitäisi olla luku. Avaa Piton tallentama työkirja tai käytä tuontia.',
  'documentError.data.newerVersion':
    '{file} on tallennettu uudemmalla Pitolla: sen taulukon {sheet} tiedostomuodon versio on {version}, ja tämä Pito lukee enintään version {supported}. Päivitä Pito avataksesi sen.',
  'documentError.data.noPeriodsSheet':
    '{file}: taulukko {sheet} ei nimeä jaksotaulukkoa. Avaa Piton tallentama työkirja tai käytä tuontia.',
  'documentError.sheetMissing': '{file}: taulukko "{sheet}" puuttuu (nimetty uudelleen tai poistettu?).',
  'documentError.cell.notANumber':
    '{file}: taulukon "{sheet}" rivillä {row}, sarakkeessa "{column}" pitäisi olla luku tai tyhjä solu, mutta siinä on "{value}".',
  'documentError.cell.noStartDate':
    '{file}: taulukon "{sheet}" rivillä {row}, sarakkeessa "{column}" pitäisi olla aloituspäivä, mutta solu on tyhjä.',
  'documentError.cell.noPeriodLabel':
    '{file}: taulukon "{sheet}" rivillä {row}, sarakkeessa "{column}" pitäisi olla jakson nimi, mutta solu on tyhjä.',
  'documentError.link.tooLong': 'Linkki on yli {max} merkkiä pitkä.',
  'documentError.link.invalid': 'Linkki ei ole kelvollinen verkko-osoite.',
  'documentError.link.notHttps': 'Selaimessa avataan vain https-linkit, ei {scheme}-linkkejä.',
  'documentError.link.credentials': 'Linkkejä, joissa on käyttäjätunnus tai salasana, ei avata.',
  'documentError.link.noHost': 'Linkissä ei ole palvelimen nimeä.',
};
