import type { SessionRecord } from '../../lib/api';
import { QrCode } from '../../components/QrCode';
import { amountText } from '../../../../shared/record-text';
import { ItemSummary } from '../../components/ItemSummary';
import { STATUS_TEXT, StatusBadge } from '../../components/StatusBadge';

/** Cart lines the customer sees at most (the last says "+ N more items"): with them, the QR still fits. */
export const CUSTOMER_ITEM_LINES = 3;

/**
 * What the customer may see: the QR, the amount, the items and the outcome. Never history,
 * settings or other sessions. Used full-screen (F) and in the customer window.
 */
export function CustomerView({ session }: { session: SessionRecord | undefined }): React.JSX.Element {
  if (!session) {
    return (
      <div className="customer-view idle">
        <p className="customer-welcome">Welcome</p>
      </div>
    );
  }
  const amount = amountText(session);
  const pending = session.status === 'pending';
  return (
    <div className="customer-view">
      <p className="customer-merchant">{session.merchantName}</p>
      {pending ? (
        <QrCode value={session.checkoutUrl} label={`QR code to pay ${session.merchantName} ${amount}`} />
      ) : (
        <div className={`outcome outcome-${session.status}`} aria-hidden="true">
          {STATUS_TEXT[session.status].icon}
        </div>
      )}
      <p className="customer-amount">{amount}</p>
      <ItemSummary of={session} className="customer-items" maxLines={CUSTOMER_ITEM_LINES} />
      <div role="status" aria-live="polite">
        {pending ? (
          <p className="customer-hint">Scan with your phone camera to pay</p>
        ) : (
          <StatusBadge status={session.status} />
        )}
      </div>
    </div>
  );
}
