/**
 * Why a request between the window and the main side failed, as the UI shows it
 * (IpcError.reason): a request the main side refused or could not complete, and the
 * sentence for an error that came without a reason of its own (by its IpcErrorCode).
 * {channel} names the request, {detail} what went wrong (in English: it names the code).
 */
export const ipcErrorsEn = {
  'ipcError.unknownChannel': 'Unknown IPC channel "{channel}".',
  'ipcError.invalidRequest': 'Invalid request for {channel}: {problems}.',
  'ipcError.internal': 'Pito could not complete {channel} because of an internal error.',
  'ipcError.sender.frameGone': 'The frame that sent the message no longer exists.',
  'ipcError.sender.noWindow': 'The app window is not open.',
  'ipcError.sender.notTopFrame': 'Only the top-level frame of the app window may send IPC messages.',
  'ipcError.sender.notAppPage': 'Only pages of the app itself may send IPC messages.',
  'ipcError.drop.pageNamedPath':
    'A dropped file is imported with pito.importDroppedFile(file); the page cannot name a path.',
  'ipcError.drop.notAFile': 'The dropped item is not a file on this computer.',
  'ipcError.unexplained.invalidRequest': 'Pito refused the request: {detail}',
  'ipcError.unexplained.forbidden': 'Pito refused the request: {detail}',
  'ipcError.unexplained.badFile': 'The file could not be read: {detail}',
  'ipcError.unexplained.cancelled': 'Cancelled: {detail}',
  'ipcError.unexplained.io': 'The file could not be read or written: {detail}',
  'ipcError.unexplained.internal': 'Pito ran into an internal error: {detail}',
} as const;
