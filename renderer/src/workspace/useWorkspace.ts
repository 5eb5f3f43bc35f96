/** The workspace state in React: the reducer, plus the derived document and dirty flag. */
import { useReducer } from 'react';
import { createEmptyDocument, defaultSettings, type UiLanguage } from '../../../shared/document';
import { initialWorkspace, isDirty, workspaceReducer } from './workspaceState';

export function useWorkspace(language: UiLanguage) {
  const [state, dispatch] = useReducer(workspaceReducer, language, (initial) =>
    initialWorkspace(createEmptyDocument(defaultSettings(initial))),
  );
  return { state, dispatch, document: state.history.present, dirty: isDirty(state) };
}

export type Workspace = ReturnType<typeof useWorkspace>;
