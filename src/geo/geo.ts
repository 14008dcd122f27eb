import { feature, mesh } from 'topojson-client';
import type { FeatureCollection, MultiLineString, Geometry } from 'geojson';
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

export function geoFromTopology(topology: ChinaTopology): GeoData {
  const cities = topology.objects.cities;
  if (!cities) throw new Error('geometry file has no "cities" layer');
  // Of the cities and provinces only the partial members are drawn as shapes (hatched).
  const isPartial = (g: { properties?: unknown }) =>
    (g.properties as CityProps | undefined)?.partial;
  const partial = [
    ...cities.geometries.filter(isPartial),
    ...(topology.objects.provinces?.geometries.filter(isPartial) ?? []),
  ];
  let cityBorders: MultiLineString | undefined;
  return {
    land: collection(topology, 'land'),
    regions: collection<RegionProps>(topology, 'regions'),
    partials: feature(topology, { ...cities, geometries: partial }) as unknown as FeatureCollection<
      Geometry,
      CityProps
    >,
    neighbours: collection<{ name: string }>(topology, 'neighbours'),
    nanhai: collection(topology, 'nanhai'),
    rivers: collection<RiverProps>(topology, 'rivers'),
    lakes: collection<NamedProps>(topology, 'lakes'),
    belt: collection<NamedProps>(topology, 'belt'),
    // Found and stitched by build-geo (one line geometry), so only decoded here.
    provinceBorders: collection(topology, 'provinceBorders').features[0]!
      .geometry as MultiLineString,
    cityBorders: () => (cityBorders ??= mesh(topology, cities, (a, b) => a !== b)),
  };
}
