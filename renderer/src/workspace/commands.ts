/** Everything the user can ask of the workspace, from the toolbar, the menu or the keyboard. */
import type { MenuCommand } from '../../../shared/ipc/contract';

export interface WorkspaceCommands {
  newDocument: () => void;
  open: () => void;
  import: () => void;
  save: () => void;
  saveAs: () => void;
  undo: () => void;
  redo: () => void;
  addPeriod: () => void;
  insertRow: () => void;
  deleteRow: () => void;
  toggleCharts: () => void;
  toggleSettings: () => void;
  toggleReport: () => void;
  showDefinitions: () => void;
  showAbout: () => void;
}

/**
 * The menu's commands: the workbook is Pito's export (periods, summary, cohorts and
 * definitions as live formulas), so Export… saves a copy under a new name.
 */
export function menuHandler(commands: WorkspaceCommands): Record<MenuCommand, () => void> {
  return {
    new: commands.newDocument,
    open: commands.open,
    import: commands.import,
    save: commands.save,
    saveAs: commands.saveAs,
    export: commands.saveAs,
    undo: commands.undo,
    redo: commands.redo,
    insertRow: commands.insertRow,
    deleteRow: commands.deleteRow,
    toggleCharts: commands.toggleCharts,
    showDefinitions: commands.showDefinitions,
    showAbout: commands.showAbout,
  };
}
