import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { topologyPaths } from './topology-paths';
import { worldPath } from './projection';
import type { ChinaTopology } from './geo';

const topology = JSON.parse(readFileSync('public/geo/china.topo.json', 'utf8')) as ChinaTopology;

/** What the SVG map drew before: the GeoJSON decoded, then through d3-geo's path. */
const throughGeoJson = (geometry: GeometryObject) => worldPath(feature(topology, geometry));

describe('topologyPaths', () => {
  const paths = topologyPaths(topology);

  it('writes every shape of every layer exactly as d3-geo does from the decoded GeoJSON', () => {
    let compared = 0;
    for (const [name, layer] of Object.entries(topology.objects)) {
      for (const geometry of layer.geometries) {
        expect(paths.of(geometry), `${name}`).toBe(throughGeoJson(geometry));
        compared += 1;
      }
    }
    // Provinces, cities, regions, the islands, neighbours, rivers, lakes, land, the belt, borders.
    expect(compared).toBeGreaterThan(140);
  });

  it('joins a collection in order, as one path', () => {
    const { land, neighbours } = topology.objects;
    expect(paths.ofAll(neighbours.geometries)).toBe(worldPath(feature(topology, neighbours)));
    expect(paths.ofAll(land.geometries)).toBe(worldPath(feature(topology, land)));
  });

  it('pads a short ring and a one-point line as topojson-client does, and reverses arcs', () => {
    const tiny: Topology = {
      type: 'Topology',
      transform: { scale: [0.01, 0.01], translate: [100, 20] },
      arcs: [
        [
          [0, 0],
          [100, 0],
          [-100, 0],
        ],
        [[0, 0]],
        [
          [0, 0],
          [50, 50],
          [50, -50],
        ],
      ],
      objects: {},
    };
    const of = topologyPaths(tiny).of;
    const same = (geometry: GeometryObject) =>
      expect(of(geometry)).toBe(worldPath(feature(tiny, geometry)));
    same({ type: 'Polygon', arcs: [[0]] });
    same({ type: 'LineString', arcs: [1] });
    same({ type: 'LineString', arcs: [~2] });
    same({ type: 'MultiLineString', arcs: [[2], [~2, 2]] });
    same({ type: 'Polygon', arcs: [[2, ~2]] });
  });

  it('refuses a topology that is not quantized', () => {
    expect(() => topologyPaths({ type: 'Topology', arcs: [], objects: {} })).toThrow(/quantized/);
  });
});
