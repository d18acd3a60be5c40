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
    const from = record.paymentLinkId ? ` from payment link ${title ? `“${title}”` : record.paymentLinkId}` : '';
    setFound(`${record.id}${from}: ${STATUS_TEXT[record.status].label}`);
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
        <label htmlFor="lookup-text">Add a session by ID</label>
        <input
          id="lookup-text"
          placeholder="session_… , a checkout URL, or the page the customer landed on"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'lookup-error' : undefined}
        />
      </div>
      <button type="submit" className="secondary" disabled={busy || !text.trim()} aria-busy={busy}>
        {busy ? 'Looking up…' : 'Look up'}
      </button>
      {error && (
        <p className="field-error lookup-message" id="lookup-error" role="alert">
          {error}
        </p>
      )}
      {found && (
        <p className="copy-note lookup-message" role="status">
          Found {found}
        </p>
      )}
    </form>
  );
}
