import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * Whether the element's content is taller than the element (so it scrolls). A box that
 * scrolls must be reachable by keyboard: give it tabIndex 0 and a label while this is true.
 */
export function useOverflows<T extends HTMLElement>(): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setOverflows(el.scrollHeight > el.clientHeight + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    for (const child of el.children) observer.observe(child);
    return () => observer.disconnect();
  });
  return [ref, overflows];
}
