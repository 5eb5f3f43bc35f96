import type { saveErrorsEn } from '../en/saveErrors';

export const saveErrorsFi: Record<keyof typeof saveErrorsEn, string> = {
  'saveError.folderMissing': 'Tiedostoa {file} ei voitu tallentaa: kansiota "{folder}" ei ole olemassa.',
  'saveError.targetIsFolder': 'Tiedostoa {file} ei voitu tallentaa: kansiossa "{folder}" on jo samanniminen kansio.',
  'saveError.permissionDenied': 'Tiedostoa {file} ei voitu tallentaa: kansioon "{folder}" ei ole kirjoitusoikeutta.',
  'saveError.permissionDeniedKept':
    'Tiedostoa {file} ei voitu tallentaa: kansioon "{folder}" ei ole kirjoitusoikeutta. Aiempi tiedosto on ennallaan.',
  'saveError.diskFull': 'Tiedostoa {file} ei voitu tallentaa: levy on täynnä.',
  'saveError.diskFullKept': 'Tiedostoa {file} ei voitu tallentaa: levy on täynnä. Aiempi tiedosto on ennallaan.',
  'saveError.readOnly': 'Tiedostoa {file} ei voitu tallentaa: levylle ei voi kirjoittaa.',
  'saveError.readOnlyKept':
    'Tiedostoa {file} ei voitu tallentaa: levylle ei voi kirjoittaa. Aiempi tiedosto on ennallaan.',
  'saveError.failed': 'Tiedostoa {file} ei voitu tallentaa: {detail}.',
  'saveError.failedKept': 'Tiedostoa {file} ei voitu tallentaa: {detail}. Aiempi tiedosto on ennallaan.',
};
