/** The main screen: toolbar, period grid, summary, charts and side panels, with the import and document flows. */
import { useCallback, useMemo, useRef, useState } from 'react';
import { ChartsPanel } from '../charts/ChartsPanel';
import { canRedo, canUndo } from '../document/history';
import { createFormatters } from '../format/formatters';
import { PeriodGrid, type PeriodGridHandle } from '../grid/PeriodGrid';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/I18nContext';
import { ImportDialog } from '../import/ImportDialog';
import { ImportReportPanel } from '../import/ImportReportPanel';
import { useFileDrop } from '../import/useFileDrop';
import { useImportFlow } from '../import/useImportFlow';
import { RecoveryPrompt } from '../recovery/RecoveryPrompt';
import { useAutosave, useRecoveryOffer } from '../recovery/useRecovery';
import { periodKindChoice } from '../settings/periodKindChoice';
import { SettingsPanel } from '../settings/SettingsPanel';
import { SummaryCards } from '../summary/SummaryCards';
import { summaryTotalsRow } from '../summary/summaryTotalsRow';
import { useSummaryRange } from '../summary/useSummaryRange';
import { WELCOME_IMPORT_ID, WelcomePanel } from '../welcome/WelcomePanel';
import { CarryOfferBar } from './CarryOfferBar';
import type { WorkspaceCommands } from './commands';
import { AboutDialog, ConfirmDiscardDialog, DefinitionsDialog } from './InfoDialogs';
import { StatusBar, type StatusMessage } from './StatusBar';
import { Toolbar } from './Toolbar';
import { useDocumentCommands } from './useDocumentCommands';
import { useGridCommands } from './useGridCommands';
import { useSettingsCommands } from './useSettingsCommands';
import { useShortcuts } from './useShortcuts';
import { SkipLink, VIEW_PANELS, VIEW_TABS, ViewTabs } from './ViewTabs';
import { useSettledValue } from './useSettledValue';
import { useWorkspace } from './useWorkspace';

type Dialog = 'definitions' | 'about' | null;

export function Workspace({ appVersion }: { appVersion: string }) {
  const { t, language } = useI18n();
  const workspace = useWorkspace(language);
  const { state, dispatch, document, dirty } = workspace;
  const formatters = useMemo(
    () => createFormatters(language, document.settings.currency),
    [language, document.settings.currency],
  );
  // A message is text in the language it was said in: after a switch of language it is not
  // shown any more, rather than left standing in the other language.
  const [said, setSaid] = useState<{ message: StatusMessage; language: string } | null>(null);
  const say = useCallback(
    (next: StatusMessage | null) => setSaid(next === null ? null : { message: next, language }),
    [language],
  );
  const message = said !== null && said.language === language ? said.message : null;
  // `charts`: the charts view in place of the grid (the grid keeps its place and state behind it).
  const [panels, setPanels] = useState({ charts: false, settings: false, report: false });
  const [dialog, setDialog] = useState<Dialog>(null);
  const grid = useRef<PeriodGridHandle>(null);
  // Whole-document figures follow edits after the edited cell is painted (see useSettledValue).
  const settledPeriods = useSettledValue(document.periods);
  // The list the main side holds for this document, if it holds one: the summary range is counted from it.
  const heldList = document.listId !== undefined && document.listId === state.heldListId ? document.listId : null;
  const { range: rangeChoice, defaultProfitMarginPct } = document.settings;
  const summaryRange = useSummaryRange(settledPeriods, rangeChoice, defaultProfitMarginPct, heldList);
  const totals = useMemo(
    () => summaryTotalsRow(summaryRange, rangeChoice, settledPeriods, { t, language, formatters }),
    [summaryRange, rangeChoice, settledPeriods, t, language, formatters],
  );

  const documents = useDocumentCommands(workspace, say);
  const rows = useGridCommands(workspace, grid, say);
  const settings = useSettingsCommands(workspace, say);
  const recovery = useRecoveryOffer();
  useAutosave(document, dirty);

  const flow = useImportFlow({
    onImported: ({ document: imported, report }) => {
      rows.focusFirstCell(); // the keyboard goes on in the grid, at the first period
      dispatch({ type: 'imported', document: imported, report });
      setPanels((open) => ({ ...open, report: report.issues.length > 0 || open.report }));
      say({
        kind: 'info',
        text: t('ui.import.done', { used: report.rowsUsed, read: report.rowsRead, file: report.fileName }),
      });
    },
    onFailed: (error) => say({ kind: 'error', text: t('ui.import.failed', { message: errorText(error, language) }) }),
    onCancelled: () => say({ kind: 'info', text: t('ui.import.cancelled') }),
  });
  const dragging = useFileDrop(flow.dropFile);

  const toggle = (panel: keyof typeof panels) => () => setPanels((open) => ({ ...open, [panel]: !open[panel] }));
  const commands: WorkspaceCommands = {
    newDocument: documents.newDocument,
    open: documents.open,
    import: flow.chooseFile,
    save: documents.save,
    saveAs: documents.saveAs,
    undo: () => dispatch({ type: 'undo' }),
    redo: () => dispatch({ type: 'redo' }),
    addPeriod: rows.addPeriod,
    insertRow: rows.insertRow,
    deleteRow: rows.deleteRow,
    toggleCharts: toggle('charts'),
    toggleSettings: toggle('settings'),
    toggleReport: toggle('report'),
    showDefinitions: () => setDialog('definitions'),
    showAbout: () => setDialog('about'),
  };
  useShortcuts(commands);

  const title = `${state.fileName ?? t('ui.app.untitled')}${dirty ? ` (${t('ui.app.unsaved')})` : ''}`;
  return (
    <div className="pito-app" data-testid="workspace" data-dirty={dirty}>
      <SkipLink
        onSkip={() =>
          // Without periods the welcome panel stands where the grid will: its Import is the first thing to do.
          document.periods.length > 0
            ? rows.focusFirstCell()
            : window.document.getElementById(WELCOME_IMPORT_ID)?.focus()
        }
      />
      <header className="pito-header">
        <h1 className="pito-title">
          {t('ui.app.title')} <span data-testid="document-title">{title}</span>
        </h1>
        <Toolbar
          commands={commands}
          canUndo={canUndo(state.history)}
          canRedo={canRedo(state.history)}
          hasRows={document.periods.length > 0}
          panels={panels}
        />
      </header>
      <StatusBar message={message} onDismiss={() => say(null)} />
      <CarryOfferBar workspace={workspace} grid={grid} formatters={formatters} />
      <main className="pito-main">
        <div className="pito-sheet">
          {document.periods.length > 0 && (
            <SummaryCards
              periods={settledPeriods}
              defaultProfitMarginPct={defaultProfitMarginPct}
              formatters={formatters}
              rangeChoice={rangeChoice}
              range={summaryRange}
              onRangeChoice={settings.range}
            />
          )}
          {document.periods.length === 0 && (
            <WelcomePanel
              periodKind={document.settings.periodKind}
              onImport={commands.import}
              onExample={({ document: example, report }) => {
                rows.focusFirstCell();
                dispatch({ type: 'imported', document: example, report });
              }}
              say={say}
            />
          )}
          {document.periods.length > 0 && (
            <ViewTabs charts={panels.charts} onCharts={(charts) => setPanels((open) => ({ ...open, charts }))} />
          )}
          <div
            className="pito-grid-frame"
            id={VIEW_PANELS.grid}
            role="tabpanel"
            aria-labelledby={VIEW_TABS.grid}
            hidden={panels.charts || document.periods.length === 0}
            onPaste={(event) => {
              if (event.target instanceof HTMLInputElement || grid.current?.isEditing()) return;
              event.preventDefault();
              rows.paste(event.clipboardData.getData('text/plain'));
            }}
            onCopy={(event) => {
              if (event.target instanceof HTMLInputElement || grid.current?.isEditing()) return;
              const text = grid.current?.focusedCellText();
              if (text === null || text === undefined) return;
              event.preventDefault();
              event.clipboardData.setData('text/plain', text);
            }}
          >
            <PeriodGrid
              ref={grid}
              periods={document.periods}
              totals={totals}
              defaultProfitMarginPct={document.settings.defaultProfitMarginPct}
              formatters={formatters}
              onChanges={rows.onChanges}
              onInputError={(text) => say({ kind: 'error', text })}
            />
          </div>
          {panels.charts && settledPeriods.length > 0 && (
            <div
              className="pito-charts-view"
              id={VIEW_PANELS.charts}
              role="tabpanel"
              aria-labelledby={VIEW_TABS.charts}
            >
              <ChartsPanel periods={settledPeriods} cohorts={document.cohorts} formatters={formatters} />
            </div>
          )}
        </div>
        {(panels.settings || panels.report) && (
          <aside className="pito-side">
            {panels.settings && (
              <SettingsPanel
                settings={document.settings}
                formatters={formatters}
                periodKindChoice={periodKindChoice(document, state.heldListId)}
                onPeriodKind={settings.periodKind}
                onCurrency={settings.currency}
                onDefaultMargin={settings.defaultMargin}
                onHistory={(command) => commands[command]()}
              />
            )}
            {panels.report && <ImportReportPanel report={state.report} />}
          </aside>
        )}
      </main>
      {dragging && (
        <div className="pito-drop" data-testid="drop-overlay">
          {t('ui.import.dropHint')}
        </div>
      )}
      <ImportDialog flow={flow} periodKind={document.settings.periodKind} />
      {recovery.offer && (
        <RecoveryPrompt
          offer={recovery.offer}
          formatters={formatters}
          onRestore={() => {
            const { document: restored, fileName } = recovery.offer!;
            dispatch({ type: 'load', document: restored, fileName, saved: false });
            recovery.settle(true);
          }}
          onDiscard={() => recovery.settle(false)}
        />
      )}
      {documents.pendingDiscard && (
        <ConfirmDiscardDialog
          onDiscard={() => documents.settleDiscard(true)}
          onCancel={() => documents.settleDiscard(false)}
        />
      )}
      {dialog === 'definitions' && <DefinitionsDialog onClose={() => setDialog(null)} />}
      {dialog === 'about' && <AboutDialog version={appVersion} onClose={() => setDialog(null)} />}
    </div>
  );
}
