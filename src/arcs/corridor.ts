import { curveCatmullRom, line } from 'd3-shape';
import type { Link, LngLat } from '../data/schema';
import type { Point } from './arc-path';

/** The places a link runs through, in drawing order: from, via…, to. */
export function corridorStops(link: Pick<Link, 'from' | 'to' | 'via'>): string[] {
  return [link.from, ...(link.via ?? []), link.to];
}

/**
 * Where a corridor is drawn: the location of each of its stops, in order. Stops with no
 * location are left out; null when fewer than two remain (nothing to draw).
 */
export function corridorPath(
  link: Pick<Link, 'from' | 'to' | 'via'>,
  locate: (id: string) => LngLat | null,
): LngLat[] | null {
  const points = corridorStops(link)
    .map(locate)
    .filter((p): p is LngLat => p !== null);
  return points.length >= 2 ? points : null;
}

const r = (n: number) => Math.round(n * 10) / 10;

// Catmull–Rom passes through every stop (a corridor is its cities), with no overshoot at
// alpha 0.5 (centripetal), so the line never loops back between two close cities.
const smooth = line<Point>()
  .x((p) => r(p[0]))
  .y((p) => r(p[1]))
  .curve(curveCatmullRom.alpha(0.5));

/** The SVG path of a corridor through its projected stops, as one smooth line. */
export function corridorLine(points: Point[]): string {
  return smooth(points) ?? '';
}

/** Whether two segments a–b and c–d cross (touching ends do not count). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, s: Point) =>
    Math.sign((q[0] - p[0]) * (s[1] - p[1]) - (q[1] - p[1]) * (s[0] - p[0]));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}
