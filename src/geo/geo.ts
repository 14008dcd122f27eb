import { feature, mesh } from 'topojson-client';
import type { FeatureCollection, GeoJsonProperties, MultiLineString, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { LngLat } from '../data/schema';

export type ProvinceProps = { adcode: number; name: string; interior: LngLat };
export type CityProps = ProvinceProps & { region: string; partial?: boolean };
export type RegionProps = { id: string; label: LngLat; interior: LngLat };
/** A named river (長江, 黄河) carries its names and where its name goes; `other` has none. */
export type RiverProps = {
  id: string;
  zh?: string;
  en?: string;
  label?: LngLat;
  /** Degrees, clockwise from east on the screen. */
  angle?: number;
};
export type NamedProps = { id?: string; zh?: string; en?: string };

export type GeoData = {
  /** China's land: the provinces merged into their outer rings, for the fill under all else. */
  land: FeatureCollection;
  regions: FeatureCollection<Geometry, RegionProps>;
  partials: FeatureCollection<Geometry, CityProps>;
  neighbours: FeatureCollection<Geometry, { name: string }>;
  nanhai: FeatureCollection;
  /** Context, not data (Natural Earth 1:50m): the main rivers and lakes. */
  rivers: FeatureCollection<Geometry, RiverProps>;
  lakes: FeatureCollection<Geometry, NamedProps>;
  /** The 长江经济带 as one outline, shown on request. */
  belt: FeatureCollection<Geometry, NamedProps>;
  /** Province borders, each shared border once. */
  provinceBorders: MultiLineString;
  /**
   * City borders inside the city-level regions, drawn only when zoomed in: built on the
   * first call, off the first view's path.
   */
  cityBorders: () => MultiLineString;
};

type Objects =
  | 'land'
  | 'provinces'
  | 'provinceBorders'
  | 'cities'
  | 'regions'
  | 'nanhai'
  | 'neighbours'
  | 'rivers'
  | 'lakes'
  | 'belt';
export type ChinaTopology = Topology<Record<Objects, GeometryCollection>>;

function collection<P>(topology: ChinaTopology, name: Objects) {
  const object = topology.objects[name];
  if (!object) throw new Error(`geometry file has no "${name}" layer`);
  return feature(topology, object) as unknown as FeatureCollection<Geometry, P>;
}

/** A value made on first use, then kept. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/** An object whose every property is made on first read, then kept. */
function lazily<T extends Record<string, () => unknown>>(
  makers: T,
): { readonly [K in keyof T]: ReturnType<T[K]> } {
  const out = {};
  for (const [key, make] of Object.entries(makers))
    Object.defineProperty(out, key, { get: once(make), enumerable: true });
  return out as { readonly [K in keyof T]: ReturnType<T[K]> };
}

const LAYERS: Objects[] = [
  'land',
  'provinces',
  'provinceBorders',
  'cities',
  'regions',
  'nanhai',
  'neighbours',
  'rivers',
  'lakes',
  'belt',
];

/**
 * The topology's layers, each decoded to GeoJSON on first use (MapLibre, the export and
 * the city borders each need a few; the 南海诸岛 inset comes ready with the `GeoView`). The first view does not wait for any of
 * this: it draws from the build's `GeoView` (view.ts). Every layer is checked to be there
 * at once, so a file missing one is refused when it loads, not later.
 */
export function geoFromTopology(topology: ChinaTopology): GeoData {
  for (const name of LAYERS)
    if (!topology.objects[name]) throw new Error(`geometry file has no "${name}" layer`);
  if (!topology.objects.provinceBorders.geometries[0])
    throw new Error('geometry file has no province borders');
  const { cities, provinces } = topology.objects;
  // Of the cities and provinces only the partial members are drawn as shapes (hatched).
  const isPartial = (g: { properties?: unknown }) =>
    (g.properties as CityProps | undefined)?.partial;
  const partial = [
    ...cities.geometries.filter(isPartial),
    ...provinces.geometries.filter(isPartial),
  ];
  const layers = lazily({
    land: () => collection<GeoJsonProperties>(topology, 'land'),
    regions: () => collection<RegionProps>(topology, 'regions'),
    partials: () =>
      feature(topology, { ...cities, geometries: partial }) as unknown as FeatureCollection<
        Geometry,
        CityProps
      >,
    neighbours: () => collection<{ name: string }>(topology, 'neighbours'),
    nanhai: () => collection<GeoJsonProperties>(topology, 'nanhai'),
    rivers: () => collection<RiverProps>(topology, 'rivers'),
    lakes: () => collection<NamedProps>(topology, 'lakes'),
    belt: () => collection<NamedProps>(topology, 'belt'),
    // Found and stitched by build-geo (one line geometry), so only decoded here.
    provinceBorders: () =>
      collection(topology, 'provinceBorders').features[0]!.geometry as MultiLineString,
  });
  return Object.assign(layers, {
    cityBorders: once(() => mesh(topology, cities, (a, b) => a !== b)),
  });
}
