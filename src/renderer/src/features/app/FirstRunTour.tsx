import { useWords } from '../../lib/i18n';
import { useState } from 'react';

const DONE_KEY = 'linkdesk.tour-done';

/** The tour has done its job: the first test sale was paid (#18), or the clerk dismissed it. */
export function finishTour(): void {
  localStorage.setItem(DONE_KEY, 'yes');
}

/**
 * A short guided first sale on the built-in sandbox, then a pointer to Settings for real keys.
 * Shown until dismissed (remembered in this window's local storage: a flag, nothing else).
 */
export function FirstRunTour({
  onOpenSettings,
  finished,
}: {
  onOpenSettings: () => void;
  /** A test sale was just paid (one set aside, paid while this is on screen, included). */
  finished: boolean;
}): React.JSX.Element | null {
  const { t } = useWords();
  const [done, setDone] = useState(() => localStorage.getItem(DONE_KEY) === 'yes');
  if (done || finished) return null;
  const dismiss = (): void => {
    finishTour();
    setDone(true);
  };
  return (
    <aside className="tour card" aria-labelledby="tour-title">
      <h2 id="tour-title">{t('tour.title')}</h2>
      <ol>
        <li>{t('tour.step1')}</li>
        <li>{t('tour.step2')}</li>
        <li>{t('tour.step3', { card: '4242 4242 4242 4242', expiry: '12/30' })}</li>
        <li>{t('tour.step4')}</li>
      </ol>
      <p>{t('tour.realPayments')}</p>
      <div className="actions">
        <button type="button" className="secondary" onClick={onOpenSettings}>
          {t('app.openSettings')}
        </button>
        <button type="button" className="secondary" onClick={dismiss}>
          {t('tour.dismiss')}
        </button>
      </div>
    </aside>
  );
}
