import { useEffect, useState } from 'react';
import { linkdesk } from './api';

type PictureRequest = Parameters<typeof linkdesk.images.get>[0];

export type Picture =
  { state: 'none' } | { state: 'loading' } | { state: 'shown'; dataUrl: string } | { state: 'failed'; problem: string };

/**
 * A logo or product picture, which main fetches and hands over as a `data:` URL (the window
 * loads nothing remote). Asked again whenever `address` changes, so an edited URL shows at once.
 */
export function usePicture(request: PictureRequest | undefined, address: string | undefined): Picture {
  const key = request && address ? JSON.stringify([request, address]) : undefined;
  // What main said, and for which key: an answer for an older address is not shown.
  const [answer, setAnswer] = useState<{ key: string; picture: Picture }>();
  useEffect(() => {
    if (!key || !request) return;
    let current = true;
    void linkdesk.images.get(request).then((result) => {
      if (!current) return;
      const picture: Picture = !result.ok
        ? { state: 'failed', problem: result.error.message }
        : result.data.dataUrl
          ? { state: 'shown', dataUrl: result.data.dataUrl }
          : { state: 'none' };
      setAnswer({ key, picture });
    });
    return () => {
      current = false;
    };
    // The key stands for the request and the address together.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (!key) return { state: 'none' };
  return answer?.key === key ? answer.picture : { state: 'loading' };
}
