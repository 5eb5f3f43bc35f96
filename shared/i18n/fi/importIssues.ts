import type { importIssuesEn } from '../en/importIssues';

export const importIssuesFi: Record<keyof typeof importIssuesEn, string> = {
  'importIssue.missingStartDate': 'Rivi {row}: aloituspäivä sarakkeessa "{column}" puuttuu; riviä ei lasketa.',
  'importIssue.unreadableStartDate':
    'Rivi {row}: "{value}" sarakkeessa "{column}" ei ole päivämäärä (esimerkiksi 1.2.2024 tai 2024-02-01); riviä ei lasketa.',
  'importIssue.unreadableEndDate':
    'Rivi {row}: "{value}" sarakkeessa "{column}" ei ole päivämäärä (esimerkiksi 1.2.2024 tai 2024-02-01); riviä ei lasketa.',
  'importIssue.endBeforeStart':
    'Rivi {row}: päättymispäivä {value} sarakkeessa "{column}" on ennen aloituspäivää {start}; riviä ei lasketa.',
  'importIssue.missingPeriodLabel': 'Rivi {row}: jakso sarakkeessa "{column}" puuttuu; riviä ei tuoda.',
  'importIssue.noEndDateColumn':
    'Rivi {row}: mitään saraketta ei lueta päättymispäiväksi, joten ketään ei lasketa menetetyksi: asiakaspitoaste näyttää 100 % ja poistuma 0 %. Valitse päättymispäivän sarake, jos tiedostossa on sellainen.',
  'importIssue.unmappedDateColumn':
    'Rivi {row}: sarakkeessa "{column}" on päivämääriä, mutta sitä ei lueta mihinkään kenttään.',
  'importIssue.unusedNumberColumns':
    'Rivi {row}: näitä lukusarakkeita ei lueta: {columns}. Pito laskee menetetyt asiakkaat, asiakaspitoasteen ja NPS:n itse lukemistaan sarakkeista; jos jokin näistä on alun asiakkaat, uudet asiakkaat, lopun asiakkaat, pysyneet asiakkaat, CLV:n lähtötieto tai NPS-vastausten määrä, valitse se sarakkeiden valinnassa.',
  'importIssue.unmappedScoreColumn':
    'Rivi {row}: sarakkeessa "{column}" on kokonaislukuja 0–10 kuten NPS-pisteissä, mutta sitä ei lueta mihinkään kenttään.',
  'importIssue.lastRowCutShort':
    'Rivi {row}: viimeisellä rivillä on vähemmän kenttiä kuin muilla eikä rivinvaihtoa sen jälkeen: tiedosto on ehkä katkennut. Tarkista, että se on kokonainen.',
  'importIssue.headerHoldsData':
    'Rivi {row}: otsikko "{column}" näyttää arvolta ({value}) eikä sarakkeen nimeltä: jokin tietorivi on ehkä yhdistynyt otsikkoriviin. Tarkista tiedosto.',
  'importIssue.rowAboveHeader':
    'Rivi {row}: rivi on otsikkorivin {headerRow} yläpuolella ja siinä on {values, plural, one {# arvo} other {# arvoa}}, joten sitä ei lueta. Jos se on asiakas, siirrä se otsikon alle.',
  'importIssue.revenueWithoutPurchases':
    'Rivi {row}: myynti luetaan, mutta mitään saraketta ei lueta ostokerroiksi, joten keskiostosta (eikä CLV:tä) ei voi laskea luettelosta. Valitse ostokertojen sarake tai kirjoita keskiostos taulukkoon.',
  'importIssue.rowWiderThanHeader':
    'Rivi {row}: rivillä on arvoja otsikkorivin viimeisen sarakkeen ({columns}) oikealla puolella, eikä mikään kenttä lue niitä. Kaksi riviä on ehkä yhdistynyt, tai otsikko puuttuu.',
  'importIssue.uncertainColumn':
    'Rivi {row}: sarake "{column}" luetaan kenttään {field}, mutta sen otsikko ja arvot jättävät Piton epävarmaksi (varmuus {confidence} %). Tarkista valinta.',
  'importIssue.dayFirstAssumed':
    'Rivi {row}: päivämäärät kuten "{value}" sarakkeessa "{column}" voivat olla päivä tai kuukausi ensin, eikä tiedostosta selviä kumpi; ne luettiin päivä ensin ({value} on {readAs}). Tarkista jaksot tai valitse kuukausi ensin.',
  'importIssue.monthFirstAssumed':
    'Rivi {row}: päivämäärät kuten "{value}" sarakkeessa "{column}" voivat olla päivä tai kuukausi ensin, eikä tiedostosta selviä kumpi; ne luettiin kuukausi ensin ({value} on {readAs}). Tarkista jaksot tai valitse päivä ensin.',
  'importIssue.duplicateId': 'Rivi {row}: asiakastunnus "{value}" sarakkeessa "{column}" on myös rivillä {firstRow}.',
  'importIssue.npsOutOfRange':
    'Rivi {row}: NPS-arvo {value} sarakkeessa "{column}" ei ole väliltä 0–10, joten se jätetään pois.',
  'importIssue.npsNotWhole':
    'Rivi {row}: NPS-arvo {value} sarakkeessa "{column}" ei ole kokonaisluku, joten se jätetään pois.',
  'importIssue.unreadableNpsDate':
    'Rivi {row}: "{value}" sarakkeessa "{column}" ei ole päivämäärä, joten se jätetään tyhjäksi.',
  'importIssue.unreadableNumber':
    'Rivi {row}: "{value}" sarakkeessa "{column}" ei ole luku, joten se jätetään tyhjäksi.',
  'importIssue.negativeNumber':
    'Rivi {row}: {value} sarakkeessa "{column}" on negatiivinen, joten se jätetään tyhjäksi.',
  'importIssue.duplicatePeriodLabel':
    'Rivi {row}: jakso "{value}" sarakkeessa "{column}" esiintyy useammin kuin kerran.',
  'importIssue.periodLabelsRead':
    'Rivi {row}: "{value}" sarakkeessa "{column}" luetaan jaksoksi {readAs}. Muuten kuin Pito jaksot kirjoittaa (2024-01, 2024-Q1, 2024) kirjoitetut nimet luetaan jaksoiksi, jotka ne nimeävät, ja tallennetaan niin, tässä taulukossa {count, plural, one {# nimi} other {# nimeä}}; tarkista, että ne nimeävät tarkoitetut jaksot. Ensimmäinen tällainen nimi.',
  'importIssue.twoDigitPeriodYear':
    'Rivi {row}: jakson "{value}" sarakkeessa "{column}" vuosi on kaksinumeroinen, ja se luetaan vuodeksi {year} ({readAs}): kuten Excelissä, 00–29 luetaan vuosiksi 2000–2029 ja 30–99 vuosiksi 1930–1999. Jos tarkoitettu on toinen vuosisata, korjaa nimet. Ensimmäinen tällainen nimi.',
  'importIssue.unreadablePeriodLabel':
    'Rivi {row}: jakso "{value}" sarakkeessa "{column}" ei nimeä kalenterin kuukautta, vuosineljännestä eikä vuotta (esimerkiksi 2024-01, tammikuu 2024, 2024-Q1 tai 2024: nimi ilman vuotta, kuten "tammikuu" tai "Q4", ei riitä), joten sen ensimmäistä ja viimeistä päivää ei tiedetä. Ensimmäinen tällainen nimi; rivit tuodaan, ja taulukossa korjattu nimi luetaan uudelleen.',
  'importIssue.mixedPeriodKinds':
    'Rivi {row}: jakso "{value}" sarakkeessa "{column}" on eri lajia kuin "{firstValue}" rivillä {firstRow}: samaan taulukkoon sekoitetut kuukaudet, vuosineljännekset ja vuodet eivät seuraa toisiaan. Ensimmäinen tällainen rivi.',
  'importIssue.periodsOutOfOrder':
    'Rivi {row}: jakso "{value}" sarakkeessa "{column}" on ennen jaksoa "{previousValue}" rivillä {previousRow}: rivit eivät ole aikajärjestyksessä, ja jaksojen aikaväli ottaa ne niiden järjestyksessä. Järjestä rivit jakson mukaan. Ensimmäinen tällainen rivi.',
  'importIssue.periodsDoNotChain':
    'Rivi {row}: asiakkaita alussa {value} sarakkeessa "{column}" ≠ rivin {previousRow} asiakkaita lopussa {previousValue} sarakkeessa "{previousColumn}": jakson pitäisi alkaa niillä asiakkailla, joihin edellinen päättyi, muuten menetettyjä asiakkaita, asiakaspitoastetta ja poistumaa jaksojen aikavälillä ei voi laskea. Ensimmäinen tällainen rivi.',
  'importIssue.lostDiffersFromFlow':
    'Rivi {row}: menetetyt asiakkaat {value} sarakkeessa "{column}" ≠ S + N − E = {start} + {added} − {end} = {flow} ({count, plural, one {# rivi eroaa} other {# riviä eroaa}} näin): taulukon alun asiakkaat, uudet asiakkaat, lopun asiakkaat ja menetetyt asiakkaat eivät voi kaikki pitää paikkaansa. Pito laskee menetetyt asiakkaat, asiakaspitoasteen ja poistuman S:stä, N:stä ja E:stä ja lukee tämän sarakkeen vain verratakseen; tarkista, mitkä luvut ovat väärin. Ensimmäinen tällainen rivi.',
  'importIssue.datesAfterToday':
    'Rivi {row}: päivämäärä {value} on tämän päivän ({today}) jälkeen; {count, plural, one {# asiakkaalla on} other {# asiakkaalla on}} alku- tai loppupäivä tämän päivän jälkeen, esimerkiksi sopimuksen suunniteltu päättyminen. Jaksot ulottuvat luettelon viimeiseen päivämäärään asti, joten tämän päivän jälkeiset jaksot laskevat vain suunnitellun: lue viimeiset luvut tähän päivään asti tai korjaa päivämäärät. Ensimmäinen tällainen rivi.',
  'importIssue.formulaRowSkipped':
    'Rivi {row}: "{value}" laskee asiakasmääränsä kaavoilla (yhteenvetorivi), joten sitä ei tuoda jaksona.',
  'importIssue.negativeCount': 'Rivi {row}: {value} sarakkeessa "{column}" on negatiivinen määrä.',
  'importIssue.fractionalCount':
    'Rivi {row}: {value} sarakkeessa "{column}" ei ole kokonainen asiakas- tai vastausmäärä.',
  'importIssue.retainedExceedsStart':
    'Rivi {row}: pysyneitä asiakkaita (asiakkaat lopussa − uudet asiakkaat) on enemmän kuin alussa oli asiakkaita.',
  'importIssue.negativeRetained': 'Rivi {row}: uusia asiakkaita on enemmän kuin asiakkaita jakson lopussa.',
  'importIssue.retainedWithoutStart': 'Rivi {row}: asiakkaita on pysynyt, vaikka alussa ei ollut yhtään.',
  'importIssue.invalidUtf8':
    'Rivi {row}: osa tämän UTF-8-tiedoston tavuista ei ole kelvollista UTF-8:aa, ensimmäinen niistä tällä rivillä; ne luetaan merkkinä "\uFFFD". Tarkista nimet ja arvot tästä rivistä alkaen tai tallenna tiedosto uudelleen UTF-8-muodossa.',
};
