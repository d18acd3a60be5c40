import type { MessageKey } from '../../../../shared/i18n/translator';
import { useWords } from '../../lib/i18n';
import { useEffect, useRef } from 'react';
import { linkdesk, type IpcResult, type Preferences, type SessionRecord } from '../../lib/api';
import { savedTo, useAction } from '../../lib/useAction';
import { useRequested } from '../../lib/useRequested';
import { ReceiptActions } from '../../components/ReceiptActions';
import { ActionNote } from '../../components/ActionNote';
import { MoreMenu } from '../../components/MoreMenu';
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
  /** The customer walked away: back to a new sale, the waiting one still watched (#18). */
  onSetAside: (session: SessionRecord) => void;
  /** A fresh session with the same content was made (after a failure, cancel or expiry). */
  onReissued: (session: SessionRecord) => void;
  /** Goes up when the copy-link command is given by shortcut or menu: copied as by the button. */
  copyRequests: number;
  /** Goes up when the print-receipt shortcut (R) is given: printed as by the paid screen's button. */
  receiptRequests: number;
}

/** The QR for the customer, and the status the clerk waits for. */
export function ShareScreen({
  session,
  customerView,
  onCustomerView,
  preferences,
  onNewSale,
  onSetAside,
  onReissued,
  copyRequests,
  receiptRequests,
}: Props): React.JSX.Element {
  const words = useWords();
  const { t } = words;
  const amount = amountText(session, words);
  const { note, run } = useAction();
  const remaining = useCountdown(session.expiresAt);
  const connection = useConnection(session.id);
  const pending = session.status === 'pending';
  const ended = session.status === 'failed' || session.status === 'cancelled' || session.status === 'expired';
  useOutcomeCues(session, { ...preferences, onReturn: onNewSale });
  // Once it is over, Enter does the one thing to do next: try again after a failure, else a new sale.
  const newSale = useRef<HTMLButtonElement>(null);
  const tryAgain = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!pending) (ended ? tryAgain : newSale).current?.focus();
  }, [pending, ended]);

  // While this screen shows the session, main checks it every few seconds (and the customer window shows it).
  useEffect(() => {
    void linkdesk.sessions.focus({ id: session.id });
    return () => void linkdesk.sessions.focus({ id: null });
  }, [session.id]);

  const act = <T,>(call: () => Promise<IpcResult<T>>, done: string): void => void run(call, () => done);
  const copyLink = (): void => act(() => linkdesk.sessions.copyLink({ id: session.id }), t('share.copied'));
  useRequested(copyRequests, copyLink);
  const saveQr = (format: 'png' | 'svg') =>
    void run(
      () => linkdesk.sessions.saveQr({ id: session.id, format }),
      savedTo((file) => t('share.qrSaved', { file })),
    );
  const savePdf = () =>
    void run(
      () => linkdesk.sessions.saveSlipPdf({ id: session.id }),
      savedTo((file) => t('share.slipSaved', { file })),
    );
  // The waiting screen's occasional actions, under "More".
  const moreActions: readonly (readonly [MessageKey, () => void])[] = [
    ['share.openInBrowser', () => act(() => linkdesk.sessions.openInBrowser({ id: session.id }), t('share.opened'))],
    ['share.savePng', () => saveQr('png')],
    ['share.saveSvg', () => saveQr('svg')],
    ['share.printSlip', () => act(() => linkdesk.sessions.printSlip({ id: session.id }), t('share.printed'))],
    ['share.saveSlip', savePdf],
    ['share.openCustomerWindow', () => act(() => linkdesk.display.openCustomerWindow(), t('share.customerWindowOpen'))],
  ];
  const reissue = async () => {
    const made = await run(() => linkdesk.sessions.reissue({ id: session.id }));
    if (made) onReissued(made);
  };

  if (customerView) {
    return (
      <section className="full-screen" aria-label={t('share.customerView')}>
        <CustomerView session={session} />
        <button type="button" className="secondary exit-full" onClick={() => onCustomerView(false)}>
          {t('share.back')}
        </button>
        <ActionNote note={note} />
      </section>
    );
  }

  return (
    <section className="card share" aria-labelledby="share-title">
      <div className="share-qr">
        {pending ? (
          <QrCode value={session.checkoutUrl} label={t('qr.label', { merchant: session.merchantName, amount })} />
        ) : (
          <div className={`outcome outcome-${session.status}`} aria-hidden="true">
            {STATUS_TEXT[session.status].icon}
          </div>
        )}
      </div>
      <div className="share-info">
        <h1 id="share-title">{amount}</h1>
        {session.tipMinor !== undefined && (
          <p className="hint">{t('share.includesTip', { tip: words.money(session.tipMinor, session.currency) })}</p>
        )}
        <p className="merchant-line">
          {session.kind === 'donation'
            ? t('share.donationTo', { merchant: session.merchantName })
            : session.merchantName}
          {session.reference && <> · {session.reference}</>}
        </p>
        <ItemSummary of={session} />
        <div role="status" aria-live="polite" className="status-line">
          <StatusBadge status={session.status} />
          <p className="status-detail">
            {t(session.status === 'failed' ? failureAdvice(session.errorCode) : STATUS_TEXT[session.status].detail)}
            {session.errorCode && <> ({session.errorCode})</>}
          </p>
          {connection.retrying && pending && (
            <p className="notice">
              {t('share.retrying', {
                seconds: connection.retryInMs === undefined ? -1 : Math.ceil(connection.retryInMs / 1000),
              })}
            </p>
          )}
        </div>
        {session.status === 'completed' && session.payment && (
          <dl className="payment">
            {session.payment.cardBrand && (
              <>
                <dt>{t('share.card')}</dt>
                <dd>
                  {session.payment.cardBrand} •••• {session.payment.cardLastFour}
                </dd>
              </>
            )}
            {session.payment.transactionId && (
              <>
                <dt>{t('share.transaction')}</dt>
                <dd className="mono">{session.payment.transactionId}</dd>
              </>
            )}
          </dl>
        )}
        {pending && (
          <p className="expiry">
            {remaining > 0 ? t('share.expiresIn', { time: formatDuration(remaining) }) : t('share.expiringNow')}
          </p>
        )}
        {session.statusCheckedAt && (
          <p className="checked">{t('share.lastChecked', { time: new Date(session.statusCheckedAt) })}</p>
        )}
        {/* One primary action per state: Copy link while waiting, New sale once paid, Try again after a failure. */}
        <div className="actions">
          {pending && (
            <>
              <button type="button" className="primary" onClick={copyLink}>
                {t('share.copy')}
              </button>
              <button type="button" className="secondary" onClick={() => onCustomerView(true)}>
                {t('share.customerViewKey')}
              </button>
              <button type="button" className="secondary" onClick={() => onSetAside(session)}>
                {t('share.setAside')}
              </button>
              <MoreMenu>
                {moreActions.map(([label, action]) => (
                  <button key={label} type="button" className="small secondary" onClick={action}>
                    {t(label)}
                  </button>
                ))}
              </MoreMenu>
            </>
          )}
          {ended && (
            <button ref={tryAgain} type="button" className="primary" onClick={() => void reissue()}>
              {t('share.tryAgain')}
            </button>
          )}
          {!pending && (
            <button
              ref={newSale}
              type="button"
              className={session.status === 'completed' ? 'primary' : 'secondary'}
              onClick={onNewSale}
            >
              {t('title.sale')}
            </button>
          )}
        </div>
        {session.status === 'completed' && (
          <div className="actions secondary-actions">
            <ReceiptActions id={session.id} printRequests={receiptRequests} small />
          </div>
        )}
        <ActionNote note={note} />
        {pending && <p className="link-text mono">{session.checkoutUrl}</p>}
      </div>
    </section>
  );
}

/** What to do after a failure, by Ozura's code (ozura-api.md §9.1); an unknown code gets the general advice. */
const FAILURE_ADVICE: Record<string, MessageKey> = {
  SYSTEM_ERROR: 'share.failed.system',
  AUTH_ERROR: 'share.failed.auth',
  MANUAL_REVIEW: 'share.failed.review',
  FORBIDDEN: 'share.failed.attempts',
};
const failureAdvice = (code: string | undefined): MessageKey =>
  (code !== undefined && FAILURE_ADVICE[code]) || 'share.failed.other';

function formatDuration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
