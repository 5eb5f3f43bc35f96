/** The command bar: every action has a labelled button reachable by keyboard. */
import type { MessageKey } from '../../../shared/i18n';
import { useI18n } from '../i18n/I18nContext';
import { LanguageSelect } from '../settings/SettingsPanel';
import type { WorkspaceCommands } from './commands';

type ToolbarButton = { command: keyof WorkspaceCommands; label: MessageKey; testId: string; toggled?: boolean };

interface ToolbarProps {
  commands: WorkspaceCommands;
  canUndo: boolean;
  canRedo: boolean;
  hasRows: boolean;
  panels: { charts: boolean; settings: boolean; report: boolean };
}

export function Toolbar({ commands, canUndo, canRedo, hasRows, panels }: ToolbarProps) {
  const { t, language, setLanguage } = useI18n();
  const groups: ToolbarButton[][] = [
    [
      { command: 'newDocument', label: 'ui.toolbar.new', testId: 'tb-new' },
      { command: 'open', label: 'ui.toolbar.open', testId: 'tb-open' },
      { command: 'import', label: 'ui.toolbar.import', testId: 'tb-import' },
      { command: 'save', label: 'ui.toolbar.save', testId: 'tb-save' },
      { command: 'saveAs', label: 'ui.toolbar.saveAs', testId: 'tb-save-as' },
    ],
    [
      { command: 'undo', label: 'ui.toolbar.undo', testId: 'tb-undo' },
      { command: 'redo', label: 'ui.toolbar.redo', testId: 'tb-redo' },
      { command: 'addPeriod', label: 'ui.toolbar.addPeriod', testId: 'tb-add-period' },
      { command: 'insertRow', label: 'ui.toolbar.insertRow', testId: 'tb-insert-row' },
      { command: 'deleteRow', label: 'ui.toolbar.deleteRow', testId: 'tb-delete-row' },
    ],
    [
      { command: 'toggleCharts', label: 'ui.toolbar.charts', testId: 'tb-charts', toggled: panels.charts },
      { command: 'toggleSettings', label: 'ui.toolbar.settings', testId: 'tb-settings', toggled: panels.settings },
      { command: 'toggleReport', label: 'ui.toolbar.report', testId: 'tb-report', toggled: panels.report },
      { command: 'showDefinitions', label: 'ui.toolbar.definitions', testId: 'tb-definitions' },
    ],
  ];
  const disabled: Partial<Record<keyof WorkspaceCommands, boolean>> = {
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
              onClick={() => commands[button.command]()}
            >
              {t(button.label)}
            </button>
          ))}
        </div>
      ))}
      <label className="pito-toolbar-language">
        {t('ui.toolbar.language')}
        <LanguageSelect language={language} onChange={setLanguage} testId="language-select" />
      </label>
    </div>
  );
}
