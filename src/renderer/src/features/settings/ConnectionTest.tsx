import { useWords } from '../../lib/i18n';
import { useState } from 'react';
import { linkdesk, type ConnectionResult } from '../../lib/api';

/** Checks the host and the keys without creating a session or charging anything. */
export function ConnectionTest({ profileId }: { profileId: string }): React.JSX.Element {
  const { t } = useWords();
  const [result, setResult] = useState<ConnectionResult>();
  const [busy, setBusy] = useState(false);

  async function run(): Promise<void> {
    setBusy(true);
    const answer = await linkdesk.settings.testConnection({ id: profileId });
    setBusy(false);
    setResult(answer.ok ? answer.data : { outcome: 'unexpected', message: answer.error.message });
  }

  return (
    <div className="connection-test">
      <button type="button" className="secondary" onClick={() => void run()} disabled={busy}>
        {busy ? t('settings.testing') : t('settings.test')}
      </button>
      <p role="status" className={result ? `connection connection-${result.outcome}` : 'connection'}>
        {result?.message}
      </p>
    </div>
  );
}
