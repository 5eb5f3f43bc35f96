/** A modal dialog on the native <dialog> element: focus moves in and back out, Escape closes, the page behind is inert. */
import { useEffect, useRef, type ReactNode } from 'react';

interface DialogProps {
  testId: string;
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}

export function Dialog({ testId, title, onClose, children, wide }: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Closed, the dialog gives the keyboard back where it was (the grid's cell after F1).
    const opener = document.activeElement;
    const element = dialog.current;
    // jsdom has no showModal; the dialog is then shown as an open element.
    if (element && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    // showModal focuses the first button, which in a long dialog (Definitions) is at the foot
    // and scrolls the dialog there; start at the title instead, as a reader would.
    titleRef.current?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className={wide ? 'pito-dialog pito-dialog-wide' : 'pito-dialog'}
      data-testid={testId}
      aria-labelledby={`${testId}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${testId}-title`} ref={titleRef} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </dialog>
  );
}
