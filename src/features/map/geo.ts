import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { LngLat } from '../../data/schema';

export type ProvinceProps = { adcode: number; name: string; interior: LngLat };
export type CityProps = ProvinceProps & { region: string; partial?: boolean };
export type RegionProps = { id: string; label: LngLat; interior: LngLat };

export type GeoData = {
  /** China's land: the provinces merged into their outer rings, for the fill under all else. */
  land: FeatureCollection;
  cities: FeatureCollection<Geometry, CityProps>;
  regions: FeatureCollection<Geometry, RegionProps>;
  partials: FeatureCollection<Geometry, CityProps>;
  neighbours: FeatureCollection<Geometry, { name: string }>;
  nanhai: FeatureCollection;
  /** Province borders, each shared border once. */
  provinceBorders: MultiLineString;
  /** City borders inside the city-level regions, drawn when zoomed in. */
  cityBorders: MultiLineString;
};

type Objects = 'land' | 'provinces' | 'cities' | 'regions' | 'nanhai' | 'neighbours';
export type ChinaTopology = Topology<Record<Objects, GeometryCollection>>;

function collection<P>(topology: ChinaTopology, name: Objects) {
  const object = topology.objects[name];
  if (!object) throw new Error(`geometry file has no "${name}" layer`);
  return feature(topology, object) as unknown as FeatureCollection<Geometry, P>;
}

export function geoFromTopology(topology: ChinaTopology): GeoData {
  const cities = collection<CityProps>(topology, 'cities');
  return {
    land: collection(topology, 'land'),
    cities,
    regions: collection<RegionProps>(topology, 'regions'),
    partials: {
      type: 'FeatureCollection',
      features: cities.features.filter((f: Feature<Geometry, CityProps>) => f.properties.partial),
    },
    neighbours: collection<{ name: string }>(topology, 'neighbours'),
    nanhai: collection(topology, 'nanhai'),
    provinceBorders: mesh(topology, topology.objects.provinces, (a, b) => a !== b),
    cityBorders: mesh(topology, topology.objects.cities, (a, b) => a !== b),
  };
}
