import { useCallback, useEffect, useRef, useState } from 'react';
import { linkdesk } from '../../lib/api';
import { emptyDraft, type BuilderDraft } from './draft';

/**
 * The save a builder that was just left still owes main. A builder opened meanwhile loads the
 * draft only after it, or a quick Settings → New sale would show the draft from before.
 */
let owedSave: Promise<unknown> = Promise.resolve();

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
    void owedSave
      .then(() => linkdesk.builder.getDraft())
      .then((result) => {
        if (live) setDraft(result.ok && result.data ? result.data : emptyDraft(defaultCurrency));
      });
    return () => {
      live = false;
    };
  }, [defaultCurrency]);

  const flush = useCallback((): Promise<unknown> => {
    clearTimeout(timer.current);
    if (unsaved.current === undefined) return Promise.resolve();
    const saved = linkdesk.builder.saveDraft(unsaved.current);
    unsaved.current = undefined;
    return saved;
  }, []);

  const save = useCallback(
    (next: BuilderDraft | null) => {
      unsaved.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), 250);
    },
    [flush],
  );

  // Closing the window saves at once what is still waiting; leaving the screen saves it just
  // after the next frame, so pressing Create never waits for a draft save (#16).
  useEffect(() => {
    const beforeUnload = (): void => void flush();
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      owedSave = new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(flush()), 0)));
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
