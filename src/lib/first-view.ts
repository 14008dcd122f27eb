/**
 * The page's first view: the map drawn, or the screen shown instead (a load error, the
 * presenter's notes window). Work that must not compete with it — the WebGL probe, the
 * topology's download and decoding, the panel's chunk, the service worker — waits until
 * it is on screen: not only built and committed, but drawn. With a software GPU (two
 * cores, SwiftShader) the compositor took up to 150 ms after the commit to show the first
 * frame, and work started in that time (a WebGL context above all) held it back.
 */
let state: 'waiting' | 'built' | 'shown' = 'waiting';
const waiting: (() => void)[] = [];

/** The longest the work waits for the browser to report the first view's paint. */
const PAINT_TIMEOUT_MS = 1500;

function show(): void {
  if (state === 'shown') return;
  state = 'shown';
  for (const work of waiting.splice(0)) work();
}

/** Called once the first view is built (the DOM is there): its work runs when it is drawn. */
export function firstViewShown(): void {
  if (state !== 'waiting') return;
  state = 'built';
  whenPainted(show);
}

export function afterFirstView(work: () => void): void {
  if (state === 'shown') work();
  else waiting.push(work);
}

/** Whether work still waits for the first view to be drawn (read by the end-to-end tests). */
export function firstViewWorkPending(): boolean {
  return state !== 'shown' && waiting.length > 0;
}

/**
 * `done` once the first contentful paint is reported (the frame is on screen), in a task of
 * its own. Where that paint came before (a loading screen was shown first) or the browser
 * does not report it: after the next frame, or after a timeout (a hidden tab paints no
 * frame).
 */
function whenPainted(done: () => void): void {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    setTimeout(done, 0);
  };
  const timer = setTimeout(once, PAINT_TIMEOUT_MS);
  const finish = () => {
    clearTimeout(timer);
    once();
  };
  const paintTiming =
    typeof PerformanceObserver === 'function' &&
    PerformanceObserver.supportedEntryTypes?.includes('paint');
  if (paintTiming && !performance.getEntriesByName('first-contentful-paint').length) {
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      finish();
    });
    observer.observe({ type: 'paint', buffered: true });
  } else if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => requestAnimationFrame(finish));
  }
}
