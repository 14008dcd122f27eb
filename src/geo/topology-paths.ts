import type { Topology, GeometryObject } from 'topojson-specification';
import { TILE_SIZE, WORLD_UNIT } from './projection';

/**
 * SVG path data in world units straight from a quantized topology, for the SVG map's first
 * drawing: each arc is decoded and projected once (the land, the regions, the partial
 * members and the borders share most of theirs), and no GeoJSON is built on the way. The
 * output is exactly `worldPath(feature(topology, object))` — the same rounding to whole
 * world units, the same relative moves, the same points left out (topology-paths.test.ts).
 */
export type ArcPaths = {
  /** One geometry's path data (a polygon's rings are closed, a line's are not). */
  of: (geometry: GeometryObject) => string;
  /** Every geometry of a collection as one path. */
  ofAll: (geometries: GeometryObject[]) => string;
};

const { PI, log, tan, round } = Math;

export function topologyPaths(topology: Topology): ArcPaths {
  const { transform } = topology;
  if (!transform) throw new Error('the geometry file is not quantized (no "transform")');
  const [kx, ky] = transform.scale;
  const [dx, dy] = transform.translate;
  // Every arc's points in world units, decoded (delta → absolute) and projected once.
  const cache = new Map<number, Int32Array>();
  const arc = (index: number): Int32Array => {
    const hit = cache.get(index);
    if (hit) return hit;
    const source = topology.arcs[index]!;
    const out = new Int32Array(source.length * 2);
    let x = 0;
    let y = 0;
    for (let i = 0; i < source.length; i++) {
      const point = source[i]!;
      x += point[0]!;
      y += point[1]!;
      const lng = x * kx + dx;
      const lat = y * ky + dy;
      out[i * 2] = round(((lng + 180) / 360) * TILE_SIZE * WORLD_UNIT);
      out[i * 2 + 1] = round(
        (0.5 - log(tan(PI / 4 + (lat * PI) / 360)) / (2 * PI)) * TILE_SIZE * WORLD_UNIT,
      );
    }
    cache.set(index, out);
    return out;
  };

  // A line of arcs (a reversed arc is ~index): its points in order, each arc's first point
  // left out after the first arc, as topojson-client's `feature` does.
  const points = (arcs: number[], ring: boolean) => {
    const out: number[] = [];
    for (const index of arcs) {
      const a = arc(index < 0 ? ~index : index);
      const n = a.length / 2;
      if (out.length > 0) out.length -= 2;
      if (index < 0) for (let i = n - 1; i >= 0; i--) out.push(a[i * 2]!, a[i * 2 + 1]!);
      else for (let i = 0; i < n; i++) out.push(a[i * 2]!, a[i * 2 + 1]!);
    }
    // topojson-client pads a ring to 4 points and a line to 2 with the first one.
    if (out.length < (ring ? 8 : 4)) out.push(out[0]!, out[1]!);
    return out;
  };

  // d3-geo's path: a line moves to its first point and draws to each next one; a polygon's
  // ring leaves out its closing point and closes the path. Our context drops a move of 0.
  const write = (xy: number[], closed: boolean) => {
    const end = closed ? xy.length - 2 : xy.length;
    if (end < 2) return '';
    let px = xy[0]!;
    let py = xy[1]!;
    let s = `M${px} ${py}`;
    for (let i = 2; i < end; i += 2) {
      const x = xy[i]!;
      const y = xy[i + 1]!;
      if (x === px && y === py) continue;
      s += `l${x - px} ${y - py}`;
      px = x;
      py = y;
    }
    return closed ? `${s}z` : s;
  };

  const of = (geometry: GeometryObject): string => {
    switch (geometry.type) {
      case 'LineString':
        return write(points(geometry.arcs, false), false);
      case 'MultiLineString':
        return geometry.arcs.map((line) => write(points(line, false), false)).join('');
      case 'Polygon':
        return geometry.arcs.map((ring) => write(points(ring, true), true)).join('');
      case 'MultiPolygon':
        return geometry.arcs
          .map((polygon) => polygon.map((ring) => write(points(ring, true), true)).join(''))
          .join('');
      case 'GeometryCollection':
        return geometry.geometries.map(of).join('');
      default:
        throw new Error(`no world path for a ${geometry.type}`);
    }
  };
  return { of, ofAll: (geometries) => geometries.map(of).join('') };
}
