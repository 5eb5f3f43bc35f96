/**
 * Why a save failed, as the UI shows it (IpcError.reason) and the CLI prints it. {file} is
 * the name of the file being saved, {folder} the folder the user chose; a variant ending in
 * `Kept` is used only when a previous file is there and stays as it was.
 */
export const saveErrorsEn = {
  'saveError.folderMissing': 'Could not save {file}: the folder “{folder}” does not exist.',
  'saveError.targetIsFolder': 'Could not save {file}: “{folder}” already holds a folder of that name.',
  'saveError.permissionDenied': 'Could not save {file}: permission to write in the folder “{folder}” was denied.',
  'saveError.permissionDeniedKept':
    'Could not save {file}: permission to write in the folder “{folder}” was denied. The previous file is unchanged.',
  'saveError.diskFull': 'Could not save {file}: the disk is full.',
  'saveError.diskFullKept': 'Could not save {file}: the disk is full. The previous file is unchanged.',
  'saveError.readOnly': 'Could not save {file}: the disk is read-only.',
  'saveError.readOnlyKept': 'Could not save {file}: the disk is read-only. The previous file is unchanged.',
  'saveError.failed': 'Could not save {file}: {detail}.',
  'saveError.failedKept': 'Could not save {file}: {detail}. The previous file is unchanged.',
} as const;
