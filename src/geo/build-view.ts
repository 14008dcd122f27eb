import { feature, mergeArcs } from 'topojson-client';
import type { GeometryObject, Polygon, MultiPolygon } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import type { ChinaTopology, CityProps, RegionProps, RiverProps } from './geo.ts';
import { lngLatBounds } from './projection.ts';
import { topologyPaths } from './topology-paths.ts';
import { nanhaiParts } from './nanhai-parts.ts';
import type { BBox, GeoView } from './view.ts';

const bbox = (object: Parameters<typeof lngLatBounds>[0]): BBox => {
  const [[w, s], [e, n]] = lngLatBounds(object);
  return [w, s, e, n];
};

/**
 * The geometry of the first view (`GeoView`), built from the topology when the app is built
 * (scripts/vite/geo-view-plugin.ts): every path the SVG map draws, written once here
 * instead of in every reader's browser before the map can show.
 *
 * The hatch of partial members is merged per region (mergeArcs): the borders between them
 * are the province borders' to draw, and one shape per region is less than half the bytes
 * of one per member (黄河流域's nine provinces are all partial).
 */
export function viewFromTopology(topology: ChinaTopology): GeoView {
  const { regions, cities, provinces, land, neighbours, provinceBorders, rivers, lakes, nanhai } =
    topology.objects;
  const paths = topologyPaths(topology);
  const partial = new Map<string, GeometryObject[]>();
  for (const g of [...cities.geometries, ...provinces.geometries]) {
    const props = g.properties as CityProps | undefined;
    if (!props?.partial) continue;
    partial.set(props.region, [...(partial.get(props.region) ?? []), g]);
  }
  return {
    regions: regions.geometries.map((g) => {
      const { id, label, interior } = g.properties as RegionProps;
      return { id, label, interior, bbox: bbox(feature(topology, g)) };
    }),
    china: bbox(feature(topology, land)),
    rivers: rivers.geometries.map((g) => g.properties as RiverProps),
    nanhai: nanhaiParts(feature(topology, nanhai) as FeatureCollection),
    paths: {
      land: paths.ofAll(land.geometries),
      neighbours: paths.ofAll(neighbours.geometries),
      regions: regions.geometries.map(paths.of),
      partials: [...partial.values()].map((members) =>
        paths.of(mergeArcs(topology, members as (Polygon | MultiPolygon)[])),
      ),
      provinceBorders: paths.ofAll(provinceBorders.geometries),
      rivers: rivers.geometries.map(paths.of),
      lakes: lakes.geometries.map(paths.of),
    },
  };
}
