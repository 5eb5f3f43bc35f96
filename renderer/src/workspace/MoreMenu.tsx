/**
 * The toolbar's More menu: the commands used now and then, as a menu button (WAI-ARIA's menu
 * button pattern). Enter, Space or ↓ opens it on its first item, ↑ on its last; ↑ and ↓ move,
 * Home and End jump, Escape closes it back to the button, Tab or a click elsewhere closes it.
 * A command runs, and the menu closes, on Enter, Space or a click.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { WorkspaceCommand } from '../../../shared/shortcuts';
import { useI18n } from '../i18n/I18nContext';
import type { WorkspaceCommands } from './commands';
import { ariaShortcut, shortcutOf, withShortcut } from './shortcutLabels';
import type { ToolbarCommand } from './Toolbar';

interface MoreMenuProps {
  items: readonly ToolbarCommand[];
  disabled: Partial<Record<WorkspaceCommand, boolean>>;
  commands: WorkspaceCommands;
}

export function MoreMenu({ items, disabled, commands }: MoreMenuProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  /** The item to focus once the menu is drawn: its first or last. */
  const [focusOnOpen, setFocusOnOpen] = useState<'first' | 'last'>('first');

  useEffect(() => {
    if (!open) return;
    const enabled = itemRefs.current.filter((item) => item !== null && !item.disabled);
    (focusOnOpen === 'first' ? enabled[0] : enabled[enabled.length - 1])?.focus();
    const closeOutside = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOutside);
    return () => document.removeEventListener('mousedown', closeOutside);
  }, [open, focusOnOpen]);

  const openAt = (where: 'first' | 'last') => {
    setFocusOnOpen(where);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    const enabled = itemRefs.current.filter((item): item is HTMLButtonElement => item !== null && !item.disabled);
    const at = enabled.indexOf(document.activeElement as HTMLButtonElement);
    const to: Record<string, number> = {
      ArrowDown: (at + 1) % enabled.length,
      ArrowUp: (at - 1 + enabled.length) % enabled.length,
      Home: 0,
      End: enabled.length - 1,
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    } else if (event.key in to) {
      event.preventDefault();
      enabled[to[event.key]!]?.focus();
    }
  };

  return (
    <div className="pito-more" ref={root}>
      <button
        ref={button}
        type="button"
        data-testid="tb-more"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => (open ? close(false) : openAt('first'))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            openAt(event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        {t('ui.toolbar.more')}
      </button>
      {open && (
        <div className="pito-more-menu" role="menu" id={menuId} aria-label={t('ui.toolbar.more')} onKeyDown={moveFocus}>
          {items.map((item, index) => (
            <button
              key={item.command}
              ref={(element) => {
                itemRefs.current[index] = element;
              }}
              type="button"
              role={item.toggled === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={item.toggled}
              data-testid={item.testId}
              disabled={disabled[item.command] ?? false}
              aria-keyshortcuts={ariaShortcut(item.command)}
              title={withShortcut(t(item.label), item.command)}
              onClick={() => {
                close(true);
                commands[item.command]();
              }}
            >
              <span>{t(item.label)}</span>
              <kbd>{shortcutOf(item.command)}</kbd>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
