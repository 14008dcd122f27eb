import { worldProjection, type Bounds, type Size } from '../geo/projection';

/** A rectangle in the map's own pixels: left, top, right, bottom. */
export type Rect = { x0: number; y0: number; x1: number; y1: number };

/** What marks an element as covering the map (panel, legend, inset, sheet, key). */
export const OBSTACLE = '[data-map-obstacle]';

/**
 * Marks an obstacle that names and chips keep off but the camera does not fit around: a
 * quiet note that comes after the first view (how the map is drawn) must not move the map.
 */
export const LABELS_ONLY = 'labels';

/**
 * The rectangles of the visible obstacles over `host`, in the host's pixels, clipped to it.
 * Read from the DOM at the moment of the fit, so they hold for every layout and language.
 * `forCamera`: only those the camera fits around (not the ones marked LABELS_ONLY).
 */
export function measureObstacles(
  host: Element,
  root: ParentNode = document,
  { forCamera = false } = {},
): Rect[] {
  const box = host.getBoundingClientRect();
  const rects: Rect[] = [];
  for (const el of root.querySelectorAll<HTMLElement>(OBSTACLE)) {
    if (el === host) continue;
    if (forCamera && el.dataset.mapObstacle === LABELS_ONLY) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    const rect = {
      x0: Math.max(0, r.left - box.left),
      y0: Math.max(0, r.top - box.top),
      x1: Math.min(box.width, r.right - box.left),
      y1: Math.min(box.height, r.bottom - box.top),
    };
    if (rect.x1 > rect.x0 && rect.y1 > rect.y0) rects.push(rect);
  }
  return rects;
}

/** The obstacles the camera fits around (not those for names only), over `host`. */
export function cameraObstacles(host: Element): Rect[] {
  return measureObstacles(host, document, { forCamera: true });
}

/** Whether obstacles came or went, or one moved by more than `px` on any side. */
export function obstaclesMoved(a: readonly Rect[], b: readonly Rect[], px: number): boolean {
  if (a.length !== b.length) return true;
  return a.some((r, i) => {
    const o = b[i]!;
    return (
      Math.abs(r.x0 - o.x0) > px ||
      Math.abs(r.x1 - o.x1) > px ||
      Math.abs(r.y0 - o.y0) > px ||
      Math.abs(r.y1 - o.y1) > px
    );
  });
}

/**
 * Calls `onChange` (in the next frame, once however many came) when something that may
 * cover the map appears, goes, moves or changes size: an attribute that shows or hides one
 * (a panel, the network view, a folded legend), an obstacle's own resize, the end of a
 * transition.
 */
export function watchObstacles(onChange: () => void): () => void {
  let frame = 0;
  const soon = () => {
    if (!frame)
      frame = requestAnimationFrame(() => {
        frame = 0;
        onChange();
      });
  };
  const sizes = new ResizeObserver(soon);
  const rescan = () => {
    sizes.disconnect();
    for (const el of document.querySelectorAll(OBSTACLE)) sizes.observe(el);
    soon();
  };
  const attributes = new MutationObserver(rescan);
  attributes.observe(document.documentElement, {
    subtree: true,
    attributes: true,
    attributeFilter: [
      'data-panel',
      'data-network',
      'data-sheet',
      'data-presenting',
      'data-folded',
      'hidden',
      'lang',
    ],
  });
  // An obstacle that slides into place (the inset and the controls beside a panel) ends
  // with a transition, not a resize.
  document.addEventListener('transitionend', soon);
  rescan();
  return () => {
    cancelAnimationFrame(frame);
    attributes.disconnect();
    sizes.disconnect();
    document.removeEventListener('transitionend', soon);
  };
}

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The margin kept inside a free rectangle of `w` × `h`: `margin`, less in a small one. */
export const marginIn = (margin: number, w: number, h: number) => Math.min(margin, w / 8, h / 8);

/**
 * The free rectangle (touching no obstacle) in which `bounds` can be drawn largest:
 * every rectangle whose sides lie on the map's or an obstacle's edges is a candidate, and
 * the one with the largest fitting scale for the bounds' shape, inside its `margin`
 * (`marginIn`), wins (a tall region prefers a tall gap). With a handful of obstacles that
 * is a few thousand candidates.
 */
export function freeRect(size: Size, obstacles: Rect[], bounds?: Bounds, margin = 0): Rect {
  const whole = { x0: 0, y0: 0, x1: size.width, y1: size.height };
  if (obstacles.length === 0) return whole;
  const [bw, bh] = boundsShape(bounds);
  const xs = [...new Set([0, size.width, ...obstacles.flatMap((o) => [o.x0, o.x1])])].sort(
    (a, b) => a - b,
  );
  const ys = [...new Set([0, size.height, ...obstacles.flatMap((o) => [o.y0, o.y1])])].sort(
    (a, b) => a - b,
  );
  let best: Rect | null = null;
  let bestScore = -1;
  for (let i = 0; i < xs.length; i++)
    for (let j = i + 1; j < xs.length; j++)
      for (let k = 0; k < ys.length; k++)
        for (let l = k + 1; l < ys.length; l++) {
          const r = { x0: xs[i]!, x1: xs[j]!, y0: ys[k]!, y1: ys[l]! };
          const w = r.x1 - r.x0;
          const h = r.y1 - r.y0;
          const m = marginIn(margin, w, h);
          const score = Math.min((w - 2 * m) / bw, (h - 2 * m) / bh);
          // Ties go to the larger area (more context around the same scale).
          if (score < bestScore || (score === bestScore && w * h <= area(best))) continue;
          if (obstacles.some((o) => overlaps(r, o))) continue;
          best = r;
          bestScore = score;
        }
  return best ?? whole;
}

const area = (r: Rect | null) => (r ? (r.x1 - r.x0) * (r.y1 - r.y0) : 0);

/** Width and height of `bounds` in Web Mercator units (1 × 1 without bounds). */
function boundsShape(bounds?: Bounds): [number, number] {
  if (!bounds) return [1, 1];
  const [x0, y0] = worldProjection([bounds[0][0], bounds[1][1]]) ?? [0, 0];
  const [x1, y1] = worldProjection([bounds[1][0], bounds[0][1]]) ?? [1, 1];
  return [Math.max(x1 - x0, 1e-6), Math.max(y1 - y0, 1e-6)];
}

/** Whether `p` lies inside `r`, `inset` pixels in from its sides. */
export function insideRect(p: [number, number], r: Rect, inset = 0): boolean {
  return (
    p[0] >= r.x0 + inset && p[0] <= r.x1 - inset && p[1] >= r.y0 + inset && p[1] <= r.y1 - inset
  );
}
