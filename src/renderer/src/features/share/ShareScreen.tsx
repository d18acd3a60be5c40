import { useCallback, useEffect, useRef, useState } from 'react';
import { linkdesk, type Preferences, type SessionRecord } from '../../lib/api';
import { CustomerView } from './CustomerView';
import { QrCode } from './QrCode';
import { amountText } from '../../../../shared/record-text';
import { ItemSummary } from './ItemSummary';
import { STATUS_TEXT, StatusBadge } from './StatusBadge';
import { useConnection } from './useConnection';
import { useCountdown } from './useCountdown';
import { useOutcomeCues } from './useOutcomeCues';

interface Props {
  session: SessionRecord;
  /** The QR, amount and status fill the window (F). */
  customerView: boolean;
  onCustomerView: (on: boolean) => void;
  preferences: Pick<Preferences, 'sound' | 'autoReturnSeconds'>;
  onNewSale: () => void;
  /** A fresh session with the same content was made (after a failure, cancel or expiry). */
  onReissued: (session: SessionRecord) => void;
}

/** The QR for the customer, and the status the clerk waits for. */
export function ShareScreen({
  session,
  customerView,
  onCustomerView,
  preferences,
  onNewSale,
  onReissued,
}: Props): React.JSX.Element {
  const amount = amountText(session);
  const [note, setNote] = useState<string>();
  const remaining = useCountdown(session.expiresAt);
  const connection = useConnection(session.id);
  const pending = session.status === 'pending';
  const ended = session.status === 'failed' || session.status === 'cancelled' || session.status === 'expired';
  useOutcomeCues(session, { ...preferences, onReturn: onNewSale });
  // Once it is over, Enter starts the next sale.
  const newSale = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!pending) newSale.current?.focus();
  }, [pending]);

  // While this screen shows the session, main checks it every few seconds (and the customer window shows it).
  useEffect(() => {
    void linkdesk.sessions.focus({ id: session.id });
    return () => void linkdesk.sessions.focus({ id: null });
  }, [session.id]);

  const act = useCallback(async (run: () => Promise<{ ok: boolean; error?: { message: string } }>, done: string) => {
    const result = await run();
    setNote(result.ok ? done : (result.error?.message ?? 'That did not work.'));
  }, []);

  async function saveQr(format: 'png' | 'svg'): Promise<void> {
    const result = await linkdesk.sessions.saveQr({ id: session.id, format });
    if (!result.ok) setNote(result.error.message);
    else if (!result.data.cancelled) setNote(`QR saved to ${result.data.file ?? ''}`);
  }

  async function savePdf(): Promise<void> {
    const result = await linkdesk.sessions.saveSlipPdf({ id: session.id });
    if (!result.ok) setNote(result.error.message);
    else if (!result.data.cancelled) setNote(`Slip saved to ${result.data.file ?? ''}`);
  }

  async function reissue(): Promise<void> {
    const result = await linkdesk.sessions.reissue({ id: session.id });
    if (result.ok) onReissued(result.data);
    else setNote(result.error.message);
  }

  if (customerView) {
    return (
      <section className="full-screen" aria-label="Customer view">
        <CustomerView session={session} />
        <button type="button" className="secondary exit-full" onClick={() => onCustomerView(false)}>
          Back (Esc)
        </button>
      </section>
    );
  }

  return (
    <section className="card share" aria-labelledby="share-title">
      <div className="share-qr">
        {pending ? (
          <QrCode value={session.checkoutUrl} label={`QR code to pay ${session.merchantName} ${amount}`} />
        ) : (
          <div className={`outcome outcome-${session.status}`} aria-hidden="true">
            {STATUS_TEXT[session.status].icon}
          </div>
        )}
      </div>
      <div className="share-info">
        <h1 id="share-title">{amount}</h1>
        <p className="merchant-line">
          {session.kind === 'donation' ? 'Donation to ' : ''}
          {session.merchantName}
          {session.reference && <> · {session.reference}</>}
        </p>
        <ItemSummary of={session} />
        <div role="status" aria-live="polite" className="status-line">
          <StatusBadge status={session.status} />
          <p className="status-detail">
            {STATUS_TEXT[session.status].detail}
            {session.errorCode && <> ({session.errorCode})</>}
          </p>
          {connection.retrying && pending && (
            <p className="notice">
              Offline or Ozura is not answering; retrying
              {connection.retryInMs !== undefined && ` in ${Math.ceil(connection.retryInMs / 1000)} s`}. The status
              shown may be out of date.
            </p>
          )}
        </div>
        {session.status === 'completed' && session.payment && (
          <dl className="payment">
            {session.payment.cardBrand && (
              <>
                <dt>Card</dt>
                <dd>
                  {session.payment.cardBrand} •••• {session.payment.cardLastFour}
                </dd>
              </>
            )}
            {session.payment.transactionId && (
              <>
                <dt>Transaction</dt>
                <dd className="mono">{session.payment.transactionId}</dd>
              </>
            )}
          </dl>
        )}
        {pending && (
          <p className="expiry">{remaining > 0 ? `Expires in ${formatDuration(remaining)}` : 'Expiring now…'}</p>
        )}
        {session.statusCheckedAt && (
          <p className="checked">Last checked {new Date(session.statusCheckedAt).toLocaleTimeString()}</p>
        )}
        <div className="actions">
          {pending && (
            <>
              <button
                type="button"
                className="secondary"
                onClick={() => void act(() => linkdesk.sessions.copyLink({ id: session.id }), 'Link copied')}
              >
                Copy link
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  void act(() => linkdesk.sessions.openInBrowser({ id: session.id }), 'Opened in your browser')
                }
              >
                Open in browser
              </button>
              <button type="button" className="secondary" onClick={() => onCustomerView(true)}>
                Customer view (F)
              </button>
            </>
          )}
          {ended && (
            <button type="button" className="secondary" onClick={() => void reissue()}>
              Re-issue
            </button>
          )}
          <button ref={newSale} type="button" className={pending ? 'secondary' : 'primary'} onClick={onNewSale}>
            New sale
          </button>
        </div>
        {pending && (
          <div className="actions secondary-actions">
            <button type="button" className="small secondary" onClick={() => void saveQr('png')}>
              Save QR as PNG
            </button>
            <button type="button" className="small secondary" onClick={() => void saveQr('svg')}>
              Save QR as SVG
            </button>
            <button
              type="button"
              className="small secondary"
              onClick={() => void act(() => linkdesk.sessions.printSlip({ id: session.id }), 'Sent to the printer')}
            >
              Print QR slip
            </button>
            <button type="button" className="small secondary" onClick={() => void savePdf()}>
              Save slip as PDF
            </button>
            <button
              type="button"
              className="small secondary"
              onClick={() => void act(() => linkdesk.display.openCustomerWindow(), 'Customer window open')}
            >
              Open customer window
            </button>
          </div>
        )}
        {note && (
          <p className="copy-note" role="status">
            {note}
          </p>
        )}
        {pending && <p className="link-text mono">{session.checkoutUrl}</p>}
      </div>
    </section>
  );
}

function formatDuration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
