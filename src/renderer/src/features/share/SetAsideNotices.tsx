import { amountText } from '../../../../shared/record-text';
import { useWords } from '../../lib/i18n';
import type { SessionRecord } from '../../lib/api';
import type { SetAsideSale } from './useSetAside';

interface Props {
  sales: readonly SetAsideSale[];
  /** Opens the sale's own screen again: its QR while it waits, proof once paid. */
  onShow: (session: SessionRecord) => void;
  onDismiss: (id: string) => void;
  /** "Hide history" is on: the amount alone, no reference (it may name a customer). */
  privacy: boolean;
}

/**
 * One line per sale set aside: still payable (and why it cannot be cancelled), paid later (an
 * alert, so it is not missed), or ended unpaid.
 */
export function SetAsideNotices({ sales, onShow, onDismiss, privacy }: Props): React.JSX.Element | null {
  const words = useWords();
  const { t } = words;
  if (sales.length === 0) return null;
  return (
    <div className="set-aside-notices">
      {sales.map(({ session, setAsideAt }) => {
        const sale = [amountText(session, words), privacy ? undefined : session.reference].filter(Boolean).join(' · ');
        const paid = session.status === 'completed';
        const waiting = session.status === 'pending';
        const text = paid
          ? t('setAside.paidLater', { sale, time: words.time(setAsideAt) })
          : waiting
            ? t('setAside.waiting', { sale, until: words.time(session.expiresAt ?? setAsideAt) })
            : t('setAside.ended', { sale, status: t(`status.${session.status}`) });
        return (
          <p key={session.id} className={paid ? 'notice paid-later' : 'notice'} role={paid ? 'alert' : 'status'}>
            {text}{' '}
            {(paid || waiting) && (
              <button type="button" className="small secondary" onClick={() => onShow(session)}>
                {t('setAside.show')}
              </button>
            )}{' '}
            <button
              type="button"
              className="small secondary"
              aria-label={t('setAside.dismiss', { sale })}
              onClick={() => onDismiss(session.id)}
            >
              ✕
            </button>
          </p>
        );
      })}
    </div>
  );
}
