import { useWords } from '../../lib/i18n';
import { useState } from 'react';
import { linkdesk, type SessionRecord } from '../../lib/api';
import { STATUS_TEXT } from '../../components/StatusBadge';

interface Props {
  onFound: (record: SessionRecord) => void;
  linkTitle: (id: string | undefined) => string | undefined;
}

/**
 * Brings a session this app did not create into history: one a customer started from a
 * payment link, found by its ID, its checkout URL, or the page they were sent to after paying.
 */
export function LookupForm({ onFound, linkTitle }: Props): React.JSX.Element {
  const { t } = useWords();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [found, setFound] = useState<string>();

  async function lookUp(): Promise<void> {
    setBusy(true);
    setError(undefined);
    setFound(undefined);
    const result = await linkdesk.history.lookup({ text });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.fields?.text ?? result.error.message);
      return;
    }
    const record = result.data;
    const title = linkTitle(record.paymentLinkId);
    const status = t(STATUS_TEXT[record.status].label);
    setFound(
      record.paymentLinkId
        ? t('lookup.foundFromLink', { id: record.id, link: title ? `“${title}”` : record.paymentLinkId, status })
        : t('lookup.found', { id: record.id, status }),
    );
    setText('');
    onFound(record);
  }

  return (
    <form
      className="lookup"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void lookUp();
      }}
    >
      <div className="field grow">
        <label htmlFor="lookup-text">{t('lookup.label')}</label>
        <input
          id="lookup-text"
          placeholder={t('lookup.placeholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'lookup-error' : undefined}
        />
      </div>
      <button type="submit" className="secondary" disabled={busy || !text.trim()} aria-busy={busy}>
        {busy ? t('lookup.busy') : t('lookup.button')}
      </button>
      {error && (
        <p className="field-error lookup-message" id="lookup-error" role="alert">
          {error}
        </p>
      )}
      {found && (
        <p className="copy-note lookup-message" role="status">
          {found}
        </p>
      )}
    </form>
  );
}
