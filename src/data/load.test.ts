/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadGeo, loadView } from './load';

const topology = JSON.parse(readFileSync('public/geo/china.topo.json', 'utf8'));

function serve(json: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(json), { status: 200 })),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('loadGeo', () => {
  it('decodes the published geometry', async () => {
    serve(topology);
    expect((await loadGeo()).regions.features).toHaveLength(5);
  });

  it('says so when the regions layer is empty, instead of drawing an empty map', async () => {
    serve({
      ...topology,
      objects: { ...topology.objects, regions: { type: 'GeometryCollection', geometries: [] } },
    });
    await expect(loadGeo()).rejects.toThrow(/"regions" layer has no shapes/);
  });

  it('names missing arcs instead of a raw TypeError', async () => {
    serve({ ...topology, arcs: [] });
    const error = await loadGeo().catch((e: Error) => e);
    expect(String(error)).toMatch(/has no arcs/);
    expect(String(error)).not.toMatch(/TypeError|Cannot read/);
  });
});

describe('loadView', () => {
  it('reads the first view’s geometry, and names a broken file', async () => {
    const { bundledView } = await import('../geo/test-geo');
    serve(bundledView);
    expect((await loadView()).regions).toHaveLength(5);
    serve({ ...bundledView, regions: [] });
    await expect(loadView()).rejects.toThrow(/china\.view\.json: has no regions/);
  });
});
