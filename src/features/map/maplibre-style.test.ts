import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CITY_BORDERS_BEFORE,
  CITY_BORDERS_SOURCE,
  cityBordersLayer,
  mapFeatures,
  mapLayers,
  mapStyle,
  MAP_SOURCE,
} from './maplibre-style';
import { regionLayers } from '../../geo/map-layers';
import { bundledGeo, bundledView } from '../../geo/test-geo';

const geo = bundledGeo;
const regions = regionLayers(
  JSON.parse(readFileSync('data/regions.json', 'utf8')).regions,
  bundledView,
  'zh',
);

describe('the MapLibre style', () => {
  it('puts every layer of the map in one source, each kind once', () => {
    const { features } = mapFeatures(geo);
    const count = (kind: string) => features.filter((f) => f.properties?.kind === kind).length;
    expect(count('region')).toBe(5);
    expect(count('partial')).toBe(geo.partials.features.length);
    expect(count('partial')).toBeGreaterThan(0);
    expect(count('land')).toBe(geo.land.features.length);
    expect(count('neighbour')).toBe(geo.neighbours.features.length);
    expect(count('province-border')).toBe(1);
    expect(count('river')).toBe(geo.rivers.features.length);
    expect(count('lake')).toBe(geo.lakes.features.length);
    expect(count('lake')).toBeGreaterThanOrEqual(5);
    expect(features).toHaveLength(
      ['region', 'partial', 'land', 'neighbour', 'lake', 'river', 'province-border']
        .map(count)
        .reduce((a, b) => a + b),
    );
  });

  it('gives only the regions an id, so feature-state reaches nothing else', () => {
    const withId = mapFeatures(geo).features.filter((f) => f.properties?.id !== undefined);
    expect(withId.map((f) => f.properties?.kind)).toEqual(Array(5).fill('region'));
    expect(withId.map((f) => f.properties?.id).sort()).toEqual(regions.map((r) => r.id).sort());
  });

  it('draws each kind with a filter on the one source, in the order of the SVG map', () => {
    const layers = mapLayers(regions);
    expect(layers.map((l) => l.id)).toEqual([
      'background',
      'neighbours',
      'land',
      'region-fill',
      'partials',
      'lakes',
      'rivers',
      'province-borders',
      'region-outline',
    ]);
    for (const layer of layers.slice(1)) {
      expect(layer).toMatchObject({
        source: MAP_SOURCE,
        filter: ['==', ['get', 'kind'], expect.any(String)],
      });
    }
    const style = mapStyle(geo, regions);
    expect(Object.keys(style.sources)).toEqual([MAP_SOURCE]);
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
  });

  it('adds the city borders later, from zoom 5, under the province borders', () => {
    const ids = mapLayers(regions).map((l) => l.id);
    expect(ids).toContain(CITY_BORDERS_BEFORE);
    expect(ids.indexOf(CITY_BORDERS_BEFORE)).toBeGreaterThan(ids.indexOf('partials'));
    expect(cityBordersLayer).toMatchObject({ source: CITY_BORDERS_SOURCE, minzoom: 5 });
  });

  it('draws the rivers and lakes over the fills and under the borders, the main rivers wider', () => {
    const ids = mapLayers(regions).map((l) => l.id);
    expect(ids.indexOf('rivers')).toBeGreaterThan(ids.indexOf('region-fill'));
    expect(ids.indexOf('rivers')).toBeLessThan(ids.indexOf('province-borders'));
    const main = mapFeatures(geo).features.filter((f) => f.properties?.main === true);
    expect(main).toHaveLength(2);
  });

  it('keeps only the partial members (cities and provinces) as shapes', () => {
    expect(geo.partials.features.every((f) => f.properties.partial)).toBe(true);
    const names = (region: string) =>
      geo.partials.features
        .filter((f) => f.properties.region === region)
        .map((f) => f.properties.name)
        .sort();
    expect(names('middle-yangtze')).toEqual(['吉安', '抚州']);
    // 黄河流域's plan takes in part of each of its nine provinces (data/regions.json).
    expect(names('yellow-river')).toEqual(
      ['青海', '四川', '甘肃', '宁夏', '内蒙古', '山西', '陕西', '河南', '山东'].sort(),
    );
    expect(geo.partials.features).toHaveLength(11);
    expect(geo.cityBorders()).toBe(geo.cityBorders());
    expect(geo.cityBorders().coordinates.length).toBeGreaterThan(10);
  });
});
