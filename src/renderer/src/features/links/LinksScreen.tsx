import { useWords } from '../../lib/i18n';
import { useEffect, useState } from 'react';
import { linkStatus } from '../../../../shared/payment-link';
import { amountText } from '../../../../shared/record-text';
import { LinkDetail } from './LinkDetail';
import { limitText, MODE_TEXT } from './linkText';
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
  const words = useWords();
  const { t } = words;
  const { links, error } = useLinks();
  const now = useMinuteClock();
  if (error) return <Alert message={error} />;
  if (!links) return <p className="hint">{t('app.loading')}</p>;
  const selected = links.find((link) => link.id === selectedId) ?? links[0];
  return (
    <section className="links" aria-labelledby="links-title">
      <h1 id="links-title">{t('title.links')}</h1>
      {links.length === 0 ? (
        <div className="card empty">
          <p>{t('links.none')}</p>
          <p className="hint">{t('links.noneHint')}</p>
          <button type="button" className="primary" onClick={onNewSale}>
            {t('links.buildSale')}
          </button>
        </div>
      ) : (
        <>
          <div className="table-scroll card flush">
            <table className="links-table">
              <thead>
                <tr>
                  <th scope="col">{t('links.titleColumn')}</th>
                  <th scope="col">{t('links.mode')}</th>
                  <th scope="col" className="num">
                    {t('builder.amount')}
                  </th>
                  <th scope="col" className="col-created">
                    {t('detail.created')}
                  </th>
                  <th scope="col">{t('detail.expires')}</th>
                  <th scope="col">{t('links.usageLimit')}</th>
                  <th scope="col">{t('history.status')}</th>
                </tr>
              </thead>
              <tbody>
                {links.map((link) => (
                  <tr key={link.id} aria-current={link.id === selected?.id ? 'true' : undefined}>
                    <th scope="row">
                      <button type="button" className="link-button" onClick={() => onSelect(link.id)}>
                        {link.title}
                      </button>
                      {link.environmentKind === 'sandbox' && <span className="tag">{t('links.test')}</span>}
                    </th>
                    <td>{t(MODE_TEXT[link.kind])}</td>
                    <td className="num">{amountText(link, words)}</td>
                    <td className="col-created">{words.day(link.createdAt)}</td>
                    <td>{words.day(link.expiresAt)}</td>
                    <td>{limitText(link.usageLimit, words)}</td>
                    <td>
                      <LinkStatusBadge status={linkStatus(link, now)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="hint">{t('links.usageNote')}</p>
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
