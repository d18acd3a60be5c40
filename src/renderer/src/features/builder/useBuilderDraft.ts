import { useCallback, useEffect, useRef, useState } from 'react';
import { linkdesk } from '../../lib/api';
import { emptyDraft, type BuilderDraft } from './draft';

/**
 * The half-built sale, loaded from main once and saved back (debounced) on every change, so
 * it survives switching screens and restarting the app.
 */
export function useBuilderDraft(defaultCurrency: string): {
  draft: BuilderDraft | undefined;
  update: (change: (draft: BuilderDraft) => BuilderDraft) => void;
  reset: () => void;
} {
  const [draft, setDraft] = useState<BuilderDraft>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const unsaved = useRef<BuilderDraft | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void linkdesk.builder.getDraft().then((result) => {
      if (live) setDraft(result.ok && result.data ? result.data : emptyDraft(defaultCurrency));
    });
    return () => {
      live = false;
    };
  }, [defaultCurrency]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (unsaved.current === undefined) return;
    void linkdesk.builder.saveDraft(unsaved.current);
    unsaved.current = undefined;
  }, []);

  const save = useCallback(
    (next: BuilderDraft | null) => {
      unsaved.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, 250);
    },
    [flush],
  );

  // Closing the window saves at once what is still waiting; leaving the screen saves it just
  // after the next frame, so pressing Create never waits for a draft save (#16).
  useEffect(() => {
    window.addEventListener('beforeunload', flush);
    return () => {
      window.removeEventListener('beforeunload', flush);
      requestAnimationFrame(() => setTimeout(flush, 0));
    };
  }, [flush]);

  const update = useCallback(
    (change: (draft: BuilderDraft) => BuilderDraft) => {
      setDraft((current) => {
        if (!current) return current;
        const next = change(current);
        save(next);
        return next;
      });
    },
    [save],
  );

  const reset = useCallback(() => {
    setDraft((current) => emptyDraft(current?.currency ?? defaultCurrency));
    save(null);
  }, [defaultCurrency, save]);

  return { draft, update, reset };
}
