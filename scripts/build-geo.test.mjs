import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { feature, mesh } from 'topojson-client';
import { geoContains } from 'd3-geo';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GEO_FILE = path.join(ROOT, 'public/geo/china.topo.json');
const topology = JSON.parse(fs.readFileSync(GEO_FILE, 'utf8'));
const { regions } = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/regions.json'), 'utf8'));

function layer(name) {
  return feature(topology, topology.objects[name]).features;
}

const provinces = layer('provinces');
const cities = layer('cities');
const regionFeatures = layer('regions');
const provinceOf = (adcode) => Math.floor(adcode / 10000) * 10000;
const regionFeature = (id) => regionFeatures.find((f) => f.properties.id === id);

describe('the map geometry (public/geo/china.topo.json)', () => {
  describe.each(regions)('region $id', (region) => {
    const level = region.level === 'province' ? provinces : cities;

    it.each(region.members)('shows member $name ($adcode) under its own name', (member) => {
      const found = level.filter((f) => f.properties.adcode === member.adcode);
      expect(found).toHaveLength(1);
      expect(found[0].properties.name).toBe(member.name);
      if (region.level === 'city') expect(found[0].properties.region).toBe(region.id);
    });
  });

  it('has exactly one outline for each region id in data/regions.json and no other', () => {
    const ids = regionFeatures.map((f) => f.properties.id).sort();
    expect(ids).toEqual(regions.map((r) => r.id).sort());
  });

  it('has no city that is not a member of a city-level region', () => {
    const members = new Set(
      regions.filter((r) => r.level === 'city').flatMap((r) => r.members.map((m) => m.adcode)),
    );
    expect(cities.map((f) => f.properties.adcode).filter((a) => !members.has(a))).toEqual([]);
  });

  it('puts no place in two regions', () => {
    const owners = new Map();
    for (const region of regions) {
      for (const { adcode } of region.members) {
        owners.set(adcode, [...(owners.get(adcode) ?? []), region.id]);
      }
    }
    const inTwo = [...owners].filter(([, ids]) => ids.length > 1);
    expect(inTwo).toEqual([]);

    const provinceMembers = new Set(
      regions.filter((r) => r.level === 'province').flatMap((r) => r.members.map((m) => m.adcode)),
    );
    const citiesInsideProvinceRegions = cities
      .map((f) => f.properties)
      .filter((p) => provinceMembers.has(provinceOf(p.adcode)))
      .map((p) => p.name);
    expect(citiesInsideProvinceRegions).toEqual([]);
  });

  it.each(regions)('puts the interior point of $id inside it and in no other region', ({ id }) => {
    const { interior } = regionFeature(id).properties;
    expect(geoContains(regionFeature(id), interior)).toBe(true);
    const others = regionFeatures.filter((f) => f.properties.id !== id);
    expect(others.filter((f) => geoContains(f, interior)).map((f) => f.properties.id)).toEqual([]);
  });

  it.each(regions)('puts the label of $id inside it', ({ id }) => {
    expect(geoContains(regionFeature(id), regionFeature(id).properties.label)).toBe(true);
  });

  it('puts every province and city interior point inside that province or city', () => {
    const outside = [...provinces, ...cities]
      .filter((f) => !geoContains(f, f.properties.interior))
      .map((f) => f.properties.name);
    expect(outside).toEqual([]);
  });

  it("marks 抚州, 吉安 and 黄河流域's provinces, and only the members data/regions.json calls partial, as partial", () => {
    const partial = (adcode) => cities.find((f) => f.properties.adcode === adcode).properties;
    expect(partial(361000)).toMatchObject({ name: '抚州', partial: true });
    expect(partial(360800)).toMatchObject({ name: '吉安', partial: true });
    const yellowRiver = regions.find((r) => r.id === 'yellow-river');
    for (const member of yellowRiver.members)
      expect(provinces.find((f) => f.properties.adcode === member.adcode).properties).toMatchObject(
        { name: member.name, region: 'yellow-river', partial: true },
      );
    const marked = [...cities, ...provinces]
      .filter((f) => f.properties.partial)
      .map((f) => f.properties.adcode);
    const declared = regions
      .flatMap((r) => r.members.filter((m) => m.partial))
      .map((m) => m.adcode);
    expect(marked.sort()).toEqual(declared.sort());
  });

  it('includes all 34 provinces, among them 台湾, 香港 and 澳门', () => {
    expect(provinces).toHaveLength(34);
    const names = provinces.map((f) => f.properties.name);
    expect(names).toEqual(expect.arrayContaining(['台湾', '香港', '澳门']));
    for (const f of provinces) expect(f.geometry.coordinates.length).toBeGreaterThan(0);
  });

  it('has a land outline that covers every province and has no holes', () => {
    const [land, ...more] = layer('land');
    expect(more).toHaveLength(0);
    expect(land.geometry.type).toBe('MultiPolygon');
    for (const polygon of land.geometry.coordinates) expect(polygon).toHaveLength(1);
    const outside = provinces
      .filter((f) => !geoContains(land, f.properties.interior))
      .map((f) => f.properties.name);
    expect(outside).toEqual([]);
    // Far fewer points than the provinces it outlines: shared borders are gone.
    const points = (f) => f.geometry.coordinates.flat(2).length;
    expect(points(land)).toBeLessThan(provinces.reduce((n, f) => n + points(f), 0) / 3);
  });

  it('has the province borders ready made: the shared borders, each once', () => {
    const segments = (lines) =>
      new Set(
        lines.flatMap((line) =>
          line.slice(1).map((p, i) => [String(line[i]), String(p)].sort().join(' ')),
        ),
      );
    const [ready] = layer('provinceBorders');
    const computed = mesh(topology, topology.objects.provinces, (a, b) => a !== b);
    expect(segments(ready.geometry.coordinates)).toEqual(segments(computed.coordinates));
    expect(segments(ready.geometry.coordinates).size).toBeGreaterThan(1000);
  });

  it('gives each region its bounds (west, south, east, north) over all its points', () => {
    for (const f of regionFeatures) {
      const all = f.geometry.coordinates.flat(f.geometry.type === 'Polygon' ? 1 : 2);
      const lngs = all.map(([lng]) => lng);
      const lats = all.map(([, lat]) => lat);
      expect(f.bbox).toEqual([
        Math.min(...lngs),
        Math.min(...lats),
        Math.max(...lngs),
        Math.max(...lats),
      ]);
    }
  });

  it('includes the South China Sea islands inset (南海诸岛) with its frame', () => {
    const nanhai = layer('nanhai');
    expect(nanhai.map((f) => f.properties.kind).sort()).toEqual(['boundary', 'frame', 'land']);
    for (const f of nanhai) expect(f.geometry.coordinates.length).toBeGreaterThan(0);
  });

  it('shows neighbouring countries but not China or Taiwan from Natural Earth', () => {
    const names = layer('neighbours').map((f) => f.properties.name);
    expect(names).toEqual(expect.arrayContaining(['India', 'Mongolia', 'Russia', 'Vietnam']));
    expect(names).not.toContain('China');
    expect(names).not.toContain('Taiwan');
  });

  describe('context geography (Natural Earth 1:50m, scripts/geo-input)', () => {
    const rivers = layer('rivers');
    const river = (id) => rivers.find((f) => f.properties.id === id);
    const lines = (f) => f.geometry.coordinates.flat(f.geometry.type === 'LineString' ? 0 : 1);
    const regionOf = (point) =>
      regionFeatures.find((f) => geoContains(f, point))?.properties.id ?? null;

    it('names the 长江 and the 黄河 in both languages and puts each name on its river', () => {
      expect(river('yangtze').properties).toMatchObject({ zh: '长江', en: 'Yangtze' });
      expect(river('yellow').properties).toMatchObject({ zh: '黄河', en: 'Yellow River' });
      for (const id of ['yangtze', 'yellow']) {
        const { label, angle } = river(id).properties;
        const nearest = Math.min(
          ...lines(river(id)).map(([lng, lat]) => Math.hypot(lng - label[0], lat - label[1])),
        );
        expect(nearest, id).toBeLessThan(0.1);
        // Readable: never more than a quarter turn from horizontal.
        expect(Math.abs(angle)).toBeLessThanOrEqual(45);
      }
    });

    it('runs the 长江 through the 长江中游 and the 长三角, and the 黄河 through 黄河流域', () => {
      const through = (id) => new Set(lines(river(id)).map(regionOf));
      expect([...through('yangtze')]).toEqual(
        expect.arrayContaining(['middle-yangtze', 'yangtze-delta']),
      );
      expect([...through('yellow')]).toContain('yellow-river');
      // Natural Earth's 长江 ends where its estuary (sea there) begins, by 江阴; the 黄河
      // reaches the sea in 山东.
      const east = (id) => Math.max(...lines(river(id)).map(([lng]) => lng));
      expect(east('yangtze')).toBeGreaterThan(120);
      expect(east('yellow')).toBeGreaterThan(118.5);
    });

    it('has the main lakes, named: 太湖, 鄱阳湖, 巢湖, 洪泽湖', () => {
      const lakes = layer('lakes');
      const names = lakes.map((f) => f.properties.zh).filter(Boolean);
      expect(names).toEqual(expect.arrayContaining(['太湖', '鄱阳湖', '巢湖', '洪泽湖']));
      const tai = lakes.find((f) => f.properties.zh === '太湖');
      expect(geoContains(tai, [120.2, 31.2])).toBe(true);
    });

    it('keeps the rivers and lakes small (simplified)', () => {
      const points = [...rivers, ...layer('lakes')].reduce(
        (n, f) => n + f.geometry.coordinates.flat(2).length,
        0,
      );
      expect(points).toBeGreaterThan(500);
      expect(points).toBeLessThan(4000);
    });

    it('outlines the 长江经济带 as the 11 provinces and municipalities of the briefing’s place', () => {
      const [belt, ...more] = layer('belt');
      expect(more).toHaveLength(0);
      expect(belt.properties).toMatchObject({
        zh: '长江经济带',
        en: 'Yangtze River Economic Belt',
      });
      const place = JSON.parse(
        fs.readFileSync(path.join(ROOT, 'data/briefings/pujiang-2023-07/places.json'), 'utf8'),
      ).places.find((p) => p.id === 'yangtze-economic-belt');
      const inside = provinces
        .filter((f) => geoContains(belt, f.properties.interior))
        .map((f) => f.properties.adcode)
        .sort();
      expect(inside).toEqual([...place.provinces].sort());
      // 长江中游 and 长三角 sit inside it; 京津冀 does not.
      for (const id of ['middle-yangtze', 'yangtze-delta'])
        expect(geoContains(belt, regionFeature(id).properties.interior), id).toBe(true);
      expect(geoContains(belt, regionFeature('jingjinji').properties.interior)).toBe(false);
      for (const polygon of belt.geometry.coordinates) expect(polygon).toHaveLength(1);
    });
  });

  it('is rebuilt byte for byte by npm run build:geo', { timeout: 120_000 }, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-geo-'));
    try {
      const out = path.join(dir, 'china.topo.json');
      execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-geo.mjs'), out], {
        cwd: ROOT,
        stdio: 'pipe',
      });
      expect(fs.readFileSync(out).equals(fs.readFileSync(GEO_FILE))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
