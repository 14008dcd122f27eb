import type { Topology, GeometryObject } from 'topojson-specification';
import { RelativePath, worldX, worldY } from './projection.ts';

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
      out[i * 2] = worldX(x * kx + dx);
      out[i * 2 + 1] = worldY(y * ky + dy);
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

  // d3-geo's path through worldPath's own context: a line moves to its first point and
  // draws to each next one; a polygon's ring leaves out its closing point and is closed.
  const write = (path: RelativePath, arcs: number[], ring: boolean) => {
    const xy = points(arcs, ring);
    const end = ring ? xy.length - 2 : xy.length;
    path.moveTo(xy[0]!, xy[1]!);
    for (let i = 2; i < end; i += 2) path.lineTo(xy[i]!, xy[i + 1]!);
    if (ring) path.closePath();
  };

  const draw = (path: RelativePath, geometry: GeometryObject): void => {
    switch (geometry.type) {
      case 'LineString':
        return write(path, geometry.arcs, false);
      case 'MultiLineString':
        return geometry.arcs.forEach((line) => write(path, line, false));
      case 'Polygon':
        return geometry.arcs.forEach((ring) => write(path, ring, true));
      case 'MultiPolygon':
        return geometry.arcs.forEach((polygon) => polygon.forEach((r) => write(path, r, true)));
      case 'GeometryCollection':
        return geometry.geometries.forEach((g) => draw(path, g));
      default:
        throw new Error(`no world path for a ${geometry.type}`);
    }
  };
  const ofAll = (geometries: GeometryObject[]) => {
    const path = new RelativePath();
    for (const g of geometries) draw(path, g);
    return path.data;
  };
  return { of: (geometry) => ofAll([geometry]), ofAll };
}
