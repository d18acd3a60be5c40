import { storedName, useWords } from '../../lib/i18n';
import { useState } from 'react';
import { useAction } from '../../lib/useAction';
import { ActionNote } from '../../components/ActionNote';
import { ReceiptActions } from '../../components/ReceiptActions';
import type { VerifyResult } from '../../../../shared/history-query';
import type { z } from 'zod';
import { linkdesk, type SessionRecord } from '../../lib/api';
import { QrCode } from '../../components/QrCode';
import { STATUS_TEXT, StatusBadge } from '../../components/StatusBadge';
import { amountText, itemLinesOf, priceText } from '../../../../shared/record-text';

interface Props {
  record: SessionRecord;
  /** The title of the payment link it came from, when that link was made on this machine. */
  linkTitle: string | undefined;
  onReissued: (record: SessionRecord) => void;
}

type Billing = NonNullable<z.infer<typeof VerifyResult>['billing']>;

/** Everything known about one session, and what can be done with it. */
export function SessionDetail({ record, linkTitle, onReissued }: Props): React.JSX.Element {
  const words = useWords();
  const { t } = words;
  const when = (iso: string | undefined): string => (iso ? words.dateTime(iso) : '—');
  const [billing, setBilling] = useState<Billing>();
  const { note, busy, run } = useAction();
  const input = record.input as Record<string, unknown>;
  const items = itemLinesOf(record);

  const verify = () =>
    run(
      () => linkdesk.history.verify({ id: record.id }),
      (checked) => {
        setBilling(checked.billing);
        return t('detail.checked', { status: t(STATUS_TEXT[checked.record.status].label) });
      },
    );
  const copy = () =>
    run(
      () => linkdesk.sessions.copyLink({ id: record.id }),
      () => t('share.copied'),
    );
  const reissue = async () => {
    const made = await run(() => linkdesk.sessions.reissue({ id: record.id }));
    if (made) onReissued(made);
  };

  return (
    <section className="detail" aria-label={t('detail.label')}>
      <div className="detail-head">
        <h2 className="mono">{amountText(record, words)}</h2>
        <StatusBadge status={record.status} />
      </div>
      {record.conflict && (
        <p className="alert" role="status">
          {t('history.conflict', {
            station: record.conflict.station,
            status: t(STATUS_TEXT[record.conflict.status].label),
          })}
        </p>
      )}
      <dl className="facts">
        <dt>{t('detail.session')}</dt>
        <dd className="mono">{record.id}</dd>
        <dt>{t('history.kind')}</dt>
        <dd>{t(`builder.mode.${record.kind}`)}</dd>
        {record.paymentLinkId && (
          <>
            <dt>{t('detail.paymentLink')}</dt>
            <dd>
              {linkTitle ? `“${linkTitle}” ` : ''}
              <span className="mono">{record.paymentLinkId}</span>
            </dd>
          </>
        )}
        {record.reference && (
          <>
            <dt>{t('detail.reference')}</dt>
            <dd>{record.reference}</dd>
          </>
        )}
        {record.station && (
          <>
            <dt>{t('history.station')}</dt>
            <dd>{record.station}</dd>
          </>
        )}
        {typeof input.staffInitials === 'string' && (
          <>
            <dt>{t('detail.staff')}</dt>
            <dd>{input.staffInitials}</dd>
          </>
        )}
        {typeof input.note === 'string' && (
          <>
            <dt>{t('detail.note')}</dt>
            <dd>{input.note}</dd>
          </>
        )}
        <dt>{t('detail.created')}</dt>
        <dd>{when(record.createdAt)}</dd>
        <dt>{t('detail.expires')}</dt>
        <dd>{when(record.expiresAt)}</dd>
        <dt>{t('detail.lastChecked')}</dt>
        <dd>{when(record.statusCheckedAt)}</dd>
        {record.errorCode && (
          <>
            <dt>{t('detail.errorCode')}</dt>
            <dd className="mono">{record.errorCode}</dd>
          </>
        )}
        {record.payment?.transactionId && (
          <>
            <dt>{t('share.transaction')}</dt>
            <dd className="mono">{record.payment.transactionId}</dd>
          </>
        )}
        {record.payment?.cardBrand && (
          <>
            <dt>{t('share.card')}</dt>
            <dd>
              {record.payment.cardBrand} •••• {record.payment.cardLastFour}
            </dd>
          </>
        )}
        <dt>{t('detail.environment')}</dt>
        <dd>{storedName(record.environment, words)}</dd>
        <dt>{t('detail.merchant')}</dt>
        <dd>{record.merchantName}</dd>
      </dl>
      {items.length > 0 && (
        <table className="items-table">
          <caption>{t('items.label')}</caption>
          <tbody>
            {items.map((item, i) => (
              <tr key={i}>
                <td>{words.number(item.quantity)} ×</td>
                <td>{item.name}</td>
                <td className="mono">{priceText(item.price, record.currency, words)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {billing && (
        <dl className="facts billing" aria-label={t('detail.billing')}>
          {Object.entries(billing).map(([key, value]) => (
            <div key={key} className="fact-pair">
              <dt>{key}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {record.status === 'pending' && (
        <QrCode
          value={record.checkoutUrl}
          label={t('qr.label', { merchant: record.merchantName, amount: amountText(record, words) })}
        />
      )}
      <div className="actions">
        <button type="button" className="secondary" disabled={busy} onClick={() => void verify()}>
          {t('detail.verify')}
        </button>
        {record.status === 'pending' && (
          <button type="button" className="secondary" onClick={() => void copy()}>
            {t('share.copy')}
          </button>
        )}
        {record.status !== 'completed' && (
          <button type="button" className="secondary" disabled={busy} onClick={() => void reissue()}>
            {t('share.reissue')}
          </button>
        )}
        {record.status === 'completed' && <ReceiptActions key={record.id} id={record.id} />}
      </div>
      <ActionNote note={note} className="saved-note" />
    </section>
  );
}
