import type { LngLat } from '../data/schema';
import type { RiverProps } from './geo.ts';
import type { InsetPart } from './nanhai-parts.ts';

/** West, south, east, north, in degrees. */
export type BBox = [number, number, number, number];

/** A region as the first view needs it: where its name goes, a point inside it, its bounds. */
export type RegionShape = { id: string; label: LngLat; interior: LngLat; bbox: BBox };

/**
 * Path data in world units (`worldPath`'s form) of every layer the SVG map draws:
 * `regions` in the order of `GeoView.regions`, `rivers` in that of `GeoView.rivers`.
 * `partials` is the hatch: each region's partial members merged into one shape.
 */
export type ViewPaths = {
  land: string;
  neighbours: string;
  regions: string[];
  partials: string[];
  provinceBorders: string;
  rivers: string[];
  lakes: string[];
};

/**
 * The geometry of the first view (`geo/china.view.json`, written by the build from the
 * topology, src/geo/build-view.ts): the SVG map's paths ready to draw, and what the camera
 * and the names need of each region. Nothing here has to be decoded or projected, so the
 * map is drawn as soon as the file is in, with the 南海诸岛 inset; the topology (GeoJSON
 * for MapLibre, the export, city borders, the belt) is fetched after the first view
 * (src/data/geometry.ts).
 */
export type GeoView = {
  regions: RegionShape[];
  /** China's bounds: the frame of "the whole country". */
  china: BBox;
  /** The rivers' names and where they go, in the order of `paths.rivers`. */
  rivers: RiverProps[];
  /** The 南海诸岛 inset (frame, islands, boundary line), fitted into the inset's box. */
  nanhai: InsetPart[];
  paths: ViewPaths;
};

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isPoint = (v: unknown) => Array.isArray(v) && v.length === 2 && v.every(isNumber);
const isBox = (v: unknown) => Array.isArray(v) && v.length === 4 && v.every(isNumber);
const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');

/**
 * The file's contents as a `GeoView`, or why not (a reason to show the reader): checked by
 * hand, as the schemas' code is never part of the first view.
 */
export function readView(json: unknown): GeoView | string {
  const view = json as Partial<GeoView> | null;
  if (!view || typeof view !== 'object' || !Array.isArray(view.regions))
    return 'not the geometry of the first view (no "regions")';
  if (view.regions.length === 0) return 'has no regions: the map would be empty';
  const bad = view.regions.find(
    (r) => typeof r?.id !== 'string' || !isPoint(r.label) || !isPoint(r.interior) || !isBox(r.bbox),
  );
  if (bad) return `region ${JSON.stringify(bad?.id ?? bad)} has no name point, interior or bounds`;
  if (!isBox(view.china)) return 'has no bounds for China';
  const paths = view.paths;
  if (
    !paths ||
    !['land', 'neighbours', 'provinceBorders'].every(
      (k) => typeof paths[k as keyof ViewPaths] === 'string',
    ) ||
    !isStrings(paths.regions) ||
    !isStrings(paths.partials) ||
    !isStrings(paths.rivers) ||
    !isStrings(paths.lakes)
  )
    return 'its map paths are missing or cut short';
  if (paths.regions.length !== view.regions.length || !paths.regions.every(Boolean))
    return 'has a region without its shape';
  if (!Array.isArray(view.rivers) || view.rivers.length !== paths.rivers.length)
    return 'its rivers do not match their paths';
  if (
    !Array.isArray(view.nanhai) ||
    view.nanhai.length === 0 ||
    !view.nanhai.every((p) => typeof p?.kind === 'string' && typeof p.d === 'string' && p.d)
  )
    return 'has no 南海诸岛 inset';
  return view as GeoView;
}
