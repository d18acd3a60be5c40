import { useEffect, useState } from 'react';
import { formatMoney } from '../../../../shared/money';
import { linkdesk, type SessionRecord } from '../../lib/api';
import { QrCode } from './QrCode';
import { STATUS_TEXT, StatusBadge } from './StatusBadge';
import { useCountdown } from './useCountdown';

interface Props {
  session: SessionRecord;
  onNewSale: () => void;
  /** A fresh session with the same content was made (after a failure, cancel or expiry). */
  onReissued: (session: SessionRecord) => void;
}

/** The QR for the customer, and the status the clerk waits for. */
export function ShareScreen({ session, onNewSale, onReissued }: Props): React.JSX.Element {
  const paid = session.payment?.paidMinor;
  const amount =
    paid !== undefined
      ? formatMoney(paid, session.currency)
      : session.kind === 'donation' && session.amountMinor === 0
        ? 'Any amount'
        : formatMoney(session.amountMinor, session.currency);
  const items = cartSummary(session);
  const [copyNote, setCopyNote] = useState<string>();
  const remaining = useCountdown(session.expiresAt);
  const pending = session.status === 'pending';

  // While this screen shows the session, main checks it every few seconds.
  useEffect(() => {
    void linkdesk.sessions.focus({ id: session.id });
    return () => void linkdesk.sessions.focus({ id: null });
  }, [session.id]);

  async function reissue(): Promise<void> {
    const result = await linkdesk.sessions.reissue({ id: session.id });
    if (result.ok) onReissued(result.data);
    else setCopyNote(result.error.message);
  }

  async function copyLink(): Promise<void> {
    const result = await linkdesk.sessions.copyLink({ id: session.id });
    setCopyNote(result.ok ? 'Link copied' : result.error.message);
  }

  async function openInBrowser(): Promise<void> {
    const result = await linkdesk.sessions.openInBrowser({ id: session.id });
    setCopyNote(result.ok ? 'Opened in your browser' : result.error.message);
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
        {items.length > 0 && (
          <ul className="share-items" aria-label="Items">
            {items.map((item, index) => (
              <li key={index}>
                {item.quantity} × {item.name}
              </li>
            ))}
          </ul>
        )}
        <div role="status" aria-live="polite" className="status-line">
          <StatusBadge status={session.status} />
          <p className="status-detail">
            {STATUS_TEXT[session.status].detail}
            {session.errorCode && <> ({session.errorCode})</>}
          </p>
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
            <button type="button" className="secondary" onClick={() => void copyLink()}>
              Copy link
            </button>
          )}
          {pending && (
            <button type="button" className="secondary" onClick={() => void openInBrowser()}>
              Open in browser
            </button>
          )}
          {(session.status === 'failed' || session.status === 'cancelled' || session.status === 'expired') && (
            <button type="button" className="secondary" onClick={() => void reissue()}>
              Re-issue
            </button>
          )}
          <button type="button" className={pending ? 'secondary' : 'primary'} onClick={onNewSale} autoFocus={!pending}>
            New sale
          </button>
        </div>
        {copyNote && (
          <p className="copy-note" role="status">
            {copyNote}
          </p>
        )}
        {pending && <p className="link-text mono">{session.checkoutUrl}</p>}
      </div>
    </section>
  );
}

/** Name and quantity of each cart line, from what the builder sent. */
function cartSummary(session: SessionRecord): { name: string; quantity: number }[] {
  const items = (session.input as { items?: unknown }).items;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown) => {
    const { name, quantity } = (item ?? {}) as { name?: unknown; quantity?: unknown };
    return typeof name === 'string' && typeof quantity === 'number' ? [{ name, quantity }] : [];
  });
}

function formatDuration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
