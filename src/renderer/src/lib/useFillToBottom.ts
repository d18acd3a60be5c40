import { useLayoutEffect, type RefObject } from 'react';

/**
 * Sizes an element to reach the bottom of the window from wherever it starts (never below
 * `min` px), and again whenever anything above it or the window changes size. So a scrolling
 * list shows as many rows as the window has room for, with no page scroll to reach them.
 */
export function useFillToBottom(ref: RefObject<HTMLElement | null>, min: number, margin = 16): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const fit = (): void => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      element.style.height = `${Math.max(min, Math.floor(window.innerHeight - top - margin))}px`;
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(document.body);
    window.addEventListener('resize', fit);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fit);
    };
  }, [ref, min, margin]);
}
