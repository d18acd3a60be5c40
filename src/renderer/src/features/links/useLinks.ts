import { useCallback, useEffect, useState } from 'react';
import { linkdesk, type PaymentLinkRecord } from '../../lib/api';

/** The payment links made on this machine, newest first, as main keeps them. */
export function useLinks(): { links: PaymentLinkRecord[] | undefined; error?: string; reload: () => void } {
  const [links, setLinks] = useState<PaymentLinkRecord[]>();
  const [error, setError] = useState<string>();
  const reload = useCallback(() => {
    void linkdesk.links.list().then((result) => {
      if (result.ok) setLinks(result.data);
      else setError(result.error.message);
    });
  }, []);
  useEffect(reload, [reload]);
  return { links, ...(error && { error }), reload };
}
