import { useCallback, useEffect, useRef, useState } from 'react';

/** How long a deleted catalogue product can be brought back before it is deleted for good. */
export const UNDO_DELETE_MS = 5000;

interface Pending<T> {
  item: T;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * A delete that waits UNDO_DELETE_MS before it happens, so a slip of the finger beside "Add"
 * costs nothing (#18). One at a time: a second delete carries out the first at once, and so
 * does leaving the screen.
 */
export function useUndoableDelete<T>(remove: (item: T) => Promise<void>): {
  pending: T | undefined;
  remove: (item: T) => void;
  undo: () => void;
} {
  const [pending, setPending] = useState<Pending<T>>();
  const latest = useRef<{ pending?: Pending<T>; remove: typeof remove }>({ remove });
  useEffect(() => {
    latest.current = { ...(pending && { pending }), remove };
  });

  const commit = useCallback((entry: Pending<T>) => {
    clearTimeout(entry.timer);
    void latest.current.remove(entry.item);
  }, []);

  const start = useCallback(
    (item: T) => {
      const previous = latest.current.pending;
      if (previous) commit(previous);
      const entry: Pending<T> = {
        item,
        timer: setTimeout(() => {
          commit(entry);
          setPending((current) => (current === entry ? undefined : current));
        }, UNDO_DELETE_MS),
      };
      latest.current.pending = entry;
      setPending(entry);
    },
    [commit],
  );

  const undo = useCallback(() => {
    const entry = latest.current.pending;
    if (entry) clearTimeout(entry.timer);
    delete latest.current.pending;
    setPending(undefined);
  }, []);

  // Leaving the screen carries out a delete still waiting: the clerk asked for it.
  useEffect(
    () => () => {
      const entry = latest.current.pending;
      if (entry) commit(entry);
    },
    [commit],
  );

  return { pending: pending?.item, remove: start, undo };
}
