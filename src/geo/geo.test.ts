import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { geoFromTopology, type ChinaTopology } from './geo';

const read = () => JSON.parse(readFileSync('public/geo/china.topo.json', 'utf8')) as ChinaTopology;

describe('geoFromTopology', () => {
  it('refuses at once a file missing a layer, or with no province borders', () => {
    const noBelt = read();
    delete (noBelt.objects as Partial<ChinaTopology['objects']>).belt;
    expect(() => geoFromTopology(noBelt)).toThrow('geometry file has no "belt" layer');
    const noBorders = read();
    noBorders.objects.provinceBorders.geometries = [];
    expect(() => geoFromTopology(noBorders)).toThrow('no province borders');
  });

  it('decodes a layer on first use, once', () => {
    const topology = read();
    const geo = geoFromTopology(topology);
    // Broken after construction: a layer not yet used is not decoded yet.
    topology.objects.belt.geometries = [{ type: 'Polygon', arcs: [[99_999]] }];
    expect(() => geo.belt).toThrow();
    expect(geo.land).toBe(geo.land);
  });
});
