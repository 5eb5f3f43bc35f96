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
  'documentError.data.notAVersion':
    '{file}: taulukossa {sheet} kohdan formatVersion arvo on "{value}", joka ei ole mikään Piton tiedostomuodon versio. Avaa Piton tallentama työkirja tai käytä tuontia.',
  'documentError.data.noPeriodsSheet':
    '{file}: taulukko {sheet} ei nimeä jaksotaulukkoa. Avaa Piton tallentama työkirja tai käytä tuontia.',
  'documentError.data.noRangePeriods':
    '{file}: taulukon {sheet} mukaan yhteenveto kattaa valitut jaksot, mutta sen ensimmäistä ja viimeistä jaksoa ei ole nimetty. Avaa Piton tallentama työkirja tai käytä tuontia.',
  'documentError.sheetMissing': '{file}: taulukko "{sheet}" puuttuu (nimetty uudelleen tai poistettu?).',
  'documentError.periods.missingColumns':
    '{file}: taulukossa "{sheet}" ei ole {count, plural, one {tämän nimistä saraketta} other {näiden nimisiä sarakkeita}}: {columns}, joten sen jaksoja ei voi lukea. Palauta {count, plural, one {sarake tällä otsikolla} other {sarakkeet näillä otsikoilla}} (suomeksi tai englanniksi) tai käytä tuontia.',
  'documentError.periods.duplicateColumn':
    '{file}: taulukossa "{sheet}" on kaksi samannimistä saraketta, {first} ja {second} (Pito lukee otsikot suomeksi ja englanniksi), joten ei tiedetä, kummassa luvut ovat. Poista toinen niistä tai nimeä se uudelleen.',
  'documentError.cell.notANumber':
    '{file}: taulukon "{sheet}" rivillä {row}, sarakkeessa "{column}" pitäisi olla luku tai tyhjä solu, mutta siinä on "{value}".',
  'documentError.cell.noStartDate':
    '{file}: taulukon "{sheet}" rivillä {row}, sarakkeessa "{column}" pitäisi olla aloituspäivä, mutta solu on tyhjä.',
  'documentError.cell.noPeriodLabel':
    '{file}: taulukon "{sheet}" rivillä {row}, sarakkeessa "{column}" pitäisi olla jakson nimi, mutta solu on tyhjä.',
  'documentError.report.cannotRegroup':
    '{file} sisältää jaksonsa mutta ei asiakkaita, joista ne on laskettu, joten niitä ei voi ryhmitellä uudelleen valinnalla --period {period}. Jätä --period pois, niin jaksot raportoidaan tallennettuina, tai raportoi asiakasluettelo, josta ne ovat peräisin.',
  'documentError.report.importOptions':
    '{file} on Piton tallentama työkirja: report avaa sen kuten sovelluksen Avaa, sen omien taulukoiden mukaan, joten tuonnin valinnat --sheet, --map, --mapping ja --date-order eivät koske sitä. Jätä ne pois.',
  'documentError.link.tooLong': 'Linkki on yli {max} merkkiä pitkä.',
  'documentError.link.invalid': 'Linkki ei ole kelvollinen verkko-osoite.',
  'documentError.link.notHttps': 'Selaimessa avataan vain https-linkit, ei {scheme}-linkkejä.',
  'documentError.link.credentials': 'Linkkejä, joissa on käyttäjätunnus tai salasana, ei avata.',
  'documentError.link.noHost': 'Linkissä ei ole palvelimen nimeä.',
};
