import { useState } from 'react';
import { linkdesk, type IpcResult, type LinkStatus, type PaymentLinkRecord } from '../../lib/api';
import { savedTo, useAction } from '../../lib/useAction';
import { ActionNote } from '../../components/ActionNote';
import { QrCode } from '../../components/QrCode';
import { ItemSummary } from '../../components/ItemSummary';
import { amountText } from '../../../../shared/record-text';
import { LinkStatusBadge } from './LinkStatusBadge';
import { dateText, dateTimeText, limitText, MODE_TEXT } from './linkText';

type Paper = 'a4' | 'letter';

/** US Letter where it is the usual paper (the US, Canada, Mexico and a few more), A4 elsewhere. */
function usualPaper(): Paper {
  return /-(US|CA|MX|PH|CL|CO|VE|GT|CR|PA|DO|PR)$/i.test(navigator.language) ? 'letter' : 'a4';
}

const copied = (): string => 'Link copied';
const printed = (): string => 'Sent to the printer';

interface Props {
  link: PaymentLinkRecord;
  status: LinkStatus;
  onShowSessions: () => void;
}

/** One link, ready to share: its QR, the link itself, QR files and a printable poster. */
export function LinkDetail({ link, status, onShowSessions }: Props): React.JSX.Element {
  const [paper, setPaper] = useState<Paper>(usualPaper);
  const { note, run } = useAction();
  const amount = amountText(link);
  const id = { id: link.id };
  const act = <T,>(call: () => Promise<IpcResult<T>>, done: (answer: T) => string | undefined): void =>
    void run(call, done);

  return (
    <section className="card share link-detail" aria-labelledby="link-title">
      <div className="share-qr">
        {status === 'active' ? (
          <QrCode value={link.url} label={`QR code of the payment link “${link.title}”`} />
        ) : (
          <div className="outcome outcome-expired" aria-hidden="true">
            ◔
          </div>
        )}
      </div>
      <div className="share-info">
        <h2 id="link-title">{link.title}</h2>
        <p className="merchant-line">
          {MODE_TEXT[link.kind]} · {amount} · {link.merchantName}
        </p>
        <ItemSummary of={link} />
        <div className="status-line">
          <LinkStatusBadge status={status} />
          <p className="status-detail">
            {status === 'active'
              ? 'Each customer who opens it gets a new checkout.'
              : 'This link has expired; customers who open it see an expiry page.'}
          </p>
        </div>
        <dl className="payment">
          <dt>Expires</dt>
          <dd>{dateTimeText(link.expiresAt)}</dd>
          <dt>Usage limit</dt>
          <dd>{limitText(link.usageLimit)}</dd>
          <dt>Created</dt>
          <dd>{dateText(link.createdAt)}</dd>
          <dt>Where</dt>
          <dd>{link.environment}</dd>
          <dt>Link</dt>
          <dd className="mono wrap">{link.url}</dd>
        </dl>
        <p className="hint">
          Its payments reach History once added there by session ID.{' '}
          <button type="button" className="link-button" onClick={onShowSessions}>
            Show its sessions in History
          </button>
        </p>
        {status === 'active' && (
          <>
            <div className="actions">
              <button type="button" className="primary" onClick={() => act(() => linkdesk.links.copy(id), copied)}>
                Copy link
              </button>
            </div>
            <div className="actions secondary-actions">
              <button
                type="button"
                className="small secondary"
                onClick={() => act(() => linkdesk.links.saveQr({ ...id, format: 'png' }), savedTo('QR'))}
              >
                Save QR as PNG
              </button>
              <button
                type="button"
                className="small secondary"
                onClick={() => act(() => linkdesk.links.saveQr({ ...id, format: 'svg' }), savedTo('QR'))}
              >
                Save QR as SVG
              </button>
            </div>
            <fieldset className="poster">
              <legend>Poster with a large QR</legend>
              <label className="inline-field">
                Paper
                <select className="small" value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
                  <option value="a4">A4</option>
                  <option value="letter">US Letter</option>
                </select>
              </label>
              <button
                type="button"
                className="small secondary"
                onClick={() => act(() => linkdesk.links.savePoster({ ...id, paper }), savedTo('Poster'))}
              >
                Save poster as PDF
              </button>
              <button
                type="button"
                className="small secondary"
                onClick={() => act(() => linkdesk.links.printPoster({ ...id, paper }), printed)}
              >
                Print poster
              </button>
            </fieldset>
          </>
        )}
        <ActionNote note={note} />
      </div>
    </section>
  );
}
