/**
 * The import as the user walks through it: choose or drop a file → check the detected
 * mapping (sheet, each column and the date order changeable) → run it with progress and a working
 * Cancel → hand the outcome to the workspace. A run the import refuses (a required column
 * not mapped, the wrong shape) returns to the mapping step with the error shown there, so
 * the user can fix the mapping; a file that cannot be read closes the flow. Either way the
 * document stays untouched; only a finished import replaces it and closes the flow.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnMapping, DateOrder, ImportPreview, ImportProgress, ImportShape } from '../../../shared/importModel';
import type { FileHandle, ImportOutcome } from '../../../shared/ipc/importChannels';
import type { IpcError, IpcResult } from '../../../shared/ipc/result';
import type { PeriodKind } from '../../../shared/periods';
import { useBridge } from '../bridge/BridgeContext';

export type ImportStep =
  | { step: 'closed' }
  | { step: 'loading' }
  | {
      step: 'mapping';
      file: FileHandle;
      preview: ImportPreview;
      mapping: ColumnMapping;
      /** Why the last run with this mapping was refused; cleared by any change to the mapping. */
      error: IpcError | null;
    }
  | {
      step: 'running';
      file: FileHandle;
      preview: ImportPreview;
      mapping: ColumnMapping;
      jobId: string;
      progress: ImportProgress | null;
    };

export interface ImportFlowCallbacks {
  onImported: (outcome: ImportOutcome) => void;
  onFailed: (error: IpcError) => void;
  onCancelled: () => void;
}

export interface ImportFlow {
  state: ImportStep;
  chooseFile: () => void;
  /** A file dropped on the window; the bridge resolves its path (see docs/workspace.md). */
  dropFile: (file: File) => void;
  selectSheet: (sheet: string) => void;
  setShape: (shape: ImportShape) => void;
  setColumn: (field: string, column: number | null) => void;
  setDateOrder: (order: DateOrder) => void;
  run: (periodKind: PeriodKind) => void;
  cancel: () => void;
}

export function useImportFlow(callbacks: ImportFlowCallbacks): ImportFlow {
  const bridge = useBridge();
  const [state, setState] = useState<ImportStep>({ step: 'closed' });
  // Each start or close bumps the attempt, so a late answer to an abandoned step is ignored.
  const attempt = useRef(0);
  const latest = useRef(callbacks);
  latest.current = callbacks;

  useEffect(
    () =>
      bridge.on('import:progress', (progress) =>
        setState((current) =>
          current.step === 'running' && current.jobId === progress.jobId ? { ...current, progress } : current,
        ),
      ),
    [bridge],
  );

  const fail = useCallback((error: IpcError) => {
    attempt.current++;
    setState({ step: 'closed' });
    if (error.code === 'cancelled') latest.current.onCancelled();
    else latest.current.onFailed(error);
  }, []);

  /** Runs one step unless the flow was closed or restarted meanwhile. */
  const step = useCallback(
    async <T>(request: Promise<IpcResult<T>>, next: (value: T) => void) => {
      const mine = attempt.current;
      const result = await request;
      if (mine !== attempt.current) return;
      if (result.ok) next(result.value);
      else fail(result.error);
    },
    [fail],
  );

  const preview = useCallback(
    (file: FileHandle, sheet: string | null) =>
      step(bridge['import:preview']({ fileId: file.fileId, sheet }), (value) =>
        setState({ step: 'mapping', file, preview: value, mapping: value.mapping, error: null }),
      ),
    [bridge, step],
  );

  const open = useCallback(
    (request: Promise<IpcResult<FileHandle | null>>) => {
      attempt.current++;
      setState({ step: 'loading' });
      void step(request, (file) => {
        if (file) void preview(file, null);
        else setState({ step: 'closed' });
      });
    },
    [preview, step],
  );

  const updateMapping = (change: (mapping: ColumnMapping) => ColumnMapping) =>
    setState((current) =>
      current.step === 'mapping' ? { ...current, error: null, mapping: change(current.mapping) } : current,
    );

  return {
    state,
    chooseFile: () => open(bridge['import:chooseFile']({})),
    dropFile: (file) => {
      if (bridge.importDroppedFile) open(bridge.importDroppedFile(file));
    },
    selectSheet: (sheet) => {
      if (state.step !== 'mapping') return;
      setState({ step: 'loading' });
      void preview(state.file, sheet);
    },
    setShape: (shape) =>
      updateMapping((mapping) =>
        mapping.shape === shape ? mapping : { shape, columns: {}, dateOrder: mapping.dateOrder },
      ),
    setColumn: (field, column) =>
      updateMapping((mapping) => {
        const columns: Record<string, number> = { ...mapping.columns };
        if (column === null) delete columns[field];
        else columns[field] = column;
        // A column the user chose is certain from now on; an unmapped field is no choice.
        const chosen = (mapping.chosenFields ?? []).filter((known) => known !== field) as string[];
        const chosenFields = column === null ? chosen : [...chosen, field];
        return { ...mapping, columns, chosenFields } as ColumnMapping;
      }),
    setDateOrder: (order) => updateMapping((mapping) => ({ ...mapping, dateOrder: order, dateOrderChosen: true })),
    run: (periodKind) => {
      if (state.step !== 'mapping') return;
      const { file, preview: shown, mapping } = state;
      const jobId = crypto.randomUUID();
      setState({ step: 'running', file, preview: shown, mapping, jobId, progress: null });
      const mine = attempt.current;
      void bridge['import:run']({ fileId: file.fileId, jobId, sheet: shown.sheet, mapping, periodKind }).then(
        (result) => {
          if (mine !== attempt.current) return;
          if (!result.ok && result.error.code !== 'cancelled') {
            setState({ step: 'mapping', file, preview: shown, mapping, error: result.error });
            return;
          }
          if (!result.ok) return fail(result.error);
          attempt.current++;
          setState({ step: 'closed' });
          latest.current.onImported(result.value);
        },
      );
    },
    cancel: () => {
      if (state.step === 'running') {
        // The run answers `cancelled`, which closes the flow.
        void bridge['import:cancel']({ jobId: state.jobId });
        return;
      }
      attempt.current++;
      setState({ step: 'closed' });
    },
  };
}
