// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useReducer } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyDocument, type UiLanguage } from '../../../shared/document';
import { setDefaultMargin } from '../document/settingsEdits';
import { createFormatters } from '../format/formatters';
import { I18nProvider } from '../i18n/I18nContext';
import { initialWorkspace, workspaceReducer } from '../workspace/workspaceState';
import { MarginField } from './MarginField';

/** The field wired to the workspace's real history, as the settings panel has it. */
function Harness({ language }: { language: UiLanguage }) {
  const [state, dispatch] = useReducer(workspaceReducer, initialWorkspace(createEmptyDocument()));
  const margin = state.history.present.settings.defaultProfitMarginPct;
  return (
    <I18nProvider language={language} setLanguage={() => {}}>
      <MarginField
        margin={margin}
        formatters={createFormatters(language, 'EUR')}
        onApply={(value) => dispatch({ type: 'edit', edit: (d) => setDefaultMargin(d, value) })}
        onHistory={(command) => dispatch({ type: command })}
      />
      <output data-testid="document-margin">{String(margin)}</output>
      <output data-testid="steps">{state.history.past.length}</output>
    </I18nProvider>
  );
}

const field = () => screen.getByTestId<HTMLInputElement>('settings-default-margin');
const documentMargin = () => screen.getByTestId('document-margin').textContent;
const type = (text: string) => fireEvent.change(field(), { target: { value: text } });
const enter = () => fireEvent.keyDown(field(), { key: 'Enter' });
/** Sends a key press and says whether the field kept the browser from acting on it. */
const press = (key: string, modifiers: { shiftKey?: boolean } = {}) =>
  !fireEvent.keyDown(field(), { key, ctrlKey: true, ...modifiers });

describe('the default margin field', () => {
  afterEach(cleanup);

  it('applies a typed margin on Enter and on leaving it, one undo step each', () => {
    render(<Harness language="fi" />);
    type('25');
    enter();
    expect(documentMargin()).toBe('25');
    type('12,5');
    fireEvent.blur(field());
    expect(documentMargin()).toBe('12.5');
    expect(screen.getByTestId('steps').textContent).toBe('2');
    fireEvent.blur(field());
    expect(screen.getByTestId('steps').textContent).toBe('2');
  });

  it('undoes and redoes the document with nothing typed, the field showing each value', () => {
    render(<Harness language="en" />);
    type('25');
    enter();
    type('30');
    enter();
    expect(press('z')).toBe(true);
    expect(field().value).toBe('25');
    expect(documentMargin()).toBe('25');
    press('z');
    expect(field().value).toBe('');
    expect(documentMargin()).toBe('null');
    press('y');
    expect(field().value).toBe('25');
    press('Z', { shiftKey: true });
    expect(field().value).toBe('30');
  });

  it('undoes typing not yet applied without touching the document, and never blanks the field', () => {
    render(<Harness language="en" />);
    type('25');
    enter();
    type('2');
    expect(press('y')).toBe(true);
    expect(field().value).toBe('2');
    expect(press('z')).toBe(true);
    expect(field().value).toBe('25');
    expect(documentMargin()).toBe('25');
    fireEvent.blur(field());
    expect(documentMargin()).toBe('25');
  });

  it('refuses 150 saying what was typed and the range, keeping the margin it had', () => {
    render(<Harness language="en" />);
    type('25');
    enter();
    type('150');
    enter();
    expect(screen.getByRole('alert').textContent).toBe(
      '“150” is not a margin: the default margin is a percentage from 0 to 100. It is still 25.0%.',
    );
    expect(field().value).toBe('25');
    expect(documentMargin()).toBe('25');
    type('abc');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.blur(field());
    expect(screen.getByRole('alert').textContent).toContain('“abc” is not a number');
    expect(documentMargin()).toBe('25');
  });

  it('refuses in Finnish too', () => {
    render(<Harness language="fi" />);
    type('150');
    enter();
    expect(screen.getByRole('alert').textContent).toBe(
      '"150" ei ole kate: oletuskate on prosentti väliltä 0–100. Sitä ei ole vieläkään asetettu.',
    );
    expect(field().value).toBe('');
    expect(documentMargin()).toBe('null');
  });
});
