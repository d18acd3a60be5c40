import { useEffect, useId, useRef, useState } from 'react';
import { useWords } from '../lib/i18n';

/**
 * "More": the actions a screen needs now and then, kept out of the way of its one primary
 * action (#18). A disclosure: the button opens the group; Escape or a click outside closes it,
 * and Escape puts focus back on the button. It stays open after an action, beside its note.
 */
export function MoreMenu({
  children,
  label,
  align = 'start',
  small = false,
}: {
  children: React.ReactNode;
  label?: string;
  /** Which edge of the button the group lines up with (end: at the right of a title row). */
  align?: 'start' | 'end';
  /** A small button, for a title row beside other small ones. */
  small?: boolean;
}): React.JSX.Element {
  const { t } = useWords();
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    // Low in a small window the group would open below the fold.
    items.current?.scrollIntoView({ block: 'nearest' });
    const outside = (event: PointerEvent): void => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  return (
    <div
      className="more-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation(); // Escape closes the menu, not the screen
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        className={small ? 'small secondary' : 'secondary'}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {label ?? t('share.more')} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div id={id} ref={items} className={`more-menu-items align-${align}`} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
