import { storedName, useWords } from '../../lib/i18n';
import { useState } from 'react';
import { linkdesk, type IpcResult, type LinkStatus, type PaymentLinkRecord } from '../../lib/api';
import { savedTo, useAction } from '../../lib/useAction';
import { ActionNote } from '../../components/ActionNote';
import { QrCode } from '../../components/QrCode';
import { ItemSummary } from '../../components/ItemSummary';
import { amountText } from '../../../../shared/record-text';
import { LinkStatusBadge } from './LinkStatusBadge';
import { limitText, MODE_TEXT } from './linkText';
import { usePicture } from '../../lib/usePicture';
import { HexColor } from '../../../../shared/settings';

type Paper = 'a4' | 'letter';

/** US Letter where it is the usual paper (the US, Canada, Mexico and a few more), A4 elsewhere. */
function usualPaper(): Paper {
  return /-(US|CA|MX|PH|CL|CO|VE|GT|CR|PA|DO|PR)$/i.test(navigator.language) ? 'letter' : 'a4';
}

/** The brand colour the link was made with, as the card's accent (a checked hex colour only). */
const brandOf = (link: PaymentLinkRecord): React.CSSProperties | undefined =>
  HexColor.safeParse(link.brandColour).success ? ({ '--brand': link.brandColour } as React.CSSProperties) : undefined;

/** The logo the link was made with, as main fetched it; nothing while it loads or when it cannot. */
function LinkLogo({ link }: { link: PaymentLinkRecord }): React.JSX.Element | null {
  const { t } = useWords();
  const logo = usePicture({ of: 'link', id: link.id }, link.logoUrl);
  return logo.state === 'shown' ? (
    <img className="link-logo" src={logo.dataUrl} alt={t('links.logoAlt', { merchant: link.merchantName })} />
  ) : null;
}

interface Props {
  link: PaymentLinkRecord;
  status: LinkStatus;
  onShowSessions: () => void;
}

/** One link, ready to share: its QR, the link itself, QR files and a printable poster. */
export function LinkDetail({ link, status, onShowSessions }: Props): React.JSX.Element {
  const words = useWords();
  const { t } = words;
  const [paper, setPaper] = useState<Paper>(usualPaper);
  const { note, run } = useAction();
  const amount = amountText(link, words);
  const copied = (): string => t('share.copied');
  const printed = (): string => t('share.printed');
  const id = { id: link.id };
  const act = <T,>(call: () => Promise<IpcResult<T>>, done: (answer: T) => string | undefined): void =>
    void run(call, done);

  return (
    <section className="card share link-detail" style={brandOf(link)} aria-labelledby="link-title">
      <div className="share-qr">
        {status === 'active' ? (
          <QrCode value={link.url} label={t('links.qrLabel', { title: link.title })} />
        ) : (
          <div className="outcome outcome-expired" aria-hidden="true">
            ◔
          </div>
        )}
      </div>
      <div className="share-info">
        <LinkLogo link={link} />
        <h2 id="link-title">{link.title}</h2>
        <p className="merchant-line">
          {t(MODE_TEXT[link.kind])} · {amount} · {link.merchantName}
        </p>
        <ItemSummary of={link} />
        <div className="status-line">
          <LinkStatusBadge status={status} />
          <p className="status-detail">{status === 'active' ? t('links.activeDetail') : t('links.expiredDetail')}</p>
        </div>
        <dl className="payment">
          <dt>{t('detail.expires')}</dt>
          <dd>{words.dateTime(link.expiresAt)}</dd>
          <dt>{t('links.usageLimit')}</dt>
          <dd>{limitText(link.usageLimit, words)}</dd>
          <dt>{t('detail.created')}</dt>
          <dd>{words.day(link.createdAt)}</dd>
          <dt>{t('links.where')}</dt>
          <dd>{storedName(link.environment, words)}</dd>
          <dt>{t('links.link')}</dt>
          <dd className="mono wrap">{link.url}</dd>
        </dl>
        <p className="hint">
          {t('links.historyHint')}{' '}
          <button type="button" className="link-button" onClick={onShowSessions}>
            {t('links.showSessions')}
          </button>
        </p>
        {status === 'active' && (
          <>
            <div className="actions">
              <button type="button" className="primary" onClick={() => act(() => linkdesk.links.copy(id), copied)}>
                {t('share.copy')}
              </button>
            </div>
            <div className="actions secondary-actions">
              <button
                type="button"
                className="small secondary"
                onClick={() =>
                  act(
                    () => linkdesk.links.saveQr({ ...id, format: 'png' }),
                    savedTo((file) => t('share.qrSaved', { file })),
                  )
                }
              >
                {t('share.savePng')}
              </button>
              <button
                type="button"
                className="small secondary"
                onClick={() =>
                  act(
                    () => linkdesk.links.saveQr({ ...id, format: 'svg' }),
                    savedTo((file) => t('share.qrSaved', { file })),
                  )
                }
              >
                {t('share.saveSvg')}
              </button>
            </div>
            <fieldset className="poster">
              <legend>{t('links.poster')}</legend>
              <label className="inline-field">
                {t('links.paper')}
                <select className="small" value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
                  <option value="a4">A4</option>
                  <option value="letter">{t('links.letter')}</option>
                </select>
              </label>
              <button
                type="button"
                className="small secondary"
                onClick={() =>
                  act(
                    () => linkdesk.links.savePoster({ ...id, paper }),
                    savedTo((file) => t('links.posterSaved', { file })),
                  )
                }
              >
                {t('links.savePoster')}
              </button>
              <button
                type="button"
                className="small secondary"
                onClick={() => act(() => linkdesk.links.printPoster({ ...id, paper }), printed)}
              >
                {t('links.printPoster')}
              </button>
            </fieldset>
          </>
        )}
        <ActionNote note={note} />
      </div>
    </section>
  );
}
