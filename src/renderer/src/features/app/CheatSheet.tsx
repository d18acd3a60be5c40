import { useWords } from '../../lib/i18n';
import { useEffect, useRef } from 'react';
import { displayAccelerator, shortcutsFor } from '../../../../shared/shortcuts';
import { useIsManager } from '../../lib/role';

export const isMac = navigator.userAgent.includes('Mac');

/** Every shortcut the person signed in may use, generated from the one table the menu uses too. */
export function CheatSheet({ onClose }: { onClose: () => void }): React.JSX.Element {
  const { t } = useWords();
  const shortcuts = shortcutsFor(useIsManager() ? 'manager' : 'clerk');
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        className="card modal"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="shortcuts-title">{t('menu.shortcuts')}</h2>
        <table className="shortcuts">
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.command}>
                <td>
                  <kbd>{displayAccelerator(s.accelerator, isMac)}</kbd>
                </td>
                <td>{t(s.label)}</td>
              </tr>
            ))}
            <tr>
              <td>
                <kbd>0–9</kbd> <kbd>{t('key.enter')}</kbd>
              </td>
              <td>{t('shortcut.typeAmount')}</td>
            </tr>
          </tbody>
        </table>
        <button ref={close} type="button" className="primary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </div>
  );
}
