import { useEffect, useState } from 'react';
import { linkStatus } from '../../../../shared/payment-link';
import { amountText } from '../../../../shared/record-text';
import { LinkDetail } from './LinkDetail';
import { dateText, limitText, MODE_TEXT } from './linkText';
import { LinkStatusBadge } from './LinkStatusBadge';
import { useLinks } from './useLinks';
import { Alert } from '../../components/Alert';

interface Props {
  /** The link to show first, e.g. the one just made. */
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  onNewSale: () => void;
  /** Opens History on the sessions of this link that are in it. */
  onShowSessions: (linkId: string) => void;
}

/** Every payment link made on this machine, and the one selected, ready to share. */
export function LinksScreen({ selectedId, onSelect, onNewSale, onShowSessions }: Props): React.JSX.Element {
  const { links, error } = useLinks();
  const now = useMinuteClock();
  if (error) return <Alert message={error} />;
  if (!links) return <p className="hint">Loading…</p>;
  const selected = links.find((link) => link.id === selectedId) ?? links[0];
  return (
    <section className="links" aria-labelledby="links-title">
      <h1 id="links-title">Payment links</h1>
      {links.length === 0 ? (
        <div className="card empty">
          <p>No payment links yet.</p>
          <p className="hint">
            Build a sale, then open “Make a reusable payment link instead” below it. A link takes payments again and
            again: put its QR on a poster, a donation box or a table tent.
          </p>
          <button type="button" className="primary" onClick={onNewSale}>
            Build a sale
          </button>
        </div>
      ) : (
        <>
          <div className="table-scroll card flush">
            <table className="links-table">
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Mode</th>
                  <th scope="col" className="num">
                    Amount
                  </th>
                  <th scope="col" className="col-created">
                    Created
                  </th>
                  <th scope="col">Expires</th>
                  <th scope="col">Usage limit</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {links.map((link) => (
                  <tr key={link.id} aria-current={link.id === selected?.id ? 'true' : undefined}>
                    <th scope="row">
                      <button type="button" className="link-button" onClick={() => onSelect(link.id)}>
                        {link.title}
                      </button>
                      {link.environmentKind === 'sandbox' && <span className="tag">Test</span>}
                    </th>
                    <td>{MODE_TEXT[link.kind]}</td>
                    <td className="num">{amountText(link)}</td>
                    <td className="col-created">{dateText(link.createdAt)}</td>
                    <td>{dateText(link.expiresAt)}</td>
                    <td>{limitText(link.usageLimit)}</td>
                    <td>
                      <LinkStatusBadge status={linkStatus(link, now)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="hint">
            Usage counts are not shown: Ozura’s API does not report how many payments a link has taken, so a link with a
            limit may already be used up. To see a payment made through a link, add its session in History by its ID.
          </p>
          {selected && (
            <LinkDetail
              key={selected.id}
              link={selected}
              status={linkStatus(selected, now)}
              onShowSessions={() => onShowSessions(selected.id)}
            />
          )}
        </>
      )}
    </section>
  );
}

/** The time, refreshed each minute, so a link that expires while on screen says so. */
function useMinuteClock(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
