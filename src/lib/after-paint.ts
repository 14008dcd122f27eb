import { afterFirstView } from './first-view';

let pending = 0;

/**
 * Runs `work` once the next frame has been painted. A click's answer (the panel, the arcs)
 * is painted first; heavier follow-up work (a camera flight, a WebGL repaint) starts after,
 * so it cannot hold that frame back.
 */
export function afterNextPaint(work: () => void): void {
  pending += 1;
  requestAnimationFrame(() =>
    setTimeout(() => {
      pending -= 1;
      work();
    }, 0),
  );
}

/** Whether some work is still waiting for its frame (read by the end-to-end tests). */
export function workAfterPaintPending(): boolean {
  return pending > 0;
}

/**
 * Runs `work` once the first view is on screen and the page is idle (at most `timeout` ms
 * later): for what the first view does not need, such as prefetching a chunk for later.
 */
export function whenIdle(work: () => void, timeout = 2000): void {
  afterFirstView(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout });
    else setTimeout(work, 200);
  });
}
