import { useWords } from '../../lib/i18n';
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
  const words = useWords();
  const { t } = words;
  if (!session) {
    return (
      <div className="customer-view idle">
        <p className="customer-welcome">{t('customer.welcome')}</p>
      </div>
    );
  }
  const amount = amountText(session, words);
  const pending = session.status === 'pending';
  return (
    <div className="customer-view">
      <p className="customer-merchant">{session.merchantName}</p>
      {pending ? (
        <QrCode value={session.checkoutUrl} label={t('qr.label', { merchant: session.merchantName, amount })} />
      ) : (
        <div className={`outcome outcome-${session.status}`} aria-hidden="true">
          {STATUS_TEXT[session.status].icon}
        </div>
      )}
      <p className="customer-amount">{amount}</p>
      <ItemSummary of={session} className="customer-items" maxLines={CUSTOMER_ITEM_LINES} />
      <div role="status" aria-live="polite">
        {pending ? <p className="customer-hint">{t('poster.scan')}</p> : <StatusBadge status={session.status} />}
      </div>
    </div>
  );
}
