/**
 * Every channel of the contract, from the feature that implements it. The Electron
 * shell and the browser harness both serve exactly this map through the IPC router.
 */
import type { ChannelName } from '../../shared/ipc/contract';
import { createImportHandlers } from '../import/handlers';
import type { HandlerMap } from '../ipc/handlerTypes';
import type { MainDeps } from '../ipc/mainDeps';
import { createDocumentHandlers } from '../document/handlers';
import { createAppHandlers } from './appHandlers';

export function createMainHandlers(deps: MainDeps): HandlerMap<ChannelName> {
  return { ...createImportHandlers(deps), ...createDocumentHandlers(deps), ...createAppHandlers(deps) };
}
