import { describe, expect, it } from 'vitest';
import { fieldHistoryAction } from './fieldHistory';

describe('undo and redo in a settings field', () => {
  it('undo what was typed and not yet applied, and keep it on redo', () => {
    expect(fieldHistoryAction('undo', '150', '25')).toBe('discardTyping');
    expect(fieldHistoryAction('undo', '', '25')).toBe('discardTyping');
    expect(fieldHistoryAction('redo', '30', '25')).toBe('keepTyping');
  });

  it('are the document undo and redo when the field shows the applied value', () => {
    expect(fieldHistoryAction('undo', '25', '25')).toBe('document');
    expect(fieldHistoryAction('redo', '', '')).toBe('document');
  });
});
