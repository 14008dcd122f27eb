import { describe, expect, it } from 'vitest';
import { buildModel } from '../data/model';
import { loadBriefingDir } from '../data/node/load-briefing';
import { realDir } from '../data/test-helpers';
import { lngLatBounds, type Bounds } from '../geo/projection';
import { regionLabelPoints } from '../geo/map-layers';
// The camera frames from the first view's geometry; its bounds are checked against the
// topology's own shapes.
import { bundledGeo, bundledView as geo } from '../geo/test-geo';
import { chosenTarget, isFarEnd, overviewTarget, PLACE_ZOOM } from './frame-rules';

const model = buildModel(loadBriefingDir(realDir).bundle!);
const labels = regionLabelPoints(geo);
const none = { region: null, link: null };

const contains = (b: Bounds, [lng, lat]: [number, number]) =>
  lng >= b[0][0] - 1e-9 && lng <= b[1][0] + 1e-9 && lat >= b[0][1] - 1e-9 && lat <= b[1][1] + 1e-9;

describe('what the camera frames for a choice', () => {
  it('frames a region with every end of its links, far ends left to the edge markers', () => {
    for (const region of model.regions) {
      const target = chosenTarget(model, geo, labels, { ...none, region: region.id })!;
      const feature = bundledGeo.regions.features.find((f) => f.properties.id === region.id)!;
      const own = lngLatBounds(feature);
      expect(contains(target.bounds, own[0]) && contains(target.bounds, own[1])).toBe(true);
      for (const link of model.linksOfRegion(region.id))
        for (const end of [link.from, link.to]) {
          if (isFarEnd(model, end)) continue;
          const at = model.place(end)?.coordinates ?? labels.get(model.regionOf(end)!)!;
          expect(contains(target.bounds, at), `${region.id}: ${end}`).toBe(true);
        }
    }
  });

  it('frames 长三角 up to 京津冀, where its innovation-centre link starts', () => {
    const target = chosenTarget(model, geo, labels, { ...none, region: 'yangtze-delta' })!;
    expect(target.bounds[1][1]).toBeGreaterThan(39.5);
  });

  it('frames a link by its two ends only', () => {
    const target = chosenTarget(model, geo, labels, {
      region: 'jingjinji',
      link: 'jingjinji-ntic-guangzhou-centre',
    })!;
    expect(target.bounds[0][1]).toBeCloseTo(23.13, 1);
    expect(target.bounds[1][1]).toBeCloseTo(39.9, 1);
    expect(target.maxZoom).toBeUndefined();
  });

  it('frames a link to the world by its near end, not too close', () => {
    const target = chosenTarget(model, geo, labels, {
      region: 'greater-bay-area',
      link: 'hong-kong-world',
    })!;
    expect(target.bounds[0]).toEqual(target.bounds[1]);
    expect(target.maxZoom).toBeLessThan(PLACE_ZOOM);
  });

  it('shows a chosen place close up, and 全国 / 全球 as the whole country', () => {
    const place = chosenTarget(model, geo, labels, {
      ...none,
      region: 'greater-bay-area',
      place: 'hong-kong',
    })!;
    expect(place).toEqual({
      bounds: [
        [114.1694, 22.3193],
        [114.1694, 22.3193],
      ],
      maxZoom: PLACE_ZOOM,
    });
    const wide = chosenTarget(model, geo, labels, { ...none, region: 'national-global' })!;
    const land = lngLatBounds(bundledGeo.land);
    expect(wide.bounds[0][0]).toBeLessThanOrEqual(land[0][0]);
    expect(wide.bounds[1][0]).toBeGreaterThanOrEqual(land[1][0]);
  });

  it('the world, Africa and the belt are far ends; cities are not', () => {
    expect(['world', 'africa', 'yangtze-economic-belt'].every((id) => isFarEnd(model, id))).toBe(
      true,
    );
    expect(isFarEnd(model, 'shanghai')).toBe(false);
    expect(isFarEnd(model, 'jingjinji')).toBe(false);
  });

  it('with nothing chosen there is no target, and the start view is the five regions', () => {
    expect(chosenTarget(model, geo, labels, none)).toBeNull();
    expect(overviewTarget(geo).bounds).toEqual(lngLatBounds(bundledGeo.regions));
  });
});
