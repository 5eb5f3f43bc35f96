import type { workbookEn } from '../en/workbook';

export const workbookFi: Record<keyof typeof workbookEn, string> = {
  'workbook.sheet.periods': 'Jaksot',
  'workbook.sheet.summary': 'Yhteenveto',
  'workbook.sheet.cohorts': 'Kohortit',
  'workbook.sheet.customers': 'Asiakkaat',
  'workbook.sheet.definitions': 'Määritelmät',
  'workbook.periods.totals': 'Yhteenvedon aikaväli',
  'workbook.summary.figure': 'Tunnusluku',
  'workbook.summary.latest': 'Viimeisin jakso ({label})',
  'workbook.summary.range': '{name} ({first} – {last})',
  'workbook.summary.listCustomers': 'Asiakkaita tuodussa luettelossa',
  'workbook.cohorts.cohort': 'Kohortti',
  'workbook.cohorts.size': 'Asiakkaat',
  'workbook.cohorts.shareTitle': 'Osuus yhä asiakkaina jakson kohortti + k lopussa',
  'workbook.cohorts.countTitle': 'Yhä asiakkaina jakson kohortti + k lopussa',
  'workbook.cohorts.age': 'k = {age}',
  'workbook.customers.row': 'Lähderivi',
  'workbook.customers.id': 'Asiakas',
  'workbook.customers.start': 'Alkupäivä',
  'workbook.customers.end': 'Loppupäivä',
  'workbook.customers.purchases': 'Ostokerrat',
  'workbook.customers.revenue': 'Myynti',
  'workbook.customers.npsScore': 'NPS-arvio',
  'workbook.customers.npsDate': 'NPS-päivä',
  'workbook.customers.segment': 'Segmentti',
  'workbook.definitions.figure': 'Tunnusluku',
  'workbook.definitions.meaning': 'Merkitys',
  'workbook.definitions.formula': 'Kaava tässä työkirjassa (rivi 2)',
  'workbook.definitions.notesTitle': 'Tästä työkirjasta',
  'workbook.definitions.notePercent':
    'Prosenttiluvut (pitoaste, poistuma, kate) on tallennettu murtolukuina ja näytetään prosenttimuotoilulla: 0,925 näkyy 92,5 %.',
  'workbook.definitions.noteBlank':
    'Tunnusluku, jota ei voi laskea (ei asiakkaita jakson alussa, ei NPS-vastauksia, puuttuva lähtötieto), jätetään tyhjäksi.',
  'workbook.definitions.noteDefaultMargin':
    'CLV käyttää rivin katetta tai, jos rivillä ei ole katetta, asiakirjan oletuskatetta (nimi PitoDefaultMargin).',
  'workbook.definitions.noteTotals':
    'Yhteenvedon aikavälin rivi käsittelee Pitossa valitun aikavälin (oletuksena viimeiset 12 kuukautta) yhtenä jaksona. Asiakasluettelosta sen luvut ovat luettelon, laskettuina tallennushetkellä; taulukosta siihen tulevat ensimmäisen jakson alun asiakkaat, aikavälin kaikki uudet asiakkaat ja vastaukset sekä viimeisen jakson lopun asiakkaat.',
  'workbook.definitions.noteEditing':
    'Pito lukee Jaksot-taulukon lähtötiedot, kun se avaa tämän työkirjan uudelleen: muokkaa niitä täällä, niin tunnusluvut lasketaan uudelleen. Pito tunnistaa sarakkeet otsikoistaan, joten sarakkeita voi siirtää ja lisätä; jätä otsikot ennalleen.',
  'workbook.definitions.noteSource':
    'Määritelmät ovat Piton omia; Piton dokumentaation docs/metrics.md kirjoittaa jokaisen auki esimerkein.',
  'workbook.definitions.aggregationTitle': 'Asiakasluettelosta johdetut oletukset',
};
