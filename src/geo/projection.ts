import {
  geoMercator,
  geoPath,
  geoTransform,
  type GeoContext,
  type GeoPermissibleObjects,
} from 'd3-geo';
import type { LngLat } from '../data/schema';
import type { View } from '../store/url-hash';

/**
 * Web Mercator as MapLibre draws it: at zoom z the world is 512·2^z pixels wide. Both
 * renderers place things with these functions, so the same view shows the same map.
 */
/** Longitude/latitude to screen pixels in the current view. */
export type Project = (p: LngLat) => [number, number];

export const TILE_SIZE = 512;

/** Projects to world pixels at zoom 0. */
export const worldProjection = geoMercator()
  .scale(TILE_SIZE / (2 * Math.PI))
  .translate([TILE_SIZE / 2, TILE_SIZE / 2])
  // No adaptive resampling: the source is dense enough, and it doubles the path data.
  .precision(0);

const { PI, log, tan, round } = Math;

/**
 * Whole layers are drawn in world units: thousandths of a world pixel at zoom 0, so every
 * coordinate is a whole number (the geometry's own grid is about four of them). Draw them
 * under `scale(k / WORLD_UNIT)`.
 */
export const WORLD_UNIT = 1000;

/**
 * The same Web Mercator as a plain planar transform, for drawing whole layers: no
 * spherical clipping or resampling (the map never crosses the antimeridian), which makes
 * building the SVG paths about three times faster than through `worldProjection`.
 */
const planarMercator = geoTransform({
  point(lng: number, lat: number) {
    this.stream.point(worldX(lng), worldY(lat));
  },
});

/** A longitude in whole world units (`WORLD_UNIT`). */
export const worldX = (lng: number) => round(((lng + 180) / 360) * TILE_SIZE * WORLD_UNIT);

/** A latitude in whole world units (`WORLD_UNIT`), Web Mercator. */
export const worldY = (lat: number) =>
  round((0.5 - log(tan(PI / 4 + (lat * PI) / 360)) / (2 * PI)) * TILE_SIZE * WORLD_UNIT);

/**
 * A d3-geo path context writing SVG path data with relative moves between whole numbers:
 * half the characters of absolute decimals, so half the parsing for the browser, and
 * points that fall on the same unit as the one before are left out. Written as compactly
 * as SVG allows: one `l` for a run of moves, and no space before a minus sign
 * (`l24 63-19 7`), which also makes the geometry file of the first view smaller.
 */
export class RelativePath implements GeoContext {
  data = '';
  private x = 0;
  private y = 0;
  private inLine = false;
  moveTo(x: number, y: number) {
    this.data += `M${x}${y < 0 ? '' : ' '}${y}`;
    this.x = x;
    this.y = y;
    this.inLine = false;
  }
  lineTo(x: number, y: number) {
    const dx = x - this.x;
    const dy = y - this.y;
    if (dx === 0 && dy === 0) return;
    this.data += `${this.inLine ? (dx < 0 ? '' : ' ') : 'l'}${dx}${dy < 0 ? '' : ' '}${dy}`;
    this.inLine = true;
    this.x = x;
    this.y = y;
  }
  closePath() {
    this.data += 'z';
    this.inLine = false;
  }
  // Points are never drawn as world paths.
  arc() {}
  beginPath() {}
}

/** SVG path data in world units (see `WORLD_UNIT`). */
export function worldPath(object: GeoPermissibleObjects): string {
  const context = new RelativePath();
  geoPath(planarMercator, context)(object);
  return context.data;
}

/** SVG path data on screen, through a renderer's own projection (a tenth of a pixel). */
export function screenPath(project: (p: LngLat) => [number, number]) {
  return geoPath(
    geoTransform({
      point(lng: number, lat: number) {
        const [x, y] = project([lng, lat]);
        this.stream.point(x, y);
      },
    }),
  ).digits(1);
}

type Nested = number | Nested[];

/** Widens `b` (west, south, east, north) by every position in nested coordinate arrays. */
function widen(b: number[], coordinates: Nested[]) {
  if (typeof coordinates[0] === 'number') {
    const [x, y] = coordinates as number[];
    if (x! < b[0]!) b[0] = x!;
    if (x! > b[2]!) b[2] = x!;
    if (y! < b[1]!) b[1] = y!;
    if (y! > b[3]!) b[3] = y!;
    return;
  }
  for (const child of coordinates) widen(b, child as Nested[]);
}

type Shape =
  | { type: 'Feature'; bbox: number[] }
  | { type: 'FeatureCollection'; features: Shape[] }
  | { type: 'Feature'; geometry: Shape | null }
  | { type: 'GeometryCollection'; geometries: Shape[] }
  | { type: string; coordinates?: Nested[] };

function widenShape(b: number[], shape: Shape | null) {
  if (!shape) return;
  // Regions carry their bounds from build-geo (west, south, east, north).
  if ('bbox' in shape && shape.bbox) widen(b, [shape.bbox.slice(0, 2), shape.bbox.slice(2, 4)]);
  else if ('features' in shape) shape.features.forEach((f) => widenShape(b, f));
  else if ('geometry' in shape) widenShape(b, shape.geometry);
  else if ('geometries' in shape) shape.geometries.forEach((g) => widenShape(b, g));
  else if ('coordinates' in shape && shape.coordinates) widen(b, shape.coordinates);
}

/**
 * West-south and east-north corners of a shape, in degrees: planar (no antimeridian), from
 * the `bbox` build-geo gives the regions, or else one plain pass over the positions
 * (cheaper than `geoPath().bounds`' stream).
 */
export function lngLatBounds(object: GeoPermissibleObjects): Bounds {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  widenShape(b, object as Shape);
  return [
    [b[0]!, b[1]!],
    [b[2]!, b[3]!],
  ];
}

/**
 * The bounds around boxes (west, south, east, north) and points: what `lngLatBounds`
 * gives for the same shapes, without passing over their coordinates.
 */
export function boxesBounds(
  boxes: readonly (readonly number[])[],
  points: readonly LngLat[] = [],
): Bounds {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const box of boxes) widen(b, [box.slice(0, 2), box.slice(2, 4)]);
  for (const p of points) widen(b, [[...p]]);
  return [
    [b[0]!, b[1]!],
    [b[2]!, b[3]!],
  ];
}

export type Size = { width: number; height: number };
export type Transform = { k: number; x: number; y: number };

export function viewToTransform(view: View, size: Size): Transform {
  const k = 2 ** view.zoom;
  const [cx, cy] = worldProjection([view.lng, view.lat]) ?? [0, 0];
  return { k, x: size.width / 2 - cx * k, y: size.height / 2 - cy * k };
}

export function transformToView(t: Transform, size: Size): View {
  const [lng, lat] = worldProjection.invert?.([
    (size.width / 2 - t.x) / t.k,
    (size.height / 2 - t.y) / t.k,
  ]) ?? [0, 0];
  return { zoom: Math.log2(t.k), lat, lng };
}

export function projectWith(t: Transform, lngLat: LngLat): [number, number] {
  const [x, y] = worldProjection(lngLat) ?? [0, 0];
  return [x * t.k + t.x, y * t.k + t.y];
}

export type Bounds = [[number, number], [number, number]];

/**
 * The view that shows `bounds` (west-south, east-north) inside `size` less the padding,
 * centred in the padded box, at most `maxZoom` (a single point is then centred there).
 */
export function fitView(
  bounds: Bounds,
  size: Size,
  padding: { top: number; right: number; bottom: number; left: number },
  maxZoom = Infinity,
): View {
  const [[w, s], [e, n]] = bounds;
  const [x0, y0] = worldProjection([w, n]) ?? [0, 0];
  const [x1, y1] = worldProjection([e, s]) ?? [0, 0];
  const innerW = Math.max(size.width - padding.left - padding.right, 50);
  const innerH = Math.max(size.height - padding.top - padding.bottom, 50);
  const k = Math.min(innerW / (x1 - x0), innerH / (y1 - y0), 2 ** maxZoom);
  const zoom = Math.log2(k);
  // Centre the bounds in the padded box, then find the map point at the container centre.
  const cx = (x0 + x1) / 2 - (padding.left - padding.right) / 2 / k;
  const cy = (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / k;
  const [lng, lat] = worldProjection.invert?.([cx, cy]) ?? [0, 0];
  return { zoom: Math.round(zoom * 100) / 100, lat, lng };
}
