export const NAVS = ['next', 'previous', 'first', 'last'] as const;
export type Nav = (typeof NAVS)[number];

/** The keys a presentation clicker sends, and Home/End. */
export function navForKey(key: string): Nav | null {
  if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') return 'next';
  if (key === 'ArrowLeft' || key === 'PageUp') return 'previous';
  if (key === 'Home') return 'first';
  if (key === 'End') return 'last';
  return null;
}

/** The step a move leads to, kept within the presentation. */
export function applyNav(nav: Nav, step: number, count: number): number {
  const to = { next: step + 1, previous: step - 1, first: 0, last: count - 1 }[nav];
  return Math.max(0, Math.min(count - 1, to));
}

/** Keys typed into a field, or a button's own Space/Enter, are not presentation keys. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}
