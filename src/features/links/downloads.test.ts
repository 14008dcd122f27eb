import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { loadBriefingDir } from '../../data/node/load-briefing';
import { buildModel } from '../../data/model';
import { realDir } from '../../data/test-helpers';
import { regionLabelPoints } from '../../geo/map-layers';
import { bundledView } from '../../geo/test-geo';
import {
  citation,
  inChina,
  isGlobal,
  linksCsv,
  linksGeoJson,
  placesCsv,
  placesGeoJson,
  viewpointsCsv,
} from './downloads';
import type { LngLat } from '../../data/schema';

const model = buildModel(loadBriefingDir(realDir).bundle!);
const labels = regionLabelPoints(bundledView);

describe('CSV downloads', () => {
  it.each([
    ['links', linksCsv, model.bundle.links.length],
    ['places', placesCsv, model.bundle.places.length],
    ['viewpoints', viewpointsCsv, model.bundle.viewpoints.length],
  ] as const)('writes every one of the %s, after a byte-order mark', (_, write, count) => {
    const text = write(model);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(csvParse(text.slice(1))).toHaveLength(count);
  });

  it('quotes what needs quoting, so that a quote with commas and lines reads back whole', () => {
    const rows = csvParse(linksCsv(model).slice(1));
    model.bundle.links.forEach((link, i) => {
      expect(rows[i]!.id).toBe(link.id);
      expect(rows[i]!.evidence_zh).toBe(link.evidence.map((e) => e.quote).join('\n'));
      expect(rows[i]!.label_en).toBe(link.label.en);
    });
  });

  it('gives no coordinates to a place beyond China', () => {
    const rows = csvParse(placesCsv(model).slice(1));
    for (const row of rows.filter((r) => r.global === 'true')) expect(row.lng).toBe('');
  });
});

describe('GeoJSON downloads', () => {
  const points = (g: GeoJSON.Geometry | null): LngLat[] =>
    !g
      ? []
      : g.type === 'Point'
        ? [g.coordinates as LngLat]
        : ((g as GeoJSON.LineString).coordinates as LngLat[]);

  it('draws every link: a LineString in China, or marked where an end is global', () => {
    const { features } = linksGeoJson(model, labels);
    expect(features).toHaveLength(model.bundle.links.length);
    for (const f of features) {
      for (const p of points(f.geometry)) expect(inChina(p)).toBe(true);
      const global = [f.properties!.from_location, f.properties!.to_location].includes('global');
      if (f.geometry?.type !== 'LineString')
        expect(
          global || f.properties!.from_location === 'none' || f.properties!.to_location === 'none',
        ).toBe(true);
    }
    expect(features.some((f) => f.geometry?.type === 'LineString')).toBe(true);
  });

  it('marks the world and Africa as global ends, with no point of their own', () => {
    const globals = model.bundle.places.filter(isGlobal).map((p) => p.id);
    expect(globals).toEqual(expect.arrayContaining(['world', 'africa']));
    const { features } = placesGeoJson(model);
    for (const f of features) {
      if (f.properties!.global) expect(f.geometry).toBeNull();
      for (const p of points(f.geometry)) expect(inChina(p)).toBe(true);
    }
  });
});

describe('citation', () => {
  it('names the editors, title, series, issue, publisher and date', () => {
    const b = model.bundle.briefing;
    const zh = citation(b, 'zh');
    for (const part of [
      b.title.zh,
      b.series.zh,
      b.publisher.zh,
      b.date,
      ...b.editors.map((e) => e.zh),
    ])
      expect(zh).toContain(part);
    expect(zh).toContain(`总第 ${b.issue.total} 期`);
    const en = citation(b, 'en');
    for (const part of [b.title.en, b.series.en, b.publisher.en, ...b.editors.map((e) => e.en)])
      expect(en).toContain(part);
  });
});
