export type Point = [number, number];

/** Bend of an arc: the control point sits this share of the chord off its middle. */
const BEND = 0.22;

export function controlPoint(a: Point, b: Point, bend = BEND): Point {
  const [mx, my] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  // Perpendicular to the chord, always bulging to the same side of a→b.
  return [mx + dy * bend, my - dx * bend];
}

function lerp(a: Point, b: Point, t: number): Point {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

const r = (n: number) => Math.round(n * 10) / 10;

/** The quadratic curve a→b, cut at `t` (0..1) so that it can be drawn in. */
export function arcPath(a: Point, b: Point, t = 1, bend = BEND): string {
  return curvePath(a, controlPoint(a, b, bend), b, t);
}

/** A point of the quadratic curve a→b through control point `c`. */
export function curvePoint(a: Point, c: Point, b: Point, t: number): Point {
  return lerp(lerp(a, c, t), lerp(c, b, t), t);
}

/**
 * The quadratic curve a→b through control point `c`, cut at `t`. The same curve can be
 * drawn from either end (with the same `c`), so a link keeps its shape when only its far
 * end is cut off.
 */
export function curvePath(a: Point, c: Point, b: Point, t = 1): string {
  // de Casteljau: the sub-curve [0, t] of a quadratic is again a quadratic.
  const c1 = lerp(a, c, t);
  const end = lerp(c1, lerp(c, b, t), t);
  return `M${r(a[0])},${r(a[1])}Q${r(c1[0])},${r(c1[1])} ${r(end[0])},${r(end[1])}`;
}

/** The middle of the curve a→b (t = ½): where a count is written on it. */
export function arcMiddle(a: Point, b: Point, bend = BEND): Point {
  const c = controlPoint(a, b, bend);
  return [r((a[0] + 2 * c[0] + b[0]) / 4), r((a[1] + 2 * c[1] + b[1]) / 4)];
}

export type Rect = { x0: number; y0: number; x1: number; y1: number };

export function inside(p: Point, rect: Rect): boolean {
  return p[0] >= rect.x0 && p[0] <= rect.x1 && p[1] >= rect.y0 && p[1] <= rect.y1;
}

/**
 * Where the straight line from `a` (inside) toward `b` (outside) leaves `rect`: the spot
 * for a pointer to a far end that is off screen.
 */
export function edgePoint(a: Point, b: Point, rect: Rect): Point {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  let t = 1;
  if (dx > 0) t = Math.min(t, (rect.x1 - a[0]) / dx);
  if (dx < 0) t = Math.min(t, (rect.x0 - a[0]) / dx);
  if (dy > 0) t = Math.min(t, (rect.y1 - a[1]) / dy);
  if (dy < 0) t = Math.min(t, (rect.y0 - a[1]) / dy);
  return lerp(a, b, Math.max(0, t));
}

export function angleDeg(a: Point, b: Point): number {
  return (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
}
