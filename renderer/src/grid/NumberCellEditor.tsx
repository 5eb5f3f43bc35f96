/**
 * The cell editor of the number columns: shows the figure as the active language writes
 * it (`1234,5`), starts with the typed character when typing started the edit, and hands
 * the text back unparsed: the grid's edit handler reads it and names the cell if it is
 * not a number.
 */
import { useEffect, useRef, useState } from 'react';
import type { CustomCellEditorProps } from 'ag-grid-react';
import type { GridRow } from './gridRows';

interface NumberCellEditorProps extends CustomCellEditorProps<GridRow, number | string | null> {
  editText: (value: number | null) => string;
}

function startingText(props: NumberCellEditorProps): { text: string; typed: boolean } {
  const { eventKey, initialValue, editText } = props;
  if (eventKey && eventKey.length === 1) return { text: eventKey, typed: true };
  if (eventKey === 'Backspace' || eventKey === 'Delete') return { text: '', typed: true };
  return { text: typeof initialValue === 'number' ? editText(initialValue) : '', typed: false };
}

export function NumberCellEditor(props: NumberCellEditorProps) {
  const [start] = useState(() => startingText(props));
  const [text, setText] = useState(start.text);
  const input = useRef<HTMLInputElement>(null);
  const { onValueChange } = props;

  useEffect(() => {
    const element = input.current;
    if (!element) return;
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
    // Typing replaced the figure: the grid must commit the new text even if nothing else is typed.
    if (start.typed) onValueChange(start.text);
  }, [start, onValueChange]);

  return (
    <input
      ref={input}
      className="pito-cell-editor"
      data-testid="cell-editor"
      inputMode="decimal"
      aria-label={props.colDef.headerName}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onValueChange(event.target.value);
      }}
    />
  );
}
