import type { readerErrorsEn } from '../en/readerErrors';

export const readerErrorsFi: Record<keyof typeof readerErrorsEn, string> = {
  'readerError.xlsx.cellTooLong':
    '{file}: taulukon "{sheet}" solussa {cell} on yli 32 767 merkkiä, enemmän kuin Excel sallii yhteen soluun: tiedosto on vioittunut tai sitä ei ole tallennettu taulukkolaskentaohjelmalla.',
  'readerError.xlsx.rowTooLarge':
    '{file}: taulukon "{sheet}" rivi {row} on yli 16 Mt, paljon suurempi kuin yksikään asiakasluettelon rivi: tiedosto on vioittunut tai sitä ei ole tallennettu taulukkolaskentaohjelmalla.',
  'readerError.xlsx.notANumber':
    '{file}: taulukon "{sheet}" solussa {cell} pitäisi olla luku, mutta siinä on "{value}": tiedosto on vioittunut.',
  'readerError.xlsx.notATruthValue':
    '{file}: taulukon "{sheet}" solussa {cell} pitäisi olla TOSI tai EPÄTOSI, mutta siinä on "{value}": tiedosto on vioittunut.',
  'readerError.xlsx.badSharedStringIndex':
    '{file}: taulukon "{sheet}" solun {cell} pitäisi viitata johonkin työkirjan jaetuista teksteistä, mutta siinä on "{value}": tiedosto on vioittunut.',
  'readerError.xlsx.missingSharedString':
    '{file}: taulukon "{sheet}" solu {cell} viittaa jaettuun tekstiin {index}, mutta työkirjassa on vain {count, plural, one {# jaettu teksti} other {# jaettua tekstiä}} nollasta numeroituna: tiedosto on vioittunut.',
  'readerError.xlsx.cellNotClosed':
    '{file}: taulukon "{sheet}" solu {cell} ei pääty siellä, missä sen pitäisi (sen </c> puuttuu): tiedosto on vioittunut.',
  'readerError.xlsx.rowNotClosed':
    '{file}: taulukon "{sheet}" rivi {row} ei pääty (sen </row> puuttuu), joten ei tiedetä, mistä seuraava rivi alkaa: tiedosto on vioittunut.',
  'readerError.xlsx.badCellReference':
    '{file}: taulukon "{sheet}" rivillä {row} on solu, jonka viite "{value}" ei ole soluviite (kuten C12): tiedosto on vioittunut.',
  'readerError.xlsx.cellInOtherRow':
    '{file}: taulukon "{sheet}" solu {cell} on kirjoitettu riville {row}: tiedosto on vioittunut.',
  'readerError.xlsx.cellsOutOfOrder':
    '{file}: taulukon "{sheet}" rivillä {row} solu {cell} tulee solun {previous} jälkeen, vaikka Excel kirjoittaa jokaisen solun kerran vasemmalta oikealle: tiedosto on vioittunut.',
  'readerError.xlsx.badRowNumber':
    '{file}: taulukon "{sheet}" rivin numeroksi on merkitty "{value}", mikä ei ole rivinumero (kuten 12): tiedosto on vioittunut.',
  'readerError.xlsx.rowsOutOfOrder':
    '{file}: taulukon "{sheet}" rivi {row} tulee rivin {previous} jälkeen, vaikka Excel kirjoittaa jokaisen rivin kerran ylhäältä alas: tiedosto on vioittunut.',
  'readerError.xlsx.duplicatePart':
    '{file} on vioittunut: siinä on kaksi samannimistä osaa, eikä tiedetä, kumman Excel lukisi.',
  'readerError.xlsx.sharedStringTooLong':
    '{file}: työkirjan jaetussa tekstissä {item} on yli 32 767 merkkiä, enemmän kuin Excel sallii yhteen soluun: tiedosto on vioittunut tai sitä ei ole tallennettu taulukkolaskentaohjelmalla.',
  'readerError.xlsx.noWorksheets': '{file} ei ole Excel-työkirja: siinä ei ole yhtään taulukkoa.',
  'readerError.xlsx.damagedZip': '{file} on vioittunut tai keskeneräinen (tarkemmin: {detail}).',
  'readerError.xlsx.archiveTooLarge':
    '{file} purkautuisi suuremmaksi kuin Pito lukee (arkisto kokonaisuudessaan on liian suuri): se voi olla purkupommi.',
  'readerError.xlsx.partTooLarge':
    '{file} purkautuisi suuremmaksi kuin Pito lukee ({part} on liian suuri tai suurempi kuin se ilmoittaa): se voi olla purkupommi.',
  'readerError.xlsx.rowBeyondLimits':
    '{file} on vioittunut: {part} viittaa riviin {row}, yli Excelin rajojen (1 048 576 riviä, sarakkeet XFD:hen asti).',
  'readerError.xlsx.cellBeyondLimits':
    '{file} on vioittunut: {part} viittaa soluun {cell}, yli Excelin rajojen (1 048 576 riviä, sarakkeet XFD:hen asti).',
  'readerError.xlsx.cutShort': '{file} on vioittunut: osan {part} XML katkeaa kesken.',
  'readerError.xlsx.cannotUnpack': '{file} on vioittunut: työkirjan osaa ei voi purkaa.',
  'readerError.xlsx.malformed': 'Tiedostoa {file} ei voi lukea (tarkemmin: {detail}).',
  'readerError.xlsx.malformedSheet': '{file}: taulukkoa "{sheet}" ei voi lukea (tarkemmin: {detail}).',
  'readerError.csv.empty': '{file} on tyhjä.',
  'readerError.csv.notText': '{file} ei ole tekstitiedosto, joten sitä ei voi lukea CSV-tiedostona.',
  'readerError.csv.unclosedQuote':
    '{file}: rivillä {row} alkavan kentän lainausmerkkiä ei suljeta koskaan; tarkista rivin lainausmerkit. Tiedosto loppuu ennen sulkevaa lainausmerkkiä. Kenttä alkaa tekstieditorissa rivillä {line}: "{value}".',
  'readerError.csv.quotedFieldTooLong':
    '{file}: rivillä {row} alkavan kentän lainausmerkkiä ei suljeta koskaan; tarkista rivin lainausmerkit. Sulkevaa lainausmerkkiä ei tule {limit} merkin kuluessa, eikä Excel salli yhteen soluun enempää. Kenttä alkaa tekstieditorissa rivillä {line}: "{value}".',
  'readerError.csv.fieldTooLong':
    '{file}: rivillä {row} on yli {limit} merkin pituinen kenttä, pidempi kuin Excel sallii yhteen soluun. Kenttä alkaa tekstieditorissa rivillä {line}: "{value}". Tarkista rivin erottimet.',
  'readerError.csv.tooManyFields':
    '{file}: rivillä {row} on yli {limit} kenttää, enemmän kuin Excel sallii sarakkeita yhteen taulukkoon (tekstieditorissa rivi {line}). Tarkista rivin erottimet.',
  'readerError.csv.rowTooLong':
    '{file}: rivillä {row} on yli {limit} merkkiä, paljon enemmän kuin yhdelläkään asiakasluettelon rivillä (tekstieditorissa rivi {line}): tiedosto on vioittunut tai sitä ei ole tallennettu taulukkolaskentaohjelmalla.',
};
