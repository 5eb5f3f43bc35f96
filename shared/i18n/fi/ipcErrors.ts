import type { ipcErrorsEn } from '../en/ipcErrors';

export const ipcErrorsFi: Record<keyof typeof ipcErrorsEn, string> = {
  'ipcError.unknownChannel': 'Tuntematon IPC-kanava "{channel}".',
  'ipcError.invalidRequest': 'Virheellinen pyyntö {channel}: {problems}.',
  'ipcError.internal': 'Pito ei voinut suorittaa pyyntöä {channel} sisäisen virheen vuoksi.',
  'ipcError.sender.frameGone': 'Kehystä, joka lähetti viestin, ei enää ole.',
  'ipcError.sender.noWindow': 'Sovelluksen ikkuna ei ole auki.',
  'ipcError.sender.notTopFrame': 'Vain sovellusikkunan ylimmän tason kehys saa lähettää IPC-viestejä.',
  'ipcError.sender.notAppPage': 'Vain sovelluksen omat sivut saavat lähettää IPC-viestejä.',
  'ipcError.drop.pageNamedPath':
    'Pudotettu tiedosto tuodaan kutsulla pito.importDroppedFile(file); sivu ei voi nimetä polkua.',
  'ipcError.drop.notAFile': 'Pudotettu kohde ei ole tämän tietokoneen tiedosto.',
  'ipcError.unexplained.invalidRequest': 'Pito hylkäsi pyynnön: {detail}',
  'ipcError.unexplained.forbidden': 'Pito hylkäsi pyynnön: {detail}',
  'ipcError.unexplained.badFile': 'Tiedostoa ei voitu lukea: {detail}',
  'ipcError.unexplained.cancelled': 'Peruutettu: {detail}',
  'ipcError.unexplained.io': 'Tiedostoa ei voitu lukea tai kirjoittaa: {detail}',
  'ipcError.unexplained.internal': 'Pito kohtasi sisäisen virheen: {detail}',
};
