/** Everything the user can ask of the workspace, from the toolbar, the menu or the keyboard. */
import type { MenuCommand } from '../../../shared/ipc/contract';
import type { WorkspaceCommand } from '../../../shared/shortcuts';

/** A handler for every command of the shortcut table (shared/shortcuts.ts). */
export type WorkspaceCommands = Record<WorkspaceCommand, () => void>;

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
