import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { viewFromTopology } from './build-view';
import { INSET_HEIGHT, nanhaiParts } from './nanhai-parts';
import { lngLatBounds, worldPath } from './projection';
import { readView, type GeoView } from './view';
import { bundledGeo as geo } from './test-geo';
import type { ChinaTopology } from './geo';

const text = readFileSync('public/geo/china.topo.json', 'utf8');
const view = viewFromTopology(JSON.parse(text) as ChinaTopology);

/** The area (shoelace, world units²) of SVG path data of M, l and z commands. */
function area(d: string): number {
  let total = 0;
  for (const ring of d.split('M').filter(Boolean)) {
    const n = (ring.match(/-?\d+/g) ?? []).map(Number);
    let [x, y] = [n[0]!, n[1]!];
    let sum = 0;
    for (let i = 2; i < n.length; i += 2) {
      const [x2, y2] = [x + n[i]!, y + n[i + 1]!];
      sum += x * y2 - x2 * y;
      [x, y] = [x2, y2];
    }
    sum += x * n[1]! - n[0]! * y;
    total += sum / 2;
  }
  return Math.abs(total);
}

describe('the first view’s geometry (geo/china.view.json)', () => {
  it('draws each layer as worldPath does from the decoded topology', () => {
    expect(view.paths.land).toBe(worldPath(geo.land));
    expect(view.paths.neighbours).toBe(worldPath(geo.neighbours));
    expect(view.paths.regions).toEqual(geo.regions.features.map((f) => worldPath(f)));
    expect(view.paths.provinceBorders).toBe(worldPath(geo.provinceBorders));
    expect(view.paths.rivers).toEqual(geo.rivers.features.map((f) => worldPath(f)));
    expect(view.paths.lakes).toEqual(geo.lakes.features.map((f) => worldPath(f)));
  });

  it('gives each region its name point, interior point and bounds, and China its bounds', () => {
    expect(view.regions.map((r) => r.id)).toEqual(geo.regions.features.map((f) => f.properties.id));
    view.regions.forEach((r, i) => {
      const f = geo.regions.features[i]!;
      expect(r.label).toEqual(f.properties.label);
      expect(r.interior).toEqual(f.properties.interior);
      const [[w, s], [e, n]] = lngLatBounds(f);
      expect(r.bbox).toEqual([w, s, e, n]);
    });
    const [[w, s], [e, n]] = lngLatBounds(geo.land);
    expect(view.china).toEqual([w, s, e, n]);
    expect(view.rivers).toEqual(geo.rivers.features.map((f) => f.properties));
  });

  it('hatches each region’s partial members as one shape with their area', () => {
    const byRegion = new Map<string, number>();
    for (const f of geo.partials.features)
      byRegion.set(
        f.properties.region,
        (byRegion.get(f.properties.region) ?? 0) + area(worldPath(f)),
      );
    // 长江中游's 抚州 and 吉安, 黄河流域's nine provinces.
    expect([...byRegion.keys()].sort()).toEqual(['middle-yangtze', 'yellow-river']);
    expect(view.paths.partials).toHaveLength(2);
    const merged = view.paths.partials.map(area);
    [...byRegion.values()].forEach((members, i) =>
      expect(Math.abs(merged[i]! - members) / members).toBeLessThan(0.002),
    );
  });

  it('has the 南海诸岛 inset fitted to its box (the screen and the exports draw it from here)', () => {
    expect(view.nanhai).toEqual(nanhaiParts(geo.nanhai));
    expect(view.nanhai.map((p) => p.kind).sort()).toEqual(['boundary', 'frame', 'land']);
    for (const { d } of view.nanhai) {
      const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      expect(numbers.length).toBeGreaterThan(4);
      // Absolute commands from geoPath: every x and y inside the 100 × 136 box.
      expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...numbers)).toBeLessThanOrEqual(INSET_HEIGHT);
    }
  });

  it('is no more to download than the topology it spares the first view', () => {
    const size = (s: string) => brotliCompressSync(Buffer.from(s)).length;
    expect(size(JSON.stringify(view))).toBeLessThan(size(text));
  });

  it('is read back as it was written, and a broken file is named, not drawn', () => {
    const copy = (): GeoView => JSON.parse(JSON.stringify(view)) as GeoView;
    expect(readView(copy())).toEqual(view);
    expect(readView(null)).toMatch(/no "regions"/);
    expect(readView({ ...copy(), regions: [] })).toMatch(/no regions/);
    const noBox = copy();
    delete (noBox.regions[2] as Partial<GeoView['regions'][number]>).bbox;
    expect(readView(noBox)).toMatch(new RegExp(`region "${view.regions[2]!.id}"`));
    const cut = copy();
    cut.paths.regions.pop();
    expect(readView(cut)).toMatch(/region without its shape/);
    const noInset = copy() as Partial<GeoView>;
    delete noInset.nanhai;
    expect(readView(noInset)).toMatch(/南海诸岛/);
    const noPaths = copy() as Partial<GeoView>;
    delete noPaths.paths;
    expect(readView(noPaths)).toMatch(/paths are missing/);
  });
});
