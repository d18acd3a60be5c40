import { useState } from 'react';
import type { AuditEntry } from '../../../../shared/audit';
import { linkdesk } from '../../lib/api';
import { useWords } from '../../lib/i18n';
import { useAction } from '../../lib/useAction';
import { Alert } from '../../components/Alert';

/** The audit log: what managers did here, newest first. Read when asked, not on every visit. */
export function AuditSection(): React.JSX.Element {
  const words = useWords();
  const { t } = words;
  const [entries, setEntries] = useState<AuditEntry[]>();
  const loading = useAction();

  const load = async (): Promise<void> => {
    const found = await loading.run(() => linkdesk.audit.list());
    if (found) setEntries(found);
  };

  return (
    <section className="card" aria-labelledby="audit-title">
      <h1 id="audit-title">{t('audit.title')}</h1>
      <p className="hint">{t('audit.hint')}</p>
      <button type="button" className="secondary" disabled={loading.busy} onClick={() => void load()}>
        {t(entries ? 'audit.refresh' : 'audit.show')}
      </button>
      <Alert message={loading.note} />
      {entries &&
        (entries.length === 0 ? (
          <p className="hint">{t('audit.empty')}</p>
        ) : (
          <table className="audit-table">
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.what')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry, index) => (
                <tr key={`${entry.at}-${index}`}>
                  <td>{words.dateTime(entry.at)}</td>
                  <td>{entry.by ? `${entry.by.name} (${entry.by.initials})` : t('audit.owner')}</td>
                  <td>{t(`audit.action.${entry.action}`, { subject: entry.subject ?? '' })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
