/**
 * Every channel of the contract, from the feature that implements it. The Electron
 * shell and the browser harness both serve exactly this map through the IPC router.
 */
import type { ChannelName } from '../../shared/ipc/contract';
import { createImportHandlers } from '../import/handlers';
import type { HandlerMap } from '../ipc/handlerTypes';
import { createDocumentHandlers } from '../workbook/handlers';
import { createAppHandlers } from './appHandlers';
import type { MainDeps } from './deps';

export function createMainHandlers(deps: MainDeps): HandlerMap<ChannelName> {
  return { ...createImportHandlers(deps), ...createDocumentHandlers(deps), ...createAppHandlers(deps) };
}
