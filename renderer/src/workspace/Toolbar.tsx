/**
 * The command bar, one row at 1366 px in either language: the everyday commands as buttons
 * (the charts are a tab beside the grid, ViewTabs.tsx),
 * the rarely used ones (New, Save as, Insert and Delete row, the import report, Definitions,
 * About) behind More, and the language. Each button's tooltip names its shortcut
 * (shared/shortcuts.ts), which `aria-keyshortcuts` gives screen readers too.
 */
import type { MessageKey } from '../../../shared/i18n';
import type { WorkspaceCommand } from '../../../shared/shortcuts';
import { useI18n } from '../i18n/I18nContext';
import { LanguageSelect } from '../settings/SettingsPanel';
import type { WorkspaceCommands } from './commands';
import { MoreMenu } from './MoreMenu';
import { ariaShortcut, withShortcut } from './shortcutLabels';

export interface ToolbarCommand {
  command: WorkspaceCommand;
  label: MessageKey;
  testId: string;
  toggled?: boolean;
}

interface ToolbarProps {
  commands: WorkspaceCommands;
  canUndo: boolean;
  canRedo: boolean;
  hasRows: boolean;
  panels: { settings: boolean; report: boolean };
}

export function Toolbar({ commands, canUndo, canRedo, hasRows, panels }: ToolbarProps) {
  const { t, language, setLanguage } = useI18n();
  const groups: ToolbarCommand[][] = [
    [
      { command: 'import', label: 'ui.toolbar.import', testId: 'tb-import' },
      { command: 'open', label: 'ui.toolbar.open', testId: 'tb-open' },
      { command: 'save', label: 'ui.toolbar.save', testId: 'tb-save' },
    ],
    [
      { command: 'undo', label: 'ui.toolbar.undo', testId: 'tb-undo' },
      { command: 'redo', label: 'ui.toolbar.redo', testId: 'tb-redo' },
    ],
    [{ command: 'addPeriod', label: 'ui.toolbar.addPeriod', testId: 'tb-add-period' }],
    // The charts are a view beside the grid (ViewTabs.tsx), the settings a side panel.
    [{ command: 'toggleSettings', label: 'ui.toolbar.settings', testId: 'tb-settings', toggled: panels.settings }],
  ];
  const more: ToolbarCommand[] = [
    { command: 'newDocument', label: 'ui.toolbar.new', testId: 'tb-new' },
    { command: 'saveAs', label: 'ui.toolbar.saveAs', testId: 'tb-save-as' },
    { command: 'insertRow', label: 'ui.toolbar.insertRow', testId: 'tb-insert-row' },
    { command: 'deleteRow', label: 'ui.toolbar.deleteRow', testId: 'tb-delete-row' },
    { command: 'toggleReport', label: 'ui.toolbar.report', testId: 'tb-report', toggled: panels.report },
    { command: 'showDefinitions', label: 'ui.toolbar.definitions', testId: 'tb-definitions' },
    { command: 'showAbout', label: 'ui.about.title', testId: 'tb-about' },
  ];
  const disabled: Partial<Record<WorkspaceCommand, boolean>> = {
    undo: !canUndo,
    redo: !canRedo,
    insertRow: !hasRows,
    deleteRow: !hasRows,
  };
  return (
    <div className="pito-toolbar" role="toolbar" aria-label={t('ui.toolbar.label')}>
      {groups.map((group, index) => (
        <div className="pito-toolbar-group" key={index}>
          {group.map((button) => (
            <button
              key={button.command}
              type="button"
              data-testid={button.testId}
              disabled={disabled[button.command] ?? false}
              aria-pressed={button.toggled}
              title={withShortcut(t(button.label), button.command)}
              aria-keyshortcuts={ariaShortcut(button.command)}
              onClick={() => commands[button.command]()}
            >
              {t(button.label)}
            </button>
          ))}
        </div>
      ))}
      <MoreMenu items={more} disabled={disabled} commands={commands} />
      <LanguageSelect
        language={language}
        onChange={setLanguage}
        testId="language-select"
        label={t('ui.toolbar.language')}
      />
    </div>
  );
}
