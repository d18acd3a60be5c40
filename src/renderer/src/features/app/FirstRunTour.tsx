import { useState } from 'react';

const DONE_KEY = 'linkdesk.tour-done';

/**
 * A short guided first sale on the built-in sandbox, then a pointer to Settings for real keys.
 * Shown until dismissed (remembered in this window's local storage: a flag, nothing else).
 */
export function FirstRunTour({ onOpenSettings }: { onOpenSettings: () => void }): React.JSX.Element | null {
  const [done, setDone] = useState(() => localStorage.getItem(DONE_KEY) === 'yes');
  if (done) return null;
  const dismiss = (): void => {
    localStorage.setItem(DONE_KEY, 'yes');
    setDone(true);
  };
  return (
    <aside className="tour card" aria-labelledby="tour-title">
      <h2 id="tour-title">Try a test sale first</h2>
      <ol>
        <li>Type an amount below and press Enter: a QR code appears.</li>
        <li>Scan it with your phone, or press “Open in browser”, to see the customer’s checkout page.</li>
        <li>
          Pay with the test card <span className="mono">4242 4242 4242 4242</span>, any future expiry such as 12/30, any
          3-digit CVC.
        </li>
        <li>Watch this screen turn to Paid by itself. No money moves in the sandbox.</li>
      </ol>
      <p>When you are ready to take real payments, add your Ozura account and its two API keys in Settings.</p>
      <div className="actions">
        <button type="button" className="secondary" onClick={onOpenSettings}>
          Open Settings
        </button>
        <button type="button" className="secondary" onClick={dismiss}>
          Got it, hide this
        </button>
      </div>
    </aside>
  );
}
