import { useState } from 'react';
import { useAction } from '../../lib/useAction';
import { ActionNote } from '../../components/ActionNote';
import type { VerifyResult } from '../../../../shared/history-query';
import type { z } from 'zod';
import { linkdesk, type SessionRecord } from '../../lib/api';
import { QrCode } from '../../components/QrCode';
import { STATUS_TEXT, StatusBadge } from '../../components/StatusBadge';
import { amountText, itemLinesOf } from '../../../../shared/record-text';

interface Props {
  record: SessionRecord;
  /** The title of the payment link it came from, when that link was made on this machine. */
  linkTitle: string | undefined;
  onReissued: (record: SessionRecord) => void;
}

type Billing = NonNullable<z.infer<typeof VerifyResult>['billing']>;

const when = (iso: string | undefined): string => (iso ? new Date(iso).toLocaleString() : '—');

/** Everything known about one session, and what can be done with it. */
export function SessionDetail({ record, linkTitle, onReissued }: Props): React.JSX.Element {
  const [billing, setBilling] = useState<Billing>();
  const { note, busy, run } = useAction();
  const input = record.input as Record<string, unknown>;
  const items = itemLinesOf(record);

  const verify = () =>
    run(
      () => linkdesk.history.verify({ id: record.id }),
      (checked) => {
        setBilling(checked.billing);
        return `Checked with the API: ${STATUS_TEXT[checked.record.status].label}`;
      },
    );
  const copy = () =>
    run(
      () => linkdesk.sessions.copyLink({ id: record.id }),
      () => 'Link copied',
    );
  const reissue = async () => {
    const made = await run(() => linkdesk.sessions.reissue({ id: record.id }));
    if (made) onReissued(made);
  };

  return (
    <section className="detail" aria-label="Session details">
      <div className="detail-head">
        <h2 className="mono">{amountText(record)}</h2>
        <StatusBadge status={record.status} />
      </div>
      <dl className="facts">
        <dt>Session</dt>
        <dd className="mono">{record.id}</dd>
        <dt>Kind</dt>
        <dd>{record.kind}</dd>
        {record.paymentLinkId && (
          <>
            <dt>Payment link</dt>
            <dd>
              {linkTitle ? `“${linkTitle}” ` : ''}
              <span className="mono">{record.paymentLinkId}</span>
            </dd>
          </>
        )}
        {record.reference && (
          <>
            <dt>Reference</dt>
            <dd>{record.reference}</dd>
          </>
        )}
        {typeof input.staffInitials === 'string' && (
          <>
            <dt>Staff</dt>
            <dd>{input.staffInitials}</dd>
          </>
        )}
        {typeof input.note === 'string' && (
          <>
            <dt>Note</dt>
            <dd>{input.note}</dd>
          </>
        )}
        <dt>Created</dt>
        <dd>{when(record.createdAt)}</dd>
        <dt>Expires</dt>
        <dd>{when(record.expiresAt)}</dd>
        <dt>Last checked</dt>
        <dd>{when(record.statusCheckedAt)}</dd>
        {record.errorCode && (
          <>
            <dt>Error code</dt>
            <dd className="mono">{record.errorCode}</dd>
          </>
        )}
        {record.payment?.transactionId && (
          <>
            <dt>Transaction</dt>
            <dd className="mono">{record.payment.transactionId}</dd>
          </>
        )}
        {record.payment?.cardBrand && (
          <>
            <dt>Card</dt>
            <dd>
              {record.payment.cardBrand} •••• {record.payment.cardLastFour}
            </dd>
          </>
        )}
        <dt>Environment</dt>
        <dd>{record.environment}</dd>
        <dt>Merchant</dt>
        <dd>{record.merchantName}</dd>
      </dl>
      {items.length > 0 && (
        <table className="items-table">
          <caption>Items</caption>
          <tbody>
            {items.map((item, i) => (
              <tr key={i}>
                <td>{item.quantity} ×</td>
                <td>{item.name}</td>
                <td className="mono">{item.price}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {billing && (
        <dl className="facts billing" aria-label="Billing details (not stored)">
          {Object.entries(billing).map(([key, value]) => (
            <div key={key} className="fact-pair">
              <dt>{key}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {record.status === 'pending' && (
        <QrCode value={record.checkoutUrl} label={`QR code to pay ${record.merchantName} ${amountText(record)}`} />
      )}
      <div className="actions">
        <button type="button" className="secondary" disabled={busy} onClick={() => void verify()}>
          Verify now
        </button>
        {record.status === 'pending' && (
          <button type="button" className="secondary" onClick={() => void copy()}>
            Copy link
          </button>
        )}
        {record.status !== 'completed' && (
          <button type="button" className="secondary" disabled={busy} onClick={() => void reissue()}>
            Re-issue
          </button>
        )}
      </div>
      <ActionNote note={note} className="saved-note" />
    </section>
  );
}
