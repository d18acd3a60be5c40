import { useEffect, useRef } from 'react';
import { linkdesk, type IpcResult, type Preferences, type SessionRecord } from '../../lib/api';
import { savedTo, useAction } from '../../lib/useAction';
import { ActionNote } from '../../components/ActionNote';
import { CustomerView } from './CustomerView';
import { QrCode } from '../../components/QrCode';
import { amountText } from '../../../../shared/record-text';
import { ItemSummary } from '../../components/ItemSummary';
import { STATUS_TEXT, StatusBadge } from '../../components/StatusBadge';
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
  /** Goes up when the copy-link command is given by shortcut or menu: copied as by the button. */
  copyRequests: number;
}

/** The QR for the customer, and the status the clerk waits for. */
export function ShareScreen({
  session,
  customerView,
  onCustomerView,
  preferences,
  onNewSale,
  onReissued,
  copyRequests,
}: Props): React.JSX.Element {
  const amount = amountText(session);
  const { note, run } = useAction();
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

  const act = <T,>(call: () => Promise<IpcResult<T>>, done: string): void => void run(call, () => done);
  const copyLink = (): void => act(() => linkdesk.sessions.copyLink({ id: session.id }), 'Link copied');
  // Only a request made while this screen is up: the count it mounted with is already answered.
  const answered = useRef(copyRequests);
  const latestCopy = useRef(copyLink);
  useEffect(() => {
    latestCopy.current = copyLink;
  });
  useEffect(() => {
    if (copyRequests === answered.current) return;
    answered.current = copyRequests;
    latestCopy.current();
  }, [copyRequests]);
  const saveQr = (format: 'png' | 'svg') =>
    void run(() => linkdesk.sessions.saveQr({ id: session.id, format }), savedTo('QR'));
  const savePdf = () => void run(() => linkdesk.sessions.saveSlipPdf({ id: session.id }), savedTo('Slip'));
  const reissue = async () => {
    const made = await run(() => linkdesk.sessions.reissue({ id: session.id }));
    if (made) onReissued(made);
  };

  if (customerView) {
    return (
      <section className="full-screen" aria-label="Customer view">
        <CustomerView session={session} />
        <button type="button" className="secondary exit-full" onClick={() => onCustomerView(false)}>
          Back (Esc)
        </button>
        <ActionNote note={note} />
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
              <button type="button" className="secondary" onClick={copyLink}>
                Copy link
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => act(() => linkdesk.sessions.openInBrowser({ id: session.id }), 'Opened in your browser')}
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
            <button type="button" className="small secondary" onClick={() => saveQr('png')}>
              Save QR as PNG
            </button>
            <button type="button" className="small secondary" onClick={() => saveQr('svg')}>
              Save QR as SVG
            </button>
            <button
              type="button"
              className="small secondary"
              onClick={() => act(() => linkdesk.sessions.printSlip({ id: session.id }), 'Sent to the printer')}
            >
              Print QR slip
            </button>
            <button type="button" className="small secondary" onClick={savePdf}>
              Save slip as PDF
            </button>
            <button
              type="button"
              className="small secondary"
              onClick={() => act(() => linkdesk.display.openCustomerWindow(), 'Customer window open')}
            >
              Open customer window
            </button>
          </div>
        )}
        <ActionNote note={note} />
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
